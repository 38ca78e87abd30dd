# Lien — testi di base (italiano; il francese è la lingua di riferimento).
# « tu » con i giovani e i peer, « Lei » con i mentor e il gruppo di pilotaggio.
# Un o una giovane non legge mai « COPIL » né « gruppo di pilotaggio »: per loro è « il team ».

## Questa lingua: il suo nome in sé stessa (pulsanti di /language) e la sua locale Babel (date)
language-name = Italiano
language-locale = it_CH

## Date: modelli Babel (EEEE giorno della settimana, d giorno, MMMM mese, y anno, HH:mm ora;
## il testo tra apostrofi resta così). L'anno si aggiunge quando non è quello in corso.
when-moment = EEEE d MMMM 'alle' HH:mm
when-moment-year = EEEE d MMMM y 'alle' HH:mm
when-day = EEEE d MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Ruoli
role-youth = giovane
role-mentor = mentor
role-peer_helper = peer
role-copil = membro del gruppo di pilotaggio
roles-youth = Giovani
roles-mentor = Mentor
roles-peer_helper = Peer
roles-copil = Gruppo di pilotaggio
whole-programme = tutto il programma

## Menu dei comandi
cmd-start = Iniziare
cmd-help = Cosa posso fare qui
cmd-language = Cambiare lingua
cmd-cancel = Annullare ciò che è in corso
cmd-invite = Invitare una persona
cmd-people = Le persone del team
cmd-teams = I team

## Primo contatto
choose-language = { $tu ->
        [yes] Ciao! 👋 Scegli la tua lingua. / Choose your language.
       *[no] Buongiorno! 👋 Scelga la Sua lingua. / Choose your language.
    }
language-set = { $tu ->
        [yes] Fatto: ti scrivo in italiano.
       *[no] Fatto: Le scrivo in italiano.
    }
intro-youth =
    <b>Lien</b> ti mette in contatto con un o una mentor: una persona volontaria del tuo quartiere, della tua società sportiva o della tua comunità, che può aiutarti con il lavoro, una formazione, l'alloggio o altro.

    • Decidi tu. Nessuno ti scrive se non l'hai chiesto, e puoi smettere quando vuoi.
    • È confidenziale. Chi ti fa da mentor non vede il tuo numero né il tuo nome utente.
    • I mentor sono volontari. Per la salute o un'emergenza, ti mostriamo i servizi giusti.

    Per continuare, salvo il tuo nome Telegram e la tua lingua. Puoi cancellare tutto in qualsiasi momento con /forget.
invite-intro-mentor =
    Le diamo il benvenuto! Ha un invito per unirsi a <b>Lien</b> come mentor, team <b>{ $team }</b>.

    Salvo il Suo nome Telegram e la Sua lingua, così il team può contattarLa. D'accordo?
invite-intro-peer_helper =
    Ti diamo il benvenuto! Hai un invito per unirti a <b>Lien</b> come peer, team <b>{ $team }</b>.

    Salvo il tuo nome Telegram e la tua lingua, così il team può contattarti. D'accordo?
invite-intro-copil =
    Le diamo il benvenuto! Ha un invito per unirsi a <b>Lien</b> come membro del gruppo di pilotaggio ({ $team }).

    Salvo il Suo nome Telegram e la Sua lingua. D'accordo?
invite-intro-youth =
    Ti diamo il benvenuto! Hai un invito per unirti a <b>Lien</b>, team <b>{ $team }</b>.

    Salvo il tuo nome Telegram e la tua lingua. D'accordo?
consent-yes = ✅ D'accordo
consent-no = No, grazie
consent-declined = Nessun problema, non ho salvato niente. /start per tornare, quando vuoi.
welcome-youth = Grazie, { $name }! La tua iscrizione è fatta.
welcome-mentor = Grazie, { $name }! Ora è mentor in Lien.
welcome-peer_helper = Grazie, { $name }! Ora sei peer in Lien.
welcome-copil = Grazie, { $name }! Ora è membro del gruppo di pilotaggio.
welcome-back = Ciao di nuovo, { $name }!

