"""Hostile input to the non-English rules: odd Unicode, RTL marks, huge texts and numbers never raise."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from extraction import intl
from extraction.article import extract_article

RECEIVED = datetime(2019, 4, 10, 9, 0, tzinfo=UTC)
LANGS = ("ru", "uk", "ar", "fr", "pt", "es", "de")


def test_zero_width_and_bidi_marks_do_not_hide_places() -> None:
    text = "Боевики обстреляли населенный пункт Бд\u200bама\u200f (дважды) провинции Лата\u2066кия."
    found = {(i.location, i.admin1, i.count) for i in extract_article(text, RECEIVED).incidents}
    assert found == {("Бдама", "Latakia", 2)}


def test_rtl_text_with_mixed_scripts() -> None:
    text = "\u202bقصف المسلحون قرية بداما \u200fمرتين في ريف اللاذقية\u202c وSafsafa (٣)."
    result = extract_article(text, RECEIVED)
    assert ("بداما", "Latakia", 2) in {(i.location, i.admin1, i.count) for i in result.incidents}


@pytest.mark.parametrize("lang", LANGS)
def test_random_unicode_never_raises(lang: str) -> None:
    rng = random.Random(lang)
    alphabet = (
        "".join(chr(c) for c in range(0x20, 0x2FFF) if not 0xD800 <= c <= 0xDFFF) + "\u200b\u200f\u202e\ufeff"
    )
    for _ in range(30):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        result = intl.extract(text, lang, RECEIVED, {})
        assert all(i.count >= 1 for i in result.incidents)


@pytest.mark.parametrize("lang", LANGS)
def test_huge_numbers_are_not_counts(lang: str) -> None:
    digits = "9" * 5000
    text = (
        f"Боевики {digits} раз обстреляли населенный пункт Бдама "
        f"({digits}) провинции Латакия, {digits} обстрелов."
    )
    result = intl.extract(text, lang, RECEIVED, {})
    assert all(i.count < 100_000 for i in result.incidents)
    assert result.reported_total is None or result.reported_total < 100_000


def test_one_megabyte_text_is_read() -> None:
    unit = "Боевики обстреляли населенные пункты Бдама (дважды) и Кинсабба провинции Латакия. "
    text = unit * (1_000_000 // len(unit))
    found = {(i.location, i.admin1, i.count) for i in intl.extract(text, "ru", RECEIVED, {}).incidents}
    assert found == {("Бдама", "Latakia", 2), ("Кинсабба", "Latakia", 1)}


def test_one_line_megabyte_without_sentence_breaks() -> None:
    text = "Бдама, " * 150_000 + "провинции Латакия"
    result = intl.extract(text, "ru", RECEIVED, {})
    assert isinstance(result.incidents, tuple)


def test_no_dates_anywhere_still_dates_incidents() -> None:
    result = intl.extract(
        "Les radicaux ont pilonné la localité de Bdama, dans la province de Lattaquié.", "fr", None, {}
    )
    assert len(result.incidents) == 1
    assert result.incidents[0].date is not None


def test_unknown_language_code_falls_back() -> None:
    result = intl.extract("Militants shelled Bdama.", "xx", RECEIVED, {})
    assert result.language == "xx"


def test_learned_province_fills_a_bare_town() -> None:
    from extraction.places import place_key

    text = "Боевики обстреляли населенный пункт Бдама."
    learned = {place_key("Bdama"): "Latakia"}
    found = {(i.location, i.admin1) for i in intl.extract(text, "ru", RECEIVED, learned).incidents}
    assert found == {("Бдама", "Latakia")}
