# Youths' check-ins (the mentor never sees the answer).
checkin-ask = 🌤 How are you these days? (Your answer stays between you and the team: your mentor does not see it.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 Don't ask me again
checkin-off-done = All right, we won't ask again. You can always write to your mentor.
checkin-which-theme = Thanks! What weighs most at the moment? (optional)
checkin-skip = Skip
checkin-thanks = Thanks, noted. 💛
checkin-already = You already answered this question.
checkin-low-question = Thank you for telling me. 💛 Are you safe right now?
checkin-mentor-low = 🌱 Maybe a good moment to check in with { $name }.

# When a link ends.
feedback-helped = Your link with your mentor has ended. Did this link help you? (1 = not at all, 5 = a lot)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = Would you recommend it to a friend?
feedback-recommend-yes = Yes
feedback-recommend-maybe = Maybe
feedback-recommend-no = No
feedback-thanks = Thanks for your answer! 💛 It helps the team do better.
feedback-thanks-words = Thanks for your answer! 💛 Would you like to add a few words for the team? They will read them without your name, with other young people's.
feedback-add-words = ✍️ Add a few words
feedback-no-words = No thanks
feedback-words-ask = Write them here, in one message ({ $most } characters at most). The team will read them without your name, with those of at least four other young people. /cancel to drop it.
feedback-words-too-long = That's a bit long: { $most } characters at most, please. You can shorten it and send it again.
feedback-words-thanks = Thanks, noted. 💛 The team will read them without your name.

# To the COPIL: words written when a link ended, five or more at a time, without names.
feedback-words-copil =
    💬 <b>Words from young people at the end of their link</b> · { $team }
    (no names, in no order: they come five or more at a time so nobody can be recognised)

    { $words }
