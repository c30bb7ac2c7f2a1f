"""Seventh generalisation round for English (failure classes of blind rounds 21 and 22): one snippet per rule,
worded for this file (invented names and figures)."""

from __future__ import annotations

from datetime import UTC, datetime

from extraction.dates import find_published
from extraction.english import extract
from extraction.model import VIOLATION
from extraction.places import respell_divisions
from tests.test_extraction_round3 import RECEIVED, violations


def test_as_for_a_province_sets_the_province_of_the_list_after_it() -> None:
    text = (
        "Militants broke the truce nine times, the monitors said. As for Hama province, the gunmen targeted "
        "Tell Sikkin, Maan and al-Tuwaina."
    )
    assert violations(text) == {("Tell Sikkin", "Hama"): 1, ("Maan", "Hama"): 1, ("al-Tuwaina", "Hama"): 1}


def test_the_province_hamlet_of_a_place() -> None:
    text = "The truce was violated again: rebels also fired at the Latakia hamlet of Beit Shrouq three times."
    assert violations(text) == {("Beit Shrouq", "Latakia"): 3}


def test_a_nominal_list_keeps_its_last_place_before_its_own_verb() -> None:
    text = (
        "In breach of the ceasefire, the shelling of the nearby villages of al-'Ankawi and Tell Waset continued "
        "until dusk, the monitors said."
    )
    assert violations(text) == {("al-'Ankawi", None): 1, ("Tell Waset", None): 1}


def test_with_the_latter_hit_a_number_of_times() -> None:
    text = (
        "Violating the truce, militants shelled Zour al-Hissa and Deir Mama, with the latter hit no fewer than "
        "four times, the centre said."
    )
    assert violations(text) == {("Zour al-Hissa", None): 1, ("Deir Mama", None): 4}


def test_both_in_a_province_locates_the_whole_list_and_a_single_time_is_once() -> None:
    text = (
        "The truce was broken when gunmen fired at Kafr Batna a single time and at the village of Hazza on three "
        "occasions, both in Rif Dimashq."
    )
    assert violations(text) == {("Kafr Batna", "Rif Dimashq"): 1, ("Hazza", "Rif Dimashq"): 3}


def test_and_of_the_area_and_sniper_fire_on_continue_a_nominal_list() -> None:
    text = (
        "The ceasefire monitors listed the shelling of Ghanto and of the Tell Dahab area, as well as sniper fire "
        "on Kafr Laha, all in northern Homs."
    )
    assert violations(text) == {("Ghanto", "Homs"): 1, ("Tell Dahab", "Homs"): 1, ("Kafr Laha", "Homs"): 1}


def test_where_the_reporting_centre_is_based_sets_no_province() -> None:
    text = (
        "The truce monitors, based at an air base in Latakia province, said that shells hit Zamalka twice, while "
        "Hazzeh and Ain Tarma came under fire once each, in the Damascus countryside."
    )
    assert violations(text) == {
        ("Zamalka", "Rif Dimashq"): 2,
        ("Hazzeh", "Rif Dimashq"): 1,
        ("Ain Tarma", "Rif Dimashq"): 1,
    }


def test_a_province_in_an_unknown_spelling_with_the_same_skeleton_is_that_province() -> None:
    assert (
        respell_divisions("villages of Armenia's Tavoush province") == "villages of Armenia's Tavush province"
    )
    assert respell_divisions("the Tovouz district") == "the Tovuz district"
    # a Syrian city quarter called a district is not respelled into another country's division
    assert respell_divisions("the Salah Eddin district") == "the Salah Eddin district"
    text = (
        "The enemy broke the ceasefire on Tuesday evening, firing on villages of Armenia's Tavoush province, the "
        'ministry said. "They targeted Voskepar twice and Koghb once," the spokesman wrote.'
    )
    found = {k: v for k, v in violations(text).items() if k[0] is not None}
    assert found == {("Voskepar", "Tavush"): 2, ("Koghb", "Tavush"): 1}


def test_all_of_these_settlements_are_in_a_region_and_near_x_after_and() -> None:
    text = (
        "Over the past day the enemy violated the ceasefire five times, the headquarters said. "
        '"Near Maryinka the enemy used mortars. Our positions near Talakivka came under fire twice, and near '
        'Hnutove the invaders fired grenade launchers." All of these settlements are in Donetsk region.'
    )
    assert violations(text) == {
        ("Maryinka", "Donetsk"): 1,
        ("Talakivka", "Donetsk"): 2,
        ("Hnutove", "Donetsk"): 1,
    }


