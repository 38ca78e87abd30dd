# Invii del gruppo di pilotaggio (issue 5). « Lei » con il gruppo, « tu » con i giovani.

cmd-broadcast = Mandare una notizia al team
cmd-broadcasts = Gli invii recenti e programmati
cmd-news = Ricevere le notizie o no

## /broadcast (gruppo di pilotaggio)
broadcast-ask-audience = A chi mandare il messaggio?
broadcast-audience-mentors = I mentor
broadcast-audience-peer_helpers = I peer
broadcast-audience-youths = I giovani che vogliono le notizie
broadcast-audience-everyone = Tutti
broadcast-ask-team = Per quale team?
broadcast-all-teams = Tutti i team
broadcast-ask-content =
    Mandi il messaggio così come deve partire: testo (grassetto, corsivo, link permessi), oppure una foto o un documento con una didascalia (al massimo { $max } caratteri).
    /cancel per annullare.
broadcast-content-bad = Mandi un testo, una foto o un documento (uno solo). Oppure /cancel.
broadcast-lost = Questa bozza non c'è più. Ricominci con /broadcast.
broadcast-preview-title = Anteprima, esattamente come la riceveranno le persone:
broadcast-preview-for =
    Per: <b>{ $audience }</b>, { $where } — { $count ->
        [0] ancora nessuno
        [one] 1 persona
       *[other] { $count } persone
    }.
broadcast-send-now = 📤 Mandare adesso ({ $count })
broadcast-schedule = 🕒 Programmare
broadcast-change = ✏️ Cambiare il messaggio
broadcast-stop = Annulla
broadcast-nobody = Per ora nessuno riceve questo messaggio: non è partito niente.
broadcast-sending = Partito (invio n. { $id }). Le mando un resoconto quando tutto è consegnato. /broadcasts mostra l'avanzamento.
broadcast-ask-when = Quando mandarlo? Per esempio « domani alle 9 », « giovedì 18:30 », « il 3 dicembre alle 8 ».
broadcast-when-bad = Non ho capito questa data. Provi « domani alle 9 » o « il 3 dicembre alle 8 », oppure /cancel.
broadcast-when-past = Questo momento è già passato. Indichi una data futura, oppure /cancel.
broadcast-when-too-far = È troppo lontano: al massimo { $years } anni prima. Quale data?
broadcast-when-no-time = A che ora? Per esempio « giovedì 18:30 », oppure /cancel.
broadcast-scheduled = Programmato per { $when }. /broadcasts per annullarlo.
broadcast-report =
    Invio n. { $id } finito: { $sent ->
        [one] { $sent } inviato
       *[other] { $sent } inviati
    }{ $unreachable ->
        [0] {""}
       *[other] , { $unreachable } non raggiungibili (bot bloccato)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } non riusciti
    }.

## /broadcasts (gruppo di pilotaggio)
broadcasts-none = Ancora nessun invio. /broadcast per mandarne uno.
broadcasts-title = <b>Invii</b>
broadcasts-line-scheduled = 🕒 n. { $id } — previsto { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 n. { $id } — in corso — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ n. { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } inviati, { $unreachable } non raggiungibili, { $failed } non riusciti
broadcasts-line-cancelled = ✖️ n. { $id } — annullato — { $audience }, { $where }
broadcasts-cancel = ✖️ Annullare n. { $id } ({ $when })
broadcasts-cancelled = Invio n. { $id } annullato.
broadcasts-too-late = Troppo tardi: è già partito o annullato.

## /news (giovani)
news-on = Ricevi le notizie del team (formazioni, attività, informazioni).
news-off = Non ricevi le notizie del team. Puoi cambiare quando vuoi.
news-turn-on = 🔔 Ricevere le notizie
news-turn-off = 🔕 Non riceverle più
