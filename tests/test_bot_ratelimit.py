"""How fast the bot sends (bot/ratelimit.py): answers not capped, daily summaries paced, 429s waited out.

All over real HTTP against the fake Bot API server, which records when each call arrived.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, time

import pytest

from handlers import summary
from storage.subscriptions import Subscriptions
from tests.conftest import BotRunner
from tests.fake_telegram import Call, FakeTelegram

DAY1 = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
EIGHT = DAY1.replace(hour=8)
TELEGRAM_BULK_LIMIT = 30  # Telegram: "about 30 messages per second" for broadcasts
PTB_DEFAULT_CAP = 30  # what PTB's AIORateLimiter allows a second when its overall limit is on


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Set the summaries' "now"."""
    now = [DAY1]
    monkeypatch.setattr(summary, "clock", lambda: now[0])
    return lambda moment: now.__setitem__(0, moment)


async def subscribed_bot(
    make_bot: Callable[..., BotRunner], chats: list[int], frozen: Callable[[datetime], None]
) -> BotRunner:
    """A started bot with a daily 08:00 summary (not quiet) for each chat, scheduled, none due yet."""
    frozen(DAY1)
    bot = await make_bot().start()
    assert bot.application is not None
    await bot.application.bot_data[summary.STARTED].wait()
    subs = Subscriptions(bot.store)
    for chat in chats:
        sub, _ = await subs.subscribe(chat, time(8, 0), None, False, by=1001, now=DAY1)
        zone, _ = await summary.zone_of(bot.application, chat)
        summary.schedule(bot.application, sub, zone)
    return bot


async def fire_all(bot: BotRunner, chats: list[int], frozen: Callable[[datetime], None]) -> None:
    """08:00: every chat's daily job runs at once, as the job queue starts them at the same minute."""
    assert bot.application is not None
    assert bot.application.job_queue is not None
    frozen(EIGHT)
    jobs = [bot.application.job_queue.get_jobs_by_name(summary.job_name(c))[0] for c in chats]
    await asyncio.gather(*(job.run(bot.application) for job in jobs))


def most_in_one_second(calls: list[Call]) -> int:
    """The largest number of calls that reached the server within any one second."""
    times = sorted(c.at for c in calls)
    return max(sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times))


async def test_a_crowd_of_private_chats_is_answered_faster_than_a_broadcast_cap(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    users = list(range(5001, 5121))  # 120 people ask at the same moment, one message each
    for user in users:
        tg.command("/start", user_id=user)
    await tg.wait_until(lambda: all(tg.sent(u) for u in users), within=30)
    replies = [tg.sent(u)[0] for u in users]
    assert len(tg.sent()) == len(users)
    # With a 30-a-second cap on all messages, answering 120 would take at least (120 - 30) / 30 = 3 s
    # (PTB's bucket lets 30 through at once). Without one, the bot's own work is the limit.
    span = max(c.at for c in replies) - min(c.at for c in replies)
    assert span < (len(users) - PTB_DEFAULT_CAP) / PTB_DEFAULT_CAP * 0.9


async def test_summaries_for_many_chats_at_the_same_minute_are_paced(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, frozen: Callable[[datetime], None]
) -> None:
    chats = [-1001000000000 - i for i in range(32)] + list(range(7001, 7009))  # groups and private chats
    bot = await subscribed_bot(make_bot, chats, frozen)
    before = len(tg.sent())
    await fire_all(bot, chats, frozen)
    summaries = tg.sent()[before:]
    assert sorted(int(c.params["chat_id"]) for c in summaries) == sorted(chats)  # one each, none lost
    assert most_in_one_second(summaries) <= TELEGRAM_BULK_LIMIT


async def test_rate_limited_summary_waits_retry_after_and_goes_out_once(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, frozen: Callable[[datetime], None]
) -> None:
    chats = [-1002000000001, -1002000000002, 7101]
    bot = await subscribed_bot(make_bot, chats, frozen)
    tg.fail("sendMessage", 429, retry_after=1)
    before = len(tg.calls_to("sendMessage"))
    await fire_all(bot, chats, frozen)
    calls = tg.calls_to("sendMessage")[before:]
    assert [c.status for c in calls].count(429) == 1
    assert sorted(int(c.params["chat_id"]) for c in calls if c.status == 200) == sorted(chats)
    limited = next(c for c in calls if c.status == 429)
    retried = next(c for c in calls if c.status == 200 and c.params["chat_id"] == limited.params["chat_id"])
    assert retried.at - limited.at >= 1.0  # Telegram's retry_after, honoured
    for chat in chats:
        sub = await Subscriptions(bot.store).get(chat)
        assert sub is not None
        assert sub.settled_at >= EIGHT  # recorded as sent: not sent again
