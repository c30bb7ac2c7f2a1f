"""Query latency on a database with a million incidents: the store and the whole CLI path.

The database is built once by ``benchmarks.bigdb`` (real migrations, rows written
directly) and cached in ``benchmarks/out/``. Five ``/violations`` questions — a
province over a week, a month and a year, a town over a year, and everything over a
year — are parsed as the bot parses them and answered by ``Store.answer``: p50/p95
over many runs. Beside it, in the same run, ``Store.answer_from_incidents``: the same
answer computed from the incidents table instead of the counts kept on write (migration
005); the answers are checked to be equal. Then the same questions through ``trucewatch
query``: in this process (``bot.cli.main``: parse, open, answer, render) and as a fresh
process each time (what a shell user waits for, interpreter start-up included).
``EXPLAIN QUERY PLAN`` of every statement ``Store.answer`` sends is printed, so an index
regression is visible.

    .venv/bin/python -m benchmarks.bench_queries            # builds the db on first use (~1 min)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import sqlite3
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import bigdb
from benchmarks.common import child_env, header, percentile, run_measured, table, trucewatch, verdict

TARGET_P95_MS = 50.0
AS_OF = date(2024, 6, 30)
QUESTIONS = [
    ("province, week", "idlib last week"),
    ("province, month", "latakia in may 2024"),
    ("province, year", "aleppo 2023"),
    ("town, year", "{town} 2023"),
    ("everything, year", "2023"),
]


def busiest_town(db: Path) -> str:
    """The town with the most incidents: the heaviest town question."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "SELECT location FROM incidents WHERE location IS NOT NULL "
            "GROUP BY location_key ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
    return str(row[0])


async def store_latencies(
    db: Path, questions: list[tuple[str, str]], runs: int, reference_runs: int
) -> dict[str, Any]:
    """Per question: latencies (s) of Store.answer and of answer_from_incidents, the SQL sent, the size."""
    from extraction.question import parse_question
    from storage.store import Store

    store = await Store.open(db)
    results: dict[str, Any] = {}
    try:
        for label, words in questions:
            question = parse_question(words, AS_OF)
            sent: list[str] = []
            await store.db.set_trace_callback(sent.append)
            answer = await store.answer(question)  # warm-up, and the statements to explain
            await store.db.set_trace_callback(None)  # type: ignore[arg-type]
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                await store.answer(question)
                times.append(time.perf_counter() - start)
            reference_times = []
            for _ in range(reference_runs):
                start = time.perf_counter()
                reference = await store.answer_from_incidents(question)
                reference_times.append(time.perf_counter() - start)
                if reference.to_json() != answer.to_json() or reference.reports != answer.reports:
                    raise RuntimeError(f"{label}: the kept counts and the incidents disagree")
            results[label] = {
                "times": times,
                "reference": reference_times,
                "sql": [s for s in sent if s.lstrip().upper().startswith("SELECT")],
                "total": answer.total,
                "places": len(answer.places),
                "reports": answer.reports_total,
            }
    finally:
        await store.close()
    return results


