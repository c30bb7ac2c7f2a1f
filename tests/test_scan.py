"""The fast scans of ``extraction.scan`` find exactly what the plain regexes find.

They only skip positions where no match can start, so every rule must read the
same sentences the same way with or without them: checked here on every
sentence of the dev corpus and the invented sets, on their upper-case
copies, and on letters that ``re.I`` and ``str.lower`` treat
differently ('İ', 'ı', 'ſ', the Kelvin sign).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from extraction import dates, english, kinds, reporters, totals
from extraction.scan import (
    ACTIVE_ING,
    ACTIVE_STARTS,
    DIGIT,
    GENERIC_STARTS,
    PASSIVE_STARTS,
    Prefixed,
    _prefixes,
    finditer_at,
    first_words,
    trigger_starts,
    words_safe,
)

TESTS = Path(__file__).parent
ODD = [
    "The militants ſhelled Kafr Nabl twice, the centre ſaid.",
    "Mılitants attacked İdlib and were fıred upon.",
    "Ceasefire violations: 3 in Hama, the Kelvin \u212a sign said; LPR MILITIA fired on Donetsk ONCE.",
    "Russian Defence Ministry: the truce was violated 12 times on Monday and Tuesday.",
]


@cache
def _sentences() -> tuple[str, ...]:
    texts: list[str] = []
    for folder in ("corpus/dev", "corpus_invented", "corpus_invented2", "corpus_invented3"):
        for path in sorted((TESTS / folder).glob("*.json")):
            texts.append(str(json.loads(path.read_text(encoding="utf-8"))["text"]))
    out: list[str] = []
    for text in texts:
        for variant in (text, text.upper()):
            out.extend(s.text for s in english.segment(variant))
    return tuple(out + ODD)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _raw(rx: object) -> re.Pattern[str]:
    return rx.rx if isinstance(rx, Prefixed) else rx  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (english, "_COLON_LIST"),
        (english, "_RECALL"),
        (english, "_TURKISH_SIDE"),
        (english, "_INTRO_WORDS"),
        (dates, "_REPORTING"),
        (dates, "_EVENT_VERB"),
        (kinds, "_CEASEFIRE"),
        (kinds, "_CLASH"),
        (kinds, "_EXPLOSION"),
        (totals, "_ATTACK_TIMES"),
        (totals, "_VIOLATED_TIMES"),
        (totals, "_WAS_VIOLATED_TIMES"),
    ],
)
def test_prefixed_regex_finds_what_the_regex_finds(module: object, name: str) -> None:
    fast = Prefixed(_raw(getattr(module, name)))
    assert fast.words, f"{name}: no first words, so nothing is sped up"
    for s in _sentences():
        assert _spans(fast.finditer(s)) == _spans(fast.rx.finditer(s)), s
        got, want = fast.search(s, 5, len(s) - 3), fast.rx.search(s, 5, len(s) - 3)
        assert (got and got.span()) == (want and want.span()), s


def test_reporter_scan_finds_what_the_regex_finds() -> None:
    _first, combined, _names = reporters._table()
    for s in _sentences():
        got, want = combined.search(s), combined.rx.search(s)
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup)), s


def test_trigger_starts_cover_every_trigger_match() -> None:
    checked = 0
    for s in _sentences():
        low = s.lower()
        if not words_safe(s, low):
            continue
        for (rx, _mode, _stems), starts in zip(english._TRIGGERS, trigger_starts(low), strict=True):
            assert _spans(finditer_at(rx, s, starts)) == _spans(rx.finditer(s)), s
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\bfoo\b", 0, ("foo",)),
        (r"(?i)\b(?:Shelled|attacked)\s+\w+", 0, ("attacked", "shelled")),
        (r"ab(?:cd|xe)f", 0, ("abcd", "abxe")),
        (r"(?=[vb])\b(?:violat\w*|broke)", re.I, ("broke", "violat")),
        (r"(?:x|\d+)y", 0, (DIGIT, "x")),  # a digit can open a match
        (r"(?:ab)?c", 0, ("ab", "c")),  # an optional opening, or what follows it
        (r"[xy]a", 0, None),  # a class can open a match anywhere
        (r"é\w+", 0, None),  # not ASCII: lower-casing might not keep it
    ],
)
def test_first_words_of_a_pattern(pattern: str, flags: int, words: tuple[str, ...] | None) -> None:
    assert first_words(re.compile(pattern, flags)) == words


def test_odd_letters_fall_back_to_the_plain_scan() -> None:
    rx = Prefixed(re.compile(r"\bshelled\b", re.I))
    assert rx.search("They ſhelled it") is not None  # re.I equates 'ſ' with 's'; str.lower does not
    assert [m.span() for m in rx.finditer("İ shelled, SHELLED")] == [(2, 9), (11, 18)]


def _alternatives(items: Any) -> list[Any]:
    """The top-level alternatives of a parsed pattern, opening groups unfolded while they hide them."""
    for op, av in items:
        if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
            continue
        if op is _parser.SUBPATTERN:
            return _alternatives(av[3].data) if _prefixes(items) is None else [items]
        if op is _parser.BRANCH:
            out: list[Any] = []
            for alt in av[1]:
                out.extend(_alternatives(alt.data) if _prefixes(alt.data) is None else [alt.data])
            return out
        break
    return [items]


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("_ACTIVE", ACTIVE_STARTS | ACTIVE_ING),
        ("_GENERIC", GENERIC_STARTS),
        ("_PASSIVE", PASSIVE_STARTS),
    ],
)
def test_trigger_start_words_follow_the_patterns(name: str, starts: frozenset[str]) -> None:
    """A verb added to a trigger regex must be added to its start words in extraction/scan.py too."""
    rx = getattr(english, name)
    for alt in _alternatives(_parser.parse(rx.pattern, rx.flags).data):
        for prefix in _prefixes(alt) or ():
            word = re.match(r"\w*", prefix).group()  # type: ignore[union-attr]  # 'cease-fire': 'cease'
            if name == "_ACTIVE" and word in ("by", "of"):
                continue  # '(by|of) shelling': found from the -ing word (ACTIVE_ING)
            assert any(s.startswith(word) for s in starts), f"{name}: '{prefix}...' opens a match"


DATELINES = [
    "MOSCOW, June 24. /TASS/ Militants fired on Hama.",
    "Baku, April 10, AZERTAC",
    "\n\n  September 16, 22:41\nThe enemy fired 12 times.",
    "Tel Aviv, 9 March (SANA) - Shelling",
    "x-Homs, 9 March (SANA) -",
    "Al-Hasakah Rural, June 3 (AFP) -",
    "KIEV, Sept. 10 (Reuters) -",
    "DAMASCUS, 10 April 2019 (SANA) -",
    "date 2019-04-10T06:30:00Z",
    "on 10/04/2019 and 1.4.2019",
    "June 24, 2019, June  3,  2018, 3rd of May 2017",
]


def test_date_scans_find_what_the_regexes_find() -> None:
    heads = [s[:900] for s in _sentences()] + DATELINES
    for head in heads:
        digits, months = dates._date_starts(head)
        full = [(rx.pattern, m.span()) for rx, m in dates._full_dates_in(head, digits, months)]
        assert full == [(rx.pattern, m.span()) for rx in dates._FULL_DATES for m in rx.finditer(head)], head
        yearless = [m.span() for m in dates._yearless_in(head, digits, months)]
        assert yearless == [m.span() for rx in dates._YEARLESS_DATELINES for m in rx.finditer(head)], head
