# Ningún vínculo se apaga en silencio, y la pausa de los mentores («usted» a los mentores,
# «tú» a los jóvenes).
silence-nudge = 🌱 Sin noticias con { $name } desde hace { $days } días. ¿Unas palabras, o un seguimiento que anotar?
silence-log = 📝 Anotar un seguimiento
silence-write = ✉️ Escribirle
silence-ask = 🌱 Hace tiempo que no hay mensajes entre { $name } y tú. ¿Quieres mantener este vínculo?
silence-keep = Sí, lo mantengo
silence-later = Más tarde
silence-stop = Prefiero terminar
silence-keep-done = 👍 Anotado, el vínculo continúa. { $tu ->
    *[yes] Escribe cuando quieras, tu mentor/a está avisado/a.
    [no] Escriba cuando quiera.
}
silence-later-done = Vale, te lo volveremos a preguntar más tarde. El vínculo continúa.
silence-stop-done = Hecho, el vínculo ha terminado. ¡Gracias por este trozo de camino! Puedes hacer otra solicitud cuando quieras con /request.
silence-already-ended = Este vínculo ya ha terminado. Puedes hacer otra solicitud cuando quieras con /request.
silence-kept-mentor = 🌱 { $name } quiere mantener el vínculo con usted. Unas palabras le harán ilusión.
silence-stopped-mentor = { $name } ha preferido terminar el vínculo, por falta de contacto estos últimos tiempos. Gracias por lo que han hecho juntos.
silence-warn-youth = 🌱 Si no hay noticias tuyas ni de { $name }, este vínculo se cerrará dentro de una semana. Basta un mensaje para mantenerlo. Y siempre podrás hacer otra solicitud con /request.
silence-warn-mentor = 🌱 Si no hay noticias entre usted y { $name }, este vínculo se cerrará dentro de una semana. Basta un mensaje o un seguimiento anotado para mantenerlo.
silence-closed-youth = Este vínculo con { $name } está cerrado, por falta de contacto desde hace { $days } días. ¡Gracias por este trozo de camino! Puedes hacer otra solicitud cuando quieras con /request.
silence-closed-mentor = El vínculo con { $name } está cerrado, por falta de contacto desde hace { $days } días («ya no hay contacto»). Gracias por lo que han hecho juntos.
silence-link-gone = Este vínculo ya no está activo: no hay nada que anotar aquí. /log para otro seguimiento.

pause-ask = Las tres últimas solicitudes se le han escapado (rechazadas o tomadas por otras personas). ¿Quiere hacer una pausa? No recibirá nuevas solicitudes hasta /available. Sus vínculos en curso continúan.
pause-yes = ⏸ Sí, una pausa
pause-no = No, sigo disponible
pause-yes-done = ⏸ Anotado: no más solicitudes nuevas por ahora. Sus vínculos en curso continúan. Para volver a recibirlas: /available
pause-no-done = 👍 Sigue disponible para las nuevas solicitudes.
available-done = ▶️ Vuelve a recibir las nuevas solicitudes.
available-already = Ya está disponible para las nuevas solicitudes.
people-paused-mark = ⏸ (en pausa)
people-paused-count = ⏸ Mentores en pausa: { $count }

cmd-available = Volver a recibir solicitudes
cmd-rhythms = Silencios y check-ins del equipo
rhythm-which-team = ¿Para qué equipo?
rhythm-summary =
    <b>⏱ Ritmos · { $team }</b>

    Sin mensajes ni seguimientos: aviso al mentor o la mentora tras { $silence } días, pregunta al joven tras { $ask } días, cierre del vínculo tras { $close } días (ambos reciben un aviso una semana antes).
    Check-ins de los jóvenes: { $checkin ->
        [0] desactivados
       *[other] cada { $checkin } días
    }.
rhythm-change-silence = 🔕 Días de silencio antes del aviso
rhythm-change-ask = ❓ Pregunta al joven
rhythm-change-close = 🔒 Cierre del vínculo
rhythm-change-checkin = 🌤 Ritmo de los check-ins
rhythm-ask-silence = ¿Tras cuántos días de silencio avisar al mentor o la mentora?
rhythm-ask-ask = ¿Tras cuántos días de silencio preguntar al joven si quiere mantener el vínculo?
rhythm-ask-close = ¿Tras cuántos días de silencio cerrar el vínculo («ya no hay contacto»)? Ambos reciben un aviso una semana antes.
rhythm-order-bad = ⚠️ No es posible: el aviso debe llegar como muy tarde con la pregunta al joven, y el cierre al menos una semana después de la pregunta. Ahora: aviso { $silence } d, pregunta { $ask } d, cierre { $close } d. No ha cambiado nada.
rhythm-ask-checkin = ¿Cada cuánto preguntar a los jóvenes cómo están?
rhythm-silence-days = { $days } días
rhythm-checkin-days = { $days ->
    [0] Desactivados
   *[other] { $days } días
}
rhythm-back = ◀ Volver
rhythm-close = ✖ Cerrar
rhythm-closed = Anotado.
