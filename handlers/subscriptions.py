"""/subscribe, /unsubscribe, /subscriptions, /timezone, and leaving chats the bot was removed from.

A chat has at most one daily summary; ``/subscribe`` sets all of it at once
(time, place, quiet) and subscribing again replaces the settings. In groups
only the group's administrators (asked of Telegram) may change anything;
showing the subscription is open to everyone. Delivery lives in
``handlers/summary.py``; this module is the chat-facing side and ``register``.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ChatMemberHandler, CommandHandler, ContextTypes, filters

from extraction.model import VIOLATION, PlaceFilter, QuestionError
from extraction.question import parse_question
from handlers import summary
from handlers.common import get_store, reply_html, with_retries
from handlers.render import esc, fmt_day
from handlers.summary import App
from handlers.summary_render import fmt_moment, fmt_time, place_label
from storage.subscriptions import Subscription, Subscriptions

log = logging.getLogger(__name__)

COMMANDS: list[tuple[str, str]] = [
    ("subscribe", "Daily summary here: /subscribe 08:00 latakia [quiet]"),
    ("unsubscribe", "Stop this chat's daily summary"),
    ("subscriptions", "What daily summary this chat gets, and when"),
    ("timezone", "This chat's time zone: /timezone Europe/Moscow"),
]
DEFAULT_TIME = time(8, 0)
QUIET_WORDS = frozenset({"quiet", "silent"})
SUBSCRIBE_EXAMPLE = "/subscribe 08:00 latakia"
ZONE_EXAMPLE = "/timezone Europe/Moscow"
_TIME = re.compile(r"^(\d{1,2})[:.h](\d{2})$")
_TIMEISH = re.compile(r"^\d{1,2}[:.h]\d*$|^\d{1,2}(am|pm)$", re.IGNORECASE)
GROUP_ONLY_ADMINS = (
    "Only this group's administrators can change its daily summary. "
    "Ask one of them, or message me privately to get a summary of your own."
)


class SubscribeError(ValueError):
    """Unreadable /subscribe arguments; the message is for the user and has an example."""


# ------------------------------------------------------------------------ parsing


def parse_subscribe(words: str, today: date) -> tuple[time, PlaceFilter | None, bool]:
    """'08:00 latakia quiet' -> (08:00, Latakia, quiet). Any order; every part optional."""
    at: time | None = None
    quiet = False
    rest: list[str] = []
    for word in words.split():
        match = _TIME.match(word)
        if match or _TIMEISH.match(word):
            hour, minute = (int(match.group(1)), int(match.group(2))) if match else (99, 99)
            if at is not None:
                raise SubscribeError(f"Give one time of day. Try: {SUBSCRIBE_EXAMPLE}")
            if not (0 <= hour <= 23 and 0 <= minute <= 59):
                raise SubscribeError(
                    f"“{esc(word[:20])}” is not a time of day: use 24-hour HH:MM. Try: {SUBSCRIBE_EXAMPLE}"
                )
            at = time(hour, minute)
        elif word.casefold() in QUIET_WORDS:
            quiet = True
        else:
            rest.append(word)
    return at or DEFAULT_TIME, _place(" ".join(rest), today), quiet


def _place(words: str, today: date) -> PlaceFilter | None:
    """The place words, read by the question parser (same gazetteer); no period or kind allowed."""
    if not words:
        return None
    try:
        question = parse_question(words, today, VIOLATION)
        default = parse_question("", today, VIOLATION)
    except QuestionError:
        raise SubscribeError(
            f"I can't read “{esc(words[:60])}” as a province or town. Try: {SUBSCRIBE_EXAMPLE}"
        ) from None
    if (question.start, question.end) != (default.start, default.end):
        raise SubscribeError(
            "A summary covers what was stored since the previous one: leave out the period. "
            f"Try: {SUBSCRIBE_EXAMPLE}"
        )
    if question.kind != VIOLATION:
        raise SubscribeError(
            f"Summaries count ceasefire violations; name just a place. Try: {SUBSCRIBE_EXAMPLE}"
        )
    return question.place


@cache
def _zones() -> dict[str, str]:
    """Every IANA zone name, keyed case-insensitively (so 'europe/moscow' works too)."""
    return {name.casefold(): name for name in available_timezones()}


def find_zone(text: str) -> str | None:
    """The IANA name ``text`` spells (any case), or None."""
    return _zones().get(text.strip().casefold())


# ------------------------------------------------------------------------ helpers


def _words(text: str | None) -> str:
    return (text or "").partition(" ")[2].strip()


async def may_manage(update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message) -> bool:
    """Private chats: yes. Groups: only administrators (asked of Telegram); others get a polite refusal."""
    chat = message.chat
    if chat.type == ChatType.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator, posting as the group itself
    user = update.effective_user
    if user is None or chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        await reply_html(message, GROUP_ONLY_ADMINS)
        return False
    try:
        member = await with_retries(lambda: context.bot.get_chat_member(chat.id, user.id), window=20.0)
    except TelegramError as exc:
        log.warning("getChatMember failed for chat %s: %s", chat.id, exc)
        await reply_html(
            message, "I couldn't check whether you administer this group; please try again later."
        )
        return False
    if member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR):
        return True
    await reply_html(message, GROUP_ONLY_ADMINS)
    return False


def describe(sub: Subscription, zone: ZoneInfo, zone_name: str, now: datetime) -> str:
    """What the chat gets and when the next one is due."""
    nxt = summary.next_due(sub.at, zone, now)
    left = nxt - now.astimezone(zone)
    hours, minutes = divmod(int(left.total_seconds() // 60), 60)
    empty = (
        "nothing on days without new reports" if sub.quiet else "a one-line note on days without new reports"
    )
    lines = [
        f"Daily summary of ceasefire violations for <b>{place_label(sub.place)}</b> "
        f"at {fmt_time(sub.at)} ({esc(zone_name)}); {empty}.",
        f"Next: {nxt:%a} {fmt_moment(nxt)} (in {hours} h {minutes:02d} min).",
    ]
    if sub.last_sent_at is not None:
        lines.append(f"Last sent: {fmt_moment(sub.last_sent_at.astimezone(zone))}.")
    else:
        lines.append(
            f"The first one covers reports stored since {fmt_moment(sub.created_at.astimezone(zone))}."
        )
    return "\n".join(lines)


async def _known_place_note(context: ContextTypes.DEFAULT_TYPE, place: PlaceFilter | None) -> str:
    if place is None or place.level != "location":
        return ""
    if await get_store(context).known_location(place.key) is not None:
        return ""
    return f"\nNo stored report names <i>{esc(place.name)}</i> yet; it will show up once one does."


# ------------------------------------------------------------------------ commands


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe [HH:MM] [place] [quiet]: start or change this chat's daily summary."""
    message = update.effective_message
    if message is None or not await may_manage(update, context, message):
        return
    application: App = context.application
    now = summary.clock()
    zone, zone_name = await summary.zone_of(application, message.chat_id)
    try:
        at, place, quiet = parse_subscribe(_words(message.text), now.astimezone(zone).date())
    except SubscribeError as exc:
        await reply_html(message, str(exc))
        return
    user = update.effective_user
    sub, new = await Subscriptions(get_store(context)).subscribe(
        message.chat_id,
        at,
        place,
        quiet,
        by=user.id if user else None,
        now=now,
        chat_title=message.chat.title,
    )
    summary.schedule(application, sub, zone)
    log.info(
        "chat %s %s a daily summary at %s", message.chat_id, "started" if new else "changed", fmt_time(at)
    )
    head = "Subscribed." if new else "Updated this chat's subscription (still one)."
    note = await _known_place_note(context, place)
    tail = "\nChange it with /subscribe again, stop it with /unsubscribe, set the zone with /timezone."
    await reply_html(message, f"{head}\n{describe(sub, zone, zone_name, now)}{note}{tail}")


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe: stop this chat's daily summary."""
    message = update.effective_message
    if message is None or not await may_manage(update, context, message):
        return
    application: App = context.application
    summary.unschedule(application, message.chat_id)
    if await Subscriptions(get_store(context)).unsubscribe(message.chat_id):
        log.info("chat %s unsubscribed", message.chat_id)
        await reply_html(message, "Unsubscribed: no more daily summaries here.")
    else:
        await reply_html(
            message, f"This chat has no daily summary. Start one with <code>{SUBSCRIBE_EXAMPLE}</code>."
        )


