"""Ninth generalisation round for English (failure classes left open by the eighth round and found in round 36):
one snippet per rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from tests.test_extraction_round3 import violations


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
