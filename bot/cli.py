"""The ``trucewatch`` command line: run | extract | ingest | query (DESIGN.md's contract).

A thin shell over the engine: read and check inputs, call the extractor or the
Store, print results on stdout and one-line errors on stderr. Bad input never
stops the other inputs of the same call; the exit code is 2 at the end if any
input (or the usage) was bad, 1 if the engine itself failed, else 0.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib
import inspect
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from extraction.model import KINDS, VIOLATION, Extraction, Question, QuestionError, count_words
from extraction.periods import day_label
from extraction.periods import label as period_label
from extraction.places import fold
from storage.models import AddResult, Answer, Provenance

if TYPE_CHECKING:
    from storage.store import Store

PLACES_SHOWN = 30  # human output lists the places with most incidents; --json lists them all
REPORTS_SHOWN = 10  # ... and the latest reports; --json counts them all
INGEST_BATCH = 200  # JSON lines per transaction in `ingest --jsonl`
MAX_ARTICLE_BYTES = 2_000_000  # one article; real bulletins are a few kB
# A JSON line may escape every character of its text (\uXXXX: up to 6 bytes each).
MAX_JSONL_LINE_BYTES = 6 * MAX_ARTICLE_BYTES + 10_000
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad flags or arguments: one line on stderr, exit 2."""


class InputError(ValueError):
    """One input that cannot be read; the message says what is wrong with it."""


@dataclass(frozen=True)
class Item:
    """One input article, or the reason it could not be read."""

    name: str  # "seed.txt", "<stdin>", "batch.jsonl:3", "line 3"
    text: str | None = None
    received: datetime | None = None
    source: str | None = None
    error: str | None = None


# ------------------------------------------------------------------ reading inputs


def check_bytes(data: bytes, what: str = "file") -> str:
    """Bytes of one article -> its text, or InputError naming the problem."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"too large (over {MAX_ARTICLE_BYTES // 1_000_000} MB; the limit is per article)")
    if b"\x00" in data:
        raise InputError(f"binary {what} (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"empty {what}")
    return text


def read_article_file(path: str, stdin: IO[bytes]) -> str:
    """A text file's content (``-`` = stdin), refusing oversized ones before reading them."""
    if path == "-":
        return check_bytes(stdin.read(MAX_ARTICLE_BYTES + 1), "input")
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise InputError("is a directory, expected a text file")
        if size > MAX_ARTICLE_BYTES:
            limit = MAX_ARTICLE_BYTES // 1_000_000
            raise InputError(f"too large ({size / 1_000_000:.1f} MB; the limit is {limit} MB per article)")
        with file.open("rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
    return check_bytes(data)


def parse_received(value: str, tz: tzinfo) -> datetime:
    """ISO-8601 with 'Z' or an offset, or a date alone (noon there); no offset means ``tz``."""
    raw = value.strip()
    try:
        if len(raw) == 10:
            return datetime.combine(date.fromisoformat(raw), time(12), tzinfo=tz)
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError(
            f"received {value!r} is not an ISO-8601 date or time (e.g. 2019-04-10T06:30:00Z)"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=tz)


def text_items(paths: Sequence[str], received: datetime | None, stdin: IO[bytes]) -> Iterator[Item]:
    """One item per file (stdin when there is none)."""
    for path in paths or ["-"]:
        name = "<stdin>" if path == "-" else path
        try:
            text = read_article_file(path, stdin)
        except InputError as exc:
            yield Item(name, error=str(exc))
            continue
        source = "stdin" if path == "-" else Path(path).name
        yield Item(name, text, received, source)


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines without their newline; None for a line longer than ``limit`` (skipped, not kept)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line in bounded chunks
                rest = stream.readline(1_000_000)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line.rstrip(b"\r\n")


def jsonl_item(name: str, line: bytes | None, default: datetime | None, tz: tzinfo) -> Item:
    """One JSON line {"text": ..., "received": ISO-8601 or null[, "source": ...]} -> Item."""
    try:
        if line is None:
            raise InputError(f"line too long (over {MAX_JSONL_LINE_BYTES // 1_000_000} MB)")
        if b"\x00" in line:
            raise InputError("binary data (contains NUL bytes)")
        try:
            decoded = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start})"
            ) from None
        if not decoded.strip():
            raise InputError('empty line, expected {"text": ..., "received": ...}')
        try:
            obj = json.loads(decoded)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(f'expected a JSON object with "text", got {type(obj).__name__}')
        if "text" not in obj:
            raise InputError('missing "text"')
        text = obj["text"]
        if not isinstance(text, str):
            raise InputError(f'"text" must be a string, got {type(text).__name__}')
        if not text.strip():
            raise InputError('"text" is empty')
        try:
            size = len(text.encode("utf-8"))
        except UnicodeEncodeError as exc:
            raise InputError(f'"text" holds an invalid character (lone surrogate at {exc.start})') from None
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f'"text" too large (the limit is {MAX_ARTICLE_BYTES // 1_000_000} MB per article)'
            )
        received = default
        raw = obj.get("received")
        if raw is not None:
            if not isinstance(raw, str):
                raise InputError(f'"received" must be an ISO-8601 string or null, got {type(raw).__name__}')
            received = parse_received(raw, tz)
        source = obj.get("source")
        if source is not None and not isinstance(source, str):
            raise InputError(f'"source" must be a string, got {type(source).__name__}')
    except InputError as exc:
        return Item(name, error=str(exc))
    return Item(name, text, received, source)


