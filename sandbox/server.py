"""The sandbox over HTTP on 127.0.0.1: the Bot API at /bot<token>/<method> and files at
/file/bot<token>/<path>, exactly where python-telegram-bot looks for them; the people's side
door under /sandbox/ (JSON) for scripts and the browser page; webhook delivery to loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

from sandbox.core import MEDIA, StoredFile, Telegram

TELEGRAM = web.AppKey("telegram", Telegram)


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
    status, body = await tg.call(
        request.match_info["token"], request.match_info["method"], params, files
    )
    return web.json_response(body, status=status)


async def _file(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    data = tg.file_bytes(request.match_info["path"])
    if request.match_info["token"] != tg.token or data is None:
        raise web.HTTPNotFound()
    return web.Response(body=data)


# ---------------------------------------------------------------------- the side door


async def _events(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    after = int(request.query.get("after", 0))
    timeout = min(float(request.query.get("timeout", 25)), 55)
    if after > len(tg.events):  # the sandbox was reset: start again
        after = 0
    return web.json_response({"events": await tg.wait_events(after, timeout)})


async def _user(request: web.Request) -> web.Response:
    body = await request.json()
    tg = request.app[TELEGRAM]
    user = await tg.user(
        int(body["id"]),
        first_name=str(body.get("first_name", "")),
        language_code=body.get("language_code", "fr"),
    )
    return web.json_response(user)


async def _send(request: web.Request) -> web.Response:
    tg = request.app[TELEGRAM]
    if request.content_type == "multipart/form-data":
        form = await request.post()
        upload = form["file"]
        assert isinstance(upload, web.FileField)
        kind = str(form.get("kind", "photo"))
        if kind not in MEDIA:
            raise web.HTTPBadRequest(text="unknown media kind")
        message = await tg.send_media(
            int(str(form["user_id"])),
            kind,
            upload.file.read(),
            filename=upload.filename,
            mime_type=upload.content_type,
            caption=str(form.get("caption", "")),
        )
        return web.json_response(message)
    body = await request.json()
    reply_to = body.get("reply_to")
    message = await tg.send(
        int(body["user_id"]),
        str(body["text"]),
        reply_to=int(reply_to) if reply_to else None,
    )
    return web.json_response(message)


async def _press(request: web.Request) -> web.Response:
    body = await request.json()
    tg = request.app[TELEGRAM]
    query_id = await tg.press(int(body["user_id"]), int(body["message_id"]), str(body["data"]))
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
    return web.Response(
        body=stored.data,
        content_type=stored.mime_type,
        headers={"Content-Disposition": f'attachment; filename="{stored.filename}"'},
    )


async def _reset(request: web.Request) -> web.Response:
    request.app[TELEGRAM].reset()
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


def make_app(tg: Telegram) -> web.Application:
    app = web.Application(client_max_size=60 * 1024 * 1024)
    app[TELEGRAM] = tg
    app.router.add_route("*", "/bot{token}/{method}", _api)
    app.router.add_get("/file/bot{token}/{path:.+}", _file)
    app.router.add_get("/sandbox/events", _events)
    app.router.add_post("/sandbox/user", _user)
    app.router.add_post("/sandbox/send", _send)
    app.router.add_post("/sandbox/press", _press)
    app.router.add_get("/sandbox/chat/{chat_id}", _chat)
    app.router.add_get("/sandbox/files/{file_id}", _download)
    app.router.add_post("/sandbox/reset", _reset)
    app.cleanup_ctx.append(_webhook_sender)
    return app


async def start_server(
    tg: Telegram, host: str = "127.0.0.1", port: int = 8081
) -> tuple[web.AppRunner, str]:
    """Serve the sandbox; port 0 picks a free one. Returns the runner and the base URL."""
    runner = web.AppRunner(make_app(tg), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    server = site._server
    assert server is not None and server.sockets  # type: ignore[attr-defined]
    bound = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    return runner, f"http://{host}:{bound}"
