# Requests, links, relay, ending a link, the safety net, data rights (issue 3).

cmd-request = Ask for contact
cmd-talk = Choose who I write to
cmd-stop = Stop the link or the request
cmd-mydata = My data
cmd-forget = Erase everything
cmd-mylink = My personal link
cmd-end = End a follow-up
cmd-assign = Assign a request
cmd-emergency = The team's emergency numbers

## /request (youth)
request-button = 🤝 Ask for contact
request-has-link = You're already linked with { $name }. Write to me here and I pass it on. To stop this link: /stop.
request-already-open = You already have a request waiting:
request-change = ✏️ Change it
request-withdraw = Withdraw my request
request-keep = Keep it as it is
request-kept = OK, your request stays as it is.
request-none-open = You have no open request any more. /request to make one.
request-withdrawn = Done: your request is withdrawn. You can ask again whenever you like with /request.
request-to-mentor = Your request will go to <b>{ $name }</b>.
request-which-team = Which area?
request-where-met = Where did you meet your mentor, or which world do they belong to? (optional)
met-sport = ⚽ Sport
met-culture = 🎭 Culture
met-faith = 🕊 Faith community
met-community = 🌍 My cultural community
met-work = 💼 Work
met-public = 🏙 Public space
met-other = Other
request-skip = Skip
request-what-about = What is it about? Choose one or more topics, then "Continue".
request-continue = Continue ▶
request-themes-none = Choose at least one topic.
request-age = How old are you?
age-under_16 = Under 16
age-16_17 = 16–17
age-18_25 = 18–25
age-26_30 = 26–30
age-over_30 = Over 30
request-over-30 = Thank you for trusting us. Lien is for young people up to 30, so I can't send you a mentor. Other services can help: /partners shows the partner directory.
request-name = Which first name or nickname may your mentor use? ({ $max } characters at most)
request-name-keep = Keep "{ $name }"
request-name-bad = Write a first name or nickname of 1 to { $max } characters.
request-message = A short message for your mentor? (optional, { $max } characters at most)
request-message-bad = Your message must be { $max } characters at most. Shorten it, or "Skip".
request-use-buttons = Use the buttons just above, or /cancel to stop.
request-confirm = Here is your request. Shall I send it?
request-send = ✅ Send
request-fix-met = Correct: where we met
request-fix-themes = Correct: the topics
request-fix-age = Correct: my age
request-fix-name = Correct: the name
request-fix-message = Correct: the message
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ "{ $message }"
request-summary-flagged = ⚠️ <b>Their message holds words of distress.</b> Lien has already answered them with care and the team follows up. Answer gently.
request-summary-language = 🗣 writes in { $lang }
language-fr = French
language-en = English
language-de = German
language-it = Italian
language-pt = Portuguese
language-es = Spanish
language-ar = Arabic
request-sent = Sent! I'll tell you as soon as a mentor answers. If nobody answers soon, the team takes over. You can withdraw your request with /stop.
request-sent-team = Sent! The team is looking for the right person for you and will get back to you very soon.
request-team-on-it = Your request hasn't found a mentor yet: the team is on it and will get back to you very soon. You don't need to do anything.
request-accepted =
    Good news: <b>{ $name }</b> accepted your request! 🎉

    Write here and I pass your messages on (text, photo, voice, document). { $name } sees neither your number nor your username. You can stop whenever you like with /stop.

