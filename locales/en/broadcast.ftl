# COPIL broadcasts (issue 5).

cmd-broadcast = Send news to the team
cmd-broadcasts = Recent and scheduled broadcasts
cmd-news = Receive the news or not

## /broadcast (COPIL)
broadcast-ask-audience = Who is the message for?
broadcast-audience-mentors = Mentors
broadcast-audience-peer_helpers = Peer helpers
broadcast-audience-youths = Youths who want the news
broadcast-audience-everyone = Everyone
broadcast-ask-team = For which team?
broadcast-all-teams = All teams
broadcast-ask-content =
    Send the message as it should go out: text (bold, italics, links allowed), or one photo or document with a caption ({ $max } characters at most).
    /cancel to cancel.
broadcast-content-bad = Send text, a photo or a document (just one). Or /cancel.
broadcast-lost = This draft is gone. Start again with /broadcast.
broadcast-preview-title = Preview, exactly as people will receive it:
broadcast-preview-for =
    For: <b>{ $audience }</b>, { $where } — { $count ->
        [0] nobody yet
        [one] 1 person
       *[other] { $count } people
    }.
broadcast-send-now = 📤 Send now ({ $count })
broadcast-schedule = 🕒 Schedule
broadcast-change = ✏️ Change the message
broadcast-stop = Cancel
broadcast-nobody = Nobody receives this message yet: nothing was sent.
broadcast-sending = On its way (broadcast no. { $id }). I will send you a report when everything is delivered. /broadcasts shows progress.
broadcast-ask-when = When should it go? For example "tomorrow 9am", "thursday 6:30pm", "3 december 8am".
broadcast-when-bad = I did not understand this date. Try "tomorrow 9am" or "3 december 8am", or /cancel.
broadcast-when-past = That moment has passed. Give a date ahead, or /cancel.
broadcast-when-too-far = That is too far ahead: { $years } years at most. Which date?
broadcast-when-no-time = At what time? For example "thursday 6:30pm", or /cancel.
broadcast-scheduled = Scheduled for { $when }. /broadcasts to cancel it.
broadcast-report =
    Broadcast no. { $id } finished: { $sent } sent{ $unreachable ->
        [0] {""}
       *[other] , { $unreachable } unreachable (blocked the bot)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } failed
    }.

## /broadcasts (COPIL)
broadcasts-none = No broadcast yet. /broadcast to send one.
broadcasts-title = <b>Broadcasts</b>
broadcasts-line-scheduled = 🕒 no. { $id } — due { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 no. { $id } — sending — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ no. { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } sent, { $unreachable } unreachable, { $failed } failed
broadcasts-line-cancelled = ✖️ no. { $id } — cancelled — { $audience }, { $where }
broadcasts-cancel = ✖️ Cancel no. { $id } ({ $when })
broadcasts-cancelled = Broadcast no. { $id } cancelled.
broadcasts-too-late = Too late: it has already gone or been cancelled.

## /news (youths)
news-on = You receive the team's news (trainings, activities, information).
news-off = You do not receive the team's news. You can change this any time.
news-turn-on = 🔔 Receive the news
news-turn-off = 🔕 Stop receiving them
