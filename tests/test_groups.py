"""Peer-aidance groups: creation with a rhythm, joining, session reminders and answers,
place and theme, cancelling, attendance, requests to join, and who may do what."""

from __future__ import annotations

import re
from datetime import timedelta

from storage.models import Role
from tests.conftest import Flow
from tests.test_broadcast import (
    HELPER,
    MENTOR_A,
    OTHER_COPIL,
    TEAM_COPIL,
    YOUTH_NEWS,
    YOUTH_QUIET,
    person,
    two_teams,
)
from tests.youth_steps import ask, notice_of

YOUTH_3, OTHER_HELPER = 1103, 3102


def texts_to(flow: Flow, chat: int) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in flow.tg.bot_messages(chat)]


async def create_group(flow: Flow, size: str = "10", name: str = "Les Lundis") -> str:
    who = TEAM_COPIL
    await flow.send(who, "/group")
    await flow.send(who, name)
    assert "Qui anime le groupe" in flow.text(who)
    await flow.press(who, f"grn:help:{HELPER}")
    assert f"✅ P{HELPER}" in flow.buttons(who)
    await flow.press(who, "grn:helpers:done")
    if size == "10":
        await flow.press(who, "grn:size:10")
    else:
        await flow.send(who, size)
    await flow.send(who, "2e et 4e mardi 18h")
    confirm = flow.text(who)
    assert "6 séances prévues" in confirm and "mardi 24 novembre à 18:00" in confirm
    await flow.press(who, "grn:ok")
    found = re.search(r"start=(g_\S+)", flow.text(who))
    assert found, flow.text(who)
    assert found.group(1) in flow.text(HELPER)
    return found.group(1)


async def test_group_with_a_rhythm_a_youth_joining_reminders_and_attendance(flow: Flow) -> None:
    await two_teams(flow)
    payload = await create_group(flow)
    # Planned in the database; in memory only once within the jobs' window (a day ahead).
    assert {
        r.kind
        for r in await flow.db.reminders.due_before("session", flow.clock.now + timedelta(days=9))
    } == {"day", "2h"}
    assert "reminder:session:1:day" not in flow.job_names()

    await flow.send(YOUTH_NEWS, f"/start {payload}")
    assert "Bienvenue dans le groupe Les Lundis" in flow.text(YOUTH_NEWS)
    assert "mardi 24 novembre à 18:00" in flow.text(YOUTH_NEWS)
    await flow.send(YOUTH_QUIET, f"/start {payload}")

    # The peer helper sets the place and theme of the first session.
    await flow.send(HELPER, "/groups")
    assert "Les Lundis — 2/10 jeunes" in flow.text(HELPER)
    await flow.press(HELPER, "grs:set:1")
    await flow.send(HELPER, "x")
    assert "le lieu (2 à 120 caractères)" in flow.text(HELPER)
    await flow.send(HELPER, "Maison de quartier; CV et entretiens")
    assert "Maison de quartier — CV et entretiens" in flow.text(HELPER)

    # The day before: every member gets the reminder with Yes / No.
    await flow.later(hours=10)
    assert "reminder:session:1:day" in flow.job_names()
    flow.clock.advance(hours=22)  # Monday 23.11, 18:00 local
    await flow.run_jobs("reminder:session:1:day")
    await flow.deliver()
    reminder = flow.tg.bot_messages(YOUTH_NEWS)[-1]
    assert "Demain, séance du groupe Les Lundis" in reminder["text"]
    # Who sends it comes first; a youth reads "l'équipe", never "COPIL" (issue 10 item 5).
    assert reminder["text"].startswith("📣 L'équipe · ") and "COPIL" not in reminder["text"]
    assert "Maison de quartier" in reminder["text"]
    await flow.press(YOUTH_NEWS, "ses:yes:1", reminder)
    await flow.press(YOUTH_QUIET, "ses:no:1", flow.tg.bot_messages(YOUTH_QUIET)[-1])
    # Two hours before: only those who did not say no.
    await flow.later(hours=22)
    await flow.run_jobs("reminder:session:1:2h")
    await flow.deliver()
    assert "Dans deux heures" in flow.text(YOUTH_NEWS)
    assert "Dans deux heures" not in flow.text(YOUTH_QUIET)

    # After the session the peer helper marks who came.
    flow.clock.advance(hours=4)
    await flow.send(HELPER, "/attendance")
    await flow.press(HELPER, "gra:show:1")
    assert "0 présent·e." in flow.text(HELPER)
    await flow.press(HELPER, f"gra:mark:1:{YOUTH_NEWS}")
    assert "1 présent·e." in flow.text(HELPER)
    assert await flow.db.groups.attended(1) == {YOUTH_NEWS}
    # The team's COPIL finds /attendance in their menu and sees the same list.
    await flow.send(TEAM_COPIL, "/attendance")
    await flow.press(TEAM_COPIL, "gra:show:1")
    assert "1 présent·e." in flow.text(TEAM_COPIL)
    # A youth never reads COPIL or intervision.
    for text in texts_to(flow, YOUTH_NEWS):
        assert "COPIL" not in text and "ntervision" not in text


