"""A daily summary as Telegram HTML, built from the same pieces as ``/violations`` answers.

Pure functions over a ``storage.subscriptions.Digest``. Every place, province
and outlet name goes through ``esc``; no tag spans a line break, so the text
can be split below 4096 characters on line boundaries like any answer.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from extraction.model import VIOLATION, PlaceFilter
from handlers.render import esc, fmt_day, fmt_range, kind_count, plural, report_line
from storage.subscriptions import BASELINE_DAYS, Digest

# A summary is read in a group chat: beyond these, the rest is one "… N more" line (/violations lists all).
PLACES_SHOWN = 20  # per province
DAYS_SHOWN = 31  # the latest days
REPORTS_SHOWN = 30  # the latest reports


def fmt_moment(moment: datetime) -> str:
    """'26 Nov 2026, 08:00' in the moment's own zone."""
    return f"{fmt_day(moment.date())}, {moment:%H:%M}"


def fmt_time(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def place_label(place: PlaceFilter | None) -> str:
    return esc(place.name) if place else "all places"


def render_change(digest: Digest) -> str | None:
    """'Compared with the 7 days before (2–8 Apr 2019: 3.0 a day): +5.0 a day (+167%).'"""
    if digest.baseline_start is None or not digest.days:
        return None
    days = len(digest.days)
    per_day = digest.total / days
    average = digest.baseline_average
    before = fmt_range(digest.baseline_start, digest.days[0].day - timedelta(days=1))
    head = f"Compared with the {BASELINE_DAYS} days before ({before}: {average:.1f} a day)"
    now = "" if days == 1 else f"{per_day:.1f} a day over {days} days, "
    if average == 0:
        return f"{head}: {now}none were reported then."
    change = per_day - average
    sign = "+" if change >= 0 else "−"
    percent = abs(round(100 * change / average))
    return f"{head}: {now}{sign}{abs(change):.1f} a day ({sign}{percent}%)."


def render_summary(digest: Digest, since: datetime, zone_name: str) -> str:
    """The whole summary; ``since`` (in the chat's zone) is when the period it covers began."""
    title = f"<b>Daily summary</b> · {place_label(digest.place)}"
    since_text = f"since {fmt_moment(since)} ({esc(zone_name)})"
    if digest.empty:
        return f"{title}: no new reports {since_text}."
    named = sum(1 for g in digest.provinces for p in g.places if p.location)
    head = f"{kind_count(digest.total, VIOLATION)}"
    if named:
        head += f" at {plural(named, 'place')}"
    first, last = digest.days[0].day, digest.days[-1].day
    head += f", {fmt_range(first, last)} ({plural(len(digest.reports), 'report')})"
    lines = [title, f"Reports stored {since_text}: {head}"]
    change = render_change(digest)
    if change:
        lines.append(esc(change))
    for group in digest.provinces:
        lines.append("")
        lines.append(f"<b>{esc(group.admin1 or 'Province not named')} — {group.count}</b>")
        shown = group.places[:PLACES_SHOWN]
        for p in shown:
            name = esc(p.location) if p.location else "(no places named)"
            lines.append(f"• {name} — {p.count}")
        if len(group.places) > len(shown):
            rest = group.places[len(shown) :]
            lines.append(f"• … {plural(len(rest), 'more place')} — {sum(p.count for p in rest)}")
    if len(digest.days) > 1:
        lines.append("")
        lines.append("<b>By day</b>")
        earlier = digest.days[:-DAYS_SHOWN]
        if earlier:
            lines.append(f"• … {plural(len(earlier), 'earlier day')} — {sum(d.count for d in earlier)}")
        lines += [f"• {fmt_day(d.day)} — {d.count}" for d in digest.days[-DAYS_SHOWN:]]
    if digest.reports:
        lines.append("")
        lines.append("<b>Reports</b>")
        earlier_reports = len(digest.reports) - REPORTS_SHOWN
        if earlier_reports > 0:
            lines.append(f"• … {plural(earlier_reports, 'earlier report')} (/violations lists them all)")
        lines += [report_line(r) for r in digest.reports[-REPORTS_SHOWN:]]
    return "\n".join(lines)
