"""No link fades in silence (issue 14): the nudge at 14 days, the youth's question at 45, the
warning a week before and the closing at 60, or each team's own days (/rhythms); any message
or follow-up starts again; a mentor who let three requests pass is asked to pause, and
/available ends the pause."""

from __future__ import annotations

from datetime import date

from handlers.logs.draft import DRAFT
from storage.logs import LogFields
from tests.conftest import COPIL, Flow
from tests.youth_steps import ask, make_mentor, message, notice_of

YOUTH, YOUTH_2, YOUTH_3, YOUTH_4, MARC, NADIA = 1001, 1002, 1003, 1004, 2001, 2002


async def _linked(flow: Flow, youth: int = YOUTH, mentor: int = MARC, team: int = 1) -> int:
    request = await ask(flow, youth, name="Zoé", message=None, team=team)
    await flow.press(mentor, f"req:acc:{request.id}", notice_of(flow, mentor, request.id))
    link = await flow.db.links.active_of_youth(youth)
    assert link is not None
    return int(link.id)


async def _days(flow: Flow, days: int) -> None:
    """Time passes a day at a time (the hourly job runs at least daily), the outbox sending
    each day's notices that day (a notice has its moment: see bot.sending, `until`)."""
    for _ in range(days):
        await flow.later(days=1)
        await flow.settle()


def _texts(flow: Flow, chat: int) -> list[str]:
    return [str(m.get("text", "")) for m in flow.tg.bot_messages(chat)]


def _count(flow: Flow, chat: int, part: str) -> int:
    return sum(part in text for text in _texts(flow, chat))


