"""Subscriptions without Telegram: the watermark, the schedule arithmetic, the argument parsing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handlers.subscriptions import DEFAULT_TIME, SubscribeError, find_zone, parse_subscribe
from handlers.summary import last_due, next_due
from storage.models import Provenance
from storage.store import Store
from storage.subscriptions import Subscriptions

NOW = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
TODAY = date(2026, 11, 26)


def bulletin(day: int, town: str, times: str = "once") -> str:
    return (
        f"date 2019-04-{day:02d} The Russian Center for Reconciliation said militants had attacked "
        f"{town} ({times}) in Latakia province during the previous day."
    )


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "subs.sqlite3") as opened:
        yield opened


async def test_deleting_the_newest_article_does_not_hide_the_next_one(store: Store) -> None:
    """SQLite hands a deleted last rowid out again; the arrival number is never reused."""
    subs = Subscriptions(store)
    await subs.subscribe(1, time(8, 0), None, False, by=1, now=NOW)
    first = await store.ingest(bulletin(10, "Safsafa"), None, Provenance(source="A"))
    sub = await subs.get(1)
    assert sub is not None
    digest = await subs.digest(sub)
    assert digest.total == 1
    assert await subs.record_sent(1, digest, NOW, 1)
    assert first.article_id is not None
    assert await store.delete_article(first.article_id)  # /undo of the article just summarised

    again = await store.ingest(bulletin(11, "Ikko", "twice"), None, Provenance(source="B"))
    assert again.article_id == first.article_id  # the same rowid, reused
    sub = await subs.get(1)
    assert sub is not None
    nxt = await subs.digest(sub)
    assert nxt.total == 2
    assert [p.location for g in nxt.provinces for p in g.places] == ["Ikko"]


async def test_watermark_moves_once_when_two_deliveries_race(store: Store) -> None:
    subs = Subscriptions(store)
    await subs.subscribe(1, time(8, 0), None, False, by=1, now=NOW)
    await store.ingest(bulletin(10, "Safsafa"), None, Provenance(source="A"))
    sub = await subs.get(1)
    assert sub is not None
    digest = await subs.digest(sub)
    assert await subs.record_sent(1, digest, NOW, 1)
    assert not await subs.record_sent(1, digest, NOW, 1)  # the second one changes nothing
    rows = list(await store.db.execute_fetchall("SELECT from_seq, to_seq, violations FROM summaries"))
    assert [tuple(r) for r in rows] == [(digest.from_seq, digest.to_seq, 1)]


async def test_a_new_subscription_starts_from_now_not_the_archive(store: Store) -> None:
    subs = Subscriptions(store)
    await store.ingest(bulletin(10, "Safsafa"), None, Provenance(source="A"))
    sub, new = await subs.subscribe(1, time(8, 0), None, False, by=1, now=NOW)
    assert new
    assert (await subs.digest(sub)).empty
    again, new = await subs.subscribe(1, time(9, 0), None, True, by=1, now=NOW)
    assert not new
    assert again.at == time(9, 0)
    assert again.quiet
    assert len(await subs.all()) == 1


def test_due_times_follow_the_zone_and_daylight_saving() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 29 March 2026: clocks go forward in Berlin. 08:00 local is 06:00 UTC that day, 07:00 the day before.
    before = last_due(time(8, 0), berlin, datetime(2026, 3, 29, 6, 30, tzinfo=UTC))
    assert before == datetime(2026, 3, 29, 8, 0, tzinfo=berlin)
    assert before.astimezone(UTC).hour == 6
    earlier = last_due(time(8, 0), berlin, datetime(2026, 3, 29, 5, 59, tzinfo=UTC))
    assert earlier.astimezone(UTC) == datetime(2026, 3, 28, 7, 0, tzinfo=UTC)
    assert next_due(time(8, 0), berlin, datetime(2026, 3, 28, 7, 0, tzinfo=UTC)).astimezone(UTC) == datetime(
        2026, 3, 29, 6, 0, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("words", "at", "place", "quiet"),
    [
        ("", DEFAULT_TIME, None, False),
        ("07:30", time(7, 30), None, False),
        ("7.05 quiet", time(7, 5), None, True),
        ("lattakia 21:00", time(21, 0), "Latakia", False),
        ("QUIET rural damascus", DEFAULT_TIME, "Rif Dimashq", True),
        ("jurin", DEFAULT_TIME, "Jurin", False),
    ],
)
def test_subscribe_arguments(words: str, at: time, place: str | None, quiet: bool) -> None:
    got_at, got_place, got_quiet = parse_subscribe(words, TODAY)
    assert (got_at, got_place.name if got_place else None, got_quiet) == (at, place, quiet)


def test_bad_subscribe_arguments_say_why() -> None:
    with pytest.raises(SubscribeError, match="not a time of day"):
        parse_subscribe("24:00", TODAY)
    with pytest.raises(SubscribeError, match="leave out the period"):
        parse_subscribe("idlib since april", TODAY)


def test_zone_names_are_iana_names_in_any_case() -> None:
    assert find_zone("europe/moscow") == "Europe/Moscow"
    assert find_zone(" Asia/Damascus ") == "Asia/Damascus"
    assert find_zone("Moscow") is None
    assert find_zone("../etc/passwd") is None
