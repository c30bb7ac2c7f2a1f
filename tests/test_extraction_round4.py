"""Fourth generalisation round for English (failure classes of blind rounds 1-9 of ``tests/corpus_invented4``):
one snippet per rule, worded for this file (invented names)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extraction.english import extract
from extraction.model import VIOLATION, Extraction
from tests.test_extraction_round3 import RECEIVED, violations


def run(text: str, received: datetime = RECEIVED) -> Extraction:
    return extract(text, received, {})


def per_province(got: Extraction) -> dict[str | None, int]:
    """admin1 -> everything counted there, named places and figures alike."""
    out: dict[str | None, int] = {}
    for inc in got.incidents:
        out[inc.admin1] = out.get(inc.admin1, 0) + inc.count
    return out


def test_a_weapon_called_a_fighting_vehicle_does_not_make_the_fire_a_clash() -> None:
    text = (
        "The separatists say Kyiv broke the truce on Tuesday. Pervomaiske (twice) and Vodiane in Donetsk region "
        "came under fire from infantry fighting vehicles and grenade launchers."
    )
    assert violations(text) == {("Pervomaiske", "Donetsk"): 2, ("Vodiane", "Donetsk"): 1}


def test_the_time_of_the_truce_does_not_make_the_sentence_background() -> None:
    text = (
        "The coalition accused the rebels of breaching the truce agreed last week, saying they fired on army "
        "posts near Al-Jarrahi and Bayt al-Faqih in Hodeidah province four times."
    )
    found = violations(text)
    assert {loc for loc, _a in found} >= {"Al-Jarrahi", "Bayt al-Faqih"}
    assert sum(found.values()) == 4  # "four times" is the province's figure


def test_a_weekday_followed_by_accused_dates_the_statement_not_the_attack() -> None:
    text = (
        "SIRTE, Libya, March 9 (Wire) -- Army officials on Tuesday accused militias of violating the ceasefire, "
        "saying they had shelled Qasr Bouhadi in Sirte district on Monday."
    )
    got = run(text, datetime(2021, 3, 9, 12, 0, tzinfo=UTC)).incidents
    assert [(i.location, i.date) for i in got if i.kind == VIOLATION] == [("Qasr Bouhadi", date(2021, 3, 8))]


def test_a_province_heading_over_a_sentence_gives_the_sentence_its_province() -> None:
    text = (
        "Truce breaches, past day\n\n"
        "== Idlib countryside ==\n"
        "Gunmen shelled Maarzita 3x and Hish 1x, and a drone was downed near Babulin.\n\n"
        "== Hama countryside ==\n"
        "Qalaat al-Madiq 2x"
    )
    assert violations(text) == {
        ("Maarzita", "Idlib"): 3,
        ("Hish", "Idlib"): 1,
        ("Qalaat al-Madiq", "Hama"): 2,
    }


def test_figures_in_brackets_after_provinces_are_province_totals_not_places() -> None:
    text = (
        "Gunmen fired on villages nine times over the past day in breach of the truce, in the provinces of Homs (2), Hama (4) and "
        "Idlib (3), the monitoring centre said on Tuesday."
    )
    got = run(text)
    assert got.reported_total == 9
    by_province = {i.admin1: i.count for i in got.incidents if i.kind == VIOLATION}
    assert by_province == {"Homs": 2, "Hama": 4, "Idlib": 3}
    assert all(i.location is None for i in got.incidents)


def test_how_often_is_not_a_habit() -> None:
    text = (
        'The truce was broken again. "Militants opened fire on the villages of Tall Tamr and Um Kaif," '
        "the centre said, without saying how often each was hit."
    )
    assert set(violations(text)) == {("Tall Tamr", None), ("Um Kaif", None)}


def test_bulleted_province_figures_under_a_violations_heading() -> None:
    text = "Ceasefire violations over the past day\n\n• Homs: 4\n• Daraa - 2 times\n\nSource: the monitoring centre."
    got = {i.admin1: i.count for i in run(text).incidents if i.kind == VIOLATION}
    assert got == {"Homs": 4, "Daraa": 2}


def test_bulleted_figures_without_any_violation_word_are_not_incidents() -> None:
    text = "Aid deliveries this week\n\n• Homs: 4\n• Daraa: 2\n\nSource: the relief agency."
    assert run(text).incidents == ()


def test_bulleted_attack_lines_in_a_short_post_are_read() -> None:
    text = "🔴 #Hama | Sunday's truce breaches\n\n▪️ Mortars hit Kafr Zita and Al-Lataminah 💥\n▪️ Heavy guns pounded the edge of Morek (x2)"
    assert violations(text) == {
        ("Kafr Zita", "Hama"): 1,
        ("Al-Lataminah", "Hama"): 1,
        ("Morek", "Hama"): 2,
    }


def test_a_district_named_like_a_foreign_province_is_a_place_of_the_lists_country() -> None:
    text = (
        "Militants breached the truce, firing on Tadef (twice) in the Aleppo governorate and on the districts of "
        "Salah ad-Din (once) and al-Shaar in the city of Aleppo; and Kabani in Latakia."
    )
    found = violations(text)
    assert found[("Salah ad-Din", "Aleppo")] == 1
    assert all(admin in ("Aleppo", "Latakia") for _loc, admin in found)


def test_related_headlines_in_bullets_are_not_a_list_of_targets() -> None:
    text = (
        "Kiev's forces broke the truce four times over the past day, the militia said.\n\n"
        "- Zelensky, Scholz and Duda meet in Warsaw\n"
        "- Border guards detain two smugglers at a checkpoint\n\n"
        '"The enemy shelled the outskirts of Sakhanka three times with 120mm mortars," the spokesman said.'
    )
    assert violations(text) == {("Sakhanka", None): 3}


def test_bulleted_lines_that_open_with_a_province() -> None:
    text = (
        "⚡️ Truce monitors: 7 shelling incidents over the past 24h.\n\nTargets:\n"
        "▪️ Idlib: Maarrat Misrin (x2), Taftanaz\n▪️ Latakia: Kinsabba (x3)\n▪️ Hamah: Qastun\n\n#Syria"
    )
    assert violations(text) == {
        ("Maarrat Misrin", "Idlib"): 2,
        ("Taftanaz", "Idlib"): 1,
        ("Kinsabba", "Latakia"): 3,
        ("Qastun", "Hama"): 1,
    }


def test_figures_after_a_colon_that_are_all_provinces_are_province_totals() -> None:
    text = (
        "The rebels committed 30 violations of the truce over the past day, the army said. The violations "
        "were spread as follows: Taiz (12), Marib (10) and Al Bayda (8)."
    )
    got = run(text)
    assert all(i.location is None for i in got.incidents)
    assert {i.admin1: i.count for i in got.incidents} == {"Taiz": 12, "Marib": 10, "Al Bayda": 8}


def test_a_weekday_after_fired_is_not_the_target() -> None:
    text = (
        "Government forces breached the truce again: they fired about a dozen shells on Tuesday night at "
        "Kafr Aweid and Sfuhun, a monitoring group said."
    )
    assert set(violations(text)) == {("Kafr Aweid", None), ("Sfuhun", None)}


def test_shelling_was_reported_in_named_towns_on_an_earlier_day() -> None:
    text = (
        "Update as of 6 March 2020. The truce took effect on 1 March. On 4 March, shelling was reported in "
        "the towns of Maar Shamsheh and Talmenes in Idlib governorate."
    )
    got = run(text).incidents
    assert {(i.location, i.admin1, i.date) for i in got if i.kind == VIOLATION} == {
        ("Maar Shamsheh", "Idlib", date(2020, 3, 4)),
        ("Talmenes", "Idlib", date(2020, 3, 4)),
    }


def test_a_province_later_in_the_list_belongs_to_its_own_group() -> None:
    text = (
        "On Tuesday, government guns shelled Ain Larouz and Bara in Jabal Arbaeen, and the edge of Mastumah in "
        "Idlib province, breaking the truce."
    )
    found = violations(text)
    assert found[("Mastumah", "Idlib")] == 1
    assert ("Ain Larouz", None) in found
    assert ("Bara", None) in found


def test_also_in_a_province_after_a_local_area_covers_the_whole_group() -> None:
    text = "Rockets struck the villages of Qastun and Ziyara in the Ghab plain, also in Hama province, breaching the truce."
    assert violations(text) == {("Qastun", "Hama"): 1, ("Ziyara", "Hama"): 1}


def test_hashtags_of_places_are_the_places() -> None:
    text = "Despite the truce, shells hit #Kansafra and #Maarzaf in southern #Idlib today."
    assert violations(text) == {("Kansafra", "Idlib"): 1, ("Maarzaf", "Idlib"): 1}


def test_the_day_before_a_statement_with_the_attribution_after_is_this_statements() -> None:
    sunday = datetime(2019, 10, 27, 9, 0, tzinfo=UTC)
    text = (
        'The militia said on Sunday that the truce had been broken again. "On Saturday, the enemy shelled the '
        'villages of Tal Baydar and Qasimiya in Hasakah province," the statement said.'
    )
    got = [(i.location, i.date) for i in run(text, sunday).incidents if i.kind == VIOLATION]
    assert got == [("Tal Baydar", date(2019, 10, 26)), ("Qasimiya", date(2019, 10, 26))]


def test_a_week_old_bulletin_recalled_with_its_attribution_is_background() -> None:
    text = (
        "The centre said on Sunday that the truce held. On Oct. 19, gunmen attacked Tal Baydar in Hasakah "
        "province, the centre said."
    )
    assert run(text, datetime(2019, 10, 27, 9, 0, tzinfo=UTC)).incidents == ()


def test_figures_written_as_violations_in_brackets_and_a_capital_city_as_target() -> None:
    text = (
        "The rebels committed 40 violations of the truce in Hodeidah province over the past day, a source said. "
        "The violations included shelling of farms in Zabid district (12 violations), Al-Khawkhah (6) and the "
        "Kilo 10 area (2), as well as firing with machine guns on Hodeidah city and the Manzar area of "
        "Al-Hali district."
    )
    found = violations(text)
    assert found[("Zabid", "Hodeidah")] == 12
    assert found[("Al-Khawkhah", "Hodeidah")] == 6
    assert found[("Kilo 10", "Hodeidah")] == 2
    assert found[("Hodeidah", "Hodeidah")] == 1
    assert found[("Manzar", "Hodeidah")] == 1


def test_the_lead_day_dates_the_violations_told_in_detail_below() -> None:
    sunday = datetime(2018, 10, 21, 9, 0, tzinfo=UTC)
    text = (
        "Pakistani troops violated the ceasefire twice along the Line of Control in Jammu and Kashmir on "
        "Saturday night, a defence spokesman said on Sunday.\n\n"
        "The first violation took place in the Mendhar sector of Poonch, the spokesman said. The troops then "
        "opened fire in the Bhimber Gali sector."
    )
    got = {(i.location, i.date) for i in run(text, sunday).incidents if i.kind == VIOLATION}
    assert got == {("Mendhar", date(2018, 10, 20)), ("Bhimber Gali", date(2018, 10, 20))}


def test_a_bracketed_date_line_is_the_dateline() -> None:
    text = "Truce broken 5 times\n\n[ 14 Oct 2018 08:10 ]\n\nBaku. The enemy violated the ceasefire 5 times."
    assert run(text, datetime(2018, 10, 14, 9, 0, tzinfo=UTC)).published == date(2018, 10, 14)


def test_positions_the_fire_came_from_are_not_targets() -> None:
    text = (
        "The enemy violated the ceasefire, subjecting to fire our positions in Aghdam village of Tovuz region "
        "and Kemerli village of Gazakh region from their positions in Berkaber village of Ijevan region."
    )
    assert set(violations(text)) == {("Aghdam", "Tovuz"), ("Kemerli", "Gazakh")}


def test_a_republic_shelled_n_times_is_a_figure_and_regions_are_not_places() -> None:
    text = (
        "Ukrainian forces shelled the DPR 9 times over the past day, targeting Spartak and Staromykhailivka, "
        "the militia said. Kyiv says the separatists violated the truce in Donbas 12 times."
    )
    found = violations(text)
    assert ("Spartak", "Donetsk") in found
    assert "Donbas" not in {loc for loc, _a in found}
    assert "DPR" not in {loc for loc, _a in found}


def test_numbered_lines_that_open_with_a_province() -> None:
    text = (
        "The centre registered five violations of the truce. The breaches were recorded as follows:\n\n"
        "1) Idlib province – militants fired mortars at Kafr Amim (twice);\n"
        "2) Hama province – rockets were fired at the village of Shatha and at army posts near Jalamah;\n"
        "3) Aleppo province – the district of al-Khalidiya was shelled."
    )
    found = violations(text)
    assert found[("Kafr Amim", "Idlib")] >= 1
    assert ("Shatha", "Hama") in found
    assert ("Jalamah", "Hama") in found
    assert ("al-Khalidiya", "Aleppo") in found


def test_a_table_with_pipes() -> None:
    text = (
        "Militants breached the truce 6 times over the past day.\n\n"
        "Province | Settlement | Times\n|---|---|---|\nIdlib | al-Bara | 2\nHama | Kafr Nabudah | 4\n"
    )
    assert violations(text) == {("al-Bara", "Idlib"): 2, ("Kafr Nabudah", "Hama"): 4}


def test_province_figures_without_brackets_after_a_colon() -> None:
    text = (
        "The rebels committed 20 violations of the truce over the past day, the army said. The violations "
        "were distributed as follows: Taiz 12, Marib 5 and Saada 3. In Marib, they shelled Harib."
    )
    got = run(text).incidents
    assert sum(i.count for i in got if i.admin1 == "Marib") == 5
    assert {i.admin1 for i in got} == {"Taiz", "Marib", "Saada"}
    assert ("Harib", "Marib") in violations(text)


def test_a_neighbourhood_named_for_a_date_is_a_place_not_a_day() -> None:
    text = (
        "The militias broke the truce, shelling Hays (3 violations) and the 22 May neighbourhood (2) in "
        "Hodeidah governorate, the coalition said."
    )
    got = run(text).incidents
    assert {(i.location, i.count) for i in got} >= {("Hays", 3), ("22 May", 2)}
    assert all(i.date == date(2021, 3, 10) for i in got)


def test_shelling_from_positions_of_a_group_of_the_settlements_of() -> None:
    text = (
        '"Over the past day we registered shelling from positions of the armed groups of the settlements of '
        'Jurin (Hama), Bdama (Idlib, twice) and Kabani (Latakia)," the centre said, noting the truce.'
    )
    assert violations(text) == {("Jurin", "Hama"): 1, ("Bdama", "Idlib"): 2, ("Kabani", "Latakia"): 1}


def test_localities_that_came_under_fire_were() -> None:
    text = (
        "Gunmen broke the truce 20 times. Among the localities that came under fire were Taftanaz and Binnish "
        "in Idlib province and al-Rashidin in Aleppo province."
    )
    assert set(violations(text)) >= {("Taftanaz", "Idlib"), ("Binnish", "Idlib"), ("al-Rashidin", "Aleppo")}


def test_a_descriptive_adjective_before_town_of_and_each() -> None:
    text = (
        "Breaking the truce, militants struck the Alawite-majority town of Jeb Ramleh twice, while the nearby "
        "villages of Tall Salhab and Qastun each came under fire once."
    )
    assert violations(text) == {("Jeb Ramleh", None): 2, ("Tall Salhab", None): 1, ("Qastun", None): 1}


def test_dash_bullets_keep_the_place_and_its_count_not_weapons_or_sources() -> None:
    text = (
        "The militia said Kyiv violated the ceasefire four times over the past day.\n\n"
        "The following areas came under fire:\n"
        "- Sakhanka - twice, from Vodiane, 82mm mortar, 12 mines;\n"
        "- Leninske - from the direction of Pavlopil, RPG, 3 grenades;\n"
        "- Kominternove (outskirts) - 120mm mortar, 6 mines."
    )
    assert set(violations(text)) == {("Sakhanka", None), ("Leninske", None), ("Kominternove", None)}
    assert violations(text)[("Sakhanka", None)] == 2


def test_a_paragraph_that_states_its_region_covers_the_places_below() -> None:
    text = (
        "The JCCC said the truce was broken at the weekend.\n\n"
        "On Saturday, three violations were recorded in Luhansk region. The occupiers fired grenade launchers at "
        "positions near Krymske; mortars were used against Orikhove, near Popasna, from the direction of Holubivske."
    )
    named = {key for key in violations(text) if key[0] is not None}
    assert named == {("Krymske", "Luhansk"), ("Orikhove", "Luhansk")}
    assert sum(violations(text).values()) == 3  # the region's figure


def test_province_figure_for_two_provinces_together_is_neither_provinces() -> None:
    text = (
        "The monitors recorded 300 ceasefire violations in Donetsk and Luhansk regions. In Donetsk region, the "
        "mission recorded 200 ceasefire violations. In Luhansk region, it recorded 100 ceasefire violations."
    )
    got = {i.admin1: i.count for i in run(text).incidents}
    assert got == {"Donetsk": 200, "Luhansk": 100}


def test_groups_that_open_with_their_province() -> None:
    text = (
        "The centre said militants broke the truce, and targeted, in Idleb province, Sarmin (3 times) and "
        "Afes; in Lattakia province, Kinsabba (twice); in Hama province, Qalaat al-Madiq."
    )
    assert violations(text) == {
        ("Sarmin", "Idlib"): 3,
        ("Afes", "Idlib"): 1,
        ("Kinsabba", "Latakia"): 2,
        ("Qalaat al-Madiq", "Hama"): 1,
    }


def test_province_figures_told_with_with_and_where_there_were() -> None:
    text = (
        "The ceasefire was violated 12 times: the breaches were recorded in the provinces of Idlib, where there "
        "were seven, Aleppo with three, while the remaining two were registered in Hamah."
    )
    got = {i.admin1: i.count for i in run(text).incidents}
    assert got == {"Idlib": 7, "Aleppo": 3, "Hama": 2}


def test_cases_of_firing_by_province_in_brackets() -> None:
    text = (
        '"The Russian party recorded 6 cases of firing: in the provinces of Rural Damascus (4) and Aleppo (2)," '
        "the bulletin of the truce monitors says."
    )
    got = {i.admin1: i.count for i in run(text).incidents}
    assert got == {"Rif Dimashq": 4, "Aleppo": 2}


def test_capitals_named_as_the_two_sides_do_not_scope_the_article() -> None:
    text = (
        "Gunmen in eastern Aleppo fired on the al-Midan district twice on Friday during the pause announced by "
        "Moscow and Damascus, the centre said, breaking the truce."
    )
    assert violations(text) == {("al-Midan", "Aleppo"): 2}


def test_a_list_of_breaches_with_an_air_raid_in_it_is_still_violations() -> None:
    text = (
        "The opposition said the truce was broken on Sunday. The violations included artillery shelling of "
        "Tasil in Daraa province and an air raid on Kafr Zita in northern Hama."
    )
    assert violations(text) == {("Tasil", "Daraa"): 1, ("Kafr Zita", "Hama"): 1}


def test_a_city_heading_with_its_figure_over_its_districts() -> None:
    text = (
        "The militants broke the truce 5 times. The bulletin listed them as follows:\n"
        "• Aleppo city – 3: al-Sukkari (2), Bab al-Nairab\n"
        "• Latakia province – 2: Kinsabba (2)"
    )
    assert violations(text) == {
        ("al-Sukkari", "Aleppo"): 2,
        ("Bab al-Nairab", "Aleppo"): 1,
        ("Kinsabba", "Latakia"): 2,
    }


def test_a_dateline_city_heading_a_later_paragraph_is_not_the_setting() -> None:
    text = (
        "INTERFAX\n10.08.2015 12:41\n\nKYIV. Militants opened fire on Ukrainian positions 9 times over the past "
        "day, the ATO press centre said. Pisky and Opytne came under fire."
    )
    found = violations(text)
    assert set(found) == {("Pisky", None), ("Opytne", None)}


def test_a_region_in_brackets_after_one_town_is_that_towns_only() -> None:
    text = (
        "Russia's hybrid forces violated the ceasefire 4 times.\n\n"
        "🔸 Near Vodiane the occupiers fired mortars at our positions;\n"
        "🔸 the enemy opened fire near Zolote-4 (Luhansk region) twice."
    )
    found = violations(text)
    assert found[("Zolote-4", "Luhansk")] == 2
    assert ("Vodiane", None) in found


def test_azad_kashmir_goes_by_its_common_english_name() -> None:
    text = "Indian troops violated the ceasefire on the LoC, firing on Nikial in Azad Jammu and Kashmir, ISPR said."
    assert violations(text) == {("Nikial", "Azad Kashmir"): 1}


def test_a_bulleted_intro_and_bullets_that_end_with_their_province() -> None:
    text = (
        "⚡️ Monitors logged 9 shelling incidents over the past day, breaking the truce.\n\n"
        "📍 Among the places hit:\n"
        "🔹 Kafr Rumma (x3), Maarzaf — Idlib\n"
        "🔹 Kinsabba (x2) — Latakia"
    )
    assert violations(text) == {
        ("Kafr Rumma", "Idlib"): 3,
        ("Maarzaf", "Idlib"): 1,
        ("Kinsabba", "Latakia"): 2,
    }


def test_a_place_and_day_dateline_is_not_the_setting() -> None:
    text = (
        "Aden – Monday, 15 July 2019\n\n"
        "The militia violated the ceasefire in Hodeidah governorate 12 times yesterday, the joint forces said. "
        "Fire was opened on the village of al-Manzar in al-Hali district 3 times."
    )
    found = violations(text)
    assert found[("al-Manzar", "Hodeidah")] == 3
    assert all(admin == "Hodeidah" for _loc, admin in found)


def test_monitors_prose_with_occasions_also_in_and_reported_on() -> None:
    text = (
        "Flash update as of 20 March 2020. The ceasefire remains largely in place.\n\n"
        "On 18 March, Kansafra, also in southern Idlib, was shelled on three occasions, and Fleifel once. "
        "Artillery fire was also reported on Kafr Taal, in western Aleppo governorate, on 19 March."
    )
    got = {(i.location, i.admin1, i.count, i.date) for i in run(text).incidents if i.kind == VIOLATION}
    assert got == {
        ("Kansafra", "Idlib", 3, date(2020, 3, 18)),
        ("Fleifel", "Idlib", 1, date(2020, 3, 18)),  # the one province the article names
        ("Kafr Taal", "Aleppo", 1, date(2020, 3, 19)),
    }


def test_a_reporting_verb_before_the_subject_of_a_passive() -> None:
    text = (
        "Terrorists fired mortar shells on residential neighborhoods of Damascus city, breaking the truce. "
        "The source said the Qassaa neighborhood was hit twice, while shells fell near Arnous Square."
    )
    found = violations(text)
    assert found[("Qassaa", "Damascus")] == 2
    assert ("Arnous Square", "Damascus") in found


def test_a_day_and_month_opening_an_item_is_a_date_unless_a_place_follows() -> None:
    text = "On 17 March, Marayan was shelled, breaking the truce. On 18 March, the 8 March square was hit."
    found = {loc for loc, _a in violations(text)}
    assert "17 March" not in found
    assert "Marayan" in found


def test_resorted_to_firing_in_sectors_and_a_negated_report() -> None:
    text = (
        "Srinagar, May 14 (PTI) Pakistani troops violated the ceasefire along the LoC on Sunday, officials said "
        "on Monday.\n\nThe Pakistan Army resorted to unprovoked firing with small arms in the Keri sector of "
        "Rajouri, a defence spokesman said. No firing was reported from the Hiranagar sector, a BSF officer said."
    )
    got = {
        (i.location, i.date)
        for i in run(text, datetime(2018, 5, 14, 9, 0, tzinfo=UTC)).incidents
        if i.location
    }
    assert got == {("Keri", date(2018, 5, 13))}


def test_a_weekday_lead_is_no_dateline() -> None:
    text = (
        "Monday, March 15, 2021\n\nThe truce was broken at the weekend.\n\n"
        "On Saturday, March 13, two violations were recorded in Donetsk region: the enemy fired at Shumy."
    )
    got = [
        (i.location, i.date)
        for i in run(text, datetime(2021, 3, 15, 9, 0, tzinfo=UTC)).incidents
        if i.location
    ]
    assert got == [("Shumy", date(2021, 3, 13))]


def test_the_city_neighbourhoods_of_and_the_list_also_included() -> None:
    text = (
        "Militants broke the truce, firing mortars at the Aleppo neighborhoods of Bustan al-Basha (twice) and "
        'Halab al-Jadida. The list also included "Jurin in Hama province and Kinsabba in Latakia province," '
        "he said, adding that the Turkish part of the commission registered four violations."
    )
    assert violations(text) == {
        ("Bustan al-Basha", "Aleppo"): 2,
        ("Halab al-Jadida", "Aleppo"): 1,
        ("Jurin", "Hama"): 1,
        ("Kinsabba", "Latakia"): 1,
    }


def test_province_figures_with_the_word_province_before_the_dash() -> None:
    text = (
        '"The Russian part registered 6 truce breaches: Idlib province - 4, Lattakia province - 2," it said.'
    )
    assert {i.admin1: i.count for i in run(text).incidents} == {"Idlib": 4, "Latakia": 2}


def test_listed_the_following_opened_fire_and_took_place_in() -> None:
    text = (
        "The centre registered 7 ceasefire violations. The Russian side listed the following: Abu Dali (2) in Hama "
        "province; Zarbah (1) in Aleppo province. In Latakia, gunmen shelled Kinsabba three times and opened fire "
        "at Ghmam. Two of them took place in Hama province, two in Aleppo province."
    )
    found = violations(text)
    assert found[("Abu Dali", "Hama")] == 2
    assert found[("Zarbah", "Aleppo")] >= 1
    assert found[("Kinsabba", "Latakia")] == 3
    assert found[("Ghmam", "Latakia")] == 1


def test_lead_figures_shelling_by_an_actor_on_places_and_a_pause() -> None:
    text = (
        "Despite the pause in the operation, the militants carried out 20 attacks, the ministry said. According to "
        "the ministry, 17 of the attacks were directed at Ras al-Ain in Hasakah province, while Tal Abyad in Raqqa "
        "province came under fire on three occasions. Our teams responded to shelling by regime forces and their "
        "allies on Ariha (x2) and Binnish.\n\n🔁 412   ❤ 960"
    )
    found = violations(text)
    assert found[("Ras al-Ain", "Hasakah")] == 17
    assert found[("Tal Abyad", "Raqqa")] == 3
    assert found[("Ariha", None)] == 2
    assert ("Binnish", None) in found
    assert "960" not in {loc for loc, _a in found}


def test_a_colon_list_of_groups_that_open_with_in_province() -> None:
    text = (
        "Militants breached the truce 6 times. The centre listed the following: in Idlib province – Abu Dhuhur "
        "(four times); in Latakia province – Kabani (once), Ein al-Qantara."
    )
    assert violations(text) == {
        ("Abu Dhuhur", "Idlib"): 4,
        ("Kabani", "Latakia"): 1,
        ("Ein al-Qantara", "Latakia"): 1,
    }


def test_fire_registered_near_places_and_artillery_shelling_in_a_list_of_violations() -> None:
    text = (
        "The enemy violated the ceasefire five times. Enemy fire was registered near Krymske (three times) and "
        "Orikhove in Luhansk oblast. The violations included artillery shelling on al-Faza and al-Jah areas."
    )
    found = violations(text)
    assert found[("Krymske", "Luhansk")] == 3
    assert ("Orikhove", "Luhansk") in found
    assert {loc for loc, _a in found} >= {"al-Faza", "al-Jah"}


def test_monitors_figures_per_region_without_a_comma_give_no_overall_total() -> None:
    text = (
        "The mission recorded ceasefire violations in both regions. In Donetsk region the SMM recorded 120 "
        "ceasefire violations, including 40 explosions. In Luhansk region the SMM recorded 30 ceasefire "
        "violations, more than the previous day."
    )
    got = run(text)
    assert {i.admin1: i.count for i in got.incidents} == {"Donetsk": 120, "Luhansk": 30}
    assert got.reported_total is None


def test_fired_near_a_place_and_a_truce_with_a_long_name() -> None:
    text = (
        "Ukrainian troops violated the New Year and Christmas truce four times over the past day. In Luhansk "
        "region, invaders fired grenade launchers near Zolote-4, from positions near Pervomaisk."
    )
    got = run(text)
    assert got.reported_total == 4
    assert ("Zolote-4", "Luhansk") in violations(text)
    assert "Pervomaisk" not in {loc for loc, _a in violations(text)}


def test_province_figure_lines_with_their_places_in_brackets() -> None:
    text = (
        "Over the past 24 hours the Russian part registered 4 shelling attacks, breaking the truce:\n"
        "Latakia — 1 (Kabani)\nAleppo — 3 (Zahraa (x2), Khan Tuman)\n"
    )
    assert violations(text) == {
        ("Kabani", "Latakia"): 1,
        ("Zahraa", "Aleppo"): 2,
        ("Khan Tuman", "Aleppo"): 1,
    }


def test_since_the_early_hours_is_fresh_and_that_on_saturday_dates_the_attack() -> None:
    sunday = datetime(2020, 3, 8, 12, 0, tzinfo=UTC)
    text = (
        "Two days into the truce.\n\n"
        '"Since the early hours of Sunday, regime forces have fired rockets on Kansafra and Sfouhen," the '
        "monitors said. They added that on Saturday evening regime forces had launched mortar rounds at Kafr "
        "Awid, also in Jabal al-Zawiya."
    )
    got = {(i.location, i.date) for i in run(text, sunday).incidents if i.kind == VIOLATION}
    assert got == {
        ("Kansafra", date(2020, 3, 8)),
        ("Sfouhen", date(2020, 3, 8)),
        ("Kafr Awid", date(2020, 3, 7)),
    }


def test_a_citys_districts_in_brackets_are_the_places_and_leaders_are_not() -> None:
    text = (
        "Ukrainian forces shelled the republic 4 times, breaking the truce. Targeted were Gorlovka (Zaitsevo, "
        "Shirokaya Balka) and Spartak. Zelensky and Putin discussed the truce by phone."
    )
    found = {loc for loc, _a in violations(text)}
    assert found >= {"Zaitsevo", "Shirokaya Balka", "Spartak"}
    assert not found & {"Gorlovka", "Zelensky", "Putin"}


def test_a_place_in_brackets_after_a_place_keeps_its_province() -> None:
    text = "Militants breached the truce, shelling Kabani (Latakia, twice) and Jurin (Hama)."
    assert violations(text) == {("Kabani", "Latakia"): 2, ("Jurin", "Hama"): 1}


def test_passive_lists_placed_after_the_verb() -> None:
    text = (
        "The centre said the truce was broken again. The villages of Jurin (twice), al-Ruwayda and Shatha were "
        "shelled in Latakia province, while the al-Zahra district came under fire with mortar rounds (twice)."
    )
    found = violations(text)
    assert found[("Jurin", "Latakia")] == 2
    assert ("al-Ruwayda", "Latakia") in found
    assert ("Shatha", "Latakia") in found
    assert found[("al-Zahra", "Latakia")] == 2  # the one province the text names


def test_province_of_headings_over_semicolon_groups() -> None:
    text = (
        "Armed groups violated the truce 9 times in 24 hours.\n\n"
        "Province of Aleppo — the settlements of Bashkoy and Handarat; the districts of Salah ad-Din (four times) "
        "and the 1070 apartments project (twice).\n\nProvince of Homs — Talbiseh."
    )
    assert violations(text) == {
        ("Bashkoy", "Aleppo"): 1,
        ("Handarat", "Aleppo"): 1,
        ("Salah ad-Din", "Aleppo"): 4,
        ("1070 apartments project", "Aleppo"): 2,
        ("Talbiseh", "Homs"): 1,
    }


def test_respectively_gunfire_and_a_districts_possessive() -> None:
    text = (
        "The militias committed 20 violations of the truce in Hodeidah province. They targeted the 22 May "
        "neighbourhood and the Kilo 8 area with machine guns, three times and four times respectively. Zabid "
        "district came under heavy gunfire eleven times. Bayt al-Faqih district's al-Mansuriyah was shelled twice."
    )
    found = violations(text)
    assert found[("22 May", "Hodeidah")] == 3
    assert found[("Kilo 8", "Hodeidah")] == 4
    assert found[("Zabid", "Hodeidah")] == 11
    assert found[("al-Mansuriyah", "Hodeidah")] == 2


def test_sector_paragraphs_infinitives_and_units_fired_at_from_positions() -> None:
    text = (
        "KYIV — Russia's hybrid forces violated the ceasefire nine times.\n\n"
        "In the Donetsk sector, occupiers used mortars to shell the outskirts of Pisky. Defenders near Avdiivka "
        "were also targeted, and sniper fire was recorded close to Pivdenne.\n\n"
        "Units stationed in the village of Alibeyli of Tovuz region were fired at from positions in Berdavan."
    )
    found = violations(text)
    assert {
        ("Pisky", "Donetsk"),
        ("Avdiivka", "Donetsk"),
        ("Pivdenne", "Donetsk"),
        ("Alibeyli", "Tovuz"),
    } <= set(found)
    assert not {loc for loc, _a in found} & {"Defenders", "Berdavan", "Kyiv"}


def test_mortars_fired_at_a_settlement_are_fired_at_it() -> None:
    text = "4) Damascus province – mortars were fired at the settlement of Zamalka, breaking the truce."
    assert violations(text) == {("Zamalka", "Damascus"): 1}


def test_n_of_the_incidents_in_a_province_and_one_place_taking_its_provinces_figure() -> None:
    text = (
        "Gunmen violated the truce 9 times. The centre said 5 of the incidents were registered in Idlib province "
        "and four in Aleppo province.\n\n• Latakia – 2 (Kbana)\n"
    )
    got = run(text)
    assert per_province(got) == {"Idlib": 5, "Aleppo": 4, "Latakia": 2}
    assert ("Kbana", "Latakia") in violations(text)


def test_gaza_as_the_source_of_rockets_is_not_the_towns_province() -> None:
    text = (
        "Militants in Gaza broke the truce on Tuesday, firing rockets at Sderot and Netivot, the army said."
    )
    assert violations(text) == {("Sderot", None): 1, ("Netivot", None): 1}


def test_explicit_zero_reports_in_other_words() -> None:
    for text in (
        "Over the past day, no violations of the ceasefire regime by the armed formations of the Russian "
        "Federation were recorded in the area of the Joint Forces Operation.",
        "The Russian members of the commission did not register a single ceasefire violation over the past day.",
        "Two months on, not a single ceasefire violation has been recorded along the Line of Control.",
    ):
        assert run(text).reported_total == 0, text


def test_monitor_and_militia_idioms() -> None:
    text = (
        "The militia said Kiev's troops broke the truce. Mortar crews worked on Zhelobok twice, while Kalinovo and "
        "the outskirts of Sokolniki took one hit each. The majority of the violations were recorded south-east of "
        "Horlivka. Monitors heard fire close to Marinka. Dovegh and Koti were among the settlements targeted."
    )
    found = {loc for loc, _a in violations(text)}
    assert found >= {"Zhelobok", "Kalinovo", "Sokolniki", "Horlivka", "Marinka", "Dovegh", "Koti"}


def test_violations_that_included_drone_attacks_stay_violations() -> None:
    text = (
        "The militias breached the truce 20 times. The violations in Hodeidah governorate included drone attacks "
        "on Hays district (13 times), Al-Tuhayta (seven) and Kilo 16 (four)."
    )
    got = {(i.location, i.kind, i.count) for i in run(text).incidents if i.location}
    assert got == {("Hays", VIOLATION, 13), ("Al-Tuhayta", VIOLATION, 7), ("Kilo 16", VIOLATION, 4)}


def test_bulleted_place_province_count_lines_under_a_bulleted_intro() -> None:
    text = (
        "⚡️ Monitors: terrorists carried out 4 shelling attacks over the last 24 hours, breaking the truce.\n"
        "📍 Kabani (Latakia) – 2\n📍 Saraqeb (Idlib) – 1\n📍 Bashkatin (Aleppo) – 1\n#Syria"
    )
    assert violations(text) == {("Kabani", "Latakia"): 2, ("Saraqeb", "Idlib"): 1, ("Bashkatin", "Aleppo"): 1}


def test_twice_each_after_a_list() -> None:
    text = "Breaking the truce, rebels lobbed mortar shells at the districts of Jobar and Qaboun, twice each."
    assert violations(text) == {("Jobar", None): 2, ("Qaboun", None): 2}


def test_n_of_the_attacks_targeted_a_place() -> None:
    text = "The terrorists committed 14 violations of the pause, the ministry said; 12 of the attacks targeted the Ras al-Ain area of Hasakah province."
    assert violations(text)[("Ras al-Ain", "Hasakah")] == 12


def test_semicolon_groups_led_by_their_province_and_its_district() -> None:
    text = (
        "Militants violated the truce 9 times. In Damascus province gunmen fired on Jobar (twice) and Qaboun; "
        "in Hama province, on Maan and Taibat al-Imam (twice); in Latakia province, Kinsibba came under fire. "
        "Among the targeted localities are Kabani (three times) in Latakia, the outskirts of Aleppo city and its "
        "al-Hamdaniya district, and Kfar Amim in Hama province."
    )
    found = violations(text)
    assert found[("Jobar", "Damascus")] == 2
    assert ("Qaboun", "Damascus") in found
    assert found[("Taibat al-Imam", "Hama")] == 2
    assert ("Maan", "Hama") in found
    assert found[("Kabani", "Latakia")] == 3
    assert ("al-Hamdaniya", "Aleppo") in found


def test_a_briefing_in_the_capital_and_a_republics_territory_are_no_places() -> None:
    text = (
        "Ukraine's military said the rebels violated the truce 9 times. A spokesman told a briefing in Kiev that "
        "rebels had pounded Avdiivka, and attacks hit Shyrokyne, east of Mariupol, three times. The rebels accused "
        "Kiev's forces of shelling Horlivka and said the ceasefire was holding. Ukraine shelled the territory of the "
        "Lugansk People's Republic five times, the JCCC office of control and coordination said."
    )
    found = violations(text)
    assert found[("Shyrokyne", None)] == 3
    assert {loc for loc, _a in found} >= {"Avdiivka", "Horlivka"}
    assert not {loc for loc, _a in found} & {"Mariupol", "Kyiv", "Kiev", "Luhansk", "Coordination"}
    assert all(admin != "Kyiv" for _loc, admin in found)


def test_a_citys_neighbourhoods_of_a_list_and_gunfire_at_a_district() -> None:
    text = (
        'Militants broke the truce. "Terrorists shelled the Damascus neighbourhoods of Bab Touma, al-Qassaa and '
        'Abbasiyin, as well as the towns of Jaramana and Harasta (four times)," the statement read. In Daraa '
        "province, the centre reported gunfire at the Daraa al-Mahatta district."
    )
    found = violations(text)
    assert {("Bab Touma", "Damascus"), ("al-Qassaa", "Damascus"), ("Abbasiyin", "Damascus")} <= set(found)
    assert found[("Harasta", "Damascus")] == 4
    assert ("Daraa al-Mahatta", "Daraa") in found


def test_capitalised_figure_words_fire_from_and_used_near() -> None:
    text = (
        "Over the past day, June 8, armed formations breached the ceasefire regime six times, the press service "
        "said in its morning update.\n\nFour of these violations took place in Donetsk oblast. The other two were "
        "recorded in Luhansk oblast, where the invaders used an 82mm mortar near Krymske."
    )
    got = run(text, datetime(2021, 6, 9, 8, 0, tzinfo=UTC))
    assert per_province(got) == {"Donetsk": 4, "Luhansk": 2}
    assert [(i.location, i.date) for i in got.incidents if i.location] == [("Krymske", date(2021, 6, 8))]


def test_shelling_registered_of_places_and_an_aside_with_an_old_month() -> None:
    text = (
        '"Over the past day, shelling by illegal armed groups was registered of Zitan (twice) and the Aleppo city '
        'district of Jamiyat al-Zahraa (three times) in Aleppo province," the general said, breaking the truce. '
        "In Aleppo, which came fully under government control in December, gunmen shelled the Ramouseh quarter on "
        "two occasions."
    )
    found = violations(text)
    assert found[("Zitan", "Aleppo")] == 2
    assert found[("Jamiyat al-Zahraa", "Aleppo")] == 3
    assert found[("Ramouseh", "Aleppo")] == 2


def test_bullets_under_a_listed_intro_and_an_initiated_violation_in_a_sector() -> None:
    text = (
        "The militia committed 30 breaches of the truce in Hodeidah governorate over the past day.\n\n"
        "The statement listed the following targets:\n"
        "• residential neighbourhoods in Zabid district - mortar shells\n"
        "• Al-Khawkhah (several times)\n\n"
        '"At about 0730 hours, the Pakistan army initiated unprovoked ceasefire violation with small arms in the '
        'Keri sector," the spokesman said.'
    )
    found = {loc for loc, _a in violations(text)}
    assert found >= {"Zabid", "Al-Khawkhah", "Keri"}
    assert "Attacked" not in found


def test_passive_places_after_a_province_lead_both_in_and_a_breakdown_colon() -> None:
    text = (
        "Jihadists holed up in Idlib opened fire 11 times, breaking the truce. In the province of Aleppo, "
        "Al-Zahraa was shelled three times. Further south, Kalaat al-Madiq was hit twice and Shaizar once, both "
        "in Hama. Breakdown: Idlib 4, Latakia 2."
    )
    got = run(text)
    found = violations(text)
    assert found[("Al-Zahraa", "Aleppo")] == 3
    assert found[("Kalaat al-Madiq", "Hama")] == 2
    assert found[("Shaizar", "Hama")] == 1
    assert per_province(got)["Idlib"] == 4  # the attackers' base is not where the 11 belong
    assert per_province(got)["Latakia"] == 2


def test_a_lull_is_a_truce() -> None:
    text = "Rebels fired mortar shells on the New Aleppo district on Wednesday, despite the lull announced by Russia."
    assert violations(text) == {("New Aleppo", "Aleppo"): 1}


def test_bullets_with_their_districts_and_three_times_each() -> None:
    text = (
        "Rangers violated the ceasefire along the border overnight. The shelling hit the following areas:\n"
        "• Arnia and Suchetgarh in R S Pura sector, Jammu district — three times each\n"
        "• Hiranagar, Kathua district\n"
        "• Ramgarh (twice) and Chamliyal, Samba district\n"
    )
    found = {loc: n for (loc, _a), n in violations(text).items()}
    assert found == {"Arnia": 3, "Suchetgarh": 3, "Hiranagar": 1, "Ramgarh": 2, "Chamliyal": 1}


def test_a_list_sentence_after_a_violations_sentence_and_abbreviated_provinces() -> None:
    text = (
        "Idlib zone, last 24h (reconciliation centre): 5 shelling attacks by terrorists. Kabani, Latakia prov. - x3; "
        "Jurin, Hama prov. - x2. "
        "No casualties reported."
    )
    got = run(text)
    assert violations(text) == {("Kabani", "Latakia"): 3, ("Jurin", "Hama"): 2}
    assert "Idlib" not in per_province(got)


def test_the_bulletin_listed_places_and_regional_figures_without_commas() -> None:
    text = (
        "Rebels violated the truce 14 times. In Damascus province nine violations were registered. The bulletin "
        "listed Jobar (3), Ein Tarma (2) and Douma (2). Five were recorded in Latakia province."
    )
    got = run(text)
    assert violations(text)[("Jobar", "Damascus")] == 3
    assert per_province(got)["Damascus"] == 9
    assert per_province(got)["Latakia"] == 5
