"""Portuguese bulletins: accents present or absent, 'duas vezes', totals, 'no sábado'. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, province_sums, run


@pytest.mark.parametrize("provincia", ["província", "provincia"])
def test_list_with_and_without_accent(provincia: str) -> None:
    text = f"Os militantes atacaram os assentamentos de Kinsabba, Arafit e Bdama na {provincia} de Latakia."
    assert places(text) == {("Kinsabba", "Latakia", 1), ("Arafit", "Latakia", 1), ("Bdama", "Latakia", 1)}


@pytest.mark.parametrize(("phrase", "count"), [("(duas vezes)", 2), ("(três vezes)", 3), ("(3)", 3)])
def test_counts_after_the_place(phrase: str, count: int) -> None:
    text = f"Os terroristas atacaram a aldeia de Bdama {phrase}, na província de Latakia."
    assert places(text) == {("Bdama", "Latakia", count)}


def test_count_before_the_place() -> None:
    text = "Os terroristas atacaram duas vezes Kafr Nbuda, na província de Hama."
    assert places(text) == {("Kafr Nbuda", "Hama", 2)}


def test_totals() -> None:
    text = "Foram registradas cinco violações: três na província de Idlib e duas na província de Hama."
    assert run(text).reported_total == 5
    assert province_sums(text) == {"Idlib": 3, "Hama": 2}


def test_dateline_and_weekday() -> None:
    # 13 April 2019 is a Saturday; the post is dated Sunday 14 April
    text = (
        "14 de abril de 2019\n\nNas últimas 24 horas, militantes atacaram a aldeia de Bdama, "
        "na província de Latakia, informou no sábado o centro russo."
    )
    result = run(text, None)
    assert result.published == date(2019, 4, 14)
    assert days(text, None) == {date(2019, 4, 13)}
