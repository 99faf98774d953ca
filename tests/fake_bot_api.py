"""A fake Telegram Bot API server for the tests, on 127.0.0.1 only.

It speaks the same HTTP protocol as Telegram's and the self-hosted Bot API
server: methods under ``{root}/bot{token}/{method}`` (query string,
form-encoded, multipart or JSON bodies) and files under
``{root}/file/bot{token}/{path}``. It implements what askbot uses, enforces
Telegram's limits (4,096 characters after entity parsing, counted in UTF-16
code units; valid HTML in HTML parse mode; 64-byte callback data; a query
answered once), records every call, and injects faults per method: 429 with
``retry_after``, 400 "can't parse entities", 409 Conflict, 500, 502, a reply
slower than the client's timeout, a dropped connection.

The server runs its own event loop in a daemon thread so that the same
synchronous test code drives an in-process bot and a real ``askbot telegram``
subprocess. Test-side helpers (``send_text``, ``press``, ``wait_messages``…)
build updates the way Telegram does, ``bot_command`` and ``mention``
entities included.

Two getUpdates requests never run together: like Telegram, a new one ends
the pending one with 409 "terminated by other getUpdates request"
(``conflict="terminate_older"``); ``conflict="refuse_newer"`` refuses the
newcomer instead, so the bot can be tested under both readings.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser

from aiohttp import web

TOKEN = "123456789:AAFakeTokenForTheTestsOnly_abcdefghij"
BOT_ID = 123456789
BOT_USERNAME = "askbot_test_bot"
MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64
MAX_DOWNLOAD = 20 * 1024 * 1024

FAULTS = ("retry_after", "parse_entities", "conflict", "server_error", "bad_gateway", "slow", "drop")
_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "tg-emoji", "code", "pre", "blockquote",
}
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{5,32}")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class HtmlError(ValueError):
    """The text is not valid Telegram HTML; the message mimics Telegram's."""


