# No link fades in silence, and mentors' pause.
silence-nudge = 🌱 No news with { $name } for { $days } days. A short message, or a follow-up to log?
silence-log = 📝 Log a follow-up
silence-write = ✉️ Write to them
silence-ask = 🌱 It's been a while since { $name } and you last wrote. Do you want to keep this link?
silence-keep = Yes, I'll keep it
silence-later = Later
silence-stop = I'd rather stop
silence-keep-done = 👍 Noted, the link goes on. { $tu ->
    *[yes] Write whenever you like, your mentor knows.
    [no] Write whenever you like.
}
silence-later-done = All right, we'll ask you again later. The link goes on.
silence-stop-done = Done, the link is stopped. Thanks for this part of the journey! You can ask again whenever you like with /request.
silence-already-ended = This link has already ended. You can ask again whenever you like with /request.
silence-kept-mentor = 🌱 { $name } wants to keep the link with you. A short message will be welcome.
silence-stopped-mentor = { $name } preferred to stop the link, as there was no contact lately. Thank you for what you did together.
silence-warn-youth = 🌱 With no news from you or { $name }, this link will close in a week. One message is enough to keep it. And you can always ask again with /request.
silence-warn-mentor = 🌱 With no news between you and { $name }, this link will close in a week. One message or a logged follow-up is enough to keep it.
silence-closed-youth = This link with { $name } is closed, as there was no contact for { $days } days. Thanks for this part of the journey! You can ask again whenever you like with /request.
silence-closed-mentor = The link with { $name } is closed, as there was no contact for { $days } days ("no more contact"). Thank you for what you did together.
silence-link-gone = This link is no longer active: nothing to log here. /log for another follow-up.

pause-ask = The last three requests passed you by (declined or taken by others). Would you like to take a break? You will get no new requests until /available. Your current links go on.
pause-yes = ⏸ Yes, a break
pause-no = No, I stay available
pause-yes-done = ⏸ Noted: no new requests for now. Your current links go on. To get them again: /available
pause-no-done = 👍 You stay available for new requests.
available-done = ▶️ You get new requests again.
available-already = You are already available for new requests.
people-paused-mark = ⏸ (on a break)
people-paused-count = ⏸ Mentors on a break: { $count }

cmd-available = Get new requests again

## /rhythms (COPIL): each team's rhythms
cmd-rhythms = Team silences and check-ins
rhythm-which-team = For which team?
rhythm-summary =
    <b>⏱ Rhythms · { $team }</b>

    Without a message or follow-up: nudge to the mentor after { $silence } days, question to the youth after { $ask } days, link closed after { $close } days (both are told a week before).
    Youths' check-ins: { $checkin ->
        [0] off
       *[other] every { $checkin } days
    }.
rhythm-change-silence = 🔕 Days of silence before the nudge
rhythm-change-ask = ❓ Question to the youth
rhythm-change-close = 🔒 Closing the link
rhythm-change-checkin = 🌤 Check-in rhythm
rhythm-ask-silence = After how many days of silence should the mentor be nudged?
rhythm-ask-ask = After how many days of silence should the youth be asked whether to keep the link?
rhythm-ask-close = After how many days of silence should the link close ("no more contact")? Both are told a week before.
rhythm-order-bad = ⚠️ Not possible: the nudge must come no later than the question to the youth, and the closing at least a week after the question. Now: nudge { $silence } d, question { $ask } d, closing { $close } d. Nothing changed.
rhythm-ask-checkin = How often should youths be asked how they are?
rhythm-silence-days = { $days } days
rhythm-checkin-days = { $days ->
    [0] Off
   *[other] { $days } days
}
rhythm-back = ◀ Back
rhythm-close = ✖ Close
rhythm-closed = Noted.
