"""Sentences -> classified items: the vocabulary layer of the non-English rules.

Each sentence is cut into words, numbers and punctuation in one regex pass,
then every word is given a class from the language's lexicon: a province
name ("Латакии", "واللاذقية"), a province word with its name ("провинции
Хама", "dans le gouvernorat de Lattaquié"), a list introducer ("населенные
пункты", "localités de"), a repetition count ("(дважды)", "duas vezes",
"مرتين"), a place name, or an ordinary word. ``extraction.intl`` reads the
items as lists of places and as province totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extraction.intl_lexicon import Lexicon, ar_bare, word_forms
from extraction.language import STOPWORDS
from extraction.places import Admin1, admin1_names, find_admin1, fold

MAX_NUMBER = 100_000  # larger figures are never counts of incidents
_TOKEN = re.compile(
    r"(?P<num>\d+)|(?P<word>[^\W\d_](?:[\w'’\-]*[^\W_])?)|(?P<punct>[,;،؛()«»\"“”„—–:\-\[\]])"
)
_ELISION = re.compile(r"(?i)^(d|l|qu|j|s|n)['’](?=\w)")
_AR_DIGIT_JOIN = re.compile(r"(?<=[\u0600-\u06ff])(?=\d)|(?<=\d)(?=[\u0600-\u06ff])")
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ed",
        "as",
        "es",
        "ash",
        "ez",
        "az",
        "an",
        "ar",
        "at",
        "ul",
        "ibn",
        "bin",
        "abu",
        "bani",
        "de",
        "du",
        "da",
        "di",
        "la",
        "le",
        "эль",
        "аль",
        "ад",
        "эд",
        "аз",
        "эз",
        "ас",
        "эс",
        "аш",
        "эш",
        "ан",
        "эн",
        "ар",
        "эр",
        "ат",
        "эт",
        "абу",
        "бен",
        "ибн",
    ]
)
_NAME_PREFIXES = frozenset(("шахты", "шахта", "шахти"))
_GERMAN_NOUN = re.compile(
    r"(?:ung|ungen|heit|keit|schaft|ion|tät|nis|tum|ismus|en|ern|er|te|ten|chen|ei|ik|amt|ort)$"
)
_ARTICLE_LIKE = frozenset(["un", "une", "um", "uma", "una", "uno", "ein", "eine", "einen", "einem"])
_SAME_WORDS = frozenset(["autant", "tantos", "tantas", "ebenso", "столько"])
_EACH = re.compile(
    r"كل من|كل منهما|\bchacun|\bchacune|\bcada\b|\bjeweils\b|\bкаждой\b|\bкаждом\b|\bкожній\b", re.I
)


@dataclass
class Item:
    """One classified piece of a sentence."""

    kind: str  # name admin marker prov_pl intro district_sg district_pl outskirts city direction
    # count num sep glue open close dash word
    text: str = ""
    value: int = 0
    admin: Admin1 | None = None
    flags: set[str] = field(default_factory=set)


def split_sentences(text: str) -> list[str]:
    """Lines, and sentences within lines; cheap and good enough for bulletins."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        for piece in _SENTENCE_END.split(line):
            if not piece.strip():
                continue
            if out and _ABBREVIATION.search(out[-1]):
                out[-1] = f"{out[-1]} {piece}"  # "н.п. Кабани", "В. Савченко": not a sentence end
            else:
                out.append(piece)
    return out


_ABBREVIATION = re.compile(r"(?:^|[\s.(])(?:[a-zа-яёіїєґ]{1,3}|[A-ZА-ЯЁІЇЄҐ])\.$")


_SENTENCE_END = re.compile(r"(?<=[.!?…؟])[\s»\"”)]*\s+(?=[«\"“„(]?[A-ZА-ЯЁІЇЄҐ\u0600-\u06ff\d])")


def _admin_at(words: list[tuple[str, str]], i: int, lang: str) -> tuple[Admin1, int] | None:
    """A province name starting at word ``i`` (up to three words long): (division, words used)."""
    first = words[i][0]
    if lang != "ar" and not first[:1].isupper():
        return None
    starts = _admin_first_words()
    if not any(key in starts for key in _first_keys(first, lang)):
        return None  # no province name starts with this word: skip the span lookups
    for span in (3, 2, 1):
        if i + span > len(words):
            continue
        chunk = " ".join(w for w, _ in words[i : i + span])
        candidates = [chunk]
        if lang == "ar":
            candidates = [
                " ".join([f, *(w for w, _ in words[i + 1 : i + span])]) for f in word_forms(first, lang)
            ]
            candidates += [ar_bare(c) for c in candidates]
        for cand in candidates:
            found = _lookup_admin1(cand)
            if found is not None:
                return found, span
    return None


