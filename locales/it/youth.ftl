# Richieste di contatto, accompagnamenti, inoltro, fine, rete di sicurezza, dati (issue 3).
# « tu » con i giovani, « Lei » con i mentor e il gruppo di pilotaggio; i giovani leggono « il team ».

cmd-request = Chiedere un contatto
cmd-talk = Scegliere a chi scrivo
cmd-stop = Fermare l'accompagnamento o la richiesta
cmd-mydata = I miei dati
cmd-forget = Cancellare tutto
cmd-mylink = Il mio link personale
cmd-end = Chiudere un accompagnamento
cmd-assign = Affidare una richiesta
cmd-emergency = Numeri d'emergenza del team

## /request (giovane)
request-button = 🤝 Chiedere un contatto
request-has-link = Sei già in contatto con { $name }. Scrivimi qui, inoltro io. Per fermare: /stop.
request-already-open = Hai già una richiesta in corso:
request-change = ✏️ Modificarla
request-withdraw = Ritirare la richiesta
request-keep = Lasciarla così
request-kept = D'accordo, la tua richiesta resta com'è.
request-none-open = Non hai più richieste in corso. /request per farne una.
request-withdrawn = Fatto: la tua richiesta è ritirata. Puoi farne un'altra quando vuoi con /request.
request-to-mentor = La tua richiesta andrà a <b>{ $name }</b>.
request-which-team = In quale regione?
request-where-met = Dove hai conosciuto chi ti fa da mentor, o in quale ambiente? (facoltativo)
met-sport = ⚽ Sport
met-culture = 🎭 Cultura
met-faith = 🕊 Comunità religiosa
met-community = 🌍 La mia comunità
met-work = 💼 Lavoro
met-public = 🏙 Spazio pubblico
met-other = Altro
request-skip = Salta
request-what-about = Di cosa si tratta? Scegli uno o più temi, poi « Continua ».
request-continue = Continua ▶
request-themes-none = Scegli almeno un tema.
request-age = Quanti anni hai?
age-under_16 = Meno di 16 anni
age-16_17 = 16–17 anni
age-18_25 = 18–25 anni
age-26_30 = 26–30 anni
age-over_30 = Più di 30 anni
request-over-30 = Grazie della fiducia. Lien è per i giovani fino a 30 anni, quindi non posso mandarti un o una mentor. Altri servizi possono aiutarti: /partners mostra l'elenco.
request-name = Quale nome o soprannome può usare chi ti farà da mentor? (al massimo { $max } caratteri)
request-name-keep = Tenere « { $name } »
request-name-bad = Scrivi un nome o un soprannome da 1 a { $max } caratteri.
request-message = Un breve messaggio per chi ti farà da mentor? (facoltativo, al massimo { $max } caratteri)
request-message-bad = Il tuo messaggio può avere al massimo { $max } caratteri. Accorcialo, oppure « Salta ».
request-use-buttons = Usa i pulsanti qui sopra, oppure /cancel per smettere.
request-confirm = Ecco la tua richiesta. La mando?
request-send = ✅ Manda
request-fix-met = Correggi: dove ci siamo visti
request-fix-themes = Correggi: i temi
request-fix-age = Correggi: l'età
request-fix-name = Correggi: il nome
request-fix-message = Correggi: il messaggio
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ « { $message } »
request-summary-flagged = ⚠️ <b>Il messaggio contiene parole di sofferenza.</b> Lien ha già risposto con cura e il team segue. Risponda con delicatezza.
request-summary-language = 🗣 scrive in { $lang }
language-fr = francese
language-en = inglese
language-de = tedesco
language-it = italiano
language-pt = portoghese
language-es = spagnolo
language-ar = arabo
request-sent = Inviata! Ti avviso appena un o una mentor risponde. Se nessuno risponde presto, se ne occupa il team. Puoi ritirare la richiesta con /stop.
request-sent-team = Inviata! Il team cerca la persona giusta per te e si fa sentire molto presto.
request-team-on-it = La tua richiesta non ha ancora trovato un o una mentor: se ne occupa il team, che si fa sentire molto presto. Non devi fare niente.
request-accepted =
    Bella notizia: <b>{ $name }</b> ha accettato la tua richiesta! 🎉

    Scrivi qui, inoltro io i tuoi messaggi (testo, foto, vocale, documento). { $name } non vede né il tuo numero né il tuo nome utente. Puoi smettere quando vuoi con /stop.

