## /stats (COPIL, « vous »): figures for funders, anonymised

cmd-stats = Chiffres et graphiques
stats-no-team = Vous n'êtes rattaché·e à aucune équipe : demandez à un membre du COPIL de tout le programme de vous en donner une.
stats-ask-period = 📊 Quelle période ?
stats-period-this_month = Ce mois
stats-period-last_month = Le mois passé
stats-period-this_quarter = Ce trimestre
stats-period-last_quarter = Le trimestre passé
stats-period-this_year = Cette année
stats-period-last_year = L'année passée
stats-period-typed = 📅 Autres dates…
stats-stop = ✖ Arrêter
stats-ask-dates = Écrivez les deux dates, par exemple « du 1.1.2026 au 31.3.2026 ».
stats-dates-unclear = Je n'ai pas compris ces dates.
stats-dates-future = Une de ces dates est dans le futur : les chiffres s'arrêtent à aujourd'hui.
stats-dates-too-far = Une de ces dates remonte à plus d'un an : choisissez « L'année passée » ou une période plus récente.
stats-dates-order = La première date vient après la seconde.
stats-ask-scope = Pour quelle équipe ?
stats-preparing = ⏳ Je prépare les chiffres : { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ Un autre rapport est en préparation : le vôtre suit dès qu'il est prêt.
# the report's child process crashed or took too long
report-failed = ⚠️ Le rapport n'a pas pu être préparé (trop long, ou une erreur). Rien n'a été modifié : réessayez dans un moment.
stats-whole-programme = Tout le programme
stats-all-teams = Toutes les équipes
stats-quarter = { $n }ᵉ trimestre { $year }
stats-files-caption = Les mêmes chiffres en tableau : une feuille par thème. « &lt; 5 » : moins de 5, masqué pour que personne ne soit reconnaissable.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Demandes</b> : { $received } reçues, { $accepted } acceptées, { $withdrawn } retirées
    Première réponse : médiane { $answer_median } h, 9 sur 10 en { $answer_p90 } h au plus
    <b>Liens</b> : { $started } commencés, { $active } actifs à la fin, { $ended } terminés
    <b>Suivis</b> : { $followups } ({ $hours } h) ; { $mentors_active } mentor·es actif·ves sur { $mentors }
    <b>Pair-aidance</b> : { $sessions } séances, { $attendances } présences, { $youths } jeunes
    <b>Formations</b> : { $trainings } ; intervisions : { $intervisions }
    <b>Alertes de sécurité</b> : { $alerts } ; prise en charge : médiane { $take_median } min
    <b>Check-ins</b> : { $checkins } réponses ({ $checked_in } jeunes) ; entre le premier et le dernier, { $better } vont mieux, { $same } pareil, { $worse } moins bien
    <b>Fin de lien</b> : { $feedback } avis ; « ça m'a aidé·e » (4 ou 5) : { $helped_well } ; le conseilleraient : { $recommend_yes }

    « &lt; 5 » : moins de 5, masqué pour que personne ne soit reconnaissable. Graphiques, CSV et tableau Excel suivent.

stats-sec-requests = Demandes
stats-sec-links = Liens
stats-sec-followups = Suivis
stats-sec-peer = Pair-aidance
stats-sec-events = Formations
stats-sec-safety = Sécurité
stats-sec-checkins = Check-ins des jeunes
stats-sec-feedback = Avis en fin de lien
stats-sec-wellbeing = Bien-être des mentor·es

stats-fig-received = Demandes reçues
stats-fig-by_month = Demandes par mois
stats-fig-by_channel = Demandes par canal
stats-fig-by_theme = Demandes par thème
stats-fig-by_age = Demandes par âge
stats-fig-by_met = Demandes par lieu de rencontre
stats-fig-accepted = Demandes acceptées
stats-fig-withdrawn = Demandes retirées
stats-fig-hours_to_first_answer = Heures jusqu'à la première réponse
stats-fig-hours_to_acceptance = Heures jusqu'à l'acceptation
stats-fig-past_reminder = Sans réponse après le rappel
stats-fig-past_escalation = Sans réponse après l'alerte au COPIL
stats-fig-started = Liens commencés
stats-fig-active_at_end = Liens actifs à la fin
stats-fig-ended = Liens terminés
stats-fig-ended_by_reason = Liens terminés par raison
stats-fig-length_days = Durée des liens terminés (jours)
stats-fig-count = Suivis
stats-fig-hours = Heures de suivi
stats-fig-count_by_kind = Suivis par type
stats-fig-hours_by_kind = Heures par type
stats-fig-count_by_theme = Suivis par thème
stats-fig-hours_by_theme = Heures par thème
stats-fig-relays_by_domain = Relais vers des partenaires, par domaine
stats-fig-mentors_active = Mentor·es actif·ves (au moins un suivi)
stats-fig-mentors = Mentor·es
stats-fig-sessions_held = Séances tenues
stats-fig-sessions_cancelled = Séances annulées
stats-fig-attendances = Présences
stats-fig-attendance_rate = Taux de présence (venu·es sur attendu·es)
stats-fig-youths_came = Jeunes venu·es (distinct·es)
stats-fig-became_peer_helpers = Jeunes devenu·es pair-aidant·es
stats-fig-session_rating = Notes des séances par les jeunes venu·es (1 = pas terrible, 5 = super)
stats-fig-trainings_held = Formations tenues
stats-fig-intervisions_held = Intervisions tenues
stats-fig-mentors_trained = Mentor·es formé·es (distinct·es)
stats-fig-alerts = Alertes de sécurité
stats-fig-alerts_by_category = Alertes par catégorie
stats-fig-alerts_by_level = Alertes par niveau
stats-fig-alerts_by_outcome = Alertes par issue
stats-fig-minutes_to_take = Minutes jusqu'à la prise en charge
stats-fig-checkins_asked = Check-ins envoyés
stats-fig-checkins_answered = Check-ins répondus
stats-fig-youths_checked_in = Jeunes ayant répondu (distinct·es)
stats-fig-mood = Réponses par humeur (1 = ça va mal, 5 = ça va très bien)
stats-fig-checkin_theme = Ce qui pèse le plus
stats-fig-mood_change = Entre le premier et le dernier check-in d'un·e jeune
stats-fig-wellbeing_asked = Questions du trimestre aux mentor·es
stats-fig-wellbeing_mood = Réponses par humeur (1 = ça va mal, 5 = ça va très bien)
stats-fig-support_asked = Mentor·es ayant demandé du soutien
stats-fig-feedback_asked = Avis demandés en fin de lien
stats-fig-feedback_answered = Avis reçus
stats-fig-helped = « Ce lien t'a aidé·e ? » (1 = pas du tout, 5 = beaucoup)
stats-fig-recommend = « Tu le conseillerais à un·e ami·e ? »

stats-key-median = médiane
stats-key-p90 = 9 sur 10 au plus
stats-key-unknown = Non indiqué
stats-key-unlisted = Hors annuaire
stats-key-mentor_link = Lien d'un·e mentor·e
stats-key-team = L'équipe
stats-key-group = Un groupe de pairs
stats-key-stopped = Arrêté par le ou la jeune
stats-key-high = Élevé
stats-key-open = Pas encore close
stats-key-medium = Moyen
stats-key-better = Va mieux
stats-key-same = Pareil
stats-key-worse = Moins bien

stats-col-period-start = début
stats-col-period-end = fin
stats-col-team = équipe
stats-col-section = rubrique
stats-col-figure = chiffre
stats-col-detail = détail
stats-col-value = valeur
stats-col-unit = unité
stats-col-code = code
stats-sheet-about = Période
stats-about-period = Période
stats-about-scope = Équipes
stats-about-rule = « < 5 » : moins de 5, masqué pour que personne ne soit reconnaissable. Aucun nom, aucune note, aucun message.
stats-unit-count = nombre
stats-unit-hours = heures
stats-unit-days = jours
stats-unit-minutes = minutes
stats-unit-percent = %

stats-chart-by-month = Demandes reçues par mois
stats-chart-by-theme = Demandes par thème
stats-chart-hours-by-kind = Heures de suivi par type
stats-chart-ended = Liens terminés, par raison
stats-chart-delays = Délais de réponse (heures)
