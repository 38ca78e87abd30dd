# Solicitudes de contacto, vínculos, reenvío, fin del vínculo, red de seguridad, datos.
# «tú» con los jóvenes, «usted» con mentores y COPIL; un/a joven ve «el equipo».

cmd-request = Pedir un contacto
cmd-talk = Elegir a quién escribo
cmd-stop = Terminar el vínculo o la solicitud
cmd-mydata = Mis datos
cmd-forget = Borrarlo todo
cmd-mylink = Mi enlace personal
cmd-end = Terminar un seguimiento
cmd-assign = Asignar una solicitud
cmd-emergency = Números de urgencia del equipo

## /request (joven)
request-button = 🤝 Pedir un contacto
request-has-link = Ya estás en contacto con { $name }. Escríbeme aquí y se lo paso. Para terminar este vínculo: /stop.
request-already-open = Ya tienes una solicitud en curso:
request-change = ✏️ Cambiarla
request-withdraw = Retirar mi solicitud
request-keep = Dejarla así
request-kept = Vale, tu solicitud se queda como está.
request-none-open = Ya no tienes ninguna solicitud en curso. /request para hacer una.
request-withdrawn = Hecho: tu solicitud está retirada. Puedes hacer otra cuando quieras con /request.
request-to-mentor = Tu solicitud irá a <b>{ $name }</b>.
request-which-team = ¿En qué región?
request-where-met = ¿Dónde conociste a tu mentor/a, o en qué ambiente? (opcional)
met-sport = ⚽ Deporte
met-culture = 🎭 Cultura
met-faith = 🕊 Comunidad religiosa
met-community = 🌍 Mi comunidad cultural
met-work = 💼 Trabajo
met-public = 🏙 Espacio público
met-other = Otro
request-skip = Saltar
request-what-about = ¿De qué se trata? Elige uno o varios temas y luego «Seguir».
request-continue = Seguir ▶
request-themes-none = Elige al menos un tema.
request-age = ¿Cuántos años tienes?
age-under_16 = Menos de 16 años
age-16_17 = 16–17 años
age-18_25 = 18–25 años
age-26_30 = 26–30 años
age-over_30 = Más de 30 años
request-over-30 = Gracias por tu confianza. Lien es para jóvenes de hasta 30 años, así que no puedo enviarte un/a mentor/a. Otros servicios pueden ayudarte: /partners muestra el directorio de entidades colaboradoras.
request-name = ¿Qué nombre o apodo puede usar tu mentor/a? ({ $max } caracteres como máximo)
request-name-keep = Dejar «{ $name }»
request-name-bad = Escribe un nombre o apodo de 1 a { $max } caracteres.
request-message = ¿Un mensajito para tu mentor/a? (opcional, { $max } caracteres como máximo)
request-message-bad = Tu mensaje puede tener { $max } caracteres como máximo. Acórtalo, o «Saltar».
request-use-buttons = Usa los botones de arriba, o /cancel para parar.
request-confirm = Esta es tu solicitud. ¿La envío?
request-send = ✅ Enviar
request-fix-met = Corregir: dónde nos conocimos
request-fix-themes = Corregir: los temas
request-fix-age = Corregir: la edad
request-fix-name = Corregir: el nombre
request-fix-message = Corregir: el mensaje
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ «{ $message }»
request-summary-flagged = ⚠️ <b>Su mensaje contiene palabras de angustia.</b> Lien ya le ha respondido con cuidado y el equipo hace el seguimiento. Responda con delicadeza.
request-summary-language = 🗣 escrito en { $lang }
language-fr = francés
language-en = inglés
language-de = alemán
language-it = italiano
language-pt = portugués
language-es = español
language-ar = árabe
request-sent = ¡Enviado! Te aviso en cuanto un/a mentor/a responda. Si nadie responde pronto, el equipo se encarga. Puedes retirar tu solicitud con /stop.
request-sent-team = ¡Enviado! El equipo busca a la persona adecuada para ti y te contesta muy pronto.
request-team-on-it = Tu solicitud todavía no tiene mentor/a: el equipo se encarga y te contesta muy pronto. No tienes que hacer nada.
request-accepted =
    Buena noticia: ¡<b>{ $name }</b> ha aceptado tu solicitud! 🎉

    Escribe aquí y le paso tus mensajes (texto, foto, audio, documento). { $name } no ve tu número ni tu nombre de usuario. Puedes parar cuando quieras con /stop.

