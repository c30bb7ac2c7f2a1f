"""Russian and Ukrainian case forms of town names meet their nominative and Latin spellings.

People ask "/violations в Джурине" or "под Зайцевом"; bulletins store "Джурин",
"Jurin", "Зайцево". The key must also stay as sharp as before: towns of the
corpora that had different keys must not be folded together by the rule.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extraction import translit
from extraction.places import place_key
from extraction.question import parse_question
from storage.models import Provenance
from storage.store import Store

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("asked", "stored"),
    [
        ("Джурине", "Jurin"),  # prepositional, Russian
        ("Джурином", "Джурин"),  # instrumental
        ("Луганском", "Луганск"),
        ("Зайцевом", "Zaitsevo"),
        ("Донецьком", "Donetsk"),  # Ukrainian instrumental
        ("Широкиным", "Shyrokyne"),
        ("Кабанях", "Kabani"),  # locative plural
    ],
)
def test_case_forms_meet_the_stored_spelling(asked: str, stored: str) -> None:
    assert place_key(asked) == place_key(stored)


@pytest.mark.parametrize(
    ("nominative", "latin"),
    [("Харьков", "Kharkov"), ("Ростов", "Rostov"), ("Ибрагим", "Ibragim"), ("Сафсафа", "Safsafa")],
)
def test_nominatives_that_look_like_case_forms_keep_their_key(nominative: str, latin: str) -> None:
    assert place_key(nominative) == place_key(latin)


def test_short_words_are_not_cut() -> None:
    # "Битом" is left whole: cutting "-ом" would leave a stem under four letters
    assert place_key("Битом") == place_key("Bitom") != place_key("Бит")


def _gold_locations() -> set[str]:
    names: set[str] = set()
    for folder in ("dev", "intl"):
        for path in sorted((CORPUS / folder).glob("*.json")):
            case = json.loads(path.read_text(encoding="utf-8"))
            for row in case.get("violations", []) + case.get("other_incidents", []):
                if row.get("location"):
                    names.add(row["location"])
    return names


def test_corpus_towns_with_distinct_keys_stay_distinct(monkeypatch: pytest.MonkeyPatch) -> None:
    names = _gold_locations()
    assert len(names) > 100
    with_rule = {n: place_key(n) for n in names}
    monkeypatch.setattr(translit, "_CASE_ENDINGS", ())
    without_rule = {n: place_key(n) for n in names}
    collisions = [
        (a, b)
        for a in names
        for b in names
        if a < b and without_rule[a] != without_rule[b] and with_rule[a] == with_rule[b]
    ]
    assert collisions == []


async def test_question_in_a_case_form_finds_the_stored_town(tmp_path: Path) -> None:
    text = (
        "The Russian Center for Reconciliation in Syria said on Tuesday that militants shelled "
        "Jurin (twice) and Kabani in Latakia province over the past 24 hours."
    )
    received = datetime(2019, 4, 10, 8, 0, tzinfo=UTC)
    store = await Store.open(tmp_path / "keys.sqlite")
    try:
        added = await store.ingest(text, received, Provenance(source="pasted"))
        assert added.status == "added"
        sunday = date(2019, 4, 14)
        asked = await store.answer(parse_question("в Джурине прошлая неделя", date(2019, 4, 21)))
        assert asked.total == 2
        other = await store.answer(parse_question("в Кабанях", sunday))
        assert other.total == 1
        missing = await store.answer(parse_question("в Луганском", sunday))
        assert missing.total == 0
    finally:
        await store.close()
