"""Plain-text tables in English bulletins ("Province    Settlement    Times"), read as one sentence per row.

Defence ministries paste column-aligned tables into their daily summaries; the sentence and list rules
cannot see the columns, so each row is rewritten as "X (P province) was shelled N times." before they run.
"""

from __future__ import annotations

import re

from extraction.numbers import parse_number
from extraction.places import find_admin1

_COLS = re.compile(r"\t+|\s{2,}|\s*\|\s*")  # tabs, aligned spaces or pipes ("Aleppo | Hader | 2")
_RULE = re.compile(r"^[\s|:+=-]+$")  # "|---|---|" under a header
_PLACE_HEAD = re.compile(
    r"^(?:settlements?|villages?|towns?|places?|locations?|localit(?:y|ies)|areas?|sectors?)$", re.I
)
_COUNT_HEAD = re.compile(r"^(?:times|count|number|violations|incidents|shellings|attacks|cases)$", re.I)
_ADMIN_HEAD = re.compile(r"^(?:provinces?|governorates?|regions?|oblasts?|districts?)$", re.I)


def _cells(line: str) -> list[str]:
    return [c for c in _COLS.split(line.strip().strip("|")) if c]


def _header(line: str) -> tuple[int, int, int | None] | None:
    """(place column, count column, province column or None) when ``line`` is a table's header."""
    cells = _cells(line)
    if not 2 <= len(cells) <= 4:
        return None
    place = next((i for i, c in enumerate(cells) if _PLACE_HEAD.match(c)), None)
    count = next((i for i, c in enumerate(cells) if _COUNT_HEAD.match(c)), None)
    admin = next((i for i, c in enumerate(cells) if _ADMIN_HEAD.match(c)), None)
    if place is None or count is None:
        return None
    return place, count, admin


def rewrite_tables(text: str) -> str:
    """``text`` with each row of a column-aligned place/count table as a sentence; other text unchanged."""
    if "  " not in text and "\t" not in text and "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    cols: tuple[int, int, int | None] | None = None
    width = 0
    for line in lines:
        if cols is not None and _RULE.match(line) and line.strip():
            out.append("")
            continue
        if cols is not None:
            cells = _cells(line)
            n = parse_number(cells[cols[1]]) if len(cells) == width else None
            if n is not None and n >= 1 and re.match(r"[A-Z]|(?:al|el|ad|as|ar|an|at|az)-", cells[cols[0]]):
                place = cells[cols[0]]
                admin = find_admin1(cells[cols[2]]) if cols[2] is not None else None
                where = f" ({admin.name} province)" if admin is not None else ""
                out.append(f"{place}{where} was shelled {n} times.")
                continue
            cols = None
        head = _header(line)
        if head is not None:
            cols, width = head, len(_cells(line))
            out.append("")
            continue
        out.append(line)
    return "\n".join(out)
