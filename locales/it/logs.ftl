# /log, /history, /hours (mentor, gruppo di pilotaggio) — « Lei ».

## Tipi di accompagnamento (storage.models.KINDS)
kind-one_off = Puntuale
kind-long_term = A lungo termine
kind-collective = Collettivo
kind-relay = Passaggio a un servizio

## /log
log-who = Per chi? Tocchi un nome, oppure scriva tutto in una frase, per esempio: « ieri 45 min con Samir, alloggio ».
log-who-pending = « { $name } » non è uno dei Suoi giovani in Lien. Se segue questa persona fuori dal bot, tocchi il suo nome qui sotto.
log-button-offline-new = ➕ { $name } (fuori dal bot)
log-button-offline-other = ➕ Una persona fuori dal bot
log-button-group = 👥 Un gruppo
log-ask-offline = Il soprannome o le iniziali? Li vedrà solo Lei. (al massimo { $max } caratteri)
log-offline-bad = Un soprannome o delle iniziali, da 1 a { $max } caratteri, per favore.
log-ask-group = Quale gruppo? Per esempio « calcio del martedì ». (al massimo { $max } caratteri)
log-group-bad = Il nome del gruppo deve avere da 1 a { $max } caratteri.
log-ask-kind = Che tipo di accompagnamento?
log-ask-when = Quando? Tocchi un pulsante o scriva la data (« martedì », « 12.11 »).
log-today = Oggi
log-yesterday = Ieri
log-before-yesterday = L'altro ieri
log-date-future = Questo giorno non è ancora passato: un incontro si annota dopo averlo fatto. Che giorno era?
log-date-too-old = È più di un anno fa: un incontro si annota entro l'anno. Che giorno era?
log-date-unknown = Non ho capito questa data. Provi « ieri », « martedì » o « 12.11 ».
log-ask-minutes = Quanto tempo? Tocchi un pulsante o lo scriva (« 1h30 », « 20 min »).
log-minutes-bad = La durata deve essere tra 1 minuto e { $max } ore. Quanto tempo?
log-minutes-unknown = Non ho capito questa durata. Provi « 45 », « 1h30 » o « 2 ore ».
log-ask-partner = Verso quale servizio partner? Tocchi un nome o lo scriva.
log-partner-unknown = « { $name } » non è nell'elenco. Tenga questo nome così, o scelga un servizio (può anche scrivere un altro nome).
log-partner-keep = ✍️ Tenere « { $name } »
log-partner-several = Corrispondono più servizi: quale?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (fuori dal bot)
log-who-group = 👥 Gruppo « { $name } »
log-who-forgotten = 👤 (persona cancellata)
log-summary-title = <b>Il Suo incontro</b>
log-summary-themes-none = 🏷 Temi: ne tocchi almeno uno qui sotto
log-summary-note = 📝 Nota cifrata: { $length ->
        [one] { $length } carattere
       *[other] { $length } caratteri
    }
log-summary-no-note = 📝 Nessuna nota. Per aggiungerne una, la scriva qui: viene cifrata e la legge solo Lei.
log-summary-check = Controlli, poi « Salvare ». Prima non si salva niente.
log-save = ✅ Salvare
log-edit = ✏️ Modificare
log-discard = ✖️ Lasciar perdere
log-themes-needed = Scelga almeno un tema.
log-note-too-long = Questa nota ha { $length } caratteri: al massimo { $max }. La accorci e la rimandi; il resto dell'incontro è tenuto.
log-note-kept = 📝 Nota aggiunta, cifrata.
log-saved = ✅ Salvato: { $minutes } min, { $when }. Grazie!
log-saved-already = ✅ Questo incontro è già salvato, una volta sola.
log-updated = ✅ Incontro modificato.
log-edit-which = Cosa vuole modificare?
log-edit-who = Per chi
log-edit-kind = Tipo di accompagnamento
log-edit-when = Data
log-edit-minutes = Durata
log-edit-partner = Servizio partner
log-edit-note = 🗑 Cancellare la nota
log-not-understood = Non ho riconosciuto niente. Tocchi un pulsante, o scriva per esempio « ieri 45 min con Samir, alloggio ».
log-sentence-duration = « { $text } »: una durata deve essere tra 1 minuto e { $max } ore. Non è stato salvato niente.
log-sentence-future = « { $text } » non è ancora passato: un incontro si annota dopo averlo fatto. Non è stato salvato niente.
log-sentence-too-old = « { $text } » risale a più di un anno fa: un incontro si annota entro l'anno. Non è stato salvato niente.
log-discarded = D'accordo, non è stato salvato niente.
log-use-buttons = Tocchi uno dei pulsanti qui sopra, oppure /cancel.
log-gone = Questo incontro non esiste più o non si può più modificare (al massimo 30 giorni).
log-stale = Aveva cominciato ad annotare un incontro un po' di tempo fa. Questo messaggio è per quell'incontro? Se sì, lo rimandi. Se era per un o una giovane, metta da parte l'incontro e poi lo rimandi: partirà per il o la Sua giovane.
log-set-aside = ⏸ Mettere da parte l'incontro
log-was-set-aside = ⏸ Incontro messo da parte, non si perde niente: /log per riprenderlo. I Suoi messaggi vanno di nuovo ai Suoi giovani.
log-resumed = ▶ Il Suo incontro messo da parte riprende qui.

## Menu dei comandi
cmd-log = Annotare un incontro
cmd-history = I miei ultimi incontri
cmd-hours = { $role ->
        [copil] Tempo del team (rimborso)
       *[other] Il mio tempo (rimborso)
    }

## /history
history-none = Ancora nessun incontro annotato. /log per annotarne uno.
history-title = <b>I Suoi ultimi incontri</b>
history-tap = Tocchi un incontro degli ultimi 30 giorni per vederlo, modificarlo o cancellarlo.
history-delete = 🗑 Cancellare
history-delete-confirm = Cancellare questo incontro? È definitivo.
history-delete-yes = Sì, cancellare
history-deleted = 🗑 Incontro cancellato.
history-note-unreadable = 📝 Nota illeggibile: la chiave di cifratura è cambiata da allora.

## /hours
hours-title = <b>Il Suo tempo</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV di { $month }
hours-csv-caption = Il Suo tempo di { $month }: { $total }. Date, tipi, minuti, temi e servizi partner; né nomi né note. Può inoltrarlo al gruppo di pilotaggio.
hours-col-date = data
hours-col-kind = tipo di accompagnamento
hours-col-minutes = minuti
hours-col-themes = temi
hours-col-partner = servizio partner
hours-col-kind-code = codice del tipo
hours-col-theme-codes = codici dei temi
hours-col-team = team
hours-col-mentor = mentor
hours-col-total = totale (minuti)
hours-which-month = Quale mese?
hours-team-title = <b>Tempo dei mentor, { $month }</b>
hours-team-none = Nessun incontro annotato.
hours-year = 📅 Gli ultimi 12 mesi
hours-team-summary =
    <b>Tempo dei mentor, { $month }</b>
    { $mentors } mentor in { $teams } team: { $total } in tutto.
    Il dettaglio per mentor è nel file qui sotto.
