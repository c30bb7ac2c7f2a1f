"""The non-English corpus, scored in-process with the rules of the project's scorer.

Targets of issue 5: violation F1, province sums and dates all >= 0.90 on
tests/corpus/intl. The figures are computed as ``score_extraction.py`` does
(count-weighted F1 on normalised place name and province; share of
(case, province) pairs whose violation sum matches; share of matched places
with the right date).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from extraction.article import extract_article
from extraction.places import find_admin1

CORPUS = Path(__file__).parent / "corpus" / "intl"


def _key(name: str | None) -> str:
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text.lower() if c.isalnum() and not unicodedata.combining(c))


def _admin(name: str | None) -> str:
    found = find_admin1(name) if name else None
    return found.name if found else _key(name)


def _received(case: dict[str, Any]) -> datetime | None:
    stamp = (case.get("forward") or {}).get("date") or (
        f"{case['published']}T12:00:00Z" if case.get("published") else None
    )
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None


def _score(cases: list[dict[str, Any]]) -> tuple[float, float, float]:
    tp = fp = fn = dates_ok = dates_all = sums_ok = sums_all = 0
    for case in cases:
        gold = Counter({(_key(v["location"]), _admin(v["admin1"])): v["count"] for v in case["violations"]})
        gold_dates = {(_key(v["location"]), _admin(v["admin1"])): v["date"] for v in case["violations"]}
        gold_sums: Counter[str] = Counter(
            {_admin(k): v for k, v in (case.get("admin1_totals") or {}).items()}
        )
        if not case.get("admin1_totals"):
            for v in case["violations"]:
                if v["admin1"]:
                    gold_sums[_admin(v["admin1"])] += v["count"]
        pred: Counter[tuple[str, str]] = Counter()
        pred_dates: dict[tuple[str, str], str] = {}
        pred_sums: Counter[str] = Counter()
        for inc in extract_article(case["text"], _received(case)).incidents:
            if inc.kind != "ceasefire_violation":
                continue
            if inc.admin1:
                pred_sums[_admin(inc.admin1)] += inc.count
            if inc.location:
                k = (_key(inc.location), _admin(inc.admin1))
                pred[k] += inc.count
                pred_dates.setdefault(k, inc.date.isoformat())
        tp += sum((gold & pred).values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
        for k in gold.keys() & pred.keys():
            dates_all += 1
            dates_ok += gold_dates[k] == pred_dates[k]
        sums_all += len(gold_sums) + sum(1 for a in pred_sums if a not in gold_sums)
        sums_ok += sum(pred_sums.get(a, 0) == n for a, n in gold_sums.items())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, sums_ok / sums_all if sums_all else 1.0, dates_ok / dates_all if dates_all else 1.0


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def test_corpus_has_every_language(cases: list[dict[str, Any]]) -> None:
    assert {c["language"] for c in cases} == {"ru", "uk", "ar", "fr", "pt", "es", "de"}


def test_intl_corpus_meets_the_targets(cases: list[dict[str, Any]]) -> None:
    f1, sums, dates = _score(cases)
    assert f1 >= 0.90, f"violation F1 {f1:.3f}"
    assert sums >= 0.90, f"province sums {sums:.3f}"
    assert dates >= 0.90, f"dates {dates:.3f}"


@pytest.mark.parametrize("lang", ["ru", "fr", "pt", "es", "de", "ar", "uk"])
def test_no_language_is_left_behind(cases: list[dict[str, Any]], lang: str) -> None:
    f1, sums, _ = _score([c for c in cases if c["language"] == lang])
    assert f1 >= 0.80, f"{lang}: F1 {f1:.3f}"
    assert sums >= 0.80, f"{lang}: province sums {sums:.3f}"
