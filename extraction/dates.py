"""Dates in English news text: datelines, weekdays and explicit days, all with exact regexes.

``dateparser`` is deliberately not used here: it is slow and too eager (it
reads '24 hours' or 'Hama 2' as dates). Every form below is anchored to a
reference day, so the result never depends on the real clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from extraction.scan import finditer_at, prefixed, words_safe

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

# Full dates, most specific first. Each yields day, month and year groups.
# Each form opens with a guard on its first character: most positions then fail on one class test.
_MONTH_FIRSTS = "".join(sorted({m[0] for m in MONTHS} | {m[0].upper() for m in MONTHS}))
_MONTH_START = f"(?=[{_MONTH_FIRSTS}])"
_WEEKDAY_FIRSTS = "".join(sorted({w[0] for w in WEEKDAYS} | {w[0].upper() for w in WEEKDAYS}))
_FULL_DATES = [
    re.compile(
        r"(?=\d)\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d\d:))"
    ),  # ISO too
    re.compile(rf"(?=\d)\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"{_MONTH_START}\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"(?=\d)(?<![\d.:/])(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b"),
]
# Datelines without a year: 'MOSCOW, June 24. /TASS/', 'Baku, April 10, AZERTAC', 'September 16, 22:41'.
_CITY = r"[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?"
_YEARLESS_DATELINES = [
    re.compile(rf"\b{_CITY},\s+{_MONTH}\s+{_DAY}(?:[.,]\s*(?:/|[A-Z]{{3,}})|\s*\([A-Z]|\s+/[A-Z])"),
    re.compile(rf"\b{_CITY},\s+{_DAY}\s+{_MONTH}\s*\([A-Z]"),  # 'Homs, 9 March (SANA)'
    re.compile(rf"^\s*{_MONTH}\s+{_DAY},\s+\d{{1,2}}:\d\d", re.I | re.M),
]
_LABELLED = re.compile(r"\b(?:publish(?:ed)?\s+date|date)\s*:?\s*", re.I)
_CAPTION_LINE = re.compile(  # "[ 12 Sep 2018 09:52 ]" on its own is the dateline, not a caption
    r"^\s*(?:©|\[(?!\s*[\d\s:./-]*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{4}-\d\d-\d\d|\d\d?\.\d\d\.\d{4})"
    r"[\d\s:.,/-]*\]\s*$)|photo\b|read more|related\b|video\b)",
    re.I,
)

HEADER_CHARS = 900
_REPORTING = re.compile(
    r"\b(?:said|says|told|stated|announced|(?<!was\s)(?<!were\s)(?<!been\s)(?<!also\s)reported|reports(?!\s+of\b)|"
    r"added|noted|posted|published|statement|"
    r"bulletin|briefing|newsletter|declared|wrote|reads?|informed|claimed|confirmed)\b[^.;]{0,70}$",
    re.I,
)


def _month_number(text: str) -> int:
    t = text.lower().rstrip(".")
    return int(t) if t.isdigit() else MONTHS[t]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ref_day(received: datetime | None) -> date | None:
    return received.date() if received is not None else None


_HISTORY_LINE = re.compile(r"\b(?:since|ago|anniversary|years?\s+(?:today|since|after)|background)\b", re.I)


def _plausible(d: date, received: date | None) -> bool:
    """A printed date after the item was received is a page render date, not the article's."""
    return received is None or d <= received + timedelta(days=2)


def _with_year(month: int, day: int, ref: date) -> date | None:
    """A day and month without a year: the latest such day not after ``ref`` (+2 days' slack)."""
    d = _safe_date(ref.year, month, day)
    if d is not None and d > ref + timedelta(days=2):
        d = _safe_date(ref.year - 1, month, day)
    return d


_DIGIT_RUN = re.compile(r"\d+")


def _date_starts(head: str) -> tuple[list[int], list[int]]:
    """Where runs of digits start, and where the word before a day ('June 24') starts.

    Every full date and yearless dateline holds a run of digits that follows no digit; the month's name
    before a day is a whole word before '.'/spaces and the day's digits."""
    digits = [m.start() for m in _DIGIT_RUN.finditer(head)]
    months: list[int] = []
    for p in digits:
        q = p
        while q > 0 and head[q - 1].isspace():
            q -= 1
        if q == p:
            continue
        if head[q - 1 : q] == ".":
            q -= 1
        w = q
        while w > 0 and (head[w - 1].isalnum() or head[w - 1] == "_"):
            w -= 1
        if w < q:
            months.append(w)  # the start of the word before the day: a month's name or not
    return digits, months


