"""Fast scans for the English rules: a regex tried only where a match can start, and word gates.

Python's ``re`` tries a case-insensitive alternation of dozens of verbs at every
position of a sentence; most sentences have a handful of places where a match can
begin at all (the start of one of a few words). ``finditer_at`` tries the regex
only there and gives exactly what ``Pattern.finditer`` would: the same leftmost,
non-overlapping matches, provided the candidate positions include every position
where the pattern can match (a superset is fine, a missing one is a bug).

Word gates work on the lower-cased text's ``\\w+`` words. That stands for the
regexes' ``re.I`` matching unless the text holds one of the few letters that
``re.I`` equates with an ASCII letter but ``str.lower`` does not ('İ', 'ı', 'ſ',
the Kelvin sign): ``words_safe`` says so, and callers fall back to the plain scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"\w+")
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def words_safe(text: str, low: str) -> bool:
    """Whether words of ``low`` (``text.lower()``) stand for ``re.I`` matches in ``text`` at the same offsets."""
    return len(low) == len(text) and _ODD_FOLDS.search(text) is None


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` when every match of ``rx`` in ``text`` starts at one of ``starts``.

    ``starts`` must be sorted; ``rx`` must never match the empty string."""
    out: list[re.Match[str]] = []
    end = 0
    match = rx.match
    for s in starts:
        if s < end:
            continue
        m = match(text, s)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _space_before(low: str, p: int) -> int:
    """The start of the run of whitespace that ends at ``p`` (``p`` when there is none)."""
    while p > 0 and low[p - 1].isspace():
        p -= 1
    return p


# English trigger regexes (extraction.english): the words a match of each can start with. Every form of
# each pattern opens with '\b' and one of these whole words, except the active '(by|of|,|, and) shelling'
# form, whose start is found from the -ing word (see ``trigger_starts``).
ACTIVE_STARTS = frozenset(
    "attacked attacking shelled bombarded bombarding bombed pounded pummeled pummelled rocketed mortared "
    "hammered struck hit hitting targeted targeting raided stormed assaulted fired firing lobbed launched sent "
    "aimed directed dropped dropping hurled opened used subjected carried shelling shellings fire attack attacks "
    "strike strikes raid raids bombardment bombing assault assaults came come comes coming fell fallen landed "
    "crashed rained".split()
)
ACTIVE_ING = frozenset("shelling attacking bombarding bombing striking hitting targeting firing".split())
GENERIC_STARTS = frozenset(
    "violated violating broke broken breached breaching ignored committed recorded registered logged ceasefire "
    "cease truce report reports incident incidents case cases violations explosions impacts fire firing "
    "shelling shots violation".split()
)
PASSIVE_STARTS = frozenset("was were had have has being got came come comes coming been".split())


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what '\\w' matches in a str pattern


def word_offsets(low: str, words: frozenset[str], present: set[str] | None = None) -> list[int]:
    """Sorted offsets in ``low`` where one of ``words`` stands as a whole ``\\w+`` word.

    ``present``: the words of ``low`` when the caller has them already."""
    out: list[int] = []
    n = len(low)
    for w in words.intersection(WORD.findall(low) if present is None else present):
        k = len(w)
        i = low.find(w)
        while i >= 0:
            if (i == 0 or not _is_word(low[i - 1])) and (i + k == n or not _is_word(low[i + k])):
                out.append(i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def trigger_starts(low: str) -> tuple[list[int], list[int], list[int]]:
    """Candidate starts (sorted) of the active, generic and passive trigger regexes in a lower-cased sentence."""
    present = set(WORD.findall(low))
    active = word_offsets(low, ACTIVE_STARTS, present)
    for p in word_offsets(low, ACTIVE_ING, present):
        # '(?:by|of|,|,?\\s+and)\\s+shelling': the match starts before the -ing word
        ws = _space_before(low, p)
        if ws < p:
            if low[ws - 2 : ws] in ("by", "of"):
                active.append(ws - 2)
            if ws > 0 and low[ws - 1] == ",":
                active.append(ws - 1)
            if low[ws - 3 : ws] == "and":
                ws2 = _space_before(low, ws - 3)
                if ws2 < ws - 3:
                    active.append(ws2)
                    if ws2 > 0 and low[ws2 - 1] == ",":
                        active.append(ws2 - 1)
    active.sort()
    return active, word_offsets(low, GENERIC_STARTS, present), word_offsets(low, PASSIVE_STARTS, present)
