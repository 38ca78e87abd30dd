# /partners — letto anche dai giovani: formulazioni neutre, né « tu » né « Lei », niente « gruppo di pilotaggio ».
cmd-partners = Elenco dei servizi partner

domain-health = Salute
domain-mental_health = Salute psichica
domain-social = Aiuto sociale
domain-job = Inserimento professionale
domain-training = Formazione
domain-housing = Alloggio
domain-legal = Diritto
domain-addiction = Dipendenze
domain-other = Altro

partners-home = <b>Elenco dei servizi partner</b>
    Servizi professionali che possono aiutare: scegliere un ambito, o cercare un nome (anche in un colpo: /partners caritas).
partners-closed = Elenco chiuso. /partners per riaprirlo.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] ancora nessun servizio.
        [one] un servizio.
       *[other] { $count } servizi.
    }
partners-found = { $count } servizi trovati:
partners-none = Nessun servizio si chiama « { $name } ». Provare una parte del nome, o un ambito: /partners
partners-shared-yes = 🌍 Visibile anche agli altri team
partners-shared-no = 🏠 Visibile solo al Suo team
partners-edit = ✏️ Modificare
partners-share = 🌍 Condividere con gli altri team
partners-unshare = 🏠 Non condividere più
partners-add = ➕ Aggiungere un servizio
partners-add-domain = In quale ambito?
partners-skip = Salta
partners-clear = Svuotare questo campo
partners-edit-which = Cosa vuole modificare?
partners-field-name = Nome
partners-field-what = Cosa fa
partners-field-phone = Telefono
partners-field-email = E-mail
partners-field-address = Indirizzo
partners-field-website = Sito web
partners-field-domain = Ambito
partners-ask-name = Il nome? (da 2 a { $max } caratteri, /cancel per annullare)
partners-ask-what = Cosa fa, in una frase? (al massimo { $max } caratteri)
partners-ask-phone = Il telefono?
partners-ask-email = L'e-mail?
partners-ask-address = L'indirizzo?
partners-ask-website = Il sito web?
partners-bad-name = Il nome deve avere da 2 a { $max } caratteri.
partners-bad-what = Al massimo { $max } caratteri, per favore.
partners-bad-phone = Questo non è un numero di telefono (cifre, spazi, + all'inizio). Ancora una volta?
partners-bad-email = Questo non è un indirizzo e-mail (nome@esempio.ch). Ancora una volta?
partners-bad-address = Al massimo { $max } caratteri, per favore.
partners-bad-website = Questo non è l'indirizzo di un sito (esempio.ch o https://esempio.ch). Ancora una volta?
partners-saved = ✅ Salvato.
partners-search = 🔎 Cercare per nome
partners-ask-search = Quale nome (o una parte)?
