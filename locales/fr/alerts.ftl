# What the COPIL does with a safety alert (issue 12): repeats, writing to the youth,
# closing with an outcome, /alerts. The COPIL is addressed with "vous"; a youth reads
# "l'équipe", never "COPIL" nor a member's name.
safety-copil-said-repeat = ⏰ <b>Personne ne l'a encore prise</b>, { $minutes } min après la première alerte. Le message lui-même n'est que dans la première alerte.
cmd-alerts = Alertes du filet de sécurité
# What a youth reads as the sender of the owner's messages, and where their answer goes.
alert-team = L'équipe
# The owner's copies, once taken.
alert-yours = ✅ Vous vous en occupez
alert-write = ✍️ Écrire au/à la jeune
alert-close = ✔️ Clore l'alerte
alert-close-ask = Comment se termine l'alerte n° { $id } ? Seule l'issue est gardée, jamais de texte.
alert-outcome-safe = 🟢 En sécurité
alert-outcome-emergency = 🚑 Confié·e aux urgences
alert-outcome-professional = 🩺 Orienté·e vers un·e pro
alert-outcome-no_answer = 🔇 Pas de réponse
alert-outcome-false_alarm = ⚪ Fausse alerte
alert-outcome-other = ➖ Autre
alert-keep = ◀ Pas encore
alert-kept = L'alerte n° { $id } reste ouverte.
alert-closed = ✔️ Alerte n° { $id } close : { $outcome }.
alert-closed-label = ✔️ Close : { $outcome }
alert-closed-by = Alerte close par { $name } : { $outcome }.
# /alerts
alerts-none = Aucune alerte ouverte. 🌿
alerts-title = <b>Alertes ouvertes : { $count }</b>
    Les non prises d'abord. Le message n'est que dans l'alerte elle-même.
alerts-line-open = 🆘 <b>n° { $id }</b> · { $who } · { $category } ({ $level }) · personne ne l'a prise, depuis { $age }
alerts-line-taken = ✅ n° { $id } · { $who } · { $category } ({ $level }) · prise par { $owner } en { $took } · depuis { $age }
alerts-stranger = quelqu'un de pas encore inscrit
alerts-closed-title = <b>Closes ces 7 derniers jours : { $count }</b>
alerts-line-closed = ✔️ n° { $id } · { $who } · { $category } ({ $level }) · close par { $closer } : { $outcome } · ouverte { $lasted }
alerts-take = 🙋 n° { $id } : je m'en occupe
alerts-write = ✍️ n° { $id } : écrire
alerts-close = ✔️ n° { $id } : clore
alerts-age-min = { $n } min
alerts-age-h = { $n } h
alerts-age-d = { $n } j
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Relances des alertes
alerts-repeat-which = Les relances de quelle équipe ?
alerts-repeat-now = Équipe { $team } : une alerte que personne n'a prise repart vers tout le COPIL toutes les <b>{ $minutes } min</b>, jusqu'à ce que quelqu'un la prenne. Changer :
alerts-repeat-choice = { $minutes } min
alerts-repeat-back = ◀ Retour aux alertes
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = n° { $id } · quelqu'un de pas encore inscrit
safety-copil-said-model =
    { $said }
    Les mots qui ont le plus pesé pour le modèle : { $text }
