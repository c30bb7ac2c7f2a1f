"""Tokens of a question and the multilingual vocabulary that gives them roles.

The vocabulary is data (``data/question_words.json``, one block per
language); every language is active at once, so a question may mix them.
Words are compared after ``places.fold`` (lower case, accents dropped), and
multi-word entries ("avant hier", "كانون الثاني") are merged into one token.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from extraction.model import QuestionError
from extraction.periods import EXAMPLE
from extraction.places import fold as _fold_uncached

MAX_LENGTH = 200
fold = lru_cache(maxsize=8192)(_fold_uncached)  # questions repeat the same few words

# Roles whose value is only a flag.
FLAG_ROLES = (
    "this",
    "last",
    "past",
    "ago",
    "since",
    "from",
    "to",
    "between",
    "and",
    "fillers",
    "place_descriptors",
)
# Letters glued to a day or year number: 1st, 1er, 1º, 10-го, 2019г.
_SUFFIXES = (
    "st",
    "nd",
    "rd",
    "th",
    "er",
    "re",
    "e",
    "eme",
    "o",
    "a",
    "го",
    "е",
    "й",
    "я",
    "ое",
    "ого",
    "г",
    "р",
)
ORDINAL_SUFFIXES = frozenset(fold(s) for s in _SUFFIXES)
_ELISIONS = frozenset({"l", "d", "qu", "jusqu", "lorsqu", "n", "s", "j", "m", "t", "c"})

_TOKEN_RE = re.compile(
    r"""
    (?P<iso>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)
  | (?P<dmy>\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?![\d/.-]?\d)
  | (?P<dm>\d{1,2}[/.]\d{1,2})(?![\d/.]?\d)
  | (?P<ym>\d{4}-\d{1,2})(?![\d/.-]?\d)
  | (?P<num>\d+)(?:-?(?P<suffix>[^\W\d_]{1,3})(?![^\W\d_]))?\.?
  | (?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
  | (?P<dash>[-–—])
  | (?P<other>\S)
    """,
    re.VERBOSE,
)


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WHITESPACE = str.maketrans("\t\n\r", "   ")
_KINDS = ("iso", "dmy", "dm", "ym", "num", "word", "dash", "other")


@dataclass
class Token:
    """One word, number or date of the question, with the roles the vocabulary gives it."""

    text: str
    norm: str
    start: int
    end: int
    roles: dict[str, Any] = field(default_factory=dict)
    hyphen_before: bool = False  # joined to the previous word by a hyphen ("ez-Zor")


@cache
def vocabulary() -> dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]]:
    """First folded word -> [(phrase words, roles)], longest phrase first; all languages merged."""
    path = resources.files("extraction") / "data" / "question_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], dict[str, Any]] = {}

    def add(words: str, role: str, value: Any) -> None:
        key = tuple(fold(words).split())
        if key:
            phrases.setdefault(key, {})[role] = value

    for lang, block in data.items():
        if lang.startswith("_"):
            continue
        for role in FLAG_ROLES:
            for word in block.get(role, []):
                add(word, role, True)
        for tag, words in block.get("relative", {}).items():
            for word in words:
                add(word, "relative", tag)
        for unit, words in block.get("units", {}).items():
            for word in words:
                add(word, "unit", unit)
        for unit, words in block.get("dual_units", {}).items():
            for word in words:
                add(word, "dual", unit)
        for role, table in (
            ("month", "months"),
            ("month_abbr", "month_abbreviations"),
            ("weekday", "weekdays"),
            ("number", "numbers"),
        ):
            for value, words in block.get(table, {}).items():
                for word in words:
                    add(word, role, int(value))
        for kind, words in block.get("kinds", {}).items():
            for word in words:
                add(word, "kind", None if kind == "all" else kind)
    index: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
    for words, roles in phrases.items():
        index.setdefault(words[0], []).append((words, roles))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _clean(text: str) -> str:
    """NFKC, format characters (zero-width, bidi marks) and combining marks dropped; controls refused."""
    if len(text) > MAX_LENGTH:
        raise QuestionError(f"That question is too long (over {MAX_LENGTH} characters). {EXAMPLE}")
    if text.isascii():  # the common case, without the per-character walk
        if _ASCII_CONTROL.search(text):
            raise QuestionError(f"That question contains invisible control characters. {EXAMPLE}")
        return text.translate(_WHITESPACE)
    text = unicodedata.normalize("NFKC", text)
    out = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\t\n\r":
            out.append(" ")
        elif category == "Cc" or category in ("Cs", "Co", "Cn"):
            raise QuestionError(f"That question contains invisible control characters. {EXAMPLE}")
        elif category in ("Cf", "Mn", "Me") or char == "\u0640":  # zero-width, bidi, harakat, tatweel
            continue
        else:
            out.append(char)
    return "".join(out)


def _number_roles(digits: str) -> dict[str, Any]:
    return {"num": int(digits), "digits": len(digits)}


def _date_roles(kind: str, text: str) -> dict[str, Any]:
    parts = [int(p) for p in re.split(r"[-/.]", text)]
    if kind == "iso":
        return {"date": (parts[0], parts[1], parts[2])}
    day, month = parts[0], parts[1]
    if month > 12 >= day:  # day-first is impossible, month-first is not: 04/25/2019
        day, month = month, day
    year: int | None = None
    if kind == "dmy":
        year = parts[2] + 2000 if parts[2] < 100 else parts[2]
    return {"date": (year, month, day)}


def _lookup(norm: str) -> dict[str, Any] | None:
    """Roles of a single folded word, trying an Arabic word without its attached 'and'/'in' prefix."""
    index = vocabulary()
    for words, roles in index.get(norm, []):
        if len(words) == 1:
            return roles
    if norm and "\u0600" <= norm[0] <= "\u06ff" and len(norm) > 3 and norm[0] in "وبلف":
        return _lookup(norm[1:])
    return None


def tokenize(text: str) -> list[Token]:
    """Split a question into tokens, refusing symbols, control characters and over-long text."""
    text = _clean(text)
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        kind = next(k for k in _KINDS if match.group(k) is not None)
        raw = match.group(0)
        start, end = match.span()
        if kind == "ym":
            year, month = raw.split("-")
            tokens.append(Token(raw, raw, start, end, {"year_month": (int(year), int(month))}))
        elif kind in ("iso", "dmy", "dm"):
            tokens.append(Token(raw, raw, start, end, _date_roles(kind, raw)))
        elif kind == "num":
            digits, suffix = match.group("num"), match.group("suffix")
            tokens.append(Token(raw, digits, start, end, _number_roles(digits)))
            if suffix and fold(suffix) not in ORDINAL_SUFFIXES:  # "3days": a number, then a word
                tokens[-1] = Token(digits, digits, start, start + len(digits), _number_roles(digits))
                word_start = match.start("suffix")
                tokens.append(Token(suffix, fold(suffix), word_start, match.end("suffix")))
        elif kind == "word":
            hyphen = start > 0 and text[start - 1] == "-" and start > 1 and not text[start - 2].isspace()
            head, sep, rest = raw.partition("'") if "'" in raw else raw.partition("’")
            if sep and head.lower() in _ELISIONS and rest:  # l'année, d'Alep, jusqu'au
                tokens.append(Token(head, fold(head), start, start + len(head), hyphen_before=hyphen))
                tokens.append(Token(rest, fold(rest), start + len(head) + 1, end))
            else:
                tokens.append(Token(raw, fold(raw), start, end, hyphen_before=hyphen))
        elif kind == "dash":
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalpha() and after.isalpha()):  # a hyphen inside a name is not a range
                tokens.append(Token(raw, "-", start, end, {"to": True}))
        else:
            category = unicodedata.category(raw)
            if category.startswith("S") or category[0] not in "PZ":
                raise QuestionError(f"I can't read the character “{raw}” in a question. {EXAMPLE}")
    return _merge_phrases([t for t in tokens if t.norm])


def _merge_phrases(tokens: list[Token]) -> list[Token]:
    """Give each token its roles, merging multi-word vocabulary entries into one token."""
    index = vocabulary()
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.roles:  # numbers and dates
            out.append(token)
            i += 1
            continue
        merged = False
        for words, roles in index.get(token.norm, []):
            n = len(words)
            if n > 1 and tuple(t.norm for t in tokens[i : i + n]) == words:
                last = tokens[i + n - 1]
                out.append(
                    Token(
                        " ".join(t.text for t in tokens[i : i + n]),
                        " ".join(words),
                        token.start,
                        last.end,
                        dict(roles),
                        token.hyphen_before,
                    )
                )
                i += n
                merged = True
                break
        if not merged:
            token.roles = dict(_lookup(token.norm) or {})
            out.append(token)
            i += 1
    return out
