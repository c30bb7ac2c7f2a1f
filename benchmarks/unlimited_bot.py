"""Diagnostic only: ``trucewatch run`` with its rate limiter (``bot/ratelimit.py``) never waiting.

The bot benchmark runs this beside the real bot to show what the limiter still costs
conversational answers (it should be nothing: only broadcasts are paced, and the
benchmark's questions come from a private chat) and how much of the gap to the echo
bot is the bot's own work. Nothing in the product uses it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import BaseRateLimiter

import bot.app
from bot.cli import main


class NoLimit(BaseRateLimiter[None]):
    """Passes every request straight through."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        return await callback(*args, **kwargs)


if __name__ == "__main__":
    bot.app.BotLimiter = NoLimit  # type: ignore[misc,assignment]
    raise SystemExit(main(["run"]))
