## Wer eine Sendung, Einladung oder Erinnerung schickt (erste Zeile der Nachricht)
sent-by-team = 📣 <b>Das Team · { $team }</b>
sent-by-copil = 📣 <b>Die Steuergruppe · { $team }</b>
broadcast-too-long = Diese Nachricht ist zu lang für eine Sendung: höchstens { $limit } Zeichen (die erste Zeile sagt, dass sie von der Steuergruppe kommt). Kürzen Sie sie und senden Sie sie nochmal, oder /cancel.
