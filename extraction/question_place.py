"""The place of a question: the words left over after the period, kind and filler words.

A first-level division in any known spelling becomes an ``admin1`` filter;
otherwise the words are a town, matched later by ``places.place_key``.
Fallbacks for a division: descriptor words dropped ("rural idlib", "ريف
إدلب"), Russian/Ukrainian case endings ("латакии", "Идлибе", "Донецкой
области") and Arabic attached prefixes ("باللاذقية").
"""

from __future__ import annotations

import re
from functools import cache

from extraction.model import PlaceFilter, QuestionError
from extraction.periods import EXAMPLE
from extraction.places import Admin1, admin1_names, find_admin1, place_key
from extraction.question_words import Token

MAX_WORDS = 6
# Arabic articles of transliterated names are kept at the edge of a place ("El Bab").
_NAME_ARTICLES = frozenset({"el", "al", "ad", "ar", "az", "ash", "ath", "ed", "ez", "ul", "ag", "es"})
# Leftover words with these roles are glue, not names ("in", "province", "from", a lone "last").
_STRIP_ROLES = frozenset(
    {
        "fillers",
        "since",
        "from",
        "to",
        "between",
        "and",
        "this",
        "last",
        "past",
        "ago",
        "unit",
        "dual",
        "relative",
    }
)
_CYRILLIC_ENDINGS = re.compile(r"[аеиоуыэюяйьіїє]+$")
_ARABIC_PREFIXES = "وبلفك"


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700 or 0x750 <= code < 0x780 or 0x8A0 <= code < 0x900 or code >= 0xFB50:
        return "arabic"
    return "other"


def _strippable(token: Token, following: bool) -> bool:
    """A word that is not part of a place when it stands at the edge of the place words."""
    if not _STRIP_ROLES.intersection(token.roles):
        return False
    return not (following and token.norm in _NAME_ARTICLES)


def _trim(run: list[Token]) -> list[Token]:
    while run and _strippable(run[0], following=len(run) > 1):
        run = run[1:]
    while run and _strippable(run[-1], following=False):
        run = run[:-1]
    return run


def _display(tokens: list[Token]) -> str:
    """The words as typed, hyphens kept; title-cased when typed all in lower case."""
    text = tokens[0].text
    for token in tokens[1:]:
        text += ("-" if token.hyphen_before else " ") + token.text
    if text == text.lower():
        text = re.sub(r"(^|[\s\-'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
        text = re.sub(r"['’](\w)(?=\w)", lambda m: "'" + m.group(1).lower(), text)  # Ma'arrat, not Ma'Arrat
    return text


@cache
def _cyrillic_stems() -> dict[str, Admin1 | None]:
    """Stemmed Cyrillic spellings of divisions -> division (None where two divisions share a stem)."""
    table: dict[str, Admin1 | None] = {}
    for folded, admin in admin1_names().items():
        if re.search(r"[а-яіїє]", folded):
            stem = _stem(folded)
            if len(stem.replace(" ", "")) >= 3:
                table[stem] = admin if table.get(stem, admin) == admin else None
    return table


def _stem(folded: str) -> str:
    return " ".join(_CYRILLIC_ENDINGS.sub("", word) or word for word in folded.split())


def _arabic_variants(word: str) -> list[str]:
    """'باللاذقية' -> 'اللاذقية', 'وحماة' -> 'حماة': attached prepositions and 'and' dropped.

    Only used to look a division up, so a wrong cut can only miss, never invent a place.
    """
    out = []
    while len(word) > 3 and word[0] in _ARABIC_PREFIXES:
        word = word[1:]
        out.append(word)
    return out


def _division(tokens: list[Token]) -> Admin1 | None:
    """The division the words name, trying the fallbacks when the plain lookup fails."""
    names = [t.text for t in tokens]
    found = find_admin1(_display(tokens))
    if found:
        return found
    core = [t for t in tokens if not (t.roles.get("place_descriptors") or t.roles.get("fillers"))]
    if core and len(core) < len(tokens) and (found := find_admin1(" ".join(t.text for t in core))):
        return found
    words = [t.norm for t in core or tokens]
    if any(_script(c) == "cyrillic" for w in words for c in w):
        admin = _cyrillic_stems().get(
            _stem(" ".join(w for w in words if not re.fullmatch(r"област\w*|провинц\w*|провінц\w*", w)))
        )
        if admin is not None:
            return admin
    if any(_script(c) == "arabic" for w in names for c in w):
        for n, word in enumerate(words):
            for variant in _arabic_variants(word):
                if found := find_admin1(" ".join([*words[:n], variant, *words[n + 1 :]])):
                    return found
    return None


def _check_plausible(tokens: list[Token]) -> None:
    text = " ".join(t.text for t in tokens)
    if len(tokens) > MAX_WORDS:
        raise QuestionError(f"“{text[:40]}…” is too long for a place name. {EXAMPLE}")
    for token in tokens:
        scripts = {_script(c) for c in token.text if c.isalpha()}
        if len(scripts) > 1 or (token.text.isalpha() and len(token.text) > 40):
            raise QuestionError(f"I can't read “{token.text[:30]}” as a place. {EXAMPLE}")
    if sum(c.isalpha() for c in text) < 2:
        raise QuestionError(f"I can't read “{text[:30]}” as a place. {EXAMPLE}")


def resolve_place(runs: list[list[Token]]) -> PlaceFilter | None:
    """One place from the runs of leftover words, or None when there is none (everywhere)."""
    places = [run for run in (_trim(run) for run in runs) if run]
    if not places:
        return None
    if len(places) > 1:
        named = " / ".join(_display(run) for run in places)
        raise QuestionError(f"Ask about one place at a time (I read: {named[:60]}). {EXAMPLE}")
    tokens = places[0]
    _check_plausible(tokens)
    admin = _division(tokens)
    if admin is not None:
        return PlaceFilter(name=admin.name, level="admin1", key=admin.name)
    for n, token in enumerate(tokens):
        if "and" in token.roles and _division(tokens[:n]) and _division(tokens[n + 1 :]):
            raise QuestionError(f"Ask about one place at a time. {EXAMPLE}")
    name = _display(tokens)
    return PlaceFilter(name=name, level="location", key=place_key(name))
