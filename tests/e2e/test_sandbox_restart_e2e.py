"""`make run` stopped and started again on the same sandbox database (review 10.13): the
sandbox keeps counting update ids, so the bot answers from the first message on, and the
page finds each chat's history."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from aiohttp import ClientSession

from tests.e2e.test_page_e2e import INES, Person, SandboxRun


async def test_a_restarted_sandbox_never_reuses_an_update_id_and_keeps_the_chats(
    tmp_path: Path,
) -> None:
    first = SandboxRun(tmp_path)
    await first.start()
    async with ClientSession() as session:
        ines = Person(first, session, INES)
        await ines.types("/start", "Choisis ta langue")
        await ines.types("/help", "Pour commencer")
    await first.stop()
    kept = json.loads((tmp_path / "lien-sandbox.db.chats.json").read_text())
    assert kept["reserved_update_ids"] >= 2

    again = SandboxRun(tmp_path)
    await again.start()
    try:
        async with ClientSession() as session:
            ines = Person(again, session, INES)
            before = await ines.messages()
            # The page shows the history from before the restart.
            assert [m.get("text") for m in before][:2] == ["/start", before[1]["text"]]
            assert "Choisis ta langue" in before[1]["text"]
            await ines.types("/language")
            for _ in range(250):  # answered, although the bot has seen ids 1 and 2 before
                after = await ines.messages()
                if len(after) == len(before) + 2:
                    break
                await asyncio.sleep(0.04)
            assert "Choisis ta langue" in after[-1]["text"], after
    finally:
        await again.stop()
    output = "".join(first.output + again.output)
    assert "Traceback" not in output and "update ids went back" not in output, output
