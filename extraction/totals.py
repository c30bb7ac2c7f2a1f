"""Stated figures: the reported total of violations and per-province totals.

Only a single stated figure is a total; figures for the Turkish side of the
Russian-Turkish commission, yearly or cumulative statistics ("since July",
"this year") and figures recalled from earlier reports are not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import Protocol

from extraction.dates import WEEKDAYS, dateline_end
from extraction.numbers import number_pattern, number_start_chars, parse_number
from extraction.places import (
    Admin1,
    admin1_names,
    admin1_regex,
    capitalised_admin1,
    division_hits,
    find_admin1,
)


class _Sentence(Protocol):
    text: str
    headline: bool
    background: bool
    paragraph: int


_NUM = number_pattern()
_MIN = r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?"
_TIMES = rf"(?:(?:on\s+)?{_MIN}(?P<n>{_NUM})\s+(?:times|occasions)|(?P<adv>once|twice|thrice))\b(?!\s+(?:more|again)\b)"
# Each pattern opens with a guard on its possible first letters (the flags make it case-blind): a sentence
# is then scanned with one class test per position instead of every alternative's first letter.
_VIOLATED_TIMES = re.compile(
    r"(?=[vbid])\b(?:violat\w*|broke|broken|breach\w*|ignored|disrupted)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:ceasefire|cease-fire|truce|regime|cessation\s+of\s+hostilities|agreement|armistice|pause)"
    rf"[^.;:!?,]{{0,90}}?\s{_TIMES}",
    re.I,
)
# "resorted to unprovoked ceasefire violations on 14 occasions"
_VIOLATIONS_TIMES = re.compile(rf"(?=[ct])\b(?:ceasefire|cease-fire|truce)\s+violations?\s+{_TIMES}", re.I)
_WAS_VIOLATED_TIMES = re.compile(
    r"(?=[ctr])\b(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities|regime)\s+(?:in\s+(?-i:[A-Z])[\w'’-]+\s+)?"
    r"(?:(?:that|which)\s+[^.;:!?,]{1,60}?\s+)?"  # "the ceasefire that came into force on Monday was violated"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+|(?<=regime\s)|(?<=ceasefire\s)|(?<=truce\s))"  # headline style
    rf"(?:violated|broken|breached)\s+{_TIMES}",
    re.I,
)
_N_VIOLATIONS = re.compile(
    rf"(?=[amosn{number_start_chars()}])(?<![\w,.]){_MIN}(?P<n>{_NUM})\s+(?:(?:new|alleged|reported|fresh|further)\s+)?"
    r"(?:(?:ceasefire|cease-fire|truce)\s+)?"
    r"(?:violations?|breaches|breach|cases\s+of\s+(?:firing|shelling|ceasefire\s+violations?)|shelling\s+incidents|"
    r"incidents\s+of\s+shelling|(?:shelling|mortar|artillery)\s+attacks|shellings|"
    r"instances\s+of\s+(?:firing|shelling|ceasefire\s+violations?)|attacks(?=\s+in\s+(?:violation|breach)\s+of)|"
    r"attacks(?=\s+in\s+total\b))\b",  # "10 attacks in total"
    re.I,
)
# "mounted 11 attacks", "carried out a total of 14 harassment attacks": a count of attacks made, in a truce
_MADE_ATTACKS = re.compile(
    r"(?=[mlcsprd])\b(?:mounted|launched|carried\s+out|staged|conducted|perpetrated|registered|recorded|logged|"
    r"documented)\s+(?:a\s+total\s+of\s+)?"
    rf"{_MIN}(?P<n>{_NUM})\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?){{0,2}}?(?:attacks|provocations)\b"
    rf"|(?<![\w,.]){_MIN}(?P<n2>{_NUM})\s+attacks\s+by\s+(?:[\w-]+\s+){{0,4}}?(?:militants|terrorists|rebels|gunmen|"
    r"fighters|groups|formations|forces)\b",  # "19 attacks by Jabhat al-Nusra militants"
    re.I,
)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:ceasefire\s+|truce\s+)?(?:violations|breaches)[^.;:]{0,50}?\s(?:reached|was|stood\s+at|"
    rf"totall?ed|came\s+to|rose\s+to|fell\s+to|increased\s+to|decreased\s+to)\s+{_MIN}(?P<n>{_NUM})\b",
    re.I,
)
_LABEL_TOTAL = re.compile(
    rf"\b(?:ceasefire\s+|truce\s+)?(?:violations|breaches|(?:shelling\s+)?(?:attacks|incidents)|shellings)"
    r"(?:\s+by\s+[\w'’ -]{1,40}?)?(?:\s+(?:registered|recorded|logged)"  # "Shelling incidents by X registered: 11"
    r"(?:\s+(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24\s+hours|day))?|"
    r"\s+(?:over|in|during)\s+the\s+(?:past|last)\s+(?:24\s+hours|day))?"  # "Violations by X over the past 24 hours: 14"
    rf"\s*[:–—]\s*{_MIN}(?P<n>{_NUM})\b(?!\s*(?:km|%|per))",
    re.I,
)
_TOTAL_LINE = re.compile(
    rf"^\W{{0,3}}(?:in\s+)?(?:total|overall|all\s+in\s+all)(?:\s+(?:violations|breaches))?\s*[:–—=-]\s*{_MIN}(?P<n>{_NUM})\b"
    r"(?!\s*(?:km|%|per|people|civilians|killed|dead|wounded|injured))",
    re.I,
)


def is_total_line(text: str) -> bool:
    """'Total: 8 cases', 'Overall - 14': a line that states only the overall figure."""
    return _TOTAL_LINE.match(text) is not None


_FIRE_TIMES = re.compile(rf"(?=[of])(?<!was\s)(?<!were\s)\b(?:opened\s+fire|fired)\s+{_TIMES}", re.I)
_ATTACK_TIMES = re.compile(
    rf"(?=[sbafo])\b(?:shelled|bombarded|attacked|fired\s+(?:at|on)|opened\s+fire\s+on|"
    r"subjected\s+to\s+(?:[\w-]+\s+){0,3}?fire)\s+"  # "subjected to fire the positions of X ... 28 times"
    rf"(?:(?!,\s+(?:while|whereas|but|which|and\s+(?:the|a|an)\s))[^.;]){{1,140}}?\s{_TIMES}",
    re.I,
)
# "opened fire on the territory of the republic twice", "fired at our positions twice": the whole front's figure
_WHOLE_FRONT = re.compile(
    r"\bterritory\s+of\b|\b(?:our|their|its|the\s+\w+)\s+positions\s+(?:once|twice|thrice)\b"
)
_FRONT_OBJECT = re.compile(
    r"\b(?:on|at)\s+(?:the\s+)?(?:Ukrainian|our|army|government|Armenian|Azerbaijani|Indian|Pakistani|enemy|Syrian)\s+"
    r"(?:army\s+|troops['’]?\s+)?(?:positions|troops|posts)\s+(?:\d|[a-z]+\s+times|on\s+\w+\s+occasions)"
)
_COUNT_AFTER = re.compile(rf"[^.;]*?[\s(]{_TIMES}", re.I)
_COUNT_ANYWHERE = re.compile(rf"[\s(]{_TIMES}|\(\d{{1,2}}\)", re.I)
_NONE = re.compile(
    r"(?=[nroldwht])(?:\bno\s+(?:new\s+)?(?:ceasefire\s+|truce\s+)?(?:violations?|breaches|shelling|attacks?)\s+"
    r"(?:(?:of|by)\s+[^.;]{0,80}?\s+)?"  # "no violations of the ceasefire regime by the armed formations ... were"
    r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:registered|recorded|reported|observed|detected|logged)"
    r"|\b(?:registered|recorded|reported|observed|logged)\s+no\s+(?:ceasefire\s+)?(?:violations?|breaches|shelling)"
    r"|\bwith\s+no\s+(?:ceasefire\s+)?(?:violations?|breaches)\s+(?:being\s+)?(?:recorded|registered|reported)\b"
    r"|\b(?:did|has|have|had)\s+not\s+(?:register|record|report|observe|document|registered|recorded|reported|observed|"
    r"documented)\s+(?:any|a\s+single)\s+(?:ceasefire\s+|ground\s+|artillery\s+)?(?:violations?|breach(?:es)?|shelling)"
    r"|\bthere\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+no\s+(?:ceasefire\s+|truce\s+)?(?:violations?|breach(?:es)?)\b"
    r"|\b(?:did|has|have|had)\s+not\s+violated?\s+the\s+(?:ceasefire|truce)\s+(?:regime\s+)?(?:once|a\s+single\s+time)\b"
    r"|\bnot\s+a\s+single\s+(?:ceasefire\s+)?(?:violation|breach)\s+"
    # "not a single violation of the ceasefire by the enemy was recorded"
    r"(?:(?:of|by)\s+[^.;]{0,80}?\s+)?(?:has|had|was)\s+(?:been\s+)?(?:recorded|registered|reported))",
    re.I,
)
_EXCLUDE = re.compile(
    r"(?=[tlsiopamwfcbv\d])\b(?:(?:a|one|two|three|four|five|six|several|many|\d{1,2})\s+(?:years?|months?|weeks?)\s+ago|"
    r"this\s+year|last\s+year|so\s+far|in\s+(?:19|20)\d\d|since\s+(?:\d|then|the\s+start|early|late|mid|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:month|week|year|(?:two|three|four|five|six|seven|\d+)\s+(?:days|weeks|months))|"
    r"this\s+(?:week|month)|per\s+(?:day|month)|a\s+month|monthly|weekly|annual|"
    r"since\s+the\s+(?:truce|ceasefire|cease-fire|cessation|agreement|deal|regime|memorandum|beginning|\d)|"
    r"cumulative|in\s+all\s+since|"
    r"(?:violations|breaches|times|attacks)\s+in\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?![\s,]+\d)|"  # "121 violations in February": a month's figure
    # "(he added that) in May the militia registered 312 violations": the same, the month first
    r"(?:^|(?<=that\s))in\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?![\s,]+\d)(?=,?\s+(?:the|it|they|we|militants|there)\b)|"
    r"between\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+and\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)
_TURKISH = re.compile(
    r"\bTurkish\s+(?:side|party|part|representatives|members|delegation|officers)\b|\bthe\s+Turks\b", re.I
)
_VIOLATION_CONTEXT = re.compile(
    r"(?=[vbctsiaof])\b(?:violat\w*|breach\w*|ceasefire|cease-fire|truce|times|shelling|incidents|attacks|of\s+these|"
    r"of\s+them|of\s+those|by\s+(?:province|governorate|region)|breakdown|cases\s+of\s+(?:firing|shelling)|firing)\b",
    re.I,
)


_DAY_WORD = (
    r"(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+[0-3]?\d"
    r"|[0-3]?\d\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b"
)
_PER_DAY = rf"\b(?:(?:{_NUM})(?:\s+times)?|once|twice|thrice)\s+on\s+{_DAY_WORD}"
_DAY_PART = re.compile(rf"(?P<c>(?:{_NUM})(?:\s+times)?|once|twice|thrice)\s+on\s+(?P<day>{_DAY_WORD})", re.I)
_DAY_SERIES = re.compile(
    rf"(?=[{number_start_chars()}ot]){_PER_DAY}(?:(?:,\s*|,?\s+and\s+){_PER_DAY})+", re.I
)
_ADVERBS = {"once": 1, "twice": 2, "thrice": 3}
_IN_EACH = re.compile(r",?\s*(?:in\s+)?each\b(?!\s+(?:day|time|other|case|night|week)s?\b)", re.I)
_EACH_OF = re.compile(r"\s*,?\s*(?:in\s+)?each\s+of\b", re.I)
_N_EACH_IN = re.compile(rf"(?<![\w,.])(?P<n>{_NUM})\s+each\s+in\s+(?=\S)", re.I)
_EACH_FIGURE = re.compile(rf"\b{_TIMES}(?={_IN_EACH.pattern})", re.I)
_LIST_GLUE = re.compile(
    r"(?:\s+(?:provinces?|governorates?|regions?|oblasts?))?\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|&)\s*(?:the\s+)?",
    re.I,
)


def day_series(text: str, start: int) -> tuple[tuple[int, str], ...] | None:
    """'14 times on Tuesday and 22 on Wednesday' at ``start``: ((14, 'Tuesday'), (22, 'Wednesday')); else None.

    Separate figures for several days are not one total: each dates its own share."""
    m = _DAY_SERIES.match(text, start)
    if m is None:
        return None
    out: list[tuple[int, str]] = []
    for part in _DAY_PART.finditer(m.group()):
        count = part["c"].lower()
        n = _ADVERBS.get(count) or parse_number(re.sub(r"\s+times$", "", count))
        if n is None:
            return None
        out.append((n, part["day"]))
    return tuple(out)


def _enumerations(text: str, hits: list[tuple[re.Match[str], Admin1]]) -> list[list[tuple[int, int, Admin1]]]:
    """Runs of division names joined by commas and 'and' ('Hama, Idlib and Latakia provinces'), in order."""
    runs: list[list[tuple[int, int, Admin1]]] = []
    for m, a in hits:
        if runs and _LIST_GLUE.fullmatch(text, runs[-1][-1][1], m.start()):
            runs[-1].append((m.start(), m.end(), a))
        else:
            runs.append([(m.start(), m.end(), a)])
    return runs


def _each_figures(text: str) -> dict[Admin1, int]:
    """'twice in each of Hama and Idlib', 'in Hama and Idlib provinces, three times each': every one gets it."""
    out: dict[Admin1, int] = {}
    body = text[dateline_end(text) :]  # the city a story was filed from is no setting
    if "each" not in body.lower():
        return out
    runs = [r for r in _enumerations(body, division_hits(body)) if len(r) > 1]
    for m in _N_EACH_IN.finditer(
        body
    ):  # "and one each in the provinces of Aleppo and Daraa": the list follows
        v = parse_number(m["n"])
        run = next((r for r in runs if r[0][0] >= m.end() and r[0][0] - m.end() <= 40), None)
        if v is None or run is None or not _clause_ok(body, m.start()):
            continue
        for _s, _e, a in run:
            out.setdefault(a, v)
    for m in _EACH_FIGURE.finditer(body):
        v = _value(m)
        if v is None or not _clause_ok(body, m.start()):
            continue
        if _EACH_OF.match(body, m.end()):  # "twice in each of Hama and Idlib": the list follows
            run = next((r for r in runs if r[0][0] >= m.end()), None)
        else:  # "in Hama and Idlib, twice in each": the list before, in the same clause
            run = next((r for r in reversed(runs) if r[-1][1] <= m.start()), None)
            if run is not None and re.search(r"[.;:]", body[run[-1][1] : m.start()]):
                run = None
        for _s, _e, a in run or []:
            out.setdefault(a, v)
    return out


def _day_figures(text: str) -> tuple[Admin1, tuple[tuple[int, str], ...]] | None:
    """'shelled ... Donetsk ... 14 times on Tuesday and 22 on Wednesday': the one division named, and the
    figure of each day."""
    if " on " not in text:
        return None
    m = _DAY_SERIES.search(text)
    if m is None or not _clause_ok(text, m.start()):
        return None
    series = day_series(text, m.start())
    found = {a for _m, a in division_hits(text[dateline_end(text) :])}  # not the dateline's city
    if series is None or len(found) != 1:
        return None
    return found.pop(), series


def province_days(sentences: Sequence[_Sentence]) -> dict[Admin1, tuple[tuple[int, str], ...]]:
    """Per-day figures stated for a single division ('14 times on Tuesday and 22 on Wednesday')."""
    out: dict[Admin1, tuple[tuple[int, str], ...]] = {}
    for s in sentences:
        if s.headline or s.background or len(_ON.findall(s.text)) < 2:
            continue  # a series of days says 'on' at least twice
        found = _day_figures(s.text)
        if found is not None and not _excluded(s.text) and _VIOLATION_CONTEXT.search(s.text):
            out.setdefault(found[0], found[1])
    return out


_ON = re.compile(r"\son\s")
_ANY_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b", re.I
)  # "Four of these violations took place in Donetsk oblast"


@lru_cache(maxsize=256)
def _excluded(sentence: str) -> bool:
    """Whether a sentence speaks of a longer period ('this year', 'since July'): asked by several rules."""
    return _EXCLUDE.search(sentence) is not None


def _value(m: re.Match[str]) -> int | None:
    if m.groupdict().get("adv"):
        return {"once": 1, "twice": 2, "thrice": 3}[m["adv"].lower()]
    n = m["n"] or m.groupdict().get("n2")
    return parse_number(n) if n else None


def _clause_ok(text: str, start: int) -> bool:
    clause = re.split(r"[;]|\bwhile\b|\bwhereas\b", text[:start])[-1]
    return not _TURKISH.search(clause)


_ADMIN_AFTER = re.compile(
    r"\s*(?:(?:ceasefire\s+)?(?:violations?|breaches|times)\s+)?(?:were\s+(?:recorded|registered)\s+)?"
    r"in\s+(?:the\s+)?(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?(?P<g>"
    + admin1_regex().pattern
    + r")(?!\s+(?:(?:de-escalation|demilitari[sz]ed|buffer)\s+)?zone)"
    + r"(?!\s+(?:and|&)\s+(?:the\s+)?(?:"  # "in Donetsk and Luhansk regions": the figure of both
    + admin1_regex().pattern
    + r"))",
    re.I,
)
_PAREN_REGION = re.compile(r"\(([^()]{0,40}\s(?:region|province|oblast|governorate)s?)\s*\)", re.I)
_GARBLED = re.compile(rf"\b([A-Za-z]{{3,}})\s*\(\s*({_NUM})\s*\)")
_ZONE_NAME = re.compile(
    r"(?:" + admin1_regex().pattern + r")\s+(?:(?:de-escalation|demilitari[sz]ed|buffer)\s+)?zone", re.I
)


def _admin_after(text: str, end: int) -> Admin1 | None:
    m = _ADMIN_AFTER.match(text[end:])
    return find_admin1(m["g"]) if m else None


_WORTH_A_LOOK = (
    "total",
    "instances",
    "number",
    "violat",
    "breach",
    "times",
    "twice",
    "once",
    "thrice",
    "cases",
    "incident",
    "attacks",
    "shellings",
)


@lru_cache(maxsize=256)  # one article's sentences, asked again by later steps
def _candidates(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(priority, position, value, end) of total-like figures in one sentence."""
    out: list[tuple[int, int, int, int]] = []
    low = text.lower()
    if not any(w in low for w in _WORTH_A_LOOK) or _excluded(text):
        return ()
    for prio, rx in (
        (0, _VIOLATED_TIMES),
        (0, _WAS_VIOLATED_TIMES),
        (0, _VIOLATIONS_TIMES),
        (0, _N_VIOLATIONS),
        (0, _FIRE_TIMES),
        (0, _TOTAL_LINE),
        (0, _NUMBER_OF),
        (0, _LABEL_TOTAL),
        (1, _ATTACK_TIMES),
        (2, _MADE_ATTACKS),
    ):
        for m in rx.finditer(text):
            v = _value(m)
            start = m.start("n") if m["n"] else m.start()
            if v is None or not _clause_ok(text, start):
                continue
            if _NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "did not violate the ceasefire once": no violation at all
            if prio == 1 and _FRONT_OBJECT.search(m.group()):
                prio = 0  # "opened fire on Ukrainian positions 56 times": the whole front's figure
            if prio == 1 and m.groupdict().get("adv") and not _WHOLE_FRONT.search(m.group()):
                continue  # "fired on the Ramouseh district once": how often one place was hit, not a total
            if prio == 2 and _COUNT_ANYWHERE.search(text):
                continue  # "shelled A (twice) and B, and carried out two attacks on C": per-target figures
            if prio == 1 and (_ATTACK_TIMES.search(text, m.end()) or _COUNT_AFTER.match(text, m.end())):
                continue  # counts for several places in one sentence: per-place figures, not a total
            if _IN_EACH.match(text, m.end()) or (" on " in text and day_series(text, start)):
                continue  # a figure for each of several provinces, or for one of several days: no overall total
            if _PREVIOUS_AFTER.match(text, m.end()) or _PREVIOUS_BEFORE.search(
                text, max(0, start - 90), start
            ):
                continue  # "12 in the previous reporting period", "During the previous period, 260": older figures
            out.append((prio, start, v, m.end()))
    if out and _SINCE_IT.search(text):  # "since it came into force, 96 violations": the truce's whole life,
        out = [(p + 3, s, v, e) for p, s, v, e in out]  # the total only when no day's figure is stated
    return tuple(sorted(out))


