## Uma pergunta que ficou aberta tempo demais (handlers/stale.py)
conversation-expired = { $tu ->
        [yes] ⏳ A pergunta anterior ficou sem resposta mais de uma hora: não tomo esta mensagem como resposta. Volta a lançar o comando para continuar.
       *[no] ⏳ A pergunta anterior ficou sem resposta mais de uma hora: não tomo esta mensagem como resposta. Volte a lançar o comando para continuar.
    }
