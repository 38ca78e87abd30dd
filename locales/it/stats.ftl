## /stats (gruppo di pilotaggio, « Lei »): cifre per i finanziatori, anonimizzate

cmd-stats = Cifre e grafici
stats-no-team = Non fa parte di nessun team: chieda a un membro del gruppo di pilotaggio di tutto il programma di assegnargliene uno.
stats-ask-period = 📊 Quale periodo?
stats-period-this_month = Questo mese
stats-period-last_month = Il mese scorso
stats-period-this_quarter = Questo trimestre
stats-period-last_quarter = Il trimestre scorso
stats-period-this_year = Quest'anno
stats-period-last_year = L'anno scorso
stats-period-typed = 📅 Altre date…
stats-stop = ✖ Fermare
stats-ask-dates = Scriva le due date, per esempio « dal 1.1.2026 al 31.3.2026 ».
stats-dates-unclear = Non ho capito queste date.
stats-dates-future = Una di queste date è nel futuro: le cifre si fermano a oggi.
stats-dates-too-far = Una di queste date risale a più di un anno fa: scelga « L'anno scorso » o un periodo più recente.
stats-dates-order = La prima data viene dopo la seconda.
stats-ask-scope = Per quale team?
stats-preparing = ⏳ Preparo le cifre: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ È in preparazione un altro rapporto: il suo segue appena è pronto.
# the report's child process crashed or took too long
report-failed = ⚠️ Non è stato possibile preparare il rapporto (troppo lungo, o un errore). Nulla è stato modificato: riprovi tra un momento.
stats-whole-programme = Tutto il programma
stats-all-teams = Tutti i team
stats-quarter = { $n }° trimestre { $year }
stats-files-caption = Le stesse cifre in tabella: un foglio per tema. « &lt; 5 »: meno di 5, nascosto perché nessuno sia riconoscibile.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Richieste</b>: { $received } ricevute, { $accepted } accettate, { $withdrawn } ritirate
    Prima risposta: mediana { $answer_median } h, 9 su 10 entro { $answer_p90 } h
    <b>Accompagnamenti</b>: { $started } iniziati, { $active } attivi alla fine, { $ended } chiusi
    <b>Incontri</b>: { $followups } ({ $hours } h); { $mentors_active } mentor attivi su { $mentors }
    <b>Gruppi tra pari</b>: { $sessions } incontri, { $attendances } presenze, { $youths } giovani
    <b>Formazioni</b>: { $trainings }; intervisioni: { $intervisions }
    <b>Avvisi di sicurezza</b>: { $alerts }; presa in carico: mediana { $take_median } min
    <b>Check-in</b>: { $checkins } risposte ({ $checked_in } giovani); tra il primo e l'ultimo, { $better } vanno meglio, { $same } uguale, { $worse } peggio
    <b>Fine accompagnamento</b>: { $feedback } pareri; « mi ha aiutato » (4 o 5): { $helped_well }; lo consiglierebbero: { $recommend_yes }

    « &lt; 5 »: meno di 5, nascosto perché nessuno sia riconoscibile. Seguono grafici, CSV e tabella Excel.

stats-sec-requests = Richieste
stats-sec-links = Accompagnamenti
stats-sec-followups = Incontri
stats-sec-peer = Gruppi tra pari
stats-sec-events = Formazioni
stats-sec-safety = Sicurezza
stats-sec-checkins = Check-in dei giovani
stats-sec-feedback = Pareri a fine accompagnamento