def test_on_a_weekday_a_monitor_said_is_the_news_of_the_next_days_article() -> None:
    received = datetime(2019, 6, 19, 8, 30, tzinfo=UTC)  # a Wednesday
    text = (
        "On Tuesday, the monitoring group said government forces had shelled Tell Sakhr and Hawija in breach of "
        "the truce."
    )
    found = {(i.location, str(i.date)) for i in extract(text, received, {}).incidents if i.kind == VIOLATION}
    assert found == {("Tell Sakhr", "2019-06-18"), ("Hawija", "2019-06-18")}
    older = (
        "The centre said on Wednesday that militants shelled Tell Sakhr in breach of the truce. On Tuesday, the "
        "centre said militants shelled Hawija."
    )
    assert {i.location for i in extract(older, received, {}).incidents} == {"Tell Sakhr"}


def test_a_digest_of_bullets_keeps_its_total_its_province_row_and_its_named_places() -> None:
    text = (
        "🔴 TRUCE WATCH\n"
        "• Reconciliation centre: 17 shelling attacks from the de-escalation zone over the past day\n"
        "• Idlib — 9 | Latakia — 5 | Hama — 3\n"
        "• Named by the centre: Bsanqul and Kafr Lata (Idlib); Ard al-Wata (Latakia), twice\n"
        "• Menu | Contacts | Subscribe\n"
    )
    result = extract(text, RECEIVED, {})
    assert result.reported_total == 17
    assert violations(text) == {
        ("Bsanqul", "Idlib"): 1,
        ("Kafr Lata", "Idlib"): 1,
        ("Ard al-Wata", "Latakia"): 2,
        (None, "Idlib"): 7,
        (None, "Latakia"): 3,
        (None, "Hama"): 3,
    }


def test_an_old_full_date_in_a_forwarded_post_is_history_not_its_date() -> None:
    received = datetime(2021, 3, 16, 6, 30, tzinfo=UTC)
    text = "DAILY DIGEST\n\nBackground: ten years today since the protests of 15 March 2011\n"
    assert find_published(text, received) is None
    labelled = "Date: 15 March 2011\n\nMilitants shelled Kabani."
    assert str(find_published(labelled, received)) == "2011-03-15"


def test_a_place_called_at_something_is_not_the_word_at() -> None:
    text = "The militia broke the Hodeidah truce and shelled Hais district (4 times) and At-Tuhaita district (2 times)."
    assert violations(text) == {("Hais", "Hodeidah"): 4, ("At-Tuhaita", "Hodeidah"): 2}


def test_which_was_hit_n_times_is_the_count_and_the_list_goes_on() -> None:
    text = (
        "The truce monitors said the breaches included the shelling of farms in Zabid district, which was "
        "targeted 7 times, and of al-Garrahi, which was hit twice."
    )
    assert violations(text) == {("Zabid", None): 7, ("al-Garrahi", None): 2}
    passive = "In breach of the truce, Bourj Islam, which was hit twice, and Kassab came under attack in Latakia province."
    assert violations(passive) == {("Bourj Islam", "Latakia"): 2, ("Kassab", "Latakia"): 1}


def test_a_named_area_east_of_a_city_is_the_area_and_an_unnamed_one_is_the_city() -> None:
    text = (
        "Violating the truce, the militia fired at the Kilo 8 area east of Hodeidah city, while areas south "
        "of Bajil came under fire."
    )
    # Bajil has no province of its own, so it takes the one the text names (the README's choice)
    assert violations(text) == {("Kilo 8", "Hodeidah"): 1, ("Bajil", "Hodeidah"): 1}


def test_a_figure_at_a_place_leads_the_place() -> None:
    text = (
        "The militia broke the truce 12 times, the coalition said. The violations included 3 attacks on "
        "positions in Zabid, 5 in Hays and 4 at the Kilo 8 area."
    )
    assert violations(text) == {("Zabid", None): 3, ("Hays", None): 5, ("Kilo 8", None): 4}


