"""Storage under stress: a full disk, a read-only file, and backups taken while someone writes.

A full disk is simulated two ways: SQLite's ``max_page_count`` (works
anywhere) and, where the tests may mount one (root in a container or VM), a
real tmpfs of a few hundred kB. A read-only database is a read-only mount for
root (who ignores file modes) and ``chmod`` for anyone else. After each fault
the database must pass ``PRAGMA integrity_check`` and still hold everything
stored before it; the user or operator must get a one-line reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main as cli_main
from handlers.errors import STORAGE_FULL
from storage.backup import backup_database
from storage.store import Store
from tests.conftest import SEED, BotProcess, BotRunner, DirectBot
from tests.fake_telegram import FakeTelegram
from tests.test_reliability_crash import article_text

PADDING = " Background: the zone was agreed in September 2018." * 40  # makes each article need new pages


def padded(n: int) -> str:
    return article_text(n) + PADDING


def integrity_and_count(db_path: Path) -> tuple[str, int]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return str(verdict), int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def consistent_copy(path: Path) -> int:
    """A backup is consistent: whole articles only (three incidents each, as written), each in a statement."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        partial = conn.execute(
            "SELECT a.id, COUNT(i.id) FROM articles AS a LEFT JOIN incidents AS i ON i.article_id = a.id "
            "GROUP BY a.id HAVING COUNT(i.id) <> 3"
        ).fetchall()
        assert partial == [], "an article without all of its incidents"
        unlinked = conn.execute(
            "SELECT COUNT(*) FROM articles WHERE statement_id IS NULL "
            "OR statement_id NOT IN (SELECT id FROM statements)"
        ).fetchone()[0]
        assert unlinked == 0
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith((".partial", "-wal", "-shm", "-journal"))]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TRUCEWATCH_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@contextlib.contextmanager
def tiny_filesystem(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``folder``; the test is skipped where mounting is not allowed."""
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True, capture_output=True)


# ------------------------------------------------------------------ full disk


async def test_full_database_refuses_clearly_keeps_everything_and_recovers(
    direct: DirectBot, tg: FakeTelegram
) -> None:
    (first,) = await direct.handle(tg.forward_channel_post(SEED))
    assert first.startswith("Added 8")
    (row,) = await direct.store.db.execute_fetchall("PRAGMA page_count")
    pages = row[0]
    await direct.store.db.execute(f"PRAGMA max_page_count = {int(pages)}")  # the disk is now full
    for n in range(3):
        (reply,) = await direct.handle(tg.text_message(padded(n)))
        assert reply == STORAGE_FULL  # says what is wrong, and that it is not the user's text
    assert integrity_and_count(direct.store.path) == ("ok", 1)
    (answer,) = await direct.handle(tg.command("/violations latakia april 2019"))
    assert ": 7 ceasefire violations" in answer  # what was stored is all there, and reads work
    await direct.store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    (again,) = await direct.handle(tg.text_message(padded(0)))
    assert again.startswith("Added")
    assert integrity_and_count(direct.store.path) == ("ok", 2)


def test_ingest_on_a_full_filesystem_stores_whole_articles_only(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    files = []
    for n in range(60):
        (sources / f"a{n:02d}.txt").write_text(padded(n), encoding="utf-8")
        files.append(str(sources / f"a{n:02d}.txt"))
    with tiny_filesystem(tmp_path / "disk", "640k") as disk:
        db = disk / "tw.sqlite3"
        full = run_cli("ingest", "--db", str(db), *files, cwd=tmp_path)
        added = [line for line in full.stdout.splitlines() if ": added " in line]
        refused = full.stderr.splitlines()
        assert full.returncode == 1
        assert 0 < len(added) < len(files)  # some fitted, then the disk was full
        assert len(added) + len(refused) == len(files)
        assert all("not stored" in line and "disk is full" in line for line in refused), refused[:2]
        assert "Traceback" not in full.stderr
        assert integrity_and_count(db) == ("ok", len(added))
        assert consistent_copy(db) == len(added)
        remount(disk, "size=8m")  # the operator frees space and runs the same command again
        again = run_cli("ingest", "--db", str(db), *files, cwd=tmp_path)
        assert again.returncode == 0, again.stderr
        assert again.stdout.count("duplicate of #") == len(added)
        assert consistent_copy(db) == len(files)


def fill_up(folder: Path) -> Path:
    """Write a file until the filesystem is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as f:
        while True:
            f.write(b"\0" * 4096)
            f.flush()
    return filler


async def test_bot_on_a_full_disk_waits_then_stores_and_answers_once(
    tg: FakeTelegram, bot_env: dict[str, str], tmp_path: Path
) -> None:
    with tiny_filesystem(tmp_path / "disk", "640k") as disk:
        bot = BotProcess({**bot_env, "TRUCEWATCH_DB": str(disk / "tw.sqlite3")})
        bot.folder = tmp_path  # its log goes to a disk with room
        await bot.start()
        await bot.wait_polling(tg)
        filler = fill_up(disk)
        polls = len(tg.calls_to("getUpdates"))
        update = tg.forward_channel_post(SEED)
        # It fetches the update again and again, and never confirms what it could not journal ...
        await tg.wait_until(lambda: len(tg.calls_to("getUpdates")) >= polls + 3, 20)
        assert tg.confirmed_offset <= update["update_id"]
        assert bot.proc is not None
        assert bot.proc.returncode is None  # ... keeps running ...
        assert (
            "the update journal cannot be written (database or disk is full)" in bot.output()
        )  # ... says why
        assert tg.sent() == []
        filler.unlink()  # the operator frees space
        texts = await tg.wait_for_messages(1, tg.user_id, 20)
        assert texts[0].startswith("Added 8")
        await tg.wait_confirmed(update["update_id"], 20)
        assert await bot.stop() == 0
        assert integrity_and_count(disk / "tw.sqlite3") == ("ok", 1)
        assert len(tg.sent()) == 1


# ------------------------------------------------------------------ read-only


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make the database folder unwritable for this process: a read-only remount for root, modes otherwise."""
    if os.geteuid() == 0:
        remount(folder, "ro")
        try:
            yield
        finally:
            remount(folder, "rw")
        return
    files = list(folder.iterdir())
    for f in files:
        f.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield
    finally:
        folder.chmod(stat.S_IRWXU)
        for f in files:
            f.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_database_refuses_writes_clearly_and_stays_intact(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(padded(5), encoding="utf-8")
    holder = tmp_path / "disk"
    context = tiny_filesystem(holder, "4m") if os.geteuid() == 0 else contextlib.nullcontext(holder)
    with context as disk:
        disk.mkdir(exist_ok=True)
        db = disk / "tw.sqlite3"
        asyncio.run(_create(db))
        with read_only(disk):
            refused = run_cli("ingest", "--db", str(db), str(other), cwd=tmp_path)
            assert refused.returncode in (1, 2)
            lines = refused.stderr.strip().splitlines()
            assert len(lines) == 1, lines  # one line, naming the problem
            assert "readonly" in lines[0] or "read-only" in lines[0] or "unable to open" in lines[0]
            assert "Traceback" not in refused.stderr
        assert integrity_and_count(db) == ("ok", 1)  # nothing lost, nothing half-written
        asyncio.run(_create(db, [padded(5)]))  # writable again: it works as before
        assert integrity_and_count(db) == ("ok", 2)


# ------------------------------------------------------------------ backups


async def test_backups_taken_while_a_process_writes_are_consistent(tmp_path: Path) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    files = []
    for n in range(150):
        (sources / f"a{n:03d}.txt").write_text(article_text(2000 + n), encoding="utf-8")
        files.append(str(sources / f"a{n:03d}.txt"))
    db = tmp_path / "live.sqlite3"
    async with await Store.open(db):
        pass  # created and migrated, so the first backup finds a database
    writer = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "ingest",
        "--db",
        str(db),
        *files,
        cwd=str(tmp_path),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    counts: list[int] = []
    during = 0
    copy = tmp_path / "copy.sqlite3"  # replaced by each backup, as a nightly job would
    async with asyncio.timeout(90):
        while writer.returncode is None:
            await asyncio.to_thread(backup_database, db, copy)
            during += writer.returncode is None
            counts.append(consistent_copy(copy))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(writer.wait(), 0.05)
    _, err = await asyncio.wait_for(writer.communicate(), 60)
    assert writer.returncode == 0, err.decode()
    assert during >= 2, "the writer finished before backups could overlap it"
    assert counts == sorted(counts)  # every copy a later snapshot than the one before
    assert any(0 < c < len(files) for c in counts)  # at least one caught the writer mid-way
    final = tmp_path / "final.sqlite3"
    info = backup_database(db, final)
    assert (info.articles, info.incidents) == (len(files), 3 * len(files))
    assert leftovers(tmp_path) == []  # no half-written copy, and each copy one self-contained file


async def test_backup_command_while_the_bot_is_writing(
    bot: BotRunner, tg: FakeTelegram, tmp_path: Path
) -> None:
    pushed = [tg.forward_channel_post(article_text(3000 + n), channel_message_id=n) for n in range(80)]
    await tg.wait_until(lambda: len(tg.sent()) >= 10, 30)
    copies = []
    for n in range(2):
        copy = tmp_path / f"bot-copy-{n}.sqlite3"
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "backup",
            "--db",
            str(bot.db_path),
            str(copy),
            cwd=str(tmp_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), 30)
        assert proc.returncode == 0, err.decode()
        assert out.decode().startswith("backed up ")
        copies.append(consistent_copy(copy))
    await tg.wait_confirmed(pushed[-1]["update_id"], 60)
    assert 0 < copies[0] <= copies[1] <= len(pushed)
    async with await Store.open(tmp_path / "bot-copy-1.sqlite3") as restored:  # a backup opens as a database
        assert (await restored.stats()).articles == copies[1]


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("missing-folder/copy.sqlite3", "does not exist"),
        (".", "is a directory"),
        ("SAME", "the database itself"),
    ],
)
def test_backup_refuses_bad_targets_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, problem: str
) -> None:
    db = tmp_path / "tw.sqlite3"
    asyncio.run(_create(db))
    dest = str(db) if target == "SAME" else str(tmp_path / target)
    assert cli_main(["backup", "--db", str(db), dest]) == 2
    err = capsys.readouterr().err.strip()
    assert problem in err
    assert err.count("\n") == 0
    assert integrity_and_count(db) == ("ok", 1)


def test_backup_of_a_missing_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["backup", "--db", str(tmp_path / "typo.sqlite3"), str(tmp_path / "copy.sqlite3")]) == 2
    assert "no database at" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_backup_to_a_full_filesystem_fails_clearly_and_leaves_no_partial_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "tw.sqlite3"
    asyncio.run(_create(db, [padded(n) for n in range(30)]))
    with tiny_filesystem(tmp_path / "small", "64k") as small:
        assert cli_main(["backup", "--db", str(db), str(small / "copy.sqlite3")]) == 2
        err = capsys.readouterr().err.strip()
        assert "full" in err
        assert err.count("\n") == 0
        assert list(small.iterdir()) == []


async def _create(db: Path, texts: list[str] | None = None) -> None:
    from storage.models import Provenance

    async with await Store.open(db) as store:
        for text in texts or [SEED]:
            await store.ingest(text, None, Provenance(source="test"))
