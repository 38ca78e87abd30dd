"""Texts every role shares: « tu » for youths and peer helpers, « vous » for mentors and the
COPIL (one `$tu` selector chosen by role); and each role's /help lists its whole menu."""

from __future__ import annotations

import re

from bot.commands import MENUS
from bot.i18n import LANGUAGES, I18n
from storage.models import Role
from tests.conftest import COPIL, Flow

YOUTH, MENTOR, HELPER = 1001, 2001, 3001

# Shared texts that address the reader, with what each form must say.
SHARED = (
    "not-allowed",
    "unknown-command",
    "stray-text",
    "nothing-to-cancel",
    "access-closed",
    "language-set",
    "mydata-nothing",
    "mydata-caption",
    "group-details-bad",
    "group-attendance-title",
    "relay-nobody",  # /talk by a mentor, the COPIL or a peer helper
    "choose-language",  # /language
)
_TU = re.compile(r"\b(tu|toi|ton|ta|tes|te|t'|écris|touche|parles)\b", re.IGNORECASE)
_VOUS = re.compile(r"\b(vous|votre|vos|écrivez|touchez|parlez)\b", re.IGNORECASE)


def test_shared_french_texts_have_both_forms() -> None:
    i18n = I18n()
    args = {"name": "Les Mardis", "when": "mardi", "count": 2}
    for key in SHARED:
        familiar = i18n.text("fr", key, tu="yes", **args)
        formal = i18n.text("fr", key, tu="no", **args)
        assert _TU.search(familiar) and not _VOUS.search(familiar), (key, familiar)
        assert _VOUS.search(formal) and not _TU.search(formal), (key, formal)
        # English has one form: the selector must not leak into it.
        assert i18n.text("en", key, tu="yes", **args) == i18n.text("en", key, tu="no", **args)


async def _join_as(flow: Flow, user_id: int, role: str) -> None:
    payload = await flow.invite_link(role)
    await flow.send(user_id, f"/start {payload}")
    await flow.press(user_id, "lang:fr")
    await flow.press(user_id, "consent:yes:fr")


async def test_tu_for_youths_and_peer_helpers_vous_for_mentors_and_copil(flow: Flow) -> None:
    await flow.join(YOUTH)
    await _join_as(flow, MENTOR, "mentor")
    await _join_as(flow, HELPER, "peer_helper")
    await flow.send(COPIL, "/help")
    for who, form in ((YOUTH, "tu peux"), (HELPER, "tu peux"), (MENTOR, "vous pouvez")):
        await flow.send(who, "/nonsense")
        assert form in flow.text(who), flow.text(who)
        await flow.send(who, "/cancel")
        assert form in flow.text(who), flow.text(who)
    await flow.send(COPIL, "/cancel")
    assert "vous pouvez" in flow.text(COPIL)
    await flow.send(MENTOR, "/invite")
    assert flow.text(MENTOR) == "Cette action n'est pas possible pour vous."
    await flow.send(YOUTH, "/invite")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour toi."
    await flow.send(HELPER, "/talk")
    assert flow.text(HELPER) == "Tu n'as personne à qui écrire pour l'instant."
    await flow.send(MENTOR, "/talk")
    assert flow.text(MENTOR) == "Vous n'avez personne à qui écrire pour l'instant."
    await flow.send(MENTOR, "/language")
    assert flow.text(MENTOR).startswith("Bonjour ! 👋 Choisissez votre langue.")
    await flow.press(MENTOR, "lang:fr")
    assert flow.text(MENTOR) == "C'est noté : je vous parle en français."


def test_help_lists_every_command_of_the_role_menu_and_no_other() -> None:
    i18n = I18n()
    for language in LANGUAGES:
        for role in Role:
            help_text = i18n.text(language, f"help-{role}", tu="yes")
            # (in Arabic each /command is isolated left to right: LRI before it)
            listed = re.findall(r"^\u2066?/([a-z]+)", help_text, re.MULTILINE)
            # In the menu's order, so /help and the "/" menu read alike.
            assert listed == list(MENUS[role]), (language, role, listed)
            assert all(len(line) <= 90 for line in help_text.splitlines()), (language, role)
