# Événements du COPIL : formations, intervision, séances d'information (issue 5).
# Les jeunes ne voient jamais « intervision » : pour eux, c'est une rencontre avec l'équipe.

cmd-event = Créer une formation ou une rencontre
cmd-events = Les événements : réponses, présences

event-kind-training = Formation
event-kind-intervision = Intervision
event-kind-info = Séance d'information
event-kind-meeting = Rencontre avec l'équipe

## /event (COPIL)
event-ask-kind = Quel genre d'événement ?
event-ask-title = Son titre ? ({ $max } caractères au plus, /cancel pour annuler)
event-title-bad = Le titre doit faire de 2 à { $max } caractères. Essayez encore, ou /cancel.
event-ask-when = Quand ? Par exemple « jeudi 18h30 » ou « le 3 décembre à 9h ».
event-when-confirm = 📅 { $when } : c'est bien ça ?
event-when-yes = ✅ Oui
event-when-no = ✏️ Non, changer
event-ask-duration = Combien de temps ? Par exemple « 2h », « 1h30 », « 90 min ».
event-duration-bad = Je n'ai pas compris cette durée (entre 1 minute et 12 heures). Par exemple « 1h30 ».
event-ask-place = Où ? Une adresse, une salle ou un lien pour se connecter. ({ $max } caractères au plus)
event-place-bad = Le lieu doit faire de 2 à { $max } caractères. Essayez encore, ou /cancel.
event-ask-capacity = Combien de places ? Un nombre (jusqu'à { $max }), ou 0 s'il n'y a pas de limite.
event-capacity-bad = Tapez un nombre de 1 à { $max }, ou 0 pour ne pas limiter.
event-ask-audience = Qui inviter ?
event-preview =
    Voici l'invitation ({ $count ->
        [0] personne pour l'instant
        [one] 1 personne
       *[other] { $count } personnes
    }), avec un fichier calendrier :
event-send = 📤 Envoyer les invitations ({ $count })
event-created = Événement n° { $id } créé : les invitations partent. /events pour voir les réponses.
event-report =
    Invitations à « { $title } » envoyées : { $sent ->
        [one] { $sent } personne l'a reçue
       *[other] { $sent } personnes l'ont reçue
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } injoignable (a bloqué le bot)
       *[other] , { $unreachable } injoignables (ont bloqué le bot)
    }{ $failed ->
        [0] {""}
        [one] , { $failed } envoi en échec
       *[other] , { $failed } envois en échec
    }. /events montre les réponses.
event-calendar-caption = Le fichier calendrier envoyé avec l'invitation.
event-gone = Cet événement n'existe plus.

## Ce que reçoivent les personnes invitées
event-line-when = 🕒 { $when } ({ $minutes } min)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } place
       *[other] { $capacity } places
    }
event-invite-question = { $tu ->
        [yes] Tu viens ?
       *[no] Vous venez ?
    }
event-yes = ✅ Oui
event-maybe = 🤔 Peut-être
event-no = ❌ Non
event-answered-yes = { $tu ->
        [yes] C'est noté : tu viens !
       *[no] C'est noté : vous venez !
    }
event-answered-maybe = C'est noté : peut-être.
event-answered-no = C'est noté : pas cette fois.
event-answered-waiting = { $tu ->
        [yes] C'est complet pour l'instant : tu es sur la liste d'attente. Je te préviens si une place se libère.
       *[no] C'est complet pour l'instant : vous êtes sur la liste d'attente. Je vous préviens si une place se libère.
    }
event-moved-up = { $tu ->
        [yes] 🎉 Une place s'est libérée : tu es inscrit·e !
       *[no] 🎉 Une place s'est libérée : vous êtes inscrit·e !
    }
event-closed = Cet événement a commencé ou a été annulé : on ne peut plus répondre.
event-reminder-day = { $tu ->
        [yes] ⏰ Rappel : c'est demain !
       *[no] ⏰ Rappel : c'est demain.
    }
event-reminder-2h = ⏰ Rappel : dans deux heures.
event-change-moved = { $tu ->
        [yes] 📅 Changement de date ! Voici le nouveau moment (le fichier calendrier est à jour) :
       *[no] 📅 Changement de date. Voici le nouveau moment (le fichier calendrier est à jour) :
    }
event-change-cancelled = ✖️ Annulé. Désolé pour le changement.

## /events (COPIL)
events-none = Aucun événement à venir. /event pour en créer un.
events-title = <b>Événements</b> (choisissez-en un) :
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Annulé</b>
events-answers-yes = ✅ Oui ({ $count }) : { $names }
events-answers-waiting = ⏳ Liste d'attente ({ $count }) : { $names }
events-answers-maybe = 🤔 Peut-être ({ $count }) : { $names }
events-answers-no = ❌ Non ({ $count }) : { $names }
events-came = 🙋 Présent·es ({ $count }) : { $names }
events-attendance = 🙋 Présences
events-attendance-title = Qui est venu à « { $title } » ? Touchez un nom pour cocher ou décocher.
events-move = 🕒 Déplacer
events-cancel = ✖️ Annuler l'événement
events-cancel-confirm = Annuler « { $title } » ? Toutes les personnes qui ont répondu seront prévenues.
events-cancel-yes = Oui, annuler
events-cancelled = « { $title } » est annulé ; les personnes qui ont répondu sont prévenues.
events-move-ask = Nouvelle date pour « { $title } » ? Par exemple « jeudi 18h30 ». /cancel pour garder la date.
events-moved = « { $title } » est déplacé au { $when } ; les personnes qui ont répondu sont prévenues.
