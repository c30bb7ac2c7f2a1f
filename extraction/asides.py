"""Parenthetical asides inside English lists, quietened before the list rules run.

A gloss such as "(a mainly Assyrian town)" or a count with a source attached, "(twice, according to
the SDF)", otherwise ends a list early. The text keeps its length (asides become spaces) so every
offset the extractor reports still points into the original article.
"""

from __future__ import annotations

import re

from extraction.numbers import count_pattern
from extraction.places import admin1_regex

_PAREN = re.compile(r"\((?P<inner>[^()\n]{1,100})\)")
_GLOSS = re.compile(r"(?:an?|mostly|mainly|largely)\s+[a-z]", re.I)
_COUNT_HEAD: re.Pattern[str] | None = None


def _count_head() -> re.Pattern[str]:
    global _COUNT_HEAD
    if _COUNT_HEAD is None:
        _COUNT_HEAD = re.compile(rf"\s*(?P<c>{count_pattern()})\s*[,;]\s*\S", re.I)
    return _COUNT_HEAD


def quiet_asides(text: str) -> str:
    """``text`` with descriptive glosses blanked and counts' trailing remarks cut, at the same length."""
    if "(" not in text:
        return text

    def repl(m: re.Match[str]) -> str:
        inner = m["inner"]
        whole = m.group()
        cm = _count_head().match(inner)
        if cm is not None:
            kept = "(" + cm["c"] + ")"
            return kept + " " * (len(whole) - len(kept))
        if _GLOSS.match(inner) and not admin1_regex().search(inner):
            return " " * len(whole)
        return whole

    return _PAREN.sub(repl, text)


_BROKEN_LIST = re.compile(r"(?<=,)[ \t]*\n[ \t]*\n\s*(?=\S)")


def join_broken_lists(text: str) -> str:
    """A paragraph that ends on a comma goes on in the next one ("...: Khan Arnabah,\\n\\nal-Baath and X").

    The break becomes spaces, so offsets stay put.
    """
    if ",\n" not in text and ", \n" not in text:
        return text
    return _BROKEN_LIST.sub(lambda m: " " * len(m.group()), text)
