"""Numbered SQL migrations: ``storage/migrations/NNN_name.sql``, applied in number order.

Each file runs in its own transaction together with the row that records it
in ``schema_migrations``, so a failing migration leaves the database exactly
as it was before that file. Other features add their own files (002, 003,
...); nothing here needs to know about them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import aiosqlite

_NAME = re.compile(r"^(\d+)_([A-Za-z0-9_]+)\.sql$")

_CREATE_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


class MigrationError(RuntimeError):
    """A migration file is misnamed, duplicated or failed; the message names the file."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def default_directory() -> Path:
    """The package's own migrations folder."""
    return Path(str(resources.files("storage") / "migrations"))


def load_migrations(directory: Path | None = None) -> list[Migration]:
    """Every ``NNN_name.sql`` in ``directory``, sorted by number; duplicate numbers are an error."""
    folder = directory if directory is not None else default_directory()
    found: dict[int, Migration] = {}
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise MigrationError(f"migration file {path.name!r} is not named NNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"two migrations numbered {version}: {found[version].name} and {path.name}")
        found[version] = Migration(version, path.name, path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


async def applied_versions(db: aiosqlite.Connection) -> set[int]:
    """Versions recorded in ``schema_migrations`` (creating the table when missing)."""
    await db.execute(_CREATE_TABLE)
    rows = await db.execute_fetchall("SELECT version FROM schema_migrations")
    return {int(r[0]) for r in rows}


async def migrate(db: aiosqlite.Connection, directory: Path | None = None) -> list[int]:
    """Apply the migrations not yet recorded; return the versions applied now.

    ``db`` must be in autocommit mode (``isolation_level=None``) so that the
    explicit BEGIN/COMMIT here are the only transactions.
    """
    done = await applied_versions(db)
    applied: list[int] = []
    for migration in load_migrations(directory):
        if migration.version in done:
            continue
        try:
            # executescript runs the file's statements; the BEGIN makes them one transaction
            # that stays open until the version row is written and committed below.
            await db.executescript("BEGIN IMMEDIATE;\n" + migration.sql)
            await db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            await db.execute("COMMIT")
        except Exception as exc:
            if db.in_transaction:
                await db.execute("ROLLBACK")
            if migration.version in await applied_versions(db):
                continue  # another process (bot and CLI starting together) applied it meanwhile
            raise MigrationError(f"migration {migration.name} failed: {exc}") from exc
        applied.append(migration.version)
    return applied
