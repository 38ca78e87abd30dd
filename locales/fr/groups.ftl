# Groupes de pair-aidance (issue 5). « tu » avec les jeunes et les pair-aidant·es.
# Un·e jeune lit « groupe » et « séance », jamais « COPIL » ni « intervision ».

cmd-group = Créer un groupe de pair-aidance
cmd-groups = Mes groupes et leurs séances
cmd-attendance = Noter qui est venu à une séance

## /group (COPIL)
group-ask-name = Le nom du groupe ? ({ $max } caractères au plus, /cancel pour annuler)
group-no-helpers = Il n'y a pas encore de pair-aidant·e dans cette équipe : invitez-en un·e avec /invite, puis recommencez.
group-ask-helpers = Qui anime le groupe ? Touchez les pair-aidant·es, puis « Continuer ».
group-helpers-done = Continuer ▶
group-helpers-none = Choisissez au moins un·e pair-aidant·e.
group-ask-size = Combien de jeunes au plus ? Touchez { $default } ou tapez un nombre (2 à { $max }).
group-size-bad = Tapez un nombre de 2 à { $max }.
group-ask-rhythm =
    Quel rythme ? Par exemple « 2e et 4e mardi 18h », « chaque jeudi 17h30 », ou des dates : « 3.12 18h; 17.12 18h ».
group-rhythm-bad = Je n'ai pas compris ce rythme. Essayez « 2e et 4e mardi 18h » ou « 3.12 18h; 17.12 18h ».
group-rhythm-past = « { $date } » est déjà passé. Retirez cette date, ou écrivez-la avec l'année si c'est bien l'an prochain (« 24.11.2027 18h »).
group-confirm = Groupe <b>{ $name }</b>, { $size } jeunes au plus, { $count ->
        [one] { $count } séance prévue
       *[other] { $count } séances prévues
    } :
group-create = ✅ Créer le groupe
group-created =
    Groupe <b>{ $name }</b> créé. Le lien pour le rejoindre (à donner aux jeunes) :
    { $link }
group-helper-told =
    Tu animes le groupe <b>{ $name }</b>. /groups montre ses séances. Le lien pour le rejoindre :
    { $link }

## Rejoindre
group-full = Le groupe { $name } est complet pour l'instant. Parles-en à la personne qui t'a donné le lien.
group-joined = Bienvenue dans le groupe <b>{ $name }</b> ! Les prochaines séances :
group-ask-join = ➕ Rejoindre « { $name } »
group-ask-mentor = 🙋 Demander un·e mentor·e
group-ask-which = Depuis quel groupe veux-tu demander un·e mentor·e ?
group-asked = C'est demandé : tu auras une réponse ici.
group-already = Tu as déjà demandé ou tu es déjà dans ce groupe.
group-request = { $name } demande à rejoindre le groupe { $group }. { $tu ->
    [yes] Tu acceptes ?
   *[no] Acceptez-vous ?
}
group-accept = ✅ Accepter
group-decline = Décliner
group-accepted = C'est fait : la personne a rejoint { $name }.
group-declined = D'accord, la demande est déclinée.
group-youth-none = Tu n'es dans aucun groupe pour l'instant.
group-leave = Quitter « { $name } »
group-leave-confirm = Tu veux quitter le groupe <b>{ $name }</b> ? Tu ne recevras plus ses rappels. Tu pourras redemander à le rejoindre quand tu veux, avec /groups.
group-leave-yes = Oui, je quitte le groupe
group-leave-no = Non, je reste
group-left = C'est fait, tu as quitté <b>{ $name }</b>. Merci d'y être passé·e ! Si l'envie revient, /groups est là.
group-stayed = D'accord, tu restes dans <b>{ $name }</b>.
group-not-member = Tu ne fais plus partie de ce groupe.

## /groups (pair-aidant·es, COPIL)
group-led-none = Aucun groupe pour l'instant.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } jeunes
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Oui ({ $count }) : { $names }
group-answers-no = ❌ Non ({ $count }) : { $names }
group-answers-none = ⏳ Pas encore répondu ({ $count }) : { $names }
group-set-details = 📍 Lieu et thème
group-cancel-session = ✖️ Annuler la séance
group-session-cancelled-mark = (annulée)
group-ask-details = Séance du { $when } : le lieu, puis le thème après un point-virgule. Par exemple « Maison de quartier; CV et entretiens ».
group-details-bad = { $tu ->
        [yes] Écris le lieu (2 à 120 caractères), puis éventuellement « ; » et le thème.
       *[no] Écrivez le lieu (2 à 120 caractères), puis éventuellement « ; » et le thème.
    }
group-details-set = C'est noté : { $line }
group-cancel-confirm = Annuler la séance du { $when } ({ $name }) ? Les jeunes du groupe seront prévenu·es.
group-session-cancelled = La séance du { $when } est annulée ; les jeunes sont prévenu·es.

## Ce que reçoivent les jeunes
group-message-day = ⏰ Demain, séance du groupe <b>{ $group }</b>. Tu viens ?
group-message-2h = ⏰ Dans deux heures, séance du groupe <b>{ $group }</b>.
group-message-cancelled = ✖️ La séance du groupe <b>{ $group }</b> est annulée.
group-yes = ✅ Oui
group-no = ❌ Non
group-answered-yes = C'est noté, à bientôt !
group-answered-no = C'est noté. Peut-être la prochaine fois !

## /attendance
group-attendance-none = Pas de séance ces deux dernières semaines.
group-attendance-which = Quelle séance ?
group-attendance-title = { $name }, { $when } : { $count ->
        [one] { $count } présent·e
       *[other] { $count } présent·es
    }. { $tu ->
        [yes] Touche un nom pour cocher ou décocher.
       *[no] Touchez un nom pour cocher ou décocher.
    }
group-sessions-all = 🗓 Toutes les séances à venir
group-sessions-title = <b>{ $name }</b> : { $count } séance(s) à venir

# Note d'une séance (« tu » avec les jeunes, les pair-aidant·es)
rating-ask = ⭐ Merci d'être venu·e à la séance de pair-aidance « { $group } » ! Comment c'était ? (1 = pas terrible, 5 = super) Ta note reste anonyme.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = Merci pour ta note ! 💛
rating-average = ⭐ Séance « { $group } » du { $day } : { $stars } sur 5 en moyenne ({ $count } notes des jeunes venu·es). Les notes suivantes compteront dans les chiffres de l'équipe, sans nouveau message, pour que personne ne soit reconnaissable.
