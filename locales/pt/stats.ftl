## /stats (COPIL, cortesia): figures for funders, anonymised

cmd-stats = Números e gráficos
stats-no-team = Não está ligado(a) a nenhuma equipa: peça a um membro do COPIL de todo o programa que lhe atribua uma.
stats-ask-period = 📊 Que período?
stats-period-this_month = Este mês
stats-period-last_month = O mês passado
stats-period-this_quarter = Este trimestre
stats-period-last_quarter = O trimestre passado
stats-period-this_year = Este ano
stats-period-last_year = O ano passado
stats-period-typed = 📅 Outras datas…
stats-stop = ✖ Parar
stats-ask-dates = Escreva as duas datas, por exemplo «de 1.1.2026 a 31.3.2026».
stats-dates-unclear = Não percebi estas datas.
stats-dates-future = Uma destas datas está no futuro: os números param hoje.
stats-dates-too-far = Uma destas datas é de há mais de um ano: escolha «O ano passado» ou um período mais recente.
stats-dates-order = A primeira data vem depois da segunda.
stats-ask-scope = Para que equipa?
stats-preparing = ⏳ Estou a preparar os números: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ Está a ser preparado outro relatório: o seu segue logo que estiver pronto.
# the report's child process crashed or took too long
report-failed = ⚠️ Não foi possível preparar o relatório (demasiado longo, ou um erro). Nada foi alterado: tente novamente dentro de momentos.
stats-whole-programme = Todo o programa
stats-all-teams = Todas as equipas
stats-quarter = { $n }.º trimestre { $year }
stats-files-caption = Os mesmos números em tabela: uma folha por tema. «&lt; 5»: menos de 5, escondido para que ninguém seja reconhecível.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>Pedidos</b>: { $received } recebidos, { $accepted } aceites, { $withdrawn } retirados
    Primeira resposta: mediana { $answer_median } h, 9 em cada 10 em { $answer_p90 } h no máximo
    <b>Ligações</b>: { $started } iniciadas, { $active } ativas no fim, { $ended } terminadas
    <b>Acompanhamentos</b>: { $followups } ({ $hours } h); { $mentors_active } mentores ativos de { $mentors }
    <b>Apoio entre pares</b>: { $sessions } sessões, { $attendances } presenças, { $youths } jovens
    <b>Formações</b>: { $trainings }; intervisões: { $intervisions }
    <b>Alertas de segurança</b>: { $alerts }; resposta: mediana { $take_median } min
    <b>Como estão</b>: { $checkins } respostas ({ $checked_in } jovens); entre a primeira e a última, { $better } estão melhor, { $same } igual, { $worse } pior
    <b>Fim da ligação</b>: { $feedback } opiniões; «ajudou-me» (4 ou 5): { $helped_well }; recomendariam: { $recommend_yes }

    «&lt; 5»: menos de 5, escondido para que ninguém seja reconhecível. Seguem-se gráficos, CSV e tabela Excel.

stats-sec-requests = Pedidos
stats-sec-links = Ligações
stats-sec-followups = Acompanhamentos
stats-sec-peer = Apoio entre pares
stats-sec-events = Formações
stats-sec-safety = Segurança

