"""Daily summaries end to end: the real bot, the fake Bot API server, a real SQLite file.

"Now" is frozen by replacing ``handlers.summary.clock``; a summary is fired by
running the chat's scheduled job (``Job.run``) at a chosen moment, never by
waiting for the scheduler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Job

from extraction.model import VIOLATION, Question
from handlers import summary
from handlers.render import esc
from storage.store import Store
from storage.subscriptions import Subscriptions
from tests.conftest import SEED, BotProcess, BotRunner
from tests.fake_telegram import FakeTelegram, parse_html

ADMIN = 1001  # the fake server's default user
MEMBER = 2002
GROUP = -1001234567890
OTHER_GROUP = -1005555555555
DAY1 = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)  # a Thursday, 07:00 UTC
SECOND = (
    "The Russian Center for Reconciliation said on Friday that militants had "
    "attacked Kabani (twice), Tell Mallah (once) in Hama province."
)
SECOND_POSTED = datetime(2019, 4, 13, 9, 0, tzinfo=UTC)  # a Saturday: "on Friday" is 12 April


class Clock:
    """A settable "now" for the summary code."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    frozen = Clock(DAY1)
    monkeypatch.setattr(summary, "clock", frozen)
    return frozen


async def started(bot: BotRunner) -> BotRunner:
    """Wait until the bot has rescheduled its subscriptions (and sent any catch-up)."""
    assert bot.application is not None
    await bot.application.bot_data[summary.STARTED].wait()
    return bot


async def group_bot(make_bot: Callable[..., BotRunner], tg: FakeTelegram) -> BotRunner:
    tg.chat_admins[GROUP] = {ADMIN}
    tg.chat_admins[OTHER_GROUP] = {ADMIN}
    return await started(await make_bot().start())


async def subscribe(bot: BotRunner, args: str = "08:00", chat_id: int = GROUP, user_id: int = ADMIN) -> str:
    return await bot.ask(f"/subscribe {args}".strip(), user_id=user_id, chat_id=chat_id)


async def forward(bot: BotRunner, tg: FakeTelegram, text: str = SEED, posted: datetime | None = None) -> str:
    """A user forwards an article to the bot privately (stored for every chat's summaries)."""
    post = 4242 if posted is None else 4300
    reply = await bot.reply_to(
        lambda: tg.forward_channel_post(text, origin_date=posted, channel_message_id=post)
    )
    assert reply.startswith("Added"), reply
    return reply


def daily_job(bot: BotRunner, chat_id: int = GROUP) -> Job[Any]:
    assert bot.application is not None
    assert bot.application.job_queue is not None
    jobs = bot.application.job_queue.get_jobs_by_name(summary.job_name(chat_id))
    assert len(jobs) == 1, jobs
    return jobs[0]


async def fire(bot: BotRunner, clock: Clock, at: datetime, chat_id: int = GROUP) -> list[str]:
    """Run the chat's daily job at ``at``; the messages it sent to the chat."""
    assert bot.application is not None
    clock.now = at
    before = len(bot.tg.texts(chat_id))
    await daily_job(bot, chat_id).run(bot.application)
    return bot.tg.texts(chat_id)[before:]


def visible(parts: list[str]) -> str:
    return "\n".join(parse_html(p) for p in parts)


# ------------------------------------------------------------------------ who may subscribe