_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+$", re.I)
_PREVIOUS = r"(?:in|during|over|for)\s+the\s+previous\s+(?:reporting\s+period|period|week|report)\b"
_PREVIOUS_AFTER = re.compile(rf"[^,;.]{{0,40}}?\b{_PREVIOUS}", re.I)
_PREVIOUS_BEFORE = re.compile(rf"\b{_PREVIOUS}[^.;]{{0,60}}$", re.I)
_SINCE_IT = re.compile(r"\bsince\s+(?:it|its)\b", re.I)


def find_reported_total(
    sentences: Sequence[_Sentence], regions: Mapping[Admin1, int] | None = None
) -> int | None:
    """The single number of violations the text states; 0 for an explicit 'no violations'; else None.

    ``regions``: the text's ``find_province_totals(sentences, None)`` when the caller has it already.
    """
    body = [
        s
        for s in sentences
        if (not s.headline or _TOTAL_LINE.match(s.text) or _LABEL_TOTAL.match(s.text)) and not s.background
    ]  # "Shelling incidents by X registered: 11" on a line of its own is a digest's total, no headline
    if regions is None:
        regions = find_province_totals(sentences, None)
    for group in (body, [s for s in sentences if s.headline and s.paragraph <= 3]):
        best: tuple[int, int, int] | None = None
        day_figures: dict[str, int] = {}  # "On Saturday, seven ... On Sunday, ... five times": one per day
        for order, s in enumerate(group):
            for prio, pos, v, end in _candidates(s.text):
                dm = _DAY_OPENING.match(s.text)
                if dm is not None and prio == 0:
                    day_figures.setdefault(dm["d"].lower(), v)
                if len(regions) > 1 and _admin_after(s.text, end) is not None:
                    continue  # a figure for one region among several: a province total, not the total
                head = _REGION_HEAD.match(s.text[:pos]) if len(regions) > 1 else None
                if head is not None and find_admin1(head["g"]) is not None:
                    continue  # "Donetsk region: 4,480 ceasefire violations" beside Luhansk's line
                if len(regions) > 1 and re.match(
                    r"[\s\"“‘']*in\s+(?:the\s+)?\S+\s+(?:region|province|oblast)", s.text[:40], re.I
                ):
                    continue
                rank = (prio, order, v)
                if best is None or rank[:2] < best[:2]:
                    best = rank
        if best is not None:
            if len(day_figures) > 1:
                return None  # separate figures for several days and no overall one
            zero = next(
                (k for k, s in enumerate(group) if _NONE.search(s.text) and not _TURKISH.search(s.text)), None
            )
            if zero is not None and zero < best[1] and group[zero].paragraph < group[best[1]].paragraph:
                return (
                    0  # "not a single violation was recorded" first; "on July 26 alone, nine" recalled later
                )
            return best[2]
    if regions:
        return (
            None  # "no violations inside the disengagement area" beside regional figures is not a zero total
        )
    for s in body:
        if _NONE.search(s.text) and not _TURKISH.search(s.text):
            return 0
    return None


