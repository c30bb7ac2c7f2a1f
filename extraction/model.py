"""Data types shared by the extractor, the question parser, the store and the bot.

They are plain frozen dataclasses so that every layer can pass them around
without importing Telegram or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

KINDS: tuple[str, ...] = (
    "ceasefire_violation",
    "shelling",
    "airstrike",
    "clash",
    "explosion",
    "attack",
)
VIOLATION = "ceasefire_violation"
# How each kind is named in replies and CLI output (singular, plural); None: every kind.
KIND_WORDS: dict[str | None, tuple[str, str]] = {
    "ceasefire_violation": ("ceasefire violation", "ceasefire violations"),
    "shelling": ("shelling", "shellings"),
    "airstrike": ("airstrike", "airstrikes"),
    "clash": ("clash", "clashes"),
    "explosion": ("explosion", "explosions"),
    "attack": ("attack", "attacks"),
    None: ("incident", "incidents"),
}


def count_words(n: int, kind: str | None) -> str:
    """'1 ceasefire violation', '3 clashes', '2 incidents'."""
    one, many = KIND_WORDS.get(kind, (str(kind), f"{kind}s"))
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class Incident:
    """One attacked place (or a province total when ``location`` is None) on one day."""

    kind: str
    location: str | None
    admin1: str | None
    country: str | None
    count: int
    date: date
    killed: int | None = None
    injured: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md's `extract` contract."""
        return {
            "kind": self.kind,
            "location": self.location,
            "admin1": self.admin1,
            "country": self.country,
            "count": self.count,
            "date": self.date.isoformat(),
            "killed": self.killed,
            "injured": self.injured,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor read from one article."""

    published: date | None
    reporter: str | None
    reported_total: int | None
    incidents: tuple[Incident, ...] = ()
    language: str = "en"
    # The day the incidents are attributed to when the text names none.
    statement_date: date | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md's `extract` contract."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "reporter": self.reporter,
            "reported_total": self.reported_total,
            "incidents": [i.to_json() for i in self.incidents],
        }

    @property
    def violation_sum(self) -> int:
        """Sum of the ceasefire-violation counts (compare with ``reported_total``)."""
        return sum(i.count for i in self.incidents if i.kind == VIOLATION)


@dataclass(frozen=True)
class PlaceFilter:
    """The place a question asks about: a province (``admin1``) or a town (``location``)."""

    name: str
    level: Literal["admin1", "location"]
    key: str  # normalised key (see ``extraction.places.place_key``); canonical name for admin1

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "level": self.level}


@dataclass(frozen=True)
class Question:
    """A parsed question: which kind, where, and the inclusive period [start, end]."""

    kind: str | None  # None means every kind
    place: PlaceFilter | None
    start: date
    end: date
    period_label: str = field(default="", compare=False)  # e.g. "last week", for replies


class QuestionError(ValueError):
    """A question that cannot be read; the message is for the user and includes an example."""