async def test_cancelled_session_is_announced_and_requests_are_accepted(flow: Flow) -> None:
    await two_teams(flow)
    await person(flow, YOUTH_3, Role.YOUTH, 1)
    payload = await create_group(flow, size="2")
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.send(HELPER, "/groups")
    await flow.press(HELPER, "grs:cancel:2")
    await flow.press(HELPER, "grs:cancelok:2")
    assert "est annulée" in flow.text(HELPER)
    await flow.deliver()
    assert "est annulée" in flow.text(YOUTH_NEWS)
    assert "reminder:session:2:day" not in flow.job_names()

    # A youth asks from /groups; the peer helper accepts.
    await flow.send(YOUTH_QUIET, "/groups")
    await flow.press(YOUTH_QUIET, "grp:ask:1")
    assert f"P{YOUTH_QUIET} demande à rejoindre" in flow.text(HELPER)
    flow.tg.inject_faults({"sendMessage": 1.0}, kinds=("500",))  # Telegram fails then
    await flow.press(HELPER, f"grp:acc:1:{YOUTH_QUIET}")
    flow.tg.stop_faults()
    assert "a rejoint" in flow.text(HELPER)
    await flow.settle()
    assert "Bienvenue dans le groupe" in flow.text(YOUTH_QUIET)
    # Now full (2): the link refuses a third youth.
    await flow.send(YOUTH_3, f"/start {payload}")
    assert "Les Lundis est complet pour l'instant" in flow.text(YOUTH_3)


async def test_bad_input_changes_nothing(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/group")
    await flow.send(TEAM_COPIL, "x")
    assert "de 2 à 40 caractères" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "Les Jeudis")
    await flow.press(TEAM_COPIL, "grn:helpers:done")
    assert "au moins un·e" in list(flow.tg.callback_answers.values())[-1]["text"]
    await flow.press(TEAM_COPIL, f"grn:help:{MENTOR_A}")  # not a peer helper
    await flow.press(TEAM_COPIL, f"grn:help:{HELPER}")
    await flow.press(TEAM_COPIL, "grn:helpers:done")
    await flow.send(TEAM_COPIL, "100")
    assert "un nombre de 2 à 30" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "8")
    await flow.send(TEAM_COPIL, "de temps en temps")
    assert "pas compris ce rythme" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "/cancel")
    assert await flow.db.groups.get(1) is None
    await flow.send(YOUTH_NEWS, "/start g_nothing")
    assert "pas valable" in flow.text(YOUTH_NEWS)


async def test_a_stranger_joins_by_the_link_after_consent(flow: Flow) -> None:
    await two_teams(flow)
    payload = await create_group(flow)
    newcomer = 1199
    await flow.send(newcomer, f"/start {payload}", first_name="Inès")
    assert "Choisis ta langue" in flow.text(newcomer)
    assert await flow.db.people.get(newcomer) is None  # nothing stored before consent
    await flow.press(newcomer, "lang:fr")
    await flow.press(newcomer, "consent:yes:fr")
    assert "Bienvenue dans le groupe Les Lundis" in flow.text(newcomer)
    assert await flow.db.groups.is_member(1, newcomer)


