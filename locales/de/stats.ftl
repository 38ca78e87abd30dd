## /stats (Steuergruppe, « Sie »): Zahlen für Geldgeber, anonymisiert

cmd-stats = Zahlen und Grafiken
stats-no-team = Sie gehören zu keinem Team: Bitten Sie ein Mitglied der Steuergruppe des ganzen Programms, Ihnen eines zu geben.
stats-ask-period = 📊 Welcher Zeitraum?
stats-period-this_month = Dieser Monat
stats-period-last_month = Letzter Monat
stats-period-this_quarter = Dieses Quartal
stats-period-last_quarter = Letztes Quartal
stats-period-this_year = Dieses Jahr
stats-period-last_year = Letztes Jahr
stats-period-typed = 📅 Andere Daten…
stats-stop = ✖ Beenden
stats-ask-dates = Schreiben Sie die zwei Daten, zum Beispiel « vom 1.1.2026 bis 31.3.2026 ».
stats-dates-unclear = Diese Daten habe ich nicht verstanden.
stats-dates-future = Eines der Daten liegt in der Zukunft: Die Zahlen enden heute.
stats-dates-too-far = Eines der Daten liegt über ein Jahr zurück: Wählen Sie « Letztes Jahr » oder einen neueren Zeitraum.
stats-dates-order = Das erste Datum liegt nach dem zweiten.
stats-ask-scope = Für welches Team?
stats-preparing = ⏳ Ich bereite die Zahlen vor: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ Gerade wird ein anderer Bericht erstellt: Ihrer folgt, sobald er fertig ist.
# the report's child process crashed or took too long
report-failed = ⚠️ Der Bericht konnte nicht erstellt werden (zu lang oder ein Fehler). Nichts wurde geändert: Bitte versuchen Sie es gleich noch einmal.
stats-whole-programme = Das ganze Programm
stats-all-teams = Alle Teams
stats-quarter = { $n }. Quartal { $year }
stats-files-caption = Dieselben Zahlen als Tabelle: ein Blatt pro Thema. « &lt; 5 »: weniger als 5, verborgen, damit niemand erkennbar ist.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Anfragen</b>: { $received } erhalten, { $accepted } angenommen, { $withdrawn } zurückgezogen
    Erste Antwort: Median { $answer_median } h, 9 von 10 in höchstens { $answer_p90 } h
    <b>Begleitungen</b>: { $started } begonnen, { $active } aktiv am Ende, { $ended } beendet
    <b>Treffen</b>: { $followups } ({ $hours } h); { $mentors_active } aktive Mentor:innen von { $mentors }
    <b>Peer-Gruppen</b>: { $sessions } Treffen, { $attendances } Anwesenheiten, { $youths } junge Menschen
    <b>Schulungen</b>: { $trainings }; Intervisionen: { $intervisions }
    <b>Sicherheitswarnungen</b>: { $alerts }; Übernahme: Median { $take_median } Min.
    <b>Check-ins</b>: { $checkins } Antworten ({ $checked_in } junge Menschen); zwischen dem ersten und dem letzten geht es { $better } besser, { $same } gleich, { $worse } weniger gut
    <b>Ende der Begleitung</b>: { $feedback } Rückmeldungen; « hat mir geholfen » (4 oder 5): { $helped_well }; würden sie empfehlen: { $recommend_yes }

    « &lt; 5 »: weniger als 5, verborgen, damit niemand erkennbar ist. Grafiken, CSV und Excel-Tabelle folgen.

stats-sec-requests = Anfragen
stats-sec-links = Begleitungen
stats-sec-followups = Treffen
stats-sec-peer = Peer-Gruppen
stats-sec-events = Schulungen
stats-sec-safety = Sicherheit
stats-sec-checkins = Check-ins der jungen Menschen
stats-sec-feedback = Rückmeldungen am Ende einer Begleitung