def jsonl_items(
    paths: Sequence[str], default: datetime | None, tz: tzinfo, stdin: IO[bytes]
) -> Iterator[Item]:
    """One item per line of each JSONL file (``-`` or none: stdin), in order."""
    for path in paths or ["-"]:
        if path == "-":
            for n, line in enumerate(_lines(stdin, MAX_JSONL_LINE_BYTES), 1):
                yield jsonl_item(f"line {n}", line, default, tz)
            continue
        try:
            fh = Path(path).open("rb")  # noqa: SIM115 (closed below; errors must name the file)
        except OSError as exc:
            yield Item(
                path, error="no such file" if isinstance(exc, FileNotFoundError) else str(exc.strerror)
            )
            continue
        with fh:
            for n, line in enumerate(_lines(fh, MAX_JSONL_LINE_BYTES), 1):
                yield jsonl_item(f"{path}:{n}", line, default, tz)


# ------------------------------------------------------------------ human output


def describe_extraction(ex: Extraction) -> str:
    """'8 ceasefire violations (9 Apr 2019) — Latakia 7, Aleppo 1; reported total 8'."""
    parts = []
    by_kind: Counter[str] = Counter()
    for inc in ex.incidents:
        by_kind[inc.kind] += inc.count
    kinds = [count_words(by_kind[k], k) for k in sorted(by_kind, key=lambda k: (k != VIOLATION, k))]
    days = sorted({i.date for i in ex.incidents})
    head = ", ".join(kinds) if kinds else "no incidents listed"
    if days:
        head += f" ({period_label(days[0], days[-1])})"
    parts.append(head)
    provinces: Counter[str] = Counter()
    for inc in ex.incidents:
        if inc.kind == VIOLATION:
            provinces[inc.admin1 or "province unknown"] += inc.count
    text = parts[0]
    if provinces:
        text += " — " + ", ".join(f"{p} {n}" for p, n in provinces.most_common())
    if ex.reported_total is not None:
        text += f"; reported total {ex.reported_total}"
        listed = ex.violation_sum
        if ex.incidents and listed != ex.reported_total:
            text += f" (the places listed add up to {listed})"
    return text


def describe_result(name: str, result: AddResult) -> str:
    """One line per ingested input."""
    if result.status == "duplicate":
        return f"{name}: duplicate of #{result.article_id} — nothing added"
    if result.status == "empty":
        return f"{name}: nothing stored — no incidents and no reported total found"
    what = describe_extraction(result.extraction)
    if result.status == "merged":
        source = result.merged_with_source or "an earlier article"
        merged = f"merged with report from {source} (same statement, counted once)"
        return f"{name}: {merged}: {what} (#{result.article_id})"
    return f"{name}: added {what} (#{result.article_id})"


