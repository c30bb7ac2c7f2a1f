"""Twelfth generalisation round for English (failure classes found in blind round 55): one snippet per rule,
worded for this file (invented names and figures)."""

from __future__ import annotations

from tests.test_extraction_round3 import run, violations


def test_violations_concentrated_in_places_name_them_with_their_figures() -> None:
    text = (
        "The rebels breached the truce 40 times in Hodeidah governorate over the past day. The breaches were "
        "concentrated in Bajil district (17 violations), al-Marawi'ah (9) and the al-Qataba area (4), in "
        "addition to the Kilo 10 area, where the gunmen fired on farms."
    )
    found = violations(text)
    assert found[("Bajil", "Hodeidah")] == 17
    assert found[("al-Marawi'ah", "Hodeidah")] == 9
    assert found[("al-Qataba", "Hodeidah")] == 4
    assert found[("Kilo 10", "Hodeidah")] == 1


def test_a_city_agency_and_day_byline_is_no_setting() -> None:
    text = (
        "Sanaa – Saba: 8 March 2021\n\n"
        "The Houthis committed 12 violations of the truce in al-Hudaydah governorate over the past day, a "
        "military source said. They shelled Hays district (8) and al-Khawkha (4)."
    )
    assert violations(text) == {("Hays", "Hodeidah"): 8, ("al-Khawkha", "Hodeidah"): 4}
    assert str(run(text).published) == "2021-03-08"


def test_the_same_oblast_is_the_oblast_named_before() -> None:
    text = (
        "ATO HQ: militants opened fire 18 times in Donbas over past day\n\n"
        "Militants violated the ceasefire 18 times over the past day. In the Mariupol direction in Donetsk "
        "oblast, they shelled Verbivka-Pole twice.\n\nFurther north in the same oblast, in the Donetsk direction, "
        "Kamianka-Zorya came under fire three times.\n\nIn Luhansk oblast, the occupiers fired at Lobacheve "
        "four times.\n\nIn all, 12 attacks were recorded in Donetsk oblast and six in Luhansk oblast."
    )
    found = violations(text)
    assert found[("Verbivka-Pole", "Donetsk")] == 2
    assert found[("Kamianka-Zorya", "Donetsk")] == 3


def test_an_aside_after_and_does_not_hide_the_place_before_it() -> None:
    text = (
        "Pakistan violated the ceasefire on Friday. They first targeted Indian posts in the Mankote sector "
        "and, shortly after midnight, opened fire in the Keri sector of Rajouri."
    )
    assert {name for name, _ in violations(text)} == {"Mankote", "Keri"}


def test_a_border_guard_unit_owning_a_post_is_no_place() -> None:
    text = (
        "In a fresh ceasefire violation, Pakistan Rangers fired on a Border Security Force (BSF) post along "
        "the International Border in the Pargwal sector late on Sunday."
    )
    assert {name for name, _ in violations(text)} == {"Pargwal"}


def test_an_area_with_its_province_in_brackets_heads_a_dash_group() -> None:
    text = (
        '"Truce violations were registered in Wadi al-Nasara (Homs province) - Ein al-Barda (2), Mashta Azar; '
        'in Hama province - Kafr Buhum (1)," the centre said.'
    )
    assert violations(text) == {
        ("Ein al-Barda", "Homs"): 2,
        ("Mashta Azar", "Homs"): 1,
        ("Kafr Buhum", "Hama"): 1,
    }


def test_unnamed_parts_of_a_province_are_the_province_s_figure_not_a_place() -> None:
    text = (
        "The regime broke the Idlib truce seven times, the ministry said. Five of the breaches took place in "
        "the eastern parts of Idlib province and two in the northern parts of Latakia province."
    )
    found = violations(text)
    assert ("Idlib", "Idlib") not in found
    assert ("Latakia", "Latakia") not in found


def test_the_countryside_of_several_provinces_names_no_place() -> None:
    text = (
        "Militants shelled Kafr Hud in breach of the truce on Friday. The militants also attacked army posts in "
        "the countryside of Tartus, Homs and Hama."
    )
    found = violations(text)
    assert found[("Kafr Hud", None)] == 1
    assert not {name for name, _ in found} & {"Tartus", "Homs", "Hama"}


