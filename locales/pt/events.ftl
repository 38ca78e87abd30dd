# Eventos do COPIL: formações, intervisão, sessões de informação.
# Os jovens nunca veem «intervisão»: para eles é um encontro com a equipa.

cmd-event = Criar uma formação ou um encontro
cmd-events = Os eventos: respostas, presenças

event-kind-training = Formação
event-kind-intervision = Intervisão
event-kind-info = Sessão de informação
event-kind-meeting = Encontro com a equipa

## /event (COPIL)
event-ask-kind = Que tipo de evento?
event-ask-title = O título? (no máximo { $max } caracteres, /cancel para cancelar)
event-title-bad = O título deve ter de 2 a { $max } caracteres. Tente outra vez, ou /cancel.
event-ask-when = Quando? Por exemplo «quinta 18h30» ou «3 de dezembro às 9h».
event-when-confirm = 📅 { $when }: está certo?
event-when-yes = ✅ Sim
event-when-no = ✏️ Não, mudar
event-ask-duration = Quanto tempo? Por exemplo «2h», «1h30», «90 min».
event-duration-bad = Não percebi esta duração (entre 1 minuto e 12 horas). Por exemplo «1h30».
event-ask-place = Onde? Uma morada, uma sala ou um link para se ligar. (no máximo { $max } caracteres)
event-place-bad = O local deve ter de 2 a { $max } caracteres. Tente outra vez, ou /cancel.
event-ask-capacity = Quantos lugares? Um número (até { $max }), ou 0 se não houver limite.
event-capacity-bad = Escreva um número de 1 a { $max }, ou 0 para não limitar.
event-ask-audience = Quem convidar?
event-preview =
    Este é o convite ({ $count ->
        [0] ninguém por agora
        [one] 1 pessoa
       *[other] { $count } pessoas
    }), com um ficheiro de calendário:
event-send = 📤 Enviar os convites ({ $count })
event-created = Evento n.º { $id } criado: os convites estão a sair. /events para ver as respostas.
event-report =
    Convites para «{ $title }» enviados: { $sent ->
        [one] { $sent } pessoa recebeu
       *[other] { $sent } pessoas receberam
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } inacessível (bloqueou o bot)
       *[other] , { $unreachable } inacessíveis (bloquearam o bot)
    }{ $failed ->
        [0] {""}
        [one] , { $failed } envio falhado
       *[other] , { $failed } envios falhados
    }. /events mostra as respostas.
event-calendar-caption = O ficheiro de calendário enviado com o convite.
event-gone = Este evento já não existe.

## O que recebem as pessoas convidadas
event-line-when = 🕒 { $when } ({ $minutes } min)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } lugar
       *[other] { $capacity } lugares
    }
event-invite-question = { $tu ->
        [yes] Vens?
       *[no] Vem?
    }
event-yes = ✅ Sim
event-maybe = 🤔 Talvez
event-no = ❌ Não
event-answered-yes = { $tu ->
        [yes] Anotado: vens!
       *[no] Anotado: vem!
    }
event-answered-maybe = Anotado: talvez.
event-answered-no = Anotado: desta vez não.
event-answered-waiting = { $tu ->
        [yes] Por agora está cheio: estás na lista de espera. Aviso-te se vagar um lugar.
       *[no] Por agora está cheio: está na lista de espera. Aviso-o(a) se vagar um lugar.
    }
event-moved-up = { $tu ->
        [yes] 🎉 Vagou um lugar: estás inscrito(a)!
       *[no] 🎉 Vagou um lugar: está inscrito(a)!
    }
event-closed = Este evento já começou ou foi cancelado: já não se pode responder.
event-reminder-day = { $tu ->
        [yes] ⏰ Lembrete: é amanhã!
       *[no] ⏰ Lembrete: é amanhã.
    }
event-reminder-2h = ⏰ Lembrete: daqui a duas horas.
event-change-moved = { $tu ->
        [yes] 📅 Mudança de data! Este é o novo momento (o ficheiro de calendário está atualizado):
       *[no] 📅 Mudança de data. Este é o novo momento (o ficheiro de calendário está atualizado):
    }
event-change-cancelled = ✖️ Cancelado. Pedimos desculpa pela mudança.

## /events (COPIL)
events-none = Nenhum evento próximo. /event para criar um.
events-title = <b>Eventos</b> (escolha um):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Cancelado</b>
events-answers-yes = ✅ Sim ({ $count }): { $names }
events-answers-waiting = ⏳ Lista de espera ({ $count }): { $names }
events-answers-maybe = 🤔 Talvez ({ $count }): { $names }
events-answers-no = ❌ Não ({ $count }): { $names }
events-came = 🙋 Presentes ({ $count }): { $names }
events-attendance = 🙋 Presenças
events-attendance-title = Quem veio a «{ $title }»? Toque num nome para marcar ou desmarcar.
events-move = 🕒 Mudar a data
events-cancel = ✖️ Cancelar o evento
events-cancel-confirm = Cancelar «{ $title }»? Todas as pessoas que responderam vão ser avisadas.
events-cancel-yes = Sim, cancelar
events-cancelled = «{ $title }» está cancelado; as pessoas que responderam foram avisadas.
events-move-ask = Nova data para «{ $title }»? Por exemplo «quinta 18h30». /cancel para manter a data.
events-moved = «{ $title }» passou para { $when }; as pessoas que responderam foram avisadas.
