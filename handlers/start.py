"""First contact: /start, the language, what Lien is, consent; and invitation links.

Nothing about a stranger is stored before they consent: the chosen language travels in
the buttons' data, and only an invitation's id waits in user_data. Someone who already has
a role and opens an invitation is asked first, told what would change (role, team); their
"no" changes nothing and keeps the link unused."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.buttons import answer_press, edit_message
from bot.commands import set_person_menu
from bot.context import Context, texts
from bot.guards import person_of
from bot.i18n import LANGUAGES, I18n, Texts
from storage.invites import InviteProblem
from storage.models import Invite, Person, Role

INVITE_KEY = "invite_id"
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


def language_buttons(i18n: I18n) -> InlineKeyboardMarkup:
    """Every language in its own name, at most four a row: two short rows on a phone."""
    buttons = [InlineKeyboardButton(i18n.name(c), callback_data=f"lang:{c}") for c in LANGUAGES]
    return InlineKeyboardMarkup([buttons[i : i + 4] for i in range(0, len(buttons), 4)])


def request_button(_: Texts) -> InlineKeyboardMarkup:
    """After /start, a youth's way in: handlers.request's conversation starts on it."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(_("request-button"), callback_data="request:new")]]
    )


def consent_buttons(_: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("consent-yes"), callback_data=f"consent:yes:{_.language}")],
            [InlineKeyboardButton(_("consent-no"), callback_data=f"consent:no:{_.language}")],
        ]
    )


async def _invite_text(context: Context, invite: Invite, _: Texts) -> str:
    team = await context.bot_data.db.teams.get(invite.team_id) if invite.team_id else None
    where = team.name if team else _("whole-programme")
    return _(f"invite-intro-{invite.role}", team=html.escape(where))


async def _where(context: Context, team_id: int | None, _: Texts) -> str:
    team = await context.bot_data.db.teams.get(team_id) if team_id else None
    return html.escape(team.name) if team else _("whole-programme")


async def _role_text(context: Context, key: str, person: Person, _: Texts, **args: str) -> str:
    """A text naming the person's role and team now."""
    where = await _where(context, person.team_id, _)
    return _(key, role=_(f"role-{person.role}"), team=where, **args)


def _changes(person: Person, invite: Invite) -> bool:
    same_place = (invite.team_id, invite.programme_wide) == (person.team_id, person.programme_wide)
    return invite.role != person.role or not same_place


def _change_buttons(_: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    _("invite-change-yes"), callback_data=f"consent:yes:{_.language}"
                )
            ],
            [InlineKeyboardButton(_("invite-change-no"), callback_data=f"consent:no:{_.language}")],
        ]
    )


async def start(update: Update, context: Context) -> None:
    """Welcome a stranger (language, then consent), a known person, or an invitation."""
    message = update.effective_message
    if message is None or context.user_data is None:
        return
    person = await person_of(update, context)
    _ = texts(update, context, person)
    payload = (message.text or "").partition(" ")[2].strip()
    if payload:
        if not (_PAYLOAD.fullmatch(payload) and payload.startswith("i_")):
            await message.reply_text(_("link-invalid"))
            return
        invite = await context.bot_data.db.invites.check(payload.removeprefix("i_"))
        if isinstance(invite, InviteProblem):
            await message.reply_text(_(f"link-{invite}"))
            return
        if person is not None and not _changes(person, invite):
            await message.reply_text(await _role_text(context, "invite-already", person, _))
            return
        context.user_data[INVITE_KEY] = invite.id
        if person is not None:  # ask first, saying what would change
            text = await _role_text(
                context,
                "invite-change",
                person,
                _,
                new_role=_(f"role-{invite.role}"),
                new_team=await _where(context, invite.team_id, _),
            )
            await message.reply_text(text, reply_markup=_change_buttons(_))
            return
    if person is None:
        await message.reply_text(_("choose-language"), reply_markup=language_buttons(_.i18n))
        return
    await message.reply_text(
        _("welcome-back", name=html.escape(person.display_name))
        + "\n\n"
        + _(f"help-{person.role}"),
        reply_markup=request_button(_) if person.role == Role.YOUTH else None,
    )


async def choose_language(update: Update, context: Context) -> None:
    """lang:<code> — a stranger's first step, or a known person's /language."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return
    language = (query.data or "").removeprefix("lang:")
    person = await person_of(update, context)
    if language not in LANGUAGES:
        await answer_press(query, texts(update, context, person)("button-unknown"))
        return
    _ = texts(update, context, person, chosen=language)
    await answer_press(query)
    if person is not None:
        await context.bot_data.db.people.set_language(person.telegram_id, language)
        await set_person_menu(context.bot, person.telegram_id, person.role, _)
        await edit_message(query, _("language-set"))
        return
    invite_id = context.user_data.get(INVITE_KEY)
    intro = _("intro-youth")
    if invite_id is not None:
        invite = await context.bot_data.db.invites.check_id(invite_id)
        if isinstance(invite, Invite):
            intro = await _invite_text(context, invite, _)
    await edit_message(query, intro, reply_markup=consent_buttons(_))


async def consent(update: Update, context: Context) -> None:
    """consent:yes|no:<language> — store the person only once they said yes."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or context.user_data is None:
        return
    answer, _sep, language = (query.data or "").removeprefix("consent:").partition(":")
    person = await person_of(update, context)
    _ = texts(update, context, person, chosen=language if language in LANGUAGES else None)
    if answer not in ("yes", "no") or language not in LANGUAGES:
        await answer_press(query, _("button-unknown"))
        return
    await answer_press(query)
    if answer == "no":
        if person is not None:  # an invitation declined: they keep their role and data
            context.user_data.pop(INVITE_KEY, None)
            await edit_message(query, await _role_text(context, "invite-kept", person, _))
            return
        context.user_data.clear()
        await edit_message(query, _("consent-declined"))
        return
    db = context.bot_data.db
    invite_id = context.user_data.pop(INVITE_KEY, None)
    if invite_id is None and person is not None:
        await edit_message(query, _("welcome-back", name=html.escape(person.display_name)))
        return
    known = person is not None
    role, team_id, programme_wide = Role.YOUTH, None, False
    if invite_id is not None:
        invite = await db.invites.redeem(invite_id, user.id)
        if isinstance(invite, InviteProblem):
            await edit_message(query, _(f"link-{invite}"))
            return
        role, team_id, programme_wide = invite.role, invite.team_id, invite.programme_wide
    person = await db.people.add_or_update(
        user.id,
        role=role,
        team_id=team_id,
        programme_wide=programme_wide,
        display_name=user.first_name,
        language=_.language,
    )
    await db.audit.record(user.id, f"consent:{role}", user.id)
    _ = texts(update, context, person, chosen=_.language)  # tu or vous: the new role's
    await set_person_menu(context.bot, user.id, role, _)
    welcome = _welcome(person, _)
    if known:  # not a newcomer: say what changed
        changed = await _role_text(context, "invite-changed", person, _)
        welcome = changed + "\n\n" + _(f"help-{person.role}")
    await edit_message(
        query, welcome, reply_markup=request_button(_) if role == Role.YOUTH else None
    )


def _welcome(person: Person, _: Texts) -> str:
    return (
        _(f"welcome-{person.role}", name=html.escape(person.display_name))
        + "\n\n"
        + _(f"help-{person.role}")
    )
