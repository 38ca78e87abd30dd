"""Peer-aidance groups. /group (COPIL) creates one: name, team, peer helpers, size, rhythm
(which gives the sessions ahead) and an invitation link. Youths join by the link
(`/start g_<token>`) or ask from /groups (a peer helper or the COPIL accepts). Each session
gets a reminder the day before with Yes / No, another two hours before; the peer helper
sets its place and theme, cancels it (members are told) and marks /attendance.

A youth reads "group" and "session", never "COPIL" or "intervision"."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.ext import filters as f

from bot import sending
from bot.context import BotData, Context, texts
from bot.guards import person_of, require
from bot.i18n import Texts
from bot.ids import is_id
from bot.jobs import cancel as cancel_job
from bot.jobs import run_at
from bot.rhythm import repeats, sessions_for
from handlers.basics import end_conversation
from handlers.start import language_buttons
from storage.broadcasts import Broadcast
from storage.groups import Group, Session
from storage.models import Person, Role

NAME, TEAM, HELPERS, SIZE, RHYTHM, CONFIRM = range(6)
DETAILS = 10
DRAFT_KEY = "group_draft"
DETAILS_KEY = "group_session"
JOIN_KEY = "group_join"  # a stranger's group link, kept through language and consent
NAME_MAX = 40
SIZE_DEFAULT = 10
SIZE_MAX = 30


# ---------------------------------------------------------------- wording and rights


def _session_line(session: Session, _: Texts) -> str:
    line = _.when(session.starts_at)
    if session.place:
        line += f" — 📍 {html.escape(session.place)}"
    if session.theme:
        line += f" — {html.escape(session.theme)}"
    if session.status == "cancelled":
        line = f"<s>{line}</s> {_('group-session-cancelled-mark')}"
    return line


async def _may_lead(context: Context, me: Person, group: Group) -> bool:
    """A peer helper of this group, or the COPIL managing its team."""
    if me.role == Role.COPIL:
        return me.sees_team(group.team_id)
    helpers = await context.bot_data.db.groups.helpers(group.id)
    return me.role == Role.PEER_HELPER and me.telegram_id in helpers


def install(app: Application) -> None:  # type: ignore[type-arg]
    """How the outbox words session messages for each recipient."""
    data: BotData = app.bot_data

    async def render(broadcast: Broadcast, chat_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        person = await data.db.people.get(chat_id)
        _ = Texts(data.i18n, person.language if person else "fr", data.settings.zone)
        session = await data.db.groups.session(broadcast.session_id or 0)
        group = await data.db.groups.get(session.group_id) if session else None
        if session is None or group is None:
            return _("event-gone"), None
        head = _(f"group-message-{broadcast.text}", group=html.escape(group.name))
        body = f"{head}\n{_session_line(session, _)}"
        if broadcast.text == "day":
            buttons = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(_("group-yes"), callback_data=f"ses:yes:{session.id}"),
                        InlineKeyboardButton(_("group-no"), callback_data=f"ses:no:{session.id}"),
                    ]
                ]
            )
            return body, buttons
        return body, None

    data.outbox.renderers["session"] = render


# ---------------------------------------------------------------- /group (COPIL)


async def group(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    context.user_data[DRAFT_KEY] = {"helpers": []}
    await message.reply_text(_("group-ask-name", max=NAME_MAX))
    return NAME


async def name_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    name = " ".join((message.text or "").split())
    if not 2 <= len(name) <= NAME_MAX:
        await message.reply_text(_("teams-name-bad", max=NAME_MAX))
        return NAME
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    draft["name"] = name
    if me.programme_wide or me.team_id is None:
        rows = [
            [InlineKeyboardButton(t.name, callback_data=f"grn:team:{t.id}")]
            for t in await context.bot_data.db.teams.all()
        ]
        await message.reply_text(_("broadcast-ask-team"), reply_markup=InlineKeyboardMarkup(rows))
        return TEAM
    draft["team"] = me.team_id
    return await _ask_helpers(update, context, me, _)


async def team_chosen(update: Update, context: Context) -> int:
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    raw = (query.data or "").removeprefix("grn:team:")
    if (
        not is_id(raw)
        or not me.sees_team(int(raw))
        or not await context.bot_data.db.teams.get(int(raw))
    ):
        await query.answer(_("not-allowed"), show_alert=True)
        return TEAM
    context.user_data.setdefault(DRAFT_KEY, {"helpers": []})["team"] = int(raw)
    await query.answer()
    return await _ask_helpers(update, context, me, _)


async def _ask_helpers(update: Update, context: Context, me: Person, _: Texts) -> int:
    assert context.user_data is not None
    draft = context.user_data[DRAFT_KEY]
    helpers = await context.bot_data.db.people.active_in_team(draft["team"], Role.PEER_HELPER)
    if not helpers:
        text = _("group-no-helpers")
        if update.callback_query is not None:
            await update.callback_query.edit_message_text(text)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(text)
        context.user_data.pop(DRAFT_KEY, None)
        return ConversationHandler.END
    chosen = set(draft.get("helpers", []))
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if h.telegram_id in chosen else '⬜'} {h.display_name}",
                callback_data=f"grn:help:{h.telegram_id}",
            )
        ]
        for h in helpers
    ]
    rows.append([InlineKeyboardButton(_("group-helpers-done"), callback_data="grn:helpers:done")])
    markup = InlineKeyboardMarkup(rows)
    if update.callback_query is not None:
        await update.callback_query.edit_message_text(_("group-ask-helpers"), reply_markup=markup)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(_("group-ask-helpers"), reply_markup=markup)
    return HELPERS


async def helper_toggled(update: Update, context: Context) -> int:
    """grn:help:<person> toggles; grn:helpers:done goes on (at least one peer helper)."""
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    data = query.data or ""
    if data == "grn:helpers:done":
        if not draft.get("helpers"):
            await query.answer(_("group-helpers-none"), show_alert=True)
            return HELPERS
        await query.answer()
        buttons = InlineKeyboardMarkup(
            [[InlineKeyboardButton(str(SIZE_DEFAULT), callback_data=f"grn:size:{SIZE_DEFAULT}")]]
        )
        await query.edit_message_text(
            _("group-ask-size", default=SIZE_DEFAULT, max=SIZE_MAX), reply_markup=buttons
        )
        return SIZE
    raw = data.removeprefix("grn:help:")
    person = await context.bot_data.db.people.get(int(raw)) if is_id(raw) else None
    if (
        person is None
        or person.role != Role.PEER_HELPER
        or not person.active
        or person.team_id != draft.get("team")
    ):
        await query.answer(_("not-allowed"), show_alert=True)
        return HELPERS
    chosen = draft.setdefault("helpers", [])
    if person.telegram_id in chosen:
        chosen.remove(person.telegram_id)
    else:
        chosen.append(person.telegram_id)
    await query.answer()
    return await _ask_helpers(update, context, me, _)


async def size_given(update: Update, context: Context) -> int:
    """grn:size:10 or a typed number."""
    me = await require(update, context, Role.COPIL)
    if me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    query = update.callback_query
    raw = (query.data or "").removeprefix("grn:size:") if query else None
    if raw is None and update.effective_message is not None:
        raw = (update.effective_message.text or "").strip()
    if not raw or not is_id(raw) or not 2 <= int(raw) <= SIZE_MAX:
        if update.effective_message is not None and query is None:
            await update.effective_message.reply_text(_("group-size-bad", max=SIZE_MAX))
        return SIZE
    context.user_data.setdefault(DRAFT_KEY, {"helpers": []})["size"] = int(raw)
    if query is not None:
        await query.answer()
        await query.edit_message_text(_("group-ask-rhythm"))
    elif update.effective_message is not None:
        await update.effective_message.reply_text(_("group-ask-rhythm"))
    return RHYTHM


async def rhythm_typed(update: Update, context: Context) -> int:
    message = update.effective_message
    me = await require(update, context, Role.COPIL)
    if message is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    now = context.bot_data.clock().astimezone(context.bot_data.settings.zone)
    moments = sessions_for(message.text or "", now)
    if moments is None:
        await message.reply_text(_("group-rhythm-bad"))
        return RHYTHM
    draft = context.user_data.setdefault(DRAFT_KEY, {"helpers": []})
    draft["rhythm"] = " ".join((message.text or "").split())[:200]
    draft["sessions"] = [m.isoformat() for m in moments]
    lines = [f"• {_.when(m)}" for m in moments]
    buttons = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("group-create"), callback_data="grn:ok")],
            [InlineKeyboardButton(_("broadcast-stop"), callback_data="grn:stop")],
        ]
    )
    await message.reply_text(
        _("group-confirm", name=html.escape(draft["name"]), size=draft["size"], count=len(moments))
        + "\n"
        + "\n".join(lines),
        reply_markup=buttons,
    )
    return CONFIRM


async def create(update: Update, context: Context) -> int:
    query = update.callback_query
    me = await require(update, context, Role.COPIL)
    if query is None or me is None or context.user_data is None:
        return ConversationHandler.END
    _ = texts(update, context, me)
    draft = context.user_data.get(DRAFT_KEY) or {}
    if "sessions" not in draft or not me.sees_team(draft.get("team")):
        await query.answer(_("broadcast-lost"), show_alert=True)
        return ConversationHandler.END
    await query.answer()
    created = await context.bot_data.db.groups.create(
        name=draft["name"],
        team_id=draft["team"],
        size_limit=draft["size"],
        rhythm=draft["rhythm"],
        helpers=draft["helpers"],
        sessions=[datetime.fromisoformat(s) for s in draft["sessions"]],
        created_by=me.telegram_id,
    )
    context.user_data.pop(DRAFT_KEY, None)
    await plan_all(context.application)
    link = f"https://t.me/{context.bot.username}?start=g_{created.invite_token}"
    await query.edit_message_text(_("group-created", name=html.escape(created.name), link=link))
    for helper in draft["helpers"]:
        person = await context.bot_data.db.people.get(helper)
        if person is not None:
            their = Texts(context.bot_data.i18n, person.language, context.bot_data.settings.zone)
            await context.bot.send_message(
                helper, their("group-helper-told", name=html.escape(created.name), link=link)
            )
    return ConversationHandler.END


async def stop(update: Update, context: Context) -> int:
    return await end_conversation(update, context, DRAFT_KEY, DETAILS_KEY)


def conversation() -> ConversationHandler[Context]:
    text = f.TEXT & ~f.COMMAND
    return ConversationHandler(
        entry_points=[CommandHandler("group", group)],
        states={
            NAME: [MessageHandler(text, name_typed)],
            TEAM: [CallbackQueryHandler(team_chosen, pattern=r"^grn:team:")],
            HELPERS: [CallbackQueryHandler(helper_toggled, pattern=r"^grn:help")],
            SIZE: [
                CallbackQueryHandler(size_given, pattern=r"^grn:size:"),
                MessageHandler(text, size_given),
            ],
            RHYTHM: [MessageHandler(text, rhythm_typed)],
            CONFIRM: [CallbackQueryHandler(create, pattern=r"^grn:ok$")],
        },
        fallbacks=[
            CommandHandler("cancel", stop),
            CallbackQueryHandler(stop, pattern=r"^grn:stop$"),
        ],
        name="group",
        persistent=True,
        allow_reentry=True,
    )


# ---------------------------------------------------------------- joining


async def start_link(update: Update, context: Context) -> None:
    """/start g_<token>: a youth joins the group if there is room."""
    message = update.effective_message
    if message is None:
        return
    me = await person_of(update, context)
    _ = texts(update, context, me)
    token = (message.text or "").partition(" ")[2].strip().removeprefix("g_")
    found = await context.bot_data.db.groups.by_token(token) if token else None
    if found is None:
        await message.reply_text(_("link-unknown"))
        return
    if me is None:
        # A stranger: the usual first steps (language, consent), then the group.
        if context.user_data is not None:
            context.user_data[JOIN_KEY] = found.id
        await message.reply_text(_("choose-language"), reply_markup=language_buttons())
        return
    if me.role != Role.YOUTH or not me.active:
        await message.reply_text(_("not-allowed"))
        return
    state = await context.bot_data.db.groups.join(found, me.telegram_id)
    if state is None:
        await message.reply_text(_("group-full", name=html.escape(found.name)))
        return
    await message.reply_text(await _welcome(context, found, _))


async def after_consent(update: Update, context: Context) -> None:
    """consent:yes, for someone who came by a group's link: join once they are a youth."""
    query = update.callback_query
    if query is None or context.user_data is None or JOIN_KEY not in context.user_data:
        return
    group_id = context.user_data.pop(JOIN_KEY)
    me = await person_of(update, context)
    found = await context.bot_data.db.groups.get(group_id) if isinstance(group_id, int) else None
    if me is None or me.role != Role.YOUTH or found is None:
        return
    _ = texts(update, context, me)
    if await context.bot_data.db.groups.join(found, me.telegram_id) is None:
        await context.bot.send_message(
            me.telegram_id, _("group-full", name=html.escape(found.name))
        )
        return
    await context.bot.send_message(me.telegram_id, await _welcome(context, found, _))