_DAY_OPENING = re.compile(r"\W*On\s+(?P<d>" + "|".join(WEEKDAYS) + r")\b", re.I)
_REGION_HEAD = re.compile(
    r"\W*(?P<g>[A-Z][\w'’ -]{1,30}?)\s+(?:province|governorate|region|oblast)\s*[:–—-]\s*$"
)
_LEAD_REGION = re.compile(
    r"^\W*in\s+(?:the\s+)?(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?(?P<g>"
    + admin1_regex().pattern
    + r")(?:\s+(?:province|governorate|region|oblast))?"
    r"(?:,|\s+(?=the\s|it\s|they\s|we\s|\w+\s+(?:violations|breaches|incidents|attacks)\b))",  # "In Luhansk region the SMM ..."
    re.I,
)
# "Jihadists holed up in Idlib opened fire 11 times": where the attackers sit, not where the figure belongs
_ATTACKERS_BASE = re.compile(
    r"(?:holed\s+up|based|entrenched|operating|positioned|stationed|hiding|active)\s+in\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$",
    re.I,
)
_THE_OTHER = re.compile(
    r"\W*(?:the\s+)?(?:other|remaining|rest)\b|\W*another\b"
    r"|\W*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+)?(?:were|was)\s+"
    r"(?:recorded|registered|reported|logged)\b",  # "Five were recorded in Latakia province, three in Hama"
    re.I,
)
_DASH_TOTAL: re.Pattern[str] | None = None
_HAS_DASH = re.compile(r"[–—:=-]")


