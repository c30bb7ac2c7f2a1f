"""Arabic bulletins: attached prepositions and the article, duals, 'مرتين', Arabic-Indic digits.

The sentences are invented for the tests.
"""

from __future__ import annotations

from datetime import date

from tests.intl_helpers import days, places, province_sums, run


def test_villages_in_the_countryside_of_a_province() -> None:
    text = "قصف المسلحون قرية كنسبا وقرية بداما بريف اللاذقية."
    assert places(text) == {("كنسبا", "Latakia", 1), ("بداما", "Latakia", 1)}


def test_twice_after_a_village() -> None:
    text = "استهدف المسلحون بلدة كفرنبودة مرتين في ريف حماة الشمالي."
    assert places(text) == {("كفرنبودة", "Hama", 2)}


def test_three_times() -> None:
    text = "قصف المسلحون قرية بداما ثلاث مرات في محافظة اللاذقية."
    assert places(text) == {("بداما", "Latakia", 3)}


def test_province_totals_with_each_and_dual() -> None:
    text = (
        "سجل الجانب الروسي 7 انتهاكات، منها 3 في محافظة إدلب، و2 في كل من حلب واللاذقية. "
        "وفي المقابل سجل الجانب التركي 9 انتهاكات في محافظة حماة."
    )
    assert run(text).reported_total == 7
    assert province_sums(text) == {"Idlib": 3, "Aleppo": 2, "Latakia": 2}


def test_dual_over_two_provinces() -> None:
    text = "رصد الجانب الروسي خرقين لنظام وقف إطلاق النار في محافظتي حماة وإدلب."
    assert run(text).reported_total == 2
    assert province_sums(text) == {"Hama": 1, "Idlib": 1}


def test_arabic_indic_dateline_and_weekday() -> None:
    # 21 November 2018 is a Wednesday; the briefing was on Tuesday
    text = (
        "الأربعاء ٢١ نوفمبر ٢٠١٨\n\nقال المركز اليوم الثلاثاء إن "
        "المسلحين قصفوا قرية بداما في محافظة اللاذقية."
    )
    result = run(text, None)
    assert result.published == date(2018, 11, 21)
    assert days(text, None) == {date(2018, 11, 20)}


def test_conjunction_attached_to_the_second_village() -> None:
    text = "قصف المسلحون قرى كباني وجورين في ريف اللاذقية وبلدة تل سلطان بريف إدلب."
    assert places(text) == {("كباني", "Latakia", 1), ("جورين", "Latakia", 1), ("تل سلطان", "Idlib", 1)}


def test_a_count_in_brackets_does_not_end_the_list() -> None:
    text = "قصف المسلحون بلدات الكبير (ثلاث مرات) وعطيرة وبيت الشكوحي في ريف اللاذقية."
    assert places(text) == {("الكبير", "Latakia", 3), ("عطيرة", "Latakia", 1), ("بيت الشكوحي", "Latakia", 1)}


def test_a_second_list_after_its_province_opens_with_wa() -> None:
    text = "استهدف المسلحون قرية كنسبا في ريف اللاذقية وتل واسط في ريف حماة، وقال البيان إن الوضع مستقر."
    assert places(text) == {("كنسبا", "Latakia", 1), ("تل واسط", "Hama", 1)}
