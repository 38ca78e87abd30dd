# Lien — textos de base (español). El francés es la referencia.
# «tú» con jóvenes y pares de apoyo, «usted» con mentores/as y el COPIL.
# Un/a joven nunca ve la palabra «COPIL»: para ellos es «el equipo».

## Este idioma: su nombre en sí mismo (botones de /language) y su locale de Babel (fechas)
language-name = Español
language-locale = es_ES

## Dates: Babel patterns
when-moment = EEEE d 'de' MMMM 'a las' HH:mm
when-moment-year = EEEE d 'de' MMMM 'de' y 'a las' HH:mm
when-day = EEEE d 'de' MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## Roles
role-youth = joven
role-mentor = mentor/a
role-peer_helper = par de apoyo
role-copil = miembro del COPIL
roles-youth = Jóvenes
roles-mentor = Mentores/as
roles-peer_helper = Pares de apoyo
roles-copil = COPIL
whole-programme = todo el programa

## Menú de comandos
cmd-start = Empezar
cmd-help = Lo que puedo hacer aquí
cmd-language = Cambiar de idioma
cmd-cancel = Cancelar lo que está en curso
cmd-invite = Invitar a una persona
cmd-people = Las personas del equipo
cmd-teams = Los equipos

## Primer contacto
choose-language = { $tu ->
        [yes] ¡Hola! 👋 Elige tu idioma. / Choose your language.
       *[no] ¡Hola! 👋 Elija su idioma. / Choose your language.
    }
language-set = { $tu ->
        [yes] Listo: te hablo en español.
       *[no] Listo: le hablo en español.
    }
intro-youth =
    <b>Lien</b> te pone en contacto con un/a mentor/a: una persona voluntaria de tu barrio, de tu club o de tu comunidad, que puede ayudarte con el trabajo, una formación, la vivienda u otra cosa.

    • Tú decides. Nadie te escribe si no lo has pedido, y puedes parar cuando quieras.
    • Es confidencial. Tu mentor/a no ve tu número ni tu nombre de usuario.
    • Los mentores y mentoras son voluntarios. Para la salud o una urgencia, te mostramos los servicios adecuados.

    Para seguir, guardo tu nombre de Telegram y tu idioma. Puedes borrarlo todo cuando quieras con /forget.
invite-intro-mentor =
    ¡Bienvenido/a! Le invitamos a unirse a <b>Lien</b> como mentor/a, equipo <b>{ $team }</b>.

    Guardo su nombre de Telegram y su idioma para que el equipo pueda contactarle. ¿De acuerdo?
invite-intro-peer_helper =
    ¡Bienvenido/a! Te invitamos a unirte a <b>Lien</b> como par de apoyo, equipo <b>{ $team }</b>.

    Guardo tu nombre de Telegram y tu idioma para que el equipo pueda contactarte. ¿De acuerdo?
invite-intro-copil =
    ¡Bienvenido/a! Le invitamos a unirse a <b>Lien</b> como miembro del COPIL ({ $team }).

    Guardo su nombre de Telegram y su idioma. ¿De acuerdo?
invite-intro-youth =
    ¡Bienvenido/a! Te invitamos a unirte a <b>Lien</b>, equipo <b>{ $team }</b>.

    Guardo tu nombre de Telegram y tu idioma. ¿De acuerdo?
consent-yes = ✅ De acuerdo
consent-no = No, gracias
consent-declined = No pasa nada, no he guardado nada. /start para volver, cuando quieras.
welcome-youth = ¡Gracias, { $name }! Ya estás inscrito/a.
welcome-mentor = ¡Gracias, { $name }! Ahora es mentor/a en Lien.
welcome-peer_helper = ¡Gracias, { $name }! Ahora eres par de apoyo en Lien.
welcome-copil = ¡Gracias, { $name }! Ahora es miembro del COPIL.
welcome-back = ¡Hola de nuevo, { $name }!

