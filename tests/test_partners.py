"""/partners: search by domain or name for everyone; the COPIL adds, edits and shares."""

from __future__ import annotations

from tests.conftest import COPIL, Flow
from tests.logtools import mentor, partner

MENTOR, YOUTH, TEAM_COPIL = 2001, 1001, 9002


async def test_youth_browses_by_domain_and_by_name(flow: Flow) -> None:
    await partner(flow, "Toit pour tous", "housing", phone="032 420 00 00", what="Hébergement")
    await partner(flow, "Caritas Jura", "social", website="https://caritas-jura.ch")
    await partner(flow, "Centre social protestant", "social")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/partners")
    assert "Annuaire des partenaires" in flow.text(YOUTH)
    assert "Ajouter" not in str(flow.buttons(YOUTH))
    await flow.press_label(YOUTH, "Aide sociale")
    assert "2 partenaires" in flow.text(YOUTH)
    assert set(flow.buttons(YOUTH)) == {"Caritas Jura", "Centre social protestant", "◀ Retour"}
    await flow.press_label(YOUTH, "Caritas")
    assert "🌐 https://caritas-jura.ch" in flow.text(YOUTH)
    assert "équipe" not in flow.text(YOUTH)  # sharing is the team's business
    await flow.press(YOUTH, "pt:home")
    await flow.press_label(YOUTH, "Chercher par nom")
    await flow.send(YOUTH, "toit")
    assert "📞 032 420 00 00" in flow.text(YOUTH) and "Hébergement" in flow.text(YOUTH)
    await flow.send(YOUTH, "/partners CENTRE")  # in one go; accents and case ignored
    assert "Centre social protestant" in flow.text(YOUTH)
    await flow.send(YOUTH, "/partners Maison inconnue")
    assert "Aucun partenaire ne s'appelle « Maison inconnue »" in flow.text(YOUTH)


async def test_text_after_browsing_is_not_taken_for_a_search(flow: Flow) -> None:
    await partner(flow, "Caritas Jura", "social")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/partners")
    await flow.press(YOUTH, "pt:dom:social")
    await flow.press_label(YOUTH, "Caritas")
    await flow.send(YOUTH, "merci, je les appelle demain")
    assert "Aucun partenaire" not in flow.text(YOUTH)
    assert "/help" in flow.text(YOUTH)  # the usual hint (no mentor to relay to yet)


async def test_copil_adds_an_entry_one_question_at_a_time(flow: Flow) -> None:
    await flow.send(COPIL, "/partners")
    await flow.press(COPIL, "pt:add")
    await flow.press(COPIL, "pt:adom:mental_health")
    await flow.send(COPIL, "C")
    assert "de 2 à 80" in flow.text(COPIL)
    await flow.send(COPIL, "Centre médico-psychologique")
    await flow.send(COPIL, "Consultations pour jeunes adultes")
    await flow.send(COPIL, "pas de téléphone")
    assert "pas un numéro" in flow.text(COPIL)
    await flow.send(COPIL, "+41 32 420 11 11")
    await flow.send(COPIL, "contact@exemple")
    assert "pas une adresse e-mail" in flow.text(COPIL)
    assert await flow.db.partners.visible(1, False) == []  # nothing before the last answer
    await flow.send(COPIL, "contact@cmp-exemple.ch")
    await flow.press(COPIL, "pt:skip")  # no address
    await flow.send(COPIL, "cmp-exemple.ch")
    assert "Enregistré" in flow.text(COPIL)
    [added] = await flow.db.partners.visible(1, False)
    assert (added.domain, added.phone, added.address, added.website) == (
        "mental_health",
        "+41 32 420 11 11",
        "",
        "https://cmp-exemple.ch",
    )