@cache
def _admin_first_words() -> frozenset[str]:
    """The folded first word of every province spelling (a cheap pre-check before lookups)."""
    return frozenset(alias.split(" ", 1)[0] for alias in admin1_names() if alias)


@lru_cache(maxsize=100_000)
def _first_keys(word: str, lang: str) -> tuple[str, ...]:
    """Folded first words under which ``word`` could start a province name."""
    forms = word_forms(word, lang)
    if lang == "ar":
        forms = (*forms, *(ar_bare(f) for f in forms))
    return tuple(fold(f).split(" ", 1)[0] for f in forms)


@lru_cache(maxsize=100_000)
def _lookup_admin1(name: str) -> Admin1 | None:
    return find_admin1(name)


def tokenize(sentence: str, lang: str) -> list[tuple[str, str]]:
    """(text, kind) pairs; kind is 'num', 'word' or 'punct'. French elisions become two words."""
    if lang == "ar":
        sentence = _AR_DIGIT_JOIN.sub(" ", sentence)
    out: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup or "punct"
        text = m.group()
        elision = _ELISION.match(text) if kind == "word" and lang in ("fr", "pt", "es") else None
        if elision is not None:
            out.append((elision.group(1), "word"))
            out.append((text[elision.end() :], "word"))
            continue
        out.append((text, kind))
    return out


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ed|as|es|ash|ez|az|an|ar|at|эль|аль|эд|эз|эс|ад|ас|аз)-[^\W\d_]")


def _is_name_word(word: str, lex: Lexicon, strict: bool = True) -> bool:
    """Whether a word can be (part of) a place name; ``strict`` also rejects German-looking nouns."""
    low = word.lower()
    if not word[:1].isupper():
        return bool(_PARTICLE_NAME.match(word)) and word.split("-", 1)[1][:1].isupper()
    if len(word) > 1 and word.isupper() and len(word) <= 6:
        return False  # acronyms: САР, ВСУ, DPR, OSCE
    if low in STOPWORDS.get(lex.lang, ()) or lex.is_("stop_names", low):
        return False
    if lex.is_("total_nouns", low) or lex.is_("total_verbs", low):
        return False  # "Verstöße", "Angriffe"
    return not (strict and lex.lang == "de" and _GERMAN_NOUN.search(low))


def _number_value(word: str, kind: str, lex: Lexicon) -> int | None:
    if kind == "num":
        return int(word) if len(word) <= 6 and int(word) <= MAX_NUMBER else None
    return lex.number(word.lower())


