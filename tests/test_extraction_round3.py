"""Second generalisation round for English: one snippet per rule, worded for this file (invented names)."""

from __future__ import annotations

from datetime import UTC, datetime

from extraction.english import extract
from extraction.model import VIOLATION, Extraction

RECEIVED = datetime(2021, 3, 10, 9, 0, tzinfo=UTC)  # a Wednesday


def run(text: str) -> Extraction:
    return extract(text, RECEIVED, {})


def violations(text: str) -> dict[tuple[str | None, str | None], int]:
    """(location, admin1) -> count of the ceasefire violations found."""
    out: dict[tuple[str | None, str | None], int] = {}
    for inc in run(text).incidents:
        if inc.kind == VIOLATION:
            out[(inc.location, inc.admin1)] = out.get((inc.location, inc.admin1), 0) + inc.count
    return out


def test_counts_for_several_places_in_one_sentence_are_not_a_total() -> None:
    text = "On Monday, gunmen shelled Kafr Sallum four times and Ain Baida twice in Homs province, breaking the truce."
    assert run(text).reported_total is None
    assert violations(text) == {("Kafr Sallum", "Homs"): 4, ("Ain Baida", "Homs"): 2}


def test_a_stated_breach_count_is_still_the_total() -> None:
    assert (
        run(
            "Militants violated the truce five times on Monday, shelling Tell Hawsh in Hama province."
        ).reported_total
        == 5
    )


def test_a_count_after_the_town_of_name_is_the_towns() -> None:
    text = "On Sunday, gunmen shelled the town of Umm Safa thirty-two times and Deir Adas eleven times, in breach of the truce, in Daraa province."
    assert violations(text) == {("Umm Safa", "Daraa"): 32, ("Deir Adas", "Daraa"): 11}


def test_glosses_and_remarks_in_brackets_do_not_end_a_list() -> None:
    text = (
        "Gunmen violated the truce on Monday by shelling Tell Sibat (a mostly Kurdish village), "
        "Ain Dara (three times, locals said) and Kharab Salim in Hasakah province."
    )
    assert violations(text) == {
        ("Tell Sibat", "Hasakah"): 1,
        ("Ain Dara", "Hasakah"): 3,
        ("Kharab Salim", "Hasakah"): 1,
    }


def test_second_hand_shelling_that_the_sentence_calls_a_breach_is_a_violation() -> None:
    text = "Gunmen shelled Tell Jabin in Homs province on Tuesday in breach of the truce, local sources said."
    assert violations(text) == {("Tell Jabin", "Homs"): 1}


def test_second_hand_shelling_without_breach_words_stays_shelling() -> None:
    text = (
        "The reconciliation centre said the truce held on Tuesday. Local media reported shelling of Tell Jabin "
        "in Homs province."
    )
    assert violations(text) == {}


def test_a_list_broken_across_paragraphs_after_a_comma_goes_on() -> None:
    text = (
        "Gunmen breached the truce on Tuesday and opened fire on the following villages in Quneitra province: "
        "Ain Nasr,\n\nTell Ahmar and Bir Ajam.\n\nNo one was hurt."
    )
    assert violations(text) == {
        ("Ain Nasr", "Quneitra"): 1,
        ("Tell Ahmar", "Quneitra"): 1,
        ("Bir Ajam", "Quneitra"): 1,
    }


def test_a_count_after_the_weapon_in_a_passive_clause_is_the_places() -> None:
    text = "Breaking the truce, Tell Karma in Hama province was struck by artillery three times on Monday."
    assert violations(text) == {("Tell Karma", "Hama"): 3}


def test_violations_registered_label_is_the_total() -> None:
    text = "Ceasefire violations registered over the past 24 hours: 9\n\nTell Karma in Hama province was shelled."
    assert run(text).reported_total == 9


def test_a_column_aligned_table_of_places_and_times_is_read_row_by_row() -> None:
    text = (
        "Ministry daily summary. Ceasefire violations over the past day:\n\n"
        "Region      Village        Times\n"
        "Donetsk     Novoselivka    4\n"
        "Luhansk     Krymske        2\n\n"
        "No casualties."
    )
    assert violations(text) == {("Novoselivka", "Donetsk"): 4, ("Krymske", "Luhansk"): 2}


def test_columns_without_a_place_and_count_header_are_not_a_table() -> None:
    text = "Ceasefire held.\n\nTeam        Goals\nKaraman     4\nAlwan       2\n"
    assert violations(text) == {}


