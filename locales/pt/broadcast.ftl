# Envios do COPIL. Cortesia com o COPIL, «tu» com os jovens.

cmd-broadcast = Enviar uma novidade à equipa
cmd-broadcasts = Os envios recentes e programados
cmd-news = Receber as novidades ou não

## /broadcast (COPIL)
broadcast-ask-audience = A quem enviar a mensagem?
broadcast-audience-mentors = Os mentores
broadcast-audience-peer_helpers = Os pares de apoio
broadcast-audience-youths = Os jovens que querem as novidades
broadcast-audience-everyone = Toda a gente
broadcast-ask-team = Para que equipa?
broadcast-all-teams = Todas as equipas
broadcast-ask-content =
    Envie a mensagem tal como deve sair: texto (negrito, itálico, links permitidos), ou uma foto ou um documento com legenda (no máximo { $max } caracteres).
    /cancel para cancelar.
broadcast-content-bad = Envie texto, uma foto ou um documento (só um). Ou /cancel.
broadcast-lost = Este rascunho já não existe. Recomece com /broadcast.
broadcast-preview-title = Pré-visualização, exatamente como as pessoas a vão receber:
broadcast-preview-for =
    Para: <b>{ $audience }</b>, { $where } — { $count ->
        [0] ninguém por agora
        [one] 1 pessoa
       *[other] { $count } pessoas
    }.
broadcast-send-now = 📤 Enviar agora ({ $count })
broadcast-schedule = 🕒 Programar
broadcast-change = ✏️ Mudar a mensagem
broadcast-stop = Cancelar
broadcast-nobody = Por agora ninguém recebe esta mensagem: nada foi enviado.
broadcast-sending = Já está a sair (envio n.º { $id }). Envio-lhe um resumo quando tudo estiver entregue. /broadcasts mostra o progresso.
broadcast-ask-when = Quando enviar? Por exemplo «amanhã 9h», «quinta 18h30», «3 de dezembro às 8h».
broadcast-when-bad = Não percebi esta data. Experimente «amanhã 9h» ou «3 de dezembro às 8h», ou /cancel.
broadcast-when-past = Esse momento já passou. Indique uma data futura, ou /cancel.
broadcast-when-too-far = É demasiado longe: no máximo { $years } anos antes. Que data?
broadcast-when-no-time = A que horas? Por exemplo «quinta 18h30», ou /cancel.
broadcast-scheduled = Programado para { $when }. /broadcasts para cancelar.
broadcast-report =
    Envio n.º { $id } terminado: { $sent ->
        [one] { $sent } enviado
       *[other] { $sent } enviados
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } inacessível (bloqueou o bot)
       *[other] , { $unreachable } inacessíveis (bloquearam o bot)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } falhados
    }.

## /broadcasts (COPIL)
broadcasts-none = Nenhum envio por agora. /broadcast para enviar um.
broadcasts-title = <b>Envios</b>
broadcasts-line-scheduled = 🕒 n.º { $id } — programado { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 n.º { $id } — em curso — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ n.º { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } { $total ->
        [one] enviado
       *[other] enviados
    }, { $unreachable } { $unreachable ->
        [one] inacessível
       *[other] inacessíveis
    }, { $failed } falhados
broadcasts-line-cancelled = ✖️ n.º { $id } — cancelado — { $audience }, { $where }
broadcasts-cancel = ✖️ Cancelar n.º { $id } ({ $when })
broadcasts-cancelled = Envio n.º { $id } cancelado.
broadcasts-too-late = Tarde demais: já saiu ou foi cancelado.

## /news (jovens)
news-on = Recebes as novidades da equipa (formações, atividades, informações).
news-off = Não recebes as novidades da equipa. Podes mudar quando quiseres.
news-turn-on = 🔔 Receber as novidades
news-turn-off = 🔕 Deixar de as receber