async def test_silence_nudges_asks_warns_then_closes(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await _days(flow, 13)
    assert _count(flow, MARC, "Pas de nouvelles") == 0
    await _days(flow, 1)
    assert "Pas de nouvelles avec Zoé depuis 14 jours" in flow.text(MARC)
    assert flow.buttons(MARC) == {
        "📝 Noter un suivi": f"log:for:{link_id}",
        "✉️ Lui écrire": f"talk:link:{link_id}",
    }
    await _days(flow, 30)  # the nudge comes once
    assert _count(flow, MARC, "Pas de nouvelles") == 1
    assert _count(flow, YOUTH, "garder ce lien") == 0
    await _days(flow, 1)  # day 45: the youth is asked, once
    assert "Marc et toi ne vous êtes pas écrit" in flow.text(YOUTH)
    assert set(flow.buttons(YOUTH).values()) == {
        f"sil:keep:{link_id}",
        f"sil:later:{link_id}",
        f"sil:stop:{link_id}",
    }
    await _days(flow, 7)
    assert _count(flow, YOUTH, "se fermera dans une semaine") == 0
    await _days(flow, 1)  # day 53: both are told a week before
    assert "se fermera dans une semaine" in flow.text(YOUTH)
    assert "se fermera dans une semaine" in flow.text(MARC)
    await _days(flow, 6)
    assert (await flow.db.links.get(link_id)).active
    await _days(flow, 1)  # day 60: closed as "no more contact", both told
    link = await flow.db.links.get(link_id)
    assert not link.active and link.end_reason == "no_contact"
    closed = [t for t in _texts(flow, YOUTH) if "est fermé, faute de contact" in t]
    assert len(closed) == 1 and "/request" in closed[0]
    assert "Le lien avec Zoé est fermé" in flow.text(MARC)
    await _days(flow, 30)  # each step fired once
    for part in ("garder ce lien", "dans une semaine", "est fermé"):
        assert _count(flow, YOUTH, part) == 1, part


async def test_a_message_or_a_follow_up_starts_the_clock_again(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await _days(flow, 14)
    assert _count(flow, MARC, "Pas de nouvelles") == 1
    await flow.send(YOUTH, "Coucou Marc, j'ai trouvé un stage !")  # relayed: contact
    await _days(flow, 13)
    assert _count(flow, MARC, "Pas de nouvelles") == 1
    await _days(flow, 1)  # 14 days after the message: a new nudge
    assert _count(flow, MARC, "Pas de nouvelles") == 2
    fields = LogFields(kind="one_off", day=date(2026, 12, 1), minutes=30, themes=(), youth_id=YOUTH)
    await flow.db.logs.add(MARC, 1, fields)  # a follow-up logged: contact too
    await _days(flow, 40)  # 40 days after the follow-up: nudged, never asked
    assert _count(flow, MARC, "Pas de nouvelles") == 3
    assert _count(flow, YOUTH, "garder ce lien") == 0
    await flow.send(MARC, "Tu es toujours partante pour jeudi ?")  # the mentor writes
    await _days(flow, 44)
    assert _count(flow, YOUTH, "garder ce lien") == 0
    assert (await flow.db.links.get(link_id)).active


async def test_a_long_outage_still_warns_a_week_before_closing(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await flow.later(days=70)  # the bot was off: one run finds every step due
    await flow.settle()
    assert _count(flow, YOUTH, "se fermera dans une semaine") == 1
    assert (await flow.db.links.get(link_id)).active
    await _days(flow, 7)
    assert not (await flow.db.links.get(link_id)).active


async def test_the_youth_answers_keep_later_or_stop(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await _days(flow, 45)
    question = flow.last(YOUTH)
    await flow.join(YOUTH_2, name="Léa")  # another youth's forged press changes nothing
    await flow.press(YOUTH_2, f"sil:stop:{link_id}")
    assert (await flow.db.links.get(link_id)).active
    assert list(flow.tg.callback_answers.values())[-1]["show_alert"]
    await flow.press(YOUTH, f"sil:keep:{link_id}", question)
    await flow.settle()
    assert "le lien continue" in str(flow.tg.bot_messages(YOUTH)[-1])
    assert "Zoé souhaite garder le lien" in flow.text(MARC)
    await _days(flow, 44)  # the clock started again at the answer (the question was edited)
    assert _count(flow, YOUTH, "garder ce lien") == 0
    await _days(flow, 1)
    assert _count(flow, YOUTH, "garder ce lien") == 1
    await flow.press(YOUTH, f"sil:later:{link_id}")
    assert "plus tard" in flow.text(YOUTH)
    await _days(flow, 44)
    assert _count(flow, YOUTH, "garder ce lien") == 0
    await _days(flow, 1)
    assert _count(flow, YOUTH, "garder ce lien") == 1
    await flow.press(YOUTH, f"sil:stop:{link_id}")
    await flow.settle()
    link = await flow.db.links.get(link_id)
    assert not link.active and link.end_reason == "no_contact"
    assert "Zoé a préféré arrêter le lien" in flow.text(MARC)
    await flow.press(YOUTH, f"sil:keep:{link_id}", question)  # too late: it has ended
    pressed = message(flow, YOUTH, question["message_id"])
    assert "déjà terminé" in pressed["text"]


async def test_the_nudge_log_button_starts_a_follow_up_for_that_youth(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    link_id = await _linked(flow)
    await _days(flow, 14)
    await flow.press(MARC, f"log:for:{link_id}")
    assert "type de suivi" in flow.text(MARC)  # who is answered: Zoé; next, what kind
    assert flow.app.user_data[MARC][DRAFT]["youth_id"] == YOUTH
    await make_mentor(flow, NADIA, "Nadia")  # not her link: nothing to log
    await flow.press(NADIA, f"log:for:{link_id}")
    assert "plus actif" in flow.text(NADIA)


async def test_three_declines_in_a_row_offer_a_pause_until_available(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    for youth in (YOUTH, YOUTH_2, YOUTH_3):
        request = await ask(flow, youth, name=f"Jeune{youth}", message=None)
        assert "pause" not in flow.text(MARC)
        await flow.press(MARC, f"req:dec:{request.id}", notice_of(flow, MARC, request.id))
    await flow.settle()
    assert "Voulez-vous faire une pause" in flow.text(MARC)
    await flow.press(MARC, "pause:yes")
    assert "/available" in flow.text(MARC)
    request = await ask(flow, YOUTH_4, name="Lina", message=None)
    assert await flow.db.requests.notice(request.id, MARC) is None  # paused: not sent
    assert await flow.db.requests.notice(request.id, NADIA) is not None
    await flow.send(COPIL, "/people")
    assert "Marc ⏸ (en pause)" in flow.text(COPIL)
    assert "Nadia ⏸" not in flow.text(COPIL)
    await flow.send(MARC, "/available")
    assert "de nouveau" in flow.text(MARC)
    await flow.send(MARC, "/available")
    assert "déjà disponible" in flow.text(MARC)
    await flow.send(COPIL, "/people")
    assert "en pause" not in flow.text(COPIL)
    await flow.press(YOUTH_4, f"stop:req:{request.id}")  # withdrawn; a new one reaches Marc
    request = await ask(flow, YOUTH_4, name="Lina", message=None, join=False)
    assert await flow.db.requests.notice(request.id, MARC) is not None


async def test_requests_taken_by_others_three_times_offer_a_pause(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    for youth in (YOUTH, YOUTH_2):
        request = await ask(flow, youth, name=f"Jeune{youth}", message=None)
        await flow.press(NADIA, f"req:acc:{request.id}", notice_of(flow, NADIA, request.id))
    await flow.settle()
    assert _count(flow, MARC, "faire une pause") == 0
    request = await ask(flow, YOUTH_3, name="Jeune3", message=None)
    await flow.press(NADIA, f"req:acc:{request.id}", notice_of(flow, NADIA, request.id))
    await flow.settle()
    assert _count(flow, MARC, "faire une pause") == 1
    assert _count(flow, NADIA, "faire une pause") == 0
    await flow.press(MARC, "pause:no")
    assert "restez disponible" in flow.text(MARC)
    request = await ask(flow, YOUTH_4, name="Lina", message=None)
    assert await flow.db.requests.notice(request.id, MARC) is not None


async def test_each_team_has_its_own_days_for_each_step(flow: Flow) -> None:
    """Team 1 chose 7, 30 and 45 days; Littoral keeps 14, 45 and 60. A reply in between
    starts every step again."""
    await flow.db.teams.create("Littoral")  # team 2
    for which, days in (("silence", 7), ("ask", 30), ("close", 45)):
        assert await flow.db.teams.set_rhythm(1, which, days)
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia", team_id=2)
    link_id = await _linked(flow)
    other = await _linked(flow, YOUTH_2, NADIA, team=2)
    await _days(flow, 7)
    assert "Pas de nouvelles avec Zoé depuis 7 jours" in flow.text(MARC)
    assert _count(flow, NADIA, "Pas de nouvelles") == 0
    await _days(flow, 22)
    assert _count(flow, YOUTH, "garder ce lien") == 0
    await _days(flow, 1)  # day 30: team 1's youth is asked; Littoral's only nudged so far
    assert _count(flow, YOUTH, "garder ce lien") == 1
    assert _count(flow, NADIA, "Pas de nouvelles") == 1
    assert _count(flow, YOUTH_2, "garder ce lien") == 0
    await flow.send(YOUTH, "Désolée, j'étais en stage !")  # a reply: every step again
    await _days(flow, 7)
    assert _count(flow, MARC, "Pas de nouvelles") == 2
    await _days(flow, 23)  # 30 days after the reply: asked again
    assert _count(flow, YOUTH, "garder ce lien") == 2
    await _days(flow, 7)
    assert _count(flow, YOUTH, "se fermera dans une semaine") == 0
    await _days(flow, 1)  # 38 days: a week before team 1's 45
    assert "se fermera dans une semaine" in flow.text(MARC)
    await _days(flow, 6)
    assert (await flow.db.links.get(link_id)).active
    await _days(flow, 1)  # 45 days after the reply: closed
    assert not (await flow.db.links.get(link_id)).active
    assert _count(flow, YOUTH, "faute de contact depuis 45 jours") == 1
    # Littoral's link, 75 days quiet: asked at 45, warned at 53, closed at 60, as before.
    link = await flow.db.links.get(other)
    assert not link.active and link.end_reason == "no_contact"
    assert _count(flow, YOUTH_2, "garder ce lien") == 1
    assert _count(flow, YOUTH_2, "faute de contact depuis 60 jours") == 1
