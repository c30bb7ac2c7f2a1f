"""Integrity of the non-English data: gazetteer names, grammar tables, reporter names, romanisation."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extraction.intl_lexicon import lexicon
from extraction.places import find_admin1, fold, place_key
from extraction.translit import to_latin

DATA = resources.files("extraction") / "data"
LANGS = ("ru", "uk", "ar", "fr", "pt", "es", "de")


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_every_intl_alias_names_a_known_division() -> None:
    english = _load("admin1.json")
    intl = _load("admin1_intl.json")
    for country, divisions in intl.items():
        if country.startswith("_"):
            continue
        for canonical, aliases in divisions.items():
            assert canonical in english[country], canonical
            for alias in aliases:
                found = find_admin1(alias)
                assert found is not None, alias
                assert found.name == canonical, (alias, found)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Латакии", "Latakia"),
        ("Латакію", "Latakia"),
        ("Идлибе", "Idlib"),
        ("Дейр-эз-Зоре", "Deir ez-Zor"),
        ("Донецької області", "Donetsk"),
        ("Луганской", "Luhansk"),
        ("Lattaquié", "Latakia"),
        ("Alepo", "Aleppo"),
        ("Damaskus", "Damascus"),
        ("اللاذقية", "Latakia"),
        ("ريف دمشق", "Rif Dimashq"),
        ("دير الزور", "Deir ez-Zor"),
    ],
)
def test_case_forms_and_scripts_resolve(name: str, canonical: str) -> None:
    found = find_admin1(name)
    assert found is not None
    assert found.name == canonical


def test_every_syrian_governorate_has_names_in_every_script() -> None:
    intl = _load("admin1_intl.json")["SY"]
    english = _load("admin1.json")["SY"]
    assert set(intl) == set(english)
    for canonical, aliases in intl.items():
        assert any(re.search(r"[\u0400-\u04ff]", a) for a in aliases), canonical
        assert any(re.search(r"[\u0600-\u06ff]", a) for a in aliases + english[canonical]), canonical


def test_aliases_do_not_collide_across_divisions() -> None:
    seen: dict[str, str] = {}
    for name in ("admin1.json", "admin1_intl.json"):
        for country, divisions in _load(name).items():
            if country.startswith("_"):
                continue
            for canonical, aliases in divisions.items():
                for alias in aliases:
                    key = fold(alias)
                    assert seen.setdefault(key, canonical) == canonical, (alias, seen[key], canonical)


@pytest.mark.parametrize("lang", LANGS)
def test_grammar_tables_are_complete(lang: str) -> None:
    lex = lexicon(lang)
    assert len(lex.months) == 12
    assert len(lex.weekdays) == 7
    assert lex.numbers
    assert all(0 < v <= 100 for v in lex.numbers.values())
    for cls in ("intro", "prov_sg", "prov_pl", "glue", "sep", "times_unit", "total_nouns", "units", "zone"):
        assert cls in lex.classes


@pytest.mark.parametrize(
    ("lang", "word", "month"),
    [("ru", "ноября", 11), ("uk", "серпня", 8), ("fr", "août", 8), ("pt", "maio", 5), ("es", "julio", 7),
     ("de", "märz", 3), ("ar", "نوفمبر", 11)],
)  # fmt: skip
def test_month_names(lang: str, word: str, month: int) -> None:
    assert lexicon(lang).month(word) == month


def test_reporters_map_to_names_the_english_extractor_uses() -> None:
    intl_names = {name for _, name in _load("reporters_intl.json")["patterns"]}
    for rx, _ in _load("reporters_intl.json")["patterns"]:
        re.compile(rx)
    english = {name for _, name in _load("reporters.json")["patterns"]}
    shared = {
        "Russian Center for Reconciliation in Syria",
        "Russian Defense Ministry",
        "Russian Defense Ministry (Russia-Turkey Commission, Russian side)",
        "LPR people's militia",
        "DPR operational command (Eduard Basurin)",
        "Ukrainian Joint Forces Operation",
        "OSCE Special Monitoring Mission to Ukraine",
    }
    assert shared <= intl_names & english


def test_romanisation() -> None:
    assert to_latin("Сафсафа") == "Safsafa"
    assert to_latin("Їжак") == "Yizhak"
    assert to_latin("Kabani") == "Kabani"
    assert place_key("Телль-Базам") == place_key("Tell Bazam")
