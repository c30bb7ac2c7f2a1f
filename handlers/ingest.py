"""Articles in: forwarded posts, pasted text, captions, documents, ``/add`` and edits.

Private chats: every non-command message is an article. Groups: the bot takes
articles from the messages it can see and stays quiet about texts without
incidents. ``/add`` in reply to a message ingests that message in any chat.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime

from telegram import (
    Message,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
    User,
)
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.settings import Settings
from handlers import access, documents
from handlers.common import get_settings, get_store, reply_html
from handlers.render import LOOKS_FOR, esc, render_add
from storage.models import AddResult, Provenance

log = logging.getLogger(__name__)

PASTED = "pasted"
PRESTORED = "prestored"  # bot_data: {(chat id, message id): (text, future result)}, see handlers/ahead.py
NOT_AN_ARTICLE = (
    "Send or forward me the text of a bulletin or news article (or a .txt, .md or .html file). " + LOOKS_FOR
)


@dataclass(frozen=True)
class Article:
    text: str
    received: datetime | None
    provenance: Provenance


def _origin(message: Message) -> tuple[str | None, str | None, int | None, int | None, datetime | None]:
    """(source, source_url, origin chat id, origin message id, origin date) of a forward."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        chat = origin.chat
        source = chat.title or (f"@{chat.username}" if chat.username else None)
        url = f"https://t.me/{chat.username}/{origin.message_id}" if chat.username else None
        return source, url, chat.id, origin.message_id, origin.date
    if isinstance(origin, MessageOriginChat):
        chat = origin.sender_chat
        source = chat.title or (f"@{chat.username}" if chat.username else None)
        return source, None, chat.id, None, origin.date
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        source = user.full_name + (f" (@{user.username})" if user.username else "")
        return source, None, None, None, origin.date
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name, None, None, None, origin.date
    return None, None, None, None, None


def is_forward(message: Message) -> bool:
    return message.forward_origin is not None


def has_content(message: Message) -> bool:
    return bool(message.text or message.caption or message.document)


def _article(message: Message, adder: User | None, text: str, file_name: str | None = None) -> Article:
    source, url, origin_chat, origin_msg, origin_date = _origin(message)
    provenance = Provenance(
        source=source or file_name or PASTED,
        source_url=url,
        origin_chat_id=origin_chat,
        origin_message_id=origin_msg,
        origin_date=origin_date,
        added_by=adder.id if adder else None,
        chat_id=message.chat_id,
        message_id=message.message_id,
    )
    return Article(text, origin_date or message.date, provenance)


async def read_article(message: Message, adder: User | None, context: ContextTypes.DEFAULT_TYPE) -> Article:
    """The article a message carries, with its provenance; DocumentError when a file is unreadable."""
    text = message.text or message.caption or ""
    doc = message.document
    if doc is None:
        return _article(message, adder, text)
    if not documents.accepts(doc.file_name, doc.mime_type):
        raise documents.DocumentError("I read .txt, .md and .html files; send the article as one of those.")
    documents.check_size(doc.file_size)
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    file = await context.bot.get_file(doc.file_id)
    data = bytes(await file.download_as_bytearray())
    body = documents.document_text(data, doc.file_name, doc.mime_type)
    return _article(message, adder, f"{text}\n\n{body}" if text else body, doc.file_name)


async def store_article(article: Article, context: ContextTypes.DEFAULT_TYPE) -> AddResult:
    """Ingest (or take what ``handlers.ahead`` stored); a redelivered message (e.g. after a crash) reads as added."""
    store = get_store(context)
    p = article.provenance
    prestored: dict[tuple[int | None, int | None], tuple[str, asyncio.Future[AddResult | None]]] = (
        context.bot_data.get(PRESTORED, {})
    )
    ready = prestored.pop((p.chat_id, p.message_id), None)
    result = (await ready[1]) if ready is not None and ready[0] == article.text else None
    if result is None:  # not prestored, or it could not be (that article's own verdict comes now)
        result = await store.ingest(article.text, article.received, article.provenance)
    if result.status == "duplicate" and result.article_id is not None and p.chat_id and p.message_id:
        same = await store.article_for_message(p.chat_id, p.message_id)
        if same is not None and same.id == result.article_id:
            return AddResult("added", result.article_id, result.extraction, result.statement_id)
    return result


