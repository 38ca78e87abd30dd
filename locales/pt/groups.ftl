# Grupos de apoio entre pares. «tu» com os jovens e os pares de apoio.
# Um jovem lê «grupo» e «sessão», nunca «COPIL» nem «intervisão».

cmd-group = Criar um grupo de apoio entre pares
cmd-groups = Os meus grupos e as sessões
cmd-attendance = Registar quem veio a uma sessão

## /group (COPIL)
group-ask-name = O nome do grupo? (no máximo { $max } caracteres, /cancel para cancelar)
group-no-helpers = Ainda não há pares de apoio nesta equipa: convide alguém com /invite e recomece.
group-ask-helpers = Quem anima o grupo? Toque nos pares de apoio e depois «Continuar».
group-helpers-done = Continuar ▶
group-helpers-none = Escolha pelo menos um par de apoio.
group-ask-size = Quantos jovens no máximo? Toque em { $default } ou escreva um número (de 2 a { $max }).
group-size-bad = Escreva um número de 2 a { $max }.
group-ask-rhythm =
    Com que ritmo? Por exemplo «2.ª e 4.ª terça 18h», «todas as quintas 17h30», ou datas: «3.12 18h; 17.12 18h».
group-rhythm-bad = Não percebi este ritmo. Experimente «2.ª e 4.ª terça 18h» ou «3.12 18h; 17.12 18h».
group-rhythm-past = «{ $date }» já passou. Tire esta data, ou escreva-a com o ano se for mesmo no próximo ano («24.11.2027 18h»).
group-confirm = Grupo <b>{ $name }</b>, no máximo { $size } jovens, { $count ->
        [one] { $count } sessão prevista
       *[other] { $count } sessões previstas
    }:
group-create = ✅ Criar o grupo
group-created =
    Grupo <b>{ $name }</b> criado. O link para entrar (para dar aos jovens):
    { $link }
group-helper-told =
    Animas o grupo <b>{ $name }</b>. /groups mostra as sessões. O link para entrar:
    { $link }

## Entrar
group-full = O grupo { $name } está cheio por agora. Fala com a pessoa que te deu o link.
group-joined = Bem-vindo(a) ao grupo <b>{ $name }</b>! As próximas sessões:
group-ask-join = ➕ Entrar em «{ $name }»
group-ask-mentor = 🙋 Pedir um/a mentor/a
group-ask-which = A partir de que grupo queres pedir um/a mentor/a?
group-asked = Pedido feito: vais ter uma resposta aqui.
group-already = Já pediste ou já estás neste grupo.
group-request = { $name } pede para entrar no grupo { $group }. { $tu ->
    [yes] Aceitas o pedido?
   *[no] Aceita o pedido?
}
group-accept = ✅ Aceitar
group-decline = Recusar
group-accepted = Feito: a pessoa entrou em { $name }.
group-declined = Está bem, o pedido foi recusado.
group-youth-none = Por agora não estás em nenhum grupo.
group-leave = Sair de «{ $name }»
group-leave-confirm = Queres sair do grupo <b>{ $name }</b>? Deixas de receber os lembretes. Podes voltar a pedir para entrar quando quiseres, com /groups.
group-leave-yes = Sim, saio do grupo
group-leave-no = Não, fico
group-left = Feito, saíste de <b>{ $name }</b>. Obrigado por teres participado! Se te apetecer voltar, /groups está aí.
group-stayed = Está bem, ficas em <b>{ $name }</b>.
group-not-member = Já não fazes parte deste grupo.

## /groups (pares de apoio, COPIL)
group-led-none = Nenhum grupo por agora.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } jovens
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Sim ({ $count }): { $names }
group-answers-no = ❌ Não ({ $count }): { $names }
group-answers-none = ⏳ Ainda sem resposta ({ $count }): { $names }
group-set-details = 📍 Local e tema
group-cancel-session = ✖️ Cancelar a sessão
group-session-cancelled-mark = (cancelada)
group-ask-details = Sessão de { $when }: o local, e depois o tema a seguir a um ponto e vírgula. Por exemplo «Casa do bairro; CV e entrevistas».
group-details-bad = { $tu ->
        [yes] Escreve o local (de 2 a 120 caracteres) e, se quiseres, «;» e o tema.
       *[no] Escreva o local (de 2 a 120 caracteres) e, se quiser, «;» e o tema.
    }
group-details-set = Anotado: { $line }
group-cancel-confirm = Cancelar a sessão de { $when } ({ $name })? Os jovens do grupo vão ser avisados.
group-session-cancelled = A sessão de { $when } está cancelada; os jovens foram avisados.

## O que recebem os jovens
group-message-day = ⏰ Amanhã há sessão do grupo <b>{ $group }</b>. Vens?
group-message-2h = ⏰ Daqui a duas horas, sessão do grupo <b>{ $group }</b>.
group-message-cancelled = ✖️ A sessão do grupo <b>{ $group }</b> foi cancelada.
group-yes = ✅ Sim
group-no = ❌ Não
group-answered-yes = Anotado, até já!
group-answered-no = Anotado. Talvez para a próxima!

## /attendance
group-attendance-none = Não houve sessões nas duas últimas semanas.
group-attendance-which = Que sessão?
group-attendance-title = { $name }, { $when }: { $count ->
        [one] { $count } presente
       *[other] { $count } presentes
    }. { $tu ->
        [yes] Toca num nome para marcar ou desmarcar.
       *[no] Toque num nome para marcar ou desmarcar.
    }
group-sessions-all = 🗓 Todas as próximas sessões
group-sessions-title = <b>{ $name }</b>: { $count } sessão(ões) a seguir
rating-ask = ⭐ Obrigado por teres vindo à sessão de ajuda entre pares «{ $group }»! Como foi? (1 = fraco, 5 = ótimo) A tua nota fica anónima.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = Obrigado pela tua nota! 💛
rating-average = ⭐ Sessão «{ $group }» de { $day }: { $stars } em 5, em média ({ $count } notas dos jovens que vieram). As notas seguintes contam nos números da equipa, sem nova mensagem, para que ninguém seja reconhecível.
