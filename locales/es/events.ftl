# Eventos del COPIL: formaciones, intervisión, sesiones informativas.
# Los jóvenes nunca ven «intervisión»: para ellos es un encuentro con el equipo.

cmd-event = Crear una formación o un encuentro
cmd-events = Los eventos: respuestas, asistencia

event-kind-training = Formación
event-kind-intervision = Intervisión
event-kind-info = Sesión informativa
event-kind-meeting = Encuentro con el equipo

## /event (COPIL)
event-ask-kind = ¿Qué tipo de evento?
event-ask-title = ¿Su título? ({ $max } caracteres como máximo, /cancel para cancelar)
event-title-bad = El título debe tener de 2 a { $max } caracteres. Inténtelo de nuevo, o /cancel.
event-ask-when = ¿Cuándo? Por ejemplo «jueves 18h30» o «el 3 de diciembre a las 9h».
event-when-confirm = 📅 { $when }: ¿es correcto?
event-when-yes = ✅ Sí
event-when-no = ✏️ No, cambiar
event-ask-duration = ¿Cuánto dura? Por ejemplo «2h», «1h30», «90 min».
event-duration-bad = No he entendido esta duración (entre 1 minuto y 12 horas). Por ejemplo «1h30».
event-ask-place = ¿Dónde? Una dirección, una sala o un enlace para conectarse. ({ $max } caracteres como máximo)
event-place-bad = El lugar debe tener de 2 a { $max } caracteres. Inténtelo de nuevo, o /cancel.
event-ask-capacity = ¿Cuántas plazas? Un número (hasta { $max }), o 0 si no hay límite.
event-capacity-bad = Escriba un número de 1 a { $max }, o 0 para no limitar.
event-ask-audience = ¿A quién invitar?
event-preview =
    Esta es la invitación ({ $count ->
        [0] nadie por ahora
        [one] 1 persona
       *[other] { $count } personas
    }), con un archivo de calendario:
event-send = 📤 Enviar las invitaciones ({ $count })
event-created = Evento n.º { $id } creado: las invitaciones están saliendo. /events para ver las respuestas.
event-report =
    Invitaciones a «{ $title }» enviadas: { $sent ->
        [one] { $sent } persona la ha recibido
       *[other] { $sent } personas la han recibido
    }{ $unreachable ->
        [0] {""}
        [one] , { $unreachable } inalcanzable (ha bloqueado el bot)
       *[other] , { $unreachable } inalcanzables (han bloqueado el bot)
    }{ $failed ->
        [0] {""}
        [one] , { $failed } envío fallido
       *[other] , { $failed } envíos fallidos
    }. /events muestra las respuestas.
event-calendar-caption = El archivo de calendario enviado con la invitación.
event-gone = Este evento ya no existe.

## Lo que reciben las personas invitadas
event-line-when = 🕒 { $when } ({ $minutes } min)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } plaza
       *[other] { $capacity } plazas
    }
event-invite-question = { $tu ->
        [yes] ¿Vienes?
       *[no] ¿Viene?
    }
event-yes = ✅ Sí
event-maybe = 🤔 Quizá
event-no = ❌ No
event-answered-yes = { $tu ->
        [yes] Anotado: ¡vienes!
       *[no] Anotado: ¡viene!
    }
event-answered-maybe = Anotado: quizá.
event-answered-no = Anotado: esta vez no.
event-answered-waiting = { $tu ->
        [yes] Por ahora está completo: estás en la lista de espera. Te aviso si queda una plaza libre.
       *[no] Por ahora está completo: está en la lista de espera. Le aviso si queda una plaza libre.
    }
event-moved-up = { $tu ->
        [yes] 🎉 Ha quedado una plaza libre: ¡estás inscrito/a!
       *[no] 🎉 Ha quedado una plaza libre: ¡está inscrito/a!
    }
event-closed = Este evento ya ha empezado o se ha cancelado: ya no se puede responder.
event-reminder-day = { $tu ->
        [yes] ⏰ Recordatorio: ¡es mañana!
       *[no] ⏰ Recordatorio: es mañana.
    }
event-reminder-2h = ⏰ Recordatorio: dentro de dos horas.
event-change-moved = { $tu ->
        [yes] 📅 ¡Cambio de fecha! Este es el nuevo momento (el archivo de calendario está actualizado):
       *[no] 📅 Cambio de fecha. Este es el nuevo momento (el archivo de calendario está actualizado):
    }
event-change-cancelled = ✖️ Cancelado. Sentimos el cambio.

## /events (COPIL)
events-none = Ningún evento próximo. /event para crear uno.
events-title = <b>Eventos</b> (elija uno):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>Cancelado</b>
events-answers-yes = ✅ Sí ({ $count }): { $names }
events-answers-waiting = ⏳ Lista de espera ({ $count }): { $names }
events-answers-maybe = 🤔 Quizá ({ $count }): { $names }
events-answers-no = ❌ No ({ $count }): { $names }
events-came = 🙋 Asistentes ({ $count }): { $names }
events-attendance = 🙋 Asistencia
events-attendance-title = ¿Quién vino a «{ $title }»? Toque un nombre para marcarlo o desmarcarlo.
events-move = 🕒 Mover
events-cancel = ✖️ Cancelar el evento
events-cancel-confirm = ¿Cancelar «{ $title }»? Se avisará a todas las personas que han respondido.
events-cancel-yes = Sí, cancelar
events-cancelled = «{ $title }» está cancelado; las personas que respondieron están avisadas.
events-move-ask = ¿Nueva fecha para «{ $title }»? Por ejemplo «jueves 18h30». /cancel para mantener la fecha.
events-moved = «{ $title }» se ha movido al { $when }; las personas que respondieron están avisadas.
