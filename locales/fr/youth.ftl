# Demandes de contact, liens, relais, fin du lien, filet de sécurité, données (issue 3).
# « tu » avec les jeunes, « vous » avec les mentor·es et le COPIL ; un·e jeune voit « l'équipe ».

cmd-request = Demander un contact
cmd-talk = Choisir à qui j'écris
cmd-stop = Arrêter le lien ou la demande
cmd-mydata = Mes données
cmd-forget = Tout effacer
cmd-mylink = Mon lien personnel
cmd-end = Terminer un suivi
cmd-assign = Attribuer une demande
cmd-emergency = Numéros d'urgence de l'équipe

## /request (jeune)
request-button = 🤝 Demander un contact
request-has-link = Tu es déjà en lien avec { $name }. Écris-moi ici, je transmets. Pour arrêter ce lien : /stop.
request-already-open = Tu as déjà une demande en cours :
request-change = ✏️ La modifier
request-withdraw = Retirer ma demande
request-keep = La garder comme ça
request-kept = D'accord, ta demande reste comme elle est.
request-none-open = Tu n'as plus de demande en cours. /request pour en faire une.
request-withdrawn = C'est fait : ta demande est retirée. Tu peux en refaire une quand tu veux avec /request.
request-to-mentor = Ta demande ira à <b>{ $name }</b>.
request-which-team = Dans quelle région ?
request-where-met = Où as-tu rencontré ton ou ta mentor·e, ou dans quel milieu ? (facultatif)
met-sport = ⚽ Sport
met-culture = 🎭 Culture
met-faith = 🕊 Communauté religieuse
met-community = 🌍 Ma communauté culturelle
met-work = 💼 Travail
met-public = 🏙 Espace public
met-other = Autre
request-skip = Passer
request-what-about = C'est à propos de quoi ? Choisis un ou plusieurs thèmes, puis « Continuer ».
request-continue = Continuer ▶
request-themes-none = Choisis au moins un thème.
request-age = Quel âge as-tu ?
age-under_16 = Moins de 16 ans
age-16_17 = 16–17 ans
age-18_25 = 18–25 ans
age-26_30 = 26–30 ans
age-over_30 = Plus de 30 ans
request-over-30 = Merci de ta confiance. Lien est pour les jeunes jusqu'à 30 ans, donc je ne peux pas t'envoyer de mentor·e. D'autres services peuvent t'aider : /partners montre l'annuaire des partenaires.
request-name = Quel prénom ou surnom ton ou ta mentor·e peut utiliser ? ({ $max } caractères au plus)
request-name-keep = Garder « { $name } »
request-name-bad = Écris un prénom ou un surnom de 1 à { $max } caractères.
request-message = Un petit message pour ton ou ta mentor·e ? (facultatif, { $max } caractères au plus)
request-message-bad = Ton message doit faire au plus { $max } caractères. Raccourcis-le, ou « Passer ».
request-use-buttons = Utilise les boutons juste au-dessus, ou /cancel pour arrêter.
request-confirm = Voici ta demande. Je l'envoie ?
request-send = ✅ Envoyer
request-fix-met = Corriger : où on s'est rencontré
request-fix-themes = Corriger : les thèmes
request-fix-age = Corriger : l'âge
request-fix-name = Corriger : le prénom
request-fix-message = Corriger : le message
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ « { $message } »
request-summary-flagged = ⚠️ <b>Son message contient des mots de détresse.</b> Lien lui a déjà répondu avec soin et l'équipe suit. Répondez avec douceur.
request-summary-language = 🗣 écrit en { $lang }
language-fr = français
language-en = anglais
language-de = allemand
language-it = italien
language-pt = portugais
language-es = espagnol
language-ar = arabe
request-sent = C'est envoyé ! Je te dis dès qu'un·e mentor·e répond. Si personne ne répond vite, l'équipe s'en occupe. Tu peux retirer ta demande avec /stop.
request-sent-team = C'est envoyé ! L'équipe cherche la bonne personne pour toi et revient vers toi très vite.
request-team-on-it = Ta demande n'a pas encore trouvé de mentor·e : l'équipe s'en occupe et revient vers toi très vite. Tu n'as rien à faire.
request-accepted =
    Bonne nouvelle : <b>{ $name }</b> a accepté ta demande ! 🎉

    Écris ici, je lui transmets tes messages (texte, photo, vocal, document). { $name } ne voit ni ton numéro ni ton nom d'utilisateur. Tu peux arrêter quand tu veux avec /stop.