## Respuesta de los mentores
request-notice = 🤝 <b>Nueva solicitud de contacto</b>
request-accept = ✅ Aceptar
request-decline = Rechazar
request-notice-forgotten = (Solicitud borrada a petición de la persona.)
request-notice-withdrawn = La persona ha retirado esta solicitud. ¡Gracias de todos modos!
request-taken = Otro/a mentor/a ya aceptó esta solicitud. ¡Gracias por responder!
request-yours = Ya aceptó esta solicitud: escriba aquí para hablarle.
request-declined = Ha rechazado esta solicitud. Gracias por responder.
request-you-accepted =
    Ha aceptado la solicitud de <b>{ $name }</b>. ¡Gracias!

    { request-write-here }
request-write-here = Escriba aquí: le paso sus mensajes, sin su número ni su nombre de usuario. Con varios jóvenes, responda a su mensaje o elija con /talk. /end para terminar el seguimiento.
request-assigned = 🤝 El COPIL le ha encargado la solicitud de <b>{ $name }</b>. ¡Gracias por hacer el seguimiento!
request-assigned-other = El COPIL ha encargado esta solicitud a otro/a mentor/a. ¡Gracias de todos modos!
request-reminder = ⏰ La solicitud de <b>{ $name }</b> sigue esperando respuesta. ¿Puede aceptarla o rechazarla?
mylink =
    Su enlace personal, para compartir en persona con un/a joven (en un mensaje o en un código QR hecho con el enlace):
    { $link }

    Quien lo abre le envía su solicitud, y usted la recibe aquí.

## Alertas al COPIL
escalation-unanswered = ⚠️ La solicitud de <b>{ $name }</b> (equipo { $team }) lleva { $hours } h sin respuesta. /assign para encargarla a un/a mentor/a.
escalation-no-mentor = ⚠️ Nueva solicitud de <b>{ $name }</b> (equipo { $team }): no hay ningún/a mentor/a activo/a a quien avisar. /assign para encargarla a un/a mentor/a.
escalation-declined = ⚠️ Todos los mentores han rechazado la solicitud de <b>{ $name }</b> (equipo { $team }). /assign para encargarla a un/a mentor/a.

## /assign (COPIL)
assign-none = Ninguna solicitud pendiente. 🎉
assign-which-request = ¿Qué solicitud quiere encargar?
assign-request = { $name } — desde el { $since }
assign-which-mentor = ¿A qué mentor/a encarga la solicitud de { $name }?
assign-no-mentor = No hay ningún/a mentor/a activo/a en este equipo.
assign-not-open = Esta solicitud ya no está pendiente.
assign-done = Hecho: { $mentor } acompaña ahora a { $name }. Los dos están avisados.

## Reenvío
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = Con varias personas, no sé a quién enviar este mensaje (responda a su mensaje, o /talk): no he enviado nada.
relay-offer = { $tu ->
        [yes] Para enviarlo igualmente, elige a quién:
       *[no] Para enviarlo igualmente, elija a quién:
    }
relay-went-to = → { $name }
relay-not-sent = No he pasado este mensaje a nadie.
relay-nowhere = { $tu ->
        [yes] No he pasado este mensaje a nadie. /help muestra lo que puedes hacer.
       *[no] No he pasado este mensaje a nadie. /help muestra lo que puede hacer.
    }
relay-reply-unknown = No he pasado este mensaje a nadie: responde a un mensaje del bot o del equipo (o de una conversación borrada), no a una persona.
relay-choose = ¿A quién quiere escribir?
relay-nobody-youth = Por ahora no tienes a nadie a quien escribir. /request para pedir un contacto.
relay-nobody = { $tu ->
        [yes] Por ahora no tienes a nadie a quien escribir.
       *[no] Por ahora no tiene a nadie a quien escribir.
    }
relay-only-one-youth = Tus mensajes van a { $name }.
relay-only-one = Sus mensajes van a { $name }.
relay-now-to = { $tu ->
        [yes] Tus próximos mensajes irán a <b>{ $name }</b>.
       *[no] Sus próximos mensajes irán a <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] Enviado a <b>{ $name }</b>. Tus próximos mensajes también irán a esta persona.
       *[no] Enviado a <b>{ $name }</b>. Sus próximos mensajes también irán a esta persona.
    }
