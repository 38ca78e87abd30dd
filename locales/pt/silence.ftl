# Nenhuma ligação se apaga em silêncio, e a pausa dos mentores (cortesia com os mentores,
# «tu» com os jovens).
silence-nudge = 🌱 Sem notícias de { $name } há { $days } dias. Umas palavras, ou um acompanhamento para registar?
silence-log = 📝 Registar um acompanhamento
silence-write = ✉️ Escrever-lhe
silence-ask = 🌱 Já há algum tempo que não há mensagens entre ti e { $name }. Queres manter esta ligação?
silence-keep = Sim, quero manter
silence-later = Mais tarde
silence-stop = Prefiro terminar
silence-keep-done = 👍 Anotado, a ligação continua. { $tu ->
    *[yes] Escreve quando quiseres, o teu mentor ou a tua mentora foi avisado(a).
    [no] Escreva quando quiser.
}
silence-later-done = Está bem, voltamos a falar disto mais tarde. A ligação continua.
silence-stop-done = Feito, a ligação terminou. Obrigado por este bocado de caminho! Podes fazer outro pedido quando quiseres com /request.
silence-already-ended = Esta ligação já terminou. Podes fazer outro pedido quando quiseres com /request.
silence-kept-mentor = 🌱 { $name } quer manter a ligação consigo. Umas palavras vão-lhe fazer bem.
silence-stopped-mentor = { $name } preferiu terminar a ligação, por falta de contacto nos últimos tempos. Obrigado pelo que fizeram juntos.
silence-warn-youth = 🌱 Sem notícias tuas nem de { $name }, esta ligação fecha daqui a uma semana. Basta uma mensagem para a manter. E podes sempre fazer outro pedido com /request.
silence-warn-mentor = 🌱 Sem notícias entre si e { $name }, esta ligação fecha daqui a uma semana. Basta uma mensagem ou um acompanhamento registado para a manter.
silence-closed-youth = Esta ligação com { $name } está fechada, por falta de contacto há { $days } dias. Obrigado por este bocado de caminho! Podes fazer outro pedido quando quiseres com /request.
silence-closed-mentor = A ligação com { $name } está fechada, por falta de contacto há { $days } dias («já não há contacto»). Obrigado pelo que fizeram juntos.
silence-link-gone = Esta ligação já não está ativa: não há nada para registar aqui. /log para outro acompanhamento.

pause-ask = Os três últimos pedidos passaram-lhe ao lado (recusados ou aceites por outras pessoas). Quer fazer uma pausa? Não vai receber novos pedidos até /available. As suas ligações em curso continuam.
pause-yes = ⏸ Sim, uma pausa
pause-no = Não, continuo disponível
pause-yes-done = ⏸ Anotado: não há novos pedidos por agora. As suas ligações em curso continuam. Para voltar a recebê-los: /available
pause-no-done = 👍 Continua disponível para os novos pedidos.
available-done = ▶️ Volta a receber os novos pedidos.
available-already = Já está disponível para os novos pedidos.
people-paused-mark = ⏸ (em pausa)
people-paused-count = ⏸ Mentores em pausa: { $count }

cmd-available = Voltar a receber pedidos
cmd-rhythms = Silêncios e check-ins da equipa
rhythm-which-team = Para que equipa?
rhythm-summary =
    <b>⏱ Ritmos · { $team }</b>

    Sem mensagens nem acompanhamentos: lembrete ao mentor ou à mentora após { $silence } dias, pergunta ao jovem após { $ask } dias, fecho da ligação após { $close } dias (ambos são avisados uma semana antes).
    Check-ins dos jovens: { $checkin ->
        [0] desativados
       *[other] a cada { $checkin } dias
    }.
rhythm-change-silence = 🔕 Dias de silêncio antes do lembrete
rhythm-change-ask = ❓ Pergunta ao jovem
rhythm-change-close = 🔒 Fecho da ligação
rhythm-change-checkin = 🌤 Ritmo dos check-ins
rhythm-ask-silence = Após quantos dias de silêncio lembrar o mentor ou a mentora?
rhythm-ask-ask = Após quantos dias de silêncio perguntar ao jovem se quer manter a ligação?
rhythm-ask-close = Após quantos dias de silêncio fechar a ligação («já não há contacto»)? Ambos são avisados uma semana antes.
rhythm-order-bad = ⚠️ Não é possível: o lembrete tem de vir o mais tardar com a pergunta ao jovem, e o fecho pelo menos uma semana depois da pergunta. Agora: lembrete { $silence } d, pergunta { $ask } d, fecho { $close } d. Nada mudou.
rhythm-ask-checkin = De quanto em quanto tempo perguntar aos jovens como estão?
rhythm-silence-days = { $days } dias
rhythm-checkin-days = { $days ->
    [0] Desativados
   *[other] { $days } dias
}
rhythm-back = ◀ Voltar
rhythm-close = ✖ Fechar
rhythm-closed = Registado.
