"""The `trucewatch` command line: commands, exit codes, bad input, JSON shapes.

Most tests call ``bot.cli.main`` in-process (fast); the acceptance test of
issue 2 runs ``python -m bot`` as a subprocess, as a user would. Tests that
need the English extractor or the question parser are skipped until those
land (they raise NotImplementedError while being written).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from bot.cli import (
    MAX_ARTICLE_BYTES,
    describe_answer,
    describe_extraction,
    main,
    parse_received,
)
from extraction.model import Extraction, Incident, PlaceFilter, Question
from storage.models import Answer, DayCount, PlaceCount, Report

CORPUS = Path(__file__).parent / "corpus"
SEED = CORPUS / "seed.txt"
EXTRACT_KEYS = {"published", "reporter", "reported_total", "incidents"}
INCIDENT_KEYS = {"kind", "location", "admin1", "country", "count", "date", "killed", "injured"}
QUERY_KEYS = {"kind", "place", "from", "to", "total", "places", "days", "reports"}


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


@pytest.fixture
def cli(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run main(argv) in a clean working directory with TRUCEWATCH_DB=db; returns (code, out, err)."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    for name in ("TRUCEWATCH_DB", "TRUCEWATCH_TIMEZONE", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRUCEWATCH_DB", str(db))

    def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


# ------------------------------------------------------------------ usage


@pytest.mark.parametrize("command", ["run", "extract", "ingest", "query"])
def test_every_command_has_help_with_an_example(cli: Run, command: str) -> None:
    code, out, err = cli(command, "--help")
    assert code == 0
    assert err == ""
    assert "example" in out
    assert f"trucewatch {command}" in out
    assert "--db" in out


def test_top_level_help_and_version(cli: Run) -> None:
    code, out, _ = cli("--help")
    assert code == 0
    assert all(c in out for c in ("run", "extract", "ingest", "query"))
    code, out, _ = cli("--version")
    assert code == 0
    assert out.startswith("trucewatch ")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["frobnicate"], "invalid choice"),
        (["query", "--kind", "bombing", "aleppo"], "--kind"),
        (["query", "--as-of", "12/04/2019", "aleppo"], "--as-of"),
        (["extract", "--received", "yesterday-ish", "x.txt"], "--received"),
        (["ingest"], "ingest"),
        (["ingest", "--bogus", "x.txt"], "--bogus"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(cli: Run, argv: list[str], needle: str) -> None:
    code, out, err = cli(*argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err


def test_run_refuses_in_one_line(cli: Run) -> None:
    """Without bot/app.py: 'not yet'; with it but no token: the token is named. Never a traceback."""
    code, _, err = cli("run")
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    if importlib.util.find_spec("bot.app") is None:
        assert "not available yet" in err
    else:
        assert "TELEGRAM_BOT_TOKEN" in err
    assert cli()[0] == 2  # a bare `trucewatch` is `run`


def test_query_without_database_says_so(cli: Run, db: Path) -> None:
    code, out, err = cli("query", "--as-of", "2019-04-12", "latakia")
    assert code == 2
    assert out == ""
    assert str(db) in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_database_that_is_not_sqlite_is_refused(cli: Run, tmp_path: Path) -> None:
    bogus = write(tmp_path / "notes.txt", b"these are my notes, not a database\n" * 100)
    code, _, err = cli("ingest", "--db", bogus, str(SEED))
    assert code == 2
    assert "cannot open database" in err
    assert len(err.strip().splitlines()) == 1
    assert Path(bogus).read_bytes().startswith(b"these are my notes")


# ------------------------------------------------------------------ bad input


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, str]:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # 10 MB, sparse: refused from its size alone
        fh.truncate(10_000_000)
    return {
        "empty.txt": write(tmp_path / "empty.txt", b""),
        "blank.txt": write(tmp_path / "blank.txt", b"  \n\t\n"),
        "binary.bin": write(tmp_path / "binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "latin1.txt": write(
            tmp_path / "latin1.txt", "Militants attacked Jurin à Lattaquié".encode("latin-1")
        ),
        "huge.txt": str(big),
        "missing.txt": str(tmp_path / "missing.txt"),
    }


EXPECTED_PROBLEM = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "binary.bin": "binary file",
    "latin1.txt": "not valid UTF-8",
    "huge.txt": "too large",
    "missing.txt": "no such file",
}


def test_extract_bad_files_each_get_one_line(cli: Run, bad_files: dict[str, str]) -> None:
    code, out, err = cli("extract", *bad_files.values())
    assert code == 2
    errors = err.strip().splitlines()
    assert len(errors) == len(bad_files)
    for line, (name, path) in zip(errors, bad_files.items(), strict=True):
        assert path in line
        assert EXPECTED_PROBLEM[name] in line
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(bad_files)
    assert all(set(r) == {"error"} for r in results)


def test_extract_is_a_dry_run(cli: Run, db: Path) -> None:
    cli("extract", "--db", str(db), str(SEED))
    assert not db.exists()


def test_ingest_stores_good_inputs_despite_bad_ones(cli: Run, bad_files: dict[str, str], db: Path) -> None:
    code, out, err = cli("ingest", bad_files["empty.txt"], str(SEED), *list(bad_files.values())[1:])
    assert code == 2
    errors = err.strip().splitlines()
    assert len(errors) == len(bad_files)
    assert all(any(p in e for p in bad_files.values()) for e in errors)
    assert out.splitlines() == [line for line in out.splitlines() if line.startswith(f"{SEED}: added")]
    assert len(out.splitlines()) == 1
    assert article_count(db) == 1


def test_file_size_limit_is_exact(cli: Run, tmp_path: Path) -> None:
    over = write(tmp_path / "over.txt", b"a" * (MAX_ARTICLE_BYTES + 1))
    code, _, err = cli("extract", over)
    assert code == 2
    assert "too large" in err


# ------------------------------------------------------------------ JSON lines


BAD_LINES: list[tuple[bytes, str]] = [
    (b'{"text": "unterminated', "not valid JSON"),
    (b'{"received": "2019-04-10"}', 'missing "text"'),
    (b'{"text": 42}', '"text" must be a string'),
    (b'{"text": "Jurin (once)", "received": 20190410}', '"received" must be'),
    (b'{"text": "Jurin (once)", "received": "10 April"}', "not an ISO-8601"),
    (b'["text", "Jurin"]', "expected a JSON object"),
    (b"", "empty line"),
    (b'{"text": "   "}', '"text" is empty'),
    (b'{"text": "a\xff"}', "not valid UTF-8"),
    (b'{"text": "a"}\x00', "NUL"),
    (b'{"text": "half a pair \\ud800 here"}', "lone surrogate"),
]


def test_jsonl_bad_lines_each_get_an_aligned_error(cli: Run) -> None:
    stdin = b"\n".join(line for line, _ in BAD_LINES) + b"\n"
    code, out, err = cli("extract", "--jsonl", stdin=stdin)
    assert code == 2
    outputs = out.splitlines()
    errors = err.strip().splitlines()
    assert len(outputs) == len(BAD_LINES) == len(errors)
    for n, (output, error, (_, problem)) in enumerate(zip(outputs, errors, BAD_LINES, strict=True), 1):
        assert problem in json.loads(output)["error"]
        assert f"line {n}:" in error
        assert problem in error


def test_jsonl_oversized_line_is_refused_and_the_next_still_read(cli: Run) -> None:
    huge = json.dumps({"text": "a" * (MAX_ARTICLE_BYTES + 10)}).encode()
    code, out, _err = cli("extract", "--jsonl", stdin=huge + b"\n" + b'{"text": 5}\n')
    outputs = out.splitlines()
    assert code == 2
    assert len(outputs) == 2
    assert "too large" in json.loads(outputs[0])["error"]
    assert "must be a string" in json.loads(outputs[1])["error"]


def test_jsonl_good_and_bad_lines_stay_aligned(cli: Run) -> None:
    seed = SEED.read_text(encoding="utf-8")
    lines = [
        {"text": seed, "received": "2019-04-10T06:30:00Z"},
        None,
        {"text": "Militants shelled Jurin (twice) in Latakia province.", "received": "2019-04-11"},
        None,
        {"text": seed, "received": None},
    ]
    stdin = b"".join((json.dumps(x).encode() if x else b"{not json") + b"\n" for x in lines)
    code, out, _ = cli("extract", "--jsonl", stdin=stdin)
    assert code == 2
    outputs = [json.loads(line) for line in out.splitlines()]
    assert len(outputs) == len(lines)
    for given, result in zip(lines, outputs, strict=True):
        if given is None:
            assert set(result) == {"error"}
        else:
            assert set(result) == EXTRACT_KEYS
            assert all(set(i) == INCIDENT_KEYS for i in result["incidents"])
    assert outputs[0]["reported_total"] == 8
    assert sum(i["count"] for i in outputs[0]["incidents"] if i["admin1"] == "Latakia") == 7


def test_jsonl_ingest_from_stdin_and_file_with_source(cli: Run, tmp_path: Path, db: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": seed, "received": "2019-04-10T06:30:00Z", "source": "Sputnik"}) + "\n"
    )
    code, out, err = cli("ingest", "--jsonl", str(batch))
    assert code == 0
    assert err == ""
    assert out.startswith(f"{batch}:1: added")
    code, out, _ = cli("ingest", "--jsonl", stdin=batch.read_bytes() + b"oops\n")
    assert code == 2
    assert "line 1: duplicate of #1" in out
    assert article_count(db) == 1


# ------------------------------------------------------------------ the acceptance of issue 2


def test_seed_ingest_query_and_reingest_as_a_user(tmp_path: Path) -> None:
    """`trucewatch ingest seed.txt`, query Latakia (7 at 7 places) and Aleppo (1); again adds nothing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRUCEWATCH_", "TELEGRAM_"))}
    db = tmp_path / "accept.sqlite3"

    def bot(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *argv, "--db", str(db)] if argv[0] != "query" else
            [sys.executable, "-m", "bot", argv[0], "--db", str(db), *argv[1:]],
            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
        )  # fmt: skip

    first = bot("ingest", str(SEED))
    assert first.returncode == 0, first.stderr
    assert "added 8 ceasefire violations" in first.stdout
    latakia = bot("query", "--as-of", "2019-04-12", "latakia", "this", "week")
    assert latakia.returncode == 0, latakia.stderr
    assert "7 ceasefire violations at 7 places" in latakia.stdout.splitlines()[0]
    aleppo = bot("query", "--as-of", "2019-04-12", "--json", "aleppo", "this", "week")
    answer = json.loads(aleppo.stdout)
    assert set(answer) == QUERY_KEYS
    assert answer["total"] == 1
    assert answer["reports"] == 1
    again = bot("ingest", str(SEED))
    assert again.returncode == 0
    assert "duplicate of #1" in again.stdout
    assert article_count(db) == 1


