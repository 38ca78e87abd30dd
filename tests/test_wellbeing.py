"""Mentors' wellbeing (issue 14): once a quarter one tap on how they are, then whether they
need support; yes reaches their resource person (or the team's COPIL) without the score;
each answer once; /mydata shows the taps and /forget erases them."""

from __future__ import annotations

import json
from datetime import timedelta

from storage.models import Role
from storage.stats import ALL, Period
from tests.conftest import COPIL, Flow
from tests.test_broadcast import TEAM_COPIL, person
from tests.youth_steps import make_mentor

MARC, LEA = 2001, 2002  # fictitious


def _question(flow: Flow, mentor: int) -> int:
    return int(flow.buttons(mentor)["😐"].split(":")[2])


async def test_each_quarter_one_tap_then_support_reaches_the_resource_person(
    flow: Flow,
) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await make_mentor(flow, MARC, "Marc")
    await make_mentor(flow, LEA, "Léa")
    await flow.db.resource.assign(MARC, TEAM_COPIL, COPIL)
    await flow.later(days=80)
    await flow.settle()
    assert "comme bénévole" not in flow.text(MARC)  # not a quarter yet
    await flow.later(days=12)
    await flow.settle()
    assert "comment allez-vous en ce moment comme bénévole" in flow.text(MARC)
    question = _question(flow, MARC)
    await flow.press(MARC, f"wb:s:{question}:yes")  # out of order: refused
    await flow.press(MARC, f"wb:m:{question}:7")  # forged: refused
    await flow.press(LEA, f"wb:m:{question}:2")  # not hers: refused
    await flow.press(MARC, f"wb:m:{question}:2")
    assert "besoin de soutien" in flow.text(MARC)
    resource_before = len(flow.tg.bot_messages(TEAM_COPIL))
    await flow.press(MARC, f"wb:s:{question}:yes")
    await flow.settle()
    assert "personne ressource" in flow.text(MARC)
    said = flow.tg.bot_messages(TEAM_COPIL)[resource_before:]
    assert len(said) == 1 and "Marc aimerait du soutien" in said[0]["text"]
    assert "2" not in said[0]["text"]  # never the score
    await flow.press(MARC, f"wb:s:{question}:no")  # a second answer changes nothing
    await flow.settle()
    assert len(flow.tg.bot_messages(TEAM_COPIL)) == resource_before + 1
    # Léa says she is fine and needs nothing: nobody is told.
    lea = _question(flow, LEA)
    await flow.press(LEA, f"wb:m:{lea}:5")
    await flow.press(LEA, f"wb:s:{lea}:no")
    assert "Merci pour votre réponse" in flow.text(LEA)
    # Asked once a quarter: the next weeks bring no new question.
    await flow.later(days=30)
    await flow.settle()
    assert await flow.db.wellbeing.ask_due() == []
    # /stats counts them (under five: hidden).
    zone = flow.app.bot_data.settings.zone
    day = flow.clock().astimezone(zone).date()
    period = Period.of(day - timedelta(days=60), day, zone, flow.clock())
    figures = await flow.db.stats.collect(period)
    by = {(f.name, f.key): f.basis for f in figures[ALL] if f.section == "wellbeing"}
    assert by[("wellbeing_asked", "")] == 2 and by[("support_asked", "")] == 1
    assert by[("wellbeing_mood", "2")] == 1 and by[("wellbeing_mood", "5")] == 1
    # /mydata shows Marc's taps, /forget erases them.
    await flow.send(MARC, "/mydata")
    body = json.loads(flow.tg.file_bytes(flow.last(MARC)["document"]["file_id"]))
    assert [(w["mood"], w["support"]) for w in body["mentor_wellbeing"]] == [(2, "yes")]