def _full_dates_in(
    head: str, digits: list[int], months: list[int]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """``(rx, m)`` for ``m`` in ``rx.finditer(head)`` for each of ``_FULL_DATES`` in turn.

    Three forms open with the start of a run of digits, the fourth with the month's name before a day:
    each is tried only there (``extraction.scan.finditer_at``)."""
    return [
        (rx, m)
        for rx, starts in zip(_FULL_DATES, (digits, digits, months, digits), strict=True)
        for m in finditer_at(rx, head, starts)
    ]


def _city_starts(head: str, end: int) -> list[int]:
    """Capitals where a dateline's city ('MOSCOW', 'Tel Aviv') ending at ``end`` may start."""
    out: list[int] = []
    r = end
    while r > 0 and (head[r - 1].isascii() and (head[r - 1].isalpha() or head[r - 1] == "-")):
        r -= 1
    out.extend(i for i in range(r, end) if "A" <= head[i] <= "Z")
    if r > 1 and head[r - 1].isspace():  # a city of two words: the first one ends one space before
        r2 = r - 1
        while r2 > 0 and (head[r2 - 1].isascii() and (head[r2 - 1].isalpha() or head[r2 - 1] == "-")):
            r2 -= 1
        out.extend(i for i in range(r2, r - 1) if "A" <= head[i] <= "Z")
    return out


def _cities_before_comma(head: str, starts: list[int]) -> list[int]:
    """Where a dateline city may start, for each of ``starts`` that follows ', ' (the city comes before it)."""
    out: list[int] = []
    for p in starts:
        ws = p
        while ws > 0 and head[ws - 1].isspace():
            ws -= 1
        if ws < p and head[ws - 1 : ws] == ",":
            out.extend(_city_starts(head, ws - 1))
    return out


def _yearless_in(head: str, digits: list[int], months: list[int]) -> list[re.Match[str]]:
    """``m`` for ``m`` in ``rx.finditer(head)`` for each of ``_YEARLESS_DATELINES`` in turn, each tried only
    where it can start: the city before ', June 24' or ', 9 March', the line before 'June 24, 22:41'."""
    after_city = _cities_before_comma(head, months)  # city starts before ', <month> <day>'
    before_day = _cities_before_comma(head, digits)  # city starts before ', <day> <month>'
    line_starts: list[int] = []  # '^\s*' may begin on any line of blanks before the month
    for mw in months:
        j = mw
        while j > 0 and head[j - 1].isspace():
            j -= 1
        line_starts.extend(k for k in range(j, mw + 1) if k == 0 or head[k - 1] == "\n")
    return [
        m
        for rx, starts in zip(_YEARLESS_DATELINES, (after_city, before_day, line_starts), strict=True)
        for m in finditer_at(rx, head, sorted(set(starts)))
    ]


_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\bCopyright\b)[^\n\d]{0,40}?(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)\b"
)


def _copyright_end(text: str) -> date | None:
    """'© 1999-2020 TASS': a page without a date of receipt is from the last year of its copyright at the latest,
    which gives a yearless dateline ('MOSCOW, April 14. /TASS/') its year. The last notice on the page wins."""
    if "©" not in text and "(c)" not in text.lower() and "copyright" not in text.lower():
        return None
    years = [int(m["y"]) for m in _COPYRIGHT.finditer(text)]
    return date(years[-1], 12, 31) if years else None


def find_published(text: str, received: datetime | None) -> date | None:
    """The article's own date from its dateline or date line, else None.

    Only the head of the text is read, caption and 'READ MORE' lines are
    skipped, a labelled date ('date 2019-04-10', 'Publish Date: ...') wins, and
    dates after ``received`` are ignored (they are the page's render date).
    """
    ref = _ref_day(received)
    head_lines = [ln for ln in text[:HEADER_CHARS].splitlines() if not _CAPTION_LINE.match(ln)]
    head = "\n".join(head_lines)
    found: list[tuple[int, int, date]] = []  # (priority, position, date)
    digits, months = _date_starts(head)
    for _rx, m in _full_dates_in(head, digits, months):
        d = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
        if d is None or not _plausible(d, ref):
            continue
        before = head[max(0, m.start() - 20) : m.start()]
        labelled = bool(_LABELLED.search(before)) and before.rstrip().lower().endswith(("date", "date:"))
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line_len = (line_end if line_end >= 0 else len(head)) - line_start
        if not labelled and m.start() - line_start > 70 and line_len > 120:
            continue  # a date inside a body sentence is an event, not the dateline
        if not labelled and _HISTORY_LINE.search(head, line_start, line_end if line_end >= 0 else len(head)):
            continue  # "Background: ten years today since the protests of 15 March 2011"
        found.append((0 if labelled else 1, m.start(), d))
    year_ref = ref if ref is not None else _copyright_end(text)
    if year_ref is not None:
        for m in _yearless_in(head, digits, months):
            yd = _with_year(_month_number(m["month"]), int(m["day"]), year_ref)
            if yd is not None:
                found.append((1, m.start(), yd))
    if not found:
        return None
    return min(found)[2]


