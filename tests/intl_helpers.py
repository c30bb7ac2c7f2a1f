"""Shared helpers for the non-English extraction tests: run the public entry point, compare sets."""

from __future__ import annotations

from datetime import UTC, date, datetime

from extraction.article import extract_article
from extraction.model import Extraction


def run(text: str, received: str | None = "2019-04-10T09:00:00") -> Extraction:
    """Extract through the public entry point (language detection included)."""
    when = datetime.fromisoformat(received).replace(tzinfo=UTC) if received else None
    return extract_article(text, when)


def places(
    text: str, received: str | None = "2019-04-10T09:00:00"
) -> set[tuple[str | None, str | None, int]]:
    """(location, admin1, count) of every ceasefire violation extracted from ``text``."""
    return {(i.location, i.admin1, i.count) for i in run(text, received).incidents}


def days(text: str, received: str | None = "2019-04-10T09:00:00") -> set[date]:
    """The dates of the incidents extracted from ``text``."""
    return {i.date for i in run(text, received).incidents}


def province_sums(text: str, received: str | None = "2019-04-10T09:00:00") -> dict[str, int]:
    """Violation counts per province, places and stated totals together."""
    sums: dict[str, int] = {}
    for i in run(text, received).incidents:
        if i.admin1:
            sums[i.admin1] = sums.get(i.admin1, 0) + i.count
    return sums
