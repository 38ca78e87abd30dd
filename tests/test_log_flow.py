"""/log: guided with buttons, or one sentence, French and English; nothing saved before
Save; bad input refused; a log in progress survives a restart."""

from __future__ import annotations

from datetime import date

import pytest

from bot.settings import Settings
from tests.conftest import Flow
from tests.logtools import linked_youth, logs_of, mentor, partner, restart

MENTOR, OTHER_MENTOR, SAMIR, LEO = 2001, 2002, 1001, 1002


async def _setup(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, SAMIR, "Samir", MENTOR)


async def test_guided_log_takes_six_taps_and_keeps_the_note_encrypted(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log")
    assert "Pour qui" in flow.text(MENTOR)
    taps = [f"log:y:{SAMIR}", "log:k:long_term", "log:d:1", "log:m:45", "log:t:housing"]
    for data in taps:
        await flow.press(MENTOR, data)
    summary = flow.text(MENTOR)
    assert "Samir" in summary and "Au long cours" in summary and "45 min" in summary
    assert "samedi 21 novembre" in summary and "✓ Logement" in str(flow.buttons(MENTOR))
    await flow.send(MENTOR, "Il a trouvé une piste d'appartement 🏠")
    assert "chiffrée" in flow.text(MENTOR)
    assert await logs_of(flow, MENTOR) == []  # nothing before Save
    await flow.press(MENTOR, "log:save")
    assert "Enregistré : 45 min, samedi 21 novembre" in flow.text(MENTOR)
    assert len(taps) + 1 == 6

    [entry] = await logs_of(flow, MENTOR)
    assert (entry.youth_id, entry.kind, entry.minutes) == (SAMIR, "long_term", 45)
    assert (entry.day, entry.themes) == (date(2026, 11, 21), ("housing",))
    assert entry.note is not None and b"appartement" not in entry.note
    opened = flow.app.bot_data.notes.open(entry.note)
    assert opened == "Il a trouvé une piste d'appartement 🏠"
    # Pressing Save again (a double tap) saves nothing more.
    await flow.press(MENTOR, "log:save")
    assert len(await logs_of(flow, MENTOR)) == 1


async def test_french_sentence_asks_only_what_is_missing(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log hier 1h30 collectif foot")
    summary = flow.text(MENTOR)
    assert "Groupe « foot »" in summary and "Collectif" in summary and "90 min" in summary
    await flow.press(MENTOR, "log:save")
    assert "au moins un thème" in flow.tg.callback_answers[max(flow.tg.callback_answers)]["text"]
    assert await logs_of(flow, MENTOR) == []
    await flow.press(MENTOR, "log:t:loneliness")
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.group_label, entry.kind, entry.minutes, entry.day) == (
        "foot",
        "collective",
        90,
        date(2026, 11, 21),
    )


async def test_sentence_at_the_first_question_with_an_unknown_partner(flow: Flow) -> None:
    await _setup(flow)
    await partner(flow, "Caritas")
    await flow.send(MENTOR, "/log")
    await flow.send(MENTOR, "45 min avec Samir, logement, relais vers le CSP")
    assert "Quand" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:d:0")
    assert "« CSP » n'est pas dans l'annuaire" in flow.text(MENTOR)
    assert "Caritas" in flow.buttons(MENTOR)
    await flow.press(MENTOR, "log:p:new")
    assert "🤝 CSP" in flow.text(MENTOR) and "Logement" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.youth_id, entry.kind, entry.partner_id, entry.partner_name) == (
        SAMIR,
        "relay",
        None,
        "CSP",
    )
    assert entry.day == date(2026, 11, 22)


async def test_typed_partner_found_in_the_directory(flow: Flow) -> None:
    await _setup(flow)
    caritas = await partner(flow, "Caritas Jura")
    await flow.send(MENTOR, "/log hier 30 min avec Samir, relais, dettes")
    await flow.send(MENTOR, "Maison inconnue")
    assert "« Maison inconnue » n'est pas dans l'annuaire" in flow.text(MENTOR)
    await flow.send(MENTOR, "caritas")
    assert "🤝 Caritas Jura" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.partner_id, entry.themes) == (caritas, ("money",))


