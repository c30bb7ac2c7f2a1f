"""Logging for the bot: one stderr handler, a level from the environment, and no token anywhere.

The bot token is part of every Bot API URL (``.../bot<token>/sendMessage``), so
any library that logs a URL or an exception text can leak it. httpx logs each
request URL at INFO: its loggers are kept at WARNING, and a filter on every
root handler rewrites the token out of each record's message, arguments and
exception text before it is formatted.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

LEVEL_ENV = "TRUCEWATCH_LOG_LEVEL"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[REDACTED]"
# Shape of any Bot API token, for records that carry a token we were not told about.
_TOKEN_SHAPE = re.compile(r"(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}")


class RedactTokenFilter(logging.Filter):
    """Replaces the bot token (and anything shaped like one) in a record, including its traceback."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, and drop exc_info so no handler re-renders it.
            record.exc_text = self.redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def level_from_env(default: str = "INFO") -> int:
    """TRUCEWATCH_LOG_LEVEL from the environment, else from ./.env (like every other setting)."""
    from bot.settings import read_dotenv

    raw = os.environ.get(LEVEL_ENV) or read_dotenv(Path(".env")).get(LEVEL_ENV) or default
    name = raw.strip().upper()
    level = logging.getLevelName(name)
    return level if isinstance(level, int) else logging.INFO


def setup_logging(token: str | None = None, level: int | None = None) -> RedactTokenFilter:
    """Configure the root logger once for the bot process; returns the redaction filter.

    Calling it again (tests start several bots in one process) adds the token to the
    existing filter instead of stacking handlers.
    """
    root = logging.getLogger()
    root.setLevel(level if level is not None else level_from_env())
    redactor = install_redaction(token)
    if not any(getattr(h, "_trucewatch", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(redactor)
        handler._trucewatch = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # httpx/httpcore log full request URLs (with the token) at INFO/DEBUG.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return redactor


_REDACTOR = RedactTokenFilter()


def install_redaction(token: str | None) -> RedactTokenFilter:
    """Add ``token`` to the shared filter and attach it to every root handler (idempotent)."""
    if token and token not in _REDACTOR.secrets:
        _REDACTOR.secrets.append(token)
    for handler in logging.getLogger().handlers:
        if _REDACTOR not in handler.filters:
            handler.addFilter(_REDACTOR)
    return _REDACTOR