def test_each_of_several_counted_items_keeps_its_own_count() -> None:
    text = "Breaking the truce on Monday, gunmen shelled the Bab Tell district twice and the Kafr Ammar district once in Aleppo province."
    assert violations(text) == {("Bab Tell", "Aleppo"): 2, ("Kafr Ammar", "Aleppo"): 1}


def test_reports_of_shelling_in_a_district_under_a_truce_name_the_place_and_its_day() -> None:
    text = (
        "10 March 2021\nThe monitoring committee received reports of shelling in Bayt Faqih district of "
        "Hodeidah governorate on 8 March, in breach of the ceasefire."
    )
    incidents = [i for i in run(text).incidents if i.kind == VIOLATION]
    assert [(i.location, i.admin1, i.date.isoformat()) for i in incidents] == [
        ("Bayt Faqih", "Hodeidah", "2021-03-08")
    ]


def test_a_one_word_container_lies_in_the_articles_single_province() -> None:
    text = (
        "Troops from across the Line of Control violated the ceasefire in the Naugam sector of Jammu and Kashmir on Monday. "
        "Shells also landed in Tangdar sector in Kalaroos, officials said."
    )
    assert violations(text) == {("Naugam", "Jammu and Kashmir"): 1, ("Tangdar", "Jammu and Kashmir"): 1}


def test_divisions_named_as_the_only_targets_are_locations() -> None:
    text = "Breaking the truce, enemy units shelled the Gadabay district and the villages of the Fuzuli district on Monday."
    assert violations(text) == {("Gadabay", "Gadabay"): 1, ("Fuzuli", "Fuzuli"): 1}


def test_a_division_beside_named_places_stays_their_anchor() -> None:
    text = "Breaking the truce, enemy units shelled Alibeyli and Aghdam villages of the Tovuz district on Monday."
    assert ("Tovuz", "Tovuz") not in violations(text)


def test_once_or_twice_after_an_attack_verb_is_not_a_total() -> None:
    assert (
        run(
            "Near Krymske (Luhansk region) gunmen opened fire on army positions twice, breaking the truce."
        ).reported_total
        is None
    )


def test_a_figure_after_an_attack_verb_still_is() -> None:
    assert (
        run(
            "Breaking the truce, gunmen fired on army positions near Krymske 14 times over the past day."
        ).reported_total
        == 14
    )


def test_local_sources_in_an_article_with_no_official_bulletin_tell_the_violation_themselves() -> None:
    text = (
        "Flash update, 9 March 2021. Shelling went on despite the declared truce. According to local sources, "
        "Maarat Harma was shelled twice in Idlib governorate."
    )
    assert violations(text) == {("Maarat Harma", "Idlib"): 2}


def test_a_sentence_opening_on_its_own_day_after_background_is_news() -> None:
    text = (
        "10 March 2021\nSince the truce began in January, hundreds of violations have been logged. "
        "On Tuesday, gunmen opened fire on Burj Qasab in Latakia province twice."
    )
    assert violations(text) == {("Burj Qasab", "Latakia"): 2}


def test_background_paragraph_without_a_fresh_day_stays_background() -> None:
    text = "10 March 2021\nSince the truce began in January, gunmen opened fire on Burj Qasab in Latakia province twice."
    assert violations(text) == {}


def test_monitors_figure_before_explosions_near_one_place_is_its_count() -> None:
    text = "The mission recorded 23 explosions near Krymske in Luhansk region on Monday, in violation of the ceasefire."
    assert violations(text) == {("Krymske", "Luhansk"): 23}


def test_six_in_brackets_is_a_count() -> None:
    text = "Gunmen violated the truce on Monday. Shelled were Tell Hamra (six times) and Ain Sbil (twice) in Idlib province."
    assert violations(text) == {("Tell Hamra", "Idlib"): 6, ("Ain Sbil", "Idlib"): 2}


def test_the_following_places_came_under_fire_colon_list() -> None:
    text = (
        "The truce was violated 9 times on Monday. The following villages came under fire: Novotoshkivske "
        "(4 times), Krymske (three times) and Zholobok (twice), in Luhansk region."
    )
    assert violations(text) == {
        ("Novotoshkivske", "Luhansk"): 4,
        ("Krymske", "Luhansk"): 3,
        ("Zholobok", "Luhansk"): 2,
    }


def test_a_match_report_with_shots_in_a_province_has_no_violations() -> None:
    text = "Jableh beat Hutteen 2-0 in Latakia on Friday, shooting six times on target."
    assert violations(text) == {}
    assert run(text).reported_total is None


def test_a_bracketed_count_for_a_second_place_also_makes_the_first_figure_per_place() -> None:
    text = "Breaking the truce, gunmen shelled Tell Hawa 5 times and the nearby village of Ain Lubb (twice)."
    assert run(text).reported_total is None


