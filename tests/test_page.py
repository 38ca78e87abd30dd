"""The sandbox's page and its JSON side door over HTTP: served with a strict CSP, nothing
from or to any other host, refused to other sites, live events, clear errors."""

from __future__ import annotations

import asyncio
import html
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, FormData
from telegram import Bot, InputFile

from sandbox import PageHooks, Telegram, start_server

TOKEN = "123456:sandbox-token-not-a-real-telegram-token"
INES = 1001  # fictitious


@pytest.fixture
async def served() -> AsyncIterator[tuple[Telegram, str, ClientSession]]:
    tg = Telegram(token=TOKEN)
    runner, url = await start_server(tg, port=0)
    async with ClientSession() as session:
        yield tg, url, session
    await runner.cleanup()


async def test_page_files_name_no_other_host_and_csp_allows_only_this_one(
    served: tuple[Telegram, str, ClientSession],
) -> None:
    _tg, url, session = served
    bodies = {}
    for path in ("/", "/page/page.js", "/page/page.css"):
        async with session.get(url + path) as answer:
            assert answer.status == 200
            bodies[path] = await answer.text()
            csp = answer.headers["Content-Security-Policy"]
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
    index = bodies["/"]
    assert '<script src="/page/page.js"' in index and "/page/page.css" in index
    for path, body in bodies.items():
        hosts = re.findall(r"(?:https?:)?//([A-Za-z0-9][A-Za-z0-9.-]*)", body)
        assert set(hosts) <= {"127.0.0.1"}, (path, hosts)
        assert "@import" not in body and "url(" not in body, path
    # Resources by path on this server only; no inline script, handler or style.
    assert all(ref.startswith("/") for ref in re.findall(r'(?:src|href)="([^"]*)"', index))
    assert not re.search(r"<script>|\son[a-z]+=|\sstyle=", index)
    # The policy names no host or scheme, and allows nothing inline or evaluated.
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    allowed = {value for d in directives.values() for value in d.split()}
    assert allowed <= {"'self'", "'none'"}, csp


async def test_other_sites_and_other_host_names_are_refused(
    served: tuple[Telegram, str, ClientSession],
) -> None:
    tg, url, session = served
    port = url.rsplit(":", 1)[1]
    send = {"user_id": INES, "text": "coucou"}
    refused = [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Host": f"evil.example:{port}"},  # a rebound DNS name pointing here
    ]
    for headers in refused:
        async with session.post(f"{url}/sandbox/send", json=send, headers=headers) as answer:
            assert answer.status == 403, headers
        async with session.get(f"{url}/sandbox/people", headers=headers) as answer:
            assert answer.status == 403, headers
    assert tg.chat_messages(INES) == [], "nothing was sent"
    same = {"Origin": url, "Sec-Fetch-Site": "same-origin"}
    async with session.post(f"{url}/sandbox/send", json=send, headers=same) as answer:
        assert answer.status == 200
    assert tg.chat_messages(INES)[0]["text"] == "coucou"


@pytest.mark.parametrize(
    ("path", "body", "content_type", "error"),
    [
        ("/sandbox/send", {"user_id": INES, "text": "   "}, None, "text: 1 to 4096"),
        ("/sandbox/send", {"user_id": INES, "text": "x" * 4097}, None, "text: 1 to 4096"),
        ("/sandbox/send", {"text": "salut"}, None, "user_id must be a number"),
        ("/sandbox/send", {"user_id": INES, "text": "oui", "reply_to": 42}, None, "not found"),
        ("/sandbox/send", "user_id=1001&text=hi", "text/plain", "expected application/json"),
        ("/sandbox/press", {"user_id": INES, "message_id": 99, "data": "x"}, None, "no such"),
        ("/sandbox/user", {"first_name": "N" * 65}, None, "64 characters"),
        ("/sandbox/user", [1, 2], None, "expected a JSON object"),
        ("/sandbox/demo", {}, None, "no demo programme here"),
    ],
)
async def test_bad_side_door_input_gets_a_clear_400_and_changes_nothing(
    served: tuple[Telegram, str, ClientSession],
    path: str,
    body: Any,
    content_type: str | None,
    error: str,
) -> None:
    tg, url, session = served
    before = (len(tg.events), len(tg.users), len(tg.updates))
    if content_type:
        request = session.post(url + path, data=body, headers={"Content-Type": content_type})
    else:
        request = session.post(url + path, json=body)
    async with request as answer:
        assert answer.status in (400, 404)
        assert error in await answer.text()
    assert (len(tg.events), len(tg.users), len(tg.updates)) == before


