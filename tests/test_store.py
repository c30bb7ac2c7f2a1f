"""The Store on real SQLite files: storing, duplicates, statements, learned places, queries.

Most tests hand the store ready-made extractions (``add_extraction``) so that
they check storage rules, not the extractor's reading of a text.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extraction.model import VIOLATION, Extraction, Incident, PlaceFilter, Question
from extraction.places import place_key
from storage.models import Provenance
from storage.store import Signature, Store, content_hash, read_learned_places, reporters_compatible

D9 = date(2019, 4, 9)
D10 = date(2019, 4, 10)
CENTER = "Russian Center for Reconciliation in Syria"


def v(
    location: str | None, admin1: str | None, count: int = 1, day: date = D9, kind: str = VIOLATION
) -> Incident:
    return Incident(kind, location, admin1, "SY", count, day)


def ex(*incidents: Incident, reporter: str | None = CENTER, total: int | None = None) -> Extraction:
    return Extraction(
        D10, reporter, total, tuple(incidents), statement_date=incidents[0].date if incidents else None
    )


LATAKIA_7 = (
    v("Safsafa", "Latakia"),
    v("Ikko", "Latakia"),
    v("Ruyeset-Iskander", "Latakia"),
    v("Jubb-al-Zaur", "Latakia"),
    v("Kalaat-Maraza", "Latakia"),
    v("Nahshebba", "Latakia"),
    v("Jurin", "Latakia"),
    v("Aleppo", "Aleppo"),
)


def q(
    start: date = date(2019, 4, 8),
    end: date = date(2019, 4, 14),
    place: PlaceFilter | None = None,
    kind: str | None = VIOLATION,
) -> Question:
    return Question(kind=kind, place=place, start=start, end=end)


LATAKIA = PlaceFilter("Latakia", "admin1", "Latakia")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(tmp_path / "tw.sqlite3")
    yield s
    await s.close()


async def test_open_sets_wal_and_foreign_keys(store: Store) -> None:
    mode = await store.db.execute_fetchall("PRAGMA journal_mode")
    fks = await store.db.execute_fetchall("PRAGMA foreign_keys")
    assert next(iter(mode))[0] == "wal"
    assert next(iter(fks))[0] == 1


async def test_add_then_answer_counts_places_days_and_reports(store: Store) -> None:
    res = await store.add_extraction("bulletin one", ex(*LATAKIA_7, total=8), Provenance(source="Sputnik"))
    assert res.status == "added"
    assert res.article_id is not None

    latakia = await store.answer(q(place=LATAKIA))
    assert latakia.total == 7
    assert len(latakia.places) == 7
    assert {p.admin1 for p in latakia.places} == {"Latakia"}
    assert [(d.day, d.count) for d in latakia.days] == [(D9, 7)]
    assert [r.source for r in latakia.reports] == ["Sputnik"]

    everywhere = await store.answer(q())
    assert everywhere.total == 8
    aleppo = await store.answer(q(place=PlaceFilter("Aleppo", "admin1", "Aleppo")))
    assert aleppo.total == 1
    outside = await store.answer(q(start=date(2019, 4, 1), end=date(2019, 4, 7)))
    assert outside.total == 0
    assert outside.places == []
    assert outside.reports == []


async def test_places_sorted_by_count_then_name_with_province_totals(store: Store) -> None:
    await store.add_extraction(
        "mixed",
        ex(v("Zara", "Hama", 1), v("Bara", "Hama", 3), v("Abu", "Hama", 1), v(None, "Hama", 2)),
        Provenance(),
    )
    answer = await store.answer(q())
    assert [(p.location, p.count) for p in answer.places] == [("Bara", 3), (None, 2), ("Abu", 1), ("Zara", 1)]
    assert answer.total == 7


async def test_town_filter_matches_spelling_variants(store: Store) -> None:
    await store.add_extraction("t1", ex(v("Jurin", "Latakia", 2)), Provenance())
    await store.add_extraction(
        "t2", ex(v("Djurin", "Latakia", 3, day=D10), reporter="Other body"), Provenance()
    )
    town = PlaceFilter("Jourin", "location", place_key("Jourin"))
    answer = await store.answer(q(place=town))
    assert answer.total == 5
    assert [(d.day, d.count) for d in answer.days] == [(D9, 2), (D10, 3)]


async def test_kind_filter_and_all_kinds(store: Store) -> None:
    await store.add_extraction(
        "kinds", ex(v("Kafr Nabl", "Idlib", 1, kind="airstrike"), v("Safsafa", "Latakia", 2)), Provenance()
    )
    assert (await store.answer(q())).total == 2
    assert (await store.answer(q(kind="airstrike"))).total == 1
    assert (await store.answer(q(kind=None))).total == 3


async def test_same_text_is_stored_once_ignoring_case_and_whitespace(store: Store) -> None:
    first = await store.add_extraction(
        "Militants  attacked\nSafsafa", ex(v("Safsafa", "Latakia")), Provenance()
    )
    again = await store.add_extraction(
        "militants attacked safsafa ", ex(v("Safsafa", "Latakia")), Provenance()
    )
    assert again.status == "duplicate"
    assert again.article_id == first.article_id
    assert again.extraction.incidents == first.extraction.incidents  # what was stored, read back
    stats = await store.stats()
    assert (stats.articles, stats.incidents) == (1, 1)
    assert content_hash("A  b") == content_hash("a b\n")


async def test_empty_extraction_stores_nothing(store: Store) -> None:
    res = await store.add_extraction("nothing here", Extraction(D10, None, None), Provenance())
    assert res.status == "empty"
    assert res.article_id is None
    assert (await store.stats()).articles == 0


async def test_reported_total_alone_is_stored(store: Store) -> None:
    res = await store.add_extraction("no violations recorded", Extraction(D10, CENTER, 0), Provenance())
    assert res.status == "added"
    assert (await store.stats()).articles == 1


async def test_same_statement_from_two_outlets_counts_once_lists_both(store: Store) -> None:
    first = await store.add_extraction("sputnik text", ex(*LATAKIA_7, total=8), Provenance(source="Sputnik"))
    # Another outlet: different wording and spelling, one place missing, no reporter named.
    other = (v("Safsafah", "Latakia"), *LATAKIA_7[1:6], v("Djurin", "Latakia"))
    second = await store.add_extraction("tass text", ex(*other, reporter=None), Provenance(source="TASS"))
    assert second.status == "merged"
    assert second.statement_id == first.statement_id
    assert second.merged_with_source == "Sputnik"

    answer = await store.answer(q(place=LATAKIA))
    assert answer.total == 7
    assert sorted(r.source or "" for r in answer.reports) == ["Sputnik", "TASS"]
    assert (await store.stats()).violations == 8


async def test_different_reporter_or_day_or_places_is_a_new_statement(store: Store) -> None:
    base = await store.add_extraction("a", ex(*LATAKIA_7), Provenance(source="A"))
    other_reporter = await store.add_extraction(
        "b", ex(*LATAKIA_7, reporter="Turkish Defence Ministry"), Provenance()
    )
    # The next day's bulletin: mostly the same villages, but not the identical list.
    next_day = (*(v(i.location, i.admin1, day=D10) for i in LATAKIA_7[:6]), v("Kabani", "Latakia", day=D10))
    other_day = await store.add_extraction("c", ex(*next_day), Provenance())
    other_places = await store.add_extraction(
        "d", ex(v("Kabani", "Latakia"), v("Tal Rifat", "Aleppo")), Provenance()
    )
    statements = {
        base.statement_id,
        other_reporter.statement_id,
        other_day.statement_id,
        other_places.statement_id,
    }
    assert len(statements) == 4
    assert {other_reporter.status, other_day.status, other_places.status} == {"added"}


async def test_identical_list_a_day_later_is_a_reprint(store: Store) -> None:
    """Published next morning, the statement is dated a day later: the identical list is one statement."""
    first = await store.add_extraction("evening", ex(*LATAKIA_7), Provenance(source="Sputnik"))
    reprint = tuple(v(i.location, i.admin1, day=D10) for i in LATAKIA_7)
    later = await store.add_extraction("morning", ex(*reprint), Provenance(source="TASS"))
    assert later.status == "merged"
    assert later.statement_id == first.statement_id
    wide = await store.answer(q())
    assert wide.total == 8
    assert [(d.day, d.count) for d in wide.days] == [(D9, 8)]  # the lead's day
    # Two identical places a day apart could be a coincidence: a new statement.
    short = await store.add_extraction(
        "short", ex(v("Safsafa", "Latakia", day=D9), v("Ikko", "Latakia", day=D9)), Provenance()
    )
    short_next = tuple(v(i.location, i.admin1, day=D10) for i in short.extraction.incidents)
    other = await store.add_extraction("short next", ex(*short_next), Provenance())
    assert other.status == "added"


async def test_province_totals_only_merge_when_identical(store: Store) -> None:
    first = await store.add_extraction(
        "p1", ex(v(None, "Hama", 2), v(None, "Aleppo", 3)), Provenance(source="A")
    )
    same = await store.add_extraction(
        "p2", ex(v(None, "Aleppo", 3), v(None, "Hama", 2)), Provenance(source="B")
    )
    differ = await store.add_extraction(
        "p3", ex(v(None, "Aleppo", 4), v(None, "Hama", 2)), Provenance(source="C")
    )
    assert same.status == "merged"
    assert same.statement_id == first.statement_id
    assert differ.status == "added"


def test_signature_similarity_rules() -> None:
    a = Signature.of([(VIOLATION, "sfsf", "Latakia", 1), (VIOLATION, "k", "Latakia", 1)], None)
    b = Signature.of(
        [(VIOLATION, "sfsf", None, 1), (VIOLATION, "k", "Latakia", 1), (VIOLATION, "x", None, 1)], None
    )
    c = Signature.of([(VIOLATION, "sfsf", "Idlib", 1)], None)
    assert a.similarity(b) == pytest.approx(2 / 3)
    assert a.similarity(c) == 0.0
    assert reporters_compatible("russian center reconciliation", "russian center reconciliation syria")
    assert reporters_compatible("russian defense ministry", "russian center reconciliation syria")
    assert reporters_compatible("syrian arab news agency sana", "syrian army general command")
    assert not reporters_compatible("syrian observatory human rights", "syrian army general command")
    assert not reporters_compatible("turkish defence ministry", "russian center reconciliation syria")


async def test_delete_lead_makes_the_next_report_lead(store: Store) -> None:
    first = await store.add_extraction("s1", ex(*LATAKIA_7), Provenance(source="Sputnik"))
    shorter = LATAKIA_7[:6]  # the second outlet lists six of the seven Latakia places
    second = await store.add_extraction("s2", ex(*shorter), Provenance(source="TASS"))
    assert second.status == "merged"
    assert first.article_id is not None
    assert second.article_id is not None
    assert (await store.answer(q(place=LATAKIA))).total == 7

    assert await store.delete_article(first.article_id)
    after = await store.answer(q(place=LATAKIA))
    assert after.total == 6  # now the TASS report's own incidents count
    assert [r.source for r in after.reports] == ["TASS"]

    assert await store.delete_article(second.article_id)
    assert not await store.delete_article(second.article_id)
    stats = await store.stats()
    assert (stats.articles, stats.incidents, stats.statements) == (0, 0, 0)


async def test_delete_member_keeps_lead(store: Store) -> None:
    await store.add_extraction("s1", ex(*LATAKIA_7), Provenance(source="Sputnik"))
    second = await store.add_extraction("s2", ex(*LATAKIA_7[:6]), Provenance(source="TASS"))
    assert second.article_id is not None
    await store.delete_article(second.article_id)
    answer = await store.answer(q(place=LATAKIA))
    assert answer.total == 7
    assert [r.source for r in answer.reports] == ["Sputnik"]


async def test_learned_places_persist_and_are_read_only_readable(tmp_path: Path) -> None:
    path = tmp_path / "learn.sqlite3"
    store = await Store.open(path)
    await store.add_extraction("t", ex(v("Kabani", "Latakia"), v(None, "Hama", 2)), Provenance())
    assert store.learned == {place_key("Kabani"): "Latakia"}
    assert await store.known_location(place_key("Kebani")) == "Kabani"
    assert await store.known_location(place_key("Nowhere")) is None
    await store.close()

    reopened = await Store.open(path)
    assert reopened.learned == {place_key("Kabani"): "Latakia"}
    await reopened.close()
    assert read_learned_places(path) == {place_key("Kabani"): "Latakia"}
    assert read_learned_places(tmp_path / "absent.sqlite3") == {}
    assert not (tmp_path / "absent.sqlite3").exists()


async def test_ingest_passes_learned_places_to_the_extractor(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The extractor receives {place_key: province} of towns stored earlier."""
    from extraction import article

    seen: list[dict[str, str]] = []

    def fake_extract(text: str, received: datetime | None, learned: dict[str, str]) -> Extraction:
        seen.append(dict(learned))
        province = learned.get(place_key("Kabani"))
        return ex(v("Kabani", province))

    await store.add_extraction("first", ex(v("Kabani", "Latakia")), Provenance())
    monkeypatch.setattr(article, "extract_article", fake_extract)
    res = await store.ingest("Militants shelled Kabani twice.", None, Provenance())
    assert seen == [{place_key("Kabani"): "Latakia"}]
    assert res.extraction.incidents[0].admin1 == "Latakia"
    assert (await store.answer(q(place=LATAKIA))).total == 1  # merged: same statement, counted once


