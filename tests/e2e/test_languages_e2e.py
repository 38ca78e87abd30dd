"""The sandbox in several languages: the README's walk-through with Inès in Portuguese, Marc in
German and Claire in French; and a youth in Arabic, right to left, in a real Chromium."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

from aiohttp import ClientSession

from tests.e2e.test_page_e2e import CHROMIUM_FLAGS, CLAIRE, INES, MARC, Person, SandboxRun
from tests.e2e.test_page_e2e import chromium as chromium  # the fixtures
from tests.e2e.test_page_e2e import run as run


async def test_the_walk_through_in_portuguese_german_and_french(run: SandboxRun) -> None:
    """Each person reads the bot in their own language; what people write goes as written."""
    async with ClientSession() as session:
        ines, marc, lea, claire = (Person(run, session, i) for i in (INES, MARC, 2002, CLAIRE))
        await marc.types("/language", "Choisissez votre langue")
        await marc.presses("Deutsch", "Ich schreibe Ihnen auf Deutsch")

        await ines.types("/start", "Choisis ta langue")
        await ines.presses("Português", "És tu que decides")
        await ines.presses("✅ Está bem", "Obrigado, Inès")
        await ines.presses("🤝 Pedir um contacto", "Onde conheceste")
        await ines.presses("⚽ Desporto", "É sobre o quê")
        await ines.presses("Trabalho", "✅ Trabalho")
        await ines.presses("Continuar ▶", "Que idade")
        await ines.presses("18–25 anos", "nome ou alcunha")
        await ines.presses("Manter «Inès»", "mensagem")
        await ines.types("Procuro um estágio de cozinheira.", "Envio?")
        await ines.presses("✅ Enviar", "Enviado!")

        # Marc reads the request in German, her message as she wrote it, and her language.
        notice = await marc.sees("Neue Kontaktanfrage")
        assert "Procuro um estágio de cozinheira." in notice["text"]
        assert "schreibt auf Portugiesisch" in notice["text"]
        await lea.sees("Procuro um estágio")  # Léa's app is French: her notice is French
        await lea.sees("Nouvelle demande de contact")
        await marc.presses("✅ Annehmen", "Sie haben die Anfrage von Inès angenommen")
        await ines.sees("Marc")

        await ines.types("Olá Marc!")
        await marc.sees("Olá Marc!")
        await marc.types("Hallo Inès, bis Samstag im Club?")
        await ines.sees("bis Samstag im Club?")

        await marc.types("/log heute 45 min mit Inès, Arbeit", "Welche Art von Begleitung")
        await marc.presses("Längerfristig", "Ihr Eintrag")
        await marc.presses("✅ Speichern", "Gespeichert: 45 Min.")

        await claire.types("/broadcast", "À qui envoyer")
        await claire.presses("Les mentor·es", "Pour quelle équipe")
        await claire.presses("Montagnes", "Envoyez le message")
        await claire.types(
            "Formation « Écoute active » jeudi 3 décembre à 18h30", "📤 Envoyer maintenant (2)"
        )
        await claire.presses("📤 Envoyer maintenant (2)", "C'est parti")
        news = await marc.sees("Écoute active")  # as Claire wrote it, under a German header
        assert news["text"].startswith("📣 Die Steuergruppe · Montagnes")
        await lea.sees("📣 Le COPIL · Montagnes")
        await claire.sees("terminée : 2 envoyé")


async def test_in_a_browser_an_arabic_youth_reads_right_to_left(
    chromium: str,
    run: SandboxRun,
    tmp_path: Path,
) -> None:
    from playwright.async_api import async_playwright, expect

    expect.set_options(timeout=15_000)
    problems: list[str] = []
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = await browser.new_page(viewport={"width": 390, "height": 844}, locale="fr-FR")
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on("dialog", lambda dialog: asyncio.ensure_future(dialog.accept()))
        await page.goto(f"{run.url}/")

        # Amal's phone is in Arabic: her pane is laid out right to left.
        await page.get_by_role("button", name="+ Personne").click()
        await page.locator("#person-form input[name=first_name]").fill("Amal")
        await page.locator("#person-form select[name=language_code]").select_option("ar")
        await page.get_by_role("button", name="Ajouter").click()
        amal = page.locator('.pane[data-id="5001"]')
        await page.locator("#switcher").select_option("5001")
        await expect(amal).to_be_visible()
        await expect(amal).to_have_attribute("dir", "rtl")
        await amal.locator(".text").fill("/start")
        await amal.locator(".text").press("Enter")
        await amal.get_by_role("button", name="العربية").click()
        # Press consent only once the language screen has become it: pressing the first button
        # of a screen not yet edited chose French.
        await amal.get_by_role("button", name="✅ موافق").click()
        # Her welcome holds her Latin name isolated, so it keeps its place in the sentence.
        welcome = amal.locator(".msg.bot").last
        await expect(welcome).to_contain_text("Amal")
        assert "\u2068Amal\u2069" in await welcome.inner_text()
        assert await welcome.evaluate("node => getComputedStyle(node).direction") == "rtl"
        await amal.get_by_role("button", name="🤝").click()  # the way in: ask for a mentor
        await expect(amal.locator(".msg.bot").last.locator(".keyboard button")).not_to_have_count(0)
        shot = tmp_path / "sandbox-arabic.png"
        await amal.screenshot(path=str(shot))
        await browser.close()

    assert shot.stat().st_size > 10_000
    if folder := os.environ.get("LIEN_SCREENSHOTS_DIR"):  # the README's picture
        shutil.copy(shot, Path(folder) / "sandbox-arabic.png")
    assert problems == [], problems