def describe_answer(answer: Answer, place_name: str | None = None) -> list[str]:
    """The human answer: a headline, then places, days and reports (``place_name``: stored spelling)."""
    q = answer.question
    where = place_name or (q.place.name if q.place else "All places")
    headline = f"{where} · {period_label(q.start, q.end)}: "
    if not answer.total and not answer.reports_total:
        return [headline + f"no {count_words(2, q.kind).split(' ', 1)[1]} recorded"]
    named = sum(1 for p in answer.places if p.location)
    reports = answer.reports_total
    headline += f"{count_words(answer.total, q.kind)} at {named} place{'' if named == 1 else 's'}"
    headline += f" ({reports} report{'' if reports == 1 else 's'})"
    lines = [headline]
    show_province = not (q.place and q.place.level == "admin1")
    for p in answer.places[:PLACES_SHOWN]:
        if p.location is None:
            label = f"{p.admin1} province, places not named" if p.admin1 else "places not named"
        elif show_province and p.admin1 and fold(p.admin1) != fold(p.location):
            label = f"{p.location} ({p.admin1})"
        else:
            label = p.location
        lines.append(f"• {label} — {p.count}")
    if len(answer.places) > PLACES_SHOWN:
        more = len(answer.places) - PLACES_SHOWN
        lines.append(
            f"… and {more} more place{'' if more == 1 else 's'} — ask about a province or a shorter period"
        )
    if len(answer.days) > 1:
        lines.append("By day: " + ", ".join(f"{day_label(d.day)} — {d.count}" for d in answer.days))
    if answer.reports:
        shown = answer.reports[-REPORTS_SHOWN:]
        lines.append("Reports:" if len(shown) == reports else "Latest reports:")
        for r in shown:
            day = r.statement_day or r.published
            when = f", {day_label(day)}" if day else ""
            url = f" {r.source_url}" if r.source_url else ""
            lines.append(f"• {r.source or 'unknown source'}{when} (#{r.article_id}){url}")
        if reports > len(shown):
            earlier = reports - len(shown)
            lines.append(
                f"… and {earlier} earlier report{'' if earlier == 1 else 's'} (--json counts them all)"
            )
    return lines


# ------------------------------------------------------------------ commands


def _err(message: str) -> None:
    print(f"trucewatch: {message}", file=sys.stderr, flush=True)


def _problem(exc: Exception) -> str:
    """An engine failure in one line."""
    if isinstance(exc, NotImplementedError):
        return "the extractor for this language is not available yet"
    detail = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _stdin_bytes() -> IO[bytes]:
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else sys.stdin  # type: ignore[return-value]


def _settings_tz_db(args: argparse.Namespace) -> tuple[tzinfo, Path]:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    return settings.timezone, Path(args.db) if args.db else settings.db_path


def _received(args: argparse.Namespace, tz: tzinfo) -> datetime:
    """--received, else now: an item with no date of its own is dated the day it is read."""
    if args.received is None:
        return datetime.now(tz)
    try:
        return parse_received(args.received, tz)
    except InputError as exc:
        raise UsageError(f"--received: {exc}") from None


def cmd_extract(args: argparse.Namespace) -> int:
    """Dry run: one JSON object per input on stdout; nothing is written anywhere."""
    from extraction.article import extract_article
    from storage.store import read_learned_places

    tz, db = _settings_tz_db(args)
    received = _received(args, tz)
    learned = read_learned_places(db)
    stdin = _stdin_bytes()
    items = (
        jsonl_items(args.paths, received, tz, stdin)
        if args.jsonl
        else text_items(args.paths, received, stdin)
    )
    status = EXIT_OK
    for item in items:
        out: dict[str, Any]
        if item.error is not None or item.text is None:
            _err(f"{item.name}: {item.error}")
            out = {"error": f"{item.name}: {item.error}"}
            status = max(status, EXIT_USAGE)
        else:
            try:
                out = extract_article(item.text, item.received, learned).to_json()
            except Exception as exc:  # an extractor bug must not cost the other inputs
                _err(f"{item.name}: extraction failed: {_problem(exc)}")
                out = {"error": f"{item.name}: extraction failed: {_problem(exc)}"}
                status = EXIT_FAILED if status == EXIT_OK else status
        print(json.dumps(out, ensure_ascii=False), flush=args.jsonl)
    return status


async def _ingest(args: argparse.Namespace, tz: tzinfo, db: Path, received: datetime | None) -> int:
    store = await _open_store(db)
    status = EXIT_OK
    stdin = _stdin_bytes()
    items = (
        jsonl_items(args.paths, received, tz, stdin)
        if args.jsonl
        else text_items(args.paths, received, stdin)
    )
    try:
        if args.jsonl:
            return await _ingest_batches(store, items)
        for item in items:
            status = max(status, await _ingest_one(store, item))
    finally:
        await store.close()
    return status


async def _ingest_one(store: Store, item: Item) -> int:
    """Store one input and print its line; the exit status it calls for."""
    if item.error is not None or item.text is None:
        _err(f"{item.name}: {item.error}")
        return EXIT_USAGE
    provenance = Provenance(source=item.source, origin_date=item.received)
    try:
        result = await store.ingest(item.text, item.received, provenance)
    except Exception as exc:  # keep going: the other inputs still get stored
        _err(f"{item.name}: not stored: {_problem(exc)}")
        return EXIT_FAILED
    print(describe_result(item.name, result), flush=True)
    return EXIT_OK


