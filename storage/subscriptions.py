"""Daily-summary subscriptions, per-chat time zones and what each summary covers.

Tables from migration 003. A summary covers the articles that *arrived* after
the chat's watermark (``article_arrivals.seq``, never reused), not a window of
incident dates: a report forwarded late is counted in the next summary, once.
Counting follows the store's rule: only a statement's lead article counts.
The watermark moves in ``record_sent``, in one transaction with the row that
says what was covered, and only when it still equals the digest's start, so
two deliveries racing each other cannot both move it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from extraction.model import VIOLATION, PlaceFilter
from extraction.places import fold
from storage.models import DayCount, PlaceCount, Report
from storage.store import Store

BASELINE_DAYS = 7  # the summary compares against the daily average of this many days before it


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    at: time  # local time of day, naive; the zone is the chat's
    place: PlaceFilter | None
    quiet: bool
    created_by: int | None
    created_at: datetime
    updated_at: datetime
    last_seq: int
    last_sent_at: datetime | None
    chat_title: str | None = None

    @property
    def covered_since(self) -> datetime:
        """When the period the next summary covers began: the last summary, else the subscription."""
        return self.last_sent_at or self.created_at

    @property
    def settled_at(self) -> datetime:
        """Scheduled times before this need no catch-up: sent already, or not yet asked for."""
        return max(self.updated_at, self.last_sent_at) if self.last_sent_at else self.updated_at


@dataclass(frozen=True)
class ProvinceCount:
    admin1: str | None
    count: int
    places: list[PlaceCount] = field(default_factory=list)


@dataclass(frozen=True)
class Digest:
    """What one summary says: new violations since the watermark, and a baseline to compare with."""

    place: PlaceFilter | None
    from_seq: int
    to_seq: int
    total: int
    provinces: list[ProvinceCount]
    days: list[DayCount]
    reports: list[Report]
    baseline_start: date | None = None  # the BASELINE_DAYS days before the first covered day
    baseline_total: int = 0

    @property
    def empty(self) -> bool:
        return self.total == 0

    @property
    def baseline_average(self) -> float:
        return self.baseline_total / BASELINE_DAYS


def _ts(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _row(row: sqlite3.Row) -> Subscription:
    place = None
    if row["place_name"]:
        place = PlaceFilter(row["place_name"], row["place_level"], row["place_key"])
    hour, minute = (int(x) for x in row["at_time"].split(":"))
    created = datetime.fromisoformat(row["created_at"])
    return Subscription(
        chat_id=int(row["chat_id"]),
        at=time(hour, minute),
        place=place,
        quiet=bool(row["quiet"]),
        created_by=row["created_by"],
        created_at=created,
        updated_at=_dt(row["updated_at"]) or created,
        last_seq=int(row["last_seq"]),
        last_sent_at=_dt(row["last_sent_at"]),
        chat_title=row["chat_title"],
    )


def _place_sql(place: PlaceFilter | None) -> tuple[str, list[Any]]:
    """The incident filter for a subscription's place (the same matching as questions)."""
    if place is None:
        return "", []
    if place.level == "admin1":
        return " AND i.admin1 IN (?, ?)", [place.key or place.name, place.name]
    return " AND i.location_key = ?", [place.key]


