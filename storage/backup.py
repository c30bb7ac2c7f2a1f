"""``trucewatch backup PATH``: a consistent copy of the database while the bot keeps writing.

Copying the file with ``cp`` while the bot runs can catch half a transaction
(and misses what still sits in the ``-wal`` file). SQLite's online backup API
copies the pages of one read snapshot instead: in WAL mode the bot's writes go
on meanwhile and simply are not in the copy. The copy is written beside the
destination, checked with ``PRAGMA integrity_check``, switched to a plain
rollback journal (one self-contained file) and only then renamed into place,
so a failed or interrupted backup never leaves a broken file under ``PATH``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


class BackupError(Exception):
    """The backup could not be made; the message names the problem (for one line on stderr)."""


@dataclass(frozen=True)
class BackupInfo:
    """What the copy holds: enough for a one-line confirmation."""

    path: Path
    articles: int
    incidents: int
    size: int  # bytes


def _check_paths(source: Path, dest: Path) -> None:
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if dest.is_dir():
        raise BackupError(f"{dest} is a directory; name the backup file, e.g. {dest / 'trucewatch.sqlite3'}")
    if not dest.parent.is_dir():
        raise BackupError(f"folder {dest.parent} does not exist")
    if dest.exists() and dest.resolve() == source.resolve():
        raise BackupError("the backup path is the database itself; choose another file")


def _counts(db: sqlite3.Connection) -> tuple[int, int]:
    """(articles, incidents) — zero for a database that has no such tables yet."""
    try:
        row = db.execute(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM incidents)"
        ).fetchone()
    except sqlite3.OperationalError:
        return 0, 0
    return int(row[0]), int(row[1])


def backup_database(source: str | Path, dest: str | Path) -> BackupInfo:
    """Copy ``source`` to ``dest`` from one consistent snapshot; raises BackupError with a reason."""
    src_path, dest_path = Path(source), Path(dest)
    _check_paths(src_path, dest_path)
    tmp = dest_path.with_name(f".{dest_path.name}.{os.getpid()}.partial")
    try:
        # mode=rw: never create an empty database where the user mistyped the path.
        src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open database {src_path}: {exc}") from None
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)  # pages=-1: every page in one step, i.e. from one read snapshot
            dst.execute("PRAGMA journal_mode = DELETE")  # the copy stands alone, no -wal/-shm beside it
            verdict = dst.execute("PRAGMA integrity_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                raise BackupError(f"the copy failed its integrity check ({verdict[0] if verdict else '?'})")
            articles, incidents = _counts(dst)
        finally:
            dst.close()
        os.replace(tmp, dest_path)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"backup failed: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {dest_path}: {exc.strerror or exc}") from None
    finally:
        src.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
    _sync_folder(dest_path.parent)
    return BackupInfo(dest_path, articles, incidents, dest_path.stat().st_size)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash right after still finds the backup)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