def test_query_json_shape(cli: Run) -> None:
    cli("ingest", str(SEED))
    code, out, _ = cli("query", "--as-of", "2019-04-12", "--json", "latakia", "this", "week")
    assert code == 0
    answer = json.loads(out)
    assert set(answer) == QUERY_KEYS
    assert answer["kind"] == "ceasefire_violation"
    assert answer["place"] == {"name": answer["place"]["name"], "level": "admin1"}
    assert answer["total"] == 7
    assert len(answer["places"]) == 7
    assert all(set(p) == {"location", "admin1", "count"} for p in answer["places"])
    assert answer["days"] == [{"date": "2019-04-09", "count": 7}]
    code, out, _ = cli("query", "--as-of", "2019-04-12", "--kind", "all", "--json", "latakia", "this", "week")
    assert json.loads(out)["kind"] == "all"


def test_unreadable_question_is_one_line_exit_2(cli: Run) -> None:
    code, out, err = cli("query", "--as-of", "2019-04-12", "latakia", "31", "february")
    assert code == 2
    assert "Try:" in err
    assert out == ""
    assert len(err.strip().splitlines()) == 1


def test_extract_uses_learned_places_from_the_database_read_only(cli: Run, tmp_path: Path, db: Path) -> None:
    first = write(
        tmp_path / "first.txt", b"date 2019-04-10 Militants attacked Kabani (twice) in Latakia province."
    )
    later = write(tmp_path / "later.txt", b"date 2019-04-11 Militants attacked Kabani (once).")
    assert cli("ingest", first)[0] == 0
    before = db.stat().st_mtime_ns
    code, out, _ = cli("extract", "--db", str(db), later)
    assert code == 0
    kabani = [i for i in json.loads(out)["incidents"] if i["location"] == "Kabani"]
    assert kabani
    assert kabani[0]["admin1"] == "Latakia"
    assert db.stat().st_mtime_ns == before
    _, out, _ = cli("extract", "--db", str(tmp_path / "other.sqlite3"), later)
    assert all(i["admin1"] is None for i in json.loads(out)["incidents"] if i["location"] == "Kabani")


