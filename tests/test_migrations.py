"""Numbered migrations: fresh databases, upgrades of older ones, idempotent re-opening."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from storage.migrate import MigrationError, default_directory, load_migrations, migrate
from storage.models import Provenance
from storage.store import Store


def versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def only_001(tmp_path: Path) -> Path:
    folder = tmp_path / "old_migrations"
    folder.mkdir()
    shutil.copy(default_directory() / "001_initial.sql", folder)
    return folder


async def test_fresh_database_records_every_shipped_migration(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    store = await Store.open(path)
    await store.close()
    shipped = [m.version for m in load_migrations()]
    assert shipped[0] == 1
    assert versions(path) == shipped


async def test_database_at_001_opens_and_upgrades_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = await Store.open(path, migrations=only_001(tmp_path))
    await old.db.execute(
        "INSERT INTO articles (text, content_hash, added_at, source) "
        "VALUES ('old text', 'h1', '2019-04-10', 'Old')"
    )
    await old.close()
    assert versions(path) == [1]

    # The current code opens it: every later shipped migration is applied, the data stays.
    store = await Store.open(path)
    assert versions(path) == [m.version for m in load_migrations()]
    assert await store.article_text(1) == "old text"
    await store.close()


async def test_later_migration_changes_schema_once(tmp_path: Path) -> None:
    folder = only_001(tmp_path)
    path = tmp_path / "up.sqlite3"
    await (await Store.open(path, migrations=folder)).close()
    (folder / "050_note_column.sql").write_text(
        "ALTER TABLE articles ADD COLUMN note TEXT;\n", encoding="utf-8"
    )
    store = await Store.open(path, migrations=folder)
    await store.close()
    store = await Store.open(path, migrations=folder)  # re-open: nothing applied twice
    await store.close()
    assert versions(path) == [1, 50]
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)")]
    assert "note" in columns


async def test_failing_migration_rolls_back_completely(tmp_path: Path) -> None:
    folder = only_001(tmp_path)
    (folder / "002_broken.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n", encoding="utf-8"
    )
    path = tmp_path / "broken.sqlite3"
    with pytest.raises(MigrationError, match=r"002_broken\.sql"):
        await Store.open(path, migrations=folder)
    assert versions(path) == [1]
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables
    assert "articles" in tables


def test_misnamed_or_duplicate_migrations_are_refused(tmp_path: Path) -> None:
    folder = only_001(tmp_path)
    (folder / "001_again.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(MigrationError, match="two migrations numbered 1"):
        load_migrations(folder)
    (folder / "001_again.sql").unlink()
    (folder / "latest.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(MigrationError, match=r"latest\.sql"):
        load_migrations(folder)


async def test_migrate_returns_what_it_applied(tmp_path: Path) -> None:
    async with aiosqlite.connect(tmp_path / "m.sqlite3", isolation_level=None) as db:
        first = await migrate(db)
        second = await migrate(db)
    assert first == [m.version for m in load_migrations()]
    assert second == []


async def test_upgraded_database_works_for_storing(tmp_path: Path) -> None:
    from datetime import date

    from extraction.model import Extraction, Incident

    path = tmp_path / "use.sqlite3"
    await (await Store.open(path, migrations=only_001(tmp_path))).close()
    store = await Store.open(path)
    inc = Incident("ceasefire_violation", "Safsafa", "Latakia", "SY", 1, date(2019, 4, 9))
    res = await store.add_extraction("t", Extraction(date(2019, 4, 10), None, None, (inc,)), Provenance())
    assert res.status == "added"
    await store.close()
