"""/broadcast, /broadcasts and /news through the real application, against the sandbox."""

from __future__ import annotations

from storage.models import Role
from tests.conftest import COPIL, Flow

TEAM_COPIL, OTHER_COPIL = 9101, 9102
MENTOR_A, MENTOR_B, MENTOR_OTHER = 2101, 2102, 2201
HELPER, YOUTH_NEWS, YOUTH_QUIET = 3101, 1101, 1102
FROM_COPIL = "📣 Le COPIL · Équipe principale\n\n"
FROM_TEAM = "📣 L'équipe · Équipe principale\n\n"


async def person(flow: Flow, user_id: int, role: Role, team: int | None, **kw: bool) -> None:
    """Someone who has opened a chat with the bot and is known with this role (fictitious)."""
    await flow.tg.user(user_id, first_name=f"P{user_id}")
    await flow.send(user_id, "/help")
    await flow.db.people.add_or_update(
        user_id,
        role=role,
        team_id=team,
        programme_wide=kw.get("wide", False),
        display_name=f"P{user_id}",
        language="fr",
    )


async def two_teams(flow: Flow) -> None:
    await flow.db.teams.create("Littoral")  # team 2
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await person(flow, OTHER_COPIL, Role.COPIL, 2)
    await person(flow, MENTOR_A, Role.MENTOR, 1)
    await person(flow, MENTOR_B, Role.MENTOR, 1)
    await person(flow, MENTOR_OTHER, Role.MENTOR, 2)
    await person(flow, HELPER, Role.PEER_HELPER, 1)
    await person(flow, YOUTH_NEWS, Role.YOUTH, 1)
    await person(flow, YOUTH_QUIET, Role.YOUTH, 1)


def texts_to(flow: Flow, chat: int) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in flow.tg.bot_messages(chat)]


async def compose(flow: Flow, who: int, audience: str, text: str, team: str | None = None) -> None:
    await flow.send(who, "/broadcast")
    assert "À qui envoyer" in flow.text(who)
    await flow.press(who, f"bc:aud:{audience}")
    if team is not None:
        await flow.press(who, f"bc:team:{team}")
    assert "Envoyez le message" in flow.text(who)
    await flow.send(who, text)


async def test_team_broadcast_to_mentors_with_one_who_blocked_the_bot(flow: Flow) -> None:
    await two_teams(flow)
    flow.tg.block(MENTOR_B)
    # Typed angle brackets are text, not formatting: escaped, they arrive as typed.
    await compose(flow, TEAM_COPIL, "mentors", "Formation jeudi 18h <salle 3> & apéro")
    # The preview is the message itself, then who gets it.
    preview = flow.tg.bot_messages(TEAM_COPIL)[-2]
    assert preview["text"] == f"{FROM_COPIL}Formation jeudi 18h <salle 3> & apéro"
    assert "2 personnes" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "bc:now")
    assert "C'est parti" in flow.text(TEAM_COPIL)
    assert "Formation" not in texts_to(flow, MENTOR_A)[-1]

    await flow.deliver()
    # Who sends it comes first: nobody mistakes it for a youth's message (issue 10, item 5).
    assert texts_to(flow, MENTOR_A)[-1] == f"{FROM_COPIL}Formation jeudi 18h <salle 3> & apéro"
    for nobody in (MENTOR_OTHER, HELPER, YOUTH_NEWS):
        assert "Formation" not in " ".join(texts_to(flow, nobody))
    report = flow.text(TEAM_COPIL)
    assert "terminée : 1 envoyé, 1 injoignable (a bloqué le bot)" in report
    progress = await flow.db.broadcasts.progress(1)
    assert (progress.sent, progress.unreachable, progress.failed) == (1, 1, 0)
    # The blocked mentor is not tried again.
    before = flow.tg.stats["sendMessage"]
    await flow.deliver()
    assert flow.tg.stats["sendMessage"] == before
    assert (await flow.db.broadcasts.progress(1)).unreachable == 1


