"""Diagnostic only: ``trucewatch run`` with PTB's AIORateLimiter swapped for one that never waits.

The bot benchmark runs this beside the real bot to show how much of the gap to the
echo bot is the rate limiter (30 messages/s overall, as Telegram asks) and how much
is the bot's own work. Nothing in the product uses it.
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
    bot.app.AIORateLimiter = NoLimit  # type: ignore[misc,assignment]
    raise SystemExit(main(["run"]))