def _capitalised_name(g: str) -> bool:
    """'Hama' or 'al-Dhalea' (a lower-case article before a capital), not the word 'hama'."""
    return g[:1].isupper() or bool(re.match(r"(?:al|el|ad|as|ar|an)-[A-Z]", g))


def _dash_regex() -> re.Pattern[str]:
    """'Idlib – 12, Latakia – 4': figures after province names."""
    global _DASH_TOTAL
    if _DASH_TOTAL is None:
        _DASH_TOTAL = re.compile(
            rf"(?P<g>{admin1_regex().pattern})(?:\s+(?:province|governorate|region|oblast))?\s*[–—:=-]\s*(?P<n>{_NUM})\b"
            r"(?!\s*(?:km|%|per))"
        )
    return _DASH_TOTAL


_DECOR = re.compile(r"^[\W_]{0,4}\s*|[\s.;,]+$")


_ROW_REMARK = re.compile(r"(?<=\d)(?:\s+(?:violations|breaches|attacks|times))?,\s.*$", re.S)


def _figure_line(text: str) -> tuple[Admin1, int] | None:
    """A bulleted line holding only a province and its figure: '– Aleppo: 3', '• Hama - 2 times'; a remark after
    a comma does not change the figure ('Marib - 41, mostly on the Raghwan front;')."""
    text = _ROW_REMARK.sub("", text.strip()).rstrip(" ;.")
    if len(text) > 60 or not _HAS_DASH.search(text):
        return None
    m = _dash_regex().fullmatch(_DECOR.sub("", text).removesuffix(" times").removesuffix(" violations"))
    if m is None or not m["g"][:1].isupper():
        return None
    a, n = find_admin1(m["g"]), parse_number(m["n"])
    return (a, n) if a is not None and n is not None else None


