"""The peer for the bot benchmark: a minimal python-telegram-bot echo bot.

It answers every text message (articles and commands alike) with the same text, in
reply to it, through PTB's own long polling. ``--rate-limited`` adds PTB's
``AIORateLimiter`` with its defaults (every message capped at 30 a second overall), which
Truce Watch used before ``bot/ratelimit.py``: the benchmark's ``--limited-echo`` row.
Settings come from the same environment variables as ``trucewatch run``.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from telegram import ReplyParameters, Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the message's text back to its chat, as a reply."""
    message = update.effective_message
    if message is None or not message.text:
        return
    await context.bot.send_message(
        message.chat_id, message.text, reply_parameters=ReplyParameters(message.message_id)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate-limited", action="store_true", help="use AIORateLimiter with its defaults")
    args = parser.parse_args()
    builder: Any = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
    )
    if args.rate_limited:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main()