def test_describe_extraction_says_when_the_total_disagrees() -> None:
    d = date(2019, 4, 9)
    ex = Extraction(
        date(2019, 4, 10),
        "Center",
        10,
        (
            Incident("ceasefire_violation", "Safsafa", "Latakia", "SY", 7, d),
            Incident("ceasefire_violation", "Aleppo", "Aleppo", "SY", 1, d),
            Incident("airstrike", "Kafr Nabl", "Idlib", "SY", 1, d),
        ),
    )
    text = describe_extraction(ex)
    assert text.startswith("8 ceasefire violations, 1 airstrike (9 Apr 2019) — Latakia 7, Aleppo 1")
    assert "reported total 10 (the places listed add up to 8)" in text


def test_describe_answer_lists_places_days_and_reports() -> None:
    question = Question(
        "ceasefire_violation",
        PlaceFilter("Latakia", "admin1", "Latakia"),
        date(2019, 4, 8),
        date(2019, 4, 14),
    )
    d9, d10 = date(2019, 4, 9), date(2019, 4, 10)
    answer = Answer(
        question,
        total=9,
        places=[
            PlaceCount("Safsafa", "Latakia", 5),
            PlaceCount(None, "Latakia", 3),
            PlaceCount("Ikko", "Latakia", 1),
        ],
        days=[DayCount(d9, 6), DayCount(d10, 3)],
        reports=[Report(1, "Sputnik", None, d10, d9), Report(2, "TASS", "https://t.me/tass/1", d10, d9)],
    )
    lines = describe_answer(answer)
    assert lines[0] == "Latakia · 8–14 Apr 2019: 9 ceasefire violations at 2 places (2 reports)"
    assert lines[1:4] == ["• Safsafa — 5", "• Latakia province, places not named — 3", "• Ikko — 1"]
    assert "By day: 9 Apr 2019 — 6, 10 Apr 2019 — 3" in lines
    assert "• TASS, 9 Apr 2019 (#2) https://t.me/tass/1" in lines
    empty = describe_answer(Answer(question, total=0))
    assert empty == ["Latakia · 8–14 Apr 2019: no ceasefire violations recorded"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-04-10T06:30:00Z", datetime(2019, 4, 10, 6, 30, tzinfo=UTC)),
        ("2019-04-10T09:30:00+03:00", datetime(2019, 4, 10, 6, 30, tzinfo=UTC)),
        ("2019-04-10", datetime(2019, 4, 10, 12, 0, tzinfo=UTC)),
        ("2019-04-10T06:30", datetime(2019, 4, 10, 6, 30, tzinfo=UTC)),
    ],
)
def test_parse_received_forms(text: str, expected: datetime) -> None:
    parsed = parse_received(text, UTC)
    assert parsed == expected
    assert parsed.utcoffset() is not None


