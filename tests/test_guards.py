"""Guards that always stop: a refused update stops whether or not the refusal could be sent;
group chats get one answer an hour, then the bot leaves (issue 11, issue 10 item 11)."""

from __future__ import annotations

from tests.conftest import COPIL, Flow

YOUTH = 1001
GROUP = -100777


async def _in_group(flow: Flow, text: str, user: int = YOUTH) -> None:
    await flow.send(user, text, chat_id=GROUP, chat_type="group", chat_title="Foot")


def _group_messages(flow: Flow) -> list[dict[str, object]]:
    return flow.tg.bot_messages(GROUP)


async def test_mydata_in_a_group_posts_nothing_even_when_the_refusal_fails(flow: Flow) -> None:
    await flow.join(YOUTH)
    flow.tg.inject_error(500, "Internal Server Error")  # the "write privately" answer fails
    await _in_group(flow, "/mydata")
    assert _group_messages(flow) == []
    assert flow.tg.stats["sendDocument"] == 0


async def test_people_in_a_group_shows_no_team_chooser_when_the_refusal_fails(
    flow: Flow,
) -> None:
    flow.tg.inject_error(502, "Bad Gateway")
    await _in_group(flow, "/people", user=COPIL)
    assert _group_messages(flow) == []


async def test_a_group_gets_one_answer_an_hour_then_the_bot_leaves(flow: Flow) -> None:
    await _in_group(flow, "/start")
    assert [m["text"] for m in _group_messages(flow)] == [
        "Pour me parler, c'est en privé : ici, tout le monde peut lire."
    ]
    await _in_group(flow, "bonjour tout le monde")  # the members' own talk: not counted
    for _ in range(4):
        await _in_group(flow, "/help")
    assert len(_group_messages(flow)) == 1 and GROUP not in flow.tg.left
    flow.clock.advance(hours=1)  # a new hour: one answer again
    await _in_group(flow, "/help")
    assert len(_group_messages(flow)) == 2
    for _ in range(5):  # kept being used: the bot leaves
        await _in_group(flow, "/help")
    assert GROUP in flow.tg.left and len(_group_messages(flow)) == 2
    await _in_group(flow, "/help")  # no longer reaches the bot
    assert flow.tg.stats["leaveChat"] == 1


async def test_a_deactivated_person_stays_out_even_when_the_answer_fails(flow: Flow) -> None:
    await flow.join(YOUTH)
    await flow.db.people.set_active(YOUTH, False)
    before = len(flow.tg.bot_messages(YOUTH))
    flow.tg.inject_error(500, "Internal Server Error")
    await flow.send(YOUTH, "/request")
    assert len(flow.tg.bot_messages(YOUTH)) == before
    await flow.send(YOUTH, "/request")
    assert "accès à Lien est fermé" in flow.text(YOUTH)


async def test_a_deactivated_person_sending_a_blank_message_is_told_access_is_closed(
    flow: Flow,
) -> None:
    await flow.join(YOUTH)
    await flow.db.people.set_active(YOUTH, False)
    await flow.send(YOUTH, "   ")
    assert "accès à Lien est fermé" in flow.text(YOUTH)
    assert "Oups" not in flow.text(YOUTH)
