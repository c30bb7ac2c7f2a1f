"""Who issued the statement an article reports, from a data table of name patterns."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = resources.files("extraction") / "data" / "reporters.json"
    rows = json.loads(path.read_text(encoding="utf-8"))["patterns"]
    return tuple((re.compile(rx, re.I), name) for rx, name in rows)


def find_reporter(text: str) -> str | None:
    """The canonical name of the earliest-named known reporter in ``text``, else None.

    The commission pattern comes first on purpose: an article about the
    Russian side of the Russian-Turkish commission also names the centre.
    """
    best: tuple[int, int, str] | None = None
    for order, (rx, name) in enumerate(_patterns()):
        m = rx.search(text)
        if m is None:
            continue
        rank = (0 if order == 0 else 1, m.start(), name)
        if best is None or rank[:2] < best[:2]:
            best = (rank[0], rank[1], name)
    return best[2] if best else None
