"""Steps shared by the youth feature's flow tests: mentors joining, a youth asking."""

from __future__ import annotations

from typing import Any

from tests.conftest import Flow


async def make_mentor(flow: Flow, user_id: int, name: str, team_id: int = 1) -> None:
    payload = await flow.invite_link("mentor", team_id=team_id)
    await flow.send(user_id, f"/start {payload}", first_name=name)
    await flow.press(user_id, "lang:fr")
    await flow.press(user_id, "consent:yes:fr")


async def ask(
    flow: Flow,
    youth: int,
    *,
    name: str = "Zoé",
    message: str | None = "Je cherche un apprentissage",
    themes: tuple[str, ...] = ("work", "training"),
    join: bool = True,
    language: str = "fr",
    team: int = 1,
) -> Any:
    """A youth joins (unless already in) and sends a request (to `team` when there are
    several); returns the request."""
    if join:
        await flow.join(youth, language, name=name)
    await flow.send(youth, "/request", first_name=name)
    if "request:team:" in "".join(flow.buttons(youth).values()):
        await flow.press(youth, f"request:team:{team}")
    await flow.press(youth, "request:met:sport")
    for theme in themes:
        await flow.press(youth, f"request:theme:{theme}")
    await flow.press(youth, "request:themes:ok")
    if "request:age:18_25" in flow.buttons(youth).values():
        await flow.press(youth, "request:age:18_25")
    await flow.press(youth, "request:name")
    if message is None:
        await flow.press(youth, "request:msg:skip")
    else:
        await flow.send(youth, message, first_name=name)
    await flow.press(youth, "request:send")
    return await flow.db.requests.open_of(youth) or await _last_request(flow, youth)


async def _last_request(flow: Flow, youth: int) -> Any:
    async with flow.db.conn.execute(
        "SELECT id FROM requests WHERE youth_id = ? ORDER BY id DESC LIMIT 1", (youth,)
    ) as cur:
        row = await cur.fetchone()
    return await flow.db.requests.get(row["id"]) if row else None


def notice_of(flow: Flow, mentor: int, request_id: int) -> dict[str, Any]:
    """The mentor's notice of this request (the message with its Accept button)."""
    for message in reversed(flow.tg.bot_messages(mentor)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            if any(b.get("callback_data") == f"req:acc:{request_id}" for b in row):
                return message
    raise AssertionError(f"no notice of request {request_id} for {mentor}")


def message(flow: Flow, chat_id: int, message_id: int) -> dict[str, Any]:
    return next(m for m in flow.tg.chat_messages(chat_id) if m["message_id"] == message_id)