async def test_added_people_get_new_ids_and_appear_with_their_menu(
    served: tuple[Telegram, str, ClientSession],
) -> None:
    tg, url, session = served
    for name in ("Nora", "Tom"):
        async with session.post(f"{url}/sandbox/user", json={"first_name": name}) as answer:
            assert answer.status == 200
    async with session.get(f"{url}/sandbox/people") as answer:
        listed = await answer.json()
    assert [(p["id"], p["first_name"]) for p in listed["people"]] == [(5001, "Nora"), (5002, "Tom")]
    assert listed["demo"] is False and listed["bot_username"] == "lien_sandbox_bot"
    assert listed["seq"] == len(tg.events) and listed["epoch"] == tg.epoch


async def read_events(answer: Any, count: int) -> list[tuple[str, str, str]]:
    """(id, event name, data) of the next `count` server-sent events."""
    found: list[tuple[str, str, str]] = []
    fields: dict[str, str] = {}
    while len(found) < count:
        line = (await asyncio.wait_for(answer.content.readline(), 5)).decode().rstrip("\n")
        if not line:
            if "data" in fields:
                found.append((fields.get("id", ""), fields.get("event", "message"), fields["data"]))
            fields = {}
        elif not line.startswith(":"):
            key, _sep, value = line.partition(": ")
            fields[key] = value
    return found


