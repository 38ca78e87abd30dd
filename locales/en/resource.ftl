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
