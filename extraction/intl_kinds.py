"""Which kind of incident a non-English sentence reports, and its dead and wounded.

The rules are those of ``extraction.kinds`` for English: an explosion, an
airstrike or a clash is its own kind unless the sentence calls it a
violation; in an article that speaks of a truce the rest are ceasefire
violations; elsewhere drones and missiles are attacks and the rest shelling.
The words of each language live in ``data/intl_grammar.json`` ("kinds").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from extraction.intl_lexicon import Lexicon, word_forms
from extraction.model import VIOLATION

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TIME_UNIT = re.compile(r"час\w*|годин\w*|ساع\w*|heures?|horas?|stunden?")
_WINDOW = 3  # a figure this many words from "погибли", "قتلى", "blessés" is its toll
MAX_TOLL = 10_000


@dataclass(frozen=True)
class KindRules:
    """The compiled "kinds" block of one language."""

    lang: str
    explosion: re.Pattern[str]
    airstrike: re.Pattern[str]
    clash: re.Pattern[str]
    attack: re.Pattern[str]
    second_hand: re.Pattern[str]
    ceasefire: re.Pattern[str]
    violation: re.Pattern[str]
    killed: re.Pattern[str]
    injured: re.Pattern[str]
    numbers: dict[str, int]
    any_incident: re.Pattern[str]  # the four incident patterns as one: most sentences fail it in one scan

    def mentions_incident(self, low: str) -> bool:
        """Whether a lower-cased sentence names an explosion, airstrike, clash or drone/missile attack."""
        return self.any_incident.search(low) is not None


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern or r"(?!x)x", re.IGNORECASE)


@cache
def rules(lang: str) -> KindRules:
    """The kind rules of ``lang`` (a key of the data file)."""
    path = resources.files("extraction") / "data" / "intl_grammar.json"
    data = json.loads(path.read_text(encoding="utf-8"))[lang].get("kinds", {})
    return KindRules(
        lang=lang,
        **{
            name: _rx(data.get(name, ""))
            for name in (
                "explosion",
                "airstrike",
                "clash",
                "attack",
                "second_hand",
                "ceasefire",
                "violation",
            )
        },
        killed=_rx(data.get("killed", "")),
        injured=_rx(data.get("injured", "")),
        numbers={k.lower(): int(v) for k, v in data.get("numbers", {}).items()},
        any_incident=_rx(
            "|".join(f"(?:{data[k]})" for k in ("explosion", "airstrike", "clash", "attack") if data.get(k))
        ),
    )


def sentence_kind(low: str, kr: KindRules, ceasefire: bool) -> str:
    """The kind of the incidents a lower-cased sentence lists (``ceasefire``: the article's context)."""
    violation = bool(kr.violation.search(low))
    if not violation:
        if kr.explosion.search(low):
            return "explosion"
        if kr.airstrike.search(low):
            return "airstrike"
        if kr.clash.search(low):
            return "clash"
        if kr.second_hand.search(low):
            return "shelling"
    if ceasefire or violation:
        return VIOLATION
    return "attack" if kr.attack.search(low) else "shelling"


def casualties(low: str, kr: KindRules, lex: Lexicon) -> tuple[int | None, int | None]:
    """(killed, injured) a lower-cased sentence states: the nearest figure to each casualty word."""
    words = _WORD.findall(low)
    values: list[int | None] = []
    for i, w in enumerate(words):
        value: int | None
        if w.isdigit():
            value = int(w) if len(w) <= 5 else None
        else:
            value = kr.numbers.get(w)
            if value is None:
                value = lex.number(w)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if value is not None and (value > MAX_TOLL or _TIME_UNIT.fullmatch(nxt)):
            value = None
        values.append(value)
    return _pair(words, values, kr)


def _pair(words: list[str], values: list[int | None], kr: KindRules) -> tuple[int | None, int | None]:
    """Match figures to casualty words, closest pairs first, each figure and each side used once.

    "wurden fünf Menschen getötet und zwölf verletzt": "zwölf" is next to
    "verletzt", so "getötet" takes "fünf" although both are two words from it.
    """
    pairs: list[tuple[int, int, int, int]] = []  # (distance, figure before the word, side, figure index)
    for i, w in enumerate(words):
        forms = word_forms(w, kr.lang)
        for side, rx in enumerate((kr.killed, kr.injured)):
            if not any(rx.fullmatch(f) for f in forms):
                continue
            for j in range(max(0, i - _WINDOW), min(len(words), i + _WINDOW + 1)):
                if j != i and values[j] is not None:
                    pairs.append((abs(j - i), int(j < i), side, j))
    tolls: list[int | None] = [None, None]
    used: set[int] = set()
    for _, _, side, j in sorted(pairs):
        if tolls[side] is None and j not in used:
            tolls[side] = values[j]
            used.add(j)
    return tolls[0], tolls[1]
