"""Secrets: at DEBUG a whole session (start, ingest, questions, errors) never writes the bot token anywhere.

The token is in every Bot API URL, so every library that logs a URL or an
exception can leak it. Here the fake server goes further than Telegram would:
its error descriptions echo the request URL (as a misconfigured proxy or a
self-hosted Bot API server may), so the exceptions the Bot API layer raises
carry the token inside them. Nothing the processes print, and no file they
leave behind, may contain it.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import SEED, BotProcess
from tests.fake_telegram import FakeTelegram


def leaks(token: str, text: str) -> list[str]:
    """Lines that show the token or its secret half."""
    secret = token.split(":", 1)[1]
    return [line for line in text.splitlines() if token in line or secret in line]


def files_with(folder: Path, token: str) -> list[str]:
    secret = token.split(":", 1)[1].encode()
    return [p.name for p in folder.rglob("*") if p.is_file() and secret in p.read_bytes()]


def echoing(tg: FakeTelegram, method: str) -> str:
    """An error description that repeats the URL, token included."""
    return f"Bad Gateway: upstream {tg.base_url}{tg.token}/{method} did not answer"


async def test_debug_session_with_api_errors_never_shows_the_token(
    make_process: Callable[..., BotProcess], tg: FakeTelegram, db_path: Path
) -> None:
    proc = make_process(TRUCEWATCH_LOG_LEVEL="DEBUG", TRUCEWATCH_ADMINS=str(tg.user_id))
    await proc.start()
    await proc.wait_polling(tg)
    tg.fail("getUpdates", 502, description=echoing(tg, "getUpdates"))
    tg.command("/start")
    tg.forward_channel_post(SEED)
    tg.document(SEED.replace("Ikko (once)", "Ikko (twice)").encode(), "bulletin.txt")  # URL with the token
    tg.fail("sendMessage", 500, description=echoing(tg, "sendMessage"))  # retried, then delivered
    tg.command("/violations latakia april 2019")
    tg.fail(
        "sendMessage", 400, description=f"Bad Request: can't parse {tg.base_url}{tg.token}"
    )  # a traceback
    tg.command("/stats")
    tg.command("/delete 999")
    last = tg.command("/incidents idlib since 1 April 2019")
    await tg.wait_confirmed(last["update_id"], 40)
    # Finally Telegram refuses the bot itself, in words that contain the token: the bot stops (exit 1).
    tg.fail("getUpdates", 403, description=f"Forbidden: {tg.base_url}{tg.token} was blocked", times=5)
    assert await proc.wait(40) == 1
    out = proc.output()
    assert " DEBUG " in out  # it really logged at DEBUG ...
    assert "Traceback" in out  # ... including tracebacks of the API errors
    assert "[REDACTED]" in out  # ... in which the token was found and taken out
    assert leaks(tg.token, out) == []
    assert files_with(db_path.parent, tg.token) == []  # nor in the database, journal or any other file
    assert len(tg.sent()) >= 6


async def cli(env: dict[str, str], cwd: Path, *args: str, stdin: bytes = b"") -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=str(cwd),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(stdin), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode("utf-8", "replace")


async def test_command_line_at_debug_never_shows_the_token(
    bot_env: dict[str, str], tg: FakeTelegram, tmp_path: Path
) -> None:
    env = {**bot_env, "TRUCEWATCH_LOG_LEVEL": "DEBUG"}
    work = tmp_path / "cli"
    work.mkdir()
    (work / "seed.txt").write_text(SEED, encoding="utf-8")
    (work / "broken.txt").write_bytes(b"\x00\x01binary")
    db = str(work / "cli.sqlite3")
    runs = [
        await cli(env, work, "ingest", "--db", db, "seed.txt", "broken.txt", "missing.txt"),
        await cli(env, work, "query", "--db", db, "--as-of", "2019-04-12", "latakia", "last", "week"),
        await cli(env, work, "backup", "--db", db, str(work / "copy.sqlite3")),
        await cli(env, work, "run", "--db", "/nonexistent/dir/x.sqlite3"),  # fails to open its database
    ]
    codes = [code for code, _ in runs]
    assert codes[0] == 2  # bad inputs reported ...
    assert codes[2] == 0
    assert codes[3] != 0  # ... and a bot that cannot start says so
    output = "\n".join(out for _, out in runs)
    assert "broken.txt" in output
    assert leaks(tg.token, output) == []
    assert files_with(work, tg.token) == []
    assert not any(name.endswith(".log") for name in os.listdir(work))
