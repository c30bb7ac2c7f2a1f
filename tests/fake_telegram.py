"""A small fake Telegram Bot API server for end-to-end tests over real HTTP.

It listens on 127.0.0.1 (random port), speaks the Bot API methods the bot
calls, records every call, and rejects what Telegram rejects: texts over 4096
characters, empty texts, and HTML that Telegram cannot parse.  It can inject
faults (429 with ``retry_after``, 500, 502, delays) per method, and builds
updates shaped like Telegram's (forwarded channel posts, pasted texts,
commands, callback queries, edits, documents).

Usage (inside an async test)::

    async with FakeTelegram() as tg:
        env = {"TELEGRAM_API_BASE_URL": tg.base_url, "TELEGRAM_BOT_TOKEN": tg.token}
        tg.forward_channel_post(text=SEED, channel_title="Sputnik")
        reply = await tg.wait_for_message(chat_id=tg.user_id)
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from typing import Any

from aiohttp import web

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
BOT_ID = 123456789
BOT_USERNAME = "TruceWatchBot"
MAX_TEXT = 4096
MAX_DOWNLOAD = 20 * 1024 * 1024

# Tags Telegram's HTML parse mode accepts (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))?)*)\s*>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
# Parameters that are plain strings even when they look like JSON ("123", "true").
_STRING_PARAMS = {"text", "caption", "parse_mode", "callback_query_id", "file_id", "description", "url"}


class EntityParseError(ValueError):
    """The HTML would be refused by Telegram with "can't parse entities"."""


def parse_html(text: str) -> str:
    """Validate Telegram-HTML like Telegram does and return the visible text."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m:
                raise EntityParseError(f"Unsupported start tag at byte offset {i}")
            closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
            if name not in ALLOWED_TAGS:
                raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {i}')
            if "&" in attrs:
                for amp in re.finditer("&", attrs):
                    if not _ENTITY.match(attrs, amp.start()):
                        raise EntityParseError(f"Unescaped & in attribute at byte offset {i}")
            if closing:
                if not stack or stack[-1] != name:
                    raise EntityParseError(f'Unmatched end tag "</{name}>" at byte offset {i}')
                stack.pop()
            else:
                if name == "a" and "href" not in attrs:
                    raise EntityParseError(f"Can't find href in <a> at byte offset {i}")
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                raise EntityParseError(f"Unsupported HTML entity or unescaped & at byte offset {i}")
            out.append(unescape(m.group(0)))
            i = m.end()
        else:
            out.append(ch)
            i += 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def utf16_len(text: str) -> int:
    """Telegram measures message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class TelegramError(Exception):
    """Raised inside a method implementation: becomes an ``ok: false`` response."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass
class Fault:
    """One forced response for a method: an HTTP error and/or a delay before answering."""

    status: int | None = None  # None: answer normally (after the delay)
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200  # 0 while the request is still being answered
    result: Any = None


@dataclass
class StoredFile:
    file_id: str
    path: str
    content: bytes
    size: int


