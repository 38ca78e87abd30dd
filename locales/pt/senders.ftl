## Quem envia uma novidade, um convite ou um lembrete (primeira linha da mensagem)
sent-by-team = 📣 <b>A equipa · { $team }</b>
sent-by-copil = 📣 <b>O COPIL · { $team }</b>
broadcast-too-long = Esta mensagem é demasiado longa para um envio: no máximo { $limit } caracteres (a primeira linha diz que vem do COPIL). Encurte-a e volte a enviá-la, ou /cancel.
