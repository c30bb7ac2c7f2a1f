"""Counts kept on write (migration 005) answer exactly as the incidents themselves do.

``Store.answer`` reads ``counted_days``/``counted_months``/``counted_statements`` for
province and whole-database questions; ``Store.answer_from_incidents`` computes the same
answer from incidents and statements alone. After every kind of write — new articles,
duplicates, another outlet's report of the same statement, deletions of leads and of
followers, edits, batches, re-keyed places, even rows changed behind the Store's back —
the two must agree, and the kept tables must equal a recount from scratch.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from extraction.model import VIOLATION, Extraction, Incident, PlaceFilter, Question
from extraction.places import place_key
from storage.migrate import default_directory
from storage.models import Provenance
from storage.store import Store
from tests.conftest import SEED

REPORTER = "Russian Center for Reconciliation in Syria"
FIRST_DAY = date(2019, 12, 20)  # the data crosses a year and several month boundaries
DAYS = 75
TOWNS: list[tuple[str | None, str | None]] = [  # two spellings of one town, one town in two provinces
    ("Jurin", "Latakia"),
    ("Djurin", "Latakia"),
    ("Safsafa", "Latakia"),
    ("Ikko", "Latakia"),
    ("Kinsabba", "Latakia"),
    ("Anadan", "Aleppo"),
    ("Hraytan", "Aleppo"),
    ("Kafr Nabudah", "Hama"),
    ("Kafr Nabudah", "Idlib"),
    ("Khan Shaykhun", "Idlib"),
    ("Nowhere Known", None),
]
KINDS = [VIOLATION, VIOLATION, VIOLATION, "shelling", "airstrike"]

# The kept tables recomputed from scratch (x'' stands for a missing name there).
RECOUNT = {
    "counted_days": (
        "SELECT i.kind, i.day, COALESCE(i.admin1, x''), SUM(i.count), COUNT(*) FROM incidents AS i "
        "JOIN statements AS s ON s.lead_article_id = i.article_id GROUP BY 1, 2, 3",
        "SELECT kind, day, admin1, count, n FROM counted_days",
    ),
    "counted_months": (
        "SELECT i.kind, substr(i.day, 1, 7), COALESCE(i.admin1, x''), COALESCE(i.location_key, x''), "
        "COALESCE(i.location, x''), SUM(i.count), COUNT(*) "
        "FROM incidents AS i JOIN statements AS s ON s.lead_article_id = i.article_id "
        "GROUP BY 1, 2, 3, 4, 5",
        "SELECT kind, month, admin1, location_key, location, count, n FROM counted_months",
    ),
    "counted_statements": (  # previous days by window functions here, by subqueries in the migration
        "WITH r AS (SELECT DISTINCT s.id, i.kind, i.day, NULL AS admin1 "
        "FROM incidents AS i JOIN statements AS s ON s.lead_article_id = i.article_id "
        "UNION ALL SELECT DISTINCT s.id, i.kind, i.day, i.admin1 "
        "FROM incidents AS i JOIN statements AS s ON s.lead_article_id = i.article_id "
        "WHERE i.admin1 IS NOT NULL) "
        "SELECT id, kind, day, admin1, "
        "lag(day) OVER (PARTITION BY id, admin1, kind ORDER BY day), "
        "lag(day) OVER (PARTITION BY id, admin1 ORDER BY day, kind), "
        "(SELECT COUNT(*) FROM articles WHERE statement_id = r.id) FROM r",
        "SELECT statement_id, kind, day, admin1, prev_day, prev_day_any, articles FROM counted_statements",
    ),
}


def recount_differences(
    path: Path,
) -> dict[str, tuple[Counter[tuple[object, ...]], Counter[tuple[object, ...]]]]:
    """Per kept table: (rows missing from it, rows it should not have); empty when exact."""
    out = {}
    with sqlite3.connect(path) as conn:
        for table, (truth_sql, kept_sql) in RECOUNT.items():
            truth = Counter(tuple(r) for r in conn.execute(truth_sql))
            kept = Counter(tuple(r) for r in conn.execute(kept_sql))
            if truth != kept:
                out[table] = (truth - kept, kept - truth)
        # Each statement's rows name its latest report, as answers order reports.
        wrong_latest = conn.execute(
            "SELECT c.statement_id FROM counted_statements AS c WHERE c.latest_id IS NOT "
            "(SELECT a.id FROM articles AS a WHERE a.statement_id = c.statement_id "
            " ORDER BY COALESCE(a.statement_day, a.published) DESC, a.published DESC, a.id DESC LIMIT 1)"
        ).fetchall()
        if wrong_latest:
            out["latest"] = (Counter(tuple(r) for r in wrong_latest), Counter())
    return out


def incident(rng: random.Random, day: date) -> Incident:
    town, province = rng.choice(TOWNS)
    if rng.random() < 0.15:
        town = None  # a province total
        province = province or "Latakia"
    # Now and then a bulletin mentions the day before; counts of 0 are real counts.
    when = day - timedelta(days=1) if rng.random() < 0.1 else day
    return Incident(rng.choice(KINDS), town, province, "SY", rng.choice([0, 1, 1, 2, 3, 5]), when)


def bulletin(rng: random.Random, day: date) -> Extraction:
    incidents = tuple(incident(rng, day) for _ in range(rng.randint(1, 6)))
    return Extraction(day + timedelta(days=1), REPORTER, rng.choice([None, 7]), incidents, statement_date=day)


def reprint(rng: random.Random, original: Extraction) -> Extraction:
    """Another outlet's report of the same statement: same places, counts sometimes differ."""
    changed = tuple(
        Incident(i.kind, i.location, i.admin1, i.country, i.count + rng.choice([0, 0, 1]), i.date)
        for i in original.incidents
    )
    assert original.published is not None
    published = original.published + timedelta(days=rng.choice([0, 1]))  # the same day, or the next morning
    return Extraction(
        published, REPORTER, original.reported_total, changed, statement_date=original.statement_date
    )


