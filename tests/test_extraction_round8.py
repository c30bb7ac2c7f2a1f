"""Eighth generalisation round for English (failure classes of the earlier blind rounds and of round 30): one
snippet per rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extraction.english import extract
from tests.test_extraction_round3 import RECEIVED, violations


def test_a_district_owned_by_the_city_in_lower_case_is_the_place() -> None:
    text = (
        "Breaking the truce, in Aleppo province the gunmen fired at the city's al-Ashrafiyah district three "
        "times and at the town's western quarter of Bustan al-Basha once."
    )
    assert violations(text) == {("al-Ashrafiyah", "Aleppo"): 3, ("Bustan al-Basha", "Aleppo"): 1}


def test_an_attack_with_its_target_between_commas_is_one_noun_phrase() -> None:
    text = "The truce was broken overnight. One more attack, on the hamlet of Zuwayk, was logged in Idlib province."
    assert violations(text) == {("Zuwayk", "Idlib"): 1}


def test_a_province_in_the_places_own_sentence_wins_over_the_paragraphs_earlier_one() -> None:
    text = (
        "Breaking the truce, gunmen shelled Ghanto (twice) in Homs province. Attacks on Bustan and Rabia "
        "were also logged in Latakia province."
    )
    assert violations(text) == {("Ghanto", "Homs"): 2, ("Bustan", "Latakia"): 1, ("Rabia", "Latakia"): 1}


def test_a_figure_of_attacks_at_one_named_place_is_that_places_count() -> None:
    text = (
        "The militants broke the truce 17 times, the ministry said, adding that 12 of the attacks, made with "
        "mortars and rockets, took place around Mabrouka in Hasakah province and five around Suluk in Raqqa "
        "province."
    )
    assert violations(text) == {("Mabrouka", "Hasakah"): 12, ("Suluk", "Raqqa"): 5}


def test_listed_figures_in_towns_with_their_provinces_and_a_landmark_after_a_comma() -> None:
    text = (
        "The gunmen violated the truce nine times, the statement said, listing six attacks in Tell Tamr in "
        "Hasakah province, two in Ain Issa in Raqqa province and one on the village of Umm Shaifa, north of "
        "Tell Tamr."
    )
    assert violations(text) == {
        ("Tell Tamr", "Hasakah"): 6,
        ("Ain Issa", "Raqqa"): 2,
        ("Umm Shaifa", None): 1,
    }


def test_breaches_recorded_in_districts_with_figures_followed_by_others() -> None:
    text = (
        "The militia committed 64 violations of the truce in Hodeidah governorate. Most of the breaches were "
        "registered in Zabid district (30), followed by Bajil (20) and al-Marawi'a (14)."
    )
    assert violations(text) == {
        ("Zabid", "Hodeidah"): 30,
        ("Bajil", "Hodeidah"): 20,
        ("al-Marawi'a", "Hodeidah"): 14,
    }


def test_a_figure_over_several_places_is_not_given_to_the_first() -> None:
    text = "In breach of the ceasefire, four attacks were recorded near Hnutove and Shyrokyne, the HQ said."
    assert violations(text) == {("Hnutove", None): 1, ("Shyrokyne", None): 1}


def test_groups_headed_by_their_province_and_a_dash_after_a_colon() -> None:
    text = (
        "Ceasefire breaches, last day — gunmen fired at: Idlib prov. — Saraqib (2), Taftanaz (1); "
        "Aleppo prov. — Anjara (3)."
    )
    assert violations(text) == {("Saraqib", "Idlib"): 2, ("Taftanaz", "Idlib"): 1, ("Anjara", "Aleppo"): 3}


def test_a_later_in_region_setting_does_not_reach_the_places_before_it() -> None:
    text = (
        "The enemy broke the ceasefire six times. Mortars were fired at our positions near Pavlopil and "
        "Talakivka (twice).\n\nIn Luhansk region, the occupiers opened fire near Orikhove and Zolote."
    )
    assert violations(text) == {
        ("Pavlopil", None): 1,
        ("Talakivka", None): 2,
        ("Orikhove", "Luhansk"): 1,
        ("Zolote", "Luhansk"): 1,
    }


def test_weapons_that_were_used_near_places() -> None:
    text = (
        "The truce was broken 4 times. Heavy machine guns and mortars were used near Hranitne and Chermalyk."
    )
    assert violations(text) == {("Hranitne", None): 1, ("Chermalyk", None): 1}


def test_a_place_that_was_shot_at_and_an_elliptic_count_after_it() -> None:
    text = "Baku's forces violated the ceasefire in Tavush province. Movses was shot at twice, and Aygedzor once."
    assert violations(text) == {("Movses", "Tavush"): 2, ("Aygedzor", "Tavush"): 1}


def test_majority_and_adjacent_are_not_part_of_a_district_name() -> None:
    text = (
        "Breaking the truce, mortar rounds landed in the Druze-majority Jaramana suburb and the adjacent "
        "al-Dwela area."
    )
    assert violations(text) == {("Jaramana", None): 1, ("al-Dwela", None): 1}


def test_a_figure_between_two_months_is_no_days_total() -> None:
    text = (
        "The two armies agreed to respect the ceasefire. Official data show that over 640 ceasefire violations "
        "were recorded along the border between February and June."
    )
    assert extract(text, RECEIVED, {}).reported_total is None


def test_region_lines_with_their_own_figures_give_no_overall_total() -> None:
    text = (
        "Weekly update\n\nDonetsk region: 2,315 ceasefire violations, incl. about 800 explosions.\n"
        "Luhansk region: 640 ceasefire violations, incl. about 150 explosions.\n"
    )
    assert extract(text, RECEIVED, {}).reported_total is None


def test_a_months_figure_is_not_the_days_total() -> None:
    text = (
        "The headquarters counted 97 violations in January. On Monday the formations violated the ceasefire "
        "three times near Pisky."
    )
    assert extract(text, RECEIVED, {}).reported_total == 3


def test_a_figure_for_two_regions_together_is_the_total() -> None:
    text = (
        "The monitors recorded 210 ceasefire violations in Donetsk and Luhansk regions. In Donetsk region, they "
        "recorded 180 ceasefire violations. In Luhansk region, they recorded 30 ceasefire violations."
    )
    assert extract(text, RECEIVED, {}).reported_total == 210


def test_opened_up_with_weapons_near_a_place() -> None:
    text = "The ceasefire was broken twice: the enemy opened up with heavy machine guns near Krymske and Orikhove."
    assert violations(text) == {("Krymske", None): 1, ("Orikhove", None): 1}


def test_attacks_by_a_group_are_the_total_and_bare_figures_after_a_dash_are_per_province() -> None:
    text = (
        "Reconciliation centre (Sat): 14 attacks by Hurras al-Din militants in the Idlib zone over the past day "
        "— Idlib 8, Hama 4, Latakia 2."
    )
    result = extract(text, RECEIVED, {})
    assert result.reported_total == 14
    per_province = {i.admin1: i.count for i in result.incidents if i.location is None and i.admin1}
    assert per_province == {"Idlib": 8, "Hama": 4, "Latakia": 2}


def test_a_weekday_opening_with_a_reported_shelling_is_that_days_event() -> None:
    text = (
        "The rebels kept violating the truce. Late on Monday, the source reported the shelling of the village "
        "of Tell Salhab in western Hama."
    )
    assert violations(text) == {("Tell Salhab", "Hama"): 1}


def test_figures_distributed_over_provinces_with_a_remainder_and_what_they_included() -> None:
    text = (
        "The coalition committed 64 violations of the truce over the past 24 hours. The violations were "
        "distributed as follows: Marib (30), Taiz (20) and Hajjah (8), with the remaining violations recorded "
        "on the border fronts. They included artillery shelling of Hayran district and two drone attacks on "
        "positions in Abs district."
    )
    result = extract(text, RECEIVED, {})
    per_province = {i.admin1: i.count for i in result.incidents if i.location is None and i.admin1}
    assert per_province["Marib"] == 30
    assert per_province["Taiz"] == 20
    assert {i.location for i in result.incidents if i.location} == {"Hayran", "Abs"}
    assert violations(text)[("Abs", None)] == 2


def test_industrial_areas_and_mines_are_named_places() -> None:
    text = "The rebels violated the truce. The al-Arqoub industrial area in Aleppo was shelled twice."
    assert violations(text) == {("al-Arqoub", "Aleppo"): 2}
    assert violations("The truce was broken: militants fired at the Trudovska mine.") == {
        ("Trudovska mine", None): 1
    }


def test_what_a_command_has_repeatedly_described_is_no_habit() -> None:
    text = (
        'A military source said the rebels "targeted the town of Karnaz with mortar shells," adding that the '
        'attacks were what the command had repeatedly described as "a flagrant violation of the truce."'
    )
    assert violations(text) == {("Karnaz", None): 1}


def test_a_digest_with_a_registered_label_figure_and_a_named_line() -> None:
    text = (
        "DAILY DIGEST | ceasefire violations\nShelling attacks registered: 7\n▪️ Hama: 4\n▪️ Idlib: 3\n"
        "Named: Kafr Nabudah (Hama, twice), Maarzaf (Hama)\n"
    )
    result = extract(text, RECEIVED, {})
    assert result.reported_total == 7
    assert violations(text) == {
        ("Kafr Nabudah", "Hama"): 2,
        ("Maarzaf", "Hama"): 1,
        (None, "Hama"): 1,  # the province's other attack, unnamed
        (None, "Idlib"): 3,
    }


def test_fire_on_the_territory_of_a_republic_twice_is_the_total() -> None:
    text = "Over the past day the Ukrainian formations opened fire on the territory of the republic twice."
    assert extract(text, RECEIVED, {}).reported_total == 2


def test_a_figure_that_targeted_a_glossed_area_and_one_carried_out_in_a_town() -> None:
    text = (
        "The militants broke the truce 11 times. Eight of the attacks targeted the Tell Tamr (Girê Xurma) area "
        "in Hasakah province and three were carried out in Ain Issa in Raqqa province."
    )
    assert violations(text) == {("Tell Tamr", "Hasakah"): 8, ("Ain Issa", "Raqqa"): 3}


def test_targets_incl_and_weapons_after_a_dash_near_places() -> None:
    text = "Reconciliation centre: 5 shelling attacks in the Idlib zone over 24h. Targets incl. Maarbalit, Ftireh."
    assert violations(text) == {("Maarbalit", "Idlib"): 1, ("Ftireh", "Idlib"): 1}  # the one province named
    text = (
        "The ceasefire was violated 3 times. Heavy machine guns and small arms - near Hnutove and Pavlopil."
    )
    assert violations(text) == {("Hnutove", None): 1, ("Pavlopil", None): 1}


def test_a_bulleted_named_in_the_bulletin_line() -> None:
    text = "Ceasefire breaches today.\n\n📍 Named in the bulletin: Bidama and Zarzour (Idlib), Beit Ablaq (Latakia)."
    assert violations(text) == {("Bidama", "Idlib"): 1, ("Zarzour", "Idlib"): 1, ("Beit Ablaq", "Latakia"): 1}


def test_an_aside_after_and_does_not_glue_the_next_place() -> None:
    text = (
        "The enemy violated the ceasefire. The invaders opened fire with mortars near Lobacheve and, later in "
        "the evening, with small arms near Shchastia."
    )
    assert violations(text) == {("Lobacheve", None): 1, ("Shchastia", None): 1}


def test_a_persons_age_in_brackets_is_no_count() -> None:
    text = (
        "Pakistani troops violated the ceasefire in Uri sector. A shepherd, Ghulam Nabi (57), was hit by a "
        "splinter, officials said."
    )
    assert ("Ghulam Nabi", None) not in violations(text)
    assert all(n < 57 for n in violations(text).values())


def test_fire_on_settlements_in_several_provinces_n_times_is_the_total() -> None:
    text = (
        "Armed groups opened fire on settlements in the Latakia, Hama and Aleppo provinces 9 times in the past "
        "24 hours, the centre said."
    )
    assert extract(text, RECEIVED, {}).reported_total == 9


def test_has_not_documented_any_ground_shelling_is_a_zero() -> None:
    text = "Calm prevailed in the zone, as the monitor has not documented any ground shelling since midnight."
    assert extract(text, RECEIVED, {}).reported_total == 0


def test_a_sentence_opening_from_positions_is_where_the_fire_came_from() -> None:
    text = (
        "Armenia violated the ceasefire. From positions in the Ijevan region of Armenia, our positions near "
        "the village of Kemerli in the Gazakh district were fired upon twice. Which areas were hit is unclear."
    )
    assert violations(text) == {("Kemerli", "Gazakh"): 2}


def test_breaches_that_included_figures_in_districts() -> None:
    text = (
        "The militia committed 25 violations of the truce. The spokesman said the breaches, all in Hodeidah "
        "province, included 10 in Zabid, eight in Bajil and seven in Al-Khawkhah."
    )
    assert violations(text) == {
        ("Zabid", "Hodeidah"): 10,
        ("Bajil", "Hodeidah"): 8,
        ("Al-Khawkhah", "Hodeidah"): 7,
    }


def test_a_bulleted_in_region_setting_with_a_place_before_the_verb() -> None:
    text = (
        "The formations violated the ceasefire 3 times.\n\n▪️ Near Hranitne, the enemy fired mortars.\n"
        "▪️ In Luhansk region, near Valuiske, the occupiers fired a missile at a stronghold.\n"
    )
    assert violations(text) == {("Hranitne", None): 1, ("Valuiske", "Luhansk"): 1}


def test_a_quoted_region_figure_beside_another_region_is_no_total() -> None:
    text = (
        'The monitors reported violations in both regions. "In Donetsk region, the SMM recorded 305 ceasefire '
        'violations," the report said. In Luhansk region, the Mission recorded 44 ceasefire violations.'
    )
    assert extract(text, RECEIVED, {}).reported_total is None


def test_a_bulleted_total_line() -> None:
    text = "Ceasefire violations\n\n• Hama province: Maardes — 3 times; Souran\n• Total: 4 cases\n"
    assert extract(text, RECEIVED, {}).reported_total == 4


def test_a_headline_style_ceasefire_violated_n_times_and_figures_with_their_places() -> None:
    text = (
        "RuMoD, 24h: ceasefire violated 17 times. Aleppo prov. 9 (incl. Bustan al-Qasr, al-Shaar); Hama 5; "
        "Latakia 3."
    )
    result = extract(text, RECEIVED, {})
    assert result.reported_total == 17
    assert violations(text) == {
        ("Bustan al-Qasr", "Aleppo"): 1,
        ("al-Shaar", "Aleppo"): 1,
        (None, "Aleppo"): 7,
        (None, "Hama"): 5,
        (None, "Latakia"): 3,
    }


def test_attacks_that_targeted_positions_around_a_town_while_others_came_near_another() -> None:
    text = (
        "The militants violated the ceasefire seven times. Five of the attacks targeted positions around "
        "Mabrouka in Hasakah province, while two came near Suluk in Raqqa province."
    )
    assert violations(text) == {("Mabrouka", "Hasakah"): 5, ("Suluk", "Raqqa"): 2}


def test_a_weekdays_bulletin_in_a_digest_dates_its_places() -> None:
    text = (
        "VIOLATIONS (RU Reconciliation Centre, Monday's bulletin)\nShelling attacks registered: 2\n"
        "Named: Zakat (Hama, twice)\n"
    )
    received = datetime(2021, 3, 17, 6, 15, tzinfo=UTC)  # a Wednesday
    days = {i.date for i in extract(text, received, {}).incidents if i.location == "Zakat"}
    assert days == {date(2021, 3, 15)}


def test_the_two_caucasus_armies_firing_on_villages_is_a_truce_report() -> None:
    text = (
        "On Wednesday evening Azerbaijani units once again opened fire on Armenian villages of Tavush. Shots "
        "from small arms hit the outskirts of Movses (3 times) and Aygedzor."
    )
    found = violations(text)
    assert found[("Movses", "Tavush")] == 3
    assert found[("Aygedzor", "Tavush")] == 1


def test_a_bulletin_from_hmeimim_is_a_truce_report() -> None:
    text = "Hmeymim daily: 5 shelling incidents over past day. Hama: Tell Bazam (3), Maarkaba (2)."
    assert violations(text) == {("Tell Bazam", "Hama"): 3, ("Maarkaba", "Hama"): 2}


def test_today_and_a_weekday_between_shelling_and_its_targets() -> None:
    text = (
        "The factions continued to violate the ceasefire. Activists monitored artillery shelling today, "
        "Tuesday, on the villages of Qasimiya and Tal Tawil (twice)."
    )
    assert violations(text) == {("Qasimiya", None): 1, ("Tal Tawil", None): 2}


def test_the_majority_were_recorded_in_areas_near_places() -> None:
    text = (
        "In Luhansk region, the SMM recorded 57 ceasefire violations. The majority were recorded in areas east "
        "of Popasna and around Pervomaisk (non-government-controlled, 58km west of Luhansk)."
    )
    found = violations(text)
    assert found[("Popasna", "Luhansk")] == 1
    assert found[("Pervomaisk", "Luhansk")] == 1


def test_an_ordinal_street_is_a_named_place() -> None:
    text = "The truce was violated. The mercenaries fired machine guns at houses in the 60th Street of Hodeidah city."
    assert ("60th Street", "Hodeidah") in violations(text)


def test_a_weeks_figure_is_no_days_total() -> None:
    text = "Pakistan violated the ceasefire on 9 occasions in the past week along the LoC, officials said."
    assert extract(text, RECEIVED, {}).reported_total is None


def test_harassment_fire_with_weapons_towards_places() -> None:
    text = (
        "The violations consisted of harassment fire with small arms and mortars towards Marayan and Sfuhun."
    )
    assert violations(text) == {("Marayan", None): 1, ("Sfuhun", None): 1}


def test_counts_before_on_belong_to_the_place_after_them() -> None:
    text = (
        "Gunmen violated the truce on Tuesday, firing rocket shells twice on al-Kashef neighborhood and once "
        "on Tariq al-Sad in Daraa city."
    )
    found = violations(text)
    assert found[("al-Kashef", "Daraa")] == 2
    assert found[("Tariq al-Sad", "Daraa")] == 1


def test_an_ordinal_date_name_is_one_place() -> None:
    text = "The truce was violated. Mercenaries fired at the 22nd of May district and the 60th Street."
    found = violations(text)
    assert found[("22nd of May", None)] == 1
    assert found[("60th Street", None)] == 1
