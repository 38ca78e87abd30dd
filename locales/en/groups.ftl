# Peer-aidance groups (issue 5).

cmd-group = Create a peer-aidance group
cmd-groups = My groups and their sessions
cmd-attendance = Note who came to a session

## /group (COPIL)
group-ask-name = The group's name? ({ $max } characters at most, /cancel to cancel)
group-no-helpers = There is no peer helper in this team yet: invite one with /invite, then start again.
group-ask-helpers = Who leads the group? Tap the peer helpers, then "Continue".
group-helpers-done = Continue ▶
group-helpers-none = Choose at least one peer helper.
group-ask-size = How many youths at most? Tap { $default } or type a number (2 to { $max }).
group-size-bad = Type a number from 2 to { $max }.
group-ask-rhythm =
    Which rhythm? For example "every 2nd and 4th tuesday 18:00", "every thursday 5:30pm", or dates: "3.12 18h; 17.12 18h".
group-rhythm-bad = I did not understand this rhythm. Try "every 2nd and 4th tuesday 18:00" or "3.12 18h; 17.12 18h".
group-rhythm-past = "{ $date }" is already past. Remove this date, or write it with the year if you do mean next year ("24.11.2027 18h").
group-confirm = Group <b>{ $name }</b>, { $size } youths at most, { $count ->
        [one] { $count } session planned
       *[other] { $count } sessions planned
    }:
group-create = ✅ Create the group
group-created =
    Group <b>{ $name }</b> created. The link to join it (give it to youths):
    { $link }
group-helper-told =
    You lead the group <b>{ $name }</b>. /groups shows its sessions. The link to join it:
    { $link }

## Joining
group-full = The group { $name } is full for now. Talk to the person who gave you the link.
group-joined = Welcome to the group <b>{ $name }</b>! The next sessions:
group-ask-join = ➕ Join "{ $name }"
group-ask-mentor = 🙋 Ask for a mentor
group-ask-which = From which group do you want to ask for a mentor?
group-asked = Asked: you will get an answer here.
group-already = You already asked, or you are already in this group.
group-request = { $name } asks to join the group { $group }. Will you accept?
group-accept = ✅ Accept
group-decline = Decline
group-accepted = Done: they joined { $name }.
group-declined = All right, the request is declined.
group-youth-none = You are not in a group yet.
group-leave = Leave "{ $name }"
group-leave-confirm = Do you want to leave the group <b>{ $name }</b>? You won't get its reminders any more. You can ask to join again whenever you like, with /groups.
group-leave-yes = Yes, I'm leaving the group
group-leave-no = No, I'm staying
group-left = Done, you left <b>{ $name }</b>. Thanks for being part of it! If you feel like coming back, /groups is there.
group-stayed = All right, you're staying in <b>{ $name }</b>.
group-not-member = You are no longer in this group.

## /groups (peer helpers, COPIL)
group-led-none = No group yet.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } youths
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Yes ({ $count }): { $names }
group-answers-no = ❌ No ({ $count }): { $names }
group-answers-none = ⏳ No answer yet ({ $count }): { $names }
group-set-details = 📍 Place and theme
group-cancel-session = ✖️ Cancel the session
group-session-cancelled-mark = (cancelled)
group-ask-details = Session of { $when }: the place, then the theme after a semicolon. For example "Community centre; CV and interviews".
group-details-bad = Write the place (2 to 120 characters), then optionally ";" and the theme.
group-details-set = Noted: { $line }
group-cancel-confirm = Cancel the session of { $when } ({ $name })? The group's youths will be told.
group-session-cancelled = The session of { $when } is cancelled; the youths are told.

## What youths receive
group-message-day = ⏰ Tomorrow, session of the group <b>{ $group }</b>. Are you coming?
group-message-2h = ⏰ In two hours, session of the group <b>{ $group }</b>.
group-message-cancelled = ✖️ The session of the group <b>{ $group }</b> is cancelled.
group-yes = ✅ Yes
group-no = ❌ No
group-answered-yes = Noted, see you soon!
group-answered-no = Noted. Maybe next time!

## /attendance
group-attendance-none = No session in the last two weeks.
group-attendance-which = Which session?
group-attendance-title = { $name }, { $when }: { $count } came. Tap a name to tick or untick it.
group-sessions-all = 🗓 All sessions ahead
group-sessions-title = <b>{ $name }</b>: { $count } session(s) ahead

# A session's rating
rating-ask = ⭐ Thanks for coming to the peer-aidance session "{ $group }"! How was it? (1 = not great, 5 = great) Your rating stays anonymous.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = Thanks for your rating! 💛
rating-average = ⭐ Session "{ $group }" on { $day }: { $stars } out of 5 on average ({ $count } ratings from the young people who came). Later ratings count in the team's figures, without a new message, so nobody can be recognised.