async def test_copil_edits_and_shares_and_others_see_it(flow: Flow) -> None:
    littoral = await flow.db.teams.create("Littoral")
    entry = await flow.db.partners.add(
        littoral.id, "legal", {"name": "Permanence juridique"}, shared=False, by=COPIL
    )
    await mentor(flow, MENTOR, "Marc")  # team 1: does not see Littoral's entry
    await flow.send(MENTOR, "/partners permanence")
    assert "Aucun partenaire" in flow.text(MENTOR)
    await flow.press(MENTOR, f"pt:show:{entry.id}")  # a forged id: nothing shown
    assert "Permanence" not in flow.text(MENTOR)
    await flow.press(MENTOR, f"pt:share:{entry.id}")  # a mentor can't share
    assert not (await flow.db.partners.get(entry.id)).shared

    await flow.send(COPIL, "/partners permanence")
    await flow.press(COPIL, f"pt:share:{entry.id}")
    assert "Visible aussi par les autres équipes" in flow.text(COPIL)
    await flow.press(COPIL, f"pt:edit:{entry.id}")
    await flow.press(COPIL, "pt:field:phone")
    await flow.send(COPIL, "032 000 00 00")
    assert "📞 032 000 00 00" in flow.text(COPIL)

    await flow.send(MENTOR, "/partners permanence")
    assert "📞 032 000 00 00" in flow.text(MENTOR)
    assert "Modifier" not in str(flow.buttons(MENTOR))


async def test_team_copil_cannot_edit_another_teams_entry(flow: Flow) -> None:
    littoral = await flow.db.teams.create("Littoral")
    entry = await flow.db.partners.add(
        littoral.id, "job", {"name": "Job Littoral"}, shared=True, by=COPIL
    )
    await flow.db.people.add_or_update(
        TEAM_COPIL, role="copil", team_id=1, programme_wide=False, display_name="Léa", language="fr"
    )
    await flow.send(TEAM_COPIL, "/partners job")
    assert "Job Littoral" in flow.text(TEAM_COPIL) and "Modifier" not in str(
        flow.buttons(TEAM_COPIL)
    )
    await flow.press(TEAM_COPIL, f"pt:edit:{entry.id}")
    await flow.press(TEAM_COPIL, f"pt:share:{entry.id}")
    assert (await flow.db.partners.get(entry.id)).shared


async def test_a_search_prompt_left_open_expires_after_an_hour(flow: Flow) -> None:
    await partner(flow, "Caritas Jura", "social")
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/partners")
    await flow.press_label(YOUTH, "Chercher par nom")
    flow.clock.advance(minutes=50)
    await flow.send(YOUTH, "caritas")  # within the hour: still the search
    assert "Caritas Jura" in flow.text(YOUTH)
    await flow.send(YOUTH, "/partners")
    await flow.press_label(YOUTH, "Chercher par nom")
    flow.clock.advance(minutes=61)
    await flow.send(YOUTH, "caritas")
    texts = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert "plus d'une heure" in texts[-2] and "Relance la commande" in texts[-2]
    assert "/help" in texts[-1] and not any("Caritas Jura" in t for t in texts[-2:])
    await flow.send(YOUTH, "caritas")  # the conversation is over: no search either
    assert "Caritas Jura" not in flow.text(YOUTH)


async def test_a_copil_question_left_open_lets_support_replies_through(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    await flow.db.resource.assign(MENTOR, COPIL, by=COPIL)
    await flow.send(MENTOR, "/support")  # chosen: never the default (issue 10, item 2)
    await flow.send(MENTOR, "Une question pour vous")
    copy = flow.last(COPIL)
    await flow.send(COPIL, "/broadcast")
    await flow.press(COPIL, "bc:aud:mentors")
    if "bc:team:1" in flow.buttons(COPIL).values():
        await flow.press(COPIL, "bc:team:1")
    assert "Envoyez le message" in flow.text(COPIL)  # the broadcast waits for its text
    flow.clock.advance(hours=2)
    await flow.send(COPIL, "Voici ma réponse", reply_to=copy["message_id"])
    assert flow.text(MENTOR) == "Voici ma réponse"
    assert flow.text(COPIL) == "→ Marc"
    expired = flow.tg.bot_messages(COPIL)[-2]["text"]
    assert "plus d'une heure" in expired and "Relancez" in expired
