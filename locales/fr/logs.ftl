# /log, /history, /hours (mentor·es, COPIL) — « vous ».

## Types de suivi (storage.models.KINDS)
kind-one_off = Ponctuel
kind-long_term = Au long cours
kind-collective = Collectif
kind-relay = Relais vers un·e pro

## /log
log-who = Pour qui ? Touchez un nom, ou écrivez tout en une phrase, par exemple : « hier 45 min avec Samir, logement ».
log-who-pending = « { $name } » n'est pas un·e de vos jeunes dans Lien. Si vous suivez cette personne hors ligne, touchez son nom ci-dessous.
log-button-offline-new = ➕ { $name } (hors ligne)
log-button-offline-other = ➕ Une personne suivie hors ligne
log-button-group = 👥 Un groupe
log-ask-offline = Son surnom ou ses initiales ? Vous seul·e le verrez. ({ $max } caractères au plus)
log-offline-bad = Un surnom ou des initiales, de 1 à { $max } caractères, s'il vous plaît.
log-ask-group = Quel groupe ? Par exemple « foot du mardi ». ({ $max } caractères au plus)
log-group-bad = Le nom du groupe doit faire de 1 à { $max } caractères.
log-ask-kind = Quel type de suivi ?
log-ask-when = Quand ? Touchez un bouton ou écrivez la date (« mardi », « 12.11 »).
log-today = Aujourd'hui
log-yesterday = Hier
log-before-yesterday = Avant-hier
log-date-future = Ce jour n'est pas encore passé : un suivi se note une fois fait. Quel jour était-ce ?
log-date-too-old = C'est il y a plus d'un an : un suivi se note dans l'année. Quel jour était-ce ?
log-date-unknown = Je n'ai pas compris cette date. Essayez « hier », « mardi » ou « 12.11 ».
log-ask-minutes = Combien de temps ? Touchez un bouton ou écrivez-le (« 1h30 », « 20 min »).
log-minutes-bad = La durée doit être entre 1 minute et { $max } heures. Combien de temps ?
log-minutes-unknown = Je n'ai pas compris cette durée. Essayez « 45 », « 1h30 » ou « 2 heures ».
log-ask-partner = Vers quel partenaire ? Touchez un nom ou écrivez-le.
log-partner-unknown = « { $name } » n'est pas dans l'annuaire. Gardez ce nom tel quel, ou choisissez un partenaire (vous pouvez aussi écrire un autre nom).
log-partner-keep = ✍️ Garder « { $name } »
log-partner-several = Plusieurs partenaires correspondent : lequel ?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (hors ligne)
log-who-group = 👥 Groupe « { $name } »
log-who-forgotten = 👤 (personne effacée)
log-summary-title = <b>Votre suivi</b>
log-summary-themes-none = 🏷 Thèmes : touchez-en au moins un ci-dessous
log-summary-note = 📝 Note chiffrée : { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    }
log-summary-no-note = 📝 Pas de note. Pour en ajouter une, écrivez-la ici : elle est chiffrée et vous seul·e la lisez.
log-summary-check = Vérifiez, puis « Enregistrer ». Rien n'est enregistré avant.
log-save = ✅ Enregistrer
log-edit = ✏️ Modifier
log-discard = ✖️ Abandonner
log-themes-needed = Choisissez au moins un thème.
log-note-too-long = Cette note fait { $length } caractères : { $max } au plus. Raccourcissez-la et renvoyez-la ; le reste de votre suivi est gardé.
log-note-kept = 📝 Note ajoutée, chiffrée.
log-saved = ✅ Enregistré : { $minutes } min, { $when }. Merci !
log-saved-already = ✅ Ce suivi est déjà enregistré, une seule fois.
log-updated = ✅ Suivi modifié.
log-edit-which = Que voulez-vous modifier ?
log-edit-who = Pour qui
log-edit-kind = Type de suivi
log-edit-when = Date
log-edit-minutes = Durée
log-edit-partner = Partenaire
log-edit-note = 🗑 Supprimer la note
log-not-understood = Je n'ai rien reconnu. Touchez un bouton, ou écrivez par exemple « hier 45 min avec Samir, logement ».
log-sentence-duration = « { $text } » : une durée doit être entre 1 minute et { $max } heures. Rien n'est enregistré.
log-sentence-future = « { $text } » n'est pas encore passé : un suivi se note une fois fait. Rien n'est enregistré.
log-sentence-too-old = « { $text } » date de plus d'un an : un suivi se note dans l'année. Rien n'est enregistré.
log-discarded = D'accord, rien n'est enregistré.
log-use-buttons = Touchez un des boutons ci-dessus, ou /cancel.
log-gone = Ce suivi n'existe plus ou ne peut plus être modifié (30 jours au plus).
log-stale = Vous aviez commencé un suivi il y a un moment. Ce message est-il pour ce suivi ? Si oui, renvoyez-le. S'il était pour un·e jeune, mettez le suivi de côté, puis renvoyez-le : il partira à votre jeune.
log-set-aside = ⏸ Mettre le suivi de côté
log-was-set-aside = ⏸ Suivi mis de côté, rien n'est perdu : /log pour le reprendre. Vos messages vont de nouveau à vos jeunes.
log-resumed = ▶ Votre suivi mis de côté reprend ici.

## Menu des commandes
cmd-log = Noter un suivi
cmd-history = Mes derniers suivis
cmd-hours = { $role ->
        [copil] Temps de l'équipe (défraiement)
       *[other] Mon temps (défraiement)
    }

## /history
history-none = Aucun suivi noté pour l'instant. /log pour en noter un.
history-title = <b>Vos derniers suivis</b>
history-tap = Touchez un suivi des 30 derniers jours pour le voir, le modifier ou le supprimer.
history-delete = 🗑 Supprimer
history-delete-confirm = Supprimer ce suivi ? C'est définitif.
history-delete-yes = Oui, supprimer
history-deleted = 🗑 Suivi supprimé.
history-note-unreadable = 📝 Note illisible : la clé de chiffrement a changé depuis.

## /hours
hours-title = <b>Votre temps</b>
hours-month = <b>{ $month }</b> : { $total }
hours-csv = 📄 CSV { DE($month) }{ $month }
hours-csv-caption = Votre temps { DE($month) }{ $month } : { $total }. Dates, types, minutes, thèmes et partenaires ; ni noms ni notes. Vous pouvez le transmettre au COPIL.
hours-col-date = date
hours-col-kind = type de suivi
hours-col-minutes = minutes
hours-col-themes = thèmes
hours-col-partner = partenaire
hours-col-kind-code = code du type
hours-col-theme-codes = codes des thèmes
hours-col-team = équipe
hours-col-mentor = mentor·e
hours-col-total = total (minutes)
hours-which-month = Quel mois ?
hours-team-title = <b>Temps des mentor·es, { $month }</b>
hours-team-none = Aucun suivi noté.
hours-year = 📅 Les 12 derniers mois
hours-team-summary =
    <b>Temps des mentor·es, { $month }</b>
    { $mentors } mentor·es dans { $teams } équipe(s) : { $total } en tout.
    Le détail par mentor·e est dans le fichier ci-dessous.
