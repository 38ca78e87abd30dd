"""The anonymous relay, /talk, /stop and /end, and a youth becoming a peer helper."""

from __future__ import annotations

import pytest

from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, message, notice_of

YOUTH, YOUTH_2, MARC, NADIA = 1001, 1002, 2001, 2002


async def _linked(flow: Flow, youth: int = YOUTH, name: str = "Zoé", mentor: int = MARC) -> int:
    request = await ask(flow, youth, name=name, message=None)
    await flow.press(mentor, f"req:acc:{request.id}", notice_of(flow, mentor, request.id))
    link = await flow.db.links.active_of_youth(youth)
    assert link is not None
    return int(link.id)


async def _relayed_count(flow: Flow) -> int:
    async with flow.db.conn.execute("SELECT count(*) FROM relayed") as cur:
        return int((await cur.fetchone())[0])


async def test_messages_go_both_ways_without_usernames(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    await flow.tg.user(YOUTH, first_name="Zoé", username="zoe_secret_handle")
    await flow.tg.send(YOUTH, "Bonjour Marc, merci !")
    await flow.pump()
    copy = flow.last(MARC)
    assert copy["text"] == "Bonjour Marc, merci !"
    assert copy["from"]["is_bot"] and "forward_origin" not in copy
    assert "zoe_secret_handle" not in str(flow.tg.chat_messages(MARC))

    await flow.tg.send_media(YOUTH, "photo", b"\x89PNG fake", filename="cv.png", caption="mon CV")
    await flow.pump()
    assert flow.last(MARC)["photo"] and flow.last(MARC)["caption"] == "mon CV"

    await flow.tg.user(MARC, first_name="Marc", username="marc_private")
    await flow.tg.send(MARC, "Avec plaisir, on se voit jeudi ?")
    await flow.pump()
    assert flow.last(YOUTH)["text"] == "Avec plaisir, on se voit jeudi ?"
    await flow.tg.send_media(MARC, "voice", b"OggS fake", mime_type="audio/ogg")
    await flow.pump()
    assert "voice" in flow.last(YOUTH)
    await flow.tg.send_media(YOUTH, "document", b"%PDF fake", filename="attestation.pdf")
    await flow.pump()
    assert flow.last(MARC)["document"]["file_name"] == "attestation.pdf"
    await flow.tg.send_media(MARC, "sticker", b"RIFF fake", mime_type="image/webp")
    await flow.pump()
    assert "sticker" in flow.last(YOUTH)
    assert "marc_private" not in str(flow.tg.chat_messages(YOUTH))
    assert await _relayed_count(flow) == 6


@pytest.mark.sqlite_file("looks for words in the SQLite file's bytes")
async def test_relay_keeps_no_content(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    await flow.send(YOUTH, "Texte-très-privé-Quokka")
    await flow.db.checkpoint()
    data = flow.app.bot_data.settings.database.read_bytes()
    assert b"Quokka" not in data
    async with flow.db.conn.execute("SELECT * FROM relayed") as cur:
        row = dict(await cur.fetchone())
    assert set(row) == {
        "id",
        "channel",
        "from_chat",
        "from_message",
        "to_chat",
        "to_message",
        "at",
        "flagged",
    }


async def test_a_mentor_with_two_youths_replies_to_the_right_one(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow, YOUTH, "Zoé")
    await _linked(flow, YOUTH_2, "Lina")
    await flow.send(YOUTH, "Message de Zoé")
    zoe_copy = flow.last(MARC)
    assert flow.buttons(MARC) == {
        "↩ Zoé": zoe_copy["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    }
    await flow.send(YOUTH_2, "Message de Lina")
    lina_before = len(flow.tg.chat_messages(YOUTH_2))

    # A plain message is ambiguous: nothing is sent, the bot asks.
    relayed = await _relayed_count(flow)
    await flow.send(MARC, "Pour qui ?")
    assert "je n'ai rien envoyé" in flow.text(MARC)
    assert await _relayed_count(flow) == relayed

    # Replying to Zoé's message goes to Zoé only, as a reply to her own message.
    await flow.send(MARC, "Réponse pour Zoé", reply_to=zoe_copy["message_id"])
    assert flow.last(YOUTH)["text"] == "Réponse pour Zoé"
    assert flow.last(YOUTH)["reply_to_message"]["text"] == "Message de Zoé"
    assert len(flow.tg.chat_messages(YOUTH_2)) == lina_before

    # The held message goes where the mentor chooses.
    link_lina = await flow.db.links.active_of_youth(YOUTH_2)
    await flow.send(MARC, "Pour Lina, en attente")
    await flow.press(MARC, f"talk:link:{link_lina.id}")
    assert flow.last(YOUTH_2)["text"] == "Pour Lina, en attente"
    assert "Envoyé à Lina" in flow.text(MARC)

    # /talk chooses who the next messages go to.
    await flow.send(MARC, "/talk")
    assert set(flow.buttons(MARC)) == {"✉️ Zoé", "✉️ Lina"}
    await flow.press_label(MARC, "Zoé")
    await flow.send(MARC, "Suite pour Zoé")
    assert flow.last(YOUTH)["text"] == "Suite pour Zoé"


async def test_youth_stops_and_the_next_message_is_not_relayed(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(YOUTH, "/stop")
    assert "Arrêter ton lien avec Marc" in flow.text(YOUTH)
    await flow.press(YOUTH, "stop:no")
    assert (await flow.db.links.get(link_id)).active
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:yes:{link_id}")
    assert "le lien est arrêté" in flow.text(YOUTH)
    assert "Zoé a choisi d'arrêter le lien" in flow.text(MARC)
    assert (await flow.db.links.get(link_id)).end_reason == "stopped"

    relayed = await _relayed_count(flow)
    marc_before = len(flow.tg.bot_messages(MARC))
    await flow.send(YOUTH, "Tu es là ?")
    assert "Ton lien avec Marc est terminé" in flow.text(YOUTH)
    await flow.send(MARC, "Encore moi")
    assert "Le lien avec Zoé est terminé" in flow.text(MARC)
    assert await _relayed_count(flow) == relayed
    assert len(flow.tg.bot_messages(MARC)) == marc_before + 1

    # The youth can ask again later.
    await flow.send(YOUTH, "/request")
    assert "Où as-tu rencontré" in flow.text(YOUTH)


async def test_replying_to_a_message_of_an_ended_link_is_refused(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    old = await _linked(flow, YOUTH, "Zoé")
    await flow.send(YOUTH, "Ancien message")
    old_copy = flow.last(MARC)
    await _linked(flow, YOUTH_2, "Lina")
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:yes:{old}")
    lina_before = len(flow.tg.chat_messages(YOUTH_2))
    await flow.send(MARC, "Réponse tardive", reply_to=old_copy["message_id"])
    assert "Le lien avec Zoé est terminé" in flow.text(MARC)
    assert len(flow.tg.chat_messages(YOUTH_2)) == lina_before


async def test_stop_withdraws_an_open_request(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH)
    await flow.send(YOUTH, "/stop")
    await flow.press(YOUTH, f"stop:req:{request.id}")
    assert (await flow.db.requests.get(request.id)).status == "withdrawn"
    assert "retirée" in message(flow, MARC, notice_of_id(flow, MARC))["text"]
    await flow.send(YOUTH, "/stop")
    assert "ni lien ni demande" in flow.text(YOUTH)


def notice_of_id(flow: Flow, mentor: int) -> int:
    return next(
        m["message_id"]
        for m in flow.tg.bot_messages(mentor)
        if "demande" in m.get("text", "") and "retirée" in m.get("text", "")
    )


async def test_mentor_ends_with_found_work_and_the_youth_becomes_peer_helper(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.send(MARC, "/end")
    assert "Pourquoi terminer le suivi de Zoé" in flow.text(MARC)
    await flow.press(MARC, "end:no")
    assert (await flow.db.links.get(link_id)).active
    await flow.send(MARC, "/end")
    await flow.press(MARC, f"end:r:{link_id}:work")
    assert "Le suivi de Zoé est terminé" in flow.text(MARC)
    assert (await flow.db.links.get(link_id)).end_reason == "work"
    messages = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert any("Marc a terminé votre lien" in t for t in messages)
    assert "pair-aidant·e" in flow.text(YOUTH)

    await flow.press(YOUTH, f"peer:yes:{link_id}")
    assert "L'équipe est prévenue" in flow.text(YOUTH)
    assert "accepte d'être invité·e comme pair-aidant·e" in flow.text(COPIL)
    await flow.press(COPIL, f"peer:invite:{link_id}")
    assert (await flow.db.people.get(YOUTH)).role == "peer_helper"
    assert "Tu es maintenant pair-aidant·e" in flow.text(YOUTH)
    await flow.press(COPIL, f"peer:invite:{link_id}")  # twice changes nothing
    assert list(flow.tg.callback_answers.values())[-1]["text"].startswith("Cette personne")


async def test_mentor_with_two_youths_chooses_which_to_end(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    first = await _linked(flow, YOUTH, "Zoé")
    second = await _linked(flow, YOUTH_2, "Lina")
    await flow.send(MARC, "/end")
    assert set(flow.buttons(MARC)) == {"Zoé", "Lina", "Annuler"}
    await flow.press(MARC, f"end:pick:{second}")
    await flow.press(MARC, f"end:r:{second}:goals")
    assert not (await flow.db.links.get(second)).active
    assert (await flow.db.links.get(first)).active
    assert "pair-aidant" not in flow.text(YOUTH_2), "only 'found work' offers it"


async def test_a_draft_left_open_does_not_swallow_messages_once_linked(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:change")  # a new draft, waiting for a button
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    await flow.send(YOUTH, "Merci Marc !")
    assert flow.last(MARC)["text"] == "Merci Marc !"
    await flow.send(YOUTH, "Tu as reçu ?")
    assert flow.last(MARC)["text"] == "Tu as reçu ?"


async def test_talk_with_one_or_no_youth(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.send(MARC, "/talk")
    assert "personne à qui écrire" in flow.text(MARC)
    await flow.send(MARC, "bonjour ?")
    assert "/help" in flow.text(MARC), "nothing to route: the usual hint"
    await _linked(flow)
    await flow.send(YOUTH, "/talk")
    assert flow.text(YOUTH) == "Tes messages vont à Marc."


async def test_a_youth_who_blocked_the_bot_gets_nothing_and_the_mentor_is_told(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    relayed = await _relayed_count(flow)
    flow.tg.block(YOUTH)
    await flow.send(MARC, "Tu viens jeudi ?")
    assert "Je n'ai pas pu transmettre ce message" in flow.text(MARC)
    assert "Réessayez plus tard" in flow.text(MARC)
    assert await _relayed_count(flow) == relayed


async def test_a_forged_talk_button_names_nobody(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    link_id = await _linked(flow, name="SecretName")
    await flow.db.links.end(link_id, MARC, "other")
    await flow.join(YOUTH_2)
    for stranger in (NADIA, YOUTH_2):
        await flow.press(stranger, f"talk:link:{link_id}")
        answer = list(flow.tg.callback_answers.values())[-1]["text"]
        assert "SecretName" not in answer and "Marc" not in answer, answer
    await flow.press(MARC, f"talk:link:{link_id}")
    assert "SecretName" in list(flow.tg.callback_answers.values())[-1]["text"]


async def test_the_stop_notice_escapes_the_youths_name(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow, name="Zoé <moi>")
    await flow.send(YOUTH, "/forget")
    await flow.press_label(YOUTH, "Oui")
    assert "Zoé <moi> a choisi d'arrêter le lien" in flow.text(MARC)


async def test_a_request_name_or_message_step_left_open_does_not_swallow_messages(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:change")
    for data in ("request:met:sport", "request:theme:work", "request:themes:ok"):
        await flow.press(YOUTH, data)
    if "request:age:18_25" in flow.buttons(YOUTH).values():
        await flow.press(YOUTH, "request:age:18_25")
    assert "prénom ou surnom" in flow.text(YOUTH)  # the NAME step waits for text
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    await flow.send(YOUTH, "Merci Marc")
    assert flow.last(MARC)["text"] == "Merci Marc"
    assert (await flow.db.requests.get(request.id)).first_name == "Zoé"


async def test_the_message_step_relays_once_linked(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:change")
    for data in ("request:met:sport", "request:theme:work", "request:themes:ok"):
        await flow.press(YOUTH, data)
    if "request:age:18_25" in flow.buttons(YOUTH).values():
        await flow.press(YOUTH, "request:age:18_25")
    await flow.press(YOUTH, "request:name")
    assert "Un petit message" in flow.text(YOUTH)
    await flow.press(MARC, f"req:acc:{request.id}", notice_of(flow, MARC, request.id))
    await flow.send(YOUTH, "On se voit quand ?")
    assert flow.last(MARC)["text"] == "On se voit quand ?"


async def test_peer_yes_alerts_the_copil_once_and_counts_for_its_link_only(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await make_mentor(flow, MARC, "Marc")
    first = await _linked(flow)
    await flow.send(MARC, "/end")
    await flow.press(MARC, f"end:r:{first}:work")
    offer = flow.last(YOUTH)
    await flow.press(YOUTH, f"peer:yes:{first}", offer)
    copil_before = len(flow.tg.bot_messages(COPIL))
    await flow.press(YOUTH, f"peer:yes:{first}", offer)  # again, on the same message
    assert len(flow.tg.bot_messages(COPIL)) == copil_before, "one alert only"

    # A later link ending with work does not inherit the earlier yes.
    async with flow.db.conn.execute(
        "INSERT INTO links (request_id, youth_id, mentor_id, team_id, started_at, ended_at,"
        " end_reason) VALUES (NULL, ?, ?, 1, '2026-11-22', '2026-11-22', 'work')",
        (YOUTH, MARC),
    ) as cur:
        later = cur.lastrowid
    await flow.press(COPIL, f"peer:invite:{later}")
    assert (await flow.db.people.get(YOUTH)).role == "youth"
    await flow.press(COPIL, f"peer:invite:{first}")
    assert (await flow.db.people.get(YOUTH)).role == "peer_helper"
