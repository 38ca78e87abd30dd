"""Lists that grow are shown a page at a time: at most PAGE_SIZE items, ◀ ▶ below.

A page number comes back in callback data, so it is parsed like an id and checked against
the list as it is now: a forged or outdated page is answered, never shown empty."""

from __future__ import annotations

from telegram import InlineKeyboardButton

from bot.i18n import Texts
from bot.ids import is_id

PAGE_SIZE = 10


def pages(total: int) -> int:
    """How many pages `total` items fill (at least one, possibly empty)."""
    return max(1, -(-total // PAGE_SIZE))


def page_number(raw: str, total: int) -> int | None:
    """The page asked for, if it exists for `total` items now."""
    if not is_id(raw):
        return None
    number = int(raw)
    return number if number < pages(total) else None


def nav_row(prefix: str, number: int, total: int, _: Texts) -> list[InlineKeyboardButton]:
    """◀ n/N ▶ for a list of more than one page (nothing otherwise); `prefix` + a page
    number is the callback data of each arrow."""
    count = pages(total)
    if count == 1:
        return []
    row = []
    if number > 0:
        row.append(InlineKeyboardButton(_("page-prev"), callback_data=f"{prefix}{number - 1}"))
    label = _("page-of", page=number + 1, pages=count)
    row.append(InlineKeyboardButton(label, callback_data=f"{prefix}{number}"))
    if number < count - 1:
        row.append(InlineKeyboardButton(_("page-next"), callback_data=f"{prefix}{number + 1}"))
    return row