async def test_only_the_right_people_create_lead_and_join(flow: Flow) -> None:
    await two_teams(flow)
    await person(flow, OTHER_HELPER, Role.PEER_HELPER, 1)
    for who in (YOUTH_NEWS, MENTOR_A, HELPER):
        await flow.send(who, "/group")
        assert "pas possible pour" in flow.text(who)
    await flow.send(MENTOR_A, "/groups")
    assert "pas possible pour vous" in flow.text(MENTOR_A)
    payload = await create_group(flow)
    # A mentor cannot join by the link; a peer helper who does not lead it cannot act on it.
    await flow.send(MENTOR_A, f"/start {payload}")
    assert "pas possible pour vous" in flow.text(MENTOR_A)
    await flow.send(OTHER_HELPER, "/groups")
    for data in ("grs:cancelok:1", "grs:set:1", "gra:show:1", f"grp:acc:1:{YOUTH_NEWS}"):
        await flow.press(OTHER_HELPER, data)
        assert "pas possible" in list(flow.tg.callback_answers.values())[-1]["text"]
    # Another team's COPIL neither.
    await flow.send(OTHER_COPIL, "/groups")
    await flow.press(OTHER_COPIL, "grs:cancelok:1")
    assert "pas possible" in list(flow.tg.callback_answers.values())[-1]["text"]
    assert (await flow.db.groups.session(1)).status == "planned"
    # Someone not in the group cannot answer for a session.
    await flow.press(YOUTH_QUIET, "ses:yes:1", flow.last(YOUTH_QUIET))
    assert await flow.db.groups.answers(1) == {}


async def test_mydata_and_forget_cover_news_events_and_groups(flow: Flow) -> None:
    from storage.personal import export

    await two_teams(flow)
    await flow.db.people.set_wants_news(YOUTH_NEWS, True)
    payload = await create_group(flow)
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.db.broadcasts.create(
        author_id=TEAM_COPIL, team_id=1, audience="youths", text="Nouvelles"
    )
    await flow.deliver()
    await flow.db.groups.answer(1, YOUTH_NEWS, "yes")
    document = await export(flow.db.conn, YOUTH_NEWS)
    assert document["news_choice"] == [{"wants_news": 1}]
    assert document["messages_received"][0]["status"] == "sent"
    assert document["groups"][0]["name"] == "Les Lundis"
    assert document["session_answers"][0]["answer"] == "yes"

    await flow.db.forget(YOUTH_NEWS)
    for table, column in (
        ("outbox", "chat_id"),
        ("group_members", "person_id"),
        ("session_answers", "person_id"),
    ):
        async with flow.db.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", (YOUTH_NEWS,)
        ) as cur:
            row = await cur.fetchone()
        assert row[0] == 0, table


async def test_sessions_are_topped_up_from_the_rhythm(flow: Flow) -> None:
    await two_teams(flow)
    await create_group(flow)
    before = await flow.db.groups.sessions(1, flow.clock.now, 50)
    assert len(before) == 6  # three months of 2nd and 4th Tuesdays
    flow.clock.advance(days=60)
    await flow.run_jobs("groups:extend")
    after = await flow.db.groups.sessions(1, flow.clock.now, 50)
    assert len(after) == 6 and after[-1].starts_at > before[-1].starts_at
    # The new session's reminders are planned; in memory only when within the jobs' window.
    assert await flow.db.reminders.get("session", after[-1].id, "day") is not None
    assert f"reminder:session:{after[-1].id}:day" not in flow.job_names()


async def test_a_list_of_dates_gets_no_phantom_sessions_next_year(flow: Flow) -> None:
    # Review item 13: the daily top-up re-read "3.12 18h; 17.12 18h" and rolled the dates
    # already past to next year, with reminders.
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/group")
    await flow.send(TEAM_COPIL, "Les Dates")
    await flow.press(TEAM_COPIL, f"grn:help:{HELPER}")
    await flow.press(TEAM_COPIL, "grn:helpers:done")
    await flow.press(TEAM_COPIL, "grn:size:10")
    await flow.send(TEAM_COPIL, "3.12 18h; 17.12 18h")
    assert "2 séances prévues" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "grn:ok")
    for days in (18, 8):  # on 10 December, then on 18 December
        flow.clock.advance(days=days)
        await flow.run_jobs("groups:extend")
        ahead = await flow.db.groups.sessions(1, flow.clock.now, 50)
        assert all(s.starts_at.year == 2026 for s in ahead), ahead
    assert ahead == []