def test_more_transliterations_of_provinces() -> None:
    text = "Breaking the truce on Monday, gunmen shelled Ain Issa in Ar-Raqqa province and al-Majdal in Suweida province."
    assert violations(text) == {("Ain Issa", "Raqqa"): 1, ("al-Majdal", "As-Suwayda"): 1}


def test_subjected_to_fire_the_positions_in_villages_of_a_district() -> None:
    text = (
        "The enemy, violating the ceasefire, subjected to fire from heavy machine guns the positions of our army "
        "located in the villages of Munjuglu and Kokhanabi of the Tovuz region."
    )
    assert violations(text) == {("Munjuglu", "Tovuz"): 1, ("Kokhanabi", "Tovuz"): 1}


def test_ceasefire_violation_along_the_loc_in_named_sectors() -> None:
    text = (
        "Troops resorted to an unprovoked ceasefire violation along the LoC in Balakote and Mankote sectors "
        "of Poonch district in Jammu and Kashmir on Tuesday."
    )
    assert violations(text) == {("Balakote", "Jammu and Kashmir"): 1, ("Mankote", "Jammu and Kashmir"): 1}


def test_a_ceasefire_violation_was_recorded_in_a_district() -> None:
    assert violations("A ceasefire violation was recorded in Nakhchivan's Sharur district on Sunday.") == {
        ("Sharur", "Nakhchivan"): 1
    }


def test_n_violations_registered_near_one_place_are_its_count() -> None:
    text = "Three ceasefire violations were registered near Krymske in Luhansk region on Sunday."
    assert violations(text) == {("Krymske", "Luhansk"): 3}


def test_the_truce_was_violated_in_the_villages_of() -> None:
    text = "The truce was violated in the villages of Nahta and Busra al-Harir in Daraa on Friday, the army said."
    assert violations(text) == {("Nahta", "Daraa"): 1, ("Busra al-Harir", "Daraa"): 1}


def test_a_year_ago_is_background() -> None:
    text = (
        "Two years ago, gunmen shelled Tell Salhab in Hama province 30 times in one day, breaking the truce."
    )
    assert violations(text) == {}
    assert run(text).reported_total is None


def test_twice_in_a_province_among_other_province_figures_is_its_figure() -> None:
    text = "Over the past day the truce was violated six times in Idlib, three times in Aleppo and twice in Hama."
    sums: dict[str | None, int] = {}
    for inc in run(text).incidents:
        if inc.kind == VIOLATION:
            sums[inc.admin1] = sums.get(inc.admin1, 0) + inc.count
    assert sums == {"Idlib": 6, "Aleppo": 3, "Hama": 2}


def test_positions_across_several_districts_name_no_place() -> None:
    text = "Army positions in the Gadabay, Tovuz and Aghdam districts were shelled overnight in breach of the ceasefire."
    assert violations(text) == {(None, "Gadabay"): 1, (None, "Tovuz"): 1, (None, "Aghdam"): 1}


def test_manner_words_after_a_place_end_the_item() -> None:
    text = (
        "\"The enemy shelled Sakhanka 'without any reason', breaking the truce,\" the command said on Monday."
    )
    assert violations(text) == {("Sakhanka", None): 1}


def test_posts_along_the_loc_in_a_named_sector_are_that_sector() -> None:
    text = (
        "Troops violated the ceasefire by firing mortars at forward posts along the LoC in the Bhimber Gali "
        "sector in Jammu and Kashmir on Monday."
    )
    assert violations(text) == {("Bhimber Gali", "Jammu and Kashmir"): 1}


def test_explosions_inside_a_violation_count_are_violations() -> None:
    text = (
        "Over the past day the mission recorded, in Luhansk region, 75 ceasefire violations, including 20 explosions, "
        "mostly at locations near Krymske."
    )
    assert violations(text).get(("Krymske", "Luhansk")) == 1


def test_a_comma_list_of_places_before_the_verb() -> None:
    text = "The truce was broken again. Near Talakivka, Hnutove and Lebedynske (Mariupol direction), the enemy used mortars."
    assert violations(text) == {("Talakivka", None): 1, ("Hnutove", None): 1, ("Lebedynske", None): 1}


def test_fired_at_least_n_rockets_on_places() -> None:
    text = "Despite the ceasefire, troops fired at least 9 rockets on Kafr Sijna and Tell Ahmar in the countryside of Idlib."
    assert violations(text) == {("Kafr Sijna", "Idlib"): 1, ("Tell Ahmar", "Idlib"): 1}
