"""/stats: every period and scope through the real application over the demo's year, the
workbook's figures against the database, "< 5" in every output, typed dates."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook

from bot.demo import seed
from bot.i18n import I18n, Texts
from handlers.stats import charts, files
from handlers.stats.periods import CHOICES, DatesProblem, preset, typed
from handlers.stats.report import build, key_figures
from storage.clock import to_text
from storage.stats import ALL, HIDDEN, Period, median, percentile
from tests.conftest import COPIL, Flow

HUGO = 9002  # the demo's COPIL of Littoral only (fictitious)
MARC = 2001


async def _demo(flow: Flow) -> dict[str, int]:
    await seed(flow.db, flow.clock, notes=flow.app.bot_data.notes)
    return {t.name: t.id for t in await flow.db.teams.all()}


async def _answer(flow: Flow, who: int, period: str, scope: str | None) -> list[dict[str, Any]]:
    """Run /stats to its end; the bot's messages from the key figures on."""
    await flow.send(who, "/stats")
    before = len(flow.tg.bot_messages(who))
    await flow.press(who, f"st:p:{period}")
    if scope is not None:
        await flow.press(who, f"st:team:{scope}")
    return flow.tg.bot_messages(who)[before:]


def _file(flow: Flow, message: dict[str, Any]) -> bytes:
    data = flow.tg.file_bytes(message["document"]["file_id"])
    assert data is not None
    return data


def _outputs(messages: list[dict[str, Any]]) -> tuple[str, int, list[dict[str, Any]]]:
    texts = [m["text"] for m in messages if "text" in m]
    photos = [m for m in messages if "photo" in m]
    documents = [m for m in messages if "document" in m]
    return texts[-1], len(photos), documents


@pytest.mark.parametrize("period", CHOICES)
async def test_every_period_answers_with_figures_charts_csv_and_workbook(
    flow: Flow, period: str
) -> None:
    teams = await _demo(flow)
    messages = await _answer(flow, COPIL, period, "all")
    text, photos, documents = _outputs(messages)
    first, last = preset(period, date(2026, 11, 22))
    assert "Demandes" in text and "Tout le programme" in text  # the whole programme's
    assert photos >= 4
    names = [d["document"]["file_name"] for d in documents]
    assert names == [f"lien-stats-{first:%Y%m%d}-{last:%Y%m%d}.{ext}" for ext in ("csv", "xlsx")]
    book = load_workbook(io.BytesIO(_file(flow, documents[1])))
    header = [c.value for c in book["Demandes"][1]]
    assert header[3:] == [*teams, "Tout le programme"]  # teams by name, then the total


async def test_scopes_one_team_and_a_team_member_sees_only_theirs(flow: Flow) -> None:
    await _demo(flow)
    messages = await _answer(flow, COPIL, "last_quarter", "2")
    _text, photos, documents = _outputs(messages)
    assert photos >= 4
    book = load_workbook(io.BytesIO(_file(flow, documents[1])))
    assert [c.value for c in book["Liens"][1]][3:] == ["Littoral"]
    # Hugo is COPIL of Littoral only: no scope question, Littoral's figures at once.
    messages = await _answer(flow, HUGO, "this_year", None)
    text, photos, documents = _outputs(messages)
    assert "Littoral" in text and photos >= 4
    book = load_workbook(io.BytesIO(_file(flow, documents[1])))
    assert [c.value for c in book["Suivis"][1]][3:] == ["Littoral"]
    # A forged scope button for another team, or for all, is refused; nothing is sent.
    await flow.send(HUGO, "/stats")
    await flow.press(HUGO, "st:p:this_month")
    count = len(flow.tg.bot_messages(HUGO))
    await flow.press(HUGO, "st:team:1", flow.tg.bot_messages(HUGO)[-1])
    assert len(flow.tg.bot_messages(HUGO)) == count


async def test_only_the_copil_gets_stats(flow: Flow) -> None:
    await _demo(flow)
    await flow.send(MARC, "/stats")
    assert "Demandes" not in flow.text(MARC)
    assert not [m for m in flow.tg.bot_messages(MARC) if "document" in m]


