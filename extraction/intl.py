"""Rules for non-English articles: Russian, Ukrainian, Arabic, French, Portuguese, Spanish, German.

One pass over the sentences that speak of attacks (plus a sentence that only
continues the list of the one before). Each is classified word by word
(``extraction.intl_tokens``, from the per-language data file), its place
lists are read with one grammar for every language (``extraction.intl_lists``),
and its province totals are paired clause by clause here ("в провинции Идлиб
— 11", "6 في محافظة دمشق", "Hama - три, Латакия - одно"). Figures of the
Turkish side, recalled earlier events and other articles' headlines are left
out.

The day of each sentence is its own explicit day or weekday, else that of the
sentence before, else the day the statement was made ("сообщил в четверг",
resolved against the article's date), else the article's date, else the
forward's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from extraction import intl_dates, intl_kinds
from extraction.intl_lexicon import Lexicon, lexicon
from extraction.intl_lists import LOCATIVE, NEUTRAL, ListReader
from extraction.intl_reporters import find_reporter_intl, is_truce_monitor
from extraction.intl_tokens import Item, classify, has_each, split_sentences
from extraction.model import VIOLATION, Extraction, Incident
from extraction.places import Admin1, find_admin1, fold, place_key

_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
MAX_TEXT_CHARS = 200_000  # as extraction.article: no bulletin is longer
MAX_SENTENCE_CHARS = 3000  # a longer "sentence" is a table or garbage: read its start only


@dataclass
class _Found:
    name: str
    admin: Admin1 | None
    count: int
    day: date
    strong: bool = True  # the province comes from the text around the place itself
    kind: str = VIOLATION
    killed: int | None = None
    injured: int | None = None


def _clean(text: str) -> str:
    return _INVISIBLE.sub("", text).translate(_DIGITS)


def _totals(items: list[Item], lex: Lexicon, turkish: bool) -> dict[str, tuple[Admin1, int]]:
    """Province totals stated in one sentence: canonical name -> (division, figure)."""
    found: dict[str, tuple[Admin1, int]] = {}
    clauses: list[list[Item]] = [[]]
    for it in items:
        if (it.kind == "sep" and it.text in ",;،؛") or (it.kind == "dash" and it.text == ":"):
            clauses.append([])
        else:
            clauses[-1].append(it)
    pending: int | None = None
    last_value: int | None = None
    for clause in clauses:
        text = " ".join(i.text for i in clause)
        if turkish and lex.turkish.search(text.lower()):
            pending = None
            continue
        counts: list[int] = []
        for i, it in enumerate(clause):
            if it.kind == "num" and "unit" not in it.flags:
                if "article" in it.flags and not _near_admin(clause, i):
                    continue
                value = last_value if "same" in it.flags else it.value
                if value is not None and value > 0:
                    counts.append(value)
                    last_value = value
        provs = [
            it.admin
            for i, it in enumerate(clause)
            if it.kind in ("admin", "marker")
            and it.admin is not None
            and "closes_list" not in it.flags
            and not _in_zone(clause, i, lex)
        ]
        if not provs:
            pending = counts[0] if len(counts) == 1 else None
            continue
        if not counts and pending is not None:
            counts = [pending]
        pending = None
        if len(counts) == len(provs):
            pairs = list(zip(provs, counts, strict=True))
        elif len(counts) == 1 and len(provs) > 1 and has_each(text):
            pairs = [(p, counts[0]) for p in provs]
        elif len(counts) == 1 and len(provs) > 1 and counts[0] == len(provs):
            pairs = [(p, 1) for p in provs]
        else:
            pairs = []
        for a1, n in pairs:
            if a1.name not in found or found[a1.name][1] < n:
                found[a1.name] = (a1, n)
    return found


def _in_zone(clause: list[Item], i: int, lex: Lexicon) -> bool:
    """'zona de distensión de Idlib', 'Deeskalationszone Idlib': a zone named after a province is not it."""
    before = [it for it in clause[max(0, i - 4) : i] if it.kind not in NEUTRAL]
    return bool(before) and lex.is_("zone", before[-1].text.lower())


def _near_admin(clause: list[Item], i: int) -> bool:
    """An article-like 'une'/'um' is a figure when a province follows closely ('et une à Hama')."""
    following = [it for it in clause[i + 1 : i + 6] if it.kind not in NEUTRAL]
    return bool(following) and following[0].kind in ("admin", "marker")


def _sentence_total(items: list[Item], lex: Lexicon) -> int | None:
    """The violation total a sentence states ('28 обстрелов', 'violé cinq fois', '17 раз нарушили')."""
    for i, it in enumerate(items):
        if it.kind == "num" and "unit" not in it.flags and "article" not in it.flags:
            if "noun" in it.flags:
                return it.value
            nxt = [x for x in items[i + 1 : i + 3] if x.kind not in NEUTRAL]
            if nxt and nxt[0].kind == "word" and "noun" in nxt[0].flags:
                return it.value
        if it.kind == "count" and "place_count" not in it.flags:
            window = items[max(0, i - 3) : i + 4]
            if any(x.kind in ("word", "intro") and {"verb", "fire"} & x.flags for x in window):
                return it.value  # "17 раз нарушили", "14 раз обстреляли территорию ЛНР"
    return None


def _reference(published: date | None, received: datetime | None) -> date | None:
    if published is not None:
        return published
    return received.date() if received is not None else None


def extract(text: str, language: str, received: datetime | None, learned: Mapping[str, str]) -> Extraction:
    """Extract incidents from an article in ``language`` (ISO 639-1; see ``extraction.language``)."""
    lex = lexicon(language if language in ("ru", "uk", "ar", "fr", "pt", "es", "de") else "fr")
    text = _clean(text[:MAX_TEXT_CHARS])
    received_day = received.date() if received is not None else None
    published = intl_dates.find_published(text, lex, received_day)
    ref = _reference(published, received)
    sentences = split_sentences(text)
    stated_on = _statement_day(sentences, lex, ref) or ref
    day = stated_on or datetime.now(UTC).date()
    lowered = text.lower()
    kinds = intl_kinds.rules(lex.lang)
    has_turkish = bool(lex.turkish.search(lowered))
    region: Admin1 | None = None
    if lex.dpr.search(lowered):
        region = find_admin1("Donetsk")
    elif lex.lpr.search(lowered):
        region = find_admin1("Luhansk")
    reporter = find_reporter_intl(text)
    # Reports from the DPR/LPR or a truce monitor speak of the truce even when they do not name it
    # ("ВСУ 14 раз обстреляли").
    ceasefire = region is not None or is_truce_monitor(reporter) or bool(kinds.ceasefire.search(lowered))

    found: list[_Found] = []
    totals: dict[str, tuple[Admin1, int, date]] = {}
    total_candidates: list[tuple[int, int, int]] = []  # (priority, order, value)
    previous_trigger = skip_next = False
    carried: Admin1 | None = None  # the one province the previous sentence spoke of
    for sentence in sentences:
        sentence = sentence[:MAX_SENTENCE_CHARS]
        low = sentence.lower()
        opening = low.lstrip(" \"'«»“„*-—–•>[(")
        if skip_next or lex.read_more.search(opening) or lex.background.search(opening):
            skip_next = bool(lex.read_more.search(opening)) and len(opening) < 40
            previous_trigger = False
            continue
        triggered = bool(lex.trigger.search(low))
        zero = bool(lex.zero.search(low))
        other = kinds.mentions_incident(low)
        if not triggered and not zero and not previous_trigger and not other:
            continue
        items = classify(sentence, lex)
        if not triggered and not zero and not other:
            # "В провинции Хама - Телль-Марак, ..." continues the list of the sentence before
            first = next((it.kind for it in items if it.kind not in NEUTRAL), "")
            previous_trigger = False
            if first not in ("marker", "prov_pl", "intro", "district_pl", "district_sg"):
                continue
        previous_trigger = triggered
        words = [it.text.lower() for it in items if it.kind in ("word", "glue", "intro")]
        when = intl_dates.sentence_date(sentence, words, lex, ref)
        if when is not None:
            day = when
        turkish = bool(lex.turkish.search(low))
        russian = bool(lex.russian_side.search(low))
        if turkish and not russian:
            continue
        kind = VIOLATION if zero else intl_kinds.sentence_kind(low, kinds, ceasefire)
        if kind != VIOLATION:
            killed, injured = intl_kinds.casualties(low, kinds, lex)
            found.extend(_other_incidents(items, kinds, kind, day, carried, (killed, injured)))
            previous_trigger = False
            continue
        for grp, admin, strong in ListReader(items).read():  # first: it marks the figures it uses
            for e in grp.entries:
                own = e.admin if e.admin is not None else admin or carried
                found.append(_Found(e.name, own, e.count, day, strong or e.admin is not None))
        named = {it.admin.name: it.admin for it in items if it.kind in ("marker", "admin") and it.admin}
        if named:  # "обстрелы в провинции Латакия. Под огнем оказались A и B": A and B are there
            carried = next(iter(named.values())) if len(named) == 1 else None
        total = _sentence_total(
            [it for it in items if not (turkish and _in_turkish_clause(items, it, lex))], lex
        )
        if total is None and zero:
            total = 0
        if total is not None:
            total_candidates.append((0 if (russian or not has_turkish) else 1, len(total_candidates), total))
        for a1_name, (a1, n) in _totals(items, lex, turkish).items():
            if a1_name not in totals or totals[a1_name][1] < n:
                totals[a1_name] = (a1, n, day)

    ranked = sorted(total_candidates)
    reported = ranked[0][2] if ranked else None
    if reported == 0 and (found or totals):
        reported = next((v for _, _, v in ranked if v > 0), None)  # "none by the other side" beside real ones
    incidents = _assemble(found, totals, learned, region, reported, day)
    return Extraction(
        published=published,
        reporter=reporter,
        reported_total=reported,
        incidents=tuple(incidents),
        language=language,
        statement_date=stated_on,
    )


def _other_incidents(
    items: list[Item],
    kinds: intl_kinds.KindRules,
    kind: str,
    day: date,
    carried: Admin1 | None,
    toll: tuple[int | None, int | None],
) -> list[_Found]:
    """Places of an explosion, airstrike, clash or attack: its lists, else "в <town>", else its provinces.

    Capitalised incident words ("Explosion", "Autobombe") are not places. The
    dead and wounded go to the place when the sentence names only one.
    """
    items = [it for it in items if not (it.kind == "name" and kinds.mentions_incident(it.text.lower()))]
    provinces = [it.admin for it in items if it.kind in ("admin", "marker") and it.admin is not None]
    out: list[_Found] = []
    for grp, admin, _strong in ListReader(items).read():
        for e in grp.entries:
            if not e.is_admin:
                out.append(_Found(e.name, e.admin or admin or carried, e.count, day, kind=kind))
    if not out:
        for i, it in enumerate(items):
            before = items[i - 1] if i > 0 else None
            if it.kind == "name" and before is not None and before.text.lower() in LOCATIVE:
                later = next(
                    (a for j, a in enumerate(items) if j > i and a.kind in ("admin", "marker")), None
                )
                admin = later.admin if later is not None else carried
                out.append(_Found(it.text, admin, 1, day, kind=kind))
    if not out:
        out = [_Found("", a, 1, day, kind=kind) for a in dict.fromkeys(provinces)]
    if len(out) == 1:
        out[0].killed, out[0].injured = toll
    return out


def _statement_day(sentences: list[str], lex: Lexicon, ref: date | None) -> date | None:
    """The weekday the statement was made on ("сообщил в четверг", "informou no sábado"), resolved.

    It dates every incident that its own sentence does not date, including
    those listed before the sentence that names the day.
    """
    if ref is None:
        return None
    for sentence in sentences:
        low = sentence[:MAX_SENTENCE_CHARS].lower()
        if not lex.any_weekday.search(low) or not (lex.trigger.search(low) or lex.report.search(low)):
            continue
        if intl_dates.explicit_dates(low, lex, ref):
            continue  # "У понеділок, 17 серпня": the explicit day is read with its sentence
        for word in re.findall(r"[^\W\d_][\w'’-]*", low):
            weekday = lex.weekday(word)
            if weekday is not None:
                return intl_dates.weekday_on_or_before(ref, weekday)
    return None


def _in_turkish_clause(items: list[Item], target: Item, lex: Lexicon) -> bool:
    """Whether ``target`` sits in a comma-separated clause that names the Turkish side."""
    clause: list[Item] = []
    hit = False
    for it in [*items, Item("sep", ",")]:
        if it.kind == "sep" and it.text in ",;،؛":
            if hit:
                return any(lex.turkish.search(x.text.lower()) for x in clause)
            clause = []
            continue
        clause.append(it)
        if it is target:
            hit = True
    return False


def _assemble(
    found: list[_Found],
    totals: dict[str, tuple[Admin1, int, date]],
    learned: Mapping[str, str],
    region: Admin1 | None,
    reported: int | None,
    last_day: date,
) -> list[Incident]:
    """Merge mentions of one place (largest count wins), then add what province totals leave over."""
    other_kinds = [f for f in found if f.kind != VIOLATION]
    found = [f for f in found if f.kind == VIOLATION]
    merged: dict[tuple[str, str | None], _Found] = {}
    strong_names = {fold(f.name) for f in found if f.strong and f.admin is not None}
    found = [f for f in found if f.strong or fold(f.name) not in strong_names]
    for f in found:
        admin = f.admin
        if admin is None:
            known = learned.get(place_key(f.name))
            admin = find_admin1(known) if known else region
        key = (fold(f.name), admin.name if admin else None)
        if key in merged:
            merged[key].count = max(merged[key].count, f.count)
        else:
            merged[key] = _Found(f.name, admin, f.count, f.day)
    for (name, province), f in list(merged.items()):
        if province is None and any(k[0] == name and k[1] is not None for k in merged):
            other = next(v for k, v in merged.items() if k[0] == name and k[1] is not None)
            other.count = max(other.count, f.count)
            del merged[(name, province)]
    incidents = [
        Incident(VIOLATION, f.name, f.admin.name if f.admin else None, f.admin.country if f.admin else None,
                 f.count, f.day)
        for f in merged.values()
    ]  # fmt: skip
    if not totals and region is not None and reported:
        totals = {region.name: (region, reported, last_day)}
    if reported and totals:
        # "4 violations in the Idlib zone" above places in three provinces that make up those 4
        for name, (_, n, _) in list(totals.items()):
            others = sum(m for k, (_, m, _) in totals.items() if k != name)
            others += sum(i.count for i in incidents if i.admin1 not in (None, name))
            if n == reported and others >= reported:
                del totals[name]
    for name, (a1, n, when) in totals.items():
        listed = sum(i.count for i in incidents if i.admin1 == name)
        if n > listed:
            incidents.append(Incident(VIOLATION, None, a1.name, a1.country, n - listed, when))
    return incidents + _assemble_others(other_kinds, learned, region)


def _assemble_others(
    found: list[_Found], learned: Mapping[str, str], region: Admin1 | None
) -> list[Incident]:
    """One incident per kind, place and day; a place repeated in one article keeps its largest figures."""
    merged: dict[tuple[str, str, str | None, date], _Found] = {}
    for f in found:
        admin = f.admin
        if admin is None and f.name:
            known = learned.get(place_key(f.name))
            admin = find_admin1(known) if known else region
        key = (f.kind, fold(f.name), admin.name if admin else None, f.day)
        if key in merged:
            m = merged[key]
            m.count = max(m.count, f.count)
            m.killed = _larger(m.killed, f.killed)
            m.injured = _larger(m.injured, f.injured)
        else:
            merged[key] = _Found(
                f.name, admin, f.count, f.day, kind=f.kind, killed=f.killed, injured=f.injured
            )
    return [
        Incident(f.kind, f.name or None, f.admin.name if f.admin else None, f.admin.country if f.admin else None,
                 f.count, f.day, f.killed, f.injured)
        for f in merged.values()
        if f.name or f.admin is not None
    ]  # fmt: skip


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