class _StrictHtml(HTMLParser):
    """Telegram's HTML subset: known tags, properly nested, four named entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in _TAGS:
            raise HtmlError(f'Unsupported start tag "{tag}"')
        if tag == "a" and not dict(attrs).get("href"):
            raise HtmlError("Can't find end of href")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        raise HtmlError(f'Unsupported start tag "{tag}/"')

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            raise HtmlError(f'Unmatched end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data):
        if "<" in data or ">" in data:
            raise HtmlError("Unexpected end of name token")
        self.parts.append(data)

    def handle_entityref(self, name):
        if name not in ("lt", "gt", "amp", "quot"):
            raise HtmlError(f'Unsupported HTML entity "&{name};"')
        self.parts.append(html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self.parts.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        raise HtmlError("Unsupported comment")

    def handle_decl(self, decl):
        raise HtmlError("Unsupported declaration")

    def unknown_decl(self, data):
        raise HtmlError("Unsupported declaration")


def parse_html(text: str) -> str:
    """The plain text of a Telegram HTML message, or :class:`HtmlError`."""
    # Python's parser forgives a bare "&" or "<"; Telegram does not.
    for match in re.finditer(r"&", text):
        if not _ENTITY.match(text, match.start()):
            raise HtmlError(f"Character '&' is reserved and must be escaped (offset {match.start()})")
    for match in re.finditer(r"<(?!/?[a-z-]+[\s>])", text):
        raise HtmlError(f"Unsupported start tag at byte offset {match.start()}")
    parser = _StrictHtml()
    parser.feed(text)
    parser.close()
    if parser.rawdata:
        raise HtmlError("Unclosed start tag")
    if parser.stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"')
    return "".join(parser.parts)


@dataclass(frozen=True)
class User:
    id: int
    first_name: str = "Amina"
    username: str | None = None

    def to_dict(self) -> dict:
        data = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class Chat:
    id: int
    type: str = "private"
    title: str | None = None

    def to_dict(self) -> dict:
        data = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        return data


@dataclass(frozen=True)
class Call:
    """One request the server received, as it understood it."""

    method: str
    params: dict
    status: int
    fault: str | None
    at: float


@dataclass
class _Fault:
    kind: str
    count: int
    retry_after: int = 1
    delay: float = 0.0


@dataclass
class _Poll:
    future: asyncio.Future
    peer: object = None


@dataclass
class FakeBotApi:
    """The server and its recorded state; every public method is thread-safe."""

    token: str = TOKEN
    conflict: str = "terminate_older"
    slow_delay: float = 2.0
    calls: list[Call] = field(default_factory=list)
    sent: list[dict] = field(default_factory=list)
    commands: list[dict] = field(default_factory=list)
    webhook: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._files: dict[str, tuple[str, bytes]] = {}
        self._pending_queries: set[str] = set()
        self._messages: dict[tuple[int, int], dict] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._polls: list[_Poll] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._new_update: asyncio.Event | None = None
        self.port = 0

    # ----------------------------------------------------------------- life
    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FakeBotApi":
        started = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._serve())
            started.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="fake-bot-api", daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Bot API server did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._thread:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    async def _serve(self) -> None:
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=MAX_DOWNLOAD + 1024 * 1024)
        app.router.add_route("*", "/file/bot{token}/{path:.+}", self._download)
        app.router.add_route("*", "/bot{token}/{method}", self._method)
        # A client that goes away ends its long poll, as on Telegram.
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False,
                                     handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    # ------------------------------------------------------------ test side
    def inject(self, method: str, kind: str, *, count: int = 1, retry_after: int = 1,
               delay: float | None = None) -> None:
        """Make the next ``count`` calls of ``method`` fail with ``kind``."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self._faults.setdefault(method, []).append(
                _Fault(kind, count, retry_after, self.slow_delay if delay is None else delay)
            )

    def add_file(self, content: bytes, name: str = "doc.txt") -> dict:
        """Store a file as if a user had uploaded it; returns the Document dict."""
        with self._lock:
            file_id = f"file{next(self._file_ids)}"
            self._files[file_id] = (f"documents/{file_id}_{len(content)}", content)
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": name,
                "file_size": len(content)}

    def push(self, kind: str, payload: dict) -> int:
        """Queue a raw update of ``kind`` (``message``, ``callback_query``…)."""
        with self._lock:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, kind: payload})
            self._changed.notify_all()
        if self._loop:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update_id

    def message(self, user: User, chat: Chat | None = None, **fields) -> dict:
        chat = chat or Chat(user.id)
        with self._lock:
            message_id = next(self._message_ids)
        data = {"message_id": message_id, "date": int(time.time()), "chat": chat.to_dict(),
                "from": user.to_dict(), **fields}
        with self._lock:
            self._messages[(chat.id, message_id)] = data
        return data

    def send_text(self, text: str, user: User, chat: Chat | None = None, *,
                  reply_to: dict | None = None, edited: bool = False) -> dict:
        """A user sends ``text``; commands and @mentions get their entities."""
        entities = []
        command = _COMMAND.match(text)
        if command:
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group())})
        for mention in _MENTION.finditer(text):
            if command and mention.start() < command.end():
                continue
            entities.append({"type": "mention", "offset": utf16_len(text[: mention.start()]),
                             "length": utf16_len(mention.group())})
        fields = {"text": text}
        if entities:
            fields["entities"] = entities
        if reply_to is not None:
            fields["reply_to_message"] = reply_to
        message = self.message(user, chat, **fields)
        if edited:
            message["edit_date"] = int(time.time())
        self.push("edited_message" if edited else "message", message)
        return message

    def send_other(self, kind: str, user: User, chat: Chat | None = None, **extra) -> dict:
        """A sticker, photo, voice note, location or document."""
        samples = {
            "sticker": {"sticker": {"file_id": "st1", "file_unique_id": "ust1", "type": "regular",
                                    "width": 512, "height": 512, "is_animated": False,
                                    "is_video": False, "emoji": "👍"}},
            "photo": {"photo": [{"file_id": "ph1", "file_unique_id": "uph1", "width": 90,
                                 "height": 90, "file_size": 1000}]},
            "voice": {"voice": {"file_id": "vo1", "file_unique_id": "uvo1", "duration": 2}},
            "location": {"location": {"latitude": 32.22, "longitude": -7.93}},
        }
        fields = dict(samples.get(kind, {}))
        fields.update(extra)
        message = self.message(user, chat, **fields)
        self.push("message", message)
        return message

    def send_document(self, content: bytes, name: str, user: User, *, size: int | None = None,
                      mime: str = "text/plain", caption: str | None = None) -> dict:
        document = self.add_file(content, name)
        document["mime_type"] = mime
        if size is not None:
            document["file_size"] = size
        extra = {"caption": caption} if caption else {}
        return self.send_other("document", user, document=document, **extra)

    def press(self, bot_message: dict, data: str, user: User) -> str:
        """A user presses the inline button carrying ``data``; returns the query id."""
        with self._lock:
            query_id = str(next(self._query_ids))
            self._pending_queries.add(query_id)
        self.push("callback_query", {"id": query_id, "from": user.to_dict(), "data": data,
                                     "chat_instance": "ci", "message": bot_message})
        return query_id

    def recorded(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if method is None or c.method == method]

    def messages(self, chat_id: int | None = None) -> list[dict]:
        """Messages the bot sent (successfully), oldest first."""
        with self._lock:
            return [m for m in self.sent if chat_id is None or m["chat"]["id"] == chat_id]

    def wait_for(self, predicate, timeout: float = 10.0, what: str = "condition"):
        """Wait until ``predicate()`` is truthy; return its value or fail loudly."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [c.method for c in self.calls][-15:]
                    raise AssertionError(f"timed out waiting for {what}; last calls: {methods}")
                self._changed.wait(min(left, 0.2))

    def wait_messages(self, chat_id: int, count: int, timeout: float = 10.0) -> list[dict]:
        """Wait until the bot has sent ``count`` messages to ``chat_id`` in all."""
        return self.wait_for(lambda: (m := self.messages(chat_id)) and len(m) >= count and m,
                             timeout, f"{count} message(s) to chat {chat_id}")

    def wait_calls(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        return self.wait_for(lambda: (c := self.recorded(method)) and len(c) >= count and c,
                             timeout, f"{count} {method} call(s)")

    def wait_polling(self, timeout: float = 10.0) -> None:
        """Wait until a getUpdates request is waiting for updates."""
        self.wait_for(lambda: any(not p.future.done() for p in self._polls), timeout, "a pending poll")

    def query_answered(self, query_id: str) -> bool:
        with self._lock:
            return any(c.method == "answerCallbackQuery" and c.status == 200
                       and str(c.params.get("callback_query_id")) == query_id for c in self.calls)

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    # ----------------------------------------------------------- HTTP side
    async def _params(self, request: web.Request) -> dict:
        params: dict = dict(request.query)
        if request.method == "POST" and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                params.update(await request.json())
            elif ctype.startswith("multipart/"):
                reader = await request.multipart()
                async for part in reader:
                    if part.filename:
                        params[part.name] = await part.read()
                    else:
                        params[part.name] = await part.text()
            else:
                params.update(dict(await request.post()))
        for key, value in params.items():
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    pass
        return params

    def _record(self, method: str, params: dict, status: int, fault: str | None) -> None:
        with self._lock:
            self.calls.append(Call(method, params, status, fault, time.monotonic()))
            self._changed.notify_all()

    def _take_fault(self, method: str) -> _Fault | None:
        with self._lock:
            queue = self._faults.get(method) or []
            if not queue:
                return None
            fault = queue[0]
            fault.count -= 1
            if fault.count <= 0:
                queue.pop(0)
            return fault

    async def _method(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            self._record(method, {}, 401, None)
            return _error(401, "Unauthorized")
        params = await self._params(request)
        fault = self._take_fault(method)
        if fault and fault.kind == "drop":
            self._record(method, params, 0, "drop")
            request.transport.abort()
            return web.Response(status=500)
        if fault and fault.kind == "slow":
            # Carried out even when the client has given up, as Telegram would.
            work = asyncio.ensure_future(self._slowly(method, params, request, fault))
            return await asyncio.shield(work)
        if fault:
            self._record(method, params, _FAULT_STATUS[fault.kind], fault.kind)
            return _fault_response(fault)
        return await self._call(method, params, request, None)

    async def _slowly(self, method, params, request, fault) -> web.StreamResponse:
        await asyncio.sleep(fault.delay)
        return await self._call(method, params, request, fault)

    async def _call(self, method, params, request, fault) -> web.StreamResponse:
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            self._record(method, params, 404, None)
            return _error(404, "Not Found")
        try:
            result = await handler(params, request)
        except _ApiError as exc:
            self._record(method, params, exc.status, fault.kind if fault else None)
            return _error(exc.status, exc.description)
        self._record(method, params, 200, fault.kind if fault else None)
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        path = request.match_info["path"]
        with self._lock:
            found = [content for p, content in self._files.values() if p == path]
        self._record("download", {"path": path}, 200 if found else 404, None)
        if not found:
            return _error(404, "Not Found")
        return web.Response(body=found[0], content_type="application/octet-stream")

    # ------------------------------------------------------------ methods
    def _me(self) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Askbot", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _api_getMe(self, params, request):
        return self._me()

    async def _api_deleteWebhook(self, params, request):
        with self._lock:
            self.webhook = {}
            if str(params.get("drop_pending_updates")).lower() == "true":
                self._updates.clear()
        return True

    async def _api_setWebhook(self, params, request):
        with self._lock:
            self.webhook = dict(params)
        return True

    async def _api_getWebhookInfo(self, params, request):
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": self.pending_updates()}

    async def _api_setMyCommands(self, params, request):
        commands = params.get("commands") or []
        for command in commands:
            name, desc = command.get("command", ""), command.get("description", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(desc) <= 256:
                raise _ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self.commands = list(commands)
        return True

    async def _api_getMyCommands(self, params, request):
        with self._lock:
            return list(self.commands)

    async def _api_getUpdates(self, params, request):
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        loop = asyncio.get_running_loop()
        poll = _Poll(loop.create_future(), request.transport.get_extra_info("peername"))
        with self._lock:
            others = [p for p in self._polls if not p.future.done()]
            if others and self.conflict == "refuse_newer":
                raise _ApiError(409, _CONFLICT)
            for other in others:
                other.future.set_result("conflict")
            self._polls.append(poll)
        try:
            deadline = loop.time() + timeout
            while True:
                with self._lock:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                    ready = self._updates[:limit]
                if ready or loop.time() >= deadline:
                    return ready
                self._new_update.clear()
                waiter = asyncio.ensure_future(self._new_update.wait())
                try:
                    done, _ = await asyncio.wait({waiter, poll.future}, return_when=asyncio.FIRST_COMPLETED,
                                                 timeout=max(0.0, deadline - loop.time()))
                finally:
                    waiter.cancel()
                if poll.future in done:
                    raise _ApiError(409, _CONFLICT)
        finally:
            with self._lock:
                self._polls.remove(poll)
                if not poll.future.done():
                    poll.future.cancel()

    async def _api_sendChatAction(self, params, request):
        self._chat_id(params)
        if params.get("action") not in ("typing", "upload_document"):
            raise _ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _api_sendMessage(self, params, request):
        chat_id = self._chat_id(params)
        plain = self._checked_text(params)
        self._check_markup(params.get("reply_markup"))
        with self._lock:
            message = {"message_id": next(self._message_ids), "date": int(time.time()),
                       "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                       "from": self._me(), "text": plain, "raw": params["text"],
                       "parse_mode": params.get("parse_mode")}
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            if params.get("reply_parameters"):
                message["reply_parameters"] = params["reply_parameters"]
            self.sent.append(message)
            self._messages[(chat_id, message["message_id"])] = message
        return _public(message)

    async def _api_editMessageText(self, params, request):
        message = self._find_message(params)
        plain = self._checked_text(params)
        self._check_markup(params.get("reply_markup"))
        if plain == message["text"] and params.get("reply_markup") == message.get("reply_markup"):
            raise _ApiError(400, "Bad Request: message is not modified")
        with self._lock:
            message.update(text=plain, raw=params["text"], edited=True)
            message["reply_markup"] = params.get("reply_markup")
        return _public(message)

    async def _api_editMessageReplyMarkup(self, params, request):
        message = self._find_message(params)
        self._check_markup(params.get("reply_markup"))
        if params.get("reply_markup") == message.get("reply_markup"):
            raise _ApiError(400, "Bad Request: message is not modified")
        with self._lock:
            message["reply_markup"] = params.get("reply_markup")
        return _public(message)

    async def _api_answerCallbackQuery(self, params, request):
        query_id = str(params.get("callback_query_id"))
        if len(params.get("text") or "") > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self._lock:
            if query_id not in self._pending_queries:
                raise _ApiError(400, "Bad Request: query is too old and response timeout "
                                     "expired or query ID is invalid")
            self._pending_queries.discard(query_id)
        return True

    async def _api_getFile(self, params, request):
        file_id = params.get("file_id")
        with self._lock:
            if file_id not in self._files:
                raise _ApiError(400, "Bad Request: invalid file_id")
            path, content = self._files[file_id]
        if len(content) > MAX_DOWNLOAD:
            raise _ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content),
                "file_path": path}

    # ------------------------------------------------------------ checks
    def _chat_id(self, params) -> int:
        try:
            return int(params["chat_id"])
        except (KeyError, ValueError):
            raise _ApiError(400, "Bad Request: chat not found") from None

    def _find_message(self, params) -> dict:
        key = (self._chat_id(params), int(params.get("message_id") or 0))
        with self._lock:
            if key not in self._messages:
                raise _ApiError(400, "Bad Request: message to edit not found")
            return self._messages[key]

    def _checked_text(self, params) -> str:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        mode = params.get("parse_mode")
        if mode == "HTML":
            try:
                plain = parse_html(text)
            except HtmlError as exc:
                raise _ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        elif mode:
            raise _ApiError(400, f"Bad Request: fake server does not support parse_mode {mode}")
        else:
            plain = text
        if not plain.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > MAX_MESSAGE:
            raise _ApiError(400, "Bad Request: message is too long")
        return plain

    def _check_markup(self, markup) -> None:
        if not markup:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise _ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


_CONFLICT = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
             "instance is running")
_FAULT_STATUS = {"retry_after": 429, "parse_entities": 400, "conflict": 409, "server_error": 500,
                 "bad_gateway": 502}


class _ApiError(Exception):
    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
    body = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _fault_response(fault: _Fault) -> web.Response:
    if fault.kind == "retry_after":
        return _error(429, f"Too Many Requests: retry after {fault.retry_after}",
                      {"retry_after": fault.retry_after})
    if fault.kind == "parse_entities":
        return _error(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at "
                           "byte offset 0")
    if fault.kind == "conflict":
        return _error(409, _CONFLICT)
    if fault.kind == "server_error":
        return _error(500, "Internal Server Error")
    # Telegram's front end answers a 502 with an HTML page, not JSON.
    return web.Response(status=502, text="<html><body><h1>502 Bad Gateway</h1></body></html>",
                        content_type="text/html")


def _public(message: dict) -> dict:
    """A stored message as the Bot API returns it (without what only the fake keeps)."""
    return {k: v for k, v in message.items() if k not in ("raw", "parse_mode", "reply_parameters")}
