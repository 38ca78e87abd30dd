"""/request, /mylink, Accept/Decline, /assign, and the reminder and escalation job."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import CallbackContext

from handlers.request_jobs import check_requests
from tests.conftest import COPIL, Flow
from tests.logtools import restart
from tests.youth_steps import ask, make_mentor, notice_of

pytestmark = pytest.mark.both  # the atomic steps hold on both databases

YOUTH, MARC, NADIA, SAM = 1001, 2001, 2002, 2003


async def test_youth_asks_mentors_are_notified_first_accept_wins(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    request = await ask(flow, YOUTH, name="Zoé")
    assert "C'est envoyé" in flow.text(YOUTH)
    assert request.themes == ("work", "training") and request.met == "sport"
    assert request.age_band == "18_25" and request.first_name == "Zoé"
    assert await flow.db.people.age_band(YOUTH) == "18_25"
    assert (await flow.db.people.get(YOUTH)).team_id == 1, "the team's COPIL now sees them"

    marc_notice, nadia_notice = (
        notice_of(flow, MARC, request.id),
        notice_of(flow, NADIA, request.id),
    )
    assert "Zoé" in marc_notice["text"] and "Je cherche un apprentissage" in marc_notice["text"]
    assert "Travail, Formation" in marc_notice["text"]

    await flow.press(MARC, f"req:acc:{request.id}", marc_notice)
    await flow.press(NADIA, f"req:acc:{request.id}", nadia_notice)
    link = await flow.db.links.of_request(request.id)
    assert link is not None and link.mentor_id == MARC
    assert "Marc a accepté ta demande" in flow.text(YOUTH)
    assert "Vous avez accepté la demande de Zoé" in flow.tg.bot_messages(MARC)[-1]["text"]
    nadia_now = next(
        m for m in flow.tg.bot_messages(NADIA) if m["message_id"] == nadia_notice["message_id"]
    )
    assert "déjà été acceptée" in nadia_now["text"] and "reply_markup" not in nadia_now
    assert list(flow.tg.callback_answers.values())[-1]["text"].startswith("Cette demande a déjà")
    await flow.press(MARC, f"req:acc:{request.id}", marc_notice)
    assert list(flow.tg.callback_answers.values())[-1]["text"].startswith("Vous avez déjà accepté")
    assert "Vous avez accepté la demande de Zoé" in flow.tg.bot_messages(MARC)[-1]["text"]


async def test_two_mentors_pressing_at_the_same_moment_make_one_link(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    request = await ask(flow, YOUTH)
    for mentor in (MARC, NADIA):
        notice = notice_of(flow, mentor, request.id)
        await flow.tg.press(mentor, notice["message_id"], f"req:acc:{request.id}")
    updates = await flow.app.bot.get_updates(offset=flow.offset, timeout=0)
    assert len(updates) == 2
    flow.offset = updates[-1].update_id + 1
    await asyncio.gather(*(flow.app.process_update(u) for u in updates))
    async with flow.db.conn.execute("SELECT count(*) FROM links") as cur:
        assert (await cur.fetchone())[0] == 1
    texts = [flow.tg.bot_messages(m)[-1]["text"] for m in (MARC, NADIA)]
    assert sum("Vous avez accepté" in t for t in texts) == 1
    assert sum("déjà été acceptée" in t for t in texts) == 1


async def test_decline_by_everyone_alerts_the_team(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH, message=None)
    await flow.press(MARC, f"req:dec:{request.id}", notice_of(flow, MARC, request.id))
    assert "décliné" in flow.text(MARC)
    assert "Tous les mentor·es ont décliné" in flow.text(COPIL)
    assert "l'équipe s'en occupe" in flow.text(YOUTH)
    assert "COPIL" not in "".join(m.get("text", "") for m in flow.tg.bot_messages(YOUTH))


async def test_no_mentor_in_the_team_alerts_the_copil_at_once(flow: Flow) -> None:
    await flow.send(COPIL, "/help")  # Telegram lets a bot write only to people who wrote first
    await ask(flow, YOUTH)
    assert "aucun·e mentor·e actif·ve" in flow.text(COPIL)
    assert "L'équipe cherche la bonne personne" in flow.tg.bot_messages(YOUTH)[-2]["text"]


async def test_unanswered_request_reminds_then_escalates(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    request = await ask(flow, YOUTH)
    job = CallbackContext(flow.app)  # type: ignore[arg-type]
    before = len(flow.tg.bot_messages(MARC))
    flow.clock.advance(hours=23)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    assert len(flow.tg.bot_messages(MARC)) == before
    flow.clock.advance(hours=2)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    reminder = flow.tg.bot_messages(MARC)[-1]
    assert "attend toujours une réponse" in reminder["text"]
    assert (
        reminder["reply_to_message"]["message_id"]
        == notice_of(flow, MARC, request.id)["message_id"]
    )
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    assert len(flow.tg.bot_messages(MARC)) == before + 1, "reminded once"
    copil_before = len(flow.tg.bot_messages(COPIL))
    flow.clock.advance(hours=24)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    assert "attend depuis 48 h sans réponse" in flow.text(COPIL)
    assert "l'équipe s'en occupe" in flow.text(YOUTH)
    await check_requests(job)
    await flow.deliver()  # the outbox sends what the job wrote
    assert len(flow.tg.bot_messages(COPIL)) == copil_before + 1, "escalated once"

    # COPIL gives it to Marc with /assign.
    await flow.send(COPIL, "/assign")
    await flow.press(COPIL, f"assign:req:{request.id}")
    await flow.press(COPIL, f"assign:to:{request.id}:{MARC}")
    assert "Marc suit maintenant Zoé" in flow.text(COPIL)
    assert (await flow.db.links.active_of_youth(YOUTH)).mentor_id == MARC
    assert "Marc a accepté" in flow.text(YOUTH)


async def test_the_job_is_scheduled_at_start(flow: Flow) -> None:
    assert flow.app.job_queue is not None
    names = [j.name for j in flow.app.job_queue.jobs()]
    assert names.count("requests:check") == 1  # beside the outbox's jobs (broadcasts)


async def test_mylink_addresses_the_request_to_that_mentor_only(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, NADIA, "Nadia")
    await flow.send(MARC, "/mylink")
    link = flow.text(MARC).split("?start=")[1].split()[0]
    assert link.startswith("m_") and len(link) <= 64
    nadia_before = len(flow.tg.bot_messages(NADIA))

    await flow.send(YOUTH, f"/start {link}", first_name="Zoé")  # a stranger
    await flow.press(YOUTH, "lang:fr")
    await flow.press(YOUTH, "consent:yes:fr")
    assert flow.buttons(YOUTH) == {"🤝 Demander un contact": "request:new"}
    await flow.press(YOUTH, "request:new")
    assert "Ta demande ira à Marc" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:met:work")
    await flow.press(YOUTH, "request:theme:housing")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:16_17")
    await flow.press(YOUTH, "request:name")
    await flow.press(YOUTH, "request:msg:skip")
    await flow.press(YOUTH, "request:send")
    request = await flow.db.requests.open_of(YOUTH)
    assert request.mentor_id == MARC
    assert notice_of(flow, MARC, request.id)
    assert len(flow.tg.bot_messages(NADIA)) == nadia_before


async def test_bad_mentor_links_are_refused(flow: Flow) -> None:
    await flow.send(YOUTH, "/start m_nope")
    assert "pas valable" in flow.text(YOUTH)
    await flow.send(YOUTH, "/start m_" + "a" * 80)
    assert "pas valable" in flow.text(YOUTH)
    assert await flow.db.people.get(YOUTH) is None


async def test_over_30_is_told_kindly_and_nothing_is_stored(flow: Flow) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:met:skip")
    await flow.press(YOUTH, "request:theme:work")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:over_30")
    assert "jusqu'à 30 ans" in flow.text(YOUTH) and "/partners" in flow.text(YOUTH)
    assert await flow.db.requests.open_of(YOUTH) is None
    assert await flow.db.people.age_band(YOUTH) is None


async def test_a_second_request_offers_to_change_or_withdraw(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    first = await ask(flow, YOUTH, message=None)
    await flow.send(YOUTH, "/request")
    assert "déjà une demande en cours" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:keep")
    assert (await flow.db.requests.open_of(YOUTH)).id == first.id

    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:change")
    await flow.press(YOUTH, "request:met:culture")
    await flow.press(YOUTH, "request:theme:housing")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:name")
    await flow.press(YOUTH, "request:msg:skip")
    await flow.press(YOUTH, "request:send")
    changed = await flow.db.requests.open_of(YOUTH)
    assert changed.id != first.id and changed.themes == ("housing",)
    assert (await flow.db.requests.get(first.id)).status == "withdrawn"
    old_notice = next(m for m in flow.tg.bot_messages(MARC) if "retirée" in m.get("text", ""))
    assert "reply_markup" not in old_notice

    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:withdraw")
    assert "ta demande est retirée" in flow.text(YOUTH)
    assert await flow.db.requests.open_of(YOUTH) is None


async def test_the_summary_can_be_corrected(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.join(YOUTH, name="Zoé")
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:met:sport")
    await flow.press(YOUTH, "request:theme:work")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:18_25")
    await flow.send(YOUTH, "Zo")
    await flow.press(YOUTH, "request:msg:skip")
    assert "👤 Zo" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:fix:name")
    await flow.send(YOUTH, "Zozo")
    assert "Voici ta demande" in flow.text(YOUTH) and "👤 Zozo" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:fix:themes")
    await flow.press(YOUTH, "request:theme:money")
    await flow.press(YOUTH, "request:themes:ok")
    assert "Travail, Argent" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:send")
    request = await flow.db.requests.open_of(YOUTH)
    assert request.first_name == "Zozo" and request.themes == ("work", "money")


async def test_bad_answers_get_a_clear_message_and_change_nothing(flow: Flow) -> None:
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    await flow.send(YOUTH, "sport")  # typed where a button is expected
    assert "Utilise les boutons" in flow.text(YOUTH)
    await flow.press(YOUTH, "request:met:sport")
    await flow.press(YOUTH, "request:themes:ok")  # no theme chosen
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Choisis au moins un thème."
    await flow.press(YOUTH, "request:theme:nonsense")
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Ce bouton n'est plus valable."
    await flow.press(YOUTH, "request:theme:work")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:42")
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Ce bouton n'est plus valable."
    await flow.press(YOUTH, "request:age:18_25")
    await flow.send(YOUTH, "x" * 41)
    assert "de 1 à 40 caractères" in flow.text(YOUTH)
    await flow.send(YOUTH, "Zoé")
    await flow.send(YOUTH, "y" * 1001)
    assert "au plus 1'000 caractères" in flow.text(YOUTH)
    await flow.send(YOUTH, "Je cherche un stage")
    await flow.press(YOUTH, "request:fix:everything")
    assert list(flow.tg.callback_answers.values())[-1]["text"] == "Ce bouton n'est plus valable."
    assert "Voici ta demande" in flow.text(YOUTH)
    await flow.send(YOUTH, "/cancel")
    assert "C'est annulé" in flow.text(YOUTH)
    assert await flow.db.requests.open_of(YOUTH) is None
    await flow.press(YOUTH, "request:send")  # an old button after /cancel
    assert await flow.db.requests.open_of(YOUTH) is None


async def test_only_youths_ask_and_only_mentors_have_a_link(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.send(MARC, "/request")
    assert flow.text(MARC) == "Cette action n'est pas possible pour vous."
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/mylink")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour toi."
    await flow.send(YOUTH, "/assign")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour toi."


async def test_several_teams_ask_which(flow: Flow) -> None:
    other = await flow.db.teams.create("Littoral", "FR")
    await make_mentor(flow, SAM, "Sam", team_id=other.id)
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    assert "Dans quelle région" in flow.text(YOUTH)
    await flow.press(YOUTH, f"request:team:{other.id}")
    await flow.press(YOUTH, "request:met:public")
    await flow.press(YOUTH, "request:theme:papers")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:26_30")
    await flow.press(YOUTH, "request:name")
    await flow.press(YOUTH, "request:msg:skip")
    await flow.press(YOUTH, "request:send")
    request = await flow.db.requests.open_of(YOUTH)
    assert request.team_id == other.id
    assert notice_of(flow, SAM, request.id)


async def test_a_request_in_progress_continues_after_a_restart(flow: Flow) -> None:
    await make_mentor(flow, MARC, "Marc")
    await flow.join(YOUTH, name="Zoé")
    await flow.send(YOUTH, "/request")
    await flow.press(YOUTH, "request:met:faith")
    await flow.press(YOUTH, "request:theme:family")
    await flow.press(YOUTH, "request:themes:ok")
    await flow.press(YOUTH, "request:age:16_17")
    flow = await restart(flow)
    try:
        await flow.send(YOUTH, "Zo")
        assert "Un petit message" in flow.text(YOUTH)
        await flow.press(YOUTH, "request:msg:skip")
        await flow.press(YOUTH, "request:send")
        request = await flow.db.requests.open_of(YOUTH)
        assert request.first_name == "Zo" and request.met == "faith"
        assert request.themes == ("family",) and request.age_band == "16_17"
        assert notice_of(flow, MARC, request.id)
    finally:
        # The fixture closes the first application; this one is closed here.
        await flow.app.shutdown()
        await flow.app.post_shutdown(flow.app)  # type: ignore[misc]
