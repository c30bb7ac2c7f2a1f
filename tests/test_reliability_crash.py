"""SIGKILL in the middle of ingesting: every article stored exactly once, none half-stored, all answered.

Both tests run the real ``trucewatch`` as a separate process, kill it with
SIGKILL once some but not all of 300 distinct articles are stored, start it
again and then check the database from outside: integrity, one row per
article, and per article exactly the incidents a fresh extraction finds.
"""

from __future__ import annotations

import asyncio
import functools
import random
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from extraction.article import extract_article
from tests.conftest import BotProcess
from tests.fake_telegram import FakeTelegram

ARTICLES = 300
USERS = [3001 + i for i in range(10)]
ORIGIN = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
TOWNS = (
    "Safsafa", "Ikko", "Jurin", "Kabani", "Kinsabba", "Tall al-Tut", "Kafr Nabudah", "Hamdaniyah",
    "Abu-Dali", "Ruyeset-Iskander", "Nahshebba", "Jubb-al-Zaur",
)  # fmt: skip
TIMES = ("once", "twice", "three times", "four times")


def article_text(n: int) -> str:
    """The n-th of many distinct bulletins: its own day (so its own statement), towns and counts."""
    day = date(2018, 1, 1) + timedelta(days=n)
    rnd = random.Random(n)
    places = ", ".join(f"{town} ({rnd.choice(TIMES)})" for town in rnd.sample(TOWNS, 3))
    return (
        f"MOSCOW, {day:%d %B %Y} (Sputnik) - Militants violated the ceasefire in the past 24 hours, "
        f'the Russian Defence Ministry said. "During the day militants have attacked {places} '
        f'in Latakia province", the center said in its bulletin number {n}.'
    )


@functools.lru_cache(maxsize=1024)
def incident_rows(text: str, received: datetime | None) -> Counter[tuple[Any, ...]]:
    """What a fresh extraction of ``text`` yields, as comparable rows."""
    extraction = extract_article(text, received, {})
    return Counter((i.kind, i.location, i.admin1, i.count, i.date.isoformat()) for i in extraction.incidents)


def check_database(db_path: Path, texts: Mapping[str, datetime | None]) -> int:
    """Every text stored exactly once, with exactly its own incidents; returns the violations counted."""
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = db.execute("SELECT id, text FROM articles").fetchall()
        stored = Counter(text for _, text in rows)
        assert set(stored) == set(texts), "an article is missing or an unknown one is stored"
        assert max(stored.values()) == 1, "an article was stored twice"
        for article_id, text in rows:
            found = Counter(
                tuple(r)
                for r in db.execute(
                    "SELECT kind, location, admin1, count, day FROM incidents WHERE article_id = ?",
                    (article_id,),
                )
            )
            assert found == incident_rows(text, texts[text]), f"article #{article_id} is half-stored"
        orphans = db.execute(
            "SELECT COUNT(*) FROM incidents WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        # Counted once: the violations answers add up are exactly those of the articles.
        counted = db.execute(
            "SELECT COALESCE(SUM(i.count), 0) FROM incidents AS i "
            "JOIN statements AS s ON s.lead_article_id = i.article_id WHERE i.kind = 'ceasefire_violation'"
        ).fetchone()[0]
        return int(counted)
    finally:
        db.close()


def stored_count(db_path: Path, table: str = "articles", where: str = "") -> int:
    db = sqlite3.connect(db_path)
    try:
        return int(db.execute(f"SELECT COUNT(*) FROM {table} {where}").fetchone()[0])
    finally:
        db.close()


async def test_sigkill_during_300_forwards_stores_each_once_and_answers_each(
    make_process: Callable[..., BotProcess], tg: FakeTelegram, db_path: Path
) -> None:
    bot = make_process()
    await bot.start()
    await bot.wait_polling(tg)
    texts = {article_text(n): ORIGIN for n in range(ARTICLES)}
    pushed = [
        tg.forward_channel_post(text, user_id=USERS[n % len(USERS)], channel_message_id=10_000 + n)
        for n, text in enumerate(texts)
    ]
    messages = {(u["message"]["chat"]["id"], u["message"]["message_id"]) for u in pushed}

    await tg.wait_until(lambda: len(tg.sent()) >= ARTICLES // 4, 60)  # well under way ...
    assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL  # ... and killed
    at_kill = stored_count(db_path)
    assert 0 < at_kill < ARTICLES, at_kill
    # Updates were fetched and journalled but not yet handled when the process died.
    unfinished = stored_count(db_path, "update_journal", "WHERE done_at IS NULL")
    assert unfinished > 0
    print(f"\nSIGKILL of `trucewatch run`: {at_kill}/{ARTICLES} stored, {unfinished} journalled unfinished")

    await bot.start()
    await tg.wait_until(lambda: messages <= set(tg.replies_by_message()), 90)
    await tg.wait_confirmed(pushed[-1]["update_id"], 30)
    assert await bot.stop(signal.SIGTERM) == 0

    counted = check_database(db_path, texts)
    assert counted == sum(
        count
        for text in texts
        for (kind, _place, _province, count, _day) in incident_rows(text, ORIGIN).elements()
        if kind == "ceasefire_violation"
    )
    replies = tg.replies_by_message()
    # The update in a handler at the kill may be answered twice (reply sent, not yet marked done);
    # no other message is, and none more than twice.
    assert sum(1 for n in replies.values() if n > 1) <= 1, replies.most_common(3)
    assert max(replies.values()) <= 2
    for user in USERS:
        answered = tg.texts(user)
        assert len(answered) >= ARTICLES // len(USERS)
        assert all(t.startswith("Added ") for t in answered), [
            t for t in answered if not t.startswith("Added")
        ]
    assert "Traceback" not in bot.output()


async def _ingest(db_path: Path, files: list[Path], env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "ingest",
        "--db",
        str(db_path),
        *map(str, files),
        env=env,
        cwd=str(db_path.parent),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_sigkill_during_ingest_of_300_files_then_rerun_stores_each_once(
    bot_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    files = []
    for n in range(ARTICLES):
        path = folder / f"bulletin-{n:03d}.txt"
        path.write_text(article_text(n), encoding="utf-8")
        files.append(path)
    db_path = tmp_path / "ingest.sqlite3"
    env = {**bot_env, "PYTHONUNBUFFERED": "1"}

    first = await _ingest(db_path, files, env)
    assert first.stdout is not None
    seen = 0
    async with asyncio.timeout(60):
        while seen < ARTICLES // 3:
            line = await first.stdout.readline()
            assert line, (await first.stderr.read()).decode() if first.stderr else ""
            seen += b": added " in line
    first.send_signal(signal.SIGKILL)
    assert await first.wait() == -signal.SIGKILL
    at_kill = stored_count(db_path)
    assert ARTICLES // 3 <= at_kill < ARTICLES, at_kill
    print(f"\nSIGKILL of `trucewatch ingest`: {at_kill}/{ARTICLES} stored")

    second = await _ingest(db_path, files, env)
    out, err = await asyncio.wait_for(second.communicate(), 60)
    assert second.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    assert len(lines) == ARTICLES
    assert sum("duplicate of #" in line for line in lines) == at_kill
    assert sum(": added " in line for line in lines) == ARTICLES - at_kill
    check_database(db_path, {article_text(n): None for n in range(ARTICLES)})