async def _ingest_batches(store: Store, items: Iterator[Item]) -> int:
    """JSON lines go in batches: one transaction (all or nothing) and one extractor call per batch.

    Lines are printed in input order once their batch is committed; a batch the
    database refuses is retried one line at a time so that each line gets its own
    verdict, exactly as without batching.
    """
    status = EXIT_OK
    batch: list[Item] = []

    async def flush() -> int:
        good = [i for i in batch if i.error is None and i.text is not None]
        try:
            results = await store.ingest_batch(
                [
                    (i.text or "", i.received, Provenance(source=i.source, origin_date=i.received))
                    for i in good
                ]
            )
        except Exception:  # the whole batch rolled back: fall back to one by one
            worst = EXIT_OK
            for item in batch:
                worst = max(worst, await _ingest_one(store, item))
            return worst
        by_item = dict(zip((id(i) for i in good), results, strict=True))
        worst = EXIT_OK
        for item in batch:
            result = by_item.get(id(item))
            if result is None:
                _err(f"{item.name}: {item.error}")
                worst = max(worst, EXIT_USAGE)
            elif isinstance(result, Exception):
                _err(f"{item.name}: not stored: {_problem(result)}")
                worst = max(worst, EXIT_FAILED)
            else:
                print(describe_result(item.name, result), flush=True)
        return worst

    for item in items:
        batch.append(item)
        if len(batch) >= INGEST_BATCH:
            status = max(status, await flush())
            batch = []
    if batch:
        status = max(status, await flush())
    return status


async def _open_store(db: Path) -> Store:
    from storage.migrate import MigrationError
    from storage.store import Store

    try:
        return await Store.open(db)
    except (sqlite3.Error, MigrationError, OSError) as exc:
        raise UsageError(f"cannot open database {db}: {exc}") from None


def cmd_ingest(args: argparse.Namespace) -> int:
    if not args.paths and not args.jsonl:
        raise UsageError("ingest: name at least one file (or '-' for stdin, or --jsonl to read JSON lines)")
    tz, db = _settings_tz_db(args)
    received = _received(args, tz)
    return asyncio.run(_ingest(args, tz, db, received))


async def _query(question: Question, db: Path, as_json: bool) -> int:
    store = await _open_store(db)
    try:
        place_name = None
        if question.place is not None and question.place.level == "location":
            place_name = await store.known_location(question.place.key)
            if place_name is None:
                raise UsageError(
                    f"no stored report names {question.place.name!r} yet; ask about a province or a town "
                    "from a stored article, e.g. `latakia last week`"
                )
        answer = await store.answer(question)
        stats = await store.period() if answer.total == 0 and not as_json else None
    finally:
        await store.close()
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
        return EXIT_OK
    lines = describe_answer(answer, place_name)
    if stats is not None:
        if stats.first_day and stats.last_day:
            lines.append(f"Stored reports cover {period_label(stats.first_day, stats.last_day)}.")
        else:
            lines.append("Nothing is stored yet: add articles with `trucewatch ingest FILE`.")
    print("\n".join(lines))
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from extraction.question import parse_question

    tz, db = _settings_tz_db(args)
    if args.as_of is not None:
        try:
            today = date.fromisoformat(args.as_of)
        except ValueError:
            raise UsageError(f"--as-of {args.as_of!r} is not a date (YYYY-MM-DD)") from None
    else:
        today = datetime.now(tz).date()
    kind = None if args.kind == "all" else args.kind
    try:
        question = parse_question(" ".join(args.words), today, kind)
    except QuestionError as exc:
        raise UsageError(" ".join(str(exc).split())) from None
    if not db.is_file():
        raise UsageError(f"no database at {db} — add articles first with `trucewatch ingest FILE`")
    return asyncio.run(_query(question, db, args.json))


def cmd_backup(args: argparse.Namespace) -> int:
    """Consistent copy of the database (SQLite online backup), safe while the bot is writing."""
    from storage.backup import BackupError, backup_database

    _, db = _settings_tz_db(args)
    try:
        info = backup_database(db, args.path)
    except BackupError as exc:
        raise UsageError(f"backup: {exc}") from None
    print(
        f"backed up {db} to {info.path}: {info.articles} article{'' if info.articles == 1 else 's'}, "
        f"{info.incidents} incident{'' if info.incidents == 1 else 's'}, {info.size} bytes, integrity ok"
    )
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """Start the bot (long polling) through bot.app.run_bot, once that module exists."""
    from bot.settings import SettingsError, load_settings

    try:
        app = importlib.import_module("bot.app")
    except ModuleNotFoundError as exc:
        if exc.name not in ("bot.app",):
            raise
        _err("run: the Telegram bot is not available yet in this version (bot/app.py is missing)")
        return EXIT_USAGE
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    if args.db:
        settings = dataclasses.replace(settings, db_path=Path(args.db))
    try:
        settings.require_token()  # refuse early, in one line, rather than deep inside the bot
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    result = app.run_bot(settings)
    if inspect.isawaitable(result):
        result = asyncio.run(result)  # type: ignore[arg-type]
    return int(result or 0)