async def test_concurrent_ingest_of_one_text_stores_once(store: Store) -> None:
    text = "Militants attacked Safsafa (once) in Latakia province."
    results = await asyncio.gather(
        *(
            store.add_extraction(text, ex(v("Safsafa", "Latakia")), Provenance(source=f"s{n}"))
            for n in range(10)
        )
    )
    assert sorted(r.status for r in results) == ["added"] + ["duplicate"] * 9
    assert len({r.article_id for r in results}) == 1
    assert (await store.stats()).articles == 1


async def test_error_midway_leaves_nothing(store: Store) -> None:
    bad = ex(v("Safsafa", "Latakia"), v("Ikko", "Latakia", count=-1))  # the second incident breaks a CHECK
    with pytest.raises(sqlite3.IntegrityError):
        await store.add_extraction("half", bad, Provenance())
    stats = await store.stats()
    assert (stats.articles, stats.incidents, stats.statements, stats.learned_places) == (0, 0, 0, 0)
    assert store.learned == {}
    ok = await store.add_extraction("half", ex(v("Safsafa", "Latakia")), Provenance())
    assert ok.status == "added"


async def test_transaction_rolls_back_and_serialises(store: Store) -> None:
    async def failing() -> None:
        async with store.transaction() as db:
            await db.execute("INSERT INTO statements (reporter_key, day) VALUES ('x', '2019-04-09')")
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        await failing()
    assert (await store.stats()).statements == 0

    order: list[str] = []

    async def writer(name: str) -> None:
        async with store.transaction() as db:
            order.append(f"{name}+")
            await db.execute("INSERT INTO statements (reporter_key, day) VALUES (?, '2019-04-09')", (name,))
            await asyncio.sleep(0)
            order.append(f"{name}-")

    await asyncio.gather(writer("a"), writer("b"), writer("c"))
    assert all(order[i][0] == order[i + 1][0] for i in range(0, 6, 2))  # never interleaved
    assert (await store.stats()).statements == 3


