"""English layouts and shapes beyond the dev corpus: one snippet per rule, each worded for this file.

Place names are invented or rearranged so that no rule can lean on a corpus text.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extraction.english import extract
from extraction.model import VIOLATION, Extraction

RECEIVED = datetime(2021, 3, 10, 9, 0, tzinfo=UTC)  # a Wednesday


def run(text: str, received: datetime | None = RECEIVED) -> Extraction:
    return extract(text, received, {})


def violations(text: str, received: datetime | None = RECEIVED) -> dict[tuple[str | None, str | None], int]:
    """(location, admin1) -> count of the ceasefire violations found."""
    out: dict[tuple[str | None, str | None], int] = {}
    for inc in run(text, received).incidents:
        if inc.kind == VIOLATION:
            out[(inc.location, inc.admin1)] = out.get((inc.location, inc.admin1), 0) + inc.count
    return out


LAYOUTS = [
    pytest.param(
        "Monitors said the truce was broken at these localities:\nBeit Rumman 3x, Tell Qasr x2 (Homs province);\n"
        "Ain Jawz ×1 (Tartus province).\nNobody was hurt.",
        {("Beit Rumman", "Homs"): 3, ("Tell Qasr", "Homs"): 2, ("Ain Jawz", "Tartus"): 1},
        id="glued-counts-under-colon-intro",
    ),
    pytest.param(
        "In breach of the truce, gunmen shelled: Marj Awad — four times; Qusur — once; Deir Fil — twice, "
        "all in Idlib province.",
        {("Marj Awad", "Idlib"): 4, ("Qusur", "Idlib"): 1, ("Deir Fil", "Idlib"): 2},
        id="dash-counts-with-semicolons",
    ),
    pytest.param(
        "◆ Latakia countryside ◆\nKafr Dalba\nRas Sawda (twice)\n\n"
        "The truce monitors listed the villages above as shelled by armed groups.",
        {("Kafr Dalba", "Latakia"): 1, ("Ras Sawda", "Latakia"): 2},
        id="decorated-province-heading",
    ),
    pytest.param(
        "Close to Novo-Dmytrivka and Ivanopil (Luhansk region), the other side used mortars in violation of "
        "the ceasefire.",
        {("Novo-Dmytrivka", "Luhansk"): 1, ("Ivanopil", "Luhansk"): 1},
        id="places-before-the-verb",
    ),
    pytest.param(
        "Near Sadove-2 (Donetsk region) the armed formations opened fire three times, breaking the truce.",
        {("Sadove-2", "Donetsk"): 3},
        id="one-place-before-the-verb-takes-the-count",
    ),
    pytest.param(
        "Violating the truce, militants shelled the Druze village of Tell Sabun and the strategic town of "
        "Kfar Aziz in Daraa province.",
        {("Tell Sabun", "Daraa"): 1, ("Kfar Aziz", "Daraa"): 1},
        id="descriptor-before-town-of",
    ),
    pytest.param(
        "The truce was violated when gunmen shelled the Salah al-Din district and the Bustan neighbourhood "
        "of Aleppo city. Another round hit Sakhour twice.",
        {("Salah al-Din", "Aleppo"): 1, ("Bustan", "Aleppo"): 1, ("Sakhour", "Aleppo"): 2},
        id="foreign-province-name-as-district",
    ),
    pytest.param(
        "Breaking the ceasefire, militants fired mortar rounds on Homs' Bab Dreib neighbourhood.",
        {("Bab Dreib", "Homs"): 1},
        id="possessive-after-s",
    ),
    pytest.param(
        "Rebels breached the truce by shelling Qasr Mlouk in Aleppo province. The army targeted the launch "
        "sites in Tell Rifat and Anadan in response.",
        {("Qasr Mlouk", "Aleppo"): 1},
        id="army-response-is-not-a-violation",
    ),
    pytest.param(
        "Forces violated the truce signed in Geneva, shelling Bir Ghanem near Sirte.",
        {("Bir Ghanem", "Sirte"): 1},
        id="agreed-in-place-is-no-target",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_layouts(text: str, expected: dict[tuple[str | None, str | None], int]) -> None:
    assert violations(text) == expected


def test_province_as_counted_target_is_a_province_total() -> None:
    found = violations(
        "In breach of the truce, the army of the other side fired on the Luhansk People's Republic 7 times."
    )
    assert found == {(None, "Luhansk"): 7}


def test_bulleted_province_figures_and_total_line() -> None:
    ex = run(
        "Truce breaches by province over the past day:\n– Idlib: 4\n– Hama: 2\nTotal: 6\n\nThe other side "
        "reported none."
    )
    assert ex.reported_total == 6
    assert {(i.location, i.admin1): i.count for i in ex.incidents if i.kind == VIOLATION} == {
        (None, "Idlib"): 4,
        (None, "Hama"): 2,
    }


def test_total_beside_a_de_escalation_zone_and_province_figures() -> None:
    ex = run(
        "The centre recorded 12 ceasefire violations in the Idlib de-escalation zone, including 7 in Idlib "
        "and 5 in Hama provinces."
    )
    assert ex.reported_total == 12


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Officials said some 1,200 violations had been logged since the truce began. Hama stayed calm.",
            None,
        ),
        ("The truce in the north held, with no violations reported by either side.", 0),
    ],
)
def test_totals_background_and_zero(text: str, total: int | None) -> None:
    assert run(text).reported_total == total


def test_possessive_multiword_province_and_its_district() -> None:
    found = violations(
        "Pakistani troops violated the ceasefire in Jammu and Kashmir's Rajouri district, firing at posts in "
        "Manjakote sector. Shells also fell in Thanamandi village of Rajouri twice."
    )
    assert found == {("Manjakote", "Jammu and Kashmir"): 1, ("Thanamandi", "Jammu and Kashmir"): 2}


def test_resumed_shelling_is_news_not_background() -> None:
    found = violations(
        "Gunmen resumed shelling on the de-escalation zone, targeting Tell Dahab and Kafr Sajna in the eastern "
        "countryside of Hama."
    )
    assert found == {("Tell Dahab", "Hama"): 1, ("Kafr Sajna", "Hama"): 1}


def test_dateline_without_year_takes_the_received_year() -> None:
    ex = run(
        "ODESA, May 8 (Wire) - Near Staromarivka (Donetsk region), the enemy fired twice in breach of the truce.",
        datetime(2019, 5, 8, 12, 0, tzinfo=UTC),
    )
    assert ex.published == date(2019, 5, 8)
    assert {(i.location, i.admin1, i.count) for i in ex.incidents if i.kind == VIOLATION} == {
        ("Staromarivka", "Donetsk", 2)
    }


def test_unnamed_positions_in_a_district_count_for_it() -> None:
    found = violations(
        "The truce was broken overnight, the ministry said. Posts in Dashkasan district also came under fire."
    )
    assert found == {(None, "Dashkasan"): 1}


def test_possessive_owner_locates_a_village_in_the_article_province() -> None:
    found = violations(
        "Pakistani troops violated the ceasefire along the LoC in Jammu and Kashmir. Mendhar's Balnoi village "
        "came under shelling."
    )
    assert found == {("Balnoi", "Jammu and Kashmir"): 1}


def test_total_beside_places_with_a_bracketed_province_is_no_province_total() -> None:
    ex = run(
        "The separatists violated the truce 23 times over the day, hitting Krymske, Orikhove and Zholobok "
        "(Luhansk region), the army said."
    )
    assert ex.reported_total == 23
    assert {(i.location, i.admin1): i.count for i in ex.incidents if i.kind == VIOLATION} == {
        ("Krymske", "Luhansk"): 1,
        ("Orikhove", "Luhansk"): 1,
        ("Zholobok", "Luhansk"): 1,
    }


def test_direction_and_count_after_commas_belong_to_the_place() -> None:
    found = violations(
        "The other side broke the ceasefire by shelling its positions in Bir Ayad, east of Sirte, three times."
    )
    assert found == {("Bir Ayad", "Sirte"): 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In breach of the truce, the hamlets of Deir Mousa, Beit Sahm, and Umm Tuwaynah came under fire in "
            "Rif Dimashq.",
            {
                ("Deir Mousa", "Rif Dimashq"): 1,
                ("Beit Sahm", "Rif Dimashq"): 1,
                ("Umm Tuwaynah", "Rif Dimashq"): 1,
            },
            id="passive-subject-with-oxford-comma",
        ),
        pytest.param(
            "Truce breaches recorded on Sunday: Kafr Jales (Idlib), Tell Sikkin (Hama) and Burj Islam (Latakia).",
            {("Kafr Jales", "Idlib"): 1, ("Tell Sikkin", "Hama"): 1, ("Burj Islam", "Latakia"): 1},
            id="colon-list-after-a-violation-noun",
        ),
        pytest.param(
            "The monitors listed the ceasefire breaches:\n1. Deir Zaghab (Idlib) – 4 times\n2) Khirbet Nahr (Hama) "
            "– once\n\nNo one was hurt.",
            {("Deir Zaghab", "Idlib"): 4, ("Khirbet Nahr", "Hama"): 1},
            id="numbered-lines-with-dash-counts",
        ),
        pytest.param(
            "The militia broke the truce, shelling residential areas in Benghazi's Sidi Khalifa and Salah al-Din "
            "districts.",
            {("Sidi Khalifa", "Benghazi"): 1, ("Salah al-Din", "Benghazi"): 1},
            id="possessive-after-a-generic-part-and-foreign-name",
        ),
    ],
)
def test_more_list_shapes(text: str, expected: dict[tuple[str | None, str | None], int]) -> None:
    assert violations(text) == expected


def test_group_count_after_several_places_is_the_total() -> None:
    ex = run(
        "Breaking the truce, the army of the other side shelled Ozerianivka and Shumy 9 times on Monday."
    )
    assert ex.reported_total == 9
    assert {(i.location, i.count) for i in ex.incidents if i.kind == VIOLATION and i.location} == {
        ("Ozerianivka", 1),
        ("Shumy", 1),
    }


def test_unnamed_positions_in_a_district_with_a_count_are_the_district_figure() -> None:
    found = violations(
        "In breach of the truce, the other side fired on army posts in Agstafa district 6 times."
    )
    assert found == {(None, "Agstafa"): 6}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("2018-11-05T07:15:00Z Truce broken: militants shelled Tell Hawash.", date(2018, 11, 5)),
        ("LUHANSK, November 4 /Wire/. Gunmen broke the truce near Zhovte.", date(2018, 11, 4)),
    ],
)
def test_iso_and_slash_datelines(text: str, published: date) -> None:
    assert run(text, datetime(2018, 11, 5, 9, 0, tzinfo=UTC)).published == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Overnight the other side broke the truce at these points: Berdianske, Hnutove (Donetsk region) and "
            "Krymske (Luhansk region).",
            {("Berdianske", "Donetsk"): 1, ("Hnutove", "Donetsk"): 1, ("Krymske", "Luhansk"): 1},
            id="colon-list-after-a-verb",
        ),
        pytest.param(
            "The coalition accused the rebels of shelling the districts of Zabid and al-Jarrahi in Hodeidah "
            "governorate in breach of the truce.",
            {("Zabid", "Hodeidah"): 1, ("al-Jarrahi", "Hodeidah"): 1},
            id="accused-of-shelling",
        ),
        pytest.param(
            "The truce was broken again: the villages of Kohnegishlag, Aghdam and Munjuglu of Tovuz region were "
            "fired on.",
            {("Kohnegishlag", "Tovuz"): 1, ("Aghdam", "Tovuz"): 1, ("Munjuglu", "Tovuz"): 1},
            id="village-named-like-a-province-in-a-group",
        ),
    ],
)
def test_verbs_and_groups(text: str, expected: dict[tuple[str | None, str | None], int]) -> None:
    assert violations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Aid trucks reached these villages:\nBeit Jinn\nMazraat Beit Jinn\n\nThe truce held, the UN said.",
        "Near Volnovakha, the monitors met local officials about the ceasefire; the mayor later fired two aides.",
        "Casualties from earlier attacks: Marinka 12, Krasnohorivka 7. The truce was agreed in Minsk.",
        "◆ Hama countryside ◆\nBread prices rose\nSchools reopened\n\nThe truce holds.",
        "Hama\nKafr Zita Market Reopens After Long Truce Talks\n\nThe ceasefire has held for a week, people said.",
    ],
)
def test_layout_negatives_yield_no_violation(text: str) -> None:
    assert violations(text) == {}


def test_dash_figures_after_places_on_list_lines_are_counts() -> None:
    found = violations(
        "Truce breaches by the armed groups were recorded at:\nBayt Shakuhi – 2\nAin al-Baida – 1\n(Latakia province)\n\n"
        "Nobody was hurt."
    )
    assert found == {("Bayt Shakuhi", "Latakia"): 2, ("Ain al-Baida", "Latakia"): 1}


def test_places_without_a_province_fall_in_the_one_province_with_a_figure() -> None:
    found = violations(
        "Breaking the truce, Ukrainian forces fired on the Donetsk People's Republic 6 times, while the Luhansk "
        "People's Republic stayed quiet. The shelling hit the outskirts of Olenivka and the village of Styla."
    )
    assert found == {("Olenivka", "Donetsk"): 1, ("Styla", "Donetsk"): 1, (None, "Donetsk"): 4}


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Monitors logged 13 instances of shelling by the armed groups over the day, the truce centre said.",
            13,
        ),
        ("The number of truce breaches over the day rose to 26, the joint centre said.", 26),
        ("Truce breaches: 7 (Tartus – 4, Homs – 3).", 7),
        ("Gunmen carried out 10 attacks in breach of the truce, 3 of them in Daraa province.", 10),
    ],
)
def test_more_total_shapes(text: str, total: int) -> None:
    assert run(text).reported_total == total


def test_province_figures_after_of_these() -> None:
    ex = run("The truce was broken 11 times. Of these, 8 were in Quneitra province and 3 in Daraa province.")
    assert ex.reported_total == 11
    assert {(i.admin1, i.count) for i in ex.incidents if i.kind == VIOLATION} == {
        ("Quneitra", 8),
        ("Daraa", 3),
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In breach of the truce, gunmen pummelled Tell Tuqan with rockets.", "Tell Tuqan"),
        ("Breaking the truce, a drone dropped two grenades on posts near Vodiane.", "Vodiane"),
        ("In violation of the truce, the armed groups mortared Kinsabba overnight.", "Kinsabba"),
    ],
)
def test_more_attack_verbs(text: str, place: str) -> None:
    assert {loc for loc, _a1 in violations(text)} == {place}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen broke the truce, shelling the city of Tartar and the villages of Sarijali and Bash Garvand "
            "in Aghdam district.",
            {("Tartar", "Tartar"): 1, ("Sarijali", "Aghdam"): 1, ("Bash Garvand", "Aghdam"): 1},
            id="villages-of-after-a-city-leave-the-city-alone",
        ),
        pytest.param(
            "The truce centre said the places shelled were Ghariyah and Saida in Daraa province.",
            {("Ghariyah", "Daraa"): 1, ("Saida", "Daraa"): 1},
            id="shelled-were-list",
        ),
        pytest.param(
            "In breach of the truce, mortar rounds hit the Old City of Homs twice.",
            {("Old City of Homs", "Homs"): 2},
            id="old-city-of",
        ),
        pytest.param(
            "Under the truce, the mission recorded some 30 explosions near Mariinka and Krasnohorivka in Donetsk "
            "region.",
            {("Mariinka", "Donetsk"): 1, ("Krasnohorivka", "Donetsk"): 1},
            id="monitors-counting-explosions",
        ),
    ],
)
def test_held_out_classes(text: str, expected: dict[tuple[str | None, str | None], int]) -> None:
    assert violations(text) == expected


def test_date_dateline_does_not_hide_the_event_day() -> None:
    ex = run("March 10, 2021 -- Gunmen shelled Tell Dhahab in Homs province on Monday, breaking the truce.")
    assert {(i.location, i.date) for i in ex.incidents if i.kind == VIOLATION} == {
        ("Tell Dhahab", date(2021, 3, 8))
    }