async def test_a_press_by_someone_who_may_not_lead_is_answered_once(flow: Flow) -> None:
    # Review item 18: `require` answered "not allowed", then the handler answered again;
    # Telegram refused the second answer and the person got "Oups".
    await two_teams(flow)
    await create_group(flow)
    for who in (YOUTH_NEWS, MENTOR_A):
        for data in ("grs:cancelok:1", "grs:cancel:1", "gra:show:1", "gra:mark:1:1", "grs:set:1"):
            before = len(flow.tg.callback_answers)
            await flow.press(who, data, flow.last(who))
            assert len(flow.tg.callback_answers) == before + 1, data
            assert "pas possible" in list(flow.tg.callback_answers.values())[-1]["text"], data
            assert not any("Oups" in t for t in texts_to(flow, who)), data
    assert (await flow.db.groups.session(1)).status == "planned"


async def test_a_youth_leaves_a_group_from_groups(flow: Flow) -> None:
    # Review item 9: joining was free but leaving was not: only /forget got a youth out.
    await two_teams(flow)
    payload = await create_group(flow)
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.db.groups.answer(1, YOUTH_NEWS, "yes")
    await flow.send(YOUTH_NEWS, "/groups")
    await flow.press_label(YOUTH_NEWS, "Quitter « Les Lundis »")
    assert "Tu veux quitter le groupe" in flow.text(YOUTH_NEWS)
    await flow.press(YOUTH_NEWS, "grp:stay:1")
    assert "tu restes" in flow.text(YOUTH_NEWS)
    assert await flow.db.groups.is_member(1, YOUTH_NEWS)
    await flow.send(YOUTH_NEWS, "/groups")
    await flow.press(YOUTH_NEWS, "grp:leave:1")
    await flow.press(YOUTH_NEWS, "grp:leaveok:1")
    assert "tu as quitté" in flow.text(YOUTH_NEWS) and "/groups est là" in flow.text(YOUTH_NEWS)
    assert not await flow.db.groups.is_member(1, YOUTH_NEWS)
    assert await flow.db.groups.answers(1) == {}  # no longer counted for the next session
    # No more reminders; pressing again, or for someone else, changes nothing.
    await flow.later(days=1, hours=8)
    assert await flow.run_jobs("reminder:session:1:day") == 1
    await flow.deliver()
    assert "Demain, séance" not in flow.text(YOUTH_NEWS)
    await flow.press(YOUTH_NEWS, "grp:leaveok:1")
    assert "plus partie" in list(flow.tg.callback_answers.values())[-1]["text"]
    await flow.send(YOUTH_QUIET, f"/start {payload}")
    await flow.press(HELPER, "grp:leaveok:1", flow.last(HELPER))
    assert await flow.db.groups.is_member(1, YOUTH_QUIET)
    # The door stays open.
    await flow.send(YOUTH_NEWS, "/groups")
    assert "grp:ask:1" in flow.buttons(YOUTH_NEWS).values()


async def test_a_youth_who_becomes_a_peer_helper_gives_back_their_seat(flow: Flow) -> None:
    """A group of 2 is full with two youths; one becomes a peer helper: a third youth fits."""
    await two_teams(flow)
    await person(flow, YOUTH_3, Role.YOUTH, 1)
    payload = await create_group(flow, size="2")
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.send(YOUTH_QUIET, f"/start {payload}")
    await flow.send(YOUTH_3, f"/start {payload}")
    assert "Les Lundis est complet pour l'instant" in flow.text(YOUTH_3)

    # YOUTH_NEWS found work: their mentor ends the link for that, they agree to become a
    # peer helper, the COPIL invites them.
    request = await ask(flow, YOUTH_NEWS, join=False)
    await flow.press(MENTOR_A, f"req:acc:{request.id}", notice_of(flow, MENTOR_A, request.id))
    link = (await flow.db.links.active_of_youth(YOUTH_NEWS)).id
    await flow.send(MENTOR_A, "/end")
    await flow.press(MENTOR_A, f"end:r:{link}:work")
    await flow.press(YOUTH_NEWS, f"peer:yes:{link}")
    await flow.press(TEAM_COPIL, f"peer:invite:{link}")
    assert (await flow.db.people.get(YOUTH_NEWS)).role == Role.PEER_HELPER

    assert not await flow.db.groups.is_member(1, YOUTH_NEWS)
    await flow.send(HELPER, "/groups")
    assert "Les Lundis — 1/2 jeunes" in flow.text(HELPER)
    await flow.send(YOUTH_3, f"/start {payload}")
    assert "Bienvenue dans le groupe Les Lundis" in flow.text(YOUTH_3)


