# Lien — textes de base (français, langue de référence).
# « tu » avec les jeunes et les pair-aidant·es, « vous » avec les mentor·es et le COPIL.
# Un·e jeune ne voit jamais le mot « COPIL » : pour ell·eux, c'est « l'équipe ».

## Cette langue : son nom en elle-même (boutons de /language) et sa locale Babel (dates)
language-name = Français
language-locale = fr_CH

## Dates : motifs Babel (EEEE jour, d jour du mois, MMMM mois, y année, HH:mm heure ;
## le texte entre apostrophes est écrit tel quel). L'année s'ajoute quand ce n'est pas la même.
when-moment = EEEE d MMMM 'à' HH:mm
when-moment-year = EEEE d MMMM y 'à' HH:mm
when-day = EEEE d MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Rôles
role-youth = jeune
role-mentor = mentor·e
role-peer_helper = pair-aidant·e
role-copil = membre du COPIL
roles-youth = Jeunes
roles-mentor = Mentor·es
roles-peer_helper = Pair-aidant·es
roles-copil = COPIL
whole-programme = tout le programme

## Menu des commandes
cmd-start = Commencer
cmd-help = Ce que je peux faire ici
cmd-language = Changer de langue
cmd-cancel = Annuler ce qui est en cours
cmd-invite = Inviter une personne
cmd-people = Les personnes de l'équipe
cmd-teams = Les équipes

## Premier contact
choose-language = { $tu ->
        [yes] Bonjour ! 👋 Choisis ta langue. / Choose your language.
       *[no] Bonjour ! 👋 Choisissez votre langue. / Choose your language.
    }
language-set = { $tu ->
        [yes] C'est noté : je te parle en français.
       *[no] C'est noté : je vous parle en français.
    }
intro-youth =
    <b>Lien</b>, c'est un lien avec un·e mentor·e : une personne bénévole de ton quartier, de ton club ou de ta communauté, qui peut t'aider pour le travail, une formation, le logement ou autre chose.

    • C'est toi qui décides. Personne ne t'écrit si tu ne l'as pas demandé, et tu peux arrêter quand tu veux.
    • C'est confidentiel. Ton ou ta mentor·e ne voit pas ton numéro ni ton nom d'utilisateur.
    • Les mentor·es sont bénévoles. Pour la santé ou une urgence, on te montre les bons services.

    Pour continuer, j'enregistre ton prénom Telegram et ta langue. Tu pourras tout effacer à tout moment avec /forget.
invite-intro-mentor =
    Bienvenue ! Vous êtes invité·e à rejoindre <b>Lien</b> comme mentor·e, équipe <b>{ $team }</b>.

    J'enregistre votre prénom Telegram et votre langue pour que l'équipe puisse vous joindre. D'accord ?
invite-intro-peer_helper =
    Bienvenue ! Tu es invité·e à rejoindre <b>Lien</b> comme pair-aidant·e, équipe <b>{ $team }</b>.

    J'enregistre ton prénom Telegram et ta langue pour que l'équipe puisse te joindre. D'accord ?
invite-intro-copil =
    Bienvenue ! Vous êtes invité·e à rejoindre <b>Lien</b> comme membre du COPIL ({ $team }).

    J'enregistre votre prénom Telegram et votre langue. D'accord ?
invite-intro-youth =
    Bienvenue ! Tu es invité·e à rejoindre <b>Lien</b>, équipe <b>{ $team }</b>.

    J'enregistre ton prénom Telegram et ta langue. D'accord ?
consent-yes = ✅ D'accord
consent-no = Non merci
consent-declined = Pas de souci, je n'ai rien enregistré. /start pour revenir, à tout moment.
welcome-youth = Merci, { $name } ! Tu es bien inscrit·e.
welcome-mentor = Merci, { $name } ! Vous êtes maintenant mentor·e dans Lien.
welcome-peer_helper = Merci, { $name } ! Tu es maintenant pair-aidant·e dans Lien.
welcome-copil = Merci, { $name } ! Vous êtes maintenant membre du COPIL.
welcome-back = Re-bonjour, { $name } !