async def _welcome(context: Context, found: Group, _: Texts) -> str:
    now = context.bot_data.clock()
    coming = await context.bot_data.db.groups.sessions(found.id, now, 3)
    lines = [_("group-joined", name=html.escape(found.name))]
    lines += [f"• {_session_line(s, _)}" for s in coming if s.status == "planned"]
    return "\n".join(lines)


# ---------------------------------------------------------------- /groups for everyone


async def _led(context: Context, me: Person) -> list[Group]:
    """A peer helper's groups; for the COPIL, every group of the teams they manage."""
    db = context.bot_data.db
    if me.role == Role.PEER_HELPER:
        return await db.groups.led_by(me.telegram_id)
    return [
        g for t in await db.teams.all() if me.sees_team(t.id) for g in await db.groups.of_team(t.id)
    ]


async def groups(update: Update, context: Context) -> None:
    """Youth: their groups and sessions, and open groups to ask for. Peer helper and COPIL:
    the groups they lead with next sessions and what they can do."""
    message = update.effective_message
    me = await require(update, context, Role.YOUTH, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    now = context.bot_data.clock()
    lines: list[str] = []
    rows: list[list[InlineKeyboardButton]] = []
    if me.role == Role.YOUTH:
        mine = await db.groups.joined_by(me.telegram_id)
        for g in mine:
            lines.append(f"<b>{html.escape(g.name)}</b>")
            lines += [f"• {_session_line(s, _)}" for s in await db.groups.sessions(g.id, now, 3)]
        joined = {g.id for g in mine}
        others = [g for g in await db.groups.of_team(me.team_id or 0) if g.id not in joined]
        rows = [
            [
                InlineKeyboardButton(
                    _("group-ask-join", name=g.name), callback_data=f"grp:ask:{g.id}"
                )
            ]
            for g in others
        ] + [
            [InlineKeyboardButton(_("group-leave", name=g.name), callback_data=f"grp:leave:{g.id}")]
            for g in mine
        ]
        if not lines:
            lines.append(_("group-youth-none"))
    else:
        led = await _led(context, me)
        for g in led:
            members = [m for m in await db.groups.members(g.id) if m.status == "member"]
            lines.append(
                _(
                    "group-led-title",
                    name=html.escape(g.name),
                    count=len(members),
                    size=g.size_limit,
                )
            )
            for s in await db.groups.sessions(g.id, now, 3):
                lines.append(f"• {_session_line(s, _)}")
                if s.status == "planned":
                    rows.append(
                        [
                            InlineKeyboardButton(
                                _("group-set", when=_.when(s.starts_at, "d.MM")),
                                callback_data=f"grs:set:{s.id}",
                            ),
                            InlineKeyboardButton(
                                _("group-cancel", when=_.when(s.starts_at, "d.MM")),
                                callback_data=f"grs:cancel:{s.id}",
                            ),
                        ]
                    )
        if not lines:
            lines.append(_("group-led-none"))
    await message.reply_text(
        "\n".join(lines), reply_markup=InlineKeyboardMarkup(rows) if rows else None
    )


async def membership_button(update: Update, context: Context) -> None:
    """grp:ask:<group>, grp:leave|leaveok|stay:<group> (youth), grp:acc|dec:<group>:<youth>
    (peer helper or COPIL)."""
    query = update.callback_query
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    found = await db.groups.get(int(parts[2])) if len(parts) > 2 and is_id(parts[2]) else None
    if me is None or not me.active or found is None:
        await query.answer(_("not-allowed"), show_alert=True)
        return
    if parts[1] == "ask" and me.role == Role.YOUTH and me.team_id == found.team_id:
        state = await db.groups.join(found, me.telegram_id, "requested")
        await query.answer(_("group-asked" if state == "requested" else "group-already"))
        if state == "requested":
            await _tell_leaders(context, found, me)
        return
    if parts[1] in ("leave", "leaveok", "stay") and me.role == Role.YOUTH:
        await _leave(query, context, me, found, parts[1], _)
        return
    if parts[1] in ("acc", "dec") and len(parts) == 4 and is_id(parts[3]):
        if not await _may_lead(context, me, found):
            await query.answer(_("not-allowed"), show_alert=True)
            return
        youth = int(parts[3])
        if parts[1] == "acc":
            done = await db.groups.accept(found, youth)
            await query.answer()
            await query.edit_message_text(
                _("group-accepted" if done else "group-accept-failed", name=html.escape(found.name))
            )
            if done:
                person = await db.people.get(youth)
                if person is not None:
                    their = Texts(
                        context.bot_data.i18n, person.language, context.bot_data.settings.zone
                    )
                    await context.bot.send_message(youth, await _welcome(context, found, their))
        else:
            await db.groups.decline(found.id, youth)
            await query.answer()
            await query.edit_message_text(_("group-declined"))
        return
    await query.answer(_("not-allowed"), show_alert=True)


async def _leave(
    query: CallbackQuery, context: Context, me: Person, found: Group, step: str, _: Texts
) -> None:
    """Joining is free, so is leaving: one confirmation (a slip of the thumb), no reason
    asked, and the door stays open."""
    db = context.bot_data.db
    name = html.escape(found.name)
    if not await db.groups.is_member(found.id, me.telegram_id):
        await query.answer(_("group-not-member"), show_alert=True)
        return
    await query.answer()
    if step == "leave":
        buttons = [
            [InlineKeyboardButton(_("group-leave-yes"), callback_data=f"grp:leaveok:{found.id}")],
            [InlineKeyboardButton(_("group-leave-no"), callback_data=f"grp:stay:{found.id}")],
        ]
        await query.edit_message_text(
            _("group-leave-confirm", name=name), reply_markup=InlineKeyboardMarkup(buttons)
        )
    elif step == "stay":
        await query.edit_message_text(_("group-stayed", name=name))
    else:
        await db.groups.leave(found.id, me.telegram_id)
        await query.edit_message_text(_("group-left", name=name))


async def _tell_leaders(context: Context, found: Group, youth: Person) -> None:
    """A request to join goes to the group's peer helpers (and its creator, in the COPIL)."""
    db = context.bot_data.db
    for leader in {*await db.groups.helpers(found.id), found.created_by}:
        person = await db.people.get(leader)
        if person is None or not person.active:
            continue
        _ = Texts(context.bot_data.i18n, person.language, context.bot_data.settings.zone)
        buttons = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _("group-accept"), callback_data=f"grp:acc:{found.id}:{youth.telegram_id}"
                    ),
                    InlineKeyboardButton(
                        _("group-decline"), callback_data=f"grp:dec:{found.id}:{youth.telegram_id}"
                    ),
                ]
            ]
        )
        await context.bot.send_message(
            leader,
            _("group-request", name=html.escape(youth.display_name), group=html.escape(found.name)),
            reply_markup=buttons,
        )


