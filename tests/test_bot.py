"""The real bot over real HTTP against the fake Bot API server: what a user sees in chat."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

from extraction.question import parse_question
from handlers.render import esc
from tests.conftest import SEED, BotRunner
from tests.fake_telegram import FakeTelegram, parse_html

SEED_TOWNS = ["Safsafa", "Ikko", "Ruyeset-Iskander", "Jubb-al-Zaur", "Kalaat-Maraza", "Nahshebba", "Jurin"]
QUESTION = "/violations latakia april 2019"


async def forward_seed(bot: BotRunner, tg: FakeTelegram, **kw: object) -> str:
    return await bot.reply_to(lambda: tg.forward_channel_post(SEED, **kw))  # type: ignore[arg-type]


async def test_seed_forward_then_question_answers_seven_towns(bot: BotRunner, tg: FakeTelegram) -> None:
    reply = await forward_seed(bot, tg)
    assert reply.startswith("Added 8 ceasefire violations, 9 Apr 2019 — Latakia 7 (")
    assert "Aleppo 1" in reply
    assert "Reported total: 8." in reply

    answer = await bot.ask(QUESTION)
    lines = answer.splitlines()
    assert re.fullmatch(r"<b>Latakia</b> · .*2019: 7 ceasefire violations at 7 places \(1 report\)", lines[0])
    assert sorted(
        line for line in lines if line.startswith("• ") and " — " in line and "href" not in line
    ) == sorted(f"• {town} — 1" for town in SEED_TOWNS)
    # The report is the forwarded post, linked to the channel message.
    assert '<a href="https://t.me/sputnik_int/4242">Sputnik International</a>' in answer


async def test_answer_replies_to_the_asking_message(bot: BotRunner, tg: FakeTelegram) -> None:
    before = len(tg.sent())
    update = tg.command("/stats")
    await tg.wait_for_messages(before + 1)
    call = tg.sent()[before]
    assert call.params["reply_parameters"]["message_id"] == update["message"]["message_id"]
    assert call.params["parse_mode"] == "HTML"


async def test_same_forward_twice_is_stored_once(bot: BotRunner, tg: FakeTelegram) -> None:
    await forward_seed(bot, tg)
    second = await forward_seed(bot, tg)
    assert second.startswith("Already stored")
    assert "Nothing was counted twice" in second
    answer = await bot.ask(QUESTION)
    assert ": 7 ceasefire violations at 7 places (1 report)" in answer.splitlines()[0]
    assert (await bot.store.stats()).articles == 1


async def test_hostile_town_names_round_trip_escaped(bot: BotRunner, tg: FakeTelegram) -> None:
    article = (
        "date 2019-04-10 The Russian Center for Reconciliation said on Tuesday that militants had "
        "attacked <b>Tom & Jerry</b> (twice), Tom<b>&Jerry (three times), Safsafa (once) in Latakia province."
    )
    reply = await bot.reply_to(lambda: tg.text_message(article))
    assert "Tom&lt;b&gt;&amp;Jerry" in reply
    assert "Tom<b>&Jerry" in parse_html(reply)  # what the user reads is the name as written
    answer = await bot.ask(QUESTION)
    lines = answer.splitlines()
    assert "• Tom&lt;b&gt;&amp;Jerry — 3" in lines
    # Whatever else the extractor made of the markup-laden names, each is shown escaped.
    stored = await bot.store.answer(parse_question("latakia april 2019", date(2019, 5, 1)))
    for place in stored.places:
        assert f"• {esc(place.location)} — {place.count}" in lines
    # Every message the fake server received was valid Telegram HTML; none was refused.
    assert all(c.status == 200 for c in tg.calls_to("sendMessage"))


async def test_long_answer_is_one_message_with_the_latest_reports_and_exact_counts(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    from storage.models import Provenance

    # 120 daily bulletins from a channel with a long name: 120 days and 120 reports.
    for n in range(120):
        day = datetime(2019, 1, 1, tzinfo=UTC).toordinal() + n
        published = datetime.fromordinal(day + 1).date()
        text = (
            f"date {published.isoformat()} The Russian Center for Reconciliation said militants had "
            f"attacked Safsafa (once) in Latakia province during the previous day."
        )
        await bot.store.ingest(
            text,
            datetime.combine(published, datetime.min.time(), UTC),
            Provenance(
                source=f"Syrian Ceasefire Monitoring Bulletin Channel No. {n}",
                source_url=f"https://t.me/bulletins/{n}",
            ),
        )
    before = len(tg.sent())
    tg.command("/violations latakia 2019")
    await tg.wait_for_messages(before + 1)
    await bot.idle()
    parts = tg.texts()[before:]
    assert len(parts) == 1  # capped lists: one message, not one per screenful of reports
    assert all(c.status == 200 for c in tg.calls_to("sendMessage"))
    answer = parts[0]
    assert answer.startswith("<b>Latakia</b>")
    assert ": 120 ceasefire violations at 1 place (120 reports)" in answer
    report_lines = [ln for ln in answer.splitlines() if "t.me/bulletins/" in ln]
    assert [ln.split("bulletins/")[1].split('"')[0] for ln in report_lines] == [
        str(n) for n in range(110, 120)
    ]
    assert "… and 110 earlier reports" in answer.splitlines()
    assert "<b>By month</b>" in answer
    parse_html(answer)


async def test_refused_contributor_is_told_their_id_and_nothing_is_stored(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram
) -> None:
    bot = await make_bot(TRUCEWATCH_CONTRIBUTORS="555").start()
    reply = await forward_seed(bot, tg)
    assert "You cannot add reports here" in reply
    assert f"Your Telegram id is <code>{tg.user_id}</code>" in reply
    assert "TRUCEWATCH_CONTRIBUTORS" in reply
    assert (await bot.store.stats()).articles == 0
    # A listed contributor can add.
    ok = await bot.reply_to(lambda: tg.forward_channel_post(SEED, user_id=555), chat_id=555)
    assert ok.startswith("Added 8")


async def test_admin_may_add_even_when_not_a_contributor(
    make_bot: Callable[..., BotRunner], tg: FakeTelegram
) -> None:
    bot = await make_bot(TRUCEWATCH_CONTRIBUTORS="555", TRUCEWATCH_ADMINS=str(tg.user_id)).start()
    assert (await forward_seed(bot, tg)).startswith("Added 8")


async def test_unreadable_question_gets_an_example(bot: BotRunner, tg: FakeTelegram) -> None:
    reply = await bot.ask("/violations latakia 2019-13-45")
    assert "2019-13-45" in reply  # names what it could not read ...
    assert re.search(r"/violations \w+", reply)  # ... and shows a question that works
    assert "went wrong" not in reply


async def test_unknown_town_is_said_with_an_example(bot: BotRunner, tg: FakeTelegram) -> None:
    await forward_seed(bot, tg)
    reply = await bot.ask("/violations Zzyzxville april 2019")
    assert "No stored report names <i>Zzyzxville</i>" in reply
    assert "<code>/violations latakia last week</code>" in reply


async def test_group_command_with_bot_name_answers_in_the_group(bot: BotRunner, tg: FakeTelegram) -> None:
    await forward_seed(bot, tg)
    group = tg.group_id
    before = len(tg.sent(group))
    update = tg.command(QUESTION, chat_id=group, mention=True)
    texts = await tg.wait_for_messages(before + 1, group)
    assert ": 7 ceasefire violations" in texts[before]
    assert tg.sent(group)[before].params["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_group_stays_quiet_about_chatter_and_commands_for_other_bots(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    group = tg.group_id
    tg.text_message("Good morning everyone, see you at the meeting", chat_id=group)
    tg.command("/violations@OtherBot latakia", chat_id=group)
    await bot.idle()
    assert tg.sent(group) == []


async def test_add_as_reply_in_a_group_ingests_that_message(bot: BotRunner, tg: FakeTelegram) -> None:
    group = tg.group_id
    # Privacy mode: the bot never receives the forwarded post itself, only the /add replying to it.
    post = tg.forward_channel_post(SEED, chat_id=group)
    tg.pending.remove(post)
    before = len(tg.sent(group))
    tg.command("/add", chat_id=group, mention=True, reply_to=post["message"])
    texts = await tg.wait_for_messages(before + 1, group)
    assert texts[before].startswith("Added 8")
    assert (await bot.store.stats()).articles == 1


async def test_undo_removes_only_your_own_last_article(bot: BotRunner, tg: FakeTelegram) -> None:
    await forward_seed(bot, tg)
    other = await bot.ask("/undo", user_id=2024)
    assert "not added any article" in other
    assert (await bot.store.stats()).articles == 1
    mine = await bot.ask("/undo")
    assert mine.startswith("Removed article #")
    assert (await bot.store.stats()).articles == 0
    assert "no ceasefire violations" in await bot.ask(QUESTION)


async def test_stats_and_help(bot: BotRunner, tg: FakeTelegram) -> None:
    assert "Nothing is stored yet" in await bot.ask("/stats")
    await forward_seed(bot, tg)
    stats = await bot.ask("/stats")
    assert "1 article" in stats
    assert "9 Apr 2019" in stats
    help_text = await bot.ask("/help")
    for command in ("/violations", "/incidents", "/add", "/undo", "/stats", "/help"):
        assert command in help_text
    assert [c["command"] for c in tg.commands][:2] == ["violations", "incidents"]


async def test_edited_article_is_re_extracted(bot: BotRunner, tg: FakeTelegram) -> None:
    text = (
        "date 2019-04-10 The Russian reconciliation center said on Tuesday that ceasefire violations were "
        "registered: militants attacked Safsafa (once) in Latakia province."
    )
    original = tg.text_message(text)
    first = await bot.next_reply()
    assert first.startswith("Added 1 ceasefire violation")
    reply = await bot.reply_to(lambda: tg.edited_message(original, text.replace("(once)", "(three times)")))
    assert reply.startswith("Updated 3 ceasefire violations")
    assert ": 3 ceasefire violations at 1 place" in await bot.ask(QUESTION)
    assert (await bot.store.stats()).articles == 1


async def test_caption_of_a_forwarded_photo_is_an_article(bot: BotRunner, tg: FakeTelegram) -> None:
    reply = await bot.reply_to(lambda: tg.forward_channel_post(SEED, caption=True))
    assert reply.startswith("Added 8 ceasefire violations")


async def test_pasted_text_without_incidents_says_what_is_looked_for(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    reply = await bot.reply_to(lambda: tg.text_message("The weather in Latakia was sunny today."))
    assert reply.startswith("No incidents found")
    assert "(once)" in reply


async def test_documents_txt_and_html_are_read(bot: BotRunner, tg: FakeTelegram) -> None:
    reply = await bot.reply_to(lambda: tg.document(SEED.encode(), "bulletin.txt"))
    assert reply.startswith("Added 8 ceasefire violations")
    page = (
        "<html><head><style>p{}</style></head><body><p>"
        + SEED.replace("\n\n", "</p><p>")
        + "</p></body></html>"
    )
    again = await bot.reply_to(lambda: tg.document(page.encode(), "bulletin.html", mime_type="text/html"))
    assert again.startswith(("Already stored", "Added 8"))
    assert ": 7 ceasefire violations at 7 places" in await bot.ask(QUESTION)


async def test_bad_documents_get_clear_replies(bot: BotRunner, tg: FakeTelegram) -> None:
    binary = await bot.reply_to(lambda: tg.document(bytes(range(256)) * 4, "scan.txt"))
    assert "could not read that file as text" in binary
    empty = await bot.reply_to(lambda: tg.document(b"  \n", "empty.txt"))
    assert "empty" in empty
    huge = await bot.reply_to(lambda: tg.document(b"x", "huge.txt", size=30 * 1024 * 1024))
    assert "MB" in huge
    pdf = await bot.reply_to(lambda: tg.document(b"%PDF-1.4", "report.pdf", mime_type="application/pdf"))
    assert ".txt" in pdf
    assert (await bot.store.stats()).articles == 0
    assert not tg.calls_to("download") or all("huge" not in c.params["path"] for c in tg.calls_to("download"))


async def test_button_press_is_acknowledged(bot: BotRunner, tg: FakeTelegram) -> None:
    tg.callback_query("page:old")
    await tg.wait_until(lambda: bool(tg.calls_to("answerCallbackQuery")))


async def test_failed_reply_goes_to_error_handler_without_traceback_in_chat(
    bot: BotRunner, tg: FakeTelegram
) -> None:
    tg.fail("sendMessage", 400, description="Bad Request: chat not found")
    reply = await bot.reply_to(lambda: tg.command("/stats"))
    assert reply.startswith("Sorry, something went wrong")
    assert "Traceback" not in reply
