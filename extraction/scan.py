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
import sys
from collections.abc import Iterable, Iterator
from re import _parser  # type: ignore[attr-defined]  # the stdlib's own parse tree of a pattern
from typing import Any, cast

WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def words_safe(text: str, low: str) -> bool:
    """Whether words of ``low`` (``text.lower()``) stand for ``re.I`` matches in ``text`` at the same offsets."""
    return text.isascii() or (len(low) == len(text) and _ODD_FOLDS.search(text) is None)


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
    [
        "attacked",
        "attacking",
        "shelled",
        "bombarded",
        "bombarding",
        "bombed",
        "pounded",
        "pummeled",
        "pummelled",
        "rocketed",
        "mortared",
        "hammered",
        "struck",
        "hit",
        "hitting",
        "targeted",
        "targeting",
        "raided",
        "stormed",
        "assaulted",
        "harassed",
        "pounding",
        "exploded",
        "named",
        "mentioned",
        "them",
        "concentrated",
        "focused",
        "centred",
        "centered",
        "spread",
        "fired",
        "firing",
        "lobbed",
        "launched",
        "sent",
        "aimed",
        "directed",
        "dropped",
        "dropping",
        "hurled",
        "opened",
        "opening",
        "shooting",
        "naming",
        "wounded",
        "killed",
        "injured",
        "used",
        "use",
        "subjected",
        "carried",
        "shelling",
        "shellings",
        "fire",
        "attack",
        "attacks",
        "strike",
        "strikes",
        "raid",
        "raids",
        "bombardment",
        "bombing",
        "assault",
        "assaults",
        "came",
        "come",
        "comes",
        "coming",
        "fell",
        "fallen",
        "falling",
        "landed",
        "landing",
        "crashed",
        "slammed",
        "smashed",
        "slamming",
        "crashing",
        "smashing",
        "rained",
        # "subjecting to fire", "the list also included", "resorted to firing", "worked on", "(to) shell"
        "subjecting",
        "list",
        "targets",
        "places",
        "settlements",
        "localities",
        "villages",
        "towns",
        "areas",
        "explosion",
        "explosions",
        "resorted",
        "initiated",  # "initiated unprovoked firing and shelling in A, B and C sectors"
        "indulged",
        "worked",
        "among",
        "gunfire",
        "listed",
        "arms",  # "Grenade launchers and small arms - near A and B"
        "launchers",
        "mortars",
        "guns",
        "weapons",
        "violations",
        "breaches",
        "attacks",
        "fire",
        "shell",
        "attack",
        "target",
        "strike",
        "bombard",
    ]
)
ACTIVE_ING = frozenset(
    ["shelling", "attacking", "bombarding", "bombing", "striking", "hitting", "targeting", "firing"]
)
GENERIC_STARTS = frozenset(
    [
        "violated",
        "violates",
        "violate",
        "violating",
        "broke",
        "breaks",
        "broken",
        "breached",
        "breaching",
        "ignored",
        "committed",
        "recorded",
        "registered",
        "logged",
        "ceasefire",
        "cease",
        "truce",
        "report",
        "reports",
        "incident",
        "incidents",
        "case",
        "cases",
        "violations",
        "explosions",
        "breaches",  # "the breaches were concentrated in A (17), B (9)"
        "impacts",
        "fire",
        "firing",
        "shelling",
        "shots",
        "violation",
        "initiated",  # "initiated unprovoked ceasefire violation ... in X sector"
        "resorted",
        "observed",  # "the majority of the violations were recorded ...", "most of them were recorded ..."
        "most",
        "all",
        "many",
        "some",
        "majority",  # "the majority were recorded in areas east of X"
        "both",  # "both of them undetermined explosions in an area south-east of X"
        "sniper",  # "a sniper was active near X"
        "hottest",  # "the hottest spots remained A, B and C"
        "against",  # "used mortars against our positions near A and B"
        "launching",  # "launching 27 artillery shells on A and 9 mortar rounds at B"
        "lobbing",
        "places",  # "the targets named in the bulletin were A and B", "the bulletin lists A and B"
        "targets",
        "settlements",
        "villages",
        "localities",
        "bulletin",
        "statement",
        "briefing",
        "centre",
        "center",
        "ministry",
        "snipers",
    ]
)
PASSIVE_STARTS = frozenset(
    # "took one hit each": took, received, sustained
    ["was", "were", "had", "have", "has", "being", "got", "came", "come", "comes", "coming", "been", "took",
     "received", "sustained"]
)  # fmt: skip


def word_offsets(low: str, words: frozenset[str], present: set[str] | None = None) -> list[int]:
    """Sorted offsets in ``low`` where one of ``words`` stands as a whole ``\\w+`` word.

    ``present``: the words of ``low`` when the caller has them already."""
    out: list[int] = []
    n = len(low)
    for w in words.intersection(WORD.findall(low) if present is None else present):
        k = len(w)
        i = low.find(w)
        while i >= 0:
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_")) and (
                i + k == n or not (low[i + k].isalnum() or low[i + k] == "_")
            ):
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


# ------------------------------------------------------------------ regexes tried only after their first words

_C = _parser  # the parser's op codes


DIGIT = "\x00"  # in a set of first words: the match may start at any digit