async def write_everything(store: Store, path: Path, seed: int = 5) -> None:
    """A seeded mix of every write the Store does; the kept tables are checked after each step."""
    rng = random.Random(seed)
    stored: list[tuple[int, Extraction]] = []  # (article id, extraction) still stored
    statuses: Counter[str] = Counter()  # what the other outlets' reports became
    for n in range(DAYS):
        day = FIRST_DAY + timedelta(days=n)
        first = bulletin(rng, day)
        text = f"bulletin {n}"
        res = await store.add_extraction(text, first, Provenance(source=f"outlet a {n}"))
        assert res.status in ("added", "merged")  # a chance likeness to a stored statement merges it
        assert res.article_id is not None
        stored.append((res.article_id, first))
        dup = await store.add_extraction(text.upper(), first, Provenance(source="again"))
        assert dup.status == "duplicate"
        if rng.random() < 0.4:  # other outlets report the same statement
            for k in range(rng.randint(1, 2)):
                copy = reprint(rng, first)
                merged = await store.add_extraction(
                    f"{text} as told by {k}", copy, Provenance(source=f"o{k}")
                )
                assert merged.article_id is not None
                statuses[merged.status] += 1
                stored.append((merged.article_id, copy))
        roll = rng.random()
        if roll < 0.15 and stored:  # /delete or /undo: often a lead that others follow
            article_id, _ = stored.pop(rng.randrange(len(stored)))
            assert await store.delete_article(article_id)
        elif roll < 0.3 and stored:  # an edited message: new places, days, provinces
            k = rng.randrange(len(stored))
            article_id, _ = stored[k]
            edited = bulletin(rng, FIRST_DAY + timedelta(days=rng.randrange(DAYS)))
            res = await store.replace_extraction(article_id, f"edited {n}", edited)
            assert res.status in ("added", "merged")
            stored[k] = (article_id, edited)
        elif roll < 0.33 and stored:  # an edit that leaves nothing: the article goes
            article_id, _ = stored.pop(rng.randrange(len(stored)))
            res = await store.replace_extraction(article_id, f"emptied {n}", Extraction(None, None, None))
            assert res.status == "empty"
        assert recount_differences(path) == {}, f"after day {n}"
    assert statuses["merged"] >= 10  # same statement, several outlets: counted once
    # The real extractor's path: a batch with a duplicate inside it, then the same one by one.
    batch = await store.ingest_batch(
        [(SEED, None, Provenance(source="a")), (SEED, None, Provenance(source="b"))]
    )
    assert [getattr(r, "status", r) for r in batch] == ["added", "duplicate"]
    assert (await store.ingest(SEED, None, Provenance())).status == "duplicate"
    assert recount_differences(path) == {}


def province(name: str, key: str | None = None) -> PlaceFilter:
    return PlaceFilter(name, "admin1", key or name)


PLACES = [
    None,
    province("Latakia"),
    province("Lattakia", "Latakia"),  # a spelling and the canonical name: admin1 IN (?, ?)
    province("Idlib"),
    PlaceFilter("Jurin", "location", place_key("Jurin")),
    PlaceFilter("Kafr Nabudah", "location", place_key("Kafr Nabudah")),
]
PERIODS = [
    (date(2020, 1, 1), date(2020, 1, 1)),  # one day
    (date(2019, 12, 28), date(2020, 1, 3)),  # a week across the new year
    (date(2020, 1, 1), date(2020, 1, 31)),  # a whole month
    (date(2020, 1, 10), date(2020, 2, 20)),  # partial months at both ends, no whole one
    (date(2019, 12, 15), date(2020, 2, 29)),  # whole months with partial ones either side
    (date(2019, 12, 31), date(2020, 2, 1)),  # one day either side of a whole month
    (date(2020, 1, 1), date(2020, 12, 31)),  # a year
    (date(2015, 1, 1), date(2024, 12, 31)),  # everything
    (date(2021, 1, 1), date(2021, 6, 30)),  # nothing stored
]


def questions() -> list[Question]:
    return [
        Question(kind=kind, place=place, start=start, end=end)
        for kind in (VIOLATION, "shelling", None)
        for place in PLACES
        for start, end in PERIODS
    ]


