"""Calendar arithmetic for questions: periods relative to "today", partial dates, labels.

Everything takes "today" as an argument (already in the configured timezone)
and returns inclusive ``(start, end)`` pairs; nothing reads the clock. The
question parser (``extraction.question``) decides *which* period a text
names; this module only computes it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from extraction.model import QuestionError

EXAMPLE = "Try: /violations latakia last week"
EARLIEST = date(1900, 1, 1)
_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = tuple(calendar.month_name[m] for m in range(1, 13))

Span = tuple[date, date]


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day of month clipped (31 Mar - 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    if year < EARLIEST.year:
        raise QuestionError(f"That period reaches too far back. {EXAMPLE}")
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_start(day: date) -> date:
    """The Monday of the week containing ``day`` (weeks run Monday–Sunday)."""
    return day - timedelta(days=day.weekday())


def unit_span(unit: str, day: date) -> Span:
    """The calendar day/week/month/year containing ``day`` (an hour counts as its day)."""
    if unit in ("day", "hour"):
        return day, day
    if unit == "week":
        monday = week_start(day)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        monday = week_start(day)
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if unit == "month":
        return month_span(day.year, day.month)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved back by ``n`` units (days, weeks, months or years)."""
    try:
        if unit == "hour":  # days are the finest grain: an hour back may be yesterday
            return day - timedelta(days=-(-n // 24))
        if unit == "day":
            return day - timedelta(days=n)
        if unit in ("week", "weekend"):
            return day - timedelta(days=7 * n)
        if unit == "month":
            return add_months(day, -n)
        return add_months(day, -12 * n)
    except (OverflowError, ValueError) as exc:  # far beyond any sane question
        raise QuestionError(f"That period reaches too far back. {EXAMPLE}") from exc


def rolling(unit: str, n: int, today: date) -> Span:
    """The last ``n`` units ending today: 'last 3 days' on 10 Apr is 8–10 Apr."""
    if n < 1:
        raise QuestionError(f"A period needs at least one day. {EXAMPLE}")
    if unit == "hour":  # 'last 24 hours' reaches into yesterday
        return shift(today, unit, n), today
    if unit == "weekend":  # 'past 2 weekends': from the Saturday of the earliest one
        return unit_span(unit, shift(today, unit, n - 1 if today.weekday() >= 5 else n))[0], today
    return shift(today, unit, n) + timedelta(days=1), today


def current(unit: str, today: date) -> Span:
    """This day/week/month/year (its end may lie after today; the caller clips)."""
    return unit_span(unit, today)


def previous(unit: str, today: date) -> Span:
    """The calendar unit before the current one: 'last week' is the previous Monday–Sunday.

    'last weekend' is the Saturday–Sunday of the previous week.
    """
    return unit_span(unit, shift(today, unit, 1))


def ago(unit: str, n: int, today: date) -> Span:
    """'3 days ago' is that day; '2 weeks ago' is the calendar week containing today - 14 days."""
    if unit == "hour":  # '3 hours ago' is today or yesterday
        return shift(today, unit, n), today - timedelta(days=n // 24)
    return unit_span(unit, shift(today, unit, n))


def latest_weekday(weekday: int, today: date, strictly_before: bool = False) -> Span:
    """The most recent given weekday up to today ('on Tuesday'), or before today ('last Tuesday')."""
    back = (today.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    day = today - timedelta(days=back)
    return day, day


@dataclass(frozen=True)
class DateSpec:
    """A date as written: a year, a month, a day, or a day range, any part possibly missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None  # "1–7 April"
    text: str = ""

    def describe(self) -> str:
        """How to name this date in an error message ('31 February')."""
        if self.month is not None and not 1 <= self.month <= 12:
            return self.text
        parts = [str(self.day)] if self.day else []
        if self.month:
            parts.append(_MONTHS_LONG[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts) or self.text


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _not_a_date(spec: DateSpec) -> QuestionError:
    return QuestionError(f"{spec.describe()} is not a date. Try: /violations idlib on 28 February")


def resolve(spec: DateSpec, ref: date) -> Span:
    """The period a written date denotes (see ``_resolve``); impossible dates raise QuestionError."""
    if spec.year is not None and not EARLIEST.year <= spec.year <= 9998:
        raise QuestionError(f"{spec.text or spec.year} is out of range. Try: /violations idlib since 1 April")
    try:
        return _resolve(spec, ref)
    except (ValueError, OverflowError) as exc:
        if isinstance(exc, QuestionError):
            raise
        raise _not_a_date(spec) from exc


def _resolve(spec: DateSpec, ref: date) -> Span:
    """The period a written date denotes, looking back from ``ref`` when the year is missing.

    A month or day without a year is its latest occurrence up to ``ref``: "in
    March" asked in February 2020 is March 2019; "29 February" asked in 2019
    is 29 February 2016.
    """
    if spec.month is None:
        if spec.year is None:
            raise _not_a_date(spec)
        return date(spec.year, 1, 1), date(spec.year, 12, 31)
    if not 1 <= spec.month <= 12:
        raise _not_a_date(spec)
    if spec.day is None:
        year = spec.year
        if year is None:
            year = ref.year if spec.month <= ref.month else ref.year - 1
        return month_span(year, spec.month)
    # "2 to 1 April" is a slip for "1 to 2 April", like other reversed ranges.
    first_day, last_day = sorted((spec.day, spec.day_end or spec.day))
    if spec.year is not None:
        if not (_valid(spec.year, spec.month, first_day) and _valid(spec.year, spec.month, last_day)):
            raise _not_a_date(spec)
        return date(spec.year, spec.month, first_day), date(spec.year, spec.month, last_day)
    if not _valid(2000, spec.month, first_day) or not _valid(2000, spec.month, last_day):
        raise _not_a_date(spec)  # 2000 is a leap year: no year has this day
    year = ref.year if (spec.month, first_day) <= (ref.month, ref.day) else ref.year - 1
    while not (_valid(year, spec.month, first_day) and _valid(year, spec.month, last_day)):
        year -= 1  # 29 February: back to the last leap year
    return date(year, spec.month, first_day), date(year, spec.month, last_day)


def resolve_after(spec: DateSpec, lower: date) -> Span:
    """A year-less range end placed in the first year that does not precede ``lower``."""
    for year in (lower.year, lower.year + 1):
        span = resolve(DateSpec(year, spec.month, spec.day, spec.day_end, spec.text), lower)
        if span[1] >= lower:
            return span
    return span


def day_label(day: date) -> str:
    """'9 Apr 2019': the one way days are written in replies and CLI output."""
    return f"{day.day} {_MONTHS_SHORT[day.month - 1]} {day.year}"


def label(start: date, end: date) -> str:
    """A short label for replies: '9 Apr 2019', '1–7 Apr 2019', '28 Mar – 3 Apr 2019'."""
    if start == end:
        return day_label(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS_SHORT[end.month - 1]} {end.year}"
    first, last = f"{start.day} {_MONTHS_SHORT[start.month - 1]}", f"{end.day} {_MONTHS_SHORT[end.month - 1]}"
    if start.year == end.year:
        return f"{first} – {last} {end.year}"
    return f"{first} {start.year} – {last} {end.year}"
