# Pedidos de contacto, ligações, reencaminhamento, fim da ligação, rede de segurança, dados.
# «tu» com os jovens, cortesia com mentores e COPIL; um jovem vê «a equipa».

cmd-request = Pedir um contacto
cmd-talk = Escolher a quem escrevo
cmd-stop = Terminar a ligação ou o pedido
cmd-mydata = Os meus dados
cmd-forget = Apagar tudo
cmd-mylink = O meu link pessoal
cmd-end = Terminar um acompanhamento
cmd-assign = Entregar um pedido
cmd-emergency = Números de urgência da equipa

## /request (jovem)
request-button = 🤝 Pedir um contacto
request-has-link = Já estás em contacto com { $name }. Escreve-me aqui e eu passo a mensagem. Para terminar esta ligação: /stop.
request-already-open = Já tens um pedido em curso:
request-change = ✏️ Alterá-lo
request-withdraw = Retirar o meu pedido
request-keep = Deixá-lo assim
request-kept = Está bem, o teu pedido fica como está.
request-none-open = Já não tens nenhum pedido em curso. /request para fazer um.
request-withdrawn = Feito: o teu pedido foi retirado. Podes fazer outro quando quiseres com /request.
request-to-mentor = O teu pedido vai para <b>{ $name }</b>.
request-which-team = Em que região?
request-where-met = Onde conheceste o teu mentor ou a tua mentora, ou em que meio? (opcional)
met-sport = ⚽ Desporto
met-culture = 🎭 Cultura
met-faith = 🕊 Comunidade religiosa
met-community = 🌍 A minha comunidade cultural
met-work = 💼 Trabalho
met-public = 🏙 Espaço público
met-other = Outro
request-skip = Saltar
request-what-about = É sobre o quê? Escolhe um ou mais temas e depois «Continuar».
request-continue = Continuar ▶
request-themes-none = Escolhe pelo menos um tema.
request-age = Que idade tens?
age-under_16 = Menos de 16 anos
age-16_17 = 16–17 anos
age-18_25 = 18–25 anos
age-26_30 = 26–30 anos
age-over_30 = Mais de 30 anos
request-over-30 = Obrigado pela tua confiança. O Lien é para jovens até aos 30 anos, por isso não te posso enviar um(a) mentor(a). Outros serviços podem ajudar-te: /partners mostra a lista de parceiros.
request-name = Que nome ou alcunha pode o teu mentor ou a tua mentora usar? (no máximo { $max } caracteres)
request-name-keep = Manter «{ $name }»
request-name-bad = Escreve um nome ou uma alcunha de 1 a { $max } caracteres.
request-message = Uma pequena mensagem para o teu mentor ou a tua mentora? (opcional, no máximo { $max } caracteres)
request-message-bad = A tua mensagem pode ter no máximo { $max } caracteres. Encurta-a, ou «Saltar».
request-use-buttons = Usa os botões aqui em cima, ou /cancel para parar.
request-confirm = Este é o teu pedido. Envio?
request-send = ✅ Enviar
request-fix-met = Corrigir: onde nos conhecemos
request-fix-themes = Corrigir: os temas
request-fix-age = Corrigir: a idade
request-fix-name = Corrigir: o nome
request-fix-message = Corrigir: a mensagem
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ «{ $message }»
request-summary-flagged = ⚠️ <b>A mensagem tem palavras de sofrimento.</b> O Lien já respondeu com cuidado e a equipa está a acompanhar. Responda com delicadeza.
request-summary-language = 🗣 escrito em { $lang }
language-fr = francês
language-en = inglês
language-de = alemão
language-it = italiano
language-pt = português
language-es = espanhol
language-ar = árabe
request-sent = Enviado! Aviso-te assim que um(a) mentor(a) responder. Se ninguém responder depressa, a equipa trata disso. Podes retirar o teu pedido com /stop.
request-sent-team = Enviado! A equipa está a procurar a pessoa certa para ti e responde-te muito em breve.
request-team-on-it = O teu pedido ainda não encontrou mentor(a): a equipa trata disso e responde-te muito em breve. Não tens de fazer nada.
request-accepted =
    Boa notícia: <b>{ $name }</b> aceitou o teu pedido! 🎉

    Escreve aqui e eu passo-lhe as tuas mensagens (texto, foto, áudio, documento). { $name } não vê o teu número nem o teu nome de utilizador. Podes parar quando quiseres com /stop.