async def test_nested_transaction_is_a_savepoint(store: Store) -> None:
    async with store.transaction() as db:
        await db.execute("INSERT INTO statements (reporter_key) VALUES ('outer')")

        async def inner_fails() -> None:
            async with store.transaction() as inner:
                await inner.execute("INSERT INTO statements (reporter_key) VALUES ('inner')")
                raise ValueError("inner")

        with pytest.raises(ValueError, match="inner"):
            await inner_fails()
    rows = await store.db.execute_fetchall("SELECT reporter_key FROM statements")
    assert [r[0] for r in rows] == ["outer"]


async def test_sql_looking_text_is_stored_verbatim(store: Store) -> None:
    text = "Robert'); DROP TABLE articles;-- attacked Safsafa"
    res = await store.add_extraction(
        text, ex(v("x'); DROP TABLE incidents;--", "Latakia")), Provenance(source="'--")
    )
    assert res.article_id is not None
    assert await store.article_text(res.article_id) == text
    evil = PlaceFilter("' OR 1=1 --", "admin1", "' OR 1=1 --")
    assert (await store.answer(q(place=evil))).total == 0
    answer = await store.answer(q(place=LATAKIA))
    assert answer.places[0].location == "x'); DROP TABLE incidents;--"
    assert answer.reports[0].source == "'--"


