"""Telegram's HTML parse mode: the subset it accepts, turned into plain text and entities.

Offsets and lengths count UTF-16 code units, as the Bot API does, so emoji shift them like
on a real phone. Anything Telegram refuses is refused here with its own wording."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

# tag -> entity type; `a`, `span`, `pre`/`code` and `blockquote` are handled by attributes.
SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
    "a": "text_link",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}


class HtmlError(ValueError):
    """Telegram's "can't parse entities" error."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.length = 0  # UTF-16 units so far
        self.open: list[tuple[str, int, dict[str, Any]]] = []
        self.entities: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SIMPLE:
            raise HtmlError(f'Unsupported start tag "{tag}"')
        values = {k: v or "" for k, v in attrs}
        entity: dict[str, Any] = {"type": SIMPLE[tag]}
        if tag == "a":
            if not values.get("href"):
                entity = {"type": "_skip"}
            else:
                entity["url"] = values["href"]
        elif tag == "span" and values.get("class") != "tg-spoiler":
            raise HtmlError('Unsupported start tag "span"')
        elif tag == "code" and self.open and self.open[-1][0] == "pre":
            language = values.get("class", "").removeprefix("language-")
            if language:
                self.open[-1][2]["language"] = language
            entity = {"type": "_skip"}
        elif tag == "blockquote" and "expandable" in values:
            entity["type"] = "expandable_blockquote"
        elif tag == "tg-emoji":
            entity["custom_emoji_id"] = values.get("emoji-id", "")
        self.open.append((tag, self.length, entity))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1][0] != tag:
            raise HtmlError(f'Unmatched end tag "{tag}"')
        _, start, entity = self.open.pop()
        if entity["type"] != "_skip" and self.length > start:
            self.entities.append({**entity, "offset": start, "length": self.length - start})

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        self.length += utf16_len(data)


def parse(html: str) -> tuple[str, list[dict[str, Any]]]:
    """(text, entities) as Telegram would store them; HtmlError when it would refuse."""
    parser = _Parser()
    parser.feed(html)
    parser.close()
    if parser.open:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{parser.open[-1][0]}"')
    entities = sorted(parser.entities, key=lambda e: (e["offset"], -e["length"]))
    return "".join(parser.text), entities


def render(text: str, entities: list[dict[str, Any]]) -> str:
    """Back to HTML: what a chat pane shows, escaped, with Telegram's formatting."""
    tags = {
        "bold": "b",
        "italic": "i",
        "underline": "u",
        "strikethrough": "s",
        "code": "code",
        "pre": "pre",
        "spoiler": "tg-spoiler",
        "blockquote": "blockquote",
        "expandable_blockquote": "blockquote",
    }
    marks: dict[int, list[str]] = {}
    for entity in entities:
        kind = entity["type"]
        if kind == "text_link":
            url = entity["url"].replace("&", "&amp;").replace('"', "&quot;")
            opening, closing = f'<a href="{url}">', "</a>"
        elif kind in tags:
            opening, closing = f"<{tags[kind]}>", f"</{tags[kind]}>"
        else:
            continue
        marks.setdefault(entity["offset"], []).append(opening)
        marks.setdefault(entity["offset"] + entity["length"], []).insert(0, closing)
    out: list[str] = []
    position = 0
    for char in text:
        out.extend(marks.get(position, []))
        out.append({"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(char, char))
        position += utf16_len(char)
    out.extend(marks.get(position, []))
    return "".join(out)