# ---------------------------------------------------------------- sessions


async def _session_for_leader(
    update: Update, context: Context, raw: str
) -> tuple[Person, Session, Group] | None:
    """The session and group if this person leads it; None once they have been told no
    (`require` answers by itself: a second answer to the same press fails with "Oups")."""
    me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
    if me is None:
        return None
    db = context.bot_data.db
    session = await db.groups.session(int(raw)) if is_id(raw) else None
    found = await db.groups.get(session.group_id) if session else None
    if session is None or found is None or not await _may_lead(context, me, found):
        _ = texts(update, context, me)
        if update.callback_query is not None:
            await update.callback_query.answer(_("not-allowed"), show_alert=True)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(_("not-allowed"))
        return None
    return me, session, found


async def session_button(update: Update, context: Context) -> None:
    """grs:cancel|cancelok:<session> — cancel a session; members are told."""
    query = update.callback_query
    if query is None:
        return
    parts = (query.data or "").split(":")
    checked = await _session_for_leader(update, context, parts[2] if len(parts) > 2 else "")
    if checked is None:
        return
    _ = texts(update, context, checked[0])
    me, session, found = checked
    if parts[1] == "cancel":
        await query.answer()
        await query.edit_message_text(
            _("group-cancel-confirm", when=_.when(session.starts_at), name=html.escape(found.name)),
            reply_markup=InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            _("events-cancel-yes"), callback_data=f"grs:cancelok:{session.id}"
                        )
                    ]
                ]
            ),
        )
        return
    if parts[1] == "cancelok" and await context.bot_data.db.groups.cancel_session(session.id):
        await query.answer()
        for kind in ("day", "2h"):
            cancel_job(context.application, f"reminder:session:{session.id}:{kind}")
        await _announce(context, found, session, me, "cancelled")
        await query.edit_message_text(_("group-session-cancelled", when=_.when(session.starts_at)))
        return
    await query.answer(_("button-unknown"), show_alert=True)


