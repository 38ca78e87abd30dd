"""Every table that holds a person's data: what /mydata exports and what /forget erases.

A feature that stores something about a person adds a `PersonalTable` to `PERSONAL`, so
both commands keep covering everything. SQL takes the person's Telegram id as `:person`,
and as text as `:key` (persistence keys: PostgreSQL wants one type per parameter).
`erase` statements run in list order inside one transaction: put anonymisations of rows
that point at requests or links (follow-up records kept for reimbursement) before the
entries that delete those requests and links.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.tx import Conn, fetch_each


@dataclass(frozen=True)
class PersonalTable:
    name: str  # the key in the /mydata document
    export: str  # SELECT of the person's rows (no other person's private data)
    erase: tuple[str, ...]  # statements run by /forget


PERSONAL: list[PersonalTable] = [
    PersonalTable(
        "profile",
        """SELECT telegram_id, role, team_id, display_name, language, age_band, active,
                  consented_at, created_at
           FROM people WHERE telegram_id = :person""",
        (),  # deleted last, by People.delete, once nothing points at the person
    ),
    PersonalTable(
        "requests",
        """SELECT id, team_id, met, themes, age_band, first_name, message, status, created_at,
                  closed_at
           FROM requests WHERE youth_id = :person ORDER BY id""",
        (
            """DELETE FROM request_mentors
               WHERE request_id IN (SELECT id FROM requests WHERE youth_id = :person)""",
            "DELETE FROM requests WHERE youth_id = :person",
        ),
    ),
    # A mentor's own logs: the time stays (reimbursement); notes, offline nicknames and group
    # names go.
    PersonalTable(
        "follow_ups_logged",
        """SELECT day, kind, minutes, themes FROM logs WHERE mentor_id = :person ORDER BY day""",
        (
            """UPDATE logs SET note = NULL, offline_id = NULL, group_label = NULL,
                              partner_name = NULL
               WHERE mentor_id = :person""",
            "DELETE FROM offline_people WHERE mentor_id = :person",
        ),
    ),
    PersonalTable(
        "resource_person",
        """SELECT CASE WHEN mentor_id = :person THEN 'supported' ELSE 'supporting' END AS role,
                  assigned_at
           FROM resource_persons WHERE mentor_id = :person OR copil_id = :person""",
        ("DELETE FROM resource_persons WHERE mentor_id = :person OR copil_id = :person",),
    ),
    PersonalTable(
        "partners_added",
        "SELECT name, created_at FROM partners WHERE created_by = :person ORDER BY id",
        ("UPDATE partners SET created_by = NULL WHERE created_by = :person",),
    ),
    PersonalTable(
        "links",
        """SELECT l.id, l.team_id, m.display_name AS mentor, l.started_at, l.ended_at,
                  l.end_reason
           FROM links l LEFT JOIN people m ON m.telegram_id = l.mentor_id
           WHERE l.youth_id = :person ORDER BY l.id""",
        ("DELETE FROM links WHERE youth_id = :person",),
    ),
    # Follow-ups kept for the mentor's reimbursement: day, kind and minutes stay; the link to
    # the youth and the (encrypted) note go.
    PersonalTable(
        "follow_ups",
        """SELECT day, kind, minutes, themes, note IS NOT NULL AS has_note
           FROM logs WHERE youth_id = :person ORDER BY day, id""",
        ("UPDATE logs SET youth_id = NULL, note = NULL WHERE youth_id = :person",),
    ),
    PersonalTable(
        "relayed_messages",
        """SELECT channel, CASE WHEN from_chat = :person THEN 'sent' ELSE 'received' END AS way,
                  at
           FROM relayed WHERE from_chat = :person OR to_chat = :person ORDER BY id""",
        ("DELETE FROM relayed WHERE from_chat = :person OR to_chat = :person",),
    ),
    PersonalTable(
        "decision_messages",
        """SELECT CASE WHEN chat_id = :person THEN 'offered to you' ELSE 'about you' END AS what
           FROM decision_copies WHERE chat_id = :person OR about = :person ORDER BY id""",
        ("DELETE FROM decision_copies WHERE chat_id = :person OR about = :person",),
    ),
    PersonalTable(
        "safety_alerts",
        "SELECT category, at FROM safety_alerts WHERE youth_id = :person ORDER BY id",
        ("DELETE FROM safety_alerts WHERE youth_id = :person",),
    ),
    PersonalTable(
        "mentor_link",
        "SELECT created_at FROM mentor_links WHERE mentor_id = :person",
        ("DELETE FROM mentor_links WHERE mentor_id = :person",),
    ),
    PersonalTable(
        "conversation_drafts",
        """SELECT kind, value FROM persistence
           WHERE (kind = 'user_data' AND key = :key)
              OR (kind LIKE 'conversation:%' AND key LIKE '%, ' || :key || ']')""",
        (
            """DELETE FROM persistence
               WHERE (kind = 'user_data' AND key = :key)
                  OR (kind LIKE 'conversation:%' AND key LIKE '%, ' || :key || ']')""",
        ),
    ),
    PersonalTable(
        "invitation_used",
        "SELECT role, team_id, used_at FROM invites WHERE used_by = :person",
        ("UPDATE invites SET used_by = NULL WHERE used_by = :person",),
    ),
    # Broadcasts, events and groups (issue 5).
    PersonalTable(
        "news_choice",
        "SELECT wants_news FROM people WHERE telegram_id = :person AND role = 'youth'",
        (),  # a column of the profile, deleted with it
    ),
    PersonalTable(
        "messages_received",
        """SELECT o.broadcast_id, b.purpose, o.status, o.sent_at
           FROM outbox o JOIN broadcasts b ON b.id = o.broadcast_id
           WHERE o.chat_id = :person ORDER BY o.id""",
        ("DELETE FROM outbox WHERE chat_id = :person",),
    ),
    # Notices to others that name the person (a mentor told of their stop, a COPIL alert
    # quoting them): erased with the rest, sent or not, so none goes out or stays naming them.
    PersonalTable(
        "messages_about_you",
        """SELECT kind, status, created_at FROM outbox
           WHERE about = :person AND chat_id != :person ORDER BY id""",
        ("DELETE FROM outbox WHERE about = :person",),
    ),
    PersonalTable(
        "broadcasts_written",
        """SELECT id, audience, text, status, scheduled_at, created_at
           FROM broadcasts WHERE author_id = :person ORDER BY id""",
        # The team's news stay with the team; only the author's id goes.
        ("UPDATE broadcasts SET author_id = 0 WHERE author_id = :person",),
    ),
    PersonalTable(
        "events_created",
        "SELECT id, kind, title, starts_at FROM events WHERE author_id = :person ORDER BY id",
        ("UPDATE events SET author_id = 0 WHERE author_id = :person",),
    ),
    PersonalTable(
        "event_answers",
        """SELECT e.title, e.starts_at, a.answer, a.answered_at, a.attended
           FROM event_answers a JOIN events e ON e.id = a.event_id
           WHERE a.person_id = :person ORDER BY e.starts_at""",
        ("DELETE FROM event_answers WHERE person_id = :person",),
    ),
    PersonalTable(
        "groups",
        """SELECT g.name, m.status, m.since FROM group_members m
           JOIN groups g ON g.id = m.group_id WHERE m.person_id = :person
           UNION ALL
           SELECT g.name, 'peer_helper', NULL FROM group_helpers h
           JOIN groups g ON g.id = h.group_id WHERE h.person_id = :person""",
        (
            "DELETE FROM group_members WHERE person_id = :person",
            "DELETE FROM group_helpers WHERE person_id = :person",
            "UPDATE groups SET created_by = 0 WHERE created_by = :person",
        ),
    ),
    PersonalTable(
        "session_answers",
        """SELECT s.starts_at, a.answer, a.answered_at, a.attended
           FROM session_answers a JOIN sessions s ON s.id = a.session_id
           WHERE a.person_id = :person ORDER BY s.starts_at""",
        ("DELETE FROM session_answers WHERE person_id = :person",),
    ),
    PersonalTable(
        "checkins",
        """SELECT asked_at, mood, theme, answered_at FROM checkins
           WHERE youth_id = :person ORDER BY id""",
        ("DELETE FROM checkins WHERE youth_id = :person",),
    ),
    PersonalTable(
        "link_feedback",
        """SELECT asked_at, helped, recommend, answered_at, words FROM link_feedback
           WHERE youth_id = :person ORDER BY id""",
        ("DELETE FROM link_feedback WHERE youth_id = :person",),
    ),
    PersonalTable(
        "session_ratings",
        """SELECT s.starts_at, r.stars, r.answered_at FROM session_ratings r
           LEFT JOIN sessions s ON s.id = r.session_id
           WHERE r.youth_id = :person ORDER BY r.id""",
        ("DELETE FROM session_ratings WHERE youth_id = :person",),
    ),
    PersonalTable(
        "mentor_wellbeing",
        """SELECT asked_at, mood, support, answered_at FROM mentor_wellbeing
           WHERE mentor_id = :person ORDER BY id""",
        ("DELETE FROM mentor_wellbeing WHERE mentor_id = :person",),
    ),
    # The audit log is kept (who did what, when; never content): it is the proof of the erasure.
    PersonalTable(
        "audit",
        """SELECT at, action, CASE WHEN actor = :person THEN 'you' ELSE 'the team' END AS by
           FROM audit WHERE subject = :person OR actor = :person ORDER BY id""",
        (),
    ),
]


def _params(person: int) -> dict[str, Any]:
    return {"person": person, "key": str(person)}


async def export(conn: Conn, person: int) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows about the person; empty when only the audit log remembers them."""
    # Some 25 reads: one call into SQLite's thread for all, or at once on PostgreSQL.
    found = await fetch_each(conn, [(table.export, _params(person)) for table in PERSONAL])
    document = {
        table.name: [dict(row) for row in rows]
        for table, rows in zip(PERSONAL, found, strict=True)
        if rows
    }
    return document if set(document) - {"audit"} else {}


async def erase(conn: Conn, person: int) -> None:
    """Run every erase statement (the caller holds the transaction and deletes the profile)."""
    for table in PERSONAL:
        for statement in table.erase:
            await conn.execute(statement, _params(person))
