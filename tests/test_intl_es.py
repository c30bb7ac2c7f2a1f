"""Spanish bulletins: 'cerca de', 'dos veces', 'en N ocasiones', 'ayer, 15 de julio'. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, province_sums, run


def test_list_with_gobernacion() -> None:
    text = "Los grupos armados atacaron las localidades de Kinsabba y Bdama, en la gobernación de Latakia."
    assert places(text) == {("Kinsabba", "Latakia", 1), ("Bdama", "Latakia", 1)}


@pytest.mark.parametrize(("phrase", "count"), [("dos veces", 2), ("en tres ocasiones", 3), ("(2)", 2)])
def test_repetition_counts(phrase: str, count: int) -> None:
    text = f"Los rebeldes atacaron la aldea de Bdama {phrase}, en la provincia de Latakia."
    assert places(text) == {("Bdama", "Latakia", count)}


def test_cerca_de_items_without_province() -> None:
    text = "El enemigo disparó con morteros cerca de Avdíivka; con armas pequeñas cerca de Pisky y Opytne."
    assert places(text, "2021-07-16T08:00:00") == {
        ("Avdíivka", None, 1),
        ("Pisky", None, 1),
        ("Opytne", None, 1),
    }


def test_total_in_occasions_and_yesterday() -> None:
    text = (
        "Ayer, 14 de julio, las fuerzas enemigas violaron en 5 ocasiones el alto el fuego. "
        "El enemigo disparó cerca de Pisky."
    )
    result = run(text, "2021-07-15T08:00:00")
    assert result.reported_total == 5
    assert days(text, "2021-07-15T08:00:00") == {date(2021, 7, 14)}


def test_province_totals() -> None:
    text = (
        "Se registraron cuatro violaciones del alto el fuego: tres en la "
        "provincia de Alepo y una en la provincia de Hama."
    )
    assert province_sums(text) == {"Aleppo": 3, "Hama": 1}


def test_no_shots_is_zero() -> None:
    text = "Hasta las 12 horas no se ha registrado ningún bombardeo en la zona de la operación."
    assert run(text, "2021-03-19T12:00:00").reported_total == 0


def test_la_de_province_totals() -> None:
    text = (
        "Se registraron siete violaciones: cuatro en la provincia de Idlib, "
        "dos en la de Latakia y una en la de Hama."
    )
    assert province_sums(text) == {"Idlib": 4, "Latakia": 2, "Hama": 1}