async def test_message_lookups_and_last_article(store: Store) -> None:
    when = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
    prov = Provenance(source="Sputnik", origin_date=when, added_by=42, chat_id=-100, message_id=7)
    first = await store.add_extraction("m1", ex(v("Safsafa", "Latakia")), prov)
    second = await store.add_extraction("m2", ex(v("Kabani", "Latakia", day=D10)), Provenance(added_by=42))
    row = await store.article_for_message(-100, 7)
    assert row is not None
    assert row.id == first.article_id
    assert row.source == "Sputnik"
    assert row.statement_day == D9
    assert row.published == D10
    assert await store.article_for_message(-100, 8) is None
    last = await store.last_article_by(42)
    assert last is not None
    assert last.id == second.article_id
    assert await store.last_article_by(43) is None


async def test_replace_extraction_swaps_incidents_and_relinks(store: Store) -> None:
    first = await store.add_extraction("old", ex(v("Safsafa", "Latakia")), Provenance(source="A"))
    assert first.article_id is not None
    res = await store.replace_extraction(
        first.article_id, "new", ex(v("Safsafa", "Latakia", 3), v("Ikko", "Latakia"))
    )
    assert res.status == "added"
    assert res.article_id == first.article_id
    assert (await store.answer(q(place=LATAKIA))).total == 4
    assert await store.article_text(first.article_id) == "new"
    # The old text is free again: storing it is not a duplicate any more.
    again = await store.add_extraction("old", ex(v("Kabani", "Latakia", day=D10)), Provenance())
    assert again.status == "added"
    gone = await store.replace_extraction(first.article_id, "nothing", Extraction(D10, None, None))
    assert gone.status == "empty"
    assert await store.get_article(first.article_id) is None
    assert (await store.answer(q(place=LATAKIA))).total == 1


