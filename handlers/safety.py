"""The safety net on a youth's words (request message, relayed messages).

On a hit, at once: the youth gets a short caring message with the emergency numbers of
their team's country (or the team's own list), and the team's COPIL gets an alert with the
link and the message. The caller still relays the message, marked. Only the category and
the time are stored, never the text."""

from __future__ import annotations

import html

from telegram import Update

from bot.context import Context, texts
from bot.i18n import Texts
from bot.notify import copil_of, send, texts_for
from bot.safety import Hit
from storage.links import Link
from storage.models import Person

COUNTRIES_WITH_DEFAULTS = ("ch", "fr")


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
