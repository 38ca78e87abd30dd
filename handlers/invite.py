"""/invite (COPIL): choose a role, then a team, and get a single-use link valid 7 days.

All steps are buttons, so the flow keeps no state: each press names the role and team
again, and both are re-checked against the database."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.context import Context, texts
from bot.guards import pressed, require
from bot.i18n import Texts
from bot.ids import is_id
from storage.models import Person, Role

VALID_FOR = timedelta(days=7)
INVITABLE = (Role.MENTOR, Role.PEER_HELPER, Role.COPIL)
WHOLE_PROGRAMME = 0


async def invite(update: Update, context: Context) -> None:
    """Ask which role to invite."""
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    await message.reply_text(_("invite-which-role"), reply_markup=_role_buttons(_))


def _role_buttons(_: Texts) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(_(f"role-{r}"), callback_data=f"invite:role:{r}")] for r in INVITABLE
    ]
    rows.append([InlineKeyboardButton(_("button-close"), callback_data="invite:close")])
    return InlineKeyboardMarkup(rows)


async def _teams_for(context: Context, me: Person, role: Role) -> list[tuple[int, str]]:
    teams = [(t.id, t.name) for t in await context.bot_data.db.teams.all() if me.sees_team(t.id)]
    if role == Role.COPIL and me.programme_wide:
        teams.append((WHOLE_PROGRAMME, ""))
    return teams


async def invite_button(update: Update, context: Context) -> None:
    """invite:role:<role>, invite:team:<role>:<team>, invite:back, invite:close."""
    press = await pressed(update, context, Role.COPIL)
    if press is None:
        return
    query, me, _ = press
    parts = (query.data or "").split(":")
    if parts[1:] == ["close"]:
        await answer_press(query)
        await edit_message(query, _("invite-closed"))
        return
    if parts[1:] == ["back"]:
        await answer_press(query)
        await edit_message(query, _("invite-which-role"), reply_markup=_role_buttons(_))
        return
    role = next((r for r in INVITABLE if len(parts) >= 3 and parts[2] == r), None)
    if role is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    teams = await _teams_for(context, me, role)
    if parts[1] == "role" and len(parts) == 3 and len(teams) > 1:
        await answer_press(query)
        rows = [
            [
                InlineKeyboardButton(
                    name or _("whole-programme"), callback_data=f"invite:team:{role}:{tid}"
                )
            ]
            for tid, name in teams
        ]
        rows.append([InlineKeyboardButton(_("button-back"), callback_data="invite:back")])
        await edit_message(
            query,
            _("invite-which-team", role=_(f"role-{role}")),
            reply_markup=InlineKeyboardMarkup(rows),
        )
        return
    if parts[1] == "role" and len(parts) == 3 and len(teams) == 1:
        team_id = teams[0][0]
    elif parts[1] == "team" and len(parts) == 4 and is_id(parts[3]):
        team_id = int(parts[3])
    else:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return
    names = dict(teams)
    if team_id not in names:
        await answer_press(query, _("not-allowed"), show_alert=True)
        return
    await answer_press(query)
    token = await context.bot_data.db.invites.create(
        role,
        team_id or None,
        created_by=me.telegram_id,
        valid_for=VALID_FOR,
        programme_wide=team_id == WHOLE_PROGRAMME,
    )
    link = f"https://t.me/{context.bot.username}?start=i_{token}"
    until = _.when(context.bot_data.clock() + VALID_FOR)
    await edit_message(
        query,
        _(
            "invite-link",
            role=_(f"role-{role}"),
            team=names[team_id] or _("whole-programme"),
            link=link,
            until=until,
        ),
    )