@pytest.mark.parametrize(
    "question",
    [
        q(),
        q(kind=None),
        q(place=LATAKIA),
        q(place=PlaceFilter("Jurin", "location", place_key("Jurin"))),
        q(kind=None, place=PlaceFilter("Jurin", "location", place_key("Jurin"))),
    ],
    ids=["kind", "all-kinds", "province", "town", "town-all-kinds"],
)
async def test_answer_queries_use_indexes(store: Store, question: Question) -> None:
    """No full scan of incidents: answers must stay fast with a million rows."""
    base, params = store._filter(question)
    plan = await store.db.execute_fetchall(f"EXPLAIN QUERY PLAN SELECT i.day, SUM(i.count) {base}", params)
    details = [str(r[3]) for r in plan]
    assert any("SEARCH i USING" in d for d in details), details
    assert not any(d.startswith("SCAN") for d in details), details


# ------------------------------------------------ through the real extractor (once it has landed)

SEED_TEXT = (Path(__file__).parent / "corpus" / "seed.txt").read_text(encoding="utf-8")
SEED_RECEIVED = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)


async def test_ingest_seed_once_even_when_sent_ten_times_at_once(store: Store) -> None:
    results = await asyncio.gather(
        *(store.ingest(SEED_TEXT, SEED_RECEIVED, Provenance(source="Sputnik")) for _ in range(10))
    )
    assert sorted(r.status for r in results) == ["added"] + ["duplicate"] * 9
    assert (await store.answer(q(place=LATAKIA))).total == 7
    again = await store.ingest("  " + SEED_TEXT.upper(), None, Provenance())
    assert again.status == "duplicate"
    assert sum(i.count for i in again.extraction.incidents if i.admin1 == "Latakia") == 7