def test_parse_received_date_alone_is_noon_in_the_given_zone() -> None:
    moscow = timezone(timedelta(hours=3))
    assert parse_received("2019-04-10", moscow).date() == date(2019, 4, 10)


def test_query_names_towns_as_stored_and_refuses_unknown_ones(cli: Run) -> None:
    assert cli("ingest", str(SEED))[0] == 0
    code, out, _ = cli("query", "--as-of", "2019-04-12", "djurin", "this", "week")
    assert code == 0
    assert out.splitlines()[0].startswith("Jurin · ")  # the stored spelling, not the asked one
    assert "1 ceasefire violation at 1 place" in out
    code, out, err = cli("query", "--as-of", "2019-04-12", "Qqzzx", "this", "week")
    assert code == 2
    assert out == ""
    assert "no stored report names" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = cli("query", "--as-of", "2019-04-12", "hama", "this", "week")
    assert code == 0
    assert "no ceasefire violations recorded" in out
    assert "Stored reports cover 9 Apr 2019." in out


def test_undated_article_without_received_is_dated_the_day_it_is_read(cli: Run, tmp_path: Path) -> None:
    path = write(tmp_path / "undated.txt", b"Militants shelled Kabani (twice) in Latakia province.")
    code, out, _ = cli("extract", path)
    assert code == 0
    (incident,) = json.loads(out)["incidents"]
    assert incident["date"] == date.today().isoformat()


# ------------------------------------------------------------------ batched ingest (issue 7)


