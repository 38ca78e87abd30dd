"""/log end to end: a mentor halfway through a log when the bot process restarts continues
where they were; the note reaches the database encrypted."""

from __future__ import annotations

import re
import sqlite3

import pytest

from tests.e2e.conftest import COPIL, BotProcess

MENTOR = 2001
NOTE = "Canari e2e : le groupe avance bien"


@pytest.mark.sqlite_file("reads the bot's rows with sqlite3")
async def test_log_in_progress_survives_a_restart(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    text = await bot.press(COPIL, "invite:role:mentor", "?start=i_")
    payload = re.search(r"\?start=(\S+)", text)
    assert payload
    await bot.say(MENTOR, f"/start {payload.group(1)}", "Choisis ta langue", first_name="Marc")
    await bot.press(MENTOR, "lang:fr", "comme mentor·e")
    await bot.press(MENTOR, "consent:yes:fr", "Vous êtes maintenant mentor·e")

    await bot.say(MENTOR, "/log", "Pour qui")
    await bot.press(MENTOR, "log:g", "Quel groupe")
    await bot.say(MENTOR, "Foot du mardi", "Quand")
    await bot.press(MENTOR, "log:d:1", "Combien de temps")

    await bot.stop()  # the bot process goes away halfway through
    await bot.start()
    await bot.wait_output("Application started")

    await bot.say(MENTOR, "1h30", "Votre suivi")
    await bot.press(MENTOR, "log:t:loneliness", "Solitude")
    await bot.say(MENTOR, NOTE, "Note ajoutée")
    await bot.press(MENTOR, "log:save", "Enregistré : 90 min")
    await bot.stop()

    with sqlite3.connect(bot.database) as conn:
        rows = conn.execute("SELECT group_label, kind, minutes, themes, note FROM logs").fetchall()
    assert len(rows) == 1
    label, kind, minutes, themes, note = rows[0]
    assert (label, kind, minutes, themes) == ("Foot du mardi", "collective", 90, "loneliness")
    assert NOTE.encode() not in note


async def test_support_to_the_resource_person_and_back(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    text = await bot.press(COPIL, "invite:role:mentor", "?start=i_")
    payload = re.search(r"\?start=(\S+)", text)
    assert payload
    await bot.say(MENTOR, f"/start {payload.group(1)}", "Choisis ta langue", first_name="Marc")
    await bot.press(MENTOR, "lang:fr", "comme mentor·e")
    await bot.press(MENTOR, "consent:yes:fr", "Vous êtes maintenant mentor·e")

    await bot.say(COPIL, "/resource", "Marc → personne pour l'instant")
    await bot.press(COPIL, f"res:m:{MENTOR}", "Qui sera la personne ressource de Marc")
    await bot.press(COPIL, f"res:set:{MENTOR}:{COPIL}", "est la personne ressource de Marc")
    await bot.wait(lambda: any("/support" in t for t in bot.texts(MENTOR)))

    await bot.say(MENTOR, "/support", "Vos prochains messages iront à")
    question = "Un jeune me parle de dettes, à qui l'orienter ?"
    await bot.tg.send(MENTOR, question)
    await bot.wait(lambda: question in bot.texts(COPIL))
    copy = bot.tg.last(COPIL)
    answer = "Vers Caritas, voir /partners"
    await bot.tg.send(COPIL, answer, reply_to=copy["message_id"])
    await bot.wait(lambda: answer in bot.texts(MENTOR))


async def test_sentence_history_hours_and_partners(bot: BotProcess) -> None:
    await bot.start()
    await bot.wait_output("Application started")
    await bot.say(COPIL, "/invite", "Qui voulez-vous inviter")
    text = await bot.press(COPIL, "invite:role:mentor", "?start=i_")
    payload = re.search(r"\?start=(\S+)", text)
    assert payload
    await bot.say(MENTOR, f"/start {payload.group(1)}", "Choisis ta langue", first_name="Marc")
    await bot.press(MENTOR, "lang:fr", "comme mentor·e")
    await bot.press(MENTOR, "consent:yes:fr", "Vous êtes maintenant mentor·e")

    # The COPIL adds a partner; the mentor finds it by name.
    await bot.say(COPIL, "/partners", "Annuaire des partenaires")
    await bot.press(COPIL, "pt:add", "Dans quel domaine")
    await bot.press(COPIL, "pt:adom:social", "Son nom")
    await bot.say(COPIL, "Caritas Jura", "Ce qu'il fait")
    for expect in ("Son téléphone", "Son e-mail", "Son adresse", "Son site web"):
        await bot.press(COPIL, "pt:skip", expect)
    await bot.press(COPIL, "pt:skip", "Enregistré")
    await bot.say(MENTOR, "/partners", "Annuaire des partenaires")
    await bot.press(MENTOR, "pt:search", "Quel nom")
    await bot.say(MENTOR, "caritas", "Caritas Jura")

    # One sentence, then the summary: a theme and Save.
    await bot.say(
        MENTOR, "/log aujourd'hui 1h30 collectif foot, relais vers Caritas", "Votre suivi"
    )
    await bot.press(MENTOR, "log:t:loneliness", "Solitude")
    await bot.press(MENTOR, "log:save", "Enregistré : 90 min")

    # /history: open it and change the time.
    await bot.say(MENTOR, "/history", "Groupe « foot »")
    assert "Relais" in bot.texts(MENTOR)[-1]
    markup = bot.tg.last(MENTOR)["reply_markup"]["inline_keyboard"]
    log_data = markup[0][0]["callback_data"]
    await bot.press(MENTOR, log_data, "Caritas Jura")
    await bot.press(MENTOR, log_data.replace("open", "edit"), "Votre suivi")
    await bot.press(MENTOR, "log:edit", "Que voulez-vous modifier")
    await bot.press(MENTOR, "log:e:minutes", "Combien de temps")
    await bot.say(MENTOR, "2h", "120 min")
    await bot.press(MENTOR, "log:save", "Suivi modifié")

    # /hours and its CSV: no names, no notes.
    await bot.say(MENTOR, "/hours", "Relais vers un·e pro : 2 h 00")
    csv_button = bot.tg.last(MENTOR)["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await bot.tg.press(MENTOR, bot.tg.last(MENTOR)["message_id"], csv_button)
    document = await bot.wait(lambda: bot.tg.last(MENTOR).get("document"))
    data = bot.tg.file_bytes(document["file_id"])
    assert data is not None
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for spreadsheets"
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("date;type de suivi;minutes;thèmes;partenaire;")
    assert lines[1].endswith(";Relais vers un·e pro;120;Solitude;Caritas Jura;relay;loneliness")
    assert "foot" not in data.decode()