relay-ended = Esta conversación ha terminado: el mensaje no se ha pasado.
relay-ended-youth = Tu vínculo con { $name } ha terminado: tu mensaje no se ha pasado. Puedes hacer otra solicitud cuando quieras con /request.
relay-ended-mentor = El vínculo con { $name } ha terminado: su mensaje no se ha pasado.
relay-mentor-away = Tu mentor/a no está disponible por ahora: tu mensaje no se ha pasado. Habla con el equipo, o /stop y luego /request para pedir a otra persona.
relay-youth-away = El equipo ha cerrado por ahora el acceso de { $name } a Lien: su mensaje no se ha pasado.
relay-undelivered-youth = No he podido pasar este mensaje (quizá la persona ha bloqueado el bot). Inténtalo más tarde.
relay-undelivered = No he podido pasar este mensaje (quizá la persona ha bloqueado el bot). Inténtelo más tarde.
relay-flagged = ⚠️ El siguiente mensaje de <b>{ $name }</b> contiene palabras de angustia. Lien ya le ha respondido con cuidado (los números de urgencia, o la pregunta de si está a salvo) y el equipo hace el seguimiento. Responda con delicadeza; no está solo/a.

## /stop (joven) y /end (mentor/a)
stop-confirm = ¿Terminar tu vínculo con <b>{ $name }</b>? Se lo diré con amabilidad. Podrás hacer otra solicitud más adelante.
stop-yes = Sí, terminar
stop-no = No, seguir
stop-kept = Vale, no cambia nada.
stop-request = Tienes una solicitud en curso. ¿La retiro?
stop-nothing = No tienes vínculo ni solicitud en curso. /request para pedir un contacto.
stop-already-ended = Este vínculo ya ha terminado.
stop-done = Hecho, el vínculo ha terminado. ¡Gracias por este trozo de camino! Puedes hacer otra solicitud cuando quieras con /request.
stop-mentor = <b>{ $name }</b> ha decidido terminar el vínculo. Está en su derecho, y no es un fracaso: gracias por su presencia. No tiene que hacer nada.
end-nothing = No acompaña a nadie en este momento.
end-which = ¿Qué seguimiento quiere terminar?
end-why = ¿Por qué termina el seguimiento de <b>{ $name }</b>?
end-reason-goals = 🎯 Objetivos cumplidos
end-reason-work = 💼 Encontró trabajo o formación
end-reason-professional = 🤝 Derivado/a a un/a profesional
end-reason-no_contact = 📭 Ya no hay contacto
end-reason-other = Otro motivo
end-cancel = Cancelar
end-kept = De acuerdo, el seguimiento continúa.
end-already-ended = Este seguimiento ya ha terminado.
end-done = El seguimiento de <b>{ $name }</b> ha terminado. ¡Gracias por su compromiso!
end-youth = { $name } ha terminado el vínculo contigo. ¡Gracias por este trozo de camino! Si todavía necesitas ayuda, puedes hacer otra solicitud cuando quieras con /request.
peer-offer = ¡Enhorabuena por tu trabajo o tu formación! 🎉 Otros jóvenes podrían aprovechar tu experiencia. ¿Te gustaría ser par de apoyo (animar encuentros entre jóvenes, dos veces al mes)? El equipo te contactaría.
peer-yes = Sí, me interesa
peer-no = No, gracias
peer-declined = ¡No pasa nada! Que te vaya bien. 🙂
peer-agreed = ¡Genial! El equipo está avisado y te contactará.
peer-copil = <b>{ $name }</b> ha encontrado trabajo o formación (acompañado/a por { $mentor }) y acepta que le invitemos como par de apoyo.
peer-invite = Invitar como par de apoyo
peer-already = Esta persona ya no es joven en Lien (¿ya es par de apoyo?).
peer-done = { $name } ahora es par de apoyo. Le he dado la bienvenida.

## Red de seguridad
safety-youth =
    Gracias por escribírmelo. Lo que vives importa, y no estás solo/a. 💛
    Si estás en peligro o necesitas hablar ahora, llama:
    { $numbers }
    Y el equipo está avisado para ayudarte.