## Resposta dos mentores
request-notice = 🤝 <b>Novo pedido de contacto</b>
request-accept = ✅ Aceitar
request-decline = Recusar
request-notice-forgotten = (Pedido apagado a pedido da pessoa.)
request-notice-withdrawn = A pessoa retirou este pedido. Obrigado na mesma!
request-taken = Outro(a) mentor(a) já aceitou este pedido. Obrigado por ter respondido!
request-yours = Já aceitou este pedido: escreva aqui para falar com a pessoa.
request-declined = Recusou este pedido. Obrigado por ter respondido.
request-you-accepted =
    Aceitou o pedido de <b>{ $name }</b>. Obrigado!

    { request-write-here }
request-write-here = Escreva aqui: eu passo as suas mensagens, sem o seu número nem o seu nome de utilizador. Com vários jovens, responda à mensagem da pessoa ou escolha com /talk. /end para terminar o acompanhamento.
request-assigned = 🤝 O COPIL entregou-lhe o pedido de <b>{ $name }</b>. Obrigado por o acompanhar!
request-assigned-other = O COPIL entregou este pedido a outro(a) mentor(a). Obrigado na mesma!
request-reminder = ⏰ O pedido de <b>{ $name }</b> ainda está à espera de resposta. Pode aceitá-lo ou recusá-lo?
mylink =
    O seu link pessoal, para partilhar pessoalmente com um(a) jovem (numa mensagem ou num código QR feito a partir do link):
    { $link }

    Quem o abre envia-lhe o pedido, e recebe-o aqui.

## Alertas ao COPIL
escalation-unanswered = ⚠️ O pedido de <b>{ $name }</b> (equipa { $team }) está há { $hours } h sem resposta. /assign para o entregar a um(a) mentor(a).
escalation-no-mentor = ⚠️ Novo pedido de <b>{ $name }</b> (equipa { $team }): nenhum(a) mentor(a) ativo(a) para avisar. /assign para o entregar a um(a) mentor(a).
escalation-declined = ⚠️ Todos os mentores recusaram o pedido de <b>{ $name }</b> (equipa { $team }). /assign para o entregar a um(a) mentor(a).

## /assign (COPIL)
assign-none = Nenhum pedido pendente. 🎉
assign-which-request = Que pedido quer entregar?
assign-request = { $name } — desde { $since }
assign-which-mentor = A que mentor(a) entrega o pedido de { $name }?
assign-no-mentor = Não há nenhum(a) mentor(a) ativo(a) nesta equipa.
assign-not-open = Este pedido já não está pendente.
assign-done = Feito: { $mentor } acompanha agora { $name }. Os dois foram avisados.

## Reencaminhamento
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = Com várias pessoas, não sei a quem enviar esta mensagem (responda à mensagem da pessoa, ou /talk): não enviei nada.
relay-offer = { $tu ->
        [yes] Para a enviar na mesma, escolhe a quem:
       *[no] Para a enviar na mesma, escolha a quem:
    }
relay-went-to = → { $name }
relay-not-sent = Não passei esta mensagem a ninguém.
relay-nowhere = { $tu ->
        [yes] Não passei esta mensagem a ninguém. /help mostra o que podes fazer.
       *[no] Não passei esta mensagem a ninguém. /help mostra o que pode fazer.
    }
relay-reply-unknown = Não passei esta mensagem a ninguém: responde a uma mensagem do bot ou da equipa (ou de uma conversa apagada), não a uma pessoa.
relay-choose = A quem quer escrever?
relay-nobody-youth = Por agora não tens ninguém a quem escrever. /request para pedir um contacto.
relay-nobody = { $tu ->
        [yes] Por agora não tens ninguém a quem escrever.
       *[no] Por agora não tem ninguém a quem escrever.
    }
relay-only-one-youth = As tuas mensagens vão para { $name }.
relay-only-one = As suas mensagens vão para { $name }.
relay-now-to = { $tu ->
        [yes] As tuas próximas mensagens vão para <b>{ $name }</b>.
       *[no] As suas próximas mensagens vão para <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] Enviado a <b>{ $name }</b>. As tuas próximas mensagens também vão para esta pessoa.
       *[no] Enviado a <b>{ $name }</b>. As suas próximas mensagens também vão para esta pessoa.
    }