def _corpus_lines() -> list[bytes]:
    """Every corpus article as a JSON line, with duplicates, a reformatted copy, bad and empty lines."""
    lines = []
    for path in sorted((CORPUS / "dev").glob("*.json")) + sorted((CORPUS / "intl").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        received = f"{doc['published']}T08:00:00Z" if doc.get("published") else None
        lines.append(json.dumps({"text": doc["text"], "received": received, "source": path.stem}).encode())
    first = json.loads(lines[2])
    lines.insert(5, lines[2])  # the same line again, inside one batch
    lines.insert(9, json.dumps({**first, "text": "  " + first["text"].upper() + "\n"}).encode())  # same text
    lines.insert(12, b'{"text": 7}')
    lines.insert(13, json.dumps({"text": "Nothing of note happened today."}).encode())
    lines.append(lines[0])  # a duplicate of a batch long committed
    return lines


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {
            "articles": conn.execute(
                "SELECT id, text, source, statement_id, statement_day, reporter, reported_total, language "
                "FROM articles ORDER BY id"
            ).fetchall(),
            "incidents": conn.execute(
                "SELECT article_id, kind, location, location_key, admin1, country, count, day, killed, injured "
                "FROM incidents ORDER BY id"
            ).fetchall(),
            "statements": conn.execute("SELECT * FROM statements ORDER BY id").fetchall(),
            "learned": conn.execute(
                "SELECT location_key, location, admin1, country, seen FROM learned_places ORDER BY 1"
            ).fetchall(),
        }


def test_batched_jsonl_ingest_stores_and_prints_what_one_by_one_does(
    cli: Run, tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.cli

    stdin = b"\n".join(_corpus_lines()) + b"\n"
    monkeypatch.setattr(bot.cli, "INGEST_BATCH", 1_000_000)  # as good as unbatched: compare with...
    one_db = tmp_path / "one.sqlite3"
    monkeypatch.setenv("TRUCEWATCH_DB", str(one_db))
    # ...the plain one-by-one path: each line as its own file, in order.
    files = []
    for n, line in enumerate(stdin.splitlines(), 1):
        files.append(write(tmp_path / f"line {n}", line + b"\n"))
    code_one, out_one, err_one = cli("ingest", "--jsonl", *files)
    monkeypatch.setattr(bot.cli, "INGEST_BATCH", 4)
    monkeypatch.setenv("TRUCEWATCH_DB", str(db))
    code, out, err = cli("ingest", "--jsonl", stdin=stdin)
    assert code == code_one == 2  # the bad line
    strip = str(tmp_path) + "/"
    assert out == out_one.replace(strip, "").replace(":1: ", ": ")
    assert err == err_one.replace(strip, "").replace(":1: ", ": ")
    assert "duplicate of #" in out
    assert "merged with report" in out  # corpus reports of one statement meet across batches
    assert _dump(db) == _dump(one_db)
    assert len(_dump(db)["articles"]) > 40


def test_batched_ingest_is_all_or_nothing_per_batch(
    cli: Run, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch the database refuses leaves nothing half-written; its lines are retried one by one."""
    import bot.cli
    from storage.store import Store

    monkeypatch.setattr(bot.cli, "INGEST_BATCH", 5)
    lines = _corpus_lines()[:5]
    bad_text = json.loads(lines[1])["text"]  # an article with incidents
    real = Store._insert_article

    async def failing(self: Store, text: str, *args: Any) -> Any:
        if text == bad_text:  # the second article fails mid-transaction, every time
            raise sqlite3.OperationalError("disk I/O error")
        return await real(self, text, *args)

    monkeypatch.setattr(Store, "_insert_article", failing)
    code, out, err = cli("ingest", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert code == 1
    assert err == "trucewatch: line 2: not stored: OperationalError: disk I/O error\n"
    stored = [ln for ln in out.splitlines() if ": added " in ln or ": merged " in ln]
    assert [ln.split(":")[0] for ln in out.splitlines()] == ["line 1", "line 3", "line 4", "line 5"]
    assert article_count(db) == len(stored) >= 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM articles WHERE text = ?", (bad_text,)).fetchone()[0] == 0
        orphans = "SELECT COUNT(*) FROM incidents WHERE article_id NOT IN (SELECT id FROM articles)"
        assert conn.execute(orphans).fetchone()[0] == 0
