"""German bulletins: capitalised nouns beside names, 'zweimal', 'in der Provinz', weekdays.

The sentences are invented for the tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, province_sums, run


def test_settlements_in_a_province() -> None:
    text = "Terroristen haben die Siedlungen Kinsabba und Bdama in der Provinz Latakia beschossen."
    assert places(text) == {("Kinsabba", "Latakia", 1), ("Bdama", "Latakia", 1)}


@pytest.mark.parametrize(("phrase", "count"), [("zweimal", 2), ("dreimal", 3), ("(2)", 2)])
def test_repetition_counts(phrase: str, count: int) -> None:
    text = f"Militante haben das Dorf Bdama {phrase} in der Provinz Latakia beschossen."
    assert places(text) == {("Bdama", "Latakia", count)}


def test_outskirts_of_a_city_are_the_city() -> None:
    text = (
        "Ukrainische Truppen haben die Vororte von Gorlowka mit Mörsern "
        "angegriffen, meldet die Volksrepublik Donezk."
    )
    assert places(text, "2018-08-18T10:00:00") == {("Gorlowka", "Donetsk", 1)}


def test_weekday_evening() -> None:
    # 18 August 2018 is a Saturday: "am Freitagabend" is 17 August
    text = "Am Freitagabend wurde das Dorf Saizewo in der Volksrepublik Donezk beschossen."
    assert days(text, "2018-08-18T10:00:00") == {date(2018, 8, 17)}


def test_total_and_province_totals() -> None:
    text = (
        "Binnen 24 Stunden wurden vier Verstöße registriert: drei in der "
        "Provinz Idlib und einer in der Provinz Hama."
    )
    assert run(text).reported_total == 4
    assert province_sums(text) == {"Idlib": 3, "Hama": 1}


def test_count_after_the_province() -> None:
    text = "Die Siedlung Al-Bab in der Provinz Aleppo wurde zweimal angegriffen."
    assert places(text) == {("Al-Bab", "Aleppo", 2)}
