"""Language identification: script first, then stopwords; 'en' when unsure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction.language import detect_language

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Боевики обстреляли населенный пункт Бдама в провинции Латакия.", "ru"),
        ("Бойовики обстріляли позиції ЗСУ біля села Піски, повідомили в штабі.", "uk"),
        ("قصف المسلحون قرية بداما في ريف اللاذقية.", "ar"),
        ("Les terroristes ont pilonné la localité de Bdama dans la province de Lattaquié.", "fr"),
        ("Os terroristas atacaram a aldeia de Bdama na província de Latakia.", "pt"),
        ("Los rebeldes atacaron la aldea de Bdama en la provincia de Latakia.", "es"),
        ("Die Terroristen haben das Dorf Bdama in der Provinz Latakia beschossen.", "de"),
        ("Militants shelled the village of Bdama in Latakia province, the center said.", "en"),
    ],
)
def test_one_sentence_per_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "Джубб-Эз-Зарур", "\u200b\u200f", "Safsafa Kabani"])
def test_unsure_or_bare_names_never_fail(text: str) -> None:
    assert detect_language(text) in ("en", "ru", "uk", "ar", "fr", "pt", "es", "de")


def test_bare_latin_names_are_english() -> None:
    assert detect_language("Safsafa (2), Kabani, Ikko") == "en"


def test_every_annotated_case_is_recognised() -> None:
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*/*.json"))]
    wrong = [c["id"] for c in cases if detect_language(c["text"]) != c.get("language", "en")]
    assert cases
    assert wrong == []