_MONTH_NAME = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_DAY_NUMBER = r"[0-3]?\d(?:st|nd|rd|th)?"
_DATELINE_CITY = re.compile(
    r"^\W*(?:[A-Z][A-Z'’/ -]{2,40}(?:,\s+[A-Z][a-z]{3,20})?(?=,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)|\s+\()|"
    # "DAMASCUS, SYRIA (10:40 A.M.) -": the city, its country and the time of filing
    r"[A-Z][A-Z'’/ -]{2,40},\s+[A-Z][A-Z'’ -]{2,30}(?=\s*\([^()]{1,20}\)\s*[-–—])|"
    r"[A-Z][A-Z'’/-]{2,30}(?=,\s+\([^()]{1,20}\)\s*[-–—])|"  # "SANAA, (Saba) –": the city and the agency
    r"[A-Z][A-Z'’/ -]{2,40},\s+[A-Z][a-z]{3,20}(?=\s+[—–-]\s)|"  # "ADEN, Yemen —": the city and its country
    # "Daraa – Enab Baladi": a byline of city and outlet on its own line
    r"[A-Z][a-z'’-]{2,30}(?=\s+[–—-]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$)|"
    # "Sanaa – Saba: 22 September 2019": the city, the agency and the day
    rf"[A-Z][a-z'’-]{{2,30}}(?=\s+[–—-]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?:\s*(?:{_DAY_NUMBER}\s+{_MONTH_NAME}|"
    rf"{_MONTH_NAME}\.?\s+{_DAY_NUMBER}))|[A-Z][A-Z'’-]{{2,30}}(?=\.(?:\s+[A-Z][a-z]|\s*$)|\s+[—–-]\s+[A-Z])"
    rf"|[A-Z][a-z'’-]{{2,30}}(?:\s[A-Z][a-z'’-]{{2,30}})?(?=,\s+(?:{_MONTH_NAME}\.?\s+{_DAY_NUMBER}|"
    rf"{_DAY_NUMBER}\s+{_MONTH_NAME}\.?)(?:,?\s+(?:19|20)\d\d)?\.?\s*(?:\(|/|[-–—]\s))"
    # "Aden – Monday, 15 July 2019": a place and the day the story was filed
    rf"|[A-Z][a-z'’-]{{2,30}}(?:\s[A-Z][a-z'’-]{{2,30}})?(?=\s+[-–—]\s+(?:[A-Z][a-z]+day\b|{_DAY_NUMBER}\s+{_MONTH_NAME}"
    rf"|{_MONTH_NAME}\.?\s+{_DAY_NUMBER})))"
)


def dateline_end(text: str) -> int:
    """Where a wire dateline's city ('DAMASCUS, April 10 (TASS) -', 'Damascus, 10 April (SANA) -') ends; 0 when
    there is none. The city says where the story was filed, not where the incidents were."""
    m = _DATELINE_CITY.match(text)
    return m.end() if m else 0


