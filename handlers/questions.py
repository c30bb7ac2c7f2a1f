"""Questions: ``/violations [place] [period]`` and ``/incidents [place] [period]``."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from extraction.model import VIOLATION, QuestionError
from extraction.question import parse_question
from handlers.common import get_settings, get_store, reply_html, today
from handlers.render import esc, fmt_range, render_answer

EXAMPLE = "/violations latakia last week"


def _words(text: str | None) -> str:
    """The words after the command (``/violations@Bot latakia`` -> ``latakia``)."""
    return (text or "").partition(" ")[2].strip()


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, kind: str | None) -> None:
    message = update.effective_message
    if message is None:
        return
    settings = get_settings(context)
    store = get_store(context)
    words = _words(message.text)
    try:
        question = parse_question(words, today(settings), kind)
    except QuestionError as exc:
        await reply_html(message, esc(str(exc)))
        return
    place = question.place
    place_name: str | None = None
    if place is not None and place.level == "location":
        known = await store.known_location(place.key)
        if known is None:
            await reply_html(
                message,
                f"No stored report names <i>{esc(place.name)}</i> yet. Ask about a province or a town "
                f"from a stored article, e.g. <code>{EXAMPLE}</code>.",
            )
            return
        place_name = known
    answer = await store.answer(question)
    text = render_answer(answer, place_name=place_name)
    if answer.total == 0:
        period = await store.period()  # two index probes, not Store.stats()'s sum of every violation
        if period.first_day and period.last_day:
            hint = period.last_day.strftime("%B %Y").lower()
            text += (
                f"\nStored reports cover {fmt_range(period.first_day, period.last_day)}; try e.g. “{hint}”."
            )
        else:
            text += "\nNothing is stored yet: forward me a bulletin first."
    await reply_html(message, text)


async def violations(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/violations [place] [period]: ceasefire violations."""
    await answer_question(update, context, VIOLATION)


async def incidents(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/incidents [place] [period]: every kind of incident."""
    await answer_question(update, context, None)
