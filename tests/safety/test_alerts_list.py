"""/alerts (issue 12): the COPIL's open alerts, nobody's first, then who took each and how
fast, a page at a time, with buttons to take, write and close; never the message; nothing
for anyone else, and a team's member sees their team's alerts only."""

from __future__ import annotations

from typing import Any

import pytest

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import person
from tests.youth_steps import ask, make_mentor, notice_of

YOUTH, LEO, INES, MENTOR, OTHER_TEAM_COPIL = 1001, 1002, 9002, 2001, 9201  # fictitious
CRISIS = "je vais me tuer ce soir"
REPEATS = ("⏱ Relances des alertes", "sfo:rep")  # the last row: how often untaken ones go again

pytestmark = pytest.mark.both  # the atomic steps hold on both databases


def _buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [(b["text"], b["callback_data"]) for row in rows for b in row]


async def _copil(flow: Flow) -> None:
    await flow.send(COPIL, "/help")
    await flow.db.people.add_or_update(
        INES, role=Role.COPIL, team_id=1, programme_wide=True, display_name="Inès", language="fr"
    )
    await flow.send(INES, "/help")


async def test_only_the_copil_sees_alerts(flow: Flow) -> None:
    await _copil(flow)
    await flow.join(YOUTH, name="Zoé")
    await person(flow, MENTOR, Role.MENTOR, 1)
    for someone in (YOUTH, MENTOR):
        await flow.send(someone, "/alerts")
        assert "Alerte" not in flow.text(someone) and "alerte" not in flow.text(someone)
    await flow.send(COPIL, "/alerts")
    assert flow.text(COPIL) == "Aucune alerte ouverte. 🌿"
    await flow.press(YOUTH, "sfo:page:0")  # a forged press changes and shows nothing
    assert "Alertes ouvertes" not in flow.text(YOUTH)


async def test_nobodys_first_then_who_took_it_and_take_from_the_list(flow: Flow) -> None:
    await _copil(flow)
    await flow.join(YOUTH, name="Zoé")
    await flow.join(LEO, name="Léo")
    await flow.send(YOUTH, CRISIS)
    flow.clock.advance(minutes=3)
    await flow.send(LEO, CRISIS)
    zoe, leo = 1, 2
    flow.clock.advance(minutes=2)
    alert = next(m for m in flow.tg.bot_messages(INES) if "Zoé" in (m.get("text") or ""))
    await flow.press(INES, f"sfo:take:{zoe}", alert)
    flow.clock.advance(minutes=10)
    await flow.send(COPIL, "/alerts")
    lines = flow.text(COPIL).split("\n")
    assert lines[0] == "<b>Alertes ouvertes : 2</b>" or lines[0].startswith("Alertes ouvertes : 2")
    assert lines[2].startswith(f"🆘 n° {leo} · Léo · ")
    assert lines[2].endswith("personne ne l'a prise, depuis 12 min")
    assert lines[3].startswith(f"✅ n° {zoe} · Zoé · ")
    assert lines[3].endswith("prise par Inès en 5 min · depuis 15 min")
    assert CRISIS not in flow.text(COPIL)
    assert _buttons(flow.last(COPIL)) == [
        (f"🙋 n° {leo} : je m'en occupe", f"sfo:take:{leo}"),
        REPEATS,
    ]
    await flow.send(INES, "/alerts")
    assert _buttons(flow.last(INES)) == [
        (f"🙋 n° {leo} : je m'en occupe", f"sfo:take:{leo}"),
        (f"✍️ n° {zoe} : écrire", f"talk:alert:{zoe}"),
        (f"✔️ n° {zoe} : clore", f"sfo:close:{zoe}"),
        REPEATS,
    ]
    # Taken from the list: the list says so at once, and so does every copy of the alert.
    await flow.press(COPIL, f"sfo:take:{leo}")
    assert (await flow.db.safety.get(leo)).owner_id == COPIL
    assert "🆘" not in flow.text(COPIL)
    alert = next(m for m in flow.tg.bot_messages(INES) if "Léo" in (m.get("text") or ""))
    assert _buttons(alert)[0][0].endswith("s'en occupe")