## Liens d'invitation
# Lus aussi par des personnes pas encore inscrites (mentor·es compris) : ni « tu » ni « vous ».
link-invalid = Ce lien n'est pas valable : il est peut-être incomplet. La personne qui l'a donné peut en envoyer un nouveau.
link-unknown = Ce lien n'est pas valable. La personne qui l'a donné peut en envoyer un nouveau.
link-used = Ce lien a déjà servi : chaque lien ne marche qu'une fois. La personne qui l'a donné peut en envoyer un nouveau.
link-expired = Ce lien a expiré. La personne qui l'a donné peut en envoyer un nouveau.

## Aide, par rôle
help-stranger = Pour commencer : /start
help-youth =
    Ce que tu peux faire :
    /request — demander un contact avec un·e mentor·e
    /talk — choisir à qui tu écris
    /stop — arrêter ton lien ou ta demande
    /mydata — voir ce que Lien garde sur toi
    /forget — tout effacer
    /news — recevoir les nouvelles de l'équipe ou non
    /groups — tes groupes de pair-aidance et leurs séances
    /partners — des services professionnels qui peuvent t'aider
    /help — revoir ce message
    /language — changer de langue
    /cancel — annuler ce qui est en cours
help-mentor =
    Ce que vous pouvez faire :
    /log — noter un suivi, par exemple « /log hier 45 min avec Samir, logement »
    /history — vos derniers suivis : les voir, les modifier, les supprimer
    /hours — votre temps du mois, avec un CSV pour le défraiement
    /partners — l'annuaire des partenaires
    /support — écrire à votre personne ressource
    /mylink — votre lien personnel à donner à un·e jeune
    /talk — choisir à quel·le jeune vous écrivez
    /end — terminer un suivi
    /available — recevoir de nouveau des demandes après une pause
    /help — revoir ce message
    /language — changer de langue
    /cancel — annuler ce qui est en cours
help-peer_helper =
    Ce que tu peux faire :
    /groups — les groupes que tu animes : séances, lieu et thème, demandes pour rejoindre
    /attendance — après une séance, cocher qui est venu
    /partners — l'annuaire des services professionnels, pour orienter un·e jeune
    /mydata — voir ce que Lien garde sur toi
    /forget — tout effacer
    /help — revoir ce message
    /language — changer de langue
    /cancel — annuler ce qui est en cours
help-copil =
    Ce que vous pouvez faire :
    /invite — inviter un·e mentor·e, un·e pair-aidant·e ou un membre du COPIL
    /people — les personnes de l'équipe ; désactiver quelqu'un
    /alerts — les alertes du filet de sécurité ouvertes : prendre, écrire, clore
    /teams — créer ou renommer une équipe
    /assign — confier une demande en attente à un·e mentor·e
    /emergency — les numéros d'urgence donnés aux jeunes
    /hours — le temps des mentor·es par mois (message et CSV)
    /stats — les chiffres pour les financeurs : graphiques, CSV, Excel
    /rhythms — par équipe, les jours de silence et le rythme des check-ins
    /resource — donner une personne ressource à chaque mentor·e
    /talk — choisir à quel·le mentor·e vous répondez
    /broadcast — envoyer une nouvelle (mentor·es, pair-aidant·es, jeunes)
    /broadcasts — les diffusions récentes et prévues
    /partners — l'annuaire : chercher, ajouter, modifier, partager
    /event — créer une formation, une intervision ou une séance d'information
    /events — les événements : réponses, présences, déplacer, annuler
    /group — créer un groupe de pair-aidance
    /groups — les groupes de vos équipes et leurs séances
    /attendance — après une séance, cocher qui est venu
    /help — revoir ce message
    /language — changer de langue
    /cancel — annuler ce qui est en cours

## Réponses générales
nothing-to-cancel = { $tu ->
        [yes] Il n'y a rien en cours. /help montre ce que tu peux faire.
       *[no] Il n'y a rien en cours. /help montre ce que vous pouvez faire.
    }
