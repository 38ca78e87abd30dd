# Gruppi tra pari (issue 5). « tu » con i giovani e i peer.
# I giovani leggono « gruppo » e « incontro », mai « gruppo di pilotaggio » né « intervisione ».

cmd-group = Creare un gruppo tra pari
cmd-groups = I miei gruppi e i loro incontri
cmd-attendance = Segnare chi è venuto a un incontro

## /group (gruppo di pilotaggio)
group-ask-name = Il nome del gruppo? (al massimo { $max } caratteri, /cancel per annullare)
group-no-helpers = In questo team non c'è ancora nessun peer: ne inviti uno o una con /invite, poi ricominci.
group-ask-helpers = Chi anima il gruppo? Tocchi i peer, poi « Continua ».
group-helpers-done = Continua ▶
group-helpers-none = Scelga almeno un o una peer.
group-ask-size = Quanti giovani al massimo? Tocchi { $default } o scriva un numero (da 2 a { $max }).
group-size-bad = Scriva un numero da 2 a { $max }.
group-ask-rhythm =
    Che ritmo? Per esempio « 2° e 4° martedì alle 18 », « ogni giovedì alle 17:30 », oppure delle date: « 3.12 18:00; 17.12 18:00 ».
group-rhythm-bad = Non ho capito questo ritmo. Provi « 2° e 4° martedì alle 18 » o « 3.12 18:00; 17.12 18:00 ».
group-rhythm-past = « { $date } » è già passato. Tolga questa data, o la scriva con l'anno se è davvero l'anno prossimo (« 24.11.2027 18:00 »).
group-confirm = Gruppo <b>{ $name }</b>, al massimo { $size } giovani, { $count ->
        [one] { $count } incontro previsto
       *[other] { $count } incontri previsti
    }:
group-create = ✅ Creare il gruppo
group-created =
    Gruppo <b>{ $name }</b> creato. Il link per entrare (da dare ai giovani):
    { $link }
group-helper-told =
    Animi il gruppo <b>{ $name }</b>. /groups mostra i suoi incontri. Il link per entrare:
    { $link }

## Entrare
group-full = Il gruppo { $name } per ora è al completo. Parlane con la persona che ti ha dato il link.
group-joined = Ti diamo il benvenuto nel gruppo <b>{ $name }</b>! I prossimi incontri:
group-ask-join = ➕ Entrare in « { $name } »
group-ask-mentor = 🙋 Chiedere un/una mentore
group-ask-which = Da quale gruppo vuoi chiedere un/una mentore?
group-asked = Chiesto: avrai una risposta qui.
group-already = Hai già chiesto o sei già in questo gruppo.
group-request = { $name } chiede di entrare nel gruppo { $group }. { $tu ->
    [yes] Accetti la richiesta?
   *[no] Accetta la richiesta?
}
group-accept = ✅ Accettare
group-decline = Rifiutare
group-accepted = Fatto: la persona è entrata in { $name }.
group-declined = D'accordo, la richiesta è rifiutata.
group-youth-none = Per ora non sei in nessun gruppo.
group-leave = Lasciare « { $name } »
group-leave-confirm = Vuoi lasciare il gruppo <b>{ $name }</b>? Non riceverai più i suoi promemoria. Potrai chiedere di rientrare quando vuoi, con /groups.
group-leave-yes = Sì, lascio il gruppo
group-leave-no = No, resto
group-left = Fatto, hai lasciato <b>{ $name }</b>. Grazie di aver partecipato! Se ti torna la voglia, c'è /groups.
group-stayed = D'accordo, resti in <b>{ $name }</b>.
group-not-member = Non fai più parte di questo gruppo.

## /groups (peer, gruppo di pilotaggio)
group-led-none = Ancora nessun gruppo.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } giovani
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Sì ({ $count }): { $names }
group-answers-no = ❌ No ({ $count }): { $names }
group-answers-none = ⏳ Non ancora risposto ({ $count }): { $names }
group-set-details = 📍 Luogo e tema
group-cancel-session = ✖️ Annullare l'incontro
group-session-cancelled-mark = (annullato)
group-ask-details = Incontro di { $when }: il luogo, poi il tema dopo un punto e virgola. Per esempio « Centro di quartiere; CV e colloqui ».
group-details-bad = { $tu ->
        [yes] Scrivi il luogo (da 2 a 120 caratteri), poi se vuoi « ; » e il tema.
       *[no] Scriva il luogo (da 2 a 120 caratteri), poi se vuole « ; » e il tema.
    }
group-details-set = Preso nota: { $line }
group-cancel-confirm = Annullare l'incontro di { $when } ({ $name })? I giovani del gruppo saranno avvisati.
group-session-cancelled = L'incontro di { $when } è annullato; i giovani sono avvisati.

## Cosa ricevono i giovani
group-message-day = ⏰ Domani c'è l'incontro del gruppo <b>{ $group }</b>. Vieni?
group-message-2h = ⏰ Tra due ore c'è l'incontro del gruppo <b>{ $group }</b>.
group-message-cancelled = ✖️ L'incontro del gruppo <b>{ $group }</b> è annullato.
group-yes = ✅ Sì
group-no = ❌ No
group-answered-yes = Preso nota, a presto!
group-answered-no = Preso nota. Forse la prossima volta!

## /attendance
group-attendance-none = Nessun incontro nelle ultime due settimane.
group-attendance-which = Quale incontro?
group-attendance-title = { $name }, { $when }: { $count ->
        [one] { $count } presente
       *[other] { $count } presenti
    }. { $tu ->
        [yes] Tocca un nome per segnarlo o toglierlo.
       *[no] Tocchi un nome per segnarlo o toglierlo.
    }
group-sessions-all = 🗓 Tutti gli incontri in arrivo
group-sessions-title = <b>{ $name }</b>: { $count } incontro/i in arrivo

# Voto di un incontro (« tu » con i giovani e i peer)
rating-ask = ⭐ Grazie di essere venuto/a all'incontro tra pari « { $group } »! Com'è andata? (1 = così così, 5 = benissimo) Il tuo voto resta anonimo.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = Grazie per il tuo voto! 💛
rating-average = ⭐ Incontro « { $group } » del { $day }: in media { $stars } su 5 ({ $count } voti dei giovani presenti). I voti successivi conteranno nelle cifre del team, senza nuovo messaggio, perché nessuno sia riconoscibile.