stats-fig-received = Richieste ricevute
stats-fig-by_month = Richieste per mese
stats-fig-by_channel = Richieste per canale
stats-fig-by_theme = Richieste per tema
stats-fig-by_age = Richieste per età
stats-fig-by_met = Richieste per luogo d'incontro
stats-fig-accepted = Richieste accettate
stats-fig-withdrawn = Richieste ritirate
stats-fig-hours_to_first_answer = Ore fino alla prima risposta
stats-fig-hours_to_acceptance = Ore fino all'accettazione
stats-fig-past_reminder = Senza risposta dopo il promemoria
stats-fig-past_escalation = Senza risposta dopo l'avviso al gruppo di pilotaggio
stats-fig-started = Accompagnamenti iniziati
stats-fig-active_at_end = Accompagnamenti attivi alla fine
stats-fig-ended = Accompagnamenti chiusi
stats-fig-ended_by_reason = Accompagnamenti chiusi per motivo
stats-fig-length_days = Durata degli accompagnamenti chiusi (giorni)
stats-fig-count = Incontri
stats-fig-hours = Ore di accompagnamento
stats-fig-count_by_kind = Incontri per tipo
stats-fig-hours_by_kind = Ore per tipo
stats-fig-count_by_theme = Incontri per tema
stats-fig-hours_by_theme = Ore per tema
stats-fig-relays_by_domain = Passaggi a servizi partner, per ambito
stats-fig-mentors_active = Mentor attivi (almeno un incontro)
stats-fig-mentors = Mentor
stats-fig-sessions_held = Incontri tenuti
stats-fig-sessions_cancelled = Incontri annullati
stats-fig-attendances = Presenze
stats-fig-attendance_rate = Tasso di presenza (venuti su attesi)
stats-fig-youths_came = Giovani venuti (distinti)
stats-fig-became_peer_helpers = Giovani diventati peer
stats-fig-trainings_held = Formazioni tenute
stats-fig-intervisions_held = Intervisioni tenute
stats-fig-mentors_trained = Mentor formati (distinti)
stats-fig-alerts = Avvisi di sicurezza
stats-fig-alerts_by_category = Avvisi per categoria
stats-fig-alerts_by_level = Avvisi per livello
stats-fig-alerts_by_outcome = Avvisi per esito
stats-fig-minutes_to_take = Minuti fino alla presa in carico
stats-fig-checkins_asked = Check-in mandati
stats-fig-checkins_answered = Check-in con risposta
stats-fig-youths_checked_in = Giovani che hanno risposto (distinti)
stats-fig-mood = Risposte per umore (1 = va male, 5 = va molto bene)
stats-fig-checkin_theme = Cosa pesa di più
stats-fig-mood_change = Tra il primo e l'ultimo check-in di un o una giovane
stats-fig-feedback_asked = Pareri chiesti a fine accompagnamento
stats-fig-feedback_answered = Pareri ricevuti
stats-fig-helped = « Ti ha aiutato? » (1 = per niente, 5 = molto)
stats-fig-recommend = « Lo consiglieresti a un amico o a un'amica? »

stats-key-median = mediana
stats-key-p90 = 9 su 10 al massimo
stats-key-unknown = Non indicato
stats-key-unlisted = Fuori elenco
stats-key-mentor_link = Link di un o una mentor
stats-key-team = Il team
stats-key-group = Un gruppo di pari
stats-key-stopped = Fermato dal o dalla giovane
stats-key-open = Non ancora chiuso
stats-key-high = Alto
stats-key-medium = Medio
stats-key-better = Va meglio
stats-key-same = Uguale
stats-key-worse = Va peggio

stats-col-period-start = inizio
stats-col-period-end = fine
stats-col-team = team
stats-col-section = rubrica
stats-col-figure = cifra
stats-col-detail = dettaglio
stats-col-value = valore
stats-col-unit = unità
stats-col-code = codice
stats-sheet-about = Periodo
stats-about-period = Periodo
stats-about-scope = Team
stats-about-rule = « < 5 »: meno di 5, nascosto perché nessuno sia riconoscibile. Nessun nome, nessuna nota, nessun messaggio.
stats-unit-count = numero
stats-unit-hours = ore
stats-unit-days = giorni
stats-unit-minutes = minuti
stats-unit-percent = %

stats-chart-by-month = Richieste ricevute per mese
stats-chart-by-theme = Richieste per tema
stats-chart-hours-by-kind = Ore di accompagnamento per tipo
stats-chart-ended = Accompagnamenti chiusi, per motivo
stats-chart-delays = Tempi di risposta (ore)
stats-sec-wellbeing = Benessere dei mentor
stats-fig-session_rating = Voti degli incontri dai giovani presenti (1 = così così, 5 = benissimo)
stats-fig-wellbeing_asked = Domande del trimestre ai mentor
stats-fig-wellbeing_mood = Risposte per umore (1 = va male, 5 = va molto bene)
stats-fig-support_asked = Mentor che hanno chiesto un sostegno
