"""The fake Bot API server behaves like Telegram where the bot depends on it (checked with PTB's Bot)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter

from tests.fake_telegram import FakeTelegram


@pytest.fixture
async def ptb(tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(tg.token, base_url=tg.base_url, base_file_url=tg.base_file_url) as bot:
        yield bot


async def test_offset_confirms_earlier_updates(tg: FakeTelegram, ptb: Bot) -> None:
    first = tg.text_message("one")
    second = tg.text_message("two")
    got = await ptb.get_updates(timeout=0)
    assert [u.update_id for u in got] == [first["update_id"], second["update_id"]]
    assert len(await ptb.get_updates(timeout=0)) == 2  # not confirmed: delivered again
    again = await ptb.get_updates(offset=second["update_id"], timeout=0)
    assert [u.update_id for u in again] == [second["update_id"]]
    assert await ptb.get_updates(offset=second["update_id"] + 1, timeout=0) == ()
    assert tg.confirmed_offset == second["update_id"] + 1


async def test_long_poll_returns_as_soon_as_an_update_arrives(tg: FakeTelegram, ptb: Bot) -> None:
    import asyncio

    poll = asyncio.ensure_future(ptb.get_updates(timeout=30))
    await asyncio.sleep(0.05)
    tg.text_message("late")
    async with asyncio.timeout(2):
        got = await poll
    assert got[0].message is not None
    assert got[0].message.text == "late"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x" * 4097, "message is too long"),
        ("   ", "message text is empty"),
        ("<b>bold", "can't parse entities"),
        ("Tom & Jerry", "can't parse entities"),
        ("1 < 2", "can't parse entities"),
        ("<blink>x</blink>", "can't parse entities"),
    ],
)
async def test_rejects_what_telegram_rejects(tg: FakeTelegram, ptb: Bot, text: str, error: str) -> None:
    with pytest.raises(BadRequest, match=f"(?i){error}"):
        await ptb.send_message(tg.user_id, text, parse_mode="HTML")
    assert tg.sent() == []


async def test_accepts_4096_characters_of_escaped_text(tg: FakeTelegram, ptb: Bot) -> None:
    await ptb.send_message(tg.user_id, "&amp;" * 4096, parse_mode="HTML")
    assert len(tg.sent()) == 1


async def test_faults_are_served_in_order_then_normal_answers(tg: FakeTelegram, ptb: Bot) -> None:
    tg.fail("sendMessage", 429, retry_after=3)
    tg.fail("sendMessage", 502)
    with pytest.raises(RetryAfter):
        await ptb.send_message(tg.user_id, "a")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await ptb.send_message(tg.user_id, "b")
    await ptb.send_message(tg.user_id, "c")
    assert tg.texts() == ["c"]
    assert [c.status for c in tg.calls_to("sendMessage")] == [429, 502, 200]


async def test_wrong_token_is_unauthorized(tg: FakeTelegram) -> None:
    bot = Bot("42:" + "x" * 35, base_url=tg.base_url)
    with pytest.raises(InvalidToken):
        await bot.initialize()
    await bot.shutdown()


async def test_documents_are_downloaded_under_the_file_url(tg: FakeTelegram, ptb: Bot) -> None:
    update = tg.document(b"hello", "a.txt")
    file = await ptb.get_file(update["message"]["document"]["file_id"])
    assert bytes(await file.download_as_bytearray()) == b"hello"
