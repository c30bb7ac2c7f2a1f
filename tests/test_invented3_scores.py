"""Third probe of generalisation: 30 invented English bulletins in voices the earlier sets lack.

``tests/corpus_invented3/`` has UN OCHA/UNMHA and ICRC statements, a local council's post, a plain-text
ministry table, Kashmir LoC sectors, Tovuz/Tartar districts, Hodeidah and Libyan spokesmen, JCCC/OSCE-style
reports, the southern and eastern Syrian provinces, numbers in words, lists broken across paragraphs, and
hard negatives (exercises, weapons withdrawal, exchange of bodies, anniversaries, sports, film shooting).
Ten were kept out of sight while the rules were written (see that folder's README).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from extraction.article import extract_article
from tests import score_extraction as sc

CASES = Path(__file__).parent / "corpus_invented3"
MIN_F1 = 0.9
MIN_SUMS = 0.8


def _received(case: dict[str, Any]) -> datetime | None:
    iso = sc.received(case)
    return datetime.fromisoformat(iso.replace("Z", "+00:00")) if iso else None


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    return sc.load_cases([str(CASES)])


def test_cases_are_well_formed(cases: list[dict[str, Any]]) -> None:
    assert len(cases) >= 30
    for case in cases:
        for v in case["violations"]:
            assert v["location"] in case["text"], (case["id"], v["location"])
            assert v["count"] >= 1, (case["id"], v)
            assert v["date"], (case["id"], v)


def test_violation_f1_and_province_sums_reach_floor(cases: list[dict[str, Any]]) -> None:
    tp = fp = fn = 0
    sums_ok = sums_all = 0
    wrong: list[str] = []
    for case in cases:
        pred, _dates, pred_sums = sc.predicted(extract_article(case["text"], _received(case)).to_json())
        gold = sc.gold_places(case)
        tp += sum((gold & pred).values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
        if pred != gold:
            wrong.append(case["id"])
        for a1, n in sc.gold_province_sums(case).items():
            sums_all += 1
            sums_ok += pred_sums.get(a1, 0) == n
        sums_all += sum(1 for a1 in pred_sums if a1 not in sc.gold_province_sums(case))  # invented provinces
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= MIN_F1, (round(f1, 3), wrong)
    assert sums_ok / sums_all >= MIN_SUMS, (sums_ok, sums_all)
