## Una domanda rimasta aperta troppo a lungo (handlers/stale.py)
conversation-expired = { $tu ->
        [yes] ⏳ La domanda di prima è rimasta senza risposta per più di un'ora: non prendo questo messaggio come risposta. Rilancia il comando per riprendere.
       *[no] ⏳ La domanda di prima è rimasta senza risposta per più di un'ora: non prendo questo messaggio come risposta. Rilanci il comando per riprendere.
    }