cancelled = C'est annulé. Rien n'a été changé.
unknown-command = { $tu ->
        [yes] Je ne connais pas cette commande. /help montre ce que tu peux faire.
       *[no] Je ne connais pas cette commande. /help montre ce que vous pouvez faire.
    }
stray-text = { $tu ->
        [yes] Je n'ai pas compris. /help montre ce que tu peux faire.
       *[no] Je n'ai pas compris. /help montre ce que vous pouvez faire.
    }
stray-text-stranger = Bonjour ! Pour commencer : /start
button-unknown = Ce bouton n'est plus valable.
button-close = Fermer
button-back = ◀ Retour
answer-can-change = { $tu ->
        [yes] Tu peux changer ta réponse ici.
       *[no] Vous pouvez changer votre réponse ici.
    }
not-allowed = { $tu ->
        [yes] Cette action n'est pas possible pour toi.
       *[no] Cette action n'est pas possible pour vous.
    }
access-closed = { $tu ->
        [yes] Ton accès à Lien est fermé. Si c'est une erreur, parles-en à l'équipe.
       *[no] Votre accès à Lien est fermé. Si c'est une erreur, parlez-en à l'équipe.
    }
group-write-privately = Pour me parler, c'est en privé : ici, tout le monde peut lire.
error-nothing-lost = Oups, quelque chose n'a pas marché de mon côté. Rien n'est perdu : il suffit de réessayer.

## /invite (COPIL)
invite-which-role = Qui voulez-vous inviter ?
invite-which-team = Dans quelle équipe ({ $role }) ?
invite-link =
    Voici le lien pour un·e { $role }, équipe <b>{ $team }</b> :
    { $link }

    Il ne marche qu'une fois, jusqu'au { $until }. Envoyez-le à la personne seulement.
invite-closed = D'accord, pas d'invitation.

## /people (COPIL)
people-which-team = Quelle équipe ?
people-title = <b>Équipe { $team }</b>
people-none = Personne pour l'instant.
people-inactive-mark = (désactivé·e)
people-button-off = ⏸ Désactiver { $name }
people-button-on = ▶ Réactiver { $name }
people-deactivate-confirm = Désactiver { $name } ? Ses fonctions s'arrêtent à son prochain message. Vous pourrez réactiver ensuite.
people-deactivate-yes = Oui, désactiver
people-deactivated = { $name } est désactivé·e.
people-reactivated = { $name } est réactivé·e.

## /teams (COPIL)
teams-title = <b>Équipes</b>
teams-rename = ✏️ Renommer { $name }
teams-new = ➕ Nouvelle équipe
teams-closed = D'accord.
teams-ask-new-name = Quel nom pour la nouvelle équipe ? ({ $max } caractères au plus, /cancel pour annuler)
teams-ask-rename = Nouveau nom pour « { $name } » ? ({ $max } caractères au plus, /cancel pour annuler)
teams-name-bad = Le nom doit faire de 2 à { $max } caractères. Essayez encore, ou /cancel.
teams-name-taken = Une équipe s'appelle déjà « { $name } ». Choisissez un autre nom, ou /cancel.
teams-created = Équipe « { $name } » créée.
teams-renamed = C'est fait : l'équipe s'appelle maintenant « { $name } ».

# What a request or a follow-up is about (storage.models.THEMES)
theme-work = Travail
theme-training = Formation
theme-housing = Logement
theme-money = Argent
theme-health = Santé
theme-family = Famille
theme-papers = Papiers et démarches
theme-loneliness = Solitude
theme-other = Autre

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 a bloqué le bot
blocked-mentor = 🚫 Les messages du bot n'arrivent plus à <b>{ $name }</b> pour l'instant : le bot a sans doute été bloqué. C'est son droit. Rien de ce que le bot devait lui envoyer n'est perdu : ce sera remis à son retour. Vous n'avez rien à faire.
