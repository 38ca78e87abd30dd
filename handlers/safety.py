"""The safety net on a youth's words: every text or caption a youth sends, whatever takes
it next (the relay, a request step, a search prompt), even from a deactivated youth.

`screen` runs in an early handler group, after the once-per-update and private-chat guards,
so one check covers every feature. On a hit, at once: the youth gets a short caring message
with the emergency numbers of their team's country (or the team's own list), and the team's
COPIL gets an alert with the link and the message. The hit is kept on the update's context
(`hit_of`): the relay still passes the message on, marked, and a conversation step does not
take crisis words for a name or a search. Only the category and the time are stored, never
the text."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import Context, texts
from bot.guards import person_of
from bot.i18n import Texts
from bot.notify import copil_of, send, texts_for
from bot.safety import Hit
from storage.links import Link
from storage.models import Person, Role

COUNTRIES_WITH_DEFAULTS = ("ch", "fr")
HIT = "safety_hit"  # on the context PTB shares between the handler groups of one update
DRAFT_KEY = "request_draft"  # handlers.request's draft: its team, before a request exists


async def screen(update: Update, context: Context) -> None:
    """Every youth's text, once, before any feature sees it. A deactivated youth is covered
    too: after the numbers they get nothing else (not "access closed")."""
    message = update.message
    text = (message.text or message.caption) if message is not None else None
    if not text:
        return
    youth = await person_of(update, context)
    if youth is None or youth.role != Role.YOUTH:
        return
    draft = context.user_data.get(DRAFT_KEY) if context.user_data is not None else None
    team_id = draft.get("team") if isinstance(draft, dict) else None
    link = await context.bot_data.db.links.active_of_youth(youth.telegram_id)
    hit = await check_youth_text(update, context, youth, text, team_id=team_id, link=link)
    if hit is None:
        return
    if not youth.active:
        raise ApplicationHandlerStop
    vars(context)[HIT] = hit


def hit_of(context: Context) -> Hit | None:
    """The safety net's hit on this update's text, if any (set by `screen`)."""
    hit = vars(context).get(HIT)
    return hit if isinstance(hit, Hit) else None


async def check_youth_text(
    update: Update,
    context: Context,
    youth: Person,
    text: str,
    *,
    team_id: int | None = None,
    link: Link | None = None,
) -> Hit | None:
    """Check the text; on a hit, numbers to the youth and an alert to the COPIL."""
    hit = context.bot_data.safety.check(text)
    if hit is None:
        return None
    db = context.bot_data.db
    if team_id is None and link is not None:
        team_id = link.team_id
    if team_id is None:
        request = await db.requests.open_of(youth.telegram_id)
        team_id = request.team_id if request else youth.team_id
    _ = texts(update, context, youth)
    message = update.effective_message
    if message is not None:
        await message.reply_text(
            _("safety-youth", numbers=await emergency_numbers(context, team_id, _))
        )
    await db.relay.safety_hit(youth.telegram_id, link.id if link else None, hit.category)
    await db.audit.record(None, f"safety-alert:{hit.category}", youth.telegram_id)
    team = await db.teams.get(team_id) if team_id else None
    mentor = await db.people.get(link.mentor_id) if link else None
    for member in await copil_of(context, team_id):
        _c = texts_for(context, member)
        where = (
            _c("safety-copil-link", mentor=html.escape(mentor.display_name), link=link.id)
            if link and mentor
            else _c("safety-copil-no-link")
        )
        await send(
            context,
            member.telegram_id,
            _c(
                "safety-copil",
                category=_c(f"safety-category-{hit.category}"),
                level=_c(f"safety-level-{hit.level}"),
                rule=hit.rule,
                name=html.escape(youth.display_name),
                team=html.escape(team.name if team else "—"),
                where=where,
                text=html.escape(text),
            ),
        )
    return hit


async def emergency_numbers(context: Context, team_id: int | None, _: Texts) -> str:
    """The team's own list, else its country's defaults, else the European 112."""
    db = context.bot_data.db
    own = await db.teams.emergency(team_id) if team_id else None
    if own:
        return html.escape(own)
    team = await db.teams.get(team_id) if team_id else None
    country = (team.country if team else "CH").lower()
    if country in COUNTRIES_WITH_DEFAULTS:
        return _(f"emergency-{country}")
    return _("emergency-default")
