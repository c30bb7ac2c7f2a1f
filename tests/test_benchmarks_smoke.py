"""Each benchmark script runs end to end on tiny sizes and prints its table.

Not a timed test: no speed is asserted, only that the scripts still work against
the current code (a renamed function or a changed schema breaks them here, not on
the day someone wants figures). Generated files go to a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from benchmarks import (
    bench_bot,
    bench_extraction,
    bench_ingest,
    bench_memory,
    bench_queries,
    bench_startup,
    gen_articles,
)


@pytest.fixture(autouse=True)
def bench_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BENCH_OUT_DIR", str(tmp_path))
    return tmp_path


def run(
    main: Callable[[Sequence[str] | None], int], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def test_generator_is_seeded_and_writes_ingestable_lines(tmp_path: Path) -> None:
    a = gen_articles.write_jsonl(tmp_path / "a.jsonl", 30, seed=3).read_text(encoding="utf-8")
    b = gen_articles.write_jsonl(tmp_path / "b.jsonl", 30, seed=3).read_text(encoding="utf-8")
    c = gen_articles.write_jsonl(tmp_path / "c.jsonl", 30, seed=4).read_text(encoding="utf-8")
    assert a == b != c
    assert len(a.splitlines()) == 30


def test_extraction_benchmark_prints_rates(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(
        bench_extraction.main,
        ["--articles", "10", "--intl-articles", "5", "--runs", "1", "--no-spacy"],
        capsys,
    )
    assert "ours en" in out
    assert "ours intl" in out
    assert "spaCy skipped" in out


def test_ingest_benchmark_stores_what_it_generated(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(bench_ingest.main, ["--sizes", "15,30", "--budget", "0"], capsys)
    assert "peak RSS MB" in out
    assert "ingest 30 articles/s" in out


def test_query_benchmark_explains_every_statement(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(bench_queries.main, ["--incidents", "3000", "--runs", "2", "--cli-runs", "0"], capsys)
    assert "store p95, everything, year" in out
    assert out.count("EXPLAIN QUERY PLAN") == 5
    assert "SEARCH" in out or "SCAN" in out


def test_bot_benchmark_compares_with_the_echo_bot(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(
        bench_bot.main,
        ["--articles", "3", "--questions", "3", "--runs", "1", "--no-limited-echo", "--no-diagnostic"],
        capsys,
    )
    assert "echo (PTB)" in out
    assert "trucewatch run" in out
    assert "ingest throughput vs echo" in out


def test_startup_benchmark_times_the_first_poll(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(bench_startup.main, ["--runs", "1"], capsys)
    assert "trucewatch run, fresh database" in out
    assert "echo bot" in out


def test_memory_benchmark_reads_the_peak(capsys: pytest.CaptureFixture[str]) -> None:
    out = run(bench_memory.main, ["--incidents", "3000", "--waves", "1"], capsys)
    assert "peak RSS (VmHWM)" in out
