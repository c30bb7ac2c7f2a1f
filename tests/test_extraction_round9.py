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
