## Qui envoie une diffusion, une invitation ou un rappel (première ligne du message)
sent-by-team = 📣 <b>L'équipe · { $team }</b>
sent-by-copil = 📣 <b>Le COPIL · { $team }</b>
broadcast-too-long = Ce message est trop long pour une diffusion : { $limit } caractères au plus (la première ligne dit qu'il vient du COPIL). Raccourcissez-le et renvoyez-le, ou /cancel.