async def test_the_workbook_holds_the_databases_figures(flow: Flow) -> None:
    teams = await _demo(flow)
    messages = await _answer(flow, COPIL, "this_year", "all")
    book = load_workbook(io.BytesIO(_file(flow, _outputs(messages)[2][1])))
    zone = flow.app.bot_data.settings.zone
    start = to_text(datetime(2026, 1, 1, tzinfo=zone))
    now = to_text(flow.clock())

    async def count(sql: str, *params: object) -> dict[int | None, float]:
        async with flow.db.conn.execute(sql, params) as cur:
            return {row[0]: row[1] for row in await cur.fetchall()}

    expected = {
        ("Demandes", "Demandes reçues"): await count(
            "SELECT team_id, count(*) FROM requests WHERE created_at >= ? AND created_at < ?"
            " GROUP BY team_id",
            start,
            now,
        ),
        ("Liens", "Liens commencés"): await count(
            "SELECT team_id, count(*) FROM links WHERE started_at >= ? AND started_at < ?"
            " GROUP BY team_id",
            start,
            now,
        ),
        ("Suivis", "Suivis"): await count(
            "SELECT team_id, count(*) FROM logs WHERE day >= '2026-01-01' AND day <= '2026-11-22'"
            " GROUP BY team_id"
        ),
        ("Suivis", "Heures de suivi"): await count(
            "SELECT team_id, sum(minutes) / 60.0 FROM logs"
            " WHERE day >= '2026-01-01' AND day <= '2026-11-22' GROUP BY team_id"
        ),
        ("Pair-aidance", "Séances tenues"): await count(
            "SELECT g.team_id, count(*) FROM sessions s JOIN groups g ON g.id = s.group_id"
            " WHERE s.status = 'planned' AND s.starts_at >= ? AND s.starts_at < ?"
            " GROUP BY g.team_id",
            start,
            now,
        ),
    }
    for (sheet, label), by_team in expected.items():
        rows = {r[0].value: r for r in book[sheet].iter_rows(min_row=2) if not r[1].value}
        cells = {c.value: rows[label][i].value for i, c in enumerate(book[sheet][1])}
        for name, team_id in teams.items():
            value = by_team.get(team_id, 0)
            # The demo's year is large enough (Littoral has no peer-aidance group).
            assert value == 0 or value >= 5, (sheet, label, name, value)
            assert cells[name] == pytest.approx(round(value, 1)), (sheet, label, name)
        assert cells["Tout le programme"] == pytest.approx(round(sum(by_team.values()), 1))
    # Time to the first answer: median and 90th percentile of the database's delays.
    async with flow.db.conn.execute(
        "SELECT created_at, answered_at FROM requests WHERE created_at >= ? AND created_at < ?"
        " AND answered_at IS NOT NULL",
        (start, now),
    ) as cur:
        delays = [
            (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600
            for a, b in await cur.fetchall()
        ]
    rows = [r for r in book["Demandes"].iter_rows(min_row=2, values_only=True)]
    answer = {r[1]: r[-1] for r in rows if r[0] == "Heures jusqu'à la première réponse"}
    assert answer["médiane"] == pytest.approx(round(median(delays), 1))
    assert answer["9 sur 10 au plus"] == pytest.approx(round(percentile(delays, 0.9), 1))


def _hidden_everywhere(report: Any, series: list[int]) -> None:
    """Every output shows "< 5" for each hidden figure and never a count of 1 to 4."""
    small = {"1", "2", "3", "4"}
    hidden = [(r, c) for r in report.rows for c in r.cells if c.hidden]
    assert hidden, "the check needs hidden figures"
    rows = list(csv.reader(io.StringIO(files.to_csv(report).decode("utf-8-sig")), delimiter=";"))
    counts = [r for r in rows[1:] if r[7] == "nombre"]
    assert {r[6] for r in counts} & small == set()
    assert sum(r[6] == HIDDEN for r in rows[1:]) == len(hidden)
    book = load_workbook(io.BytesIO(files.to_xlsx(report)))
    cells = [
        c
        for sheet in book.worksheets[1:]
        for row in sheet.iter_rows(min_row=2, values_only=True)
        if row[2] == "nombre"
        for c in row[3:]
    ]
    assert not [c for c in cells if c in (1, 2, 3, 4)]
    assert sum(
        c == HIDDEN
        for sheet in book.worksheets[1:]
        for row in sheet.iter_rows(min_row=2, values_only=True)
        for c in row[3:]
    ) == len(hidden)
    for _name, chart in charts.draw(report):
        assert not set(charts.texts(chart)) & small
        assert HIDDEN in charts.texts(chart) or not any(
            c.hidden for r in report.rows for i, c in enumerate(r.cells) if i in series
        )


async def test_counts_under_five_show_as_under_five_in_every_output(flow: Flow) -> None:
    teams = await _demo(flow)
    now = flow.clock()
    # Two safety-net alerts in Littoral in October: with the demo's own, a count under 5, to
    # be hidden everywhere.
    flow.clock.now = datetime(2026, 10, 15, 12, 0, tzinfo=UTC)
    for _i in range(2):
        await flow.db.safety.record(
            60100,
            link_id=None,
            team_id=teams["Littoral"],
            category="violence",
            level="high",
            rule="t",
        )
    flow.clock.now = now
    zone = flow.app.bot_data.settings.zone
    period = Period.of(date(2026, 10, 1), date(2026, 10, 31), zone, now)
    figures = await flow.db.stats.collect(period)
    _ = Texts(I18n(), "fr", zone, familiar=False)
    columns = [(name, figures[i]) for name, i in teams.items()] + [("Tout", figures[ALL])]
    report = build(_, period, "last_month", "Toutes les équipes", columns)
    _hidden_everywhere(report, [0, 1])
    # The charts draw each hidden figure of a drawn series as "< 5" and no bar.
    for _name, chart in charts.draw(report):
        drawn = charts.texts(chart).count(HIDDEN)
        assert [b.width for b in chart.bars].count(0) >= drawn
    # The message: "&lt; 5" (HTML for "< 5") for Littoral's two alerts.
    littoral = build(
        _, period, "last_month", "Littoral", [("Littoral", figures[teams["Littoral"]])]
    )
    assert 2 <= littoral.row("alerts").cells[0].basis < 5
    assert "Alertes de sécurité</b> : &lt; 5" in key_figures(_, littoral)
    # And through the bot, the message as the COPIL reads it says "< 5".
    messages = await _answer(flow, COPIL, "last_month", str(teams["Littoral"]))
    assert "Alertes de sécurité : < 5" in _outputs(messages)[0]


async def test_typed_dates_and_bad_ones_get_a_clear_message_and_change_nothing(
    flow: Flow,
) -> None:
    await _demo(flow)
    await flow.send(COPIL, "/stats")
    await flow.press(COPIL, "st:p:typed")
    assert "1.1.2026" in flow.text(COPIL)
    for bad, says in (
        ("n'importe quoi", "pas compris"),
        ("du 1.1.2026", "pas compris"),
        ("du 1.12.2026 au 31.12.2026", "futur"),
        ("du 1.1.2024 au 31.1.2024", "plus d'un an"),
        ("du 31.3.2026 au 1.1.2026", "vient après"),
    ):
        count = len(flow.tg.bot_messages(COPIL))
        await flow.send(COPIL, bad)
        assert says in flow.text(COPIL), bad
        assert len(flow.tg.bot_messages(COPIL)) == count + 1  # one answer, no files
    async with flow.db.conn.execute("SELECT count(*) FROM audit WHERE action = 'stats'") as c:
        assert (await c.fetchone())[0] == 0
    await flow.send(COPIL, "du 1.1.2026 au 31.3.2026")
    before = len(flow.tg.bot_messages(COPIL))
    await flow.press(COPIL, "st:team:all")
    messages = flow.tg.bot_messages(COPIL)[before:]
    text, photos, documents = _outputs(messages)
    assert "01.01.2026 – 31.03.2026" in text and photos >= 4
    assert documents[0]["document"]["file_name"] == "lien-stats-20260101-20260331.csv"
    data = _file(flow, documents[0])
    assert data.startswith("\ufeff".encode())  # French: a BOM, ';' and decimal commas
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    (hours,) = [r[6] for r in rows if r[8] == "followups.hours" and r[2] == "Tout le programme"]
    assert "," in hours and float(hours.replace(",", ".")) > 0


async def test_stop_and_cancel_end_without_files(flow: Flow) -> None:
    await _demo(flow)
    await flow.send(COPIL, "/stats")
    await flow.press(COPIL, "st:stop")
    await flow.send(COPIL, "/stats")
    await flow.press(COPIL, "st:p:this_month")
    await flow.send(COPIL, "/cancel")
    assert "annulé" in flow.text(COPIL)
    assert not [m for m in flow.tg.bot_messages(COPIL) if "document" in m]


def test_periods_cover_calendar_months_quarters_and_years() -> None:
    today = date(2026, 1, 15)
    assert preset("this_month", today) == (date(2026, 1, 1), date(2026, 1, 31))
    assert preset("last_month", today) == (date(2025, 12, 1), date(2025, 12, 31))
    assert preset("this_quarter", today) == (date(2026, 1, 1), date(2026, 3, 31))
    assert preset("last_quarter", today) == (date(2025, 10, 1), date(2025, 12, 31))
    assert preset("this_year", today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert preset("last_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert preset("last_quarter", date(2026, 8, 31)) == (date(2026, 4, 1), date(2026, 6, 30))
    now = datetime(2026, 5, 2, 10, 0).astimezone()
    assert typed("from 1.1.2026 to 31.3.2026", now) == (date(2026, 1, 1), date(2026, 3, 31))
    assert typed("1.4.2026 - 30.4.2026", now) == (date(2026, 4, 1), date(2026, 4, 30))
    # As an Arabic phone types them: Arabic-Indic digits.
    assert typed("١.٤.٢٠٢٦ - ٣٠.٤.٢٠٢٦", now) == (date(2026, 4, 1), date(2026, 4, 30))
    with pytest.raises(DatesProblem):
        typed("1.4.2026", now)


def test_percentiles_are_values_that_occurred() -> None:
    values = [float(v) for v in range(1, 11)]
    assert percentile(values, 0.9) == 9.0 and median(values) == 5.5
    assert percentile([3.0], 0.9) == 3.0 and median([1.0, 2.0, 10.0]) == 2.0


async def test_a_requests_first_answer_is_kept_decline_or_accept(flow: Flow) -> None:
    """Time to first answer needs the first answer's time: a decline counts, and a later
    acceptance does not move it."""
    request = await flow.db.requests.create(
        60001, team_id=1, mentor_id=None, met="sport", themes=("work",), age_band="18_25",
        first_name="Aïcha", message=None,
    )  # fmt: skip
    await flow.db.requests.notify_all(request.id, [MARC])
    asked = flow.clock()
    flow.clock.advance(hours=3)
    assert await flow.db.requests.decline(request.id, MARC)
    flow.clock.advance(hours=2)
    assert await flow.db.requests.accept(request.id, 2002)
    async with flow.db.conn.execute(
        "SELECT created_at, answered_at, closed_at FROM requests WHERE id = ?", (request.id,)
    ) as cur:
        created, answered, closed = await cur.fetchone()
    assert created == to_text(asked)
    assert answered == to_text(asked + timedelta(hours=3))
    assert closed == to_text(asked + timedelta(hours=5))


async def test_check_ins_feedback_and_alert_levels_match_the_database(flow: Flow) -> None:
    """The demo's check-ins and feedback, and alerts taken by the COPIL, reach the figures:
    counts, each mood, each youth's first against last mood, time to take an alert."""
    teams = await _demo(flow)
    zone = flow.app.bot_data.settings.zone
    period = Period.of(date(2026, 1, 1), date(2026, 11, 30), zone, flow.clock())
    span = (to_text(period.start), to_text(period.end))
    # Two alerts in Montagnes in March, taken after 12 and 30 minutes.
    now = flow.clock()
    for minutes in (12, 30):
        flow.clock.now = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
        alert = await flow.db.safety.record(
            60100, link_id=None, team_id=teams["Montagnes"], category="violence",
            level="medium", rule="t",
        )  # fmt: skip
        flow.clock.now += timedelta(minutes=minutes)
        assert await flow.db.safety.take(alert, COPIL)
    assert await flow.db.safety.close(alert, COPIL, "professional")  # the second one
    flow.clock.now = now
    figures = await flow.db.stats.collect(period)
    _ = Texts(I18n(), "fr", zone, familiar=False)
    report = build(_, period, "typed", "Toutes", [("Tout", figures[ALL])])

    def value(name: str, key: str = "") -> float | None:
        return report.row(name, key).cells[0].value

    async with flow.db.conn.execute(
        "SELECT youth_id, mood FROM checkins WHERE asked_at >= ? AND asked_at < ? ORDER BY id",
        span,
    ) as cur:
        rows = await cur.fetchall()
    answered = [(youth, mood) for youth, mood in rows if mood is not None]
    assert len(answered) >= 100, "the demo's year has check-ins"
    assert value("checkins_asked") == len(rows) and value("checkins_answered") == len(answered)
    for mood in range(1, 6):
        assert value("mood", str(mood)) == sum(m == mood for _y, m in answered)
    moods: dict[int, list[int]] = {}
    for youth, mood in answered:
        moods.setdefault(youth, []).append(mood)
    changes = [m[-1] - m[0] for m in moods.values() if len(m) > 1]
    assert value("youths_checked_in") == len(moods)
    assert value("mood_change", "better") == sum(c > 0 for c in changes) > 0
    assert value("mood_change", "worse") == sum(c < 0 for c in changes)
    assert value("mood_change", "same") == sum(c == 0 for c in changes)
    async with flow.db.conn.execute(
        "SELECT helped, recommend FROM link_feedback WHERE asked_at >= ? AND asked_at < ?", span
    ) as cur:
        feedback = await cur.fetchall()
    assert value("feedback_asked") == len(feedback) >= 20
    assert value("feedback_answered") == sum(h is not None for h, _r in feedback)
    assert value("recommend", "yes") == sum(r == "yes" for _h, r in feedback)
    year = key_figures(_, report)
    # The alerts over the two days they were in (the demo's year has alerts of its own).
    march = Period.of(date(2026, 3, 3), date(2026, 3, 4), zone, flow.clock())
    figures = await flow.db.stats.collect(march)
    report = build(_, march, "typed", "Toutes", [("Tout", figures[ALL])])
    assert value("alerts_by_level", "medium") == 2
    assert value("alerts_by_outcome", "professional") == 1
    assert value("alerts_by_outcome", "open") == value("alerts") - 1
    assert report.row("minutes_to_take", "median").cells[0].hidden  # 2 samples: "< 5"
    # Three more taken after 20 minutes: 5 samples, shown.
    for _i in range(3):
        flow.clock.now = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
        alert = await flow.db.safety.record(
            60101, link_id=None, team_id=teams["Littoral"], category="distress",
            level="medium", rule="t",
        )  # fmt: skip
        flow.clock.now += timedelta(minutes=20)
        assert await flow.db.safety.take(alert, COPIL)
    flow.clock.now = now
    figures = await flow.db.stats.collect(march)
    report = build(_, march, "typed", "Toutes", [("Tout", figures[ALL])])
    assert value("minutes_to_take", "median") == pytest.approx(20)
    # The message says them too, and the workbook has a sheet for each.
    assert f"<b>Check-ins</b> : {len(answered)} réponses ({len(moods)} jeunes)" in year
    assert "prise en charge : médiane 20" in key_figures(_, report)
    book = load_workbook(io.BytesIO(files.to_xlsx(report)))
    assert {"Check-ins des jeunes", "Avis en fin de lien"} <= set(book.sheetnames)


async def test_the_demos_year_fills_every_section_and_the_new_ones_match_the_database(
    flow: Flow,
) -> None:
    """Session ratings, mentors' wellbeing and requests from a group: every /stats section
    has figures shown at once over the demo's year, and these match the database."""
    await _demo(flow)
    zone = flow.app.bot_data.settings.zone
    today = flow.clock().astimezone(zone).date()
    period = Period.of(today - timedelta(days=365), today, zone, flow.clock())
    span = (to_text(period.start), to_text(period.end))
    figures = (await flow.db.stats.collect(period))[ALL]
    for section in dict.fromkeys(f.section for f in figures):
        assert any(f.value and not f.hidden for f in figures if f.section == section), section

    def value(name: str, key: str = "") -> float | None:
        (found,) = [f for f in figures if (f.name, f.key) == (name, key)]
        return found.value

    async def one(sql: str) -> int:
        async with flow.db.conn.execute(sql, span) as cur:
            return int((await cur.fetchone())[0])

    group = await one(
        "SELECT COUNT(*) FROM requests WHERE group_id IS NOT NULL"
        " AND created_at >= ? AND created_at < ?"
    )
    assert value("by_channel", "group") == group >= 5
    for stars in range(1, 6):
        assert value("session_rating", str(stars)) == await one(
            "SELECT COUNT(*) FROM session_ratings r JOIN sessions s ON s.id = r.session_id"
            f" WHERE r.stars = {stars} AND s.starts_at >= ? AND s.starts_at < ?"
        )
    asked = "FROM mentor_wellbeing WHERE asked_at >= ? AND asked_at < ?"
    assert value("wellbeing_asked") == await one(f"SELECT COUNT(*) {asked}") >= 5
    for mood in range(1, 6):
        assert value("wellbeing_mood", str(mood)) == await one(
            f"SELECT COUNT(*) {asked} AND mood = {mood}"
        )
    assert value("support_asked") == await one(f"SELECT COUNT(*) {asked} AND support = 'yes'")


@pytest.mark.parametrize(
    ("language", "written", "delimiter", "in_file"),
    [("fr", ["1'234,5", "123'456"], ";", ["1234,5", "123456"]),
     ("en", ["1,234.5", "123,456"], ",", ["1234.5", "123456"])],
)  # fmt: skip
async def test_numbers_are_written_in_the_readers_locale_and_the_workbook_keeps_numbers(
    flow: Flow, language: str, written: list[str], delimiter: str, in_file: list[str]
) -> None:
    """A national year's hours and requests: grouped, with the locale's decimal mark, in
    the message and on the charts; in the CSV as that locale's spreadsheet reads a number
    (never grouped); real numbers in the workbook."""
    zone = flow.app.bot_data.settings.zone
    period = Period.of(date(2026, 1, 1), date(2026, 11, 22), zone, flow.clock())
    national = {("hours", ""): 1234.5, ("by_theme", "work"): 123456.0}
    figures = [
        replace(f, value=national[f.name, f.key], basis=10**6) if (f.name, f.key) in national else f
        for f in (await flow.db.stats.collect(period))[ALL]
    ]
    _ = Texts(I18n(), language, zone, familiar=False)
    report = build(_, period, "this_year", "Tout", [("Tout", figures)])
    assert f"({written[0]} h)" in key_figures(_, report)
    themes = dict(charts.draw(report))["requests-by-theme"]
    assert written[1] in charts.texts(themes)
    rows = list(
        csv.reader(io.StringIO(files.to_csv(report).decode("utf-8-sig")), delimiter=delimiter)
    )
    values = {r[8]: r[6] for r in rows[1:]}
    assert [values["followups.hours"], values["requests.by_theme.work"]] == in_file
    book = load_workbook(io.BytesIO(files.to_xlsx(report)))
    cells = [
        c for sheet in book.worksheets[1:] for row in sheet.iter_rows(values_only=True) for c in row
    ]
    assert 1234.5 in cells and 123456 in cells
