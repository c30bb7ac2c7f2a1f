"""Question text ("latakia last week") -> Question: kind, place and an inclusive period.

The text is what follows ``/violations`` in chat, or the WORDS of
``trucewatch query``. ``today`` is passed in (already in the configured
timezone); nothing here reads the clock. Every failure is a QuestionError with
a short message ending in an example that works ("Try: /violations ...").
Common questions take about 40 µs.

Supported periods (in English, Russian, Ukrainian, Arabic, French, Portuguese,
Spanish and German; vocabulary in ``data/question_words.json``):

* no period: the last 7 days including today;
* today, yesterday, the day before yesterday (сегодня, вчера, أمس, hier, ...);
* this/last week|month|year: calendar units, weeks Monday–Sunday. "this
  week" is Monday..today, "last week" the previous Monday–Sunday (asked on a
  Monday too), "last month" asked in January is December of the year before;
* past/last N days|weeks|months|years|hours, "N days", "за 3 дня": the N units
  ending today ("last 3 days" on 10 Apr = 8–10 Apr; "past 2 months" on 10 Apr
  = 11 Feb–10 Apr; "last 24 hours" = yesterday and today, days being the
  finest grain). Without a number, "past week"/"past month" are rolling too
  (7 days / one month), while "last week"/"last month" are calendar units;
* this/last weekend: Saturday–Sunday of this / the previous week ("this
  weekend" asked on a weekday is in the future, so an error);
* N days|weeks|months ago: that day, or the calendar week/month containing it;
* weekdays: "tuesday" is the latest Tuesday up to today, "last tuesday" the
  latest before today, "this tuesday" the one of this week;
* written dates: ISO 2019-04-10 and 2019-04; 10/04/2019, 10.04.2019, 10/04/19,
  10/04 — day first, month first only when day first is impossible
  (04/25/2019); "10 April 2019", "April 10, 2019", "the 10th of April",
  "10 de abril de 2019", "am 10. April", "10-го апреля"; day ranges "1–7
  April", "April 1-7"; months "April", "in April 2019", "в апреле 2019 года",
  "last april", "abril pasado"; years "2019";
* since X (X .. today); from X to Y, between X and Y, X - Y, where X and Y
  are any of the above ("since last week", "from march to last week").
  "since"-words (since, depuis, desde, seit, с, з, منذ) alone mean "until
  today"; weak "from"-words (from, de, von, من) only open a range, so
  "violaciones de abril" is April;
* anything else with a number goes to dateparser ("on the 3rd"), with the
  languages of the text's script, PREFER_DATES_FROM=past and RELATIVE_BASE=today.

Choices:

* Questions look back: a month or day without a year is its latest occurrence
  up to today ("in March" asked in February 2020 is March 2019; "April 10"
  asked on 5 April is last year's; "29 February" is the last leap day). In a
  range, a year-less start before an end with a year looks back from that end
  ("from December to February 2019"); otherwise a year-less end is the first
  occurrence on or after the start ("from December to February").
* A period partly in the future is clipped to today ("this month", "April"
  asked on 10 April = 1–10 Apr); one wholly in the future ("tomorrow",
  "2030", "this sunday" asked on a Wednesday) is an error.
* A reversed range ("from 10 April 2019 to 1 April 2019", "from 7 to 1
  April") is swapped, not refused.
* Abbreviated month names ("Mar", "set", "out") count only next to a number,
  so "Mar Elias" stays a town.
* Errors: control characters, symbols or emoji, more than 200 characters, a
  number that is neither a day, a year nor a count ("latakia 5"), a date that
  does not exist ("31 February", "2019-13"), years before 1900, two periods
  or two places or two kinds in one question, more than 6 place words, a word
  mixing scripts ("lаtakia" with a Cyrillic а). Zero-width and bidi marks,
  tabs and newlines are ignored.

Place: the words left after period, kind and filler words ("in", "province",
"в", "في", "محافظة", ...). A first-level division in any spelling the gazetteer
knows (Latakia, Lattakia, Al-Ladhiqiyah, "rural damascus", "rural idlib",
"латакии", "Донецкой области", "باللاذقية", "ريف حماة الشمالي") becomes
``PlaceFilter(name=canonical, level="admin1", key=canonical)``; anything else
is a town ``PlaceFilter(name=words as typed, level="location",
key=place_key(words))``, title-cased when typed in lower case. No words left:
``place=None`` (everywhere).

Kind: a kind word overrides the ``kind`` argument — violations, shelling,
airstrikes/air strikes, clashes, explosions, attacks and their translations
(обстрелы, bombardements, قصف, ...); "all"/"incidents" means every kind
(``kind=None``).
"""

from __future__ import annotations

from datetime import date

from extraction import periods
from extraction.model import VIOLATION, PlaceFilter, Question, QuestionError
from extraction.periods import EXAMPLE, DateSpec, Span
from extraction.question_dates import Item, dateparser_items, with_modifier, written_date
from extraction.question_place import resolve_place
from extraction.question_words import Token, tokenize

