# Lo que el COPIL hace con una alerta de seguridad: repeticiones, escribir al/a la joven,
# cerrar con un resultado, /alerts. «usted» con el COPIL; un/a joven lee «el equipo».
safety-copil-said-repeat = ⏰ <b>Nadie la ha tomado todavía</b>, { $minutes } min después de la primera alerta. El mensaje solo está en la primera alerta.
cmd-alerts = Alertas de la red de seguridad
# Lo que un/a joven lee como remitente de los mensajes de quien se encarga.
alert-team = El equipo
# Las copias de quien se encarga, una vez tomada.
alert-yours = ✅ Usted se encarga
alert-write = ✍️ Escribir al/a la joven
alert-close = ✔️ Cerrar la alerta
alert-close-ask = ¿Cómo termina la alerta n.º { $id }? Solo se guarda el resultado, nunca un texto.
alert-outcome-safe = 🟢 A salvo
alert-outcome-emergency = 🚑 En manos de urgencias
alert-outcome-professional = 🩺 Derivado/a a un/a profesional
alert-outcome-no_answer = 🔇 Sin respuesta
alert-outcome-false_alarm = ⚪ Falsa alarma
alert-outcome-other = ➖ Otro
alert-keep = ◀ Todavía no
alert-kept = La alerta n.º { $id } sigue abierta.
alert-closed = ✔️ Alerta n.º { $id } cerrada: { $outcome }.
alert-closed-label = ✔️ Cerrada: { $outcome }
alert-closed-by = Alerta cerrada por { $name }: { $outcome }.
# /alerts
alerts-none = Ninguna alerta abierta. 🌿
alerts-title = <b>Alertas abiertas: { $count }</b>
    Primero las que nadie ha tomado. El mensaje solo está en la propia alerta.
alerts-line-open = 🆘 <b>n.º { $id }</b> · { $who } · { $category } ({ $level }) · nadie la ha tomado, desde hace { $age }
alerts-line-taken = ✅ n.º { $id } · { $who } · { $category } ({ $level }) · tomada por { $owner } en { $took } · desde hace { $age }
alerts-stranger = alguien aún no inscrito
alerts-closed-title = <b>Cerradas en los últimos 7 días: { $count }</b>
alerts-line-closed = ✔️ n.º { $id } · { $who } · { $category } ({ $level }) · cerrada por { $closer }: { $outcome } · abierta durante { $lasted }
alerts-take = 🙋 n.º { $id }: me encargo yo
alerts-write = ✍️ n.º { $id }: escribir
alerts-close = ✔️ n.º { $id }: cerrar
alerts-age-min = { $n } min
alerts-age-h = { $n } h
alerts-age-d = { $n } d
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ Repetición de las alertas
alerts-repeat-which = ¿Repeticiones de qué equipo?
alerts-repeat-now = Equipo { $team }: una alerta que nadie ha tomado vuelve a enviarse a todo el COPIL cada <b>{ $minutes } min</b>, hasta que alguien la tome. Cambiar:
alerts-repeat-choice = { $minutes } min
alerts-repeat-back = ◀ Volver a las alertas
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = n.º { $id } · alguien aún no inscrito
safety-copil-said-model =
    { $said }
    Las palabras que más pesaron para el modelo: { $text }
