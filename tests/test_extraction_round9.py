"""Ninth generalisation round for English (failure classes left open by the eighth round and found in round 36):
one snippet per rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from tests.test_extraction_round3 import run, violations


def test_an_ordinal_date_name_after_positions_in_is_the_place() -> None:
    text = (
        "The rebels broke the truce in Hodeidah on Sunday, shelling positions in the 22nd of May area and "
        "Kilo 7, the coalition said."
    )
    assert violations(text) == {("22nd of May", "Hodeidah"): 1, ("Kilo 7", "Hodeidah"): 1}


def test_an_ordinal_date_name_shares_a_plural_noun_with_the_next_place() -> None:
    text = (
        "In breach of the truce in Hodeidah, the rebels fired mortars into the 22nd of May and Kilo 7 areas."
    )
    assert violations(text) == {("22nd of May", "Hodeidah"): 1, ("Kilo 7", "Hodeidah"): 1}


def test_the_number_in_a_places_name_is_no_province_figure() -> None:
    text = "Breaking the truce, the rebels twice fired on Kilo 10 in Hodeidah and once on Height 210 in Taiz."
    assert violations(text) == {("Kilo 10", "Hodeidah"): 2, ("Height 210", "Taiz"): 1}


def test_a_figure_of_attacks_on_positions_subjected_to_fire_is_the_total() -> None:
    text = (
        "Units of the other side, using heavy machine guns, subjected to fire the positions of our army located "
        "in the villages of Kokhanabi and Ashagy Ayibli of Tovuz district 31 times during the day, the ministry "
        "said, calling it a breach of the ceasefire."
    )
    assert run(text).reported_total == 31
    # the only district named: its figure is the total, of which two attacks have their village
    assert violations(text) == {("Kokhanabi", "Tovuz"): 1, ("Ashagy Ayibli", "Tovuz"): 1, (None, "Tovuz"): 29}


def test_places_alone_in_a_bracket_after_a_province_figure() -> None:
    text = (
        "Truce breaches logged in the last 24 hours: Hama — 3 (Kernaz ×2, Tell Malah); Aleppo province - 1 "
        "(Zarbah)."
    )
    assert violations(text) == {("Kernaz", "Hama"): 2, ("Tell Malah", "Hama"): 1, ("Zarbah", "Aleppo"): 1}


def test_bare_numbers_after_bracketed_places_are_their_counts_when_they_add_up() -> None:
    text = "Truce breaches logged in the last 24 hours: Hama 5 (Kernaz 3, Tell Malah 2); Aleppo 1 (Zarbah)."
    assert violations(text) == {("Kernaz", "Hama"): 3, ("Tell Malah", "Hama"): 2, ("Zarbah", "Aleppo"): 1}


def test_bulleted_fronts_with_several_places_and_counts_each() -> None:
    text = (
        "In breach of the truce on Monday the other side opened fire on these areas:\n\n"
        "• Horlivka direction: Shyroka Balka – 3 times; Mykhailivka – 1;\n"
        "• Donetsk region: Olenivka – 2 times; Dokuchaievsk – 1;"
    )
    assert violations(text) == {  # the one region named is the text's province
        ("Shyroka Balka", "Donetsk"): 3,
        ("Mykhailivka", "Donetsk"): 1,
        ("Olenivka", "Donetsk"): 2,
        ("Dokuchaievsk", "Donetsk"): 1,
    }


def test_units_that_are_shelling_or_subjecting_to_fire_a_capitalised_town() -> None:
    text = (
        "The truce is broken again. Enemy units are shelling Naftalan, and since dawn they have been subjecting "
        "to mortar fire Sarov village of Tartar district."
    )
    assert violations(text) == {("Naftalan", "Tartar"): 1, ("Sarov", "Tartar"): 1}  # the one district named


def test_a_count_then_late_on_a_weekday_ends_the_place() -> None:
    text = (
        "The government accused the rebels of shelling the Souq al-Thulatha district twice and the al-Fellah "
        "neighbourhood once late on Sunday, calling it a breach of the ceasefire."
    )
    assert violations(text) == {("Souq al-Thulatha", None): 2, ("al-Fellah", None): 1}


def test_a_district_named_like_a_foreign_province_after_units_in() -> None:
    text = (
        "In breach of the truce around Tripoli, the militias attacked army units in Salah al-Din, Khallet "
        "al-Furjan and Wadi al-Rabie with mortars."
    )
    assert violations(text) == {
        ("Salah al-Din", "Tripoli"): 1,
        ("Khallet al-Furjan", "Tripoli"): 1,
        ("Wadi al-Rabie", "Tripoli"): 1,
    }


def test_a_figure_in_a_district_where_named_places_were_hit_belongs_to_the_places() -> None:
    text = (
        "The ceasefire was violated in Kupwara district of Jammu and Kashmir on Friday. Six of the violations "
        "took place in Uri, where the Kamalkote, Gohalan and Silikote areas came under mortar fire."
    )
    got = violations(text)
    assert ("Uri", "Jammu and Kashmir") not in got
    assert got[("Kamalkote", "Jammu and Kashmir")] == 1
    assert got[("Silikote", "Jammu and Kashmir")] == 1


def test_a_count_before_a_shared_list_is_not_the_first_places() -> None:
    text = (
        "In breach of the ceasefire, Pakistani troops fired on forward posts three times in the Mendhar, Balakote and "
        "Krishna Ghati sectors of Jammu and Kashmir on Friday."
    )
    assert violations(text) == {
        ("Mendhar", "Jammu and Kashmir"): 1,
        ("Balakote", "Jammu and Kashmir"): 1,
        ("Krishna Ghati", "Jammu and Kashmir"): 1,
    }


def test_places_without_a_region_make_up_the_one_region_figure_that_is_short() -> None:
    text = (
        "KYIV, 9 July 2018 -- The enemy violated the ceasefire 9 times on July 8, the headquarters said. Six of "
        "the attacks were in Donetsk region and three in Luhansk region.\n\n"
        "In Donetsk region, the enemy fired on positions near Pisky (twice) and Opytne.\n\n"
        "In the Mariupol direction, positions near Vodiane, Pavlopil and Hnutove came under fire.\n\n"
        "In Luhansk region, the enemy opened fire near Krymske (three times).\n\n"
        "Since midnight, the enemy has fired once near Zolote, the headquarters added."
    )
    got = violations(text)
    assert got[("Vodiane", "Donetsk")] == 1
    assert got[("Hnutove", "Donetsk")] == 1
    assert got[("Krymske", "Luhansk")] == 3
    assert ("Zolote", None) in got  # today's attack is not one of yesterday's figures
    incidents = {i.location: i.date for i in run(text).incidents}
    assert str(incidents["Zolote"]) == "2018-07-09"
    assert str(incidents["Pisky"]) == "2018-07-08"


def test_targets_the_ministry_named_were_a_list() -> None:
    text = (
        "The militants broke the truce eight times. Among the targets the ministry listed were Ghnaimiyeh "
        "(three times), Bdama and Zuwayk in Latakia province."
    )
    assert violations(text) == {
        ("Ghnaimiyeh", "Latakia"): 3,
        ("Bdama", "Latakia"): 1,
        ("Zuwayk", "Latakia"): 1,
    }


def test_shelling_despite_an_agreement_to_halt_fighting_is_a_breach_not_a_clash() -> None:
    text = (
        '"Despite the agreement to halt fighting, the factions shelled the western quarters of Tal Abyad twice '
        'on Sunday night," the spokesman wrote.'
    )
    assert violations(text) == {("Tal Abyad", None): 2}


def test_a_deal_struck_by_people_and_an_agreement_between_capitals_name_no_targets() -> None:
    text = (
        "The Kurdish forces accused the factions of breaking the pause in fighting agreed between Ankara and "
        "Moscow, saying the village of Umm Harmala was shelled overnight. Under the deal struck in Sochi by "
        "Vladimir Putin and Recep Tayyip Erdogan, the fighters have 150 hours to withdraw."
    )
    assert violations(text) == {("Umm Harmala", None): 1}


def test_a_date_named_neighbourhood_with_an_adjective_is_a_place_not_the_day() -> None:
    text = (
        "ADEN, 3 March 2020 - The rebels broke the truce on Monday, targeting the 22 May residential "
        "neighbourhood (6) and the Kilo 8 area (2) in Hodeidah governorate."
    )
    found = {(i.location, i.admin1, i.count, str(i.date)) for i in run(text).incidents}
    assert ("22 May", "Hodeidah", 6, "2020-03-02") in found
    assert ("Kilo 8", "Hodeidah", 2, "2020-03-02") in found


def test_weapons_between_the_targets_and_the_districts_they_lie_in() -> None:
    text = (
        "The militia breached the truce in Hodeidah governorate, the centre said. It targeted the positions of the "
        "army and citizens' homes with artillery in the districts of Zabid (12) and al-Khokha (4)."
    )
    got = violations(text)
    assert got[("Zabid", "Hodeidah")] == 12
    assert got[("al-Khokha", "Hodeidah")] == 4


def test_a_figure_since_the_truce_began_gives_way_to_the_days_figure() -> None:
    daily = (
        "Government forces fired on the republic's territory 9 times over the past day despite the truce. "
        "Since it took effect, 140 violations have been registered."
    )
    only = "The rebels have violated the ceasefire 31 times since it began, the general staff said."
    assert run(daily).reported_total == 9
    assert run(only).reported_total == 31


def test_a_two_word_province_opening_a_passive_list_is_no_place() -> None:
    text = (
        'The truce was broken again. "In the province of Rif Dimashq, the town of Kafr Batna and the village '
        'of Hazzeh were hit by mortars," the centre said.'
    )
    assert violations(text) == {("Kafr Batna", "Rif Dimashq"): 1, ("Hazzeh", "Rif Dimashq"): 1}


def test_a_district_of_a_city_named_like_an_iraqi_province() -> None:
    text = (
        "The truce was broken. In Aleppo province the Salah al-Din district of Aleppo came under sniper fire."
    )
    assert violations(text) == {("Salah al-Din", "Aleppo"): 1}


def test_a_place_after_a_namesake_district_keeps_the_articles_province() -> None:
    text = (
        "TRIPOLI - The militias violated the truce south of Tripoli twice on Tuesday. Their mortars targeted "
        "homes in Salahuddin, and our positions in Khallet al-Furjan were hit by rockets."
    )
    assert violations(text) == {("Salahuddin", "Tripoli"): 1, ("Khallet al-Furjan", "Tripoli"): 1}


def test_a_count_for_one_of_the_places_just_listed() -> None:
    text = (
        "In breach of the truce, the villages of Beit Ablaq and Rabiaa in Latakia province came under rocket "
        "fire, Rabiaa on three occasions."
    )
    assert violations(text) == {("Beit Ablaq", "Latakia"): 1, ("Rabiaa", "Latakia"): 3}


def test_the_latter_after_a_semicolon() -> None:
    text = (
        "Breaking the truce, the gunmen targeted Qalaat al-Madiq and Shatha in Hama province; the latter was "
        "struck three times, leaving a farmer wounded."
    )
    assert violations(text) == {("Qalaat al-Madiq", "Hama"): 1, ("Shatha", "Hama"): 3}


def test_the_day_of_a_breach_sentence_that_recalls_when_the_deal_was_agreed() -> None:
    text = (
        "12/03/2019\n\nBEIRUT - Rebels launched several attacks on villages in the Hama countryside on Sunday, "
        "breaking the truce agreed by Moscow and Ankara last year, a source said.\n\n"
        "The first came at dawn, when the rebels fired rockets at the village of Jalamah in Hama."
    )
    found = {(i.location, str(i.date)) for i in run(text).incidents}
    assert ("Jalamah", "2019-03-10") in found


def test_a_quoted_weapon_name_does_not_end_the_list() -> None:
    text = (
        'The army fired "Grad" rockets at the neighbourhoods of Manshiyeh and Sabil in Daraa province on '
        "Friday, hours after the truce took effect."
    )
    assert violations(text) == {("Manshiyeh", "Daraa"): 1, ("Sabil", "Daraa"): 1}


def test_a_gloss_after_a_comma_is_no_second_place() -> None:
    text = (
        "In breach of the truce, mortar shells hit the district of Sheikh Maqsoud, the northern quarter of the "
        "city of Aleppo, on Monday."
    )
    assert violations(text) == {("Sheikh Maqsoud", "Aleppo"): 1}  # the gloss places it, it is no target


def test_a_count_before_positions_near_a_place_is_the_places() -> None:
    text = (
        "The militants broke the truce, opening fire three times on army positions near Harbnafsah and once "
        "at the village of Kafr Laha in Homs province."
    )
    assert violations(text) == {("Harbnafsah", "Homs"): 3, ("Kafr Laha", "Homs"): 1}


def test_who_holds_the_areas_is_no_place() -> None:
    text = "In what the SDF called a breach of the truce, Turkish drones struck rebel-held and Kurdish-held areas."
    assert violations(text) == {}


def test_a_place_and_its_surroundings_are_one_place() -> None:
    text = (
        "The militants broke the truce 12 times. Nine of the attacks targeted Tal Tamr and its surroundings in "
        "Hasakah province, the ministry said."
    )
    assert violations(text) == {("Tal Tamr", "Hasakah"): 9}


def test_a_hospital_named_for_a_date_is_a_place_not_a_day() -> None:
    text = (
        "ADEN, March 3, 2020 -- In breach of the truce, the rebels fired on troops stationed near the 26 "
        "September hospital in Hodeidah governorate on Monday."
    )
    found = {(i.location, i.admin1, str(i.date)) for i in run(text).incidents}
    assert found == {("26 September hospital", "Hodeidah", "2020-03-02")}


def test_along_the_line_of_control_before_the_sectors() -> None:
    text = (
        "Indian troops violated the ceasefire, targeting villages along the LoC in the Kotli and Bhimber "
        "sectors of Azad Kashmir, the ISPR said."
    )
    assert violations(text) == {("Kotli", "Azad Kashmir"): 1, ("Bhimber", "Azad Kashmir"): 1}


def test_a_place_hit_with_weapons_a_number_of_times_after_which() -> None:
    text = (
        "The enemy broke the truce. In Donetsk region it concentrated its fire on the industrial zone of "
        "Krasnohorivka, which was shelled with 82mm mortars seven times."
    )
    assert violations(text) == {("Krasnohorivka", "Donetsk"): 7}


def test_elliptic_places_after_semicolons_take_their_own_counts() -> None:
    text = (
        "The truce was broken again. In Luhansk region, our positions near Popasna were fired on four times; "
        "near Krymske - twice; near Orikhove - once."
    )
    assert violations(text) == {
        ("Popasna", "Luhansk"): 4,
        ("Krymske", "Luhansk"): 2,
        ("Orikhove", "Luhansk"): 1,
    }


def test_firing_that_began_in_one_sector_and_was_followed_by_firing_in_another() -> None:
    text = (
        "Pakistani troops violated the ceasefire in Jammu and Kashmir on Sunday. The firing began at about 7 pm "
        "in the Keri sector and was followed by firing in the Bhimber Gali sector, a spokesman said."
    )
    got = violations(text)
    assert got[("Keri", "Jammu and Kashmir")] == 1
    assert got[("Bhimber Gali", "Jammu and Kashmir")] == 1


def test_a_quoted_verb_phrase_with_the_sectors_after_it() -> None:
    text = (
        'Indian troops violated the ceasefire. The ISPR said Indian forces "deliberately targeted civilians" '
        "with mortars in the Rakhchikri, Sattwal and Jandrot sectors of Azad Kashmir."
    )
    assert violations(text) == {
        ("Rakhchikri", "Azad Kashmir"): 1,
        ("Sattwal", "Azad Kashmir"): 1,
        ("Jandrot", "Azad Kashmir"): 1,
    }


def test_a_sector_along_the_working_boundary_in_punjab() -> None:
    text = (
        "The ISPR said Indian troops had violated the ceasefire, opening fire in the Harpal sector along the "
        "Working Boundary in Sialkot district of Punjab."
    )
    assert violations(text) == {("Harpal", "Punjab"): 1}


def test_province_rows_with_a_remark_after_the_figure() -> None:
    text = (
        "The militia committed 70 violations of the truce over the past 24 hours, the army said. They were "
        "distributed as follows:\nTaiz - 40 violations, mostly around the city;\nMarib - 25, on the western "
        "fronts;\nSaada - 5."
    )
    got = violations(text)
    assert got[(None, "Taiz")] == 40
    assert got[(None, "Marib")] == 25
    assert got[(None, "Saada")] == 5


def test_stanytsia_luhanska_is_a_town_not_the_region() -> None:
    text = (
        "The enemy violated the ceasefire 3 times, firing at positions near Stanytsia Luhanska, Pisky and "
        "Maiorsk, the press centre said."
    )
    assert violations(text) == {("Stanytsia Luhanska", None): 1, ("Pisky", None): 1, ("Maiorsk", None): 1}


def test_a_share_of_a_regions_figure_near_a_town_in_the_next_paragraph() -> None:
    text = (
        "In Luhansk region, the mission recorded 30 ceasefire violations, compared with 8 in the previous "
        "reporting period.\n\n"
        "Twelve of these ceasefire violations (four explosions and eight bursts) were recorded in areas near "
        "Popasna (government-controlled, 70km west of Luhansk)."
    )
    got = violations(text)
    assert got[("Popasna", "Luhansk")] == 12
    assert run(text).reported_total == 30  # the region's own figure, the only one stated


def test_there_was_no_ceasefire_violation_is_a_zero() -> None:
    text = (
        "Jammu, May 4 -- There was no ceasefire violation by Pakistan along the Line of Control in the Kupwara "
        "district of Jammu and Kashmir on Thursday, an army spokesman said."
    )
    assert run(text).reported_total == 0
    assert violations(text) == {}


def test_the_shooting_spread_to_a_place() -> None:
    text = (
        "Azerbaijani forces violated the ceasefire on Monday, opening fire at Sotk in Gegharkunik province. "
        "Later the shooting spread to the border section near Areni in Vayots Dzor province."
    )
    got = violations(text)
    assert got[("Sotk", "Gegharkunik")] == 1
    assert got[("Areni", "Vayots Dzor")] == 1


def test_breaking_the_truce_once_more_states_no_total() -> None:
    text = "Rebels in the valley broke the nationwide ceasefire once more on Tuesday, firing at army posts near Hosh."
    assert run(text).reported_total is None


def test_a_capital_dateline_with_its_country_and_time_is_no_setting() -> None:
    text = (
        "DAMASCUS, SYRIA (09:15 A.M.) - Rebels in the valley broke the truce on Tuesday, opening fire at army "
        "positions near Kfeir al-Zeit, a military source said."
    )
    assert violations(text) == {("Kfeir al-Zeit", None): 1}


def test_a_city_and_outlet_byline_names_no_target() -> None:
    text = (
        "Idlib – Enab Baladi\n\nRegime forces shelled the town of Kansafra on Wednesday, hours after the "
        "ceasefire took effect, the correspondent said."
    )
    assert violations(text) == {("Kansafra", None): 1}  # the byline city is where the story was filed


def test_a_figure_for_the_previous_24_hours_is_the_days_total() -> None:
    text = (
        "The coalition said the rebels had violated the truce in Hodeidah province 41 times in the previous 24 "
        "hours, compared with 25 in the previous reporting period."
    )
    assert run(text).reported_total == 41


def test_a_share_of_attacks_on_troops_in_an_area_and_two_more_elsewhere() -> None:
    text = (
        "The ministry said militants carried out 9 attacks despite the truce. Seven of the attacks targeted Turkish "
        "soldiers and allied fighters' positions in the Tal Tamr area of Hasakah province and two were carried out in the "
        "Ain Issa area of Raqqa province."
    )
    got = violations(text)
    assert got[("Tal Tamr", "Hasakah")] == 7
    assert got[("Ain Issa", "Raqqa")] == 2


def test_province_figures_between_bars_with_no_dashes() -> None:
    text = "Idlib zone, past 24h: 11 shelling attacks by militants — Idlib 6 | Latakia 4 | Hama 1."
    got = violations(text)
    assert got == {(None, "Idlib"): 6, (None, "Latakia"): 4, (None, "Hama"): 1}


def test_soldiers_wounded_by_fire_near_a_town_and_its_province_after_a_comma() -> None:
    text = "Truce broken again: two soldiers were wounded by mortar fire near Maarzaf, Hama."
    assert violations(text) == {("Maarzaf", "Hama"): 1}


def test_a_province_dash_group_opening_on_a_quarter_of_a_city() -> None:
    text = (
        "The centre said the truce was broken six times. Fire was opened on the following settlements: in "
        "Homs province — the al-Waer quarter of Homs city (twice), Talbiseh (once); in Hama province — "
        "Karnaz (three times)."
    )
    assert violations(text) == {("al-Waer", "Homs"): 2, ("Talbiseh", "Homs"): 1, ("Karnaz", "Hama"): 3}


def test_villages_in_a_plain_take_the_articles_one_province() -> None:
    text = (
        "Rebels broke the truce in the Hama countryside on Tuesday. Mortar rounds struck Ziyara and Qarqur in "
        "the al-Ghab Plain."
    )
    assert violations(text) == {("Ziyara", "Hama"): 1, ("Qarqur", "Hama"): 1}


def test_a_bullet_naming_a_crossing_then_what_hit_it() -> None:
    text = (
        "The militants opened fire on the corridors in breach of the truce, the ministry said:\n"
        "- the Ramouseh crossing: mortar rounds, twice;\n"
        "- Hanano: sniper fire, once."
    )
    got = violations(text)
    assert got[("Ramouseh crossing", None)] == 2
    assert got[("Hanano", None)] == 1


def test_towns_that_came_under_two_kinds_of_fire() -> None:
    text = "The truce was broken again. Marinka, Krasnohorivka and Pisky came under mortar and grenade launcher fire."
    assert violations(text) == {("Marinka", None): 1, ("Krasnohorivka", None): 1, ("Pisky", None): 1}


def test_the_place_before_where_attacked_n_times() -> None:
    text = (
        "Militants violated the ceasefire. The hottest spot was Pavlopil, a village north of Mariupol, where "
        "the enemy shelled our troops with heavy mortars on nine occasions."
    )
    assert violations(text) == {("Pavlopil", None): 9}


def test_a_front_figure_before_a_regions_own_figure_is_the_total() -> None:
    text = (
        "The militants opened fire on Ukrainian positions 40 times over the past day despite the truce, the "
        "headquarters said. In the Luhansk region the militants opened fire six times, near Popasna and "
        "Zolote."
    )
    assert run(text).reported_total == 40


def test_firing_started_in_named_sectors() -> None:
    text = (
        "Pakistan violated the ceasefire on Sunday. The Pakistani army started unprovoked firing in the "
        "Degwar and Malti sectors of Poonch around 6 pm, a spokesperson said."
    )
    got = violations(text)
    assert got[("Degwar", None)] == 1  # Poonch is a district, no province
    assert len(got) == 2


def test_an_ordinal_named_neighbourhood_of_a_city() -> None:
    text = (
        "The coalition said the rebels committed 20 violations of the truce in Hodeidah, while 12 targeted "
        "residential blocks in the 7th of July neighborhood of Hodeidah city."
    )
    got = violations(text)
    assert got[("7th of July", "Hodeidah")] == 12


def test_a_year_then_a_lower_case_word_is_no_place() -> None:
    text = "Background: in the early months of 2016 the district was shelled heavily, despite the truce."
    assert violations(text) == {}


def test_a_yes_in_a_transcript_is_no_place() -> None:
    text = (
        "QUESTION: Were residential areas of Damascus hit during the truce?\n"
        "SPOKESMAN: Yes, mortar rounds hit Bab Touma and al-Qassaa in Damascus."
    )
    got = violations(text)
    assert ("Yes", None) not in got
    assert got[("Bab Touma", "Damascus")] == 1


def test_figures_on_provinces_between_dashes_and_targets_named_after_them() -> None:
    text = (
        "The centre reported seven shelling attacks from the Idlib de-escalation zone over 24 hours - four on "
        "Latakia province, three on Aleppo - "
        "naming among the targets the village of Ruwaysat in Latakia and Anadan in Aleppo's northern "
        "countryside."
    )
    got = violations(text)
    assert got[("Ruwaysat", "Latakia")] == 1
    assert got[("Anadan", "Aleppo")] == 1
    assert got[(None, "Latakia")] == 3
    assert got[(None, "Aleppo")] == 2


def test_places_with_twice_each_in_brackets() -> None:
    text = "In breach of the truce, the occupiers fired near Zolote (three times), Popasna and Orikhove (twice each)."
    assert violations(text) == {("Zolote", None): 3, ("Popasna", None): 2, ("Orikhove", None): 2}


def test_a_digest_line_with_the_shelling_incidents_registered() -> None:
    text = "IDLIB ZONE — past 24h\nShelling incidents by militants registered: 8\nLatakia: 5\nIdlib – 3"
    assert run(text).reported_total == 8


def test_fire_opened_in_the_direction_of_positions_near_a_town() -> None:
    text = (
        "Azerbaijani forces violated the ceasefire on Tuesday. Later, fire was also opened in the direction of "
        "Armenian positions near Sotk, in Gegharkunik province."
    )
    assert violations(text) == {("Sotk", "Gegharkunik"): 1}


def test_an_attack_weeks_before_the_article_is_recalled_not_reported() -> None:
    text = (
        "YEREVAN, FEBRUARY 25, 2021 -- Azerbaijani forces violated the ceasefire near Sotk on Wednesday. The "
        "incident came a month after the attack of January 23, when Azerbaijani troops shelled Jermuk and Goris."
    )
    got = violations(text)
    assert ("Jermuk", None) not in got
    assert ("Goris", None) not in got


def test_figures_for_two_days_and_no_overall_one_give_no_total() -> None:
    text = (
        "On Saturday, nine ceasefire violations were recorded, the mission said. On Sunday, the Ukrainian side "
        "violated the ceasefire four times, targeting Spartak and Zaitsevo."
    )
    assert run(text).reported_total is None


def test_did_not_violate_the_ceasefire_once_is_a_zero() -> None:
    text = (
        "The occupation forces did not violate the ceasefire once over the past day, the press center said."
    )
    assert run(text).reported_total == 0


def test_a_districts_abbreviation_after_a_sector() -> None:
    text = (
        "At about 0630 hrs today, Pak Army initiated unprovoked ceasefire violation along LoC in Balakote Sector, "
        "Dist Poonch (J&K)."
    )
    got = violations(text)
    assert [loc for loc, _a in got] == ["Balakote"]


def test_lines_headed_by_fronts_with_weapons_after_dashes() -> None:
    text = (
        "Over the past day, 5 ceasefire violations by the Ukrainian formations were recorded.\n\n"
        "Gorlovka direction: Golmovsky (2), Zaitsevo - 82mm mortars, AGS-17.\n"
        "Mariupol direction: Sakhanka; Leninskoye - small arms."
    )
    got = violations(text)
    assert {loc for loc, _a in got} == {"Golmovsky", "Zaitsevo", "Sakhanka", "Leninskoye"}
    assert sum(got.values()) == 5


def test_places_hit_during_last_autumns_war_are_history() -> None:
    text = (
        "BAKU -- The ceasefire has held along the border. During the 44-day war last autumn, the towns of "
        "Naftalan and Goranboy came under repeated artillery fire."
    )
    assert violations(text) == {}


def test_among_the_targets_he_named() -> None:
    text = (
        "The militants carried out 12 attacks from the Idlib de-escalation zone. Among the targets, he named "
        "the settlements of Ateera (twice) and Bashoura in Latakia province."
    )
    got = violations(text)
    assert got[("Ateera", "Latakia")] == 2
    assert got[("Bashoura", "Latakia")] == 1


def test_monitors_shares_near_towns_and_the_remaining_ones() -> None:
    text = (
        "In Luhansk region, the mission recorded 18 ceasefire violations. Most of them (11) were recorded near "
        "Shchastia (government-controlled, 20km north of Luhansk); the remaining seven, all bursts of "
        "small-arms fire, were heard near Stakhanov (non-government-controlled)."
    )
    got = violations(text)
    assert got[("Shchastia", "Luhansk")] == 11
    assert got[("Stakhanov", "Luhansk")] == 7


def test_a_province_figure_in_a_list_of_figures_is_no_place() -> None:
    text = (
        "The center registered seven shelling attacks in the Idlib de-escalation zone. Four of the attacks "
        "were recorded in Idlib province, two in Lattakia and one in Aleppo."
    )
    assert violations(text) == {(None, "Idlib"): 4, (None, "Latakia"): 2, (None, "Aleppo"): 1}


def test_province_lines_with_a_dash_before_their_places() -> None:
    text = (
        "RU Reconciliation Centre, past 24h: 5 shellings from militant positions.\n"
        "Latakia - Ateera (2), Rabia (1)\n"
        "Idlib - Saraqib (2)"
    )
    assert violations(text) == {("Ateera", "Latakia"): 2, ("Rabia", "Latakia"): 1, ("Saraqib", "Idlib"): 2}


def test_counts_before_around_and_near_in_one_sentence() -> None:
    text = (
        "The ministry said the militants broke the truce, opening fire with mortars and heavy weapons four times "
        "around Suluk in Raqqa province and twice near Tal Tamr in Hasakah province."
    )
    assert violations(text) == {("Suluk", "Raqqa"): 4, ("Tal Tamr", "Hasakah"): 2}


def test_a_monitor_saw_forces_shelling_areas_in_towns() -> None:
    text = (
        "The Observatory monitored on Monday regime forces shelling areas in Kansafra and al-Bara in the "
        "southern Idlib countryside, in a new breach of the truce."
    )
    assert violations(text) == {("Kansafra", "Idlib"): 1, ("al-Bara", "Idlib"): 1}


def test_a_bulleted_region_label_with_its_province_in_brackets() -> None:
    text = (
        "#Syria | Shelling today on government-held areas despite the truce:\n"
        "🔸 Jabal Turkman (N. #Latakia): Kinsabba (2), Ateera (1)"
    )
    assert violations(text) == {("Kinsabba", "Latakia"): 2, ("Ateera", "Latakia"): 1}


def test_initials_in_a_sectors_name_do_not_end_the_sentence() -> None:
    text = (
        "Along the International Border, Pakistan Rangers violated the ceasefire, opening fire at posts in R.S. "
        "Pura and Arnia sectors of Jammu district."
    )
    got = violations(text)
    assert {loc for loc, _a in got} == {"R.S. Pura", "Arnia"}


def test_on_a_weekday_the_monitor_said_artillery_pounded_places() -> None:
    text = (
        "HATAY, March 10, 2021 -- The truce in Idlib is fraying. On Tuesday alone, the Observatory said government "
        "artillery pounded Maarzaf and Sufuhen in southern Idlib."
    )
    found = {(i.location, i.admin1, str(i.date)) for i in run(text).incidents}
    assert found == {("Maarzaf", "Idlib", "2021-03-09"), ("Sufuhen", "Idlib", "2021-03-09")}


def test_bullets_of_a_place_a_colon_and_its_figure_with_a_remark() -> None:
    text = (
        "The coalition said the militia committed 30 breaches of the truce in Hodeidah governorate, distributed "
        "as follows:\n"
        "- Hodeidah city: 14, mostly in the eastern districts;\n"
        "- Zabid district: 9;\n"
        "- al-Khokha: seven, where mortar rounds hit homes."
    )
    got = violations(text)
    assert got[("Hodeidah", "Hodeidah")] == 14
    assert got[("Zabid", "Hodeidah")] == 9
    assert got[("al-Khokha", "Hodeidah")] == 7


def test_the_salah_ad_din_district_of_aleppo_city() -> None:
    text = "The truce was broken. In Aleppo province, the Salah ad-Din district of Aleppo city was shelled twice."
    assert violations(text) == {("Salah ad-Din", "Aleppo"): 2}


def test_shelling_that_closed_schools_over_the_past_year_is_background() -> None:
    text = (
        "The truce agreed in March has broadly held, though shelling along the front in Jabal al-Zawiya has forced "
        "schools to close at times over the past year."
    )
    assert violations(text) == {}


def test_a_reporters_question_in_a_transcript_reports_nothing() -> None:
    text = (
        "SPOKESMAN: Militants violated the truce four times, shelling Jurin and Qastoun in Hama province.\n"
        "QUESTION (RIA): Last Monday a strike hit a camp near Kafr Takharim. Was that a breach too?"
    )
    got = violations(text)
    assert {loc for loc, _a in got if loc} == {"Jurin", "Qastoun"}


def test_islamic_state_attacks_are_no_truce_violations() -> None:
    text = (
        "The ceasefire held in the west, the army said. In the desert, Islamic State militants attacked an army "
        "checkpoint near al-Sukhnah, killing two soldiers."
    )
    got = run(text)
    assert violations(text) == {}
    assert {(i.kind, i.location) for i in got.incidents} == {("attack", "al-Sukhnah")}


def test_a_province_name_inside_a_hospitals_name_sets_no_province() -> None:
    text = (
        "Haftar's forces breached the truce on Wednesday night, shelling the Abu Salim neighbourhood. A woman "
        "was taken to the Tripoli Central Hospital."
    )
    assert violations(text) == {("Abu Salim", None): 1}


def test_a_truces_starting_day_is_not_the_day_of_the_shelling() -> None:
    text = (
        "11 June 2020\n\nRegime forces shelled, since the early morning hours, the villages of Maarbalit and "
        "Bayanoun in Jabal al-Zawiya in the southern countryside of Idlib, in a new breach of the ceasefire "
        "agreement which came into force on March 6."
    )
    found = {(i.location, i.admin1, str(i.date)) for i in run(text).incidents}
    assert found == {("Maarbalit", "Idlib", "2020-06-11"), ("Bayanoun", "Idlib", "2020-06-11")}


def test_the_rest_of_a_provinces_figure_falls_on_its_places_day() -> None:
    text = (
        "ADEN, March 10, 2021 -- The militia committed 20 violations of the truce in Hodeidah governorate on "
        "Monday, targeting homes in the districts of Zabid (12) and Hays (5), the centre said."
    )
    days = {(i.location, str(i.date)) for i in run(text).incidents}
    assert days == {("Zabid", "2021-03-08"), ("Hays", "2021-03-08"), (None, "2021-03-08")}
