"""Cyrillic and Arabic letters -> Latin, so that place keys of one town meet across scripts.

``place_key`` reduces names to a Latin consonant skeleton; this module gives
it Latin letters to work on: "Сафсафа" -> "safsafa", "صفصفة" -> "sfsfa", both
of which reduce to the skeleton of "Safsafa". The mapping is deliberately
simple (one common romanisation per letter): it only has to agree with
itself and with the usual English spellings on consonants.
"""

from __future__ import annotations

import re

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip

_ARABIC = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "", "ؤ": "",
    "ئ": "", "پ": "p", "چ": "ch", "گ": "g", "ـ": "",
}  # fmt: skip

# Russian/Ukrainian case endings that leave a consonant in the key ("в Луганском", "под Зайцевом",
# "у Зайцевому", "Джуринами"). Vowel endings ("в Джурине", "Горловке") need no rule: ``place_key``
# drops vowels anyway. Left out on purpose: -ов/-ев (Харьков, Ростов are nominatives), -им/-ем
# (Ибрагим, Мукадем transliterate Arabic names), -ого/-его (rare for towns, and a g in the key).
_CASE_ENDINGS = ("ами", "ями", "ому", "ему", "ом", "ым", "ах", "ях")
_MIN_STEM = 4
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")

_TABLE = str.maketrans({**_CYRILLIC, **{k.upper(): v.capitalize() for k, v in _CYRILLIC.items()}, **_ARABIC})
_ARABIC_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670]")
_ARABIC_ARTICLE = re.compile(r"(?<![\u0600-\u06ff])ال(?=[\u0600-\u06ff]{2})")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")


def _strip_case(match: re.Match[str]) -> str:
    """A Cyrillic word without its case ending, when at least ``_MIN_STEM`` letters remain."""
    word = match.group(0)
    low = word.lower()
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def to_latin(text: str) -> str:
    """Romanise Cyrillic and Arabic letters for place keys; other characters pass through unchanged.

    Cyrillic words lose the case endings that would put a consonant into the
    key, so a question's "в Луганском" meets a stored "Луганск". The Arabic
    article is written as a separate "al " so that ``place_key`` drops it as
    it drops "al-" in Latin spellings.
    """
    if not _NON_LATIN.search(text):
        return text
    text = _CYRILLIC_WORD.sub(_strip_case, text)
    text = _ARABIC_DIACRITICS.sub("", text)
    text = _ARABIC_ARTICLE.sub("al ", text)
    return text.translate(_TABLE)
