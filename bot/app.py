"""Builds the Telegram Application and runs it: ``build_application`` and ``run_bot``.

The Application has no PTB ``Updater``: ``bot/polling.py`` polls Telegram
itself so that every update is journalled before it is confirmed (nothing lost
in a crash). ``serve`` is the whole life cycle, used by ``run_bot`` and by the
tests alike: initialize, post_init (opens the store), start (job queue), poll
until asked to stop, then stop, post_stop, shutdown, post_shutdown (closes it).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import signal
import sqlite3
import sys
from types import ModuleType
from typing import Any

from telegram import BotCommand
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.logging_setup import install_redaction, setup_logging
from bot.polling import POLL_TIMEOUT, FatalPollingError, Poller
from bot.ratelimit import BotLimiter
from bot.settings import Settings, SettingsError
from handlers import ahead, errors, help, ingest, manage, questions
from handlers.common import SETTINGS, STORE
from storage.journal import Journal
from storage.migrate import MigrationError
from storage.store import Store

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]
OWNS_STORE = "owns_store"
# Feature modules written elsewhere that plug in when present. Each exports
# ``register(application)`` (adding its handlers) and ``COMMANDS`` [(name, description)].
OPTIONAL_FEATURES = ("handlers.subscriptions",)


class StartupError(RuntimeError):
    """The bot cannot start (e.g. the database cannot be opened); the message says why, in one line."""


def _optional_features() -> list[ModuleType]:
    found = []
    for name in OPTIONAL_FEATURES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def build_application(settings: Settings, store: Store | None = None) -> App:
    """The bot, from settings. With ``store`` given the caller owns it (tests); else post_init opens one."""
    token = settings.require_token()
    install_redaction(token)
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.api_base_file_url)
        .updater(None)  # bot/polling.py journals updates before confirming them
        .rate_limiter(BotLimiter())  # 429s and groups' 20/minute; broadcasts paced (bot/ratelimit.py)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data[SETTINGS] = settings
    if store is not None:
        application.bot_data[STORE] = store
        application.bot_data[OWNS_STORE] = False
    features = _optional_features()
    commands = help.COMMANDS + [c for f in features for c in getattr(f, "COMMANDS", [])] + help.ADMIN_COMMANDS
    application.bot_data[help.COMMANDS_KEY] = commands

    # Handler order matters: within group 0 the first matching handler wins.
    only_new = filters.UpdateType.MESSAGE  # commands are not re-run when their message is edited
    # 1. Commands. CommandHandler also accepts "/cmd@ThisBot" (and ignores "/cmd@OtherBot").
    application.add_handler(CommandHandler(["start"], help.start, filters=only_new))
    application.add_handler(CommandHandler(["help"], help.help_command, filters=only_new))
    application.add_handler(CommandHandler(["violations"], questions.violations, filters=only_new))
    application.add_handler(CommandHandler(["incidents"], questions.incidents, filters=only_new))
    application.add_handler(CommandHandler(["add"], ingest.on_add, filters=only_new))
    application.add_handler(CommandHandler(["undo"], manage.undo, filters=only_new))
    application.add_handler(CommandHandler(["stats"], manage.stats, filters=only_new))
    application.add_handler(CommandHandler(["delete"], manage.delete, filters=only_new))
    # 2. Other features (daily summaries...) add their commands and buttons here, before the catch-alls.
    for feature in features:
        feature.register(application)
    # 3. Commands nobody claimed: a pointer to /help (private chats only).
    application.add_handler(MessageHandler(filters.COMMAND & only_new, help.unknown_command))
    # 4. Edits re-extract the article the message carried.
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, ingest.on_edit))
    # 5. Everything else a user sends is an article candidate: text, captions, documents.
    application.add_handler(MessageHandler(only_new & ~filters.COMMAND, ingest.on_message))
    # 6. Button presses no feature claimed.
    application.add_handler(CallbackQueryHandler(help.stale_button))
    # Errors: logged with traceback; the user gets one short sentence.
    application.add_error_handler(errors.on_error)
    return application


async def _post_init(application: App) -> None:
    """Open the store (unless the caller gave one) and set the command menu."""
    settings: Settings = application.bot_data[SETTINGS]
    if STORE not in application.bot_data:
        try:
            application.bot_data[STORE] = await Store.open(settings.db_path)
        except (OSError, sqlite3.Error, MigrationError) as exc:
            raise StartupError(f"cannot open the database {settings.db_path}: {exc}") from exc
        application.bot_data[OWNS_STORE] = True
    if settings.contributors is None:
        log.warning("TRUCEWATCH_CONTRIBUTORS is not set: anyone who can message the bot may add articles")
    commands = [
        BotCommand(name, description[:256]) for name, description in application.bot_data[help.COMMANDS_KEY]
    ]
    try:
        await application.bot.set_my_commands(commands)
    except TelegramError as exc:  # a missing menu is no reason not to run
        log.warning("could not set the command menu: %s", exc)
    log.info("bot @%s ready; database %s", application.bot.username, settings.db_path)


async def _post_shutdown(application: App) -> None:
    store = application.bot_data.get(STORE)
    if store is not None and application.bot_data.get(OWNS_STORE):
        await store.close()
        application.bot_data.pop(STORE, None)


async def _initialize(application: App, stop: asyncio.Event) -> None:
    """``Application.initialize`` (getMe), retried while Telegram is unreachable."""
    delay = 0.5
    while True:
        try:
            await application.initialize()
            return
        except InvalidToken:
            raise
        except NetworkError as exc:
            if stop.is_set():
                raise
            log.warning("cannot reach Telegram (%s); retrying in %.0fs", exc, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, 30.0)


async def serve(application: App, stop: asyncio.Event, *, poll_timeout: int = POLL_TIMEOUT) -> None:
    """Run the bot until ``stop`` is set: the full PTB life cycle around our polling loop."""
    await _initialize(application, stop)
    try:
        if application.post_init:
            await application.post_init(application)
        await application.start()
        try:
            poller = Poller(
                application,
                Journal(application.bot_data[STORE]),
                poll_timeout=poll_timeout,
                # Runs of forwarded articles are stored ahead of their replies (handlers/ahead.py).
                prepare=ahead.Ahead(application),
            )
            await poller.run(stop)
        finally:
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def run_bot(settings: Settings) -> int:
    """``trucewatch run``: the bot until SIGINT/SIGTERM.

    Exit codes: 0 stopped, 1 Telegram refused the bot, 2 bad configuration (missing/malformed token).
    """
    try:
        token = settings.require_token()
    except SettingsError as exc:
        print(f"trucewatch: {exc}", file=sys.stderr)
        return 2
    setup_logging(token)
    try:
        application = build_application(settings)
    except SettingsError as exc:
        print(f"trucewatch: {exc}", file=sys.stderr)
        return 2
    return asyncio.run(_run(application))


async def _run(application: App) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await serve(application, stop)
    except InvalidToken:
        print("trucewatch: Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?)", file=sys.stderr)
        return 2
    except (FatalPollingError, StartupError) as exc:
        log.error("%s", exc)
        # Telegram's (or a proxy's) words can quote the request URL, token included: redact them here too.
        print(f"trucewatch: {install_redaction(None).redact(str(exc))}", file=sys.stderr)
        # aiosqlite's worker thread reports a failed connect to the loop a moment later;
        # closing the loop before that prints a thread traceback.
        await asyncio.sleep(0.1)
        return 1
    except Exception as exc:
        # Logged through the redacting handler, never as a raw traceback on stderr.
        log.critical("the bot stopped after an unexpected error", exc_info=exc)
        print(
            f"trucewatch: the bot stopped after an unexpected error ({type(exc).__name__}); see the log",
            file=sys.stderr,
        )
        return 1
    log.info("stopped")
    return 0
