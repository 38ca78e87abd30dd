## Who sends a broadcast, an invitation or a reminder (the message's first line)
sent-by-team = 📣 <b>The team · { $team }</b>
sent-by-copil = 📣 <b>The COPIL · { $team }</b>
broadcast-too-long = This message is too long for a broadcast: { $limit } characters at most (its first line says it comes from the COPIL). Shorten it and send it again, or /cancel.