safety-category-suicide = ideas suicidas
safety-category-self_harm = autolesiones
safety-category-abuse = abusos
safety-category-violence = violencia
safety-category-danger = en peligro
safety-category-threat = amenaza a otras personas
safety-category-distress = angustia, desesperanza
safety-level-high = urgente
safety-level-medium = preocupante
safety-copil =
    🚨 <b>Alerta de la red de seguridad</b> ({ $category }, { $level } · regla { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = Joven: <b>{ $name }</b>, equipo { $team }
safety-copil-who-peer_helper = Par de apoyo: <b>{ $name }</b>, equipo { $team }
safety-copil-who-stranger = Alguien que todavía no se ha inscrito (sin nombre), equipo { $team }
safety-copil-said =
    Mensaje: «{ $text }»
    Se le han enviado los números de urgencia.
safety-copil-said-not_really = A la pregunta «¿Estás a salvo ahora mismo?», la respuesta fue «La verdad es que no». Se le han enviado los números de urgencia. El mensaje no se guarda.
safety-copil-said-talk = A la pregunta «¿Estás a salvo ahora mismo?», la respuesta fue «Quiero hablar con alguien». Se le han enviado los números de urgencia. El mensaje no se guarda.
safety-copil-said-timeout = Palabras preocupantes, y ninguna respuesta en 30 minutos a la pregunta «¿Estás a salvo ahora mismo?». No se le ha enviado nada más; el mensaje no se guarda.
safety-question = Lo que escribes me preocupa un poco. ¿Estás a salvo ahora mismo?
safety-answer-ok = Sí, estoy bien
safety-answer-not_really = La verdad es que no
safety-answer-talk = Quiero hablar con alguien
safety-answered-ok = Gracias por responderme. 💛 Si algo cambia, escríbeme, aquí estoy.
safety-take = 🙋 Me encargo yo
safety-taken-you = Anotado: usted se encarga. Los demás lo ven.
safety-taken-label = ✅ { $name } se encarga
safety-taken-by = { $name } ya se encarga.
safety-copil-link = Vínculo n.º { $link } con { $mentor } (si el mensaje le llega, va marcado).
safety-copil-no-link = Todavía sin vínculo.
emergency-ch =
    • 144 — urgencias médicas
    • 117 — policía
    • 143 — La Main Tendue (escucha, 24 h)
    • 147 — Pro Juventute (jóvenes, 24 h)
emergency-fr =
    • 15 — SAMU (urgencias médicas)
    • 17 — policía
    • 112 — urgencias
    • 3114 — prevención del suicidio (24 h)
    • 119 — infancia en peligro
emergency-default = • 112 — urgencias

## /emergency (COPIL)
emergency-own = lista propia del equipo
emergency-country = por defecto, país { $country }
emergency-change = ✏️ Cambiar: { $team }
emergency-reset = ↺ Por defecto
emergency-was-reset = Hecho: el equipo { $team } vuelve a dar los números por defecto de su país.
emergency-ask =
    Escriba los números para el equipo <b>{ $team }</b>, uno por línea con lo que es ({ $lines } líneas como máximo), por ejemplo:
    144 urgencias médicas
    143 La Main Tendue (escucha, 24 h)
    /cancel para cancelar.
emergency-bad = Hacen falta de 1 a { $lines } líneas, cada una con un número. Inténtelo de nuevo, o /cancel.
emergency-saved =
    Guardado. Los jóvenes del equipo { $team } verán:
    { $numbers }

## /mydata y /forget
mydata-nothing = { $tu ->
        [yes] No tengo ningún dato sobre ti.
       *[no] No tengo ningún dato sobre usted.
    }
mydata-caption = { $tu ->
        [yes] Esto es todo lo que Lien guarda sobre ti. Los mensajes intercambiados nunca se guardan.
       *[no] Esto es todo lo que Lien guarda sobre usted. Los mensajes intercambiados nunca se guardan.
    }
forget-confirm = ¿Borrarlo todo? Tu perfil, tus solicitudes, tu vínculo y su historial se borrarán para siempre. Tu vínculo en curso se termina. No se puede deshacer.
forget-yes = Sí, borrarlo todo
forget-no = No, guardar
forget-kept = Vale, no se ha borrado nada.
forget-done = Hecho: todo está borrado. ¡Cuídate! Si algún día quieres volver, envía /start.
