"""Datelines, explicit days, weekdays and "yesterday" in non-English bulletins.

All parsing is exact regular expressions over the month and weekday names of
``data/intl_grammar.json`` (no dateparser on the hot path): "Москва. 3
ноября.", "12 de maio de 2019", "18.12.2018", "الأربعاء ٢١ نوفمبر ٢٠١٨" (after
digit normalisation), "03 серпня 09:20".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from extraction.intl_lexicon import Lexicon, lexicon

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DATELINE_WINDOW = 400


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@cache
def _day_month_rx(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    # "3 ноября", "12 de maio de 2019", "15 de julio", "1er mars", "18. November 2019"
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:er|\.|º|°)?\s+(?:de\s+|del\s+)?({lex.month_alternation})"
        rf"(?![^\W\d_])(?:,?\s+(?:de\s+|del\s+)?(\d{{4}})(?!\d))?",
        re.IGNORECASE,
    )


def _resolve(day: int, month: int, year: int | None, ref: date | None) -> date | None:
    """A day-month, with the year taken from ``ref`` (the latest such day on or before it) when absent."""
    if year is not None:
        return _safe_date(year, month, day)
    if ref is None:
        return None
    found = _safe_date(ref.year, month, day)
    if found is not None and found > ref + timedelta(days=1):
        found = _safe_date(ref.year - 1, month, day)
    return found


def explicit_dates(text: str, lex: Lexicon, ref: date | None) -> list[tuple[int, date]]:
    """Every explicit date in ``text`` as (offset, date), in text order."""
    found: list[tuple[int, date]] = []
    for m in _day_month_rx(lex.lang).finditer(text):
        month = lex.month(m.group(2).lower())
        if month is None:
            continue
        d = _resolve(int(m.group(1)), month, int(m.group(3)) if m.group(3) else None, ref)
        if d is not None:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d is not None:
            found.append((m.start(), d))
    for m in _ISO.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d is not None:
            found.append((m.start(), d))
    found.sort(key=lambda pair: pair[0])
    return found


def find_published(text: str, lex: Lexicon, received: date | None) -> date | None:
    """The article's own date: the first date near the top that is not after the day it arrived.

    A page's render date ("30 December 2025" above a 2019 article) is later than
    the forward and is skipped; a dateline without a year takes the forward's.
    """
    head = text[:_DATELINE_WINDOW]
    for offset, d in explicit_dates(head, lex, received):
        before = re.findall(r"[^\W\d_]+", head[max(0, offset - 25) : offset].lower())[-2:]
        if any(lex.is_("yesterday", w) for w in before):
            continue  # "Ayer, 15 de julio" dates the incidents, not the article
        if received is not None and d > received + timedelta(days=1):
            continue
        return d
    return None


def weekday_on_or_before(ref: date, weekday: int) -> date:
    """The latest day with ``weekday`` (0 = Monday) on or before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def sentence_date(sentence: str, words: list[str], lex: Lexicon, ref: date | None) -> date | None:
    """The day a sentence attributes its incidents to, if it names one.

    An explicit day wins over a weekday, a weekday over "yesterday"/"today".
    """
    if ref is None:
        return None
    explicit = explicit_dates(sentence, lex, ref)
    if explicit:
        return explicit[0][1]
    for w in words:
        wd = lex.weekday(w)
        if wd is not None:
            return weekday_on_or_before(ref, wd)
    for w in words:
        if lex.is_("yesterday", w):
            return ref - timedelta(days=1)
        if lex.is_("today", w):
            return ref
    return None
