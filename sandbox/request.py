"""The bot's HTTP layer replaced by a direct call into the sandbox, for fast flow tests.

Everything above it is the real python-telegram-bot: serialisation, Bot methods, errors
raised from Telegram's answers, the rate limiter."""

from __future__ import annotations

import json
import re
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from sandbox.core import Dropped, StoredFile, Telegram

_API = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>\w+)$")
_FILE = re.compile(r"/file/bot(?P<token>[^/]+)/(?P<path>.+)$")


class SandboxRequest(BaseRequest):
    def __init__(self, telegram: Telegram) -> None:
        self.telegram = telegram

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if found := _FILE.search(url):
            data = self.telegram.file_bytes(found["path"])
            if found["token"] != self.telegram.token or data is None:
                return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
            return 200, data
        found = _API.search(url)
        if found is None:
            return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        files: dict[str, StoredFile] = {}
        if request_data is not None:
            for name, (filename, content, mime) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[name] = StoredFile(data, filename, mime)
        try:
            status, body = await self.telegram.call(found["token"], found["method"], params, files)
        except Dropped:  # what httpx would say once its read timeout passed
            raise TimedOut from None
        return status, json.dumps(body).encode()
