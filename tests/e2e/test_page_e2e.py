"""`make run` without a token: the bot and the sandbox's page in one process, with its own
database and the default people; played over HTTP, then in a real headless Chromium."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import struct
import sys
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INES, MARC, CLAIRE = 1001, 2001, 9001


class SandboxRun:
    """One `python -m bot` without a token, as `make run` starts it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.database = folder / "lien-sandbox.db"
        self.output: list[str] = []
        self.url = ""

    async def start(self) -> None:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
        environment.update(
            LIEN_SANDBOX_PORT="0",
            LIEN_SANDBOX_DATABASE=str(self.database),
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(ROOT),
        )
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=self.folder,  # no .env from the repository, no lien.db written there
            env=environment,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        assert self.process.stdout is not None
        try:
            # It waits for the line, so a generous limit costs nothing when all goes well:
            # a cold start took 22-25 s at load 17 with two CPU hogs, and 30 s once failed.
            async with asyncio.timeout(90):
                async for line in self.process.stdout:
                    self.output.append(line.decode(errors="replace"))
                    if found := re.search(
                        r"Open (http://127\.0\.0\.1:\d+)/ in your browser", line.decode()
                    ):
                        self.url = found.group(1)
                        break
        except BaseException:
            self.process.kill()  # never left running after the test
            await self.process.wait()
            raise
        assert self.url, "".join(self.output)
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for line in self.process.stdout:
            self.output.append(line.decode(errors="replace"))

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(self.process.wait(), 20)
        await self._reader

    async def people(self, session: ClientSession) -> dict[int, dict[str, Any]]:
        async with session.get(f"{self.url}/sandbox/people") as answer:
            return {p["id"]: p for p in (await answer.json())["people"]}


@pytest.fixture
async def run(tmp_path: Path) -> AsyncIterator[SandboxRun]:
    sandbox = SandboxRun(tmp_path)
    await sandbox.start()
    yield sandbox
    await sandbox.stop()
    output = "".join(sandbox.output)
    assert "Traceback" not in output, output
    assert sandbox.process.returncode == 0, output


async def test_sandbox_mode_has_its_people_its_database_reset_and_demo(run: SandboxRun) -> None:
    assert run.database.exists() and not (run.folder / "lien.db").exists()
    async with ClientSession() as session:
        people = await run.people(session)
        assert [p["first_name"] for p in people.values()] == [
            "Inès",
            "Marc",
            "Léa",
            "Samir",
            "Claire",
        ]
        assert people[MARC]["label"] == "mentor·e · Montagnes"
        assert people[CLAIRE]["label"] == "membre du COPIL · tout le programme"
        assert people[INES]["label"] == ""  # not in Lien until she says so
        assert "invite" in [c["command"] for c in people[CLAIRE]["commands"]]

        async with session.post(f"{run.url}/sandbox/demo", json={}) as answer:
            assert answer.status == 200
        people = await run.people(session)
        assert people[2101]["label"] == "mentor·e · Littoral"
        # The demo's training invitation reaches every mentor's pane through the outbox.
        nadia = Person(run, session, 2101)
        invitation = await nadia.sees("Écoute active")
        assert invitation["document"]["file_name"].endswith(".ics"), invitation

        await Person(run, session, MARC).types("/help", "vous pouvez faire")

        async with session.post(f"{run.url}/sandbox/reset", json={}) as answer:
            assert answer.status == 200
        people = await run.people(session)
        assert len(people) == 5 and 2101 not in people
        async with session.get(f"{run.url}/sandbox/chat/{MARC}") as answer:
            assert (await answer.json())["messages"] == []


