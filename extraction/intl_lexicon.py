"""The per-language word classes of ``data/intl_grammar.json``, compiled once per language.

The rules in ``extraction.intl`` are the same for every language; what
differs (which word introduces a list of villages, which word is "province"
and in which cases, how "twice" is said) lives in the data file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_AR_PREFIXES = ("و", "ف")
_AR_PREPS = ("ب", "ل", "ك")
_AR_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670\u0640]")


@dataclass(frozen=True)
class Lexicon:
    """Compiled word classes of one language (see the data file's comment)."""

    lang: str
    trigger: re.Pattern[str]
    classes: dict[str, re.Pattern[str]]
    numbers: dict[str, int]
    times_words: dict[str, int]
    times_prefix: frozenset[str]
    duals: dict[str, int]
    zero: re.Pattern[str]
    turkish: re.Pattern[str]
    russian_side: re.Pattern[str]
    dpr: re.Pattern[str]
    lpr: re.Pattern[str]
    months: tuple[re.Pattern[str], ...]
    weekdays: tuple[re.Pattern[str], ...]
    month_alternation: str
    report: re.Pattern[str]  # "сообщил", "a déclaré", "أعلن": the sentence reports a statement
    any_weekday: re.Pattern[str]
    background: re.Pattern[str]  # "Ранее", "Zuvor": earlier events recalled
    read_more: re.Pattern[str]  # "Читайте также": the next line is another article's headline

    def is_(self, cls: str, word: str) -> bool:
        """Whether the lower-cased ``word`` (or, in Arabic, its bare form) belongs to class ``cls``."""
        return _is_class(self.lang, cls, word)

    def number(self, word: str) -> int | None:
        """The value of a number word ('восемь', 'duas', 'ثلاث'), else None."""
        for w in word_forms(word, self.lang):
            if w in self.numbers:
                return self.numbers[w]
        return None

    def month(self, word: str) -> int | None:
        """1-12 for a month name in any of its forms, else None."""
        for i, rx in enumerate(self.months):
            if rx.fullmatch(word):
                return i + 1
        return None

    def weekday(self, word: str) -> int | None:
        """0 (Monday) - 6 (Sunday) for a weekday name, else None."""
        return _weekday(self.lang, word)


@lru_cache(maxsize=200_000)
def _is_class(lang: str, cls: str, word: str) -> bool:
    """Memoised class test: bulletins repeat the same few hundred words."""
    rx = lexicon(lang).classes.get(cls)
    if rx is None:
        return False
    return any(rx.fullmatch(w) for w in word_forms(word, lang))


@lru_cache(maxsize=100_000)
def _weekday(lang: str, word: str) -> int | None:
    for w in word_forms(word, lang):
        for i, rx in enumerate(lexicon(lang).weekdays):
            if rx.fullmatch(w):
                return i
    return None


def ar_bare(word: str) -> str:
    """Arabic word without diacritics and tatweel, with the hamza forms of alif unified for lookups."""
    word = _AR_DIACRITICS.sub("", word)
    return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def word_forms(word: str, lang: str) -> tuple[str, ...]:
    """The word, and for Arabic also the word without its attached conjunction and preposition."""
    if lang != "ar":
        return (word,)
    forms = [word]
    w = word
    if len(w) > 3 and w.startswith(_AR_PREFIXES):
        w = w[1:]
        forms.append(w)
    if len(w) > 3 and w.startswith(_AR_PREPS):
        forms.append(w[1:])
        if w.startswith("لل"):  # li- + al- is written with one alif less
            forms.append("ال" + w[2:])
    return tuple(forms)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern or r"(?!x)x", re.IGNORECASE)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (one of the keys of the data file)."""
    path = resources.files("extraction") / "data" / "intl_grammar.json"
    data = json.loads(path.read_text(encoding="utf-8"))[lang]
    class_names = (
        "intro",
        "district_sg",
        "district_pl",
        "outskirts",
        "city",
        "prov_sg",
        "prov_pl",
        "glue",
        "sep",
        "direction",
        "stop_names",
        "times_unit",
        "total_nouns",
        "total_verbs",
        "units",
        "yesterday",
        "today",
        "zone",
        "fire_verbs",
    )
    classes = {name: _rx(data.get(name, "")) for name in class_names}
    months = tuple(_rx(m) for m in data["months"])
    return Lexicon(
        lang=lang,
        trigger=_rx(data["trigger"] if lang in ("ar", "de") else rf"(?<!\w)(?:{data['trigger']})"),
        classes=classes,
        numbers={k.lower(): v for k, v in data["numbers"].items()},
        times_words={k.lower(): v for k, v in data.get("times_words", {}).items()},
        times_prefix=frozenset(data.get("times_prefix", "").split()),
        duals=dict(data.get("duals", {})),
        zero=_rx(data["zero"]),
        turkish=_rx(data["turkish"]),
        russian_side=_rx(data["russian_side"]),
        dpr=_rx(data["dpr"]),
        lpr=_rx(data["lpr"]),
        months=months,
        weekdays=tuple(_rx(w) for w in data["weekdays"]),
        month_alternation="|".join(f"(?:{m})" for m in data["months"]),
        report=_rx(data.get("report", "")),
        any_weekday=_rx("|".join(f"(?:{w})" for w in data["weekdays"])),
        background=_rx(data.get("background", "")),
        read_more=_rx(data.get("read_more", "")),
    )
