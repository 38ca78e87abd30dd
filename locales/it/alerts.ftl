# Cosa fa il COPIL con un allarme della rete di sicurezza (issue 12). Al COPIL si dà del Lei;
# una persona giovane legge "L'équipe", mai "COPIL" né il nome di un membro.
safety-copil-said-repeat = ⏰ <b>Nessuno l'ha ancora preso in carico</b>, { $minutes } min dopo il primo allarme. Il messaggio stesso è solo nel primo allarme.
cmd-alerts = Allarmi della rete di sicurezza
alert-team = Il team
alert-yours = ✅ Se ne occupa Lei
alert-write = ✍️ Scrivere alla persona giovane
alert-close = ✔️ Chiudere l'allarme
alert-close-ask = Come si conclude l'allarme n. { $id }? Si conserva solo l'esito, mai un testo.
alert-outcome-safe = 🟢 Al sicuro
alert-outcome-emergency = 🚑 Affidato·a ai soccorsi
alert-outcome-professional = 🩺 Indirizzato·a a un·a professionista
alert-outcome-no_answer = 🔇 Nessuna risposta
alert-outcome-false_alarm = ⚪ Falso allarme
alert-outcome-other = ➖ Altro
alert-keep = ◀ Non ancora
alert-kept = L'allarme n. { $id } resta aperto.
alert-closed = ✔️ Allarme n. { $id } chiuso: { $outcome }.
alert-closed-label = ✔️ Chiuso: { $outcome }
alert-closed-by = Allarme chiuso da { $name }: { $outcome }.
alerts-none = Nessun allarme aperto. 🌿
alerts-title = <b>Allarmi aperti: { $count }</b>
    Prima quelli non presi in carico. Il messaggio è solo nell'allarme stesso.
alerts-line-open = 🆘 <b>n. { $id }</b> · { $who } · { $category } ({ $level }) · nessuno l'ha preso in carico, da { $age }
alerts-line-taken = ✅ n. { $id } · { $who } · { $category } ({ $level }) · preso in carico da { $owner } in { $took } · da { $age }
alerts-stranger = qualcuno non ancora iscritto
alerts-closed-title = <b>Chiusi negli ultimi 7 giorni: { $count }</b>
alerts-line-closed = ✔️ n. { $id } · { $who } · { $category } ({ $level }) · chiuso da { $closer }: { $outcome } · aperto per { $lasted }
alerts-take = 🙋 n. { $id }: me ne occupo io
alerts-write = ✍️ n. { $id }: scrivere
alerts-close = ✔️ n. { $id }: chiudere
alerts-age-min = { $n } min
alerts-age-h = { $n } h
alerts-age-d = { $n } g
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Ripetizione degli allarmi
alerts-repeat-which = Ripetizioni di quale team?
alerts-repeat-now = Team { $team }: un allarme che nessuno ha preso riparte verso tutto il COPIL ogni <b>{ $minutes } min</b>, finché qualcuno lo prende. Cambiare:
alerts-repeat-choice = { $minutes } min
alerts-repeat-back = ◀ Torna agli allarmi
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = n. { $id } · qualcuno non ancora iscritto
safety-copil-said-model =
    { $said }
    Le parole che hanno pesato di più per il modello: { $text }