async def test_english_sentence_with_typed_date(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Mark", language="en")
    await linked_youth(flow, LEO, "Léo", MENTOR)
    await flow.send(MENTOR, "/log 30 min with Leo about his CV", language_code="en")
    assert "What kind" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:k:one_off")
    assert "When?" in flow.text(MENTOR)
    await flow.send(MENTOR, "next Friday")
    assert "hasn't come yet" in flow.text(MENTOR)
    await flow.send(MENTOR, "last Friday")
    summary = flow.text(MENTOR)
    assert "Léo" in summary and "One-off" in summary and "Friday 20 November" in summary
    assert "Work" in summary
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.youth_id, entry.day, entry.themes) == (LEO, date(2026, 11, 20), ("work",))


async def test_offline_person_by_nickname_then_offered_next_time(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, "log:o:ask")
    await flow.send(MENTOR, "K.B.")
    assert "Quel type" in flow.text(MENTOR)
    assert await flow.db.offline.of(MENTOR) == []  # created at Save only
    for data in ("log:k:one_off", "log:d:0", "log:m:30", "log:t:papers", "log:save"):
        await flow.press(MENTOR, data)
    [entry] = await logs_of(flow, MENTOR)
    assert entry.who == "K.B." and entry.offline_id is not None
    await flow.send(MENTOR, "/log")
    assert "🔒 K.B." in flow.buttons(MENTOR)
    # Another mentor never sees Marc's nickname.
    await mentor(flow, OTHER_MENTOR, "Nora")
    await flow.send(OTHER_MENTOR, "/log")
    assert "K.B." not in str(flow.buttons(OTHER_MENTOR))
    await flow.press(OTHER_MENTOR, f"log:o:{entry.offline_id}")
    await flow.press(OTHER_MENTOR, f"log:y:{SAMIR}")  # not her youth
    assert "Pour qui" in flow.text(OTHER_MENTOR)


async def test_bad_input_is_refused_and_changes_nothing(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log -5 min avec Samir")
    assert "« -5 min » : une durée doit être entre 1 minute et 12 heures" in flow.tg.bot_messages(
        MENTOR
    )[-2].get("text", "")
    await flow.send(MENTOR, "/log 999 h collectif foot")
    assert "« 999 h »" in flow.tg.bot_messages(MENTOR)[-2]["text"]
    await flow.send(MENTOR, "/log demain 1h avec Samir")
    assert "pas encore passé" in flow.tg.bot_messages(MENTOR)[-2]["text"]

    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, f"log:y:{SAMIR}")
    await flow.press(MENTOR, "log:k:one_off")
    await flow.send(MENTOR, "demain")
    assert "pas encore passé" in flow.text(MENTOR)
    await flow.send(MENTOR, "n'importe quoi")
    assert "pas compris cette date" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:d:0")
    for typed in ("-5 min", "999 h", "0"):
        await flow.send(MENTOR, typed)
        assert "entre 1 minute et 12 heures" in flow.text(MENTOR), typed
    await flow.send(MENTOR, "beaucoup")
    assert "pas compris cette durée" in flow.text(MENTOR)
    await flow.send(MENTOR, "1h30")
    await flow.press(MENTOR, "log:t:work")
    await flow.send(MENTOR, "x" * 10_000)
    assert "10'000 caractères : 2'000 au plus" in flow.text(MENTOR)
    note = "Rendez-vous OK 👍🏽 — موعد جيد مع المستشار"  # emoji and right-to-left text
    await flow.send(MENTOR, note)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert entry.minutes == 90 and flow.app.bot_data.notes.open(entry.note) == note


