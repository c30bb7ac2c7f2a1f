"""Settings: names are a contract (DESIGN.md); every one is documented in .env.example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_read_by_the_code_is_in_env_example_and_readme() -> None:
    code = "\n".join(
        p.read_text(encoding="utf-8") for d in ("bot", "handlers", "storage") for p in (ROOT / d).glob("*.py")
    )
    names = set(re.findall(r"\"((?:TRUCEWATCH|TELEGRAM)_[A-Z_]+)\"", code))
    assert {"TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TRUCEWATCH_DB", "TRUCEWATCH_TIMEZONE"} <= names
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert re.search(rf"^#?\s*{name}=", example, re.MULTILINE), f"{name} missing from .env.example"
        assert f"`{name}`" in readme, f"{name} missing from the README's configuration table"


def test_defaults(tmp_path: Path) -> None:
    s = load_settings(env={}, dotenv=tmp_path / "absent")
    assert s.token is None
    assert s.api_base_url == "https://api.telegram.org/bot"
    assert s.api_base_file_url == "https://api.telegram.org/file/bot"
    assert s.db_path == Path("trucewatch.sqlite3")
    assert s.timezone.key == "UTC"
    assert s.contributors is None
    assert s.may_contribute(42)


def test_dotenv_is_read_and_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "# comment\nTRUCEWATCH_DB='from-dotenv.db'\nexport TRUCEWATCH_TIMEZONE=Europe/Moscow\n"
        "TRUCEWATCH_CONTRIBUTORS=1, 2,\nTRUCEWATCH_ADMINS=9\n",
        encoding="utf-8",
    )
    s = load_settings(env={"TRUCEWATCH_DB": "from-env.db"}, dotenv=dotenv)
    assert s.db_path == Path("from-env.db")
    assert s.timezone.key == "Europe/Moscow"
    assert s.contributors == frozenset({1, 2})
    assert s.may_contribute(9)
    assert s.may_contribute(2)
    assert not s.may_contribute(3)


def test_file_url_follows_a_self_hosted_server(tmp_path: Path) -> None:
    s = load_settings(env={"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"}, dotenv=tmp_path / "x")
    assert s.api_base_file_url == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TRUCEWATCH_TIMEZONE": "Mars/Olympus"}, "TRUCEWATCH_TIMEZONE"),
        ({"TRUCEWATCH_ADMINS": "12,bob"}, "TRUCEWATCH_ADMINS"),
    ],
)
def test_malformed_settings_name_the_setting(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(env=env, dotenv=tmp_path / "x")


@pytest.mark.parametrize(
    "token", [None, "", "abc", "123:short", "12x:ABCDEFGHIJKLMNOP", "123:ABC DEF GHIJKLMN"]
)
def test_bad_tokens_are_refused_without_echoing_them(tmp_path: Path, token: str | None) -> None:
    env = {} if token is None else {"TELEGRAM_BOT_TOKEN": token}
    s = load_settings(env=env, dotenv=tmp_path / "x")
    with pytest.raises(SettingsError) as err:
        s.require_token()
    if token and len(token) > 3:
        assert token not in str(err.value)


def test_good_token_is_accepted(tmp_path: Path) -> None:
    token = "123456:ABCdefGHIjklMNOpqr"
    assert load_settings(env={"TELEGRAM_BOT_TOKEN": token}, dotenv=tmp_path / "x").require_token() == token