async def subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscriptions: what this chat receives and when the next one is due."""
    message = update.effective_message
    if message is None:
        return
    application: App = context.application
    sub = await Subscriptions(get_store(context)).get(message.chat_id)
    zone, zone_name = await summary.zone_of(application, message.chat_id)
    if sub is None:
        await reply_html(
            message,
            f"This chat has no daily summary. Start one with <code>{SUBSCRIBE_EXAMPLE}</code> "
            f"(times are in {esc(zone_name)}; change with /timezone).",
        )
        return
    await reply_html(message, describe(sub, zone, zone_name, summary.clock()))


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone [IANA zone]: show or set this chat's time zone (summary times are read in it)."""
    message = update.effective_message
    if message is None:
        return
    application: App = context.application
    words = _words(message.text)
    now = summary.clock()
    if not words:
        zone, zone_name = await summary.zone_of(application, message.chat_id)
        await reply_html(
            message,
            f"This chat's time zone is {esc(zone_name)} (now {now.astimezone(zone):%H:%M} there). "
            f"Change it with e.g. <code>{ZONE_EXAMPLE}</code>.",
        )
        return
    if not await may_manage(update, context, message):
        return
    name = find_zone(words)
    if name is None:
        await reply_html(
            message,
            f"“{esc(words[:60])}” is not a time zone I know. Use an IANA name, e.g. "
            f"<code>{ZONE_EXAMPLE}</code>, <code>/timezone Asia/Damascus</code> "
            "or <code>/timezone UTC</code>.",
        )
        return
    subs = Subscriptions(get_store(context))
    await subs.set_timezone(message.chat_id, name, now)
    zone = ZoneInfo(name)
    local = now.astimezone(zone)
    text = f"Time zone set to {esc(name)} (now {local:%H:%M}, {fmt_day(local.date())})."
    sub = await subs.get(message.chat_id)
    if sub is not None:
        summary.schedule(application, sub, zone)
        text += "\n" + describe(sub, zone, name, now)
    await reply_html(message, text)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was removed from a chat (or blocked by a user): that chat's summary ends."""
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    if status in (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED):
        await summary.end_subscription(
            context.application, change.chat.id, f"the bot's status became {status}"
        )


def register(application: App) -> None:
    """Add this feature's handlers (bot/app.py calls this) and the start-up job that reschedules."""
    only_new = filters.UpdateType.MESSAGE
    handlers: list[Any] = [
        CommandHandler("subscribe", subscribe, filters=only_new),
        CommandHandler("unsubscribe", unsubscribe, filters=only_new),
        CommandHandler("subscriptions", subscriptions, filters=only_new),
        CommandHandler("timezone", timezone, filters=only_new),
        ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
    ]
    for handler in handlers:
        application.add_handler(handler)
    summary.schedule_start(application)