relay-ended = Esta conversa terminou: a mensagem não foi passada.
relay-ended-youth = A tua ligação com { $name } terminou: a tua mensagem não foi passada. Podes fazer outro pedido quando quiseres com /request.
relay-ended-mentor = A ligação com { $name } terminou: a sua mensagem não foi passada.
relay-mentor-away = O teu mentor ou a tua mentora não está disponível por agora: a tua mensagem não foi passada. Fala com a equipa, ou /stop e depois /request para pedir outra pessoa.
relay-youth-away = A equipa fechou por agora o acesso de { $name } ao Lien: a sua mensagem não foi passada.
relay-undelivered-youth = Não consegui passar esta mensagem (talvez a pessoa tenha bloqueado o bot). Tenta mais tarde.
relay-undelivered = Não consegui passar esta mensagem (talvez a pessoa tenha bloqueado o bot). Tente mais tarde.
relay-flagged = ⚠️ A próxima mensagem de <b>{ $name }</b> tem palavras de sofrimento. O Lien já respondeu com cuidado (os números de urgência, ou a pergunta se a pessoa está em segurança) e a equipa está a acompanhar. Responda com delicadeza; não está sozinho(a).

## /stop (jovem) e /end (mentor)
stop-confirm = Terminar a tua ligação com <b>{ $name }</b>? Eu digo-lhe com gentileza. Podes fazer outro pedido mais tarde.
stop-yes = Sim, terminar
stop-no = Não, continuar
stop-kept = Está bem, nada muda.
stop-request = Tens um pedido em curso. Retiro-o?
stop-nothing = Não tens ligação nem pedido em curso. /request para pedir um contacto.
stop-already-ended = Esta ligação já terminou.
stop-done = Feito, a ligação terminou. Obrigado por este bocado de caminho! Podes fazer outro pedido quando quiseres com /request.
stop-mentor = <b>{ $name }</b> decidiu terminar a ligação. Está no seu direito, e não é um fracasso: obrigado pela sua presença. Não tem de fazer nada.
end-nothing = Não acompanha ninguém neste momento.
end-which = Que acompanhamento quer terminar?
end-why = Porque termina o acompanhamento de <b>{ $name }</b>?
end-reason-goals = 🎯 Objetivos cumpridos
end-reason-work = 💼 Encontrou trabalho ou formação
end-reason-professional = 🤝 Encaminhado(a) para um(a) profissional
end-reason-no_contact = 📭 Já não há contacto
end-reason-other = Outro motivo
end-cancel = Cancelar
end-kept = Está bem, o acompanhamento continua.
end-already-ended = Este acompanhamento já terminou.
end-done = O acompanhamento de <b>{ $name }</b> terminou. Obrigado pelo seu empenho!
end-youth = { $name } terminou a ligação contigo. Obrigado por este bocado de caminho! Se ainda precisares de ajuda, podes fazer outro pedido quando quiseres com /request.
peer-offer = Parabéns pelo teu trabalho ou pela tua formação! 🎉 Outros jovens podiam aproveitar a tua experiência. Gostavas de ser par de apoio (animar encontros entre jovens, duas vezes por mês)? A equipa entrava em contacto contigo.
peer-yes = Sim, interessa-me
peer-no = Não, obrigado
peer-declined = Não faz mal! Boa sorte. 🙂
peer-agreed = Fixe! A equipa foi avisada e vai falar contigo.
peer-copil = <b>{ $name }</b> encontrou trabalho ou formação (acompanhado/a por { $mentor }) e aceita ser convidado/a como par de apoio.
peer-invite = Convidar como par de apoio
peer-already = Esta pessoa já não é jovem no Lien (já é par de apoio?).
peer-done = { $name } é agora par de apoio. Dei-lhe as boas-vindas.

## Rede de segurança
safety-youth =
    Obrigado por me teres escrito isto. O que estás a viver importa, e não estás sozinho(a). 💛
    Se estás em perigo ou precisas de falar agora, liga:
    { $numbers }
    E a equipa foi avisada para te ajudar.
