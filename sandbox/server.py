"""The sandbox over HTTP on 127.0.0.1: the Bot API at /bot<token>/<method> and files at
/file/bot<token>/<path>, exactly where python-telegram-bot looks for them; the people's side
door under /sandbox/ (JSON) for scripts and the browser page at /; webhook delivery to
loopback.

Only this machine may use it: a request naming another host (DNS rebinding) or coming from
another site's page (Origin, Sec-Fetch-Site) is refused, and the page's Content-Security-Policy
lets it load and call nothing but this server."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from aiohttp import ClientSession, ClientTimeout, web

from sandbox import texts
from sandbox.core import FAULT_KINDS, MAX_TEXT, MEDIA, ApiError, Dropped, StoredFile, Telegram

TELEGRAM = web.AppKey("telegram", Telegram)
PAGE_DIR = Path(__file__).resolve().parent / "page"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
NEW_PEOPLE = range(5001, 6000)  # ids the page gives to people added with "+"
CSP = (
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "object-src 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@dataclass
class PageHooks:
    """What the program running the bot beside the sandbox lets the page do beyond Telegram:
    reset the bot too, load a demo programme, and name each person's role. The sandbox
    knows nothing of the bot; these are plain callables. `describe` names them in the
    viewer's language."""

    reset: Callable[[], Awaitable[None]] | None = None
    demo: Callable[[], Awaitable[None]] | None = None
    describe: Callable[[list[int], str], Awaitable[dict[int, str]]] | None = None


HOOKS = web.AppKey("hooks", PageHooks)
# How long an injected timeout holds its answer: past python-telegram-bot's 5 s read timeout.
FAULT_HOLD = web.AppKey("fault_hold", dict[str, float])
STREAMS_OPEN = web.AppKey("streams_open", dict[str, bool])


@web.middleware
async def _this_machine_only(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Refuse what another host or another site's page asks. The Bot API's clients (the bot)
    send neither Origin nor Sec-Fetch-Site; a browser always sends them on its requests."""
    if urlparse(f"//{request.host}").hostname not in LOOPBACK:
        raise web.HTTPForbidden(text="the sandbox answers only to 127.0.0.1")
    origin = request.headers.get("Origin")
    if origin is not None and origin != f"http://{request.host}":
        raise web.HTTPForbidden(text="another site may not use the sandbox")
    page = request.method == "GET" and (request.path == "/" or request.path.startswith("/page/"))
    site = request.headers.get("Sec-Fetch-Site", "same-origin")
    if not page and site not in ("same-origin", "none"):
        raise web.HTTPForbidden(text="another site may not use the sandbox")
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


async def _body(request: web.Request) -> dict[str, Any]:
    """A JSON object, or 400. Only application/json: a plain HTML form elsewhere can't send it."""
    if request.content_type != "application/json":
        raise web.HTTPBadRequest(text="expected application/json")
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="expected a JSON object") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return body