def test_and_from_a_firing_area_on_a_second_target() -> None:
    text = (
        "The Ukrainian side violated the ceasefire three times. It fired from the area of Troitske on Kalynove "
        "(once), and from the Luhanske area on Zholobok (twice)."
    )
    assert violations(text) == {("Kalynove", None): 1, ("Zholobok", None): 2}


def test_a_camp_keeps_its_name() -> None:
    text = "In breach of the truce, militants shelled al-Raml camp twice in Latakia province."
    assert violations(text) == {("al-Raml camp", "Latakia"): 2}


def test_a_demilitarised_zone_is_a_truce_context() -> None:
    text = "Bulletin: gunmen from the Idlib DMZ attacked Maan (2) and Tell Sakhr (1) in Hama province."
    assert violations(text) == {("Maan", "Hama"): 2, ("Tell Sakhr", "Hama"): 1}


def test_dash_bullets_that_open_with_in_a_province() -> None:
    text = (
        "The centre registered 12 ceasefire violations over the past day, the general told reporters.\n\n"
        "The attacks were spread across two provinces:\n"
        "– in Hama province – Kurnaz (4), al-Jalamah (2);\n"
        "– in Latakia province – Kinsabba (5), Ard al-Wata (1).\n"
    )
    assert violations(text) == {
        ("Kurnaz", "Hama"): 4,
        ("al-Jalamah", "Hama"): 2,
        ("Kinsabba", "Latakia"): 5,
        ("Ard al-Wata", "Latakia"): 1,
    }


def test_under_fire_came_opens_a_list() -> None:
    text = (
        "The ceasefire was broken again, the mission said. Under fire came the villages of Spartak (twice) "
        "and Vasylivka, as well as Yasynuvata."
    )
    assert violations(text) == {("Spartak", None): 2, ("Vasylivka", None): 1, ("Yasynuvata", None): 1}


def test_a_breakdown_of_place_comma_figure_groups() -> None:
    text = (
        "The militia committed 20 violations of the truce. He gave the breakdown as follows: Zabid district, 9; "
        "al-Garrahi, six; and the Kilo 8 area on the eastern edge of Hodeidah city, five, noting that mortars "
        "were used."
    )
    assert violations(text) == {
        ("Zabid", "Hodeidah"): 9,
        ("al-Garrahi", "Hodeidah"): 6,
        ("Kilo 8", "Hodeidah"): 5,
    }


def test_a_lead_figure_goes_to_the_one_named_place_and_while_four_hit() -> None:
    text = (
        "The ministry said the pause was violated 13 times. Ten of the attacks targeted troops and allied positions "
        "around Tell Halaf, while three hit the Suluk area."
    )
    assert violations(text) == {("Tell Halaf", None): 10, ("Suluk", None): 3}


def test_which_came_under_fire_and_in_a_province_were() -> None:
    text = (
        "Nine violations of the truce were recorded over the past day, the centre said. Among the settlements hit "
        "in Idlib province were Kafr Rouma, which came under fire three times, and Maar Hattat."
    )
    assert violations(text) == {("Kafr Rouma", "Idlib"): 3, ("Maar Hattat", "Idlib"): 1}


def test_shells_falling_on_places() -> None:
    text = (
        "In breach of the truce, monitors reported artillery shells falling on Kafr Owaid and Sfuhen at dawn."
    )
    assert violations(text) == {("Kafr Owaid", None): 1, ("Sfuhen", None): 1}


def test_all_of_these_attacks_took_place_in_a_region_and_a_count_after_and() -> None:
    text = (
        "The enemy violated the ceasefire six times, the headquarters said. "
        '"The occupiers opened fire at our positions near Maryinka (twice) and Krasnohorivka," the report reads. '
        "All of these attacks took place in Donetsk region. In Luhansk region, the militants fired at positions "
        "near Zolote and, twice, at positions near Popasna."
    )
    assert violations(text) == {
        ("Maryinka", "Donetsk"): 2,
        ("Krasnohorivka", "Donetsk"): 1,
        ("Zolote", "Luhansk"): 1,
        ("Popasna", "Luhansk"): 2,
    }


