"""Settings: one frozen object read from the environment and an optional ``.env`` file.

Names are a contract (DESIGN.md); ``.env.example`` lists every one of them.
The environment wins over ``.env``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_API_BASE = "https://api.telegram.org/bot"


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Settings:
    token: str | None
    api_base_url: str
    api_base_file_url: str
    db_path: Path
    timezone: ZoneInfo
    admins: frozenset[int]
    contributors: frozenset[int] | None  # None: anyone may add articles

    def require_token(self) -> str:
        """The bot token, checked for Telegram's shape ('<digits>:<secret>')."""
        token = self.token
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set (put it in the environment or .env)")
        head, sep, tail = token.partition(":")
        if not sep or not head.isdigit() or len(tail) < 10 or any(c.isspace() for c in token):
            raise SettingsError("TELEGRAM_BOT_TOKEN is malformed (expected '123456:ABC...' from BotFather)")
        return token

    def may_contribute(self, user_id: int) -> bool:
        return self.contributors is None or user_id in self.contributors or user_id in self.admins


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; '#' comments, blank lines and optional quotes allowed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def _ids(name: str, raw: str | None) -> frozenset[int] | None:
    if raw is None or not raw.strip():
        return None
    ids = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise SettingsError(
                f"{name} must be comma-separated numeric Telegram user ids, got {part!r}"
            ) from None
    return frozenset(ids)


def load_settings(env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Read settings from ``env`` (default: os.environ) over ``dotenv`` (default: ./.env)."""
    merged = read_dotenv(dotenv if dotenv is not None else Path(".env"))
    merged.update(os.environ if env is None else env)
    base = merged.get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE
    file_base = merged.get("TELEGRAM_API_BASE_FILE_URL") or _file_url(base)
    tz_name = merged.get("TRUCEWATCH_TIMEZONE") or "UTC"
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"TRUCEWATCH_TIMEZONE {tz_name!r} is not an IANA time zone (e.g. Europe/Moscow)"
        ) from None
    return Settings(
        token=merged.get("TELEGRAM_BOT_TOKEN") or None,
        api_base_url=base,
        api_base_file_url=file_base,
        db_path=Path(merged.get("TRUCEWATCH_DB") or "trucewatch.sqlite3"),
        timezone=tz,
        admins=_ids("TRUCEWATCH_ADMINS", merged.get("TRUCEWATCH_ADMINS")) or frozenset(),
        contributors=_ids("TRUCEWATCH_CONTRIBUTORS", merged.get("TRUCEWATCH_CONTRIBUTORS")),
    )


def _file_url(base: str) -> str:
    """'.../bot' -> '.../file/bot', as Telegram's file download URL is laid out."""
    stripped = base.rstrip("/")
    if stripped.endswith("/bot"):
        return stripped[: -len("/bot")] + "/file/bot"
    return stripped + "/file/bot"