## Link d'invito
# Letti anche da persone non ancora iscritte (mentor compresi): né « tu » né « Lei ».
link-invalid = Questo link non è valido: forse è incompleto. La persona che l'ha dato può mandarne uno nuovo.
link-unknown = Questo link non è valido. La persona che l'ha dato può mandarne uno nuovo.
link-used = Questo link è già stato usato: ogni link funziona una volta sola. La persona che l'ha dato può mandarne uno nuovo.
link-expired = Questo link è scaduto. La persona che l'ha dato può mandarne uno nuovo.

## Aiuto, per ruolo
help-stranger = Per iniziare: /start
help-youth =
    Cosa puoi fare:
    /request — chiedere un contatto con un o una mentor
    /talk — scegliere a chi scrivi
    /stop — fermare il tuo accompagnamento o la tua richiesta
    /mydata — vedere cosa Lien conserva su di te
    /forget — cancellare tutto
    /news — ricevere o no le notizie del team
    /groups — i tuoi gruppi tra pari e i loro incontri
    /partners — servizi professionali che possono aiutarti
    /help — rivedere questo messaggio
    /language — cambiare lingua
    /cancel — annullare ciò che è in corso
help-mentor =
    Cosa può fare:
    /log — annotare un incontro, per esempio « /log ieri 45 min con Samir, alloggio »
    /history — i Suoi ultimi incontri: vederli, modificarli, cancellarli
    /hours — il Suo tempo del mese, con un CSV per il rimborso
    /partners — l'elenco dei servizi partner
    /support — scrivere alla Sua persona di riferimento
    /mylink — il Suo link personale da dare a un o una giovane
    /talk — scegliere a quale giovane scrive
    /end — chiudere un accompagnamento
    /available — ricevere di nuovo richieste dopo una pausa
    /help — rivedere questo messaggio
    /language — cambiare lingua
    /cancel — annullare ciò che è in corso
help-peer_helper =
    Cosa puoi fare:
    /groups — i gruppi che animi: incontri, luogo e tema, richieste per entrare
    /attendance — dopo un incontro, segnare chi è venuto
    /partners — l'elenco dei servizi professionali, per orientare un o una giovane
    /mydata — vedere cosa Lien conserva su di te
    /forget — cancellare tutto
    /help — rivedere questo messaggio
    /language — cambiare lingua
    /cancel — annullare ciò che è in corso
help-copil =
    Cosa può fare:
    /invite — invitare un o una mentor, un o una peer o un membro del gruppo
    /people — le persone del team; disattivare qualcuno
    /alerts — gli allarmi aperti della rete di sicurezza: prendere, scrivere, chiudere
    /teams — creare o rinominare un team
    /assign — affidare una richiesta in attesa a un o una mentor
    /emergency — i numeri d'emergenza dati ai giovani
    /hours — il tempo dei mentor per mese (messaggio e CSV)
    /stats — le cifre per i finanziatori: grafici, CSV, Excel
    /rhythms — per team, i giorni di silenzio e il ritmo dei check-in
    /resource — dare una persona di riferimento a ogni mentor
    /talk — scegliere a quale mentor risponde
    /broadcast — mandare una notizia (mentor, peer, giovani)
    /broadcasts — gli invii recenti e programmati
    /partners — l'elenco: cercare, aggiungere, modificare, condividere
    /event — creare una formazione, un'intervisione o una serata informativa
    /events — gli eventi: risposte, presenze, spostare, annullare
    /group — creare un gruppo tra pari
    /groups — i gruppi dei Suoi team e i loro incontri
    /attendance — dopo un incontro, segnare chi è venuto
    /help — rivedere questo messaggio
    /language — cambiare lingua
    /cancel — annullare ciò che è in corso