async def assert_same_answers(store: Store, listed: int = 3) -> int:
    """Every question answered both ways, with a short and a full list of reports; returns the total."""
    seen = 0
    for question in questions():
        for reports_listed in (listed, 10_000):
            fast = await store.answer(question, reports_listed)
            slow = await store.answer_from_incidents(question, reports_listed)
            assert fast.to_json() == slow.to_json(), question
            assert fast.places == slow.places, question
            assert fast.reports == slow.reports, question
            assert fast.reports_total == slow.reports_total, question
            seen += fast.total
    return seen


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "agg.sqlite3")
    yield s
    await s.close()


async def test_kept_counts_answer_as_the_incidents_after_every_kind_of_write(store: Store) -> None:
    await write_everything(store, store.path)
    assert await assert_same_answers(store) > 0
    stats = await store.stats()
    year = await store.answer_from_incidents(Question(VIOLATION, None, date(2000, 1, 1), date(2099, 12, 31)))
    assert stats.violations == year.total


async def test_rows_changed_behind_the_store_are_counted_too(tmp_path: Path) -> None:
    """Triggers, not Store methods, keep the counts: a re-keyed town or a raw delete stays exact."""
    path = tmp_path / "behind.sqlite3"
    store = await Store.open(path)
    await write_everything(store, path, seed=11)
    await store.close()
    with sqlite3.connect(path) as conn:  # keys made by older rules, and a lead removed by hand
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE incidents SET location_key = 'old-' || location_key WHERE location IS NOT NULL")
        conn.execute("PRAGMA user_version = 7")
        lead = conn.execute("SELECT lead_article_id FROM statements ORDER BY id LIMIT 1 OFFSET 3").fetchone()[
            0
        ]
        conn.execute("DELETE FROM articles WHERE id = ?", (lead,))
        # Incidents edited in place: another province and day, another kind, another article.
        conn.execute("UPDATE incidents SET admin1 = 'Hama', day = date(day, '+1 day') WHERE id % 7 = 0")
        conn.execute("UPDATE incidents SET kind = 'clash', count = count + 1 WHERE id % 11 = 0")
        conn.execute("UPDATE incidents SET article_id = (SELECT MIN(id) FROM articles) WHERE id % 13 = 0")
        conn.execute("DELETE FROM incidents WHERE id % 17 = 0")
        # A lead gains an incident, a follower goes, an article arrives already in a statement.
        conn.execute(
            "INSERT INTO incidents (article_id, kind, location, location_key, admin1, count, day) "
            "SELECT lead_article_id, 'ceasefire_violation', 'Ikko', ?, 'Latakia', 4, day "
            "FROM statements ORDER BY id DESC LIMIT 1",
            (place_key("Ikko"),),
        )
        follower = conn.execute(
            "SELECT a.id FROM articles AS a JOIN statements AS s ON s.id = a.statement_id "
            "WHERE a.id <> s.lead_article_id LIMIT 1"
        ).fetchone()[0]
        conn.execute("DELETE FROM articles WHERE id = ?", (follower,))
        conn.execute(
            "INSERT INTO articles (text, content_hash, published, statement_day, added_at, statement_id) "
            "SELECT 'late', 'late', '2030-01-01', NULL, '2030-01-01', id FROM statements LIMIT 1"
        )
    assert recount_differences(path) == {}
    reopened = await Store.open(path)  # recomputes the keys through UPDATEs of incidents
    try:
        assert recount_differences(path) == {}
        assert await assert_same_answers(reopened) > 0
    finally:
        await reopened.close()


async def test_database_at_004_upgrades_and_answers_the_same(tmp_path: Path) -> None:
    old = tmp_path / "migrations_004"
    old.mkdir()
    for sql in default_directory().glob("00[1234]_*.sql"):
        shutil.copy(sql, old)
    path = tmp_path / "old.sqlite3"
    before = await Store.open(path, migrations=old)
    rng = random.Random(23)
    for n in range(DAYS):
        first = bulletin(rng, FIRST_DAY + timedelta(days=n))
        res = await before.add_extraction(f"old bulletin {n}", first, Provenance(source=f"old {n}"))
        if n % 4 == 0:
            await before.add_extraction(f"old reprint {n}", reprint(rng, first), Provenance(source="other"))
        if n % 9 == 0 and res.article_id is not None:
            await before.delete_article(res.article_id)
    expected = {q: await before.answer(q, 5) for q in questions()}
    await before.close()
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1, 2, 3, 4]

    after = await Store.open(path)  # applies 005: creates and back-fills the kept tables
    try:
        with sqlite3.connect(path) as conn:
            assert 5 in [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
        assert recount_differences(path) == {}
        for question, answer in expected.items():
            upgraded = await after.answer(question, 5)
            assert upgraded.to_json() == answer.to_json(), question
            assert upgraded.reports == answer.reports, question
        # And it keeps counting on later writes.
        more = bulletin(rng, date(2020, 1, 5))
        await after.add_extraction("after the upgrade", more, Provenance())
        assert recount_differences(path) == {}
        assert await assert_same_answers(after) > 0
    finally:
        await after.close()
