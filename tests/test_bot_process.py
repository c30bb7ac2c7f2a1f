"""``trucewatch run`` as a real process: configuration errors, clean stops, and no token in any log."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import run_bot
from bot.logging_setup import REDACTED, RedactTokenFilter
from bot.settings import load_settings
from tests.conftest import SEED, BotProcess, BotRunner
from tests.fake_telegram import FakeTelegram


@pytest.mark.parametrize(
    ("token", "named"),
    [(None, "TELEGRAM_BOT_TOKEN is not set"), ("not-a-token", "TELEGRAM_BOT_TOKEN is malformed")],
)
async def test_missing_or_malformed_token_exits_2_with_one_line(
    make_process: Callable[..., BotProcess], token: str | None, named: str
) -> None:
    extra = {"TELEGRAM_BOT_TOKEN": token or ""}
    proc = make_process(**extra)
    await proc.start()
    assert await proc.wait() == 2
    lines = proc.output().strip().splitlines()
    assert len(lines) == 1, lines
    assert named in lines[0]
    assert "Traceback" not in lines[0]


def test_run_bot_refuses_a_missing_token_without_starting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings(env={"TRUCEWATCH_DB": str(tmp_path / "x.sqlite3")}, dotenv=tmp_path / "none")
    assert run_bot(settings) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in err
    assert not (tmp_path / "x.sqlite3").exists()


async def test_token_telegram_rejects_exits_2(
    make_process: Callable[..., BotProcess], tg: FakeTelegram
) -> None:
    proc = make_process(TELEGRAM_BOT_TOKEN="999999:RevokedTokenRevokedTokenRevoked00")
    await proc.start()
    assert await proc.wait() == 2
    out = proc.output()
    assert "rejected TELEGRAM_BOT_TOKEN" in out
    assert "RevokedTokenRevokedTokenRevoked00" not in out


async def test_full_session_at_debug_never_logs_the_token(
    make_process: Callable[..., BotProcess], tg: FakeTelegram
) -> None:
    proc = make_process(TRUCEWATCH_LOG_LEVEL="DEBUG")
    await proc.start()
    await proc.wait_polling(tg)
    tg.fail("getUpdates", 502, times=1)  # a network error with the URL in reach of the logs
    tg.forward_channel_post(SEED)
    tg.document(
        SEED.replace("Safsafa", "Safsafah").encode(), "bulletin.txt"
    )  # a download: URL holds the token
    tg.command("/violations latakia april 2019")
    tg.fail("sendMessage", 400, description="Bad Request: chat not found")  # an error with a traceback
    last = tg.command("/stats")
    await tg.wait_confirmed(last["update_id"], 30)
    assert await proc.stop(signal.SIGTERM) == 0
    out = proc.output()
    assert " DEBUG " in out  # it really logged at DEBUG
    assert "error while handling update" in out
    assert "Traceback" in out  # errors are logged with their traceback ...
    assert tg.token not in out  # ... and nothing, anywhere, shows the token
    assert tg.token.split(":")[1] not in out
    assert any(c.method == "download" for c in tg.calls)


async def test_in_process_debug_logs_and_api_exceptions_never_show_the_token(
    bot: BotRunner, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx now logs every request URL, token included, unless redacted
    tg.fail("getUpdates", 500, times=1)
    await bot.reply_to(lambda: tg.forward_channel_post(SEED))
    logging.getLogger("tests").error("failed calling %s", f"{tg.base_url}{tg.token}/getMe")
    try:
        raise RuntimeError(f"POST {tg.base_url}{tg.token}/sendMessage failed")
    except RuntimeError:
        logging.getLogger("tests").exception("Bot API layer failed")
    await bot.ask("/stats")
    assert len(caplog.records) > 5
    assert "HTTP Request: POST" in caplog.text  # httpx logged the URLs ...
    assert f"/bot{REDACTED}/sendMessage" in caplog.text  # ... with the token taken out
    assert tg.token not in caplog.text


def test_redaction_filter_covers_message_args_and_traceback() -> None:
    token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"
    redactor = RedactTokenFilter([token])
    try:
        raise ValueError(f"https://api.telegram.org/bot{token}/getMe")
    except ValueError as exc:
        record = logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "url %s", (f"bot{token}",), (type(exc), exc, None)
        )
    assert redactor.filter(record)
    formatted = logging.Formatter().format(record)
    assert token not in formatted
    assert formatted.count(REDACTED) == 2
    # A token it was not told about is still caught by its shape.
    other = logging.LogRecord("t", logging.INFO, __file__, 1, "bot987654321:%s", ("Z" * 35,), None)
    RedactTokenFilter().filter(other)
    assert "Z" * 35 not in other.getMessage()


async def test_unopenable_database_is_one_clear_line(
    make_process: Callable[..., BotProcess], tg: FakeTelegram, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    proc = make_process(TRUCEWATCH_DB=str(folder))
    await proc.start()
    assert await proc.wait() == 1
    out = proc.output()
    assert f"trucewatch: cannot open the database {folder}" in out
    assert "Traceback" not in out
