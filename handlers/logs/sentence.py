"""One sentence ("/log hier 1h30 collectif foot", or typed at the first question) fills
what it can of the draft; the questions then ask only for what is missing."""

from __future__ import annotations

import html

from telegram import Update

from bot.context import Context, texts
from bot.dates import MAX_DURATION
from bot.logsentence import SentenceProblem, parse_sentence
from handlers.logs.draft import GROUP_MAX, NICKNAME_MAX, PARTNER_MAX, current_draft, set_who
from handlers.logs.questions import Whom, ask_next
from storage.models import Person
from storage.partners import folded, matching


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 3
        and len(" ".join(words)) <= NICKNAME_MAX
        and any(c.isalpha() for c in text)
    )


async def from_sentence(
    update: Update, context: Context, me: Person, sentence: str, *, at_who: bool = False
) -> int:
    """Fill the draft from a sentence, then ask only for what is missing."""
    message = update.effective_message
    assert message is not None
    _ = texts(update, context, me)
    db = context.bot_data.db
    youths = await db.logs.my_youths(me.telegram_id)
    offline = await db.offline.of(me.telegram_id)
    partners = await db.partners.visible(me.team_id, me.programme_wide)
    try:
        parsed = parse_sentence(
            sentence,
            context.bot_data.clock().astimezone(context.bot_data.settings.zone),
            names=[name for _id, name in youths] + [p.nickname for p in offline],
            partners=[p.name for p in partners],
        )
    except SentenceProblem as problem:
        await message.reply_text(
            _(
                f"log-sentence-{problem.reason}",
                text=html.escape(problem.text),
                max=MAX_DURATION // 60,
            )
        )
        return await ask_next(update, context, me, Whom(youths, offline))
    draft = current_draft(context)
    if not parsed.understood and at_who and _looks_like_a_name(sentence):
        parsed.person = " ".join(sentence.split())  # "Pour qui ?" -> "K.B.": a name alone
    elif not parsed.understood:
        await message.reply_text(_("log-not-understood"))
        return await ask_next(update, context, me, Whom(youths, offline))
    if parsed.person:
        wanted = folded(parsed.person)
        youth = [i for i, name in youths if folded(name) == wanted]
        known = [p.id for p in offline if folded(p.nickname) == wanted]
        if len(youth) == 1:
            set_who(draft, youth_id=youth[0])
        elif len(known) == 1:
            set_who(draft, offline_id=known[0])
        else:
            set_who(draft, pending_name=parsed.person[:NICKNAME_MAX])
    elif parsed.group:
        set_who(draft, group=parsed.group[:GROUP_MAX])
    for key in ("kind", "minutes"):
        if getattr(parsed, key):
            draft[key] = getattr(parsed, key)
    if parsed.day:
        draft["day"] = parsed.day.isoformat()
    if parsed.themes:
        draft["themes"] = sorted(set(draft.get("themes", [])) | set(parsed.themes))
    if parsed.partner:
        same = matching(partners, parsed.partner)  # "Caritas" finds "Caritas Jura"
        if len(same) == 1:
            draft["partner_id"], draft["partner_name"] = same[0].id, None
        else:
            draft["pending_partner"] = parsed.partner[:PARTNER_MAX]
    return await ask_next(update, context, me, Whom(youths, offline))