_PERIOD_ROLES = ("this", "last", "past", "ago", "num", "unit", "dual", "number")
_MAX_N = {"hour": 876000, "day": 36500, "week": 5200, "weekend": 5200, "month": 1200, "year": 100}


def parse_question(text: str, today: date, kind: str | None = VIOLATION) -> Question:
    """Parse the words after /violations; raises QuestionError with an example when unreadable."""
    try:
        return _parse(text, today, kind)
    except QuestionError:
        raise
    except (ValueError, OverflowError) as exc:  # date arithmetic at the ends of the calendar
        raise QuestionError(f"That period is out of range. {EXAMPLE}") from exc


def _parse(text: str, today: date, kind: str | None) -> Question:
    tokens = tokenize(text)
    used = [False] * len(tokens)
    kinds: set[str | None] = set()
    for n, token in enumerate(tokens):
        if "kind" in token.roles:
            kinds.add(token.roles["kind"])
            used[n] = True
    if len(kinds) > 1:
        raise QuestionError(
            "Ask about one kind at a time, or 'all'. Try: /violations shelling idlib last week"
        )
    items = _find_items(tokens, used, today)
    items += dateparser_items(tokens, used, today)
    items.sort(key=lambda item: item.i)
    start, end = _combine(items, tokens, used, today)
    if start > today:
        raise QuestionError(f"That period ({periods.label(start, end)}) is in the future. {EXAMPLE}")
    end = min(end, today)
    if start < periods.EARLIEST:
        raise QuestionError(f"That period reaches too far back. {EXAMPLE}")
    place = _place(tokens, used)
    return Question(
        kind=kinds.pop() if kinds else kind,
        place=place,
        start=start,
        end=end,
        period_label=periods.label(start, end),
    )


def _is_num(token: Token) -> bool:
    return "num" in token.roles or "number" in token.roles


def _num(token: Token) -> int:
    return int(token.roles["num"] if "num" in token.roles else token.roles["number"])


def _find_items(tokens: list[Token], used: list[bool], today: date) -> list[Item]:
    """Scan left to right for every period expression the grammar knows."""
    items: list[Item] = []
    n = 0
    while n < len(tokens):
        if used[n]:
            n += 1
            continue
        item = (
            _relative_word(tokens, n, today)
            or _unit_group(tokens, n, today)
            or _modified_calendar(tokens, n, today)
            or written_date(tokens, n, today)
            or _weekday(tokens, n, today)
        )
        if item is None:
            n += 1
            continue
        for k in range(item.i, item.j):
            used[k] = True
        items.append(item)
        n = item.j
    return _drop_weekdays_beside_dates(items)


def _relative_word(tokens: list[Token], n: int, today: date) -> Item | None:
    tag = tokens[n].roles.get("relative")
    if tag is None:
        return None
    back = {"today": 0, "yesterday": 1, "day_before_yesterday": 2, "tomorrow": -1}[tag]
    day = date.fromordinal(today.toordinal() - back)
    return Item(n, n + 1, span=(day, day))


def _unit_group(tokens: list[Token], n: int, today: date) -> Item | None:
    """'last week', 'past 3 days', 'за последние 3 дня', 'les 3 derniers jours', '2 weeks ago'."""
    j, unit, count, count_digits, flags = n, None, None, 0, set()
    while j < len(tokens) and j - n < 5:
        roles = tokens[j].roles
        if not any(r in roles for r in _PERIOD_ROLES):
            break
        if ("unit" in roles or "dual" in roles) and unit is None:
            unit = roles.get("unit") or roles["dual"]
            if "dual" in roles and "unit" not in roles:
                count = 2
        elif _is_num(tokens[j]) and count is None:
            count, count_digits = _num(tokens[j]), roles.get("digits", 1)
        elif flags_of := {r for r in ("this", "last", "past", "ago") if r in roles}:
            flags |= flags_of
        else:
            break
        j += 1
    if unit is None or (unit == "year" and count_digits == 4 and not flags):
        return None  # "2019 год" is a year, not 2019 years
    while (
        j > n
        and not any(r in tokens[j - 1].roles for r in ("unit", "dual", "ago"))
        and not _is_num(tokens[j - 1])
    ):
        j -= 1  # trailing modifiers belong to nothing here
    if count is not None and count > _MAX_N[unit]:
        raise QuestionError(f"That period reaches too far back. {EXAMPLE}")
    if "ago" in flags:
        span = periods.ago(unit, 1 if count is None else count, today)
    elif count is not None:
        span = periods.rolling(unit, count, today)
    elif "this" in flags:
        span = periods.current(unit, today)
    elif "last" in flags:
        span = periods.previous(unit, today)
    elif "past" in flags:
        span = periods.rolling(unit, 1, today)
    else:
        return None
    return Item(n, j, span=span)


def _modified_calendar(tokens: list[Token], n: int, today: date) -> Item | None:
    """'last tuesday', 'this april', 'mardi dernier', 'abril pasado'."""
    roles = tokens[n].roles
    if not any(r in roles for r in ("this", "last", "past")) or n + 1 >= len(tokens):
        return None
    return with_modifier(tokens[n + 1].roles, roles, n, n + 2, today)


