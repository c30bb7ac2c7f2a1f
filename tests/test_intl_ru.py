"""Russian bulletins: lists, repetition counts, province case forms, totals, datelines, weekdays.

Every sentence here is invented for the test (place names are real villages,
the events are not).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intl_helpers import days, places, province_sums, run


def test_genitive_province_closes_the_list_before_it() -> None:
    text = (
        "За сутки боевики обстреляли населенные пункты Кинсабба (дважды), Бдама и Эль-Кабир "
        "провинции Латакия, а также Кафр-Нбуда (трижды) провинции Хама."
    )
    assert places(text) == {
        ("Кинсабба", "Latakia", 2),
        ("Бдама", "Latakia", 1),
        ("Эль-Кабир", "Latakia", 1),
        ("Кафр-Нбуда", "Hama", 3),
    }


def test_locative_province_heads_the_list_after_it() -> None:
    text = (
        "По данным центра, в провинции Идлиб под обстрел попали населенные пункты Саракеб, "
        "Кафр-Амим и Тальменес."
    )
    assert places(text) == {("Саракеб", "Idlib", 1), ("Кафр-Амим", "Idlib", 1), ("Тальменес", "Idlib", 1)}


@pytest.mark.parametrize(
    ("phrase", "count"),
    [("(дважды)", 2), ("(трижды)", 3), ("(4 раза)", 4), ("(пять раз)", 5), ("(2)", 2), ("", 1)],
)
def test_repetition_counts(phrase: str, count: int) -> None:
    text = f"Боевики обстреляли населенный пункт Бдама {phrase} в провинции Латакия."
    assert places(text) == {("Бдама", "Latakia", count)}


def test_city_districts_and_outskirts() -> None:
    text = "Обстрелам подверглись кварталы Шейх-Максуд и Салах-эд-Дин города Алеппо, а также пригороды Хамы."
    assert places(text) == {("Шейх-Максуд", "Aleppo", 1), ("Салах-эд-Дин", "Aleppo", 1), ("Хамы", "Hama", 1)}


def test_province_totals_in_words_and_digits() -> None:
    text = (
        "Российская сторона зафиксировала девять нарушений режима прекращения огня: "
        "в провинции Латакия — пять обстрелов, в провинции Идлиб — 3, в провинции Алеппо — один."
    )
    result = run(text)
    assert result.reported_total == 9
    assert province_sums(text) == {"Latakia": 5, "Idlib": 3, "Aleppo": 1}


def test_turkish_side_figures_stay_out() -> None:
    text = (
        "По данным турецкой части комиссии, нарушений было шесть: четыре в Идлибе и два в Хаме. "
        "Российская часть комиссии отметила три нарушения в провинции Латакия."
    )
    assert run(text).reported_total == 3
    assert province_sums(text) == {"Latakia": 3}


def test_returnee_figures_are_not_violations() -> None:
    text = "За сутки домой вернулись 120 человек, в том числе в провинции Хомс – 40, в провинции Хама – 80."
    assert run(text).incidents == ()


def test_dateline_without_year_takes_the_forward_year() -> None:
    text = "МОСКВА, 7 марта. За сутки боевики обстреляли населенный пункт Бдама провинции Латакия."
    result = run(text, "2020-03-07T10:00:00")
    assert result.published == date(2020, 3, 7)
    assert days(text, "2020-03-07T10:00:00") == {date(2020, 3, 7)}


def test_weekday_resolves_to_the_latest_such_day() -> None:
    # 10 April 2019 is a Wednesday: "во вторник" is 9 April
    text = "Боевики обстреляли населенный пункт Бдама провинции Латакия, сообщили во вторник в центре."
    assert days(text, "2019-04-10T09:00:00") == {date(2019, 4, 9)}


def test_explicit_day_wins_over_the_article_date() -> None:
    text = (
        "10 апреля 2019 года.\nСообщается, что 8 апреля боевики "
        "обстреляли населенный пункт Бдама провинции Латакия."
    )
    assert days(text, "2019-04-10T09:00:00") == {date(2019, 4, 8)}


def test_dpr_total_goes_to_donetsk() -> None:
    text = (
        "ДОНЕЦК, 5 мая. За сутки ВСУ 12 раз нарушили режим "
        "прекращения огня, сообщили в представительстве ДНР. "
        "Под обстрел попали поселки Александровка и Саханка."
    )
    result = run(text, "2020-05-05T10:00:00")
    assert result.reported_total == 12
    assert province_sums(text, "2020-05-05T10:00:00") == {"Donetsk": 12}
    assert {i.location for i in result.incidents} == {"Александровка", "Саханка", None}


def test_statement_weekday_in_a_later_sentence_dates_the_list() -> None:
    # 10 April 2019 is a Wednesday; the centre spoke on Monday (8 April)
    text = (
        "Боевики обстреляли населенные пункты Бдама и Кинсабба провинции Латакия. "
        "Об этом в понедельник сообщил глава российского Центра по примирению."
    )
    assert days(text) == {date(2019, 4, 8)}


def test_recalled_events_and_other_headlines_are_left_out() -> None:
    text = (
        "Боевики обстреляли населенный пункт Бдама провинции Латакия.\n"
        "Ранее сообщалось, что боевики обстреляли населенный пункт Кинсабба провинции Латакия.\n"
        "Читайте также\n"
        "Боевики обстреляли Хан-Шейхун в провинции Идлиб"
    )
    assert places(text) == {("Бдама", "Latakia", 1)}


def test_times_with_no_named_place_is_the_total() -> None:
    text = "ЛУГАНСК, 3 апреля. Украинские силовики за сутки 14 раз обстреляли территорию ЛНР."
    result = run(text, "2019-04-03T10:00:00")
    assert result.reported_total == 14
    assert province_sums(text, "2019-04-03T10:00:00") == {"Luhansk": 14}


def test_each_province_heads_its_own_part_of_the_list() -> None:
    text = (
        "В провинции Латакия зафиксированы обстрелы населенных пунктов Кинсабба, Кабани; "
        "в провинции Идлиб — Саракеб; в провинции Алеппо — районы Рашидин, Хамдания."
    )
    assert places(text) == {
        ("Кинсабба", "Latakia", 1),
        ("Кабани", "Latakia", 1),
        ("Саракеб", "Idlib", 1),
        ("Рашидин", "Aleppo", 1),
        ("Хамдания", "Aleppo", 1),
    }


def test_a_shelled_provincial_capital_is_a_place() -> None:
    text = "Боевики обстреляли Алеппо (трижды) и населенный пункт Кабани провинции Латакия."
    assert places(text) == {("Алеппо", "Aleppo", 3), ("Кабани", "Latakia", 1)}
