# Envíos del COPIL. «usted» con el COPIL, «tú» con los jóvenes.

cmd-broadcast = Enviar una noticia al equipo
cmd-broadcasts = Los envíos recientes y programados
cmd-news = Recibir las noticias o no

## /broadcast (COPIL)
broadcast-ask-audience = ¿A quién enviar el mensaje?
broadcast-audience-mentors = Los mentores y mentoras
broadcast-audience-peer_helpers = Los pares de apoyo
broadcast-audience-youths = Los jóvenes que quieren las noticias
broadcast-audience-everyone = Todo el mundo
broadcast-ask-team = ¿Para qué equipo?
broadcast-all-teams = Todos los equipos
broadcast-ask-content =
    Envíe el mensaje tal como debe salir: texto (negrita, cursiva, enlaces permitidos), o una foto o un documento con un pie de foto ({ $max } caracteres como máximo).
    /cancel para cancelar.
broadcast-content-bad = Envíe texto, una foto o un documento (uno solo). O /cancel.
broadcast-lost = Este borrador ya no está. Empiece de nuevo con /broadcast.
broadcast-preview-title = Vista previa, exactamente como lo recibirán las personas:
broadcast-preview-for =
    Para: <b>{ $audience }</b>, { $where } — { $count ->
        [0] nadie por ahora
        [one] 1 persona
       *[other] { $count } personas
    }.
broadcast-send-now = 📤 Enviar ahora ({ $count })
broadcast-schedule = 🕒 Programar
broadcast-change = ✏️ Cambiar el mensaje
broadcast-stop = Cancelar
broadcast-nobody = Por ahora nadie recibe este mensaje: no ha salido nada.
broadcast-sending = En marcha (envío n.º { $id }). Le mando un resumen cuando todo esté entregado. /broadcasts muestra el avance.
broadcast-ask-when = ¿Cuándo enviarlo? Por ejemplo «mañana 9h», «jueves 18h30», «el 3 de diciembre a las 8h».
broadcast-when-bad = No he entendido esta fecha. Pruebe «mañana 9h» o «el 3 de diciembre a las 8h», o /cancel.
broadcast-when-past = Ese momento ya ha pasado. Indique una fecha futura, o /cancel.
broadcast-when-too-far = Está demasiado lejos: como máximo { $years } años antes. ¿Qué fecha?
broadcast-when-no-time = ¿A qué hora? Por ejemplo «jueves 18h30», o /cancel.
broadcast-scheduled = Programado para el { $when }. /broadcasts para cancelarlo.
broadcast-report =
    Envío n.º { $id } terminado: { $sent ->
        [one] { $sent } enviado
       *[other] { $sent } enviados
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } inalcanzable (ha bloqueado el bot)
       *[other] , { $unreachable } inalcanzables (han bloqueado el bot)
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } fallidos
    }.

## /broadcasts (COPIL)
broadcasts-none = Ningún envío por ahora. /broadcast para enviar uno.
broadcasts-title = <b>Envíos</b>
broadcasts-line-scheduled = 🕒 n.º { $id } — programado { $when } — { $audience }, { $where }
broadcasts-line-sending = 📤 n.º { $id } — en curso — { $audience }, { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ n.º { $id } — { $when } — { $audience }, { $where } — { $sent }/{ $total } { $total ->
        [one] enviado
       *[other] enviados
    }, { $unreachable } { $unreachable ->
        [one] inalcanzable
       *[other] inalcanzables
    }, { $failed } fallidos
broadcasts-line-cancelled = ✖️ n.º { $id } — cancelado — { $audience }, { $where }
broadcasts-cancel = ✖️ Cancelar n.º { $id } ({ $when })
broadcasts-cancelled = Envío n.º { $id } cancelado.
broadcasts-too-late = Demasiado tarde: ya ha salido o está cancelado.

## /news (jóvenes)
news-on = Recibes las noticias del equipo (formaciones, actividades, información).
news-off = No recibes las noticias del equipo. Puedes cambiarlo cuando quieras.
news-turn-on = 🔔 Recibir las noticias
news-turn-off = 🔕 Dejar de recibirlas
