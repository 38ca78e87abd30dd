"""Round trips per update (issue 13): every statement is a hop to SQLite's thread or a
round trip to PostgreSQL, each a wait for a processor on a loaded machine. The sender is
read once per update, and afresh in the next; an unchanged user_data is not written again;
a statement and its rows are one call into SQLite's thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from telegram import Chat, Message, Update, User
from telegram.ext import CallbackContext

from bot.guards import person_of
from storage.database import Database
from storage.models import Role
from storage.personal import export
from storage.pg import PgConnection
from tests.conftest import FakeClock, Flow
from tests.logtools import linked_youth, mentor, restart

YOUTH, MENTOR = 1001, 2001


def _counting(target: Any, name: str) -> list[Any]:
    """Each call of target.name from now on, by its first argument."""
    calls: list[Any] = []
    original = getattr(target, name)

    async def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return await original(*args, **kwargs)

    setattr(target, name, counted)
    return calls


async def test_the_sender_is_read_once_in_an_update(flow: Flow) -> None:
    """The guards' read serves the handlers after them: the safety net, the active-people
    guard and the relay used to read the sender three times for one plain message."""
    await flow.join(YOUTH)
    read = _counting(flow.db.people, "get")
    await flow.send(YOUTH, "Bonjour")
    assert read.count(YOUTH) == 1


async def test_access_and_role_changed_between_two_updates_are_seen_by_the_next(
    flow: Flow,
) -> None:
    """Nothing read about the sender outlives their update: a change made behind the bot's
    back (here straight in the database) counts from their next update on."""
    await flow.join(YOUTH)
    await flow.send(YOUTH, "/request")
    assert "accès à Lien est fermé" not in flow.text(YOUTH)
    await flow.send(YOUTH, "/cancel")
    await flow.db.conn.execute("UPDATE people SET active = 0 WHERE telegram_id = ?", (YOUTH,))
    await flow.send(YOUTH, "/request")
    assert "accès à Lien est fermé" in flow.text(YOUTH)
    await flow.db.conn.execute(
        "UPDATE people SET active = 1, role = 'mentor' WHERE telegram_id = ?", (YOUTH,)
    )
    await flow.send(YOUTH, "/request")
    assert flow.text(YOUTH) == "Cette action n'est pas possible pour vous."  # a mentor now


async def test_a_change_within_the_update_is_seen_by_the_handlers_after_it(flow: Flow) -> None:
    """A handler that changes someone's row (consent, a new language, an invitation) makes
    the next read of the sender in the same update go to the database again."""
    await flow.join(YOUTH)
    user = User(YOUTH, "Sam", False, language_code="fr")
    chat = Chat(YOUTH, Chat.PRIVATE)
    update = Update(1, message=Message(1, flow.clock(), chat, from_user=user, text="/help"))
    context = CallbackContext.from_update(update, flow.app)
    read = _counting(flow.db.people, "get")
    assert (await person_of(update, context)) == (await person_of(update, context))
    assert len(read) == 1
    await flow.db.people.set_language(YOUTH, "en")
    changed = await person_of(update, context)
    assert changed is not None and changed.language == "en" and len(read) == 2


async def test_unchanged_user_data_is_not_written_again(flow: Flow, clock: FakeClock) -> None:
    """A log in progress is written when it changes, not after every update of its mentor;
    it still survives a restart."""
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, YOUTH, "Samir", MENTOR)
    await flow.send(MENTOR, "/log")
    written = _counting(flow.db.kv, "put")
    await flow.press(MENTOR, f"log:y:{YOUTH}")
    assert written.count("user_data") == 1
    await flow.send(MENTOR, "/help")
    await flow.send(MENTOR, "/help")
    assert written.count("user_data") == 1
    flow = await restart(flow)
    try:
        assert flow.app.user_data[MENTOR]["log"]["youth_id"] == YOUTH
    finally:
        await flow.app.shutdown()
        assert flow.app.post_shutdown is not None
        await flow.app.post_shutdown(flow.app)


async def _statements(flow: Flow, user: int, text: str) -> int:
    """The statements sent to the database while the bot answers this message (on
    PostgreSQL, BEGIN and COMMIT aside)."""
    conn = flow.db.conn
    name = "_with" if isinstance(conn, PgConnection) else "_execute"
    calls = _counting(conn, name)
    try:
        await flow.send(user, text)
    finally:
        delattr(conn, name)  # the class's own again
    return len(calls)


async def test_talk_reads_as_much_for_five_youths_as_for_one(flow: Flow) -> None:
    """A mentor's channels (each youth, their name, their access; the resource person) are
    read in a fixed number of statements, not two or three more per youth."""
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, YOUTH, "Samir", MENTOR, asked_as="Sam")
    one = await _statements(flow, MENTOR, "/talk")
    for n in range(1, 5):
        await linked_youth(flow, YOUTH + n, f"Youth{n}", MENTOR)
    five = await _statements(flow, MENTOR, "/talk")
    assert five == one
    assert set(flow.buttons(MENTOR)) == {
        f"✉️ {name}" for name in ("Sam", "Youth1", "Youth2", "Youth3", "Youth4")
    }


async def test_a_one_sentence_log_reads_whom_the_mentor_follows_once(flow: Flow) -> None:
    """The sentence is matched against the mentor's youths and offline people; asking "for
    whom?" next shows the same lists, not read again."""
    await mentor(flow, MENTOR, "Marc")
    await linked_youth(flow, YOUTH, "Samir", MENTOR)
    youths = _counting(flow.db.logs, "my_youths")
    offline = _counting(flow.db.offline, "of")
    await flow.send(MENTOR, "/log aujourd'hui 45 min avec Alex, travail")
    assert "👤 Samir" in flow.buttons(MENTOR)
    assert (len(youths), len(offline)) == (1, 1)


