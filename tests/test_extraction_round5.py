"""Fifth generalisation round for English (failure classes of blind round 12 of ``tests/corpus_invented4``):
one snippet per rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from extraction.english import extract
from tests.test_extraction_round3 import RECEIVED, violations


def total(text: str) -> int | None:
    return extract(text, RECEIVED, {}).reported_total


def test_a_district_named_like_a_province_abroad_is_a_district_of_the_city_in_the_story() -> None:
    text = (
        "Gunmen broke the Aleppo truce again, the general said. He added that the districts of Salah al-Din, "
        "al-Sukkari and Bani Zaid in Aleppo were shelled."
    )
    assert violations(text) == {
        ("Salah al-Din", "Aleppo"): 1,
        ("al-Sukkari", "Aleppo"): 1,
        ("Bani Zaid", "Aleppo"): 1,
    }


def test_place_colon_count_lines_under_a_capitals_heading() -> None:
    text = (
        "Truce monitor: table of today's violations\n\n"
        "HAMA PROVINCE\n"
        "Karnaz: 3\n"
        "Kafr Hud: 1\n\n"
        "IDLIB PROVINCE\n"
        "Maar Shamarin: 2\n"
    )
    assert violations(text) == {("Karnaz", "Hama"): 3, ("Kafr Hud", "Hama"): 1, ("Maar Shamarin", "Idlib"): 2}


def test_a_clock_time_after_a_place_is_no_count() -> None:
    text = "Snipers opened fire at posts near Chinari in Tavush province at about 16:25, breaking the truce."
    assert violations(text) == {("Chinari", "Tavush"): 1}


def test_emoji_headings_give_the_bullets_below_their_province() -> None:
    text = (
        "Ceasefire breaches over the past day, by province:\n\n"
        "🟠 Idlib\n"
        "• Taftanaz — 2\n"
        "• Binnish — 1\n\n"
        "🟠 Hama\n"
        "• Qastoun — 4\n"
    )
    assert violations(text) == {("Taftanaz", "Idlib"): 2, ("Binnish", "Idlib"): 1, ("Qastoun", "Hama"): 4}


def test_a_bullet_that_reports_calm_is_no_target() -> None:
    text = (
        "The truce was broken 2 times over the day.\n\n"
        "Fire recorded in the areas of:\n"
        "▫️ Zhelobok — 2\n"
        "▫️ Kalynove — no violations\n"
    )
    assert violations(text) == {("Zhelobok", None): 2}


def test_a_region_in_brackets_after_an_operational_zone_heads_its_paragraph() -> None:
    text = (
        "The enemy broke the ceasefire seven times on Monday.\n\n"
        '"In the South operational zone (Donetsk region), the enemy shelled our positions near Hnutove twice '
        'and used grenade launchers near Talakivka," the staff said.\n\n'
        "In the North operational zone (Luhansk region), the occupiers fired at Katerynivka."
    )
    assert violations(text) == {
        ("Hnutove", "Donetsk"): 2,
        ("Talakivka", "Donetsk"): 1,
        ("Katerynivka", "Luhansk"): 1,
    }


def test_positions_that_came_under_fire_near_places_make_the_places_the_targets() -> None:
    text = (
        "The truce was broken on Monday. In the Luhansk region, army positions came under fire near Troitske (3) "
        "and Orikhove."
    )
    assert violations(text) == {("Troitske", "Luhansk"): 3, ("Orikhove", "Luhansk"): 1}


def test_attacks_mounted_under_a_truce_are_the_total() -> None:
    text = (
        "Separatist forces on Friday mounted 9 attacks on army positions in breach of the truce, the staff said. "
        "As of 07:00 Saturday, no violations had been recorded."
    )
    assert total(text) == 9


def test_attacks_counted_per_target_are_not_the_total() -> None:
    text = (
        "The SDF said the Turkish army violated the truce: it shelled Dibs (twice) and Ghazal, and carried out "
        "two attacks on posts near Tal Baydar."
    )
    assert total(text) is None


def test_a_humanitarian_pause_violated_n_times_is_the_total() -> None:
    assert (
        total("Gunmen have violated the humanitarian pause eleven times since morning, the general said.")
        == 11
    )


def test_figures_of_the_turkish_representatives_are_not_the_statement_s() -> None:
    text = (
        "The Russian members of the commission logged four instances of firing: three in Homs and one in Deraa. "
        "The Turkish representatives, for their part, reported nine violations - six in Idlib and three in Hama."
    )
    got = extract(text, RECEIVED, {})
    assert got.reported_total == 4
    assert {(i.admin1, i.count) for i in got.incidents} == {("Homs", 3), ("Daraa", 1)}


def test_the_province_of_x_before_a_passive_subject_is_its_province() -> None:
    text = (
        "Gunmen broke the truce twice. In Homs province, the village of Kafr Laha was shelled, and in the "
        "province of Hama the village of Taybat al-Imam came under fire."
    )
    assert violations(text) == {("Kafr Laha", "Homs"): 1, ("Taybat al-Imam", "Hama"): 1}


def test_a_ceasefire_described_by_a_relative_clause_still_gives_its_total() -> None:
    text = (
        "The truce that took effect on Friday night was violated 17 times over the past day, the centre said."
    )
    assert total(text) == 17


def test_shells_that_slammed_into_neighbourhoods_hit_them() -> None:
    text = "In a breach of the truce, mortar rounds slammed into the Karm al-Lawz and Nuzha neighbourhoods of Homs."
    assert violations(text) == {("Karm al-Lawz", "Homs"): 1, ("Nuzha", "Homs"): 1}


def test_a_city_that_only_locates_a_town_is_no_target() -> None:
    text = "Breaking the truce, troops opened fire on houses in Nawa town, west of Daraa city."
    assert violations(text) == {("Nawa", "Daraa"): 1}


def test_fire_on_army_positions_across_the_armenian_azerbaijani_line_is_a_breach() -> None:
    text = (
        "Units of the Armenian armed forces fired from sniper rifles at Azerbaijani Army positions near the "
        "villages of Kohne Gishlag and Munjuglu in Tovuz district and near Alibeyli in Gazakh district."
    )
    assert violations(text) == {
        ("Kohne Gishlag", "Tovuz"): 1,
        ("Munjuglu", "Tovuz"): 1,
        ("Alibeyli", "Gazakh"): 1,
    }


def test_a_village_named_like_a_district_keeps_the_district_it_is_put_in() -> None:
    text = "The truce was broken on Sunday: the village of Agdam in Tovuz district came under mortar fire."
    assert violations(text) == {("Agdam", "Tovuz"): 1}


def test_government_fire_reported_by_an_opposition_monitor_is_the_breach() -> None:
    text = (
        "The Syrian Observatory for Human Rights said the truce was breached again on Monday. Government "
        "artillery pounded Maarzaf and Hazarin in Jabal Shahshabu, northern Hama."
    )
    assert violations(text) == {("Maarzaf", "Hama"): 1, ("Hazarin", "Hama"): 1}


def test_a_cumulative_figure_is_no_total() -> None:
    text = (
        "Regime forces shelled Kafr Oweid, breaking the truce, the monitor said. Cumulative since the 12 May "
        "deal: more than 700 violations."
    )
    assert total(text) is None


def test_many_words_between_opened_fire_and_the_target() -> None:
    text = (
        "Breaking the truce, units opened fire from small arms and heavy machine guns of several calibres in the "
        "direction of combat positions near Movses and Aygepar villages of Tavush province."
    )
    assert violations(text) == {("Movses", "Tavush"): 1, ("Aygepar", "Tavush"): 1}


def test_a_place_that_was_fired_at_n_times() -> None:
    assert violations("The truce was broken again. Yasynuvata was fired at four times.") == {
        ("Yasynuvata", None): 4
    }


def test_districts_of_a_town_that_is_no_province_are_the_targets() -> None:
    text = "In breach of the truce, the Makiivka districts of Hirnyak and Kirovskyi were shelled twice each."
    assert violations(text) == {("Hirnyak", None): 2, ("Kirovskyi", None): 2}


def test_only_munitions_land_on_places() -> None:
    text = (
        "Talks on extending the truce went on. Planes carrying freed detainees landed in Sanaa, Aden and Mukalla "
        "on Sunday."
    )
    assert violations(text) == {}


def test_figures_of_another_year_are_background() -> None:
    text = (
        "March 3, 2022. The truce on the Line of Control has held for a year. Officials said 4,100 violations "
        "were recorded in 2020 and that Uri and Gurez were among the worst hit."
    )
    assert violations(text) == {}


def test_the_gaza_strip_is_no_governorate() -> None:
    text = (
        "Israeli forces opened fire on farmers east of Deir al-Balah in the central Gaza Strip, in a breach of the "
        "truce, local sources said."
    )
    assert violations(text) == {("Deir al-Balah", None): 1}


def test_places_hit_repeatedly_on_the_day_are_no_background() -> None:
    text = (
        "The truce faltered on Tuesday. Officials said the Jahmaliya and Kalaba neighbourhoods of Taiz were hit "
        "repeatedly."
    )
    assert violations(text) == {("Jahmaliya", "Taiz"): 1, ("Kalaba", "Taiz"): 1}


def test_elliptic_groups_give_each_province_its_places() -> None:
    text = (
        "In Hama province, gunmen opened fire on the settlements of Karnaz and Shatha, in Latakia province - "
        "on Bayt Awan, and in Aleppo - on the Sukkari district, which was hit twice, breaking the truce."
    )
    assert violations(text) == {
        ("Karnaz", "Hama"): 1,
        ("Shatha", "Hama"): 1,
        ("Bayt Awan", "Latakia"): 1,
        ("Sukkari", "Aleppo"): 2,
    }


def test_a_region_the_attackers_hold_is_not_the_targets_province() -> None:
    text = (
        "In breach of the truce, in Damascus, shells fired by rebels in Eastern Ghouta landed on the "
        "neighbourhoods of Qassaa and Tijara."
    )
    assert violations(text) == {("Qassaa", "Damascus"): 1, ("Tijara", "Damascus"): 1}


def test_respective_counts_after_a_passive_verb() -> None:
    text = (
        "The truce was broken six times. The settlements of Karnaz, Taybat al-Imam and Halfaya in Hama province "
        "came under fire three times, twice and once, respectively."
    )
    assert violations(text) == {("Karnaz", "Hama"): 3, ("Taybat al-Imam", "Hama"): 2, ("Halfaya", "Hama"): 1}


def test_a_count_of_shellings_before_the_place() -> None:
    text = (
        "The Russian side recorded seven ceasefire violations:\n"
        "- four shellings of Kansafra;\n"
        "- two shellings of Maarat al-Numan;\n"
        "- one shelling of Kabani in Latakia province."
    )
    found = violations(text)
    assert found[("Kansafra", "Latakia")] == 4 or found.get(("Kansafra", None)) == 4
    assert sum(found.values()) == 7


def test_units_stationed_in_districts_count_for_those_districts_only() -> None:
    text = (
        "The ceasefire was broken on Monday. Units of the army stationed in the Tovuz (twice), Gadabay and "
        "Gazakh districts were fired upon from machine guns."
    )
    got = extract(text, RECEIVED, {})
    assert {(i.location, i.admin1, i.count) for i in got.incidents} == {
        (None, "Tovuz", 2),
        (None, "Gadabay", 1),
        (None, "Gazakh", 1),
    }


def test_the_places_fire_came_from_are_no_targets() -> None:
    text = (
        "In Donetsk region, the occupiers broke the truce and opened fire at army units near Talakivka and "
        "Hnutove (twice), firing from Sakhanka and Bezimenne."
    )
    assert violations(text) == {("Talakivka", "Donetsk"): 1, ("Hnutove", "Donetsk"): 2}


def test_troops_harassed_near_places() -> None:
    text = "In breach of the truce, the enemy harassed army posts near Troitske and Popasna with small arms."
    assert violations(text) == {("Troitske", None): 1, ("Popasna", None): 1}


def test_a_place_before_the_verb_with_its_region_in_words() -> None:
    text = "The truce was broken. Near Orikhove in Luhansk region, the enemy fired mortars three times."
    assert violations(text) == {("Orikhove", "Luhansk"): 3}


def test_firing_that_started_in_one_sector_and_spread_to_another() -> None:
    text = (
        "Pakistani troops violated the ceasefire in Jammu and Kashmir on Sunday night, a spokesman said. The "
        "firing started at around 9.30 pm in the Nowshera sector and spread to the Sunderbani sector."
    )
    assert violations(text) == {("Nowshera", "Jammu and Kashmir"): 1, ("Sunderbani", "Jammu and Kashmir"): 1}


def test_a_district_after_a_sector_only_locates_it() -> None:
    text = "#JammuAndKashmir: Pakistan initiated a ceasefire violation along the LoC in Keran sector, Kupwara district."
    assert violations(text) == {("Keran", "Jammu and Kashmir"): 1}


def test_last_night_is_the_day_before() -> None:
    from datetime import UTC, date, datetime

    got = extract(
        "Pakistan violated the ceasefire along the LoC in the Uri sector last night, officials said.",
        datetime(2020, 9, 15, 4, 0, tzinfo=UTC),
        {},
    )
    assert [(i.location, i.date) for i in got.incidents] == [("Uri", date(2020, 9, 14))]


def test_the_city_of_a_press_conference_is_not_the_setting() -> None:
    text = (
        "TOBRUK, Libya, March 2 (Wire) -- A spokesman told a press conference in Benghazi that militias broke "
        "the truce and fired rockets at the Qasr Bin Ghashir area. Militias also shelled Ain Zara in Tripoli."
    )
    assert violations(text) == {("Qasr Bin Ghashir", None): 1, ("Ain Zara", "Tripoli"): 1}


def test_figures_after_a_governorate_word_and_a_lower_case_article() -> None:
    text = (
        "The aggression forces committed 60 violations of the truce in 24 hours, recorded in Marib governorate "
        "(25), Taiz (20) and al-Dhalea (15), the source said."
    )
    got = extract(text, RECEIVED, {})
    assert {(i.admin1, i.count) for i in got.incidents} == {("Marib", 25), ("Taiz", 20), ("Dhale", 15)}


def test_every_yemeni_governorate_is_known() -> None:
    from extraction.places import find_admin1

    for name in ("Dhamar", "Ibb", "Amran", "Raymah", "Al Mahwit", "Hadramaut", "Al Mahrah", "Socotra"):
        found = find_admin1(name)
        assert found is not None, name
        assert found.country == "YE", name


def test_a_capital_named_like_the_agency_is_not_the_agency() -> None:
    got = extract(
        "SANA'A, May 3 (Saba) - Aggression forces violated the truce 12 times, a source said.", RECEIVED, {}
    )
    assert got.reporter is not None
    assert "Saba" in got.reporter


def test_a_dateline_over_a_sentence_is_no_province_heading() -> None:
    text = (
        "Hodeidah – The head of the truce committee convened a joint session with both parties on a UN ship "
        "to strengthen the ceasefire."
    )
    assert violations(text) == {}


def test_a_time_of_day_before_the_subject_is_no_place() -> None:
    text = (
        "Pakistani troops violated the ceasefire on Monday. Later, around 9 pm, Indian positions in the Mendhar "
        "sector came under small arms fire."
    )
    assert {loc for loc, _a in violations(text)} == {"Mendhar"}


def test_a_later_mention_of_an_earlier_day_does_not_move_the_days_event() -> None:
    from datetime import UTC, date, datetime

    text = (
        "Pakistani troops violated the ceasefire thrice on Monday, officials said. Posts in Keri were targeted.\n\n"
        "On Saturday, two soldiers were killed when Pakistani troops opened fire on a patrol in Keri."
    )
    got = extract(text, datetime(2017, 12, 26, 6, 0, tzinfo=UTC), {})
    assert date(2017, 12, 25) in {i.date for i in got.incidents if i.location == "Keri"}


def test_a_paragraph_that_opens_years_ago_tells_history() -> None:
    text = (
        "April 2, 2020. Four years ago today, on April 2, 2016, the offensive began along the line of contact. "
        "Shells rained down on Martakert and Talish, and the truce came only days later."
    )
    assert violations(text) == {}


def test_bullets_under_in_oblast_headings_and_calibres_are_no_counts() -> None:
    text = (
        "The enemy violated the ceasefire 4 times.\n\n"
        "In Donetsk oblast:\n"
        "- near Hnutove (2 times) – 82-mm mortar;\n"
        "- near Talakivka – 120-mm mortar.\n\n"
        "In Luhansk oblast:\n"
        "- near Krymske – grenade launchers.\n"
    )
    assert violations(text) == {
        ("Hnutove", "Donetsk"): 2,
        ("Talakivka", "Donetsk"): 1,
        ("Krymske", "Luhansk"): 1,
    }


def test_lines_of_place_weapon_and_count_under_the_following_settlements() -> None:
    text = (
        "Total for the day: 6 violations.\n\n"
        "The following settlements of the Donetsk People's Republic came under fire:\n"
        "Spartak — 120-mm mortar — 4 times\n"
        "Vasylivka — small arms — 2 times\n"
    )
    assert violations(text) == {("Spartak", "Donetsk"): 4, ("Vasylivka", "Donetsk"): 2}


def test_place_colon_description_bullets_under_directional_headings() -> None:
    text = (
        "Regime forces broke the truce 6 times on Monday, our correspondents recorded:\n\n"
        "Southern Idlib countryside:\n"
        "- Kafr Sijnah: artillery shelling (3 times)\n"
        "- Hish: rocket launchers\n\n"
        "Northern Hama countryside:\n"
        "- Lahaya: mortar shells (twice)\n\n"
        "Related news:\n"
        "- Hundreds of families return to Hish\n"
    )
    assert violations(text) == {("Kafr Sijnah", "Idlib"): 3, ("Hish", "Idlib"): 1, ("Lahaya", "Hama"): 2}


def test_a_province_written_with_a_lower_case_article() -> None:
    text = (
        "The Turkish army violated the ceasefire and shelled the villages of Umm Harmala (twice) and Dardara "
        "in al-Hasakah province."
    )
    assert violations(text) == {("Umm Harmala", "Hasakah"): 2, ("Dardara", "Hasakah"): 1}


def test_a_sentence_that_places_both_towns_gives_them_their_province() -> None:
    text = (
        "Regime forces broke the local truce on Monday. Four shells fell on Al-Ruhaiba, while Jayroud was "
        "targeted twice. Both towns lie in the Damascus countryside."
    )
    assert violations(text) == {("Al-Ruhaiba", "Rif Dimashq"): 1, ("Jayroud", "Rif Dimashq"): 2}


def test_a_section_title_in_capitals_is_no_list() -> None:
    text = (
        "HAMA: TRUCE WEAKENS AROUND KAFR ZITA\n"
        "Pro-regime artillery shelled Latmin in northern Hama province on March 9, breaking the ceasefire."
    )
    assert violations(text) == {("Latmin", "Hama"): 1}


def test_what_a_place_is_and_where_it_lies_are_no_second_targets() -> None:
    text = (
        "Breaking the ceasefire, forces fired mortars at Troitske, in the government-held part of Luhansk region, "
        "on Tuesday, in one of the worst breaches in months. They also shelled Katerynivka, a village on the "
        "edge of Popasna district."
    )
    assert violations(text) == {("Troitske", "Luhansk"): 1, ("Katerynivka", "Luhansk"): 1}


def test_shelling_concentrated_on_the_villages_of_a_mountain_area() -> None:
    text = (
        "Regime forces broke the truce on Friday in the southern countryside of Idlib. The bombardment "
        "concentrated on the Jabal Shahshabu villages of Hazarin and Mashmashan."
    )
    assert violations(text) == {("Hazarin", "Idlib"): 1, ("Mashmashan", "Idlib"): 1}


def test_raids_a_monitor_calls_a_breach_are_violations_with_their_counts() -> None:
    text = (
        "Russian warplanes carried out three raids on the outskirts of Ariha and two more near the village of "
        "Maataram in southern Idlib, in what the monitor called the latest violation of the March ceasefire."
    )
    assert violations(text) == {("Ariha", "Idlib"): 3, ("Maataram", "Idlib"): 2}


def test_villages_named_before_their_district_keep_it() -> None:
    text = "Breaking the truce, the enemy fired on Alibeyli and Aghdam villages of Tovuz district."
    assert violations(text) == {("Alibeyli", "Tovuz"): 1, ("Aghdam", "Tovuz"): 1}


def test_a_possessive_province_before_a_region_places_the_towns() -> None:
    text = (
        "The militants broke the ceasefire 3 times. Among the places hit were Kabani and Ard al-Wata in "
        "Al-Ladhiqiyah's Jabal al-Akrad, and the town of al-Eis in southern Aleppo."
    )
    assert violations(text) == {
        ("Kabani", "Latakia"): 1,
        ("Ard al-Wata", "Latakia"): 1,
        ("al-Eis", "Aleppo"): 1,
    }


def test_province_dash_groups_in_a_quote_without_a_verb() -> None:
    text = (
        "Eight shelling attacks were registered in the ceasefire zone over the past 24 hours, the centre said.\n\n"
        '"In the province of Aleppo - the districts of al-Zahraa (three times) and al-Khalidiya; in the province '
        "of Latakia - Kabani (four times),\" the centre's head, Rear Admiral Ivan Petrov, said."
    )
    assert violations(text) == {
        ("al-Zahraa", "Aleppo"): 3,
        ("al-Khalidiya", "Aleppo"): 1,
        ("Kabani", "Latakia"): 4,
    }


def test_shells_landing_in_neighbourhoods_are_no_explosions_and_a_regime_of_calm_is_a_truce() -> None:
    text = (
        "Insurgents ignored the army's regime of calm in Aleppo province on Thursday night. The shells "
        "landed in the al-Sabil and al-Mogambo neighbourhoods, and a mortar bomb exploded in a street in Shahba."
    )
    assert set(violations(text)) == {("al-Sabil", "Aleppo"), ("al-Mogambo", "Aleppo"), ("Shahba", "Aleppo")}


def test_alleged_violations_and_figures_reported_of_those() -> None:
    text = (
        "The task force was notified of 12 alleged violations of the cessation of hostilities. Of those, seven "
        "were reported in Hama governorate and five in Latakia, the spokesman said."
    )
    got = extract(text, RECEIVED, {})
    assert got.reported_total == 12
    assert {(i.admin1, i.count) for i in got.incidents} == {("Hama", 7), ("Latakia", 5)}


def test_times_of_day_and_the_same_day_close_a_list() -> None:
    text = (
        "Regime forces violated the truce on Friday night. Artillery hit Kafr Laha twice between around 10 pm "
        "and midnight, and shelled farmland around Aqrab and the town of Taldou on the same day."
    )
    assert violations(text) == {("Kafr Laha", None): 2, ("Aqrab", None): 1, ("Taldou", None): 1}


def test_a_bracketed_region_after_positions_near_a_place_keeps_the_place() -> None:
    text = "The truce was broken. The occupiers opened fire with grenade launchers on positions near Orikhove (Luhansk region)."
    assert violations(text) == {("Orikhove", "Luhansk"): 1}


def test_a_province_named_only_in_brackets_still_makes_the_article_two_provinces() -> None:
    text = (
        "Over the past day the truce was broken five times.\n\n"
        "Near Marinka the invaders fired on army positions. Close to Pisky (Donetsk region) the enemy used "
        "mortars.\n\n"
        "In the Luhansk direction, the occupiers opened fire on positions near Orikhove (Luhansk region)."
    )
    assert violations(text) == {("Marinka", None): 1, ("Pisky", "Donetsk"): 1, ("Orikhove", "Luhansk"): 1}


def test_a_count_with_its_weapon_after_a_comma_and_a_highway_after_a_place() -> None:
    text = (
        "The militias broke the truce and shelled the following areas: the town of Izraa, four times with "
        "mortar rounds; Sheikh Miskin; and the outskirts of Khirbet Ghazaleh on the international highway."
    )
    assert violations(text) == {("Izraa", None): 4, ("Sheikh Miskin", None): 1, ("Khirbet Ghazaleh", None): 1}


def test_province_figures_with_their_places_in_brackets_inside_a_sentence() -> None:
    text = (
        '"Over the past day, seven ceasefire violations were recorded: in the province of Damascus countryside - '
        "three (Harasta, Douma, Zamalka), in Homs province - three (Talbisa, Taldahab, ar-Rastan - once each), "
        'in Hama province - one (Qasr Ibn Wardan)," the centre said.'
    )
    assert violations(text) == {
        ("Harasta", "Rif Dimashq"): 1,
        ("Douma", "Rif Dimashq"): 1,
        ("Zamalka", "Rif Dimashq"): 1,
        ("Talbisa", "Homs"): 1,
        ("Taldahab", "Homs"): 1,
        ("ar-Rastan", "Homs"): 1,
        ("Qasr Ibn Wardan", "Hama"): 1,
    }


def test_a_bracketed_region_heading_and_bulleted_sentences() -> None:
    text = (
        "Over the past day the ceasefire was violated 4 times.\n\n"
        "🔸 South (Donetsk region):\n"
        "– near Hnutove – 120-mm mortars;\n"
        "– near Talakivka – small arms (two times).\n\n"
        "🔴 ISPR update\n\n"
        "• Indian troops initiated unprovoked ceasefire violations in Nikial sector of Azad Kashmir today.\n"
    )
    found = violations(text)
    assert found[("Hnutove", "Donetsk")] == 1
    assert found[("Talakivka", "Donetsk")] == 2
    assert found[("Nikial", "Azad Kashmir")] == 1


def test_figures_of_them_in_named_towns_and_their_provinces_stated_apart() -> None:
    text = (
        "Militants carried out a total of 9 attacks in breach of the truce, 7 of them in Ras al-Ain and two in "
        "Tal Abyad. Ras al-Ain is in Syria's Hasakah province, while Tal Abyad lies in Raqqa province. Some 300 "
        "people fled, most of them in Tal Tamr."
    )
    assert violations(text) == {("Ras al-Ain", "Hasakah"): 7, ("Tal Abyad", "Raqqa"): 2}


def test_another_round_towards_a_place_and_shells_that_fell_twice() -> None:
    text = (
        "The truce was broken on Tuesday. Rebels fired two mortar shells at the neighbourhood of al-Hamdaniyeh "
        "and another round towards the Ramouseh area, while shells fell twice on the Sukkari district. Rebels "
        "in turn targeted the Salaheddine front line."
    )
    assert violations(text) == {
        ("al-Hamdaniyeh", None): 1,
        ("Ramouseh", None): 1,
        ("Sukkari", None): 2,
        ("Salaheddine", None): 1,
    }


def test_the_province_village_of_x_and_the_same_province() -> None:
    text = (
        "Armed groups broke the ceasefire 7 times, the centre said. The Latakia village of Kinsabba was shelled "
        "three times and Bayt Awan twice, while Ard al-Wata and Kirmel, in the same province, were each hit once."
    )
    assert violations(text) == {
        ("Kinsabba", "Latakia"): 3,
        ("Bayt Awan", "Latakia"): 2,
        ("Ard al-Wata", "Latakia"): 1,
        ("Kirmel", "Latakia"): 1,
    }


def test_a_mountain_area_of_a_province_before_a_passive_list_and_the_targets_were() -> None:
    text = (
        "Militants violated the ceasefire in the provinces of Lattakia, Halab (Aleppo) and Hamah, the centre "
        "said. In the Turkmen mountains (Jabal Turkman) of Lattakia province, Rabia and Ubin came under mortar "
        "fire. In the Jabal al-Akrad area of the same province, the targets were Ghmam and Dwerka."
    )
    assert violations(text) == {
        ("Rabia", "Latakia"): 1,
        ("Ubin", "Latakia"): 1,
        ("Ghmam", "Latakia"): 1,
        ("Dwerka", "Latakia"): 1,
    }


def test_among_the_province_targets_the_bulletin_named() -> None:
    text = (
        "The ceasefire was violated 6 times. Among the Idlib targets, the bulletin named the town of Sarmin, hit "
        "by rocket launchers, and the villages of Taftanaz and Binnish."
    )
    assert violations(text) == {("Sarmin", "Idlib"): 1, ("Taftanaz", "Idlib"): 1, ("Binnish", "Idlib"): 1}


def test_respective_counts_for_the_first_group_of_a_longer_list() -> None:
    text = (
        "Militants violated the ceasefire 7 times. Terrorists shelled the al-Zahraa and Salah al-Din districts of "
        "Aleppo city, three times and twice respectively, and the settlements of Kabani and Kinsabba in Latakia "
        "province."
    )
    assert violations(text) == {
        ("al-Zahraa", "Aleppo"): 3,
        ("Salah al-Din", "Aleppo"): 2,
        ("Kabani", "Latakia"): 1,
        ("Kinsabba", "Latakia"): 1,
    }


def test_figures_recorded_in_regions_are_no_places_and_counts_after_commas_in_a_passive_list() -> None:
    text = (
        "Militants violated the ceasefire 10 times. Seven attacks were recorded in Donetsk region and three in "
        "Luhansk region.\n\nIn Donetsk region, Marinka came under fire four times, Pisky twice, and Opytne once."
    )
    assert violations(text) == {
        ("Marinka", "Donetsk"): 4,
        ("Pisky", "Donetsk"): 2,
        ("Opytne", "Donetsk"): 1,
        (None, "Luhansk"): 3,  # the region's figure, with no place named
    }


def test_a_shell_that_exploded_near_a_landmark() -> None:
    text = "Terrorists breached the truce in Aleppo. A mortar shell exploded near the al-Sabil bakery, injuring two."
    assert violations(text) == {("al-Sabil", "Aleppo"): 1}


def test_over_in_a_province_leads_the_paragraph() -> None:
    text = (
        "Militants violated the ceasefire six times. Over in Hama province, the settlements of Karnaz and "
        "Maan came under fire. Tell Bizam was targeted three times."
    )
    assert violations(text) == {("Karnaz", "Hama"): 1, ("Maan", "Hama"): 1, ("Tell Bizam", "Hama"): 3}


def test_later_province_groups_share_a_passive_verb() -> None:
    text = (
        '"The Russian side registered six ceasefire violations: in Idlib province, Sarmin (twice) and Binnish came '
        'under fire; in Latakia province, Kabani and Kinsabba; in Aleppo province, al-Eis," the centre said.'
    )
    assert violations(text) == {
        ("Sarmin", "Idlib"): 2,
        ("Binnish", "Idlib"): 1,
        ("Kabani", "Latakia"): 1,
        ("Kinsabba", "Latakia"): 1,
        ("al-Eis", "Aleppo"): 1,
    }


def test_an_editors_bracketed_province() -> None:
    text = "Militants breached the truce. Karnaz and Shatha were each shelled once [in Hama province]."
    assert violations(text) == {("Karnaz", "Hama"): 1, ("Shatha", "Hama"): 1}


def test_a_districts_figure_with_its_places_in_brackets() -> None:
    text = (
        "Pakistan violated the ceasefire 6 times in Jammu and Kashmir during the week.\n\n"
        "District-wise break-up:\n"
        "• Poonch – 4 (Krishna Ghati twice, Balakote, Degwar)\n"
        "• Kupwara – 2 (Keran)\n"
    )
    assert violations(text) == {
        ("Krishna Ghati", "Jammu and Kashmir"): 2,
        ("Balakote", "Jammu and Kashmir"): 1,
        ("Degwar", "Jammu and Kashmir"): 1,
        ("Keran", "Jammu and Kashmir"): 2,
    }


def test_a_district_named_like_a_province_of_an_unnamed_country_is_no_province() -> None:
    text = (
        "Haftar's forces broke the truce south of Tripoli. \"We recorded three violations since dawn: two on "
        'Ain Zara and one on the Salahuddin area," the spokesman said.'
    )
    got = extract(text, RECEIVED, {})
    assert all(i.country != "IQ" for i in got.incidents)


def test_a_district_of_a_province_before_a_passive_list() -> None:
    text = (
        'The SDF said the truce was broken on Monday: "In the Ain Issa district of northern Raqqa, the villages '
        "of Hoshan (twice) and Jahbal were shelled. In the Tal Tamr area of Hasakah countryside, Tal Ward came "
        'under mortar fire."'
    )
    assert violations(text) == {("Hoshan", "Raqqa"): 2, ("Jahbal", "Raqqa"): 1, ("Tal Ward", "Hasakah"): 1}


def test_forces_that_have_been_shelling_places() -> None:
    text = (
        "In a new breach of the truce, regime forces have been shelling Iblin and Kansafra in the southern "
        "countryside of Idlib since the early morning."
    )
    assert violations(text) == {("Iblin", "Idlib"): 1, ("Kansafra", "Idlib"): 1}


def test_strikes_the_next_sentence_calls_violations() -> None:
    text = (
        "Regime airstrikes today hit a market in Maarrat al-Numan and a residential area of Binnish in Idlib "
        "province. These are clear violations of the cessation of hostilities, the spokesman said."
    )
    assert violations(text) == {("Maarrat al-Numan", "Idlib"): 1, ("Binnish", "Idlib"): 1}


def test_days_that_name_districts_are_no_dates() -> None:
    from datetime import UTC, date, datetime

    text = (
        "The militia renewed its shelling of Hodeidah on Tuesday, breaching the ceasefire. It fired mortar shells "
        "at the 7 July and 22 May districts, and targeted the outskirts of Hays."
    )
    got = extract(text, datetime(2019, 1, 9, 12, 0, tzinfo=UTC), {})
    assert {i.date for i in got.incidents} == {date(2019, 1, 8)}


def test_a_lead_place_after_as_reported_and_a_locating_aside() -> None:
    text = (
        "The enemy violated the ceasefire on Thursday. As reported, near the village of Shumy the enemy fired from "
        "grenade launchers. Near Vodiane, not far from Mariupol, enemy snipers fired at Ukrainian positions."
    )
    assert set(violations(text)) == {("Shumy", None), ("Vodiane", None)}


def test_aircraft_strikes_are_airstrikes_but_anti_aircraft_guns_are_weapons() -> None:
    text = (
        "The truce was broken again. Coalition aircraft struck a workshop in Bani Hushaish overnight. Kalinovo "
        "was shelled four times with anti-aircraft guns."
    )
    got = extract(text, RECEIVED, {})
    kinds = {i.location: i.kind for i in got.incidents}
    assert kinds == {"Bani Hushaish": "airstrike", "Kalinovo": "ceasefire_violation"}


def test_a_district_named_by_a_number() -> None:
    text = (
        "Militants broke the ceasefire in Aleppo. They shelled the 3000 apartments project and al-Hamdaniyeh."
    )
    assert violations(text) == {("3000 apartments project", "Aleppo"): 1, ("al-Hamdaniyeh", "Aleppo"): 1}


def test_the_latter_twice_and_a_province_before_an_al_name() -> None:
    text = (
        "The cessation of hostilities in Syria was violated five times. In Homs province, militants shelled the "
        "villages of Taldou and Tasnin - the latter twice - as well as the al-Waer district. In Hama province "
        "al-Suqaylabiyah came under rocket fire."
    )
    got = extract(text, RECEIVED, {})
    assert got.reported_total == 5
    assert violations(text) == {
        ("Taldou", "Homs"): 1,
        ("Tasnin", "Homs"): 2,
        ("al-Waer", "Homs"): 1,
        ("al-Suqaylabiyah", "Hama"): 1,
    }


def test_province_figures_then_their_places_after_a_dash() -> None:
    text = (
        'The ceasefire was broken 11 times. "Seven violations were recorded in the province of Aleppo - Hayyan, '
        "Bashkoy and Handarat (twice); three "
        'in the province of Latakia - Kabani and Nahshibba (twice); and one in Hama - Mhardeh," the bulletin read.'
    )
    assert violations(text) == {
        ("Hayyan", "Aleppo"): 1,
        ("Bashkoy", "Aleppo"): 1,
        ("Handarat", "Aleppo"): 2,
        ("Kabani", "Latakia"): 1,
        ("Nahshibba", "Latakia"): 2,
        ("Mhardeh", "Hama"): 1,
    }


def test_instances_of_shelling_listed_by_province_of_with_a_dash() -> None:
    text = (
        'The ceasefire was broken. "Five instances of shelling were recorded: in the province of Latakia - the '
        "settlement of Salma (three "
        'times), the village of Kalaz; in Aleppo province - the district of Sheikh Maqsoud," the centre said.'
    )
    assert violations(text) == {
        ("Salma", "Latakia"): 3,
        ("Kalaz", "Latakia"): 1,
        ("Sheikh Maqsoud", "Aleppo"): 1,
    }


def test_groups_ending_in_a_capitalised_governorate_and_areas_of_several_provinces() -> None:
    text = (
        "Rebels struck government-held areas of Lattakia, Hamah and Aleppo, breaking the truce. They fired at "
        "Kbana thrice and Marj Zaouia in the Lattakia Governorate; at Skelbieh in the Hamah Governorate; and at "
        "the Al-Zahra neighborhood of Aleppo city (2)."
    )
    assert violations(text) == {
        ("Kbana", "Latakia"): 3,
        ("Marj Zaouia", "Latakia"): 1,
        ("Skelbieh", "Hama"): 1,
        ("Al-Zahra", "Aleppo"): 2,
    }


def test_munitions_after_a_dash_are_no_count() -> None:
    text = (
        "Regime breaches of the truce continue. Since dawn regime forces have shelled:\n"
        "▪️ Kansafra — 12 artillery shells\n"
        "▪️ al-Bara (twice)\n"
    )
    assert violations(text) == {("Kansafra", None): 1, ("al-Bara", None): 2}


def test_figures_by_province_in_words() -> None:
    text = (
        "The centre recorded eight ceasefire violations.\n\n"
        "By province: Idlib — four, Latakia — three, Hama — one."
    )
    got = extract(text, RECEIVED, {})
    assert {(i.admin1, i.count) for i in got.incidents} == {("Idlib", 4), ("Latakia", 3), ("Hama", 1)}


def test_early_on_a_weekday_before_the_subject() -> None:
    text = (
        "Indian troops violated the ceasefire along the LoC. Early on Sunday the Battal sector came under mortar "
        "fire twice."
    )
    assert violations(text) == {("Battal", None): 2}


def test_each_twice_in_brackets_after_a_pair() -> None:
    text = (
        "The truce was broken. Gunmen opened fire at the settlements of Kinsabba and Duwayrka (each twice)."
    )
    assert violations(text) == {("Kinsabba", None): 2, ("Duwayrka", None): 2}


def test_arabic_articles_do_not_make_a_bulletin_spanish() -> None:
    from extraction.article import extract_article

    text = (
        "Russian Reconciliation Centre, last 24h:\n\n"
        "• Halab — al-Zahraa district ×2, Jamiyat al-Zahraa ×1\n"
        "• Lattakia — Kabani ×3\n"
    )
    got = extract_article(text, RECEIVED, {})
    assert got.language == "en"
    assert {(i.location, i.count) for i in got.incidents} == {
        ("al-Zahraa", 2),
        ("Jamiyat al-Zahraa", 1),
        ("Kabani", 3),
    }


def test_unnamed_villages_of_a_province_and_occasions_and_a_zone_that_sets_nothing() -> None:
    text = (
        "Illegal armed groups fired on villages in the north of Latakia province on four occasions, the centre "
        "said, reporting no other violations elsewhere in the Idlib zone. The hamlet of Kbaina was targeted twice, "
        "while Ard al-Wata and Tardin each came under fire once."
    )
    got = extract(text, RECEIVED, {})
    assert got.reported_total == 4
    assert violations(text) == {
        ("Kbaina", "Latakia"): 2,
        ("Ard al-Wata", "Latakia"): 1,
        ("Tardin", "Latakia"): 1,
    }


def test_a_province_figure_including_a_named_place() -> None:
    text = (
        "Russian Reconciliation Centre: 9 shelling attacks by gunmen in the ceasefire zone over the past day\n\n"
        "🔸 Idlib — 5\n"
        "🔸 Latakia — 4 (incl. Kabani x2)\n"
    )
    got = extract(text, RECEIVED, {})
    assert {(i.location, i.admin1, i.count) for i in got.incidents} == {
        (None, "Idlib", 5),
        ("Kabani", "Latakia", 2),
        (None, "Latakia", 2),
    }


def test_a_countrywide_total_belongs_to_no_province() -> None:
    text = (
        "Militants shelled the al-Furqan district of Aleppo twice, the centre said, adding that the total number "
        "of ceasefire breaches across Syria stood at 24."
    )
    got = extract(text, RECEIVED, {})
    assert got.reported_total == 24
    assert {(i.location, i.count) for i in got.incidents} == {("al-Furqan", 2)}


def test_a_second_lead_place_after_a_semicolon_and_on_a_weekday_before_a_subject() -> None:
    text = (
        "The enemy violated the ceasefire seven times. Near Pavlopil (Donetsk region) the enemy fired mortars "
        "twice; near Vodiane (Donetsk region) they used grenade launchers. According to the staff, on Monday the "
        "Hnutove sector was shelled once."
    )
    assert violations(text) == {
        ("Pavlopil", "Donetsk"): 2,
        ("Vodiane", "Donetsk"): 1,
        ("Hnutove", "Donetsk"): 1,
    }


def test_an_unpunctuated_headline_with_a_province_colon_is_no_list() -> None:
    text = (
        "Damascus: mortars hit Old Town, Jobar front flares\n\n"
        "Militants breached the ceasefire on Monday and shelled the Bab Touma quarter twice."
    )
    assert violations(text) == {("Bab Touma", "Damascus"): 2}
