"""English extraction rules, one table per phenomenon.

Every snippet is worded for this test (invented or rearranged place names),
so that the rules are checked on phrasing the corpus does not contain.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from extraction.english import extract
from extraction.model import VIOLATION, Extraction
from extraction.places import place_key

RECEIVED = datetime(2021, 3, 10, 9, 0, tzinfo=UTC)  # a Wednesday


def run(text: str, received: datetime | None = RECEIVED, learned: dict[str, str] | None = None) -> Extraction:
    return extract(text, received, learned or {})


def violations(text: str, **kw: object) -> dict[tuple[str | None, str | None], int]:
    """(location, admin1) -> count of the ceasefire violations found."""
    out: dict[tuple[str | None, str | None], int] = {}
    for inc in run(text, **kw).incidents:  # type: ignore[arg-type]
        if inc.kind == VIOLATION:
            out[(inc.location, inc.admin1)] = out.get((inc.location, inc.admin1), 0) + inc.count
    return out


# --- counts -----------------------------------------------------------------------------------------
COUNTS = [
    (
        "Breaking the ceasefire, gunmen fired at Tell Haddad (3), Kafr Aruq (twice) and Marj Zuhur "
        "in Hama province.",
        {("Tell Haddad", "Hama"): 3, ("Kafr Aruq", "Hama"): 2, ("Marj Zuhur", "Hama"): 1},
    ),
    (
        "In violation of the truce, militants attacked Beit Awad (once), Qarqur (two times) and "
        "Jisr Ali thrice "
        "in Latakia province.",
        {("Beit Awad", "Latakia"): 1, ("Qarqur", "Latakia"): 2, ("Jisr Ali", "Latakia"): 3},
    ),
    (
        "The ceasefire monitors said insurgents shelled Ain Sultan (4 times) and "
        "Deir Sunbul (twenty-one times) "
        "in Idlib province.",
        {("Ain Sultan", "Idlib"): 4, ("Deir Sunbul", "Idlib"): 21},
    ),
    (
        "Ceasefire violations: Shamsin and Umm Sharshuh came under mortar fire twice, and Kafr Tun once, "
        "all in Homs province.",
        {("Shamsin", "Homs"): 2, ("Umm Sharshuh", "Homs"): 2, ("Kafr Tun", "Homs"): 1},
    ),
    (
        "Ceasefire breaches over the day.\nDeraa province: Nawa on three occasions, Jasim (x2), Tafas 5 times.",
        {("Nawa", "Daraa"): 3, ("Jasim", "Daraa"): 2, ("Tafas", "Daraa"): 5},
    ),
    (
        "Despite the truce, fighters attacked Zor Maghar (99999999999999999999 times) in Hama province.",
        {("Zor Maghar", "Hama"): 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_counts(text: str, expected: dict[tuple[str, str], int]) -> None:
    assert violations(text) == expected


# --- lists ------------------------------------------------------------------------------------------
LISTS = [
    (  # semicolons close one province group and open the next
        "Over the past day the ceasefire was broken: terrorists shelled Kinsiba, Ard al-Wata in "
        "Latakia province; "
        "Qalaat al-Madiq in Hama province; as well as Zarbah in Aleppo province.",
        {
            ("Kinsiba", "Latakia"): 1,
            ("Ard al-Wata", "Latakia"): 1,
            ("Qalaat al-Madiq", "Hama"): 1,
            ("Zarbah", "Aleppo"): 1,
        },
    ),
    (  # the province after each place, separated by commas
        "Violating the truce, militants attacked Hayyan, Aleppo province, and Dweir Raslan, Tartus province.",
        {("Hayyan", "Aleppo"): 1, ("Dweir Raslan", "Tartus"): 1},
    ),
    (  # the list goes on in the next sentence of the statement
        '"During the truce, armed groups opened fire on Jabal Ahmar and Tall Sukkar in Latakia province. '
        'Kafr Dael (twice) in Aleppo province also came under fire," the centre said.',
        {("Jabal Ahmar", "Latakia"): 1, ("Tall Sukkar", "Latakia"): 1, ("Kafr Dael", "Aleppo"): 2},
    ),
    (  # places that share one anchor after "both in"
        "Ignoring the ceasefire, insurgents shelled the villages of Kurin and Marata, both in the Idlib "
        "countryside, as well as Rabia in Latakia.",
        {("Kurin", "Idlib"): 1, ("Marata", "Idlib"): 1, ("Rabia", "Latakia"): 1},
    ),
    (  # a list broken by the attribution between two quotes
        '"In breach of the ceasefire, militants attacked Kabani (twice), Jurin in Latakia province," the '
        'center said, "as well as Tell Bizam in Hama province."',
        {("Kabani", "Latakia"): 2, ("Jurin", "Latakia"): 1, ("Tell Bizam", "Hama"): 1},
    ),
    (  # "X province:" headers before their places
        "Violating the ceasefire, militants attacked the following settlements: Latakia province: "
        "Kabani (2), Jurin; Hama province: Tell Bizam.",
        {("Kabani", "Latakia"): 2, ("Jurin", "Latakia"): 1, ("Tell Bizam", "Hama"): 1},
    ),
    (  # a bulleted bulletin
        "Ceasefire violations over the past day:\n- Latakia province: Kabani (twice), Jurin\n"
        "- Hama province: Tell Bizam, Kafr Nabudah (3)\n",
        {
            ("Kabani", "Latakia"): 2,
            ("Jurin", "Latakia"): 1,
            ("Tell Bizam", "Hama"): 1,
            ("Kafr Nabudah", "Hama"): 3,
        },
    ),
    (  # pinned lines under the post's opening line, counts after a dash, glosses in parentheses
        "Over the past day the armed formations opened fire 6 times on the territory, breaking the ceasefire:\n"
        "📍 Frunze — 2 times (82-mm mortars)\n📍 Sokolniki — once (small arms, grenade launchers)\n"
        "📍 Zholobok — 3 times\n\nLuhansk region news",
        {("Frunze", "Luhansk"): 2, ("Sokolniki", "Luhansk"): 1, ("Zholobok", "Luhansk"): 3},
    ),
    (  # a passive list right after a province header
        "Truce violations. Homs province: Talbiseh and Ghanto were fired on from rebel positions. "
        "Hama province: the village of Taqsis came under fire once.",
        {("Talbiseh", "Homs"): 1, ("Ghanto", "Homs"): 1, ("Taqsis", "Hama"): 1},
    ),
    (  # the province in parentheses after each group
        "Violating the truce, illegal armed groups opened fire on the settlements of Kabani and Ikko "
        "(Latakia province) and Kafr Nabudah (Hama province).",
        {("Kabani", "Latakia"): 1, ("Ikko", "Latakia"): 1, ("Kafr Nabudah", "Hama"): 1},
    ),
    (  # an elided name is unknown: nothing is invented for it
        "In breach of the ceasefire, militants shelled… settlements in the Hama province and Tell Salmo in "
        "Idlib province.",
        {("Tell Salmo", "Idlib"): 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: dict[tuple[str, str], int]) -> None:
    assert violations(text) == expected


# --- provinces, city districts, learned places -----------------------------------------------------
PROVINCES = [
    (
        "Truce breaches: gunmen attacked Bustan al-Basha in Idleb province and Mhardeh in Lattakia province.",
        {("Bustan al-Basha", "Idlib"): 1, ("Mhardeh", "Latakia"): 1},
    ),
    (
        "The ceasefire was violated when rebels shelled Douma in Damascus countryside and Nawa in "
        "Dara'a province.",
        {("Douma", "Rif Dimashq"): 1, ("Nawa", "Daraa"): 1},
    ),
    (  # named districts of a city are locations; an unnamed part of the city is the city
        "Breaking the ceasefire, insurgents shelled the Salaheddine and Ramouseh districts of Aleppo "
        "and the western outskirts of Aleppo (two times).",
        {("Salaheddine", "Aleppo"): 1, ("Ramouseh", "Aleppo"): 1, ("Aleppo", "Aleppo"): 2},
    ),
    (  # the province named after a possessive
        "Government troops violated the truce and bombarded the outskirts of Ariha and the eastern farms of "
        "Sarmin in Idlib's southern countryside.",
        {("Ariha", "Idlib"): 1, ("Sarmin", "Idlib"): 1},
    ),
    (  # a province that is itself the place attacked
        "Violating the ceasefire, militants attacked Hama (once) in Hama province.",
        {("Hama", "Hama"): 1},
    ),
    (  # eastern Ukraine: the region named once in the lead covers the list
        "Ukrainian forces broke the ceasefire in the self-proclaimed Donetsk People's Republic on Tuesday. "
        "They shelled Kominternove and Sakhanka with mortars.",
        {("Kominternove", "Donetsk"): 1, ("Sakhanka", "Donetsk"): 1},
    ),
    (  # Kashmir: the sector is the place, the district only locates it
        "Pakistan violated the ceasefire in the Mendhar sector of Poonch district of Jammu and Kashmir.",
        {("Mendhar", "Jammu and Kashmir"): 1},
    ),
    (  # several sectors named before a plural noun
        "In Jammu and Kashmir, troops resorted to unprovoked shelling along the LoC in Balakote and "
        "Mendhar sectors of Poonch district, breaking the ceasefire.",
        {("Balakote", "Jammu and Kashmir"): 1, ("Mendhar", "Jammu and Kashmir"): 1},
    ),
    (  # a sentence that opens with its setting
        "Russian-backed forces violated the ceasefire 7 times. In the Donetsk sector, the enemy opened fire "
        "near Vodiane, Pivdenne and Shumy using grenade launchers.",
        {("Vodiane", "Donetsk"): 1, ("Pivdenne", "Donetsk"): 1, ("Shumy", "Donetsk"): 1},
    ),
    (  # a town that shares its name with a division elsewhere stays in its own list's province
        "Despite the truce, Haftar's forces shelled the Ain Zara and Salah al-Din districts of Tripoli.",
        {("Ain Zara", "Tripoli"): 1, ("Salah al-Din", "Tripoli"): 1},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROVINCES)
def test_provinces(text: str, expected: dict[tuple[str, str], int]) -> None:
    assert violations(text) == expected


def test_monitors_locate_violations_near_a_town() -> None:
    res = run(
        "The monitors recorded 60 ceasefire violations in Donetsk region, most of them at locations south-west "
        "of Marinka. In Luhansk region, they recorded 9 ceasefire violations, all in areas near Popasna."
    )
    assert {(i.location, i.admin1) for i in res.incidents if i.location} == {
        ("Marinka", "Donetsk"),
        ("Popasna", "Luhansk"),
    }
    assert res.reported_total is None


def test_setting_before_a_passive_subject() -> None:
    text = "The ceasefire was broken again. In Latakia province the village of Bdama was shelled twice."
    assert violations(text) == {("Bdama", "Latakia"): 2}


def test_positions_subjected_to_fire() -> None:
    text = (
        "Armenian units violated the ceasefire 9 times. Our positions near the villages of Aghdam and "
        "Kohnagishlag of Tovuz district were subjected to fire."
    )
    assert violations(text) == {("Aghdam", "Tovuz"): 1, ("Kohnagishlag", "Tovuz"): 1}


def test_district_named_with_a_possessive_lies_in_the_articles_province() -> None:
    text = (
        "The army violated the ceasefire along the Line of Control in Kupwara district's Keran and Machil "
        "sectors on Sunday, officials in Jammu and Kashmir said."
    )
    assert violations(text) == {("Keran", "Jammu and Kashmir"): 1, ("Machil", "Jammu and Kashmir"): 1}


def test_province_named_with_a_countrys_possessive_sets_the_sentence() -> None:
    text = (
        "The militia violated the truce in Yemen's Taiz province 12 times, targeting the Salh and "
        "Al-Qahira districts with mortars."
    )
    res = run(text)
    assert {(i.location, i.admin1) for i in res.incidents if i.location} == {
        ("Salh", "Taiz"),
        ("Al-Qahira", "Taiz"),
    }
    assert res.reported_total == 12


def test_place_named_again_without_province_keeps_it() -> None:
    text = (
        "Violating the truce, militants shelled Kafr Hud and Tell Sikkin in Hama province. "
        "Two soldiers were wounded in the shelling of Kafr Hud."
    )
    assert violations(text) == {("Kafr Hud", "Hama"): 1, ("Tell Sikkin", "Hama"): 1}


def test_landmark_with_common_nouns_is_a_place() -> None:
    text = "Breaking the truce, gunmen fired on the al-Omar oil field in Deir ez-Zor province."
    assert violations(text) == {("al-Omar oil field", "Deir ez-Zor"): 1}


def test_day_of_a_reported_attack_is_not_the_statement_day() -> None:
    res = run(
        "The army said on Wednesday that militias had attacked its positions near Bir Ghanam on Monday, "
        "violating the truce."
    )
    assert [(i.location, i.date) for i in res.incidents] == [("Bir Ghanam", date(2021, 3, 8))]


def test_learned_place_gets_its_province() -> None:
    text = "Violating the truce, rebels shelled Kabbani twice."
    assert violations(text) == {("Kabbani", None): 2}
    learned = {place_key("Kabani"): "Latakia"}  # learned under another spelling
    assert violations(text, learned=learned) == {("Kabbani", "Latakia"): 2}


def test_article_places_its_own_town() -> None:
    text = (
        "Militants breached the ceasefire by shelling the town of Qomhana with rockets. "
        "Qomhana is a town in Syria's Hama Governorate."
    )
    assert violations(text) == {("Qomhana", "Hama"): 1}


def test_post_without_punctuation_is_still_read() -> None:
    post = (
        "🔴 Ceasefire report\nOver the past 24 hours militants shelled Kabani, Jurin and Ikko "
        "in Latakia province\n"
    )
    assert violations(post) == {("Kabani", "Latakia"): 1, ("Jurin", "Latakia"): 1, ("Ikko", "Latakia"): 1}


def test_casualties_of_a_single_place() -> None:
    res = run(
        "Despite the truce, terrorists shelled Qarrasa in Hama province, killing five civilians and "
        "wounding 12 others."
    )
    assert [(i.location, i.killed, i.injured) for i in res.incidents] == [("Qarrasa", 5, 12)]


# --- per-province figures and totals ----------------------------------------------------------------
def test_province_totals_without_places() -> None:
    res = run(
        "The ceasefire was breached 11 times: two in Hama province, three in Aleppo and six in Latakia."
    )
    assert res.reported_total == 11
    sums = {i.admin1: i.count for i in res.incidents if i.location is None}
    assert sums == {"Hama": 2, "Aleppo": 3, "Latakia": 6}


def test_province_figures_in_parentheses_after_one_anchor() -> None:
    res = run(
        "The centre registered 9 ceasefire violations over the past 24 hours: in the province of "
        "Damascus (4), Aleppo (3), Latakia (2)."
    )
    assert res.reported_total == 9
    assert {i.admin1: i.count for i in res.incidents} == {"Damascus": 4, "Aleppo": 3, "Latakia": 2}


def test_region_figures_without_one_total() -> None:
    res = run(
        "The monitors recorded 120 ceasefire violations in Donetsk region, including 40 explosions. "
        "In Luhansk region, the monitors recorded 12 ceasefire violations."
    )
    assert res.reported_total is None
    assert {i.admin1: i.count for i in res.incidents} == {"Donetsk": 120, "Luhansk": 12}


def test_total_confined_to_one_province_fills_its_sum() -> None:
    res = run(
        "The militia breached the truce 27 times in Hodeidah, shelling residential neighbourhoods in "
        "the Hays and Al-Garrahi districts."
    )
    assert res.reported_total == 27
    assert sum(i.count for i in res.incidents if i.admin1 == "Hodeidah") == 27
    assert {i.location for i in res.incidents} == {"Hays", "Al-Garrahi", None}


def test_parenthesised_province_figures_skip_the_turkish_side() -> None:
    res = run(
        "The Russian side of the commission recorded 5 cases of firing in the provinces of Homs (3) "
        "and Hama (2), "
        "while the Turkish side recorded 17 cases of ceasefire violations in the provinces of Idlib (17)."
    )
    assert res.reported_total == 5
    assert {i.admin1: i.count for i in res.incidents} == {"Homs": 3, "Hama": 2}


TOTALS = [
    ("Armed groups violated the truce eleven times over the past day.", 11),
    ("The monitors registered at least 14 ceasefire breaches in the region.", 14),
    ("Observers counted 8 violations along the contact line.", 8),
    ("The rebels broke the truce twice, officials said.", 2),
    ("No ceasefire violations were registered over the past 24 hours, the centre said.", 0),
    ("So far this year the army has violated the ceasefire more than 1,400 times.", None),
    ("Militants attacked 12 villages in the de-escalation zone.", None),
    ("The ministry reported dozens of violations of the ceasefire.", None),
    ("Gunmen broke the truce that began on Friday, shelling Zawiya once and Surman twice.", None),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_reported_totals(text: str, expected: int | None) -> None:
    assert run(text).reported_total == expected


# --- dates ------------------------------------------------------------------------------------------
def test_weekday_of_statement_before_article_day() -> None:
    res = run(
        "date 2019-04-10 Militants broke the ceasefire in the past 24 hours, the centre said Tuesday. "
        "They attacked Shir Qabu in Latakia province.",
        received=None,
    )
    assert res.published == date(2019, 4, 10)
    assert res.statement_date == date(2019, 4, 9)
    assert [i.date for i in res.incidents] == [date(2019, 4, 9)]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("07:11 GMT 18 February 2019\nHeadline here", date(2019, 2, 18)),
        ("April 9, 2019\nHeadline here", date(2019, 4, 9)),
        ("MOSCOW, June 24. /TASS/. Text follows.", date(2019, 6, 24)),
        ("Sunday 17 November 2024\nPublish Date: 23 June 2019 - 10:00\nHeadline", date(2019, 6, 23)),
    ],
)
def test_datelines(head: str, expected: date) -> None:
    assert run(head, received=datetime(2019, 6, 24, 12, 0)).published == expected


def test_explicit_day_wins_over_statement_day() -> None:
    res = run(
        "KYIV, March 10. /Ukrinform/. The ceasefire was violated on Monday, when Russian-backed "
        "forces opened "
        "fire on Krasnohorivka in Donetsk region, the press centre said on Wednesday."
    )
    assert [(i.location, i.date) for i in res.incidents] == [("Krasnohorivka", date(2021, 3, 8))]


def test_no_dateline_uses_received_and_nothing_at_all_is_safe() -> None:
    text = "Violating the truce, militants attacked Bsamtun in Latakia province."
    assert [i.date for i in run(text).incidents] == [RECEIVED.date()]
    res = run(text, received=None)
    assert res.published is None
    assert len(res.incidents) == 1  # dated 1970-01-01: nothing in the text or the call tells the day


# --- negatives ----------------------------------------------------------------------------------------
NEGATIVES = [
    "READ MORE: Rebels Shell 20 Villages in Hama Province",
    "A convoy of 40 trucks delivered food to Atarib and Darat Izza in Aleppo province amid the ceasefire.",
    "Under the truce deal, 61,200 people who had dodged conscription were amnestied as of Sunday.",
    "Some 1,200 refugees returned from Lebanon to Homs province, the reconciliation centre said.",
    "The number of settlements that joined the reconciliation agreement rose to 2,530.",
    "Last October, militants repeatedly shelled Jisr al-Shughur in violation of the ceasefire.",
    "On 2 March, the head of the centre said militants had attacked Tall Rifat in Aleppo province.",
    "Since the truce began, government shelling of Maarat Misrin and Binnish in May killed 12 people.",
    "Rebels fired missiles at Ataq on Sunday. There has been no truce in Shabwa since the war began.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_incidents(text: str) -> None:
    assert violations(text) == {}


def test_report_recalled_from_the_day_before_is_background() -> None:
    text = (
        "The centre said on Sunday that the ceasefire held in Latakia.\n\n"
        "On Saturday, the centre reported that militants had shelled Kabani in Latakia province."
    )
    assert violations(text, received=datetime(2021, 3, 7, 12, 0)) == {}


# --- other kinds --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Despite the ceasefire, warplanes struck Kafr Sijna in Idlib province, killing three.", "airstrike"),
        ("During the truce a car bomb hit the market of Azaz in Aleppo province.", "explosion"),
        (
            "Despite the truce, heavy fighting followed a militant attack on Tal Bajer in Idlib province.",
            "clash",
        ),
        (
            "Local media said the ceasefire was broken when rebels shelled Mahardeh in Hama province.",
            "shelling",
        ),
    ],
)
def test_other_kinds(text: str, kind: str) -> None:
    kinds = {i.kind for i in run(text).incidents}
    assert kinds == {kind}


# --- hostile input --------------------------------------------------------------------------------------
HOSTILE = [
    "",
    "\x00\x01\ufffd",
    "(" * 5000 + "Aleppo" + ")" * 5000,
    ", " * 20000,
    "militants attacked " + ", ".join(["Jurin"] * 3000) + " in Latakia province.",
    "🙂" * 10000,
    "Q" * 300_000,
    "in the provinces of " + " and ".join(["Hama"] * 2000),
    "attacked " + "(" * 3000 + "once" + ")" * 3000,
    "MOSCOW, February 30. /TASS/ militants attacked Jurin",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(text: str) -> None:
    res = run(text)
    assert all(1 <= i.count <= 10_000 for i in res.incidents)


# --- datelines, per-day and "each" figures ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "HOMS, 9 March (Sputnik) - Armed groups broke the truce seven times over the past day, "
        "the reconciliation centre reported.",
        "Homs, March 9 (SANA) - Armed groups broke the truce seven times over the past day, the centre said.",
    ],
)
def test_dateline_city_is_not_the_setting(text: str) -> None:
    """The city a wire story was filed from does not receive the day's total."""
    result = run(text)
    assert result.reported_total == 7
    assert violations(text) == {}


