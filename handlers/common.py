"""What every handler shares: the store and settings kept in ``bot_data``, and one way to reply.

Replies go through ``reply_html``: split below Telegram's 4096-character limit,
sent as HTML in reply to the asking message, and retried while Telegram is
briefly unavailable (5xx, timeouts, 429) so that an answer is delivered once
the server recovers instead of being dropped.
"""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from telegram import Bot, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot.settings import Settings
from handlers.render import split_html
from storage.store import Store

# Opt in to PTB's timedelta durations (RetryAfter.retry_after ...): the int form is deprecated and
# warns each time a 429 is raised, which would turn every rate limit into a warning in the logs.
os.environ.setdefault("PTB_TIMEDELTA", "1")

log = logging.getLogger(__name__)

STORE = "store"
SETTINGS = "settings"
RETRY_WINDOW = 120.0  # seconds a reply keeps being retried while Telegram fails
T = TypeVar("T")


def get_store(context: ContextTypes.DEFAULT_TYPE) -> Store:
    store = context.bot_data.get(STORE)
    if store is None:
        raise RuntimeError("the store is not open (post_init has not run)")
    return store


def get_settings(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    return context.bot_data[SETTINGS]


def today(settings: Settings, now: datetime | None = None) -> date:
    """The date in the configured time zone: what "today" and "last week" mean to users."""
    return (now or datetime.now(settings.timezone)).astimezone(settings.timezone).date()


async def with_retries(call: Callable[[], Awaitable[T]], *, window: float = RETRY_WINDOW) -> T:
    """Run a Bot API call, retrying transient failures with backoff for up to ``window`` seconds.

    Bad requests and forbidden chats are not transient and raise at once.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + window
    delay = 0.1
    while True:
        try:
            return await call()
        except (BadRequest, Forbidden):
            raise
        except RetryAfter as exc:
            wait = retry_after_seconds(exc) + 0.1
        except (TimedOut, NetworkError) as exc:
            wait = delay
            delay = min(delay * 2, 10.0)
            log.warning("Telegram call failed (%s); retrying in %.1fs", exc, wait)
        if loop.time() + wait > deadline:
            raise TimedOut(f"gave up after retrying for {window:.0f}s")
        await asyncio.sleep(wait)


def retry_after_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked us to wait (PTB returns int or timedelta and warns about the former)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    reply_to: int | None = None,
    *,
    retry_window: float = RETRY_WINDOW,
    **kwargs: Any,
) -> list[Message]:
    """Send ``text`` (Telegram HTML) to a chat, in as many parts as needed; returns the messages."""
    sent: list[Message] = []
    parts = split_html(text)
    for i, part in enumerate(parts):
        first, last = i == 0, i == len(parts) - 1
        reply = (
            ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
            if reply_to and first
            else None
        )
        extra = kwargs if last else {}  # buttons and the like belong under the last part

        async def call(
            part: str = part, reply: ReplyParameters | None = reply, extra: dict[str, Any] = extra
        ) -> Message:
            return await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                reply_parameters=reply,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                **extra,
            )

        sent.append(await with_retries(call, window=retry_window))
    return sent


async def reply_html(message: Message, text: str, **kwargs: Any) -> list[Message]:
    """Answer ``message`` in its chat (as a reply, which groups need to see who was answered)."""
    return await send_html(message.get_bot(), message.chat_id, text, reply_to=message.message_id, **kwargs)
