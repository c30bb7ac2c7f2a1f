"""Restarts and crashes: no update lost, none counted twice (the update journal, bot/polling.py)."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path

from storage.journal import Journal
from storage.store import Store
from tests.conftest import SEED, BotProcess, BotRunner
from tests.fake_telegram import FakeTelegram

QUESTION = "/violations latakia april 2019"


async def stored_articles(db_path: Path) -> int:
    async with await Store.open(db_path) as store:
        return (await store.stats()).articles


async def test_update_sent_while_the_bot_was_down_is_processed(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram
) -> None:
    bot = await make_bot().start()
    await bot.stop()
    tg.forward_channel_post(SEED)  # arrives while nobody polls
    await bot.start()
    assert (await bot.next_reply()).startswith("Added 8")
    assert ": 7 ceasefire violations" in await bot.ask(QUESTION)


async def test_update_journalled_but_not_processed_survives_a_crash(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, db_path: Path
) -> None:
    """The crash window PTB's own poller loses: confirmed to Telegram, handler never ran."""
    bot = await make_bot().start()
    await bot.stop()
    update = tg.forward_channel_post(SEED)
    tg.pending.remove(update)  # Telegram has forgotten it: it was confirmed ...
    async with await Store.open(db_path) as store:
        await Journal(store).record([update])  # ... after being journalled, then the process died
    await bot.start()  # recovery runs before the first getUpdates
    assert (await tg.wait_for_messages(1))[0].startswith("Added 8")
    assert ": 7 ceasefire violations at 7 places (1 report)" in await bot.ask(QUESTION)
    await bot.idle()
    assert await Journal(bot.store).counts() == (2, 0)  # the forward and the question, both done


async def test_processed_update_redelivered_after_restart_is_not_counted_twice(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram
) -> None:
    """Crash after the handler ran but before the confirming getUpdates: Telegram sends it again."""
    bot = await make_bot().start()
    update = tg.forward_channel_post(SEED)
    assert (await bot.next_reply()).startswith("Added 8")
    await bot.stop()
    replies = len(tg.sent())
    tg.redeliver(update)
    await bot.start()
    await tg.wait_confirmed(update["update_id"])
    await bot.idle()
    assert len(tg.sent()) == replies  # not processed again: no second reply
    assert ": 7 ceasefire violations at 7 places (1 report)" in await bot.ask(QUESTION)
    assert (await bot.store.stats()).articles == 1


async def test_update_that_keeps_crashing_the_bot_is_given_up(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, db_path: Path
) -> None:
    bot = await make_bot().start()
    await bot.stop()
    poison = tg.forward_channel_post(SEED)
    tg.pending.remove(poison)
    async with await Store.open(db_path) as store:
        journal = Journal(store)
        await journal.record([poison])
        for _ in range(3):  # three runs died while handling it
            await journal.begin(poison["update_id"])
    await bot.start()
    reply = await bot.ask("/stats")
    assert "Nothing is stored yet" in reply  # skipped, and the bot went on with the next update
    await bot.idle()
    assert await Journal(bot.store).counts() == (2, 0)


async def test_sigkill_in_the_middle_of_a_handler_loses_nothing(
    make_process: Callable[..., BotProcess], tg: FakeTelegram, db_path: Path
) -> None:
    bot = make_process()
    await bot.start()
    await bot.wait_polling(tg)
    # The reply hangs: the article is stored, its update is journalled but not done when we kill.
    tg.fail("sendMessage", None, delay=60)
    tg.forward_channel_post(SEED)
    await tg.wait_until(lambda: any(c.status == 0 for c in tg.calls_to("sendMessage")), 20)
    assert await bot.stop(signal.SIGKILL) == -signal.SIGKILL
    late = tg.forward_channel_post(SEED.replace("Safsafa (once)", "Safsafa (twice)"))  # while it is down

    await bot.start()
    texts = await tg.wait_for_messages(2, tg.user_id, 30)
    assert texts[0].startswith("Added 8")  # the interrupted update, finished after the restart
    assert texts[1].startswith(("Added 9", "Added", "Already"))  # the one sent during the outage
    await tg.wait_confirmed(late["update_id"], 30)
    assert await bot.stop(signal.SIGTERM) == 0
    assert await stored_articles(db_path) == 2
    assert "Traceback" not in bot.output()


async def test_update_is_not_confirmed_while_the_journal_cannot_be_written(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    async with bot.store.transaction() as db:  # stands in for a full disk or a read-only file
        await db.execute(
            "CREATE TRIGGER journal_full BEFORE INSERT ON update_journal "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    update = tg.forward_channel_post(SEED)

    def fetched() -> int:
        return sum(
            1
            for c in tg.calls_to("getUpdates")
            if c.result and c.result[0]["update_id"] == update["update_id"]
        )

    await tg.wait_until(lambda: fetched() >= 2)  # Telegram had to send it again: it was never confirmed
    assert tg.confirmed_offset <= update["update_id"]
    assert tg.sent() == []
    async with bot.store.transaction() as db:
        await db.execute("DROP TRIGGER journal_full")
    assert (await bot.next_reply()).startswith("Added 8")
    await bot.idle()
    assert len(tg.sent()) == 1
    assert (await bot.store.stats()).articles == 1