def classify(sentence: str, lex: Lexicon) -> list[Item]:
    """Classify the words of one sentence (see the module docstring)."""
    toks = tokenize(sentence, lex.lang)
    items: list[Item] = []
    i, n = 0, len(toks)
    ar_expect = ar_after = False
    while i < n:
        text, kind = toks[i]
        if lex.lang == "ar" and items and items[-1].kind not in ("name", "open", "count", "close"):
            ar_after = False  # "صفصفة (مرتين) وكباني": a count in brackets does not end the list
        low = text.lower()
        nxt = toks[i + 1] if i + 1 < n else ("", "")
        if kind == "punct":
            if text in ",;،؛":
                items.append(Item("sep", text))
                ar_expect = ar_expect and lex.lang == "ar"
            elif text == "(":
                items.append(Item("open", text))
            elif text == ")":
                items.append(Item("close", text))
            elif text in "—–-:":
                items.append(Item("dash", text))
            else:
                items.append(Item("glue", text))
            i += 1
            continue
        value = _number_value(text, kind, lex)
        if value is not None:
            nlow = nxt[0].lower()
            if nxt[1] == "word" and lex.is_("times_unit", nlow):
                items.append(Item("count", text, value))
                i += 2
                continue
            ar_expect = False
            item = Item("num", text, value)
            if kind == "word" and low in _ARTICLE_LIKE:
                item.flags.add("article")
            ahead = [t.lower() for t, k in toks[i + 1 : i + 3] if k == "word"]
            if any(lex.month(w) is not None for w in ahead):
                item.flags.add("unit")  # "16 de julio": a day, not a figure
            if nxt[1] == "word" and lex.is_("units", nlow):
                item.flags.add("unit")
            elif len(ahead) == 2 and lex.is_("units", ahead[1]) and not lex.is_("total_nouns", ahead[0]):
                item.flags.add("unit")  # "18 syrische Militärangehörige"
            behind = toks[i - 1] if i > 0 else ("", "")
            if behind[1] == "word" and lex.lang == "ar" and lex.is_("units", behind[0].lower()):
                item.flags.add("unit")  # "الساعات الـ 24"
            if kind == "num" and (value >= 1900 or nxt[0] in (".", ":")):
                item.flags.add("unit")
            if nxt[1] == "word" and lex.is_("total_nouns", nlow):
                item.flags.add("noun")
            items.append(item)
            i += 1
            continue
        if low in lex.times_words:
            items.append(Item("count", text, lex.times_words[low]))
            ar_expect = False
            i += 1
            continue
        if lex.is_("times_unit", low) and nxt[1] == "word" and lex.number(nxt[0].lower()) is not None:
            items.append(Item("count", text, lex.number(nxt[0].lower()) or 1))  # "مرة واحدة"
            i += 2
            continue
        dual = next((lex.duals[f] for f in word_forms(low, lex.lang) if f in lex.duals), None)
        if dual is not None:
            ar_expect = False
            item = Item("num", text, dual, flags={"dual"})
            if lex.is_("total_nouns", low):
                item.flags.add("noun")
            items.append(item)
            if lex.is_("prov_pl", low):
                items.append(Item("prov_pl", text))
            i += 1
            continue
        if low in _SAME_WORDS:
            items.append(Item("num", text, -1, flags={"same"}))
            i += 1
            continue
        words = [(t, k) for t, k in toks[i : i + 3]]
        words = words[: next((j for j, (_, k) in enumerate(words) if k != "word"), len(words))]
        admin = _admin_at(words, 0, lex.lang) if words else None
        if admin is not None:
            a1, span = admin
            items.append(Item("admin", " ".join(t for t, _ in toks[i : i + span]), admin=a1))
            i += span
            ar_expect = False
            continue
        if lex.is_("prov_sg", low):
            j = i + 1
            while j < n and (
                toks[j][0] in '(«"' or (toks[j][1] == "word" and lex.is_("glue", toks[j][0].lower()))
            ):
                j += 1
            ws = [(t, k) for t, k in toks[j : j + 3]]
            ws = ws[: next((q for q, (_, k) in enumerate(ws) if k != "word"), len(ws))]
            found = _admin_at(ws, 0, lex.lang) if ws else None
            if found is not None:
                a1, span = found
                items.append(Item("marker", " ".join(t for t, _ in toks[i : j + span]), admin=a1))
                i = j + span
                continue
            items.append(Item("glue", text))
            i += 1
            continue
        for cls in (
            "prov_pl",
            "district_sg",
            "district_pl",
            "outskirts",
            "city",
            "intro",
            "sep",
            "direction",
        ):
            if cls in ("direction", "outskirts") and lex.lang != "de" and text[:1].isupper() and items:
                continue  # "Південного" is a village, "південного" a direction
            if lex.is_(cls, low):
                items.append(Item(cls, text))
                if lex.is_("fire_verbs", low):
                    items[-1].flags.add("fire")
                ar_expect = cls in ("intro", "district_sg", "district_pl", "city") or (
                    cls == "sep" and (ar_expect or ar_after)
                )
                break
        else:
            if lex.is_("glue", low) or (len(text) > 1 and text.isupper() and len(text) <= 6):
                items.append(Item("glue", text))  # acronyms (ВСУ, ЗСУ, RPD) sit inside lists harmlessly
                ar_expect = False
            elif low in _NAME_PREFIXES and nxt[1] == "word" and _is_name_word(nxt[0], lex):
                items.append(Item("name", f"{text} {nxt[0]}"))
                i += 2
                continue
            elif (
                lex.lang == "ar"
                and (ar_after or _ar_new_group(toks, i, items, lex))
                and low.startswith("و")
                and _ar_name_ok(low[1:], lex)
            ):
                j = _ar_name(toks, i, text[1:], lex, items, sep=True)
                i = j
                continue
            elif lex.lang == "ar" and ar_expect and _ar_name_ok(low, lex):
                i = _ar_name(toks, i, text, lex, items, sep=False)
                ar_after, ar_expect = True, False
                continue
            elif _is_name_word(text, lex, strict=not _after_place_word(items)):
                j = i + 1
                parts = [text]
                while j < n and toks[j][1] == "word":
                    w = toks[j][0]
                    if w.lower() in _PARTICLES and j + 1 < n and _is_name_word(toks[j + 1][0], lex):
                        if _admin_at([(toks[j + 1][0], "word")], 0, lex.lang):
                            break  # "... de Donetsk": the particle is a preposition here
                    elif (
                        not _is_name_word(w, lex, strict=False)
                        or _admin_at([(w, "word")], 0, lex.lang)
                        or _classified(w, lex)
                    ):
                        break
                    parts.append(w)
                    j += 1
                items.append(Item("name", " ".join(parts)))
                i = j
                continue
            else:
                item = Item("word", text)
                if lex.is_("total_nouns", low):
                    item.flags.add("noun")
                if lex.is_("total_verbs", low):
                    item.flags.add("verb")
                if lex.is_("fire_verbs", low):
                    item.flags.add("fire")
                items.append(item)
                ar_expect = False
        i += 1
    return items


