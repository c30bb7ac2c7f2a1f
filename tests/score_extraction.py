#!/usr/bin/env python3
# ruff: noqa: RUF005, B905
# A copy of ../shared/tools/score_extraction.py (only reformatted) so that the tests can import its scoring.
"""Score an incident extractor against annotated corpus cases.

The extractor is any command that reads JSON Lines on stdin, one
{"text": ..., "received": ISO-8601 or null} object per line, and writes one
JSON object per line in the same order:

  {"published": "YYYY-MM-DD" | null, "reporter": str | null,
   "reported_total": int | null,
   "incidents": [{"kind": "ceasefire_violation" | ..., "location": str | null,
                  "admin1": str | null, "count": int, "date": "YYYY-MM-DD"}]}

Usage:
  score_extraction.py [--cmd "trucewatch extract --jsonl"] [-v] [--min-f1 X]
                      CASE.json | DIR ...

Figures (printed last, one line):
  violation F1   count-weighted: a place with gold count 2 and predicted 3 is
                 2 true positives and 1 false positive; a place matches on its
                 normalised name AND province.
  province sums  share of (case, province) pairs whose predicted violation sum
                 equals the gold province total.
  dates          share of matched places whose date equals the gold date.
  totals         share of cases whose reported_total equals the gold one.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ADMIN1_ALIASES = {
    "latakia": [
        "lattakia",
        "latakiya",
        "lattakiya",
        "ladhiqiyah",
        "alladhiqiyah",
        "latakiyah",
        "lattaquie",
        "latakia governorate",
    ],
    "aleppo": ["halab", "alep", "alepo"],
    "hama": ["hamah", "hamat"],
    "idlib": ["idleb", "edlib"],
    "homs": ["hims"],
    "damascus": ["dimashq", "damas", "damasco"],
    "rifdimashq": [
        "damascuscountryside",
        "ruraldamascus",
        "rifdimashq",
        "reefdimashq",
        "damascusrif",
        "eastern ghouta",
    ],
    "daraa": ["deraa", "dara", "daraa"],
    "quneitra": ["alqunaytirah", "qunaytirah", "kuneitra"],
    "tartus": ["tartous", "tartous"],
    "raqqa": ["arraqqah", "raqqah", "rakka"],
    "deirezzor": ["deirezzor", "dayrazzawr", "deiralzor", "deirezzour", "deirzor"],
    "hasakah": ["alhasakah", "hasaka", "alhasaka", "hassakeh"],
    "assuwayda": ["suwayda", "sweida", "alsuwayda", "assuwayda", "suwaida"],
    "luhansk": ["lugansk"],
    "donetsk": [],
}


def key(name: str | None) -> str:
    """Lower-case ASCII letters and digits only: 'Jubb-al-Zaur' -> 'jubbalzaur'."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c for c in text.lower() if c.isalnum())


_ADMIN1 = {key(a): canon for canon, aliases in ADMIN1_ALIASES.items() for a in aliases + [canon]}


def admin1_key(name: str | None) -> str:
    k = key(name)
    for suffix in ("governorate", "province", "oblast", "region"):
        if k.endswith(suffix) and len(k) > len(suffix):
            k = k[: -len(suffix)]
    return _ADMIN1.get(k, k)


def load_cases(paths: list[str]) -> list[dict]:
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def received(case: dict) -> str | None:
    if case.get("forward") and case["forward"].get("date"):
        return case["forward"]["date"]
    return f"{case['published']}T12:00:00Z" if case.get("published") else None


def gold_places(case: dict) -> Counter:
    return Counter(
        {(key(v["location"]), admin1_key(v.get("admin1"))): v["count"] for v in case["violations"]}
    )


def gold_dates(case: dict) -> dict:
    return {(key(v["location"]), admin1_key(v.get("admin1"))): v.get("date") for v in case["violations"]}


def gold_province_sums(case: dict) -> Counter:
    if case.get("admin1_totals"):
        return Counter({admin1_key(k): v for k, v in case["admin1_totals"].items()})
    sums: Counter = Counter()
    for v in case["violations"]:
        if v.get("admin1"):
            sums[admin1_key(v["admin1"])] += v["count"]
    return sums


def predicted(result: dict) -> tuple[Counter, dict, Counter]:
    places: Counter = Counter()
    dates: dict = {}
    sums: Counter = Counter()
    for inc in result.get("incidents") or []:
        if inc.get("kind", "ceasefire_violation") != "ceasefire_violation":
            continue
        count = int(inc.get("count") or 0)
        a1 = admin1_key(inc.get("admin1"))
        if a1:
            sums[a1] += count
        if inc.get("location"):
            k = (key(inc["location"]), a1)
            places[k] += count
            dates.setdefault(k, inc.get("date"))
    return places, dates, sums


def run_extractor(cmd: str, cases: list[dict]) -> list[dict]:
    lines = "".join(json.dumps({"text": c["text"], "received": received(c)}) + "\n" for c in cases)
    proc = subprocess.run(shlex.split(cmd), input=lines, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        sys.exit(f"extractor failed with exit {proc.returncode}:\n{proc.stderr[-2000:]}")
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(out) != len(cases):
        sys.exit(f"extractor wrote {len(out)} results for {len(cases)} inputs")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--cmd", default="trucewatch extract --jsonl")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every mistake")
    ap.add_argument("--min-f1", type=float, default=0.0, help="exit 1 below this violation F1")
    args = ap.parse_args()

    cases = load_cases(args.paths)
    results = run_extractor(args.cmd, cases)
    tp = fp = fn = 0
    date_ok = date_all = sums_ok = sums_all = total_ok = 0
    for case, res in zip(cases, results):
        gold, gdates, gsums = gold_places(case), gold_dates(case), gold_province_sums(case)
        pred, pdates, psums = predicted(res)
        c_tp = sum((gold & pred).values())
        tp, fp, fn = tp + c_tp, fp + sum((pred - gold).values()), fn + sum((gold - pred).values())
        for k in gold.keys() & pred.keys():
            date_all += 1
            date_ok += gdates.get(k) == pdates.get(k)
        for a1, n in gsums.items():
            sums_all += 1
            sums_ok += psums.get(a1, 0) == n
        sums_all += sum(1 for a1 in psums if a1 not in gsums)  # provinces invented
        total_ok += case.get("reported_total") == res.get("reported_total")
        if args.verbose and (
            pred != gold or psums != gsums or case.get("reported_total") != res.get("reported_total")
        ):
            print(f"--- {case['id']}")
            for k in sorted(set(gold) | set(pred)):
                if gold.get(k) != pred.get(k):
                    print(f"  place {k[0]!r} in {k[1] or '?'}: gold {gold.get(k, 0)}, got {pred.get(k, 0)}")
            if psums != gsums:
                print(f"  province sums: gold {dict(gsums)}, got {dict(psums)}")
            if case.get("reported_total") != res.get("reported_total"):
                print(f"  total: gold {case.get('reported_total')}, got {res.get('reported_total')}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    ratio = lambda a, b: a / b if b else 1.0  # noqa: E731
    print(
        f"violation F1 {f1:.3f} (P {p:.3f} R {r:.3f}) · province sums {ratio(sums_ok, sums_all):.3f}"
        f" · dates {ratio(date_ok, date_all):.3f} · totals {ratio(total_ok, len(cases)):.3f} · {len(cases)} cases"
    )
    sys.exit(1 if f1 < args.min_f1 else 0)


if __name__ == "__main__":
    main()
