"""Our own long-polling loop: journal every update before confirming it to Telegram.

PTB's ``Updater`` asks for the next ``getUpdates`` offset (which tells Telegram
to forget the previous updates) before the handlers of those updates have run,
so a crash in between loses them. Here the order is:

1. ``getUpdates(offset)`` -> write each raw update into the journal (one transaction);
2. only then advance the offset, which confirms them on the next call;
3. process each journalled update not yet done, in order, through
   ``Application.process_update``, and mark it done when its handlers finished
   (also when a handler failed: the error handler has answered the user). The done
   mark goes with the next update's start, in one statement; the slow part of a run
   of forwarded articles (extracting, storing) is done ahead in the background
   (``handlers/ahead.py``), but the handlers themselves still run and answer one at
   a time, in order.

At start-up, updates journalled but not done are processed first (crash
recovery); pending updates are never dropped. A handler that crashes the
process repeatedly is given up after ``MAX_ATTEMPTS`` starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any, Protocol

from telegram import Update
from telegram.error import (
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application

from handlers.common import retry_after_seconds
from storage.journal import Journal

log = logging.getLogger(__name__)

POLL_TIMEOUT = 30  # seconds Telegram may hold a getUpdates call open
MAX_ATTEMPTS = 3  # processing starts of one update before it is given up (a crash loop)
PRUNE_EVERY = 3600.0  # seconds between deletions of old done journal entries
MAX_BACKOFF = 30.0
MAX_PREPARED = 100  # updates handed to ``prepare`` at once (one getUpdates batch)
# Asked for explicitly: Telegram otherwise reuses whatever list an earlier getUpdates call set.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


class FatalPollingError(RuntimeError):
    """Telegram refuses the bot itself (bad token, bot blocked): no point retrying."""


class Backoff:
    """Exponential delays for consecutive failures, reset by a success."""

    def __init__(self, first: float = 0.25, cap: float = MAX_BACKOFF) -> None:
        self.first, self.cap = first, cap
        self.current = first

    def next(self) -> float:
        delay = self.current
        self.current = min(self.current * 2, self.cap)
        return delay

    def reset(self) -> None:
        self.current = self.first


class Preparer(Protocol):
    """Work done ahead for a run of updates (``handlers.ahead.Ahead``)."""

    async def prepare(self, updates: Iterable[Update]) -> int:
        """Start the work for the leading updates it claims; returns how many (0: not the first)."""

    async def settle(self) -> None:
        """Wait for the work started by ``prepare`` to finish."""


class Poller:
    """Fetch, journal, confirm, process — until ``stop`` is set."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        journal: Journal,
        *,
        poll_timeout: int = POLL_TIMEOUT,
        max_attempts: int = MAX_ATTEMPTS,
        prepare: Preparer | None = None,
    ) -> None:
        self.application = application
        self.journal = journal
        self.prepare = prepare  # see ``drain``
        self.poll_timeout = poll_timeout
        self.max_attempts = max_attempts
        self.offset: int | None = None
        self.processed = 0
        self._last_prune = 0.0

    async def run(self, stop: asyncio.Event) -> None:
        """The loop; returns when ``stop`` is set, raises FatalPollingError when Telegram refuses the bot."""
        await self._until_ok(stop, "deleteWebhook", lambda: self.application.bot.delete_webhook())
        await self.prune()
        await self.drain(stop)  # crash recovery: finish what the last run journalled
        backoff = Backoff()
        while not stop.is_set():
            try:
                updates = await self._interruptible(stop, self._fetch())
            except RetryAfter as exc:
                delay = retry_after_seconds(exc)
                log.warning("getUpdates: Telegram asks to wait %.0fs", delay)
                await self._sleep(stop, delay)
                continue
            except (InvalidToken, Forbidden) as exc:
                raise FatalPollingError(f"Telegram refused the bot: {exc}") from exc
            except Conflict as exc:
                delay = backoff.next()
                log.error("getUpdates conflict (another instance running, or a webhook set?): %s", exc)
                await self._sleep(stop, delay)
                continue
            except (TimedOut, NetworkError, TelegramError) as exc:
                delay = backoff.next()
                log.warning("getUpdates failed (%s); retrying in %.1fs", exc, delay)
                await self._sleep(stop, delay)
                continue
            if updates is None:  # stopped while waiting
                break
            try:
                if updates:
                    new = await self.journal.record(updates)
                    # Journalled: now it is safe to let Telegram forget them (on the next call).
                    self.offset = max(int(u["update_id"]) for u in updates) + 1
                    log.debug(
                        "journalled %d updates (%d new), next offset %s", len(updates), new, self.offset
                    )
                await self.drain(stop)
                if time.monotonic() - self._last_prune > PRUNE_EVERY:
                    await self.prune()
            except sqlite3.Error as exc:
                # Disk full, read-only file...: nothing is confirmed that was not journalled, so
                # waiting and trying again loses nothing.
                delay = backoff.next()
                log.error("the update journal cannot be written (%s); retrying in %.1fs", exc, delay)
                await self._sleep(stop, delay)
                continue
            backoff.reset()
        # Confirm what is already journalled, so a restart does not fetch it again (harmless if it did).
        if self.offset is not None:
            with contextlib.suppress(TelegramError):
                await self.application.bot.get_updates(offset=self.offset, timeout=0, limit=1)

    async def _fetch(self) -> list[dict[str, Any]]:
        updates = await self.application.bot.get_updates(
            offset=self.offset,
            timeout=self.poll_timeout,
            read_timeout=self.poll_timeout + 10,
            allowed_updates=list(ALLOWED_UPDATES),
        )
        return [u.to_dict() for u in updates]

    async def drain(self, stop: asyncio.Event | None = None) -> int:
        """Process every journalled update not yet done, in order; returns how many ran.

        An update's done mark is written together with the next update's ``begin`` (one
        statement, one database round trip per update): the window in which a crash
        repeats an answer stays one update wide. With a ``prepare`` hook
        (``handlers.ahead``), the leading run of fresh updates it claims gets its work
        started in the background (its articles stored) before the first of them is
        processed; the handlers still run and answer one at a time, in order. An update
        retried after a crash never starts a run, so a crash loop stays its own.
        """
        ran = 0
        entries = await self.journal.pending()
        parsed: dict[int, Update | None] = {}

        def update_at(n: int) -> Update | None:
            if n not in parsed:
                parsed[n] = self._parse(entries[n].payload)
            return parsed[n]

        def following(current: int, update: Update) -> Iterator[Update]:
            """This update and the fresh ones after it, parsed as ``prepare`` asks for them."""
            yield update
            for n in range(current + 1, min(len(entries), current + MAX_PREPARED)):
                later = update_at(n) if entries[n].attempts == 0 else None
                if later is None:
                    return
                yield later

        finished: int | None = None  # processed; marked done with the next begin (or at the end)
        prepared = 0  # updates after the current one that the last prepare call covered
        try:
            for current, entry in enumerate(entries):
                if stop is not None and stop.is_set():
                    break
                attempts = await self.journal.begin(entry.update_id, finished=finished)
                finished = None
                if attempts > self.max_attempts:
                    log.error(
                        "giving up update %s after %d attempts (it crashed the bot each time)",
                        entry.update_id,
                        attempts - 1,
                    )
                    finished = entry.update_id
                    prepared = 0
                    continue
                update = update_at(current)
                parsed.pop(current, None)
                if prepared > 0:
                    prepared -= 1
                elif self.prepare is not None and attempts == 1 and update is not None:
                    try:
                        prepared = max(await self.prepare.prepare(following(current, update)) - 1, 0)
                    except Exception:  # a speed-up only: the handlers do the work themselves
                        log.exception("preparing the updates after %s failed", entry.update_id)
                await self.process(entry.payload, update)
                finished = entry.update_id
                ran += 1
        finally:
            if self.prepare is not None:
                await self.prepare.settle()  # stopped within a run: its work is finished, not cut
            if finished is not None:
                await self.journal.done(finished)
            self.processed += ran
        return ran

    def _parse(self, payload: dict[str, Any]) -> Update | None:
        """The update, parsed once for ``prepare`` and the handlers; None if unreadable (``process`` says so)."""
        try:
            return Update.de_json(payload, self.application.bot)
        except Exception:
            return None

    async def process(self, payload: dict[str, Any], update: Update | None = None) -> None:
        """Run the handlers for one update; errors go to the error handler, never out of here."""
        try:
            if update is None:
                update = Update.de_json(payload, self.application.bot)
            await self.application.process_update(update)
        except Exception:
            log.exception("update %s could not be processed", payload.get("update_id"))

    async def prune(self) -> None:
        self._last_prune = time.monotonic()
        deleted = await self.journal.prune()
        if deleted:
            log.info("pruned %d old journal entries", deleted)

    async def _until_ok(self, stop: asyncio.Event, what: str, call: Callable[[], Awaitable[Any]]) -> None:
        backoff = Backoff()
        while not stop.is_set():
            try:
                await call()
                return
            except (InvalidToken, Forbidden) as exc:
                raise FatalPollingError(f"Telegram refused the bot: {exc}") from exc
            except RetryAfter as exc:
                await self._sleep(stop, retry_after_seconds(exc))
            except TelegramError as exc:
                delay = backoff.next()
                log.warning("%s failed (%s); retrying in %.1fs", what, exc, delay)
                await self._sleep(stop, delay)

    @staticmethod
    async def _sleep(stop: asyncio.Event, seconds: float) -> None:
        """Sleep, but wake at once when asked to stop."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)

    @staticmethod
    async def _interruptible(stop: asyncio.Event, work: Awaitable[Any]) -> Any:
        """Await ``work`` unless ``stop`` is set first (then cancel it and return None).

        Cancelling a long poll is safe: its updates were not journalled, so they
        were not confirmed either, and Telegram sends them again.
        """
        task = asyncio.ensure_future(work)
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            task.cancel()
            raise
        finally:
            stopper.cancel()
        if task.done():
            return task.result()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TelegramError):
            await task
        return None
