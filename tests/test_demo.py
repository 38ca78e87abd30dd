"""The demo programme: only into an empty database, fictitious, and usable by the bot at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import CAST, DEMO_MARK, EXTRAS, NotEmpty, fill, seed, seed_cast
from bot.demo_history import YOUTH_IDS
from bot.settings import Settings
from sandbox import Telegram
from tests.conftest import COPIL, TOKEN, FakeClock, Flow, running

ROOT = Path(__file__).resolve().parent.parent
MARC, SAMIR, NADIA = 2001, 3001, 2101  # fictitious


async def test_demo_fills_an_empty_database_with_two_teams_and_their_people(flow: Flow) -> None:
    done = await seed(flow.db, flow.clock)
    teams = {t.name: t.id for t in await flow.db.teams.all()}
    assert set(teams) == {"Montagnes", "Littoral"}
    marc, samir, nadia = [await flow.db.people.get(i) for i in (MARC, SAMIR, NADIA)]
    assert (marc.role, marc.team_id) == ("mentor", teams["Montagnes"])
    assert (samir.role, samir.team_id) == ("peer_helper", teams["Montagnes"])
    assert (nadia.role, nadia.team_id) == ("mentor", teams["Littoral"])
    people = await flow.db.people.everyone()
    # The cast, and the youths of the year's history (bot/demo_history.py).
    cast = [p for p in people if p.telegram_id < YOUTH_IDS]
    assert len(cast) == len([m for m in (*CAST, *EXTRAS) if m.role])
    assert {p.role for p in people if p.telegram_id >= YOUTH_IDS} == {"youth"}
    # They joined as in the bot: a used invitation and their consent in the audit log.
    assert await flow.db.audit.actions(MARC) == ["consent:mentor"]
    async with flow.db.conn.execute(
        "SELECT count(*) FROM audit WHERE action = ?", (DEMO_MARK,)
    ) as c:
        assert (await c.fetchone())[0] == 1, "the database says it holds a fictitious demo"
    assert not any("placeholder" in line for line in done)
    # The group "Montagnes", led by Samir, with sessions ahead (2nd and 4th Tuesday, 18:00).
    (group,) = await flow.db.groups.led_by(SAMIR)
    sessions = await flow.db.groups.sessions(group.id, flow.clock())
    assert group.name == "Montagnes" and group.team_id == teams["Montagnes"]
    assert sessions and all(s.starts_at > flow.clock() for s in sessions)
    # Ten fictitious partners: Montagnes sees its own five and Littoral's two shared ones.
    seen = await flow.db.partners.visible(teams["Montagnes"], programme_wide=False)
    assert len(seen) == 7 and all("(fictif)" in p.name and "example.org" in p.email for p in seen)
    assert len({p.domain for p in await flow.db.partners.visible(None, True)}) >= 8
    assert await flow.db.resource.of(MARC) == COPIL and await flow.db.resource.of(NADIA) == 9002
    # Every link of the year ends after it starts (three of Marc's once ended before).
    async with flow.db.conn.execute(
        "SELECT count(*) FROM links WHERE ended_at IS NOT NULL AND ended_at <= started_at"
    ) as c:
        assert (await c.fetchone())[0] == 0

    # The bot works with it at once: the COPIL sees Montagnes' people, Marc is a mentor.
    await flow.send(COPIL, "/people")
    await flow.press_label(COPIL, "Montagnes")
    # With the history's youths the team is large: /people counts, and finds by name.
    assert "Mentor·es : 3" in flow.text(COPIL) and "Pair-aidant·es : 1" in flow.text(COPIL)
    await flow.send(MARC, "/help")
    assert "vous pouvez faire" in flow.text(MARC)


async def test_demo_refuses_a_database_that_holds_a_programme(flow: Flow) -> None:
    await flow.join(1001, name="Aline")
    with pytest.raises(NotEmpty):
        await seed(flow.db, flow.clock)
    assert [p.telegram_id for p in await flow.db.people.everyone()] == [1001]
    assert len(await flow.db.teams.all()) == 1


async def test_sandbox_cast_alone_then_no_demo_on_top(flow: Flow) -> None:
    await seed_cast(flow.db, flow.clock)
    assert {p.display_name for p in await flow.db.people.everyone()} == {
        "Marc",
        "Léa",
        "Samir",
        "Claire",
    }
    assert [t.name for t in await flow.db.teams.all()] == ["Montagnes"]
    with pytest.raises(NotEmpty):
        await seed(flow.db, flow.clock)


def test_make_demo_fills_once_then_says_politely_why_not(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("LIEN_")}
    environment["LIEN_SANDBOX_DATABASE"] = str(tmp_path / "lien-sandbox.db")

    def demo() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.demo"],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=30,
        )

    first = demo()
    assert first.returncode == 0, first.stderr
    assert "fictitious" in first.stdout and "make run" in first.stdout
    second = demo()
    assert second.returncode == 1
    assert "already holds a programme" in second.stderr and "Traceback" not in second.stderr
    assert not (tmp_path / "lien.db").exists(), "the sandbox's demo never touches lien.db"


async def test_demo_training_next_week_invites_every_mentor_through_the_outbox(
    flow: Flow,
) -> None:
    await seed(flow.db, flow.clock, invitations=True)
    (training,) = await flow.db.events.of_teams(None, flow.clock())
    assert training.kind == "training" and "fictive" in training.title
    # The clock says Sunday 22 November: next week's Thursday is 3 December, 18:30 in Zurich.
    assert training.starts_at.isoformat() == "2026-12-03T17:30:00+00:00"
    assert {r.kind for r in await flow.db.reminders.pending()} == {"day", "2h"}

    mentors = [m.telegram_id for m in (*CAST, *EXTRAS) if m.role == "mentor"]
    for mentor in mentors:
        flow.tg.open_chat(mentor)  # as in the sandbox: they wrote to the bot when they joined
    await flow.deliver()
    invitation = flow.last(MARC)
    assert "Écoute active" in invitation["text"]
    assert all("Écoute active" in flow.text(m) for m in mentors)
    await flow.press(MARC, f"ev:yes:{training.id}", invitation)
    assert [(a.person_id, a.answer) for a in await flow.db.events.answers(training.id)] == [
        (MARC, "yes")
    ]


async def test_demo_without_invitations_sends_nothing(flow: Flow) -> None:
    await seed(flow.db, flow.clock)
    await flow.deliver()
    assert flow.tg.sent_log == [], "nothing goes towards people who may not exist"


async def test_make_demo_then_make_run_mentors_read_the_invitation_and_have_time_to_show(
    settings: Settings, clock: FakeClock
) -> None:
    """`make demo` into the sandbox's database, then the bot starts on it (`make run`)."""
    assert await fill(settings.database_target, sandbox=True, clock=clock) == 0
    tg = Telegram(token=TOKEN)
    mentors = [m.telegram_id for m in (*CAST, *EXTRAS) if m.role == "mentor"]
    for person in (*mentors, COPIL):
        tg.open_chat(person)  # as `make run` does for everyone in the database, first
    async with running(settings, clock, tg) as flow:
        await flow.deliver()
        # Every mentor's pane shows the training's invitation, with its calendar file.
        for mentor in mentors:
            invitation = flow.last(mentor)
            assert "Écoute active" in invitation.get("caption", ""), invitation
            ics = flow.tg.file_bytes(invitation["document"]["file_id"]) or b""
            assert b"BEGIN:VEVENT" in ics and "Écoute active".encode() in ics
        # /hours has something for a mentor of each team, and for the COPIL in both teams.
        for mentor in (MARC, NADIA):
            await flow.send(mentor, "/hours")
            assert "0 h 00" not in flow.text(mentor).split("\n")[2], flow.text(mentor)
        await flow.send(COPIL, "/hours")
        await flow.press(COPIL, f"hours:team:{clock():%Y-%m}")
        report = "\n".join(m.get("text", "") for m in flow.tg.bot_messages(COPIL)[-3:])
        assert "Marc" in report and "Nadia" in report, report
