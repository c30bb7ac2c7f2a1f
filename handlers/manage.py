"""Managing stored data: /undo (your own last article), /stats, and admins' /delete."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers import access
from handlers.common import get_settings, get_store, reply_html
from handlers.render import esc, fmt_range, plural


async def undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/undo: remove the last article this user added, with its incidents — never someone else's."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return
    settings = get_settings(context)
    if not access.may_contribute(settings, user):
        await access.refuse(message, user)
        return
    assert user is not None
    store = get_store(context)
    article = await store.last_article_by(user.id)
    if article is None:
        await reply_html(message, "You have not added any article that is still stored.")
        return
    await store.delete_article(article.id)
    source = esc(article.source or "pasted text")
    await reply_html(message, f"Removed article #{article.id} ({source}) and its incidents.")


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delete ID: admins remove any article."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return
    if not access.is_admin(get_settings(context), user):
        await access.refuse_admin_only(message)
        return
    arg = (message.text or "").partition(" ")[2].strip().lstrip("#")
    if not arg.isdigit():
        await reply_html(
            message, "Give the article number, e.g. <code>/delete 12</code> (replies show it as #12)."
        )
        return
    removed = await get_store(context).delete_article(int(arg))
    await reply_html(message, f"Removed article #{arg}." if removed else f"There is no article #{arg}.")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: how much is stored and which days it covers."""
    message = update.effective_message
    if message is None:
        return
    s = await get_store(context).stats()
    if s.articles == 0:
        await reply_html(message, "Nothing is stored yet: forward me a bulletin to start.")
        return
    span = fmt_range(s.first_day, s.last_day) if s.first_day and s.last_day else "no dated incidents"
    await reply_html(
        message,
        f"{plural(s.articles, 'article')} reporting {plural(s.statements, 'statement')}: "
        f"{plural(s.violations, 'ceasefire violation')} (each statement counted once), "
        f"{plural(s.incidents, 'incident record')} in all.\n"
        f"Days covered: {span}.",
    )
