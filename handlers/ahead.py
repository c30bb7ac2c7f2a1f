"""Work done ahead for a run of updates, while the ones before it are answered.

The poller (``bot/polling.py``) runs the handlers of one update at a time, in order,
and marks each done once it has answered, so a crash repeats at most the answer in
flight. Most of an update's time, though, is work that needs no answer sent first:
extracting and storing a forwarded article, composing the answer to a question. For
the fresh updates of a getUpdates batch, ``Ahead.prepare`` takes the leading run of
forwarded or pasted articles (what ``on_message`` would store) and stores them in a
background task with ``Store.ingest_batch``, CHUNK at a time, in order: each article
gets the result ``Store.ingest`` would have given it one by one (places learned from
the ones before included), with one extractor call and one transaction per chunk (a
crash keeps all of a chunk or none; a stored article whose update is not done yet
reads as "added" when it is handled again, as after any crash).

The handlers then wait for their article's result instead of storing it, and reply
as before: the same replies, in the same order, each sent by its own handler, while
the background task extracts the next chunk. What the task could not do (an
extraction error, a refused batch) the handler does itself, and meets the error itself.

Composing the answers of a run of questions ahead the same way was measured too
(``benchmarks/bench_bot.py``) and gained nothing: the event loop is busy sending by
then, so it was left out.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.settings import Settings
from handlers import ingest
from handlers.common import SETTINGS, STORE
from storage.models import AddResult
from storage.store import Store

log = logging.getLogger(__name__)

CHUNK = 10  # articles per batch: the first reply waits for one chunk, not for the whole run

App = Application[Any, Any, Any, Any, Any, Any]
Key = tuple[int | None, int | None]


def _callback(application: App, update: Update) -> Callable[..., Any] | None:
    """The one handler callback PTB will run for ``update`` (None: none, or several groups')."""
    found = []
    for handlers in application.handlers.values():
        for handler in handlers:
            check = handler.check_update(update)
            if check is not None and check is not False:
                found.append(handler.callback)
                break
    return found[0] if len(found) == 1 else None


class Ahead:
    """The poller's ``Preparer`` (``bot/polling.py``): stores runs of articles ahead of their handlers."""

    def __init__(self, application: App) -> None:
        self.application = application
        self._task: asyncio.Task[None] | None = None

    async def prepare(self, updates: Iterable[Update]) -> int:
        """Start storing the leading run of articles in ``updates``; returns how many updates it covers."""
        await self.settle()
        bot_data = self.application.bot_data
        prestored: dict[Key, tuple[str, asyncio.Future[AddResult | None]]] = {}
        bot_data[ingest.PRESTORED] = prestored
        settings: Settings = bot_data[SETTINGS]
        run: list[ingest.Article] = []
        for update in updates:
            if _callback(self.application, update) is not ingest.on_message:
                break
            article = ingest.planned_article(update, settings)
            if article is None:
                break
            run.append(article)
        if len(run) < 2:  # one article: the ordinary path is just as fast
            return len(run)
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[AddResult | None]] = []
        for article in run:
            futures.append(loop.create_future())
            p = article.provenance
            prestored[(p.chat_id, p.message_id)] = (article.text, futures[-1])
        self._task = asyncio.create_task(self._store(bot_data[STORE], run, futures))
        return len(run)

    async def settle(self) -> None:
        """Wait until the last run's work is finished (before the next run, or before the store closes)."""
        task, self._task = self._task, None
        if task is not None:
            await task

    @staticmethod
    async def _store(
        store: Store, run: list[ingest.Article], futures: list[asyncio.Future[AddResult | None]]
    ) -> None:
        """Chunk by chunk; a None result tells ``store_article`` to ingest by itself."""
        try:
            for start in range(0, len(run), CHUNK):
                chunk = run[start : start + CHUNK]
                try:
                    results = await store.ingest_batch([(a.text, a.received, a.provenance) for a in chunk])
                except Exception as exc:
                    # Refused (or worse): this and every later article take the ordinary path, in
                    # order, each with its own verdict.
                    log.warning(
                        "storing %d articles at once failed (%s); storing them one by one",
                        len(run) - start,
                        exc,
                        exc_info=not isinstance(exc, sqlite3.Error),
                    )
                    return
                for future, result in zip(futures[start:], results, strict=False):
                    future.set_result(result if isinstance(result, AddResult) else None)
        finally:
            for future in futures:
                if not future.done():
                    future.set_result(None)
