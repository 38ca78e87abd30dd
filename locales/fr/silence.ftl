# Aucun lien ne s'éteint en silence, et la pause des mentor·es (« vous » aux mentor·es,
# « tu » aux jeunes).
silence-nudge = 🌱 Pas de nouvelles avec { $name } depuis { $days } jours. Un petit mot, ou un suivi à noter ?
silence-log = 📝 Noter un suivi
silence-write = ✉️ Lui écrire
silence-ask = 🌱 Ça fait un moment que { $name } et toi ne vous êtes pas écrit. Tu veux garder ce lien ?
silence-keep = Oui, je le garde
silence-later = Plus tard
silence-stop = Je préfère arrêter
silence-keep-done = 👍 C'est noté, le lien continue. { $tu ->
    *[yes] Écris quand tu veux, ton ou ta mentor·e est prévenu·e.
    [no] Écrivez quand vous voulez.
}
silence-later-done = D'accord, on t'en reparlera plus tard. Le lien continue.
silence-stop-done = C'est fait, le lien est arrêté. Merci pour ce bout de chemin ! Tu peux refaire une demande quand tu veux avec /request.
silence-already-ended = Ce lien est déjà terminé. Tu peux refaire une demande quand tu veux avec /request.
silence-kept-mentor = 🌱 { $name } souhaite garder le lien avec vous. Un petit mot lui fera plaisir.
silence-stopped-mentor = { $name } a préféré arrêter le lien, faute de contact ces derniers temps. Merci pour ce que vous avez fait ensemble.
silence-warn-youth = 🌱 Sans nouvelles de ta part ou { DE($name) }{ $name }, ce lien se fermera dans une semaine. Un message suffit pour le garder. Et tu pourras toujours refaire une demande avec /request.
silence-warn-mentor = 🌱 Sans nouvelles entre vous et { $name }, ce lien se fermera dans une semaine. Un message ou un suivi noté suffit pour le garder.
silence-closed-youth = Ce lien avec { $name } est fermé, faute de contact depuis { $days } jours. Merci pour ce bout de chemin ! Tu peux refaire une demande quand tu veux avec /request.
silence-closed-mentor = Le lien avec { $name } est fermé, faute de contact depuis { $days } jours (« plus de contact »). Merci pour ce que vous avez fait ensemble.
silence-link-gone = Ce lien n'est plus actif : rien à noter ici. /log pour un autre suivi.

pause-ask = Les trois dernières demandes vous sont passées à côté (déclinées ou prises par d'autres). Voulez-vous faire une pause ? Vous ne recevrez plus de nouvelles demandes jusqu'à /available. Vos liens en cours continuent.
pause-yes = ⏸ Oui, une pause
pause-no = Non, je reste disponible
pause-yes-done = ⏸ C'est noté : plus de nouvelles demandes pour l'instant. Vos liens en cours continuent. Pour en recevoir de nouveau : /available
pause-no-done = 👍 Vous restez disponible pour les nouvelles demandes.
available-done = ▶️ Vous recevez de nouveau les nouvelles demandes.
available-already = Vous êtes déjà disponible pour les nouvelles demandes.
people-paused-mark = ⏸ (en pause)
people-paused-count = ⏸ Mentor·es en pause : { $count }

cmd-available = Recevoir de nouveau des demandes

## /rhythms (COPIL, « vous ») : les rythmes de chaque équipe
cmd-rhythms = Silences et check-ins de l'équipe
rhythm-which-team = Pour quelle équipe ?
rhythm-summary =
    <b>⏱ Rythmes · { $team }</b>

    Sans message ni suivi : relance à la ou au mentor·e après { $silence } jours, question au ou à la jeune après { $ask } jours, fermeture du lien après { $close } jours (les deux sont prévenu·es une semaine avant).
    Check-in des jeunes : { $checkin ->
        [0] désactivé
       *[other] tous les { $checkin } jours
    }.
rhythm-change-silence = 🔕 Jours de silence avant la relance
rhythm-change-ask = ❓ Question au ou à la jeune
rhythm-change-close = 🔒 Fermeture du lien
rhythm-change-checkin = 🌤 Rythme des check-ins
rhythm-ask-silence = Après combien de jours de silence relancer la ou le mentor·e ?
rhythm-ask-ask = Après combien de jours de silence demander au ou à la jeune s'il ou elle veut garder le lien ?
rhythm-ask-close = Après combien de jours de silence fermer le lien (« plus de contact ») ? Les deux sont prévenu·es une semaine avant.
rhythm-order-bad = ⚠️ Impossible : la relance doit venir au plus tard avec la question au ou à la jeune, et la fermeture au moins une semaine après la question. Aujourd'hui : relance { $silence } j, question { $ask } j, fermeture { $close } j. Rien n'a changé.
rhythm-ask-checkin = Tous les combien demander aux jeunes comment ça va ?
rhythm-silence-days = { $days } jours
rhythm-checkin-days = { $days ->
    [0] Désactivés
   *[other] { $days } jours
}
rhythm-back = ◀ Retour
rhythm-close = ✖ Fermer
rhythm-closed = C'est noté.