def test_where_most_attacks_were_recorded_sets_the_province_of_the_list_after_it() -> None:
    text = (
        "Militants violated the ceasefire five times, the centre said. Most of the attacks were recorded in the "
        "new de-escalation zone in the north of Homs province. According to the centre, militants fired mortars "
        "at Talbiseh, while Ghanto was shelled twice."
    )
    assert violations(text) == {("Talbiseh", "Homs"): 1, ("Ghanto", "Homs"): 2}


def test_last_weekday_in_an_article_of_that_weekday_is_a_week_before() -> None:
    received = datetime(2019, 6, 19, 8, 30, tzinfo=UTC)  # a Wednesday
    text = (
        "When Ankara announced last Wednesday that it had agreed a truce, few believed it.\n\n"
        "On Tuesday, the monitoring group said government forces had shelled Tell Sakhr in breach of the truce."
    )
    found = {(i.location, str(i.date)) for i in extract(text, received, {}).incidents if i.kind == VIOLATION}
    assert found == {("Tell Sakhr", "2019-06-18")}


def test_subjecting_places_to_fire_and_a_place_fired_at_on_occasions() -> None:
    text = (
        "The ministry said the enemy had violated the ceasefire, subjecting the villages of Alibeyli and Aghdam of "
        "Tovuz region to mortar fire. In the Mariupol sector, Shyrokyne was fired at on three occasions."
    )
    assert violations(text) == {("Alibeyli", "Tovuz"): 1, ("Aghdam", "Tovuz"): 1, ("Shyrokyne", None): 3}


def test_an_attack_on_a_place_that_caused_damage_and_positions_on_an_axis() -> None:
    text = (
        "The truce was broken again, a source said, adding that a mortar attack on al-Amin neighborhood caused "
        "damage to cars, and that army positions on the Wadi al-Rabie axis came under fire twice."
    )
    assert violations(text) == {("al-Amin", None): 1, ("Wadi al-Rabie", None): 2}


def test_groups_that_end_with_their_province_after_a_dash() -> None:
    text = (
        "Hmeimim: over the past day militants fired on Kinsabba (2), Marj Khokha (1) — Latakia; Bidama (3) — Idlib. "
        "#ceasefire"
    )
    assert violations(text) == {
        ("Kinsabba", "Latakia"): 2,
        ("Marj Khokha", "Latakia"): 1,
        ("Bidama", "Idlib"): 3,
    }


def test_groups_that_open_with_in_a_province_and_a_dash_after_recorded_in() -> None:
    text = (
        '"The truce violations were recorded in Daraa province - Nawa (2), Jassem (1); in Quneitra province - '
        'Jubata al-Khashab (3)," the centre said.'
    )
    assert violations(text) == {
        ("Nawa", "Daraa"): 2,
        ("Jassem", "Daraa"): 1,
        ("Jubata al-Khashab", "Quneitra"): 3,
    }


def test_the_list_reads_place_province_and_what_hit_it() -> None:
    text = (
        "The centre registered 7 ceasefire violations. The list reads: Jobar, Damascus — two shellings by mortars; "
        "Zamalka and Arbin, Rif Dimashq — one each; Kinsabba, Latakia — three times from the heights."
    )
    assert violations(text) == {
        ("Jobar", "Damascus"): 2,
        ("Zamalka", "Rif Dimashq"): 1,
        ("Arbin", "Rif Dimashq"): 1,
        ("Kinsabba", "Latakia"): 3,
    }


def test_a_region_in_the_countryside_of_a_province_places_what_lies_in_it() -> None:
    text = (
        "In a fresh breach of the truce, regime forces shelled Fleifel in Jabal al-Zawiya in the southern "
        "countryside of Idlib. They also shelled the outskirts of Kafr Aweid, also in Jabal al-Zawiya."
    )
    assert violations(text) == {("Fleifel", "Idlib"): 1, ("Kafr Aweid", "Idlib"): 1}


def test_posts_in_sectors_as_well_as_in_another_sector_were_targeted() -> None:
    text = (
        "Pakistani troops violated the ceasefire along the LoC, the spokesman said. Later in the night, forward "
        "posts in the Bhimber Gali and Balnoi sectors, as well as in the Nowshera sector, were also targeted."
    )
    assert violations(text) == {("Bhimber Gali", None): 1, ("Balnoi", None): 1, ("Nowshera", None): 1}


