"""The gazetteer: first-level divisions (provinces, governorates, oblasts) and place keys.

Two normalisations live here:

* ``fold`` — lower case, accents and punctuation removed, one space between
  words; used to look names up exactly ("Al-Lādhiqīyah" -> "al ladhiqiyah").
* ``place_key`` — a looser consonant skeleton so that transliteration variants
  of one town meet: Jurin/Djurin/Jourin -> "jrn", Ruyeset-Iskander/Rwaisat
  Iskander/Ruayset-Iskander -> "rstskndr". Stored beside every location and
  used to match questions and learned places.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from extraction.translit import to_latin

_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "ed", "es", "ez", "ul", "ag")
_ADMIN_SUFFIXES = ("governorate", "province", "oblast", "region", "district", "gouvernorat")


@dataclass(frozen=True)
class Admin1:
    """A first-level division: canonical English name and ISO country code."""

    name: str
    country: str


_CACHED_CHARS = 120  # names are short and recur in every bulletin: remember those, never a whole text


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: 'Al-Lādhiqīyah' -> 'al ladhiqiyah'."""
    return _fold_cached(text) if len(text) <= _CACHED_CHARS else _fold(text)


@lru_cache(maxsize=8192)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("'", "").replace("’", "").replace("ʿ", "").replace("ʽ", "")
    words = re.findall(r"\w+", stripped.lower())
    return " ".join(words)


_DIGRAPHS = (
    ("dsch", "j"),
    ("dj", "j"),
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
)


def place_key(name: str) -> str:
    """Consonant skeleton of a place name (see ``_place_key``); short names are remembered."""
    return _place_key_cached(name) if len(name) <= _CACHED_CHARS else _place_key(name)


@lru_cache(maxsize=8192)
def _place_key_cached(name: str) -> str:
    return _place_key(name)


def _place_key(name: str) -> str:
    """Consonant skeleton of a place name, for matching transliteration variants.

    Vowels (and w, y, h after a consonant) are dropped, doubled letters
    collapsed and a leading Arabic article removed. Cyrillic and Arabic are
    romanised first (``extraction.translit``), so "Сафсафа" and "صفصفة" meet
    "Safsafa"; other non-Latin scripts keep their folded letters.
    """
    folded = fold(to_latin(name))
    if not folded:
        return ""
    words = folded.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    text = "".join(words)
    if not text.isascii():
        return text
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    text = text.replace("q", "k").replace("c", "k").replace("ou", "u")
    text = re.sub(r"(?<=[aeiouy])h$", "", text)  # Hamdaniyah ~ Hamdaniya
    head, tail = text[0], re.sub(r"[aeiouyw]", "", text[1:])
    if head in "aeiouyw":
        head = "a"  # an initial vowel is kept, whichever: Idlib ~ Edlib
    skeleton = head + tail
    return re.sub(r"(.)\1+", r"\1", skeleton)


@cache
def _spellings() -> tuple[tuple[str, Admin1], ...]:
    """(spelling as written, its division) for every name in the data files, English first."""
    pairs: list[tuple[str, Admin1]] = []
    pkg = resources.files("extraction") / "data"
    for fname in ("admin1.json", "admin1_intl.json"):
        path = pkg / fname
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for country, divisions in data.items():
            if country.startswith("_"):
                continue
            for canonical, aliases in divisions.items():
                entry = Admin1(canonical, country)
                pairs.extend((alias, entry) for alias in [canonical, *aliases])
                if country in _ARABIC_COUNTRIES:
                    pairs.extend(
                        (v, entry) for alias in [canonical, *aliases] for v in _arabic_variants(alias)
                    )
    return tuple(pairs)


_ARABIC_COUNTRIES = frozenset({"SY", "YE", "LY", "IQ", "LB"})
_ARTICLE_LEAD = re.compile(r"^(?:Al|Ar|As|Ad|An|Ash|At|Az|El|Ed|Es|Ez)[- ](?=[A-Z])")


def _arabic_variants(alias: str) -> list[str]:
    """Transliterations of an Arabic name the data files do not list: the article in its common forms
    ('Ar-Raqqah' -> 'Al-Raqqah', 'Al Raqqah') and the final vowel written -a, -ah or -eh ('Hasakeh')."""
    if not re.fullmatch(r"[A-Za-z' -]+", alias):
        return []
    lead = _ARTICLE_LEAD.match(alias)
    base = alias[lead.end() :] if lead else alias
    bases = {base}
    for end, alts in (("ah", ("a", "eh")), ("eh", ("ah", "a")), ("a", ("ah", "eh"))):
        if base.endswith(end) and len(base) > 4:
            bases |= {base[: -len(end)] + alt for alt in alts}
            break
    out = set(bases) if not lead else set()
    if lead:
        out |= {f"{art}{b}" for art in ("Al-", "Al ", "Ar-", "El-", lead.group()) for b in bases}
    return sorted(out - {alias})