safety-category-suicide = ideias suicidas
safety-category-self_harm = automutilação
safety-category-abuse = abusos
safety-category-violence = violência
safety-category-danger = em perigo
safety-category-threat = ameaça a outras pessoas
safety-category-distress = sofrimento, desespero
safety-level-high = urgente
safety-level-medium = preocupante
safety-copil =
    🚨 <b>Alerta da rede de segurança</b> ({ $category }, { $level } · regra { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Jovem: <b>{ $name }</b>, equipa { $team }
safety-copil-who-peer_helper = Par de apoio: <b>{ $name }</b>, equipa { $team }
safety-copil-who-stranger = Alguém que ainda não se inscreveu (sem nome), equipa { $team }
safety-copil-said =
    Mensagem: «{ $text }»
    Foram-lhe enviados os números de urgência.
safety-copil-said-not_really = À pergunta «Estás em segurança agora?», a resposta foi «Não muito». Foram-lhe enviados os números de urgência. A mensagem não é guardada.
safety-copil-said-talk = À pergunta «Estás em segurança agora?», a resposta foi «Quero falar com alguém». Foram-lhe enviados os números de urgência. A mensagem não é guardada.
safety-copil-said-timeout = Palavras preocupantes, e nenhuma resposta em 30 minutos à pergunta «Estás em segurança agora?». Não lhe foi enviado mais nada; a mensagem não é guardada.
safety-question = O que escreves deixa-me um pouco preocupado. Estás em segurança agora?
safety-answer-ok = Sim, estou bem
safety-answer-not_really = Não muito
safety-answer-talk = Quero falar com alguém
safety-answered-ok = Obrigado por responderes. 💛 Se alguma coisa mudar, escreve-me, estou aqui.
safety-take = 🙋 Eu trato disto
safety-taken-you = Anotado: fica a seu cargo. Os outros veem isso.
safety-taken-label = ✅ { $name } está a tratar
safety-taken-by = { $name } já está a tratar.
safety-copil-link = Ligação n.º { $link } com { $mentor } (se a mensagem lhe chegar, vem assinalada).
safety-copil-no-link = Ainda sem ligação.
emergency-ch =
    • 144 — urgências médicas
    • 117 — polícia
    • 143 — La Main Tendue (escuta, 24 h por dia)
    • 147 — Pro Juventute (jovens, 24 h por dia)
emergency-fr =
    • 15 — SAMU (urgências médicas)
    • 17 — polícia
    • 112 — urgências
    • 3114 — prevenção do suicídio (24 h por dia)
    • 119 — infância em perigo
emergency-default = • 112 — urgências

## /emergency (COPIL)
emergency-own = lista própria da equipa
emergency-country = por defeito, país { $country }
emergency-change = ✏️ Mudar: { $team }
emergency-reset = ↺ Por defeito
emergency-was-reset = Feito: a equipa { $team } volta a dar os números por defeito do seu país.
emergency-ask =
    Escreva os números para a equipa <b>{ $team }</b>, um por linha com o que é (no máximo { $lines } linhas), por exemplo:
    144 urgências médicas
    143 La Main Tendue (escuta, 24 h por dia)
    /cancel para cancelar.
emergency-bad = São precisas de 1 a { $lines } linhas, cada uma com um número. Tente outra vez, ou /cancel.
emergency-saved =
    Guardado. Os jovens da equipa { $team } vão ver:
    { $numbers }

## /mydata e /forget
mydata-nothing = { $tu ->
        [yes] Não tenho nenhum dado sobre ti.
       *[no] Não tenho nenhum dado sobre si.
    }
mydata-caption = { $tu ->
        [yes] Isto é tudo o que o Lien guarda sobre ti. As mensagens trocadas nunca são guardadas.
       *[no] Isto é tudo o que o Lien guarda sobre si. As mensagens trocadas nunca são guardadas.
    }
forget-confirm = Apagar tudo? O teu perfil, os teus pedidos, a tua ligação e o histórico vão ser apagados de vez. A tua ligação em curso termina. Não dá para desfazer.
forget-yes = Sim, apagar tudo
forget-no = Não, guardar
forget-kept = Está bem, nada foi apagado.
forget-done = Feito: está tudo apagado. Cuida de ti! Se um dia quiseres voltar, envia /start.
