"""/people (COPIL): the team's people by role, a page at a time, a search by name
(`/people Camille`), and (de)activating someone.

Buttons carry a team, a role, a page or a person's id; every press re-checks that the
presser is an active COPIL member who manages that team or person, and that the page
exists."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.pages import PAGE_SIZE, nav_row, page_number
from storage.models import Person, Role

Screen = tuple[str, InlineKeyboardMarkup | None]


async def people(update: Update, context: Context) -> None:
    """The team's roles (or, for a programme-wide COPIL member, which team); with words
    after the command, the people whose name holds them."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    wanted = " ".join(context.args or []).strip()
    if wanted:
        text, markup = await _search(context, me, _, wanted[:64])
    else:
        text, markup = await _teams_or_roles(context, me, _, None)
    await message.reply_text(text, reply_markup=markup)


async def people_button(update: Update, context: Context) -> None:
    """people:team:<id>, people:list:<team>:<role>:<page>, people:off:<person>,
    people:offok:<person>, people:on:<person>."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    action, arg = [*parts, "", ""][1:3]
    if not is_id(arg) or action not in ("team", "list", "off", "offok", "on"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    db = context.bot_data.db
    if action in ("team", "list"):
        if not me.sees_team(int(arg)) or await db.teams.get(int(arg)) is None:
            await answer_press(query, _("not-allowed"), show_alert=True)
            return
        screen: Screen | None
        if action == "team":
            screen = await _teams_or_roles(context, me, _, int(arg))
        else:
            role, raw_page = [*parts, "", ""][3:5]
            screen = await _page(context, me, _, int(arg), role, raw_page)
        if screen is None:
            await answer_press(query, _("page-gone"), show_alert=True)
            return
        await answer_press(query)
        await edit_message(query, screen[0], reply_markup=screen[1])
        return
    target = await db.people.get(int(arg))
    if target is None or target.team_id is None or not _may_manage(context, me, target):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    await answer_press(query)
    name = html.escape(target.display_name)
    back = f"people:list:{target.team_id}:{target.role}:0"
    if action == "off":
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _("people-deactivate-yes"),
                        callback_data=f"people:offok:{target.telegram_id}",
                    )
                ],
                [InlineKeyboardButton(_("button-back"), callback_data=back)],
            ]
        )
        await edit_message(query, _("people-deactivate-confirm", name=name), reply_markup=buttons)
        return
    active = action == "on"
    if await db.people.set_active(target.telegram_id, active):
        await db.audit.record(
            me.telegram_id, "reactivate" if active else "deactivate", target.telegram_id
        )
    listed = await _page(context, me, _, target.team_id, target.role, "0")
    text, markup = listed or ("", None)
    done = _("people-reactivated" if active else "people-deactivated", name=name)
    await edit_message(query, done + "\n\n" + text, reply_markup=markup)


def _may_manage(context: Context, me: Person, target: Person) -> bool:
    if target.telegram_id == me.telegram_id or target.team_id is None:
        return False
    if target.telegram_id in context.bot_data.settings.copil_ids:
        return False
    return me.sees_team(target.team_id)


async def _teams_or_roles(context: Context, me: Person, _: Texts, team_id: int | None) -> Screen:
    """Which team (programme-wide), or the team's count of each role, one button each."""
    db = context.bot_data.db
    teams = [t for t in await db.teams.all() if me.sees_team(t.id)]
    if team_id is None and len(teams) == 1:
        team_id = teams[0].id
    if team_id is None:
        rows = [[InlineKeyboardButton(t.name, callback_data=f"people:team:{t.id}")] for t in teams]
        return _("people-which-team"), InlineKeyboardMarkup(rows)
    team = next(t for t in teams if t.id == team_id)
    counts = await db.people.count_by_role(team_id)
    paused = await db.silence.paused(team_id)
    lines = [_("people-title", team=html.escape(team.name))]
    if sum(counts.values()) <= PAGE_SIZE:  # a small team fits on one screen, by role
        members = await db.people.in_team(team_id)
        for role in Role:
            of_role = [p for p in members if p.role == role]
            if of_role:
                lines.append(_lines(f"\n<b>{_(f'roles-{role}')}</b>", of_role, _, paused))
        if not members:
            lines.append(_("people-none"))
        buttons = _person_rows(context, me, _, members)
        return "\n".join(lines), InlineKeyboardMarkup(buttons) if buttons else None
    rows = []
    for role in Role:
        if counts.get(role):
            label = _("people-role-count", role=_(f"roles-{role}"), count=counts[role])
            lines.append(label)
            rows.append(
                [InlineKeyboardButton(label, callback_data=f"people:list:{team_id}:{role}:0")]
            )
    if paused:  # the COPIL sees who asked for no new requests for now
        lines.append(_("people-paused-count", count=len(paused)))
    lines.append(_("people-search-hint") if rows else _("people-none"))
    return "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None


async def _page(
    context: Context, me: Person, _: Texts, team_id: int, raw_role: str, raw_page: str
) -> Screen | None:
    """One page of a role in a team; None if that role or page does not exist now."""
    db = context.bot_data.db
    if raw_role not in tuple(Role):
        return None
    role = Role(raw_role)
    team = await db.teams.get(team_id)
    total = (await db.people.count_by_role(team_id)).get(role, 0)
    number = page_number(raw_page, total)
    if team is None or number is None:
        return None
    found = await db.people.page_in_team(team_id, role, number * PAGE_SIZE, PAGE_SIZE)
    title = _(
        "people-page-title", team=html.escape(team.name), role=_(f"roles-{role}"), count=total
    )
    prefix = f"people:list:{team_id}:{role}:"
    rows = _person_rows(context, me, _, found)
    rows.append(nav_row(prefix, number, total, _))
    rows.append([InlineKeyboardButton(_("button-back"), callback_data=f"people:team:{team_id}")])
    paused = await db.silence.paused(team_id)
    return _lines(title, found, _, paused), InlineKeyboardMarkup([r for r in rows if r])


async def _search(context: Context, me: Person, _: Texts, wanted: str) -> Screen:
    """The first PAGE_SIZE people whose name holds `wanted`, in the teams this member sees."""
    db = context.bot_data.db
    team_ids = None if me.programme_wide else [me.team_id or 0]
    total, found = await db.people.search(team_ids, wanted, PAGE_SIZE)
    if not found:
        return _("people-search-none", text=html.escape(wanted)), None
    title = _("people-search-title", text=html.escape(wanted), count=total)
    rows = _person_rows(context, me, _, found)
    paused = await db.silence.paused()
    return _lines(title, found, _, paused), InlineKeyboardMarkup(rows) if rows else None


def _lines(title: str, found: list[Person], _: Texts, paused: set[int]) -> str:
    lines = [title]
    for person in found:
        mark = "" if person.active else " " + _("people-inactive-mark")
        if person.telegram_id in paused:
            mark += " " + _("people-paused-mark")
        if person.blocked:  # their notices wait for their return
            mark += " " + _("people-blocked-mark")
        lines.append(f"• {html.escape(person.display_name)}{mark}")
    return "\n".join(lines)


def _person_rows(
    context: Context, me: Person, _: Texts, found: list[Person]
) -> list[list[InlineKeyboardButton]]:
    rows = []
    for person in found:
        if _may_manage(context, me, person):
            action = "off" if person.active else "on"
            label = _(f"people-button-{action}", name=person.display_name)
            rows.append(
                [InlineKeyboardButton(label, callback_data=f"people:{action}:{person.telegram_id}")]
            )
    return rows
