## /stats (COPIL, «usted»): figures for funders, anonymised

cmd-stats = Cifras y gráficos
stats-no-team = No está vinculado/a a ningún equipo: pida a un miembro del COPIL de todo el programa que le asigne uno.
stats-ask-period = 📊 ¿Qué periodo?
stats-period-this_month = Este mes
stats-period-last_month = El mes pasado
stats-period-this_quarter = Este trimestre
stats-period-last_quarter = El trimestre pasado
stats-period-this_year = Este año
stats-period-last_year = El año pasado
stats-period-typed = 📅 Otras fechas…
stats-stop = ✖ Parar
stats-ask-dates = Escriba las dos fechas, por ejemplo «del 1.1.2026 al 31.3.2026».
stats-dates-unclear = No he entendido estas fechas.
stats-dates-future = Una de estas fechas está en el futuro: las cifras terminan hoy.
stats-dates-too-far = Una de estas fechas es de hace más de un año: elija «El año pasado» o un periodo más reciente.
stats-dates-order = La primera fecha es posterior a la segunda.
stats-ask-scope = ¿Para qué equipo?
stats-preparing = ⏳ Preparo las cifras: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ Se está preparando otro informe: el suyo sigue en cuanto esté listo.
# the report's child process crashed or took too long
report-failed = ⚠️ No se pudo preparar el informe (demasiado largo, o un error). No se ha cambiado nada: vuelva a intentarlo en un momento.
stats-whole-programme = Todo el programa
stats-all-teams = Todos los equipos
stats-quarter = { $n }.º trimestre { $year }
stats-files-caption = Las mismas cifras en tabla: una hoja por tema. «&lt; 5»: menos de 5, oculto para que nadie sea reconocible.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Solicitudes</b>: { $received } recibidas, { $accepted } aceptadas, { $withdrawn } retiradas
    Primera respuesta: mediana { $answer_median } h, 9 de cada 10 en { $answer_p90 } h como máximo
    <b>Vínculos</b>: { $started } iniciados, { $active } activos al final, { $ended } terminados
    <b>Seguimientos</b>: { $followups } ({ $hours } h); { $mentors_active } mentores activos de { $mentors }
    <b>Apoyo entre pares</b>: { $sessions } sesiones, { $attendances } asistencias, { $youths } jóvenes
    <b>Formaciones</b>: { $trainings }; intervisiones: { $intervisions }
    <b>Alertas de seguridad</b>: { $alerts }; atención: mediana { $take_median } min
    <b>Cómo están</b>: { $checkins } respuestas ({ $checked_in } jóvenes); entre la primera y la última, { $better } están mejor, { $same } igual, { $worse } peor
    <b>Fin del vínculo</b>: { $feedback } opiniones; «me ha ayudado» (4 o 5): { $helped_well }; lo recomendarían: { $recommend_yes }

    «&lt; 5»: menos de 5, oculto para que nadie sea reconocible. Siguen gráficos, CSV y tabla Excel.

stats-sec-requests = Solicitudes
stats-sec-links = Vínculos
stats-sec-followups = Seguimientos
stats-sec-peer = Apoyo entre pares
stats-sec-events = Formaciones
stats-sec-safety = Seguridad

