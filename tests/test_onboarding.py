"""A stranger's first contact: language, a warm explanation, consent; /help, /language."""

from __future__ import annotations

from bot.i18n import LANGUAGES
from handlers import basics, relay
from tests.conftest import COPIL, Flow

YOUTH = 1001


async def test_stranger_chooses_language_then_consents(flow: Flow) -> None:
    await flow.send(YOUTH, "/start", first_name="Aline")
    assert set(flow.buttons(YOUTH).values()) == {f"lang:{code}" for code in LANGUAGES}
    assert await flow.db.people.get(YOUTH) is None

    await flow.press(YOUTH, "lang:fr")
    intro = flow.text(YOUTH)
    assert "C'est toi qui décides" in intro and "bénévoles" in intro
    assert await flow.db.people.get(YOUTH) is None, "nothing stored before consent"

    await flow.press(YOUTH, "consent:yes:fr")
    person = await flow.db.people.get(YOUTH)
    assert person is not None and person.role == "youth" and person.language == "fr"
    assert person.display_name == "Aline"
    assert "Merci, Aline" in flow.text(YOUTH)
    menu = [c["command"] for c in flow.tg.commands(YOUTH)]
    assert menu[0] == "request" and "help" in menu and "forget" in menu


async def test_english_choice_gives_english_texts_and_menu(flow: Flow) -> None:
    await flow.join(YOUTH, "en", name="Leo")
    assert "Thank you, Leo" in flow.text(YOUTH)
    descriptions = {c["command"]: c["description"] for c in flow.tg.commands(YOUTH)}
    assert descriptions["language"] == "Change language"


async def test_declining_consent_stores_nothing(flow: Flow) -> None:
    await flow.send(YOUTH, "/start")
    await flow.press(YOUTH, "lang:fr")
    await flow.press(YOUTH, "consent:no:fr")
    assert "rien enregistré" in flow.text(YOUTH)
    assert await flow.db.people.get(YOUTH) is None


async def test_forged_consent_data_changes_nothing(flow: Flow) -> None:
    await flow.send(YOUTH, "/start")
    await flow.press(YOUTH, "lang:fr")
    await flow.press(YOUTH, "consent:yes:xx")
    assert await flow.db.people.get(YOUTH) is None
    await flow.press(YOUTH, "lang:klingon")
    assert await flow.db.people.get(YOUTH) is None
    answers = list(flow.tg.callback_answers.values())
    assert answers[-1]["text"] == "Ce bouton n'est plus valable."


async def test_help_depends_on_role(flow: Flow) -> None:
    await flow.send(YOUTH, "/help")
    assert "/start" in flow.text(YOUTH)
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/help")
    assert "/invite" not in flow.text(YOUTH)
    await flow.send(9001, "/help")
    assert "/invite" in flow.text(9001)


async def test_language_command_switches_texts_and_menu(flow: Flow) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/language")
    await flow.press(YOUTH, "lang:en")
    assert flow.text(YOUTH) == "Got it: I'll talk to you in English."
    assert (await flow.db.people.get(YOUTH)).language == "en"
    await flow.send(YOUTH, "/help")
    assert flow.text(YOUTH).startswith("What you can do")


async def test_telegram_language_is_used_before_any_choice(flow: Flow) -> None:
    await flow.send(YOUTH, "/nonsense", language_code="en-GB")
    assert flow.text(YOUTH) == "I don't know this command. /help shows what you can do."
    await flow.send(1002, "/nonsense", language_code="de")
    assert flow.text(1002).startswith("Diesen Befehl kenne ich nicht")
    await flow.send(1003, "/nonsense", language_code="tr")  # no Turkish folder: the default
    assert flow.text(1003).startswith("Je ne connais pas cette commande")


async def test_stray_text_and_unknown_command_get_a_hint(flow: Flow) -> None:
    await flow.send(YOUTH, "salut")
    assert "/start" in flow.text(YOUTH)
    await flow.join(YOUTH)
    await flow.send(YOUTH, "salut")
    assert "/help" in flow.text(YOUTH)
    await flow.send(YOUTH, "/cancel")
    assert "rien en cours" in flow.text(YOUTH)


async def test_group_chat_only_gets_write_privately(flow: Flow) -> None:
    await flow.send(YOUTH, "/start", chat_id=-100777, chat_type="group", chat_title="Foot")
    assert flow.text(-100777) == "Pour me parler, c'est en privé : ici, tout le monde peut lire."
    assert await flow.db.people.get(YOUTH) is None


async def test_redelivered_update_is_handled_once(flow: Flow) -> None:
    await flow.send(YOUTH, "/start")
    before = len(flow.tg.bot_messages(YOUTH))
    first_update = flow.offset - 1
    await flow.tg.redeliver(first_update)
    await flow.pump()
    assert len(flow.tg.bot_messages(YOUTH)) == before


async def test_copil_from_settings_gets_the_copil_menu_on_first_contact(flow: Flow) -> None:
    await flow.send(COPIL, "/help", first_name="Claire")
    person = await flow.db.people.get(COPIL)
    assert person is not None and person.role == "copil" and person.programme_wide
    descriptions = {c["command"]: c["description"] for c in flow.tg.commands(COPIL)}
    assert descriptions["invite"] == "Inviter une personne" and "people" in descriptions
    assert descriptions["hours"] == "Temps de l'équipe (défraiement)", "the team's, not theirs"


async def test_a_first_name_with_html_signs_is_welcomed(flow: Flow) -> None:
    await flow.join(YOUTH, name="Léa <moi> & co")
    assert "Merci, Léa <moi> & co" in flow.text(YOUTH)
    await flow.send(YOUTH, "/start", first_name="Léa <moi> & co")
    assert "Léa <moi> & co" in flow.text(YOUTH) and "Oups" not in flow.text(YOUTH)


async def test_plain_messages_have_one_catch_all_the_relay(flow: Flow) -> None:
    callbacks = [getattr(h, "callback", None) for h in flow.app.handlers[0]]
    assert relay.relay in callbacks
    assert basics.stray_text not in callbacks, "the relay gives the hint itself"
    await flow.send(YOUTH, "salut")
    assert "/start" in flow.text(YOUTH)  # a stranger's text still gets the hint