## Risposta dei mentor
request-notice = 🤝 <b>Nuova richiesta di contatto</b>
request-accept = ✅ Accettare
request-decline = Rifiutare
request-notice-forgotten = (Richiesta cancellata su domanda della persona.)
request-notice-withdrawn = La persona ha ritirato questa richiesta. Grazie comunque!
request-taken = Questa richiesta è già stata accettata da un altro o un'altra mentor. Grazie di aver risposto!
request-yours = Ha già accettato questa richiesta: scriva qui per parlarle.
request-declined = Ha rifiutato questa richiesta. Grazie di aver risposto.
request-you-accepted =
    Ha accettato la richiesta di <b>{ $name }</b>. Grazie!

    { request-write-here }
request-write-here = Scriva qui: inoltro io i Suoi messaggi, senza il Suo numero né il Suo nome utente. Con più giovani, risponda al loro messaggio o scelga con /talk. /end per chiudere l'accompagnamento.
request-assigned = 🤝 Il gruppo di pilotaggio Le ha affidato la richiesta di <b>{ $name }</b>. Grazie di seguirla!
request-assigned-other = Il gruppo di pilotaggio ha affidato questa richiesta a un altro o un'altra mentor. Grazie comunque!
request-reminder = ⏰ La richiesta di <b>{ $name }</b> aspetta ancora una risposta. Può accettarla o rifiutarla?
mylink =
    Il Suo link personale, da dare di persona a un o una giovane (in un messaggio o come codice QR fatto dal link):
    { $link }

    Chi lo apre Le manda la sua richiesta, e Lei la riceve qui.

## Avvisi al gruppo di pilotaggio
escalation-unanswered = ⚠️ La richiesta di <b>{ $name }</b> (team { $team }) aspetta da { $hours } h senza risposta. /assign per affidarla a un o una mentor.
escalation-no-mentor = ⚠️ Nuova richiesta di <b>{ $name }</b> (team { $team }): nessun o nessuna mentor attivo/a da avvisare. /assign per affidarla a un o una mentor.
escalation-declined = ⚠️ Tutti i mentor hanno rifiutato la richiesta di <b>{ $name }</b> (team { $team }). /assign per affidarla a un o una mentor.

## /assign (gruppo di pilotaggio)
assign-none = Nessuna richiesta in attesa. 🎉
assign-which-request = Quale richiesta vuole affidare?
assign-request = { $name } — dal { $since }
assign-which-mentor = A quale mentor affidare la richiesta di { $name }?
assign-no-mentor = Non c'è nessun o nessuna mentor attivo/a in questo team.
assign-not-open = Questa richiesta non è più in attesa.
assign-done = Fatto: { $mentor } ora accompagna { $name }. Sono stati avvisati entrambi.

## Inoltro
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = Con più persone, non so a chi mandare questo messaggio (risponda al loro messaggio, oppure /talk): non ho mandato niente.
relay-offer = { $tu ->
        [yes] Per mandarlo comunque, scegli a chi:
       *[no] Per mandarlo comunque, scelga a chi:
    }
relay-went-to = → { $name }
relay-not-sent = Non ho inoltrato questo messaggio a nessuno.
relay-nowhere = { $tu ->
        [yes] Non ho inoltrato questo messaggio a nessuno. /help mostra cosa puoi fare.
       *[no] Non ho inoltrato questo messaggio a nessuno. /help mostra cosa può fare.
    }
relay-reply-unknown = Non ho inoltrato questo messaggio a nessuno: risponde a un messaggio del bot o del team (o di una conversazione cancellata), non a una persona.
relay-choose = A chi vuole scrivere?
relay-nobody-youth = Per ora non hai nessuno a cui scrivere. /request per chiedere un contatto.
relay-nobody = { $tu ->
        [yes] Per ora non hai nessuno a cui scrivere.
       *[no] Per ora non ha nessuno a cui scrivere.
    }
relay-only-one-youth = I tuoi messaggi vanno a { $name }.
relay-only-one = I Suoi messaggi vanno a { $name }.
relay-now-to = { $tu ->
        [yes] I tuoi prossimi messaggi andranno a <b>{ $name }</b>.
       *[no] I Suoi prossimi messaggi andranno a <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] Inviato a <b>{ $name }</b>. Anche i tuoi prossimi messaggi andranno a questa persona.
       *[no] Inviato a <b>{ $name }</b>. Anche i Suoi prossimi messaggi andranno a questa persona.
    }
