## Una pregunta que quedó abierta demasiado tiempo (handlers/stale.py)
conversation-expired = { $tu ->
        [yes] ⏳ La pregunta anterior se quedó sin respuesta más de una hora: no tomo este mensaje como respuesta. Vuelve a lanzar el comando para seguir.
       *[no] ⏳ La pregunta anterior se quedó sin respuesta más de una hora: no tomo este mensaje como respuesta. Vuelva a lanzar el comando para seguir.
    }