@dataclass
class FakeTelegram:
    """The server and its recorded state; use as ``async with FakeTelegram() as tg``."""

    token: str = TOKEN
    max_poll_wait: float = 1.0  # long polls are honoured, but never longer than this
    bot_username: str = BOT_USERNAME
    user_id: int = 1001  # the default user who sends updates
    group_id: int = -1001234567890
    calls: list[Call] = field(default_factory=list)
    commands: list[dict[str, Any]] = field(default_factory=list)
    chat_admins: dict[int, set[int]] = field(default_factory=dict)
    faults: dict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    pending: list[dict[str, Any]] = field(default_factory=list)
    confirmed_offset: int = 0
    files: dict[str, StoredFile] = field(default_factory=dict)
    port: int = 0

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(500_001)
        self._message_ids: dict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._changed = asyncio.Event()  # replaced by a fresh one after every change
        self._runner: web.AppRunner | None = None
        self._polls_open = 0
        self._closing = asyncio.Event()  # set on stop: long polls and delays end at once

    # --- life cycle -------------------------------------------------------------------------
    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def stop(self) -> None:
        self._closing.set()
        self._bump()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL must be set to."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def env(self) -> dict[str, str]:
        """Settings pointing a bot at this server."""
        return {
            "TELEGRAM_BOT_TOKEN": self.token,
            "TELEGRAM_API_BASE_URL": self.base_url,
            "TELEGRAM_API_BASE_FILE_URL": self.base_file_url,
        }

    # --- faults -----------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        status: int | None = 500,
        *,
        times: int = 1,
        retry_after: int | None = None,
        delay: float = 0.0,
        description: str | None = None,
    ) -> None:
        """Force the next ``times`` calls of ``method`` ("*" for any) to fail or be delayed."""
        if description is None:
            description = {
                429: f"Too Many Requests: retry after {retry_after}",
                500: "Internal Server Error",
                502: "Bad Gateway",
            }.get(status or 0, "Error")
        for _ in range(times):
            self.faults[method].append(Fault(status, description, retry_after, delay))

    def _next_fault(self, method: str) -> Fault | None:
        for key in (method, "*"):
            queue = self.faults.get(key)
            if queue:
                return queue.popleft()
        return None

    # --- HTTP handlers ----------------------------------------------------------------------
    async def _handle_method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._read_params(request)
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        # Recorded on arrival (status 0 while in flight), completed with the status answered.
        call = Call(method, params, time.monotonic(), status=0)
        self._record(call)
        fault = self._next_fault(method)
        if fault is not None:
            if fault.delay:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), fault.delay)
            if fault.status is not None:
                self._complete(call, fault.status)
                return self._error(fault.status, fault.description, fault.retry_after)
        impl = getattr(self, "_m_" + method, None)
        if impl is None:
            self._complete(call, 404)
            return self._error(404, "Not Found")
        try:
            result = await impl(params)
        except TelegramError as exc:
            self._complete(call, exc.status)
            return self._error(exc.status, exc.description, exc.retry_after)
        call.result = result
        self._complete(call, 200)
        return web.json_response({"ok": True, "result": result})

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        for stored in self.files.values():
            if stored.path == path:
                self._record(Call("download", {"path": path}, time.monotonic()))
                return web.Response(body=stored.content)
        return web.Response(status=404, text="Not Found")

    @staticmethod
    async def _read_params(request: web.Request) -> dict[str, Any]:
        raw: dict[str, Any] = {}
        if request.content_type == "application/json":
            raw = dict(await request.json())
        elif request.method == "POST":
            form = await request.post()
            raw = {k: v for k, v in form.items() if isinstance(v, str)}
        raw.update(request.query)
        params: dict[str, Any] = {}
        for key, value in raw.items():
            if isinstance(value, str) and key not in _STRING_PARAMS:
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
            else:
                params[key] = value
        return params

    @staticmethod
    def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return web.json_response(body, status=status)

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._bump()

    def _complete(self, call: Call, status: int) -> None:
        call.status = status
        self._bump()

    def _bump(self) -> None:
        """Wake everyone waiting for a change (new call recorded, update pushed)."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), seconds)

    # --- Bot API methods --------------------------------------------------------------------
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Truce Watch",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return self.bot_user()

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        if params.get("drop_pending_updates"):
            self.pending.clear()
        return True

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), self.max_poll_wait)
        if offset:
            # Telegram's semantics: an offset confirms every update with a smaller id.
            self.confirmed_offset = max(self.confirmed_offset, offset)
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        deadline = time.monotonic() + wait
        self._polls_open += 1
        try:
            while (
                not self.pending and not self._closing.is_set() and (left := deadline - time.monotonic()) > 0
            ):
                await self._wait_change(left)
        finally:
            self._polls_open -= 1
        return self.pending[:limit]

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"))
        return self._message_json(params, text)

    async def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        text = str(params.get("text", ""))
        self._check_text(text, params.get("parse_mode"))
        return self._message_json(params, text, message_id=int(params.get("message_id") or 0))

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = params.get("commands") or []
        for command in commands:
            name = command.get("command", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise TelegramError(400, "Bad Request: command description is invalid")
        self.commands = list(commands)
        return True

    async def _m_getMyCommands(self, params: dict[str, Any]) -> Any:
        return self.commands

    async def _m_getChatMember(self, params: dict[str, Any]) -> Any:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        status = "administrator" if user_id in self.chat_admins.get(chat_id, set()) else "member"
        member: dict[str, Any] = {"status": status, "user": self.user_json(user_id)}
        if status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
            )
        return member

    async def _m_getChatAdministrators(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        return [
            await self._m_getChatMember({"chat_id": chat_id, "user_id": u})
            for u in self.chat_admins.get(chat_id, set())
        ]

    async def _m_getFile(self, params: dict[str, Any]) -> Any:
        stored = self.files.get(str(params.get("file_id")))
        if stored is None:
            raise TelegramError(400, "Bad Request: invalid file_id")
        if stored.size > MAX_DOWNLOAD:
            raise TelegramError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": "u" + stored.file_id,
            "file_size": stored.size,
            "file_path": stored.path,
        }

    def _check_text(self, text: str, parse_mode: Any) -> None:
        visible = text
        if parse_mode == "HTML":
            try:
                visible = parse_html(text)
            except EntityParseError as exc:
                raise TelegramError(400, f"Bad Request: can't parse entities: {exc}") from None
        if not visible.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if utf16_len(visible) > MAX_TEXT:
            raise TelegramError(400, "Bad Request: message is too long")

    def _message_json(
        self, params: dict[str, Any], text: str, message_id: int | None = None
    ) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": message_id or next(self._message_ids[chat_id]),
            "date": int(time.time()),
            "chat": self.chat_json(chat_id),
            "from": self.bot_user(),
            "text": text,
        }
        return message

    # --- reading what the bot did -----------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def replies_by_message(self) -> Counter[tuple[int, int]]:
        """(chat, message answered) -> how many replies Telegram accepted for it."""
        counts: Counter[tuple[int, int]] = Counter()
        for call in self.sent():
            reply = call.params.get("reply_parameters")
            if isinstance(reply, str):
                reply = json.loads(reply)
            if isinstance(reply, dict) and reply.get("message_id"):
                counts[(int(call.params["chat_id"]), int(reply["message_id"]))] += 1
        return counts

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Successful sendMessage calls (to ``chat_id`` when given), oldest first."""
        return [
            c
            for c in self.calls
            if c.method == "sendMessage"
            and c.status == 200
            and (chat_id is None or int(c.params["chat_id"]) == chat_id)
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [str(c.params["text"]) for c in self.sent(chat_id)]

    async def wait_until(self, predicate: Callable[[], bool], within: float = 10.0) -> None:
        """Wait until ``predicate()`` holds, re-checked after every recorded call."""
        async with asyncio.timeout(within):
            while not predicate():
                await self._changed.wait()

    async def wait_for_messages(
        self, count: int, chat_id: int | None = None, within: float = 10.0
    ) -> list[str]:
        """Wait for at least ``count`` successful sendMessage calls; their texts."""
        await self.wait_until(lambda: len(self.sent(chat_id)) >= count, within)
        return self.texts(chat_id)

    async def wait_for_reply(self, before: int, chat_id: int | None = None, within: float = 10.0) -> str:
        """The text of the first message sent after ``before`` messages had been sent."""
        texts = await self.wait_for_messages(before + 1, chat_id, within)
        return texts[before]

    async def wait_confirmed(self, update_id: int, within: float = 10.0) -> None:
        """Wait until the bot has confirmed ``update_id`` (asked for a later offset)."""
        await self.wait_until(lambda: self.confirmed_offset > update_id, within)

    # --- building updates -------------------------------------------------------------------
    def user_json(
        self, user_id: int | None = None, first_name: str = "Ana", username: str | None = None
    ) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id or self.user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        return user

    def chat_json(self, chat_id: int) -> dict[str, Any]:
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": "Monitors"}
        return {"id": chat_id, "type": "private", "first_name": "Ana"}

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue a raw update (its ``update_id`` is assigned here) for the bot's next getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        self.pending.append(update)
        self._bump()
        return update

    def redeliver(self, update: dict[str, Any]) -> None:
        """Queue an update again with its original id, as Telegram does when it was never confirmed."""
        self.pending.append(update)
        self.pending.sort(key=lambda u: int(u["update_id"]))
        self._bump()

    def _message(
        self,
        text: str | None,
        user_id: int | None,
        chat_id: int | None,
        *,
        date: int | None = None,
        entities: list[dict[str, Any]] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        user_id = user_id or self.user_id
        chat_id = chat_id or user_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids[chat_id]),
            "from": self.user_json(user_id),
            "chat": self.chat_json(chat_id),
            "date": date or int(time.time()),
        }
        if text is not None:
            message["text"] = text
        if entities:
            message["entities"] = entities
        message.update(extra)
        return message

    def text_message(
        self, text: str, *, user_id: int | None = None, chat_id: int | None = None, **extra: Any
    ) -> dict[str, Any]:
        """A pasted text (private chat with the user unless ``chat_id`` is given)."""
        return self.push({"message": self._message(text, user_id, chat_id, **extra)})

    def command(
        self,
        text: str,
        *,
        user_id: int | None = None,
        chat_id: int | None = None,
        mention: bool = False,
        reply_to: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """``/violations latakia`` with its bot_command entity; ``mention`` adds ``@BotName``."""
        head, sep, rest = text.partition(" ")
        if mention:
            head = f"{head}@{self.bot_username}"
        full = head + sep + rest
        entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(head)}]
        extra: dict[str, Any] = {}
        if reply_to is not None:
            extra["reply_to_message"] = reply_to
        return self.push({"message": self._message(full, user_id, chat_id, entities=entities, **extra)})

    def forward_channel_post(
        self,
        text: str,
        *,
        channel_title: str = "Sputnik International",
        channel_username: str | None = "sputnik_int",
        channel_id: int = -1009876543210,
        channel_message_id: int = 4242,
        origin_date: datetime | None = None,
        user_id: int | None = None,
        chat_id: int | None = None,
        caption: bool = False,
    ) -> dict[str, Any]:
        """A channel post forwarded by a user (``forward_origin`` of type ``channel``)."""
        when = origin_date or datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
        chat: dict[str, Any] = {"id": channel_id, "type": "channel", "title": channel_title}
        if channel_username:
            chat["username"] = channel_username
        origin = {
            "type": "channel",
            "chat": chat,
            "message_id": channel_message_id,
            "date": int(when.timestamp()),
        }
        body: dict[str, Any] = {"forward_origin": origin, "forward_date": int(when.timestamp())}
        if caption:
            body["caption"] = text
            body["photo"] = [{"file_id": "photo1", "file_unique_id": "uphoto1", "width": 90, "height": 90}]
            return self.push({"message": self._message(None, user_id, chat_id, **body)})
        return self.push({"message": self._message(text, user_id, chat_id, **body)})

    def forward_user_message(
        self,
        text: str,
        *,
        sender_name: str = "Omar",
        hidden: bool = False,
        origin_date: datetime | None = None,
        user_id: int | None = None,
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        """A message forwarded from another user (``forward_origin`` user / hidden_user)."""
        when = origin_date or datetime(2019, 4, 10, 6, 30, tzinfo=UTC)
        origin: dict[str, Any]
        if hidden:
            origin = {"type": "hidden_user", "sender_user_name": sender_name, "date": int(when.timestamp())}
        else:
            origin = {
                "type": "user",
                "sender_user": self.user_json(2002, sender_name),
                "date": int(when.timestamp()),
            }
        return self.push({"message": self._message(text, user_id, chat_id, forward_origin=origin)})

    def edited_message(self, original: dict[str, Any], new_text: str) -> dict[str, Any]:
        """An edit of an earlier pushed message update."""
        message = dict(original["message"])
        message["text"] = new_text
        message["edit_date"] = int(time.time())
        return self.push({"edited_message": message})

    def document(
        self,
        content: bytes,
        file_name: str,
        *,
        mime_type: str = "text/plain",
        caption: str | None = None,
        user_id: int | None = None,
        chat_id: int | None = None,
        size: int | None = None,
    ) -> dict[str, Any]:
        """A document message; the file is served by getFile and the download route."""
        n = len(self.files) + 1
        file_id = f"doc{n}"
        self.files[file_id] = StoredFile(
            file_id, f"documents/file_{n}_{file_name}", content, size or len(content)
        )
        doc = {
            "file_id": file_id,
            "file_unique_id": "u" + file_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": size or len(content),
        }
        extra: dict[str, Any] = {"document": doc}
        if caption is not None:
            extra["caption"] = caption
        return self.push({"message": self._message(None, user_id, chat_id, **extra)})

    def callback_query(
        self, data: str, message: dict[str, Any] | None = None, *, user_id: int | None = None
    ) -> dict[str, Any]:
        """A press on an inline button carrying ``data`` (``message``: the bot's message)."""
        user_id = user_id or self.user_id
        msg = message or {
            "message_id": 1,
            "date": int(time.time()),
            "chat": self.chat_json(user_id),
            "from": self.bot_user(),
            "text": "…",
        }
        query = {
            "id": str(next(self._update_ids)),
            "from": self.user_json(user_id),
            "chat_instance": "ci1",
            "message": msg,
            "data": data,
        }
        return self.push({"callback_query": query})