class Subscriptions:
    """Subscription rows in the store's database; every write in ``Store.transaction()``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ reading

    async def high_water(self, db: Any = None) -> int:
        """The latest arrival number ever handed out (deleted articles included)."""
        conn = db or self.store.db
        rows = list(
            await conn.execute_fetchall("SELECT seq FROM sqlite_sequence WHERE name = 'article_arrivals'")
        )
        return int(rows[0][0]) if rows else 0

    async def get(self, chat_id: int) -> Subscription | None:
        async with self.store.transaction() as db:
            rows = list(
                await db.execute_fetchall("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
            )
        return _row(rows[0]) if rows else None

    async def all(self) -> list[Subscription]:
        async with self.store.transaction() as db:
            rows = list(await db.execute_fetchall("SELECT * FROM subscriptions ORDER BY chat_id"))
        return [_row(r) for r in rows]

    async def timezone(self, chat_id: int) -> str | None:
        """The chat's own IANA zone name, or None when it uses the bot's default."""
        async with self.store.transaction() as db:
            rows = list(
                await db.execute_fetchall("SELECT timezone FROM chat_settings WHERE chat_id = ?", (chat_id,))
            )
        return str(rows[0][0]) if rows else None

    # ------------------------------------------------------------------ writing

    async def subscribe(
        self,
        chat_id: int,
        at: time,
        place: PlaceFilter | None,
        quiet: bool,
        *,
        by: int | None,
        now: datetime,
        chat_title: str | None = None,
    ) -> tuple[Subscription, bool]:
        """Create or update the chat's one subscription; returns it and whether it is new.

        A new subscription starts at the current high water: its first summary
        covers what arrives from now on, not the whole archive.
        """
        async with self.store.transaction() as db:
            existed = bool(
                list(await db.execute_fetchall("SELECT 1 FROM subscriptions WHERE chat_id = ?", (chat_id,)))
            )
            values = (
                f"{at.hour:02d}:{at.minute:02d}",
                place.name if place else None,
                place.level if place else None,
                place.key if place else None,
                int(quiet),
                chat_title,
                _ts(now),
            )
            if existed:
                await db.execute(
                    "UPDATE subscriptions SET at_time = ?, place_name = ?, place_level = ?, place_key = ?, "
                    "quiet = ?, chat_title = COALESCE(?, chat_title), updated_at = ? WHERE chat_id = ?",
                    (*values, chat_id),
                )
            else:
                await db.execute(
                    "INSERT INTO subscriptions (at_time, place_name, place_level, place_key, quiet, "
                    "chat_title, updated_at, chat_id, created_by, created_at, last_seq) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, chat_id, by, _ts(now), await self.high_water(db)),
                )
            rows = list(
                await db.execute_fetchall("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
            )
        return _row(rows[0]), not existed

    async def unsubscribe(self, chat_id: int) -> bool:
        """End the chat's subscription; False when it had none."""
        async with self.store.transaction() as db:
            cursor = await db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (chat_id,))
            return cursor.rowcount > 0

    async def set_timezone(self, chat_id: int, name: str, now: datetime) -> None:
        """Remember the chat's zone; its subscription's schedule counts as changed from ``now``."""
        async with self.store.transaction() as db:
            await db.execute(
                "INSERT INTO chat_settings (chat_id, timezone, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET timezone = excluded.timezone, "
                "updated_at = excluded.updated_at",
                (chat_id, name, _ts(now)),
            )
            await db.execute("UPDATE subscriptions SET updated_at = ? WHERE chat_id = ?", (_ts(now), chat_id))

    async def move_chat(self, old: int, new: int) -> None:
        """A group became a supergroup (new id): its subscription and zone follow it."""
        async with self.store.transaction() as db:
            await db.execute("DELETE FROM subscriptions WHERE chat_id = ?", (new,))
            await db.execute("UPDATE subscriptions SET chat_id = ? WHERE chat_id = ?", (new, old))
            await db.execute("DELETE FROM chat_settings WHERE chat_id = ?", (new,))
            await db.execute("UPDATE chat_settings SET chat_id = ? WHERE chat_id = ?", (new, old))

    async def record_sent(
        self, chat_id: int, digest: Digest, now: datetime, messages: int, *, due: datetime | None = None
    ) -> bool:
        """Move the watermark to what ``digest`` covered and log it, in one transaction.

        ``due`` is the scheduled time this summary served (a run may start a moment
        before it): ``last_sent_at`` is never earlier, so that time counts as done.
        Only when the watermark is still where the digest started (and the chat is
        still subscribed): False means someone else recorded first, nothing changed.
        """
        settled = max(now, due) if due is not None else now
        async with self.store.transaction() as db:
            cursor = await db.execute(
                "UPDATE subscriptions SET last_seq = ?, last_sent_at = ? WHERE chat_id = ? AND last_seq = ?",
                (digest.to_seq, _ts(settled), chat_id, digest.from_seq),
            )
            if cursor.rowcount == 0:
                return False
            await db.execute(
                "INSERT INTO summaries (chat_id, sent_at, from_seq, to_seq, violations, reports, messages) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    chat_id,
                    _ts(now),
                    digest.from_seq,
                    digest.to_seq,
                    digest.total,
                    len(digest.reports),
                    messages,
                ),
            )
        return True

    # ------------------------------------------------------------------ the digest

    async def digest(self, sub: Subscription) -> Digest:
        """New violations (matching the subscription's place) since its watermark, read consistently."""
        place_sql, place_params = _place_sql(sub.place)
        async with self.store.transaction() as db:
            high = await self.high_water(db)
            new = (
                "FROM article_arrivals AS r "
                "CROSS JOIN statements AS s ON s.lead_article_id = r.article_id "
                "JOIN incidents AS i ON i.article_id = r.article_id "
                "WHERE r.seq > ? AND r.seq <= ? AND i.kind = ?" + place_sql
            )
            params = [sub.last_seq, high, VIOLATION, *place_params]
            places = list(
                await db.execute_fetchall(
                    f"SELECT i.location_key, i.admin1, MIN(i.location), SUM(i.count) {new} "
                    "GROUP BY i.location_key, i.admin1",
                    params,
                )
            )
            days = list(
                await db.execute_fetchall(
                    f"SELECT i.day, SUM(i.count) {new} GROUP BY i.day ORDER BY i.day", params
                )
            )
            reports = list(
                await db.execute_fetchall(
                    "SELECT a.id, a.source, a.source_url, a.published, a.statement_day FROM articles AS a "
                    "JOIN article_arrivals AS r2 ON r2.article_id = a.id AND r2.seq <= ? "
                    f"WHERE a.statement_id IN (SELECT s.id {new}) "
                    "ORDER BY COALESCE(a.statement_day, a.published), a.published, a.id",
                    [high, *params],
                )
            )
            baseline_start: date | None = None
            baseline_total = 0
            if days:
                first = date.fromisoformat(days[0][0])
                baseline_start = first - timedelta(days=BASELINE_DAYS)
                rows = list(
                    await db.execute_fetchall(
                        "SELECT COALESCE(SUM(i.count), 0) FROM incidents AS i "
                        "CROSS JOIN statements AS s ON s.lead_article_id = i.article_id "
                        "WHERE i.day >= ? AND i.day < ? AND i.kind = ?" + place_sql,
                        [baseline_start.isoformat(), first.isoformat(), VIOLATION, *place_params],
                    )
                )
                baseline_total = int(rows[0][0])
        return Digest(
            place=sub.place,
            from_seq=sub.last_seq,
            to_seq=max(high, sub.last_seq),
            total=sum(int(r[3]) for r in places),
            provinces=_provinces([PlaceCount(r[2], r[1], int(r[3])) for r in places]),
            days=[DayCount(date.fromisoformat(r[0]), int(r[1])) for r in days],
            reports=[
                Report(
                    r[0],
                    r[1],
                    r[2],
                    date.fromisoformat(r[3]) if r[3] else None,
                    date.fromisoformat(r[4]) if r[4] else None,
                )
                for r in reports
            ],
            baseline_start=baseline_start,
            baseline_total=baseline_total,
        )


def _provinces(places: list[PlaceCount]) -> list[ProvinceCount]:
    """Places grouped under their province; provinces and places by count, then by name."""
    grouped: dict[str | None, list[PlaceCount]] = defaultdict(list)
    for p in places:
        if p.count:
            grouped[p.admin1].append(p)

    def order(p: PlaceCount) -> tuple[int, bool, str]:
        return (-p.count, p.location is None, fold(p.location or ""))

    result = [
        ProvinceCount(admin1, sum(p.count for p in group), sorted(group, key=order))
        for admin1, group in grouped.items()
    ]
    result.sort(key=lambda g: (-g.count, g.admin1 is None, fold(g.admin1 or "")))
    return result