@cache
def _admin1_table() -> dict[str, Admin1]:
    """folded alias -> Admin1 (the first division to claim a spelling keeps it)."""
    table: dict[str, Admin1] = {}
    for alias, entry in _spellings():
        table.setdefault(fold(alias), entry)
    return table


def find_admin1(name: str) -> Admin1 | None:
    """The division a name denotes, in any known spelling, with or without 'province' etc."""
    return _find_admin1_cached(name) if len(name) <= _CACHED_CHARS else _find_admin1(name)


@lru_cache(maxsize=8192)
def _find_admin1_cached(name: str) -> Admin1 | None:
    return _find_admin1(name)


def _find_admin1(name: str) -> Admin1 | None:
    table = _admin1_table()
    folded = fold(name)
    if folded in table:
        return table[folded]
    words = folded.split()
    while words and words[-1] in _ADMIN_SUFFIXES:
        words = words[:-1]
    while words and words[0] in ("the", *_ADMIN_SUFFIXES, "of"):
        words = words[1:]
    return table.get(" ".join(words))


def admin1_names() -> dict[str, Admin1]:
    """Every known folded spelling -> its division (read-only view for scanners)."""
    return dict(_admin1_table())


@cache
def _raw_aliases() -> tuple[str, ...]:
    """Every spelling as written in the data files, longest first (for building the scanner)."""
    return tuple(sorted({alias for alias, _ in _spellings() if fold(alias)}, key=len, reverse=True))


def _atoms(alias: str) -> list[str]:
    """An alias as regex atoms: spaces and hyphens interchangeable, apostrophes optional."""
    atoms: list[str] = []
    for ch in alias.lower():
        if ch in " -\u2010":
            atom = r"[\s\-\u2010]+"
        elif ch in "'\u2019\u02bf\u02bd`":
            atom = "['\u2019\u02bf\u02bd`]"
        else:
            atom = re.escape(ch)
        if not atoms or atoms[-1] != atom or atom[0] != "[":
            atoms.append(atom)
    return atoms


def _trie_pattern(aliases: tuple[str, ...]) -> str:
    """One alternation factored as a trie: a scan costs the depth of a match, not the number of names."""
    trie: dict[str, Any] = {}
    end = ""
    variants = {v for a in aliases for v in (a, re.sub("['\u2019\u02bf\u02bd`]", "", a))}
    for alias in sorted(variants):
        node = trie
        for atom in _atoms(alias):
            node = node.setdefault(atom, {})
        node[end] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            atom + emit(child) for atom, child in sorted(node.items(), key=lambda kv: -len(kv[0])) if atom
        ]
        if not branches:
            return ""
        optional = end in node
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


@cache
def admin1_regex() -> re.Pattern[str]:
    """One compiled alternation of every division spelling: the gazetteer scan is a single pass.

    Case-insensitive, longest spelling first, whole words only; callers
    decide whether a lower-case hit counts (in English it does not).
    """
    aliases = _raw_aliases()
    body = _trie_pattern(aliases)
    # A first-character guard before the trie: a position that cannot start a name fails on one class test.
    # "the Gaza Strip" is a territory, not the Gaza governorate
    return re.compile(
        rf"(?i:(?=[{_first_chars(aliases)}]))(?<![\w'\u2019-])(?i:{body})(?![\w])(?!\s+Strip\b)"
    )


def _first_chars(aliases: tuple[str, ...]) -> str:
    """Every character a spelling can start with, in every case, escaped for a character class."""
    firsts: set[str] = set()
    for alias in aliases:
        for variant in (alias, re.sub("['\u2019\u02bf\u02bd`]", "", alias)):
            c = variant[:1]
            firsts.update((c, c.lower(), c.upper(), c.casefold()))
            if c in "'\u2019\u02bf\u02bd`":
                firsts.update("'\u2019\u02bf\u02bd`")  # any apostrophe stands for any other
    firsts.update(("\u212a", "\u017f", "\u0130", "\u0131"))  # Kelvin sign, long s, dotted/dotless i
    return "".join(re.escape(c) for c in sorted(ch for ch in firsts if len(ch) == 1))


@cache
def _capital_starts() -> re.Pattern[str]:
    """An upper-case letter that can open a division name, at the start of a word (a fast class scan)."""
    uppers = "".join(re.escape(c) for c in sorted(_first_chars(_raw_aliases())) if c.isupper())
    return re.compile(rf"[{uppers}](?<![\w'\u2019-].)")