def test_a_place_without_province_takes_the_one_named_earlier_in_its_paragraph() -> None:
    text = (
        "The enemy violated the ceasefire 20 times, the headquarters said.\n\n"
        '"The enemy kept up the pressure on our strongholds in Donetsk region, where the heaviest fire was recorded '
        'near Avdiivka (9 attacks). Mortars were used against Nevelske and Opytne," the statement reads.\n\n'
        "In Luhansk region, Ukrainian troops came under fire near Krymske."
    )
    assert violations(text) == {
        ("Avdiivka", "Donetsk"): 9,
        ("Nevelske", "Donetsk"): 1,
        ("Opytne", "Donetsk"): 1,
        ("Krymske", "Luhansk"): 1,
    }
    elsewhere = "The truce was broken in Hama province. Elsewhere, positions near Bakhmutka were shelled."
    assert violations(elsewhere) == {
        ("Bakhmutka", "Hama"): 1
    }  # the one province of the text, not "Elsewhere"


def test_firing_began_in_one_sector_and_later_spread_to_others() -> None:
    text = (
        "Pakistani troops violated the ceasefire along the LoC, a spokesman said. The firing began at about 8 pm "
        "in the Balnoi sector and later spread to the Mendhar and Nowshera sectors."
    )
    assert violations(text) == {("Balnoi", None): 1, ("Mendhar", None): 1, ("Nowshera", None): 1}


def test_shelling_by_a_group_was_recorded_in_the_communities_of() -> None:
    text = (
        '"Shelling by illegal armed groups was recorded in the communities of Kabani (twice) and Ateera in '
        'Latakia province, and Tell Khanzir in Hama province," the truce bulletin reads.'
    )
    assert violations(text) == {
        ("Kabani", "Latakia"): 2,
        ("Ateera", "Latakia"): 1,
        ("Tell Khanzir", "Hama"): 1,
    }


def test_a_break_up_as_follows_by_sector() -> None:
    text = (
        "Rangers violated the ceasefire on 9 occasions, the Border Security Force said. A spokesman gave the "
        "break-up as follows: Pargwal sector – five times; Suchetgarh sector – four times."
    )
    assert violations(text) == {("Pargwal", None): 5, ("Suchetgarh", None): 4}


def test_bullets_under_the_violations_included_stay_violations_with_a_drone_among_them() -> None:
    text = (
        "The militia committed 6 breaches of the Hodeidah truce, the joint forces said.\n\n"
        "The violations included:\n"
        "- artillery shelling of homes in Zabid district (4 times);\n"
        "- an attack with mortar rounds on positions in al-Garrahi;\n"
        "- drone attacks on the Kilo 8 area (once).\n"
    )
    assert violations(text) == {
        ("Zabid", "Hodeidah"): 4,
        ("al-Garrahi", "Hodeidah"): 1,
        ("Kilo 8", "Hodeidah"): 1,
    }


def test_near_a_place_an_aside_then_the_verb_and_an_attack_recorded_near() -> None:
    text = (
        "The enemy violated the ceasefire 5 times in Donetsk and Luhansk regions.\n\nNear Hnutove, on the Azov "
        "coast, militants opened fire from "
        "grenade launchers three times. In the Luhansk direction, one attack with small arms was recorded near "
        "Zolote-4."
    )
    assert violations(text) == {("Hnutove", None): 3, ("Zolote-4", "Luhansk"): 1}


def test_fire_was_opened_in_the_area_of_places() -> None:
    text = "The Ukrainian side violated the ceasefire 3 times. Fire was opened in the area of Zaitsevo (twice) and of Spartak (once)."
    assert {k[0]: v for k, v in violations(text).items()} == {"Zaitsevo": 2, "Spartak": 1}


def test_villages_named_like_a_district_of_the_same_district() -> None:
    received = datetime(2020, 7, 14, 6, 20, tzinfo=UTC)
    text = (
        "On 13 July, Armenian armed forces, grossly violating the ceasefire, subjected to intensive fire the "
        "positions of our army in the direction of Tovuz district, as well as the villages of Aghdam and Vahidli "
        "of the same district, the ministry said."
    )
    found = {(i.location, i.admin1) for i in extract(text, received, {}).incidents if i.kind == VIOLATION}
    assert found == {("Tovuz", "Tovuz"), ("Aghdam", "Tovuz"), ("Vahidli", "Tovuz")}


