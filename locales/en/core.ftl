# Lien — core texts (English; French is the reference).

## This language: its name in itself (/language's buttons) and its Babel locale (dates)
language-name = English
language-locale = en_GB

## Dates: Babel patterns (EEEE weekday, d day of the month, MMMM month, y year, HH:mm time;
## text between apostrophes is written as is). The year is added when it is not this year.
when-moment = EEEE d MMMM 'at' HH:mm
when-moment-year = EEEE d MMMM y 'at' HH:mm
when-day = EEEE d MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Roles
role-youth = young person
role-mentor = mentor
role-peer_helper = peer helper
role-copil = steering committee (COPIL) member
roles-youth = Young people
roles-mentor = Mentors
roles-peer_helper = Peer helpers
roles-copil = COPIL
whole-programme = the whole programme

## Commands menu
cmd-start = Start
cmd-help = What I can do here
cmd-language = Change language
cmd-cancel = Cancel what is in progress
cmd-invite = Invite someone
cmd-people = People in the team
cmd-teams = Teams

## First contact
choose-language = Bonjour ! 👋 Choisis ta langue. / Choose your language.
language-set = Got it: I'll talk to you in English.
intro-youth =
    <b>Lien</b> links you with a mentor: a volunteer from your neighbourhood, your club or your community, who can help with work, training, housing or something else.

    • You decide. Nobody writes to you unless you asked, and you can stop whenever you want.
    • It's confidential. Your mentor does not see your phone number or username.
    • Mentors are volunteers. For health or an emergency, we show you the right services.

    To go on, I save your Telegram first name and your language. You can erase everything at any time with /forget.
invite-intro-mentor =
    Welcome! You are invited to join <b>Lien</b> as a mentor, team <b>{ $team }</b>.

    I save your Telegram first name and your language so the team can reach you. OK?
invite-intro-peer_helper =
    Welcome! You are invited to join <b>Lien</b> as a peer helper, team <b>{ $team }</b>.

    I save your Telegram first name and your language so the team can reach you. OK?
invite-intro-copil =
    Welcome! You are invited to join <b>Lien</b> as a member of the steering committee (COPIL) ({ $team }).

    I save your Telegram first name and your language. OK?
invite-intro-youth =
    Welcome! You are invited to join <b>Lien</b>, team <b>{ $team }</b>.

    I save your Telegram first name and your language. OK?
consent-yes = ✅ OK
consent-no = No thanks
consent-declined = No problem, I saved nothing. /start brings you back, at any time.
welcome-youth = Thank you, { $name }! You're in.
welcome-mentor = Thank you, { $name }! You are now a mentor in Lien.
welcome-peer_helper = Thank you, { $name }! You are now a peer helper in Lien.
welcome-copil = Thank you, { $name }! You are now a COPIL member.
welcome-back = Hello again, { $name }!

## Invitation links
link-invalid = This link is not valid: it may be incomplete. The person who gave it can send a new one.
link-unknown = This link is not valid. The person who gave it can send a new one.
link-used = This link has already been used: each link works only once. The person who gave it can send a new one.
link-expired = This link has expired. The person who gave it can send a new one.

## Help, per role
help-stranger = Send /start to begin.
help-youth =
    What you can do:
    /request — ask for contact with a mentor
    /talk — choose who you write to
    /stop — stop your link or your request
    /mydata — see what Lien keeps about you
    /forget — erase everything
    /news — receive the team's news or not
    /groups — your peer-aidance groups and their sessions
    /partners — professional services that can help you
    /help — see this message again
    /language — change language
    /cancel — cancel what is in progress
help-mentor =
    What you can do:
    /log — log a follow-up, for example "/log yesterday 45 min with Samir, housing"
    /history — your recent follow-ups: see, change or delete them
    /hours — your time this month, with a CSV for reimbursement
    /partners — the partner directory
    /support — write to your resource person
    /mylink — your personal link to give a young person
    /talk — choose which young person you write to
    /end — end a follow-up
    /available — get new requests again after a break
    /help — see this message again
    /language — change language
    /cancel — cancel what is in progress
