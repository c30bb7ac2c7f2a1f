"""Memory: peak RSS of ``trucewatch run`` on the million-incident database under query load.

The database of ``benchmarks.bigdb`` is copied (the bot writes its update journal) and
``trucewatch run`` is started on it against the fake Bot API server; it then answers
waves of ``/violations`` questions covering a province over a week, a month and a
year, a town over a year, everything over a year, and a year with nothing stored. The
bot's resident memory is sampled throughout and its peak (the kernel's VmHWM) read
before it is stopped. Each answer is timed to its first and to its last message.

    .venv/bin/python -m benchmarks.bench_memory              # ~1-2 minutes (+1 min to build the db once)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import bigdb
from benchmarks.bench_queries import busiest_town
from benchmarks.botproc import BotProcess, Replies, bot_env, trucewatch_run
from benchmarks.common import header, median, table, verdict
from tests.fake_telegram import FakeTelegram

TARGET_MB = 200.0
QUESTIONS = [
    "/violations idlib from 17 june 2024 to 23 june 2024",
    "/violations latakia in may 2024",
    "/violations aleppo 2023",
    "/violations {town} 2023",
    "/violations 2023",
    "/violations idlib 2012",  # nothing stored then: the reply says which period is covered
]


def rss_mb(pid: int) -> float:
    """Current resident set (VmRSS) in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def settle(tg: FakeTelegram, since: int, quiet: float = 0.5) -> tuple[float, int]:
    """Wait until the bot has sent no message for ``quiet`` s; (monotonic time of its last one, messages)."""

    def sent() -> list[Any]:
        return [c for c in tg.calls[since:] if c.method == "sendMessage" and c.status == 200]

    def more_than(count: int) -> Callable[[], bool]:
        return lambda: len(sent()) > count

    while True:
        try:
            await tg.wait_until(more_than(len(sent())), quiet)
        except TimeoutError:
            break
    done = sent()
    return (done[-1].at if done else time.monotonic()), len(done)


async def run(args: argparse.Namespace, src: Path) -> int:
    town = busiest_town(src)
    questions = [q.format(town=town) for q in QUESTIONS]
    rows: list[list[Any]] = []
    with tempfile.TemporaryDirectory(prefix="tw-bench-mem-", dir=src.parent) as name:
        tmp = Path(name)
        db = tmp / "big.sqlite3"
        shutil.copy(src, db)
        async with FakeTelegram() as tg:
            bot = BotProcess(trucewatch_run(), bot_env(tg, db), tmp / "bot.log")
            await bot.start(tg)
            assert bot.proc is not None
            pid = bot.proc.pid
            started = rss_mb(pid)
            samples = [started]
            per_question: dict[str, list[float]] = {q: [] for q in questions}
            last_part: dict[str, list[float]] = {q: [] for q in questions}
            parts: dict[str, int] = {}
            try:
                replies = Replies(tg)
                begin = time.perf_counter()
                asked = 0
                for _ in range(args.waves):
                    replies.scan()
                    before = len(replies.answered)
                    for q in questions:
                        sends = len(tg.calls)
                        t0 = time.monotonic()
                        tg.command(q)
                        await replies.wait_for(before + 1, 120)
                        first = time.monotonic() - t0
                        before += 1
                        last, count = await settle(tg, sends)
                        per_question[q].append(first)
                        last_part[q].append(last - t0)
                        parts[q] = count
                        samples.append(rss_mb(pid))
                        asked += 1
                elapsed = time.perf_counter() - begin
                peak = bot.peak_rss_mb()
            finally:
                code = await bot.stop()
            if code != 0:
                print(f"   the bot exited {code}: {bot.output()[-800:]}")
    for q in questions:
        rows.append(
            [q, len(per_question[q]), parts[q], median(per_question[q]) * 1000, median(last_part[q]) * 1000]
        )
    print()
    print(table(["question", "asked", "messages", "first part ms", "last part ms"], rows))
    print("   median times from the question to the first and to the last message of its answer")
    print()
    print(
        table(
            ["memory of trucewatch run", "MB"],
            [
                ["RSS when polling began", started],
                ["RSS at the end", samples[-1]],
                ["highest RSS sampled", max(samples)],
                ["peak RSS (VmHWM)", peak],
            ],
        )
    )
    print(f"   {asked} questions one after another in {elapsed:.1f} s on {args.incidents:,} incidents")
    print()
    print(
        table(
            ["figure", "measured", "target", "verdict"],
            [["peak RSS", peak, f"<= {TARGET_MB:.0f} MB", verdict(peak, TARGET_MB, False)]],
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--waves", type=int, default=10, help="rounds of the six questions")
    args = parser.parse_args(argv)
    header(f"memory of trucewatch run on {args.incidents:,} incidents under query load")
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)
    src = bigdb.ensure(args.incidents)
    return asyncio.run(run(args, src))


if __name__ == "__main__":
    raise SystemExit(main())
