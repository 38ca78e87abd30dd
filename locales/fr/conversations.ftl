## Une question restée ouverte trop longtemps (handlers/stale.py)
conversation-expired = { $tu ->
        [yes] ⏳ La question d'avant est restée sans réponse plus d'une heure : je ne prends pas ce message pour elle. Relance la commande pour reprendre.
       *[no] ⏳ La question d'avant est restée sans réponse plus d'une heure : je ne prends pas ce message pour elle. Relancez la commande pour reprendre.
    }