def _id(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise web.HTTPBadRequest(text=f"{name} must be a number") from None


async def _api(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    params: dict[str, Any] = dict(request.query)
    files: dict[str, StoredFile] = {}
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.can_read_body:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[name] = StoredFile(value.file.read(), value.filename, value.content_type)
            else:
                params[name] = value
    try:
        status, body = await tg.call(
            request.match_info["token"], request.match_info["method"], params, files
        )
    except Dropped:
        # An injected timeout or lost answer: no answer until the bot stopped waiting.
        await asyncio.sleep(request.app[FAULT_HOLD]["seconds"])
        return web.json_response({"ok": False, "error_code": 504}, status=504)
    return web.json_response(body, status=status)


async def _file(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    data = tg.file_bytes(request.match_info["path"])
    if request.match_info["token"] != tg.token or data is None:
        raise web.HTTPNotFound()
    return web.Response(body=data)


# ---------------------------------------------------------------------- the side door


async def _page(request: web.Request) -> web.Response:
    """The page: index.html, page.css, page.js; nothing else, nothing from elsewhere."""
    name = request.match_info.get("name", "index.html")
    kinds = {"index.html": "text/html", "page.css": "text/css", "page.js": "text/javascript"}
    if name not in kinds:
        raise web.HTTPNotFound()
    if name != "index.html":
        body = (PAGE_DIR / name).read_bytes()
        return web.Response(
            body=body, content_type=kinds[name], charset="utf-8", headers=PAGE_HEADERS
        )
    language = texts.choose(request.headers.get("Accept-Language"))
    headers = {**PAGE_HEADERS, "Content-Language": language, "Vary": "Accept-Language"}
    return web.Response(
        text=_index(language), content_type="text/html", charset="utf-8", headers=headers
    )


def _index(language: str) -> str:
    """index.html with the page's words in this language: {{key}} is the text of
    `sandbox-<key>`, escaped; the script reads them all from the body's data-texts."""
    words = texts.texts(language)
    fixed = {
        "lang": language,
        "dir": "rtl" if language in texts.RIGHT_TO_LEFT else "ltr",
        "texts": json.dumps(words, ensure_ascii=False),
    }

    def fill(found: re.Match[str]) -> str:
        key = found.group(1)
        if key in fixed:
            return html.escape(fixed[key])
        # The link's dialog shows the command it will send where its text says {command}.
        return html.escape(words[key]).replace("{command}", '<code id="open-as-command"></code>')

    page = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{([a-z-]+)\}\}", fill, page)


async def _no_icon(request: web.Request) -> web.Response:
    return web.Response(status=204)


async def _people(request: web.Request) -> web.Response:
    """Everyone the page shows, with their role (from the bot, when it says) and menu."""
    tg = request.app[TELEGRAM]
    hooks = request.app[HOOKS]
    language = texts.choose(request.headers.get("Accept-Language"))
    labels = await hooks.describe(list(tg.users), language) if hooks.describe else {}
    # Read the people after the await: a reset may have happened meanwhile.
    people = [
        {**user, "label": labels.get(i, ""), "commands": tg.commands(i)}
        for i, user in list(tg.users.items())
    ]
    return web.json_response(
        {
            "epoch": tg.epoch,
            "seq": len(tg.events),
            "bot_username": tg.bot_username,
            "demo": hooks.demo is not None,
            "people": people,
        },
        headers={"Cache-Control": "no-store"},
    )


async def _stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: everything the page follows, as it happens. Each event's id is
    `<epoch>.<seq>`, so a browser reconnecting (Last-Event-ID) continues where it was, and
    after a reset gets a `reset` event and everything since."""
    tg = request.app[TELEGRAM]
    since = request.headers.get("Last-Event-ID") or request.query.get("since", "")
    epoch_text, _dot, seq_text = since.partition(".")
    epoch = int(epoch_text) if epoch_text.isdigit() else tg.epoch
    after = int(seq_text) if seq_text.isdigit() else len(tg.events)
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
    )
    await response.prepare(request)
    streams = request.app[STREAMS_OPEN]
    try:
        while streams["open"]:
            if epoch != tg.epoch or after > len(tg.events):
                epoch, after = tg.epoch, 0
                await response.write(f"id: {epoch}.0\nevent: reset\ndata: {{}}\n\n".encode())
            events = tg.events[after:]
            if not events:
                # changed() is taken before any await, so no event can slip in between.
                try:
                    await asyncio.wait_for(tg.changed(), 15)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                continue
            for event in events:
                after = event["seq"]
                data = json.dumps(event, ensure_ascii=False)
                await response.write(f"id: {epoch}.{after}\ndata: {data}\n\n".encode())
    except ConnectionResetError:
        pass  # the page was closed
    return response


async def _close_streams(app: web.Application) -> None:
    app[STREAMS_OPEN]["open"] = False
    app[TELEGRAM].wake()


async def _events(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    after = int(request.query.get("after", 0))
    timeout = min(float(request.query.get("timeout", 25)), 55)
    if after > len(tg.events):  # the sandbox was reset: start again
        after = 0
    return web.json_response({"events": await tg.wait_events(after, timeout)})


async def _user(request: web.Request) -> web.Response:
    """Create or update a Telegram user; without an id, a new person (the page's "+")."""
    body = await _body(request)
    tg = request.app[TELEGRAM]
    if body.get("id") is None:
        taken = [i for i in tg.users if i in NEW_PEOPLE]
        user_id = max(taken, default=NEW_PEOPLE.start - 1) + 1
    else:
        user_id = _id(body["id"], "id")
    name = str(body.get("first_name", "")).strip()
    if len(name) > 64:
        raise web.HTTPBadRequest(text="first_name: 64 characters at most")
    language = body.get("language_code", "fr")
    if language is not None and not (isinstance(language, str) and len(language) <= 10):
        raise web.HTTPBadRequest(text="language_code: a short code such as fr or en")
    user = await tg.user(user_id, first_name=name, language_code=language)
    return web.json_response(user)


async def _send(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    if request.content_type == "multipart/form-data":
        form = await request.post()
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(text="expected a file")
        kind = str(form.get("kind", "photo"))
        if kind not in MEDIA:
            raise web.HTTPBadRequest(text="unknown media kind")
        reply = form.get("reply_to")
        try:
            message = await tg.send_media(
                _id(form.get("user_id"), "user_id"),
                kind,
                upload.file.read(),
                filename=upload.filename,
                mime_type=upload.content_type,
                caption=str(form.get("caption", "")),
                reply_to=_id(reply, "reply_to") if reply else None,
            )
        except ApiError as error:
            raise web.HTTPBadRequest(text=error.description) from None
        return web.json_response(message)
    body = await _body(request)
    reply_to = body.get("reply_to")
    text = str(body.get("text", ""))
    if not text.strip() or len(text) > MAX_TEXT:
        raise web.HTTPBadRequest(text=f"text: 1 to {MAX_TEXT} characters")
    try:
        message = await tg.send(
            _id(body.get("user_id"), "user_id"),
            text,
            reply_to=_id(reply_to, "reply_to") if reply_to else None,
        )
    except ApiError as error:  # a reply to a message that is not in this chat
        raise web.HTTPBadRequest(text=error.description) from None
    return web.json_response(message)


async def _press(request: web.Request) -> web.Response:
    body = await _body(request)
    tg = request.app[TELEGRAM]
    user_id = _id(body.get("user_id"), "user_id")
    message_id = _id(body.get("message_id"), "message_id")
    if message_id not in tg.messages.get(user_id, {}):
        raise web.HTTPBadRequest(text="no such message in this person's chat")
    query_id = await tg.press(user_id, message_id, str(body.get("data", "")))
    return web.json_response({"callback_query_id": query_id})


async def _chat(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    chat_id = int(request.match_info["chat_id"])
    return web.json_response(
        {
            "user": tg.users.get(chat_id),
            "messages": tg.chat_messages(chat_id),
            "commands": tg.commands(chat_id),
        }
    )


async def _download(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    stored = tg.files.get(request.match_info["file_id"])
    if stored is None:
        raise web.HTTPNotFound()
    # Shown inline only when it is a picture; anything else is a download, never a page.
    inline = stored.mime_type.startswith("image/") and "svg" not in stored.mime_type
    name = "".join(c for c in stored.filename if c.isalnum() or c in "._- ") or "file"
    disposition = "inline" if inline else f'attachment; filename="{name}"'
    return web.Response(
        body=stored.data,
        content_type=stored.mime_type if inline else "application/octet-stream",
        headers={**PAGE_HEADERS, "Content-Disposition": disposition},
    )


async def _reset(request: web.Request) -> web.Response:
    """Forget everything; with the bot beside it, the bot starts again from scratch too."""
    hooks = request.app[HOOKS]
    if hooks.reset is not None:
        await hooks.reset()
    else:
        request.app[TELEGRAM].reset()
    return web.json_response({"ok": True})


async def _faults(request: web.Request) -> web.Response:
    """Inject faults (POST {"rate": 0.2 or {"sendMessage": 0.2}, "kinds": [...], "seed": 1,
    "retry_after": 1, "hold": 6}; a rate of 0 stops them) and count them (GET)."""
    tg = request.app[TELEGRAM]
    if request.method == "POST":
        body = await _body(request)
        rate = body.get("rate", 0)
        kinds = tuple(body.get("kinds") or FAULT_KINDS)
        try:
            if rate in (0, {}, None):
                tg.stop_faults()
            elif isinstance(rate, dict):
                tg.inject_faults(
                    {str(k): float(v) for k, v in rate.items()},
                    kinds=kinds,
                    seed=_id(body.get("seed", 0), "seed"),
                    retry_after=_id(body.get("retry_after", 1), "retry_after"),
                )
            else:
                tg.inject_faults(
                    float(rate),
                    kinds=kinds,
                    seed=_id(body.get("seed", 0), "seed"),
                    retry_after=_id(body.get("retry_after", 1), "retry_after"),
                )
        except (TypeError, ValueError) as error:
            raise web.HTTPBadRequest(text=str(error)) from None
        if "hold" in body:
            request.app[FAULT_HOLD]["seconds"] = max(0.0, float(body["hold"]))
    counts: dict[str, dict[str, int]] = {}
    for (method, kind), n in sorted(tg.fault_counts.items()):
        counts.setdefault(method, {})[kind] = n
    return web.json_response(
        {
            "active": tg.faults is not None,
            "counts": counts,
            "total": sum(tg.fault_counts.values()),
        }
    )


async def _demo(request: web.Request) -> web.Response:
    """Start again with the demo programme (only when the bot runs beside the sandbox)."""
    hooks = request.app[HOOKS]
    if hooks.demo is None:
        raise web.HTTPNotFound(text="no demo programme here: the bot is not run by the sandbox")
    await hooks.demo()
    return web.json_response({"ok": True})


async def _webhook_sender(app: web.Application) -> Any:
    """Deliver pending updates to the webhook, in order, while one is set."""
    tg = app[TELEGRAM]

    async def deliver() -> None:
        async with ClientSession(timeout=ClientTimeout(total=30)) as session:
            while True:
                hook = tg.webhook
                pending = sorted(tg.pending.items())
                if not hook or not pending:
                    await tg.changed()
                    continue
                update_id, update = pending[0]
                headers = {"Content-Type": "application/json"}
                if hook["secret"]:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret"]
                try:
                    async with session.post(
                        hook["url"], data=json.dumps(update), headers=headers
                    ) as answer:
                        delivered = answer.status == 200
                except OSError:
                    delivered = False
                if delivered:
                    tg.confirm(update_id)
                else:
                    await asyncio.sleep(0.2)  # Telegram retries too, later

    task = asyncio.create_task(deliver())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def make_app(tg: Telegram, hooks: PageHooks | None = None) -> web.Application:
    app = web.Application(client_max_size=60 * 1024 * 1024, middlewares=[_this_machine_only])
    app[TELEGRAM] = tg
    app[HOOKS] = hooks or PageHooks()
    app[STREAMS_OPEN] = {"open": True}
    app[FAULT_HOLD] = {"seconds": 6.0}
    app.router.add_get("/", _page)
    app.router.add_get("/page/{name}", _page)
    app.router.add_get("/favicon.ico", _no_icon)
    app.router.add_get("/sandbox/people", _people)
    app.router.add_get("/sandbox/stream", _stream)
    app.router.add_post("/sandbox/demo", _demo)
    app.on_shutdown.append(_close_streams)
    app.router.add_route("*", "/bot{token}/{method}", _api)
    app.router.add_get("/file/bot{token}/{path:.+}", _file)
    app.router.add_get("/sandbox/events", _events)
    app.router.add_post("/sandbox/user", _user)
    app.router.add_post("/sandbox/send", _send)
    app.router.add_post("/sandbox/press", _press)
    app.router.add_get("/sandbox/chat/{chat_id}", _chat)
    app.router.add_get("/sandbox/files/{file_id}", _download)
    app.router.add_post("/sandbox/reset", _reset)
    app.router.add_get("/sandbox/faults", _faults)
    app.router.add_post("/sandbox/faults", _faults)
    app.cleanup_ctx.append(_webhook_sender)
    return app


async def start_server(
    tg: Telegram, host: str = "127.0.0.1", port: int = 8081, hooks: PageHooks | None = None
) -> tuple[web.AppRunner, str]:
    """Serve the sandbox; port 0 picks a free one. Returns the runner and the base URL."""
    # On stopping, a long poll (getUpdates) still waiting is cut short after a quarter second:
    # it holds no work, and `make run` should stop at once.
    runner = web.AppRunner(make_app(tg, hooks), access_log=None, shutdown_timeout=0.25)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    server = site._server
    assert server is not None and server.sockets  # type: ignore[attr-defined]
    bound = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    return runner, f"http://{host}:{bound}"
