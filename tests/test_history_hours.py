"""/history (edit, delete, another mentor's ids do nothing) and /hours with its CSVs."""

from __future__ import annotations

import csv
import io
from datetime import date

from storage.logs import LogFields
from tests.conftest import COPIL, Flow
from tests.logtools import linked_youth, logs_of, mentor, partner

MENTOR, OTHER, SAMIR = 2001, 2002, 1001


async def _add(flow: Flow, mentor_id: int, **changes: object) -> int:
    values: dict[str, object] = {
        "kind": "long_term",
        "day": date(2026, 11, 21),
        "minutes": 45,
        "themes": ("housing",),
        "youth_id": SAMIR,
    }
    values.update(changes)
    return int(await flow.db.logs.add(mentor_id, 1, LogFields(**values)))  # type: ignore[arg-type]


async def _setup(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    await mentor(flow, OTHER, "Nora")
    await linked_youth(flow, SAMIR, "Samir", MENTOR)


def _csv(flow: Flow, chat_id: int, delimiter: str = ";") -> list[list[str]]:
    """As a French spreadsheet reads it: UTF-8 with a BOM, ';' between cells."""
    document = flow.last(chat_id)["document"]
    data = flow.tg.file_bytes(document["file_id"])
    assert data is not None and data.startswith(b"\xef\xbb\xbf"), data[:10]
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


async def test_history_by_person_with_the_note_for_its_author(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log hier 45 min ponctuel avec Samir, logement")
    await flow.send(MENTOR, "Piste d'appartement à Delémont")
    await flow.press(MENTOR, "log:save")
    await _add(flow, MENTOR, youth_id=None, group_label="foot", kind="collective", minutes=90)
    await flow.send(MENTOR, "/history")
    text = flow.text(MENTOR)
    assert "<b>" not in text and "Samir" in text and "Groupe « foot »" in text
    assert "45 min · Ponctuel · Logement" in text
    assert "Delémont" not in text  # notes only when a log is opened
    [log_id] = [e.id for e in await logs_of(flow, MENTOR) if e.youth_id == SAMIR]
    await flow.press(MENTOR, f"hist:open:{log_id}")
    assert "Piste d'appartement à Delémont" in flow.text(MENTOR)
    assert "log:read-note" in await flow.db.audit.actions(SAMIR)


async def test_edit_and_delete_from_history(flow: Flow) -> None:
    await _setup(flow)
    log_id = await _add(flow, MENTOR)
    await flow.send(MENTOR, "/history")
    await flow.press(MENTOR, f"hist:open:{log_id}")
    await flow.press(MENTOR, f"hist:edit:{log_id}")
    assert "Votre suivi" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:edit")
    await flow.press(MENTOR, "log:e:minutes")
    await flow.send(MENTOR, "2 heures")
    await flow.press(MENTOR, "log:t:work")
    await flow.press(MENTOR, "log:save")
    assert "Suivi modifié" in flow.text(MENTOR)
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.id, entry.minutes, entry.themes) == (log_id, 120, ("work", "housing"))

    await flow.send(MENTOR, "/history")
    await flow.press(MENTOR, f"hist:open:{log_id}")
    await flow.press(MENTOR, f"hist:del:{log_id}")
    assert "définitif" in flow.text(MENTOR)
    assert len(await logs_of(flow, MENTOR)) == 1
    await flow.press(MENTOR, f"hist:delok:{log_id}")
    assert "Suivi supprimé" in flow.text(MENTOR)
    assert await logs_of(flow, MENTOR) == []


async def test_another_mentors_log_id_does_nothing(flow: Flow) -> None:
    await _setup(flow)
    log_id = await _add(flow, MENTOR)
    await flow.send(OTHER, "/history")
    assert "Aucun suivi" in flow.text(OTHER)
    for action in ("open", "del", "delok", "edit"):
        await flow.press(OTHER, f"hist:{action}:{log_id}")
        assert "Samir" not in flow.text(OTHER)
    await flow.press(OTHER, "log:save")  # no draft of hers: nothing happens
    [entry] = await logs_of(flow, MENTOR)
    assert entry.minutes == 45
    assert await logs_of(flow, OTHER) == []


async def test_logs_older_than_30_days_are_shown_but_locked(flow: Flow) -> None:
    await _setup(flow)
    log_id = await _add(flow, MENTOR)
    flow.clock.advance(days=31)
    await flow.send(MENTOR, "/history")
    assert "Samir" in flow.text(MENTOR) and flow.buttons(MENTOR) == {}
    await flow.press(MENTOR, f"hist:delok:{log_id}")
    assert len(await logs_of(flow, MENTOR)) == 1


async def test_mentor_hours_this_and_last_month_with_csv(flow: Flow) -> None:
    await _setup(flow)
    csp = await partner(flow, "CSP")
    await _add(flow, MENTOR, minutes=90)
    await _add(flow, MENTOR, kind="relay", minutes=30, partner_id=csp, themes=("health", "money"))
    await _add(flow, MENTOR, day=date(2026, 10, 30), kind="one_off", minutes=20)
    await _add(flow, MENTOR, day=date(2026, 9, 30), minutes=600)  # not shown
    await _add(flow, OTHER, minutes=400)  # someone else's
    await flow.send(MENTOR, "/hours")
    text = flow.text(MENTOR)
    assert "novembre 2026 : 2 h 00" in text and "Au long cours : 1 h 30" in text
    assert "Relais vers un·e pro : 0 h 30" in text
    assert "octobre 2026 : 0 h 20" in text and "10 h" not in text
    await flow.press(MENTOR, "hours:csv:2026-11")
    rows = _csv(flow, MENTOR)
    assert rows == [
        [
            "date",
            "type de suivi",
            "minutes",
            "thèmes",
            "partenaire",
            "code du type",
            "codes des thèmes",
        ],
        ["2026-11-21", "Au long cours", "90", "Logement", "", "long_term", "housing"],
        [
            "2026-11-21",
            "Relais vers un·e pro",
            "30",
            "Santé, Argent",
            "CSP",
            "relay",
            "health+money",
        ],
    ]
    assert "Samir" not in str(rows)


async def test_copil_team_hours_per_mentor(flow: Flow) -> None:
    await _setup(flow)
    await _add(flow, MENTOR, minutes=90)
    await _add(flow, MENTOR, kind="collective", minutes=60, youth_id=None, group_label="foot")
    await _add(flow, OTHER, minutes=30)
    await _add(flow, OTHER, day=date(2026, 10, 2), minutes=500)
    await flow.send(COPIL, "/hours")
    await flow.press(COPIL, "hours:team:2026-11")
    message = flow.tg.bot_messages(COPIL)[-2]["text"]
    assert "Marc : 2 h 30 (Au long cours 1 h 30, Collectif 1 h 00)" in message
    assert "Nora : 0 h 30" in message
    rows = _csv(flow, COPIL)
    header = [
        "équipe",
        "mentor·e",
        "Ponctuel",
        "Au long cours",
        "Collectif",
        "Relais vers un·e pro",
        "total (minutes)",
    ]
    assert rows[0] == header
    assert ["Équipe principale", "Marc", "0", "90", "60", "0", "150"] in rows
    assert ["Équipe principale", "Nora", "0", "30", "0", "0", "30"] in rows


async def test_hours_buttons_are_checked(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/hours")
    before = len(flow.tg.bot_messages(MENTOR))
    for data in ("hours:team:2026-11", "hours:csv:2026-13", "hours:csv:x", "hours:nope:2026-11"):
        await flow.press(MENTOR, data)
    assert len(flow.tg.bot_messages(MENTOR)) == before  # a mentor gets no team figures
    # Review item 16: "9999-12" raised computing the month after; a month to come is empty.
    for data in ("hours:csv:9999-12", "hours:csv:2026-12", "hours:csv:1800-01"):
        await flow.press(MENTOR, data)
        assert "plus valable" in list(flow.tg.callback_answers.values())[-1]["text"], data
    assert len(flow.tg.bot_messages(MENTOR)) == before
    await flow.join(SAMIR + 1)
    await flow.send(SAMIR + 1, "/hours")
    assert "pas possible pour toi" in flow.text(SAMIR + 1)


async def test_csv_cells_never_run_as_spreadsheet_formulas(flow: Flow) -> None:
    # Review item 7: partner, mentor and team names went raw into the CSVs; "=..." runs as a
    # formula when the file is opened in a spreadsheet.
    await mentor(flow, MENTOR, '=HYPERLINK("http://x.invalid","ok")')
    await linked_youth(flow, SAMIR, "Samir", MENTOR)
    csp = await partner(flow, "@SUM(1+1)")
    await flow.db.teams.rename(1, "+Équipe")
    await _add(flow, MENTOR, kind="relay", minutes=30, partner_id=csp)
    await flow.send(MENTOR, "/hours")
    await flow.press(MENTOR, "hours:csv:2026-11")
    assert _csv(flow, MENTOR)[1][4] == "'@SUM(1+1)"
    await flow.send(COPIL, "/hours")
    await flow.press(COPIL, "hours:team:2026-11")
    assert ["'+Équipe", '\'=HYPERLINK("http://x.invalid","ok")', "0", "0", "0", "30", "30"] in (
        _csv(flow, COPIL)
    )
