"""Daily summaries: scheduling on PTB's JobQueue, delivery, catch-up after a restart.

One ``run_daily`` job per subscribed chat, at the chat's local time. Delivery is
idempotent per scheduled time: a chat whose summary for the latest due time was
already sent (or whose subscription changed after it) gets nothing, so the
catch-up at start, the daily job and a retry can never send one summary twice.
The watermark moves only after Telegram accepted every part of the message.
Summaries are sent as a broadcast (``bot.ratelimit.bulk``): however many chats
are due at the same minute, they go out at most 25 messages a second.
Everything takes ``now`` from ``clock()`` (tests freeze it) or as an argument.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from telegram.error import BadRequest, ChatMigrated, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes, Job

from bot.ratelimit import bulk
from bot.settings import Settings
from handlers.common import SETTINGS, STORE, send_html
from handlers.summary_render import render_summary
from storage.store import Store
from storage.subscriptions import Subscription, Subscriptions

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]
Outcome = Literal["sent", "quiet", "not due", "none", "ended", "failed"]

LOCKS = "subscriptions.locks"  # bot_data: {chat_id: asyncio.Lock}, one delivery per chat at a time
STARTED = "subscriptions.started"  # bot_data: asyncio.Event set once every subscription is rescheduled
SEND_RETRY_WINDOW = 60.0  # seconds a summary keeps being retried while Telegram fails transiently
RETRY_AFTER = 300.0  # then a retry job, this much later, until it goes out
JOB_EARLY = timedelta(minutes=1)  # a daily job's run counts for a time at most this far ahead
# Bad requests that mean the chat is gone for good (403s always mean that).
GONE = (
    "chat not found",
    "bot was kicked",
    "bot is not a member",
    "have no rights to send",
    "user is deactivated",
)
# Telegram's "misfire": run a daily job however late the event loop gets to it (delivery dedupes).
JOB_KWARGS: dict[str, Any] = {"misfire_grace_time": None, "coalesce": True}


def clock() -> datetime:
    """The current time (UTC). Tests replace this function to freeze "now"."""
    return datetime.now(UTC)


# ------------------------------------------------------------------------ time of day


def last_due(at: time, zone: ZoneInfo, now: datetime) -> datetime:
    """The latest scheduled moment at or before ``now``: today's ``at`` in ``zone``, or yesterday's."""
    local = now.astimezone(zone)
    due = datetime.combine(local.date(), at, tzinfo=zone)
    if due > local:
        due = datetime.combine(local.date() - timedelta(days=1), at, tzinfo=zone)
    return due


def next_due(at: time, zone: ZoneInfo, now: datetime) -> datetime:
    """The first scheduled moment after ``now``."""
    local = now.astimezone(zone)
    due = datetime.combine(local.date(), at, tzinfo=zone)
    if due <= local:
        due = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=zone)
    return due


# ------------------------------------------------------------------------ context


def _store(application: App) -> Store:
    store = application.bot_data.get(STORE)
    if store is None:
        raise RuntimeError("the store is not open (post_init has not run)")
    return store


def subscriptions_of(application: App) -> Subscriptions:
    return Subscriptions(_store(application))


async def zone_of(application: App, chat_id: int) -> tuple[ZoneInfo, str]:
    """The chat's zone (set with /timezone), else TRUCEWATCH_TIMEZONE; with its name."""
    name = await subscriptions_of(application).timezone(chat_id)
    if name is not None:
        return ZoneInfo(name), name
    settings: Settings = application.bot_data[SETTINGS]
    return settings.timezone, settings.timezone.key


def _lock(application: App, chat_id: int) -> asyncio.Lock:
    locks: dict[int, asyncio.Lock] = application.bot_data.setdefault(LOCKS, {})
    return locks.setdefault(chat_id, asyncio.Lock())


# ------------------------------------------------------------------------ scheduling


def job_name(chat_id: int) -> str:
    return f"summary:{chat_id}"


def retry_name(chat_id: int) -> str:
    return f"summary-retry:{chat_id}"


def unschedule(application: App, chat_id: int) -> None:
    queue = application.job_queue
    if queue is None:
        return
    for name in (job_name(chat_id), retry_name(chat_id)):
        for job in queue.get_jobs_by_name(name):
            job.schedule_removal()


def schedule(application: App, sub: Subscription, zone: ZoneInfo) -> Job[Any] | None:
    """(Re)place the chat's daily job at its local time; DST is the scheduler's (cron) business."""
    unschedule(application, sub.chat_id)
    queue = application.job_queue
    if queue is None:
        log.error("no job queue (python-telegram-bot[job-queue] missing): summaries cannot be scheduled")
        return None
    return queue.run_daily(
        summary_job,
        time=sub.at.replace(tzinfo=zone),
        name=job_name(sub.chat_id),
        chat_id=sub.chat_id,
        job_kwargs=JOB_KWARGS,
    )


