"""Incidents other than ceasefire violations in non-English texts: explosions, airstrikes, clashes, attacks.

Each sentence is written for this test. A user asking "/airstrikes idlib" or
"/explosions" must find them under their kind, with the dead and wounded
where the text states them, and a truce bulletin's violations must stay
violations beside them.
"""

from __future__ import annotations

import pytest

from extraction.model import VIOLATION
from tests.intl_helpers import run

Row = tuple[str, str | None, str | None, int | None, int | None]


def _others(text: str) -> set[Row]:
    """(kind, location, admin1, killed, injured) of every incident that is not a violation."""
    return {
        (i.kind, i.location, i.admin1, i.killed, i.injured)
        for i in run(text).incidents
        if i.kind != VIOLATION
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В результате взрыва самодельного взрывного устройства в Мамбидже провинции Алеппо "
            "погибли 3 человека, ещё 9 получили ранения.",
            ("explosion", "Мамбидже", "Aleppo", 3, 9),
        ),
        (
            "Внаслідок вибуху в Горлівці Донецької області загинули двоє мирних жителів, ще четверо поранені.",
            ("explosion", "Горлівці", "Donetsk", 2, 4),
        ),
        (
            "انفجرت عبوة ناسفة في مدينة الباب بريف حلب، ما أسفر عن مقتل 7 أشخاص وإصابة 15 آخرين.",
            ("explosion", "الباب", "Aleppo", 7, 15),
        ),
        (
            "Une voiture piégée a explosé à Jarablus, dans la province d'Alep, faisant deux morts et dix blessés.",
            ("explosion", "Jarablus", "Aleppo", 2, 10),
        ),
        (
            "Um carro-bomba explodiu em Tal Abyad, na província de Raqqa, e deixou oito mortos e 30 feridos.",
            ("explosion", "Tal Abyad", "Raqqa", 8, 30),
        ),
        (
            "La explosión de un coche bomba en Azaz, en la provincia de Alepo, dejó cinco muertos y 14 heridos.",
            ("explosion", "Azaz", "Aleppo", 5, 14),
        ),
        (
            "Bei der Explosion einer Autobombe in Dscharablus in der Provinz Aleppo wurden drei Menschen "
            "getötet und elf verletzt.",
            ("explosion", "Dscharablus", "Aleppo", 3, 11),
        ),
    ],
)
def test_explosion_with_its_toll_in_each_language(text: str, expected: Row) -> None:
    assert _others(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Израильские военные самолеты нанесли авиаудар по Масьяфу в провинции Хама.",
            ("airstrike", "Масьяфу", "Hama", None, None),
        ),
        (
            "شنت طائرات حربية غارات على بلدة كفرنبل في ريف إدلب الجنوبي، وقتل مدنيان.",
            ("airstrike", "كفرنبل", "Idlib", None, None),
        ),
        (
            "Des frappes aériennes ont visé Saraqeb, dans la province d'Idleb, tuant quatre civils.",
            ("airstrike", "Saraqeb", "Idlib", 4, None),
        ),
        (
            "Un ataque aéreo contra Maarat al Numan, en la provincia de Idlib, causó seis muertos.",
            ("airstrike", "Maarat al Numan", "Idlib", 6, None),
        ),
        (
            "Ataques aéreos atingiram Saraqeb, na província de Idlib, e mataram nove pessoas.",
            ("airstrike", "Saraqeb", "Idlib", 9, None),
        ),
        (
            "Ein Luftangriff traf Sarakib in der Provinz Idlib, dabei wurden zwei Zivilisten verletzt.",
            ("airstrike", "Sarakib", "Idlib", None, 2),
        ),
    ],
)
def test_airstrikes(text: str, expected: Row) -> None:
    assert _others(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Под Кабани провинции Латакия произошли столкновения, в ходе боёв погибли пятеро боевиков.",
            ("clash", "Кабани", "Latakia", 5, None),
        ),
        (
            "Біля Мар'їнки тривали бої, троє військових поранені.",
            ("clash", "Мар'їнки", None, None, 3),
        ),
        (
            "اندلعت اشتباكات عنيفة في قرية تل ملح بريف حماة الشمالي.",
            ("clash", "تل ملح", "Hama", None, None),
        ),
        (
            "De violents affrontements ont eu lieu près de Kabani, dans la province de Lattaquié.",
            ("clash", "Kabani", "Latakia", None, None),
        ),
    ],
)
def test_clashes(text: str, expected: Row) -> None:
    assert _others(text) == {expected}


def test_a_truce_bulletin_keeps_its_violations_beside_a_clash() -> None:
    text = (
        "Центр по примирению сообщил, что боевики обстреляли населенный пункт Джурин провинции Латакия. "
        "Кроме того, у Кинсаббы провинции Латакия произошло боестолкновение, погиб один военнослужащий."
    )
    incidents = run(text).incidents
    assert {(i.kind, i.location, i.killed) for i in incidents} == {
        (VIOLATION, "Джурин", None),
        ("clash", "Кинсаббы", 1),
    }


def test_a_shelling_called_a_violation_is_a_violation_even_with_drones() -> None:
    text = (
        "Сирийские военные заявили о нарушении перемирия: боевики с применением беспилотников атаковали "
        "позиции у населенного пункта Сукайлябия провинции Хама."
    )
    assert {i.kind for i in run(text).incidents} == {VIOLATION}


def test_outside_a_truce_drones_are_an_attack_and_guns_a_shelling() -> None:
    drones = "Беспилотники атаковали населенный пункт Хмеймим провинции Латакия."
    guns = "Artillerie a pilonné le village de Kabani, dans la province de Lattaquié."
    assert {i.kind for i in run(drones).incidents} == {"attack"}
    assert {i.kind for i in run(guns).incidents} == {"shelling"}


def test_a_report_of_no_shelling_is_still_a_zero_total() -> None:
    text = "За сутки обстрелов не зафиксировано."
    result = run(text)
    assert result.reported_total == 0
    assert result.incidents == ()


@pytest.mark.parametrize(
    "text",
    [
        # the reconciliation centre's bulletins are about the truce even when a text does not say so
        "Російський центр з примирення повідомив, що бойовики обстріляли населений пункт Кабані провінції "
        "Латакія.",
        "Представители ВСУ обстреляли поселок Зайцево из минометов.",
    ],
)
def test_bulletins_of_truce_parties_stay_violations_without_the_word(text: str) -> None:
    assert {i.kind for i in run(text).incidents} == {VIOLATION}
