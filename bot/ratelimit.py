"""How fast the bot sends: conversational replies unthrottled, broadcasts paced.

Telegram asks bots for about one message a second per chat (short bursts are
tolerated), at most 20 a minute per group, and about 30 a second for bulk
notifications; beyond that it answers 429 with ``retry_after``. PTB's
``AIORateLimiter`` applies its 30/s to *every* message, which caps answers to a
crowd of users at 30/s though no broadcast is going on. So ``BotLimiter`` keeps
PTB's limiter for what it does well — retrying a 429 after ``retry_after`` while
holding back every other request, and 20 messages a minute per group — without
its overall cap, and paces only what is sent inside ``bulk()``: the daily
summaries, which fire for every subscribed chat at the same minute
(``handlers/summary.py``). The pace, one message per 1/25 s, stays below
Telegram's 30/s even with a little network jitter.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine, Iterator
from contextvars import ContextVar
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

BULK_PER_SECOND = 25.0  # broadcast messages a second, below Telegram's "about 30"
MAX_RETRIES = 3  # 429s retried (after Telegram's retry_after) before the caller sees RetryAfter

_bulk: ContextVar[bool] = ContextVar("trucewatch_bulk", default=False)


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Messages sent inside this block (in this task) are a broadcast, paced by ``BotLimiter``."""
    token = _bulk.set(True)
    try:
        yield
    finally:
        _bulk.reset(token)


class BotLimiter(AIORateLimiter):
    """``AIORateLimiter`` without the overall cap, plus one shared pace for broadcasts."""

    __slots__ = ("_bulk_pace",)

    def __init__(self, *, max_retries: int = MAX_RETRIES, bulk_per_second: float = BULK_PER_SECOND) -> None:
        # overall_max_rate=0 lifts the global 30/s; the per-group limit (20 a minute) keeps its default.
        super().__init__(overall_max_rate=0, max_retries=max_retries)
        # A bucket of one: broadcast messages go out evenly spaced, never in a burst.
        self._bulk_pace = AsyncLimiter(1, 1 / bulk_per_second)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Wait for the broadcast pace when inside ``bulk()``; then PTB's group limit and 429 retries."""
        if _bulk.get():
            await self._bulk_pace.acquire()
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
