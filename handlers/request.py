"""/request (youth): ask for contact, one question at a time, then confirm; and /mylink
(mentor): a personal deep link that addresses a youth's request to that mentor.

Only a youth starts contact (free adhesion). The draft waits in user_data (persistent, so a
restart loses nothing) and becomes a request only when the youth presses Send. A second
/request offers to change or withdraw the open one. Answering (Accept/Decline) is in
handlers.answer; a request nobody answers is followed by handlers.request_jobs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)
from telegram.ext import filters as f

from bot import sending
from bot.buttons import answer_press, edit_message
from bot.context import BotData, Context, texts
from bot.copies import decided
from bot.guards import person_of, pressed, require
from bot.i18n import Texts
from bot.ids import is_id, parse_id
from bot.notify import edit, texts_for
from bot.sending import Queued, queued
from handlers import relay, safety, start
from handlers.basics import end_conversation
from handlers.request_jobs import escalate
from storage.models import THEMES, Person, Role
from storage.outbox import Notice, OutboxItem
from storage.requests import AGE_BANDS, MEETING_PLACES, AlreadyOpen, Request, notice_key

CHANGE, TEAM, MET, THEMES_STATE, AGE, NAME, MESSAGE, CONFIRM = range(8)
DRAFT_KEY = "request_draft"
MENTOR_KEY = "request_mentor"  # the mentor whose /mylink the youth opened
GROUP_KEY = "request_group"  # the peer-aidance group the youth asked from
NAME_MAX = 40
MESSAGE_MAX = 1000
_MENTOR_PAYLOAD = re.compile(r"m_([A-Za-z0-9_-]{1,62})")


# ---------------------------------------------------------------- entry points


async def ask(update: Update, context: Context) -> int:
    """/request or the "Ask for contact" button: start, or offer to change the open one."""
    me = await require(update, context, Role.YOUTH)
    if me is None or context.user_data is None:
        return ConversationHandler.END
    query = update.callback_query
    if query is None or not (query.data or "").startswith("request:group:"):
        context.user_data.pop(GROUP_KEY, None)  # only the group's button asks from a group
    if query is not None:
        await answer_press(query)
    _ = texts(update, context, me)
    db = context.bot_data.db
    link = await db.links.active_of_youth(me.telegram_id)
    if link is not None:
        mentor = await db.people.get(link.mentor_id)
        name = html.escape(mentor.display_name) if mentor else "?"
        await _say(update, _("request-has-link", name=name))
        return ConversationHandler.END
    open_request = await db.requests.open_of(me.telegram_id)
    if open_request is not None:
        rows = [
            [InlineKeyboardButton(_("request-change"), callback_data="request:change")],
            [InlineKeyboardButton(_("request-withdraw"), callback_data="request:withdraw")],
            [InlineKeyboardButton(_("request-keep"), callback_data="request:keep")],
        ]
        summary = await _summary(context, _, _draft_of(open_request))
        await _say(
            update,
            _("request-already-open") + "\n\n" + summary,
            InlineKeyboardMarkup(rows),
        )
        return CHANGE
    return await _begin(update, context, me, _)


async def from_mentor_link(update: Update, context: Context) -> int:
    """/start m_<token>: a mentor's own link. Strangers first choose a language and consent."""
    message = update.effective_message
    if message is None or context.user_data is None:
        return ConversationHandler.END
    person = await person_of(update, context)
    _ = texts(update, context, person)
    payload = (message.text or "").partition(" ")[2].strip()
    match = _MENTOR_PAYLOAD.fullmatch(payload)
    db = context.bot_data.db
    mentor_id = await db.mentor_links.mentor_of(match.group(1)) if match else None
    mentor = await db.people.get(mentor_id) if mentor_id else None
    if mentor is None or mentor.role != Role.MENTOR or not mentor.active:
        await message.reply_text(_("link-invalid"))
        return ConversationHandler.END
    context.user_data[MENTOR_KEY] = mentor.telegram_id
    if person is None:  # language, consent, then the welcome's "Ask for contact" button
        await message.reply_text(_("choose-language"), reply_markup=start.language_buttons(_.i18n))
        return ConversationHandler.END
    return await ask(update, context)