def statement_cost(db: Path, sql: str, runs: int = 5) -> tuple[float, int]:
    """Median milliseconds of one statement run alone (sqlite3, no asyncio) and its row count."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        times = []
        count = 0
        for _ in range(runs):
            start = time.perf_counter()
            count = len(conn.execute(sql).fetchall())
            times.append((time.perf_counter() - start) * 1000)
    return percentile(times, 50), count


def explain(db: Path, sql: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    depth: dict[int, int] = {0: 0}
    lines = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("  " * depth[node] + str(detail))
    return lines


def cli_in_process(db: Path, words: str, runs: int) -> list[float]:
    """``bot.cli.main(['query', ...])`` timed in this process (no interpreter start-up)."""
    from bot.cli import main as cli_main

    argv = ["query", "--db", str(db), "--as-of", AS_OF.isoformat(), *words.split()]
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli_main(argv)
        times.append(time.perf_counter() - start)
        if code != 0:
            raise RuntimeError(f"trucewatch query {words!r} exited {code}")
    return times[1:]


def cli_process(db: Path, words: str, runs: int) -> list[float]:
    """``trucewatch query`` as a new process each time (what a shell user waits for)."""
    cmd = [*trucewatch(), "query", "--db", str(db), "--as-of", AS_OF.isoformat(), *words.split()]
    times = []
    for _ in range(runs):
        run = run_measured(cmd, env=child_env(), cwd=db.parent)
        if run.returncode != 0:
            raise RuntimeError(f"trucewatch query {words!r} exited {run.returncode}: {run.stderr_tail}")
        times.append(run.seconds)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=40, help="Store.answer runs per question")
    parser.add_argument(
        "--reference-runs",
        type=int,
        default=10,
        help="Store.answer_from_incidents runs per question (the answer without the kept counts)",
    )
    parser.add_argument(
        "--cli-runs", type=int, default=10, help="trucewatch query runs per question (0: skip the CLI)"
    )
    parser.add_argument("--no-plans", action="store_true", help="do not print EXPLAIN QUERY PLAN")
    args = parser.parse_args(argv)

    header(f"queries on {args.incidents:,} incidents (as of {AS_OF})")
    db = bigdb.ensure(args.incidents, args.seed)
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        n_inc, n_art = conn.execute(
            "SELECT (SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM articles)"
        ).fetchone()
    print(
        f"   database: {db.name}, {n_inc:,} incidents, {n_art:,} articles, {db.stat().st_size / 1e6:,.0f} MB"
    )
    town = busiest_town(db)
    questions = [(label, words.format(town=town)) for label, words in QUESTIONS]

    results = asyncio.run(store_latencies(db, questions, args.runs, args.reference_runs))
    rows: list[list[Any]] = []
    verdicts: list[list[Any]] = []
    for label, words in questions:
        r = results[label]
        store_ms = [t * 1000 for t in r["times"]]
        inproc = [t * 1000 for t in cli_in_process(db, words, args.cli_runs)] if args.cli_runs else []
        proc = [t * 1000 for t in cli_process(db, words, args.cli_runs)] if args.cli_runs else []
        reference_ms = [t * 1000 for t in r["reference"]]
        p95 = percentile(store_ms, 95)
        rows.append(
            [
                label,
                words,
                r["total"],
                r["reports"],
                percentile(store_ms, 50),
                p95,
                percentile(reference_ms, 50),
                percentile(reference_ms, 95),
                percentile(inproc, 50),
                percentile(inproc, 95),
                percentile(proc, 50),
                percentile(proc, 95),
            ]
        )
        verdicts.append(
            [f"store p95, {label}", p95, f"<= {TARGET_P95_MS:.0f} ms", verdict(p95, TARGET_P95_MS, False)]
        )
        print(f"   {label}: done", flush=True)
    print()
    heads = [
        "question",
        "words",
        "total",
        "reports",
        "store p50",
        "p95",
        "incidents p50",
        "p95",
        "cli p50",
        "p95",
        "process p50",
        "p95",
    ]
    print(table(heads, rows))
    print(
        "   milliseconds; store: Store.answer; incidents: Store.answer_from_incidents (no kept counts;"
        " same answers);\n   cli: bot.cli.main in this process (parse, open, answer, print);"
        " process: a new `trucewatch query`\n   process each time (interpreter start-up included)"
    )
    print()
    print(table(["figure", "measured", "target", "verdict"], verdicts))
    if not args.no_plans:
        for label, words in questions:
            print(f"\n-- EXPLAIN QUERY PLAN: {label} ({words})")
            for n, sql in enumerate(results[label]["sql"], 1):
                ms, count = statement_cost(db, sql)
                print(f"   statement {n} ({ms:.1f} ms alone, {count:,} rows): {' '.join(sql.split())[:300]}")
                for line in explain(db, sql):
                    print(f"   {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
