"""Access: outsiders cannot add, edit or undo; only admins remove others' articles; groups are run by admins.

Every test goes through the real handlers (``process_update``) with the
settings an operator would set, and checks the database, not just the reply:
a refusal that still stored or removed something would be no refusal.
"""

from __future__ import annotations

import re
from pathlib import Path

from storage.subscriptions import Subscriptions
from tests.conftest import SEED, DirectBot, direct_bot, make_settings
from tests.fake_telegram import FakeTelegram
from tests.test_reliability_crash import article_text

CONTRIBUTOR, OTHER_CONTRIBUTOR, ADMIN, OUTSIDER = 7, 8, 9, 66
ACCESS = {"TRUCEWATCH_CONTRIBUTORS": f"{CONTRIBUTOR},{OTHER_CONTRIBUTOR}", "TRUCEWATCH_ADMINS": str(ADMIN)}


def article_id(reply: str) -> int:
    found = re.search(r"#(\d+)", reply)
    assert found is not None, reply
    return int(found.group(1))


async def article_ids(bot: DirectBot) -> set[int]:
    rows = await bot.store.db.execute_fetchall("SELECT id FROM articles")
    return {int(r[0]) for r in rows}


async def test_outsider_cannot_add_in_any_way(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, **ACCESS)) as bot:
        attempts = [
            tg.forward_channel_post(SEED, user_id=OUTSIDER),
            tg.text_message(article_text(1), user_id=OUTSIDER),
            tg.command(f"/add {article_text(2)}", user_id=OUTSIDER),
            tg.document(article_text(3).encode(), "bulletin.txt", user_id=OUTSIDER),
            tg.forward_channel_post(article_text(4), user_id=OUTSIDER, chat_id=tg.group_id),
        ]
        for update in attempts:
            replies = await bot.handle(update)
            assert len(replies) == 1
            assert f"Your Telegram id is <code>{OUTSIDER}</code>" in replies[0]  # told how to be added
        # /add in reply to someone else's message does not launder it either.
        carried = tg.forward_channel_post(article_text(5), user_id=CONTRIBUTOR, chat_id=tg.group_id)
        tg.pending.remove(carried)
        (refused,) = await bot.handle(
            tg.command("/add", user_id=OUTSIDER, chat_id=tg.group_id, reply_to=carried["message"])
        )
        assert "TRUCEWATCH_CONTRIBUTORS" in refused
        assert await article_ids(bot) == set()


async def test_contributors_and_admins_can_add(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, **ACCESS)) as bot:
        (one,) = await bot.handle(tg.forward_channel_post(SEED, user_id=CONTRIBUTOR))
        (two,) = await bot.handle(tg.text_message(article_text(1), user_id=ADMIN))
        assert one.startswith("Added")
        assert two.startswith("Added")
        assert len(await article_ids(bot)) == 2


async def test_user_no_longer_a_contributor_cannot_edit_or_undo(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, TRUCEWATCH_CONTRIBUTORS=str(OUTSIDER))) as bot:
        original = tg.text_message(SEED, user_id=OUTSIDER)
        (added,) = await bot.handle(original)
        stored = article_id(added)
    # The operator takes the user off the list and restarts the bot.
    async with direct_bot(tg, make_settings(tg, db_path, **ACCESS)) as bot:
        edited = SEED.replace("Safsafa (once)", "Safsafa (five times)")
        (refused_edit,) = await bot.handle(tg.edited_message(original, edited))
        assert "TRUCEWATCH_CONTRIBUTORS" in refused_edit
        (refused_undo,) = await bot.handle(tg.command("/undo", user_id=OUTSIDER))
        assert "TRUCEWATCH_CONTRIBUTORS" in refused_undo
        assert await article_ids(bot) == {stored}
        assert await bot.store.article_text(stored) == SEED  # the edit changed nothing


async def test_undo_removes_only_your_own_latest_article(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, **ACCESS)) as bot:
        mine = article_id((await bot.handle(tg.text_message(article_text(10), user_id=CONTRIBUTOR)))[0])
        theirs = article_id(
            (await bot.handle(tg.text_message(article_text(11), user_id=OTHER_CONTRIBUTOR)))[0]
        )
        latest = article_id((await bot.handle(tg.text_message(article_text(12), user_id=CONTRIBUTOR)))[0])
        (undone,) = await bot.handle(tg.command("/undo", user_id=OTHER_CONTRIBUTOR))
        assert f"#{theirs}" in undone
        assert await article_ids(bot) == {mine, latest}  # the newer article of someone else stays
        (nothing,) = await bot.handle(tg.command("/undo", user_id=OTHER_CONTRIBUTOR))
        assert "not added any" in nothing  # and a second /undo does not reach for others' articles
        (admin_undo,) = await bot.handle(tg.command("/undo", user_id=ADMIN))
        assert "not added any" in admin_undo  # not even an admin's /undo
        assert await article_ids(bot) == {mine, latest}


async def test_only_admins_delete_others_articles(tg: FakeTelegram, db_path: Path) -> None:
    async with direct_bot(tg, make_settings(tg, db_path, **ACCESS)) as bot:
        target = article_id((await bot.handle(tg.text_message(article_text(20), user_id=CONTRIBUTOR)))[0])
        for user in (OTHER_CONTRIBUTOR, OUTSIDER, CONTRIBUTOR):
            (refused,) = await bot.handle(tg.command(f"/delete {target}", user_id=user))
            assert "Only the bot's admins" in refused
        assert await article_ids(bot) == {target}
        (removed,) = await bot.handle(tg.command(f"/delete {target}", user_id=ADMIN))
        assert f"#{target}" in removed
        assert await article_ids(bot) == set()


async def test_only_group_administrators_change_the_group_subscription(
    direct: DirectBot, tg: FakeTelegram
) -> None:
    group, admin, member = tg.group_id, 4242, 4343
    tg.chat_admins[group] = {admin}
    subs = Subscriptions(direct.store)
    (refused,) = await direct.handle(tg.command("/subscribe 08:00 latakia", user_id=member, chat_id=group))
    assert "Only this group's administrators" in refused
    assert await subs.get(group) is None
    (done,) = await direct.handle(tg.command("/subscribe 08:00 latakia", user_id=admin, chat_id=group))
    assert done.startswith("Subscribed")
    before = await subs.get(group)
    assert before is not None
    for command in ("/subscribe 09:30 idlib", "/unsubscribe", "/timezone Europe/Moscow"):
        (no,) = await direct.handle(tg.command(command, user_id=member, chat_id=group))
        assert "Only this group's administrators" in no, command
    assert await subs.get(group) == before  # unchanged by any of them
    assert await subs.timezone(group) is None
    (stopped,) = await direct.handle(tg.command("/unsubscribe", user_id=admin, chat_id=group))
    assert stopped.startswith("Unsubscribed")
    assert await subs.get(group) is None