def _weekday(tokens: list[Token], n: int, today: date) -> Item | None:
    weekday = tokens[n].roles.get("weekday")
    if weekday is None:
        return None
    after = tokens[n + 1].roles if n + 1 < len(tokens) else {}
    if any(r in after for r in ("this", "last")):
        return with_modifier(tokens[n].roles, after, n, n + 2, today)
    return Item(n, n + 1, span=periods.latest_weekday(weekday, today), weekday=True)


def _drop_weekdays_beside_dates(items: list[Item]) -> list[Item]:
    """'Tuesday 9 April' names one day: the weekday beside a written date is redundant."""
    dated = {(item.i, item.j) for item in items if item.spec is not None and item.spec.day is not None}
    starts = {i for i, _ in dated}
    ends = {j for _, j in dated}
    return [item for item in items if not (item.weekday and (item.j in starts or item.i in ends))]


def _connectors(tokens: list[Token], used: list[bool], i: int, j: int) -> list[int] | None:
    """Indices of the unused tokens in [i, j) if all of them are connectors or fillers, else None."""
    found = []
    for k in range(i, j):
        if used[k]:
            continue
        roles = tokens[k].roles
        if not roles or "num" in roles:
            return None
        found.append(k)
    return found


def _preceding(tokens: list[Token], used: list[bool], i: int, role: str) -> int | None:
    """The index of a token with ``role`` just before position i (fillers may stand between)."""
    k = i - 1
    while k >= 0 and not used[k] and tokens[k].roles and k >= i - 3:
        if role in tokens[k].roles:
            return k
        if not tokens[k].roles.get("fillers"):
            return None
        k -= 1
    return None


def _span_of(item: Item, ref: date) -> Span:
    if item.span is not None:
        return item.span
    assert item.spec is not None
    return periods.resolve(item.spec, ref)


def _combine(items: list[Item], tokens: list[Token], used: list[bool], today: date) -> Span:
    """One period from the items: alone, 'since X', or a range 'from X to Y' / 'between X and Y'."""
    if not items:
        return periods.rolling("day", 7, today)
    if len(items) == 1:
        item = items[0]
        start, end = _span_of(item, today)
        opener = _preceding(tokens, used, item.i, "since")
        if opener is None and item.closed:  # "from 1 to 7 April"
            opener = _preceding(tokens, used, item.i, "from")
        if opener is not None:
            used[opener] = True
            if not item.closed:
                return start, today
        return start, end
    if len(items) > 2:
        raise QuestionError("Ask about one period at a time. Try: /violations latakia from 1 to 7 April")
    first, second = items
    between = _connectors(tokens, used, first.j, second.i)
    opener = _preceding(tokens, used, first.i, "between")
    joins = [
        k
        for k in between or []
        if "to" in tokens[k].roles or (opener is not None and "and" in tokens[k].roles)
    ]
    if not joins:
        raise QuestionError("Ask about one period at a time. Try: /violations latakia from 1 to 7 April")
    for k in between or []:
        used[k] = True
    for role in ("from", "since", "between"):
        opener_at = _preceding(tokens, used, first.i, role)
        if opener_at is not None:
            used[opener_at] = True
    return _range(first, second, today)


def _range(first: Item, second: Item, today: date) -> Span:
    """Both ends resolved; a year-less end takes its year from the other end; reversed ranges swapped.

    A year-less start before an end with a year looks back from that end ("from
    December to February 2019"); otherwise the start looks back from today and a
    year-less end is the first occurrence on or after the start ("from 1 April
    to 10 April", "from December to February").
    """
    a, b = first.spec, second.spec
    if a is not None and a.year is None and (b is None or b.year):
        end_span = _span_of(second, today)
        start_span = periods.resolve(a, end_span[1])
    elif b is not None and b.year is None:
        if a is not None and a.year is None and _same_month_reversed(a, b):
            a, b = b, a  # "from 10 April to 1 April": a slip, not a year-long range
        start_span = periods.resolve(a, today) if a is not None else _span_of(first, today)
        end_span = periods.resolve_after(b, start_span[0])
    else:
        start_span, end_span = _span_of(first, today), _span_of(second, today)
    return min(start_span[0], end_span[0]), max(start_span[1], end_span[1])


def _same_month_reversed(a: DateSpec, b: DateSpec) -> bool:
    return a.month == b.month and a.day is not None and b.day is not None and a.day > b.day


def _place(tokens: list[Token], used: list[bool]) -> PlaceFilter | None:
    """The single place the leftover words name, if any."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token, is_used in zip(tokens, used, strict=True):
        if is_used:
            if current:
                runs.append(current)
            current = []
        else:
            if "num" in token.roles:
                raise QuestionError(
                    f"I can't read “{token.text[:30]}” as a date. Try: /violations idlib since 1 April"
                )
            current.append(token)
    if current:
        runs.append(current)
    return resolve_place(runs)
