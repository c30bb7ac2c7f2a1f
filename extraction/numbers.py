"""Numbers in English news text: digits, number words up to 999, and repetition counts.

The words live in ``data/numbers_en.json`` so that the tables can be checked
and extended without touching the rules. Anything above ``MAX_COUNT`` is not
a count of incidents (it is a casualty figure, a year, a typo or an attack on
the parser) and is read as no number at all.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

MAX_COUNT = 10_000


@cache
def _data() -> dict[str, dict[str, int] | list[str]]:
    path = resources.files("extraction") / "data" / "numbers_en.json"
    data: dict[str, dict[str, int] | list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _table(name: str) -> dict[str, int]:
    table = _data()[name]
    assert isinstance(table, dict)
    return table


def vague_words() -> tuple[str, ...]:
    """Quantity words that are not numbers ('several', 'dozens')."""
    words = _data()["vague"]
    assert isinstance(words, list)
    return tuple(words)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _first_letters(words: list[str]) -> str:
    """The possible first letters of ``words`` in either case, escaped for a character class."""
    firsts = {w[0] for w in words if w}
    return "".join(re.escape(c) for c in sorted(firsts | {c.upper() for c in firsts}))


@cache
def number_pattern() -> str:
    """Regex (no groups) for one number: '14', '1,400', 'fourteen', 'twenty-one', 'one hundred and five'."""
    units = [w for w in _table("units") if w not in ("no", "zero", "a single", "single")]
    tens = list(_table("tens"))
    unit = _alternation(units)
    ten = _alternation(tens)
    small = rf"(?:(?:{ten})(?:[-\s](?:{unit}))?|(?:{unit}))"
    words = rf"(?:(?:(?:{unit})\s+)?hundred(?:\s+(?:and\s+)?{small})?|{small})"
    # A first-character guard: most positions fail on one class test instead of every word's first letter.
    return rf"(?=[{number_start_chars()}])(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{words})"


@cache
def number_start_chars() -> str:
    """The characters a number can start with, as the body of a regex character class."""
    units = [w for w in _table("units") if w not in ("no", "zero", "a single", "single")]
    return r"\d" + _first_letters([*units, *_table("tens"), "hundred"])


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words; None when it is not one or is too big."""
    s = text.strip().lower().replace("\u2009", "").replace("\xa0", " ")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        if len(s) > 9:
            return None
        value = int(s.replace(",", ""))
        return value if value <= MAX_COUNT else None
    units, tens = _table("units"), _table("tens")
    s = re.sub(r"[\s-]+", " ", s)
    if s in units:
        return units[s]
    total = 0
    words = s.split(" ")
    if "hundred" in words:
        i = words.index("hundred")
        head = " ".join(words[:i]) or "one"
        if head not in units:
            return None
        total = units[head] * 100
        words = [w for w in words[i + 1 :] if w != "and"]
        if not words:
            return total
    rest = " ".join(words)
    if rest in units:
        return total + units[rest]
    if len(words) == 1 and words[0] in tens:
        return total + tens[words[0]]
    if len(words) == 2 and words[0] in tens and words[1] in units and units[words[1]] < 10:
        return total + tens[words[0]] + units[words[1]]
    return None


@cache
def count_pattern() -> str:
    """Regex with one group per alternative for a repetition count after a place.

    Matches '(once)', '(two times)', '(3)', '(3 times)', 'twice', 'three times', '4 times', 'thrice'.
    Use ``parse_count`` on the whole match.
    """
    adverbs = _alternation(list(_table("times")))
    num = number_pattern()
    inner = rf"[x×]\s*\d{{1,5}}|(?:{num})(?:\s+(?:times?|violations?|breach(?:es)?|attacks?|incidents?|shellings?))?|{adverbs}"
    return (
        rf"(?:\(\s*(?:{inner})\s*\)|(?<!\w)[x×]\s?\d{{1,3}}\b|(?<![\w.,])\d{{1,3}}\s?[x×](?![\w×])|\b(?:{num})\s+times\b|\bon\s+(?:{num})\s+occasions\b|"
        rf"\b(?:{adverbs})\b)"
    )


def parse_count(text: str) -> int | None:
    """'(two times)' -> 2, 'twice' -> 2, '(3)' -> 3, '4 times' -> 4; None if not a count or > MAX_COUNT."""
    s = text.strip().strip("()[]").strip().lower()
    s = re.sub(r"\s+(?:times?|violations?|breach(?:es)?|attacks?|incidents?|shellings?)$", "", s)
    s = re.sub(r"^[x×–—:-]\s*|(?<=\d)\s*[x×]$|^on\s+|\s+occasions$", "", s)
    times = _table("times")
    if s in times:
        return times[s]
    value = parse_number(s)
    if value is None or value < 1:
        return None
    return value
