"""Tenth generalisation round for English (failure classes found in blind rounds 41 and 42): one snippet per
rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from datetime import date

from tests.test_extraction_round3 import run, violations


def test_a_chain_of_province_groups_after_dashes_keeps_groups_without_counts() -> None:
    text = (
        "The truce was broken nine times. Gunmen shelled villages in Hama province - Tell Abbas, Qalaat Rahba "
        "(2); in Idlib province - Mashmasha; in Latakia province - Beit Sultan (3), Dweir Salma."
    )
    assert violations(text) == {
        ("Tell Abbas", "Hama"): 1,
        ("Qalaat Rahba", "Hama"): 2,
        ("Mashmasha", "Idlib"): 1,
        ("Beit Sultan", "Latakia"): 3,
        ("Dweir Salma", "Latakia"): 1,
    }


def test_who_fired_before_a_colon_is_not_a_target() -> None:
    text = (
        'The ceasefire was violated four times, the centre said. "Shelling was recorded from positions of '
        'armed groups: in Aleppo province - Tell Rummana (3); in Hama province - Kafr Jalal," the officer said.'
    )
    assert violations(text) == {("Tell Rummana", "Aleppo"): 3, ("Kafr Jalal", "Hama"): 1}


def test_who_fired_before_against_is_not_a_target() -> None:
    text = (
        "The reconciliation centre said shelling was recorded from the positions of armed gangs against "
        "Beit Sultan (twice) and Dweir Salma in Latakia province."
    )
    assert violations(text) == {("Beit Sultan", "Latakia"): 2, ("Dweir Salma", "Latakia"): 1}


def test_shelling_targets_of_positions_are_still_targets() -> None:
    text = "Breaking the truce, militants shelled positions of the army on Tell Abbas in Hama province."
    assert violations(text) == {("Tell Abbas", "Hama"): 1}


def test_an_abbreviated_reconciliation_centre_is_a_truce_report() -> None:
    text = (
        "RCR morning digest: 4 shellings from the militant-held zone in 24h.\n"
        "Hama prov.: Tell Abbas x3\n"
        "Idlib prov.: Mashmasha"
    )
    assert violations(text) == {("Tell Abbas", "Hama"): 3, ("Mashmasha", "Idlib"): 1}


def test_figures_of_attacks_in_several_provinces_keep_the_first_one() -> None:
    text = (
        "Twenty shelling attacks broke the ceasefire over the day. Eleven attacks were registered in Hama "
        "province, six in Idlib province and three in Aleppo province, the centre said."
    )
    assert violations(text) == {(None, "Hama"): 11, (None, "Idlib"): 6, (None, "Aleppo"): 3}


def test_a_figure_of_attacks_in_and_around_a_town() -> None:
    text = (
        "The armed group violated the pause nine times on Sunday, the ministry said. Seven of the attacks took "
        "place in and around Suluk, in Raqqa province, while the remaining two targeted soldiers and allied "
        "fighters near Ain Arous, in Raqqa province too."
    )
    assert violations(text) == {("Suluk", "Raqqa"): 7, ("Ain Arous", "Raqqa"): 2}


def test_the_date_of_the_deal_does_not_make_todays_shelling_history() -> None:
    text = (
        "December 9, 2020\n\n"
        "Government forces shelled on Tuesday the villages of Tell Jadid and Khirbet Amud in the southern "
        "countryside of Hama, in a new breach of the understandings reached by Moscow and Ankara in March 2019."
    )
    found = violations(text)
    assert found == {("Tell Jadid", "Hama"): 1, ("Khirbet Amud", "Hama"): 1}
    assert {inc.date for inc in run(text).incidents} == {date(2020, 12, 8)}


def test_a_truce_announced_in_another_year_still_makes_a_history_paragraph() -> None:
    text = (
        "DONETSK, May 4. /TASS/. No ceasefire violations were registered over the past day, the mission said.\n\n"
        "The harvest truce was announced in late July 2019. Two weeks earlier, the mission had reported shelling "
        "of Vesele and Kruta Balka."
    )
    assert violations(text) == {}


def test_a_mountain_named_in_arabic_lies_in_the_articles_province() -> None:
    text = (
        "date 2021-06-02\n\n"
        "Government artillery pounded areas of the southern Idlib countryside on Tuesday, breaking the truce.\n\n"
        "Activists said shells hit Bsanqoul and Maarzaf in Jabal al-Arbaeen, and that rockets fell on Urum.\n\n"
        "In Aleppo, a bomb went off in a market on Tuesday evening."
    )
    assert violations(text) == {("Bsanqoul", "Idlib"): 1, ("Maarzaf", "Idlib"): 1, ("Urum", "Idlib"): 1}


def test_a_mountain_named_beside_a_province_keeps_its_own_setting() -> None:
    text = (
        "date 2021-06-02\n\n"
        "Breaking the truce, government rockets hit Tell Dinit in the western Idlib countryside and Bsanqoul "
        "in Jabal Arbaeen."
    )
    assert violations(text) == {("Tell Dinit", "Idlib"): 1, ("Bsanqoul", None): 1}


def test_a_place_beside_the_capital_lies_in_the_province_the_text_names() -> None:
    text = (
        "date 2017-02-14\n\n"
        "Breaking the truce, regime tanks shelled Ain Khadra, northwest of Damascus in the Damascus "
        "countryside, on Monday. Rounds also struck Bassima twice."
    )
    assert violations(text) == {("Ain Khadra", "Rif Dimashq"): 1, ("Bassima", "Rif Dimashq"): 2}


def test_the_fronts_south_of_a_city_lie_in_the_district_named_after_it() -> None:
    text = (
        "Misrata, 9 March 2020 - The army said militias breached the truce on Sunday, shelling Wadi Rabie and "
        "Qasr Bin Ghashir, all on the fronts south of Tripoli."
    )
    assert violations(text) == {("Wadi Rabie", "Tripoli"): 1, ("Qasr Bin Ghashir", "Tripoli"): 1}


def test_a_habitual_tally_in_a_zone_is_no_province_figure() -> None:
    text = (
        "The centre kept publishing daily tallies - typically between six and 14 shelling incidents in the "
        "Idlib zone - while the patrols went on."
    )
    assert violations(text) == {}


def test_a_monitors_report_is_dated_by_the_information_it_is_based_on() -> None:
    text = (
        "date 2021-02-24\n\n"
        "The mission's report, issued on 23 February, is based on information received as of 19:30, "
        "22 February 2021. In Luhansk region the mission recorded four ceasefire violations, all of them "
        "explosions in an area north of Zhovte."
    )
    assert {inc.date for inc in run(text).incidents} == {date(2021, 2, 22)}
    assert violations(text) == {("Zhovte", "Luhansk"): 4}


def test_most_were_heard_or_seen_in_areas_of_several_towns() -> None:
    text = (
        "In Donetsk region the mission recorded 52 ceasefire violations. Most were heard or seen in areas east "
        "of Marinka, near Hranitne and around Staromykhailivka."
    )
    found = violations(text)
    assert {k for k in found if k[0] is not None} == {
        ("Marinka", "Donetsk"),
        ("Hranitne", "Donetsk"),
        ("Staromykhailivka", "Donetsk"),
    }


def test_a_town_located_beside_another_is_still_one_target() -> None:
    text = "The ceasefire was broken once: a sniper fired on troops near Travneve, north of Horlivka."
    assert violations(text) == {("Travneve", None): 1}


def test_a_sniper_active_near_a_village_is_a_breach_there() -> None:
    text = "The militants violated the ceasefire twice. A sniper was active near Krasnohorivka, the HQ said."
    assert ("Krasnohorivka", None) in violations(text)


def test_a_hashtag_of_the_ceasefire_violation_reads_as_its_words() -> None:
    text = (
        "#Rajouri | Pakistan Army initiated an unprovoked #CeasefireViolation along the LoC in the Keri and "
        "Sunderbani sectors, Rajouri district (J&K), firing small arms and mortars."
    )
    assert violations(text) == {("Keri", "Jammu and Kashmir"): 1, ("Sunderbani", "Jammu and Kashmir"): 1}


def test_headlines_under_read_also_are_no_incidents() -> None:
    text = (
        "Over the past day, the militants attacked Ukrainian positions 12 times, the HQ said.\n\n"
        "Read also:\n"
        "▶ Militants shelled Krasnohorivka 25 times on Sunday in breach of the truce\n"
        "▶ Water supply restored in Toretsk"
    )
    found = violations(text)
    assert ("Krasnohorivka", None) not in found
    assert run(text).reported_total == 12


def test_where_the_troops_came_under_fire_n_times() -> None:
    text = (
        "The militants violated the truce 20 times. The hottest spot was Marinka, where the Ukrainian forces came "
        "under fire on 11 occasions."
    )
    assert violations(text) == {("Marinka", None): 11}


def test_a_second_clause_led_by_near_after_a_semicolon() -> None:
    text = (
        "The enemy violated the ceasefire three times. Near Krymske, the enemy fired grenade launchers at our "
        "positions; near Zolote and Katerynivka they used small arms."
    )
    assert violations(text) == {("Krymske", None): 1, ("Zolote", None): 1, ("Katerynivka", None): 1}


def test_gunfire_from_weapons_at_a_place() -> None:
    text = (
        "The rebels committed 30 violations in Hodeidah governorate, including 12 bursts of gunfire from "
        "medium weapons at al-Mandhar and Manzar."
    )
    found = violations(text)
    assert found[("al-Mandhar", "Hodeidah")] == 1
    assert found[("Manzar", "Hodeidah")] == 1


def test_a_roundabout_is_part_of_a_landmarks_name() -> None:
    text = "Breaking the truce in Aleppo, gunmen shelled the al-Shihan roundabout twice."
    assert violations(text) == {("al-Shihan roundabout", "Aleppo"): 2}


def test_the_latter_after_a_passive_verb_counts_for_the_last_place_only() -> None:
    text = "Breaking the truce in Hama province, the villages of Tell Abbas and Karnaz were shelled, the latter twice."
    assert violations(text) == {("Tell Abbas", "Hama"): 1, ("Karnaz", "Hama"): 2}


def test_a_quote_in_single_marks_ends_its_sentence() -> None:
    text = (
        "The truce was broken. He read out: 'Militants fired on Kernaz in Hama province twice.' In Latakia "
        "province, the villages of Bashoura and Ateera were targeted."
    )
    assert violations(text) == {("Kernaz", "Hama"): 2, ("Bashoura", "Latakia"): 1, ("Ateera", "Latakia"): 1}


def test_where_a_place_lies_can_follow_an_aside() -> None:
    text = (
        "The ceasefire was violated. Militants fired mortars at Rabia three times. Positions in Daraa province "
        "were attacked with small arms. Rabia, as you know, is in Latakia province, close to the border."
    )
    assert violations(text)[("Rabia", "Latakia")] == 3


def test_rows_under_the_turkish_sides_figure_are_not_this_reports() -> None:
    text = (
        "The Russian part of the commission registered six breaches of the truce over the past day.\n\n"
        "Latakia: 4\nAleppo — 2\n\n"
        "The Turkish part of the commission reported nine violations over the same period:\n\n"
        "Idlib: 7\nHama — 2"
    )
    assert violations(text) == {(None, "Latakia"): 4, (None, "Aleppo"): 2}


def test_a_labelled_total_over_the_past_day() -> None:
    text = (
        "🔴 Ceasefire violations by the Ukrainian armed formations over the past 24 hours: 9\n\n"
        "🎯 Settlements that came under fire:\n• Horlivka — 5 times\n• Zaitseve"
    )
    assert run(text).reported_total == 9


def test_an_explicit_zero_first_wins_over_a_figure_recalled_later() -> None:
    text = (
        "12.08.2020 | 09:40\n\n"
        '"Not a single violation of the ceasefire by the enemy was recorded over the past day," the statement '
        "reads.\n\n"
        "Before the new measures, the press service reported shelling almost daily. On August 9 alone, it "
        "recorded seven attacks near Krymske and Zolote."
    )
    assert run(text).reported_total == 0


def test_a_figure_of_an_earlier_month_is_no_total() -> None:
    text = (
        "Kiev's troops opened fire on the republic three times over the past day, the militia said. An officer "
        "added that in April the militia registered 280 violations by the Ukrainian side."
    )
    assert run(text).reported_total == 3


def test_a_war_recalled_by_season_and_year_is_history() -> None:
    text = (
        "The Azerbaijani defence ministry said on Tuesday that mine clearance went on in Fuzuli district.\n\n"
        "During the war in autumn 2020, the town of Barda came under artillery fire almost every day, the "
        "statement recalled. The ceasefire has held since."
    )
    assert violations(text) == {}


def test_positions_in_two_districts_on_the_line_of_contact() -> None:
    text = (
        "Armenian units violated the ceasefire 14 times. On the line of contact, Azerbaijani Army positions in "
        "Aghjabadi and Tartar districts came under fire."
    )
    assert violations(text) == {(None, "Aghjabadi"): 1, (None, "Tartar"): 1}


def test_a_sector_named_as_a_setting_is_not_also_a_target() -> None:
    text = (
        "Pakistani troops fired mortars at villages in the Uri sector of Baramulla district and the Keran sector "
        "of Kupwara district of Jammu and Kashmir on Friday, violating the ceasefire.\n\n"
        "In Uri, shells landed in Salamabad and Gohalan villages. In Keran, Pakistani troops targeted Indian "
        "posts three times during the day."
    )
    found = violations(text)
    assert ("Uri", "Jammu and Kashmir") not in found
    assert found[("Salamabad", "Jammu and Kashmir")] == 1
    assert found[("Keran", "Jammu and Kashmir")] == 3


def test_a_grenade_hurled_at_a_police_post_is_no_breach() -> None:
    text = (
        "Pakistan violated the ceasefire along the LoC in Poonch on Friday. Separately, militants hurled a "
        "grenade at a police post in Sopore's Baba Yousuf area, injuring one."
    )
    assert ("Baba Yousuf", "Jammu and Kashmir") not in violations(text)
    assert ("Baba Yousuf", None) not in violations(text)


def test_a_sector_of_a_district_opening_a_sentence_holds_its_posts() -> None:
    text = (
        "Pakistan violated the ceasefire along the LoC on Sunday. In the Nowgam sector of Kupwara district, "
        "Pakistani troops opened fire on Indian posts on nine occasions, an Army spokesman said."
    )
    assert violations(text) == {("Nowgam", None): 9}


def test_the_border_line_between_a_target_and_its_sector_is_no_place() -> None:
    text = (
        "Pakistan violated the ceasefire on Sunday night. Pakistan Rangers fired on BSF outposts along the IB "
        "in the Samba sector of Kathua district for an hour."
    )
    assert violations(text) == {("Samba", None): 1}


def test_the_hottest_spots_of_the_day_are_the_places_hit() -> None:
    text = (
        "Militants violated the ceasefire 40 times over the past day. The hottest spots remained Marinka, "
        "Krasnohorivka and Zaitseve, where the enemy used mortars."
    )
    assert violations(text) == {("Marinka", None): 1, ("Krasnohorivka", None): 1, ("Zaitseve", None): 1}


def test_clauses_each_led_by_their_place() -> None:
    text = (
        "The Houthis breached the Hodeidah truce 20 times over the past day. In Al-Jarrahi the militia fired "
        "mortars at army positions nine times; in Zabid it opened fire six times; and in the Al-Khokha area "
        "five times."
    )
    assert violations(text) == {
        ("Al-Jarrahi", "Hodeidah"): 9,
        ("Zabid", "Hodeidah"): 6,
        ("Al-Khokha", "Hodeidah"): 5,
    }


def test_the_remaining_breaches_were_fire_near_a_landmark() -> None:
    text = (
        "The Houthis breached the Hodeidah truce ten times. Seven were recorded in Hays district. The remaining "
        "three breaches were sniper fire on army positions near the Kilo 10 junction, on the southern edge of "
        "Hodeidah city."
    )
    found = violations(text)
    assert found[("Kilo 10 junction", "Hodeidah")] == 3
    assert ("Hodeidah", "Hodeidah") not in found


def test_an_intercepted_drone_toward_another_country_is_no_breach() -> None:
    text = (
        "The Houthi militia violated the Hodeidah truce 12 times, the coalition said on Tuesday. Its air "
        "defences had on Monday intercepted a drone launched toward Najran."
    )
    assert ("Najran", "Hodeidah") not in violations(text)


def test_province_groups_after_a_dash_in_a_one_line_summary() -> None:
    text = (
        "RuMoD 14/05: 9 shellings from the Idlib zone in 24h — Hama: Tell Huwash (3), Kernaz; Latakia: "
        "Kinsabba (2), Jubb al-Ahmar; Aleppo: Zarbah (2)."
    )
    assert violations(text) == {
        ("Tell Huwash", "Hama"): 3,
        ("Kernaz", "Hama"): 1,
        ("Kinsabba", "Latakia"): 2,
        ("Jubb al-Ahmar", "Latakia"): 1,
        ("Zarbah", "Aleppo"): 2,
    }


def test_a_figure_of_attacks_that_had_targeted_positions_around_a_town() -> None:
    text = (
        "The armed group violated the pause 15 times, the ministry said. Eleven of the attacks had targeted "
        "Turkish troops and allied positions around Suluk in Raqqa province, while four others were carried "
        "out in the Ain Issa area."
    )
    assert violations(text)[("Suluk", "Raqqa")] == 11


def test_the_list_after_as_follows_starts_after_the_colon() -> None:
    text = (
        "The ministry listed the targeted areas as follows: Kbana (three times) and Kinsabba (once) in "
        "Latakia's Jabal al-Akrad; Qastoun (twice) in Hama's Sahl al-Ghab plain. The ceasefire was violated six times."
    )
    assert violations(text) == {("Kbana", "Latakia"): 3, ("Kinsabba", "Latakia"): 1, ("Qastoun", "Hama"): 2}


def test_a_zone_the_fire_came_from_is_not_the_setting() -> None:
    text = (
        "#Hama | 16:05\n\nGroups from the Idlib zone fired rockets at al-Suqaylabiyah and at the town of "
        "Mhardeh this afternoon, breaking the truce."
    )
    assert violations(text) == {("al-Suqaylabiyah", "Hama"): 1, ("Mhardeh", "Hama"): 1}


def test_the_district_before_where_it_was_struck_n_times() -> None:
    text = (
        "The militia committed 30 violations in Hodeidah governorate. The violations were concentrated in Zabid "
        "district, where the militia shelled farms on 17 occasions."
    )
    assert violations(text)[("Zabid", "Hodeidah")] == 17


def test_a_lead_place_is_a_setting_when_the_verb_has_its_own_target() -> None:
    text = (
        "Militants violated the ceasefire 20 times. Near Mariupol, the occupiers attacked Vodiane twice and "
        "opened fire at Lebedynske."
    )
    found = violations(text)
    assert ("Mariupol", None) not in found
    assert found[("Vodiane", None)] == 2


def test_a_car_hitting_a_mine_is_an_explosion() -> None:
    text = (
        "The enemy violated the ceasefire five times on Monday. Meanwhile, a civilian car hit an anti-tank mine "
        "on a field road near Bohdanivka, killing the driver."
    )
    assert ("Bohdanivka", None) not in violations(text)
    assert any(inc.kind == "explosion" and inc.location == "Bohdanivka" for inc in run(text).incidents)


def test_fire_from_positions_near_villages_names_where_it_came_from() -> None:
    text = (
        "Armenia violated the ceasefire 19 times. Azerbaijani positions were also subjected to fire from "
        "Armenian positions near Yusifjanly and Shuraabad of Aghdam district."
    )
    assert violations(text) == {}


def test_shelling_reported_from_villages_is_shelling_there() -> None:
    text = (
        "Pakistan violated the ceasefire along the LoC on Tuesday night. Shelling was also reported from Degwar "
        "and Malti, where a shell landed near a school, a police official said."
    )
    found = violations(text)
    assert found[("Degwar", None)] == 1
    assert found[("Malti", None)] == 1


def test_shooting_at_places_is_an_attack_on_them() -> None:
    text = (
        "The militia committed 40 violations in Hodeidah province, including heavy shooting with medium "
        "weapons at Kilo 8 and the 22 May neighbourhood."
    )
    assert violations(text)[("Kilo 8", "Hodeidah")] == 1


def test_the_targets_named_in_the_bulletin() -> None:
    text = (
        "The centre recorded seven ceasefire violations over the past day. Among the targets named in the "
        "bulletin were the villages of Bashoura and Dweirka in Latakia province."
    )
    assert violations(text) == {("Bashoura", "Latakia"): 1, ("Dweirka", "Latakia"): 1}


def test_the_bulletin_lists_places_with_counts() -> None:
    text = (
        "The centre recorded five ceasefire violations. In Aleppo province, the bulletin lists the al-Hamdaniyah "
        "district (three times) and the southern outskirts of Aleppo (twice)."
    )
    assert violations(text) == {("al-Hamdaniyah", "Aleppo"): 3, ("Aleppo", "Aleppo"): 2}


def test_a_weekday_before_a_long_body_name_dates_the_statement() -> None:
    text = (
        "By a staff analyst | January 26, 2021\n\n"
        "On Monday, for instance, the Russian Centre for Reconciliation of the Opposing Parties said "
        "militants had carried out two shelling attacks, one in Latakia province, where the village of "
        "Kinsabba was hit, and one in Idlib province."
    )
    found = run(text)
    assert ("Kinsabba", "Latakia") in violations(text)
    assert {inc.date for inc in found.incidents} == {date(2021, 1, 25)}


def test_a_figure_of_attacks_that_had_come_in_a_town_of_a_province() -> None:
    text = (
        "The group violated the pause 11 times, the ministry said. It added that nine of the attacks had come in "
        "Suluk, in Syria's Raqqa province, and one each in Mabrouka and near Ain Arous."
    )
    assert violations(text)[("Suluk", "Raqqa")] == 9


def test_a_region_figure_after_it_recorded() -> None:
    text = (
        "The SMM recorded more ceasefire violations. In Donetsk region the Mission recorded 640 ceasefire "
        "violations. In Luhansk region it recorded 52 ceasefire violations, fewer than before."
    )
    assert run(text).reported_total is None
    assert violations(text) == {(None, "Donetsk"): 640, (None, "Luhansk"): 52}


def test_where_the_monitors_were_when_they_heard_the_explosions() -> None:
    text = (
        "Kyiv, 12 May 2017\n\nBased on information received as of 19:30, 11 May 2017. In Donetsk region the "
        "SMM recorded 300 ceasefire violations.\n\n"
        "On the evening of 10 May, while in Yasynuvata (non-government-controlled), the SMM heard 40 "
        "undetermined explosions. The SMM camera in Marinka (government-controlled) recorded 12 projectiles."
    )
    found = run(text)
    assert {(i.location, i.admin1) for i in found.incidents if i.location} == {
        ("Yasynuvata", "Donetsk"),
        ("Marinka", "Donetsk"),
    }
    assert {i.date for i in found.incidents} == {date(2017, 5, 11)}


def test_a_dmz_named_before_the_colon_is_no_setting() -> None:
    text = (
        "⚡️ Idlib DMZ, last 24 hrs (reconciliation centre): militants shelled Kernaz twice and Tell Malah once — "
        "all in Hama province."
    )
    assert violations(text) == {("Kernaz", "Hama"): 2, ("Tell Malah", "Hama"): 1}


def test_province_figures_after_hyphens_in_a_shelling_quote() -> None:
    text = (
        '"Shelling was registered in the provinces of Idlib - 7, Latakia - 3, Hama - 1," the officer said. '
        "The Russian side of the ceasefire commission logged 11 attacks."
    )
    assert violations(text) == {(None, "Idlib"): 7, (None, "Latakia"): 3, (None, "Hama"): 1}


def test_bullets_of_where_the_fire_came_from_and_what_it_hit() -> None:
    text = (
        "Armenian units violated the ceasefire 12 times, the ministry said. Our positions came under fire from "
        "the following directions:\n\n"
        "- from positions in the village of Aygepar of Armenia's Berd region - at our positions in Gushchu "
        "Ayrim of Tovuz region;\n"
        "- from nameless heights - at our positions in Farahli village of Gazakh region (twice)."
    )
    assert violations(text) == {("Gushchu Ayrim", "Tovuz"): 1, ("Farahli", "Gazakh"): 2}


def test_shells_launched_on_a_district() -> None:
    text = (
        "HODEIDAH, (Saba) – The aggression forces committed 40 violations of the ceasefire in Hodeidah province, "
        "a source said. The violations included launching 12 artillery shells on Zabid district and 5 mortar "
        "rounds at the Kilo 10 area, in addition to 9 flights of spy drones over Beit al-Faqih."
    )
    found = violations(text)
    assert found[("Zabid", "Hodeidah")] == 1
    assert found[("Kilo 10", "Hodeidah")] == 1
    assert ("Beit al-Faqih", "Hodeidah") not in found


def test_bullets_near_places_with_their_weapons_under_a_count() -> None:
    text = (
        "As of 07:00, the armed formations violated the ceasefire 3 times over the past day.\n\n"
        "🔸 near Krymske (Luhansk region) – grenade launchers\n"
        "🔸 near Pisky (Donetsk region) – mortars\n"
        "🔸 near Vodiane – small arms\n\n"
        "No casualties."
    )
    assert violations(text) == {("Krymske", "Luhansk"): 1, ("Pisky", "Donetsk"): 1, ("Vodiane", None): 1}


def test_a_digests_capital_section_headings_are_no_places() -> None:
    text = (
        "Reconciliation centre: 6 shelling incidents over the past 24h\n\n"
        "Latakia: 4\nHama - 2\n\n"
        "🇹🇷 Turkish side of the commission: 3 violations (no breakdown)\n\n"
        "🚚 AID\n2 humanitarian actions in Aleppo"
    )
    assert violations(text) == {(None, "Latakia"): 4, (None, "Hama"): 2}


def test_a_province_after_bullets_and_a_day_in_brackets() -> None:
    text = (
        "📅 05.08.2020 — digest\n\n"
        "JFO: over the past day (4 August) the ceasefire was violated 2 times.\n"
        "• near Hnutove — the enemy fired grenade launchers\n"
        "• near Vodiane — small-arms fire\n"
        "(both Donetsk region). No casualties."
    )
    found = run(text)
    assert violations(text) == {("Hnutove", "Donetsk"): 1, ("Vodiane", "Donetsk"): 1}
    assert {i.date for i in found.incidents} == {date(2020, 8, 4)}


def test_a_colon_list_after_a_long_clause_of_attacks() -> None:
    text = (
        '"Over the past day, three shelling attacks from the positions of the Jabhat al-Nusra terrorist group '
        "were recorded in the Idlib de-escalation zone: in Latakia province - one (Bashoura); in Idlib province - "
        'two (Kansafra)," the officer said.'
    )
    assert violations(text) == {("Bashoura", "Latakia"): 1, ("Kansafra", "Idlib"): 2}


def test_each_of_them_hit_at_least_twice() -> None:
    text = (
        "Rebels violated the ceasefire on Tuesday. They struck the towns of Qalaat al-Madiq and Tell Salhab, "
        "along with the village of Shathah in Hama province, with each of them hit at least twice."
    )
    assert violations(text) == {
        ("Qalaat al-Madiq", "Hama"): 2,
        ("Tell Salhab", "Hama"): 2,
        ("Shathah", "Hama"): 2,
    }


def test_province_groups_after_a_dash_without_the_word_province() -> None:
    text = (
        "⚡️ Idlib de-escalation zone, last 24h (Russian Reconciliation Centre): Latakia — Kabani (2), Bashoura (1); "
        "Hama — Kernaz (1); Aleppo — Zarbah (3). No casualties reported."
    )
    assert violations(text) == {
        ("Kabani", "Latakia"): 2,
        ("Bashoura", "Latakia"): 1,
        ("Kernaz", "Hama"): 1,
        ("Zarbah", "Aleppo"): 3,
    }


def test_a_quoted_chain_opening_with_a_capital_in() -> None:
    text = (
        'The centre logged nine breaches of the truce. "In Damascus province - Jobar (3), Harasta (two); in Hama '
        'province - Kernaz (1); in Daraa province - the city of Daraa (3)," the bulletin reads.'
    )
    assert violations(text) == {
        ("Jobar", "Damascus"): 3,
        ("Harasta", "Damascus"): 2,
        ("Kernaz", "Hama"): 1,
        ("Daraa", "Daraa"): 3,
    }


def test_a_short_post_with_de_escalation_and_no_is_english() -> None:
    text = (
        "⚡️ Idlib de-escalation zone, last 24h: Latakia — Kabani (2); Hama — Kernaz (1). Syrian troops returned "
        "fire, no casualties reported. #Syria"
    )
    from extraction.language import detect_language

    assert detect_language(text) == "en"


def test_mostly_near_places_after_a_region_figure() -> None:
    text = (
        "In Luhansk region the SMM recorded 25 ceasefire violations, fewer than in the previous reporting period, "
        "mostly near Zolote and Pervomaisk."
    )
    found = violations(text)
    assert found[("Zolote", "Luhansk")] == 1
    assert found[("Pervomaisk", "Luhansk")] == 1


def test_weapons_used_against_positions_near_places() -> None:
    text = (
        "Over the past day the militants broke the ceasefire five times. The enemy used mortars and heavy "
        "machine guns against our positions near Marinka, Pisky (twice) and Opytne."
    )
    assert violations(text) == {("Marinka", None): 1, ("Pisky", None): 2, ("Opytne", None): 1}


def test_a_lead_place_with_its_region_and_the_same_region() -> None:
    text = (
        'The invaders violated the ceasefire three times. "Near Pisky, Donetsk region, the invaders fired at '
        'our positions. In the same region, near Opytne, the enemy used an 82mm mortar," the report says.'
    )
    assert violations(text) == {("Pisky", "Donetsk"): 1, ("Opytne", "Donetsk"): 1}


def test_attack_bullets_under_a_truce_violations_heading() -> None:
    text = (
        "📌 DAILY BRIEF — 03.02.2021\n\n"
        "🔴 Truce violations, Idlib zone (past 24h)\n"
        "• Mortar attack on Kafr Nabudah (Hama) — twice\n"
        "• Shelling of Kinsabba and Salma was recorded (Latakia)\n\n"
        "🟢 Humanitarian\n• 27 families returned to Beit Jinn"
    )
    assert violations(text) == {
        ("Kafr Nabudah", "Hama"): 2,
        ("Kinsabba", "Latakia"): 1,
        ("Salma", "Latakia"): 1,
    }


def test_a_list_line_under_a_line_with_the_days_figure() -> None:
    text = (
        "Reconciliation centre: 7 truce violations in past 24h.\n"
        "Jobar x3, Harasta x2 (Damascus prov.); Kinsabba, Kabani (Latakia).\n"
        "Turkish side reports 2 more."
    )
    assert violations(text) == {
        ("Jobar", "Damascus"): 3,
        ("Harasta", "Damascus"): 2,
        ("Kinsabba", "Latakia"): 1,
        ("Kabani", "Latakia"): 1,
    }


def test_shelling_by_forces_of_areas_in_a_quarter() -> None:
    text = (
        "The Observatory documented on Saturday the shelling by regime forces of areas in Tariq al-Sadd, in Daraa "
        "city, in breach of the truce."
    )
    assert violations(text) == {("Tariq al-Sadd", "Daraa"): 1}


def test_a_crossing_point_is_its_place() -> None:
    text = (
        "Rebels violated the humanitarian pause, the ministry said: mortar fire hit the Bustan al-Basha crossing "
        "point twice in Aleppo."
    )
    assert violations(text) == {("Bustan al-Basha", "Aleppo"): 2}


def test_breaches_concentrated_in_the_districts_of_places_with_counts() -> None:
    text = (
        "The militia committed 20 violations of the truce in Hodeidah governorate. The violations were "
        "concentrated in the districts of Zabid (11 times) and Bayt al-Faqih (six times), in addition to three "
        "attacks in the vicinity of Kilo 10."
    )
    assert violations(text) == {
        ("Zabid", "Hodeidah"): 11,
        ("Bayt al-Faqih", "Hodeidah"): 6,
        ("Kilo 10", "Hodeidah"): 3,
    }


def test_a_count_after_a_district_before_another_shelling_of() -> None:
    text = (
        "The militia committed 40 violations of the truce in Hodeidah governorate. They included artillery "
        "shelling on homes in Zabid district 17 times and the shelling of the 22 May area with mortars."
    )
    found = violations(text)
    assert found[("Zabid", "Hodeidah")] == 17
    assert found[("22 May", "Hodeidah")] == 1


def test_no_violations_in_the_zones_of_places_name_no_targets() -> None:
    text = (
        "The centre has registered no ceasefire violations in the de-escalation zones of Eastern Ghouta and "
        "northern Homs over the past 24 hours."
    )
    assert violations(text) == {}


def test_dash_groups_right_after_the_verb_with_abbreviations() -> None:
    text = (
        "⚡️ RCRS daily: over the past 24h militants shelled Latakia prov. — Kinsabba (2), Dweirka (1); Aleppo — "
        "Ramouseh dist. of Aleppo city (1); Hama prov. — Tell Bazzam (2). 6 attacks in total."
    )
    found = run(text)
    assert violations(text) == {
        ("Kinsabba", "Latakia"): 2,
        ("Dweirka", "Latakia"): 1,
        ("Ramouseh", "Aleppo"): 1,
        ("Tell Bazzam", "Hama"): 2,
    }
    assert found.reported_total == 6


def test_a_hit_label_over_dash_groups_with_and_without_counts() -> None:
    text = (
        "RCRS: 9 shellings in the Idlib zone over 24h — Idlib 5, Latakia 3, Aleppo 1. Hit: Idlib — Saraqib ×2, "
        "Dadikh; Latakia — Salma ×2; Aleppo — Tadil."
    )
    found = violations(text)
    assert found[("Saraqib", "Idlib")] == 2
    assert found[("Dadikh", "Idlib")] == 1
    assert found[("Salma", "Latakia")] == 2
    assert found[("Tadil", "Aleppo")] == 1


def test_nameless_heights_in_a_district_are_positions_there() -> None:
    text = (
        "Armenian units violated the ceasefire 12 times. They fired on positions of the Azerbaijani Army in the "
        "village of Kokhanabi of Tovuz district, and on nameless heights in Gadabay district."
    )
    assert violations(text) == {("Kokhanabi", "Tovuz"): 1, (None, "Gadabay"): 1}


def test_shelling_said_at_the_time_is_history() -> None:
    text = (
        "Baku handed over ten servicemen detained during the November clashes. The border has been tense since "
        "then. Armenia's Defense Ministry said at the time that Azerbaijani forces had shelled its positions near "
        "Verin Shorzha, breaking the ceasefire."
    )
    assert violations(text) == {}


def test_preparation_for_an_attack_is_no_attack() -> None:
    text = (
        "The army remains committed to the ceasefire, the spokesman said, describing the arrival of mercenaries "
        "as preparation for an attack on Sirte and Al-Jufra."
    )
    assert violations(text) == {}


def test_fire_in_the_direction_of_villages_targets_them() -> None:
    text = (
        "Azerbaijani forces broke the ceasefire on Tuesday night, the Armenian ministry said. The adversary "
        "opened fire from large-calibre machine guns in the direction of Aygepar and Nerkin Karmiraghbyur in "
        "Tavush province."
    )
    assert violations(text) == {("Aygepar", "Tavush"): 1, ("Nerkin Karmiraghbyur", "Tavush"): 1}


def test_ceasefire_violations_on_n_occasions_is_the_total() -> None:
    text = (
        "Indian troops along the Line of Control resorted to unprovoked ceasefire violations on 11 occasions in "
        "the Nikial and Jandrot sectors."
    )
    assert run(text).reported_total == 11


def test_bullets_with_the_weapon_after_the_place() -> None:
    text = (
        "LPR representative: the Ukrainian side violated the ceasefire 4 times. On Saturday it opened fire in the "
        "direction of the following settlements:\n"
        "• Kalinovo (2 times), using 82mm mortars;\n"
        "• Zolotoe-5 – grenade launchers;\n"
        "• Golubovskoye – heavy machine guns."
    )
    assert violations(text) == {  # "LPR" places the settlements in Luhansk
        ("Kalinovo", "Luhansk"): 2,
        ("Zolotoe-5", "Luhansk"): 1,
        ("Golubovskoye", "Luhansk"): 1,
    }


def test_a_count_after_the_weapons_and_a_bullet_led_by_near() -> None:
    text = (
        "⚠️ Over the past day, the armed formations violated the ceasefire 6 times.\n\n"
        "🔻 Donetsk region:\n"
        "• Marinka — grenade launchers and heavy machine guns (3)\n"
        "• near Pisky — 82-mm mortars\n"
        "• Shyrokyne came under sniper fire"
    )
    assert violations(text) == {
        ("Marinka", "Donetsk"): 3,
        ("Pisky", "Donetsk"): 1,
        ("Shyrokyne", "Donetsk"): 1,
    }


def test_forward_areas_of_a_sector_are_that_sector() -> None:
    text = (
        "Pakistan violated the ceasefire in Jammu and Kashmir on Saturday night. Forward areas of Mendhar sector "
        "were targeted twice during the night."
    )
    assert violations(text) == {("Mendhar", "Jammu and Kashmir"): 2}