relay-ended = Questa conversazione è finita: il messaggio non è stato inoltrato.
relay-ended-youth = Il tuo accompagnamento con { $name } è finito: il tuo messaggio non è stato inoltrato. Puoi fare una nuova richiesta quando vuoi con /request.
relay-ended-mentor = L'accompagnamento con { $name } è finito: il Suo messaggio non è stato inoltrato.
relay-mentor-away = Chi ti fa da mentor per ora non è disponibile: il tuo messaggio non è stato inoltrato. Parlane con il team, oppure /stop e poi /request per chiedere un'altra persona.
relay-youth-away = Il team ha chiuso per ora l'accesso di { $name } a Lien: il Suo messaggio non è stato inoltrato.
relay-undelivered-youth = Non sono riuscito a inoltrare questo messaggio (forse la persona ha bloccato il bot). Riprova più tardi.
relay-undelivered = Non sono riuscito a inoltrare questo messaggio (forse la persona ha bloccato il bot). Riprovi più tardi.
relay-flagged = ⚠️ Il messaggio seguente di <b>{ $name }</b> contiene parole di sofferenza. Lien ha già risposto con cura (con i numeri d'emergenza, o chiedendo se la persona è al sicuro) e il team segue. Risponda con delicatezza; non è solo/a.

## /stop (giovane) e /end (mentor)
stop-confirm = Fermare il tuo accompagnamento con <b>{ $name }</b>? Glielo dirò con gentilezza. Potrai fare una nuova richiesta più tardi.
stop-yes = Sì, fermare
stop-no = No, continuare
stop-kept = D'accordo, non cambia niente.
stop-request = Hai una richiesta in corso. La ritiri?
stop-nothing = Non hai né accompagnamento né richiesta in corso. /request per chiedere un contatto.
stop-already-ended = Questo accompagnamento è già finito.
stop-done = Fatto, l'accompagnamento è fermato. Grazie per questo pezzo di strada! Puoi fare una nuova richiesta quando vuoi con /request.
stop-mentor = <b>{ $name }</b> ha scelto di fermare l'accompagnamento. È un suo diritto e non è un fallimento: grazie per la Sua presenza. Non deve fare niente.
end-nothing = In questo momento non accompagna nessuno.
end-which = Quale accompagnamento vuole chiudere?
end-why = Perché chiudere l'accompagnamento di <b>{ $name }</b>?
end-reason-goals = 🎯 Obiettivi raggiunti
end-reason-work = 💼 Lavoro o formazione trovati
end-reason-professional = 🤝 Passato a un servizio
end-reason-no_contact = 📭 Niente più contatto
end-reason-other = Altro motivo
end-cancel = Annulla
end-kept = D'accordo, l'accompagnamento continua.
end-already-ended = Questo accompagnamento è già chiuso.
end-done = L'accompagnamento di <b>{ $name }</b> è chiuso. Grazie per il Suo impegno!
end-youth = { $name } ha chiuso il vostro accompagnamento. Grazie per questo pezzo di strada! Se hai ancora bisogno di aiuto, puoi fare una nuova richiesta quando vuoi con /request.
peer-offer = Complimenti per il lavoro o la formazione! 🎉 Altri giovani potrebbero approfittare della tua esperienza. Ti piacerebbe diventare peer (animare incontri tra giovani, due volte al mese)? Il team ti contatterebbe.
peer-yes = Sì, mi interessa
peer-no = No, grazie
peer-declined = Nessun problema! Buona strada. 🙂
peer-agreed = Ottimo! Il team è avvisato e si fa sentire.
peer-copil = <b>{ $name }</b> ha trovato un lavoro o una formazione (accompagnamento di { $mentor }) e accetta di essere invitato/a come peer.
peer-invite = Invitare come peer
peer-already = Questa persona non è più giovane in Lien (già peer?).
peer-done = { $name } ora è peer. Le ho dato il benvenuto.

## Rete di sicurezza
safety-youth =
    Grazie di avermelo scritto. Quello che vivi conta, e non sei solo/a. 💛
    Se sei in pericolo o hai bisogno di parlare adesso, chiama:
    { $numbers }
    E il team è avvisato per aiutarti.
safety-category-suicide = pensieri suicidi
safety-category-self_harm = autolesionismo
safety-category-abuse = abuso
safety-category-violence = violenza
safety-category-danger = in pericolo
safety-category-threat = minaccia verso altri
safety-category-distress = sofferenza, disperazione
safety-level-high = urgente
safety-level-medium = preoccupante
safety-copil =
    🚨 <b>Avviso della rete di sicurezza</b> ({ $category }, { $level } · regola { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Giovane: <b>{ $name }</b>, team { $team }
safety-copil-who-peer_helper = Peer: <b>{ $name }</b>, team { $team }
safety-copil-who-stranger = Qualcuno non ancora iscritto (senza nome), team { $team }
safety-copil-said =
    Messaggio: « { $text } »
    I numeri d'emergenza sono stati mandati alla persona.
safety-copil-said-not_really = Alla domanda « Sei al sicuro in questo momento? », la risposta è stata « Non proprio ». I numeri d'emergenza sono stati mandati. Il messaggio non viene conservato.
safety-copil-said-talk = Alla domanda « Sei al sicuro in questo momento? », la risposta è stata « Voglio parlare con qualcuno ». I numeri d'emergenza sono stati mandati. Il messaggio non viene conservato.
safety-copil-said-timeout = Parole preoccupanti, e nessuna risposta in 30 minuti alla domanda « Sei al sicuro in questo momento? ». Non è stato mandato nient'altro; il messaggio non viene conservato.
safety-question = Quello che scrivi mi preoccupa un po'. Sei al sicuro in questo momento?
safety-answer-ok = Sì, va bene
safety-answer-not_really = Non proprio
safety-answer-talk = Voglio parlare con qualcuno
safety-answered-ok = Grazie di avermi risposto. 💛 Se cambia qualcosa, scrivimi, sono qui.
safety-take = 🙋 Me ne occupo io
safety-taken-you = Preso nota: se ne occupa Lei. Gli altri lo vedono.
safety-taken-label = ✅ Se ne occupa { $name }
safety-taken-by = Se ne occupa già { $name }.
safety-copil-link = Accompagnamento n. { $link } con { $mentor } (se il messaggio arriva lì, è segnalato).
safety-copil-no-link = Ancora nessun accompagnamento.
emergency-ch =
    • 144 — emergenze sanitarie
    • 117 — polizia
    • 143 — Telefono Amico (ascolto, 24 ore su 24)
    • 147 — Pro Juventute (giovani, 24 ore su 24)
emergency-fr =
    • 15 — SAMU (emergenze sanitarie)
    • 17 — polizia
    • 112 — emergenze
    • 3114 — prevenzione del suicidio (24 ore su 24)
    • 119 — infanzia in pericolo
emergency-default = • 112 — emergenze

## /emergency (gruppo di pilotaggio)
emergency-own = elenco del team
emergency-country = predefinito, paese { $country }
emergency-change = ✏️ Cambiare: { $team }
emergency-reset = ↺ Predefinito
emergency-was-reset = Fatto: il team { $team } dà di nuovo i numeri predefiniti del suo paese.
emergency-ask =
    Scriva i numeri per il team <b>{ $team }</b>, uno per riga con cosa sono (al massimo { $lines } righe), per esempio:
    144 emergenze sanitarie
    143 Telefono Amico (ascolto, 24 ore su 24)
    /cancel per annullare.
emergency-bad = Servono da 1 a { $lines } righe, ognuna con un numero. Riprovi, oppure /cancel.
emergency-saved =
    Salvato. I giovani del team { $team } vedranno:
    { $numbers }

## /mydata e /forget
mydata-nothing = { $tu ->
        [yes] Non ho nessun dato su di te.
       *[no] Non ho nessun dato su di Lei.
    }
mydata-caption = { $tu ->
        [yes] Ecco tutto quello che Lien conserva su di te. I messaggi scambiati non vengono mai conservati.
       *[no] Ecco tutto quello che Lien conserva su di Lei. I messaggi scambiati non vengono mai conservati.
    }
forget-confirm = Cancellare tutto? Il tuo profilo, le tue richieste, il tuo accompagnamento e la loro storia saranno eliminati per sempre. L'accompagnamento in corso si ferma. Non si può annullare.
forget-yes = Sì, cancellare tutto
forget-no = No, tenere
forget-kept = D'accordo, non si cancella niente.
forget-done = Fatto: tutto è cancellato. Abbi cura di te! Se un giorno vuoi tornare, manda /start.
