"""The gazetteer data and the place keys: integrity of the tables, and spellings that must meet."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from extraction.places import (
    admin1_names,
    admin1_regex,
    capitalised_admin1,
    division_hits,
    find_admin1,
    fold,
    place_key,
)


def _admin1_data() -> dict[str, dict[str, list[str]]]:
    path = resources.files("extraction") / "data" / "admin1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def test_aliases_are_unique_across_divisions() -> None:
    owner: dict[str, tuple[str, str]] = {}
    clashes = []
    for country, divisions in _admin1_data().items():
        for canonical, aliases in divisions.items():
            for alias in [canonical, *aliases]:
                key = fold(alias)
                if key in owner and owner[key] != (country, canonical):
                    clashes.append((alias, owner[key], (country, canonical)))
                owner.setdefault(key, (country, canonical))
    assert clashes == []


def test_every_alias_resolves_to_its_own_division() -> None:
    wrong = []
    for country, divisions in _admin1_data().items():
        for canonical, aliases in divisions.items():
            for alias in [canonical, *aliases]:
                a = find_admin1(alias)
                if a is None or (a.country, a.name) != (country, canonical):
                    wrong.append(alias)
    assert wrong == []


def test_all_syrian_governorates_are_known() -> None:
    syria = {a.name for a in admin1_names().values() if a.country == "SY"}
    assert len(syria) == 14


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Lattakia province", "Latakia"),
        ("the Idleb governorate", "Idlib"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Damascus countryside", "Rif Dimashq"),
        ("Dara'a", "Daraa"),
        ("Lugansk", "Luhansk"),
        ("J&K", "Jammu and Kashmir"),
        ("Al-Hudaydah", "Hodeidah"),
    ],
)
def test_find_admin1_spellings(spelling: str, canonical: str) -> None:
    found = find_admin1(spelling)
    assert found is not None
    assert found.name == canonical


@pytest.mark.parametrize(
    "variants",
    [
        ("Jurin", "Djurin", "Jourin", "Dschurin"),
        ("Ruyeset-Iskander", "Rwaisat Iskander", "Ruayset-Iskander"),
        ("Hamdaniyah", "Hamdaniya"),
        ("As Suqaylabiyah", "Al Suqaylabiyah"),
        ("Hmeymim", "Khmeimim"),
    ],
)
def test_place_key_variants_meet(variants: tuple[str, ...]) -> None:
    assert len({place_key(v) for v in variants}) == 1


def test_place_key_keeps_different_towns_apart() -> None:
    assert place_key("Jurin") != place_key("Jisrin")
    assert place_key("Kinsabba") != place_key("Kabani")


def test_fold_strips_accents_and_punctuation() -> None:
    assert fold("Al-Lādhiqīyah") == "al ladhiqiyah"
    assert fold("  Qal’at   Marza ") == "qalat marza"


def test_scanner_finds_provinces_in_one_pass() -> None:
    text = "Shelling hit Lattakia, Deir-ez-Zor and Dara’a, but not Stanitsa Luganskaya or Hamadan."
    found = [find_admin1(m.group()) for m in admin1_regex().finditer(text)]
    assert [a.name for a in found if a] == ["Latakia", "Deir ez-Zor", "Daraa"]


SCAN_TEXTS = [
    "Shelling hit Lattakia, Deir-ez-Zor and Dara’a, but not Stanitsa Luganskaya or Hamadan.",
    "In the Idlib de-escalation zone and in Hama\u2019s north, the Al-Hasakah and Rif Dimashq offices said so.",
    "hama, HAMA and Hama; Jammu and Kashmir; Donetsk-based; anti-Aleppo; Ḥalab; Луганск and Донецк.",
    "Aleppo" * 40 + " Aleppo, " + "x" * 500 + " Idlib.",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_capitalised_scan_agrees_with_the_full_scanner(text: str) -> None:
    """The fast scan (capitalised word starts only) finds what the whole-gazetteer regex finds capitalised."""
    full = [(m.span(), m.group()) for m in admin1_regex().finditer(text) if m.group()[:1].isupper()]
    assert [(m.span(), m.group()) for m in capitalised_admin1(text)] == full


def test_division_hits_leave_out_zones_and_institutions() -> None:
    text = (
        "Gunmen in the Idlib de-escalation zone fired at Hama; Aleppo University and Latakia TV reported it."
    )
    assert [a.name for _m, a in division_hits(text)] == ["Hama"]
