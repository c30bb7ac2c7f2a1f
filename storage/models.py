"""Rows the store hands out, as frozen dataclasses (no sqlite3.Row leaks out of storage/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from extraction.model import Extraction, Question


@dataclass(frozen=True)
class Provenance:
    """Where an article came from and who added it."""

    source: str | None = None  # origin channel title / @username / "pasted" / a file name
    source_url: str | None = None  # t.me link where one exists
    origin_chat_id: int | None = None
    origin_message_id: int | None = None
    origin_date: datetime | None = None  # the forward's original date (also `received`)
    added_by: int | None = None  # Telegram user id; None from the CLI
    chat_id: int | None = None  # chat the article was added in
    message_id: int | None = None  # message that carried it (edits re-extract it)


AddStatus = Literal["added", "duplicate", "merged", "empty"]


@dataclass(frozen=True)
class AddResult:
    """What storing one article did.

    ``added``: new statement; ``merged``: another outlet's report of a statement
    already stored (linked, counted once); ``duplicate``: the same text was
    already stored (nothing written); ``empty``: stored nothing because no
    incident and no reported total was found.
    """

    status: AddStatus
    article_id: int | None
    extraction: Extraction
    statement_id: int | None = None
    merged_with_source: str | None = None  # the earlier report's source when merged


@dataclass(frozen=True)
class PlaceCount:
    location: str | None
    admin1: str | None
    count: int


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class Report:
    """One stored article an answer rests on."""

    article_id: int
    source: str | None
    source_url: str | None
    published: date | None
    statement_day: date | None


@dataclass(frozen=True)
class Answer:
    """A question's answer: totals by place and by day, and the reports behind them.

    ``reports`` may be only the latest of them (a year holds thousands);
    ``report_count`` is always the exact number (``None``: ``len(reports)``).
    """

    question: Question
    total: int
    places: list[PlaceCount] = field(default_factory=list)
    days: list[DayCount] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    report_count: int | None = None

    @property
    def reports_total(self) -> int:
        """How many reports the answer rests on, listed or not."""
        return len(self.reports) if self.report_count is None else self.report_count

    def to_json(self) -> dict[str, Any]:
        """DESIGN.md's `query --json` shape."""
        q = self.question
        return {
            "kind": q.kind or "all",
            "place": q.place.to_json() if q.place else None,
            "from": q.start.isoformat(),
            "to": q.end.isoformat(),
            "total": self.total,
            "places": [{"location": p.location, "admin1": p.admin1, "count": p.count} for p in self.places],
            "days": [{"date": d.day.isoformat(), "count": d.count} for d in self.days],
            "reports": self.reports_total,
        }


@dataclass(frozen=True)
class ArticleRow:
    """One stored article without its text (``Store.article_text`` reads that)."""

    id: int
    source: str | None
    added_by: int | None
    chat_id: int | None
    message_id: int | None
    added_at: datetime
    statement_id: int | None
    source_url: str | None = None
    published: date | None = None
    statement_day: date | None = None
    reporter: str | None = None
    reported_total: int | None = None
    language: str = "en"


@dataclass(frozen=True)
class Period:
    """The first and last incident day stored (both None on an empty database)."""

    first_day: date | None
    last_day: date | None


@dataclass(frozen=True)
class Stats:
    """Database totals; ``violations`` counts each statement once, like answers do."""

    articles: int
    incidents: int
    violations: int
    first_day: date | None
    last_day: date | None
    statements: int = 0
    learned_places: int = 0