def test_a_habit_of_violating_the_truce_is_no_incident() -> None:
    text = (
        "Gunmen shelled Tell Bizam on Sunday in breach of the truce. The armed groups keep violating the "
        "agreement by attacking Suqaylabiyah and Karnaz."
    )
    assert {name for name, _ in violations(text)} == {"Tell Bizam"}


def test_a_day_and_weapon_before_the_villages_of_do_not_hide_the_first_village() -> None:
    text = (
        "Gunmen breached the truce again. They targeted on Thursday with mortar rounds the villages of Breidij "
        "and Shatha in the Ghab plain."
    )
    assert {name for name, _ in violations(text)} == {"Breidij", "Shatha"}


def test_a_province_figure_after_a_counted_passive_opens_the_next_group() -> None:
    text = (
        "Militants breached the truce six times over the past 24 hours: three in Latakia province, where "
        "Beit Awan was hit twice and Ateera once, two in Hama province, where Tell Sikeen came under fire "
        "twice, and one in Idlib province."
    )
    found = violations(text)
    assert found[("Beit Awan", "Latakia")] == 2
    assert found[("Ateera", "Latakia")] == 1
    assert found[("Tell Sikeen", "Hama")] == 2


def test_one_each_in_several_provinces_gives_each_its_figure() -> None:
    text = (
        "In the past day 12 truce violations were registered: in the Damascus countryside (5), in the provinces "
        "of Homs (3) and Quneitra (2), and one each in the provinces of Tartus and Daraa."
    )
    found = violations(text)
    assert found == {
        (None, "Rif Dimashq"): 5,
        (None, "Homs"): 3,
        (None, "Quneitra"): 2,
        (None, "Tartus"): 1,
        (None, "Daraa"): 1,
    }


def test_a_figure_in_words_in_a_colon_list_is_the_province_s() -> None:
    text = (
        "Over the past day 9 truce violations were registered: in Homs (4), in Hama (3), and two in Tartus."
    )
    assert violations(text) == {(None, "Homs"): 4, (None, "Hama"): 3, (None, "Tartus"): 2}


def test_a_place_fired_at_again_later_counts_once_more() -> None:
    text = (
        "Pakistani troops violated the ceasefire on Friday in the Balakote and Mendhar sectors. They fired at "
        "Balakote again in the evening."
    )
    assert violations(text)[("Balakote", None)] == 2


def test_the_republic_s_total_is_the_province_s_when_its_places_fall_short() -> None:
    text = (
        "DONETSK, May 5. /TASS/. Ukrainian troops opened fire on the territory of the self-proclaimed Donetsk "
        "People's Republic (DPR) 9 times over the past day, the DPR's mission to the Joint Center for Control and "
        "Coordination (JCCC) said on Tuesday. Spartak came under fire three times."
    )
    found = violations(text)
    assert found[("Spartak", "Donetsk")] == 3
    assert found[(None, "Donetsk")] == 6


def test_fire_near_the_village_of_a_place_names_it() -> None:
    text = "The occupiers broke the ceasefire twice: they fired 82mm mortars near the village of Hranitne."
    assert {name for name, _ in violations(text)} == {"Hranitne"}


def test_a_subject_then_its_bulletin_s_weekday_dates_a_list_deep_in_a_story() -> None:
    text = (
        "Analysis | 8 March 2021\n\n"
        "The front has been frozen for two years. Patrols stopped in the summer of 2020 after repeated attacks on "
        "convoys.\n\n"
        "Prices have tripled in the camps.\n\n"
        "Aid still crosses at one gate.\n\n"
        "The Russian centre, in its bulletin on Wednesday, said militants had breached the truce, shelling "
        "Kinsabba twice."
    )
    found = run(text).incidents
    assert [(i.location, str(i.date)) for i in found if i.location == "Kinsabba"] == [
        ("Kinsabba", "2021-03-03")
    ]


def test_a_monitor_s_figure_after_a_leading_place_is_that_place_s() -> None:
    text = (
        "In Luhansk region, the Mission recorded 40 ceasefire violations. Inside the disengagement area near "
        "Petrivske (government-controlled, 41km south of Donetsk), the SMM recorded eight ceasefire violations, "
        "all shots of small-arms fire."
    )
    assert violations(text)[("Petrivske", "Luhansk")] == 8


