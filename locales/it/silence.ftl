# Nessun accompagnamento si spegne in silenzio, e la pausa dei mentor (« Lei » ai mentor,
# « tu » ai giovani).
silence-nudge = 🌱 Nessuna notizia con { $name } da { $days } giorni. Due parole, o un incontro da annotare?
silence-log = 📝 Annotare un incontro
silence-write = ✉️ Scriverle
silence-ask = 🌱 È da un po' che tu e { $name } non vi scrivete. Vuoi tenere questo accompagnamento?
silence-keep = Sì, lo tengo
silence-later = Più tardi
silence-stop = Preferisco smettere
silence-keep-done = 👍 Preso nota, l'accompagnamento continua. { $tu ->
    *[yes] Scrivi quando vuoi, chi ti fa da mentor è avvisato.
    [no] Scriva quando vuole.
}
silence-later-done = D'accordo, te ne riparleremo più tardi. L'accompagnamento continua.
silence-stop-done = Fatto, l'accompagnamento è fermato. Grazie per questo pezzo di strada! Puoi fare una nuova richiesta quando vuoi con /request.
silence-already-ended = Questo accompagnamento è già finito. Puoi fare una nuova richiesta quando vuoi con /request.
silence-kept-mentor = 🌱 { $name } vuole tenere l'accompagnamento con Lei. Due parole le faranno piacere.
silence-stopped-mentor = { $name } ha preferito fermare l'accompagnamento, per mancanza di contatto negli ultimi tempi. Grazie per quello che avete fatto insieme.
silence-warn-youth = 🌱 Senza notizie da te o da { $name }, questo accompagnamento si chiuderà tra una settimana. Basta un messaggio per tenerlo. E potrai sempre fare una nuova richiesta con /request.
silence-warn-mentor = 🌱 Senza notizie tra Lei e { $name }, questo accompagnamento si chiuderà tra una settimana. Basta un messaggio o un incontro annotato per tenerlo.
silence-closed-youth = L'accompagnamento con { $name } è chiuso, per mancanza di contatto da { $days } giorni. Grazie per questo pezzo di strada! Puoi fare una nuova richiesta quando vuoi con /request.
silence-closed-mentor = L'accompagnamento con { $name } è chiuso, per mancanza di contatto da { $days } giorni (« niente più contatto »). Grazie per quello che avete fatto insieme.
silence-link-gone = Questo accompagnamento non è più attivo: qui non c'è niente da annotare. /log per un altro incontro.

pause-ask = Le ultime tre richieste Le sono passate accanto (rifiutate o prese da altri). Vuole fare una pausa? Non riceverà nuove richieste fino a /available. I Suoi accompagnamenti in corso continuano.
pause-yes = ⏸ Sì, una pausa
pause-no = No, resto disponibile
pause-yes-done = ⏸ Preso nota: per ora niente nuove richieste. I Suoi accompagnamenti in corso continuano. Per riceverne di nuovo: /available
pause-no-done = 👍 Resta disponibile per le nuove richieste.
available-done = ▶️ Riceve di nuovo le nuove richieste.
available-already = È già disponibile per le nuove richieste.
people-paused-mark = ⏸ (in pausa)
people-paused-count = ⏸ Mentor in pausa: { $count }

cmd-available = Ricevere di nuovo richieste

## /rhythms (gruppo di pilotaggio, « Lei »): i ritmi di ogni team
cmd-rhythms = Silenzi e check-in del team
rhythm-which-team = Per quale team?
rhythm-summary =
    <b>⏱ Ritmi · { $team }</b>

    Senza messaggi né incontri annotati: promemoria al o alla mentor dopo { $silence } giorni, domanda al o alla giovane dopo { $ask } giorni, accompagnamento chiuso dopo { $close } giorni (entrambi avvisati una settimana prima).
    Check-in dei giovani: { $checkin ->
        [0] disattivato
       *[other] ogni { $checkin } giorni
    }.
rhythm-change-silence = 🔕 Silenzio prima del promemoria
rhythm-change-ask = ❓ Domanda al o alla giovane
rhythm-change-close = 🔒 Chiusura
rhythm-change-checkin = 🌤 Ritmo dei check-in
rhythm-ask-silence = Dopo quanti giorni di silenzio ricordarlo al o alla mentor?
rhythm-ask-ask = Dopo quanti giorni di silenzio chiedere al o alla giovane se vuole continuare l'accompagnamento?
rhythm-ask-close = Dopo quanti giorni di silenzio chiudere l'accompagnamento (« niente più contatto »)? Entrambi sono avvisati una settimana prima.
rhythm-order-bad = ⚠️ Non è possibile: il promemoria deve arrivare al più tardi con la domanda al o alla giovane, e la chiusura almeno una settimana dopo la domanda. Ora: promemoria { $silence } g, domanda { $ask } g, chiusura { $close } g. Non è cambiato nulla.
rhythm-ask-checkin = Ogni quanto chiedere ai giovani come va?
rhythm-silence-days = { $days } giorni
rhythm-checkin-days = { $days ->
    [0] Disattivati
   *[other] { $days } giorni
}
rhythm-back = ◀ Indietro
rhythm-close = ✖ Chiudi
rhythm-closed = Preso nota.