async def test_reingest_of_an_edited_message(store: Store) -> None:
    prov = Provenance(source="Sputnik", chat_id=5, message_id=9)
    first = await store.ingest(SEED_TEXT, SEED_RECEIVED, prov)
    assert first.article_id is not None
    edited = SEED_TEXT.replace("Jurin (once) in Latakia", "Jurin (three times) in Latakia")
    res = await store.reingest(first.article_id, edited, SEED_RECEIVED)
    assert res.article_id == first.article_id
    assert (await store.answer(q(place=LATAKIA))).total == 9
    row = await store.article_for_message(5, 9)
    assert row is not None
    assert row.id == first.article_id
    with pytest.raises(LookupError):
        await store.reingest(12345, edited, SEED_RECEIVED)


async def test_place_keys_are_recomputed_when_the_key_rules_change(tmp_path: Path) -> None:
    """Keys made by older transliteration rules must not leave stored towns unreachable."""
    path = tmp_path / "rekey.sqlite3"
    store = await Store.open(path)
    await store.add_extraction("t", ex(v("Djurin", "Latakia", 2), v(None, "Hama", 1)), Provenance())
    await store.close()
    with sqlite3.connect(path) as conn:  # as if written by rules that have since changed
        conn.execute("UPDATE incidents SET location_key = 'old-' || location_key WHERE location IS NOT NULL")
        conn.execute("UPDATE learned_places SET location_key = 'old-' || location_key")
        conn.execute("PRAGMA user_version = 7")

    store = await Store.open(path)
    town = PlaceFilter("Jurin", "location", place_key("Jurin"))
    assert (await store.answer(q(place=town))).total == 2
    assert store.learned == {place_key("Jurin"): "Latakia"}
    assert (await store.answer(q())).total == 3  # the province total (no key) is untouched
    await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] != 7


async def _fill_with_merges_and_deletions(store: Store) -> None:
    """Statements reported by several outlets (merged), then a lead deleted and one article edited."""
    towns = ["Safsafa", "Ikko", "Jurin", "Kinsabba", "Salma"]
    for day in range(1, 29):
        d = date(2019, 2, day)
        places = [v(towns[(day + k) % 5], "Latakia", 1 + (day + k) % 3, day=d) for k in range(3)]
        places.append(v("Aleppo", "Aleppo", day % 4 + 1, day=d))
        places.append(v(None, "Idlib", day % 5, day=d, kind="shelling"))
        first = await store.add_extraction(f"bulletin {day}", ex(*places), Provenance(source=f"first {day}"))
        assert first.status == "added"
        if day % 3 == 0:  # another outlet's report of the same statement, with a bigger count
            bigger = (*places[:-1], v(towns[day % 5], "Latakia", 9, day=d))
            second = await store.add_extraction(
                f"reprint {day}", ex(*bigger), Provenance(source=f"second {day}")
            )
            assert second.status == "merged"
            if day % 2 == 0:  # the lead goes: the reprint leads its statement now
                assert first.article_id is not None
                assert await store.delete_article(first.article_id)
    edited = await store.add_extraction(
        "bulletin to edit", ex(v("Jurin", "Latakia", 5, day=date(2019, 2, 4))), Provenance()
    )
    assert edited.article_id is not None
    await store.replace_extraction(
        edited.article_id, "bulletin edited", ex(v("Ikko", "Latakia", 2, day=date(2019, 2, 4)))
    )