async def test_cancel_and_discard_save_nothing(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log hier 45 min avec Samir, logement")
    await flow.send(MENTOR, "/cancel")
    assert "rien n'est enregistré" in flow.text(MENTOR)
    await flow.send(MENTOR, "/log hier 45 min ponctuel avec Samir, logement")
    await flow.press(MENTOR, "log:discard")
    assert await logs_of(flow, MENTOR) == []


async def test_only_mentors_log(flow: Flow) -> None:
    await flow.join(SAMIR)
    await flow.send(SAMIR, "/log hier 1h collectif foot")
    assert "pas possible pour toi" in flow.text(SAMIR)


async def test_edit_on_the_summary_asks_that_answer_again(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log hier 45 min ponctuel avec Samir, logement")
    await flow.press(MENTOR, "log:edit")
    await flow.press(MENTOR, "log:e:minutes")
    await flow.press(MENTOR, "log:m:90")
    assert "90 min" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert entry.minutes == 90


async def test_log_in_progress_continues_after_a_restart(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, f"log:y:{SAMIR}")
    await flow.press(MENTOR, "log:k:long_term")
    await flow.press(MENTOR, "log:d:0")
    await flow.send(MENTOR, "1h15")
    await flow.send(MENTOR, "Note avant redémarrage")
    flow = await restart(flow)
    try:
        await flow.press(MENTOR, "log:t:family")
        assert "75 min" in flow.text(MENTOR) and "Note chiffrée" in flow.text(MENTOR)
        await flow.press(MENTOR, "log:save")
        [entry] = await logs_of(flow, MENTOR)
        assert entry.minutes == 75 and entry.themes == ("family",)
        assert flow.app.bot_data.notes.open(entry.note) == "Note avant redémarrage"
    finally:
        # The fixture closes the first application; this one is closed here.
        await flow.app.shutdown()
        await flow.app.post_shutdown(flow.app)  # type: ignore[misc]


@pytest.mark.sqlite_file("looks for the note in the SQLite file and its WAL")
async def test_canary_note_is_absent_from_the_database_file_and_its_wal(
    flow: Flow, settings: Settings
) -> None:
    canary = "CANARY-7f3a dort chez un ami depuis mardi"
    await _setup(flow)
    await flow.send(MENTOR, "/log hier 45 min collectif GROUPE-TEMOIN")
    await flow.press(MENTOR, "log:t:housing")
    await flow.send(MENTOR, canary)  # the draft, persisted after this update, holds it too
    files = [settings.database, settings.database.with_name(settings.database.name + "-wal")]

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in files if p.exists())

    assert b"GROUPE-TEMOIN" in stored()  # the control: plain fields are found
    assert canary.encode() not in stored()
    await flow.press(MENTOR, "log:save")
    await flow.db.checkpoint()
    everything = stored()
    assert b"GROUPE-TEMOIN" in everything
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert "CANARY-7f3a".encode(encoding) not in everything
    [entry] = await logs_of(flow, MENTOR)
    assert flow.app.bot_data.notes.open(entry.note) == canary


async def test_the_youth_is_named_as_they_asked_to_be(flow: Flow) -> None:
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, SAMIR, "Samir Telegram", MENTOR, asked_as="Sam")
    await flow.send(MENTOR, "/log")
    assert "👤 Sam" in flow.buttons(MENTOR) and "Telegram" not in str(flow.buttons(MENTOR))
    await flow.send(MENTOR, "hier 30 min avec sam, travail, ponctuel")
    assert "👤 Sam" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.youth_id, entry.who) == (SAMIR, "Sam")


async def test_emoji_and_right_to_left_names_are_kept_whole(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log")
    await flow.send(MENTOR, "سمير")  # a name alone at the first question
    assert "« سمير » n'est pas un·e de vos jeunes" in flow.text(MENTOR)
    await flow.press(MENTOR, "log:o:new")
    for data in ("log:k:one_off", "log:d:0", "log:m:15", "log:t:family", "log:save"):
        await flow.press(MENTOR, data)
    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, "log:g")
    await flow.send(MENTOR, "⚽ Foot <du> mardi 🏆")
    for data in ("log:d:0", "log:m:60", "log:t:loneliness", "log:save"):
        await flow.press(MENTOR, data)
    assert sorted(e.who for e in await logs_of(flow, MENTOR)) == ["سمير", "⚽ Foot <du> mardi 🏆"]
    await flow.send(MENTOR, "/history")
    assert "سمير" in flow.text(MENTOR) and "⚽ Foot <du> mardi 🏆" in flow.text(MENTOR)


