"""A database with a million incidents, built fast through the real schema.

``Store.open`` applies the project's migrations (so tables and indexes are the real
ones); the rows are then written with ``executemany`` in one transaction, bypassing
the extractor: articles from ``benchmarks.gen_articles`` (their texts, so the file has
a realistic size), one statement per article except a few that another outlet's
report joins (merged, as the Store does), and incidents that say what the text says.
The counts kept on write (migration 005) follow these rows through the schema's own
triggers, exactly as they follow the Store's writes.
The file is cached in ``benchmarks/out/`` under a name that includes a hash of the
migrations, so a schema change builds a new one.

    python -m benchmarks.bigdb --incidents 1000000
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sqlite3
import time
from pathlib import Path
from typing import Any

from benchmarks.common import out_dir
from benchmarks.gen_articles import Generator

OTHER_KINDS = ["shelling", "airstrike", "clash", "explosion", "attack"]
MERGED_SHARE = 0.05  # articles that are a second outlet's report of a statement already stored


def schema_hash() -> str:
    from storage.migrate import default_directory

    digest = hashlib.sha256()
    for path in sorted(default_directory().glob("*.sql")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def big_db_path(incidents: int, seed: int) -> Path:
    return out_dir() / f"incidents-{incidents}-seed{seed}-{schema_hash()}.sqlite3"


async def _migrate(path: Path) -> None:
    from storage.store import Store

    store = await Store.open(path)
    await store.close()


def build(path: Path, incidents: int, seed: int = 7) -> Path:
    """Write the database (replacing ``path``); returns it."""
    from extraction.places import place_key
    from storage.store import content_hash, reporter_key

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    asyncio.run(_migrate(path))
    gen = Generator(seed)
    keys: dict[str, str] = {}
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    article_id = statement_id = written = 0
    leads: list[int] = []
    arts: list[tuple[Any, ...]] = []
    stmts: list[tuple[Any, ...]] = []
    incs: list[tuple[Any, ...]] = []
    learned: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    rkey = reporter_key("Russian Defence Ministry")
    while written < incidents:
        b = gen.bulletin()
        digest = content_hash(b.text)
        if digest in seen:  # the same text twice is stored once, as the Store does
            continue
        seen.add(digest)
        article_id += 1
        day = b.day.isoformat()
        merged = bool(leads) and gen.rng.random() < MERGED_SHARE
        if merged:
            sid = leads[-1]
        else:
            statement_id += 1
            sid = statement_id
            leads.append(sid)
            stmts.append((sid, rkey, day, article_id))
        total = sum(n for _, towns in b.places for _, n in towns)
        arts.append(
            (
                article_id,
                b.text,
                digest,
                b.published.isoformat(),
                "Russian Defence Ministry",
                total,
                day,
                b.source,
                f"{b.published.isoformat()}T06:30:00+00:00",
                sid,
            )
        )
        kind = "ceasefire_violation" if gen.rng.random() < 0.85 else gen.rng.choice(OTHER_KINDS)
        for province, towns in b.places:
            if b.totals_only:
                incs.append((article_id, kind, None, None, province, sum(n for _, n in towns), day))
                written += 1
                continue
            for town, n in towns:
                key = keys.get(town)
                if key is None:
                    key = keys[town] = place_key(town)
                incs.append((article_id, kind, town, key, province, n, day))
                learned[key] = (town, province)
                written += 1
        if len(incs) >= 50_000:
            _flush(conn, arts, stmts, incs)
    _flush(conn, arts, stmts, incs)
    conn.executemany(
        "INSERT OR REPLACE INTO learned_places (location_key, location, admin1, country, seen, updated_at) "
        "VALUES (?, ?, ?, 'SY', 1, '2025-01-01T00:00:00+00:00')",
        [(k, town, province) for k, (town, province) in learned.items()],
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _flush(
    conn: sqlite3.Connection,
    arts: list[tuple[Any, ...]],
    stmts: list[tuple[Any, ...]],
    incs: list[tuple[Any, ...]],
) -> None:
    conn.executemany(
        "INSERT INTO articles (id, text, content_hash, published, reporter, reported_total, statement_day, "
        "source, added_at, statement_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        arts,
    )
    conn.executemany(
        "INSERT INTO incidents (article_id, kind, location, location_key, admin1, country, count, day) "
        "VALUES (?, ?, ?, ?, ?, 'SY', ?, ?)",
        incs,
    )
    # Statements last, as the Store writes them: their triggers count each lead's incidents at once.
    conn.executemany(
        "INSERT INTO statements (id, reporter_key, day, lead_article_id) VALUES (?, ?, ?, ?)", stmts
    )
    arts.clear()
    stmts.clear()
    incs.clear()


def ensure(incidents: int = 1_000_000, seed: int = 7, *, quiet: bool = False) -> Path:
    """The cached database for (incidents, seed, schema), built when missing."""
    path = big_db_path(incidents, seed)
    if not path.is_file():
        start = time.perf_counter()
        if not quiet:
            print(f"   building {path.name} ({incidents:,} incidents) ...", flush=True)
        partial = path.with_name(path.name + ".partial")
        build(partial, incidents, seed)  # renamed only when complete: an interrupted build is redone
        partial.rename(path)
        if not quiet:
            size = path.stat().st_size / 1e6
            print(f"   built in {time.perf_counter() - start:.0f} s ({size:,.0f} MB)", flush=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(ensure(args.incidents, args.seed))


if __name__ == "__main__":
    main()
