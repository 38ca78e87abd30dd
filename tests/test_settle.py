"""Once started, the bot's objects of start-up are out of the garbage collector's reach: a
full collection walked them all (214,000 at national size, 230-400 ms on a loaded 2-core
machine) in the middle of whichever update triggered it."""

from __future__ import annotations

import gc
import importlib

from bot.startup import settle
from tests.conftest import Flow


async def test_start_ups_objects_are_not_walked_by_a_full_collection(flow: Flow) -> None:
    started = flow.app  # the application, its handlers and translations
    try:
        settle()
        assert gc.get_freeze_count() > 0
        assert not any(o is started for o in gc.get_objects())
    finally:
        gc.unfreeze()  # the rest of the suite builds and drops many applications
    assert any(o is started for o in gc.get_objects())


def test_python_m_bot_starts_with_the_collector_off_and_settle_turns_it_on() -> None:
    """Start-up's objects were walked by collection after collection while they were made
    (0.5 s of CPU of each cold start): `python -m bot` turns the collector off before its
    imports, and settle() on again, once they are frozen."""
    import bot.__main__ as main

    try:
        importlib.reload(main)  # runs the module's first lines, as `python -m bot` does
        assert not gc.isenabled()
        settle()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