async def test_a_peer_helper_leading_two_groups_tells_them_apart_and_sees_the_answers(
    flow: Flow,
) -> None:
    await two_teams(flow)
    await create_group(flow, name="Les Lundis")
    payload = await create_group(flow, name="Les Jeudis")  # sessions 7..12, same days
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.send(YOUTH_QUIET, f"/start {payload}")
    await flow.later(days=1, hours=8)  # the day before the first session
    await flow.run_jobs("reminder:session:7:day")
    await flow.deliver()
    await flow.press(YOUTH_NEWS, "ses:yes:7")
    await flow.press(YOUTH_QUIET, "ses:no:7")

    await flow.send(HELPER, "/groups")
    labels = list(flow.buttons(HELPER))
    assert "Les Lundis · mar. 24.11" in labels and "Les Jeudis · mar. 24.11" in labels
    assert len(set(labels)) == len(labels), "no two buttons alike"
    assert "(✅ 1 · ❌ 1)" in flow.text(HELPER)
    await flow.press_label(HELPER, "Les Jeudis · mar. 24.11")
    screen = flow.text(HELPER)
    assert "Les Jeudis" in screen and "Les Lundis" not in screen
    assert f"✅ Oui (1) : P{YOUTH_NEWS}" in screen and f"❌ Non (1) : P{YOUTH_QUIET}" in screen
    # The place goes to the session pressed, in the group pressed.
    await flow.press_label(HELPER, "📍 Lieu et thème")
    await flow.send(HELPER, "Salle des Jeudis")
    assert (await flow.db.groups.session(7)).place == "Salle des Jeudis"
    assert (await flow.db.groups.session(1)).place is None
    # A way back to the list, and from a session to cancelling it.
    await flow.send(HELPER, "/groups")
    await flow.press_label(HELPER, "Les Lundis · mar. 24.11")
    await flow.press_label(HELPER, "✖️ Annuler la séance")
    await flow.press_label(HELPER, "◀ Retour")
    await flow.press_label(HELPER, "◀ Retour")
    assert "Les Jeudis — 2/10 jeunes" in flow.text(HELPER)
    assert (await flow.db.groups.session(1)).status == "planned"


async def test_a_listed_date_already_past_is_refused_and_the_list_shown_in_order(
    flow: Flow,
) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/group")
    await flow.send(TEAM_COPIL, "Les Dates")
    await flow.press(TEAM_COPIL, f"grn:help:{HELPER}")
    await flow.press(TEAM_COPIL, "grn:helpers:done")
    await flow.press(TEAM_COPIL, "grn:size:10")
    await flow.send(TEAM_COPIL, "8.12 18h; 20.11 18h")  # on Sunday 22 November
    assert "« 20.11 18h » est déjà passé" in flow.text(TEAM_COPIL)
    assert await flow.db.groups.of_team(1) == []
    await flow.send(TEAM_COPIL, "8.12 18h; 24.11 18h")
    confirm = flow.text(TEAM_COPIL)
    assert confirm.index("24 novembre") < confirm.index("8 décembre"), confirm
    assert "2027" not in confirm


async def test_an_answer_shows_on_the_session_reminder_and_can_be_changed(flow: Flow) -> None:
    await two_teams(flow)
    payload = await create_group(flow)
    await flow.send(YOUTH_NEWS, f"/start {payload}")
    await flow.later(days=1, hours=8)
    await flow.run_jobs("reminder:session:1:day")
    await flow.deliver()
    reminder = flow.last(YOUTH_NEWS)
    await flow.press(YOUTH_NEWS, "ses:yes:1", reminder)
    shown = flow.last(YOUTH_NEWS)
    assert shown["message_id"] == reminder["message_id"]
    assert "👉 C'est noté, à bientôt ! Tu peux changer ta réponse ici." in shown["text"]
    assert "Demain, séance du groupe" in shown["text"] and "ses:no:1" in str(shown)
    await flow.press(YOUTH_NEWS, "ses:no:1", shown)
    shown = flow.last(YOUTH_NEWS)
    assert "👉 C'est noté. Peut-être la prochaine fois !" in shown["text"]
    assert shown["text"].count("👉") == 1
    assert await flow.db.groups.answers(1) == {YOUTH_NEWS: "no"}