stats-fig-received = Solicitudes recibidas
stats-fig-by_month = Solicitudes por mes
stats-fig-by_channel = Solicitudes por canal
stats-fig-by_theme = Solicitudes por tema
stats-fig-by_age = Solicitudes por edad
stats-fig-by_met = Solicitudes por lugar de encuentro
stats-fig-accepted = Solicitudes aceptadas
stats-fig-withdrawn = Solicitudes retiradas
stats-fig-hours_to_first_answer = Horas hasta la primera respuesta
stats-fig-hours_to_acceptance = Horas hasta la aceptación
stats-fig-past_reminder = Sin respuesta después del recordatorio
stats-fig-past_escalation = Sin respuesta después de la alerta al COPIL
stats-fig-started = Vínculos iniciados
stats-fig-active_at_end = Vínculos activos al final
stats-fig-ended = Vínculos terminados
stats-fig-ended_by_reason = Vínculos terminados por motivo
stats-fig-length_days = Duración de los vínculos terminados (días)
stats-fig-count = Seguimientos
stats-fig-hours = Horas de seguimiento
stats-fig-count_by_kind = Seguimientos por tipo
stats-fig-hours_by_kind = Horas por tipo
stats-fig-count_by_theme = Seguimientos por tema
stats-fig-hours_by_theme = Horas por tema
stats-fig-relays_by_domain = Derivaciones a entidades, por ámbito
stats-fig-mentors_active = Mentores activos (al menos un seguimiento)
stats-fig-mentors = Mentores
stats-fig-sessions_held = Sesiones realizadas
stats-fig-sessions_cancelled = Sesiones canceladas
stats-fig-attendances = Asistencias
stats-fig-attendance_rate = Tasa de asistencia (venidos sobre esperados)
stats-fig-youths_came = Jóvenes que vinieron (distintos)
stats-fig-became_peer_helpers = Jóvenes que pasaron a ser pares de apoyo
stats-fig-trainings_held = Formaciones realizadas
stats-fig-intervisions_held = Intervisiones realizadas
stats-fig-mentors_trained = Mentores formados (distintos)
stats-fig-alerts = Alertas de seguridad
stats-fig-alerts_by_category = Alertas por categoría

stats-key-median = mediana
stats-key-p90 = 9 de cada 10 como máximo
stats-key-unknown = No indicado
stats-key-unlisted = Fuera del directorio
stats-key-mentor_link = Enlace de un/a mentor/a
stats-key-team = El equipo
stats-key-group = Un grupo de pares
stats-key-stopped = Terminado por el/la joven

stats-col-period-start = inicio
stats-col-period-end = fin
stats-col-team = equipo
stats-col-section = apartado
stats-col-figure = cifra
stats-col-detail = detalle
stats-col-value = valor
stats-col-unit = unidad
stats-col-code = código
stats-sheet-about = Periodo
stats-about-period = Periodo
stats-about-scope = Equipos
stats-about-rule = «< 5»: menos de 5, oculto para que nadie sea reconocible. Ningún nombre, ninguna nota, ningún mensaje.
stats-unit-count = número
stats-unit-hours = horas
stats-unit-days = días
stats-unit-percent = %

stats-chart-by-month = Solicitudes recibidas por mes
stats-chart-by-theme = Solicitudes por tema
stats-chart-hours-by-kind = Horas de seguimiento por tipo
stats-chart-ended = Vínculos terminados, por motivo
stats-chart-delays = Tiempos de respuesta (horas)
stats-sec-checkins = Cómo están los jóvenes
stats-sec-feedback = Opiniones al final del vínculo
stats-fig-alerts_by_level = Alertas por nivel
stats-fig-minutes_to_take = Minutos hasta que alguien se encarga
stats-fig-checkins_asked = Preguntas «¿cómo estás?» enviadas
stats-fig-checkins_answered = Preguntas «¿cómo estás?» respondidas
stats-fig-youths_checked_in = Jóvenes que respondieron (distintos)
stats-fig-mood = Respuestas por estado de ánimo (1 = muy mal, 5 = muy bien)
stats-fig-checkin_theme = Lo que más pesa
stats-fig-mood_change = Entre la primera y la última respuesta de un/a joven
stats-fig-feedback_asked = Opiniones pedidas al final del vínculo
stats-fig-feedback_answered = Opiniones recibidas
stats-fig-helped = «¿Te ha ayudado?» (1 = nada, 5 = mucho)
stats-fig-recommend = «¿Se lo recomendarías a un amigo o una amiga?»
stats-key-high = Alto
stats-key-medium = Medio
stats-key-better = Mejor
stats-key-same = Igual
stats-key-worse = Peor
stats-unit-minutes = minutos
stats-fig-alerts_by_outcome = Alertas por resultado
stats-key-open = Aún no cerrada
stats-sec-wellbeing = Bienestar de los mentores
stats-fig-session_rating = Notas de las sesiones por los jóvenes que vinieron (1 = regular, 5 = genial)
stats-fig-wellbeing_asked = Preguntas del trimestre a los mentores
stats-fig-wellbeing_mood = Respuestas por estado de ánimo (1 = mal, 5 = muy bien)
stats-fig-support_asked = Mentores que pidieron apoyo