def capitalised_admin1(text: str) -> tuple[re.Match[str], ...]:
    """Every capitalised division name in ``text``, left to right, without overlaps.

    English rules ignore lower-case hits ("hama" is no name there), so only
    capitalised word starts are tried: one class scan and a few anchored
    matches instead of the whole gazetteer at every position. Several rules
    read the same sentence, so the hits of recent short texts are remembered.
    """
    return _capitalised_cached(text) if len(text) <= 4000 else _capitalised(text)


@lru_cache(maxsize=128)
def _capitalised_cached(text: str) -> tuple[re.Match[str], ...]:
    return _capitalised(text)


def _capitalised(text: str) -> tuple[re.Match[str], ...]:
    rx = admin1_regex()
    out: list[re.Match[str]] = []
    end = 0
    for c in _capital_starts().finditer(text):
        if c.start() < end:
            continue
        m = rx.match(text, c.start())
        if m is not None:
            out.append(m)
            end = m.end()
    return tuple(out)


_FROM_ZONE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_ZONE_TAIL = re.compile(
    r"\s+(?:(?:de-escalation|demilitari[sz]ed|buffer)\s+zone|DMZ|time|news|agency|police|command|radio|tv|television|"
    r"university|summit|talks|process|format|declaration|memorandum|accord|"
    r"(?:central\s+|national\s+|university\s+|military\s+)?hospital)\b",  # "the Tripoli Central Hospital": a name
    re.I,
)


# Countries whose divisions are named like districts elsewhere ("Salahuddin" in Tripoli): they count as
# divisions only where the text names the country.
RARE_COUNTRIES = frozenset({"IQ", "LB"})
_OBLAST_AFTER = re.compile(r"\s+(?:oblast|region|province)\b", re.I)


def division_hits(text: str) -> list[tuple[re.Match[str], Admin1]]:
    """Capitalised division names in English ``text`` with their division; 'the Idlib de-escalation zone',
    'Aleppo University' and the like name no setting and are left out."""
    out: list[tuple[re.Match[str], Admin1]] = []
    for m in capitalised_admin1(text):
        if m.group().endswith("ska") and not _OBLAST_AFTER.match(text, m.end()):
            continue  # "Stanytsia Luhanska" is a town; only "Luhanska oblast" is the province
        if _FROM_ZONE.search(text, max(0, m.start() - 12), m.start()) and text.startswith(" zone", m.end()):
            continue  # "groups from the Idlib zone fired at A": where the fire came from, not the setting
        if _ZONE_TAIL.match(text, m.end()) is None:
            a = find_admin1(m.group())
            if a is not None:
                out.append((m, a))
    return out


@cache
def _admin1_keys() -> dict[str, Admin1]:
    """place key of every ASCII spelling -> its division, for keys that name one division only."""
    seen: dict[str, set[Admin1]] = {}
    for alias, entry in _spellings():
        if alias.isascii():
            words = [w for w in fold(alias).split() if w not in _ADMIN_SUFFIXES]
            key = place_key(" ".join(words))
            if len(key) >= _MIN_DIVISION_KEY:
                seen.setdefault(key, set()).add(entry)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


_MIN_DIVISION_KEY = 3  # "tvz" (Tovuz); two-letter skeletons ("hm" of Hama) meet too many towns
_RAYON_COUNTRIES = (
    "AZ",
)  # where a "district" is a first-level division; elsewhere it is often a city quarter
_NAMED_DIVISION = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]{2,20}['’]s\s+)?[A-Z][a-z'’-]{2,20}(?:[ -][A-Z][a-z'’-]{1,20})?)"
    r"(?P<word>\s+(?P<kind>province|region|oblast|governorate|marz|district))\b"
)


def respell_divisions(text: str) -> str:
    """'Tavoush province' -> 'Tavush province': a division followed by its kind, written in a spelling the
    gazetteer lacks but with the consonant skeleton of exactly one known division, takes that division's
    name, so every later rule sees a known province. Known spellings and unknown names are left alone; a
    "district" is respelled only into countries whose districts are first-level ("Salah Eddin district" is
    an Aleppo quarter, not Iraq's Saladin)."""

    def fix(m: re.Match[str]) -> str:
        name = m["name"]
        own = re.match(r"[A-Z][a-z]{2,20}['’]s\s+", name)  # "Armenia's Tavoush province"
        head, part = (own.group(), name[own.end() :]) if own else ("", name)
        if find_admin1(part) is not None:
            return m.group()
        hit = _admin1_keys().get(place_key(part))
        if hit is None or (m["kind"] == "district" and hit.country not in _RAYON_COUNTRIES):
            return m.group()
        return head + hit.name + m["word"]

    return _NAMED_DIVISION.sub(fix, text)