stats-fig-received = Pedidos recebidos
stats-fig-by_month = Pedidos por mês
stats-fig-by_channel = Pedidos por canal
stats-fig-by_theme = Pedidos por tema
stats-fig-by_age = Pedidos por idade
stats-fig-by_met = Pedidos por local de encontro
stats-fig-accepted = Pedidos aceites
stats-fig-withdrawn = Pedidos retirados
stats-fig-hours_to_first_answer = Horas até à primeira resposta
stats-fig-hours_to_acceptance = Horas até à aceitação
stats-fig-past_reminder = Sem resposta depois do lembrete
stats-fig-past_escalation = Sem resposta depois do alerta ao COPIL
stats-fig-started = Ligações iniciadas
stats-fig-active_at_end = Ligações ativas no fim
stats-fig-ended = Ligações terminadas
stats-fig-ended_by_reason = Ligações terminadas por motivo
stats-fig-length_days = Duração das ligações terminadas (dias)
stats-fig-count = Acompanhamentos
stats-fig-hours = Horas de acompanhamento
stats-fig-count_by_kind = Acompanhamentos por tipo
stats-fig-hours_by_kind = Horas por tipo
stats-fig-count_by_theme = Acompanhamentos por tema
stats-fig-hours_by_theme = Horas por tema
stats-fig-relays_by_domain = Encaminhamentos para parceiros, por área
stats-fig-mentors_active = Mentores ativos (pelo menos um acompanhamento)
stats-fig-mentors = Mentores
stats-fig-sessions_held = Sessões realizadas
stats-fig-sessions_cancelled = Sessões canceladas
stats-fig-attendances = Presenças
stats-fig-attendance_rate = Taxa de presença (vieram sobre esperados)
stats-fig-youths_came = Jovens que vieram (distintos)
stats-fig-became_peer_helpers = Jovens que passaram a pares de apoio
stats-fig-trainings_held = Formações realizadas
stats-fig-intervisions_held = Intervisões realizadas
stats-fig-mentors_trained = Mentores formados (distintos)
stats-fig-alerts = Alertas de segurança
stats-fig-alerts_by_category = Alertas por categoria

stats-key-median = mediana
stats-key-p90 = 9 em cada 10 no máximo
stats-key-unknown = Não indicado
stats-key-unlisted = Fora da lista
stats-key-mentor_link = Link de um(a) mentor(a)
stats-key-team = A equipa
stats-key-group = Um grupo de pares
stats-key-stopped = Terminado pelo/a jovem

stats-col-period-start = início
stats-col-period-end = fim
stats-col-team = equipa
stats-col-section = secção
stats-col-figure = número
stats-col-detail = detalhe
stats-col-value = valor
stats-col-unit = unidade
stats-col-code = código
stats-sheet-about = Período
stats-about-period = Período
stats-about-scope = Equipas
stats-about-rule = «< 5»: menos de 5, escondido para que ninguém seja reconhecível. Nenhum nome, nenhuma nota, nenhuma mensagem.
stats-unit-count = número
stats-unit-hours = horas
stats-unit-days = dias
stats-unit-percent = %

stats-chart-by-month = Pedidos recebidos por mês
stats-chart-by-theme = Pedidos por tema
stats-chart-hours-by-kind = Horas de acompanhamento por tipo
stats-chart-ended = Ligações terminadas, por motivo
stats-chart-delays = Tempos de resposta (horas)
stats-sec-checkins = Como estão os jovens
stats-sec-feedback = Opiniões no fim da ligação
stats-fig-alerts_by_level = Alertas por nível
stats-fig-minutes_to_take = Minutos até alguém tratar do alerta
stats-fig-checkins_asked = Perguntas «como estás?» enviadas
stats-fig-checkins_answered = Perguntas «como estás?» respondidas
stats-fig-youths_checked_in = Jovens que responderam (distintos)
stats-fig-mood = Respostas por estado de espírito (1 = muito mal, 5 = muito bem)
stats-fig-checkin_theme = O que pesa mais
stats-fig-mood_change = Entre a primeira e a última resposta de um(a) jovem
stats-fig-feedback_asked = Opiniões pedidas no fim da ligação
stats-fig-feedback_answered = Opiniões recebidas
stats-fig-helped = «Ajudou-te?» (1 = nada, 5 = muito)
stats-fig-recommend = «Recomendavas a um amigo ou a uma amiga?»
stats-key-high = Alto
stats-key-medium = Médio
stats-key-better = Melhor
stats-key-same = Igual
stats-key-worse = Pior
stats-unit-minutes = minutos
stats-fig-alerts_by_outcome = Alertas por desfecho
stats-key-open = Ainda não fechado
stats-sec-wellbeing = Bem-estar dos mentores
stats-fig-session_rating = Notas das sessões pelos jovens que vieram (1 = fraco, 5 = ótimo)
stats-fig-wellbeing_asked = Perguntas do trimestre aos mentores
stats-fig-wellbeing_mood = Respostas por estado de espírito (1 = mal, 5 = muito bem)
stats-fig-support_asked = Mentores que pediram apoio