async def test_stream_brings_messages_edits_toasts_and_resets_live(
    served: tuple[Telegram, str, ClientSession],
) -> None:
    tg, url, session = served
    await tg.user(INES, first_name="Inès")
    since = f"{tg.epoch}.{len(tg.events)}"
    async with session.get(f"{url}/sandbox/stream", params={"since": since}) as answer:
        assert answer.headers["Content-Type"].startswith("text/event-stream")
        await tg.send(INES, "/start")
        async with Bot(TOKEN, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot") as bot:
            sent = await bot.send_message(INES, "<b>Bonjour</b>", parse_mode="HTML")
            await bot.edit_message_text("Re-bonjour", INES, sent.message_id)
        (first, second, third) = await read_events(answer, 3)
        assert json.loads(first[2])["message"]["text"] == "/start"
        assert json.loads(second[2])["message"]["entities"][0]["type"] == "bold"
        edit = json.loads(third[2])
        assert edit["kind"] == "edit" and edit["message"]["text"] == "Re-bonjour"
        assert third[0] == f"{tg.epoch}.{edit['seq']}"

        tg.reset()
        ((reset_id, name, _data),) = await read_events(answer, 1)
        assert name == "reset" and reset_id == f"{tg.epoch}.0"
        await tg.user(INES, first_name="Inès")
        ((_id, _name, data),) = await read_events(answer, 1)
        assert json.loads(data) == {"seq": 1, "kind": "user", "user_id": INES}


async def test_photos_show_inline_and_documents_download(
    served: tuple[Telegram, str, ClientSession],
) -> None:
    tg, url, session = served
    await tg.send(INES, "/start")
    async with Bot(TOKEN, base_url=f"{url}/bot", base_file_url=f"{url}/file/bot") as bot:
        doc = await bot.send_document(INES, InputFile(b"BEGIN:VCALENDAR\n", filename="séance.ics"))
    assert doc.document is not None
    async with session.get(f"{url}/sandbox/files/{doc.document.file_id}") as answer:
        assert answer.headers["Content-Type"] == "application/octet-stream"
        assert answer.headers["Content-Disposition"] == 'attachment; filename="séance.ics"'
        assert await answer.read() == b"BEGIN:VCALENDAR\n"
    form = FormData({"user_id": str(INES), "kind": "photo"})
    form.add_field("file", b"\x89PNG fake", filename="cv.png", content_type="image/png")
    async with session.post(f"{url}/sandbox/send", data=form) as answer:
        photo = (await answer.json())["photo"][-1]["file_id"]
    async with session.get(f"{url}/sandbox/files/{photo}") as answer:
        assert answer.headers["Content-Disposition"] == "inline"
        assert "default-src 'self'" in answer.headers["Content-Security-Policy"]


async def test_reset_and_demo_go_through_the_hooks_when_a_bot_runs_beside() -> None:
    tg = Telegram(token=TOKEN)
    calls: list[str] = []

    async def reset() -> None:
        calls.append("reset")

    async def demo() -> None:
        calls.append("demo")

    async def describe(ids: list[int], language: str) -> dict[int, str]:
        return {i: {"fr": "jeune", "en": "youth"}[language] for i in ids}

    runner, url = await start_server(
        tg, port=0, hooks=PageHooks(reset=reset, demo=demo, describe=describe)
    )
    try:
        await tg.user(INES, first_name="Inès")
        async with ClientSession() as session:
            for path in ("/sandbox/reset", "/sandbox/demo"):
                async with session.post(url + path, json={}) as answer:
                    assert answer.status == 200
            async with session.get(f"{url}/sandbox/people") as answer:
                listed = await answer.json()
            english = {"Accept-Language": "en-GB,en;q=0.9"}
            async with session.get(f"{url}/sandbox/people", headers=english) as answer:
                in_english = await answer.json()
        assert calls == ["reset", "demo"]
        assert listed["demo"] is True and listed["people"][0]["label"] == "jeune"
        assert in_english["people"][0]["label"] == "youth"
    finally:
        await runner.cleanup()


def test_arrows_the_sandbox_imports_nothing_of_the_bot_and_only_sandbox_mode_uses_it() -> None:
    root = Path(__file__).resolve().parent.parent
    imports = re.compile(r"^\s*(?:from|import)\s+(\w+)", re.M)
    for path in (root / "sandbox").rglob("*.py"):
        found = set(imports.findall(path.read_text(encoding="utf-8")))
        assert not found & {"bot", "handlers", "storage"}, path
    users = [
        path.relative_to(root).as_posix()
        for folder in ("bot", "handlers", "storage")
        for path in (root / folder).rglob("*.py")
        if "sandbox" in imports.findall(path.read_text(encoding="utf-8"))
    ]
    assert users == ["bot/sandbox_mode.py"]


@pytest.mark.parametrize(
    ("accept", "language", "title"),
    [
        (None, "fr", "Lien — bac à sable"),  # no language named: the programme's first
        ("fr-CH,fr;q=0.9,en;q=0.8", "fr", "Lien — bac à sable"),
        ("en-GB,en;q=0.9", "en", "Lien — sandbox"),
        ("ja,de;q=0.5", "de", "Lien — Sandbox"),  # the first one Lien speaks
        ("ja,ko;q=0.9", "en", "Lien — sandbox"),  # none Lien speaks: English
        ("fr;q=0,en", "en", "Lien — sandbox"),  # q=0: not French
        ("ar", "ar", "Lien — بيئة تجريبية"),
    ],
)
async def test_the_page_speaks_the_browsers_language(
    served: tuple[Telegram, str, ClientSession], accept: str | None, language: str, title: str
) -> None:
    _tg, url, session = served
    headers = {"Accept-Language": accept} if accept is not None else {}
    async with session.get(url + "/", headers=headers) as answer:
        assert answer.headers["Content-Language"] == language
        assert "Accept-Language" in answer.headers["Vary"]
        page = await answer.text()
    assert f"<title>{title}</title>" in page
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in page
    assert "{{" not in page and '<code id="open-as-command"></code>' in page
    # The script's words: every text of the language's sandbox.ftl, with its placeables.
    found = re.search(r'<body data-texts="([^"]*)">', page)
    assert found is not None
    words = json.loads(html.unescape(found.group(1)))
    ftl = (Path(__file__).resolve().parents[1] / "locales" / language / "sandbox.ftl").read_text()
    assert set(words) == {
        k.removeprefix("sandbox-") for k in re.findall(r"^(sandbox-\S+) =", ftl, re.M)
    }
    assert "{error}" in words["not-sent"] and "{time}" in words["edited"]
