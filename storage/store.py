"""The Store: one aiosqlite connection to one SQLite file (WAL), typed async methods.

Everything the bot and the CLI persist goes through here. Writes happen in
``transaction()`` — BEGIN IMMEDIATE ... COMMIT, serialised by an asyncio lock
so that coroutines sharing the one connection never interleave transactions.
Other storage modules (journal, subscriptions) use ``Store.db`` inside
``Store.transaction()`` the same way.

Counting rule: an article belongs to a *statement* (one organisation's
statement of one day, possibly reported by several outlets). Answers count
only the incidents of the statement's lead article (the first stored) and
list every article of the statement as a report.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

import aiosqlite

from extraction.model import VIOLATION, Extraction, Incident, Question
from extraction.places import fold, place_key
from storage.migrate import migrate
from storage.models import (
    AddResult,
    Answer,
    ArticleRow,
    DayCount,
    Period,
    PlaceCount,
    Provenance,
    Report,
    Stats,
)

BUSY_TIMEOUT_MS = 10_000
REPORTS_LISTED = 50  # reports an answer lists (the latest); their number is always exact
SAME_PLACES_MIN_JACCARD = 0.5  # share of places two reports must have in common to be one statement
ADJACENT_DAY_MIN_PLACES = 3  # an identical list this long, a day apart, is one statement reprinted
_REPORTER_FILLER = frozenset({"the", "of", "for", "in", "on", "s", "and"})
# Bodies that speak for one another: an outlet may name the ministry where another names its centre.
_REPORTER_FAMILIES = {
    "russian defense ministry": "russian-mod",
    "russian defence ministry": "russian-mod",
    "russian center reconciliation": "russian-mod",
    "russian centre reconciliation": "russian-mod",
    "syrian arab news agency": "syrian-government",
    "syrian army": "syrian-government",
    "syrian state television": "syrian-government",
    "syrian state tv": "syrian-government",
}


# ---------------------------------------------------------------- pure helpers


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace normalised: the same text forwarded twice meets."""
    normal = " ".join(text.split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def reporter_key(reporter: str | None) -> str | None:
    """Folded reporter name without filler words; None when there is no reporter."""
    if not reporter:
        return None
    words = [w for w in fold(reporter).split() if w not in _REPORTER_FILLER]
    return " ".join(words) or None


def reporter_family(key: str) -> str:
    """The body a reporter key speaks for (itself unless it is a known member of a family)."""
    for prefix, family in _REPORTER_FAMILIES.items():
        if key == prefix or key.startswith(prefix + " "):
            return family
    return key


def reporters_compatible(a: str | None, b: str | None) -> bool:
    """Equal, either missing, one's words all within the other's, or one family (ministry ~ its centre)."""
    if a is None or b is None or a == b:
        return True
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa or reporter_family(a) == reporter_family(b)


def statement_day(extraction: Extraction) -> date | None:
    """The day the statement is about: the extractor's, else the commonest incident day, else published."""
    if extraction.statement_date is not None:
        return extraction.statement_date
    days = Counter(i.date for i in extraction.incidents)
    if days:
        return max(days, key=lambda d: (days[d], d))
    return extraction.published


@dataclass(frozen=True)
class Signature:
    """What two reports of one statement have in common: places, province sums, the total."""

    places: frozenset[tuple[str, str | None]]
    totals: tuple[tuple[str, int], ...]
    reported_total: int | None
    listing: tuple[tuple[str, str, int], ...] = ()  # (place key, province or "", count), sorted

    @classmethod
    def of(
        cls, incidents: Iterable[tuple[str, str | None, str | None, int]], reported: int | None
    ) -> Signature:
        """From (kind, location_key, admin1, count) rows; violations when there are any, else all."""
        rows = list(incidents)
        chosen = [r for r in rows if r[0] == VIOLATION] or rows
        places = frozenset((r[1], r[2]) for r in chosen if r[1])
        sums: Counter[str] = Counter()
        listing: Counter[tuple[str, str]] = Counter()
        for r in chosen:
            if r[2]:
                sums[r[2]] += r[3]
            if r[1]:
                listing[(r[1], r[2] or "")] += r[3]
        flat = tuple(sorted((k, a, n) for (k, a), n in listing.items()))
        return cls(places, tuple(sorted(sums.items())), reported, flat)

    def reprints(self, other: Signature) -> bool:
        """The very same list (places, counts, province sums), long enough not to be a coincidence.

        Used for reports a day apart: an outlet that publishes the next morning
        dates the statement by its own article, so the day alone cannot decide.
        """
        totals_agree = None in (self.reported_total, other.reported_total) or (
            self.reported_total == other.reported_total
        )
        return (
            len(self.listing) >= ADJACENT_DAY_MIN_PLACES
            and self.listing == other.listing
            and self.totals == other.totals
            and totals_agree
        )

    def similarity(self, other: Signature) -> float:
        """1.0 for the same statement, 0.0 for unrelated ones; Jaccard over places when both have some.

        A place matches when its key is equal and the provinces agree or one is unknown.
        """
        if self.places and other.places:
            matched = 0
            unused = set(other.places)
            for key, admin1 in self.places:
                hit = next(
                    (p for p in unused if p[0] == key and (p[1] == admin1 or None in (p[1], admin1))), None
                )
                if hit is not None:
                    unused.discard(hit)
                    matched += 1
            return matched / (len(self.places) + len(other.places) - matched)
        if self.places or other.places:
            return 0.0
        if self.totals or other.totals:
            return 1.0 if self.totals == other.totals else 0.0
        same_total = self.reported_total is not None and self.reported_total == other.reported_total
        return 1.0 if same_total else 0.0


_KEY_PROBES = (
    "Jurin", "Djurin", "Jourin", "Ruyeset-Iskander", "Rwaisat Iskander", "Al-Lādhiqīyah", "Idlib", "Edlib",
    "Hamdaniyah", "Kafr Nabudah", "Tall al-Tut", "Quldjok-Penar", "Abu-Dali", "Ikko", "Safsafa", "Ech-Chaam",
    "Zhovanka", "Khirbet al-Naqus", "Qalaat al-Madiq", "Донецк", "حلب", "Sheikh Maqsoud", "Krishna Ghati",
    "Луганском", "Dschurin",
)  # fmt: skip


def place_key_fingerprint() -> int:
    """A 31-bit digest of what ``place_key`` makes of sample names: changes when its rules do."""
    digest = hashlib.sha256("|".join(place_key(n) for n in _KEY_PROBES).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF or 1


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


async def _fetch(db: aiosqlite.Connection, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
    return list(await db.execute_fetchall(sql, params))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _article_row(row: sqlite3.Row) -> ArticleRow:
    return ArticleRow(
        id=row["id"],
        source=row["source"],
        added_by=row["added_by"],
        chat_id=row["chat_id"],
        message_id=row["message_id"],
        added_at=datetime.fromisoformat(row["added_at"]),
        statement_id=row["statement_id"],
        source_url=row["source_url"],
        published=_date(row["published"]),
        statement_day=_date(row["statement_day"]),
        reporter=row["reporter"],
        reported_total=row["reported_total"],
        language=row["language"],
    )


def read_learned_places(path: str | Path) -> dict[str, str]:
    """{location_key: admin1} from an existing database, opened read-only ({} if there is none).

    For dry runs (``trucewatch extract --db``) that must never create or change a file.
    """
    file = Path(path)
    if not file.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        rows = conn.execute("SELECT location_key, admin1 FROM learned_places").fetchall()
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
    return {str(k): str(a) for k, a in rows}


_ARTICLE_COLUMNS = (
    "id, source, source_url, added_by, chat_id, message_id, added_at, statement_id, "
    "published, statement_day, reporter, reported_total, language"
)


class Store:
    """One open database. Create with ``await Store.open(path)``; ``await store.close()`` at the end."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._depth = 0
        self._learned: dict[str, str] = {}
        self._counted = True  # the counts of migration 005 exist (a custom migrations folder may lack them)

    # ------------------------------------------------------------ lifecycle

    @classmethod
    async def open(cls, path: str | Path, migrations: Path | None = None) -> Store:
        """Open (creating and migrating) the database at ``path``; WAL mode, foreign keys on."""
        file = Path(path)
        db = await aiosqlite.connect(str(file), isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            await db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await migrate(db, migrations)
            store = cls(db, file)
            tables = await _fetch(db, "SELECT 1 FROM sqlite_master WHERE name = 'counted_statements'")
            store._counted = bool(tables)
            await store._rekey_places_if_needed()
            rows = await _fetch(db, "SELECT location_key, admin1 FROM learned_places")
            store._learned = {r[0]: r[1] for r in rows}
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        """Let SQLite refresh its planner statistics (cheap), then close the connection."""
        async with self._lock:
            with suppress(sqlite3.Error):  # e.g. a read-only file: closing matters more
                await self.db.execute("PRAGMA optimize")
            await self.db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _rekey_places_if_needed(self) -> None:
        """Recompute stored place keys when ``place_key`` itself has changed since they were written.

        The keys are derived data; a tuned transliteration rule would otherwise
        leave old towns unreachable by name. ``PRAGMA user_version`` holds the
        fingerprint of the rules the stored keys were made with.
        """
        rows = await _fetch(self.db, "PRAGMA user_version")
        fingerprint = place_key_fingerprint()
        if rows and int(rows[0][0]) == fingerprint:
            return
        async with self.transaction() as db:
            # Per distinct (spelling, old key): only rows whose key really changes are rewritten,
            # found through the location_key index.
            pairs = await _fetch(
                db, "SELECT DISTINCT location, location_key FROM incidents WHERE location IS NOT NULL"
            )
            changes = []
            for location, old in pairs:
                new = place_key(location) or None
                if new != old:
                    changes.append((new, old, location))
            await db.executemany(
                "UPDATE incidents SET location_key = ? WHERE location_key IS ? AND location = ?", changes
            )
            learned = await _fetch(
                db, "SELECT location, admin1, country, seen, updated_at FROM learned_places"
            )
            merged: dict[str, tuple[str, str, str | None, int, str]] = {}
            for r in learned:
                key = place_key(r[0])
                if key and (key not in merged or r[3] > merged[key][3]):
                    merged[key] = (r[0], r[1], r[2], r[3], r[4])
            await db.execute("DELETE FROM learned_places")
            await db.executemany(
                "INSERT INTO learned_places (location_key, location, admin1, country, seen, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(k, *v) for k, v in merged.items()],
            )
            await db.execute(f"PRAGMA user_version = {int(fingerprint)}")

    # ---------------------------------------------------------- transactions

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error), one at a time.

        Nested use inside the same task becomes a SAVEPOINT, so a helper that
        opens its own transaction can be called from within another one.
        """
        task = asyncio.current_task()
        if task is not None and self._owner is task:
            name = f"tw_sp{self._depth}"
            self._depth += 1
            await self.db.execute(f"SAVEPOINT {name}")
            try:
                yield self.db
            except BaseException:
                await self.db.execute(f"ROLLBACK TO {name}")
                await self.db.execute(f"RELEASE {name}")
                raise
            else:
                await self.db.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        async with self._lock:
            self._owner = task
            try:
                await self.db.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                    await self.db.execute("COMMIT")
                except BaseException:
                    if self.db.in_transaction:
                        await self.db.execute("ROLLBACK")
                    raise
            finally:
                self._owner = None

    async def execute_one(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """One statement on its own, atomic by itself (autocommit): one thread hop, not four.

        Waits for a running transaction like ``transaction()`` does, so the
        statement never lands inside another task's transaction.
        """
        async with self._reading() as db:
            return await _fetch(db, sql, params)

    @asynccontextmanager
    async def _reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """Reads wait for a running transaction so that they never see half an article."""
        task = asyncio.current_task()
        if task is not None and self._owner is task:
            yield self.db
            return
        async with self._lock:
            yield self.db

    # ------------------------------------------------------------- writing

    @property
    def learned(self) -> Mapping[str, str]:
        """{location_key: admin1} of towns seen with their province (read-only view)."""
        return dict(self._learned)

    async def ingest(self, text: str, received: datetime | None, provenance: Provenance) -> AddResult:
        """Extract (with learned places) and store one article in one transaction."""
        from extraction.article import extract_article

        digest = content_hash(text)
        async with self._reading() as db:
            existing = await _fetch(db, "SELECT id FROM articles WHERE content_hash = ?", (digest,))
        if existing:
            return await self._duplicate(existing[0][0])
        extraction = await asyncio.to_thread(extract_article, text, received, dict(self._learned))
        return await self.add_extraction(text, extraction, provenance)

    async def add_extraction(self, text: str, extraction: Extraction, provenance: Provenance) -> AddResult:
        """Store an article whose extraction is already known (``ingest`` minus the extractor)."""
        if not extraction.incidents and extraction.reported_total is None:
            return AddResult("empty", None, extraction)
        digest = content_hash(text)
        try:
            async with self.transaction() as db:
                found = await _fetch(db, "SELECT id FROM articles WHERE content_hash = ?", (digest,))
                if found:
                    raise _Duplicate(found[0][0])
                stored = await self._insert_article(text, digest, extraction, provenance)
        except _Duplicate as dup:
            return await self._duplicate(dup.article_id)
        except sqlite3.IntegrityError as exc:
            # Another connection stored the same text between our check and our insert.
            if "content_hash" not in str(exc):
                raise
            async with self._reading() as db:
                again = await _fetch(db, "SELECT id FROM articles WHERE content_hash = ?", (digest,))
            if not again:
                raise
            return await self._duplicate(again[0][0])
        self._learned.update(stored.learned)
        return stored.result

    async def _insert_article(
        self, text: str, digest: str, extraction: Extraction, provenance: Provenance
    ) -> _Stored:
        """The writes of one new article (inside the caller's transaction)."""
        cursor = await self.db.execute(
            "INSERT INTO articles (text, content_hash, published, reporter, reported_total, "
            "statement_day, language, source, source_url, origin_chat_id, origin_message_id, "
            "origin_date, added_by, chat_id, message_id, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                text,
                digest,
                _iso(extraction.published),
                extraction.reporter,
                extraction.reported_total,
                _iso(statement_day(extraction)),
                extraction.language,
                provenance.source,
                provenance.source_url,
                provenance.origin_chat_id,
                provenance.origin_message_id,
                provenance.origin_date.isoformat() if provenance.origin_date else None,
                provenance.added_by,
                provenance.chat_id,
                provenance.message_id,
                _now(),
            ),
        )
        article_id = cursor.lastrowid
        assert article_id is not None
        learned = await self._write_incidents(article_id, extraction.incidents)
        statement_id, merged_source, merged = await self._link_statement(article_id, extraction)
        result = AddResult(
            "merged" if merged else "added",
            article_id,
            extraction,
            statement_id=statement_id,
            merged_with_source=merged_source,
        )
        return _Stored(result, learned)

    async def ingest_batch(
        self, items: Sequence[tuple[str, datetime | None, Provenance]]
    ) -> list[AddResult | Exception]:
        """Extract and store many articles in ONE transaction: the same results as ``ingest`` one by one.

        For bulk loads (``trucewatch ingest --jsonl``). Extraction runs first, in one
        worker-thread call, each article seeing the places learned from the ones before
        it; then every write goes in one transaction, so a crash keeps all of the batch
        or none of it. An article whose extraction fails gets its exception in its
        slot; a database error while writing rolls the whole batch back and is raised.
        """
        digests = [content_hash(text) for text, _, _ in items]
        async with self._reading() as db:
            known: dict[str, int] = {}
            for start in range(0, len(digests), 500):
                chunk = digests[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for row in await _fetch(
                    db, f"SELECT content_hash, id FROM articles WHERE content_hash IN ({marks})", chunk
                ):
                    known[row[0]] = row[1]
        extractions = await asyncio.to_thread(_extract_all, items, digests, known, dict(self._learned))
        results: list[AddResult | Exception | None] = [None] * len(items)
        duplicates: dict[int, int] = {}
        learned: dict[str, str] = {}
        async with self.transaction():
            stored_in_batch: dict[str, int] = {}
            for n, ((text, _, provenance), digest, extraction) in enumerate(
                zip(items, digests, extractions, strict=True)
            ):
                if isinstance(extraction, Exception):
                    results[n] = extraction
                elif extraction is None or digest in known or digest in stored_in_batch:
                    duplicates[n] = known.get(digest) or stored_in_batch[digest]
                elif not extraction.incidents and extraction.reported_total is None:
                    results[n] = AddResult("empty", None, extraction)
                else:
                    stored = await self._insert_article(text, digest, extraction, provenance)
                    assert stored.result.article_id is not None
                    stored_in_batch[digest] = stored.result.article_id
                    learned.update(stored.learned)
                    results[n] = stored.result
        self._learned.update(learned)
        for n, article_id in duplicates.items():
            try:  # the batch is committed: a failing read must not make the caller redo it
                results[n] = await self._duplicate(article_id)
            except sqlite3.Error as exc:
                results[n] = exc
        done = [r for r in results if r is not None]
        assert len(done) == len(items)
        return done

    async def reingest(self, article_id: int, text: str, received: datetime | None) -> AddResult:
        """Replace an edited article's text and incidents (same id, same provenance).

        Raises LookupError when the article is gone. If the edit now equals another
        stored article nothing changes ("duplicate"); if it no longer holds anything
        the article is removed ("empty").
        """
        from extraction.article import extract_article

        digest = content_hash(text)
        async with self._reading() as db:
            rows = await _fetch(db, "SELECT id FROM articles WHERE id = ?", (article_id,))
            other = await _fetch(
                db, "SELECT id FROM articles WHERE content_hash = ? AND id <> ?", (digest, article_id)
            )
        if not rows:
            raise LookupError(f"article #{article_id} does not exist")
        if other:
            return await self._duplicate(other[0][0])
        extraction = await asyncio.to_thread(extract_article, text, received, dict(self._learned))
        return await self.replace_extraction(article_id, text, extraction)

    async def replace_extraction(self, article_id: int, text: str, extraction: Extraction) -> AddResult:
        """``reingest`` minus the extractor: swap text and incidents, relink the statement."""
        if not extraction.incidents and extraction.reported_total is None:
            await self.delete_article(article_id)
            return AddResult("empty", None, extraction)
        async with self.transaction() as db:
            rows = await _fetch(db, "SELECT id FROM articles WHERE id = ?", (article_id,))
            if not rows:
                raise LookupError(f"article #{article_id} does not exist")
            await self._detach(article_id)
            await db.execute(
                "UPDATE articles SET text = ?, content_hash = ?, published = ?, reporter = ?, "
                "reported_total = ?, statement_day = ?, language = ? WHERE id = ?",
                (
                    text,
                    content_hash(text),
                    _iso(extraction.published),
                    extraction.reporter,
                    extraction.reported_total,
                    _iso(statement_day(extraction)),
                    extraction.language,
                    article_id,
                ),
            )
            await db.execute("DELETE FROM incidents WHERE article_id = ?", (article_id,))
            learned = await self._write_incidents(article_id, extraction.incidents)
            statement_id, merged_source, merged = await self._link_statement(article_id, extraction)
        self._learned.update(learned)
        return AddResult(
            "merged" if merged else "added",
            article_id,
            extraction,
            statement_id=statement_id,
            merged_with_source=merged_source,
        )

    async def delete_article(self, article_id: int) -> bool:
        """Remove an article and its incidents (re-pointing its statement if it led one)."""
        async with self.transaction() as db:
            rows = await _fetch(db, "SELECT id FROM articles WHERE id = ?", (article_id,))
            if not rows:
                return False
            await self._detach(article_id)
            await db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return True

    async def _write_incidents(self, article_id: int, incidents: Sequence[Incident]) -> dict[str, str]:
        """Insert incidents and remember town -> province; returns what was learned."""
        rows = []
        learned: dict[str, str] = {}
        spelling: dict[str, tuple[str, str | None]] = {}
        for inc in incidents:
            key = place_key(inc.location) if inc.location else None
            rows.append(
                (
                    article_id,
                    inc.kind,
                    inc.location,
                    key or None,
                    inc.admin1,
                    inc.country,
                    inc.count,
                    inc.date.isoformat(),
                    inc.killed,
                    inc.injured,
                )
            )
            if key and inc.location and inc.admin1:
                learned[key] = inc.admin1
                spelling[key] = (inc.location, inc.country)
        await self.db.executemany(
            "INSERT INTO incidents (article_id, kind, location, location_key, admin1, country, count, day, "
            "killed, injured) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        now = _now()
        await self.db.executemany(
            "INSERT INTO learned_places (location_key, location, admin1, country, seen, updated_at) "
            "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT(location_key) DO UPDATE SET "
            "location = excluded.location, admin1 = excluded.admin1, country = excluded.country, "
            "seen = learned_places.seen + 1, updated_at = excluded.updated_at",
            [(key, spelling[key][0], admin1, spelling[key][1], now) for key, admin1 in learned.items()],
        )
        return learned

    async def _link_statement(self, article_id: int, extraction: Extraction) -> tuple[int, str | None, bool]:
        """Join the best matching statement of the same day, or start one: (id, earlier source, merged)."""
        db = self.db
        day = statement_day(extraction)
        rkey = reporter_key(extraction.reporter)
        mine = Signature.of(
            (
                (i.kind, place_key(i.location) if i.location else None, i.admin1, i.count)
                for i in extraction.incidents
            ),
            extraction.reported_total,
        )
        best: tuple[float, int, int, str | None] | None = None  # (similarity, statement, lead, source)
        if day is not None:
            # The same day, or a day either side for a reprint of the identical list.
            candidates = await _fetch(
                db,
                "SELECT s.id, s.day, s.reporter_key, s.lead_article_id, a.source, a.reported_total "
                "FROM statements AS s JOIN articles AS a ON a.id = s.lead_article_id "
                "WHERE s.day BETWEEN ? AND ? AND a.id <> ? ORDER BY s.id",
                ((day - timedelta(days=1)).isoformat(), (day + timedelta(days=1)).isoformat(), article_id),
            )
            compatible = [c for c in candidates if reporters_compatible(rkey, c["reporter_key"])]
            leads = [c["lead_article_id"] for c in compatible]
            rows_of: dict[int, list[tuple[str, str | None, str | None, int]]] = {lead: [] for lead in leads}
            # One query for every candidate's incidents (not one per candidate).
            for start in range(0, len(leads), 500):
                chunk = leads[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                for r in await _fetch(
                    db,
                    "SELECT article_id, kind, location_key, admin1, count FROM incidents "
                    f"WHERE article_id IN ({marks}) ORDER BY id",
                    chunk,
                ):
                    rows_of[r[0]].append((r[1], r[2], r[3], r[4]))
            for cand in compatible:
                theirs = Signature.of(rows_of[cand["lead_article_id"]], cand["reported_total"])
                if cand["day"] == day.isoformat():
                    score = mine.similarity(theirs)
                else:
                    score = 0.99 if mine.reprints(theirs) else 0.0  # a same-day match of 1.0 is preferred
                if score >= SAME_PLACES_MIN_JACCARD and (best is None or score > best[0]):
                    best = (score, cand["id"], cand["lead_article_id"], cand["source"])
        if best is not None:
            statement_id = best[1]
            await db.execute("UPDATE articles SET statement_id = ? WHERE id = ?", (statement_id, article_id))
            if rkey is not None:
                await db.execute(
                    "UPDATE statements SET reporter_key = ? WHERE id = ? AND reporter_key IS NULL",
                    (rkey, statement_id),
                )
            return statement_id, best[3], True
        cursor = await db.execute(
            "INSERT INTO statements (reporter_key, day, lead_article_id) VALUES (?, ?, ?)",
            (rkey, _iso(day), article_id),
        )
        new_id = cursor.lastrowid
        assert new_id is not None
        await db.execute("UPDATE articles SET statement_id = ? WHERE id = ?", (new_id, article_id))
        return new_id, None, False

    async def _detach(self, article_id: int) -> None:
        """Take an article out of its statement: the next article leads, or the statement goes."""
        db = self.db
        rows = await _fetch(db, "SELECT statement_id FROM articles WHERE id = ?", (article_id,))
        statement_id = rows[0][0] if rows else None
        if statement_id is None:
            return
        await db.execute("UPDATE articles SET statement_id = NULL WHERE id = ?", (article_id,))
        lead = await _fetch(db, "SELECT lead_article_id FROM statements WHERE id = ?", (statement_id,))
        if lead and lead[0][0] != article_id:
            return
        nxt = await _fetch(
            db, "SELECT id FROM articles WHERE statement_id = ? ORDER BY id LIMIT 1", (statement_id,)
        )
        if nxt:
            await db.execute(
                "UPDATE statements SET lead_article_id = ? WHERE id = ?", (nxt[0][0], statement_id)
            )
        else:
            await db.execute("DELETE FROM statements WHERE id = ?", (statement_id,))

    async def _duplicate(self, article_id: int) -> AddResult:
        extraction, statement_id = await self._stored_extraction(article_id)
        return AddResult("duplicate", article_id, extraction, statement_id=statement_id)

    async def _stored_extraction(self, article_id: int) -> tuple[Extraction, int | None]:
        """An article's extraction as stored (what a duplicate would have produced)."""
        async with self._reading() as db:
            arts = await _fetch(
                db,
                "SELECT published, reporter, reported_total, language, statement_day, statement_id "
                "FROM articles WHERE id = ?",
                (article_id,),
            )
            incs = await _fetch(
                db,
                "SELECT kind, location, admin1, country, count, day, killed, injured FROM incidents "
                "WHERE article_id = ? ORDER BY id",
                (article_id,),
            )
        if not arts:
            return Extraction(None, None, None), None
        a = arts[0]
        incidents = tuple(
            Incident(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), r[6], r[7]) for r in incs
        )
        extraction = Extraction(
            published=_date(a["published"]),
            reporter=a["reporter"],
            reported_total=a["reported_total"],
            incidents=incidents,
            language=a["language"],
            statement_date=_date(a["statement_day"]),
        )
        return extraction, a["statement_id"]

    # -------------------------------------------------------------- reading

    async def article_for_message(self, chat_id: int, message_id: int) -> ArticleRow | None:
        """The article a chat message carried (to re-extract it when the message is edited)."""
        async with self._reading() as db:
            rows = await _fetch(
                db,
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE chat_id = ? AND message_id = ? "
                "ORDER BY id DESC LIMIT 1",
                (chat_id, message_id),
            )
        return _article_row(rows[0]) if rows else None

    async def last_article_by(self, user_id: int) -> ArticleRow | None:
        """The most recent article a user added (for /undo-like commands)."""
        async with self._reading() as db:
            rows = await _fetch(
                db,
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE added_by = ? ORDER BY id DESC LIMIT 1",
                (user_id,),
            )
        return _article_row(rows[0]) if rows else None

    async def get_article(self, article_id: int) -> ArticleRow | None:
        async with self._reading() as db:
            rows = await _fetch(db, f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,))
        return _article_row(rows[0]) if rows else None

    async def article_text(self, article_id: int) -> str | None:
        async with self._reading() as db:
            rows = await _fetch(db, "SELECT text FROM articles WHERE id = ?", (article_id,))
        return str(rows[0][0]) if rows else None

    async def known_location(self, key: str) -> str | None:
        """A stored spelling of the town with this ``place_key``, or None if no article named it."""
        async with self._reading() as db:
            rows = await _fetch(db, "SELECT location FROM learned_places WHERE location_key = ?", (key,))
            if not rows:
                rows = await _fetch(
                    db,
                    "SELECT location FROM incidents WHERE location_key = ? AND location IS NOT NULL LIMIT 1",
                    (key,),
                )
        return str(rows[0][0]) if rows else None

    def _filter(
        self, question: Question, start: date | None = None, end: date | None = None
    ) -> tuple[str, list[Any]]:
        """FROM/WHERE over the lead articles' incidents (the question's period unless given); values bound."""
        where = ["i.day BETWEEN ? AND ?"]
        params: list[Any] = [(start or question.start).isoformat(), (end or question.end).isoformat()]
        if question.kind is not None:
            where.append("i.kind = ?")
            params.append(question.kind)
        place = question.place
        if place is not None:
            if place.level == "admin1":
                names = _province_names(question)
                # One name is an equality, which lets every statement use incidents_admin1.
                where.append("i.admin1 = ?" if len(names) == 1 else "i.admin1 IN (?, ?)")
                params += names
            else:
                where.append("i.location_key = ?")
                params.append(place.key or place_key(place.name))
        # CROSS JOIN keeps incidents (filtered through an index) as the outer loop.
        sql = (
            "FROM incidents AS i CROSS JOIN statements AS s ON s.lead_article_id = i.article_id "
            "WHERE " + " AND ".join(where)
        )
        return sql, params

    async def answer(self, question: Question, reports_listed: int = REPORTS_LISTED) -> Answer:
        """Totals, per place, per day and the reports, counting each statement once.

        Only the latest ``reports_listed`` reports are listed (oldest first);
        ``Answer.report_count`` is the exact number of them. Questions about a
        province or about everywhere read the counts kept on write (migration 005),
        whose size does not grow with the period; a town's incidents are few, so
        its questions read them directly. Both give ``answer_from_incidents``'s answer.
        """
        if not self._counted or (question.place is not None and question.place.level != "admin1"):
            return await self.answer_from_incidents(question, reports_listed)
        return await self._answer_from_counts(question, reports_listed)

    async def answer_from_incidents(self, question: Question, reports_listed: int = REPORTS_LISTED) -> Answer:
        """``answer`` computed from the incidents and statements tables alone (the definition)."""
        base, params = self._filter(question)
        async with self._reading() as db:
            places = await _fetch(
                db,
                f"SELECT i.location_key, i.admin1, MIN(i.location), SUM(i.count) {base} "
                "GROUP BY i.location_key, i.admin1",
                params,
            )
            days = await _fetch(
                db, f"SELECT i.day, SUM(i.count) {base} GROUP BY i.day ORDER BY i.day", params
            )
            # The latest reports only (a year holds thousands), but their exact number, in one
            # pass over the articles_statement index; then the rows of the few listed.
            latest = await _fetch(
                db,
                "SELECT a.id, COUNT(*) OVER () FROM articles AS a "
                f"WHERE a.statement_id IN (SELECT s.id {base}) "
                "ORDER BY COALESCE(a.statement_day, a.published) DESC, a.published DESC, a.id DESC LIMIT ?",
                [*params, max(1, reports_listed)],
            )
            report_count = int(latest[0][1]) if latest else 0
            ids = [int(r[0]) for r in latest][: max(0, reports_listed)]
            marks = ", ".join("?" * len(ids))
            reports = await _fetch(
                db,
                "SELECT a.id, a.source, a.source_url, a.published, a.statement_day FROM articles AS a "
                f"WHERE a.id IN ({marks}) "
                "ORDER BY COALESCE(a.statement_day, a.published), a.published, a.id",
                ids,
            )
        return _make_answer(question, places, days, reports, report_count)

    async def _answer_from_counts(self, question: Question, reports_listed: int) -> Answer:
        """``answer`` for a province or everywhere, from counted_days/months/statements (migration 005).

        Per day: ``counted_days``. Per place: ``counted_months`` for the whole months of
        the period, the incidents themselves for the days before the first and after the
        last whole month (at most a month each side). Reports: the statements whose lead
        has a matching incident, from ``counted_statements`` (one row per statement, kind,
        day and province, carrying the statement's number of reports and its latest one;
        a statement is counted on its first row in the period, the one whose previous day
        lies before it). The latest ``reports_listed`` reports lie within the statements
        whose latest reports are the latest ``reports_listed``: only their articles are read.
        """
        async with self._reading() as db:
            return await self._answer_from_counts_in(db, question, reports_listed)

    async def _answer_from_counts_in(
        self, db: aiosqlite.Connection, question: Question, reports_listed: int
    ) -> Answer:
        """``_answer_from_counts`` on the connection it holds (kinds are read before the SQL is built)."""
        start, end = question.start.isoformat(), question.end.isoformat()
        names = _province_names(question)
        # Every kind: the kinds present, listed, so that the kind-first keys still serve the period.
        kinds = [question.kind] if question.kind is not None else await _counted_kinds(db)
        kind_sql = "kind = ?" if question.kind is not None else f"kind IN ({', '.join('?' * len(kinds))})"
        where: list[str] = [kind_sql]
        params: list[Any] = list(kinds)
        if names:
            where.append("admin1 = ?" if len(names) == 1 else "admin1 IN (?, ?)")
            params += names
        days_sql = " AND ".join(["day BETWEEN ? AND ?", *where])
        days_params = [start, end, *params]
        # Per place: whole months from counted_months, the partial months at either end
        # from the incidents; one GROUP BY over all parts keeps MIN(location) as it is.
        parts: list[str] = []
        place_params: list[Any] = []
        months = _whole_months(question.start, question.end)
        edges = [(question.start, question.end)]
        if months is not None:
            first, last = months
            parts.append(
                # Missing names are kept as x'' there (see the migration): NULL again here.
                "SELECT NULLIF(location_key, x'') AS location_key, NULLIF(admin1, x'') AS admin1, "
                "NULLIF(location, x'') AS location, count FROM counted_months "
                "WHERE " + " AND ".join(["month BETWEEN ? AND ?", *where])
            )
            place_params += [first.strftime("%Y-%m"), last.strftime("%Y-%m"), *params]
            edges = []
            if question.start < first:
                edges.append((question.start, first - timedelta(days=1)))
            after = _month_end(last)
            if after < question.end:
                edges.append((after + timedelta(days=1), question.end))
        for lo, hi in edges:
            base, base_params = self._filter(question, lo, hi)
            parts.append(f"SELECT i.location_key, i.admin1, i.location, i.count {base}")
            place_params += base_params
        if months is not None and not edges:  # whole months only: grouped where they are, x'' as NULL
            places_sql = (
                "SELECT NULLIF(location_key, x''), NULLIF(admin1, x''), MIN(NULLIF(location, x'')), SUM(count) "
                "FROM counted_months WHERE " + " AND ".join(["month BETWEEN ? AND ?", *where]) + " "
                "GROUP BY location_key, admin1"
            )
        else:
            places_sql = (
                "SELECT location_key, admin1, MIN(location), SUM(count) FROM ("
                + " UNION ALL ".join(parts)
                + ") GROUP BY location_key, admin1"
            )
        scope = [("admin1 = ?" if len(names) == 1 else "admin1 IN (?, ?)") if names else "admin1 IS NULL"]
        statements_sql = " AND ".join(["day BETWEEN ? AND ?", kind_sql, *scope])
        statements_params = [start, end, *kinds, *names]
        if len(names) < 2:
            # One row per statement: its first in the period (no previous day within it).
            prev = "prev_day" if question.kind is not None else "prev_day_any"
            statements_sql += f" AND ({prev} IS NULL OR {prev} < ?)"
            statements_params.append(start)
            count_sql = f"SELECT COALESCE(SUM(articles), 0) FROM counted_statements WHERE {statements_sql}"
            latest_sql = (
                f"SELECT statement_id FROM counted_statements WHERE {statements_sql} "
                "ORDER BY latest_day DESC, latest_published DESC, latest_id DESC LIMIT ?"
            )
        else:
            # Two spellings of a province may both hold rows of one statement: grouped, it counts once.
            count_sql = (
                "SELECT COALESCE(SUM(articles), 0) FROM (SELECT MAX(articles) AS articles "
                f"FROM counted_statements WHERE {statements_sql} GROUP BY statement_id)"
            )
            latest_sql = (
                f"SELECT statement_id FROM counted_statements WHERE {statements_sql} GROUP BY statement_id "
                "ORDER BY MAX(latest_day) DESC, MAX(latest_published) DESC, MAX(latest_id) DESC LIMIT ?"
            )
        places = await _fetch(db, places_sql, place_params)
        days = await _fetch(
            db,
            f"SELECT day, SUM(count) FROM counted_days WHERE {days_sql} GROUP BY day ORDER BY day",
            days_params,
        )
        report_count = int((await _fetch(db, count_sql, statements_params))[0][0])
        reports: list[sqlite3.Row] = []
        if reports_listed > 0 and report_count > 0:
            latest = await _fetch(db, latest_sql, [*statements_params, reports_listed])
            ids = [int(r[0]) for r in latest]
            marks = ", ".join("?" * len(ids))
            reports = await _fetch(
                db,
                "SELECT a.id, a.source, a.source_url, a.published, a.statement_day FROM articles AS a "
                f"WHERE a.statement_id IN ({marks}) "
                "ORDER BY COALESCE(a.statement_day, a.published) DESC, a.published DESC, a.id DESC "
                "LIMIT ?",
                [*ids, reports_listed],
            )
            reports.reverse()
        return _make_answer(question, places, days, reports, report_count)

    async def period(self) -> Period:
        """First and last incident day stored: two index probes (``stats`` sums every violation)."""
        async with self._reading() as db:
            # Two subqueries: SQLite answers a lone MIN or MAX from the index, not both in one.
            rows = await _fetch(
                db, "SELECT (SELECT MIN(day) FROM incidents), (SELECT MAX(day) FROM incidents)"
            )
        return Period(_date(rows[0][0]), _date(rows[0][1]))

    async def stats(self) -> Stats:
        async with self._reading() as db:
            counts = await _fetch(
                db,
                "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM incidents), "
                "(SELECT COUNT(*) FROM statements), (SELECT COUNT(*) FROM learned_places), "
                "(SELECT MIN(day) FROM incidents), (SELECT MAX(day) FROM incidents)",
            )
            # Lead incidents only: summed per day on write (migration 005), else joined here.
            violations = await _fetch(
                db,
                "SELECT COALESCE(SUM(count), 0) FROM counted_days WHERE kind = ?"
                if self._counted
                else "SELECT COALESCE(SUM(i.count), 0) FROM incidents AS i "
                "CROSS JOIN statements AS s ON s.lead_article_id = i.article_id WHERE i.kind = ?",
                (VIOLATION,),
            )
        c = counts[0]
        return Stats(
            articles=int(c[0]),
            incidents=int(c[1]),
            violations=int(violations[0][0]),
            first_day=_date(c[4]),
            last_day=_date(c[5]),
            statements=int(c[2]),
            learned_places=int(c[3]),
        )


def _province_names(question: Question) -> list[str]:
    """The one or two spellings a province question matches in ``admin1`` ([] when not a province)."""
    place = question.place
    if place is None or place.level != "admin1":
        return []
    return list(dict.fromkeys([place.key or place.name, place.name]))


async def _counted_kinds(db: aiosqlite.Connection) -> list[str]:
    """The kinds in ``counted_days``, one index probe each (a recursive skip, not a scan)."""
    rows = await _fetch(
        db,
        "WITH RECURSIVE k(kind) AS (SELECT MIN(kind) FROM counted_days UNION ALL "
        "SELECT (SELECT MIN(kind) FROM counted_days WHERE kind > k.kind) FROM k WHERE k.kind IS NOT NULL) "
        "SELECT kind FROM k WHERE kind IS NOT NULL",
    )
    return [str(r[0]) for r in rows]


def _month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _whole_months(start: date, end: date) -> tuple[date, date] | None:
    """The first days of the first and last months lying wholly in [start, end]; None if there is none."""
    first = start if start.day == 1 else _month_end(start) + timedelta(days=1)
    last = end.replace(day=1) if _month_end(end) == end else end.replace(day=1) - timedelta(days=1)
    last = last.replace(day=1)
    return (first, last) if first <= last else None


def _make_answer(
    question: Question,
    places: Sequence[sqlite3.Row],
    days: Sequence[sqlite3.Row],
    reports: Sequence[sqlite3.Row],
    report_count: int,
) -> Answer:
    """An Answer from (key, admin1, location, count), (day, count) and article rows."""
    place_counts = [PlaceCount(r[2], r[1], int(r[3])) for r in places]
    # Ties end on the raw names, so that every way of computing an answer lists places alike.
    place_counts.sort(
        key=lambda p: (
            -p.count,
            p.location is None,
            fold(p.location or p.admin1 or ""),
            p.admin1 or "",
            p.location or "",
        )
    )
    return Answer(
        question=question,
        total=sum(p.count for p in place_counts),
        places=place_counts,
        days=[DayCount(date.fromisoformat(r[0]), int(r[1])) for r in days],
        reports=[Report(r[0], r[1], r[2], _date(r[3]), _date(r[4])) for r in reports],
        report_count=report_count,
    )


@dataclass(frozen=True)
class _Stored:
    result: AddResult
    learned: dict[str, str]


def learned_from(incidents: Iterable[Incident]) -> dict[str, str]:
    """{place key: province} an article teaches (what ``_write_incidents`` records)."""
    learned: dict[str, str] = {}
    for inc in incidents:
        key = place_key(inc.location) if inc.location else None
        if key and inc.location and inc.admin1:
            learned[key] = inc.admin1
    return learned


def _extract_all(
    items: Sequence[tuple[str, datetime | None, Provenance]],
    digests: Sequence[str],
    known: Mapping[str, int],
    learned: dict[str, str],
) -> list[Extraction | Exception | None]:
    """Extract in order, each article with the places learned before it (None: a duplicate, skipped)."""
    from extraction.article import extract_article

    out: list[Extraction | Exception | None] = []
    seen: set[str] = set()
    for (text, received, _), digest in zip(items, digests, strict=True):
        if digest in known or digest in seen:
            out.append(None)
            continue
        try:
            extraction = extract_article(text, received, MappingProxyType(learned))  # a view: no copy
        except Exception as exc:  # one bad article must not sink the batch
            out.append(exc)
            continue
        if extraction.incidents or extraction.reported_total is not None:
            seen.add(digest)
            learned.update(learned_from(extraction.incidents))
        out.append(extraction)
    return out


class _Duplicate(Exception):
    """Raised inside the write transaction to roll it back when the text is already stored."""

    def __init__(self, article_id: int) -> None:
        super().__init__(article_id)
        self.article_id = article_id