help-peer_helper =
    What you can do:
    /groups — the groups you lead: sessions, place and theme, requests to join
    /attendance — after a session, tick who came
    /partners — the directory of professional services, to point a youth the right way
    /mydata — see what Lien keeps about you
    /forget — erase everything
    /help — see this message again
    /language — change language
    /cancel — cancel what is in progress
help-copil =
    What you can do:
    /invite — invite a mentor, a peer helper or a COPIL member
    /people — the team's people; deactivate someone
    /alerts — open safety-net alerts: take, write, close
    /teams — create or rename a team
    /assign — give a waiting request to a mentor
    /emergency — the emergency numbers given to youths
    /hours — mentors' time per month (message and CSV)
    /stats — figures for funders: charts, CSV, Excel
    /rhythms — per team, days of silence and the check-ins' rhythm
    /resource — give each mentor a resource person
    /talk — choose which mentor you answer
    /broadcast — send news (mentors, peer helpers, youths)
    /broadcasts — recent and scheduled broadcasts
    /partners — the directory: search, add, edit, share
    /event — create a training, an intervision or an information session
    /events — events: answers, attendance, move, cancel
    /group — create a peer-aidance group
    /groups — your teams' groups and their sessions
    /attendance — after a session, tick who came
    /help — see this message again
    /language — change language
    /cancel — cancel what is in progress

## General answers
nothing-to-cancel = Nothing is in progress. /help shows what you can do.
cancelled = Cancelled. Nothing was changed.
unknown-command = I don't know this command. /help shows what you can do.
stray-text = I didn't understand. /help shows what you can do.
stray-text-stranger = Hello! Send /start to begin.
button-unknown = This button is no longer valid.
button-close = Close
button-back = ◀ Back
answer-can-change = You can change your answer here.
not-allowed = This action is not available to you.
access-closed = Your access to Lien is closed. If this is a mistake, talk to the team.
group-write-privately = To talk to me, write privately: here, everyone can read.
error-nothing-lost = Oops, something went wrong on my side. Nothing is lost: you can try again.

## /invite (COPIL)
invite-which-role = Whom do you want to invite?
invite-which-team = In which team ({ $role })?
invite-link =
    Here is the link for a { $role }, team <b>{ $team }</b>:
    { $link }

    It works once, until { $until }. Send it to that person only.
invite-closed = OK, no invitation.

## /people (COPIL)
people-which-team = Which team?
people-title = <b>Team { $team }</b>
people-none = Nobody yet.
people-inactive-mark = (deactivated)
people-button-off = ⏸ Deactivate { $name }
people-button-on = ▶ Reactivate { $name }
people-deactivate-confirm = Deactivate { $name }? Their features stop at their next message. You can reactivate them later.
people-deactivate-yes = Yes, deactivate
people-deactivated = { $name } is deactivated.
people-reactivated = { $name } is reactivated.

## /teams (COPIL)
teams-title = <b>Teams</b>
teams-rename = ✏️ Rename { $name }
teams-new = ➕ New team
teams-closed = OK.
teams-ask-new-name = Name of the new team? ({ $max } characters at most, /cancel to cancel)
teams-ask-rename = New name for “{ $name }”? ({ $max } characters at most, /cancel to cancel)
teams-name-bad = The name must have 2 to { $max } characters. Try again, or /cancel.
teams-name-taken = A team is already called “{ $name }”. Choose another name, or /cancel.
teams-created = Team “{ $name }” created.
teams-renamed = Done: the team is now called “{ $name }”.

# What a request or a follow-up is about (storage.models.THEMES)
theme-work = Work
theme-training = Training
theme-housing = Housing
theme-money = Money
theme-health = Health
theme-family = Family
theme-papers = Papers and paperwork
theme-loneliness = Loneliness
theme-other = Other

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 blocked the bot
blocked-mentor = 🚫 The bot's messages no longer reach <b>{ $name }</b> for now: the bot has probably been blocked. That is their right. Nothing the bot had to send them is lost: it will be delivered when they come back. You don't need to do anything.
