"""Eighth generalisation round for English (failure classes of the earlier blind rounds and of round 30): one
snippet per rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from tests.test_extraction_round3 import violations


def test_a_district_owned_by_the_city_in_lower_case_is_the_place() -> None:
    text = (
        "Breaking the truce, in Aleppo province the gunmen fired at the city's al-Ashrafiyah district three "
        "times and at the town's western quarter of Bustan al-Basha once."
    )
    assert violations(text) == {("al-Ashrafiyah", "Aleppo"): 3, ("Bustan al-Basha", "Aleppo"): 1}


def test_an_attack_with_its_target_between_commas_is_one_noun_phrase() -> None:
    text = "The truce was broken overnight. One more attack, on the hamlet of Zuwayk, was logged in Idlib province."
    assert violations(text) == {("Zuwayk", "Idlib"): 1}


def test_a_province_in_the_places_own_sentence_wins_over_the_paragraphs_earlier_one() -> None:
    text = (
        "Breaking the truce, gunmen shelled Ghanto (twice) in Homs province. Attacks on Bustan and Rabia "
        "were also logged in Latakia province."
    )
    assert violations(text) == {("Ghanto", "Homs"): 2, ("Bustan", "Latakia"): 1, ("Rabia", "Latakia"): 1}