def figure_row(text: str) -> list[tuple[Admin1, int]]:
    """'– Aleppo: 3' alone, or a row of such figures between bars or bullets ('Idlib — 12 | Latakia — 7');
    [] unless every part is one."""
    parts = [p for p in re.split(r"\s[|•·]\s|\s{3,}", text) if p.strip()] if len(text) <= 300 else []
    figures = [_figure_line(p) for p in parts]
    return [f for f in figures if f is not None] if parts and all(figures) else []


_PAREN_TOTAL = None
_N_IN = None


def _regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    global _PAREN_TOTAL, _N_IN
    if _PAREN_TOTAL is None or _N_IN is None:
        g = admin1_regex().pattern
        _PAREN_TOTAL = re.compile(
            rf"(?P<g>{g})(?:\s+(?:province|governorate|region|oblast))?\s*\(\s*(?P<n>{_NUM})\s*\)", re.I
        )  # "Marib governorate (41)"
        _N_IN = re.compile(
            rf"(?<![\w,.])(?P<n>{_NUM})(?:\s+more|\s+of\s+(?:them|these|the\s+(?:incidents|violations|breaches|attacks|"
            r"shellings|cases)))?\s+(?:(?:new\s+)?(?:ceasefire\s+|shelling\s+)?(?:violations?|breaches|times|cases|"
            r"incidents|attacks|shellings)\s+)?(?:(?:were|was)\s+(?:(?:recorded|registered|logged|observed|reported)\s+)?|"
            r"(?:recorded|registered|logged)\s+|(?:took\s+place|occurred|"
            r"happened)\s+)?(?:in|on)\s+(?:the\s+)?"  # "two in Hama", "three on Latakia province"
            r"(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?"
            rf"(?P<g>{g})(?!\s+(?:de-escalation|demilitari|zone\b))(?!\s*(?:,|and|&)\s+(?:the\s+)?(?:{g}))",
            re.I,
        )
    return _PAREN_TOTAL, _N_IN


