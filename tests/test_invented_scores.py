"""Held-out probe: invented English bulletins scored in-process with the official scorer's functions.

The cases in ``tests/corpus_invented/`` are written in our own words for
outlets, wordings, conflicts and provinces the dev corpus does not use, so the
extractor's rules cannot have been tuned on them. They stand in for the hidden
set of issue 2 (violation F1 >= 0.85); the floor below is never under 0.80.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from extraction.article import extract_article
from tests import score_extraction as sc

INVENTED = Path(__file__).parent / "corpus_invented"
MIN_F1 = 0.95  # measured 0.979 at hand-over, minus a small margin; never set below 0.80


def _received(case: dict[str, Any]) -> datetime | None:
    iso = sc.received(case)
    return datetime.fromisoformat(iso.replace("Z", "+00:00")) if iso else None


def _figures(cases: list[dict[str, Any]]) -> tuple[float, list[str]]:
    """Count-weighted violation F1 over ``cases`` and the ids of the cases with any place mistake."""
    tp = fp = fn = 0
    wrong: list[str] = []
    for case in cases:
        pred, _, _ = sc.predicted(extract_article(case["text"], _received(case)).to_json())
        gold = sc.gold_places(case)
        tp += sum((gold & pred).values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
        if pred != gold:
            wrong.append(case["id"])
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), wrong


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    return sc.load_cases([str(INVENTED)])


def test_cases_are_well_formed(cases: list[dict[str, Any]]) -> None:
    """Every annotated place is spelled as its text spells it and province totals are consistent."""
    assert len(cases) >= 40
    for case in cases:
        assert case["id"] == f"inv-{int(case['id'][4:]):03d}"
        assert 500 <= len(case["text"]) <= 2000, case["id"]
        for v in case["violations"]:
            assert v["location"] in case["text"], (case["id"], v["location"])
            assert v["count"] >= 1, (case["id"], v)
            assert v["date"], (case["id"], v)
        listed = sc.gold_province_sums({"violations": case["violations"]})
        for a1, n in listed.items():
            assert sc.gold_province_sums(case)[a1] >= n, (case["id"], a1)


def test_invented_violation_f1_reaches_floor(cases: list[dict[str, Any]]) -> None:
    f1, wrong = _figures(cases)
    assert f1 >= MIN_F1, (round(f1, 3), wrong)


def test_invented_negatives_yield_no_violations(cases: list[dict[str, Any]]) -> None:
    """Aid convoys, prisoner swaps, casualty histories, football reports and truce-free attacks stay empty."""
    negatives = [c for c in cases if not c["violations"] and not c.get("admin1_totals")]
    assert len(negatives) >= 12
    noisy = [
        c["id"]
        for c in negatives
        if any(i.kind == "ceasefire_violation" for i in extract_article(c["text"], _received(c)).incidents)
    ]
    assert noisy == []
