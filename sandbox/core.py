"""A local stand-in for Telegram's Bot API: enough of it to run Lien end to end.

The bot side speaks the real Bot API (`call`, served over HTTP by `server.py` or in-process
by `request.py`) and gets Telegram's answers, errors included: too long, empty, bad HTML,
bad button data, chat not found, blocked (403), unknown method (404), flood (429 with
`retry_after`). The people side ("side door": `user`, `send`, `press`, ...) is how tests,
benchmarks and the browser page play the humans. Nothing leaves the machine."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import random
import re
import secrets
import time
from collections import Counter, deque
from collections.abc import Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sandbox.html import HtmlError, parse, utf16_len

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64  # bytes
COMMAND = re.compile(r"[a-z0-9_]{1,32}")
MEDIA = ("photo", "document", "voice", "sticker", "video", "audio", "animation")
# Update ids are written down this many at a time before being given (see keep_in).
UPDATE_ID_BLOCK = 1000
SAVE_DELAY = 0.5  # seconds: chats are written at most this late after a change


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


class Dropped(Exception):
    """The call's answer never reaches the bot (a timeout). `took_effect`: the call was
    carried out first ("answer lost": the message went out, the bot saw an error)."""

    def __init__(self, method: str, took_effect: bool) -> None:
        super().__init__(f"{method}: answer dropped")
        self.took_effect = took_effect


# Injected faults: Telegram busy (429 with retry_after), its servers failing (500, 502), a
# call that times out before it is carried out, and one carried out whose answer is lost.
FAULT_KINDS = ("429", "500", "502", "timeout", "lost")
# Faults given as one rate spare these: fetching updates and start-up are the inbox's
# business (name them in a per-method dict to fail them too).
NOT_FAULTED_BY_DEFAULT = frozenset({"getupdates", "getme", "setmycommands", "deletewebhook"})


@dataclass
class Faults:
    """Which share of calls fail, per method (lowercase name; "*" for any other method),
    with which kinds of fault, drawn from a seeded generator so a run can be replayed."""

    rates: dict[str, float]
    kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    retry_after: int = 1
    random: random.Random = field(init=False)

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"fault kinds are among {FAULT_KINDS}, not {sorted(unknown)}")
        if any(not 0 <= rate <= 1 for rate in self.rates.values()):
            raise ValueError("a fault rate is a fraction between 0 and 1")
        self.random = random.Random(self.seed)

    def draw(self, method: str) -> str | None:
        """The fault this call gets, or None."""
        rate = self.rates.get(method, self.rates.get("*", 0.0))
        if rate <= 0 or self.random.random() >= rate:
            return None
        return self.random.choice(self.kinds)


@dataclass
class FloodLimits:
    """Telegram's documented pace: 30 messages a second overall, 1 a second per chat.
    A benchmark may scale both by the same factor to run faster than real time."""

    overall_per_second: float = 30.0
    per_chat_per_second: float = 1.0


@dataclass
class StoredFile:
    data: bytes
    filename: str
    mime_type: str
    unique_id: str = field(default_factory=lambda: secrets.token_hex(8))


class Telegram:
    def __init__(
        self,
        token: str,
        *,
        bot_username: str = "lien_sandbox_bot",
        flood_limits: FloodLimits | None = None,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.flood_limits = flood_limits
        self._state_file: Path | None = None
        self._reserved = 0  # update ids up to this one may be given (written down first)
        self._save_pending = False
        self._update_ids = itertools.count(1)  # never reset: Telegram's ids never go back
        self.reset()

    def reset(self) -> None:
        """Forget every person, chat, message and update (the page's Reset button)."""
        # Each reset starts a new epoch, so the page's event stream knows to start again.
        self.epoch: int = getattr(self, "epoch", 0) + 1
        if getattr(self, "_changed", None) is not None:
            self._notify()  # wake long polls: what they wait for is gone
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, dict[int, dict[str, Any]]] = {}  # chat -> id -> message
        self.blocked: set[int] = set()
        self.left: set[int] = set()  # group chats the bot left (leaveChat)
        self.files: dict[str, StoredFile] = {}
        self.pending: dict[int, dict[str, Any]] = {}  # update id -> update, not yet confirmed
        self.updates: dict[int, dict[str, Any]] = {}  # every update ever made
        self.delivered: set[int] = set()
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.my_commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.unknown_methods: list[str] = []
        self.stats: Counter[str] = Counter()
        self.sent_log: list[tuple[float, int, int]] = []  # (time, chat, message id) of sends
        self.webhook: dict[str, Any] | None = None
        self.events: list[dict[str, Any]] = []  # what the page follows: new, edit, delete...
        self._injected: deque[ApiError | Dropped] = deque()
        self.faults: Faults | None = None
        self.fault_counts: Counter[tuple[str, str]] = Counter()  # (method, kind) -> count
        self._recent_sends: deque[float] = deque()
        self._last_send_to: dict[int, float] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._queries = itertools.count(1)
        self._open_queries: dict[str, int] = {}  # callback query id -> chat
        self._changed: asyncio.Event | None = None

    # ------------------------------------------------------------------ the Bot API side

    async def call(
        self,
        token: str,
        method: str,
        params: dict[str, Any],
        files: dict[str, StoredFile] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """One Bot API request: (HTTP status, Telegram's JSON answer)."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        handler = getattr(self, f"_api_{method.lower()}", None)
        self.stats[method] += 1
        if handler is None:
            self.unknown_methods.append(method)
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        fault = self.faults.draw(method.lower()) if self.faults else None
        try:
            if fault is not None:
                self.fault_counts[(method, fault)] += 1
                self._fail_before(method, fault)
            if method.lower() == "getupdates":
                result = await self._api_getupdates(params)
            else:
                result = handler(params, files or {})
        except ApiError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
                self.stats["429"] += 1
            return error.status, body
        if fault == "lost":
            raise Dropped(method, took_effect=True)
        return 200, {"ok": True, "result": result}

    def _fail_before(self, method: str, fault: str) -> None:
        """Faults that stop a call before it is carried out."""
        assert self.faults is not None
        if fault == "429":
            retry = self.faults.retry_after
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
        if fault in ("500", "502"):
            description = "Internal Server Error" if fault == "500" else "Bad Gateway"
            raise ApiError(int(fault), description)
        if fault == "timeout":
            raise Dropped(method, took_effect=False)

    def inject_faults(
        self,
        rate: float | dict[str, float],
        *,
        kinds: tuple[str, ...] = FAULT_KINDS,
        seed: int = 0,
        retry_after: int = 1,
    ) -> None:
        """Fail a share of calls from now on. `rate` is one fraction for every method but
        getUpdates and start-up's (NOT_FAULTED_BY_DEFAULT), or a fraction per method name.
        Counts start again; `fault_counts` says what was injected."""
        if isinstance(rate, dict):
            rates = {name.lower(): value for name, value in rate.items()}
        else:
            rates = {"*": rate} | {name: 0.0 for name in NOT_FAULTED_BY_DEFAULT}
        self.faults = Faults(rates, kinds=tuple(kinds), seed=seed, retry_after=retry_after)
        self.fault_counts = Counter()

    def stop_faults(self) -> None:
        """Telegram is well again (the counts stay readable)."""
        self.faults = None

    def inject_429(self, count: int = 1, retry_after: int = 1) -> None:
        """The next `count` sends get "Too Many Requests" as if Telegram were busy."""
        for _ in range(count):
            self._injected.append(
                ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
            )

    def inject_error(self, status: int, description: str, count: int = 1) -> None:
        """The next `count` sends fail with this error (5xx to test retries)."""
        for _ in range(count):
            self._injected.append(ApiError(status, description))

    def inject_timeout(self, count: int = 1) -> None:
        """The next `count` sends time out before they are carried out."""
        for _ in range(count):
            self._injected.append(Dropped("send", took_effect=False))

    def _api_getme(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Lien (sandbox)",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_logout(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        return True

    def _api_close(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        return True

    async def _api_getupdates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _int(p, "offset", 0)
        if offset:
            for update_id in [u for u in self.pending if u < offset]:
                del self.pending[update_id]
        limit = _int(p, "limit", 100)
        deadline = time.monotonic() + min(_float(p, "timeout", 0), 50)
        allowed = _json(p, "allowed_updates")
        while True:
            found = [
                u
                for update_id, u in sorted(self.pending.items())
                if update_id >= offset and (not allowed or _kind(u) in allowed)
            ][:limit]
            remaining = deadline - time.monotonic()
            if found or remaining <= 0:
                self.delivered.update(u["update_id"] for u in found)
                return found
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed(), remaining)

    def _api_setwebhook(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        url = _str(p, "url")
        if not url:
            return self._api_deletewebhook(p, f)
        host = urlparse(url).hostname or ""
        if host not in ("127.0.0.1", "localhost", "::1"):
            # The sandbox never sends anything off this machine.
            raise bad("bad webhook: the sandbox only delivers to 127.0.0.1")
        if _bool(p, "drop_pending_updates"):
            self.pending.clear()
        self.webhook = {"url": url, "secret": _str(p, "secret_token")}
        self._notify()
        return True

    def _api_deletewebhook(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        self.webhook = None
        if _bool(p, "drop_pending_updates"):
            self.pending.clear()
        return True

    def _api_getwebhookinfo(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }

    def _api_setmycommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        commands = _json(p, "commands") or []
        if len(commands) > 100:
            raise bad("too many commands")
        for command in commands:
            if not COMMAND.fullmatch(command.get("command", "")):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(_json(p, "scope")), _str(p, "language_code"))
        self.my_commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self._event("commands", chat_id=(_json(p, "scope") or {}).get("chat_id"))
        return True

    def _api_getmycommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        key = (_scope_key(_json(p, "scope")), _str(p, "language_code"))
        return self.my_commands.get(key, [])

    def _api_deletemycommands(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        key = (_scope_key(_json(p, "scope")), _str(p, "language_code"))
        self.my_commands.pop(key, None)
        self._event("commands", chat_id=(_json(p, "scope") or {}).get("chat_id"))
        return True

    def _api_sendmessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        chat_id = self._writable_chat(p)
        text, entities = self._formatted(p, "text", MAX_TEXT)
        if not text.strip():
            raise bad("message text is empty")
        return self._deliver(chat_id, {"text": text, "entities": entities}, p)

    def _api_sendphoto(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("photo", p, f)

    def _api_senddocument(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("document", p, f)

    def _api_sendvoice(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("voice", p, f)

    def _api_sendsticker(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("sticker", p, f)

    def _api_sendvideo(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("video", p, f)

    def _api_sendaudio(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        return self._send_media("audio", p, f)

    def _api_copymessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        source = self._message(_int(p, "from_chat_id"), _int(p, "message_id"), "to copy")
        chat_id = self._writable_chat(p)
        content = {k: v for k, v in source.items() if k in (*MEDIA, "text", "entities")}
        if "caption" in p:
            content["caption"], content["caption_entities"] = self._formatted(
                p, "caption", MAX_CAPTION
            )
        elif "caption" in source:
            content["caption"] = source["caption"]
            content["caption_entities"] = source.get("caption_entities", [])
        sent = self._deliver(chat_id, content, p)
        return {"message_id": sent["message_id"]}

    def _api_forwardmessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        source = self._message(_int(p, "from_chat_id"), _int(p, "message_id"), "to forward")
        chat_id = self._writable_chat(p)
        content = {k: v for k, v in source.items() if k in (*MEDIA, "text", "entities", "caption")}
        content["forward_origin"] = {
            "type": "user",
            "date": source["date"],
            "sender_user": source["from"],
        }
        return self._deliver(chat_id, content, p)

    def _api_editmessagetext(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        message = self._editable(p)
        text, entities = self._formatted(p, "text", MAX_TEXT)
        if not text.strip():
            raise bad("message text is empty")
        if "text" not in message:
            raise bad("there is no text in the message to edit")
        return self._edit(message, {"text": text, "entities": entities}, p)

    def _api_editmessagecaption(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        message = self._editable(p)
        caption, entities = self._formatted(p, "caption", MAX_CAPTION)
        return self._edit(message, {"caption": caption, "caption_entities": entities}, p)

    def _api_editmessagereplymarkup(self, p: dict[str, Any], f: dict[str, StoredFile]) -> Any:
        return self._edit(self._editable(p), {}, p)

    def _api_deletemessage(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        chat_id, message_id = _int(p, "chat_id"), _int(p, "message_id")
        message = self.messages.get(chat_id, {}).get(message_id)
        if message is None or message.get("deleted"):
            raise bad("message to delete not found")
        message["deleted"] = True
        self._event("delete", chat_id=chat_id, message_id=message_id)
        return True

    def _api_answercallbackquery(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        query_id = _str(p, "callback_query_id")
        if query_id not in self._open_queries or query_id in self.callback_answers:
            raise bad("query is too old and response timeout expired or query ID is invalid")
        text = _str(p, "text")
        if len(text) > 200:
            raise bad("MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = {"text": text, "show_alert": _bool(p, "show_alert")}
        chat_id = self._open_queries[query_id]
        if text:
            self._event("toast", chat_id=chat_id, text=text, show_alert=_bool(p, "show_alert"))
        return True

    def _api_leavechat(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        chat_id = _int(p, "chat_id")
        chat = self.chats.get(chat_id)
        if chat is None or chat["type"] == "private":
            raise bad("chat not found")
        self.left.add(chat_id)
        self._event("left", chat_id=chat_id)
        return True

    def _api_sendchataction(self, p: dict[str, Any], f: dict[str, StoredFile]) -> bool:
        self._writable_chat(p)
        return True

    def _api_getchat(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        chat_id = _int(p, "chat_id")
        if chat_id not in self.chats:
            raise bad("chat not found")
        return self.chats[chat_id]

    def _api_getfile(self, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        file_id = _str(p, "file_id")
        stored = self.files.get(file_id)
        if stored is None:
            raise bad("invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": stored.unique_id,
            "file_size": len(stored.data),
            "file_path": f"{file_id}/{stored.filename}",
        }

    def file_bytes(self, file_path_or_id: str) -> bytes | None:
        """A file's content by its file_id or by the file_path getFile gave."""
        stored = self.files.get(file_path_or_id.split("/", 1)[0])
        return stored.data if stored else None

    # ------------------------------------------------------------------ Bot API internals

    def _writable_chat(self, p: dict[str, Any]) -> int:
        raw = p.get("chat_id")
        if raw is None or raw == "":
            raise bad("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            raise bad("chat not found")
        chat_id = int(raw)
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.left:
            raise ApiError(403, "Forbidden: bot is not a member of the group chat")
        if chat_id not in self.chats:
            if chat_id in self.users:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise bad("chat not found")
        return chat_id

    def _formatted(self, p: dict[str, Any], key: str, limit: int) -> tuple[str, list[Any]]:
        raw = _str(p, key)
        mode = _str(p, "parse_mode")
        if mode.upper() == "HTML":
            try:
                text, entities = parse(raw)
            except HtmlError as error:
                raise bad(f"can't parse entities: {error}") from None
        elif mode:
            raise bad(f"unsupported parse_mode {mode!r} in the sandbox")
        else:
            text, entities = raw, _json(p, "entities" if key == "text" else "caption_entities")
            entities = entities or []
        if utf16_len(text) > limit:
            raise bad("message is too long" if key == "text" else "message caption is too long")
        return text, entities

    def _markup(self, p: dict[str, Any]) -> dict[str, Any] | None:
        markup = _json(p, "reply_markup")
        if not markup or "inline_keyboard" not in markup:
            return None
        for row in markup["inline_keyboard"]:
            for button in row:
                if not button.get("text"):
                    raise bad("BUTTON_TEXT_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                    raise bad("BUTTON_DATA_INVALID")
                url = button.get("url")
                if url is not None and not re.match(r"(https?|tg)://", url):
                    raise bad("BUTTON_URL_INVALID")
                if data is None and url is None:
                    raise bad("can't parse inline keyboard button: a button kind is required")
        return dict(markup)

    def _flood_check(self, chat_id: int) -> None:
        if self._injected:
            raise self._injected.popleft()
        limits = self.flood_limits
        if limits is None:
            return
        now = time.monotonic()
        while self._recent_sends and now - self._recent_sends[0] >= 1.0:
            self._recent_sends.popleft()
        wait = 0.0
        if len(self._recent_sends) >= limits.overall_per_second:
            wait = 1.0 - (now - self._recent_sends[0])
        last = self._last_send_to.get(chat_id)
        if last is not None and now - last < 1.0 / limits.per_chat_per_second:
            wait = max(wait, 1.0 / limits.per_chat_per_second - (now - last))
        if wait > 0:
            retry = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
        self._recent_sends.append(now)
        self._last_send_to[chat_id] = now

    def _deliver(self, chat_id: int, content: dict[str, Any], p: dict[str, Any]) -> dict[str, Any]:
        markup = self._markup(p)
        reply_to = _json(p, "reply_parameters") or {}
        reply_id = reply_to.get("message_id") or _int(p, "reply_to_message_id", 0)
        self._flood_check(chat_id)
        message = self._new_message(chat_id, self._bot_user(), content)
        if markup:
            message["reply_markup"] = markup
        if reply_id and reply_id in self.messages.get(chat_id, {}):
            message["reply_to_message"] = _without_reply(self.messages[chat_id][reply_id])
        self.sent_log.append((time.monotonic(), chat_id, message["message_id"]))
        self._event("message", chat_id=chat_id, message=message)
        return _public(message)

    def _send_media(self, kind: str, p: dict[str, Any], f: dict[str, StoredFile]) -> dict[str, Any]:
        chat_id = self._writable_chat(p)
        file_id = self._file_param(kind, p, f)
        content: dict[str, Any] = {kind: self._media_object(kind, file_id)}
        if "caption" in p:
            content["caption"], content["caption_entities"] = self._formatted(
                p, "caption", MAX_CAPTION
            )
        return self._deliver(chat_id, content, p)

    def _file_param(self, kind: str, p: dict[str, Any], f: dict[str, StoredFile]) -> str:
        value = p.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = f.get(value.removeprefix("attach://"))
        else:
            upload = f.get(kind)
        if upload is not None:
            return self.store_file(upload.data, upload.filename, upload.mime_type)
        if isinstance(value, str) and value in self.files:
            return value
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            raise bad("the sandbox does not fetch files from URLs")
        raise bad("wrong file identifier/HTTP URL specified")

    def store_file(self, data: bytes, filename: str, mime_type: str) -> str:
        file_id = "f" + secrets.token_urlsafe(12)
        self.files[file_id] = StoredFile(data, filename or "file", mime_type)
        return file_id

    def _media_object(self, kind: str, file_id: str) -> Any:
        stored = self.files[file_id]
        base = {
            "file_id": file_id,
            "file_unique_id": stored.unique_id,
            "file_size": len(stored.data),
        }
        if kind == "photo":
            return [{**base, "width": 640, "height": 640}]
        if kind == "document":
            return {**base, "file_name": stored.filename, "mime_type": stored.mime_type}
        if kind == "voice":
            return {**base, "duration": 3, "mime_type": stored.mime_type}
        if kind == "sticker":
            return {
                **base,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        if kind in ("video", "animation"):
            return {**base, "width": 640, "height": 360, "duration": 3}
        return {**base, "duration": 3}

    def _message(self, chat_id: int, message_id: int, purpose: str) -> dict[str, Any]:
        message = self.messages.get(chat_id, {}).get(message_id)
        if message is None or message.get("deleted"):
            raise bad(f"message {purpose} not found")
        return message

    def _editable(self, p: dict[str, Any]) -> dict[str, Any]:
        if p.get("inline_message_id"):
            raise bad("the sandbox has no inline messages")
        message = self._message(_int(p, "chat_id"), _int(p, "message_id"), "to edit")
        if message["from"]["id"] != self.bot_id:
            raise bad("message can't be edited")
        return message

    def _edit(self, message: dict[str, Any], content: dict[str, Any], p: dict[str, Any]) -> Any:
        markup = self._markup(p)
        before = (
            {k: message.get(k, [] if k.endswith("entities") else None) for k in content},
            message.get("reply_markup"),
        )
        if before == (content, markup):
            raise bad(
                "message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message"
            )
        message.update(content)
        for key in ("entities", "caption_entities"):
            if key in message and not message[key]:
                del message[key]  # Telegram leaves out empty lists
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        self._event("edit", chat_id=message["chat"]["id"], message=message)
        return _public(message)

    def _bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Lien (sandbox)",
            "username": self.bot_username,
        }

    def _new_message(
        self, chat_id: int, sender: dict[str, Any], content: dict[str, Any]
    ) -> dict[str, Any]:
        ids = self._message_ids.setdefault(chat_id, itertools.count(1))
        message = {
            "message_id": next(ids),
            "from": sender,
            "chat": self.chats[chat_id],
            "date": int(time.time()),
            **content,
        }
        if not message.get("entities"):
            message.pop("entities", None)
        if not message.get("caption_entities"):
            message.pop("caption_entities", None)
        self.messages.setdefault(chat_id, {})[message["message_id"]] = message
        return message

    # ------------------------------------------------------------------ the people's side

    async def user(
        self,
        user_id: int,
        first_name: str = "",
        language_code: str | None = "fr",
        last_name: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Create or update a Telegram user (a person on their phone)."""
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or f"User{user_id}",
        }
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        known = user_id in self.users
        self.users[user_id] = user
        if not known:
            self._event("user", user_id=user_id)
        return user

    def open_chat(self, user_id: int) -> None:
        """The person opened the chat with the bot earlier (a restarted sandbox forgot it),
        so the bot may write to them, as it may in Telegram after their first /start."""
        self._open_chat(user_id, None, "private", "")

    def _sender(self, user_id: int) -> dict[str, Any]:
        return self.users.get(user_id) or {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "language_code": "fr",
        }

    def _open_chat(self, user_id: int, chat_id: int | None, chat_type: str, title: str) -> int:
        sender = self._sender(user_id)
        self.users.setdefault(user_id, sender)
        chat_id = chat_id if chat_id is not None else user_id
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": sender["first_name"]}
            if "username" in sender:
                chat["username"] = sender["username"]
        else:
            chat = {"id": chat_id, "type": chat_type, "title": title or "Group"}
        self.chats[chat_id] = chat
        self.blocked.discard(chat_id)  # writing to the bot again unblocks it
        return chat_id

    async def send(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        chat_title: str = "",
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """The person types `text` and sends it; returns the message as the bot will see it."""
        if reply_to is not None:  # checked first: a refused send changes nothing
            self._message(user_id if chat_id is None else chat_id, reply_to, "to reply")
        chat = self._open_chat(user_id, chat_id, chat_type, chat_title)
        content: dict[str, Any] = {"text": text}
        command = re.match(r"/[A-Za-z0-9_]+(@\w+)?", text)
        if command:
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command.group())}
            ]
        return self._from_person(user_id, chat, content, reply_to)

    async def send_media(
        self,
        user_id: int,
        kind: str,
        data: bytes,
        *,
        filename: str = "file",
        mime_type: str = "application/octet-stream",
        caption: str = "",
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """The person sends a photo, a document, a voice message or a sticker."""
        if kind not in MEDIA:
            raise ValueError(kind)
        if reply_to is not None:
            self._message(user_id, reply_to, "to reply")
        chat = self._open_chat(user_id, None, "private", "")
        file_id = self.store_file(data, filename, mime_type)
        content: dict[str, Any] = {kind: self._media_object(kind, file_id)}
        if caption:
            content["caption"] = caption
        return self._from_person(user_id, chat, content, reply_to)

    def _from_person(
        self, user_id: int, chat: int, content: dict[str, Any], reply_to: int | None
    ) -> dict[str, Any]:
        replied = self._message(chat, reply_to, "to reply") if reply_to is not None else None
        message = self._new_message(chat, self._sender(user_id), content)
        if replied is not None:
            message["reply_to_message"] = _without_reply(replied)
        self._event("message", chat_id=chat, message=message)
        if chat not in self.left:  # a group the bot left no longer reaches it
            self._queue({"message": _public(message)})
        return _public(message)

    async def press(
        self, user_id: int, message_id: int, data: str, *, chat_id: int | None = None
    ) -> str:
        """The person presses an inline button (any data: a forged press must be harmless)."""
        chat = chat_id if chat_id is not None else user_id
        message = self._message(chat, message_id, "to press")
        query_id = str(next(self._queries))
        self._open_queries[query_id] = chat
        self._queue(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self._sender(user_id),
                    "message": _public(message),
                    "chat_instance": str(chat),
                    "data": data,
                }
            }
        )
        return query_id

    def raw(self, body: dict[str, Any]) -> None:
        """Queue an update as given: an edited message, a channel post, an update without a
        sender, any shape Telegram may send (the fuzz test's way in)."""
        self._queue(body)

    def block(self, user_id: int) -> None:
        """The person blocks the bot: sends to them get 403 until they write again."""
        self.blocked.add(user_id)

    async def redeliver(self, update_id: int) -> None:
        """Telegram sends an update again (as after a crash before it was confirmed)."""
        self.pending[update_id] = self.updates[update_id]
        self._notify()

    def delivered_update_ids(self) -> list[int]:
        return sorted(self.delivered)

    def chat_messages(self, chat_id: int) -> list[dict[str, Any]]:
        """Everything in the chat, both sides, oldest first, without deleted messages."""
        return [
            _public(m)
            for _, m in sorted(self.messages.get(chat_id, {}).items())
            if not m.get("deleted")
        ]

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.chat_messages(chat_id) if m["from"]["id"] == self.bot_id]

    def last(self, chat_id: int) -> dict[str, Any]:
        messages = self.bot_messages(chat_id)
        if not messages:
            raise AssertionError(f"the bot sent nothing to chat {chat_id}")
        return messages[-1]

    def commands(self, chat_id: int) -> list[dict[str, str]]:
        """The commands menu this person sees, resolved in Telegram's order of scopes."""
        language = self.users.get(chat_id, {}).get("language_code", "")
        scopes = [f"chat:{chat_id}", "all_private_chats", "default"]
        for scope in scopes:
            for lang in (language, ""):
                if (scope, lang) in self.my_commands:
                    return self.my_commands[(scope, lang)]
        return []

    async def wait_events(self, after: int, timeout: float) -> list[dict[str, Any]]:
        """Events after sequence number `after`; waits up to `timeout` for the first one,
        or for a reset (then `epoch` has changed and the events are the new epoch's)."""
        deadline = time.monotonic() + timeout
        epoch = self.epoch
        while (
            len(self.events) <= after
            and epoch == self.epoch
            and (remaining := deadline - time.monotonic()) > 0
        ):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed(), remaining)
        return self.events[after:]

    def wake(self) -> None:
        """Wake everyone waiting for a change (the server shutting down its streams)."""
        self._notify()

    # ------------------------------------------------------------------ plumbing

    def _queue(self, body: dict[str, Any]) -> None:
        update_id = next(self._update_ids)
        self._reserve(update_id)
        update = {"update_id": update_id, **body}
        self.updates[update_id] = update
        self.pending[update_id] = update
        self._notify()

    def _event(self, kind: str, **details: Any) -> None:
        if "message" in details:
            details["message"] = _public(details["message"])
        self.events.append({"seq": len(self.events) + 1, "kind": kind, **details})
        self._notify()

    def _notify(self) -> None:
        self._save_soon()
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    def changed(self) -> Coroutine[Any, Any, bool]:
        """Awaitable that returns at the next change: an update, message, edit or webhook.
        Not a coroutine function on purpose: the event must exist from the moment of the
        call, or a change between a check and the first await would be missed."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed.wait()

    def confirm(self, update_id: int) -> None:
        """The webhook answered 200: the update is delivered."""
        self.pending.pop(update_id, None)
        self.delivered.add(update_id)

    # ------------------------------------------------------------------ across restarts

    def keep_in(self, path: Path) -> None:
        """Keep people, chats and their history in this JSON file across restarts, and never
        give an update id twice: ids are reserved in blocks written down before use, so even
        after a kill the next run starts past every id it gave (Telegram's never go back)."""
        self._state_file = path
        if path.exists():
            state = json.loads(path.read_text(encoding="utf-8"))
            self.users = {int(k): v for k, v in state["users"].items()}
            self.chats = {int(k): v for k, v in state["chats"].items()}
            self.messages = {
                int(chat): {int(i): m for i, m in messages.items()}
                for chat, messages in state["messages"].items()
            }
            self.my_commands = {
                (scope, language): commands for scope, language, commands in state["commands"]
            }
            self.left = set(state.get("left", []))
            self._message_ids = {
                chat: itertools.count(max(messages, default=0) + 1)
                for chat, messages in self.messages.items()
            }
            self._reserved = int(state["reserved_update_ids"])
        self._update_ids = itertools.count(self._reserved + 1)
        self._reserve(self._reserved + 1)

    def _reserve(self, update_id: int) -> None:
        """Write down that ids up to `update_id + UPDATE_ID_BLOCK` may be given."""
        if self._state_file is not None and update_id > self._reserved - 1:
            self._reserved = update_id + UPDATE_ID_BLOCK
            self.save()

    def _save_soon(self) -> None:
        """Write the state within a second (many changes, one write)."""
        if self._state_file is None or self._save_pending:
            return
        self._save_pending = True
        try:
            asyncio.get_running_loop().call_later(SAVE_DELAY, self.save)
        except RuntimeError:  # no event loop (a reset before serving): write now
            self.save()

    def save(self) -> None:
        """Write the kept state now (also at shutdown)."""
        self._save_pending = False
        path = self._state_file
        if path is None:
            return
        state = {
            "reserved_update_ids": self._reserved,
            "users": self.users,
            "chats": self.chats,
            "messages": self.messages,
            "commands": [[s, lang, c] for (s, lang), c in self.my_commands.items()],
            "left": sorted(self.left),
        }
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)  # never half a file, even if the process is killed mid-write


def _public(message: dict[str, Any]) -> dict[str, Any]:
    """A copy of a message as the Bot API shows it (our bookkeeping left out)."""
    copy: dict[str, Any] = json.loads(
        json.dumps({k: v for k, v in message.items() if k != "deleted"})
    )
    return copy


def _without_reply(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in _public(message).items() if k != "reply_to_message"}


def _kind(update: dict[str, Any]) -> str:
    return next(k for k in update if k != "update_id")


def _scope_key(scope: dict[str, Any] | None) -> str:
    if not scope or scope.get("type") == "default":
        return "default"
    if scope.get("type") == "chat":
        return f"chat:{int(scope['chat_id'])}"
    return str(scope.get("type"))


# Parameters arrive as Python values in-process and as strings over HTTP: read both alike.
def _json(p: dict[str, Any], key: str) -> Any:
    value = p.get(key)
    if isinstance(value, str) and value:
        try:
            return json.loads(value)
        except ValueError:
            raise bad(f"can't parse {key} JSON object") from None
    return value


def _int(p: dict[str, Any], key: str, default: int | None = None) -> int:
    value = p.get(key)
    if value is None or value == "":
        if default is None:
            raise bad(f"{key} is empty")
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad(f"{key} is invalid") from None


def _float(p: dict[str, Any], key: str, default: float) -> float:
    value = p.get(key)
    return default if value in (None, "") else float(value)


def _str(p: dict[str, Any], key: str) -> str:
    value = p.get(key)
    return "" if value is None else str(value)


def _bool(p: dict[str, Any], key: str) -> bool:
    value = p.get(key)
    return value is True or value in ("true", "True", "1")
