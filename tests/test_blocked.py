"""Someone who blocked the bot (Telegram answers 403): they are marked, their notices wait
(held, never tried meanwhile, never lost), the COPIL sees it in /people, a youth's mentor is
told once, and their next message clears the mark and brings what waited."""

from __future__ import annotations

from bot.sending import ready
from tests.conftest import COPIL, Flow
from tests.test_relay import MARC, YOUTH, _linked
from tests.youth_steps import make_mentor

BLOCKED = "a bloqué le bot"


def told_of_block(flow: Flow) -> int:
    return sum("n'arrivent plus à" in m.get("text", "") for m in flow.tg.bot_messages(MARC))


async def test_a_youth_who_blocked_the_bot_is_marked_and_gets_what_waited_on_return(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    flow.tg.block(YOUTH)
    await flow.db.outbox.add([ready(YOUTH, "Première nouvelle", key="t:1")])
    await flow.settle()
    assert (await flow.db.outbox.delivery("t:1")).status == "held"  # type: ignore[union-attr]
    assert (await flow.db.people.get(YOUTH)).blocked  # type: ignore[union-attr]
    assert told_of_block(flow) == 1
    assert "Zoé" in flow.text(MARC)  # the name the mentor knows them by
    # Held at once from now on: no call Telegram would refuse, nothing lost.
    await flow.db.outbox.add([ready(YOUTH, "Deuxième nouvelle", key="t:2")])
    assert (await flow.db.outbox.delivery("t:2")).status == "held"  # type: ignore[union-attr]
    await flow.settle()
    assert told_of_block(flow) == 1  # once
    await flow.send(COPIL, "/people")
    line = next(x for x in flow.text(COPIL).splitlines() if BLOCKED in x)
    assert "Marc" not in line  # the youth's line, not the mentor's
    # They write again: the mark goes and both notices arrive, in order.
    await flow.send(YOUTH, "coucou")
    await flow.settle()
    texts = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert texts.index("Première nouvelle") < texts.index("Deuxième nouvelle")
    assert not (await flow.db.people.get(YOUTH)).blocked  # type: ignore[union-attr]
    await flow.send(COPIL, "/people")
    assert BLOCKED not in flow.text(COPIL)


async def test_a_chat_that_is_nobodys_stays_unreachable(flow: Flow) -> None:
    flow.tg.block(4242)  # fictitious: never signed up
    await flow.tg.user(4242, first_name="Inconnu")
    await flow.db.outbox.add([ready(4242, "?", key="t:x")])
    await flow.settle()
    assert (await flow.db.outbox.delivery("t:x")).status == "unreachable"  # type: ignore[union-attr]


async def test_who_comes_back_late_gets_what_still_stands_not_the_old_questions(
    flow: Flow,
) -> None:
    await make_mentor(flow, MARC, "Marc")
    await _linked(flow)
    flow.tg.block(YOUTH)
    await flow.db.outbox.add([ready(YOUTH, "Nouvelle de Marc", key="t:news")])
    await flow.settle()
    for _ in range(60):  # two months away: a check-in question every two weeks, all held
        await flow.later(days=1)
    await flow.settle()
    asked = await flow.db.outbox.deliveries("checkin:")
    assert [d.status for d in asked] == ["held"] * 4
    await flow.send(YOUTH, "coucou")
    await flow.settle()
    texts = [m.get("text", "") for m in flow.tg.bot_messages(YOUTH)]
    assert "Nouvelle de Marc" in texts  # news that still stands arrives however late
    # Only the question of these two weeks: the three before it expired unsent.
    assert sum("Comment ça va en ce moment" in t for t in texts) == 1
    asked = await flow.db.outbox.deliveries("checkin:")
    assert [d.status for d in asked] == ["cancelled"] * 3 + ["sent"]
