"""The general outbox: notices written with the change that causes them, worded when sent in
the recipient's language and register, once per key, by priority, retried, message id kept."""

from __future__ import annotations

import pytest

from bot.sending import fluent, queued, ready
from storage.models import Role
from storage.outbox import Priority
from tests.conftest import Flow
from tests.test_broadcast import TEAM_COPIL, person

MENTOR, YOUTH, EN_YOUTH = 2101, 1101, 1102  # fictitious


async def people(flow: Flow) -> None:
    await person(flow, TEAM_COPIL, Role.COPIL, 1)
    await person(flow, MENTOR, Role.MENTOR, 1)
    await person(flow, YOUTH, Role.YOUTH, 1)
    await person(flow, EN_YOUTH, Role.YOUTH, 1)
    await flow.db.people.set_language(EN_YOUTH, "en")


async def test_a_notice_is_worded_for_its_recipient_sent_once_and_its_id_kept(
    flow: Flow,
) -> None:
    await people(flow)
    notices = [
        fluent(YOUTH, "request-accepted", key="t:1", name="Sam"),
        fluent(EN_YOUTH, "request-accepted", key="t:2", name="Sam"),
        fluent(MENTOR, "request-you-accepted", key="t:3", name="Lou"),
    ]
    assert await flow.db.outbox.add(notices) == 3
    assert await flow.db.outbox.add(notices) == 0  # the same keys again: nothing new
    await flow.settle()
    assert flow.text(YOUTH).startswith("Bonne nouvelle : Sam a accepté ta demande")
    assert flow.text(EN_YOUTH).startswith("Good news: Sam accepted your request")
    assert flow.text(MENTOR).startswith("Vous avez accepté la demande de Lou")  # « vous »
    delivery = await flow.db.outbox.delivery("t:1")
    assert delivery is not None and delivery.status == "sent"
    assert delivery.message_id == flow.last(YOUTH)["message_id"]
    assert [d.key for d in await flow.db.outbox.deliveries("t:")] == ["t:1", "t:2", "t:3"]
    await flow.db.outbox.add(notices)
    await flow.settle()
    assert sum("Sam a accepté" in m["text"] for m in flow.tg.bot_messages(YOUTH)) == 1


async def test_ready_text_and_buttons_go_as_they_are(flow: Flow) -> None:
    await people(flow)
    await flow.db.outbox.add(
        [ready(MENTOR, "<b>Prêt</b>", key="r:1", buttons=[[("Oui", "x:1"), ("Non", "x:2")]])]
    )
    await flow.settle()
    assert flow.text(MENTOR) == "Prêt"
    assert flow.buttons(MENTOR) == {"Oui": "x:1", "Non": "x:2"}


async def test_safety_goes_before_personal_notices_before_broadcasts(flow: Flow) -> None:
    await people(flow)
    await flow.db.broadcasts.create(
        author_id=TEAM_COPIL, team_id=1, audience="mentors", text="Nouvelles"
    )
    await flow.db.outbox.add([ready(YOUTH, "perso", key="p")])
    await flow.db.outbox.add([ready(MENTOR, "alerte", key="s", priority=Priority.SAFETY)])
    order = [item.key or "bulk" for item in await flow.db.outbox.claim_many(10)]
    assert order == ["s", "p", "bulk"]


async def test_transient_errors_are_retried_and_403_holds_it(flow: Flow) -> None:
    await people(flow)
    flow.tg.inject_error(502, "Bad Gateway")
    flow.tg.block(EN_YOUTH)
    await flow.db.outbox.add([ready(YOUTH, "tenace", key="a"), ready(EN_YOUTH, "bloqué", key="b")])
    await flow.deliver()
    # A person who blocked the bot: held for their return (tests/test_blocked.py).
    assert [d.status for d in await flow.db.outbox.deliveries("")] == ["pending", "held"]
    await flow.settle()
    assert flow.text(YOUTH) == "tenace"
    assert (await flow.db.outbox.delivery("a")).status == "sent"  # type: ignore[union-attr]


async def test_a_personal_notice_gives_up_but_a_safety_one_never_does(flow: Flow) -> None:
    await people(flow)
    flow.tg.inject_faults({"sendMessage": 1.0}, kinds=("500",))
    await flow.db.outbox.add(
        [
            ready(YOUTH, "perso", key="p"),
            ready(MENTOR, "alerte", key="s", priority=Priority.SAFETY),
        ]
    )
    for _ in range(40):
        await flow.deliver()
        flow.clock.advance(minutes=20)
    assert (await flow.db.outbox.delivery("p")).status == "failed"  # type: ignore[union-attr]
    assert (await flow.db.outbox.delivery("s")).status == "pending"  # type: ignore[union-attr]
    flow.tg.stop_faults()
    await flow.settle()
    assert flow.text(MENTOR) == "alerte"


async def test_a_notice_no_longer_wanted_is_cancelled_unsent(flow: Flow) -> None:
    await people(flow)

    async def never(item: object) -> None:
        return None

    flow.app.bot_data.outbox.kinds["gone"] = never  # type: ignore[assignment]
    from storage.outbox import Notice

    await flow.db.outbox.add([Notice(YOUTH, "gone", "g")])
    before = len(flow.tg.bot_messages(YOUTH))
    await flow.settle()
    assert (await flow.db.outbox.delivery("g")).status == "cancelled"  # type: ignore[union-attr]
    assert len(flow.tg.bot_messages(YOUTH)) == before


async def test_a_change_and_its_notices_are_kept_or_lost_together(flow: Flow) -> None:
    await people(flow)
    with pytest.raises(RuntimeError):
        async with flow.db.atomic():
            await flow.db.outbox.add([ready(YOUTH, "jamais", key="x")])
            await flow.db.people.set_language(YOUTH, "en")
            raise RuntimeError("the change failed half-way")
    assert await flow.db.outbox.delivery("x") is None
    assert (await flow.db.people.get(YOUTH)).language == "fr"  # type: ignore[union-attr]


async def test_a_failed_transaction_sends_nothing_and_a_committed_one_kicks_once(
    flow: Flow,
) -> None:
    await people(flow)
    flow.kick_after_updates = False
    before = len(flow.tg.bot_messages(YOUTH))
    with pytest.raises(RuntimeError):
        async with queued(flow.app) as q:
            await flow.db.people.set_language(YOUTH, "en")
            await q.add([ready(YOUTH, "jamais", key="lost")])
            raise RuntimeError("the change failed after its notice was written")
    assert await flow.db.outbox.delivery("lost") is None  # rolled back with the change
    assert (await flow.db.people.get(YOUTH)).language != "en"
    assert "outbox:notices" not in flow.job_names()  # and no kick
    await flow.settle()
    assert len(flow.tg.bot_messages(YOUTH)) == before
    # A helper's `queued` inside the handler's joins it: one transaction, one kick after it.
    async with queued(flow.app) as q:
        await q.add([ready(YOUTH, "un", key="k:1")])
        async with queued(flow.app) as inner:
            assert inner is q
            await inner.add([ready(MENTOR, "deux", key="k:2")])
        assert "outbox:notices" not in flow.job_names()  # not yet committed
    assert flow.job_names().count("outbox:notices") == 1
    await flow.settle()
    assert flow.text(YOUTH) == "un" and flow.text(MENTOR) == "deux"