async def test_youths_get_news_only_if_they_chose_it(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(YOUTH_NEWS, "/news")
    assert "Tu ne reçois pas" in flow.text(YOUTH_NEWS)
    await flow.press(YOUTH_NEWS, "news:on")
    assert "Tu reçois les nouvelles" in flow.text(YOUTH_NEWS)
    await compose(flow, TEAM_COPIL, "everyone", "Fête de fin d'année samedi !")
    assert "4 personnes" in flow.text(TEAM_COPIL)  # 2 mentors, 1 peer helper, 1 youth
    await flow.press(TEAM_COPIL, "bc:now")
    await flow.deliver()
    assert texts_to(flow, YOUTH_NEWS)[-1] == f"{FROM_TEAM}Fête de fin d'année samedi !"
    assert "COPIL" not in texts_to(flow, YOUTH_NEWS)[-1]
    assert "Fête" not in " ".join(texts_to(flow, YOUTH_QUIET))
    assert "Fête" in texts_to(flow, HELPER)[-1]
    # A forged toggle value changes nothing.
    await flow.send(YOUTH_NEWS, "/news")
    await flow.press(YOUTH_NEWS, "news:maybe")
    assert await flow.db.people.wants_news(YOUTH_NEWS)


async def test_photo_with_caption_goes_out_as_a_photo(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/broadcast")
    await flow.press(TEAM_COPIL, "bc:aud:peer_helpers")
    await flow.tg.send_media(
        TEAM_COPIL, "photo", b"\x89PNG fictitious", mime_type="image/png", caption="L'affiche"
    )
    await flow.pump()
    preview = flow.tg.bot_messages(TEAM_COPIL)[-2]
    assert preview["caption"] == f"{FROM_COPIL}L'affiche" and "photo" in preview
    await flow.press(TEAM_COPIL, "bc:now")
    await flow.deliver()
    got = flow.tg.bot_messages(HELPER)[-1]
    assert (
        got["caption"] == f"{FROM_TEAM}L'affiche"  # a peer helper reads "l'équipe"
        and got["photo"][0]["file_id"] == preview["photo"][0]["file_id"]
    )


async def test_scheduled_broadcast_goes_when_its_job_runs_and_can_be_cancelled(
    flow: Flow,
) -> None:
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Rappel : intervision mardi")
    await flow.press(TEAM_COPIL, "bc:later")
    await flow.send(TEAM_COPIL, "hier 9h")
    assert "déjà passé" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "n'importe quand")
    assert "pas compris" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "demain")
    assert "quelle heure" in flow.text(TEAM_COPIL)
    assert await flow.db.broadcasts.get(1) is None  # bad input changed nothing
    await flow.send(TEAM_COPIL, "demain 9h")
    assert "programmé pour lundi 23 novembre à 09:00" in flow.text(TEAM_COPIL)
    assert "broadcast:1" in flow.job_names()

    # A second one, to cancel.
    await compose(flow, TEAM_COPIL, "mentors", "Annulé d'avance")
    await flow.press(TEAM_COPIL, "bc:later")
    await flow.send(TEAM_COPIL, "le 3 décembre à 18h30")
    await flow.send(TEAM_COPIL, "/broadcasts")
    assert "n° 2 — prévue jeudi 3 décembre à 18:30" in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "bcl:cancel:2")
    assert "n° 2 — annulée" in flow.text(TEAM_COPIL)
    assert "broadcast:2" not in flow.job_names()
    await flow.press(TEAM_COPIL, "bcl:cancel:1", flow.last(TEAM_COPIL))
    assert "n° 1" in flow.text(TEAM_COPIL) and "annulée" in flow.text(TEAM_COPIL)

    # Nothing left to send; the cancelled one never goes even if its job ran.
    flow.clock.advance(days=1)
    assert await flow.run_jobs("broadcast:") == 0


async def test_scheduled_job_sends_and_reports(flow: Flow) -> None:
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Formation premiers secours")
    await flow.press(TEAM_COPIL, "bc:later")
    await flow.send(TEAM_COPIL, "demain 9h")
    assert "Formation" not in " ".join(texts_to(flow, MENTOR_A))
    flow.clock.advance(days=1)
    assert await flow.run_jobs("broadcast:1") == 1
    assert texts_to(flow, MENTOR_A)[-1] == f"{FROM_COPIL}Formation premiers secours"
    assert "2 envoyés" in flow.text(TEAM_COPIL)
    # Run twice (a job fired again after a restart): no second delivery.
    await flow.db.broadcasts.start(1)
    await flow.deliver()
    assert texts_to(flow, MENTOR_A).count(f"{FROM_COPIL}Formation premiers secours") == 1


async def test_programme_wide_copil_reaches_every_team_or_one(flow: Flow) -> None:
    await two_teams(flow)
    await person(flow, COPIL, Role.COPIL, None, wide=True)
    await compose(flow, COPIL, "mentors", "À toutes les équipes", team="all")
    assert "3 personnes" in flow.text(COPIL)
    await flow.press(COPIL, "bc:now")
    await flow.deliver()
    for mentor in (MENTOR_A, MENTOR_B, MENTOR_OTHER):
        assert (
            texts_to(flow, mentor)[-1] == "📣 Le COPIL · tout le programme\n\nÀ toutes les équipes"
        )
    await compose(flow, COPIL, "mentors", "Littoral seulement", team="2")
    await flow.press(COPIL, "bc:now")
    await flow.deliver()
    assert texts_to(flow, MENTOR_OTHER)[-1] == "📣 Le COPIL · Littoral\n\nLittoral seulement"
    assert "Littoral seulement" not in texts_to(flow, MENTOR_A)


async def test_bad_content_is_refused_and_nothing_is_sent(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/broadcast")
    await flow.press(TEAM_COPIL, "bc:aud:mentors")
    await flow.tg.send_media(TEAM_COPIL, "sticker", b"fictitious sticker")
    await flow.pump()
    assert "Envoyez du texte, une photo ou un document" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "/cancel")
    assert "annulé" in flow.text(TEAM_COPIL)
    await flow.deliver()
    assert await flow.db.broadcasts.get(1) is None
    # An audience nobody is in: nothing goes.
    await compose(flow, TEAM_COPIL, "youths", "Personne ne veut les nouvelles")
    await flow.press(TEAM_COPIL, "bc:now")
    assert "Personne ne reçoit" in flow.text(TEAM_COPIL)
    assert await flow.db.broadcasts.get(1) is None


