"""Shared fixtures: a fake Telegram Bot API server and the real bot running against it.

How to use them (any test module under tests/):

    async def test_something(bot: BotRunner, tg: FakeTelegram) -> None:
        reply = await bot.reply_to(lambda: tg.forward_channel_post(SEED))  # forwarded; the answer (HTML)
        answer = await bot.ask("/violations latakia april 2019")
        assert "7 ceasefire violations" in answer

- ``tg`` (FakeTelegram): the server on 127.0.0.1; push updates with its builders
  (``text_message``, ``command``, ``forward_channel_post``, ``document``,
  ``callback_query``, ``edited_message`` ...), read ``tg.calls`` / ``tg.texts(chat_id)``,
  inject faults with ``tg.fail("sendMessage", 502, times=3)``.
- ``bot`` (BotRunner): the real Application with the journalling poller, started
  in-process against ``tg`` with a fresh database (``bot.db_path``); ``await bot.stop()``
  and ``await bot.start()`` restart it on the same database. ``bot.store`` is its open Store.
- ``make_bot(**env)``: a BotRunner not yet started, with extra settings (e.g.
  ``TRUCEWATCH_CONTRIBUTORS="1,2"``); call ``await runner.start()``. Stopped at teardown.
- ``direct`` (DirectBot): the same Application initialised but without the poller;
  ``await direct.handle(tg.command("/stats"))`` runs ``process_update`` and returns the
  texts sent meanwhile (fast, deterministic); ``direct_bot(tg, make_settings(tg, db_path, **env))``
  is the same as an async context manager with other settings.
- ``bot_env``: the environment (dict) that points a bot at ``tg`` with a fresh
  database, for a ``trucewatch run`` subprocess (``make_process`` uses it).
- ``make_process(**extra_env)``: a BotProcess running ``trucewatch run`` as a real process
  against ``tg``: ``await p.start(); await p.wait_polling(tg)``; ``await p.stop(signal.SIGKILL)``
  crashes it; ``p.output()`` is what it logged. Killed at teardown.
- ``SEED``: the seed article text (tests/corpus/seed.txt).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_application, serve
from bot.settings import Settings, load_settings
from handlers.common import STORE
from storage.store import Store
from tests.fake_telegram import FakeTelegram

CORPUS = Path(__file__).parent / "corpus"
SEED = (CORPUS / "seed.txt").read_text(encoding="utf-8")


class BotRunner:
    """The real bot (build_application + serve) in a background task of the test's event loop."""

    def __init__(self, tg: FakeTelegram, settings: Settings) -> None:
        self.tg = tg
        self.settings = settings
        self.application: App | None = None
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def db_path(self) -> Path:
        return self.settings.db_path

    @property
    def store(self) -> Store:
        assert self.application is not None, "start the bot first"
        return self.application.bot_data[STORE]

    async def start(self) -> BotRunner:
        """Start and wait until the bot is polling (its first getUpdates reached the server)."""
        self.application = build_application(self.settings)
        self._stop = asyncio.Event()
        polls_before = len(self.tg.calls_to("getUpdates"))
        self._task = asyncio.create_task(serve(self.application, self._stop, poll_timeout=1))
        waiter = asyncio.ensure_future(
            self.tg.wait_until(lambda: len(self.tg.calls_to("getUpdates")) > polls_before)
        )
        done, _ = await asyncio.wait({self._task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if self._task in done:
            waiter.cancel()
            self._task.result()  # raises what made the bot stop
            raise RuntimeError("the bot stopped before polling")
        waiter.result()
        return self

    async def stop(self) -> None:
        """Ask the bot to stop (as SIGTERM does) and wait for a clean shutdown."""
        if self._task is None:
            return
        self._stop.set()
        async with asyncio.timeout(15):
            await self._task
        self._task = None

    async def next_reply(self, chat_id: int | None = None, within: float = 10.0) -> str:
        """The next message the bot sends (to ``chat_id``, default the default user's chat)."""
        chat = chat_id or self.tg.user_id
        return await self.tg.wait_for_reply(len(self.tg.sent(chat)), chat, within)

    async def reply_to(
        self, push: Callable[[], Any], chat_id: int | None = None, within: float = 10.0
    ) -> str:
        """Push an update (``push()``) and return the first message the bot sends back to ``chat_id``."""
        chat = chat_id or self.tg.user_id
        before = len(self.tg.sent(chat))
        push()
        return await self.tg.wait_for_reply(before, chat, within)

    async def replies_to(
        self, push: Callable[[], Any], count: int, chat_id: int | None = None, within: float = 10.0
    ) -> list[str]:
        """Push an update and return the next ``count`` messages sent to ``chat_id``."""
        chat = chat_id or self.tg.user_id
        before = len(self.tg.sent(chat))
        push()
        texts = await self.tg.wait_for_messages(before + count, chat, within)
        return texts[before : before + count]

    async def ask(self, command: str, *, user_id: int | None = None, chat_id: int | None = None) -> str:
        """Send a command (with its bot_command entity) and return the bot's first reply."""
        return await self.reply_to(
            lambda: self.tg.command(command, user_id=user_id, chat_id=chat_id), chat_id or user_id
        )

    async def idle(self, within: float = 10.0) -> None:
        """Wait until every update pushed so far has been fetched and processed."""
        last = self.tg.pending[-1]["update_id"] if self.tg.pending else 0
        if last:
            await self.tg.wait_confirmed(last, within)


class DirectBot:
    """The real Application without the polling loop: updates go straight to ``process_update``.

    Faster than ``bot`` and deterministic (the reply is sent when ``handle`` returns);
    replies still travel over HTTP to the fake server.
    """

    def __init__(self, tg: FakeTelegram, application: App) -> None:
        self.tg = tg
        self.application = application

    @property
    def store(self) -> Store:
        return self.application.bot_data[STORE]

    async def handle(self, update: dict[str, Any]) -> list[str]:
        """Process one update built by ``tg`` (take it off the server's queue); the texts sent meanwhile."""
        from telegram import Update

        if update in self.tg.pending:
            self.tg.pending.remove(update)
        before = len(self.tg.sent())
        await self.application.process_update(Update.de_json(update, self.application.bot))
        return self.tg.texts()[before:]


def make_settings(tg: FakeTelegram, db_path: Path, **extra: str) -> Settings:
    env = {**tg.env(), "TRUCEWATCH_DB": str(db_path), "TRUCEWATCH_TIMEZONE": "UTC", **extra}
    return load_settings(env=env, dotenv=db_path.parent / "no.env")


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "trucewatch.sqlite3"


@pytest.fixture
async def make_bot(tg: FakeTelegram, db_path: Path) -> AsyncIterator[Callable[..., BotRunner]]:
    runners: list[BotRunner] = []

    def factory(**extra: str) -> BotRunner:
        runner = BotRunner(tg, make_settings(tg, db_path, **extra))
        runners.append(runner)
        return runner

    yield factory
    for runner in runners:
        await runner.stop()


@pytest.fixture
async def bot(make_bot: Callable[..., BotRunner]) -> BotRunner:
    return await make_bot().start()


@contextlib.asynccontextmanager
async def direct_bot(tg: FakeTelegram, settings: Settings) -> AsyncIterator[DirectBot]:
    """A DirectBot with these settings: initialised (store open, commands set), no poller."""
    application = build_application(settings)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    try:
        yield DirectBot(tg, application)
    finally:
        await application.shutdown()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)


@pytest.fixture
async def direct(tg: FakeTelegram, db_path: Path) -> AsyncIterator[DirectBot]:
    """``DirectBot`` with default settings (anyone may add)."""
    async with direct_bot(tg, make_settings(tg, db_path)) as bot:
        yield bot


@pytest.fixture
def bot_env(tg: FakeTelegram, db_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TRUCEWATCH_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    env.update(tg.env())
    env.update({"TRUCEWATCH_DB": str(db_path), "TRUCEWATCH_TIMEZONE": "UTC", "PYTHONUNBUFFERED": "1"})
    return env


class BotProcess:
    """``trucewatch run`` (as ``python -m bot run``) as a real process; its stderr goes to a file.

    The working directory is the database's folder, so no stray ``.env`` is read.
    """

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.env = env
        self.args = args or ("run",)
        self.folder = Path(env["TRUCEWATCH_DB"]).parent
        self.proc: asyncio.subprocess.Process | None = None
        self.runs = 0

    @property
    def log_path(self) -> Path:
        return self.folder / f"bot-{self.runs}.log"

    async def start(self) -> BotProcess:
        self.runs += 1
        with self.log_path.open("wb") as log:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                *self.args,
                env=self.env,
                cwd=str(self.folder),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log,
                stderr=asyncio.subprocess.STDOUT,
            )
        return self

    async def wait_polling(self, tg: FakeTelegram, within: float = 30.0) -> None:
        """Wait for this run's first getUpdates (the bot is up and recovered its journal)."""
        before = len(tg.calls_to("getUpdates"))
        assert self.proc is not None
        proc = self.proc
        await tg.wait_until(
            lambda: len(tg.calls_to("getUpdates")) > before or proc.returncode is not None, within
        )
        assert proc.returncode is None, self.output()

    async def stop(self, sig: int = signal.SIGTERM, within: float = 20.0) -> int:
        """Send ``sig`` (SIGKILL to crash it) and wait for the exit code."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(sig)
        async with asyncio.timeout(within):
            return await self.proc.wait()

    async def wait(self, within: float = 30.0) -> int:
        assert self.proc is not None
        async with asyncio.timeout(within):
            return await self.proc.wait()

    def output(self) -> str:
        """Everything every run so far wrote to stdout and stderr."""
        return "".join(
            (self.folder / f"bot-{n}.log").read_text(encoding="utf-8", errors="replace")
            for n in range(1, self.runs + 1)
        )


@pytest.fixture
async def make_process(bot_env: dict[str, str]) -> AsyncIterator[Callable[..., BotProcess]]:
    """Factory of BotProcess objects (``make_process(**extra_env)``); all are killed at teardown."""
    made: list[BotProcess] = []

    def factory(*args: str, **extra: str) -> BotProcess:
        proc = BotProcess({**bot_env, **extra}, *args)
        made.append(proc)
        return proc

    yield factory
    for proc in made:
        if proc.proc is not None and proc.proc.returncode is None:
            proc.proc.kill()
            await proc.proc.wait()
