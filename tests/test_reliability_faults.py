"""Telegram misbehaving for a while (429, 500, 502, hangs): the bot keeps going, answers once, counts once.

The bot runs in-process against the fake Bot API server with a 1-second long
poll; faults are queued per method on the server. Each test pushes several
updates through the fault and then checks what a user would see: one reply per
message, delivered once the server recovered, and the store holding each
article once. Timeouts are PTB's defaults (5 s per call; long polls get the
poll timeout + 10 s), which is what the hang tests wait out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from handlers.errors import SORRY
from storage.journal import Journal
from tests.conftest import BotRunner
from tests.fake_telegram import FakeTelegram
from tests.test_reliability_crash import article_text

USERS = (4001, 4002, 4003)


def push_articles(tg: FakeTelegram, first: int, count: int = len(USERS)) -> list[dict[str, Any]]:
    """Distinct articles, one from each user in turn."""
    return [
        tg.forward_channel_post(article_text(first + i), user_id=user, channel_message_id=first + i)
        for i, user in enumerate(USERS[:count])
    ]


def message_key(update: dict[str, Any]) -> tuple[int, int]:
    return int(update["message"]["chat"]["id"]), int(update["message"]["message_id"])


async def settle(bot: BotRunner, tg: FakeTelegram, updates: list[dict[str, Any]], within: float) -> None:
    """Wait until every pushed message has its reply and every update was confirmed."""
    wanted = {message_key(u) for u in updates}
    await tg.wait_until(lambda: wanted <= set(tg.replies_by_message()), within)
    await bot.idle(within)


async def assert_each_processed_once(bot: BotRunner, tg: FakeTelegram, updates: list[dict[str, Any]]) -> None:
    replies = tg.replies_by_message()
    for update in updates:
        assert replies[message_key(update)] == 1, (update["update_id"], replies)
    stats = await bot.store.stats()
    assert stats.articles == sum(1 for u in updates if "forward_origin" in u["message"])
    done, pending = await Journal(bot.store).counts()
    assert pending == 0
    assert done == len(updates)
    # Still alive and answering after the storm.
    assert "article" in await bot.ask("/stats", user_id=USERS[0])


async def test_500_and_502_for_a_while_then_every_reply_arrives_once(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    tg.fail("getUpdates", 500)
    tg.fail("getUpdates", 502)
    tg.fail("sendMessage", 500, times=2)
    tg.fail("sendMessage", 502, times=2)
    updates = push_articles(tg, 0)
    updates.append(tg.command("/violations latakia 2018", user_id=USERS[1]))
    await settle(bot, tg, updates, 30)
    statuses = Counter(c.status for c in tg.calls_to("sendMessage"))
    assert statuses[500] == 2  # every failure was met by a retry ...
    assert statuses[502] == 2
    assert [c.status for c in tg.calls_to("getUpdates")].count(502) == 1
    await assert_each_processed_once(bot, tg, updates)  # ... and nothing went out or counted twice
    assert all(t.startswith("Added ") for u in USERS for t in tg.texts(u)[:1])


async def test_429_retry_after_is_honoured_and_nothing_is_lost(bot: BotRunner, tg: FakeTelegram) -> None:
    tg.fail("getUpdates", 429, retry_after=1)
    tg.fail("sendMessage", 429, retry_after=1)
    updates = push_articles(tg, 10)
    await settle(bot, tg, updates, 30)
    calls = tg.calls_to("sendMessage")
    limited = [c for c in calls if c.status == 429]
    assert len(limited) == 1
    after = [c for c in calls if c.at > limited[0].at]
    assert after[0].at - limited[0].at >= 1.0  # waited as told before asking again
    polls = tg.calls_to("getUpdates")
    first_429 = next(i for i, c in enumerate(polls) if c.status == 429)
    assert polls[first_429 + 1].at - polls[first_429].at >= 1.0
    await assert_each_processed_once(bot, tg, updates)


async def test_send_hanging_past_the_read_timeout_is_retried(bot: BotRunner, tg: FakeTelegram) -> None:
    # The server sits on the request longer than the bot's 5 s read timeout, then gives up (504):
    # the bot must time out, try again, and deliver.
    tg.fail("sendMessage", 504, delay=7, description="Gateway Timeout")
    updates = push_articles(tg, 20, 1)
    await settle(bot, tg, updates, 30)
    sends = tg.calls_to("sendMessage")
    assert sends[1].at - sends[0].at >= 4.5  # the bot waited for its read timeout, not for the server
    await assert_each_processed_once(bot, tg, updates)


async def test_get_updates_hanging_past_the_read_timeout_recovers(bot: BotRunner, tg: FakeTelegram) -> None:
    polls = len(tg.calls_to("getUpdates"))
    tg.fail("getUpdates", None, delay=13)  # answers only after the bot's 11 s long-poll read timeout
    await tg.wait_until(lambda: len(tg.calls_to("getUpdates")) > polls, 5)  # the hung call arrived
    updates = push_articles(tg, 30)  # ... and these arrive while the bot waits on it
    await settle(bot, tg, updates, 30)
    hung, retry = tg.calls_to("getUpdates")[polls : polls + 2]
    assert retry.at - hung.at >= 10  # the bot gave up on the hung call by itself, then asked again
    await assert_each_processed_once(bot, tg, updates)


async def test_bad_request_is_not_retried_and_the_user_is_told(bot: BotRunner, tg: FakeTelegram) -> None:
    tg.fail("sendMessage", 400, description="Bad Request: message to be replied not found")
    updates = push_articles(tg, 40, 1)
    await tg.wait_for_messages(1, USERS[0], 15)
    await bot.idle()
    statuses = [c.status for c in tg.calls_to("sendMessage")]
    assert statuses == [400, 200]  # one attempt, not a retry loop ...
    assert tg.texts(USERS[0]) == [SORRY]  # ... and the user hears that something went wrong
    assert (await bot.store.stats()).articles == 1
    done, pending = await Journal(bot.store).counts()
    assert (done, pending) == (len(updates), 0)