def _schedule_retry(application: App, chat_id: int) -> None:
    queue = application.job_queue
    if queue is None or queue.get_jobs_by_name(retry_name(chat_id)):
        return
    queue.run_once(retry_job, RETRY_AFTER, name=retry_name(chat_id), chat_id=chat_id, job_kwargs=JOB_KWARGS)


async def end_subscription(application: App, chat_id: int, reason: str) -> bool:
    """The bot can no longer post there: drop the subscription and its jobs, and say so in the log."""
    unschedule(application, chat_id)
    ended = await subscriptions_of(application).unsubscribe(chat_id)
    if ended:
        log.warning("daily summary for chat %s ended: %s", chat_id, reason)
    return ended


# ------------------------------------------------------------------------ delivery


def _gone(exc: BadRequest) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in GONE)


async def deliver(
    application: App,
    chat_id: int,
    now: datetime,
    *,
    early: timedelta = timedelta(0),
    retry_window: float | None = None,
) -> Outcome:
    """Send the chat's summary if one is due and not yet sent; record it once Telegram accepted it.

    ``early``: a scheduled run may see a clock a hair before its own time; times
    that close ahead count as due, so such a run is not mistaken for yesterday's.
    """
    subs = subscriptions_of(application)
    async with _lock(application, chat_id):
        sub = await subs.get(chat_id)
        if sub is None:
            return "none"
        zone, zone_name = await zone_of(application, chat_id)
        due = last_due(sub.at, zone, now + early)
        if sub.settled_at >= due:
            return "not due"
        digest = await subs.digest(sub)
        if digest.empty and sub.quiet:
            await subs.record_sent(chat_id, digest, now, 0, due=due)
            log.info("daily summary for chat %s: nothing new, quiet", chat_id)
            return "quiet"
        text = render_summary(digest, sub.covered_since.astimezone(zone), zone_name)
        try:
            window = SEND_RETRY_WINDOW if retry_window is None else retry_window
            with bulk():  # every subscribed chat's job fires at the same minute: a broadcast, paced
                sent = await send_html(application.bot, chat_id, text, retry_window=window)
        except Forbidden as exc:
            await end_subscription(application, chat_id, f"Telegram refused: {exc}")
            return "ended"
        except ChatMigrated as exc:
            await subs.move_chat(chat_id, exc.new_chat_id)
            unschedule(application, chat_id)
            moved = await subs.get(exc.new_chat_id)
            if moved is not None:
                schedule(application, moved, zone)
            _schedule_retry(application, exc.new_chat_id)
            log.info("chat %s became %s; its daily summary moved with it", chat_id, exc.new_chat_id)
            return "failed"
        except BadRequest as exc:
            if _gone(exc):
                await end_subscription(application, chat_id, f"Telegram refused: {exc}")
                return "ended"
            log.error("daily summary for chat %s was refused: %s", chat_id, exc)
            return "failed"
        except TelegramError as exc:
            log.warning("daily summary for chat %s not sent (%s); retrying later", chat_id, exc)
            _schedule_retry(application, chat_id)
            return "failed"
        await subs.record_sent(chat_id, digest, now, len(sent), due=due)
        log.info("daily summary for chat %s sent: %d violations", chat_id, digest.total)
        return "sent"


async def summary_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The daily job (and its retries): one chat's summary; a failure there never touches other chats."""
    job = context.job
    if job is None or job.chat_id is None:
        return
    try:
        await deliver(context.application, job.chat_id, clock(), early=JOB_EARLY)
    except Exception:
        log.exception("daily summary for chat %s failed", job.chat_id)


retry_job = summary_job


async def start_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At start: schedule every stored subscription, and send once what came due while the bot was down."""
    application = context.application
    started: asyncio.Event = application.bot_data.setdefault(STARTED, asyncio.Event())
    try:
        await catch_up(application, clock())
    finally:
        started.set()


async def catch_up(application: App, now: datetime) -> dict[int, Outcome]:
    """Reschedule all subscriptions, then deliver the missed ones; returns each chat's outcome."""
    subs = await subscriptions_of(application).all()
    for sub in subs:
        zone, _ = await zone_of(application, sub.chat_id)
        schedule(application, sub, zone)
    outcomes: dict[int, Outcome] = {}
    for sub in subs:
        try:
            outcomes[sub.chat_id] = await deliver(application, sub.chat_id, now)
        except Exception:
            log.exception("catch-up summary for chat %s failed", sub.chat_id)
            outcomes[sub.chat_id] = "failed"
    caught = [chat for chat, outcome in outcomes.items() if outcome in ("sent", "quiet")]
    log.info("%d daily summaries scheduled; %d missed while down, now sent", len(subs), len(caught))
    return outcomes


def schedule_start(application: App) -> None:
    """Run ``start_job`` as soon as the job queue starts (after post_init has opened the store)."""
    application.bot_data[STARTED] = asyncio.Event()
    queue = application.job_queue
    if queue is None:
        log.error("no job queue (python-telegram-bot[job-queue] missing): summaries cannot be scheduled")
        return
    queue.run_once(start_job, 0, name="summaries:start", job_kwargs=JOB_KWARGS)