## Risposte generali
nothing-to-cancel = { $tu ->
        [yes] Non c'è niente in corso. /help mostra cosa puoi fare.
       *[no] Non c'è niente in corso. /help mostra cosa può fare.
    }
cancelled = Annullato. Non è cambiato niente.
unknown-command = { $tu ->
        [yes] Non conosco questo comando. /help mostra cosa puoi fare.
       *[no] Non conosco questo comando. /help mostra cosa può fare.
    }
stray-text = { $tu ->
        [yes] Non ho capito. /help mostra cosa puoi fare.
       *[no] Non ho capito. /help mostra cosa può fare.
    }
stray-text-stranger = Ciao! Per iniziare: /start
button-unknown = Questo pulsante non vale più.
button-close = Chiudi
button-back = ◀ Indietro
answer-can-change = { $tu ->
        [yes] Puoi cambiare la tua risposta qui.
       *[no] Può cambiare la Sua risposta qui.
    }
not-allowed = { $tu ->
        [yes] Questa azione non è possibile per te.
       *[no] Questa azione non è possibile per Lei.
    }
access-closed = { $tu ->
        [yes] Il tuo accesso a Lien è chiuso. Se è un errore, parlane con il team.
       *[no] Il Suo accesso a Lien è chiuso. Se è un errore, ne parli con il team.
    }
group-write-privately = Per parlarmi, scrivimi in privato: qui tutti possono leggere.
error-nothing-lost = Ops, qualcosa non ha funzionato da parte mia. Non si è perso niente: basta riprovare.

## /invite (gruppo di pilotaggio)
invite-which-role = Chi vuole invitare?
invite-which-team = In quale team ({ $role })?
invite-link =
    Ecco il link per: { $role }, team <b>{ $team }</b>:
    { $link }

    Funziona una volta sola, fino a { $until }. Lo mandi solo a quella persona.
invite-closed = D'accordo, nessun invito.

## /people (gruppo di pilotaggio)
people-which-team = Quale team?
people-title = <b>Team { $team }</b>
people-none = Ancora nessuno.
people-inactive-mark = (disattivato/a)
people-button-off = ⏸ Disattivare { $name }
people-button-on = ▶ Riattivare { $name }
people-deactivate-confirm = Disattivare { $name }? Tutto si ferma al suo prossimo messaggio. Potrà riattivare dopo.
people-deactivate-yes = Sì, disattivare
people-deactivated = { $name } è disattivato/a.
people-reactivated = { $name } è di nuovo attivo/a.

## /teams (gruppo di pilotaggio)
teams-title = <b>Team</b>
teams-rename = ✏️ Rinominare { $name }
teams-new = ➕ Nuovo team
teams-closed = D'accordo.
teams-ask-new-name = Che nome per il nuovo team? (al massimo { $max } caratteri, /cancel per annullare)
teams-ask-rename = Nuovo nome per « { $name } »? (al massimo { $max } caratteri, /cancel per annullare)
teams-name-bad = Il nome deve avere da 2 a { $max } caratteri. Riprovi, oppure /cancel.
teams-name-taken = Un team si chiama già « { $name } ». Scelga un altro nome, oppure /cancel.
teams-created = Team « { $name } » creato.
teams-renamed = Fatto: il team ora si chiama « { $name } ».

# Di cosa parla una richiesta o un incontro (storage.models.THEMES)
theme-work = Lavoro
theme-training = Formazione
theme-housing = Alloggio
theme-money = Soldi
theme-health = Salute
theme-family = Famiglia
theme-papers = Documenti e pratiche
theme-loneliness = Solitudine
theme-other = Altro

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 ha bloccato il bot
blocked-mentor = 🚫 I messaggi del bot non arrivano più a <b>{ $name }</b> per ora: probabilmente il bot è stato bloccato. È un suo diritto. Niente di ciò che il bot doveva inviare va perso: sarà consegnato al suo ritorno. Non deve fare niente.
