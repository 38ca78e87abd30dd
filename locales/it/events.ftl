# Eventi del gruppo di pilotaggio: formazioni, intervisione, serate informative (issue 5).
# I giovani non leggono mai « intervisione »: per loro è un incontro con il team.

cmd-event = Creare una formazione o un incontro
cmd-events = Gli eventi: risposte, presenze

event-kind-training = Formazione
event-kind-intervision = Intervisione
event-kind-info = Serata informativa
event-kind-meeting = Incontro con il team

## /event (gruppo di pilotaggio)
event-ask-kind = Che tipo di evento?
event-ask-title = Il titolo? (al massimo { $max } caratteri, /cancel per annullare)
event-title-bad = Il titolo deve avere da 2 a { $max } caratteri. Riprovi, oppure /cancel.
event-ask-when = Quando? Per esempio « giovedì 18:30 » o « il 3 dicembre alle 9 ».
event-when-confirm = 📅 { $when }: è giusto?
event-when-yes = ✅ Sì
event-when-no = ✏️ No, cambiare
event-ask-duration = Quanto dura? Per esempio « 2 ore », « 1h30 », « 90 min ».
event-duration-bad = Non ho capito questa durata (tra 1 minuto e 12 ore). Per esempio « 1h30 ».
event-ask-place = Dove? Un indirizzo, una sala o un link per collegarsi. (al massimo { $max } caratteri)
event-place-bad = Il luogo deve avere da 2 a { $max } caratteri. Riprovi, oppure /cancel.
event-ask-capacity = Quanti posti? Un numero (fino a { $max }), o 0 se non c'è limite.
event-capacity-bad = Scriva un numero da 1 a { $max }, o 0 per nessun limite.
event-ask-audience = Chi invitare?
event-preview =
    Ecco l'invito ({ $count ->
        [0] ancora nessuno
        [one] 1 persona
       *[other] { $count } persone
    }), con un file calendario:
event-send = 📤 Mandare gli inviti ({ $count })
event-created = Evento n. { $id } creato: gli inviti partono. /events per vedere le risposte.
event-report =
    Inviti a « { $title } » mandati: { $sent ->
        [one] { $sent } persona l'ha ricevuto
       *[other] { $sent } persone l'hanno ricevuto
    }{ $unreachable ->
        [0] {""}
       *[other] , { $unreachable } non raggiungibili (bot bloccato)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } invii non riusciti
    }. /events mostra le risposte.
event-calendar-caption = Il file calendario mandato con l'invito.
event-gone = Questo evento non esiste più.

## Cosa ricevono le persone invitate
event-line-when = 🕒 { $when } ({ $minutes } min)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } posto
       *[other] { $capacity } posti
    }
event-invite-question = { $tu ->
        [yes] Vieni?
       *[no] Viene?
    }
event-yes = ✅ Sì
event-maybe = 🤔 Forse
event-no = ❌ No
event-answered-yes = { $tu ->
        [yes] Preso nota: vieni!
       *[no] Preso nota: viene!
    }
event-answered-maybe = Preso nota: forse.
event-answered-no = Preso nota: non questa volta.
event-answered-waiting = { $tu ->
        [yes] Per ora è tutto pieno: sei in lista d'attesa. Ti avviso se si libera un posto.
       *[no] Per ora è tutto pieno: è in lista d'attesa. La avviso se si libera un posto.
    }
event-moved-up = { $tu ->
        [yes] 🎉 Si è liberato un posto: ci sei!
       *[no] 🎉 Si è liberato un posto: c'è anche Lei!
    }
event-closed = Questo evento è cominciato o è stato annullato: non si può più rispondere.
event-reminder-day = { $tu ->
        [yes] ⏰ Promemoria: è domani!
       *[no] ⏰ Promemoria: è domani.
    }
event-reminder-2h = ⏰ Promemoria: tra due ore.
event-change-moved = { $tu ->
        [yes] 📅 Cambio di data! Ecco il nuovo momento (il file calendario è aggiornato):
       *[no] 📅 Cambio di data. Ecco il nuovo momento (il file calendario è aggiornato):
    }
event-change-cancelled = ✖️ Annullato. Ci scusiamo per il cambiamento.

## /events (gruppo di pilotaggio)
events-none = Nessun evento in arrivo. /event per crearne uno.
events-title = <b>Eventi</b> (ne scelga uno):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Annullato</b>
events-answers-yes = ✅ Sì ({ $count }): { $names }
events-answers-waiting = ⏳ Lista d'attesa ({ $count }): { $names }
events-answers-maybe = 🤔 Forse ({ $count }): { $names }
events-answers-no = ❌ No ({ $count }): { $names }
events-came = 🙋 Presenti ({ $count }): { $names }
events-attendance = 🙋 Presenze
events-attendance-title = Chi è venuto a « { $title } »? Tocchi un nome per segnarlo o toglierlo.
events-move = 🕒 Spostare
events-cancel = ✖️ Annullare l'evento
events-cancel-confirm = Annullare « { $title } »? Tutte le persone che hanno risposto saranno avvisate.
events-cancel-yes = Sì, annullare
events-cancelled = « { $title } » è annullato; le persone che hanno risposto sono avvisate.
events-move-ask = Nuova data per « { $title } »? Per esempio « giovedì 18:30 ». /cancel per tenere la data.
events-moved = « { $title } » è spostato a { $when }; le persone che hanno risposto sono avvisate.
