"""Start-up: seconds from launching ``trucewatch run`` to its first ``getUpdates``.

Measured against the fake Bot API server (``tests/fake_telegram.py``) with a fresh
database and, with ``--big``, with the million-incident database of
``benchmarks.bigdb``; beside the echo bot (``benchmarks/echo_bot.py``) and a bare
``import`` of the bot's modules, to show where the time goes. Medians over runs.

    .venv/bin/python -m benchmarks.bench_startup          # ~1 minute
    .venv/bin/python -m benchmarks.bench_startup --big    # also on the 1M-incident database
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import bigdb
from benchmarks.botproc import BotProcess, bot_env, echo_bot, trucewatch_run
from benchmarks.common import ROOT, child_env, header, median, run_measured, table, verdict
from tests.fake_telegram import FakeTelegram

TARGET_SECONDS = 1.5


def import_seconds(module: str, runs: int) -> list[float]:
    """Wall time of ``python -c 'import MODULE'`` (interpreter start-up included)."""
    cmd = [sys.executable, "-c", f"import {module}"]
    return [run_measured(cmd, env=child_env(), cwd=ROOT).seconds for _ in range(runs)]


def import_profile(module: str, top: int) -> list[list[Any]]:
    """Import time of ``import MODULE`` by top-level package (``-X importtime`` self times summed), ms."""
    cmd = [sys.executable, "-X", "importtime", "-c", f"import {module}"]
    done = subprocess.run(cmd, env=child_env(), cwd=ROOT, capture_output=True, text=True, check=False)
    packages: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        self_us = int(parts[0].split(":")[-1].strip())
        name = parts[2].strip().split(".")[0]
        packages[name] = packages.get(name, 0.0) + self_us / 1000
    ranked = sorted(packages.items(), key=lambda kv: -kv[1])[:top]
    return [[name, ms] for name, ms in ranked]


async def startups(cmd: list[str], tg: FakeTelegram, db: Path | None, tmp: Path, runs: int) -> list[float]:
    times = []
    for n in range(runs):
        path = db or tmp / f"fresh-{n}.sqlite3"
        bot = BotProcess(cmd, bot_env(tg, path), tmp / f"startup-{n}.log")
        try:
            times.append(await bot.start(tg))
        finally:
            await bot.stop()
    return times


async def run(args: argparse.Namespace) -> int:
    rows: list[list[Any]] = []
    ours: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tw-bench-start-") as name:
        tmp = Path(name)
        async with FakeTelegram() as tg:
            ours = await startups(trucewatch_run(), tg, None, tmp, args.runs)
            rows.append(["trucewatch run, fresh database", median(ours), min(ours), max(ours)])
            if args.big:
                src = bigdb.big_db_path(args.incidents, 7)
                copy = tmp / "big.sqlite3"
                shutil.copy(src, copy)
                big = await startups(trucewatch_run(), tg, copy, tmp, args.runs)
                rows.append(
                    [f"trucewatch run, {args.incidents:,} incidents", median(big), min(big), max(big)]
                )
                ours = ours + big
            echo = await startups(echo_bot(), tg, None, tmp, args.runs)
            rows.append(["echo bot (PTB run_polling)", median(echo), min(echo), max(echo)])
    for module in ("telegram.ext", "bot.app"):
        t = import_seconds(module, args.runs)
        rows.append([f"python -c 'import {module}'", median(t), min(t), max(t)])
    print()
    print(table(["to first getUpdates", "median s", "min s", "max s"], rows))
    print("\n   where `import bot.app` spends its time (python -X importtime, self time by package):")
    print(table(["package", "ms"], import_profile("bot.app", 12)))
    worst = max(median(ours[: args.runs]), median(ours[args.runs :]) if args.big else 0.0)
    print()
    print(
        table(
            ["figure", "measured", "target", "verdict"],
            [
                [
                    "start-up (median, worst db)",
                    worst,
                    f"<= {TARGET_SECONDS} s",
                    verdict(worst, TARGET_SECONDS, False),
                ]
            ],
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--big", action="store_true", help="also start on the million-incident database")
    parser.add_argument("--incidents", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    header("start-up: trucewatch run until its first getUpdates")
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)
    if args.big:
        bigdb.ensure(args.incidents)
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
