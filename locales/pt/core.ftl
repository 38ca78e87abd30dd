# Lien — textos de base (português europeu). O francês é a referência.
# «tu» com os jovens e os pares de apoio; com mentores e o COPIL, a forma de cortesia
# na 3.ª pessoa («pode», «o seu»). Um jovem nunca vê «COPIL»: para ele é «a equipa».

## Esta língua: o seu nome nela própria (botões de /language) e o locale Babel (datas)
language-name = Português
language-locale = pt_PT

## Dates: Babel patterns
when-moment = EEEE, d 'de' MMMM 'às' HH:mm
when-moment-year = EEEE, d 'de' MMMM 'de' y 'às' HH:mm
when-day = EEEE, d 'de' MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Papéis
role-youth = jovem
role-mentor = mentor(a)
role-peer_helper = par de apoio
role-copil = membro do COPIL
roles-youth = Jovens
roles-mentor = Mentores
roles-peer_helper = Pares de apoio
roles-copil = COPIL
whole-programme = todo o programa

## Menu de comandos
cmd-start = Começar
cmd-help = O que posso fazer aqui
cmd-language = Mudar de língua
cmd-cancel = Cancelar o que está em curso
cmd-invite = Convidar uma pessoa
cmd-people = As pessoas da equipa
cmd-teams = As equipas

## Primeiro contacto
choose-language = { $tu ->
        [yes] Olá! 👋 Escolhe a tua língua. / Choose your language.
       *[no] Olá! 👋 Escolha a sua língua. / Choose your language.
    }
language-set = { $tu ->
        [yes] Combinado: falo contigo em português.
       *[no] Combinado: falo consigo em português.
    }
intro-youth =
    O <b>Lien</b> põe-te em contacto com um(a) mentor(a): uma pessoa voluntária do teu bairro, do teu clube ou da tua comunidade, que te pode ajudar com o trabalho, uma formação, a casa ou outra coisa.

    • És tu que decides. Ninguém te escreve se não pedires, e podes parar quando quiseres.
    • É confidencial. O teu mentor ou a tua mentora não vê o teu número nem o teu nome de utilizador.
    • Os mentores são voluntários. Para a saúde ou uma urgência, mostramos-te os serviços certos.

    Para continuar, guardo o teu nome do Telegram e a tua língua. Podes apagar tudo a qualquer momento com /forget.
invite-intro-mentor =
    Bem-vindo(a)! Está convidado(a) a juntar-se ao <b>Lien</b> como mentor(a), equipa <b>{ $team }</b>.

    Guardo o seu nome do Telegram e a sua língua para que a equipa o(a) possa contactar. Está de acordo?
invite-intro-peer_helper =
    Bem-vindo(a)! Estás convidado(a) a juntar-te ao <b>Lien</b> como par de apoio, equipa <b>{ $team }</b>.

    Guardo o teu nome do Telegram e a tua língua para que a equipa te possa contactar. Está bem?
invite-intro-copil =
    Bem-vindo(a)! Está convidado(a) a juntar-se ao <b>Lien</b> como membro do COPIL ({ $team }).

    Guardo o seu nome do Telegram e a sua língua. Está de acordo?
invite-intro-youth =
    Bem-vindo(a)! Estás convidado(a) a juntar-te ao <b>Lien</b>, equipa <b>{ $team }</b>.

    Guardo o teu nome do Telegram e a tua língua. Está bem?
consent-yes = ✅ Está bem
consent-no = Não, obrigado
consent-declined = Não faz mal, não guardei nada. /start para voltar, quando quiseres.
welcome-youth = Obrigado, { $name }! Já estás inscrito(a).
welcome-mentor = Obrigado, { $name }! Agora é mentor(a) no Lien.
welcome-peer_helper = Obrigado, { $name }! Agora és par de apoio no Lien.
welcome-copil = Obrigado, { $name }! Agora é membro do COPIL.
welcome-back = Olá outra vez, { $name }!

## Links de convite
# Lidos também por pessoas ainda não inscritas (mentores incluídos): nem «tu» nem cortesia.
link-invalid = Este link não é válido: talvez esteja incompleto. A pessoa que o deu pode enviar um novo.
link-unknown = Este link não é válido. A pessoa que o deu pode enviar um novo.
link-used = Este link já foi usado: cada link só funciona uma vez. A pessoa que o deu pode enviar um novo.
link-expired = Este link expirou. A pessoa que o deu pode enviar um novo.

## Ajuda, por papel
help-stranger = Para começar: /start
help-youth =
    O que podes fazer:
    /request — pedir contacto com um(a) mentor(a)
    /talk — escolher a quem escreves
    /stop — terminar a tua ligação ou o teu pedido
    /mydata — ver o que o Lien guarda sobre ti
    /forget — apagar tudo
    /news — receber ou não as novidades da equipa
    /groups — os teus grupos de apoio entre pares e as sessões
    /partners — serviços profissionais que te podem ajudar
    /help — ver esta mensagem outra vez
    /language — mudar de língua
    /cancel — cancelar o que está em curso
help-mentor =
    O que pode fazer:
    /log — registar um acompanhamento, por exemplo «/log ontem 45 min com Samir, casa»
    /history — os seus últimos acompanhamentos: ver, alterar, apagar
    /hours — o seu tempo do mês, com um CSV para o reembolso
    /partners — a lista de parceiros
    /support — escrever à sua pessoa de referência
    /mylink — o seu link pessoal para dar a um(a) jovem
    /talk — escolher a que jovem escreve
    /end — terminar um acompanhamento
    /available — voltar a receber pedidos depois de uma pausa
    /help — ver esta mensagem outra vez
    /language — mudar de língua
    /cancel — cancelar o que está em curso
