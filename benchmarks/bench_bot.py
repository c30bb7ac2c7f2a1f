"""The bot end to end: forwarded articles and /violations answers per second, beside an echo bot.

Against the fake Bot API server of the bot's tests (``tests/fake_telegram.py``, real
HTTP on 127.0.0.1), in the same run: ``trucewatch run`` (a child process, fresh
database) and a minimal python-telegram-bot echo bot (``benchmarks/echo_bot.py``) each
get a burst of forwarded articles, then a burst of ``/violations`` questions; the
time until every one has been answered gives the throughput. A diagnostic row runs
``trucewatch run`` with its rate limiter never waiting (``benchmarks/unlimited_bot.py``),
to show what the limiter costs answers (``bot/ratelimit.py`` paces only broadcasts,
so it should be nothing); ``--limited-echo`` adds the echo bot with PTB's ``AIORateLimiter``
defaults (30 messages/s overall, what Truce Watch had before). Runs alternate bots;
medians are reported.

    .venv/bin/python -m benchmarks.bench_bot                  # 1-2 minutes
    .venv/bin/python -m benchmarks.bench_bot --articles 100 --questions 100 --runs 1
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.botproc import BotProcess, Replies, bot_env, echo_bot, trucewatch_run
from benchmarks.common import header, median, table, verdict
from benchmarks.gen_articles import Generator
from handlers.errors import SORRY
from tests.fake_telegram import FakeTelegram

TARGET_INGEST = 0.50  # of the echo bot's throughput
TARGET_QUERY = 0.70
QUESTIONS = [
    "/violations latakia 2019",
    "/violations idlib in march 2020",
    "/violations aleppo 2018",
    "/violations hama from 1 january 2017 to 30 june 2017",
    "/violations 2021",
]
# Not one of the generated articles (they come from --seed), so the measured ones are all new.
WARM_UP = (
    "The Russian Center for Reconciliation said on Friday that militants had "
    "attacked Kabani (twice), Tell Mallah (once) in Hama province."
)


async def burst(tg: FakeTelegram, push: list[Any], within: float) -> float:
    """Push every update at once; seconds until each has been answered."""
    replies = Replies(tg)
    replies.scan()
    before = len(replies.answered)
    start = time.perf_counter()
    for make in push:
        make()
    await replies.wait_for(before + len(push), within)
    return time.perf_counter() - start


async def measure(
    tg: FakeTelegram,
    cmd: list[str],
    env: dict[str, str],
    log: Path,
    texts: list[str],
    questions: int,
    warm_up: str = WARM_UP,
) -> tuple[float, float]:
    """(articles/s, answers/s) of one bot process."""
    bot = BotProcess(cmd, env, log)
    await bot.start(tg)
    try:
        # Warm-up, one of each kind: connections, caches, and what loads on first use (gazetteers...).
        await burst(tg, [lambda: tg.command("/start")] * 3, within=60)
        await burst(tg, [lambda: tg.forward_channel_post(warm_up, channel_message_id=9_999)], within=60)
        await burst(tg, [lambda: tg.command(QUESTIONS[0])], within=60)
        forwards = [
            (
                lambda t=t, i=i: tg.forward_channel_post(
                    t, channel_message_id=10_000 + i, origin_date=_origin(i)
                )
            )
            for i, t in enumerate(texts)
        ]
        ingest = await burst(tg, forwards, within=600)
        asks = [(lambda q=q: tg.command(q)) for q in (QUESTIONS * questions)[:questions]]
        query = await burst(tg, asks, within=600)
    finally:
        await bot.stop()
    # A fast bot that answers with apologies measures nothing: every reply must be a real one.
    failed = [c for c in tg.calls if c.method == "sendMessage" and c.params.get("text") == SORRY]
    if failed:
        raise RuntimeError(
            f"{' '.join(cmd)} answered {len(failed)} updates with an error:\n{bot.output()[-1500:]}"
        )
    return len(texts) / ingest, questions / query


def _origin(i: int) -> datetime:
    return datetime(2019, 4, 10, 6, 30, tzinfo=UTC)


def ratios(rates: dict[str, dict[str, list[float]]], name: str, key: str) -> list[float]:
    """Each run's throughput of ``name`` over the echo bot's in that run (the load drifts between runs)."""
    return [ours / echo for ours, echo in zip(rates[name][key], rates["echo (PTB)"][key], strict=True)]


async def run(args: argparse.Namespace) -> int:
    gen = Generator(args.seed)
    texts = [a["text"] for a in gen.articles(args.articles * args.runs)]
    bots: dict[str, list[str]] = {"echo (PTB)": echo_bot()}
    if args.limited_echo:
        bots["echo + AIORateLimiter defaults"] = echo_bot(True)
    if not args.no_ours:
        bots["trucewatch run"] = trucewatch_run()
        if not args.no_diagnostic:
            bots["trucewatch run, no limiter (diagnostic)"] = [
                sys.executable,
                "-m",
                "benchmarks.unlimited_bot",
            ]
    rates: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with tempfile.TemporaryDirectory(prefix="tw-bench-bot-") as tmp:
        async with FakeTelegram(max_poll_wait=1.0) as tg:
            for r in range(args.runs):
                batch = texts[r * args.articles : (r + 1) * args.articles]
                for b, (name, cmd) in enumerate(bots.items()):
                    db = Path(tmp) / f"bot{b}-run{r}.sqlite3"
                    env = bot_env(tg, db)
                    log = Path(tmp) / f"bot{b}-run{r}.log"
                    ingest, query = await measure(tg, cmd, env, log, batch, args.questions)
                    rates[name]["ingest"].append(ingest)
                    rates[name]["query"].append(query)
                    print(
                        f"   run {r + 1}, {name}: {ingest:,.1f} articles/s, {query:,.1f} answers/s",
                        flush=True,
                    )
                    tg.calls.clear()  # keep the server's bookkeeping small between bots

    rows: list[list[Any]] = []
    for name, measured in rates.items():
        ing, qry = median(measured["ingest"]), median(measured["query"])
        rows.append(
            [name, ing, qry, median(ratios(rates, name, "ingest")), median(ratios(rates, name, "query"))]
        )
    print()
    print(table(["bot", "articles/s", "answers/s", "articles vs echo", "answers vs echo"], rows))
    print(
        f"   {args.articles} forwarded articles, then {args.questions} /violations questions, pushed at once;"
        f" median of {args.runs} run(s); ratios: median of each run's ratio to the echo bot"
    )
    if "trucewatch run" in rates:
        figures = []
        for label, key, target in (
            ("ingest throughput vs echo", "ingest", TARGET_INGEST),
            ("query throughput vs echo", "query", TARGET_QUERY),
        ):
            each = ratios(rates, "trucewatch run", key)
            spread = f"{min(each):.2f}-{max(each):.2f}"
            figures.append([label, median(each), spread, f">= {target:.2f}", verdict(median(each), target)])
        print()
        print(table(["figure", "measured", "runs", "target", "verdict"], figures))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=300, help="forwarded articles per run")
    parser.add_argument("--questions", type=int, default=300, help="/violations questions per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--limited-echo",
        action="store_true",
        help="also the echo bot with AIORateLimiter's defaults (30 messages/s overall)",
    )
    parser.add_argument("--no-limited-echo", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument(
        "--no-diagnostic", action="store_true", help="skip trucewatch run without its rate limiter"
    )
    parser.add_argument("--no-ours", action="store_true", help="only the echo bots (to check the harness)")
    args = parser.parse_args(argv)
    header("the bot end to end against the fake Bot API server")
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)  # bots stopped mid-poll reset connections
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
