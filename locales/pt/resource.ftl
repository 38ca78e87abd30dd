# /resource (COPIL) e /support (mentores) — cortesia.
cmd-resource = Pessoas de referência dos mentores
cmd-support = Escrever à minha pessoa de referência

resource-title = <b>Pessoas de referência</b> (toque num(a) mentor(a) para mudar)
resource-nobody = ninguém por agora
resource-no-mentor = Nenhum(a) mentor(a) ativo(a) nas suas equipas.
resource-choose = Quem vai ser a pessoa de referência de { $name }?
resource-done = ✅ { $copil } é a pessoa de referência de { $name }.
resource-told-mentor = A sua pessoa de referência é agora { $name }, do COPIL. Para lhe escrever: /support
resource-told-copil = É agora a pessoa de referência de { $name }. As mensagens /support dessa pessoa chegam-lhe aqui; responda à mensagem (ou toque no nome) para lhe responder.
support-nobody = Ainda não tem pessoa de referência. O COPIL atribui-lhe uma com /resource.
support-ready = As suas próximas mensagens vão para <b>{ $name }</b>, a sua pessoa de referência, através do bot. Escreva agora. (/talk para voltar a escrever a um(a) jovem.)
wellbeing-ask = 🌿 Uma pergunta do trimestre, só para si: como se sente neste momento como voluntário/a? (A sua resposta fica com o COPIL, para os números do programa.)
wellbeing-support = Obrigado. Precisaria de apoio?
wellbeing-support-yes = Sim, gostaria de falar
wellbeing-support-no = Não, obrigado
wellbeing-support-sent = Foi transmitido à sua pessoa de referência, que entrará em contacto consigo. Obrigado por tudo o que faz. 💛
wellbeing-thanks = Obrigado pela sua resposta e por tudo o que faz. 💛
wellbeing-already = Já respondeu a esta pergunta.
wellbeing-support-asked = 🌿 { $name } gostaria de apoio (pergunta do trimestre sobre o bem-estar dos voluntários). Entre em contacto quando puder.