## Réponse des mentor·es
request-notice = 🤝 <b>Nouvelle demande de contact</b>
request-accept = ✅ Accepter
request-decline = Décliner
request-notice-forgotten = (Demande effacée à la demande de la personne.)
request-notice-withdrawn = Cette demande a été retirée par la personne. Merci quand même !
request-taken = Cette demande a déjà été acceptée par un·e autre mentor·e. Merci d'avoir répondu !
request-yours = Vous avez déjà accepté cette demande : écrivez ici pour lui parler.
request-declined = Vous avez décliné cette demande. Merci d'avoir répondu.
request-you-accepted =
    Vous avez accepté la demande { DE($name) }<b>{ $name }</b>. Merci !

    { request-write-here }
request-write-here = Écrivez ici : je lui transmets vos messages, sans votre numéro ni votre nom d'utilisateur. Avec plusieurs jeunes, répondez à leur message ou choisissez avec /talk. /end pour terminer le suivi.
request-assigned = 🤝 Le COPIL vous a confié la demande { DE($name) }<b>{ $name }</b>. Merci de la suivre !
request-assigned-other = Le COPIL a confié cette demande à un·e autre mentor·e. Merci quand même !
request-reminder = ⏰ La demande { DE($name) }<b>{ $name }</b> attend toujours une réponse. Pouvez-vous l'accepter ou la décliner ?
mylink =
    Votre lien personnel, à partager en personne avec un·e jeune (en message ou en QR code fait à partir du lien) :
    { $link }

    La personne qui l'ouvre vous adresse sa demande, et vous la recevez ici.

## Alertes au COPIL
escalation-unanswered = ⚠️ La demande { DE($name) }<b>{ $name }</b> (équipe { $team }) attend depuis { $hours } h sans réponse. /assign pour la confier à un·e mentor·e.
escalation-no-mentor = ⚠️ Nouvelle demande { DE($name) }<b>{ $name }</b> (équipe { $team }) : aucun·e mentor·e actif·ve à prévenir. /assign pour la confier à un·e mentor·e.
escalation-declined = ⚠️ Tous les mentor·es ont décliné la demande { DE($name) }<b>{ $name }</b> (équipe { $team }). /assign pour la confier à un·e mentor·e.

## /assign (COPIL)
assign-none = Aucune demande en attente. 🎉
assign-which-request = Quelle demande voulez-vous confier ?
assign-request = { $name } — depuis le { $since }
assign-which-mentor = À quel·le mentor·e confier la demande { DE($name) }{ $name } ?
assign-no-mentor = Il n'y a aucun·e mentor·e actif·ve dans cette équipe.
assign-not-open = Cette demande n'est plus en attente.
assign-done = C'est fait : { $mentor } suit maintenant { $name }. Les deux sont prévenu·es.

## Relais
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = Avec plusieurs personnes, je ne sais pas à qui envoyer ce message (répondez à son message, ou /talk) : je n'ai rien envoyé.
relay-offer = { $tu ->
        [yes] Pour l'envoyer quand même, choisis à qui :
       *[no] Pour l'envoyer quand même, choisissez à qui :
    }
relay-went-to = → { $name }
relay-not-sent = Je n'ai transmis ce message à personne.
relay-nowhere = { $tu ->
        [yes] Je n'ai transmis ce message à personne. /help montre ce que tu peux faire.
       *[no] Je n'ai transmis ce message à personne. /help montre ce que vous pouvez faire.
    }
relay-reply-unknown = Je n'ai transmis ce message à personne : il répond à un message du bot ou de l'équipe (ou d'une conversation effacée), pas à une personne.
relay-choose = À qui voulez-vous écrire ?
relay-nobody-youth = Tu n'as personne à qui écrire pour l'instant. /request pour demander un contact.
relay-nobody = { $tu ->
        [yes] Tu n'as personne à qui écrire pour l'instant.
       *[no] Vous n'avez personne à qui écrire pour l'instant.
    }
relay-only-one-youth = Tes messages vont à { $name }.
relay-only-one = Vos messages vont à { $name }.
relay-now-to = { $tu ->
        [yes] Tes prochains messages iront à <b>{ $name }</b>.
       *[no] Vos prochains messages iront à <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] Envoyé à <b>{ $name }</b>. Tes prochains messages iront aussi à cette personne.
       *[no] Envoyé à <b>{ $name }</b>. Vos prochains messages iront aussi à cette personne.
    }
