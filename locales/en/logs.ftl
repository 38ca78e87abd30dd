# /log, /history, /hours (mentors, COPIL).

## Kinds of follow-up (storage.models.KINDS)
kind-one_off = One-off
kind-long_term = Long-term
kind-collective = Collective
kind-relay = Relay to a professional

## /log
log-who = Who for? Tap a name, or write it all in one sentence, for example: "yesterday 45 min with Samir, housing".
log-who-pending = "{ $name }" is not one of your youths in Lien. If you follow this person offline, tap their name below.
log-button-offline-new = ➕ { $name } (offline)
log-button-offline-other = ➕ Someone I follow offline
log-button-group = 👥 A group
log-ask-offline = Their nickname or initials? Only you will see it. ({ $max } characters at most)
log-offline-bad = A nickname or initials, 1 to { $max } characters, please.
log-ask-group = Which group? For example "Tuesday football". ({ $max } characters at most)
log-group-bad = The group's name must be 1 to { $max } characters.
log-ask-kind = What kind of follow-up?
log-ask-when = When? Tap a button or type the date ("Tuesday", "12.11").
log-today = Today
log-yesterday = Yesterday
log-before-yesterday = Day before
log-date-future = That day hasn't come yet: a follow-up is logged once done. Which day was it?
log-date-too-old = That is more than a year ago: a follow-up is logged within the year. Which day was it?
log-date-unknown = I didn't understand that date. Try "yesterday", "Tuesday" or "12.11".
log-ask-minutes = How long? Tap a button or type it ("1h30", "20 min").
log-minutes-bad = The time must be between 1 minute and { $max } hours. How long?
log-minutes-unknown = I didn't understand that time. Try "45", "1h30" or "2 hours".
log-ask-partner = Which partner? Tap a name or type it.
log-partner-unknown = "{ $name }" is not in the directory. Keep the name as written, or choose a partner (you can also type another name).
log-partner-keep = ✍️ Keep "{ $name }"
log-partner-several = Several partners match: which one?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (offline)
log-who-group = 👥 Group "{ $name }"
log-who-forgotten = 👤 (person erased)
log-summary-title = <b>Your follow-up</b>
log-summary-themes-none = 🏷 Themes: tap at least one below
log-summary-note = 📝 Encrypted note: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }
log-summary-no-note = 📝 No note. To add one, write it here: it is encrypted and only you can read it.
log-summary-check = Check, then "Save". Nothing is saved before.
log-save = ✅ Save
log-edit = ✏️ Edit
log-discard = ✖️ Discard
log-themes-needed = Choose at least one theme.
log-note-too-long = This note is { $length } characters long: { $max } at most. Shorten it and send it again; the rest of your follow-up is kept.
log-note-kept = 📝 Note added, encrypted.
log-saved = ✅ Saved: { $minutes } min, { $when }. Thank you!
log-saved-already = ✅ This follow-up is already saved, once.
log-updated = ✅ Follow-up changed.
log-edit-which = What do you want to change?
log-edit-who = Who for
log-edit-kind = Kind
log-edit-when = Date
log-edit-minutes = Time spent
log-edit-partner = Partner
log-edit-note = 🗑 Delete the note
log-not-understood = I didn't recognise anything. Tap a button, or write for example "yesterday 45 min with Samir, housing".
log-sentence-duration = "{ $text }": a time spent must be between 1 minute and { $max } hours. Nothing was saved.
log-sentence-future = "{ $text }" hasn't come yet: a follow-up is logged once done. Nothing was saved.
log-sentence-too-old = "{ $text }" is more than a year ago: a follow-up is logged within the year. Nothing was saved.
log-discarded = All right, nothing was saved.
log-use-buttons = Tap one of the buttons above, or /cancel.
log-gone = This follow-up no longer exists or can no longer be changed (30 days at most).
log-stale = You started a follow-up a while ago. Is this message for it? If so, send it again. If it was for a youth, set the follow-up aside, then send it again: it will go to your youth.
log-set-aside = ⏸ Set the follow-up aside
log-was-set-aside = ⏸ Follow-up set aside, nothing lost: /log to take it up again. Your messages go to your youths again.
log-resumed = ▶ Your follow-up set aside continues here.

## Commands menu
cmd-log = Log a follow-up
cmd-history = My recent follow-ups
cmd-hours = { $role ->
        [copil] The team's time (reimbursement)
       *[other] My time (reimbursement)
    }

## /history
history-none = No follow-up logged yet. /log to log one.
history-title = <b>Your recent follow-ups</b>
history-tap = Tap a follow-up of the last 30 days to see, change or delete it.
history-delete = 🗑 Delete
history-delete-confirm = Delete this follow-up? This cannot be undone.
history-delete-yes = Yes, delete
history-deleted = 🗑 Follow-up deleted.
history-note-unreadable = 📝 Note unreadable: the encryption key has changed since.

## /hours
hours-title = <b>Your time</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV for { $month }
hours-csv-caption = Your time in { $month }: { $total }. Dates, kinds, minutes, themes and partners; no names, no notes. You can hand it to the COPIL.
hours-col-date = date
hours-col-kind = kind of follow-up
hours-col-minutes = minutes
hours-col-themes = themes
hours-col-partner = partner
hours-col-kind-code = kind code
hours-col-theme-codes = theme codes
hours-col-team = team
hours-col-mentor = mentor
hours-col-total = total (minutes)
hours-which-month = Which month?
hours-team-title = <b>Mentors' time, { $month }</b>
hours-team-none = No follow-up logged.
hours-year = 📅 The last 12 months
hours-team-summary =
    <b>Mentors' time, { $month }</b>
    { $mentors } mentors in { $teams } team(s): { $total } in all.
    The detail per mentor is in the file below.
