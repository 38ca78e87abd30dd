"""/resource (COPIL assigns a resource person) and /support (mentor -> that person and back,
through the relay: copied, never stored)."""

from __future__ import annotations

import pytest

from tests.conftest import COPIL, Flow
from tests.logtools import linked_youth, mentor

MENTOR, SOFIA, OTHER_COPIL, SAMIR = 2001, 9002, 9003, 1001


async def _setup(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    littoral = await flow.db.teams.create("Littoral")
    await flow.db.people.add_or_update(
        SOFIA, role="copil", team_id=1, programme_wide=False, display_name="Sofia", language="fr"
    )
    await flow.db.people.add_or_update(
        OTHER_COPIL,
        role="copil",
        team_id=littoral.id,
        programme_wide=False,
        display_name="Paul",
        language="fr",
    )
    await flow.send(SOFIA, "/help", first_name="Sofia")
    await flow.send(OTHER_COPIL, "/help", first_name="Paul")


async def test_copil_assigns_a_resource_person(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/support")
    assert "pas encore de personne ressource" in flow.text(MENTOR)
    await flow.send(COPIL, "/resource")
    assert "Marc → personne pour l'instant" in flow.text(COPIL)
    await flow.press(COPIL, f"res:m:{MENTOR}")
    assert "Sofia" in flow.buttons(COPIL) and "Paul" not in flow.buttons(COPIL)
    await flow.press(COPIL, f"res:set:{MENTOR}:{SOFIA}")
    assert "Sofia est la personne ressource de Marc" in flow.text(COPIL)
    assert await flow.db.resource.of(MENTOR) == SOFIA
    assert "Votre personne ressource est maintenant Sofia" in flow.text(MENTOR)
    assert "Vous êtes maintenant la personne ressource de Marc" in flow.text(SOFIA)
    assert await flow.db.audit.actions(MENTOR) == ["consent:mentor", "resource:assign"]


async def test_both_are_told_even_when_telegram_fails_at_that_moment(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(COPIL, "/resource")
    await flow.press(COPIL, f"res:m:{MENTOR}")
    flow.tg.inject_faults({"sendMessage": 1.0}, kinds=("500",))
    await flow.press(COPIL, f"res:set:{MENTOR}:{SOFIA}")
    flow.tg.stop_faults()
    assert "Sofia est la personne ressource de Marc" in flow.text(COPIL)
    await flow.settle()
    assert "Votre personne ressource est maintenant Sofia" in flow.text(MENTOR)
    assert "Vous êtes maintenant la personne ressource de Marc" in flow.text(SOFIA)


async def test_forged_resource_buttons_change_nothing(flow: Flow) -> None:
    await _setup(flow)
    await flow.join(SAMIR)
    await flow.press(MENTOR, f"res:set:{MENTOR}:{SOFIA}")  # a mentor tries
    await flow.send(OTHER_COPIL, "/resource")  # Littoral's COPIL: Marc is not theirs
    assert "Marc" not in flow.text(OTHER_COPIL)
    await flow.press(OTHER_COPIL, f"res:set:{MENTOR}:{OTHER_COPIL}")
    await flow.send(COPIL, "/resource")
    for data in (
        f"res:set:{MENTOR}:{SAMIR}",  # a youth is no resource person
        f"res:set:{MENTOR}:{OTHER_COPIL}",  # another team's COPIL member
        f"res:set:{SAMIR}:{SOFIA}",  # a youth is no mentor
        "res:set:x:y",
        "res:m:999",
    ):
        await flow.press(COPIL, data)
    assert await flow.db.resource.of(MENTOR) is None
    assert await flow.db.resource.of(SAMIR) is None


@pytest.mark.sqlite_file("looks for words in the SQLite file's bytes")
async def test_support_goes_to_the_resource_person_and_back(flow: Flow) -> None:
    await _setup(flow)
    await linked_youth(flow, SAMIR, "Samir", MENTOR)
    await flow.db.resource.assign(MENTOR, SOFIA, by=COPIL)
    await flow.send(MENTOR, "/support")
    assert "Vos prochains messages iront à Sofia" in flow.text(MENTOR)
    question = "Samir ne vient plus au foot, comment le relancer ?"
    await flow.send(MENTOR, question)
    copy = flow.last(SOFIA)
    assert copy["text"] == question and "↩ Marc" in flow.buttons(SOFIA)
    assert flow.text(SAMIR) != question  # not to the youth

    answer = "Proposez-lui un café plutôt qu'un entraînement."
    await flow.send(SOFIA, answer, reply_to=copy["message_id"])
    assert flow.text(MENTOR) == answer
    assert "↩ Sofia" in flow.buttons(MENTOR)
    assert await flow.db.relay.count(f"support:{MENTOR}") == 2

    # Content is never stored: only routing metadata.
    await flow.db.checkpoint()
    stored = flow.app.bot_data.settings.database.read_bytes()
    assert question.encode() not in stored and answer.encode() not in stored

    # A new resource person: Sofia's replies no longer reach Marc.
    await flow.db.resource.assign(MENTOR, COPIL, by=COPIL)
    before = len(flow.tg.bot_messages(MENTOR))
    await flow.send(SOFIA, "Encore une idée", reply_to=copy["message_id"])
    assert len(flow.tg.bot_messages(MENTOR)) == before
