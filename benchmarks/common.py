"""What every benchmark shares: timing statistics, a small table printer, corpus texts,
child processes measured for wall time and peak memory, and a one-line machine description.

The machines are shared and noisy, so every figure is a median over several runs and
every comparison (ours vs a peer) is measured in the same run of the same script.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
OUT = ROOT / "benchmarks" / "out"  # git-ignored: generated articles and databases live here


def out_dir() -> Path:
    """Where generated articles and databases go (``BENCH_OUT_DIR`` overrides, e.g. for the smoke test)."""
    folder = Path(os.environ.get("BENCH_OUT_DIR") or OUT)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ------------------------------------------------------------------ statistics


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    """'ok' or 'MISS' against a target, for the tables."""
    if value != value:  # NaN: not measured
        return "n/a"
    good = value >= target if higher_is_better else value <= target
    return "ok" if good else "MISS"


# ------------------------------------------------------------------ output


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table with left-aligned text and right-aligned numbers."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    numeric = [all(_is_number(row[i]) for row in rows) if rows else False for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        pairs = enumerate(zip(values, widths, strict=True))
        parts = [v.rjust(w) if numeric[i] else v.ljust(w) for i, (v, w) in pairs]
        return "  ".join(parts).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(list(headers)), sep, *(line(r) for r in cells)])


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cell(value: object) -> str:
    if isinstance(value, float):
        if value != value:
            return "n/a"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def machine() -> str:
    """CPU model, cores visible, Python and SQLite versions: printed above every table."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}; {os.cpu_count()} cores; Python {platform.python_version()}; "
        f"SQLite {sqlite3.sqlite_version}; {platform.system()} {platform.release()}"
    )


def header(title: str) -> None:
    print(f"== {title}")
    print(f"   machine: {machine()}")
    print(f"   at: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}", flush=True)


# ------------------------------------------------------------------ corpus


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    text: str


def corpus_cases(folder: str) -> list[Case]:
    """The annotated cases of ``tests/corpus/<folder>`` (dev: English, intl: other languages)."""
    cases = []
    for path in sorted((CORPUS / folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(Case(path.stem, str(data.get("language") or "en"), str(data["text"])))
    return cases


def repeat_to(items: Sequence[Case], at_least: int) -> list[Case]:
    """The items cycled until there are at least ``at_least`` of them (whole passes only)."""
    if not items:
        return []
    passes = -(-at_least // len(items))
    return list(items) * passes


# ------------------------------------------------------------------ processes


def trucewatch() -> list[str]:
    """The ``trucewatch`` console script of this working tree (same as ``python -m bot``)."""
    return [sys.executable, "-m", "bot"]


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child ``trucewatch``: no stray settings, this tree importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TRUCEWATCH_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["TRUCEWATCH_TIMEZONE"] = "UTC"
    env.update(extra)
    return env


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stderr_tail: str


def run_measured(
    cmd: Sequence[str],
    *,
    stdin: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stdout: Path | None = None,
    timeout: float | None = None,
) -> ProcessRun:
    """Run a command to its end (killed after ``timeout`` s); wall time and its peak RSS (``wait4``)."""
    err_path = out_dir() / f"stderr-{os.getpid()}.log"
    with (
        stdin.open("rb") if stdin else open(os.devnull, "rb") as fin,
        stdout.open("wb") if stdout else open(os.devnull, "wb") as fout,
        err_path.open("wb") as ferr,
    ):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=ferr, env=env, cwd=cwd)
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        if timer:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    tail = err_path.read_text(encoding="utf-8", errors="replace")[-2000:]
    err_path.unlink(missing_ok=True)
    return ProcessRun(seconds, usage.ru_maxrss / 1024, proc.returncode, tail)


def peak_rss_mb(pid: int) -> float:
    """A running process's peak resident set so far (VmHWM), in MB; NaN when unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def pin_to_one_core() -> tuple[str, set[int] | None]:
    """Run this process on one CPU (the issue measures extraction on one core).

    Returns a description and the CPUs allowed before, for ``unpin``.
    """
    try:
        before = set(os.sched_getaffinity(0))
        cpu = max(before)
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}", before
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity here)", None


def unpin(before: set[int] | None) -> None:
    if before:
        os.sched_setaffinity(0, before)
