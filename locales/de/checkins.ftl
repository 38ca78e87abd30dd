# Check-ins der jungen Menschen (« du »; die Mentor:in sieht die Antwort nie).
checkin-ask = 🌤 Wie geht es dir gerade? (Deine Antwort bleibt zwischen dir und dem Team: Deine Mentor:in sieht sie nicht.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 Nicht mehr fragen
checkin-off-done = Gut, wir fragen dich nicht mehr. Du kannst deiner Mentor:in immer schreiben.
checkin-which-theme = Danke! Was belastet dich gerade am meisten? (freiwillig)
checkin-skip = Überspringen
checkin-thanks = Danke, ist notiert. 💛
checkin-already = Diese Frage hast du schon beantwortet.
checkin-low-question = Danke, dass du es mir sagst. 💛 Bist du gerade in Sicherheit?
checkin-mentor-low = 🌱 Vielleicht ein guter Moment, um bei { $name } nachzufragen, wie es geht.

# Wenn eine Begleitung endet (« du »).
feedback-helped = Deine Begleitung mit deiner Mentor:in ist beendet. Hat sie dir geholfen? (1 = gar nicht, 5 = sehr)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = Würdest du sie einer Freundin oder einem Freund empfehlen?
feedback-recommend-yes = Ja
feedback-recommend-maybe = Vielleicht
feedback-recommend-no = Nein
feedback-thanks = Danke für deine Antwort! 💛 Sie hilft dem Team, besser zu werden.
feedback-thanks-words = Danke für deine Antwort! 💛 Willst du dem Team noch ein paar Worte schreiben? Es liest sie ohne deinen Namen, zusammen mit denen anderer junger Menschen.
feedback-add-words = ✍️ Ein paar Worte schreiben
feedback-no-words = Nein danke
feedback-words-ask = Schreib sie hier, in einer einzigen Nachricht (höchstens { $most } Zeichen). Das Team liest sie ohne deinen Namen, zusammen mit denen von mindestens vier anderen jungen Menschen. /cancel, um es zu lassen.
feedback-words-too-long = Das ist etwas lang: höchstens { $most } Zeichen, bitte. Du kannst kürzen und nochmal senden.
feedback-words-thanks = Danke, ist notiert. 💛 Das Team liest sie ohne deinen Namen.

# An die Steuergruppe (« Sie »): Worte am Ende einer Begleitung, mindestens fünf zusammen, ohne Namen.
feedback-words-copil =
    💬 <b>Worte junger Menschen am Ende ihrer Begleitung</b> · { $team }
    (ohne Namen, durcheinander: Sie kommen zu mindestens fünf, damit niemand erkennbar ist)

    { $words }
