"""Who issued the statement, read from the non-English names of the reporting organisations.

The table (``data/reporters_intl.json``) maps each organisation's names in
Russian, Ukrainian, Arabic, French, Portuguese, Spanish and German to the
canonical English name that the English extractor uses, so that one
statement reported in two languages carries one reporter.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


@cache
def _table() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """(the commission pattern, all patterns as one alternation of named groups, names by group)."""
    path = resources.files("extraction") / "data" / "reporters_intl.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["patterns"]
    combined = "|".join(f"(?P<r{i}>{rx})" for i, (rx, _) in enumerate(rows))
    return (
        re.compile(rows[0][0], re.IGNORECASE),
        re.compile(combined, re.IGNORECASE),
        tuple(name for _, name in rows),
    )


def find_reporter_intl(text: str) -> str | None:
    """The canonical name of the earliest-named known reporter; a commission's side outranks the centre.

    One pass over the text for all names (plus one for the commission), not
    one per organisation.
    """
    commission, combined, names = _table()
    if commission.search(text):
        return names[0]
    m = combined.search(text)
    if m is None or m.lastgroup is None:
        return None
    return names[int(m.lastgroup[1:])]


@cache
def _truce_monitors() -> frozenset[str]:
    path = resources.files("extraction") / "data" / "reporters_intl.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8")).get("truce_monitors", ()))


def is_truce_monitor(reporter: str | None) -> bool:
    """Whether ``reporter`` (a canonical name) only ever reports on a ceasefire: its lists are violations."""
    return reporter is not None and reporter in _truce_monitors()
