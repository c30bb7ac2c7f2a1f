"""The error handler: log the failure with its traceback, tell the user briefly (no traceback in chat)."""

from __future__ import annotations

import logging
import sqlite3

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from handlers.common import send_html

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong while handling that. It has been logged; please try again later."
STORAGE_FULL = (
    "I could not save that: the bot's database is full or read-only. Nothing was half-saved; "
    "the operator has been told (it is in the log). Please send it again later."
)


def _storage_unwritable(error: object) -> bool:
    """A full disk or a read-only database file: the user should know it is not their input."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("full" in text or "readonly" in text)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception (the logging filter keeps the token out) and apologise where we can."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    message = update.effective_message
    try:
        await send_html(
            context.bot,
            update.effective_chat.id,
            STORAGE_FULL if _storage_unwritable(error) else SORRY,
            reply_to=message.message_id if message else None,
            retry_window=10.0,
        )
    except TelegramError as exc:  # Telegram itself is failing: the log is all we can do
        log.warning("could not tell the user about the error: %s", exc)