async def test_group_admin_subscribes_and_a_member_is_refused(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    refused = await subscribe(bot, "08:00", user_id=MEMBER)
    assert "Only this group's administrators" in refused
    assert await Subscriptions(bot.store).get(GROUP) is None
    checked = [c.params for c in tg.calls_to("getChatMember")]
    assert {"chat_id": GROUP, "user_id": MEMBER} in [
        {"chat_id": p["chat_id"], "user_id": p["user_id"]} for p in checked
    ]

    reply = await subscribe(bot, "08:00")
    assert reply.startswith("Subscribed.")
    assert "at 08:00 (UTC)" in reply
    assert "Next: Thu 26 Nov 2026, 08:00 (in 1 h 00 min)" in reply
    assert await Subscriptions(bot.store).get(GROUP) is not None
    assert daily_job(bot).chat_id == GROUP

    # A member may look, not change or stop.
    shown = await bot.ask("/subscriptions", user_id=MEMBER, chat_id=GROUP)
    assert "at 08:00 (UTC)" in shown
    assert "Only this group's administrators" in await bot.ask("/unsubscribe", user_id=MEMBER, chat_id=GROUP)
    assert await Subscriptions(bot.store).get(GROUP) is not None


async def test_private_chat_subscribes_without_asking_telegram(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    reply = await subscribe(bot, "quiet 21:15", chat_id=ADMIN)
    assert reply.startswith("Subscribed.")
    assert "at 21:15 (UTC); nothing on days without new reports" in reply
    assert tg.calls_to("getChatMember") == []
    assert "Unsubscribed" in await bot.ask("/unsubscribe")
    assert "no daily summary" in await bot.ask("/subscriptions")


async def test_commands_are_in_help_and_in_the_menu(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram
) -> None:
    bot = await group_bot(make_bot, tg)
    help_text = await bot.ask("/help")
    menu = {c["command"] for c in tg.commands}
    for name in ("subscribe", "unsubscribe", "subscriptions", "timezone"):
        assert f"/{name} — " in help_text
        assert name in menu


# ------------------------------------------------------------------------ the summary itself


async def test_summary_counts_what_arrived_before_it_and_never_twice(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    await forward(bot, tg)

    first = await fire(bot, clock, DAY1.replace(hour=8))
    assert len(first) == 1
    lines = first[0].splitlines()
    assert lines[0] == "<b>Daily summary</b> · all places"
    assert lines[1] == (
        "Reports stored since 26 Nov 2026, 07:00 (UTC): 8 ceasefire violations at 8 places, "
        "9 Apr 2019 (1 report)"
    )
    assert "<b>Latakia — 7</b>" in lines
    assert "<b>Aleppo — 1</b>" in lines
    assert sum(1 for ln in lines if re.fullmatch(r"• \S+ — 1", ln)) == 8
    assert '<a href="https://t.me/sputnik_int/4242">Sputnik International</a>' in first[0]
    assert "Compared with the 7 days before (2–8 Apr 2019: 0.0 a day)" in first[0]

    # The same scheduled time again (a second job run, a retry): nothing more.
    assert await fire(bot, clock, DAY1.replace(hour=8, minute=30)) == []

    # A late report arrives: it is in the next summary, the seed is not.
    await forward(bot, tg, SECOND, SECOND_POSTED)
    second = await fire(bot, clock, DAY1.replace(hour=8) + timedelta(days=1))
    assert len(second) == 1
    text = visible(second)
    assert "Reports stored since 26 Nov 2026, 08:00 (UTC): 3 ceasefire violations at 2 places" in text
    assert "Hama — 3" in text
    assert "Kabani — 2" in text
    assert "Latakia" not in text
    assert "Safsafa" not in text
    # Baseline: the seed's 8 violations of 9 Apr lie in the 7 days before 12 Apr.
    assert "Compared with the 7 days before" in text
    assert "1.1 a day" in text

    third = await fire(bot, clock, DAY1.replace(hour=8) + timedelta(days=2))
    assert third == ["<b>Daily summary</b> · all places: no new reports since 27 Nov 2026, 08:00 (UTC)."]


async def test_summary_for_one_place_counts_only_that_place(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    reply = await subscribe(bot, "07:30 Aleppo")
    assert "for <b>Aleppo</b> at 07:30" in reply
    await forward(bot, tg)
    parts = await fire(bot, clock, DAY1.replace(hour=7, minute=30))
    text = visible(parts)
    assert "Daily summary · Aleppo" in text
    assert ": 1 ceasefire violation at 1 place, 9 Apr 2019 (1 report)" in text
    assert "Safsafa" not in text


async def test_quiet_subscription_stays_silent_on_an_empty_day(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00 quiet")
    await subscribe(bot, "08:00", chat_id=OTHER_GROUP)
    assert await fire(bot, clock, DAY1.replace(hour=8)) == []
    noisy = await fire(bot, clock, DAY1.replace(hour=8), chat_id=OTHER_GROUP)
    assert len(noisy) == 1
    assert "no new reports" in noisy[0]
    assert "\n" not in noisy[0]
    # The quiet day still counts as done: a restart does not make up for it.
    sub = await Subscriptions(bot.store).get(GROUP)
    assert sub is not None
    assert sub.last_sent_at == DAY1.replace(hour=8)
    # Quiet only means quiet when there is nothing: news still arrives.
    await forward(bot, tg)
    assert len(await fire(bot, clock, DAY1.replace(hour=8) + timedelta(days=1))) == 1


async def test_long_summary_is_capped_escaped_and_split_in_valid_parts(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    from storage.models import Provenance

    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    for n in range(60):
        published = (datetime(2019, 1, 2, tzinfo=UTC) + timedelta(days=n)).date()
        await bot.store.ingest(
            f"date {published.isoformat()} The Russian Center for Reconciliation said militants had "
            f"attacked Safsafa (once), Town{n}<b>&amp; (twice) in Latakia province during the previous day.",
            None,
            Provenance(source=f"Ceasefire <Monitoring> Bulletin & Channel No. {n} " + "&" * 60),
        )
    parts = await fire(bot, clock, DAY1.replace(hour=8))
    assert len(parts) >= 2
    assert all(c.status == 200 for c in tg.calls_to("sendMessage"))  # none too long, none broken
    wire = "\n".join(parts)
    # The same figures as the /violations answer over the whole period, every name escaped.
    answer = await bot.store.answer(Question(VIOLATION, None, date(2019, 1, 1), date(2019, 12, 31)))
    named = {esc(p.location): p.count for p in answer.places if p.location}
    assert f": {answer.total} ceasefire violations at {len(named)} places" in wire
    shown = [(name, int(n)) for name, n in re.findall(r"^• (.+) — (\d+)$", wire, re.M) if name in named]
    assert shown
    assert all(named[name] == n for name, n in shown)
    more = re.search(r"^• … (\d+) more places — (\d+)$", wire, re.M)
    assert more is not None
    assert len(shown) + int(more.group(1)) == len(named)
    assert sum(n for _, n in shown) + int(more.group(2)) == answer.total
    # 60 days and 60 reports: one line for the earlier ones, then the latest.
    assert re.search(r"^• … 29 earlier days — \d+$", wire, re.M)
    reports = [ln for ln in wire.splitlines() if "Ceasefire &lt;Monitoring&gt; Bulletin &amp; Channel" in ln]
    assert len(reports) == 30
    assert "• … 30 earlier reports (/violations lists them all)" in wire
    assert "Channel No. 59 " in reports[-1]


async def test_summary_that_telegram_could_not_take_is_retried_not_skipped(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    await forward(bot, tg)
    monkeypatch.setattr(summary, "SEND_RETRY_WINDOW", 0.3)
    tg.fail("sendMessage", 502, times=50)  # Telegram is down for longer than the retry window
    assert await fire(bot, clock, DAY1.replace(hour=8)) == []
    assert await Subscriptions(bot.store).get(GROUP) is not None  # a failure is not a removal
    tg.faults.clear()
    assert bot.application is not None
    assert bot.application.job_queue is not None
    retries = bot.application.job_queue.get_jobs_by_name(summary.retry_name(GROUP))
    assert len(retries) == 1
    clock.now = DAY1.replace(hour=8, minute=5)
    await retries[0].run(bot.application)
    texts = tg.texts(GROUP)
    assert len(texts) == 2
    assert ": 8 ceasefire violations" in texts[1]
    assert await fire(bot, clock, DAY1.replace(hour=8, minute=10)) == []  # and only once


# ------------------------------------------------------------------------ restarts


async def test_missed_summary_is_sent_once_after_a_restart(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    await forward(bot, tg)
    await bot.stop()

    clock.now = DAY1.replace(hour=9, minute=30)  # 08:00 passed while the bot was down
    await started(await bot.start())
    texts = tg.texts(GROUP)
    assert len(texts) == 2  # the subscription reply and exactly one catch-up summary
    assert ": 8 ceasefire violations at 8 places" in texts[1]
    assert daily_job(bot).chat_id == GROUP  # and tomorrow's is scheduled again

    await bot.stop()
    clock.now = DAY1.replace(hour=11)
    await started(await bot.start())
    assert len(tg.texts(GROUP)) == 2  # a second restart sends nothing
    assert await fire(bot, clock, DAY1.replace(hour=11, minute=5)) == []  # nor does today's job


async def test_restart_before_the_time_sends_nothing_early(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    await forward(bot, tg)
    await bot.stop()
    clock.now = DAY1.replace(hour=7, minute=59)
    await started(await bot.start())
    assert len(tg.texts(GROUP)) == 1
    # The 08:00 job itself, even if the scheduler wakes it a little early, sends it.
    assert len(await fire(bot, clock, DAY1.replace(hour=7, minute=59, second=59))) == 1
    assert await fire(bot, clock, DAY1.replace(hour=8, minute=1)) == []


# ------------------------------------------------------------------------ chats that are gone


@pytest.mark.parametrize(
    ("status", "description"),
    [
        (403, "Forbidden: bot was kicked from the supergroup chat"),
        (400, "Bad Request: chat not found"),
    ],
)
async def test_chat_that_refuses_loses_its_subscription_others_still_get_theirs(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock, status: int, description: str
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    await subscribe(bot, "08:00", chat_id=OTHER_GROUP)
    await forward(bot, tg)

    tg.fail("sendMessage", status, description=description)  # the next send, which goes to GROUP
    assert await fire(bot, clock, DAY1.replace(hour=8)) == []
    assert await Subscriptions(bot.store).get(GROUP) is None
    assert bot.application is not None
    assert bot.application.job_queue is not None
    assert bot.application.job_queue.get_jobs_by_name(summary.job_name(GROUP)) == ()

    other = await fire(bot, clock, DAY1.replace(hour=8), chat_id=OTHER_GROUP)
    assert len(other) == 1
    assert ": 8 ceasefire violations" in other[0]
    assert await Subscriptions(bot.store).get(OTHER_GROUP) is not None


async def test_bot_removed_from_group_ends_its_subscription(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    bot_member = {"user": tg.bot_user(), "status": "member"}
    tg.push(
        {
            "my_chat_member": {
                "chat": tg.chat_json(GROUP),
                "from": tg.user_json(ADMIN),
                "date": int(DAY1.timestamp()),
                "old_chat_member": bot_member,
                "new_chat_member": {**bot_member, "status": "kicked", "until_date": 0},
            }
        }
    )
    await bot.idle()
    assert await Subscriptions(bot.store).get(GROUP) is None
    assert bot.application is not None
    assert bot.application.job_queue is not None
    assert bot.application.job_queue.get_jobs_by_name(summary.job_name(GROUP)) == ()
    assert any(f"chat {GROUP} ended" in r.getMessage() for r in caplog.records)


# ------------------------------------------------------------------------ settings


async def test_unknown_time_zone_is_refused_with_an_example(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    reply = await bot.ask("/timezone Mars/Olympus_Mons", user_id=ADMIN, chat_id=GROUP)
    assert "is not a time zone I know" in reply
    assert "<code>/timezone Europe/Moscow</code>" in reply
    assert await Subscriptions(bot.store).timezone(GROUP) is None


async def test_time_zone_moves_the_summary_time(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    reply = await bot.ask("/timezone europe/moscow", user_id=ADMIN, chat_id=GROUP)
    assert reply.startswith("Time zone set to Europe/Moscow (now 10:00, 26 Nov 2026).")
    # 07:00 UTC is 10:00 in Moscow: today's 08:00 there has passed; the next is tomorrow's.
    assert "at 08:00 (Europe/Moscow)" in reply
    assert "Next: Fri 27 Nov 2026, 08:00 (in 22 h 00 min)" in reply
    job = daily_job(bot)
    assert job.next_t is not None
    assert job.next_t.astimezone(UTC).hour == 5  # 08:00 Moscow
    # A member cannot change the zone.
    refused = await bot.ask("/timezone UTC", user_id=MEMBER, chat_id=GROUP)
    assert "Only this group's administrators" in refused
    assert await Subscriptions(bot.store).timezone(GROUP) == "Europe/Moscow"


async def test_resubscribing_updates_rather_than_duplicates(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock
) -> None:
    bot = await group_bot(make_bot, tg)
    await subscribe(bot, "08:00")
    reply = await subscribe(bot, "09:30 latakia quiet")
    assert reply.startswith("Updated this chat's subscription (still one).")
    subs = await Subscriptions(bot.store).all()
    assert len(subs) == 1
    assert subs[0].place is not None
    assert subs[0].place.name == "Latakia"
    shown = await bot.ask("/subscriptions", user_id=ADMIN, chat_id=GROUP)
    assert "for <b>Latakia</b> at 09:30 (UTC); nothing on days without new reports" in shown
    daily_job(bot)  # exactly one job for the chat


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("25:00", "is not a time of day"),
        ("8am", "is not a time of day"),
        ("08:00 09:00", "Give one time of day"),
        ("latakia last week", "leave out the period"),
        ("08:00 ☃☃", "as a province or town"),
    ],
)
async def test_unreadable_subscribe_gets_an_example(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram, clock: Clock, args: str, expected: str
) -> None:
    bot = await group_bot(make_bot, tg)
    reply = await subscribe(bot, args)
    assert expected in reply
    assert "/subscribe 08:00 latakia" in reply
    assert await Subscriptions(bot.store).get(GROUP) is None


# ------------------------------------------------------------------------ a real process


async def test_trucewatch_run_sends_the_summary_missed_while_it_was_down(
    make_process: Callable[..., BotProcess], tg: FakeTelegram, db_path: Path
) -> None:
    """The real clock and the real scheduler: a subscription whose time passed yesterday is caught up."""
    from storage.models import Provenance

    now = datetime.now(UTC)
    async with await Store.open(db_path) as store:
        subs = Subscriptions(store)
        await subs.subscribe(
            GROUP, (now - timedelta(minutes=2)).time(), None, False, by=ADMIN, now=now - timedelta(days=2)
        )
        await store.ingest(SEED, None, Provenance(source="Sputnik International"))
    proc = make_process()
    await proc.start()
    texts = await tg.wait_for_messages(1, GROUP, within=30)
    assert len(texts) == 1
    assert ": 8 ceasefire violations at 8 places" in texts[0]
    assert await proc.stop() == 0
    async with await Store.open(db_path) as store:
        sub = await Subscriptions(store).get(GROUP)
    assert sub is not None
    assert sub.last_sent_at is not None
    assert "Traceback" not in proc.output()
    assert "1 missed while down, now sent" in proc.output()