async def test_youths_and_mentors_cannot_broadcast_or_see_broadcasts(flow: Flow) -> None:
    await two_teams(flow)
    for who in (YOUTH_NEWS, MENTOR_A, HELPER):
        await flow.send(who, "/broadcast")
        assert "pas possible pour" in flow.text(who)
        await flow.send(who, "/broadcasts")
        assert "pas possible pour" in flow.text(who)
    # Not even by pressing forged buttons.
    await flow.press(MENTOR_A, "bc:aud:everyone")
    await flow.press(MENTOR_A, "bc:now")
    await flow.press(MENTOR_A, "bcl:cancel:1")
    assert await flow.db.broadcasts.get(1) is None
    # /news is a youth's choice only.
    await flow.send(MENTOR_A, "/news")
    assert "pas possible pour vous" in flow.text(MENTOR_A)


async def test_a_team_copil_cannot_reach_another_team(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/broadcast")
    await flow.press(TEAM_COPIL, "bc:aud:mentors")
    # A forged team choice is refused: a team member is never asked, and never obeyed.
    await flow.press(TEAM_COPIL, "bc:team:2")
    await flow.press(TEAM_COPIL, "bc:team:all")
    answers = [a["text"] for a in flow.tg.callback_answers.values()]
    assert answers[-2:] == ["Ce bouton n'est plus valable."] * 2
    await flow.send(TEAM_COPIL, "Pour mon équipe")
    await flow.press(TEAM_COPIL, "bc:now")
    await flow.deliver()
    assert "Pour mon équipe" not in texts_to(flow, MENTOR_OTHER)
    # The other team's scheduled broadcast cannot be cancelled or listed from team 1.
    await compose(flow, OTHER_COPIL, "mentors", "Littoral : sortie")
    await flow.press(OTHER_COPIL, "bc:later")
    await flow.send(OTHER_COPIL, "demain 9h")
    await flow.send(TEAM_COPIL, "/broadcasts")
    assert "n° 2" not in flow.text(TEAM_COPIL)
    await flow.press(TEAM_COPIL, "bcl:cancel:2")
    assert (await flow.db.broadcasts.get(2)).status == "scheduled"


async def test_a_draft_outlives_a_restart_of_the_conversation_state(flow: Flow) -> None:
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Brouillon")
    # The draft lives in user_data, saved after each update.
    await flow.app.update_persistence()
    data = await flow.app.persistence.get_user_data()  # type: ignore[union-attr]
    assert data[TEAM_COPIL]["broadcast_draft"]["text"] == "Brouillon"


async def test_restart_requeues_calls_that_were_cut(flow: Flow) -> None:
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Coupé en plein vol")
    await flow.press(TEAM_COPIL, "bc:now")
    claimed = await flow.db.outbox.claim()  # marked in flight, then the process dies
    assert claimed is not None
    assert (await flow.db.broadcasts.progress(1)).pending == 2
    from handlers.broadcast import restore

    await restore(flow.app)
    await flow.deliver()
    assert texts_to(flow, MENTOR_A)[-1] == f"{FROM_COPIL}Coupé en plein vol"
    assert texts_to(flow, MENTOR_B)[-1] == f"{FROM_COPIL}Coupé en plein vol"
    assert (await flow.db.broadcasts.progress(1)).sent == 2
    assert "outbox:tick" in flow.job_names()


async def test_a_broadcast_more_than_two_years_ahead_is_refused(flow: Flow) -> None:
    # Review item 16: no bound on the scheduled moment.
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Rappel")
    await flow.press(TEAM_COPIL, "bc:later")
    await flow.send(TEAM_COPIL, "31.12.9999 18h")
    assert "trop loin" in flow.text(TEAM_COPIL)
    assert await flow.db.broadcasts.get(1) is None


async def test_a_broadcast_scheduled_next_year_says_the_year(flow: Flow) -> None:
    # Review item 15: the confirmation had no year.
    await two_teams(flow)
    await compose(flow, TEAM_COPIL, "mentors", "Bonne année")
    await flow.press(TEAM_COPIL, "bc:later")
    await flow.send(TEAM_COPIL, "4.1 9h")
    assert "programmé pour lundi 4 janvier 2027 à 09:00" in flow.text(TEAM_COPIL)


async def test_a_text_with_no_room_for_who_sends_it_is_refused(flow: Flow) -> None:
    await two_teams(flow)
    await flow.send(TEAM_COPIL, "/broadcast")
    await flow.press(TEAM_COPIL, "bc:aud:mentors")
    await flow.send(TEAM_COPIL, "x" * 4050)
    assert "trop long pour une diffusion : 4'016 caractères au plus" in flow.text(TEAM_COPIL)
    await flow.send(TEAM_COPIL, "Plus court")
    assert "2 personnes" in flow.text(TEAM_COPIL)
    assert await flow.db.broadcasts.get(1) is None