async def test_emoji_only_sentence_is_not_understood(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log 🙂🙂")
    assert "rien reconnu" in flow.tg.bot_messages(MENTOR)[-2]["text"]
    assert "Pour qui" in flow.text(MENTOR)


async def test_text_long_after_the_last_answer_is_not_taken_for_the_log(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, f"log:y:{SAMIR}")
    await flow.press(MENTOR, "log:k:long_term")
    flow.clock.advance(minutes=45)  # a phone call; then the mentor writes to Samir
    words = "On se voit jeudi ?"
    await flow.send(MENTOR, words)
    assert "Ce message est-il pour ce suivi" in flow.text(MENTOR)
    assert flow.text(SAMIR) != words
    assert not flow.app.user_data[MENTOR]["log"].get("day")  # not taken as "jeudi"
    await flow.press(MENTOR, "log:aside")
    assert "mis de côté" in flow.text(MENTOR)
    await flow.send(MENTOR, words)
    assert flow.text(SAMIR) == words  # relayed to the youth, as meant
    await flow.send(MENTOR, "/log")
    assert "reprend ici" in flow.tg.bot_messages(MENTOR)[-2]["text"]
    assert "Quand" in flow.text(MENTOR)  # who and kind were kept
    for data in ("log:d:0", "log:m:30", "log:t:work", "log:save"):
        await flow.press(MENTOR, data)
    [entry] = await logs_of(flow, MENTOR)
    assert (entry.youth_id, entry.kind, entry.minutes) == (SAMIR, "long_term", 30)


async def test_the_same_text_sent_again_goes_to_the_log(flow: Flow) -> None:
    await _setup(flow)
    await flow.send(MENTOR, "/log hier ponctuel avec Samir, travail")
    flow.clock.advance(hours=2)
    await flow.send(MENTOR, "1h30")
    assert "Ce message est-il pour ce suivi" in flow.text(MENTOR)
    await flow.send(MENTOR, "1h30")
    assert "90 min" in flow.text(MENTOR)


async def test_a_day_more_than_a_year_back_is_refused(flow: Flow) -> None:
    # Review item 16: a log dated 1.1.1800 was saved and counted in the hours reports.
    await _setup(flow)
    await flow.send(MENTOR, "/log 1.1.1800 1h avec Samir")
    assert "« 1.1.1800 » date de plus d'un an" in flow.tg.bot_messages(MENTOR)[-2]["text"]
    await flow.send(MENTOR, "/cancel")
    await flow.send(MENTOR, "/log")
    await flow.press(MENTOR, f"log:y:{SAMIR}")
    await flow.press(MENTOR, "log:k:one_off")
    await flow.send(MENTOR, "1.1.1800")
    assert "plus d'un an" in flow.text(MENTOR)
    await flow.send(MENTOR, "/cancel")
    assert await logs_of(flow, MENTOR) == []


async def test_a_youth_whose_link_just_ended_can_still_be_logged(flow: Flow) -> None:
    await _setup(flow)
    link = await flow.db.links.active_of_youth(SAMIR)
    await flow.send(MENTOR, "/end")
    await flow.press(MENTOR, f"end:r:{link.id}:goals")
    assert await flow.db.links.active_of_youth(SAMIR) is None
    # The last meeting, logged after /end: Samir is still offered, and saved.
    await flow.send(MENTOR, "/log")
    assert f"log:y:{SAMIR}" in flow.buttons(MENTOR).values()
    for data in (f"log:y:{SAMIR}", "log:k:long_term", "log:d:1", "log:m:45", "log:t:work"):
        await flow.press(MENTOR, data)
    await flow.press(MENTOR, "log:save")
    [entry] = await logs_of(flow, MENTOR)
    assert entry.youth_id == SAMIR
    # A month later the youth is no longer offered, and a forged press is refused.
    flow.clock.advance(days=31)
    await flow.send(MENTOR, "/log")
    assert f"log:y:{SAMIR}" not in flow.buttons(MENTOR).values()
    await flow.press(MENTOR, f"log:y:{SAMIR}")
    assert "Pour qui" in flow.text(MENTOR)
    await flow.send(MENTOR, "/cancel")
    assert len(await logs_of(flow, MENTOR)) == 1