@cache
def _with_figure() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<g>{admin1_regex().pattern})(?:,\s+where\s+there\s+(?:were|was)|\s+with)\s+(?P<n>{_NUM})\b"
        r"(?!\s*(?:km|%|per|mortar|rocket|shell|people|civilians|tonnes|trucks))",
        re.I,
    )


@cache
def _adverb_in() -> re.Pattern[str]:
    """'twice in Hama' beside other provinces' figures."""
    return re.compile(
        r"\b(?P<adv>once|twice|thrice)\s+in\s+(?:the\s+)?(?:(?:province|governorate|region|oblast)\s+of\s+(?:the\s+)?)?"
        rf"(?P<g>{admin1_regex().pattern})",
        re.I,
    )


def _canonical() -> set[Admin1]:
    return set(admin1_names().values())


def find_province_totals(sentences: Sequence[_Sentence], total: int | None) -> dict[Admin1, int]:
    """Per-province figures stated ('two in Hama', 'Latakia (2)'); a total confined to one province."""
    return total_in_one_province(sentences, total, stated_province_totals(sentences))


# a capitalised noun that takes a number as its name: "Kilo 16", "Height 210", "Checkpoint 4", "Street 60"
_NAMED_BY_NUMBER = re.compile(
    r"\b(?:Kilo|Km|Point|Height|Hill|Post|Checkpoint|Block|Sector|Zone|Street|Road|Highway|Route|Gate|Camp|Base|"
    r"Station|Outpost|Mine|Building|Tower|Bridge|Square|Roundabout)\s+$"
)


