"""A local Telegram for Lien: the Bot API the bot talks to, and the people tests play."""

from sandbox.core import ApiError, FloodLimits, Telegram
from sandbox.request import SandboxRequest
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
