"""Eleventh generalisation round for English (failure classes found in blind rounds 48-50): one snippet per
rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from datetime import date

from tests.test_extraction_round3 import run, violations


def test_bulleted_areas_each_head_their_own_places() -> None:
    text = (
        "Shelling of government-held villages today despite the truce:\n"
        "🔹 Northern Latakia: Beit Sultan (2), Dweir Salma\n"
        "🔹 Sahl al-Ghab: Tell Abbas (3)\n"
        "🔹 W. #Aleppo countryside: Kafr Jalal (2)\n"
    )
    found = violations(text)
    assert found[("Beit Sultan", "Latakia")] == 2
    assert found[("Dweir Salma", "Latakia")] == 1
    assert found[("Kafr Jalal", "Aleppo")] == 2  # an abbreviated "W." does not hide the last area
    assert sum(n for (name, _), n in found.items() if name == "Tell Abbas") == 3


def test_a_present_tense_breach_in_a_flash_post_is_read() -> None:
    text = (
        "#BREAKING Gunmen again violates ceasefire along LoC in Tangdhar sector of Kupwara. Heavy shelling "
        "since noon today. Army retaliating."
    )
    assert violations(text) == {("Tangdhar", None): 1}


def test_the_use_of_weapons_against_positions_in_places_names_the_targets() -> None:
    text = (
        "The rebels committed 30 violations of the truce in Hodeidah governorate over the past day. The "
        "breaches included the use of mortars and snipers against the positions of the joint forces in "
        "Al-Mandhar, Kilo 7 and Al-Hali."
    )
    found = violations(text)
    assert {name for name, _ in found} >= {"Al-Mandhar", "Kilo 7", "Al-Hali"}
    assert all(admin == "Hodeidah" for _, admin in found)


def test_a_drone_intercepted_and_destroyed_is_no_truce_breach() -> None:
    text = (
        "The militia committed 12 violations of the ceasefire in Hodeidah governorate. On Tuesday, air "
        "defences intercepted and destroyed an armed drone launched toward Jizan."
    )
    found = violations(text)
    assert not any(name == "Jizan" for name, _ in found)
    assert found == {(None, "Hodeidah"): 12}


def test_a_share_of_the_attacks_carried_out_in_a_town_is_its_count() -> None:
    text = (
        "The ministry said the militants had carried out 15 attacks in violation of the truce. Nine of the "
        "attacks were carried out in and around Tell Tamr, and the remaining six targeted the Ain Issa area."
    )
    assert violations(text) == {("Tell Tamr", None): 9, ("Ain Issa", None): 6}


def test_a_checkpoint_and_its_bare_name_are_one_place() -> None:
    text = (
        "Militants in Eastern Ghouta, in Rif Dimashq province, fired on the corridor at the al-Jisreen "
        'checkpoint on three occasions during the humanitarian pause, the centre said. "The exit point near '
        'al-Jisreen came under mortar fire three times," the general said.'
    )
    assert violations(text) == {("al-Jisreen", "Rif Dimashq"): 3}


def test_places_after_a_province_figure_and_a_comma_are_that_provinces() -> None:
    text = (
        "Militants carried out 10 attacks in the de-escalation zone over the past day. Six attacks were "
        "recorded in the Hama province, near Kafr Jalal and Tell Abbas, and four in the Aleppo province."
    )
    assert violations(text) == {
        ("Kafr Jalal", "Hama"): 1,
        ("Tell Abbas", "Hama"): 1,
        (None, "Hama"): 4,
        (None, "Aleppo"): 4,
    }


def test_province_figure_groups_keep_their_own_places() -> None:
    text = (
        'The ceasefire was violated 11 times. "Eight violations were registered in the province of Latakia, '
        "among them shelling of army posts near Beit Sultan (twice) and Dweir Salma; three in the province of "
        'Hama, in the area of Tell Abbas," the bulletin said.'
    )
    found = violations(text)
    assert found[("Beit Sultan", "Latakia")] == 2
    assert found[("Dweir Salma", "Latakia")] == 1
    assert found[("Tell Abbas", "Hama")] >= 1
    assert sum(n for (_, admin), n in found.items() if admin == "Latakia") == 8
    assert sum(n for (_, admin), n in found.items() if admin == "Hama") == 3


def test_sector_bullets_keep_their_places_and_drop_the_weapons() -> None:
    text = (
        "⚡️ JFO HQ: over the past day the enemy opened fire on our positions 20 times.\n\n"
        "🔸 Mariupol sector: Lebedynske and Pavlopil came under mortar fire.\n"
        "🔸 Svitlodarsk sector: Novoluhanske, Troitske (twice) - 82mm mortars, BMP cannon.\n"
        "🔸 Popasna sector: Katerynivka, Orikhove - small arms.\n"
    )
    found = {name: n for (name, _), n in violations(text).items()}
    assert found == {
        "Lebedynske": 1,
        "Pavlopil": 1,
        "Novoluhanske": 1,
        "Troitske": 2,
        "Katerynivka": 1,
        "Orikhove": 1,
    }


def test_unprovoked_firing_on_border_outposts_is_a_breach() -> None:
    text = (
        "Jammu, Aug 9 (PTI) Pakistan Rangers resorted to unprovoked firing along the International Border on "
        "Tuesday night, officials said. The firing began when the Rangers targeted border outposts in the "
        "Pargwal sector, including Khour and Sai, with small arms. It later spread to the Suchetgarh sector, "
        "where the Octroi post was fired upon twice, he said."
    )
    found = {name: n for (name, _), n in violations(text).items()}
    assert found == {"Khour": 1, "Sai": 1, "Octroi": 2}


def test_a_truce_signed_in_a_city_last_month_does_not_date_the_attack() -> None:
    text = (
        "Rebels fired mortar rounds at the villages of Tell Abbas and Kafr Jalal in the northern Homs "
        "countryside on Tuesday night, violating the de-escalation agreement signed in Astana last month."
    )
    assert violations(text) == {("Tell Abbas", "Homs"): 1, ("Kafr Jalal", "Homs"): 1}


def test_since_an_hour_today_opens_the_days_report_not_history() -> None:
    text = (
        "Since 0600 hrs today the enemy has violated the ceasefire on 3 occasions along the LoC: once in "
        "Tangdhar sector and twice in Gurez sector."
    )
    assert violations(text) == {("Tangdhar", None): 1, ("Gurez", None): 2}


def test_violations_mostly_explosions_near_places_are_violations_there() -> None:
    text = (
        "In Donetsk region the SMM recorded 40 ceasefire violations, fewer than in the previous reporting "
        "period, mostly undetermined explosions near Horlivka (non-government-controlled), Zaitseve and Maiorsk."
    )
    found = violations(text)
    assert {name for name, _ in found if name} == {"Horlivka", "Zaitseve", "Maiorsk"}


def test_a_city_and_country_dateline_sets_no_province() -> None:
    text = (
        "ADEN, Yemen — Rebel fighters violated the ceasefire in Hodeidah province 20 times over the past 24 "
        "hours, the joint forces said.\n\nIn its statement the command said the militia launched mortar rounds at "
        "residential areas of Al-Mandhar and targeted troops around the Kilo 7 roundabout."
    )
    assert violations(text)[("Al-Mandhar", "Hodeidah")] == 1


def test_a_district_where_gunmen_fired_on_an_unnamed_checkpoint_is_the_place() -> None:
    text = (
        "The rebels violated the ceasefire in Hodeidah province 9 times, the joint forces said. Drones were "
        "flown over the al-Rabsa district of Hodeidah city, where rebel gunmen opened fire on a checkpoint."
    )
    assert violations(text)[("al-Rabsa", "Hodeidah")] == 1


def test_days_inside_a_stated_three_day_window_are_the_round_ups_own() -> None:
    text = (
        "Tuesday, 13 August 2019 — Terrorists kept violating the ceasefire over the past three days.\n\n"
        "On Saturday, terrorists targeted Tell Abbas in the northern countryside of Hama with rockets, a "
        "reporter said."
    )
    found = run(text)
    days = {i.location: i.date for i in found.incidents if i.kind == "ceasefire_violation"}
    assert days == {"Tell Abbas": date(2019, 8, 10)}


def test_a_possessive_countryside_after_a_comma_is_the_lists_province() -> None:
    text = (
        "Militants positioned in Idlib and Latakia violated the ceasefire agreement.\n\n"
        "On Sunday, the shelling of Qalaat Rahba and the village of Tell Abbas in al-Ghab plain, in Hama's "
        "western countryside, wounded two civilians."
    )
    found = violations(text)
    assert found[("Qalaat Rahba", "Hama")] == 1
    assert found[("Tell Abbas", "Hama")] == 1


def test_places_an_officer_named_among_those_under_fire_are_targets() -> None:
    text = (
        "The centre registered 20 ceasefire violations over the past week. Among the places that came under "
        "fire, the officer named the town of Kafr Jalal in Idlib province (two times) and Tell Abbas in Hama "
        "province."
    )
    found = violations(text)
    assert found[("Kafr Jalal", "Idlib")] == 2
    assert found[("Tell Abbas", "Hama")] == 1


def test_a_count_before_the_town_of_belongs_to_the_town() -> None:
    text = (
        "The centre registered 9 violations of the truce. Militants fired mortar shells three times at the "
        "town of Beit Sultan and twice at Dweir Salma, a farming suburb northeast of the capital."
    )
    found = violations(text)
    assert found[("Beit Sultan", None)] == 3
    assert found[("Dweir Salma", None)] == 2
    assert not any(name == "Damascus" for name, _ in found)  # the capital only locates the suburb


def test_a_kashmir_district_that_holds_the_sectors_named_is_no_target() -> None:
    text = (
        "Jammu, Oct 3 (PTI) Pakistani troops violated the ceasefire by firing mortars at forward posts along "
        "the Line of Control in Jammu and Kashmir's Rajouri district on Saturday evening, a spokesperson said. "
        "The unprovoked firing began at around 7.15 pm in the Sunderbani sector and was followed by shelling "
        "of posts in the Nowshera sector and the Kalal belt, he said."
    )
    found = {name for name, _ in violations(text)}
    assert found == {"Sunderbani", "Nowshera", "Kalal"}


def test_a_kashmir_district_named_alone_stays_the_place() -> None:
    text = "Pakistani troops violated the ceasefire along the LoC in Rajouri district of Jammu and Kashmir on Sunday."
    assert {name for name, _ in violations(text)} == {"Rajouri"}


def test_the_international_border_is_no_place() -> None:
    text = (
        "Pakistani troops resorted to unprovoked firing along the Line of Control in Poonch district and the "
        "International Border (IB) in Samba district on Tuesday night, officials said. Rangers opened fire "
        "on border outposts in the Ramgarh sector, he said."
    )
    assert not any(name and "Border" in name for name, _ in violations(text))


def test_the_same_region_is_the_last_region_named_even_in_the_gazetteers_spelling() -> None:
    text = (
        "Militants broke the ceasefire 20 times. Twelve attacks were recorded in Luhansk region and eight in "
        'Donetsk region. "In Donetsk region, in the Mariupol sector, the enemy fired on Lebedynske twice," the '
        "statement reads. Further north, in the Donetsk sector of the same region, militants shelled Pisky."
    )
    found = violations(text)
    assert found[("Pisky", "Donetsk")] == 1
    assert ("Pisky", "Luhansk") not in found


def test_hottest_spots_after_a_colon_with_counts_each() -> None:
    text = (
        "JFO HQ: militants violated the truce 12 times over the day\n\n"
        "The hottest spots: Lebedynske (4), Pavlopil and Talakivka (3 each), Hnutove.\n"
    )
    assert violations(text) == {
        ("Lebedynske", None): 4,
        ("Pavlopil", None): 3,
        ("Talakivka", None): 3,
        ("Hnutove", None): 1,
    }


def test_fire_with_weapons_in_the_direction_of_villages_hits_them() -> None:
    text = (
        "Over the past day the Ukrainian formations violated the ceasefire three times. The enemy fired 82mm "
        "mortars and grenade launchers in the direction of Sokolnyky (twice) and Golubovske."
    )
    assert violations(text) == {("Sokolnyky", None): 2, ("Golubovske", None): 1}


def test_positions_leading_a_passive_list_do_not_hide_its_first_places() -> None:
    text = (
        "Armenian units violated the ceasefire 40 times. Azerbaijani positions near the villages of Qapanli "
        "and Bala Bayramli of the Tartar district, Shuraabad of the Aghdam district, and in nameless heights "
        "in the Goranboy district also came under fire."
    )
    found = violations(text)
    assert found[("Qapanli", "Tartar")] == 1
    assert found[("Bala Bayramli", "Tartar")] == 1
    assert found[("Shuraabad", "Aghdam")] == 1


def test_a_district_that_saw_violations_takes_the_figure() -> None:
    text = (
        "The mercenaries committed 40 violations of the ceasefire in Hodeidah province. Al-Khokha district saw "
        "15 violations, among them creeping attempts towards army positions."
    )
    assert violations(text)[("Al-Khokha", "Hodeidah")] == 15


def test_a_running_tally_does_not_make_the_days_list_history() -> None:
    text = (
        "The militia violated the ceasefire in Hodeidah 20 times during the past 24 hours, the spokesman said. "
        "He said the militia had targeted the positions of the army and the Amalika Brigades in Al-Mandhar and "
        "Al-Hali with mortars, bringing the number of violations since the truce began in December to 900."
    )
    found = {name for name, _ in violations(text) if name}
    assert found == {"Al-Mandhar", "Al-Hali"}


def test_province_rows_with_their_figure_in_brackets_list_their_places() -> None:
    text = (
        "Hmeimim centre, last 24h: 9 truce violations.\n"
        "Idlib (6): Kafr Jalal, Mashmasha (2)\n"
        "Latakia (3): Beit Sultan (2), Dweir Salma\n"
    )
    assert violations(text) == {
        ("Kafr Jalal", "Idlib"): 1,
        ("Mashmasha", "Idlib"): 2,
        (None, "Idlib"): 3,
        ("Beit Sultan", "Latakia"): 2,
        ("Dweir Salma", "Latakia"): 1,
    }


def test_a_quoted_log_ending_on_the_turkish_sides_figure_keeps_its_list() -> None:
    text = (
        "Militants in the Idlib de-escalation zone shelled settlements five times, the centre said. The head "
        "quoted the log: \"'The Russian party registered 5 shellings, namely in Latakia province - Beit Sultan "
        "(four); in Hama province - Tell Abbas', while the Turkish party recorded three cases,\" he said."
    )
    assert violations(text) == {("Beit Sultan", "Latakia"): 4, ("Tell Abbas", "Hama"): 1}


def test_a_russian_turkish_commission_before_a_colon_is_no_place() -> None:
    text = (
        'Terrorists in the Idlib zone attacked four times, he said. "Four instances of firing were registered '
        'by the Russian part of the Russian-Turkish commission: in Idlib province - Mashmasha (3), Kafr Jalal," '
        "he said."
    )
    assert violations(text) == {("Mashmasha", "Idlib"): 3, ("Kafr Jalal", "Idlib"): 1}


def test_inside_the_city_of_opens_a_setting_not_a_target() -> None:
    text = (
        'The ceasefire was violated 5 times. "Inside the city of Aleppo, the Bustan neighbourhood was shelled '
        'three times with improvised cannons, and the Midan district twice," the centre said.'
    )
    assert violations(text) == {("Bustan", "Aleppo"): 3, ("Midan", "Aleppo"): 2}


def test_dash_groups_whose_places_follow_at() -> None:
    text = (
        'The Russian party recorded five ceasefire violations. "The Russian party registered 5 instances of '
        "firing: in Damascus province - at the Qadam area (twice) and Barzeh; in Hama province - at the "
        'settlements of Tell Abbas and Kafr Jalal," the bulletin said.'
    )
    assert violations(text) == {
        ("Qadam", "Damascus"): 2,
        ("Barzeh", "Damascus"): 1,
        ("Tell Abbas", "Hama"): 1,
        ("Kafr Jalal", "Hama"): 1,
    }


def test_numbered_attack_lines_under_region_headings() -> None:
    text = (
        "On Monday the enemy violated the ceasefire 5 times, the JFO HQ reported. The following positions "
        "came under fire:\n\n"
        "East (Donetsk region):\n"
        "1. near Lebedynske – 82mm mortars, twice;\n"
        "2. near Hnutove – small arms.\n\n"
        "North (Luhansk region):\n"
        "3. near Troitske – grenade launchers (2 times);\n"
        "4. near Orikhove – sniper fire.\n"
    )
    assert violations(text) == {
        ("Lebedynske", "Donetsk"): 2,
        ("Hnutove", "Donetsk"): 1,
        ("Troitske", "Luhansk"): 2,
        ("Orikhove", "Luhansk"): 1,
    }


def test_among_other_areas_is_no_place_and_a_paused_operation_is_a_truce() -> None:
    text = (
        "The militants carried out 9 attacks in the operation area over the past 24 hours, the ministry said. "
        "They used mortars and rockets, targeting Tell Tamr (five times) and Ain Issa (twice) among other "
        "areas. The operation was paused under a deal agreed last month."
    )
    assert violations(text) == {("Tell Tamr", None): 5, ("Ain Issa", None): 2}


def test_said_before_an_al_name_opens_the_clause() -> None:
    text = (
        "Militants violated the truce overnight. In a statement, the council said al-Jadida village was "
        "targeted three times with artillery, while Um Adasa was hit once."
    )
    assert violations(text) == {("al-Jadida", None): 3, ("Um Adasa", None): 1}


def test_arabic_province_spellings_with_another_article_or_ending() -> None:
    text = (
        "Turkish forces shelled the villages of Hoshan and Khirbet Amo in the northern countryside of "
        "Al-Raqqah, in a new breach of the truce. Um Harmala in the countryside of Al-Hasakeh was also hit."
    )
    found = violations(text)
    assert found[("Hoshan", "Raqqa")] == 1
    assert found[("Khirbet Amo", "Raqqa")] == 1
    assert found[("Um Harmala", "Hasakah")] == 1


def test_who_holds_a_place_is_not_part_of_its_name() -> None:
    text = (
        "The SMM recorded 30 ceasefire violations, mostly near government-controlled Popasna and "
        "non-government-controlled Kalynove. In a breach of the truce, SDF-held Tell Shamiram was shelled."
    )
    assert {name for name, _ in violations(text) if name} == {"Popasna", "Kalynove", "Tell Shamiram"}


def test_rows_of_a_place_and_its_figure_under_a_colon() -> None:
    text = (
        "The mercenaries committed 90 violations of the agreement in Hodeidah province over the past 24 hours. "
        "The violations were distributed as follows:\n\n"
        "Al-Mandhar: 40\n"
        "Al-Hali — 30\n"
        "Kilo 7: 20\n"
        "Total: 90\n"
    )
    assert violations(text) == {
        ("Al-Mandhar", "Hodeidah"): 40,
        ("Al-Hali", "Hodeidah"): 30,
        ("Kilo 7", "Hodeidah"): 20,
    }


def test_a_bulletins_own_weekday_deep_in_a_story_dates_its_list() -> None:
    text = (
        "Thursday, 12 March 2020\n\n"
        "The talks closed without agreement.\n\nThe delegations met for six hours.\n\n"
        "The guarantors issued a joint statement.\n\nMuch of the day was spent on Idlib.\n\n"
        "On the ground the picture remained mixed. In its bulletin on Wednesday, the Russian reconciliation "
        "centre said armed groups had fired on Beit Sultan (twice) in Latakia province. The centre put the "
        "day's total at two breaches."
    )
    found = run(text)
    days = {i.location: i.date for i in found.incidents if i.kind == "ceasefire_violation"}
    assert days == {"Beit Sultan": date(2020, 3, 11)}


def test_a_dated_housing_complex_is_a_place_not_a_day() -> None:
    text = (
        "Thursday, 10 January 2019. The militia committed 12 violations of the ceasefire in Hodeidah governorate. "
        "It shelled the 7 July housing complex in Hodeidah city five times."
    )
    found = run(text)
    hits = {(i.location, i.date) for i in found.incidents if i.kind == "ceasefire_violation" and i.location}
    assert hits == {("7 July housing complex", date(2019, 1, 10))}


def test_a_hashtag_with_underscores_is_its_words() -> None:
    text = (
        "🔴 Monitor | daily update #Idlib_truce\n\n"
        "📍 regime forces shelled Maarzita and Kafr Sajna in Jabal al-Zawiya, southern Idlib countryside, on "
        "Tuesday morning."
    )
    assert violations(text) == {("Maarzita", "Idlib"): 1, ("Kafr Sajna", "Idlib"): 1}


def test_troops_violate_in_a_headline_post() -> None:
    text = (
        "#BREAKING | Pak troops violate ceasefire along LoC in Bhimber Gali and Krishna Ghati sectors today. "
        "Army retaliating effectively."
    )
    assert {name for name, _ in violations(text)} == {"Bhimber Gali", "Krishna Ghati"}


def test_bullets_under_areas_that_hold_a_province_keep_their_counts() -> None:
    text = (
        "Militants hit army positions again on Tuesday, in breach of the de-escalation agreement:\n\n"
        "▪️ northeastern Latakia countryside: Beit Sultan — mortar attack (x2); the outskirts of Dweir Salma — "
        "came under sniper fire\n"
        "▪️ Hama, al-Ghab plain: Tell Abbas — hit by rockets, 3 times\n"
    )
    assert violations(text) == {
        ("Beit Sultan", "Latakia"): 2,
        ("Dweir Salma", "Latakia"): 1,
        ("Tell Abbas", "Hama"): 3,
    }


def test_as_well_as_before_the_verb_keeps_the_whole_subject_list() -> None:
    text = (
        "Armenian forces broke the ceasefire again. The ministry said the town of Durnak, the villages of Pelashi and Mirzan of the Gorval region, as well "
        "as Sarbali and Tokhun of the Agdam region came under fire from mortars overnight on Wednesday."
    )
    assert {name for name, _ in violations(text)} == {"Durnak", "Pelashi", "Mirzan", "Sarbali", "Tokhun"}


def test_a_quarter_of_the_city_of_a_capital_is_the_quarter() -> None:
    text = (
        'Militants breached the truce five times, the centre said on Friday. "In Aleppo province, the '
        'Salah ad-Din quarter of the city of Aleppo came under mortar fire," it said.'
    )
    assert violations(text) == {("Salah ad-Din", "Aleppo"): 1}  # a quarter named like an Iraqi province


def test_a_count_told_in_a_reported_aside_is_the_last_place_s_own() -> None:
    text = (
        "The centre said that militants violated the ceasefire and shelled Tell Sakra and Beit Naam in Hama, Qarn Adi in the Latakia "
        "countryside, which it said was targeted five times."
    )
    found = violations(text)
    assert found[("Qarn Adi", "Latakia")] == 5
    assert found[("Tell Sakra", "Hama")] == 1
    assert found[("Beit Naam", "Hama")] == 1


def test_as_well_as_after_a_passive_verb_adds_its_places() -> None:
    text = (
        "Militants breached the truce on Monday. According to the statement, the villages of Tell Sakra and Beit Naam in Hama were hit, as well as "
        "Qarn Adi in the Latakia countryside."
    )
    assert violations(text) == {
        ("Tell Sakra", "Hama"): 1,
        ("Beit Naam", "Hama"): 1,
        ("Qarn Adi", "Latakia"): 1,
    }


def test_a_breach_and_then_a_verb_of_attack_reads_the_attack_s_places() -> None:
    text = "Rebels violated the ceasefire on Sunday and shelled Tell Sakra in Hama province twice."
    assert violations(text) == {("Tell Sakra", "Hama"): 2}


def test_a_sentence_that_opens_with_a_province_and_a_dash_heads_its_group() -> None:
    text = (
        "Ceasefire breaches overnight. Tartus — Beit Hammoud (2), Tell Zira (1); Homs — Kafr Lata (4), "
        "Umm Sharshuh (1)."
    )
    assert violations(text) == {
        ("Beit Hammoud", "Tartus"): 2,
        ("Tell Zira", "Tartus"): 1,
        ("Kafr Lata", "Homs"): 4,
        ("Umm Sharshuh", "Homs"): 1,
    }


def test_a_sentence_that_opens_with_a_province_word_and_a_dash_heads_its_group() -> None:
    text = (
        "Ceasefire breaches overnight. Tartus province — Beit Hammoud (2), Tell Zira (1); Homs province — "
        "Kafr Lata (4), Umm Sharshuh (1)."
    )
    found = violations(text)
    assert found[("Beit Hammoud", "Tartus")] == 2
    assert found[("Tell Zira", "Tartus")] == 1
    assert found[("Umm Sharshuh", "Homs")] == 1


def test_a_capitalised_dateline_with_a_dash_is_no_heading() -> None:
    text = "DONETSK — Ukrainian troops violated the ceasefire overnight and shelled Verkhnotoretske (3)."
    assert violations(text) == {("Verkhnotoretske", "Donetsk"): 3}


def test_an_attack_that_sparks_clashes_in_a_truce_story_is_a_breach() -> None:
    text = (
        "Turkish-backed factions broke the Sochi understanding again on Sunday. "
        "Witnesses said rockets landed on Tell Shamiram and Bab al-Khayr, while the factions raided a post near "
        "Um al-Kaif, sparking clashes that lasted until dawn."
    )
    assert {name for name, _ in violations(text)} == {"Tell Shamiram", "Bab al-Khayr", "Um al-Kaif"}


def test_a_military_division_is_no_place() -> None:
    text = "The truce was broken at dawn, when gunmen attacked a checkpoint of the Ninth Division near Jasim."
    assert violations(text) == {("Jasim", None): 1}


def test_each_area_heading_with_its_region_in_brackets_heads_its_own_bullets() -> None:
    text = (
        "Over the past day the enemy broke the ceasefire 6 times.\n\n"
        "South operational area (Donetsk region):\n"
        "• Hnutove - 82mm mortars (twice);\n\n"
        "North tactical group (Luhansk region):\n"
        "• Krymske - grenade launchers (3);\n"
        "• Orikhove - small arms.\n"
    )
    assert violations(text) == {
        ("Hnutove", "Donetsk"): 2,
        ("Krymske", "Luhansk"): 3,
        ("Orikhove", "Luhansk"): 1,
    }
