# /partners — lido também pelos jovens: frases neutras, sem «tu» nem cortesia, sem «COPIL».
cmd-partners = Lista de parceiros

domain-health = Saúde
domain-mental_health = Saúde mental
domain-social = Apoio social
domain-job = Inserção profissional
domain-training = Formação
domain-housing = Habitação
domain-legal = Direito
domain-addiction = Dependências
domain-other = Outro

partners-home = <b>Lista de parceiros</b>
    Serviços profissionais que podem ajudar: escolher uma área, ou procurar um nome (também de uma vez: /partners caritas).
partners-closed = Lista fechada. /partners para a abrir outra vez.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] nenhum parceiro por agora.
        [one] um parceiro.
       *[other] { $count } parceiros.
    }
partners-found = { $count } parceiros encontrados:
partners-none = Nenhum parceiro se chama «{ $name }». Tentar uma parte do nome, ou uma área: /partners
partners-shared-yes = 🌍 Visível também para as outras equipas
partners-shared-no = 🏠 Visível só para a sua equipa
partners-edit = ✏️ Alterar
partners-share = 🌍 Partilhar com as outras equipas
partners-unshare = 🏠 Deixar de partilhar
partners-add = ➕ Acrescentar um parceiro
partners-add-domain = Em que área?
partners-skip = Saltar
partners-clear = Apagar este campo
partners-edit-which = O que quer alterar?
partners-field-name = Nome
partners-field-what = O que faz
partners-field-phone = Telefone
partners-field-email = E-mail
partners-field-address = Morada
partners-field-website = Site
partners-field-domain = Área
partners-ask-name = O nome? (de 2 a { $max } caracteres, /cancel para cancelar)
partners-ask-what = O que faz, numa frase? (no máximo { $max } caracteres)
partners-ask-phone = O telefone?
partners-ask-email = O e-mail?
partners-ask-address = A morada?
partners-ask-website = O site?
partners-bad-name = O nome deve ter de 2 a { $max } caracteres.
partners-bad-what = No máximo { $max } caracteres, por favor.
partners-bad-phone = Isto não é um número de telefone (algarismos, espaços, + no início). Outra vez?
partners-bad-email = Isto não é um endereço de e-mail (nome@exemplo.ch). Outra vez?
partners-bad-address = No máximo { $max } caracteres, por favor.
partners-bad-website = Isto não é um endereço de site (exemplo.ch ou https://exemplo.ch). Outra vez?
partners-saved = ✅ Guardado.
partners-search = 🔎 Procurar pelo nome
partners-ask-search = Que nome (ou parte dele)?
