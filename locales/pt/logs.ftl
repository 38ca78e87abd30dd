# /log, /history, /hours (mentores, COPIL) — cortesia.

## Tipos de acompanhamento (storage.models.KINDS)
kind-one_off = Pontual
kind-long_term = De longa duração
kind-collective = Coletivo
kind-relay = Encaminhamento para um(a) profissional

## /log
log-who = Para quem? Toque num nome, ou escreva tudo numa frase, por exemplo: «ontem 45 min com Samir, casa».
log-who-pending = «{ $name }» não é um dos seus jovens no Lien. Se acompanha esta pessoa fora do bot, toque no nome dela aqui em baixo.
log-button-offline-new = ➕ { $name } (fora do bot)
log-button-offline-other = ➕ Uma pessoa acompanhada fora do bot
log-button-group = 👥 Um grupo
log-ask-offline = A alcunha ou as iniciais? Só o(a) senhor(a) as vai ver. (no máximo { $max } caracteres)
log-offline-bad = Uma alcunha ou iniciais, de 1 a { $max } caracteres, por favor.
log-ask-group = Que grupo? Por exemplo «futebol de terça». (no máximo { $max } caracteres)
log-group-bad = O nome do grupo deve ter de 1 a { $max } caracteres.
log-ask-kind = Que tipo de acompanhamento?
log-ask-when = Quando? Toque num botão ou escreva a data («terça», «12.11»).
log-today = Hoje
log-yesterday = Ontem
log-before-yesterday = Anteontem
log-date-future = Esse dia ainda não passou: um acompanhamento regista-se depois de feito. Que dia foi?
log-date-too-old = Foi há mais de um ano: um acompanhamento regista-se dentro do ano. Que dia foi?
log-date-unknown = Não percebi esta data. Experimente «ontem», «terça» ou «12.11».
log-ask-minutes = Quanto tempo? Toque num botão ou escreva («1h30», «20 min»).
log-minutes-bad = A duração deve estar entre 1 minuto e { $max } horas. Quanto tempo?
log-minutes-unknown = Não percebi esta duração. Experimente «45», «1h30» ou «2 horas».
log-ask-partner = Para que parceiro? Toque num nome ou escreva-o.
log-partner-unknown = «{ $name }» não está na lista de parceiros. Mantenha este nome tal como está, ou escolha um parceiro (também pode escrever outro nome).
log-partner-keep = ✍️ Manter «{ $name }»
log-partner-several = Há vários parceiros que correspondem: qual?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (fora do bot)
log-who-group = 👥 Grupo «{ $name }»
log-who-forgotten = 👤 (pessoa apagada)
log-summary-title = <b>O seu acompanhamento</b>
log-summary-themes-none = 🏷 Temas: toque em pelo menos um aqui em baixo
log-summary-note = 📝 Nota cifrada: { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }
log-summary-no-note = 📝 Sem nota. Para acrescentar uma, escreva-a aqui: fica cifrada e só o(a) senhor(a) a lê.
log-summary-check = Verifique e depois «Guardar». Nada é guardado antes.
log-save = ✅ Guardar
log-edit = ✏️ Alterar
log-discard = ✖️ Descartar
log-themes-needed = Escolha pelo menos um tema.
log-note-too-long = Esta nota tem { $length } caracteres: no máximo { $max }. Encurte-a e volte a enviá-la; o resto do acompanhamento fica guardado.
log-note-kept = 📝 Nota acrescentada, cifrada.
log-saved = ✅ Guardado: { $minutes } min, { $when }. Obrigado!
log-saved-already = ✅ Este acompanhamento já está guardado, uma só vez.
log-updated = ✅ Acompanhamento alterado.
log-edit-which = O que quer alterar?
log-edit-who = Para quem
log-edit-kind = Tipo de acompanhamento
log-edit-when = Data
log-edit-minutes = Duração
log-edit-partner = Parceiro
log-edit-note = 🗑 Apagar a nota
log-not-understood = Não reconheci nada. Toque num botão, ou escreva por exemplo «ontem 45 min com Samir, casa».
log-sentence-duration = «{ $text }»: uma duração deve estar entre 1 minuto e { $max } horas. Nada foi guardado.
log-sentence-future = «{ $text }» ainda não passou: um acompanhamento regista-se depois de feito. Nada foi guardado.
log-sentence-too-old = «{ $text }» foi há mais de um ano: um acompanhamento regista-se dentro do ano. Nada foi guardado.
log-discarded = Está bem, nada foi guardado.
log-use-buttons = Toque num dos botões aqui em cima, ou /cancel.
log-gone = Este acompanhamento já não existe ou já não pode ser alterado (no máximo 30 dias).
log-stale = Tinha começado um acompanhamento há algum tempo. Esta mensagem é para esse acompanhamento? Se sim, volte a enviá-la. Se era para um(a) jovem, ponha o acompanhamento de lado e volte a enviá-la: vai para o seu jovem.
log-set-aside = ⏸ Pôr o acompanhamento de lado
log-was-set-aside = ⏸ Acompanhamento posto de lado, nada se perde: /log para o retomar. As suas mensagens voltam a ir para os seus jovens.
log-resumed = ▶ O seu acompanhamento posto de lado continua aqui.

## Menu de comandos
cmd-log = Registar um acompanhamento
cmd-history = Os meus últimos acompanhamentos
cmd-hours = { $role ->
        [copil] Tempo da equipa (reembolso)
       *[other] O meu tempo (reembolso)
    }

## /history
history-none = Nenhum acompanhamento registado por agora. /log para registar um.
history-title = <b>Os seus últimos acompanhamentos</b>
history-tap = Toque num acompanhamento dos últimos 30 dias para o ver, alterar ou apagar.
history-delete = 🗑 Apagar
history-delete-confirm = Apagar este acompanhamento? É definitivo.
history-delete-yes = Sim, apagar
history-deleted = 🗑 Acompanhamento apagado.
history-note-unreadable = 📝 Nota ilegível: a chave de cifra mudou entretanto.

## /hours
hours-title = <b>O seu tempo</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV de { $month }
hours-csv-caption = O seu tempo de { $month }: { $total }. Datas, tipos, minutos, temas e parceiros; sem nomes nem notas. Pode passá-lo ao COPIL.
hours-col-date = data
hours-col-kind = tipo de acompanhamento
hours-col-minutes = minutos
hours-col-themes = temas
hours-col-partner = parceiro
hours-col-kind-code = código do tipo
hours-col-theme-codes = códigos dos temas
hours-col-team = equipa
hours-col-mentor = mentor(a)
hours-col-total = total (minutos)
hours-which-month = Que mês?
hours-team-title = <b>Tempo dos mentores, { $month }</b>
hours-team-none = Nenhum acompanhamento registado.
hours-year = 📅 Os últimos 12 meses
hours-team-summary =
    <b>Tempo dos mentores, { $month }</b>
    { $mentors } mentores em { $teams } equipa(s): { $total } no total.
    O detalhe por mentor(a) está no ficheiro abaixo.
