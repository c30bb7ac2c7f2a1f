"""Who may do what (DESIGN.md, Access): contributors add articles, admins remove others' data."""

from __future__ import annotations

from telegram import Message, User

from bot.settings import Settings
from handlers.common import reply_html


def refusal(user_id: int) -> str:
    return (
        f"You cannot add reports here. Your Telegram id is <code>{user_id}</code>; "
        "ask an admin to add it to TRUCEWATCH_CONTRIBUTORS."
    )


def is_admin(settings: Settings, user: User | None) -> bool:
    return user is not None and user.id in settings.admins


def may_contribute(settings: Settings, user: User | None) -> bool:
    return user is not None and settings.may_contribute(user.id)


async def refuse(message: Message, user: User | None) -> None:
    """Tell a user they cannot add reports, with their id (nothing is stored)."""
    if user is None:  # anonymous group admins and channels: no id to give
        await reply_html(message, "You cannot add reports here: anonymous senders cannot be contributors.")
        return
    await reply_html(message, refusal(user.id))


async def refuse_admin_only(message: Message) -> None:
    await reply_html(message, "Only the bot's admins (TRUCEWATCH_ADMINS) can do that.")