# ------------------------------------------------------------------ the parser


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage in one line (not usage + error) and returns instead of exiting."""

    def error(self, message: str) -> NoReturn:
        where = self.prog.removeprefix("trucewatch").strip()
        raise UsageError(f"{where + ': ' if where else ''}{message} (see {self.prog} --help)")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trucewatch")
    except PackageNotFoundError:
        return "unknown"


EXAMPLES = {
    "run": "example:\n  TELEGRAM_BOT_TOKEN=123456:ABC... trucewatch run",
    "extract": (
        "examples:\n  trucewatch extract seed.txt\n"
        '  echo \'{"text": "Militants shelled Jurin (twice) in Latakia province.", '
        '"received": "2019-04-10T06:30:00Z"}\' | trucewatch extract --jsonl'
    ),
    "ingest": (
        "examples:\n  trucewatch ingest seed.txt\n"
        "  seed.txt: added 8 ceasefire violations (9 Apr 2019) — Latakia 7, Aleppo 1; reported total 8 (#1)\n"
        "  trucewatch ingest --jsonl backfill.jsonl"
    ),
    "backup": "example:\n  trucewatch backup /var/backups/trucewatch-$(date +%F).sqlite3",
    "query": (
        "examples:\n  trucewatch query --as-of 2019-04-12 latakia this week\n"
        "  Latakia · 8–12 Apr 2019: 7 ceasefire violations at 7 places (1 report)\n"
        "  trucewatch query --kind all --json aleppo in april 2019"
    ),
}


def build_parser() -> argparse.ArgumentParser:
    top = _Parser(
        prog="trucewatch",
        description="Count ceasefire violations in news articles: a Telegram bot and this command line.",
        epilog="examples:\n  trucewatch ingest seed.txt\n"
        "  trucewatch query --as-of 2019-04-12 latakia this week\n"
        "A bare `trucewatch` runs the bot.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", help="SQLite database (default: TRUCEWATCH_DB, trucewatch.sqlite3)"
    )
    subs = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def sub(name: str, summary: str) -> argparse.ArgumentParser:
        return subs.add_parser(
            name,
            help=summary,
            description=summary,
            parents=[common],
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    sub("run", "run the Telegram bot (long polling); also what a bare `trucewatch` does")
    received_help = (
        "when the items were posted (ISO-8601, 'Z', an offset or a date alone); dates undated articles"
    )
    jsonl_help = 'read JSON lines {"text": ..., "received": ISO-8601 or null} (PATH, or stdin for none or -)'
    ex = sub("extract", "dry run: print what would be extracted, one JSON object per input; store nothing")
    ex.add_argument("--received", metavar="ISO", help=received_help)
    ex.add_argument("--jsonl", action="store_true", help=jsonl_help + "; one output line per input line")
    ex.add_argument("paths", nargs="*", metavar="PATH", help="article text files (default: stdin)")
    ing = sub("ingest", "extract and store articles; print what was added, a duplicate, merged or refused")
    ing.add_argument("--received", metavar="ISO", help=received_help)
    ing.add_argument("--jsonl", action="store_true", help=jsonl_help)
    ing.add_argument("paths", nargs="*", metavar="PATH", help="article text files ('-' for stdin)")
    qu = sub("query", "answer a question such as `latakia last week`, as /violations does in chat")
    qu.add_argument("--as-of", metavar="YYYY-MM-DD", help="read 'today', 'last week' ... from this day")
    qu.add_argument(
        "--kind", default=VIOLATION, choices=[*KINDS, "all"], help="incident kind (default: %(default)s)"
    )
    qu.add_argument("--json", action="store_true", help="print DESIGN.md's JSON object instead of text")
    qu.add_argument("words", nargs="*", metavar="WORDS", help="the question: a place and a period")
    bk = sub("backup", "copy the database to PATH consistently, even while the bot is writing")
    bk.add_argument("path", metavar="PATH", help="the backup file to write (replaced if it exists)")
    return top


COMMANDS = {
    "run": cmd_run,
    "extract": cmd_extract,
    "ingest": cmd_ingest,
    "query": cmd_query,
    "backup": cmd_backup,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (never raises for bad usage or input)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")):
        args_list = ["run", *args_list]
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # e.g. `trucewatch extract ... | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
