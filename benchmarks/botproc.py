"""Bots as child processes against the fake Bot API server (``tests/fake_telegram.py``).

The server runs in the benchmark's own event loop; each bot (``trucewatch run`` or the
echo peer) is a separate process, so the bot's CPU is its own and both bots meet the
same server. Replies are counted per asking message (a long answer split into several
messages counts once), scanning only calls not seen before.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, child_env, peak_rss_mb, trucewatch
from tests.fake_telegram import Call, FakeTelegram


class Replies:
    """Which asking messages have been answered so far (by sendMessage calls that succeeded)."""

    def __init__(self, tg: FakeTelegram) -> None:
        self.tg = tg
        self.seen = 0
        self.in_flight: list[Call] = []  # sendMessage calls not answered yet: looked at again next time
        self.answered: set[tuple[int, int]] = set()
        self.unlinked = 0  # further parts of a split answer: they name no message, and count for none

    def scan(self) -> int:
        # Only sendMessage calls matter. A long poll in flight must not hold up the count: a bot that
        # polls while it answers (PTB's Updater does) would otherwise look as slow as the poll is long.
        calls = self.tg.calls
        fresh = [c for c in calls[self.seen :] if c.method == "sendMessage"]
        self.seen = len(calls)
        waiting, self.in_flight = self.in_flight + fresh, []
        for call in waiting:
            if call.status == 0:
                self.in_flight.append(call)
            elif call.status == 200:
                target = _replied_to(call.params)
                if target is None:
                    self.unlinked += 1
                else:
                    self.answered.add((int(call.params["chat_id"]), target))
        return len(self.answered)

    async def wait_for(self, count: int, within: float) -> None:
        await self.tg.wait_until(lambda: self.scan() >= count, within)


def _replied_to(params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters")
    if isinstance(reply, dict) and "message_id" in reply:
        return int(reply["message_id"])
    if params.get("reply_to_message_id") is not None:
        return int(params["reply_to_message_id"])
    return None


def bot_env(tg: FakeTelegram, db: Path, **extra: str) -> dict[str, str]:
    return child_env(**tg.env(), TRUCEWATCH_DB=str(db), **extra)


def trucewatch_run() -> list[str]:
    return [*trucewatch(), "run"]


def echo_bot(rate_limited: bool = False) -> list[str]:
    return [sys.executable, "-m", "benchmarks.echo_bot", *(["--rate-limited"] if rate_limited else [])]


class BotProcess:
    """One bot process: started, waited for until polling, stopped with SIGTERM."""

    def __init__(self, cmd: Sequence[str], env: dict[str, str], log: Path) -> None:
        self.cmd = list(cmd)
        self.env = env
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None
        self.started = 0.0

    async def start(self, tg: FakeTelegram, within: float = 60.0) -> float:
        """Start; return the seconds until its first getUpdates reached the server."""
        polls = len(tg.calls_to("getUpdates"))
        with self.log.open("wb") as out:
            self.started = time.perf_counter()
            self.proc = await asyncio.create_subprocess_exec(
                *self.cmd, env=self.env, cwd=ROOT, stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out
            )
        proc = self.proc
        polling = asyncio.ensure_future(tg.wait_until(lambda: len(tg.calls_to("getUpdates")) > polls, within))
        died = asyncio.ensure_future(proc.wait())
        await asyncio.wait({polling, died}, return_when=asyncio.FIRST_COMPLETED)
        elapsed = time.perf_counter() - self.started
        if died.done():
            polling.cancel()
            raise RuntimeError(f"{' '.join(self.cmd)} exited {proc.returncode}: {self.output()[-1500:]}")
        died.cancel()
        polling.result()
        return elapsed

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.proc.pid) if self.proc else float("nan")

    async def stop(self, within: float = 30.0) -> int:
        proc = self.proc
        if proc is None:
            return 0
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), within)
        except TimeoutError:
            proc.kill()
            await proc.wait()
        return int(proc.returncode or 0)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.is_file() else ""
