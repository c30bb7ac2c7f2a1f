"""Who issued the statement an article reports, from a data table of name patterns."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from extraction.scan import Prefixed


@cache
def _table() -> tuple[Prefixed, Prefixed, tuple[str, ...]]:
    """(the first row's pattern, all rows as one alternation with a group per row, the names)."""
    path = resources.files("extraction") / "data" / "reporters.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["patterns"]
    combined = "|".join(f"(?P<r{i}>{rx})" for i, (rx, _name) in enumerate(rows))
    # Every name starts a word: the leading \b spares the alternation at every position inside a word.
    # Each is tried only where one of its rows' first words starts (extraction.scan.Prefixed).
    return (
        Prefixed(re.compile(rf"\b(?:{rows[0][0]})", re.I)),
        Prefixed(re.compile(rf"\b(?:{combined})", re.I)),
        tuple(name for _rx, name in rows),
    )


def find_reporter(text: str) -> str | None:
    """The canonical name of the earliest-named known reporter in ``text``, else None.

    The first row (the Russian side of the Russian-Turkish commission) wins
    wherever it appears: such an article also names the centre earlier.
    """
    first, combined, names = _table()
    m = combined.search(text)  # one scan: the first row is tried first at every position
    if m is None or m.lastgroup is None:
        return None  # no row matches anywhere, the first one included
    if m.lastgroup != "r0" and first.search(text, m.start() + 1):
        return names[0]  # the first row was not at or before m; it may still come later
    return names[int(m.lastgroup[1:])]
