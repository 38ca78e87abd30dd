# What the COPIL does with a safety alert (issue 12): repeats, writing to the youth,
# closing with an outcome, /alerts. A youth reads "the team", never "COPIL" nor a
# member's name.
safety-copil-said-repeat = ⏰ <b>Nobody has taken it yet</b>, { $minutes } min after the first alert. The message itself is only in the first alert.
cmd-alerts = Safety-net alerts
# What a youth reads as the sender of the owner's messages, and where their answer goes.
alert-team = The team
# The owner's copies, once taken.
alert-yours = ✅ You are on it
alert-write = ✍️ Write to the youth
alert-close = ✔️ Close the alert
alert-close-ask = How does alert no. { $id } end? Only the outcome is kept, never any text.
alert-outcome-safe = 🟢 Safe
alert-outcome-emergency = 🚑 Handed to emergency services
alert-outcome-professional = 🩺 Referred to a professional
alert-outcome-no_answer = 🔇 No answer
alert-outcome-false_alarm = ⚪ False alarm
alert-outcome-other = ➖ Other
alert-keep = ◀ Not yet
alert-kept = Alert no. { $id } stays open.
alert-closed = ✔️ Alert no. { $id } closed: { $outcome }.
alert-closed-label = ✔️ Closed: { $outcome }
alert-closed-by = Alert closed by { $name }: { $outcome }.
# /alerts
alerts-none = No open alert. 🌿
alerts-title = <b>Open alerts: { $count }</b>
    Untaken first. The message is only in the alert itself.
alerts-line-open = 🆘 <b>no. { $id }</b> · { $who } · { $category } ({ $level }) · nobody took it, for { $age }
alerts-line-taken = ✅ no. { $id } · { $who } · { $category } ({ $level }) · taken by { $owner } in { $took } · for { $age }
alerts-stranger = someone not signed up yet
alerts-closed-title = <b>Closed in the last 7 days: { $count }</b>
alerts-line-closed = ✔️ no. { $id } · { $who } · { $category } ({ $level }) · closed by { $closer }: { $outcome } · open for { $lasted }
alerts-take = 🙋 no. { $id }: I'm on it
alerts-write = ✍️ no. { $id }: write
alerts-close = ✔️ no. { $id }: close
alerts-age-min = { $n } min
alerts-age-h = { $n } h
alerts-age-d = { $n } d
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Alert repeats
alerts-repeat-which = Repeats for which team?
alerts-repeat-now = Team { $team }: an alert nobody took goes again to the whole COPIL every <b>{ $minutes } min</b>, until someone takes it. Change:
alerts-repeat-choice = { $minutes } min
alerts-repeat-back = ◀ Back to the alerts
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = no. { $id } · someone not signed up yet
safety-copil-said-model =
    { $said }
    The words that weighed most for the model: { $text }
