"""/start and /help: what the bot does, in a few lines, with examples; every command listed."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from handlers.common import reply_html
from handlers.render import esc

COMMANDS_KEY = "commands"  # bot_data: [(command, description)] of every registered feature

# The core commands, in menu order (bot/app.py adds other features' commands after these).
COMMANDS: list[tuple[str, str]] = [
    ("violations", "Ceasefire violations: /violations latakia last week"),
    ("incidents", "All incidents: /incidents aleppo april 2019"),
    ("add", "Reply /add to a message to add the article in it"),
    ("undo", "Remove the last article you added"),
    ("stats", "How much is stored and which days it covers"),
    ("help", "How to use this bot"),
]
ADMIN_COMMANDS: list[tuple[str, str]] = [
    ("delete", "Admins: /delete 12 removes article #12"),
]

INTRO = (
    "<b>Truce Watch</b> counts ceasefire violations and armed incidents in news bulletins.\n"
    "Forward me a channel post or paste an article: I store every incident (place, province, "
    "how many times, which day, who reported it) and tell you what I found. "
    "Then ask, for example:\n"
    "<code>/violations latakia last week</code>\n"
    "<code>/violations jurin april 2019</code>\n"
    "<code>/incidents idlib past 30 days</code>\n"
    "Periods: today, yesterday, this/last week, past N days, in April 2019, since 1 May, "
    "from 1 to 7 April 2019. With no period: the last 7 days."
)


def help_text(commands: list[tuple[str, str]]) -> str:
    lines = [INTRO, "", "<b>Commands</b>"]
    lines += [f"/{name} — {esc(description)}" for name, description in commands]
    lines.append("")
    lines.append(
        "In groups, Telegram shows me only commands and replies to me: reply /add to an article there."
    )
    return "\n".join(lines)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: the same text as /help."""
    await help_command(update, context)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: a few lines with examples and every command."""
    message = update.effective_message
    if message is None:
        return
    commands = context.bot_data.get(COMMANDS_KEY) or COMMANDS + ADMIN_COMMANDS
    await reply_html(message, help_text(commands))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command nobody handles: point to /help in private chats; stay quiet in groups."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return
    await reply_html(message, "I don't know that command. /help lists what I can do.")


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press no feature claims (e.g. under an old message): acknowledge it so it stops spinning."""
    query = update.callback_query
    if query is not None:
        await query.answer("This button is no longer active.")
