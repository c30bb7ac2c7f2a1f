"""The update journal: Telegram updates written down before they are confirmed.

Telegram forgets an update once ``getUpdates`` is called with a later offset.
The poller (``bot/polling.py``) therefore writes every update it receives here,
in one transaction, *before* asking for the next offset, and marks it done only
after its handlers have run. After a crash, updates still not done are
processed first; updates Telegram sends again are ignored by ``update_id``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from storage.store import Store

KEEP_DONE = timedelta(days=1)


@dataclass(frozen=True)
class Entry:
    """One journalled update still to be processed."""

    update_id: int
    payload: dict[str, Any]
    attempts: int  # processing starts so far, including the one just begun (see ``begin``)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Journal:
    """Journal rows in the store's database (table ``update_journal``, migration 002)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def record(self, updates: Sequence[dict[str, Any]]) -> int:
        """Write raw updates in one transaction; returns how many were new (others already known)."""
        if not updates:
            return 0
        now = _now()
        rows = [(int(u["update_id"]), json.dumps(u, ensure_ascii=False), now) for u in updates]
        async with self.store.transaction() as db:
            before = db.total_changes
            await db.executemany(
                "INSERT OR IGNORE INTO update_journal (update_id, payload, received_at) VALUES (?, ?, ?)",
                rows,
            )
            return db.total_changes - before

    async def pending(self) -> list[Entry]:
        """Updates not yet done, in the order they arrived."""
        async with self.store.transaction() as db:
            cursor = await db.execute(
                "SELECT update_id, payload, attempts FROM update_journal WHERE done_at IS NULL "
                "ORDER BY received_at, update_id"
            )
            rows = await cursor.fetchall()
        return [Entry(int(r[0]), json.loads(r[1]), int(r[2])) for r in rows]

    async def begin(self, update_id: int, *, finished: int | None = None) -> int:
        """Count one more processing attempt (a crash loop shows up as attempts); returns the count.

        ``finished``: the update processed just before, marked done in the same statement
        (one database round trip per update instead of two; both rows change atomically).
        """
        rows = await self.store.execute_one(
            "UPDATE update_journal SET "
            "attempts = attempts + (update_id = ?1), "
            "done_at = CASE WHEN update_id = ?2 THEN ?3 ELSE done_at END "
            "WHERE update_id IN (?1, ?2) RETURNING update_id, attempts",
            (update_id, finished, _now()),
        )
        return next((int(r[1]) for r in rows if int(r[0]) == update_id), 0)

    async def done(self, update_id: int) -> None:
        await self.store.execute_one(
            "UPDATE update_journal SET done_at = ? WHERE update_id = ?", (_now(), update_id)
        )

    async def prune(self, keep: timedelta = KEEP_DONE) -> int:
        """Delete done entries older than ``keep``; returns how many were deleted."""
        cutoff = (datetime.now(UTC) - keep).isoformat(timespec="microseconds")
        async with self.store.transaction() as db:
            cursor = await db.execute(
                "DELETE FROM update_journal WHERE done_at IS NOT NULL AND done_at < ?", (cutoff,)
            )
            return cursor.rowcount

    async def counts(self) -> tuple[int, int]:
        """(done, not done) — for logs and tests."""
        async with self.store.transaction() as db:
            cursor = await db.execute("SELECT COUNT(done_at), COUNT(*) - COUNT(done_at) FROM update_journal")
            row = await cursor.fetchone()
        assert row is not None
        return int(row[0]), int(row[1])
