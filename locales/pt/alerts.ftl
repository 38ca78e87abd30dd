# O que o COPIL faz com um alerta de segurança: repetições, escrever ao/à jovem,
# fechar com um resultado, /alerts. Cortesia com o COPIL; um jovem lê «a equipa».
safety-copil-said-repeat = ⏰ <b>Ainda ninguém pegou nele</b>, { $minutes } min depois do primeiro alerta. A mensagem só está no primeiro alerta.
cmd-alerts = Alertas da rede de segurança
# O que um jovem lê como remetente das mensagens de quem trata do alerta.
alert-team = A equipa
# As cópias de quem trata, depois de pegar no alerta.
alert-yours = ✅ Está a seu cargo
alert-write = ✍️ Escrever ao/à jovem
alert-close = ✔️ Fechar o alerta
alert-close-ask = Como termina o alerta n.º { $id }? Só o resultado é guardado, nunca texto.
alert-outcome-safe = 🟢 Em segurança
alert-outcome-emergency = 🚑 Entregue às urgências
alert-outcome-professional = 🩺 Encaminhado/a para um(a) profissional
alert-outcome-no_answer = 🔇 Sem resposta
alert-outcome-false_alarm = ⚪ Falso alarme
alert-outcome-other = ➖ Outro
alert-keep = ◀ Ainda não
alert-kept = O alerta n.º { $id } continua aberto.
alert-closed = ✔️ Alerta n.º { $id } fechado: { $outcome }.
alert-closed-label = ✔️ Fechado: { $outcome }
alert-closed-by = Alerta fechado por { $name }: { $outcome }.
# /alerts
alerts-none = Nenhum alerta aberto. 🌿
alerts-title = <b>Alertas abertos: { $count }</b>
    Primeiro os que ninguém pegou. A mensagem só está no próprio alerta.
alerts-line-open = 🆘 <b>n.º { $id }</b> · { $who } · { $category } ({ $level }) · ninguém pegou nele, há { $age }
alerts-line-taken = ✅ n.º { $id } · { $who } · { $category } ({ $level }) · com { $owner } em { $took } · há { $age }
alerts-stranger = alguém ainda não inscrito
alerts-closed-title = <b>Fechados nos últimos 7 dias: { $count }</b>
alerts-line-closed = ✔️ n.º { $id } · { $who } · { $category } ({ $level }) · fechado por { $closer }: { $outcome } · aberto durante { $lasted }
alerts-take = 🙋 n.º { $id }: eu trato
alerts-write = ✍️ n.º { $id }: escrever
alerts-close = ✔️ n.º { $id }: fechar
alerts-age-min = { $n } min
alerts-age-h = { $n } h
alerts-age-d = { $n } d
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Repetição dos alertas
alerts-repeat-which = Repetições de que equipa?
alerts-repeat-now = Equipa { $team }: um alerta que ninguém assumiu volta a ser enviado a todo o COPIL a cada <b>{ $minutes } min</b>, até alguém o assumir. Mudar:
alerts-repeat-choice = { $minutes } min
alerts-repeat-back = ◀ Voltar aos alertas
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = n.º { $id } · alguém ainda não inscrito
safety-copil-said-model =
    { $said }
    As palavras que mais pesaram para o modelo: { $text }