async def ingest(
    carrier: Message,
    answer_to: Message,
    adder: User | None,
    context: ContextTypes.DEFAULT_TYPE,
    *,
    explicit: bool,
    text: str | None = None,
) -> None:
    """Store the article ``carrier`` holds (or ``text``) and reply to ``answer_to``.

    ``explicit``: the user clearly meant to add it, so answer even when nothing was found.
    """
    if not access.may_contribute(get_settings(context), adder):
        await access.refuse(answer_to, adder)
        return
    if text is not None:
        provenance = Provenance(
            source=PASTED,
            added_by=adder.id if adder else None,
            chat_id=carrier.chat_id,
            message_id=carrier.message_id,
        )
        article = Article(text, carrier.date, provenance)
    else:
        try:
            article = await read_article(carrier, adder, context)
        except documents.DocumentError as exc:
            await reply_html(answer_to, esc(str(exc)))
            return
        except TelegramError as exc:
            log.warning("could not download a document: %s", exc)
            await reply_html(answer_to, "I could not download that file from Telegram; please send it again.")
            return
    if not article.text.strip():
        if explicit:
            await reply_html(answer_to, NOT_AN_ARTICLE)
        return
    result = await store_article(article, context)
    if result.status == "empty" and not explicit:
        return  # groups: quiet about ordinary chatter
    await reply_html(answer_to, render_add(result))


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any non-command message: an article in private chats, a candidate in groups."""
    message = update.effective_message
    if message is None:
        return
    private = message.chat.type == ChatType.PRIVATE
    doc = message.document
    if not has_content(message) or (doc and not documents.accepts(doc.file_name, doc.mime_type)):
        if private:
            await reply_html(message, NOT_AN_ARTICLE)
        return  # groups: pictures, PDFs and stickers are not our business
    user = update.effective_user
    if not private and not access.may_contribute(get_settings(context), user):
        # In groups, only answer outsiders who clearly tried to add something.
        if is_forward(message) or doc:
            await access.refuse(message, user)
        return
    await ingest(message, message, user, context, explicit=private or doc is not None)


async def on_add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add in reply to a message ingests that message; /add TEXT ingests TEXT."""
    message = update.effective_message
    if message is None:
        return
    target = message.reply_to_message
    if target is not None and has_content(target):
        await ingest(target, message, update.effective_user, context, explicit=True)
        return
    words = (message.text or "").partition(" ")[2].strip()
    if words:
        await ingest(message, message, update.effective_user, context, explicit=True, text=words)
        return
    await reply_html(
        message, "Reply to a message with /add to add the article in it, or send /add followed by the text."
    )


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message re-extracts the article it carried (or is read afresh if it had none)."""
    message = update.edited_message
    if message is None or not has_content(message):
        return
    store = get_store(context)
    settings = get_settings(context)
    user = update.effective_user
    stored = await store.article_for_message(message.chat_id, message.message_id)
    if stored is None:
        if access.may_contribute(settings, user):
            await ingest(message, message, user, context, explicit=False)
        return
    if not access.may_contribute(settings, user):
        await access.refuse(message, user)
        return
    if stored.added_by != (user.id if user else None) and not access.is_admin(settings, user):
        # Someone else added it (e.g. with /add): the author's edit does not change their article.
        log.info(
            "edit of message %s ignored: article #%s belongs to another user", message.message_id, stored.id
        )
        return
    try:
        article = await read_article(message, user, context)
    except (documents.DocumentError, TelegramError) as exc:
        await reply_html(message, f"I kept the earlier version: {esc(exc)}")
        return
    try:
        result = await store.reingest(stored.id, article.text, article.received)
    except LookupError:  # removed meanwhile (/undo): read it afresh
        await ingest(message, message, user, context, explicit=False)
        return
    await reply_html(message, render_add(result, edited=True))


# ------------------------------------------- stored ahead, many at once (handlers/ahead.py)


def planned_article(update: Update, settings: Settings) -> Article | None:
    """The article ``on_message`` will store for ``update``, if it needs nothing from Telegram first.

    Follows on_message -> ingest -> read_article: a contributor's message with text or a
    caption and no document. None for everything else (files, refusals, empty texts),
    which then takes the ordinary path.
    """
    message = update.effective_message
    if message is None or message.document is not None or not has_content(message):
        return None
    user = update.effective_user
    if not access.may_contribute(settings, user):
        return None
    article = _article(message, user, message.text or message.caption or "")
    return article if article.text.strip() else None