async def test_a_long_list_comes_a_page_at_a_time_and_a_team_sees_its_own(flow: Flow) -> None:
    await _copil(flow)
    await flow.db.teams.create("Littoral")  # team 2
    await person(flow, OTHER_TEAM_COPIL, Role.COPIL, 2)
    for n in range(12):  # alerts the COPIL got, recorded as the net records them
        alert_id = await flow.db.safety.record(
            1100 + n, link_id=None, team_id=1, category="suicide", level="high", rule="fr.x"
        )
        await flow.db.safety.alerted(alert_id)
    await flow.send(COPIL, "/alerts")
    assert flow.text(COPIL).count("🆘") == 10
    assert "1/2" in [label for label, _data in _buttons(flow.last(COPIL))]
    await flow.press(COPIL, "sfo:page:1")
    assert flow.text(COPIL).count("🆘") == 2
    await flow.press(COPIL, "sfo:page:7")  # a forged or outdated page
    assert flow.text(COPIL).count("🆘") == 2
    await flow.send(OTHER_TEAM_COPIL, "/alerts")  # another team's member: not theirs
    assert flow.text(OTHER_TEAM_COPIL) == "Aucune alerte ouverte. 🌿"


async def test_alerts_closed_this_week_follow_the_open_ones(flow: Flow) -> None:
    await _copil(flow)
    await flow.db.teams.create("Littoral")  # team 2
    await person(flow, OTHER_TEAM_COPIL, Role.COPIL, 2)
    await make_mentor(flow, MENTOR, "Marc")  # team 1: the youths' alerts are team 1's
    for youth, name in ((YOUTH, "Zoé"), (LEO, "Léo")):
        request = await ask(flow, youth, name=name, message=None)
        await flow.press(MENTOR, f"req:acc:{request.id}", notice_of(flow, MENTOR, request.id))

    async def close(youth: int, alert_id: int, outcome: str, minutes: int) -> None:
        await flow.send(youth, CRISIS)
        await flow.send(INES, "/alerts")
        await flow.press(INES, f"sfo:take:{alert_id}")
        flow.clock.advance(minutes=minutes)
        await flow.press(INES, f"sfo:close:{alert_id}")
        await flow.press(INES, f"sfo:out:{outcome}:{alert_id}", flow.last(INES))
        assert (await flow.db.safety.get(alert_id)).outcome == outcome

    leo, zoe = 1, 2
    await close(LEO, leo, "false_alarm", 5)
    flow.clock.advance(days=6)
    await close(YOUTH, zoe, "safe", 40)
    flow.clock.advance(days=2)  # Léo's closed 8 days ago, Zoé's 2 days ago
    await flow.send(COPIL, "/alerts")
    lines = flow.text(COPIL).split("\n")
    assert lines[0] == "Alertes ouvertes : 0"
    assert lines[2] == "Closes ces 7 derniers jours : 1"
    assert lines[3].startswith(f"✔️ n° {zoe} · Zoé · ")
    assert lines[3].endswith("· close par Inès : 🟢 En sécurité · ouverte 40 min")
    assert len(lines) == 4 and "Léo" not in flow.text(COPIL)
    assert CRISIS not in flow.text(COPIL) and _buttons(flow.last(COPIL)) == [REPEATS]
    await flow.send(OTHER_TEAM_COPIL, "/alerts")  # another team's member: not theirs
    assert flow.text(OTHER_TEAM_COPIL) == "Aucune alerte ouverte. 🌿"
    # Open and closed share the pages: ten open fill the first, the closed one comes next.
    for n in range(10):
        alert_id = await flow.db.safety.record(
            1100 + n, link_id=None, team_id=1, category="suicide", level="high", rule="fr.x"
        )
        await flow.db.safety.alerted(alert_id)
    await flow.send(COPIL, "/alerts")
    assert flow.text(COPIL).count("🆘") == 10 and "✔️ n°" not in flow.text(COPIL)
    await flow.press(COPIL, "sfo:page:1")
    assert flow.text(COPIL).split("\n")[2:] == lines[2:]