def test_dateline_city_does_not_place_an_unplaced_town() -> None:
    text = "Hama, March 9 (SANA) - Gunmen shelled Tell Warda twice, the ministry said."
    assert [(i.location, i.admin1) for i in run(text).incidents] == [("Tell Warda", None)]


def test_figures_per_day_date_each_share() -> None:
    """'5 times on Monday and 9 on Tuesday' is two days' figures, not one total of 5."""
    text = (
        "Gunmen breached the ceasefire in Idlib province 5 times on Monday and 9 on Tuesday, "
        "the monitoring centre said on Wednesday."
    )
    result = run(text)
    assert result.reported_total is None  # separate figures with no overall one
    by_day = {i.date: i.count for i in result.incidents if i.admin1 == "Idlib"}
    assert by_day == {date(2021, 3, 8): 5, date(2021, 3, 9): 9}


def test_figures_per_day_leave_room_for_named_places() -> None:
    text = (
        "Troops violated the ceasefire in Luhansk oblast three times on Monday and twice on Tuesday, "
        "the mission said. On Tuesday the village of Orikhove came under fire."
    )
    result = run(text)
    unnamed = {i.date: i.count for i in result.incidents if i.location is None}
    assert unnamed == {date(2021, 3, 8): 3, date(2021, 3, 9): 1}
    assert sum(i.count for i in result.incidents if i.admin1 == "Luhansk") == 5


@pytest.mark.parametrize(
    "text",
    [
        "The truce was breached three times in each of the provinces of Homs, Daraa and Quneitra.",
        "Rebels violated the ceasefire in Homs, Daraa and Quneitra provinces, three times in each.",
        "Gunmen broke the truce in the Homs, Daraa and Quneitra governorates, three times each.",
    ],
)
def test_a_figure_for_each_province_of_a_list(text: str) -> None:
    assert violations(text) == {(None, "Homs"): 3, (None, "Daraa"): 3, (None, "Quneitra"): 3}
    assert run(text).reported_total is None  # three figures, no stated overall total


def test_each_of_several_days_is_no_province_figure() -> None:
    text = "Gunmen shelled Tell Warda in Hama province twice in each of the past three days, violating the truce."
    assert violations(text) == {("Tell Warda", "Hama"): 2}