async def _announce(
    context: Context,
    found: Group,
    session: Session,
    me: Person,
    what: str,
    to: list[int] | None = None,
) -> None:
    members = (
        to
        if to is not None
        else [
            m.person_id
            for m in await context.bot_data.db.groups.members(found.id)
            if m.status == "member"
        ]
    )
    if not members:
        return
    await context.bot_data.db.broadcasts.create(
        author_id=me.telegram_id,
        team_id=found.team_id,
        audience="group",
        purpose="session",
        session_id=session.id,
        text=what,
        recipients=members,
    )
    sending.kick(context.application)


async def details_start(update: Update, context: Context) -> int:
    """grs:set:<session> — ask for the place and theme."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return ConversationHandler.END
    checked = await _session_for_leader(
        update, context, (query.data or "").removeprefix("grs:set:")
    )
    if checked is None:
        return ConversationHandler.END
    _ = texts(update, context, checked[0])
    _me, session, _found = checked
    context.user_data[DETAILS_KEY] = session.id
    await query.answer()
    await query.edit_message_text(_("group-ask-details", when=_.when(session.starts_at)))
    return DETAILS


async def details_typed(update: Update, context: Context) -> int:
    """ "Maison de quartier; CV et entretiens": place, then the theme after a semicolon."""
    message = update.effective_message
    if message is None or context.user_data is None:
        return ConversationHandler.END
    raw = str(context.user_data.get(DETAILS_KEY, ""))
    checked = await _session_for_leader(update, context, raw)
    if checked is None:
        return ConversationHandler.END
    _ = texts(update, context, checked[0])
    _me, session, _found = checked
    place, _sep, theme = (message.text or "").partition(";")
    place, theme = " ".join(place.split()), " ".join(theme.split())
    if not 2 <= len(place) <= 120 or len(theme) > 120:
        await message.reply_text(_("group-details-bad"))
        return DETAILS
    await context.bot_data.db.groups.set_details(session.id, place, theme or None)
    context.user_data.pop(DETAILS_KEY, None)
    updated = await context.bot_data.db.groups.session(session.id)
    assert updated is not None
    await message.reply_text(_("group-details-set", line=_session_line(updated, _)))
    return ConversationHandler.END


def details_conversation() -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=[CallbackQueryHandler(details_start, pattern=r"^grs:set:")],
        states={DETAILS: [MessageHandler(f.TEXT & ~f.COMMAND, details_typed)]},
        fallbacks=[CommandHandler("cancel", stop)],
        name="group_session",
        persistent=True,
        allow_reentry=True,
    )


async def answer_button(update: Update, context: Context) -> None:
    """ses:yes|no:<session> — a member's answer, until the session starts."""
    query = update.callback_query
    me = await person_of(update, context)
    if query is None:
        return
    _ = texts(update, context, me)
    parts = (query.data or "").split(":")
    db = context.bot_data.db
    session = (
        await db.groups.session(int(parts[2])) if len(parts) == 3 and is_id(parts[2]) else None
    )
    if (
        me is None
        or not me.active
        or session is None
        or parts[1] not in ("yes", "no")
        or not await db.groups.is_member(session.group_id, me.telegram_id)
    ):
        await query.answer(_("not-allowed"), show_alert=True)
        return
    if session.status != "planned" or context.bot_data.clock() >= session.starts_at:
        await query.answer(_("event-closed"), show_alert=True)
        return
    await db.groups.answer(session.id, me.telegram_id, parts[1])
    await query.answer(_(f"group-answered-{parts[1]}"))