def stated_province_totals(sentences: Sequence[_Sentence]) -> dict[Admin1, int]:
    """Per-province figures stated ('two in Hama', 'Latakia (2)'), whatever the reported total."""
    paren, n_in = _regexes()
    out: dict[Admin1, int] = {}
    for admin, days in province_days(sentences).items():
        out.setdefault(admin, sum(n for n, _day in days))
    bulletin: bool | None = None  # whether any line speaks of violations, asked only when needed
    context_para = -1
    turkish_rows = False  # under "The Turkish part of the commission reported 11 violations:" rows are theirs
    for s in sentences:
        if s.headline or s.background or _excluded(s.text):
            continue
        if s.text.rstrip().endswith(":"):
            turkish_rows = _TURKISH.search(s.text) is not None
        elif turkish_rows and not figure_row(s.text):
            turkish_rows = False
        for admin, n in _each_figures(s.text).items():
            out.setdefault(admin, n)
        # "Four in Donetsk. The other two in ...": a figure carried on from the paragraph's violations
        carried = context_para == s.paragraph and _THE_OTHER.match(s.text) is not None
        here = _VIOLATION_CONTEXT.search(s.text) is not None
        if here:
            context_para = s.paragraph
        if not (here or carried) or not _ANY_NUMBER.search(s.text):
            row = figure_row(s.text) if not turkish_rows else []
            if row:
                # "– Aleppo: 3" on a line of its own, "Idlib — 12 | Latakia — 7", under a heading about violations
                if bulletin is None:
                    bulletin = any(_VIOLATION_CONTEXT.search(x.text) for x in sentences)
                if bulletin:
                    for line in row:
                        out.setdefault(*line)
            continue
        hits = capitalised_admin1(s.text)
        if not hits:
            continue  # every figure below is tied to a capitalised division name
        lead = _LEAD_REGION.match(s.text)
        if lead is not None and lead["g"][:1].isupper():
            a = find_admin1(lead["g"])
            for _prio, _pos, v, _end in _candidates(s.text):
                if a is not None and _prio == 0:
                    out.setdefault(a, v)
                break
        dash = _dash_regex()
        for rx in (paren, n_in, dash):
            if (rx is paren and "(" not in s.text) or (rx is dash and not _HAS_DASH.search(s.text)):
                continue  # cheap tests for the character each form needs
            for m in rx.finditer(s.text):
                if not _capitalised_name(m["g"]) or not _clause_ok(s.text, m.start()):
                    continue
                if rx is n_in and _NAMED_BY_NUMBER.search(s.text, max(0, m.start() - 20), m.start()):
                    continue  # "shelled Kilo 16 in Hodeidah": the figure is part of a place's name
                value = parse_number(m["n"])
                a = find_admin1(m["g"])
                if value is None or a is None:
                    continue
                if (
                    rx is not paren
                    and not carried
                    and not re.search(
                        r"violat|breach|ceasefire|cease-fire|truce|times|incidents|instances|cases|attacks|shellings?|"
                        r"by\s+province|"
                        r"of\s+these|of\s+them|of\s+those|\bother\b|remaining",
                        s.text,
                        re.I,
                    )
                ):
                    continue
                out.setdefault(a, value)
        if " with " in s.text or "where there" in s.text:  # "in the provinces of Idlib, where there were
            for m in _with_figure().finditer(s.text):  # eight, Latakia with six"
                a, value = find_admin1(m["g"]), parse_number(m["n"])
                if a is not None and value is not None and m["g"][:1].isupper():
                    out.setdefault(a, value)
        if re.search(r"(?:once|twice|thrice)\s+in\s", s.text, re.I) and n_in.search(s.text):
            # "nine times in Latakia, four times in Aleppo and twice in Hama"
            for m in _adverb_in().finditer(s.text):
                a = find_admin1(m["g"])
                if a is not None and m["g"][:1].isupper() and _clause_ok(s.text, m.start()):
                    out.setdefault(a, _ADVERBS[m["adv"].lower()])
    # A garbled province among province figures ("... Lattakia (four) and ham (four)"): a unique prefix.
    if out:
        countries = {a.country for a in out}
        for s in sentences:
            if s.headline or s.background or not re.search(r"\bprovinces\s+of\b", s.text, re.I):
                continue
            for m in _GARBLED.finditer(s.text):
                if find_admin1(m[1]) is not None or not _clause_ok(s.text, m.start()):
                    continue
                cands = {
                    a
                    for a in _canonical()
                    if a.country in countries and a.name.lower().startswith(m[1].lower())
                }
                figure = parse_number(m[2])
                if len(cands) == 1 and figure is not None:
                    out.setdefault(cands.pop(), figure)
    return out