## Mentors' answers
request-notice = 🤝 <b>New contact request</b>
request-accept = ✅ Accept
request-decline = Decline
request-notice-forgotten = (Request erased at the person's wish.)
request-notice-withdrawn = This request was withdrawn by the person. Thank you all the same!
request-taken = Another mentor has already accepted this request. Thank you for answering!
request-yours = You already accepted this request: write here to talk to them.
request-declined = You declined this request. Thank you for answering.
request-you-accepted =
    You accepted <b>{ $name }</b>'s request. Thank you!

    { request-write-here }
request-write-here = Write here: I pass your messages on, without your number or username. With several youths, reply to their message or choose with /talk. /end to close the follow-up.
request-assigned = 🤝 The COPIL has given you <b>{ $name }</b>'s request. Thank you for following it up!
request-assigned-other = The COPIL has given this request to another mentor. Thank you all the same!
request-reminder = ⏰ <b>{ $name }</b>'s request is still waiting for an answer. Could you accept or decline it?
mylink =
    Your personal link, to share in person with a young person (as a message, or a QR code made from the link):
    { $link }

    Whoever opens it sends their request to you, and you get it here.

## Alerts to the COPIL
escalation-unanswered = ⚠️ <b>{ $name }</b>'s request (team { $team }) has waited { $hours } h without an answer. /assign to give it to a mentor.
escalation-no-mentor = ⚠️ New request from <b>{ $name }</b> (team { $team }): no active mentor to notify. /assign to give it to a mentor.
escalation-declined = ⚠️ Every mentor declined <b>{ $name }</b>'s request (team { $team }). /assign to give it to a mentor.

## /assign (COPIL)
assign-none = No request is waiting. 🎉
assign-which-request = Which request do you want to assign?
assign-request = { $name } — since { $since }
assign-which-mentor = Which mentor should take { $name }'s request?
assign-no-mentor = There is no active mentor in this team.
assign-not-open = This request is no longer waiting.
assign-done = Done: { $mentor } now follows { $name }. Both have been told.

## Relay
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = With several people, I don't know who this message is for (reply to their message, or /talk): I sent nothing.
relay-offer = To send it anyway, choose who to:
relay-went-to = → { $name }
relay-not-sent = I didn't pass this message on to anyone.
relay-nowhere = I didn't pass this message on to anyone. /help shows what you can do.
relay-reply-unknown = I didn't pass this message on to anyone: it replies to a message from the bot or the team (or from an erased conversation), not from a person.
relay-choose = Who do you want to write to?
relay-nobody-youth = You have nobody to write to yet. /request to ask for contact.
relay-nobody = You have nobody to write to yet.
relay-only-one-youth = Your messages go to { $name }.
relay-only-one = Your messages go to { $name }.
relay-now-to = Your next messages will go to <b>{ $name }</b>.
relay-sent-to = Sent to <b>{ $name }</b>. Your next messages will go to them too.
relay-ended = This conversation has ended: the message was not passed on.
relay-ended-youth = Your link with { $name } has ended: your message was not passed on. You can ask again whenever you like with /request.
relay-ended-mentor = The link with { $name } has ended: your message was not passed on.
relay-mentor-away = Your mentor isn't available right now: your message was not passed on. Tell the team, or /stop then /request to ask for someone else.
relay-youth-away = The team has closed { $name }'s access to Lien for now: your message was not passed on.
relay-undelivered-youth = I couldn't pass this message on (the person may have blocked the bot). Try again later.
relay-undelivered = I couldn't pass this message on (the person may have blocked the bot). Try again later.
relay-flagged = ⚠️ The next message from <b>{ $name }</b> contains words of distress. Lien has already answered them with care (the emergency numbers, or asking whether they are safe) and the team follows up. Answer gently; you are not alone.

## /stop (youth) and /end (mentor)
stop-confirm = Stop your link with <b>{ $name }</b>? I'll tell them kindly. You can ask again later.
stop-yes = Yes, stop
stop-no = No, carry on
stop-kept = OK, nothing changes.
stop-request = You have a request waiting. Withdraw it?
stop-nothing = You have no link and no request. /request to ask for contact.
stop-already-ended = This link has already ended.
stop-done = Done, the link is stopped. Thanks for this part of the journey! You can ask again whenever you like with /request.
stop-mentor = <b>{ $name }</b> chose to stop the link. That is their right, and it isn't a failure: thank you for being there. You don't need to do anything.
end-nothing = You aren't following anyone at the moment.
end-which = Which follow-up do you want to end?
end-why = Why end <b>{ $name }</b>'s follow-up?
end-reason-goals = 🎯 Goals reached
end-reason-work = 💼 Found work or training
end-reason-professional = 🤝 Handed over to a professional
end-reason-no_contact = 📭 No more contact
end-reason-other = Another reason
end-cancel = Cancel
end-kept = OK, the follow-up goes on.
end-already-ended = This follow-up has already ended.
end-done = <b>{ $name }</b>'s follow-up has ended. Thank you for your commitment!
end-youth = { $name } ended your link. Thanks for this part of the journey! If you still need help, you can ask again whenever you like with /request.
peer-offer = Well done on your job or training! 🎉 Other young people could learn from your experience. Would you like to become a peer helper (leading meetings between young people, twice a month)? The team would contact you.
peer-yes = Yes, I'm interested
peer-no = No thanks
peer-declined = No problem! All the best. 🙂
peer-agreed = Great! The team knows and will get back to you.
peer-copil = <b>{ $name }</b> found work or training (followed by { $mentor }) and agrees to be invited as a peer helper.
peer-invite = Invite as peer helper
peer-already = This person is no longer a youth in Lien (already a peer helper?).
peer-done = { $name } is now a peer helper. I welcomed them.

## Safety net
safety-youth =
    Thank you for telling me. What you're going through matters, and you're not alone. 💛
    If you're in danger or need to talk now, call:
    { $numbers }
    And the team has been alerted to help you.
safety-category-suicide = suicidal thoughts
safety-category-self_harm = self-harm
safety-category-abuse = abuse
safety-category-violence = violence
safety-category-danger = in danger
safety-category-threat = threat to others
safety-category-distress = distress, hopelessness
safety-level-high = urgent
safety-level-medium = worrying
safety-copil =
    🚨 <b>Safety-net alert</b> ({ $category }, { $level } · rule { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Youth: <b>{ $name }</b>, team { $team }
safety-copil-who-peer_helper = Peer helper: <b>{ $name }</b>, team { $team }
safety-copil-who-stranger = Someone who has not signed up yet (no name), team { $team }
safety-copil-said =
    Message: "{ $text }"
    They were sent the emergency numbers.
safety-copil-said-not_really = Asked "Are you safe right now?", they answered "Not really". They were sent the emergency numbers. The message is not kept.
safety-copil-said-talk = Asked "Are you safe right now?", they answered "I want to talk to someone". They were sent the emergency numbers. The message is not kept.
safety-copil-said-timeout = Worrying words, and no answer within 30 minutes to "Are you safe right now?". Nothing else was sent to them; the message is not kept.
safety-question = What you wrote worries me a little. Are you safe right now?
safety-answer-ok = Yes, I'm OK
safety-answer-not_really = Not really
safety-answer-talk = I want to talk to someone
safety-answered-ok = Thank you for answering. 💛 If that changes, write to me, I'm here.
safety-take = 🙋 I'm on it
safety-taken-you = Noted: you're on it. The others can see it.
safety-taken-label = ✅ { $name } is on it
safety-taken-by = { $name } is already on it.
safety-copil-link = Link no. { $link } with { $mentor } (if the message reaches them, it is marked).
safety-copil-no-link = No link yet.
emergency-ch =
    • 144 — medical emergencies
    • 117 — police
    • 143 — La Main Tendue (helpline, 24/7)
    • 147 — Pro Juventute (young people, 24/7)
emergency-fr =
    • 15 — SAMU (medical emergencies)
    • 17 — police
    • 112 — emergencies
    • 3114 — suicide prevention (24/7)
    • 119 — children in danger
emergency-default = • 112 — emergencies

## /emergency (COPIL)
emergency-own = the team's own list
emergency-country = defaults, country { $country }
emergency-change = ✏️ Change: { $team }
emergency-reset = ↺ Defaults
emergency-was-reset = Done: team { $team } gives its country's default numbers again.
emergency-ask =
    Type the numbers for team <b>{ $team }</b>, one per line with what it is ({ $lines } lines at most), for example:
    144 medical emergencies
    143 La Main Tendue (helpline, 24/7)
    /cancel to cancel.
emergency-bad = It takes 1 to { $lines } lines, each with a number. Try again, or /cancel.
emergency-saved =
    Saved. The youths of team { $team } will see:
    { $numbers }

## /mydata and /forget
mydata-nothing = I have no data about you.
mydata-caption = Here is everything Lien keeps about you. Messages you exchange are never kept.
forget-confirm = Erase everything? Your profile, your requests, your link and their history will be deleted for good. Your current link stops. This can't be undone.
forget-yes = Yes, erase everything
forget-no = No, keep it
forget-kept = OK, nothing is erased.
forget-done = Done: everything is erased. Take care! If you want to come back one day, send /start.