QUESTIONS = [
    q(date(2019, 2, 1), date(2019, 2, 28)),
    q(date(2019, 2, 1), date(2019, 2, 28), kind=None),
    q(date(2019, 2, 3), date(2019, 2, 9), place=LATAKIA),
    q(date(2019, 2, 1), date(2019, 2, 28), place=PlaceFilter("Idlib", "admin1", "Idlib"), kind=None),
    q(date(2019, 2, 1), date(2019, 2, 28), place=PlaceFilter("Jurin", "location", place_key("Jurin"))),
    q(date(2019, 2, 10), date(2019, 2, 12), place=PlaceFilter("Aleppo", "admin1", "Aleppo")),
]


async def test_answers_identical_on_the_old_indexes_and_the_covering_ones(tmp_path: Path) -> None:
    from storage.migrate import default_directory

    old = tmp_path / "old_migrations"
    old.mkdir()
    for path in default_directory().glob("00[123]_*.sql"):
        (old / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    before = await Store.open(tmp_path / "before.sqlite3", migrations=old)
    after = await Store.open(tmp_path / "after.sqlite3")
    try:
        await _fill_with_merges_and_deletions(before)
        await _fill_with_merges_and_deletions(after)
        for question in QUESTIONS:
            a, b = await before.answer(question, 10_000), await after.answer(question, 10_000)
            assert a.to_json() == b.to_json()
            assert a.reports == b.reports
            assert a.total > 0
    finally:
        await before.close()
        await after.close()


async def test_answer_counts_only_leads_after_merges_and_deletions(store: Store) -> None:
    await _fill_with_merges_and_deletions(store)
    # Brute force over what is stored: each statement's lead article's incidents.
    rows = await store.db.execute_fetchall(
        "SELECT i.admin1, i.count FROM incidents i JOIN statements s ON s.lead_article_id = i.article_id "
        "WHERE i.kind = ? AND i.day BETWEEN '2019-02-03' AND '2019-02-09'",
        (VIOLATION,),
    )
    expected = sum(r[1] for r in rows if r[0] == "Latakia")
    answer = await store.answer(q(date(2019, 2, 3), date(2019, 2, 9), place=LATAKIA))
    assert answer.total == expected
    # Day 6: the reprint (9 at one town) leads now that the first report is gone.
    assert any(p.count >= 9 for p in answer.places)


async def test_reports_list_is_capped_to_the_latest_but_counted_exactly(store: Store) -> None:
    await _fill_with_merges_and_deletions(store)
    whole = await store.answer(q(date(2019, 2, 1), date(2019, 2, 28)), reports_listed=10_000)
    capped = await store.answer(q(date(2019, 2, 1), date(2019, 2, 28)), reports_listed=3)
    assert whole.reports_total == len(whole.reports) > 3
    assert capped.reports_total == whole.reports_total
    assert capped.reports == whole.reports[-3:]  # the latest three, oldest first
    assert capped.to_json()["reports"] == whole.reports_total
    assert capped.to_json()["places"] == whole.to_json()["places"]


async def test_period_is_the_first_and_last_incident_day(store: Store) -> None:
    assert (await store.period()).first_day is None
    await _fill_with_merges_and_deletions(store)
    period = await store.period()
    stats = await store.stats()
    assert (
        (period.first_day, period.last_day)
        == (stats.first_day, stats.last_day)
        == (
            date(2019, 2, 1),
            date(2019, 2, 28),
        )
    )