def test_mortars_and_a_missile_system_used_near_a_place() -> None:
    text = (
        "The invaders violated the ceasefire twice. In the Luhansk region, the invaders used 120mm mortars and an "
        "anti-tank missile system near Troitske (two attacks)."
    )
    assert violations(text) == {("Troitske", "Luhansk"): 2}


def test_abbreviated_province_headings_with_a_colon() -> None:
    text = "Reconciliation Centre: 5 shelling incidents in the past 24h\n\nIdlib prov.: Bsanqul (3)\nHama prov.: Maan (2)\n"
    assert violations(text) == {("Bsanqul", "Idlib"): 3, ("Maan", "Hama"): 2}


def test_figures_of_the_attacks_with_an_aside_and_the_remaining_ones_during_a_paused_operation() -> None:
    text = (
        "Militants carried out 9 attacks despite the agreement to pause the operation, the ministry said. Seven of "
        "the attacks, with rockets, mortars and small arms, targeted positions around Tell Tamr in Hasakah province, "
        "while the remaining two targeted the Ain Issa area in Raqqa province."
    )
    assert violations(text) == {("Tell Tamr", "Hasakah"): 7, ("Ain Issa", "Raqqa"): 2}


def test_shelling_logged_in_province_groups_after_dashes() -> None:
    text = (
        "The centre registered 6 ceasefire violations. Shelling was also logged in Aleppo province - al-Zahraa (1) - "
        "and in Hama province - Tell Bazam (3), Maardes (2)."
    )
    assert violations(text) == {("al-Zahraa", "Aleppo"): 1, ("Tell Bazam", "Hama"): 3, ("Maardes", "Hama"): 2}


def test_a_figure_of_another_month_and_year_is_history() -> None:
    received = datetime(2022, 3, 15, 8, 0, tzinfo=UTC)
    text = (
        "DAMASCUS, March 15, 2022 - The truce lines have barely moved. On a single day in February 2018 the centre "
        "reported that militants had shelled Jobar 45 times."
    )
    result = extract(text, received, {})
    assert result.reported_total is None
    assert [i for i in result.incidents if i.kind == VIOLATION] == []


def test_where_the_centre_operates_from_and_a_province_with_an_adjective() -> None:
    text = (
        "In breach of the truce, militants shelled Zamalka twice in Damascus province, said the center, which "
        "operates from an air base in Latakia. In the northern province of Aleppo, the Ramouseh district came under "
        "fire three times."
    )
    assert violations(text) == {("Zamalka", "Damascus"): 2, ("Ramouseh", "Aleppo"): 3}


def test_residential_areas_of_a_district_named_like_an_iraqi_province() -> None:
    text = (
        "The ceasefire in Tripoli was violated, the spokesman said. He said the militias shelled the residential "
        "areas of Salah al-Din (twice) and Abu Salim with Grad rockets."
    )
    assert violations(text) == {("Salah al-Din", "Tripoli"): 2, ("Abu Salim", "Tripoli"): 1}


def test_quoted_unprovoked_firing_in_sectors() -> None:
    text = (
        'Pakistani troops violated the ceasefire along the LoC. The Pakistan army resorted to "unprovoked" firing '
        "in the Keran and Machil sectors, a spokesman said."
    )
    assert violations(text) == {("Keran", None): 1, ("Machil", None): 1}


def test_positions_in_the_districts_of_places_and_a_start_date_that_is_no_history() -> None:
    received = datetime(2019, 1, 9, 12, 0, tzinfo=UTC)
    text = (
        "The coalition said the militia committed 9 violations of the ceasefire in Hodeidah governorate. The "
        "violations included shelling on positions of the joint forces in the districts of Zabid and Bajil, "
        "bringing the total since the truce took effect on December 18, 2018 to 400."
    )
    found = {(i.location, i.admin1) for i in extract(text, received, {}).incidents if i.location}
    assert found == {("Zabid", "Hodeidah"), ("Bajil", "Hodeidah")}


def test_a_province_before_a_colon_sets_the_list_after_it() -> None:
    text = (
        "Militants broke the truce, the centre said. According to the officer, the Hama countryside was also hit: "
        "militants launched mortar rounds at Kurnaz and Tell Sikkin."
    )
    assert violations(text) == {("Kurnaz", "Hama"): 1, ("Tell Sikkin", "Hama"): 1}