class Person:
    """Someone at the page, through the same side door: types, presses buttons by label."""

    def __init__(self, run: SandboxRun, session: ClientSession, user_id: int) -> None:
        self.url, self.session, self.id = run.url, session, user_id

    async def messages(self) -> list[dict[str, Any]]:
        async with self.session.get(f"{self.url}/sandbox/chat/{self.id}") as answer:
            return list((await answer.json())["messages"])

    async def sees(self, text: str) -> dict[str, Any]:
        """The bot's latest message holding `text` (new or edited, in its text, its
        caption or on a button), once it is there."""
        for _ in range(250):
            for message in reversed(await self.messages()):
                rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
                said = message.get("text") or message.get("caption", "")
                shown = [said, *(b["text"] for row in rows for b in row)]
                if message["from"]["is_bot"] and any(text in part for part in shown):
                    return message
            await asyncio.sleep(0.04)
        raise AssertionError(f"{self.id} never saw {text!r}: {await self.messages()}")

    async def types(self, text: str, then: str | None = None) -> None:
        body = {"user_id": self.id, "text": text}
        async with self.session.post(f"{self.url}/sandbox/send", json=body) as answer:
            assert answer.status == 200
        if then is not None:
            await self.sees(then)

    async def presses(self, label: str, then: str) -> None:
        """Press the latest button with this label, once it is there (the message holding
        the buttons may come a moment after the one the last step waited for)."""
        for _ in range(250):
            for message in reversed(await self.messages()):
                rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
                for button in (b for row in rows for b in row if label in b["text"]):
                    body = {"user_id": self.id, "message_id": message["message_id"]}
                    body["data"] = button["callback_data"]
                    async with self.session.post(f"{self.url}/sandbox/press", json=body) as sent:
                        assert sent.status == 200
                    await self.sees(then)
                    return
            await asyncio.sleep(0.04)
        raise AssertionError(f"no button {label!r} for {self.id}")


async def test_the_readme_walk_through_works_in_sandbox_mode(run: SandboxRun) -> None:
    """README, "A walk-through": every step as written there, with its labels."""
    async with ClientSession() as session:
        ines, marc, lea, claire = (Person(run, session, i) for i in (INES, MARC, 2002, CLAIRE))
        await ines.types("/start", "Choisis ta langue")
        await ines.presses("Français", "C'est toi qui décides")
        await ines.presses("✅ D'accord", "Merci, Inès")

        await ines.presses("🤝 Demander un contact", "Où as-tu rencontré")
        await ines.presses("⚽ Sport", "C'est à propos de quoi")
        await ines.presses("Travail", "✅ Travail")
        await ines.presses("Continuer ▶", "Quel âge")
        await ines.presses("18–25 ans", "prénom ou surnom")
        await ines.presses("Garder « Inès »", "petit message")
        await ines.types("Je cherche un apprentissage de cuisinière.", "Je l'envoie ?")
        await ines.presses("✅ Envoyer", "C'est envoyé")
        await lea.sees("apprentissage de cuisinière")

        await marc.presses("✅ Accepter", "Vous avez accepté la demande d'Inès")
        await ines.sees("Marc a accepté ta demande")
        await lea.sees("déjà été acceptée")

        await ines.types("Bonjour Marc !")
        await marc.sees("Bonjour Marc !")
        await marc.types("Bonjour Inès, à samedi au club ?")
        await ines.sees("à samedi au club")

        await marc.types("/log aujourd'hui 45 min avec Inès, travail", "Quel type de suivi")
        await marc.presses("Au long cours", "Votre suivi")
        await marc.presses("✅ Enregistrer", "Enregistré : 45 min")

        await claire.types("/broadcast", "À qui envoyer")
        await claire.presses("Les mentor·es", "Pour quelle équipe")
        await claire.presses("Montagnes", "Envoyez le message")
        await claire.types(
            "Formation « Écoute active » jeudi 3 décembre à 18h30", "📤 Envoyer maintenant (2)"
        )
        await claire.presses("📤 Envoyer maintenant (2)", "C'est parti")
        await lea.sees("Écoute active")
        await marc.sees("Écoute active")
        await claire.sees("terminée : 2 envoyé")


