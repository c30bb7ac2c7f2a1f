"""Rendering replies: escaping, splitting below Telegram's limit, and the wording users read."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from extraction.model import VIOLATION, Extraction, Incident, PlaceFilter, Question
from handlers.render import (
    TELEGRAM_LIMIT,
    esc,
    fmt_range,
    render_add,
    render_answer,
    split_html,
    utf16_len,
)
from storage.models import AddResult, Answer, DayCount, PlaceCount, Report
from tests.fake_telegram import EntityParseError, parse_html

DAY = date(2019, 4, 9)
SEED_TOWNS = ["Safsafa", "Ikko", "Ruyeset-Iskander", "Jubb-al-Zaur", "Kalaat-Maraza", "Nahshebba", "Jurin"]


def seed_extraction(total: int | None = 8) -> Extraction:
    incidents = tuple(Incident(VIOLATION, t, "Latakia", "SY", 1, DAY) for t in SEED_TOWNS)
    incidents += (Incident(VIOLATION, "Aleppo", "Aleppo", "SY", 1, DAY),)
    return Extraction(date(2019, 4, 10), "Russian Center for Reconciliation", total, incidents)


def test_added_reply_names_count_day_provinces_and_total() -> None:
    text = render_add(AddResult("added", 12, seed_extraction()))
    first = text.splitlines()[0]
    assert first.startswith(
        "Added 8 ceasefire violations, 9 Apr 2019 — Latakia 7 (Safsafa, Ikko, Ruyeset-Iskander, …)"
    )
    assert "Aleppo 1" in first
    assert "Reported total: 8." in first
    assert "add up to" not in text
    assert "#12" in text
    parse_html(text)


def test_added_reply_says_when_reported_total_and_sum_disagree() -> None:
    text = render_add(AddResult("added", 1, seed_extraction(total=10)))
    assert "Reported total: 10." in text
    assert "add up to 8, not 10" in text


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("duplicate", "Already stored (#3)"),
        ("merged", "Same statement as the report from TASS"),
        ("empty", "No incidents found"),
    ],
)
def test_other_outcomes_are_said_plainly(status: str, expected: str) -> None:
    result = AddResult(status, 3 if status != "empty" else None, seed_extraction(), merged_with_source="TASS")  # type: ignore[arg-type]
    text = render_add(result)
    assert expected in text
    parse_html(text)


def test_empty_reply_says_what_the_bot_looks_for() -> None:
    text = render_add(AddResult("empty", None, Extraction(None, None, None)))
    assert "(once)" in text
    assert "province" in text


def test_article_strings_are_escaped_in_add_reply() -> None:
    inc = Incident(VIOLATION, "<b>Tom & Jerry</b>", "Latakia", "SY", 2, DAY)
    text = render_add(AddResult("added", 1, Extraction(DAY, None, None, (inc,))))
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in text
    assert parse_html(text).count("<b>Tom & Jerry</b>") == 1  # what the user sees


def answer(places: int = 7, reports: int = 1, days: int = 1) -> Answer:
    q = Question(VIOLATION, PlaceFilter("Latakia", "admin1", "Latakia"), date(2019, 4, 8), date(2019, 4, 14))
    towns = [PlaceCount(SEED_TOWNS[i % 7] + ("" if i < 7 else f"-{i}"), "Latakia", 1) for i in range(places)]
    return Answer(
        q,
        total=places,
        places=towns,
        days=[DayCount(date(2019, 4, 8) + timedelta(days=i), 1) for i in range(days)],
        reports=[
            Report(i, f"Outlet <{i}> & co", f"https://t.me/outlet/{i}?a=1&b=2", date(2019, 4, 10), DAY)
            for i in range(reports)
        ],
    )


def test_answer_first_line_then_places_then_reports() -> None:
    text = render_answer(answer())
    lines = text.splitlines()
    assert lines[0] == "<b>Latakia</b> · 8–14 Apr 2019: 7 ceasefire violations at 7 places (1 report)"
    assert lines[1:8] == [f"• {t} — 1" for t in SEED_TOWNS]
    assert "By day" not in text  # one day only
    assert '<a href="https://t.me/outlet/0?a=1&amp;b=2">Outlet &lt;0&gt; &amp; co</a>, 10 Apr 2019' in text
    parse_html(text)


def test_answer_lists_days_when_more_than_one() -> None:
    text = render_answer(answer(days=3))
    assert "<b>By day</b>" in text
    assert "• 10 Apr 2019 — 1" in text


def test_empty_answer_says_none_recorded() -> None:
    a = answer()
    empty = Answer(a.question, 0)
    assert render_answer(empty) == "<b>Latakia</b> · 8–14 Apr 2019: no ceasefire violations recorded."


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (date(2019, 4, 9), date(2019, 4, 9), "9 Apr 2019"),
        (date(2019, 4, 8), date(2019, 4, 14), "8–14 Apr 2019"),
        (date(2019, 3, 28), date(2019, 4, 3), "28 Mar – 3 Apr 2019"),
        (date(2018, 12, 28), date(2019, 1, 3), "28 Dec 2018 – 3 Jan 2019"),
    ],
)
def test_periods_read_naturally(start: date, end: date, label: str) -> None:
    assert fmt_range(start, end) == label


def test_long_text_splits_on_line_boundaries_into_valid_parts() -> None:
    # Answers are capped now; several of them in one text still exceed one message.
    text = "\n\n".join(render_answer(answer(places=30, reports=10, days=7)) for _ in range(6))
    assert utf16_len(text) > TELEGRAM_LIMIT
    parts = split_html(text)
    assert len(parts) >= 2
    for part in parts:
        assert utf16_len(part) <= TELEGRAM_LIMIT
        parse_html(part)  # each part is valid HTML on its own
    # Every line arrives whole and in order (only blank lines at a cut may go).
    assert [ln for p in parts for ln in p.split("\n") if ln] == [ln for ln in text.split("\n") if ln]


def test_a_single_overlong_line_is_cut_as_escaped_text() -> None:
    line = "<b>" + esc("x & y " * 2000) + "</b>"
    parts = split_html(line)
    assert len(parts) >= 3
    for part in parts:
        assert utf16_len(part) <= TELEGRAM_LIMIT
        assert "<b>" not in part
        parse_html(part)
    assert "".join(parse_html(p) for p in parts) == "x & y " * 2000


def test_emoji_count_double_toward_the_limit() -> None:
    parts = split_html("\n".join(["🇸🇾" * 300] * 10))
    for part in parts:
        assert utf16_len(part) <= TELEGRAM_LIMIT


@pytest.mark.parametrize(
    "bad", ["<b>x", "a < b", "AT&T", "<script>x</script>", "<b><i>x</b></i>", "<a>x</a>"]
)
def test_fake_server_rejects_html_telegram_rejects(bad: str) -> None:
    with pytest.raises(EntityParseError):
        parse_html(bad)


def test_fake_server_accepts_escaped_text_and_known_tags() -> None:
    good = '<b>A &amp; B</b> &lt;3 <a href="https://t.me/x/1?a=1&amp;b=2">link</a> <code>/v</code>'
    assert parse_html(good) == "A & B <3 link /v"


def test_big_answer_is_capped_with_a_more_line_and_exact_counts() -> None:
    big = dataclasses.replace(answer(places=150, reports=50, days=365), report_count=4263)
    text = render_answer(big)
    lines = text.splitlines()
    assert lines[0].endswith("150 places (4263 reports)")
    more = lines.index("… and 120 more places — ask about a province or a shorter period")
    assert more == 31  # the headline, then the 30 places with most violations
    assert "<b>By month</b>" in text
    assert "<b>By day</b>" not in text
    assert "… and 4253 earlier reports" in lines
    shown = [ln for ln in lines if "t.me/outlet/" in ln]
    assert [ln.split("outlet/")[1].split("?")[0] for ln in shown] == [str(i) for i in range(40, 50)]
    assert len(split_html(text)) == 1  # one chat message, not dozens


def test_small_answer_lists_everything_without_more_lines() -> None:
    text = render_answer(answer(places=30, reports=10, days=31))
    assert "more place" not in text
    assert "earlier report" not in text
    assert "<b>Reports</b>" in text
    assert "<b>By day</b>" in text
