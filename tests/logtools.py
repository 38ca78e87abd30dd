"""Helpers for the logs tests: a mentor, a youth linked to them, a partner, a restart."""

from __future__ import annotations

from typing import Any

from bot.app import build_application
from sandbox import SandboxRequest
from tests.conftest import COPIL, Flow


async def mentor(flow: Flow, user_id: int, name: str, language: str = "fr") -> None:
    """A COPIL invitation opened, language chosen, consent given."""
    payload = await flow.invite_link("mentor")
    await flow.send(user_id, f"/start {payload}", first_name=name, language_code=language)
    await flow.press(user_id, f"lang:{language}")
    await flow.press(user_id, f"consent:yes:{language}")


async def linked_youth(
    flow: Flow, youth_id: int, name: str, mentor_id: int, asked_as: str | None = None
) -> None:
    """A youth in the bot with an active link to the mentor (as the youth feature makes);
    `asked_as` is the first name they gave in their request, if they made one."""
    await flow.join(youth_id, name=name)
    request_id = None
    if asked_as is not None:
        async with flow.db.conn.execute(
            """INSERT INTO requests (youth_id, team_id, themes, first_name, status,
                                     accepted_by, created_at)
               VALUES (?, 1, 'work', ?, 'accepted', ?, ?) RETURNING id""",
            (youth_id, asked_as, mentor_id, "2026-11-01T09:00:00+00:00"),
        ) as cur:
            row = await cur.fetchone()
        request_id = row[0]
    await flow.db.conn.execute(
        """INSERT INTO links (request_id, youth_id, mentor_id, team_id, started_at)
           VALUES (?, ?, ?, 1, ?)""",
        (request_id, youth_id, mentor_id, "2026-11-01T09:00:00+00:00"),
    )


async def partner(flow: Flow, name: str, domain: str = "social", **values: str) -> int:
    added = await flow.db.partners.add(1, domain, {"name": name, **values}, shared=False, by=COPIL)
    return int(added.id)


async def restart(flow: Flow) -> Flow:
    """Stop the application and build a new one on the same database and sandbox."""
    old = flow.app
    await old.shutdown()
    assert old.post_shutdown is not None
    await old.post_shutdown(old)
    app = build_application(
        old.bot_data.settings, request=SandboxRequest(flow.tg), clock=flow.clock
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    new = Flow(flow.tg, app, flow.clock)
    new.offset = flow.offset
    return new


async def logs_of(flow: Flow, mentor_id: int) -> list[Any]:
    return list(await flow.db.logs.recent(mentor_id))
