"""/people (COPIL): the team's people by role, and (de)activating someone.

Buttons carry a person's id; every press re-checks that the presser is an active COPIL
member who manages that person's team."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import require
from bot.i18n import Texts
from bot.ids import is_id
from storage.models import Person, Role


async def people(update: Update, context: Context) -> None:
    """List the team (or, for a programme-wide COPIL member, ask which team)."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    text, markup = await _screen(context, me, _, None)
    await message.reply_text(text, reply_markup=markup)


async def people_button(update: Update, context: Context) -> None:
    """people:team:<id>, people:off:<person>, people:offok:<person>, people:on:<person>."""
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None:
        return
    _ = texts(update, context, me)
    _prefix, action, arg = ((query.data or "") + "::").split(":")[:3]
    if not is_id(arg.removeprefix("-")) or action not in ("team", "off", "offok", "on"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    db = context.bot_data.db
    if action == "team":
        if not me.sees_team(int(arg)) or await db.teams.get(int(arg)) is None:
            await answer_press(query, _("not-allowed"), show_alert=True)
            return
        await answer_press(query)
        text, markup = await _screen(context, me, _, int(arg))
        await edit_message(query, text, reply_markup=markup)
        return
    target = await db.people.get(int(arg))
    if target is None or not _may_manage(context, me, target):
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    await answer_press(query)
    name = html.escape(target.display_name)
    if action == "off":
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _("people-deactivate-yes"),
                        callback_data=f"people:offok:{target.telegram_id}",
                    )
                ],
                [
                    InlineKeyboardButton(
                        _("button-back"), callback_data=f"people:team:{target.team_id}"
                    )
                ],
            ]
        )
        await edit_message(query, _("people-deactivate-confirm", name=name), reply_markup=buttons)
        return
    active = action == "on"
    if await db.people.set_active(target.telegram_id, active):
        await db.audit.record(
            me.telegram_id, "reactivate" if active else "deactivate", target.telegram_id
        )
    text, markup = await _screen(context, me, _, target.team_id)
    done = _("people-reactivated" if active else "people-deactivated", name=name)
    await edit_message(query, done + "\n\n" + text, reply_markup=markup)


def _may_manage(context: Context, me: Person, target: Person) -> bool:
    if target.telegram_id == me.telegram_id or target.team_id is None:
        return False
    if target.telegram_id in context.bot_data.settings.copil_ids:
        return False
    return me.sees_team(target.team_id)


async def _screen(
    context: Context, me: Person, _: Texts, team_id: int | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    db = context.bot_data.db
    teams = [t for t in await db.teams.all() if me.sees_team(t.id)]
    if team_id is None and len(teams) == 1:
        team_id = teams[0].id
    if team_id is None:
        rows = [[InlineKeyboardButton(t.name, callback_data=f"people:team:{t.id}")] for t in teams]
        return _("people-which-team"), InlineKeyboardMarkup(rows)
    team = next(t for t in teams if t.id == team_id)
    members = await db.people.in_team(team_id)
    lines = [_("people-title", team=html.escape(team.name))]
    buttons = []
    for role in Role:
        of_role = [p for p in members if p.role == role]
        if not of_role:
            continue
        lines.append(f"\n<b>{_(f'roles-{role}')}</b>")
        for person in of_role:
            mark = "" if person.active else " " + _("people-inactive-mark")
            lines.append(f"• {html.escape(person.display_name)}{mark}")
            if _may_manage(context, me, person):
                action = "off" if person.active else "on"
                label = _(f"people-button-{action}", name=person.display_name)
                buttons.append(
                    [
                        InlineKeyboardButton(
                            label, callback_data=f"people:{action}:{person.telegram_id}"
                        )
                    ]
                )
    if not members:
        lines.append(_("people-none"))
    return "\n".join(lines), InlineKeyboardMarkup(buttons) if buttons else None