def most_recent_weekday(weekday: int, ref: date) -> date:
    """The latest day with this weekday (0 = Monday) on or before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


@dataclass(frozen=True)
class DayMention:
    """A day named in a sentence; ``reporting`` when it dates a statement ('said on Tuesday')."""

    day: date
    start: int
    reporting: bool


_DAY_FORMS = re.compile(  # every form starts a word: '\b' and a first-letter guard come first
    rf"\b(?=[\dtylTYL{_WEEKDAY_FIRSTS}{_MONTH_FIRSTS}])"
    rf"(?:(?P<yesterday>\b(?:the\s+day\s+before\s+)?yesterday\b|\blast\s+night\b)"
    rf"|(?P<today>\btoday\b|\bthis\s+(?:morning|evening|afternoon)\b|\btonight\b|\bsince\s+midnight\b)"
    rf"|\b{_WEEKDAY}(?:'s)?\b"
    rf"|\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{'|'.join(MONTHS)})\b\.?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|\b(?P<m2>{'|'.join(MONTHS)})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:km|kilomet|mile|%))"
    rf"(?:,?\s+(?P<y2>(?:19|20)\d\d))?)",
    re.I,
)
_NOT_EVENT_BEFORE = re.compile(
    r"\b(?:since|until|till|from|effect|force|signed|agreed|announced|reached|began|begun|start(?:ed|ing)?|as\s+of)"
    r"\s+(?:at\s+\w+\s+)?(?:on\s+)?$",  # "the agreement which came into force on March 6": the truce's day
    re.I,
)


_EVENT_VERB = re.compile(
    r"\b(?:had|have|has|was|were|attacked|shelled|fired|struck|hit|targeted|killed|wounded|broke|violated)\b",
    re.I,
)
_NAMED_AFTER_DAY = re.compile(
    # "the 7 July and 22 May districts": days that name neighbourhoods
    r"(?:\s+and\s+\d{1,2}\s+[A-Z][a-z]+)?(?:\s+(?:residential|industrial|commercial|old|new|central|housing))?"
    r"\s+(?:neighbou?rhoods?|street|st\.|districts?|square|area|quarters?|road|avenue|"
    r"bridge|camp|hospital|stadium|city|suburb|school|front|complex|project|compound|roundabout)\b",
    re.I,
)
_THAT_ON = re.compile(r"\bthat\s+(?:on\s+|early\s+on\s+|late\s+on\s+)?$", re.I)
_SPEECH_NEXT = re.compile(
    r"\s+(?:said|says|told|reported|announced|stated|added|noted|confirmed|accused|claimed|blamed|denied|warned|"
    r"insisted|alleged|complained|charged)\b",
    re.I,
)
_REPORTED_AFTER = re.compile(
    r"[^,.;]{0,60}?\b(?:said|says|told|reported|announced|stated|added|noted|confirmed)\b", re.I
)


_DIGIT = re.compile(r"\d")
_DAY_WORDS = (
    "yesterday",
    "last night",
    "today",
    "tonight",
    "midnight",
    "morning",
    "evening",
    "afternoon",
    *WEEKDAYS,
)


@lru_cache(maxsize=256)  # one article's sentences, asked again by later steps
def day_mentions(sentence: str, ref: date) -> tuple[DayMention, ...]:
    """Every day named in ``sentence``, resolved against the article day ``ref``.

    Days after 'since', 'until', 'as of' and the like bound a period rather
    than date an event, so they are left out.
    """
    out: list[DayMention] = []
    if _DIGIT.search(sentence) is None:
        # Every form but the named days needs a digit: without one, a sentence naming none of those
        # words names no day (unless a letter that re.I equates with an ASCII one hides a word).
        low = sentence.lower()
        if words_safe(sentence, low) and not any(w in low for w in _DAY_WORDS):
            return ()
    for m in _DAY_FORMS.finditer(sentence):
        if _NAMED_AFTER_DAY.match(sentence, m.end()):
            continue  # "the 7 July neighbourhood", "6 October Bridge": a name, not a day
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _NOT_EVENT_BEFORE.search(before[-40:]):
            continue
        d: date | None
        if m["yesterday"]:
            d = ref - timedelta(days=2 if m["yesterday"].lower().startswith("the") else 1)
        elif m["today"]:
            d = ref
        elif m["weekday"]:
            d = most_recent_weekday(WEEKDAYS.index(m["weekday"].lower()), ref)
            if d == ref and re.search(r"\blast\s+$", before, re.I):
                d = ref - timedelta(days=7)  # "last Wednesday" in a Wednesday article: a week ago
        else:
            day_s, month_s, year_s = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
            if month_s.lower() == "may" and not m["d1"] and not year_s and m["m2"] != "May":
                continue  # the verb 'may'
            if month_s.lower() in ("mar", "jun", "jan", "dec") and month_s[0].islower():
                continue
            if year_s:
                d = _safe_date(int(year_s), _month_number(month_s), int(day_s))
            else:
                d = _with_year(_month_number(month_s), int(day_s), ref)
        if d is None:
            continue
        gap = _REPORTING.search(before)
        if gap is not None and (_EVENT_VERB.search(gap.group()) or _THAT_ON.search(before)):
            gap = None  # "said militias had attacked X on Sunday", "added that on Saturday ...": the attack's day
        # "On Monday the ministry said ...", "the army on Monday accused ...": the day dates the statement
        reporting = (
            gap is not None
            or (m.start() < 12 and bool(_REPORTED_AFTER.match(sentence, m.end())))
            or bool(m["weekday"] and _SPEECH_NEXT.match(sentence, m.end()))
        )
        out.append(DayMention(d, m.start(), reporting))
    return tuple(out)


# Speed only: these are tried only where one of their first words starts (extraction.scan.prefixed).
_REPORTING = prefixed(_REPORTING)
_NOT_EVENT_BEFORE = prefixed(_NOT_EVENT_BEFORE)
_EVENT_VERB = prefixed(_EVENT_VERB)
_LABELLED = prefixed(_LABELLED)