def _png() -> bytes:
    """A real 2x2 picture, so the browser has something to decode and show."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = b"".join(b"\x00" + b"\x2f\x7b\xbf" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(pixels))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def chromium() -> str:
    """Debian's chromium, or a plain skip (a failure when LIEN_REQUIRE_BROWSER=1, as in CI)."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    reason = f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium; .ci/run does it)"
    if os.environ.get("LIEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"LIEN_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


async def test_in_a_browser_youth_joins_and_copil_invites_a_mentor(
    chromium: str, run: SandboxRun, tmp_path: Path
) -> None:
    from playwright.async_api import async_playwright, expect

    expect.set_options(timeout=15_000)  # a shared, busy machine: wait longer, never sleep

    requested: list[str] = []
    problems: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        # The README's walk-through is French: the page's own words follow the browser's.
        page = await browser.new_page(viewport={"width": 1440, "height": 900}, locale="fr-FR")
        page.on("request", lambda request: requested.append(request.url))
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("dialog", lambda dialog: asyncio.ensure_future(dialog.accept()))
        await page.goto(f"{run.url}/")

        # The youth sends /start, picks French and agrees.
        ines = page.locator(f'.pane[data-id="{INES}"]')
        await ines.locator(".text").fill("/start")
        await ines.locator(".text").press("Enter")
        await ines.get_by_role("button", name="Français").click()
        await ines.get_by_role("button", name="D'accord").click()
        await expect(ines.locator(".msg.bot").last).to_contain_text("Merci, Inès")
        await expect(ines.locator(".label")).to_have_text("jeune")

        # She asks for contact; Marc accepts; they talk through the bot.
        await ines.get_by_role("button", name="Demander un contact").click()
        steps = [
            ("Sport", "C'est à propos de quoi"),
            ("Travail", "✅ Travail"),  # a toggle: the same question, the theme ticked
            ("Continuer", "Quel âge"),
            ("18–25 ans", "prénom ou surnom"),
            ("Garder", "petit message"),
        ]
        for label, then in steps:
            await ines.get_by_role("button", name=label).click()
            await expect(ines.locator(".msg.bot").last).to_contain_text(then)
        await ines.locator(".text").fill("Je cherche un apprentissage de cuisinière.")
        await ines.locator(".text").press("Enter")
        await ines.get_by_role("button", name="Envoyer").click()
        marc = page.locator(f'.pane[data-id="{MARC}"]')
        await marc.get_by_role("button", name="Accepter").click()
        await expect(ines.locator(".msg.bot").last).to_contain_text("Marc a accepté")
        await ines.locator(".text").fill("Bonjour Marc ! Merci 🙂")
        await ines.locator(".text").press("Enter")
        await expect(marc.locator(".msg.bot").last).to_contain_text("Bonjour Marc !")
        # Marc answers that very message (with several youths, replying picks who gets it).
        await marc.locator(".msg.bot").last.locator("button.reply").click()
        await expect(marc.locator(".replying-text")).to_have_text("Bonjour Marc ! Merci 🙂")
        await marc.locator(".text").fill("Avec plaisir, à samedi au club ?")
        await marc.locator(".text").press("Enter")
        await expect(marc.locator(".msg.me .quote").last).to_have_text("Bonjour Marc ! Merci 🙂")
        await expect(ines.locator(".msg.bot").last).to_contain_text("à samedi au club")

        # A new person arrives; the COPIL invites a mentor from the commands menu.
        await page.get_by_role("button", name="+ Personne").click()
        await page.locator("#person-form input[name=first_name]").fill("Nora")
        await page.get_by_role("button", name="Ajouter").click()
        nora = page.locator('.pane[data-id="5001"]')
        await expect(nora.locator(".name")).to_have_text("Nora")
        claire = page.locator(f'.pane[data-id="{CLAIRE}"]')
        await claire.locator(".menu-button").click()
        await claire.get_by_role("button", name="/invite").click()
        await claire.get_by_role("button", name="mentor·e").click()
        link = claire.locator("a.deeplink").last
        await expect(link).to_contain_text("?start=i_")

        # Nora opens the link: in Telegram that sends /start <payload> from her phone.
        await link.click()
        await page.locator("#open-as-people").get_by_role("button", name="Nora").click()
        await nora.get_by_role("button", name="Français").click()
        await expect(nora.locator(".msg.bot").last).to_contain_text("comme mentor·e")
        await expect(nora.locator(".msg.bot b").first).to_have_text("Lien")
        await nora.get_by_role("button", name="D'accord").click()
        await expect(nora.locator(".msg.bot").last).to_contain_text("maintenant mentor·e")
        await expect(nora.locator(".label")).to_have_text("mentor·e · Montagnes")
        await expect(nora.locator(".msg.bot").first).to_contain_text("modifié")  # edited in place
        laptop = tmp_path / "sandbox-laptop.png"
        await page.screenshot(path=str(laptop))

        # A phone: one chat and the person switcher.
        await page.set_viewport_size({"width": 390, "height": 844})
        await page.locator("#switcher").select_option(str(INES))
        await expect(ines).to_be_visible()
        await expect(claire).to_be_hidden()
        phone = tmp_path / "sandbox-phone.png"
        await page.screenshot(path=str(phone))
        await page.set_viewport_size({"width": 1440, "height": 900})

        # Inès sends a photo: shown in her chat and, relayed, in Marc's, from this server.
        await ines.locator("input[type=file]").set_input_files(
            files=[{"name": "cv.png", "mimeType": "image/png", "buffer": _png()}]
        )
        await expect(ines.locator(".msg.me img")).to_have_count(1)
        await expect(marc.locator(".msg.bot img")).to_have_count(1)
        await page.wait_for_function(
            f"document.querySelector('.pane[data-id=\"{MARC}\"] .msg.bot img').naturalWidth == 2"
        )
        samir = page.locator('.pane[data-id="3001"]')

        # What people type is text, never markup; the bot's formatting is Telegram's.
        await samir.locator(".text").fill('<img src="/x" onerror="alert(1)"><b>pas gras</b>')
        await samir.locator(".text").press("Enter")
        typed = samir.locator(".msg.me").last
        await expect(typed).to_contain_text('<img src="/x" onerror="alert(1)"><b>pas gras</b>')
        assert await typed.locator("img, b").count() == 0

        await browser.close()

    assert laptop.stat().st_size > 20_000 and phone.stat().st_size > 10_000
    if folder := os.environ.get("LIEN_SCREENSHOTS_DIR"):  # to refresh the README's picture
        shutil.copy(laptop, Path(folder) / "sandbox.png")
        shutil.copy(phone, Path(folder) / "sandbox-phone.png")
    assert problems == [], problems
    assert requested and all(u.startswith(f"{run.url}/") for u in requested), requested


async def test_on_a_phone_chats_open_at_the_newest_message_follow_edits_and_show_news(
    chromium: str, run: SandboxRun
) -> None:
    """Issue 10 item 26: a message that grows when edited keeps its buttons in sight, a chat
    opens at its newest message, and the switcher shows who has new messages."""
    from playwright.async_api import async_playwright, expect

    expect.set_options(timeout=15_000)
    samir = 3001  # a peer helper
    problems: list[str] = []
    at_the_end = """(id) => { const l = document.querySelector(`.pane[data-id="${id}"] .messages`);
        return l.scrollHeight > l.clientHeight
            && l.scrollHeight - l.scrollTop - l.clientHeight < 2; }"""
    async with async_playwright() as playwright, ClientSession() as session:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = await browser.new_page(viewport={"width": 390, "height": 700}, locale="en-GB")
        page.on("pageerror", lambda error: problems.append(str(error)))
        await page.goto(f"{run.url}/")
        # An English browser: the page's own words in English, the bot's as each person's.
        await expect(page.locator("#add-person")).to_have_text("+ Person")
        await expect(page.locator(f'.pane[data-id="{INES}"] .label')).to_have_text(
            "not in Lien yet"
        )
        await page.locator("#switcher").select_option(str(INES))
        ines = page.locator(f'.pane[data-id="{INES}"]')
        await expect(ines).to_be_visible()

        # More than a screen of chat, then /start: the language question is the last message.
        for n in range(8):
            await ines.locator(".text").fill(f"Bonjour {n}")
            await ines.locator(".text").press("Enter")
            await expect(ines.locator(".msg.me")).to_have_count(n + 1)
        await ines.locator(".text").fill("/start")
        await ines.locator(".text").press("Enter")
        await ines.get_by_role("button", name="Français").click()
        # The question grew into the introduction with its buttons: they are in sight.
        agree = ines.get_by_role("button", name="D'accord")
        await expect(agree).to_have_count(1)
        assert await page.evaluate(at_the_end, INES)

        # The bot writes to Samir while Inès's chat is shown: the switcher says so.
        for n in range(6):
            await Person(run, session, samir).types(f"Salut {n}")
        await expect(page.locator(f'.pane[data-id="{samir}"] .msg.bot').nth(5)).to_be_attached()
        await expect(page.locator("#unread")).to_be_visible()
        await expect(page.locator(f'#switcher option[value="{samir}"]')).to_contain_text("●")
        # His chat opens at its newest message, and the sign goes.
        await page.locator("#switcher").select_option(str(samir))
        await expect(page.locator(f'.pane[data-id="{samir}"]')).to_be_visible()
        assert await page.evaluate(at_the_end, samir)
        await expect(page.locator("#unread")).to_be_hidden()
        await expect(page.locator(f'#switcher option[value="{samir}"]')).not_to_contain_text("●")
        await browser.close()
    assert problems == [], problems
