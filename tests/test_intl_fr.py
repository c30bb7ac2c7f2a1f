"""French bulletins: 'localités de A, de B et de C', 'à deux reprises', gouvernorats, dates.

The sentences are invented for the tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, province_sums, run


def test_list_with_repeated_de_and_elision() -> None:
    text = (
        "Les radicaux ont pilonné les localités de Kinsabba, d'Arafit et de Bdama dans le gouvernorat de "
        "Lattaquié ainsi que le village de Kafr Nbuda dans la province de Hama."
    )
    assert places(text) == {
        ("Kinsabba", "Latakia", 1),
        ("Arafit", "Latakia", 1),
        ("Bdama", "Latakia", 1),
        ("Kafr Nbuda", "Hama", 1),
    }


@pytest.mark.parametrize(("phrase", "count"), [("à deux reprises", 2), ("trois fois", 3), ("(2)", 2)])
def test_repetition_counts(phrase: str, count: int) -> None:
    text = f"Les terroristes ont visé la localité de Bdama {phrase}, dans la province de Lattaquie."
    assert places(text) == {("Bdama", "Latakia", count)}


def test_province_totals() -> None:
    text = (
        "Le cessez-le-feu a été violé six fois au cours des dernières 24 heures. "
        "« Trois violations ont été constatées dans la province "
        "d'Idleb, deux dans celle de Hama et une à Alep »."
    )
    assert run(text).reported_total == 6
    assert province_sums(text) == {"Idlib": 3, "Hama": 2, "Aleppo": 1}


def test_districts_of_a_city() -> None:
    text = "Des tirs ont visé les quartiers de Ramoussa et de Cheikh Saïd de la ville d'Alep."
    assert places(text) == {("Ramoussa", "Aleppo", 1), ("Cheikh Saïd", "Aleppo", 1)}


def test_weekday_and_explicit_day() -> None:
    # 10 April 2019 is a Wednesday
    text = (
        "Les radicaux ont pilonné la localité de Bdama, dans le "
        "gouvernorat de Lattaquié, a déclaré lundi le centre."
    )
    assert days(text) == {date(2019, 4, 8)}
    dated = "Le 7 avril, les radicaux ont pilonné la localité de Bdama, dans le gouvernorat de Lattaquié."
    assert days(dated) == {date(2019, 4, 7)}


def test_reconciliation_agreements_are_not_incidents() -> None:
    text = (
        "Deux accords de cessez-le-feu ont été signés avec les localités "
        "de Kinsabba et de Bdama, province de Lattaquié."
    )
    assert run(text).incidents == ()


def test_count_after_a_passive_verb() -> None:
    text = "La ville de Horlivka a été bombardée à trois reprises, a indiqué la représentation de la RPD."
    assert places(text, "2020-04-08T10:00:00") == {("Horlivka", "Donetsk", 3)}
