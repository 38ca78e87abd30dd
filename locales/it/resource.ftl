# /resource (gruppo di pilotaggio) e /support (mentor) — « Lei ».
cmd-resource = Persone di riferimento dei mentor
cmd-support = Scrivere alla mia persona di riferimento

resource-title = <b>Persone di riferimento</b> (tocchi un o una mentor per cambiare)
resource-nobody = ancora nessuno
resource-no-mentor = Nessun o nessuna mentor attivo/a nei Suoi team.
resource-choose = Chi sarà la persona di riferimento di { $name }?
resource-done = ✅ { $copil } è la persona di riferimento di { $name }.
resource-told-mentor = La Sua persona di riferimento ora è { $name }, del gruppo di pilotaggio. Per scriverle: /support
resource-told-copil = Ora è la persona di riferimento di { $name }. I suoi messaggi /support Le arrivano qui; risponda al suo messaggio (o tocchi il suo nome) per risponderle.
support-nobody = Non ha ancora una persona di riferimento. Il gruppo di pilotaggio gliene assegna una con /resource.
support-ready = I Suoi prossimi messaggi andranno a <b>{ $name }</b>, la Sua persona di riferimento, tramite il bot. Scriva adesso. (/talk per scrivere di nuovo a un o una giovane.)

# Il benessere dei mentor, una volta per trimestre (« Lei »).
wellbeing-ask = 🌿 Una domanda del trimestre, solo per Lei: come sta in questo periodo come volontario/a? (La Sua risposta resta al gruppo di pilotaggio, per le cifre del programma.)
wellbeing-support = Grazie. Le servirebbe un sostegno?
wellbeing-support-yes = Sì, vorrei parlarne
wellbeing-support-no = No, grazie
wellbeing-support-sent = Inoltrato alla Sua persona di riferimento: La contatterà. Grazie per tutto quello che fa. 💛
wellbeing-thanks = Grazie per la Sua risposta e per tutto quello che fa. 💛
wellbeing-already = Ha già risposto a questa domanda.
wellbeing-support-asked = 🌿 { $name } vorrebbe un sostegno (domanda del trimestre sul benessere dei volontari). La contatti quando può.
