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
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = resources.files("extraction") / "data" / "reporters_intl.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["patterns"]
    return tuple((re.compile(rx, re.IGNORECASE), name) for rx, name in rows)


def find_reporter_intl(text: str) -> str | None:
    """The canonical name of the earliest-named known reporter; a commission's side outranks the centre."""
    best: tuple[int, int, str] | None = None
    for order, (rx, name) in enumerate(_patterns()):
        m = rx.search(text)
        if m is None:
            continue
        rank = (0 if order == 0 else 1, m.start(), name)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return best[2] if best else None