def test_hashtags_after_the_last_full_stop_do_not_glue_a_post_into_one_sentence() -> None:
    text = (
        "RU MoD: 6 ceasefire violations in 24h. Latakia: Bdama (2), Ikko (1); Hama: Tell Bizam (3). "
        "#Syria #Idlib"
    )
    assert violations(text) == {("Bdama", "Latakia"): 2, ("Ikko", "Latakia"): 1, ("Tell Bizam", "Hama"): 3}


def test_settlements_that_came_under_fire_in_a_region_were_a_list() -> None:
    text = (
        "Ukrainian troops violated the ceasefire nine times. The settlements that came under fire in Donetsk "
        "region were Zaitseve (four times), Spartak and Vasylivka."
    )
    assert {name for name, _ in violations(text)} == {"Zaitseve", "Spartak", "Vasylivka"}


def test_each_figure_counts_its_own_group_of_a_list() -> None:
    text = (
        "The truce was broken again. Militants shelled Kinsabba, Ikko (three times each), Bdama and Marj "
        "Khokha (twice each)."
    )
    assert violations(text) == {
        ("Kinsabba", None): 3,
        ("Ikko", None): 3,
        ("Bdama", None): 2,
        ("Marj Khokha", None): 2,
    }


def test_numbered_lines_headed_by_a_province_and_a_dash_keep_their_places() -> None:
    text = (
        "Militants broke the truce 6 times. According to the centre, the following were shelled:\n"
        "1. In Latakia province — Bdama (three times) and Ikko;\n"
        "2. In Hama province — Tell Bizam (twice).\n"
    )
    assert violations(text) == {("Bdama", "Latakia"): 3, ("Ikko", "Latakia"): 1, ("Tell Bizam", "Hama"): 2}


def test_headlines_under_you_may_like_are_other_stories() -> None:
    text = (
        "Militants violated the truce on Tuesday, shelling Kafr Nabudah.\n\n"
        "You may like:\n"
        "- Army pounds positions near Jisr al-Shughur after 9 attacks on Kabani\n"
        "- Truce breached in Latakia countryside\n"
    )
    assert [name for name, _ in violations(text)] == ["Kafr Nabudah"]


def test_places_said_to_lie_in_the_province_of_x_in_a_quote_take_it() -> None:
    text = (
        "Five truce violations were registered, the ministry said. Militants shelled the village of Tell Dahab "
        'twice and the settlements of Kafr Laha and Taldu. "All three settlements are located in the province '
        'of Homs," the report said. The other two were recorded in Hama province.'
    )
    found = violations(text)
    assert found[("Tell Dahab", "Homs")] == 2
    assert found[("Kafr Laha", "Homs")] == 1


def test_a_province_figure_with_named_places_in_brackets_names_them() -> None:
    text = (
        "Reconciliation Centre: 15 shelling attacks from the Idlib zone over the past day — 8 in Latakia (incl. "
        "Bdama, Ikko), 7 in Hama."
    )
    found = violations(text)
    assert found[("Bdama", "Latakia")] == 1
    assert found[("Ikko", "Latakia")] == 1
    assert found[(None, "Hama")] == 7


def test_a_figure_of_further_attacks_and_a_place_it_called_are_read() -> None:
    text = (
        "Insurgents broke the truce, firing mortars at Ikko. Three further attacks targeted Bdama, the centre "
        "said, while a hamlet it called Zeitouna came under machine-gun fire."
    )
    found = violations(text)
    assert found[("Bdama", None)] == 3
    assert found[("Zeitouna", None)] == 1


def test_the_day_before_the_object_does_not_hide_it() -> None:
    text = (
        "Hama, SANA – Terrorists targeted on Monday evening Tayyibat al-Imam city with three rocket shells, in a "
        "new breach of the de-escalation agreement."
    )
    assert {name for name, _ in violations(text)} == {"Tayyibat al-Imam"}


def test_the_army_s_response_is_no_breach_of_the_other_side() -> None:
    text = (
        "Terrorists shelled Suqaylabiyah on Friday in a breach of the truce. Army units responded to the sources "
        "of fire, targeting the terrorists' positions in the surroundings of Kafr Nabudah."
    )
    assert {name for name, _ in violations(text)} == {"Suqaylabiyah"}
