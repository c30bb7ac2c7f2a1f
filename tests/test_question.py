"""The question parser: periods, places, kinds, languages and errors, each with a pinned "today"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction.model import VIOLATION, QuestionError
from extraction.places import fold, place_key
from extraction.question import parse_question

WED = date(2019, 4, 10)  # a Wednesday
MON = date(2019, 4, 8)
SUN = date(2019, 4, 14)


def d(text: str) -> date:
    return date.fromisoformat(text)


def period(text: str, today: date = WED) -> tuple[date, date]:
    q = parse_question(text, today)
    return q.start, q.end


# ---------------------------------------------------------------- periods (English)

PERIODS = [
    # no period: the last 7 days including today
    ("", WED, "2019-04-04", "2019-04-10"),
    ("latakia", WED, "2019-04-04", "2019-04-10"),
    # single days
    ("today", WED, "2019-04-10", "2019-04-10"),
    ("yesterday", WED, "2019-04-09", "2019-04-09"),
    ("the day before yesterday", WED, "2019-04-08", "2019-04-08"),
    ("yesterday", date(2020, 1, 1), "2019-12-31", "2019-12-31"),
    # calendar weeks, Monday-Sunday
    ("this week", WED, "2019-04-08", "2019-04-10"),
    ("this week", MON, "2019-04-08", "2019-04-08"),
    ("this week", SUN, "2019-04-08", "2019-04-14"),
    ("last week", WED, "2019-04-01", "2019-04-07"),
    ("last week", MON, "2019-04-01", "2019-04-07"),
    ("last week", SUN, "2019-04-01", "2019-04-07"),
    ("previous week", date(2020, 1, 2), "2019-12-23", "2019-12-29"),
    # calendar months and years
    ("this month", WED, "2019-04-01", "2019-04-10"),
    ("last month", WED, "2019-03-01", "2019-03-31"),
    ("last month", date(2020, 1, 15), "2019-12-01", "2019-12-31"),
    ("last month", date(2020, 3, 31), "2020-02-01", "2020-02-29"),
    ("this year", WED, "2019-01-01", "2019-04-10"),
    ("last year", WED, "2018-01-01", "2018-12-31"),
    # weekends: Saturday-Sunday of the previous / current week
    ("last weekend", WED, "2019-04-06", "2019-04-07"),
    ("last weekend", date(2019, 4, 15), "2019-04-13", "2019-04-14"),
    ("this weekend", SUN, "2019-04-13", "2019-04-14"),
    ("el fin de semana pasado", WED, "2019-04-06", "2019-04-07"),
    ("в прошлые выходные", WED, "2019-04-06", "2019-04-07"),
    # rolling windows ending today
    ("last 3 days", WED, "2019-04-08", "2019-04-10"),
    ("past 3 days", WED, "2019-04-08", "2019-04-10"),
    ("in the last 7 days", WED, "2019-04-04", "2019-04-10"),
    ("over the past two weeks", WED, "2019-03-28", "2019-04-10"),
    ("past week", WED, "2019-04-04", "2019-04-10"),
    ("last 2 months", WED, "2019-02-11", "2019-04-10"),
    ("past month", date(2019, 3, 31), "2019-03-01", "2019-03-31"),
    ("30 days", WED, "2019-03-12", "2019-04-10"),
    ("last 1 day", WED, "2019-04-10", "2019-04-10"),
    # ago
    ("3 days ago", WED, "2019-04-07", "2019-04-07"),
    ("a week ago", WED, "2019-04-01", "2019-04-07"),
    ("2 months ago", WED, "2019-02-01", "2019-02-28"),
    # weekdays look back
    ("tuesday", WED, "2019-04-09", "2019-04-09"),
    ("on wednesday", WED, "2019-04-10", "2019-04-10"),
    ("last wednesday", WED, "2019-04-03", "2019-04-03"),
    ("thursday", WED, "2019-04-04", "2019-04-04"),
    # months without a year: the latest occurrence up to today
    ("in March", date(2020, 2, 15), "2019-03-01", "2019-03-31"),
    ("in March", WED, "2019-03-01", "2019-03-31"),
    ("april", WED, "2019-04-01", "2019-04-10"),
    ("december", date(2020, 1, 5), "2019-12-01", "2019-12-31"),
    ("last april", WED, "2018-04-01", "2018-04-30"),
    ("in April 2018", WED, "2018-04-01", "2018-04-30"),
    ("April 2018", WED, "2018-04-01", "2018-04-30"),
    ("feb 2016", WED, "2016-02-01", "2016-02-29"),
    ("2018", WED, "2018-01-01", "2018-12-31"),
    ("in 2019", WED, "2019-01-01", "2019-04-10"),
    # days: the latest occurrence up to today
    ("April 10", date(2019, 4, 5), "2018-04-10", "2018-04-10"),
    ("April 10", WED, "2019-04-10", "2019-04-10"),
    ("on 9 April", WED, "2019-04-09", "2019-04-09"),
    ("10 April 2018", WED, "2018-04-10", "2018-04-10"),
    ("April 10, 2018", WED, "2018-04-10", "2018-04-10"),
    ("the 3rd of April", WED, "2019-04-03", "2019-04-03"),
    ("29 February", WED, "2016-02-29", "2016-02-29"),
    ("31 December", date(2020, 1, 1), "2019-12-31", "2019-12-31"),
    ("Tuesday 9 April", WED, "2019-04-09", "2019-04-09"),
    # numeric dates: ISO, day first
    ("2019-04-01", WED, "2019-04-01", "2019-04-01"),
    ("on 2018/12/31", WED, "2018-12-31", "2018-12-31"),
    ("03/04/2019", WED, "2019-04-03", "2019-04-03"),
    ("3.4.2019", WED, "2019-04-03", "2019-04-03"),
    ("03/04/19", WED, "2019-04-03", "2019-04-03"),
    ("04/25/2018", WED, "2018-04-25", "2018-04-25"),  # day first impossible: month first
    ("3.4", WED, "2019-04-03", "2019-04-03"),
    # since, ranges
    ("since 1 April", WED, "2019-04-01", "2019-04-10"),
    ("since March", WED, "2019-03-01", "2019-04-10"),
    ("since last week", WED, "2019-04-01", "2019-04-10"),
    ("since 2019-03-20", WED, "2019-03-20", "2019-04-10"),
    ("from 1 to 7 April", WED, "2019-04-01", "2019-04-07"),
    ("1-7 April", WED, "2019-04-01", "2019-04-07"),
    ("7-1 April", WED, "2019-04-01", "2019-04-07"),
    ("april 2 to 1", WED, "2019-04-01", "2019-04-02"),
    ("April 1-7, 2018", WED, "2018-04-01", "2018-04-07"),
    ("between 1 and 7 April", WED, "2019-04-01", "2019-04-07"),
    ("between the 1st and the 7th of April", WED, "2019-04-01", "2019-04-07"),
    ("from 1 April to 5 April", WED, "2019-04-01", "2019-04-05"),
    ("from 2019-03-01 to 2019-03-10", WED, "2019-03-01", "2019-03-10"),
    ("2019-03-01 - 2019-03-10", WED, "2019-03-01", "2019-03-10"),
    ("between March 2018 and May 2018", WED, "2018-03-01", "2018-05-31"),
    ("from december to february", WED, "2018-12-01", "2019-02-28"),
    ("from December to February 2018", WED, "2017-12-01", "2018-02-28"),
    ("from 1 April 2018 to 10 April", WED, "2018-04-01", "2018-04-10"),
    ("from last monday to yesterday", WED, "2019-04-08", "2019-04-09"),
    # reversed ranges are swapped
    ("from 10 April 2018 to 1 April 2018", WED, "2018-04-01", "2018-04-10"),
    ("from 7 April to 1 April", WED, "2019-04-01", "2019-04-07"),
    # partly future periods are clipped to today
    ("April 2019", date(2019, 4, 3), "2019-04-01", "2019-04-03"),
    ("from 1 April to 30 April 2019", WED, "2019-04-01", "2019-04-10"),
    # hours: days are the finest grain, so 24 hours reach into yesterday
    ("last 24 hours", WED, "2019-04-09", "2019-04-10"),
    ("за последние 48 часов", WED, "2019-04-08", "2019-04-10"),
    # year-month
    ("hama 2019-03", WED, "2019-03-01", "2019-03-31"),
    ("since 2019-03", WED, "2019-03-01", "2019-04-10"),
    # "from" alone is not "since": "violations of April"
    ("from april", WED, "2019-04-01", "2019-04-10"),
    ("violations from march", WED, "2019-03-01", "2019-03-31"),
    # rarer forms through dateparser
    ("on the 3rd", WED, "2019-04-03", "2019-04-03"),
]


@pytest.mark.parametrize(("text", "today", "start", "end"), PERIODS, ids=[f"{p[0]}@{p[1]}" for p in PERIODS])
def test_periods(text: str, today: date, start: str, end: str) -> None:
    assert period(text, today) == (d(start), d(end))


def test_question_without_period_covers_seven_days_whatever_today() -> None:
    for offset in range(0, 400, 37):
        today = date(2019, 1, 1) + timedelta(days=offset)
        start, end = period("idlib", today)
        assert (end - start).days == 6
        assert end == today


# ---------------------------------------------------------------- labels

LABELS = [
    ("yesterday", "9 Apr 2019"),
    ("last week", "1–7 Apr 2019"),
    ("from 28 March to 3 April", "28 Mar – 3 Apr 2019"),
    ("from 28 December 2018 to 3 January 2019", "28 Dec 2018 – 3 Jan 2019"),
    ("in March", "1–31 Mar 2019"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_period_label(text: str, label: str) -> None:
    assert parse_question(text, WED).period_label == label


# ---------------------------------------------------------------- places

PROVINCES = [
    ("latakia", "Latakia"),
    ("Lattakia last week", "Latakia"),
    ("violations in Al-Ladhiqiyah", "Latakia"),
    ("in the latakia province last week", "Latakia"),
    ("latakia governorate", "Latakia"),
    ("rural damascus", "Rif Dimashq"),
    ("Rif Dimashq yesterday", "Rif Dimashq"),
    ("rural idlib", "Idlib"),
    ("northern hama last month", "Hama"),
    ("Deir ez-Zor", "Deir ez-Zor"),
    ("deir ez zor since march", "Deir ez-Zor"),
    ("donetsk oblast", "Donetsk"),
    ("shelling in the province of aleppo", "Aleppo"),
    ("IDLIB", "Idlib"),
]


@pytest.mark.parametrize(("text", "name"), PROVINCES)
def test_provinces_in_any_spelling(text: str, name: str) -> None:
    place = parse_question(text, WED).place
    assert place is not None
    assert (place.level, place.name, place.key) == ("admin1", name, name)


TOWNS = [
    ("Jurin last week", "Jurin", "Djurin"),
    ("jurin", "Jurin", "Jourin"),
    ("ruyeset-iskander", "Ruyeset-Iskander", "Rwaisat Iskander"),
    ("Rwaisat Iskander yesterday", "Rwaisat Iskander", "Ruayset-Iskander"),
    ("ma'arrat al-nu'man", "Ma'arrat Al-Nu'man", "Maarrat al-Numan"),
    ("at Safsafa", "Safsafa", "Safsafa"),
    ("Mar Elias", "Mar Elias", "Mar Elias"),  # an abbreviation without a number is not a month
    ("El Bab in april", "El Bab", "al-Bab"),
    ("the village of kabani", "Kabani", "Kabbani"),
]


@pytest.mark.parametrize(("text", "name", "variant"), TOWNS)
def test_towns_keep_their_spelling_and_match_variants(text: str, name: str, variant: str) -> None:
    place = parse_question(text, WED).place
    assert place is not None
    assert (place.level, place.name) == ("location", name)
    assert place.key == place_key(variant)


CASE_FORMS = [
    ("латакии", "Latakia"),
    ("в Латакию", "Latakia"),
    ("в Идлибе", "Idlib"),
    ("в провинции Хама", "Hama"),
    ("Хаме", "Hama"),
    ("Донецкой области", "Donetsk"),
    ("Херсоне", "Kherson"),
    ("Дейр-эз-Зоре", "Deir ez-Zor"),
    ("у Латакії", "Latakia"),
    ("في اللاذقية", "Latakia"),
    ("باللاذقية", "Latakia"),
    ("وحماة", "Hama"),
    ("في ريف حماة الشمالي", "Hama"),
    ("بريف إدلب", "Idlib"),
    ("محافظة حلب", "Aleppo"),
]


@pytest.mark.parametrize(("text", "name"), CASE_FORMS)
def test_province_case_forms_and_attached_prepositions(text: str, name: str) -> None:
    place = parse_question(text, WED).place
    assert place is not None
    assert (place.level, place.name) == ("admin1", name)


def test_no_place_means_everywhere() -> None:
    assert parse_question("last week", WED).place is None
    assert parse_question("violations in the province last week", WED).place is None


# ---------------------------------------------------------------- kinds

KINDS = [
    ("latakia last week", VIOLATION),
    ("shelling latakia", "shelling"),
    ("airstrikes in idlib", "airstrike"),
    ("air strikes in idlib", "airstrike"),
    ("clashes in hama yesterday", "clash"),
    ("explosions aleppo", "explosion"),
    ("attacks daraa", "attack"),
    ("ceasefire violations latakia", VIOLATION),
    ("all latakia", None),
    ("incidents in latakia", None),
    ("обстрелы латакия", "shelling"),
    ("bombardements à Alep", "shelling"),
    ("قصف اللاذقية", "shelling"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind_words(text: str, kind: str | None) -> None:
    q = parse_question(text, WED)
    assert q.kind == kind
    assert q.place is not None  # the kind word is not part of the place


def test_kind_word_overrides_argument_and_argument_is_default() -> None:
    assert parse_question("latakia", WED, kind=None).kind is None
    assert parse_question("latakia", WED, kind="clash").kind == "clash"
    assert parse_question("shelling latakia", WED, kind=None).kind == "shelling"
    assert parse_question("all latakia", WED, kind="clash").kind is None


# ---------------------------------------------------------------- other languages

MULTILINGUAL = [
    # Russian
    ("латакия прошлая неделя", "Latakia", "2019-04-01", "2019-04-07"),
    ("в латакии на прошлой неделе", "Latakia", "2019-04-01", "2019-04-07"),
    ("Латакия сегодня", "Latakia", "2019-04-10", "2019-04-10"),
    ("вчера в Идлибе", "Idlib", "2019-04-09", "2019-04-09"),
    ("эта неделя", None, "2019-04-08", "2019-04-10"),
    ("на этой неделе в Хаме", "Hama", "2019-04-08", "2019-04-10"),
    ("за последние 3 дня", None, "2019-04-08", "2019-04-10"),
    ("в апреле 2018 года", None, "2018-04-01", "2018-04-30"),
    ("в прошлом месяце", None, "2019-03-01", "2019-03-31"),
    ("с 1 по 7 апреля", None, "2019-04-01", "2019-04-07"),
    ("с 1 апреля", None, "2019-04-01", "2019-04-10"),
    ("10-го апреля", None, "2019-04-10", "2019-04-10"),
    ("Донецкой области 3 дня назад", "Donetsk", "2019-04-07", "2019-04-07"),
    # Ukrainian
    ("вчора", None, "2019-04-09", "2019-04-09"),
    ("минулого тижня", None, "2019-04-01", "2019-04-07"),
    ("цього місяця у Латакії", "Latakia", "2019-04-01", "2019-04-10"),
    ("у квітні 2018 року", None, "2018-04-01", "2018-04-30"),
    ("за останні 2 тижні", None, "2019-03-28", "2019-04-10"),
    # Arabic
    ("اللاذقية", "Latakia", "2019-04-04", "2019-04-10"),
    ("اليوم", None, "2019-04-10", "2019-04-10"),
    ("أمس في ريف إدلب", "Idlib", "2019-04-09", "2019-04-09"),
    ("الأسبوع الماضي في اللاذقية", "Latakia", "2019-04-01", "2019-04-07"),
    ("الشهر الماضي", None, "2019-03-01", "2019-03-31"),
    ("آخر 3 أيام", None, "2019-04-08", "2019-04-10"),
    ("خلال الأيام الثلاثة الماضية", None, "2019-04-08", "2019-04-10"),
    ("في نيسان 2018", None, "2018-04-01", "2018-04-30"),
    ("باللاذقية منذ ٣ نيسان", "Latakia", "2019-04-03", "2019-04-10"),
    # French
    ("hier", None, "2019-04-09", "2019-04-09"),
    ("la semaine dernière à Lattaquié", "Latakia", "2019-04-01", "2019-04-07"),
    ("cette semaine", None, "2019-04-08", "2019-04-10"),
    ("le mois dernier", None, "2019-03-01", "2019-03-31"),
    ("avant-hier", None, "2019-04-08", "2019-04-08"),
    ("les 3 derniers jours", None, "2019-04-08", "2019-04-10"),
    ("du 1er au 7 avril", None, "2019-04-01", "2019-04-07"),
    ("l'année dernière", None, "2018-01-01", "2018-12-31"),
    # Portuguese
    ("ontem", None, "2019-04-09", "2019-04-09"),
    ("semana passada em Alepo", "Aleppo", "2019-04-01", "2019-04-07"),
    ("nos últimos 3 dias", None, "2019-04-08", "2019-04-10"),
    ("em março", None, "2019-03-01", "2019-03-31"),
    # Spanish
    ("ayer", None, "2019-04-09", "2019-04-09"),
    ("la semana pasada", None, "2019-04-01", "2019-04-07"),
    ("el mes pasado", None, "2019-03-01", "2019-03-31"),
    ("10 de abril de 2018", None, "2018-04-10", "2018-04-10"),
    ("entre el 1 y el 7 de abril", None, "2019-04-01", "2019-04-07"),
    ("violaciones de abril", None, "2019-04-01", "2019-04-10"),
    ("hace 2 días", None, "2019-04-08", "2019-04-08"),
    # German
    ("gestern", None, "2019-04-09", "2019-04-09"),
    ("letzte Woche", None, "2019-04-01", "2019-04-07"),
    ("diesen Monat", None, "2019-04-01", "2019-04-10"),
    ("am 10. März 2018", None, "2018-03-10", "2018-03-10"),
    ("in den letzten 3 Tagen", None, "2019-04-08", "2019-04-10"),
    ("vom 1. bis 7. April", None, "2019-04-01", "2019-04-07"),
]


@pytest.mark.parametrize(("text", "province", "start", "end"), MULTILINGUAL, ids=[m[0] for m in MULTILINGUAL])
def test_questions_in_other_languages(text: str, province: str | None, start: str, end: str) -> None:
    q = parse_question(text, WED)
    assert (q.start, q.end) == (d(start), d(end))
    if province is None:
        assert q.place is None
    else:
        assert q.place is not None
        assert (q.place.level, q.place.name) == ("admin1", province)


def test_russian_and_arabic_questions_meet_the_english_province() -> None:
    english = parse_question("latakia last week", WED)
    assert parse_question("латакия прошлая неделя", WED) == english
    assert parse_question("اللاذقية الأسبوع الماضي", WED) == english


def test_invisible_characters_do_not_change_the_question() -> None:
    plain = parse_question("latakia last week", WED)
    assert parse_question("lat\u200bakia\u200f last  week\u200e", WED) == plain
    assert parse_question("\u202bاللاذقية\u202c الأسبوع الماضي", WED) == plain
    assert parse_question("latakia\tlast\nweek", WED) == plain


# ---------------------------------------------------------------- errors

ERRORS = [
    ("31 February", "31 February is not a date"),
    ("2019-02-30", "is not a date"),
    ("2019-13", "2019-13 is not a date"),
    ("since 2019-13-01", "is not a date"),
    ("0000-01-01", "out of range"),
    ("1.1.1850", "out of range"),
    ("00.00.0000", "is not a date"),
    ("32/13/2019", "is not a date"),
    ("latakia 5", "“5”"),
    ("latakia 12345", "“12345”"),
    ("tomorrow", "in the future"),
    ("in 2030", "in the future"),
    ("this sunday", "in the future"),
    ("this weekend", "in the future"),
    ("<b>latakia</b>", "character"),
    ("latakia 🙂", "character"),
    ("latakia \x00", "control characters"),
    ("x" * 201, "too long"),
    ("one two three four five six seven", "too long for a place"),
    ("idlib last week hama", "one place at a time"),
    ("idlib and hama", "one place at a time"),
    ("shelling clashes latakia", "one kind at a time"),
    ("yesterday 2018", "one period at a time"),
    ("last 5000 years", "too far back"),
    ("lаtakia", "as a place"),  # Cyrillic а inside a Latin word
    ("q", "as a place"),
]


@pytest.mark.parametrize(("text", "fragment"), ERRORS, ids=[e[0][:30] for e in ERRORS])
def test_unreadable_questions_get_a_short_message_with_an_example(text: str, fragment: str) -> None:
    with pytest.raises(QuestionError) as caught:
        parse_question(text, WED)
    message = str(caught.value)
    assert fragment in message
    assert "Try: /violations " in message
    assert len(message) < 200
    example = message.split("Try: /violations ", 1)[1]
    parse_question(example, WED)  # the example offered really works


def test_hostile_text_is_just_an_unknown_town() -> None:
    place = parse_question("'; DROP TABLE incidents; --", WED).place
    assert place is not None
    assert (place.level, place.name) == ("location", "DROP TABLE")


# ---------------------------------------------------------------- robustness

WORDS = st.sampled_from(
    "latakia last week from to 1 april 2019 - между и في since ago 3 days 31 10/04 de".split(" ")  # noqa: SIM905
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=250), st.lists(WORDS, max_size=12).map(" ".join)))
def test_any_text_is_a_question_or_a_question_error(text: str) -> None:
    try:
        q = parse_question(text, WED)
    except QuestionError as exc:
        message = str(exc)
    else:
        assert q.start <= q.end <= WED
        assert q.period_label
        return
    assert "Try:" in message


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.characters(categories=["Lu", "Ll", "Lo", "Nd", "Zs", "Cf", "Mn", "Pd"]), max_size=200
    ),
    st.dates(),
)
def test_letters_marks_and_digits_in_any_script_never_crash(text: str, today: date) -> None:
    try:
        q = parse_question(text, today)
    except QuestionError:
        return
    assert q.start <= q.end <= today


# ---------------------------------------------------------------- the vocabulary file


def test_vocabulary_gives_each_word_one_meaning_per_role() -> None:
    data = json.loads((resources.files("extraction") / "data" / "question_words.json").read_text("utf-8"))
    langs = [k for k in data if not k.startswith("_")]
    assert set(langs) == {"en", "ru", "uk", "ar", "fr", "pt", "es", "de"}
    seen: dict[tuple[str, str], str] = {}
    for lang in langs:
        block = data[lang]
        assert set(block["months"]) == {str(m) for m in range(1, 13)}, lang
        assert set(block["weekdays"]) == {str(w) for w in range(7)}, lang
        assert {"today", "yesterday"} <= set(block["relative"]), lang
        for table in ("months", "month_abbreviations", "weekdays", "numbers", "units", "kinds", "relative"):
            for value, words in block.get(table, {}).items():
                for word in words:
                    key = (table, fold(word))
                    assert seen.setdefault(key, value) == value, f"{lang}: {word!r} in {table}"