relay-ended = Cette conversation est terminée : le message n'a pas été transmis.
relay-ended-youth = Ton lien avec { $name } est terminé : ton message n'a pas été transmis. Tu peux refaire une demande quand tu veux avec /request.
relay-ended-mentor = Le lien avec { $name } est terminé : votre message n'a pas été transmis.
relay-mentor-away = Ton ou ta mentor·e n'est pas disponible pour l'instant : ton message n'a pas été transmis. Parles-en à l'équipe, ou /stop puis /request pour demander quelqu'un d'autre.
relay-youth-away = L'équipe a fermé l'accès { DE($name) }{ $name } à Lien pour l'instant : votre message n'a pas été transmis.
relay-undelivered-youth = Je n'ai pas pu transmettre ce message (la personne a peut-être bloqué le bot). Réessaie plus tard.
relay-undelivered = Je n'ai pas pu transmettre ce message (la personne a peut-être bloqué le bot). Réessayez plus tard.
relay-flagged = ⚠️ Le message suivant { DE($name) }<b>{ $name }</b> contient des mots de détresse. Lien lui a déjà répondu avec soin (les numéros d'urgence, ou la question de savoir si la personne est en sécurité) et l'équipe suit. Répondez avec douceur ; vous n'êtes pas seul·e.

## /stop (jeune) et /end (mentor·e)
stop-confirm = Arrêter ton lien avec <b>{ $name }</b> ? Je le lui dirai gentiment. Tu pourras refaire une demande plus tard.
stop-yes = Oui, arrêter
stop-no = Non, continuer
stop-kept = D'accord, rien ne change.
stop-request = Tu as une demande en cours. La retirer ?
stop-nothing = Tu n'as ni lien ni demande en cours. /request pour demander un contact.
stop-already-ended = Ce lien est déjà terminé.
stop-done = C'est fait, le lien est arrêté. Merci pour ce bout de chemin ! Tu peux refaire une demande quand tu veux avec /request.
stop-mentor = <b>{ $name }</b> a choisi d'arrêter le lien. C'est son droit, et ce n'est pas un échec : merci pour votre présence. Vous n'avez rien à faire.
end-nothing = Vous ne suivez personne en ce moment.
end-which = Quel suivi voulez-vous terminer ?
end-why = Pourquoi terminer le suivi { DE($name) }<b>{ $name }</b> ?
end-reason-goals = 🎯 Objectifs atteints
end-reason-work = 💼 Travail ou formation trouvé
end-reason-professional = 🤝 Relais à un·e professionnel·le
end-reason-no_contact = 📭 Plus de contact
end-reason-other = Autre raison
end-cancel = Annuler
end-kept = D'accord, le suivi continue.
end-already-ended = Ce suivi est déjà terminé.
end-done = Le suivi { DE($name) }<b>{ $name }</b> est terminé. Merci pour votre engagement !
end-youth = { $name } a terminé votre lien. Merci pour ce bout de chemin ! Si tu as encore besoin d'aide, tu peux refaire une demande quand tu veux avec /request.
peer-offer = Bravo pour ton travail ou ta formation ! 🎉 D'autres jeunes pourraient profiter de ton expérience. Aimerais-tu devenir pair-aidant·e (animer des rencontres entre jeunes, deux fois par mois) ? L'équipe te contacterait.
peer-yes = Oui, ça m'intéresse
peer-no = Non merci
peer-declined = Pas de souci ! Bonne route. 🙂
peer-agreed = Super ! L'équipe est prévenue et revient vers toi.
peer-copil = <b>{ $name }</b> a trouvé un travail ou une formation (suivi·e par { $mentor }) et accepte d'être invité·e comme pair-aidant·e.
peer-invite = Inviter comme pair-aidant·e
peer-already = Cette personne n'est plus jeune dans Lien (déjà pair-aidant·e ?).
peer-done = { $name } est maintenant pair-aidant·e. Je lui ai souhaité la bienvenue.

## Filet de sécurité
safety-youth =
    Merci de me l'avoir écrit. Ce que tu vis compte, et tu n'es pas seul·e. 💛
    Si tu es en danger ou que tu as besoin de parler maintenant, appelle :
    { $numbers }
    Et l'équipe est prévenue pour t'aider.
safety-category-suicide = idées suicidaires
safety-category-self_harm = automutilation
safety-category-abuse = abus
safety-category-violence = violence
safety-category-danger = en danger
safety-category-threat = menace envers d'autres
safety-category-distress = détresse, désespoir
safety-level-high = urgent
safety-level-medium = inquiétant
safety-copil =
    🚨 <b>Alerte du filet de sécurité</b> ({ $category }, { $level } · règle { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Jeune : <b>{ $name }</b>, équipe { $team }
safety-copil-who-peer_helper = Pair-aidant·e : <b>{ $name }</b>, équipe { $team }
safety-copil-who-stranger = Quelqu'un qui ne s'est pas encore inscrit·e (pas de nom), équipe { $team }
safety-copil-said =
    Message : « { $text } »
    Les numéros d'urgence lui ont été envoyés.
safety-copil-said-not_really = À la question « Est-ce que tu es en sécurité en ce moment ? », la réponse a été « Pas vraiment ». Les numéros d'urgence lui ont été envoyés. Le message n'est pas conservé.
safety-copil-said-talk = À la question « Est-ce que tu es en sécurité en ce moment ? », la réponse a été « Je veux parler à quelqu'un ». Les numéros d'urgence lui ont été envoyés. Le message n'est pas conservé.
safety-copil-said-timeout = Des mots inquiétants, et pas de réponse en 30 minutes à la question « Est-ce que tu es en sécurité en ce moment ? ». Rien d'autre ne lui a été envoyé ; le message n'est pas conservé.
safety-question = Ce que tu écris m'inquiète un peu. Est-ce que tu es en sécurité en ce moment ?
safety-answer-ok = Oui, ça va
safety-answer-not_really = Pas vraiment
safety-answer-talk = Je veux parler à quelqu'un
safety-answered-ok = Merci de m'avoir répondu. 💛 Si ça change, écris-moi, je suis là.
safety-take = 🙋 Je m'en occupe
safety-taken-you = C'est noté : vous vous en occupez. Les autres le voient.
safety-taken-label = ✅ { $name } s'en occupe
safety-taken-by = { $name } s'en occupe déjà.
safety-copil-link = Lien n° { $link } avec { $mentor } (si le message lui parvient, il est marqué).
safety-copil-no-link = Pas encore de lien.
emergency-ch =
    • 144 — urgences médicales
    • 117 — police
    • 143 — La Main Tendue (écoute, 24 h/24)
    • 147 — Pro Juventute (jeunes, 24 h/24)
emergency-fr =
    • 15 — SAMU
    • 17 — police
    • 112 — urgences
    • 3114 — prévention du suicide (24 h/24)
    • 119 — enfance en danger
emergency-default = • 112 — urgences

## /emergency (COPIL)
emergency-own = liste de l'équipe
emergency-country = par défaut, pays { $country }
emergency-change = ✏️ Changer : { $team }
emergency-reset = ↺ Par défaut
emergency-was-reset = C'est fait : l'équipe { $team } donne de nouveau les numéros par défaut de son pays.
emergency-ask =
    Tapez les numéros pour l'équipe <b>{ $team }</b>, un par ligne avec ce qu'il est ({ $lines } lignes au plus), par exemple :
    144 urgences médicales
    143 La Main Tendue (écoute, 24 h/24)
    /cancel pour annuler.
emergency-bad = Il faut de 1 à { $lines } lignes, chacune avec un numéro. Essayez encore, ou /cancel.
emergency-saved =
    C'est enregistré. Les jeunes de l'équipe { $team } verront :
    { $numbers }

## /mydata et /forget
mydata-nothing = { $tu ->
        [yes] Je n'ai aucune donnée sur toi.
       *[no] Je n'ai aucune donnée sur vous.
    }
mydata-caption = { $tu ->
        [yes] Voici tout ce que Lien garde sur toi. Les messages échangés ne sont jamais gardés.
       *[no] Voici tout ce que Lien garde sur vous. Les messages échangés ne sont jamais gardés.
    }
forget-confirm = Tout effacer ? Ton profil, tes demandes, ton lien et leur historique seront supprimés pour de bon. Ton lien en cours s'arrête. Ça ne peut pas être annulé.
forget-yes = Oui, tout effacer
forget-no = Non, garder
forget-kept = D'accord, rien n'est effacé.
forget-done = C'est fait : tout est effacé. Prends soin de toi ! Si tu veux revenir un jour, envoie /start.
