# COPIL events: trainings, intervision, information sessions (issue 5).

cmd-event = Create a training or a meeting
cmd-events = Events: answers, attendance

event-kind-training = Training
event-kind-intervision = Intervision
event-kind-info = Information session
event-kind-meeting = Meeting with the team

## /event (COPIL)
event-ask-kind = What kind of event?
event-ask-title = Its title? ({ $max } characters at most, /cancel to cancel)
event-title-bad = The title must be 2 to { $max } characters. Try again, or /cancel.
event-ask-when = When? For example "thursday 6:30pm" or "3 december 9am".
event-when-confirm = 📅 { $when }: is that right?
event-when-yes = ✅ Yes
event-when-no = ✏️ No, change it
event-ask-duration = How long? For example "2h", "1h30", "90 min".
event-duration-bad = I did not understand this duration (1 minute to 12 hours). For example "1h30".
event-ask-place = Where? An address, a room or a link to join. ({ $max } characters at most)
event-place-bad = The place must be 2 to { $max } characters. Try again, or /cancel.
event-ask-capacity = How many places? A number (up to { $max }), or 0 for no limit.
event-capacity-bad = Type a number from 1 to { $max }, or 0 for no limit.
event-ask-audience = Whom to invite?
event-preview =
    Here is the invitation ({ $count ->
        [0] nobody yet
        [one] 1 person
       *[other] { $count } people
    }), with a calendar file:
event-send = 📤 Send the invitations ({ $count })
event-created = Event no. { $id } created: the invitations are on their way. /events to see the answers.
event-report =
    Invitations to "{ $title }" sent: { $sent ->
        [one] { $sent } person received it
       *[other] { $sent } people received it
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } unreachable (blocked the bot)
       *[other] , { $unreachable } unreachable (blocked the bot)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } failed
    }. /events shows the answers.
event-calendar-caption = The calendar file sent with the invitation.
event-gone = This event no longer exists.

## What invited people receive
event-line-when = 🕒 { $when } ({ $minutes } min)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } place
       *[other] { $capacity } places
    }
event-invite-question = Are you coming?
event-yes = ✅ Yes
event-maybe = 🤔 Maybe
event-no = ❌ No
event-answered-yes = Noted: you are coming!
event-answered-maybe = Noted: maybe.
event-answered-no = Noted: not this time.
event-answered-waiting = It is full for now: you are on the waiting list. I will tell you if a place frees up.
event-moved-up = 🎉 A place freed up: you are in!
event-closed = This event has started or was cancelled: answers are closed.
event-reminder-day = ⏰ Reminder: it is tomorrow.
event-reminder-2h = ⏰ Reminder: in two hours.
event-change-moved = 📅 New date. Here is the new time (the calendar file is updated):
event-change-cancelled = ✖️ Cancelled. Sorry for the change.

## /events (COPIL)
events-none = No event ahead. /event to create one.
events-title = <b>Events</b> (choose one):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Cancelled</b>
events-answers-yes = ✅ Yes ({ $count }): { $names }
events-answers-waiting = ⏳ Waiting list ({ $count }): { $names }
events-answers-maybe = 🤔 Maybe ({ $count }): { $names }
events-answers-no = ❌ No ({ $count }): { $names }
events-came = 🙋 Came ({ $count }): { $names }
events-attendance = 🙋 Attendance
events-attendance-title = Who came to "{ $title }"? Tap a name to tick or untick it.
events-move = 🕒 Move
events-cancel = ✖️ Cancel the event
events-cancel-confirm = Cancel "{ $title }"? Everyone who answered will be told.
events-cancel-yes = Yes, cancel
events-cancelled = "{ $title }" is cancelled; everyone who answered is told.
events-move-ask = New date for "{ $title }"? For example "thursday 6:30pm". /cancel to keep the date.
events-moved = "{ $title }" moved to { $when }; everyone who answered is told.
