# /resource (COPIL) and /support (mentors).
cmd-resource = Mentors' resource persons
cmd-support = Write to my resource person

resource-title = <b>Resource persons</b> (tap a mentor to change)
resource-nobody = nobody yet
resource-no-mentor = No active mentor in your teams.
resource-choose = Who will be { $name }'s resource person?
resource-done = ✅ { $copil } is { $name }'s resource person.
resource-told-mentor = Your resource person is now { $name }, from the COPIL. To write to them: /support
resource-told-copil = You are now { $name }'s resource person. Their /support messages reach you here; reply to their message (or tap their name) to answer.
support-nobody = You don't have a resource person yet. The COPIL assigns one with /resource.
support-ready = Your next messages will go to <b>{ $name }</b>, your resource person, through the bot. Write now. (/talk to write to a youth again.)

# Mentors' wellbeing, once a quarter.
wellbeing-ask = 🌿 A question for this quarter, just for you: how are you doing as a volunteer these days? (Your answer stays with the COPIL, for the programme's figures.)
wellbeing-support = Thank you. Would you like some support?
wellbeing-support-yes = Yes, I'd like to talk
wellbeing-support-no = No, thank you
wellbeing-support-sent = Your resource person has been told and will get in touch. Thank you for all you do. 💛
wellbeing-thanks = Thank you for your answer and for all you do. 💛
wellbeing-already = You have already answered this question.
wellbeing-support-asked = 🌿 { $name } would like some support (this quarter's question on volunteers' wellbeing). Please get in touch when you can.