## Enlaces de invitación
# Los leen también personas aún no inscritas (mentores incluidos): ni «tú» ni «usted».
link-invalid = Este enlace no es válido: quizá está incompleto. La persona que lo dio puede enviar uno nuevo.
link-unknown = Este enlace no es válido. La persona que lo dio puede enviar uno nuevo.
link-used = Este enlace ya se usó: cada enlace funciona una sola vez. La persona que lo dio puede enviar uno nuevo.
link-expired = Este enlace ha caducado. La persona que lo dio puede enviar uno nuevo.

## Ayuda, por rol
help-stranger = Para empezar: /start
help-youth =
    Lo que puedes hacer:
    /request — pedir contacto con un/a mentor/a
    /talk — elegir a quién escribes
    /stop — terminar tu vínculo o tu solicitud
    /mydata — ver lo que Lien guarda sobre ti
    /forget — borrarlo todo
    /news — recibir o no las noticias del equipo
    /groups — tus grupos de apoyo entre pares y sus sesiones
    /partners — servicios profesionales que pueden ayudarte
    /help — ver este mensaje otra vez
    /language — cambiar de idioma
    /cancel — cancelar lo que está en curso
help-mentor =
    Lo que puede hacer:
    /log — anotar un seguimiento, por ejemplo «/log ayer 45 min con Samir, vivienda»
    /history — sus últimos seguimientos: verlos, cambiarlos, borrarlos
    /hours — su tiempo del mes, con un CSV para el reembolso
    /partners — el directorio de entidades colaboradoras
    /support — escribir a su persona de referencia
    /mylink — su enlace personal para dar a un/a joven
    /talk — elegir a qué joven escribe
    /end — terminar un seguimiento
    /available — volver a recibir solicitudes después de una pausa
    /help — ver este mensaje otra vez
    /language — cambiar de idioma
    /cancel — cancelar lo que está en curso
help-peer_helper =
    Lo que puedes hacer:
    /groups — los grupos que animas: sesiones, lugar y tema, solicitudes para unirse
    /attendance — después de una sesión, marcar quién vino
    /partners — el directorio de servicios profesionales, para orientar a un/a joven
    /mydata — ver lo que Lien guarda sobre ti
    /forget — borrarlo todo
    /help — ver este mensaje otra vez
    /language — cambiar de idioma
    /cancel — cancelar lo que está en curso
help-copil =
    Lo que puede hacer:
    /invite — invitar a un/a mentor/a, un par de apoyo o un miembro del COPIL
    /people — las personas del equipo; desactivar a alguien
    /alerts — las alertas abiertas de la red de seguridad: tomar, escribir, cerrar
    /teams — crear o renombrar un equipo
    /assign — encargar una solicitud pendiente a un/a mentor/a
    /emergency — los números de urgencia que ven los jóvenes
    /hours — el tiempo de los mentores por mes (mensaje y CSV)
    /stats — las cifras para los financiadores: gráficos, CSV, Excel
    /rhythms — por equipo, los días de silencio y el ritmo de los check-ins
    /resource — dar una persona de referencia a cada mentor/a
    /talk — elegir a qué mentor/a responde
    /broadcast — enviar una noticia (mentores, pares de apoyo, jóvenes)
    /broadcasts — los envíos recientes y programados
    /partners — el directorio: buscar, añadir, cambiar, compartir
    /event — crear una formación, una intervisión o una sesión informativa
    /events — los eventos: respuestas, asistencia, mover, cancelar
    /group — crear un grupo de apoyo entre pares
    /groups — los grupos de sus equipos y sus sesiones
    /attendance — después de una sesión, marcar quién vino
    /help — ver este mensaje otra vez
    /language — cambiar de idioma
    /cancel — cancelar lo que está en curso

