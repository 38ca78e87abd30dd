"""A local Telegram for Lien: the Bot API the bot talks to, and the people tests play."""

from typing import TYPE_CHECKING

from sandbox.core import ApiError, FloodLimits, Telegram
from sandbox.request import SandboxRequest

if TYPE_CHECKING:
    from sandbox.server import PageHooks, make_app, start_server

__all__ = [
    "ApiError",
    "FloodLimits",
    "PageHooks",
    "SandboxRequest",
    "Telegram",
    "make_app",
    "start_server",
]


def __getattr__(name: str) -> object:
    """The HTTP server (aiohttp) only when asked for: tests and benchmarks that talk to the
    sandbox in-process do not load it, and a cold start measured so counts the bot alone."""
    if name in ("PageHooks", "make_app", "start_server"):
        from sandbox import server

        return getattr(server, name)
    raise AttributeError(f"module 'sandbox' has no attribute {name!r}")