async def from_group(update: Update, context: Context) -> int:
    """request:group:<id>, on a youth's /groups: ask the group's team for a mentor. Its peer
    helpers are not told (what a youth asks stays between them and the mentors)."""
    me = await require(update, context, Role.YOUTH)
    query = update.callback_query
    if me is None or query is None or context.user_data is None:
        return ConversationHandler.END
    group_id = parse_id((query.data or "").removeprefix("request:group:"))
    db = context.bot_data.db
    group = await db.groups.get(group_id) if group_id else None
    if group is None or not await db.groups.is_member(group.id, me.telegram_id):
        await answer_press(query, texts(update, context, me)("button-unknown"), show_alert=True)
        return ConversationHandler.END
    context.user_data.pop(MENTOR_KEY, None)
    context.user_data[GROUP_KEY] = group.id
    return await ask(update, context)


async def _begin(update: Update, context: Context, me: Person, _: Texts) -> int:
    assert context.user_data is not None
    draft: dict[str, Any] = {"themes": [], "name": me.display_name[:NAME_MAX]}
    mentor_id = context.user_data.get(MENTOR_KEY)
    mentor = await context.bot_data.db.people.get(mentor_id) if mentor_id else None
    intro = ""
    if mentor is not None and mentor.role == Role.MENTOR and mentor.active:
        draft["mentor"] = mentor.telegram_id
        draft["team"] = mentor.team_id
        intro = _("request-to-mentor", name=html.escape(mentor.display_name)) + "\n\n"
    group_id = context.user_data.get(GROUP_KEY)
    group = await context.bot_data.db.groups.get(group_id) if group_id else None
    if group is not None and "team" not in draft:
        draft["group"] = group.id
        draft["team"] = group.team_id
    context.user_data[DRAFT_KEY] = draft
    if "team" not in draft:
        teams = await context.bot_data.db.teams.all()
        if len(teams) > 1:
            rows = [
                [InlineKeyboardButton(t.name, callback_data=f"request:team:{t.id}")] for t in teams
            ]
            await _say(update, _("request-which-team"), InlineKeyboardMarkup(rows))
            return TEAM
        draft["team"] = teams[0].id if teams else None
    return await _ask_met(update, _, intro)


# ---------------------------------------------------------------- the steps


async def changing(update: Update, context: Context) -> int:
    """request:change | request:withdraw | request:keep, on the open request."""
    press = await pressed(update, context, Role.YOUTH)
    if press is None:
        return ConversationHandler.END
    query, me, _ = press
    await answer_press(query)
    open_request = await context.bot_data.db.requests.open_of(me.telegram_id)
    if open_request is None or query.data == "request:keep":
        await edit_message(query, _("request-kept" if open_request else "request-none-open"))
        return ConversationHandler.END
    if query.data == "request:withdraw":
        await withdraw(context, me, open_request)
        await edit_message(query, _("request-withdrawn"))
        return ConversationHandler.END
    return await _begin(update, context, me, _)


async def team_chosen(update: Update, context: Context) -> int:
    """request:team:<id>"""
    query = update.callback_query
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if query is None or me is None or draft is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    team_id = (query.data or "").removeprefix("request:team:")
    team = await context.bot_data.db.teams.get(int(team_id)) if is_id(team_id) else None
    if team is None:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return TEAM
    await answer_press(query)
    draft["team"] = team.id
    return await _next(update, context, _, lambda: _ask_met(update, _))


async def _ask_met(update: Update, _: Texts, intro: str = "") -> int:
    rows = [
        [InlineKeyboardButton(_(f"met-{code}"), callback_data=f"request:met:{code}")]
        for code in MEETING_PLACES
    ]
    rows.append([InlineKeyboardButton(_("request-skip"), callback_data="request:met:skip")])
    await _say(update, intro + _("request-where-met"), InlineKeyboardMarkup(rows))
    return MET