_NATIONWIDE = re.compile(
    r"\b(?:across|throughout|all\s+over)\s+(?:Syria|Ukraine|Yemen|Libya|the\s+country|the\s+LoC)\b|\bnationwide\b",
    re.I,
)


def total_in_one_province(
    sentences: Sequence[_Sentence], total: int | None, stated: dict[Admin1, int]
) -> dict[Admin1, int]:
    """``stated`` (from ``stated_province_totals``), or a total whose sentence names a single province."""
    out = dict(stated)
    if total and not out:
        for s in sentences:
            if s.headline or s.background:
                continue
            if _NATIONWIDE.search(s.text):
                continue  # "breaches across Syria stood at 24": the country's figure, whatever else it names
            for prio, _pos, v, _end in _candidates(s.text):
                if v != total or prio > 1:
                    continue
                # the city a story was filed from is not its setting
                text = _ZONE_NAME.sub(" ", s.text[dateline_end(s.text) :])
                if any(division_hits(p) for p in _PAREN_REGION.findall(text)):
                    continue  # "hitting A and B (Luhansk region)": the places' province, not the total's
                hits = {m.start() for m, _a in division_hits(text)}  # not "Stanytsia Luhanska", a town
                found = {
                    find_admin1(m.group())
                    for m in admin1_regex().finditer(text)
                    if m.group()[:1].isupper()
                    and (m.start() in hits or not m.group().endswith("ska"))
                    and not _ATTACKERS_BASE.search(text, max(0, m.start() - 30), m.start())
                }
                found.discard(None)
                if len(found) == 1:
                    a = found.pop()
                    assert a is not None
                    out[a] = total
                    return out
    return out
