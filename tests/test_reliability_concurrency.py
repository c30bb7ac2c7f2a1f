"""Duplicates under concurrency: the same article at the same moment is stored once; one statement, one count.

Concurrency here is real: several Store connections (each its own SQLite
connection and thread) or several ``trucewatch ingest`` processes writing the
same file at once, and the bot receiving ten forwards in one batch.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from storage.models import Provenance
from storage.store import Store
from tests.conftest import SEED, BotRunner
from tests.fake_telegram import FakeTelegram
from tests.test_reliability_crash import article_text

RECEIVED = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
# The seed's statement as a second outlet reported it: other words, same ministry, day and places.
SECOND_OUTLET = (
    "MOSCOW, April 10 (TASS) - The Russian Defence Ministry's Centre for Syrian Reconciliation said on "
    "Tuesday that militants had violated the ceasefire eight times over the past day. According to the "
    "centre, militants attacked Safsafa (once), Ikko (once), Ruyeset-Iskander (once), Jubb-al-Zaur (once), "
    "Kalaat-Maraza (once), Nahshebba (once) and Jurin (once) in Latakia province, and Aleppo (once) in "
    "Aleppo province."
)
QUESTION = "/violations latakia april 2019"


async def test_same_article_forwarded_by_ten_users_at_once_is_stored_once(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    users = [5001 + i for i in range(10)]
    for user in users:  # all queued before the bot's next getUpdates: one batch
        tg.forward_channel_post(SEED, user_id=user)
    await tg.wait_until(lambda: all(tg.texts(u) for u in users), 30)
    await bot.idle()
    first = [tg.texts(u) for u in users]
    assert all(len(t) == 1 for t in first), first  # one answer each
    added = [t[0] for t in first if t[0].startswith("Added 8")]
    already = [t[0] for t in first if t[0].startswith("Already stored")]
    assert (len(added), len(already)) == (1, 9)
    assert all("Nothing was counted twice" in t for t in already)
    stats = await bot.store.stats()
    assert (stats.articles, stats.statements, stats.violations) == (1, 1, 8)
    assert ": 7 ceasefire violations at 7 places (1 report)" in await bot.ask(QUESTION)


async def test_ten_connections_storing_one_text_at_the_same_moment_store_it_once(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    stores = [await Store.open(path) for _ in range(10)]
    try:
        results = await asyncio.gather(
            *(
                s.ingest(SEED, RECEIVED, Provenance(source="Sputnik", added_by=6000 + i))
                for i, s in enumerate(stores)
            )
        )
        statuses = Counter(r.status for r in results)
        assert statuses == {"added": 1, "duplicate": 9}
        assert len({r.article_id for r in results}) == 1
        stats = await stores[0].stats()
        assert (stats.articles, stats.incidents, stats.violations) == (1, 8, 8)
    finally:
        for s in stores:
            await s.close()


async def test_two_outlets_reporting_one_statement_together_are_merged_once(tmp_path: Path) -> None:
    for round_ in range(3):  # either may win the race; the outcome must not depend on who does
        path = tmp_path / f"merge-{round_}.sqlite3"
        a, b = await Store.open(path), await Store.open(path)
        try:
            one, two = await asyncio.gather(
                a.ingest(SEED, RECEIVED, Provenance(source="Sputnik")),
                b.ingest(SECOND_OUTLET, RECEIVED, Provenance(source="TASS")),
            )
            assert sorted([one.status, two.status]) == ["added", "merged"]
            assert one.statement_id == two.statement_id
            stats = await a.stats()
            assert (stats.articles, stats.statements, stats.violations) == (2, 1, 8)
        finally:
            await a.close()
            await b.close()


async def test_two_outlets_forwarded_together_are_counted_once_with_both_sources(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    tg.forward_channel_post(SEED, user_id=5101)
    tg.forward_channel_post(SECOND_OUTLET, user_id=5102, channel_title="TASS", channel_username="tass_agency")
    await tg.wait_until(lambda: bool(tg.texts(5101) and tg.texts(5102)), 20)
    replies = tg.texts(5101) + tg.texts(5102)
    assert sum("counted once" in r for r in replies) == 1
    answer = await bot.ask(QUESTION)
    assert ": 7 ceasefire violations at 7 places (2 reports)" in answer
    assert "Sputnik" in answer
    assert "TASS" in answer


async def test_three_ingest_processes_on_one_database_store_each_file_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = []
    for n in range(40):
        path = folder / f"a{n:02d}.txt"
        path.write_text(article_text(1000 + n), encoding="utf-8")
        files.append(str(path))
    db = tmp_path / "shared.sqlite3"
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "ingest",
            "--db",
            str(db),
            *(files if i % 2 == 0 else files[::-1]),  # meet in the middle
            cwd=str(tmp_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for i in range(3)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 60)
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
    added: Counter[str] = Counter()
    for out, _ in outputs:
        for line in out.decode().splitlines():
            name, _, rest = line.partition(": ")
            if rest.startswith("added "):
                added[name] += 1
            else:
                assert rest.startswith("duplicate of #"), line
    assert sorted(added) == sorted(files)
    assert set(added.values()) == {1}  # each file added by exactly one of the processes
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles").fetchone() == (
            40,
            40,
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
