"""Dates as written in a question: '10 April 2019', 'April 1-7', '2019-04', '10/04/2019', 'abril pasado'.

Kept apart from ``extraction.question`` (which finds relative periods and
combines everything): this is the grammar of day, month and year numbers and
names, plus the dateparser fallback for the rarer forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from extraction import periods
from extraction.periods import DateSpec, Span
from extraction.question_words import Token

_DATE_GLUE = frozenset({"de", "del", "of", "the", "do", "da"})
_DAY_ARTICLES = frozenset({"el", "le", "the", "o", "am", "den", "dem"})


@dataclass
class Item:
    """A period found in the text: tokens [i, j) and either a resolved span or a date as written."""

    i: int
    j: int
    span: Span | None = None
    spec: DateSpec | None = None
    closed: bool = False  # a range by itself ("1-7 April"): a preceding "from" does not mean "since"
    weekday: bool = False


def with_modifier(target: dict[str, Any], mod: dict[str, Any], i: int, j: int, today: date) -> Item | None:
    """'last tuesday' (before today), 'this tuesday' (this week's), 'last april' (before this month)."""
    if "weekday" in target:
        weekday = target["weekday"]
        if "this" in mod:
            day = periods.week_start(today) + (date.resolution * weekday)
            return Item(i, j, span=(day, day))
        return Item(i, j, span=periods.latest_weekday(weekday, today, strictly_before=True))
    if "month" in target:
        month = target["month"]
        if "this" in mod:
            return Item(i, j, span=periods.month_span(today.year, month))
        year = today.year if month < today.month else today.year - 1
        return Item(i, j, span=periods.month_span(year, month))
    return None


def _day_number(token: Token) -> int | None:
    roles = token.roles
    if "num" in roles and roles["digits"] <= 2 and 1 <= roles["num"] <= 31:
        return int(roles["num"])
    return None


def _year_number(token: Token) -> int | None:
    roles = token.roles
    if "num" in roles and roles["digits"] == 4 and 1900 <= roles["num"] <= 2199:
        return int(roles["num"])
    return None


def _skip_glue(tokens: list[Token], j: int) -> int:
    return j + 1 if j < len(tokens) and tokens[j].norm in _DATE_GLUE else j


def _month_at(tokens: list[Token], j: int, beside_number: bool) -> int | None:
    if j >= len(tokens):
        return None
    roles = tokens[j].roles
    if "month" in roles:
        return int(roles["month"])
    if beside_number and "month_abbr" in roles:
        return int(roles["month_abbr"])
    return None


def _year_after(tokens: list[Token], j: int) -> tuple[int | None, int]:
    """An optional year at j (after optional glue), with a following 'года'/'year' absorbed."""
    k = _skip_glue(tokens, j)
    if k < len(tokens) and (year := _year_number(tokens[k])) is not None:
        k += 1
        if k < len(tokens) and tokens[k].roles.get("unit") == "year":
            k += 1
        return year, k
    return None, j


def _day_range_end(tokens: list[Token], j: int, between: bool) -> tuple[int | None, int]:
    """'-7' or 'to 7' after a day number; 'and 7' only after 'between'."""
    if j + 1 < len(tokens) and ("to" in tokens[j].roles or (between and "and" in tokens[j].roles)):
        k = _skip_article(tokens, j + 1)
        end = _day_number(tokens[k]) if k < len(tokens) else None
        if end is not None:
            return end, k + 1
    return None, j


def _skip_article(tokens: list[Token], j: int) -> int:
    """'el 7', 'le 7', 'the 7th': an article before a day number."""
    return j + 1 if j + 1 < len(tokens) and tokens[j].norm in _DAY_ARTICLES else j


def written_date(tokens: list[Token], n: int, today: date) -> Item | None:
    """ISO and numeric dates, '10 April 2019', 'April 10, 2019', '1-7 April', 'April 2019', '2019'."""
    token = tokens[n]
    if "date" in token.roles:
        year, month, day = token.roles["date"]
        return Item(n, n + 1, spec=DateSpec(year, month, day, text=token.text))
    if "year_month" in token.roles:  # 2019-04
        year, month = token.roles["year_month"]
        return Item(n, n + 1, spec=DateSpec(year, month, text=token.text))
    between = any("between" in t.roles for t in tokens[max(0, n - 2) : n])
    day = _day_number(token)
    if day is not None:  # day first: 10 April [2019], 1-7 April, 10 de abril de 2019
        day_end, j = _day_range_end(tokens, n + 1, between)
        j = _skip_glue(tokens, j)
        month = _month_at(tokens, j, beside_number=True)
        if month is not None:
            year, k = _year_after(tokens, j + 1)
            spec = DateSpec(year, month, day, day_end, _text(tokens, n, k))
            return Item(n, k, spec=spec, closed=day_end is not None)
    month = _month_at(tokens, n, beside_number=False)
    abbr = _month_at(tokens, n, beside_number=True)
    if month is not None or abbr is not None:  # month first: April 10 [2019], April 1-7, April [2019]
        month = month if month is not None else abbr
        j = _skip_glue(tokens, n + 1)
        if j < len(tokens) and (day := _day_number(tokens[j])) is not None:
            day_end, k = _day_range_end(tokens, j + 1, between)
            year, k = _year_after(tokens, k)
            spec = DateSpec(year, month, day, day_end, _text(tokens, n, k))
            return Item(n, k, spec=spec, closed=day_end is not None)
        year, k = _year_after(tokens, n + 1)
        if year is None and "month" not in tokens[n].roles:
            return None  # a bare abbreviation ("Mar", "set") is not a month
        after = tokens[k].roles if k < len(tokens) else {}
        if year is None and any(r in after for r in ("this", "last")) and "unit" not in after:
            return with_modifier(tokens[n].roles, after, n, k + 1, today)  # abril pasado
        return Item(n, k, spec=DateSpec(year, month, None, text=_text(tokens, n, k)))
    year = _year_number(token)
    if year is not None:
        k = n + 1
        if k < len(tokens) and tokens[k].roles.get("unit") == "year":
            k += 1
        return Item(n, k, spec=DateSpec(year, text=token.text))
    return None


def _text(tokens: list[Token], i: int, j: int) -> str:
    return " ".join(t.text for t in tokens[i:j])


def _scripts_languages(text: str) -> list[str]:
    if re.search(r"[\u0400-\u04ff]", text):
        return ["ru", "uk"]
    if re.search(r"[\u0600-\u06ff]", text):
        return ["ar"]
    return ["en", "fr", "de", "es", "pt"]


def dateparser_items(tokens: list[Token], used: list[bool], today: date) -> list[Item]:
    """Numbers the grammar did not place: let dateparser read them with the words around them.

    Only unused neighbouring words that the vocabulary knows are offered (never
    a place name), and at most a few spans per number, so the cost is bounded.
    """
    items: list[Item] = []
    for n, token in enumerate(tokens):
        if used[n] or "num" not in token.roles:
            continue
        lo = n
        while lo > 0 and n - lo < 3 and not used[lo - 1] and tokens[lo - 1].roles:
            lo -= 1
        hi = n + 1
        while hi < len(tokens) and hi - n < 3 and not used[hi] and tokens[hi].roles:
            hi += 1
        spans = sorted(
            ((a, b) for a in range(lo, n + 1) for b in range(n + 1, hi + 1) if b - a >= 2),
            key=lambda s: s[0] - s[1],
        )[:4]
        for a, b in spans:
            day = _dateparser_day(" ".join(t.text for t in tokens[a:b]), today)
            if day is not None:
                for k in range(a, b):
                    used[k] = True
                items.append(Item(a, b, span=(day, day)))
                break
    return items


def _dateparser_day(text: str, today: date) -> date | None:
    import dateparser  # imported here: only the rare forms pay for it

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=_scripts_languages(text), settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed is not None else None