async def test_the_safety_net_reads_a_youths_link_only_for_crisis_words(flow: Flow) -> None:
    """Every text of a youth is screened; the link an alert names is read on a hit only."""
    await flow.join(YOUTH)
    links = _counting(flow.db.links, "active_of_youth")
    await flow.send(YOUTH, "/help")
    assert links == []
    await flow.send(YOUTH, "je veux mourir")
    assert links[0] == YOUTH  # the alert's link (none here), then the relay's own reads


async def test_a_statement_and_its_rows_are_one_call_into_sqlites_thread(tmp_path: Path) -> None:
    """A read is one hop, not three (execute, fetch, close); the cursor still answers as
    aiosqlite's does."""
    db = await Database.open(tmp_path / "x.db", FakeClock())
    try:
        calls = _counting(db.conn, "_execute")
        async with db.conn.execute("SELECT v FROM (SELECT 1 AS v UNION SELECT 2)") as cur:
            assert (await cur.fetchone())[0] == 1
            assert [row["v"] for row in await cur.fetchall()] == [2]
            assert await cur.fetchone() is None
        assert len(calls) == 1
        cur = await db.conn.execute("SELECT :a + :b", {"a": 2, "b": 3})
        assert [tuple(row) for row in await cur.fetchmany(5)] == [(5,)]
        cur = await db.conn.execute("UPDATE teams SET name = name WHERE id = ?", (1,))
        assert cur.rowcount == 1
        assert len(calls) == 3
    finally:
        await db.close()


async def test_mydata_reads_every_table_in_one_call_into_sqlites_thread(tmp_path: Path) -> None:
    """/mydata's some 25 reads were as many hops (or round trips on PostgreSQL, now sent at
    once); the document is the same."""
    db = await Database.open(tmp_path / "x.db", FakeClock())
    try:
        await db.people.add_or_update(
            YOUTH, role=Role.YOUTH, team_id=1, programme_wide=False, display_name="Sam",
            language="fr",
        )  # fmt: skip
        calls = _counting(db.conn, "_execute")
        document = await export(db.conn, YOUTH)
        assert len(calls) == 1
        assert document["profile"][0]["display_name"] == "Sam"
    finally:
        await db.close()
