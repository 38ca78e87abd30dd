# I check-in dei giovani (« tu »; chi fa da mentor non vede mai la risposta).
checkin-ask = 🌤 Come va in questo periodo? (La tua risposta resta tra te e il team: chi ti fa da mentor non la vede.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 Non chiedermelo più
checkin-off-done = D'accordo, non te lo chiederemo più. Puoi sempre scrivere a chi ti fa da mentor.
checkin-which-theme = Grazie! Cosa ti pesa di più in questo momento? (facoltativo)
checkin-skip = Salta
checkin-thanks = Grazie, preso nota. 💛
checkin-already = Hai già risposto a questa domanda.
checkin-low-question = Grazie di avermelo detto. 💛 Sei al sicuro in questo momento?
checkin-mentor-low = 🌱 Forse è un buon momento per chiedere notizie a { $name }.

# Quando un accompagnamento finisce (« tu »).
feedback-helped = Il tuo accompagnamento con chi ti faceva da mentor è finito. Ti ha aiutato? (1 = per niente, 5 = molto)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = Lo consiglieresti a un amico o a un'amica?
feedback-recommend-yes = Sì
feedback-recommend-maybe = Forse
feedback-recommend-no = No
feedback-thanks = Grazie per la tua risposta! 💛 Aiuta il team a fare meglio.
feedback-thanks-words = Grazie per la tua risposta! 💛 Vuoi aggiungere qualche parola per il team? La leggerà senza il tuo nome, insieme a quelle di altri giovani.
feedback-add-words = ✍️ Aggiungere qualche parola
feedback-no-words = No, grazie
feedback-words-ask = Scrivile qui, in un solo messaggio (al massimo { $most } caratteri). Il team le leggerà senza il tuo nome, insieme a quelle di almeno altri quattro giovani. /cancel per lasciar perdere.
feedback-words-too-long = È un po' lungo: al massimo { $most } caratteri, per favore. Puoi accorciare e rimandare.
feedback-words-thanks = Grazie, preso nota. 💛 Il team le leggerà senza il tuo nome.

# Al gruppo di pilotaggio (« Lei »): le parole di fine accompagnamento, almeno cinque insieme, senza nome.
feedback-words-copil =
    💬 <b>Parole di giovani alla fine del loro accompagnamento</b> · { $team }
    (senza nome, in ordine sparso: arrivano almeno a cinque perché nessuno sia riconoscibile)

    { $words }