async def met_chosen(update: Update, context: Context) -> int:
    """request:met:<place> or request:met:skip"""
    query = update.callback_query
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if query is None or me is None or draft is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    code = (query.data or "").removeprefix("request:met:")
    if code not in (*MEETING_PLACES, "skip"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return MET
    await answer_press(query)
    draft["met"] = None if code == "skip" else code
    return await _next(update, context, _, lambda: _ask_themes(update, _, draft))


async def _ask_themes(update: Update, _: Texts, draft: dict[str, Any]) -> int:
    chosen = draft.get("themes", [])
    rows = [
        [
            InlineKeyboardButton(
                ("✅ " if code in chosen else "") + _(f"theme-{code}"),
                callback_data=f"request:theme:{code}",
            )
        ]
        for code in THEMES
    ]
    rows.append([InlineKeyboardButton(_("request-continue"), callback_data="request:themes:ok")])
    await _say(update, _("request-what-about"), InlineKeyboardMarkup(rows))
    return THEMES_STATE


async def theme_toggled(update: Update, context: Context) -> int:
    """request:theme:<code> toggles one; request:themes:ok goes on (at least one chosen)."""
    query = update.callback_query
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if query is None or me is None or draft is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    data = query.data or ""
    chosen: list[str] = draft.setdefault("themes", [])
    if data == "request:themes:ok":
        if not chosen:
            await answer_press(query, _("request-themes-none"), show_alert=True)
            return THEMES_STATE
        await answer_press(query)
        return await _next(update, context, _, lambda: _ask_age(update, context, me, _))
    code = data.removeprefix("request:theme:")
    if code not in THEMES:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return THEMES_STATE
    await answer_press(query)
    if code in chosen:
        chosen.remove(code)
    else:
        chosen.append(code)
    return await _ask_themes(update, _, draft)


async def _ask_age(update: Update, context: Context, me: Person, _: Texts) -> int:
    draft = _draft(context) or {}
    known = await context.bot_data.db.people.age_band(me.telegram_id)
    if known in AGE_BANDS and not draft.get("ask_age"):
        draft["age"] = known
        return await _ask_name(update, _, draft)
    rows = [
        [InlineKeyboardButton(_(f"age-{band}"), callback_data=f"request:age:{band}")]
        for band in (*AGE_BANDS, "over_30")
    ]
    await _say(update, _("request-age"), InlineKeyboardMarkup(rows))
    return AGE


async def age_chosen(update: Update, context: Context) -> int:
    """request:age:<band>; over 30 is told kindly and shown the partner directory."""
    query = update.callback_query
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if query is None or me is None or draft is None or context.user_data is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    band = (query.data or "").removeprefix("request:age:")
    if band == "over_30":
        await answer_press(query)
        context.user_data.pop(DRAFT_KEY, None)
        await edit_message(query, _("request-over-30"))
        return ConversationHandler.END
    if band not in AGE_BANDS:
        await answer_press(query, _("button-unknown"), show_alert=True)
        return AGE
    await answer_press(query)
    draft["age"] = band
    draft.pop("ask_age", None)
    return await _next(update, context, _, lambda: _ask_name(update, _, draft))


async def _ask_name(update: Update, _: Texts, draft: dict[str, Any]) -> int:
    name = draft.get("name") or ""
    rows = (
        [[InlineKeyboardButton(_("request-name-keep", name=name), callback_data="request:name")]]
        if name
        else []
    )
    await _say(
        update, _("request-name", max=NAME_MAX), InlineKeyboardMarkup(rows) if rows else None
    )
    return NAME


async def name_given(update: Update, context: Context) -> int:
    """A typed first name or nickname, or request:name to keep the one shown."""
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if me is None or draft is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    if update.callback_query is not None:
        await answer_press(update.callback_query)
    else:
        if await _moot(update, context):
            return ConversationHandler.END
        if safety.hit_of(context) is not None:
            return NAME  # crisis words are no name: the numbers were the answer
        message = update.effective_message
        name = " ".join(((message.text if message else "") or "").split())
        if not 1 <= len(name) <= NAME_MAX:
            await _say(update, _("request-name-bad", max=NAME_MAX))
            return NAME
        draft["name"] = name
    return await _next(update, context, _, lambda: _ask_message(update, _))


async def _ask_message(update: Update, _: Texts) -> int:
    rows = [[InlineKeyboardButton(_("request-skip"), callback_data="request:msg:skip")]]
    await _say(update, _("request-message", max=MESSAGE_MAX), InlineKeyboardMarkup(rows))
    return MESSAGE


async def message_given(update: Update, context: Context) -> int:
    """The optional message; checked by the safety net as soon as it is typed."""
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    if me is None or draft is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    if update.callback_query is not None:
        await answer_press(update.callback_query)
        draft["message"] = None
    else:
        if await _moot(update, context):
            return ConversationHandler.END
        message = update.effective_message
        text = ((message.text if message else "") or "").strip()
        if not 1 <= len(text) <= MESSAGE_MAX:
            await _say(update, _("request-message-bad", max=MESSAGE_MAX))
            return MESSAGE
        draft["message"] = text  # the safety net saw it already (safety.screen)
    return await _confirm(update, context, _)


async def _confirm(update: Update, context: Context, _: Texts) -> int:
    draft = _draft(context) or {}
    draft.pop("editing", None)
    rows = [
        [InlineKeyboardButton(_("request-send"), callback_data="request:send")],
        [InlineKeyboardButton(_("request-fix-met"), callback_data="request:fix:met")],
        [InlineKeyboardButton(_("request-fix-themes"), callback_data="request:fix:themes")],
        [InlineKeyboardButton(_("request-fix-age"), callback_data="request:fix:age")],
        [InlineKeyboardButton(_("request-fix-name"), callback_data="request:fix:name")],
        [InlineKeyboardButton(_("request-fix-message"), callback_data="request:fix:message")],
    ]
    text = _("request-confirm") + "\n\n" + await _summary(context, _, draft)
    await _say(update, text, InlineKeyboardMarkup(rows))
    return CONFIRM


async def confirmed(update: Update, context: Context) -> int:
    """request:send, or request:fix:<field> to correct one answer and come back here."""
    query = update.callback_query
    me = await require(update, context, Role.YOUTH)
    draft = _draft(context)
    sent_again = query is not None and query.data == "request:send" and draft is None
    if sent_again and me is not None and await context.bot_data.db.requests.open_of(me.telegram_id):
        # Send pressed again after its answer failed: the request went, say so.
        assert query is not None
        await answer_press(query)
        await _say(update, texts(update, context, me)("request-sent"))
        return ConversationHandler.END
    if query is None or me is None or draft is None or context.user_data is None:
        return await _lost(update, context)
    _ = texts(update, context, me)
    data = query.data or ""
    field = data.removeprefix("request:fix:")
    if data != "request:send" and field not in ("met", "themes", "age", "name", "message"):
        await answer_press(query, _("button-unknown"), show_alert=True)
        return CONFIRM
    await answer_press(query)
    if data == "request:send":
        return await _send(update, context, me, _, draft)
    draft["editing"] = True
    if field == "met":
        return await _ask_met(update, _)
    if field == "themes":
        return await _ask_themes(update, _, draft)
    if field == "age":
        draft["ask_age"] = True
        return await _ask_age(update, context, me, _)
    if field == "name":
        return await _ask_name(update, _, draft)
    return await _ask_message(update, _)


async def _send(
    update: Update, context: Context, me: Person, _: Texts, draft: dict[str, Any]
) -> int:
    assert context.user_data is not None
    db = context.bot_data.db
    if await db.links.active_of_youth(me.telegram_id) is not None:
        await _say(update, _("request-has-link", name="…"))
        return ConversationHandler.END
    previous = await db.requests.open_of(me.telegram_id)
    if previous is not None:  # "change it": the new request replaces the open one
        await withdraw(context, me, previous)
    if draft.get("age"):
        await db.people.set_age_band(me.telegram_id, draft["age"])
    if draft.get("team"):
        await db.people.join_team(me.telegram_id, draft["team"])
    try:
        # The request, its notices to the mentors (or the COPIL's escalation when there is
        # no mentor) in one transaction: stored means everyone concerned will hear of it.
        async with queued(context) as q:
            request = await db.requests.create(
                me.telegram_id,
                team_id=draft.get("team"),
                mentor_id=draft.get("mentor"),
                met=draft.get("met"),
                themes=tuple(draft.get("themes", [])),
                age_band=draft.get("age"),
                first_name=draft.get("name") or me.display_name,
                message=draft.get("message"),
                group_id=draft.get("group"),
            )
            await db.audit.record(me.telegram_id, "request", me.telegram_id)
            notified = await notify_mentors(q, context, request)
            if not notified and await db.requests.escalate_now(request.id):
                await escalate(context, q, request, reason="no-mentor")
    except AlreadyOpen:
        await _say(update, _("request-already-open"))
        return ConversationHandler.END
    context.user_data.pop(DRAFT_KEY, None)
    context.user_data.pop(MENTOR_KEY, None)
    context.user_data.pop(GROUP_KEY, None)
    await _say(update, _("request-sent" if notified else "request-sent-team"))
    return ConversationHandler.END


# ---------------------------------------------------------------- shared with answer/assign


async def notify_mentors(q: Queued, context: Context, request: Request) -> int:
    """Notify the request's mentor (from /mylink) or the team's active mentors through the
    outbox (call it in the request's transaction); how many mentors there are."""
    db = context.bot_data.db
    if request.mentor_id is not None:
        mentor = await db.people.get(request.mentor_id)
        mentors = [mentor] if mentor and mentor.active and mentor.role == Role.MENTOR else []
    elif request.team_id is not None:
        mentors = await db.people.active_in_team(request.team_id, Role.MENTOR)
    else:
        mentors = []
    paused = await db.silence.paused(request.team_id)  # no new requests until /available
    ids = [m.telegram_id for m in mentors if m.telegram_id not in paused]
    await db.requests.notify_all(request.id, ids)
    params = {"request": request.id}
    await q.add(
        [
            Notice(i, "request-notice", notice_key(request.id, i), params, about=request.youth_id)
            for i in ids
        ]
    )
    return len(ids)


def install(app: Application) -> None:  # type: ignore[type-arg]
    """How the outbox words a request's notice for a mentor: when it is sent, so a request
    taken or withdrawn meanwhile is not offered any more."""
    data: BotData = app.bot_data

    async def render(item: OutboxItem) -> tuple[str, InlineKeyboardMarkup | None] | None:
        request = await data.db.requests.get(int(item.params["request"]))
        notice = await data.db.requests.notice(request.id, item.chat_id) if request else None
        if request is None or request.status != "open" or notice is None or notice.declined:
            return None
        _ = await sending.texts_of(app, item.chat_id)
        rows = [
            [
                InlineKeyboardButton(_("request-accept"), callback_data=f"req:acc:{request.id}"),
                InlineKeyboardButton(_("request-decline"), callback_data=f"req:dec:{request.id}"),
            ]
        ]
        context: Context = CallbackContext(app)
        text = _("request-notice") + "\n\n" + await request_summary(context, _, request)
        return text, InlineKeyboardMarkup(rows)

    data.outbox.kinds["request-notice"] = render


async def withdraw(context: Context, me: Person, request: Request) -> bool:
    """Withdraw an open request; the mentors' notices say so."""
    db = context.bot_data.db
    if not await db.requests.withdraw(request.id, me.telegram_id):
        return False
    await db.audit.record(me.telegram_id, "request-withdraw", me.telegram_id)
    for notice in await db.requests.notices(request.id):
        mentor = await db.people.get(notice.mentor_id)
        if mentor is not None:
            await edit(
                context,
                notice.chat_id,
                notice.message_id,
                texts_for(context, mentor)("request-notice-withdrawn"),
            )
    name = html.escape(request.first_name)
    await decided(
        context, f"request:{request.id}", lambda t: t("decided-request-withdrawn", name=name)
    )
    return True


async def request_summary(context: Context, _: Texts, request: Request) -> str:
    """What a mentor sees of a request: the youth's answers and the language they write in."""
    summary = await _summary(context, _, _draft_of(request))
    if request.message and context.bot_data.safety.check(request.message) is not None:
        # The youth got the numbers and the COPIL an alert when it was typed; the mentors
        # must not read it as an ordinary request (issue 10 item 8).
        summary = _("request-summary-flagged") + "\n" + summary
    youth = await context.bot_data.db.people.get(request.youth_id)
    if youth is None:
        return summary
    return summary + "\n" + _("request-summary-language", lang=_(f"language-{youth.language}"))


async def _summary(context: Context, _: Texts, draft: dict[str, Any]) -> str:
    lines = [_("request-summary-name", name=html.escape(draft.get("name") or ""))]
    if draft.get("age"):
        lines.append(_("request-summary-age", age=_(f"age-{draft['age']}")))
    if draft.get("met"):
        lines.append(_("request-summary-met", met=_(f"met-{draft['met']}")))
    themes = ", ".join(_(f"theme-{t}") for t in draft.get("themes", []))
    lines.append(_("request-summary-themes", themes=themes or "—"))
    if draft.get("message"):
        lines.append(_("request-summary-message", message=html.escape(draft["message"])))
    return "\n".join(lines)


def _draft_of(request: Request) -> dict[str, Any]:
    return {
        "name": request.first_name,
        "age": request.age_band,
        "met": request.met,
        "themes": list(request.themes),
        "message": request.message,
    }


# ---------------------------------------------------------------- plumbing


def _draft(context: Context) -> dict[str, Any] | None:
    draft = context.user_data.get(DRAFT_KEY) if context.user_data is not None else None
    return draft if isinstance(draft, dict) else None


async def _next(
    update: Update, context: Context, _: Texts, ask_next: Callable[[], Awaitable[int]]
) -> int:
    """After an answer: back to the summary when correcting, else the next question."""
    draft = _draft(context) or {}
    if draft.get("editing"):
        return await _confirm(update, context, _)
    return await ask_next()


async def _say(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit the message whose button was pressed, or answer the typed message."""
    query = update.callback_query
    if query is not None and query.message is not None:
        await edit_message(query, text, reply_markup=markup)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text, reply_markup=markup)


async def _lost(update: Update, context: Context) -> int:
    """The draft is gone (an old button after /cancel): say so, change nothing."""
    _ = texts(update, context, await person_of(update, context))
    if update.callback_query is not None:
        await answer_press(update.callback_query, _("button-unknown"), show_alert=True)
    return ConversationHandler.END


async def cancel(update: Update, context: Context) -> int:
    """/cancel: drop the draft; an open request stays as it was."""
    return await end_conversation(update, context, DRAFT_KEY)


async def typed_instead_of_button(update: Update, context: Context) -> object:
    """Text where a button is expected: say which, stay in the same step. If a mentor
    accepted the youth's earlier request meanwhile, the draft is moot: relay the text."""
    message = update.effective_message
    if message is None:
        return None
    if await _moot(update, context):
        return ConversationHandler.END
    if safety.hit_of(context) is None:  # after crisis words the numbers were the answer
        _ = texts(update, context, await person_of(update, context))
        await message.reply_text(_("request-use-buttons"))
    return None


async def _moot(update: Update, context: Context) -> bool:
    """A mentor accepted the youth's earlier request while this draft waited: typed text is
    for them. Drop the draft and relay it; True when so."""
    person = await person_of(update, context)
    if person is None or not await context.bot_data.db.links.active_of_youth(person.telegram_id):
        return False
    if context.user_data is not None:
        context.user_data.pop(DRAFT_KEY, None)
    await relay.relay(update, context)
    return True


def conversation() -> ConversationHandler[Context]:
    typed = MessageHandler(f.TEXT & ~f.COMMAND, typed_instead_of_button)
    return ConversationHandler(
        entry_points=[
            CommandHandler("request", ask),
            CommandHandler("start", from_mentor_link, filters=f.Regex(r"^/start m_")),
            CallbackQueryHandler(ask, pattern=r"^request:new$"),
            CallbackQueryHandler(from_group, pattern=r"^request:group:"),
        ],
        states={
            CHANGE: [CallbackQueryHandler(changing, pattern=r"^request:(change|withdraw|keep)$")],
            TEAM: [CallbackQueryHandler(team_chosen, pattern=r"^request:team:"), typed],
            MET: [CallbackQueryHandler(met_chosen, pattern=r"^request:met:"), typed],
            THEMES_STATE: [CallbackQueryHandler(theme_toggled, pattern=r"^request:theme"), typed],
            AGE: [CallbackQueryHandler(age_chosen, pattern=r"^request:age:"), typed],
            NAME: [
                MessageHandler(f.TEXT & ~f.COMMAND, name_given),
                CallbackQueryHandler(name_given, pattern=r"^request:name$"),
            ],
            MESSAGE: [
                MessageHandler(f.TEXT & ~f.COMMAND, message_given),
                CallbackQueryHandler(message_given, pattern=r"^request:msg:skip$"),
            ],
            CONFIRM: [CallbackQueryHandler(confirmed, pattern=r"^request:(send|fix:)"), typed],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        name="request",
        persistent=True,
        allow_reentry=True,
    )


# ---------------------------------------------------------------- /mylink (mentor)


async def mylink(update: Update, context: Context) -> None:
    """A mentor's personal link to share in person: the youth who opens it asks them."""
    message = update.effective_message
    me = await require(update, context, Role.MENTOR)
    if message is None or me is None:
        return
    _ = texts(update, context, me)
    token = await context.bot_data.db.mentor_links.token_of(me.telegram_id)
    link = f"https://t.me/{context.bot.username}?start=m_{token}"
    await message.reply_text(_("mylink", link=link))
