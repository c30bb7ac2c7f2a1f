"""Turning store results into Telegram HTML: pure functions, shared by replies and daily summaries.

Every string that comes from an article or a user goes through ``esc``. Each
rendered line is valid HTML on its own (no tag spans a line break), which is
what lets ``split_html`` cut long answers on line boundaries safely.
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from extraction.model import KIND_WORDS, VIOLATION, Extraction, Incident, count_words
from extraction.periods import day_label, label
from storage.models import AddResult, Answer, Report

TELEGRAM_LIMIT = 4096
PART_LIMIT = 4000  # a margin below Telegram's limit
PLACES_SHOWN = 30  # places an answer lists (the most violations first); the rest are counted
REPORTS_SHOWN = 10  # reports an answer lists (the latest); the rest are counted
DAYS_SHOWN = 31  # a longer answer counts by month instead of by day
TOWNS_SHOWN = 3  # towns named per province in an "Added ..." line
LOOKS_FOR = (
    "I look for bulletins that name places and how often they were hit, e.g. "
    "“militants attacked Safsafa (once), Ikko (twice) in Latakia province”."
)


def esc(text: object) -> str:
    """HTML-escape anything user- or article-derived (``<``, ``>``, ``&``, quotes)."""
    return html.escape(str(text), quote=True)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def kind_count(n: int, kind: str | None) -> str:
    """'7 ceasefire violations', HTML-escaped (an unknown kind comes from the database)."""
    return esc(count_words(n, kind))


fmt_day = day_label
fmt_range = label


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


_TAG = re.compile(r"<[^>]*>")


def _plain_cut(line: str, limit: int) -> list[str]:
    """A single over-long line: drop its markup and cut it into escaped pieces below ``limit``."""
    plain = html.unescape(_TAG.sub("", line))
    pieces: list[str] = []
    current = ""
    for ch in plain:
        piece = esc(ch)
        if utf16_len(current) + utf16_len(piece) > limit:
            pieces.append(current)
            current = ""
        current += piece
    if current:
        pieces.append(current)
    return pieces


def split_html(text: str, limit: int = PART_LIMIT) -> list[str]:
    """Split on line boundaries into parts of at most ``limit`` UTF-16 units (markup included).

    Assumes no tag spans a line break (true of everything rendered here); a line
    longer than the limit on its own is cut as plain text.
    """
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        pieces = [line] if utf16_len(line) <= limit else _plain_cut(line, limit)
        for piece in pieces:
            extra = utf16_len(piece) + (1 if current else 0)
            if current and size + extra > limit:
                parts.append("\n".join(current))
                current, size = [], 0
                extra = utf16_len(piece)
            current.append(piece)
            size += extra
    if current:
        parts.append("\n".join(current))
    parts = [p.strip("\n") for p in parts]
    return [p for p in parts if p.strip()] or ["…"]


# --------------------------------------------------------------------------- ingest replies


def _days(incidents: Iterable[Incident]) -> str:
    days = sorted({i.date for i in incidents})
    if not days:
        return ""
    return fmt_range(days[0], days[-1]) if len(days) > 1 else fmt_day(days[0])


def _by_province(incidents: Iterable[Incident]) -> str:
    """ "Latakia 7 (Safsafa, Ikko, Jurin, …), Aleppo 1" — provinces by count, a few towns each."""
    totals: Counter[str] = Counter()
    towns: dict[str, list[str]] = defaultdict(list)
    for inc in incidents:
        province = inc.admin1 or inc.location or "unknown province"
        totals[province] += inc.count
        if inc.location and inc.location != province and inc.location not in towns[province]:
            towns[province].append(inc.location)
    parts = []
    for province, count in totals.most_common():
        names = towns[province]
        shown = ", ".join(esc(n) for n in names[:TOWNS_SHOWN]) + (", …" if len(names) > TOWNS_SHOWN else "")
        parts.append(f"{esc(province)} {count}" + (f" ({shown})" if shown else ""))
    return ", ".join(parts)


def describe_extraction(extraction: Extraction) -> str:
    """ "8 ceasefire violations, 9 Apr 2019 — Latakia 7 (Safsafa, …), Aleppo 1. Reported total: 8." """
    incidents = extraction.incidents
    violations = [i for i in incidents if i.kind == VIOLATION]
    others = [i for i in incidents if i.kind != VIOLATION]
    pieces: list[str] = []
    if violations:
        pieces.append(
            f"{kind_count(sum(i.count for i in violations), VIOLATION)}, {_days(violations)} — "
            f"{_by_province(violations)}."
        )
    if others:
        kinds = Counter[str]()
        for inc in others:
            kinds[inc.kind] += inc.count
        label = ", ".join(kind_count(n, k) for k, n in kinds.most_common())
        lead = "Also " if violations else ""
        pieces.append(f"{lead}{label}, {_days(others)} — {_by_province(others)}.")
    total = extraction.reported_total
    if total is not None:
        if not incidents:
            when = extraction.statement_date or extraction.published
            day = f", {fmt_day(when)}" if when else ""
            pieces.append(f"A reported total of {kind_count(total, VIOLATION)}{day}, without named places.")
        else:
            pieces.append(f"Reported total: {total}.")
            listed = extraction.violation_sum
            if violations and listed != total:
                pieces.append(f"⚠️ The places listed add up to {listed}, not {total}.")
    return " ".join(pieces)


def render_add(result: AddResult, *, edited: bool = False) -> str:
    """The reply to an article: what was stored, or why nothing was."""
    what = describe_extraction(result.extraction)
    ref = f"#{result.article_id}" if result.article_id is not None else ""
    if result.status == "empty":
        if edited:
            return "The edited text has no incidents any more; I removed what it had added."
        return f"No incidents found in this text. {LOOKS_FOR}"
    if result.status == "duplicate":
        return f"Already stored ({ref}): {what}\nNothing was counted twice."
    verb = "Updated" if edited else "Added"
    head = f"{verb} {what}"
    if result.status == "merged":
        source = esc(result.merged_with_source or "another outlet")
        head += f"\nSame statement as the report from {source}: listed as a second source, counted once."
    return f"{head}\n<i>{ref} · /undo removes it</i>"


# --------------------------------------------------------------------------- answers


def report_line(report: Report) -> str:
    source = esc(report.source if report.source and report.source != "pasted" else "pasted text")
    if report.source_url and report.source_url.startswith(("https://", "http://")):
        source = f'<a href="{esc(report.source_url)}">{source}</a>'
    day = report.published or report.statement_day
    return f"• {source}" + (f", {fmt_day(day)}" if day else "")


def answer_title(answer: Answer) -> str:
    q = answer.question
    place = f"<b>{esc(q.place.name)}</b>" if q.place else "<b>All places</b>"
    return f"{place} · {fmt_range(q.start, q.end)}"


def render_answer(answer: Answer, *, place_name: str | None = None) -> str:
    """The full answer: total line, one line per place, per day when several, then the reports."""
    q = answer.question
    title = (
        answer_title(answer)
        if place_name is None
        else f"<b>{esc(place_name)}</b> · {fmt_range(q.start, q.end)}"
    )
    places = [p for p in answer.places if p.count]
    named = [p for p in places if p.location]
    if answer.total == 0:
        return f"{title}: no {KIND_WORDS.get(q.kind, KIND_WORDS[None])[1]} recorded."
    head = f"{title}: {kind_count(answer.total, q.kind)}"
    if named:
        head += f" at {plural(len(named), 'place')}"
    head += f" ({plural(answer.reports_total, 'report')})"
    lines = [head]
    by_province = q.place is not None and q.place.level == "admin1"
    for p in places[:PLACES_SHOWN]:
        if p.location:
            plain = by_province or not p.admin1 or p.location.casefold() == p.admin1.casefold()
            name = esc(p.location) if plain else f"{esc(p.location)}, {esc(p.admin1)}"
        else:
            name = f"{esc(p.admin1 or 'unknown province')} (no places named)"
        lines.append(f"• {name} — {p.count}")
    if len(places) > PLACES_SHOWN:
        more = plural(len(places) - PLACES_SHOWN, "more place")
        lines.append(f"… and {more} — ask about a province or a shorter period")
    if len(answer.days) > DAYS_SHOWN:
        lines.append("")
        lines.append("<b>By month</b>")
        lines += [f"• {label} — {n}" for label, n in by_month(answer)]
    elif len(answer.days) > 1:
        lines.append("")
        lines.append("<b>By day</b>")
        lines += [f"• {fmt_day(d.day)} — {d.count}" for d in answer.days]
    if answer.reports:
        shown = answer.reports[-REPORTS_SHOWN:]
        lines.append("")
        lines.append("<b>Reports</b>" if len(shown) == answer.reports_total else "<b>Latest reports</b>")
        lines += [report_line(r) for r in shown]
        earlier = answer.reports_total - len(shown)
        if earlier > 0:
            lines.append(f"… and {plural(earlier, 'earlier report')}")
    return "\n".join(lines)


def by_month(answer: Answer) -> list[tuple[str, int]]:
    """("May 2024", count) per month, in order: a year's days do not fit in a chat answer."""
    months: dict[tuple[int, int], int] = {}
    for d in answer.days:
        months[(d.day.year, d.day.month)] = months.get((d.day.year, d.day.month), 0) + d.count
    return [(date(y, m, 1).strftime("%B %Y"), n) for (y, m), n in months.items()]
