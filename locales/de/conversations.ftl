## Eine Frage, die zu lange offen blieb (handlers/stale.py)
conversation-expired = { $tu ->
        [yes] ⏳ Die Frage von vorhin blieb über eine Stunde offen: Ich nehme diese Nachricht nicht als Antwort. Starte den Befehl neu, um weiterzumachen.
       *[no] ⏳ Die Frage von vorhin blieb über eine Stunde offen: Ich nehme diese Nachricht nicht als Antwort. Starten Sie den Befehl neu, um weiterzumachen.
    }
