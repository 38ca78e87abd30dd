"""The page's own words (buttons, labels, titles) in the viewer's language, from the same
Fluent files as the bot's (locales/<language>/sandbox.ftl). The sandbox imports nothing of
the bot, so it reads that one file itself."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

LOCALES = Path(__file__).resolve().parents[1] / "locales"
DEFAULT = "fr"  # the programme's first language, for a browser that names none
FOREIGN = "en"  # for a browser that names only languages Lien does not speak
RIGHT_TO_LEFT = {"ar"}
# What the page fills in itself, kept as {name} in the texts it is given.
PLACEABLES = ("error", "name", "count", "command", "time")
# One entry of Accept-Language: "fr-CH", "en;q=0.8" (RFC 9110); anything else is skipped.
RANGE = re.compile(r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9-]*)?\s*(?:;\s*q=([01](?:\.\d{0,3})?))?\s*")


def languages() -> list[str]:
    return sorted(p.parent.name for p in LOCALES.glob("*/sandbox.ftl"))


def choose(accept_language: str | None) -> str:
    """The first of the browser's languages (by its q-values) that Lien speaks."""
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        found = RANGE.fullmatch(part)
        if found:
            quality = float(found.group(2)) if found.group(2) else 1.0
            wanted.append((-quality, position, found.group(1).lower()))
    if not wanted:
        return DEFAULT
    spoken = languages()
    return next((lang for q, _p, lang in sorted(wanted) if q < 0 and lang in spoken), FOREIGN)


@cache
def texts(language: str) -> dict[str, str]:
    """Every `sandbox-*` text of the language, its placeables left as {name}."""
    path = LOCALES / language / "sandbox.ftl"
    source = path.read_text(encoding="utf-8")
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(FluentResource(source))
    placeholders = {name: f"{{{name}}}" for name in PLACEABLES}
    out: dict[str, str] = {}
    for key in re.findall(r"^(sandbox-[a-z-]+) =", source, re.M):
        message = bundle.get_message(key)
        assert message.value is not None, key
        text, errors = bundle.format_pattern(message.value, placeholders)
        if errors:
            raise ValueError(f"{path}: {key}: {errors}")
        out[key.removeprefix("sandbox-")] = str(text)
    return out
