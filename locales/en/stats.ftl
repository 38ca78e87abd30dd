## /stats (COPIL): figures for funders, anonymised

cmd-stats = Figures and charts
stats-no-team = You belong to no team yet: ask a programme-wide COPIL member to give you one.
stats-ask-period = 📊 Which period?
stats-period-this_month = This month
stats-period-last_month = Last month
stats-period-this_quarter = This quarter
stats-period-last_quarter = Last quarter
stats-period-this_year = This year
stats-period-last_year = Last year
stats-period-typed = 📅 Other dates…
stats-stop = ✖ Stop
stats-ask-dates = Type the two dates, for example "from 1.1.2026 to 31.3.2026".
stats-dates-unclear = I did not understand these dates.
stats-dates-future = One of these dates is in the future: figures stop at today.
stats-dates-too-far = One of these dates is more than a year back: choose "Last year" or a more recent period.
stats-dates-order = The first date comes after the second.
stats-ask-scope = For which team?
stats-preparing = ⏳ Preparing the figures: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ Another report is being prepared: yours follows as soon as it is done.
# the report's child process crashed or took too long
report-failed = ⚠️ The report could not be prepared (too long, or an error). Nothing was changed: please try again in a moment.
stats-whole-programme = Whole programme
stats-all-teams = All teams
stats-quarter = Q{ $n } { $year }
stats-files-caption = The same figures as tables: one sheet per topic. "&lt; 5": fewer than 5, hidden so nobody can be recognised.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Requests</b>: { $received } received, { $accepted } accepted, { $withdrawn } withdrawn
    First answer: median { $answer_median } h, 9 in 10 within { $answer_p90 } h
    <b>Links</b>: { $started } started, { $active } active at the end, { $ended } ended
    <b>Follow-ups</b>: { $followups } ({ $hours } h); { $mentors_active } mentors active out of { $mentors }
    <b>Peer aidance</b>: { $sessions } sessions, { $attendances } attendances, { $youths } youths
    <b>Trainings</b>: { $trainings }; intervisions: { $intervisions }
    <b>Safety alerts</b>: { $alerts }; taken: median { $take_median } min
    <b>Check-ins</b>: { $checkins } answers ({ $checked_in } youths); between their first and last, { $better } better, { $same } the same, { $worse } worse
    <b>Link endings</b>: { $feedback } answers; "it helped me" (4 or 5): { $helped_well }; would recommend it: { $recommend_yes }

    "&lt; 5": fewer than 5, hidden so nobody can be recognised. Charts, CSV and Excel workbook follow.

stats-sec-requests = Requests
stats-sec-links = Links
stats-sec-followups = Follow-ups
stats-sec-peer = Peer aidance
stats-sec-events = Trainings
stats-sec-safety = Safety
stats-sec-checkins = Youths' check-ins
stats-sec-feedback = Feedback when a link ends
stats-sec-wellbeing = Mentors' wellbeing

stats-fig-received = Requests received
stats-fig-by_month = Requests per month
stats-fig-by_channel = Requests by channel
stats-fig-by_theme = Requests by theme
stats-fig-by_age = Requests by age
stats-fig-by_met = Requests by where they met
stats-fig-accepted = Requests accepted
stats-fig-withdrawn = Requests withdrawn
stats-fig-hours_to_first_answer = Hours to the first answer
stats-fig-hours_to_acceptance = Hours to acceptance
stats-fig-past_reminder = Unanswered past the reminder
stats-fig-past_escalation = Unanswered past the COPIL alert
stats-fig-started = Links started
stats-fig-active_at_end = Links active at the end
stats-fig-ended = Links ended
stats-fig-ended_by_reason = Links ended by reason
stats-fig-length_days = Length of ended links (days)
stats-fig-count = Follow-ups
stats-fig-hours = Follow-up hours
stats-fig-count_by_kind = Follow-ups by kind
stats-fig-hours_by_kind = Hours by kind
stats-fig-count_by_theme = Follow-ups by theme
stats-fig-hours_by_theme = Hours by theme
stats-fig-relays_by_domain = Relays to partners, by domain
stats-fig-mentors_active = Mentors active (at least one follow-up)
stats-fig-mentors = Mentors
stats-fig-sessions_held = Sessions held
stats-fig-sessions_cancelled = Sessions cancelled
stats-fig-attendances = Attendances
stats-fig-attendance_rate = Attendance rate (came out of expected)
stats-fig-youths_came = Youths who came (distinct)
stats-fig-session_rating = Session ratings by the youths who came (1 = not great, 5 = great)
stats-fig-became_peer_helpers = Youths who became peer helpers
stats-fig-trainings_held = Trainings held
stats-fig-intervisions_held = Intervisions held
stats-fig-mentors_trained = Mentors trained (distinct)
stats-fig-alerts = Safety alerts
stats-fig-alerts_by_category = Alerts by category
stats-fig-alerts_by_level = Alerts by level
stats-fig-alerts_by_outcome = Alerts by outcome
stats-fig-minutes_to_take = Minutes until someone took it
stats-fig-checkins_asked = Check-ins sent
stats-fig-checkins_answered = Check-ins answered
stats-fig-youths_checked_in = Youths who answered (distinct)
stats-fig-mood = Answers by mood (1 = not well, 5 = very well)
stats-fig-checkin_theme = What weighs most
stats-fig-mood_change = Between a youth's first and last check-in
stats-fig-wellbeing_asked = Quarterly questions to mentors
stats-fig-wellbeing_mood = Answers by mood (1 = not well, 5 = very well)
stats-fig-support_asked = Mentors who asked for support
stats-fig-feedback_asked = Feedback asked when a link ended
stats-fig-feedback_answered = Feedback received
stats-fig-helped = "Did this link help you?" (1 = not at all, 5 = a lot)
stats-fig-recommend = "Would you recommend it to a friend?"

stats-key-median = median
stats-key-p90 = 9 in 10 within
stats-key-unknown = Not given
stats-key-unlisted = Not in the directory
stats-key-mentor_link = A mentor's link
stats-key-team = The team
stats-key-group = A peer group
stats-key-stopped = Stopped by the youth
stats-key-high = High
stats-key-open = Not closed yet
stats-key-medium = Medium
stats-key-better = Better
stats-key-same = The same
stats-key-worse = Worse

stats-col-period-start = start
stats-col-period-end = end
stats-col-team = team
stats-col-section = section
stats-col-figure = figure
stats-col-detail = detail
stats-col-value = value
stats-col-unit = unit
stats-col-code = code
stats-sheet-about = Period
stats-about-period = Period
stats-about-scope = Teams
stats-about-rule = "< 5": fewer than 5, hidden so nobody can be recognised. No name, no note, no message.
stats-unit-count = count
stats-unit-hours = hours
stats-unit-days = days
stats-unit-minutes = minutes
stats-unit-percent = %

stats-chart-by-month = Requests received per month
stats-chart-by-theme = Requests by theme
stats-chart-hours-by-kind = Follow-up hours by kind
stats-chart-ended = Links ended, by reason
stats-chart-delays = Response times (hours)
