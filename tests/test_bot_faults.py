"""Telegram misbehaving for a while: the bot keeps running, delivers its replies, processes nothing twice."""

from __future__ import annotations

from tests.conftest import SEED, BotRunner, DirectBot
from tests.fake_telegram import FakeTelegram


async def test_reply_is_delivered_after_server_errors(bot: BotRunner, tg: FakeTelegram) -> None:
    tg.fail("sendMessage", 500, times=2)
    tg.fail("sendMessage", 502, times=2)
    reply = await bot.reply_to(lambda: tg.forward_channel_post(SEED))
    assert reply.startswith("Added 8")
    assert len(tg.sent()) == 1  # delivered once
    assert [c.status for c in tg.calls_to("sendMessage")] == [500, 500, 502, 502, 200]


async def test_rate_limit_is_waited_out(bot: BotRunner, tg: FakeTelegram) -> None:
    tg.fail("sendMessage", 429, retry_after=1)
    assert "Nothing is stored yet" in await bot.ask("/stats")
    calls = tg.calls_to("sendMessage")
    assert calls[-1].at - calls[0].at >= 1.0


async def test_polling_survives_get_updates_failures_and_processes_once(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    tg.fail("getUpdates", 502)
    tg.fail("getUpdates", 429, retry_after=1)
    tg.fail("getUpdates", 500)
    reply = await bot.reply_to(lambda: tg.forward_channel_post(SEED), within=20)
    assert reply.startswith("Added 8")
    await bot.idle()
    assert len(tg.sent()) == 1
    assert (await bot.store.stats()).articles == 1


async def test_direct_processing_replies_before_returning(direct: DirectBot, tg: FakeTelegram) -> None:
    texts = await direct.handle(tg.command("/stats"))
    assert texts == ["Nothing is stored yet: forward me a bulletin to start."]
