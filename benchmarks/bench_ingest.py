"""Bulk ingest: ``trucewatch ingest --jsonl`` of generated articles into a fresh database.

Articles come from ``benchmarks.gen_articles`` (seeded, cached in ``benchmarks/out/``,
never committed). Each size runs the real command in a child process — reading JSON
lines, extracting, storing, printing a line per article — and reports articles per
second end to end and the child's peak RSS, so that memory growing with the input
shows as a difference between sizes. For comparison, the extractor alone is timed
in this process on the first articles of the same file.

    .venv/bin/python -m benchmarks.bench_ingest                   # 10k and 100k (budgeted)
    .venv/bin/python -m benchmarks.bench_ingest --sizes 2000 --profile
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.common import child_env, header, median, out_dir, run_measured, table, trucewatch, verdict
from benchmarks.gen_articles import write_jsonl

TARGET_RATE = 1000.0  # articles/s end to end
TARGET_FLAT = 1.25  # peak RSS at the largest size over the smallest


def articles_file(n: int, seed: int) -> Path:
    """The generated JSONL for (n, seed), written once and reused."""
    path = out_dir() / f"articles-{n}-seed{seed}.jsonl"
    if not path.is_file():
        write_jsonl(path, n, seed)
    return path


def db_counts(db: Path) -> tuple[int, int]:
    """(articles, incidents) stored."""
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        incidents = conn.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    return int(articles), int(incidents)


def breakdown(path: Path, limit: int) -> tuple[float, float]:
    """Articles/s of ``extract_article`` alone and of ``Store.add_extraction`` alone (fresh db), in-process.

    The first ``limit`` articles of the file are extracted (timed), then stored from
    those extractions (timed separately): the two halves of what ``ingest`` does.
    """
    from extraction.article import extract_article
    from storage.models import Provenance
    from storage.store import Store

    lines = []
    with path.open(encoding="utf-8") as fh:
        for line, _ in zip(fh, range(limit), strict=False):
            obj = json.loads(line)
            received = datetime.fromisoformat(obj["received"].replace("Z", "+00:00"))
            lines.append((obj["text"], received, obj.get("source")))
    extract_article(lines[0][0], lines[0][1], {})  # warm-up
    start = time.perf_counter()
    items = [(text, extract_article(text, received, {}), received, src) for text, received, src in lines]
    extracting = time.perf_counter() - start

    async def store_all(db: Path) -> float:
        store = await Store.open(db)
        try:
            start = time.perf_counter()
            for text, extraction, received, source in items:
                await store.add_extraction(text, extraction, Provenance(source=source, origin_date=received))
            return time.perf_counter() - start
        finally:
            await store.close()

    with tempfile.TemporaryDirectory() as tmp:
        storing = asyncio.run(store_all(Path(tmp) / "s.sqlite3"))
    return len(items) / extracting, len(items) / storing


def profile_ingest(path: Path, top: int) -> str:
    """cProfile of ``trucewatch ingest --jsonl`` run in this process on a fresh database."""
    from bot.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        prof = cProfile.Profile()
        out = io.StringIO()
        import contextlib

        with contextlib.redirect_stdout(io.StringIO()):
            prof.enable()
            cli_main(["ingest", "--jsonl", "--db", str(Path(tmp) / "p.sqlite3"), str(path)])
            prof.disable()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=1, help="runs per size (median reported)")
    parser.add_argument(
        "--budget", type=float, default=150.0, help="seconds for all sizes (the last one is stopped); 0: none"
    )
    parser.add_argument(
        "--overrun", type=float, default=100.0, help="skip a size projected past this many budgets"
    )
    parser.add_argument("--breakdown", type=int, default=1000, help="articles for the in-process breakdown")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile one in-process ingest of the first size"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    header("bulk ingest: trucewatch ingest --jsonl into a fresh database")
    rows: list[list[Any]] = []
    peaks: dict[int, float] = {}
    rates: dict[int, float] = {}
    spent = 0.0
    last_rate: float | None = None
    for n in sizes:
        path = articles_file(n, args.seed)
        projected = n / last_rate * args.runs if last_rate else 0.0
        if args.budget and last_rate and spent + projected > args.budget * args.overrun:
            rows.append(
                [f"{n:,}", "skipped", f"projected {projected:,.0f} s at {last_rate:,.0f}/s", "", "", ""]
            )
            continue
        seconds: list[float] = []
        peak = 0.0
        counts = (0, 0)
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                db, out = Path(tmp) / "ingest.sqlite3", Path(tmp) / "stdout.txt"
                limit = max(args.budget - spent, 10.0) if args.budget else None
                run = run_measured(
                    [*trucewatch(), "ingest", "--jsonl", "--db", str(db), str(path)],
                    env=child_env(),
                    cwd=Path(tmp),
                    stdout=out,
                    timeout=limit,
                )
                with out.open("rb") as fh:
                    done = sum(1 for _ in fh)  # one line per article handled
                if done < n:
                    print(
                        f"   {n:,}: stopped by --budget after {run.seconds:.0f} s, {done:,} articles handled"
                    )
                elif run.returncode != 0:
                    print(f"   ingest of {n:,} exited {run.returncode}: {run.stderr_tail[-500:]}")
                counts = db_counts(db)
            seconds.append(run.seconds / max(done, 1) * n)  # projected to the whole file when stopped
            spent += run.seconds
            peak = max(peak, run.peak_rss_mb)
        rate = n / median(seconds)
        last_rate = rate
        peaks[n], rates[n] = peak, rate
        label = f"{n:,}" if done >= n else f"{n:,} (stopped at {done:,})"
        rows.append([label, median(seconds), rate, peak, f"{counts[0]:,}", f"{counts[1]:,}"])
        print(f"   {label} articles: {run.seconds:.1f} s", flush=True)

    print()
    print(table(["articles", "median s", "articles/s", "peak RSS MB", "stored", "incidents"], rows))
    print("   (a size stopped by --budget shows the seconds projected from the articles it handled)")
    first = articles_file(sizes[0], args.seed)
    alone, stored = breakdown(first, min(sizes[0], args.breakdown))
    print(
        f"\n   breakdown, in-process on the first {min(sizes[0], args.breakdown):,} articles:"
        f" extract_article alone {alone:,.0f} articles/s; Store.add_extraction alone {stored:,.0f} articles/s"
    )

    verdicts: list[list[Any]] = []
    for n, rate in rates.items():
        verdicts.append(
            [f"ingest {n:,} articles/s", rate, f">= {TARGET_RATE:,.0f}", verdict(rate, TARGET_RATE)]
        )
    if len(peaks) >= 2:
        small, large = min(peaks), max(peaks)
        growth = peaks[large] / peaks[small]
        verdicts.append(
            [
                f"peak RSS {large:,} / {small:,}",
                growth,
                f"<= {TARGET_FLAT} (flat)",
                verdict(growth, TARGET_FLAT, higher_is_better=False),
            ]
        )
    print()
    print(table(["figure", "measured", "target", "verdict"], verdicts))
    if args.profile:
        print("\n== cProfile of one in-process ingest (own time, then cumulative)")
        print(profile_ingest(first, 35))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
