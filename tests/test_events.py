"""/event and /events: invitations with answers and a calendar file, a waiting list,
reminders run as jobs with time injected, attendance, moving and cancelling."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from icalendar import Calendar

from storage.models import Role
from tests.conftest import Flow
from tests.test_broadcast import (
    HELPER,
    MENTOR_A,
    MENTOR_B,
    MENTOR_OTHER,
    OTHER_COPIL,
    TEAM_COPIL,
    YOUTH_NEWS,
    person,
    texts_to,
    two_teams,
)

pytestmark = pytest.mark.both  # once-only reminders hold on both databases

MENTOR_C = 2103


def last_to(flow: Flow, chat: int) -> dict[str, Any]:
    return flow.tg.bot_messages(chat)[-1]


def caption(flow: Flow, chat: int) -> str:
    message = last_to(flow, chat)
    return str(message.get("caption") or message.get("text") or "")


async def create_event(
    flow: Flow, *, kind: str = "training", capacity: str = "2", audience: str = "mentors"
) -> None:
    who = TEAM_COPIL
    await flow.send(who, "/event")
    await flow.press(who, f"evn:kind:{kind}")
    await flow.send(who, "Écoute active")
    await flow.send(who, "jeudi 18h30")
    assert "jeudi 26 novembre à 18:30 : c'est bien ça" in flow.text(who)
    await flow.press(who, "evn:when:ok")
    await flow.send(who, "2h")
    await flow.send(who, "Salle communale, rue du Lac 3")
    await flow.send(who, capacity)
    await flow.press(who, f"evn:aud:{audience}")
    assert "Voici l'invitation" in flow.text(who)
    await flow.press(who, "evn:send")
    assert "Événement n° 1 créé" in flow.tg.bot_messages(who)[-2]["text"]
    await flow.deliver()


async def setup(flow: Flow) -> None:
    await two_teams(flow)
    await person(flow, MENTOR_C, Role.MENTOR, 1)


async def test_invitation_answers_waiting_list_and_calendar_file(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow)
    invitation = last_to(flow, MENTOR_A)
    assert "Écoute active" in invitation["caption"] and "Vous venez ?" in invitation["caption"]
    assert invitation["caption"].startswith("📣 Le COPIL · ")  # who invites (issue 10 item 5)
    assert "jeudi 26 novembre à 18:30 (120 min)" in invitation["caption"]
    ics = flow.tg.file_bytes(invitation["document"]["file_id"])
    assert ics is not None
    entry = next(c for c in Calendar.from_ical(ics).walk() if c.name == "VEVENT")
    assert str(entry["summary"]) == "Écoute active"
    assert entry.decoded("dtstart") == datetime(2026, 11, 26, 17, 30, tzinfo=UTC)  # 18:30 CET
    assert "Écoute active" not in caption(flow, MENTOR_OTHER)

    # Two places: A and B say yes, C waits; A steps back and C moves up.
    await flow.press(MENTOR_A, "ev:yes:1", invitation)
    await flow.press(MENTOR_B, "ev:yes:1", last_to(flow, MENTOR_B))
    await flow.press(MENTOR_C, "ev:yes:1", last_to(flow, MENTOR_C))
    answers = list(flow.tg.callback_answers.values())
    assert "liste d'attente" in answers[-1]["text"]
    # Telegram fails at that moment: C is still told, once it is back.
    flow.tg.inject_faults({"sendMessage": 1.0}, kinds=("500",))
    await flow.press(MENTOR_A, "ev:no:1", invitation)
    flow.tg.stop_faults()
    await flow.settle()
    assert "Une place s'est libérée" in flow.text(MENTOR_C)
    states = {a.person_id: a.answer for a in await flow.db.events.answers(1)}
    assert states == {MENTOR_A: "no", MENTOR_B: "yes", MENTOR_C: "yes"}
    # Pressing Yes again keeps the place and changes nothing.
    await flow.press(MENTOR_B, "ev:yes:1", last_to(flow, MENTOR_B))
    assert {a.person_id: a.answer for a in await flow.db.events.answers(1)} == states


async def test_reminders_go_to_yes_and_maybe_and_a_late_one_is_skipped(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow, capacity="0")
    # Four days ahead: planned in the database, in memory once within the jobs' window.
    assert "reminder:event:1:day" not in flow.job_names()
    await flow.press(MENTOR_A, "ev:yes:1", last_to(flow, MENTOR_A))
    await flow.press(MENTOR_B, "ev:maybe:1", last_to(flow, MENTOR_B))
    await flow.press(MENTOR_C, "ev:no:1", last_to(flow, MENTOR_C))

    await flow.later(days=3)
    assert "reminder:event:1:day" in flow.job_names()
    flow.clock.advance(hours=9, minutes=30)  # Wednesday 18:30 local, the day before
    await flow.run_jobs("reminder:event:1:day")
    await flow.deliver()
    assert caption(flow, MENTOR_A).startswith("⏰ Rappel : c'est demain.")
    assert caption(flow, MENTOR_B).startswith("⏰ Rappel : c'est demain.")
    assert "Rappel" not in caption(flow, MENTOR_C)
    # The same job again (a restart): nothing twice.
    await flow.db.reminders.plan("event", 1, (await flow.db.events.get(1)).starts_at)
    before = len(flow.tg.bot_messages(MENTOR_A))
    await flow.later(days=1, hours=1)  # the event has started: the 2 h reminder is too late
    await flow.run_jobs("reminder:event:1:2h")
    await flow.deliver()
    assert len(flow.tg.bot_messages(MENTOR_A)) == before


async def test_two_hour_reminder_sent_late_while_the_event_has_not_started(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow, capacity="0")
    await flow.press(MENTOR_A, "ev:yes:1", last_to(flow, MENTOR_A))
    # Thursday 18:15: the bot was down when the 2 h reminder fell due; it starts now.
    await flow.later(days=4, hours=8, minutes=15)
    await flow.run_jobs("reminder:event:1:2h")
    await flow.deliver()
    assert caption(flow, MENTOR_A).startswith("⏰ Rappel : dans deux heures.")


async def test_copil_sees_answers_marks_attendance_moves_and_cancels(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow, capacity="0")
    await flow.press(MENTOR_A, "ev:yes:1", last_to(flow, MENTOR_A))
    await flow.press(MENTOR_B, "ev:no:1", last_to(flow, MENTOR_B))
    await flow.send(TEAM_COPIL, "/events")
    await flow.press(TEAM_COPIL, "evm:show:1")
    screen = flow.text(TEAM_COPIL)
    assert "✅ Oui (1) : P2101" in screen and "❌ Non (1) : P2102" in screen
    await flow.press(TEAM_COPIL, "evm:att:1")
    await flow.press(TEAM_COPIL, f"evm:mark:1:{MENTOR_A}")
    assert "✅ P2101" in flow.buttons(TEAM_COPIL)
    assert [a.attended for a in await flow.db.events.answers(1) if a.person_id == MENTOR_A] == [
        True
    ]

    # Move: everyone who answered hears of it, with an updated calendar file.
    await flow.press(TEAM_COPIL, "evm:show:1")
    await flow.press(TEAM_COPIL, "evm:move:1")
    await flow.send(TEAM_COPIL, "hier 10h")
    assert "déjà passé" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "vendredi 19h")
    assert "déplacé au vendredi 27 novembre à 19:00" in flow.tg.bot_messages(TEAM_COPIL)[-2]["text"]
    await flow.deliver()
    for mentor in (MENTOR_A, MENTOR_B):
        assert "Changement de date" in caption(flow, mentor)
        assert "vendredi 27 novembre à 19:00" in caption(flow, mentor)
    assert "Changement" not in caption(flow, MENTOR_C)  # did not answer

    # Cancel: confirmed, everyone who answered is told, answers close.
    await flow.send(TEAM_COPIL, "/events")
    await flow.press(TEAM_COPIL, "evm:show:1")
    await flow.press(TEAM_COPIL, "evm:cancel:1")
    await flow.press(TEAM_COPIL, "evm:cancelok:1")
    assert "est annulé" in flow.text(TEAM_COPIL)
    await flow.deliver()
    assert caption(flow, MENTOR_A).startswith("✖️ Annulé")
    await flow.later(days=4)  # the day before the moved date: nothing comes back
    assert await flow.run_jobs("reminder:event:1:") == 0
    invitation = flow.tg.bot_messages(MENTOR_C)[-1]
    await flow.press(MENTOR_C, "ev:yes:1", invitation)
    assert "annulé" in list(flow.tg.callback_answers.values())[-1]["text"]


async def test_bad_answers_change_nothing(flow: Flow) -> None:
    await setup(flow)
    await flow.send(TEAM_COPIL, "/event")
    await flow.press(TEAM_COPIL, "evn:kind:info")
    await flow.send(TEAM_COPIL, "x")
    assert "de 2 à 80 caractères" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "Séance d'info")
    await flow.send(TEAM_COPIL, "un jour")
    assert "pas compris cette date" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "demain 10h")
    await flow.press(TEAM_COPIL, "evn:when:again")
    await flow.send(TEAM_COPIL, "demain 11h")
    await flow.press(TEAM_COPIL, "evn:when:ok")
    await flow.send(TEAM_COPIL, "longtemps")
    assert "pas compris cette durée" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "1h")
    await flow.send(TEAM_COPIL, "En ligne : https://visio.example/lien")
    await flow.send(TEAM_COPIL, "beaucoup")
    assert "un nombre de 1 à 500" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "/cancel")
    assert await flow.db.events.get(1) is None


async def test_intervision_is_offered_to_mentors_and_peer_helpers_only(flow: Flow) -> None:
    # Review item 12: audiences "youths" and "everyone" were allowed for intervision, the
    # mentors' case discussion; only the word was changed for youths.
    await setup(flow)
    await flow.db.people.set_wants_news(YOUTH_NEWS, True)
    who = TEAM_COPIL
    await flow.send(who, "/event")
    await flow.press(who, "evn:kind:intervision")
    await flow.send(who, "Cas difficiles")
    await flow.send(who, "jeudi 18h30")
    await flow.press(who, "evn:when:ok")
    await flow.send(who, "2h")
    await flow.send(who, "Salle communale, rue du Lac 3")
    await flow.send(who, "0")
    assert set(flow.buttons(who).values()) == {"evn:aud:mentors", "evn:aud:peer_helpers"}
    for forged in ("evn:aud:youths", "evn:aud:everyone"):
        await flow.press(who, forged)
        assert "plus valable" in list(flow.tg.callback_answers.values())[-1]["text"]
    await flow.press(who, "evn:aud:peer_helpers")
    await flow.press(who, "evn:send")
    await flow.deliver()
    assert "Tu viens ?" in caption(flow, HELPER)
    assert not any("Cas difficiles" in t for t in texts_to(flow, YOUTH_NEWS))


async def test_only_the_copil_of_the_team_creates_and_sees_events(flow: Flow) -> None:
    await setup(flow)
    for who in (MENTOR_A, YOUTH_NEWS, HELPER):
        await flow.send(who, "/event")
        assert "pas possible pour" in flow.text(who)
        await flow.send(who, "/events")
        assert "pas possible pour" in flow.text(who)
    await create_event(flow, capacity="0")
    # Answers, attendance, moves and cancellations by buttons are re-checked.
    for who in (MENTOR_A, OTHER_COPIL):
        for data in ("evm:show:1", f"evm:mark:1:{MENTOR_A}", "evm:cancelok:1", "evm:move:1"):
            await flow.press(who, data, last_to(flow, MENTOR_A) if who == MENTOR_A else None)
            assert "pas possible pour vous" in list(flow.tg.callback_answers.values())[-1]["text"]
    assert (await flow.db.events.get(1)).status == "open"
    await flow.send(OTHER_COPIL, "/events")
    assert "Aucun événement" in flow.text(OTHER_COPIL)
    # Someone not invited (another team) cannot answer.
    await flow.send(MENTOR_OTHER, "/help")
    await flow.press(MENTOR_OTHER, "ev:yes:1")
    assert await flow.db.events.answers(1) == []


async def test_an_event_more_than_two_years_ahead_is_refused(flow: Flow) -> None:
    # Review item 16: "31.12.9999 18h" was accepted; its invitation then overflowed.
    await setup(flow)
    await flow.send(TEAM_COPIL, "/event")
    await flow.press(TEAM_COPIL, "evn:kind:info")
    await flow.send(TEAM_COPIL, "Séance d'info")
    await flow.send(TEAM_COPIL, "31.12.9999 18h")
    assert "trop loin : au plus 2 ans" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "/cancel")
    assert await flow.db.events.get(1) is None


async def test_a_date_rolled_to_next_year_shows_its_year(flow: Flow) -> None:
    # Review item 15: "12.11 18h" typed on 22.11.2026 is 12.11.2027, and the confirmation
    # said "jeudi 12 novembre" with no year.
    await setup(flow)
    await flow.send(TEAM_COPIL, "/event")
    await flow.press(TEAM_COPIL, "evn:kind:info")
    await flow.send(TEAM_COPIL, "Séance d'info")
    await flow.send(TEAM_COPIL, "12.11 18h")
    assert "vendredi 12 novembre 2027 à 18:00 : c'est bien ça" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "evn:when:again")
    await flow.send(TEAM_COPIL, "jeudi 18h30")  # this year: no year, as before
    assert "jeudi 26 novembre à 18:30 : c'est bien ça" in flow.text(TEAM_COPIL)


async def test_an_answer_shows_on_the_invitation_and_can_be_changed(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow, capacity="0")
    invitation = last_to(flow, MENTOR_A)
    await flow.press(MENTOR_A, "ev:yes:1", invitation)
    shown = last_to(flow, MENTOR_A)
    assert shown["message_id"] == invitation["message_id"], "the invitation itself shows it"
    assert "👉 C'est noté : vous venez ! Vous pouvez changer votre réponse ici." in shown["caption"]
    assert "Écoute active" in shown["caption"] and "ev:no:1" in str(shown["reply_markup"])
    assert shown["document"]["file_id"] == invitation["document"]["file_id"]
    await flow.press(MENTOR_A, "ev:no:1", shown)
    shown = last_to(flow, MENTOR_A)
    assert "👉 C'est noté : pas cette fois." in shown["caption"]
    assert shown["caption"].count("👉") == 1, "the new answer replaces the old one"
    assert [(a.person_id, a.answer) for a in await flow.db.events.answers(1)] == [(MENTOR_A, "no")]


async def test_the_invitations_report_names_the_event_not_a_broadcast_number(flow: Flow) -> None:
    await setup(flow)
    await create_event(flow, capacity="0")
    report = texts_to(flow, TEAM_COPIL)[-1]
    assert report.startswith("Invitations à « Écoute active » envoyées : 3 personnes l'ont reçue")
    assert "Diffusion" not in report and "n°" not in report


async def test_a_date_typed_in_arabic_indic_digits_is_read(flow: Flow) -> None:
    await setup(flow)
    await flow.send(TEAM_COPIL, "/event")
    await flow.press(TEAM_COPIL, "evn:kind:info")
    await flow.send(TEAM_COPIL, "Séance d'info")
    await flow.send(TEAM_COPIL, "٣.١٢.٢٠٢٦ ١٨:٣٠")  # 3.12.2026 18:30, from an Arabic keyboard
    assert "jeudi 3 décembre à 18:30 : c'est bien ça" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "evn:when:ok")
    await flow.send(TEAM_COPIL, "١h٣٠")
    assert flow.text(TEAM_COPIL).startswith("Où ?")  # 1h30 understood: the next question