stats-fig-received = Erhaltene Anfragen
stats-fig-by_month = Anfragen pro Monat
stats-fig-by_channel = Anfragen pro Kanal
stats-fig-by_theme = Anfragen pro Thema
stats-fig-by_age = Anfragen nach Alter
stats-fig-by_met = Anfragen nach Ort des Kennenlernens
stats-fig-accepted = Angenommene Anfragen
stats-fig-withdrawn = Zurückgezogene Anfragen
stats-fig-hours_to_first_answer = Stunden bis zur ersten Antwort
stats-fig-hours_to_acceptance = Stunden bis zur Annahme
stats-fig-past_reminder = Ohne Antwort nach der Erinnerung
stats-fig-past_escalation = Ohne Antwort nach der Warnung an die Steuergruppe
stats-fig-started = Begonnene Begleitungen
stats-fig-active_at_end = Aktive Begleitungen am Ende
stats-fig-ended = Beendete Begleitungen
stats-fig-ended_by_reason = Beendete Begleitungen nach Grund
stats-fig-length_days = Dauer beendeter Begleitungen (Tage)
stats-fig-count = Treffen
stats-fig-hours = Stunden Begleitung
stats-fig-count_by_kind = Treffen nach Art
stats-fig-hours_by_kind = Stunden nach Art
stats-fig-count_by_theme = Treffen nach Thema
stats-fig-hours_by_theme = Stunden nach Thema
stats-fig-relays_by_domain = Weitervermittlungen an Fachstellen, nach Bereich
stats-fig-mentors_active = Aktive Mentor:innen (mindestens ein Treffen)
stats-fig-mentors = Mentor:innen
stats-fig-sessions_held = Durchgeführte Treffen
stats-fig-sessions_cancelled = Abgesagte Treffen
stats-fig-attendances = Anwesenheiten
stats-fig-attendance_rate = Anwesenheitsquote (gekommen von erwartet)
stats-fig-youths_came = Gekommene junge Menschen (verschiedene)
stats-fig-became_peer_helpers = Junge Menschen, die Peer-Helfer:innen wurden
stats-fig-trainings_held = Durchgeführte Schulungen
stats-fig-intervisions_held = Durchgeführte Intervisionen
stats-fig-mentors_trained = Geschulte Mentor:innen (verschiedene)
stats-fig-alerts = Sicherheitswarnungen
stats-fig-alerts_by_category = Warnungen nach Kategorie
stats-fig-alerts_by_level = Warnungen nach Stufe
stats-fig-alerts_by_outcome = Warnungen nach Ausgang
stats-fig-minutes_to_take = Minuten bis zur Übernahme
stats-fig-checkins_asked = Gesendete Check-ins
stats-fig-checkins_answered = Beantwortete Check-ins
stats-fig-youths_checked_in = Junge Menschen, die geantwortet haben (verschiedene)
stats-fig-mood = Antworten nach Stimmung (1 = geht schlecht, 5 = geht sehr gut)
stats-fig-checkin_theme = Was am meisten belastet
stats-fig-mood_change = Zwischen dem ersten und dem letzten Check-in einer jungen Person
stats-fig-feedback_asked = Rückmeldungen erfragt am Ende einer Begleitung
stats-fig-feedback_answered = Erhaltene Rückmeldungen
stats-fig-helped = « Hat sie dir geholfen? » (1 = gar nicht, 5 = sehr)
stats-fig-recommend = « Würdest du sie weiterempfehlen? »

stats-key-median = Median
stats-key-p90 = 9 von 10 höchstens
stats-key-unknown = Keine Angabe
stats-key-unlisted = Nicht im Verzeichnis
stats-key-mentor_link = Link einer Mentor:in
stats-key-team = Das Team
stats-key-group = Eine Peer-Gruppe
stats-key-stopped = Von der jungen Person beendet
stats-key-open = Noch nicht abgeschlossen
stats-key-high = Hoch
stats-key-medium = Mittel
stats-key-better = Geht besser
stats-key-same = Gleich
stats-key-worse = Weniger gut

stats-col-period-start = Beginn
stats-col-period-end = Ende
stats-col-team = Team
stats-col-section = Rubrik
stats-col-figure = Zahl
stats-col-detail = Detail
stats-col-value = Wert
stats-col-unit = Einheit
stats-col-code = Code
stats-sheet-about = Zeitraum
stats-about-period = Zeitraum
stats-about-scope = Teams
stats-about-rule = « < 5 »: weniger als 5, verborgen, damit niemand erkennbar ist. Keine Namen, keine Notizen, keine Nachrichten.
stats-unit-count = Anzahl
stats-unit-hours = Stunden
stats-unit-days = Tage
stats-unit-minutes = Minuten
stats-unit-percent = %

stats-chart-by-month = Erhaltene Anfragen pro Monat
stats-chart-by-theme = Anfragen pro Thema
stats-chart-hours-by-kind = Stunden Begleitung nach Art
stats-chart-ended = Beendete Begleitungen nach Grund
stats-chart-delays = Antwortzeiten (Stunden)
stats-sec-wellbeing = Wohlbefinden der Mentor:innen
stats-fig-session_rating = Bewertungen der Treffen durch die Anwesenden (1 = nicht so toll, 5 = super)
stats-fig-wellbeing_asked = Quartalsfragen an die Mentor:innen
stats-fig-wellbeing_mood = Antworten nach Stimmung (1 = geht schlecht, 5 = geht sehr gut)
stats-fig-support_asked = Mentor:innen, die Unterstützung wünschten
