# Diffusions du COPIL (issue 5). « vous » avec le COPIL, « tu » avec les jeunes.

cmd-broadcast = Envoyer une nouvelle à l'équipe
cmd-broadcasts = Les diffusions récentes et prévues
cmd-news = Recevoir les nouvelles ou non

## /broadcast (COPIL)
broadcast-ask-audience = À qui envoyer le message ?
broadcast-audience-mentors = Les mentor·es
broadcast-audience-peer_helpers = Les pair-aidant·es
broadcast-audience-youths = Les jeunes qui veulent les nouvelles
broadcast-audience-everyone = Tout le monde
broadcast-ask-team = Pour quelle équipe ?
broadcast-all-teams = Toutes les équipes
broadcast-ask-content =
    Envoyez le message tel qu'il doit partir : du texte (gras, italique, liens permis), ou une photo ou un document avec une légende ({ $max } caractères au plus).
    /cancel pour annuler.
broadcast-content-bad = Envoyez du texte, une photo ou un document (un seul). Ou /cancel.
broadcast-lost = Ce brouillon n'est plus là. Recommencez avec /broadcast.
broadcast-preview-title = Aperçu, exactement comme les personnes le recevront :
broadcast-preview-for =
    Pour : <b>{ $audience }</b>, { $where } — { $count ->
        [0] personne pour l'instant
        [one] 1 personne
       *[other] { $count } personnes
    }.
broadcast-send-now = 📤 Envoyer maintenant ({ $count })
broadcast-schedule = 🕒 Programmer
broadcast-change = ✏️ Changer le message
broadcast-stop = Annuler
broadcast-nobody = Personne ne reçoit ce message pour l'instant : rien n'est parti.
broadcast-sending = C'est parti (diffusion n° { $id }). Je vous envoie un bilan quand tout est livré. /broadcasts montre l'avancement.
broadcast-ask-when = Quand l'envoyer ? Par exemple « demain 9h », « jeudi 18h30 », « le 3 décembre à 8h ».
broadcast-when-bad = Je n'ai pas compris cette date. Essayez « demain 9h » ou « le 3 décembre à 8h », ou /cancel.
broadcast-when-past = Ce moment est déjà passé. Donnez une date à venir, ou /cancel.
broadcast-when-too-far = C'est trop loin : au plus { $years } ans à l'avance. Quelle date ?
broadcast-when-no-time = À quelle heure ? Par exemple « jeudi 18h30 », ou /cancel.
broadcast-scheduled = C'est programmé pour { $when }. /broadcasts pour l'annuler.
broadcast-report =
    Diffusion n° { $id } terminée : { $sent ->
        [one] { $sent } envoyé
       *[other] { $sent } envoyés
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } injoignable (a bloqué le bot)
       *[other] , { $unreachable } injoignables (ont bloqué le bot)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } en échec
    }.

## /broadcasts (COPIL)
broadcasts-none = Aucune diffusion pour l'instant. /broadcast pour en envoyer une.
broadcasts-title = <b>Diffusions</b>
broadcasts-line-scheduled = 🕒 n° { $id } — prévue { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 n° { $id } — en cours — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ n° { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } { $total ->
        [one] envoyé
       *[other] envoyés
    }, { $unreachable } { $unreachable ->
        [one] injoignable
       *[other] injoignables
    }, { $failed } en échec
broadcasts-line-cancelled = ✖️ n° { $id } — annulée — { $audience }, { $where }
broadcasts-cancel = ✖️ Annuler n° { $id } ({ $when })
broadcasts-cancelled = Diffusion n° { $id } annulée.
broadcasts-too-late = Trop tard : elle est déjà partie ou annulée.

## /news (jeunes)
news-on = Tu reçois les nouvelles de l'équipe (formations, activités, infos).
news-off = Tu ne reçois pas les nouvelles de l'équipe. Tu peux changer quand tu veux.
news-turn-on = 🔔 Recevoir les nouvelles
news-turn-off = 🔕 Ne plus les recevoir