def test_units_on_axes_and_a_count_before_the_verb() -> None:
    text = (
        "The army accused the militias of breaching the ceasefire, saying they had attacked army units on the "
        "Ain Zara and Wadi al-Rabie axes and had twice shelled al-Khallat with mortars."
    )
    assert violations(text) == {("Ain Zara", None): 1, ("Wadi al-Rabie", None): 1, ("al-Khallat", None): 2}


def test_under_fire_as_a_colon_intro_and_other_stories_under_you_may_also_like() -> None:
    text = (
        "The Ukrainian side violated the ceasefire four times.\n\n"
        "Under fire: Spartak, Vasylivka and the outskirts of Yasynuvata (twice).\n\n"
        "You may also like:\n"
        "- Monitors spot Grad systems near Novoazovsk\n"
        "- Militants shell Stanytsia Luhanska again\n"
    )
    assert {k[0]: v for k, v in violations(text).items()} == {"Spartak": 1, "Vasylivka": 1, "Yasynuvata": 2}


def test_rockets_at_a_town_this_afternoon_and_the_armys_response_and_where_a_deal_was_reached() -> None:
    text = (
        "Rebels breached the truce agreement reached in Astana again. They launched a number of Grad rockets at "
        "Mhardeh this afternoon. In response, the Syrian Arab Army's artillery units pounded rebel positions in "
        "Latamneh."
    )
    assert violations(text) == {("Mhardeh", None): 1}


def test_an_arabic_article_written_as_a_word_and_a_time_that_ends_a_sentence() -> None:
    text = (
        "The militia violated the Hodeidah truce 9 times: Ad Durayhimi (4) and At Tuhayta (5), the coalition said. "
        "A mortar attack on Zabid was reported at 7:00 a.m. Bajil and Hays were hit by rockets."
    )
    assert {k[0]: v for k, v in violations(text).items()} == {
        "Ad Durayhimi": 4,
        "At Tuhayta": 5,
        "Zabid": 1,
        "Bajil": 1,
        "Hays": 1,
    }


def test_fire_from_positions_does_not_swallow_the_next_clause() -> None:
    text = (
        "In breach of the truce, Kansafra came under sniper fire from regime positions, while a mortar attack on "
        "Fleifel was reported."
    )
    assert violations(text) == {("Kansafra", None): 1, ("Fleifel", None): 1}


def test_all_of_the_above_localities_and_a_district_in_brackets() -> None:
    text = (
        "Militants violated the truce 5 times. Pisky came under fire twice.\n\n"
        '"Maryinka and Zaitseve were also fired on," the statement reads. All of the above localities are in '
        "Donetsk region. In Luhansk region, the militants fired at Troitske."
    )
    assert violations(text) == {
        ("Pisky", "Donetsk"): 2,
        ("Maryinka", "Donetsk"): 1,
        ("Zaitseve", "Donetsk"): 1,
        ("Troitske", "Luhansk"): 1,
    }
    bullets = (
        "MoD: the enemy broke the truce 3 times. Armenian units fired at our positions in:\n"
        "• Gapanli (Terter district)\n"
        "• Shikhlar, Javahirli (Aghdam district)\n"
    )
    assert violations(bullets) == {
        ("Gapanli", "Tartar"): 1,
        ("Shikhlar", "Aghdam"): 1,
        ("Javahirli", "Aghdam"): 1,
    }


def test_a_colon_list_of_counted_places_after_a_label_with_no_verb() -> None:
    text = "⚡️ Idlib zone, last 24h (RuMoD): Kurnaz (3), Maan (1) in Hama; Kinsabba (2) in Latakia. 6 shellings, Turkish side: 2."
    assert violations(text) == {("Kurnaz", "Hama"): 3, ("Maan", "Hama"): 1, ("Kinsabba", "Latakia"): 2}


def test_a_capitalised_dateline_city_before_a_hyphen_is_no_province_of_the_total() -> None:
    text = "KYIV - Pro-Russian militants violated the ceasefire 47 times over the past day, the press centre said."
    result = extract(text, RECEIVED, {})
    assert result.reported_total == 47
    assert [i for i in result.incidents if i.kind == VIOLATION] == []