help-peer_helper =
    O que podes fazer:
    /groups — os grupos que animas: sessões, local e tema, pedidos para entrar
    /attendance — depois de uma sessão, marcar quem veio
    /partners — a lista de serviços profissionais, para orientar um(a) jovem
    /mydata — ver o que o Lien guarda sobre ti
    /forget — apagar tudo
    /help — ver esta mensagem outra vez
    /language — mudar de língua
    /cancel — cancelar o que está em curso
help-copil =
    O que pode fazer:
    /invite — convidar um(a) mentor(a), um par de apoio ou um membro do COPIL
    /people — as pessoas da equipa; desativar alguém
    /alerts — os alertas abertos da rede de segurança: pegar, escrever, fechar
    /teams — criar ou mudar o nome de uma equipa
    /assign — entregar um pedido pendente a um(a) mentor(a)
    /emergency — os números de urgência mostrados aos jovens
    /hours — o tempo dos mentores por mês (mensagem e CSV)
    /stats — os números para os financiadores: gráficos, CSV, Excel
    /rhythms — por equipa, os dias de silêncio e o ritmo dos check-ins
    /resource — dar uma pessoa de referência a cada mentor(a)
    /talk — escolher a que mentor(a) responde
    /broadcast — enviar uma novidade (mentores, pares de apoio, jovens)
    /broadcasts — os envios recentes e programados
    /partners — a lista de parceiros: procurar, acrescentar, alterar, partilhar
    /event — criar uma formação, uma intervisão ou uma sessão de informação
    /events — os eventos: respostas, presenças, mudar, cancelar
    /group — criar um grupo de apoio entre pares
    /groups — os grupos das suas equipas e as sessões
    /attendance — depois de uma sessão, marcar quem veio
    /help — ver esta mensagem outra vez
    /language — mudar de língua
    /cancel — cancelar o que está em curso

## Respostas gerais
nothing-to-cancel = { $tu ->
        [yes] Não há nada em curso. /help mostra o que podes fazer.
       *[no] Não há nada em curso. /help mostra o que pode fazer.
    }
cancelled = Cancelado. Nada foi alterado.
unknown-command = { $tu ->
        [yes] Não conheço este comando. /help mostra o que podes fazer.
       *[no] Não conheço este comando. /help mostra o que pode fazer.
    }
stray-text = { $tu ->
        [yes] Não percebi. /help mostra o que podes fazer.
       *[no] Não percebi. /help mostra o que pode fazer.
    }
stray-text-stranger = Olá! Para começar: /start
button-unknown = Este botão já não é válido.
button-close = Fechar
button-back = ◀ Voltar
answer-can-change = { $tu ->
        [yes] Podes mudar a tua resposta aqui.
       *[no] Pode mudar a sua resposta aqui.
    }
not-allowed = { $tu ->
        [yes] Não podes fazer isto.
       *[no] Não pode fazer isto.
    }
access-closed = { $tu ->
        [yes] O teu acesso ao Lien está fechado. Se for um erro, fala com a equipa.
       *[no] O seu acesso ao Lien está fechado. Se for um erro, fale com a equipa.
    }
group-write-privately = Para falar comigo, escreve-me em privado: aqui toda a gente pode ler.
error-nothing-lost = Ups, alguma coisa falhou do meu lado. Nada se perdeu: basta tentar outra vez.

## /invite (COPIL)
invite-which-role = Quem quer convidar?
invite-which-team = Em que equipa ({ $role })?
invite-link =
    Aqui está o link para um(a) { $role }, equipa <b>{ $team }</b>:
    { $link }

    Só funciona uma vez, até { $until }. Envie-o apenas a essa pessoa.
invite-closed = Está bem, sem convite.

## /people (COPIL)
people-which-team = Que equipa?
people-title = <b>Equipa { $team }</b>
people-none = Ninguém por agora.
people-inactive-mark = (desativado/a)
people-button-off = ⏸ Desativar { $name }
people-button-on = ▶ Reativar { $name }
people-deactivate-confirm = Desativar { $name }? As suas funções param na próxima mensagem. Pode reativar depois.
people-deactivate-yes = Sim, desativar
people-deactivated = { $name } está desativado/a.
people-reactivated = { $name } está reativado/a.

## /teams (COPIL)
teams-title = <b>Equipas</b>
teams-rename = ✏️ Mudar o nome de { $name }
teams-new = ➕ Nova equipa
teams-closed = Está bem.
teams-ask-new-name = Que nome para a nova equipa? (no máximo { $max } caracteres, /cancel para cancelar)
teams-ask-rename = Novo nome para «{ $name }»? (no máximo { $max } caracteres, /cancel para cancelar)
teams-name-bad = O nome deve ter de 2 a { $max } caracteres. Tente outra vez, ou /cancel.
teams-name-taken = Já há uma equipa chamada «{ $name }». Escolha outro nome, ou /cancel.
teams-created = Equipa «{ $name }» criada.
teams-renamed = Feito: a equipa agora chama-se «{ $name }».

# What a request or a follow-up is about (storage.models.THEMES)
theme-work = Trabalho
theme-training = Formação
theme-housing = Casa
theme-money = Dinheiro
theme-health = Saúde
theme-family = Família
theme-papers = Papéis e burocracia
theme-loneliness = Solidão
theme-other = Outro

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 bloqueou o bot
blocked-mentor = 🚫 As mensagens do bot deixaram de chegar a <b>{ $name }</b> por agora: o bot foi provavelmente bloqueado. Está no seu direito. Nada do que o bot tinha para enviar se perde: será entregue quando voltar. Não tem de fazer nada.
