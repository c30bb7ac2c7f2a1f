"""Sixth generalisation round for English (failure classes of blind rounds 21 and 22): one snippet per rule,
worded for this file (invented names and figures)."""

from __future__ import annotations

from datetime import date

from extraction.dates import find_published
from extraction.english import extract
from tests.test_extraction_round3 import RECEIVED, violations


def province_rows(text: str) -> dict[str | None, int]:
    """admin1 -> count of the violations found without a place."""
    return {i.admin1: i.count for i in extract(text, RECEIVED, {}).incidents if i.location is None}


def test_quoted_province_figures_after_the_province_of_with_dashes() -> None:
    text = (
        '"Our officers logged 14 breaches over the day: in the province of Hama - 6, Idlib - 5, Aleppo - 3," '
        "the monitoring group's bulletin said."
    )
    assert violations(text) == {(None, "Hama"): 6, (None, "Idlib"): 5, (None, "Aleppo"): 3}


def test_a_list_after_a_dash_that_follows_the_number_of_attacks() -> None:
    text = (
        "The ceasefire monitors said militants made 5 attacks in the truce zone — Burj al-Qasab (3), Tell Hawash (2) "
        "in Hama province."
    )
    assert violations(text) == {("Burj al-Qasab", "Hama"): 3, ("Tell Hawash", "Hama"): 2}


def test_a_dash_after_a_total_is_no_list_without_counted_places() -> None:
    text = "Rebels violated the truce 7 times - Russian centre, Al Qadam and Tishreen TV reported on Tuesday."
    assert violations(text) == {}


def test_semicolon_groups_after_a_passive_verb_may_open_with_a_dash() -> None:
    text = (
        "The truce was broken again. In Idlib province, Sfuhen (2) and Deir Sunbul (1) were targeted; in Hama "
        "province - Tell Sikkin (1) and Mouriq (3)."
    )
    assert violations(text) == {
        ("Sfuhen", "Idlib"): 2,
        ("Deir Sunbul", "Idlib"): 1,
        ("Tell Sikkin", "Hama"): 1,
        ("Mouriq", "Hama"): 3,
    }


def test_initiated_firing_in_several_sectors_and_firing_that_took_place_in_another() -> None:
    text = (
        "The army said the ceasefire was broken when enemy troops initiated unprovoked firing in Baroh, Gulpur and "
        "Degwar sectors. Later another round of firing took place in the Nowshera sector."
    )
    assert violations(text) == {
        ("Baroh", None): 1,
        ("Gulpur", None): 1,
        ("Degwar", None): 1,
        ("Nowshera", None): 1,
    }


def test_a_yearless_dateline_takes_its_year_from_the_page_copyright() -> None:
    text = (
        "World News | Politics | Defence\n\nMOSCOW, March 3. /TASS/. Militants fired on two villages, the centre "
        "said.\n\nTags: Syria\n© 2003-2017 News Agency. All rights reserved"
    )
    assert find_published(text, None) == date(2017, 3, 3)


def test_a_yearless_dateline_without_copyright_or_receipt_stays_undated() -> None:
    assert find_published("MOSCOW, March 3. /TASS/. Militants fired on two villages.", None) is None


def test_an_arabic_comma_in_an_english_dateline() -> None:
    text = "Truce breached in Daraa countryside\n\n9 March، 2017\n\nDaraa, SANA - Gunmen shelled Izraa on Wednesday."
    got = extract(text, None, {})
    assert got.published == date(2017, 3, 9)
    assert [(i.location, i.date) for i in got.incidents] == [("Izraa", date(2017, 3, 8))]


def test_prior_to_that_with_a_pluperfect_tells_history() -> None:
    text = (
        "Militants shelled Kinsabba in Latakia province on Tuesday, the centre said.\n\n"
        "The truce took hold in January. Prior to that, the army had retaken Kafr Nubl after rebels shelled "
        "Maaret Hurma and Hish."
    )
    assert violations(text) == {("Kinsabba", "Latakia"): 1}


def test_the_province_villages_of_later_in_a_list() -> None:
    text = (
        "Gunmen broke the truce and fired on Qabtan al-Jabal, and the Idlib villages of Kafr Amim and Tell Dadikh, "
        "the centre said."
    )
    assert violations(text)[("Kafr Amim", "Idlib")] == 1
