"""Ukrainian reports: lists in the genitive, counts, oblast forms, explicit days. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, run


def test_list_after_district_word_keeps_printed_forms() -> None:
    text = "Під обстріл потрапили райони Мар'їнки, Кримського та Водяного."
    assert places(text, "2020-06-02T08:00:00") == {
        ("Мар'їнки", None, 1),
        ("Кримського", None, 1),
        ("Водяного", None, 1),
    }


@pytest.mark.parametrize(("phrase", "count"), [("двічі", 2), ("тричі", 3), ("4 рази", 4)])
def test_counts_before_the_place(phrase: str, count: int) -> None:
    text = f"Окупанти {phrase} обстріляли позиції ЗСУ поблизу Пісків Донецької області."
    found = places(text, "2020-06-02T08:00:00")
    assert found == {("Пісків", "Donetsk", count)}


def test_oblast_in_the_genitive_and_locative() -> None:
    text = "Бойовики обстріляли селище Луганське в Донецькій області та село Кримське Луганської області."
    assert places(text, "2020-06-02T08:00:00") == {("Луганське", "Donetsk", 1), ("Кримське", "Luhansk", 1)}


def test_explicit_day_then_the_next() -> None:
    text = (
        "Минулої доби, 1 червня, бойовики 5 разів порушили режим тиші. Під обстріл потрапили райони Пісків. "
        "Від початку поточної доби, 2 червня, окупанти двічі обстріляли позиції ОС у районі Невельського."
    )
    result = run(text, "2020-06-02T08:00:00")
    assert {(i.location, i.date) for i in result.incidents} == {
        ("Пісків", date(2020, 6, 1)),
        ("Невельського", date(2020, 6, 2)),
    }


def test_weekday() -> None:
    # 2 June 2020 is a Tuesday; "у неділю" is 31 May
    text = "У неділю бойовики обстріляли позиції ОС біля села Піски."
    assert days(text, "2020-06-02T08:00:00") == {date(2020, 5, 31)}


def test_full_calm_is_a_zero_total() -> None:
    text = "На Донбасі зберігається повна тиша: жодного порушення режиму припинення вогню не зафіксовано."
    result = run(text, "2020-08-17T08:00:00")
    assert result.reported_total == 0
    assert result.incidents == ()