## Respuestas generales
nothing-to-cancel = { $tu ->
        [yes] No hay nada en curso. /help muestra lo que puedes hacer.
       *[no] No hay nada en curso. /help muestra lo que puede hacer.
    }
cancelled = Cancelado. No se ha cambiado nada.
unknown-command = { $tu ->
        [yes] No conozco este comando. /help muestra lo que puedes hacer.
       *[no] No conozco este comando. /help muestra lo que puede hacer.
    }
stray-text = { $tu ->
        [yes] No te he entendido. /help muestra lo que puedes hacer.
       *[no] No le he entendido. /help muestra lo que puede hacer.
    }
stray-text-stranger = ¡Hola! Para empezar: /start
button-unknown = Este botón ya no es válido.
button-close = Cerrar
button-back = ◀ Volver
answer-can-change = { $tu ->
        [yes] Puedes cambiar tu respuesta aquí.
       *[no] Puede cambiar su respuesta aquí.
    }
not-allowed = { $tu ->
        [yes] No puedes hacer esto.
       *[no] No puede hacer esto.
    }
access-closed = { $tu ->
        [yes] Tu acceso a Lien está cerrado. Si es un error, habla con el equipo.
       *[no] Su acceso a Lien está cerrado. Si es un error, hable con el equipo.
    }
group-write-privately = Para hablar conmigo, escríbeme en privado: aquí todo el mundo puede leer.
error-nothing-lost = Uy, algo ha fallado por mi parte. No se ha perdido nada: basta con volver a intentarlo.

## /invite (COPIL)
invite-which-role = ¿A quién quiere invitar?
invite-which-team = ¿En qué equipo ({ $role })?
invite-link =
    Aquí tiene el enlace para un/a { $role }, equipo <b>{ $team }</b>:
    { $link }

    Funciona una sola vez, hasta el { $until }. Envíelo solo a esa persona.
invite-closed = De acuerdo, sin invitación.

## /people (COPIL)
people-which-team = ¿Qué equipo?
people-title = <b>Equipo { $team }</b>
people-none = Nadie por ahora.
people-inactive-mark = (desactivado/a)
people-button-off = ⏸ Desactivar a { $name }
people-button-on = ▶ Reactivar a { $name }
people-deactivate-confirm = ¿Desactivar a { $name }? Sus funciones se paran en su próximo mensaje. Podrá reactivarle después.
people-deactivate-yes = Sí, desactivar
people-deactivated = { $name } está desactivado/a.
people-reactivated = { $name } está reactivado/a.

## /teams (COPIL)
teams-title = <b>Equipos</b>
teams-rename = ✏️ Renombrar { $name }
teams-new = ➕ Nuevo equipo
teams-closed = De acuerdo.
teams-ask-new-name = ¿Qué nombre para el nuevo equipo? ({ $max } caracteres como máximo, /cancel para cancelar)
teams-ask-rename = ¿Nuevo nombre para «{ $name }»? ({ $max } caracteres como máximo, /cancel para cancelar)
teams-name-bad = El nombre debe tener de 2 a { $max } caracteres. Inténtelo de nuevo, o /cancel.
teams-name-taken = Ya hay un equipo que se llama «{ $name }». Elija otro nombre, o /cancel.
teams-created = Equipo «{ $name }» creado.
teams-renamed = Hecho: el equipo ahora se llama «{ $name }».

# What a request or a follow-up is about (storage.models.THEMES)
theme-work = Trabajo
theme-training = Formación
theme-housing = Vivienda
theme-money = Dinero
theme-health = Salud
theme-family = Familia
theme-papers = Papeles y trámites
theme-loneliness = Soledad
theme-other = Otro

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 ha bloqueado el bot
blocked-mentor = 🚫 Los mensajes del bot ya no llegan a <b>{ $name }</b> por ahora: probablemente ha bloqueado el bot. Está en su derecho. Nada de lo que el bot tenía que enviarle se pierde: se entregará cuando vuelva. No tiene que hacer nada.