def _is_digit_class(op: Any, av: Any) -> bool:
    return op is _C.IN and bool(av) and all(o is _C.CATEGORY and a is _C.CATEGORY_DIGIT for o, a in av)


def _prefixes(items: Any, i: int = 0) -> set[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed sequence ``items[i:]`` starts with
    (``DIGIT``: a digit); None when that cannot be told (an opening class, a non-ASCII letter, ...)."""
    acc = ""
    while i < len(items):
        op, av = items[i]
        i += 1
        if op is _C.LITERAL and av < 128:
            acc += chr(av).lower()
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # takes no character: the match starts with the same letters all the same
        sub: set[str] | None = None
        if op is _C.SUBPATTERN:
            sub = _prefixes(av[3].data)
        elif op is _C.ATOMIC_GROUP:
            sub = _prefixes(av.data)
        elif op is _C.BRANCH:
            sub = set()
            for alt in av[1]:
                alt_prefixes = _prefixes(alt.data)
                if alt_prefixes is None:
                    sub = None
                    break
                sub |= alt_prefixes
        elif _is_digit_class(op, av) and not acc:
            sub = {DIGIT}
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            body = _prefixes(av[2].data)
            if av[0] >= 1:
                sub = body
            elif not acc and body is not None:
                rest = _prefixes(items, i)  # an optional opening: the match starts with it or with the rest
                if rest is None:
                    return None
                return body | rest
        if sub is None or (acc and DIGIT in sub):
            return {acc} if acc else None  # the literal run so far is a prefix of every match
        return {acc + s for s in sub}  # the group follows the literal run at once
    return {acc} if acc else None


def first_words(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case strings every match of ``rx`` starts with (see ``_prefixes``), or None."""
    found = _prefixes(_parser.parse(rx.pattern, rx.flags).data)
    if not found or "" in found:
        return None
    # A string that starts with another one adds no position.
    return tuple(sorted(w for w in found if not any(w != v and w.startswith(v) for v in found)))


def _opens_with_boundary(rx: re.Pattern[str]) -> bool:
    """Whether the pattern asserts a word boundary before anything else it matches (lookarounds aside)."""
    return _boundary_first(_parser.parse(rx.pattern, rx.flags).data)


def _boundary_first(items: Any) -> bool:
    for op, av in items:
        if op is _C.SUBPATTERN:
            return _boundary_first(av[3].data)
        if op is _C.BRANCH:
            return all(_boundary_first(alt.data) for alt in av[1])
        if op is _C.AT:
            return bool(av is _C.AT_BOUNDARY)
        if op is _C.ASSERT_NOT and av[0] == -1 and _not_after_word(av[1].data):
            return True  # '(?<![\w,.])': no word character before the match
        if op not in (_C.ASSERT, _C.ASSERT_NOT):
            return False
    return False


def _not_after_word(items: Any) -> bool:
    """Whether a negative lookbehind's body is one character class that holds every word character."""
    if len(items) != 1 or items[0][0] is not _C.IN:
        return False
    members = items[0][1]
    return all(o is not _C.NEGATE for o, _a in members) and any(
        o is _C.CATEGORY and a is _C.CATEGORY_WORD for o, a in members
    )


class Prefixed:
    """A compiled regex tried only where one of its first words starts: exactly what the regex gives.

    The words come from the pattern itself (``first_words``), so they follow its edits; a pattern whose
    matches can start anywhere, or a text with a letter that upsets lower-casing, is scanned as usual.
    ``search`` and ``finditer`` are the fast ones; everything else is the regex's own."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.words = first_words(rx)
        # '\b' first: a word can only open a match at the start of a word
        self.word_start = _opens_with_boundary(rx)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rx, name)  # pattern, flags, groups, fullmatch, sub, ...

    def _starts(self, text: str, pos: int, endpos: int) -> list[int] | None:
        """Sorted candidate starts in [pos, endpos); None when the text needs the plain scan."""
        if self.words is None:
            return None
        low = text.lower()
        if not words_safe(text, low):
            return None
        out: list[int] = []
        for w in self.words:
            if w == DIGIT:
                out.extend(m.start() for m in _DIGIT.finditer(text, pos, endpos))
                continue
            find = low.find
            i = find(w, pos, endpos)
            if self.word_start and (w[0].isalnum() or w[0] == "_"):
                while i >= 0:  # inside a word the boundary fails: only word starts can match
                    if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                        out.append(i)
                    i = find(w, i + 1, endpos)
            else:
                while i >= 0:
                    out.append(i)
                    i = find(w, i + 1, endpos)
        out.sort()
        return out

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        starts = self._starts(text, pos, endpos)
        if starts is None:
            return self.rx.search(text, pos, endpos)
        match = self.rx.match
        for s in starts:
            m = match(text, s, endpos)
            if m is not None:
                return m
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        starts = self._starts(text, pos, endpos)
        if starts is None or endpos != sys.maxsize:
            return self.rx.finditer(text, pos, endpos)
        return iter(finditer_at(self.rx, text, starts))


def prefixed(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` tried only where one of its first words starts (``Prefixed``), for modules that keep
    ``re.Pattern`` annotations: it stands in for the pattern wherever ``search``/``finditer``/... are used."""
    return cast("re.Pattern[str]", Prefixed(rx))
