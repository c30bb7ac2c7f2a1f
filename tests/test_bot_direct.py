"""Fast checks through ``Application.process_update`` (replies still go over HTTP to the fake server)."""

from __future__ import annotations

import re
from pathlib import Path

from telegram.ext import CommandHandler

from tests.conftest import SEED, DirectBot, direct_bot, make_settings
from tests.fake_telegram import FakeTelegram

README = Path(__file__).resolve().parent.parent / "README.md"


def registered_commands(direct: DirectBot) -> set[str]:
    return {
        command
        for handlers in direct.application.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }


async def test_every_command_is_in_help_the_menu_and_the_readme(direct: DirectBot, tg: FakeTelegram) -> None:
    commands = registered_commands(direct)
    assert {"violations", "incidents", "add", "undo", "stats", "help", "start", "delete"} <= commands
    (help_text,) = await direct.handle(tg.command("/help"))
    readme = README.read_text(encoding="utf-8")
    menu = {c["command"] for c in tg.commands}
    for command in commands - {"start"}:
        assert f"/{command}" in help_text
        assert command in menu
        assert re.search(rf"`/{command}\b", readme), command


async def test_group_forward_from_an_outsider_is_refused_but_chatter_is_ignored(
    tg: FakeTelegram, db_path: Path
) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, TRUCEWATCH_CONTRIBUTORS="7")) as bot:
        group = tg.group_id
        refused = await bot.handle(tg.forward_channel_post(SEED, chat_id=group))
        assert len(refused) == 1
        assert f"Your Telegram id is <code>{tg.user_id}</code>" in refused[0]
        assert await bot.handle(tg.text_message("Latakia was quiet today", chat_id=group)) == []
        assert (await bot.store.stats()).articles == 0


async def test_only_admins_delete_and_undo_never_touches_others(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, TRUCEWATCH_ADMINS="9")) as bot:
        (added,) = await bot.handle(tg.forward_channel_post(SEED))
        article = re.search(r"#(\d+)", added)
        assert article is not None
        (refused,) = await bot.handle(tg.command(f"/delete {article.group(1)}", user_id=8))
        assert "Only the bot's admins" in refused
        (nothing,) = await bot.handle(tg.command("/undo", user_id=9))
        assert "not added any article" in nothing
        assert (await bot.store.stats()).articles == 1
        (deleted,) = await bot.handle(tg.command(f"/delete {article.group(1)}", user_id=9))
        assert deleted == f"Removed article #{article.group(1)}."
        assert (await bot.store.stats()).articles == 0


async def test_add_with_text_and_without_a_target(direct: DirectBot, tg: FakeTelegram) -> None:
    (usage,) = await direct.handle(tg.command("/add"))
    assert "Reply to a message with /add" in usage
    (added,) = await direct.handle(tg.command("/add " + SEED))
    assert added.startswith("Added 8 ceasefire violations")


async def test_unknown_commands_point_to_help_in_private_only(direct: DirectBot, tg: FakeTelegram) -> None:
    assert await direct.handle(tg.command("/frobnicate")) == [
        "I don't know that command. /help lists what I can do."
    ]
    assert await direct.handle(tg.command("/frobnicate", chat_id=tg.group_id)) == []


async def test_forwards_from_users_keep_their_origin(direct: DirectBot, tg: FakeTelegram) -> None:
    (added,) = await direct.handle(tg.forward_user_message(SEED, sender_name="Omar", hidden=True))
    assert added.startswith("Added 8")
    (answer,) = await direct.handle(tg.command("/violations latakia april 2019"))
    assert "• Omar, 10 Apr 2019" in answer
