"""Updates fetched in one batch: articles stored ahead (handlers/ahead.py), replies as one by one.

The reference is the same updates handled one at a time straight through
``process_update`` (no poller, nothing stored ahead), on a second fake server and
database: the polling bot must send exactly the same replies, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from storage.journal import Journal
from storage.store import Store
from tests.conftest import BotRunner, direct_bot, make_settings
from tests.fake_telegram import FakeTelegram
from tests.test_reliability_crash import ORIGIN, article_text

OUTSIDER = 2002  # not a contributor: refused, nothing stored


def push_burst(tg: FakeTelegram) -> list[dict[str, Any]]:
    """Articles with a duplicate, chatter, a refusal, /undo and a question in between."""
    pushed = [tg.forward_channel_post(article_text(n), channel_message_id=100 + n) for n in range(6)]
    pushed.append(tg.forward_channel_post(article_text(2), channel_message_id=200))  # same text again
    pushed.append(tg.text_message("Thanks, see you tomorrow."))  # no incident: said so, not stored
    pushed.append(tg.text_message(article_text(40), user_id=OUTSIDER))  # refused
    pushed += [tg.forward_channel_post(article_text(n), channel_message_id=100 + n) for n in range(6, 9)]
    pushed.append(tg.command("/undo"))  # removes article 8, the last one before it
    pushed += [tg.forward_channel_post(article_text(n), channel_message_id=100 + n) for n in range(9, 12)]
    pushed.append(tg.command("/violations latakia 2018"))
    return pushed


def replies(tg: FakeTelegram) -> list[tuple[int, str]]:
    return [(int(c.params["chat_id"]), str(c.params["text"])) for c in tg.sent()]


async def test_a_burst_gets_the_replies_of_one_by_one_handling(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, tmp_path: Path
) -> None:
    async with FakeTelegram() as reference:
        settings = make_settings(reference, tmp_path / "one-by-one.sqlite3", TRUCEWATCH_CONTRIBUTORS="1001")
        async with direct_bot(reference, settings) as direct:
            for update in push_burst(reference):
                await direct.handle(update)
        expected = replies(reference)
    assert len(expected) == 17
    assert sum(text.startswith("Added ") for _, text in expected) == 12
    assert any(text.startswith("Already stored") for _, text in expected)

    bot = await make_bot(TRUCEWATCH_CONTRIBUTORS="1001").start()
    pushed = push_burst(tg)  # all pending at once: fetched by one getUpdates
    await tg.wait_until(lambda: len(tg.sent()) >= len(expected), 30)
    await bot.idle()
    assert any(len(c.result or []) == len(pushed) for c in tg.calls_to("getUpdates"))
    assert replies(tg) == expected
    assert await Journal(bot.store).counts() == (len(pushed), 0)  # the last one's done mark too
    assert (await bot.store.stats()).articles == 11  # 12 added, one undone


async def test_stop_within_a_run_answers_every_article_once_after_restart(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, db_path: Path
) -> None:
    """Stored ahead but not yet answered when the bot stops: answered (as added) after the restart."""
    bot = await make_bot().start()
    tg.fail("sendMessage", None, delay=1.0)  # the first reply is slow: we stop meanwhile
    texts = [article_text(n) for n in range(30)]
    pushed = [
        tg.forward_channel_post(text, channel_message_id=500 + n, origin_date=ORIGIN)
        for n, text in enumerate(texts)
    ]
    await tg.wait_until(lambda: any(c.status == 0 for c in tg.calls_to("sendMessage")), 20)
    await bot.stop()
    async with await Store.open(db_path) as store:
        stored = (await store.stats()).articles
    assert len(tg.sent()) < stored  # stored ahead of their replies when it stopped

    await bot.start()
    await tg.wait_until(lambda: len(tg.sent()) >= len(pushed), 30)
    await bot.idle()
    counts = tg.replies_by_message()
    assert {(u["message"]["chat"]["id"], u["message"]["message_id"]) for u in pushed} == set(counts)
    assert set(counts.values()) == {1}  # each answered once
    assert all(text.startswith("Added ") for text in tg.texts())
    await bot.stop()
    async with await Store.open(db_path) as store:
        assert (await store.stats()).articles == len(texts)


async def test_begin_marks_the_previous_update_done_in_the_same_statement(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "j.sqlite3") as store:
        journal = Journal(store)
        await journal.record([{"update_id": n, "message": {"message_id": n}} for n in (1, 2, 3)])
        assert await journal.begin(1) == 1
        assert await journal.begin(2, finished=1) == 1
        assert [e.update_id for e in await journal.pending()] == [2, 3]
        assert await journal.counts() == (1, 2)
        assert await journal.begin(2, finished=None) == 2  # a retry counts, nothing else changes
        assert await journal.counts() == (1, 2)
