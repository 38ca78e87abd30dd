"""The main flows under 20 % injected faults on every Bot API call the bot makes (429 with
retry_after, 500, 502, timeouts, and answers lost after the call took effect), seeded.

People behave as on a phone: when what they expect does not come, they press or send
again. The outbox is drained until empty (its back-offs passed by moving the clock). Then:
nothing is lost, nobody is left untold, nothing is done twice, except a message whose
answer was lost (Telegram has no idempotent send: the bot saw a timeout and sent it again),
at most once per lost answer, counted and printed (pytest -s shows the figures)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from storage.models import Role
from tests.conftest import COPIL, Flow
from tests.test_broadcast import person
from tests.youth_steps import make_mentor, notice_of

SEED = 20261129
RATE = 0.2
MENTORS = (2001, 2002, 2003)  # fictitious people
YOUTHS = (1001, 1002, 1003)
SEND_METHODS = ("sendMessage", "copyMessage", "sendPhoto", "sendDocument", "forwardMessage")
CRISIS = "je veux mourir"
OUPS = "Oups"


async def until(act: Callable[[], Awaitable[Any]], done: Callable[[], Awaitable[bool]]) -> int:
    """A person repeats `act` until they see `done` (at most 8 times); how many times."""
    for tries in range(1, 9):
        await act()
        if await done():
            return tries
    raise AssertionError("still not done after 8 tries")


def count(flow: Flow, chat: int, fragment: str) -> int:
    return sum(
        fragment in (m.get("text") or m.get("caption") or "") for m in flow.tg.bot_messages(chat)
    )


def with_button(flow: Flow, chat: int, data: str) -> dict[str, Any]:
    for message in reversed(flow.tg.bot_messages(chat)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            if any(b.get("callback_data") == data for b in row):
                return message
    raise AssertionError(f"no button {data} in chat {chat}")


async def draft_request(flow: Flow, youth: int, mentor_index: int) -> None:
    """A youth fills in a request up to its confirmation (without faults)."""
    await flow.join(youth, name=f"Jeune{mentor_index}")
    await flow.send(youth, "/request")
    for data in ("request:met:sport", "request:theme:work", "request:themes:ok"):
        await flow.press(youth, data)
    if "request:age:18_25" in flow.buttons(youth).values():
        await flow.press(youth, "request:age:18_25")
    await flow.press(youth, "request:name")
    await flow.press(youth, "request:msg:skip")
    assert "request:send" in flow.buttons(youth).values()


async def requests_of(flow: Flow, youth: int) -> list[tuple[int, str]]:
    async with flow.db.conn.execute(
        "SELECT id, status FROM requests WHERE youth_id = ? ORDER BY id", (youth,)
    ) as cur:
        return [(row["id"], row["status"]) for row in await cur.fetchall()]


async def outbox_states(flow: Flow) -> Counter[str]:
    async with flow.db.conn.execute("SELECT status FROM outbox") as cur:
        return Counter(row["status"] for row in await cur.fetchall())


async def test_main_flows_under_20_percent_faults(flow: Flow) -> None:
    # The programme, set up while Telegram is well: a COPIL member, three mentors of one
    # team, three youths each with a request ready to send.
    await flow.send(COPIL, "/help")
    for i, mentor in enumerate(MENTORS):
        await make_mentor(flow, mentor, f"Mentor{i}")
    for i, youth in enumerate(YOUTHS):
        await draft_request(flow, youth, i)
    await person(flow, 3001, Role.PEER_HELPER, 1)

    flow.tg.inject_faults(RATE, seed=SEED)
    tries: Counter[str] = Counter()

    # Request: each youth presses Send until they read that it went.
    for youth in YOUTHS:
        confirm = with_button(flow, youth, "request:send")

        async def send_request(youth: int = youth, confirm: dict[str, Any] = confirm) -> None:
            await flow.press(youth, "request:send", confirm)

        async def sent(youth: int = youth) -> bool:
            return count(flow, youth, "C'est envoyé") > 0

        tries["request"] += await until(send_request, sent)
    await flow.settle()
    requests = {youth: await requests_of(flow, youth) for youth in YOUTHS}
    assert all(len(r) == 1 and r[0][1] == "open" for r in requests.values()), requests
    ids = {youth: r[0][0] for youth, r in requests.items()}
    # Every mentor has every request, once (or twice after a lost answer).
    duplicates: Counter[str] = Counter()
    for mentor in MENTORS:
        for request_id in ids.values():
            notices = sum(
                any(
                    b.get("callback_data") == f"req:acc:{request_id}"
                    for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                    for b in row
                )
                for m in flow.tg.bot_messages(mentor)
            )
            assert notices >= 1, (mentor, request_id)
            duplicates["request notice"] += notices - 1

    # Accept: mentor i takes youth i's request, pressing again until it is theirs.
    for mentor, youth in zip(MENTORS, YOUTHS, strict=True):
        request_id = ids[youth]

        async def accept(mentor: int = mentor, request_id: int = request_id) -> None:
            await flow.press(mentor, f"req:acc:{request_id}", notice_of(flow, mentor, request_id))

        async def accepted(request_id: int = request_id, mentor: int = mentor) -> bool:
            request = await flow.db.requests.get(request_id)
            return bool(request.status == "accepted" and request.accepted_by == mentor)

        tries["accept"] += await until(accept, accepted)
    await flow.settle()
    for mentor, youth in zip(MENTORS, YOUTHS, strict=True):
        told = count(flow, youth, "a accepté ta demande")
        assert told >= 1, youth  # nobody left untold
        duplicates["youth told"] += told - 1
        link = await flow.db.links.active_of_youth(youth)
        assert link is not None and link.mentor_id == mentor

    # Relay both ways: a message is sent again until it reached the other side.
    for mentor, youth in zip(MENTORS, YOUTHS, strict=True):
        for sender, receiver, text in (
            (youth, mentor, f"Bonjour de {youth}"),
            (mentor, youth, f"Salut de {mentor}"),
        ):

            async def write(sender: int = sender, text: str = text) -> None:
                await flow.send(sender, text)

            async def arrived(receiver: int = receiver, text: str = text) -> bool:
                await flow.settle()
                return count(flow, receiver, text) > 0

            tries["relay"] += await until(write, arrived)
            duplicates["relayed"] += count(flow, receiver, text) - 1

    # Safety net: crisis words once; the numbers and the alert arrive, never an "Oups".
    youth = YOUTHS[0]
    oups_before = count(flow, youth, OUPS)
    await flow.send(youth, CRISIS)
    assert count(flow, youth, OUPS) == oups_before, "an Oups for a crisis message"
    await flow.settle()
    assert count(flow, youth, "La Main Tendue") >= 1
    alerts = count(flow, COPIL, "Alerte du filet")
    assert alerts >= 1
    duplicates["safety"] += alerts - 1 + count(flow, youth, "La Main Tendue") - 1

    # Broadcast to every mentor and peer helper: each gets it once.
    await flow.db.broadcasts.create(author_id=COPIL, team_id=1, audience="everyone", text="Infos")
    await flow.settle()
    for chat in (*MENTORS, 3001):
        got = count(flow, chat, "Infos")
        assert got >= 1, chat
        duplicates["broadcast"] += got - 1

    flow.tg.stop_faults()
    states = await outbox_states(flow)
    assert set(states) <= {"sent", "cancelled"}, states  # nothing failed, nothing waits
    faults = Counter(kind for (_m, kind) in flow.tg.fault_counts.elements())
    lost_sends = sum(flow.tg.fault_counts[(m, "lost")] for m in SEND_METHODS)
    print(
        f"\nfaults injected: {dict(faults)} over {sum(flow.tg.stats.values())} calls;"
        f" tries by people: {dict(tries)}; duplicates: {dict(duplicates)};"
        f" lost answers on sends: {lost_sends}; outbox: {dict(states)}"
    )
    assert sum(faults.values()) > 0
    # Nothing done twice but what a lost answer made the bot send again, once.
    assert sum(duplicates.values()) <= lost_sends