async def attendance(update: Update, context: Context) -> None:
    """/attendance (peer helper): the sessions of the last two weeks, to tick who came."""
    message = update.effective_message
    me = await require(update, context, Role.PEER_HELPER, Role.COPIL)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    db = context.bot_data.db
    now = context.bot_data.clock()
    led = await _led(context, me)
    rows = []
    for g in led:
        for s in await db.groups.sessions(g.id, now - timedelta(days=14), 10):
            if s.status == "planned" and s.starts_at <= now:
                rows.append(
                    [
                        InlineKeyboardButton(
                            f"{g.name} — {_.when(s.starts_at, 'd.MM HH:mm')}",
                            callback_data=f"gra:show:{s.id}",
                        )
                    ]
                )
    if not rows:
        await message.reply_text(_("group-attendance-none"))
        return
    await message.reply_text(_("group-attendance-which"), reply_markup=InlineKeyboardMarkup(rows))


async def attendance_button(update: Update, context: Context) -> None:
    """gra:show:<session>, gra:mark:<session>:<member> — a tick per member who came."""
    query = update.callback_query
    if query is None:
        return
    parts = (query.data or "").split(":")
    checked = await _session_for_leader(update, context, parts[2] if len(parts) > 2 else "")
    if checked is None:
        return
    _ = texts(update, context, checked[0])
    _me, session, found = checked
    db = context.bot_data.db
    members = [m for m in await db.groups.members(found.id) if m.status == "member"]
    if parts[1] == "mark" and len(parts) == 4 and is_id(parts[3]):
        if int(parts[3]) not in {m.person_id for m in members}:
            await query.answer(_("not-allowed"), show_alert=True)
            return
        await db.groups.toggle_attended(session.id, int(parts[3]))
    came = await db.groups.attended(session.id)
    await query.answer()
    rows = [
        [
            InlineKeyboardButton(
                f"{'✅' if m.person_id in came else '⬜'} {m.name}",
                callback_data=f"gra:mark:{session.id}:{m.person_id}",
            )
        ]
        for m in members
    ]
    await query.edit_message_text(
        _(
            "group-attendance-title",
            name=html.escape(found.name),
            when=_.when(session.starts_at),
            count=len(came),
        ),
        reply_markup=InlineKeyboardMarkup(rows),
    )


