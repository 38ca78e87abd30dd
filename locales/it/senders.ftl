## Chi manda un invio, un invito o un promemoria (prima riga del messaggio)
sent-by-team = 📣 <b>Il team · { $team }</b>
sent-by-copil = 📣 <b>Il gruppo di pilotaggio · { $team }</b>
broadcast-too-long = Questo messaggio è troppo lungo per un invio: al massimo { $limit } caratteri (la prima riga dice che viene dal gruppo di pilotaggio). Lo accorci e lo rimandi, oppure /cancel.
