"""The update journal on a real database: dedup by update_id, order, done marks, pruning."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from storage.journal import Journal
from storage.store import Store


@pytest.fixture
async def journal(tmp_path: Path) -> AsyncIterator[Journal]:
    async with await Store.open(tmp_path / "j.sqlite3") as store:
        yield Journal(store)


def update(update_id: int, text: str = "hi") -> dict[str, object]:
    return {"update_id": update_id, "message": {"message_id": update_id, "text": text}}


async def test_same_update_twice_is_journalled_once(journal: Journal) -> None:
    assert await journal.record([update(5), update(6)]) == 2
    assert await journal.record([update(6, "again"), update(7)]) == 1
    pending = await journal.pending()
    assert [e.update_id for e in pending] == [5, 6, 7]
    assert pending[1].payload["message"] == {"message_id": 6, "text": "hi"}  # the first copy wins


async def test_done_updates_are_not_pending_and_not_re_recorded(journal: Journal) -> None:
    await journal.record([update(1), update(2)])
    await journal.done(1)
    assert [e.update_id for e in await journal.pending()] == [2]
    assert await journal.record([update(1)]) == 0  # Telegram sending it again changes nothing
    assert [e.update_id for e in await journal.pending()] == [2]
    assert await journal.counts() == (1, 1)


async def test_attempts_are_counted_across_runs(journal: Journal) -> None:
    await journal.record([update(9)])
    assert await journal.begin(9) == 1
    assert await journal.begin(9) == 2
    assert (await journal.pending())[0].attempts == 2


async def test_prune_keeps_recent_and_unfinished_entries(journal: Journal) -> None:
    await journal.record([update(1), update(2), update(3)])
    await journal.done(1)
    await journal.done(2)
    assert await journal.prune() == 0  # done just now: kept for a day
    assert await journal.prune(keep=timedelta(0)) == 2
    assert await journal.counts() == (0, 1)


async def test_the_journal_table_comes_from_a_numbered_migration(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "m.sqlite3") as store:
        cursor = await store.db.execute("SELECT name FROM schema_migrations WHERE version = 2")
        row = await cursor.fetchone()
        assert row is not None
        assert row[0] == "002_journal.sql"