_AR_HEADS = frozenset(
    [
        "تل",
        "تلة",
        "عين",
        "كفر",
        "دير",
        "بيت",
        "جسر",
        "خان",
        "راس",
        "رأس",
        "بير",
        "ابو",
        "أبو",
        "ام",
        "أم",
        "جبل",
        "وادي",
        "سهل",
        "مزرعة",
        "قلعة",
        "معرة",
        "ظهر",
    ]
)


def _ar_name_ok(word: str, lex: Lexicon) -> bool:
    return len(word) >= 2 and not lex.is_("stop_names", word) and not _classified(word, lex)


def _ar_name(
    toks: list[tuple[str, str]], i: int, first: str, lex: Lexicon, items: list[Item], sep: bool
) -> int:
    """Read an Arabic place name at ``i`` ('كباني', 'تل سلطان', 'عين الحمام'); returns the next index."""
    parts = [first]
    j = i + 1
    if j < len(toks) and toks[j][1] == "word":
        nxt = toks[j][0]
        if (
            (first in _AR_HEADS or nxt.startswith("ال"))
            and _ar_name_ok(nxt, lex)
            and not lex.is_("glue", nxt)
        ):
            parts.append(nxt)
            j += 1
    if sep:
        items.append(Item("sep", "و"))
    items.append(Item("name", " ".join(parts)))
    return j


def _ar_new_group(toks: list[tuple[str, str]], i: int, items: list[Item], lex: Lexicon) -> bool:
    """'... في ريف اللاذقية وتل بازام في ريف حماة': after a province, 'و' + name + 'في' + province.

    The name may take two words ('تل بازام'); the province must follow its 'في'
    at once, so an ordinary clause starting with 'و' is not read as a place.
    """
    if not items or items[-1].kind not in ("marker", "admin"):
        return False
    for j in (i + 1, i + 2):
        if j + 1 >= len(toks) or toks[j][1] != "word" or toks[j + 1][1] != "word":
            return False
        if lex.is_("glue", toks[j][0]):
            after = toks[j + 1][0]
            return lex.is_("prov_sg", after) or _admin_at([(after, "word")], 0, lex.lang) is not None
    return False


def _after_place_word(items: list[Item]) -> bool:
    """Whether the last significant item introduces a place ('Siedlung', 'Dorf', 'Stadt')."""
    last = next((it.kind for it in reversed(items) if it.kind not in ("glue", "open")), "")
    return last in ("intro", "city", "district_sg", "district_pl", "outskirts", "sep", "name")


def _classified(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    classes = (
        "prov_sg",
        "prov_pl",
        "intro",
        "city",
        "district_sg",
        "district_pl",
        "outskirts",
        "glue",
        "sep",
    )
    return any(lex.is_(c, low) for c in classes) or lex.number(low) is not None or lex.is_("total_nouns", low)


def has_each(sentence: str) -> bool:
    """Whether a clause distributes one figure to several provinces ('2 in each of', 'و2 في كل من')."""
    return bool(_EACH.search(sentence))