# ---------------------------------------------------------------- reminders and time ahead


EXTEND_SECONDS = 24 * 3600  # once a day, the rhythm gives the sessions of the next months


def start(app: Application) -> None:  # type: ignore[type-arg]
    """At start-up: sessions ahead are topped up once a day (and their reminders planned)."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(extend_job, EXTEND_SECONDS, first=60, name="groups:extend")


async def extend_job(context: Context) -> None:
    """Keep about three months of sessions ahead of every group with a rhythm."""
    data = context.bot_data
    now = data.clock().astimezone(data.settings.zone)
    for found in await data.db.groups.all_active():
        if not repeats(found.rhythm):
            continue  # a list of dates was planned in full at creation
        moments = sessions_for(found.rhythm, now)
        if moments:
            await data.db.groups.add_sessions(found.id, moments)
    await plan_all(context.application)


async def plan_all(app: Application) -> None:  # type: ignore[type-arg]
    """Plan the reminders of every session ahead that has none yet, and their jobs."""
    data: BotData = app.bot_data
    for session in await data.db.groups.planned_sessions():
        for kind in ("day", "2h"):
            if app.job_queue is not None and app.job_queue.get_jobs_by_name(
                f"reminder:session:{session.id}:{kind}"
            ):
                continue
            existing = await data.db.reminders.get("session", session.id, kind)
            if existing is None:
                planned = await data.db.reminders.plan_one(
                    "session", session.id, kind, session.starts_at
                )
                if planned is None:
                    continue
                existing = planned
            run_at(
                app,
                f"reminder:session:{session.id}:{kind}",
                existing.due_at,
                reminder_job,
                (session.id, kind),
            )


async def reminder_job(context: Context) -> None:
    """The day before (with Yes / No) to every member; two hours before to members who did
    not say no. Late is fine until the session starts; after, it is skipped."""
    job = context.job
    if job is None or not isinstance(job.data, tuple | list):
        return
    session_id, kind = job.data
    db = context.bot_data.db
    reminder = await db.reminders.get("session", session_id, kind)
    session = await db.groups.session(session_id)
    if reminder is None:
        return
    found = await db.groups.get(session.group_id) if session else None
    now = context.bot_data.clock()
    if session is None or found is None or session.status != "planned" or now >= session.starts_at:
        await db.reminders.close(reminder.id, "skipped")
        return
    if not await db.reminders.close(reminder.id, "sent"):
        return
    members = [m.person_id for m in await db.groups.members(found.id) if m.status == "member"]
    if kind == "2h":
        said_no = {p for p, a in (await db.groups.answers(session.id)).items() if a == "no"}
        members = [m for m in members if m not in said_no]
    if members:
        await db.broadcasts.create(
            author_id=found.created_by,
            team_id=found.team_id,
            audience="group",
            purpose="session",
            session_id=session.id,
            text=kind,
            recipients=members,
        )
        await sending.drain(context.application)
