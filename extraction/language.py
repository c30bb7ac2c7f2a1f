"""Language identification for short news texts: script first, then stopword counts.

Bulletins are short and full of foreign place names, so character n-gram
models are easily fooled by "Джубб-Эз-Зарур" or "Qalaat Marza"; the function
words around them are what tells the languages apart. Only the first few
thousand characters are read: that is enough and keeps long texts cheap.
"""

from __future__ import annotations

import re

SUPPORTED = ("en", "ru", "uk", "ar", "fr", "pt", "es", "de")
_SAMPLE = 3000

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъЫЭЪ]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "de-escalation" is one word, not Romance "de"


_ARTICLE_PREFIX = re.compile(r"\b(?:al|el|ad|ar|as|an|ash|ath|az)-(?=\w)", re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to in was were said has have on by with from that is are at for its it this "
        "which been after over their they an no"
    ),
    "fr": _words(
        "le la les des du de et est dans une pour qui par au aux sur été selon ont avec ce cette "
        "contre entre lors ainsi aussi sont pas"
    ),
    "pt": _words(
        "o os da do das dos de e em na no nas nos uma com não que foi pelo pela ao às segundo são "
        "também mas ele ela seu sua está"
    ),
    "es": _words(
        "el la lo los las del de en y que una por con se según fue al su sus como para han ha también "
        "pero está este esta"
    ),
    "de": _words(
        "der die das und ist von im den dem mit nicht auf wurde des ein eine einer sich zu bei "
        "nach wurden haben hat aus sind seien"
    ),
    "ru": _words("и в на что не по с от за из как это был была были его также для"),
    "uk": _words("і та що на від з у це які був була були його також для до"),
}


_LATIN_LANGS = ("en", "fr", "pt", "es", "de")
# stopword -> the Latin-script languages it belongs to: one dict look-up per word, not five set tests
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang in _LATIN_LANGS if w in STOPWORDS[lang])
    for lang in _LATIN_LANGS
    for w in STOPWORDS[lang]
}
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")


def _best_latin(words: list[str], lowered: bool = False) -> str:
    """The Latin-script language whose stopwords occur most often; 'en' on a tie or no evidence."""
    scores = dict.fromkeys(_LATIN_LANGS, 0)
    get = _STOPWORD_LANGS.get
    for w in words:
        langs = get(w if lowered else w.lower())
        if langs:
            for lang in langs:
                scores[lang] += 1
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2 or scores[best] <= scores["en"]:
        return "en"
    return best


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' when unsure.

    Arabic script wins outright; Cyrillic is Ukrainian when the letters
    і ї є ґ (which Russian lacks) outnumber ы э ъ (which Ukrainian lacks) or
    its stopwords win; Latin script is decided by stopword counts.
    """
    sample = text[:_SAMPLE]
    if "-" in sample:
        sample = _ARTICLE_PREFIX.sub(" ", sample)  # "al-Zahraa": the Arabic article is no Spanish "al"
    if _NON_LATIN.search(sample) is None:
        # No Arabic or Cyrillic letter: Latin script or none, and with no Latin letter no stopword counts
        # either, so the stopwords alone decide. Lower-casing first tokenises the same unless it changes
        # the length ('İ' -> 'i̇').
        low = sample.lower()
        if len(low) == len(sample):
            return _best_latin(_WORD.findall(low), lowered=True)
        return _best_latin(_WORD.findall(sample))
    n_ar = len(_ARABIC.findall(sample))
    n_cy = len(_CYRILLIC.findall(sample))
    n_la = len(_LATIN.findall(sample))
    if max(n_ar, n_cy, n_la) == 0:
        return "en"
    if n_ar >= n_cy and n_ar >= n_la:
        return "ar"
    if n_cy >= n_la:
        uk_score = len(_UK_LETTERS.findall(sample)) - len(_RU_LETTERS.findall(sample))
        words = [w.lower() for w in _WORD.findall(sample)]
        uk_score += sum(w in STOPWORDS["uk"] for w in words) - sum(w in STOPWORDS["ru"] for w in words)
        return "uk" if uk_score > 0 else "ru"
    return _best_latin(_WORD.findall(sample))
