## Quién envía una noticia, una invitación o un recordatorio (primera línea del mensaje)
sent-by-team = 📣 <b>El equipo · { $team }</b>
sent-by-copil = 📣 <b>El COPIL · { $team }</b>
broadcast-too-long = Este mensaje es demasiado largo para un envío: { $limit } caracteres como máximo (la primera línea dice que viene del COPIL). Acórtelo y vuelva a enviarlo, o /cancel.
