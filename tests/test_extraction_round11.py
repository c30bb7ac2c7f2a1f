"""Eleventh generalisation round for English (failure classes found in blind rounds 48-50): one snippet per
rule, worded for this file (invented names and figures)."""

from __future__ import annotations

from tests.test_extraction_round3 import violations


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
