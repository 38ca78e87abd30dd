# /log, /history, /hours (mentores, COPIL) — «usted».

## Tipos de seguimiento (storage.models.KINDS)
kind-one_off = Puntual
kind-long_term = De larga duración
kind-collective = Colectivo
kind-relay = Derivación a un/a profesional

## /log
log-who = ¿Para quién? Toque un nombre, o escríbalo todo en una frase, por ejemplo: «ayer 45 min con Samir, vivienda».
log-who-pending = «{ $name }» no es uno de sus jóvenes en Lien. Si acompaña a esta persona fuera de línea, toque su nombre aquí abajo.
log-button-offline-new = ➕ { $name } (fuera de línea)
log-button-offline-other = ➕ Una persona acompañada fuera de línea
log-button-group = 👥 Un grupo
log-ask-offline = ¿Su apodo o sus iniciales? Solo usted lo verá. ({ $max } caracteres como máximo)
log-offline-bad = Un apodo o unas iniciales, de 1 a { $max } caracteres, por favor.
log-ask-group = ¿Qué grupo? Por ejemplo «fútbol del martes». ({ $max } caracteres como máximo)
log-group-bad = El nombre del grupo debe tener de 1 a { $max } caracteres.
log-ask-kind = ¿Qué tipo de seguimiento?
log-ask-when = ¿Cuándo? Toque un botón o escriba la fecha («martes», «12.11»).
log-today = Hoy
log-yesterday = Ayer
log-before-yesterday = Anteayer
log-date-future = Ese día todavía no ha pasado: un seguimiento se anota una vez hecho. ¿Qué día fue?
log-date-too-old = Fue hace más de un año: un seguimiento se anota dentro del año. ¿Qué día fue?
log-date-unknown = No he entendido esta fecha. Pruebe «ayer», «martes» o «12.11».
log-ask-minutes = ¿Cuánto tiempo? Toque un botón o escríbalo («1h30», «20 min»).
log-minutes-bad = La duración debe estar entre 1 minuto y { $max } horas. ¿Cuánto tiempo?
log-minutes-unknown = No he entendido esta duración. Pruebe «45», «1h30» o «2 horas».
log-ask-partner = ¿A qué entidad colaboradora? Toque un nombre o escríbalo.
log-partner-unknown = «{ $name }» no está en el directorio. Mantenga este nombre tal cual, o elija una entidad (también puede escribir otro nombre).
log-partner-keep = ✍️ Mantener «{ $name }»
log-partner-several = Coinciden varias entidades: ¿cuál?
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (fuera de línea)
log-who-group = 👥 Grupo «{ $name }»
log-who-forgotten = 👤 (persona borrada)
log-summary-title = <b>Su seguimiento</b>
log-summary-themes-none = 🏷 Temas: toque al menos uno aquí abajo
log-summary-note = 📝 Nota cifrada: { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    }
log-summary-no-note = 📝 Sin nota. Para añadir una, escríbala aquí: queda cifrada y solo usted la lee.
log-summary-check = Revise y luego «Guardar». No se guarda nada antes.
log-save = ✅ Guardar
log-edit = ✏️ Cambiar
log-discard = ✖️ Descartar
log-themes-needed = Elija al menos un tema.
log-note-too-long = Esta nota tiene { $length } caracteres: { $max } como máximo. Acórtela y vuelva a enviarla; el resto de su seguimiento se guarda.
log-note-kept = 📝 Nota añadida, cifrada.
log-saved = ✅ Guardado: { $minutes } min, { $when }. ¡Gracias!
log-saved-already = ✅ Este seguimiento ya está guardado, una sola vez.
log-updated = ✅ Seguimiento cambiado.
log-edit-which = ¿Qué quiere cambiar?
log-edit-who = Para quién
log-edit-kind = Tipo de seguimiento
log-edit-when = Fecha
log-edit-minutes = Duración
log-edit-partner = Entidad colaboradora
log-edit-note = 🗑 Borrar la nota
log-not-understood = No he reconocido nada. Toque un botón, o escriba por ejemplo «ayer 45 min con Samir, vivienda».
log-sentence-duration = «{ $text }»: una duración debe estar entre 1 minuto y { $max } horas. No se ha guardado nada.
log-sentence-future = «{ $text }» todavía no ha pasado: un seguimiento se anota una vez hecho. No se ha guardado nada.
log-sentence-too-old = «{ $text }» es de hace más de un año: un seguimiento se anota dentro del año. No se ha guardado nada.
log-discarded = De acuerdo, no se ha guardado nada.
log-use-buttons = Toque uno de los botones de arriba, o /cancel.
log-gone = Este seguimiento ya no existe o ya no se puede cambiar (30 días como máximo).
log-stale = Había empezado un seguimiento hace un rato. ¿Este mensaje es para ese seguimiento? Si es así, vuelva a enviarlo. Si era para un/a joven, deje el seguimiento a un lado y vuelva a enviarlo: le llegará a su joven.
log-set-aside = ⏸ Dejar el seguimiento a un lado
log-was-set-aside = ⏸ Seguimiento dejado a un lado, no se pierde nada: /log para retomarlo. Sus mensajes vuelven a ir a sus jóvenes.
log-resumed = ▶ Su seguimiento dejado a un lado continúa aquí.

## Menú de comandos
cmd-log = Anotar un seguimiento
cmd-history = Mis últimos seguimientos
cmd-hours = { $role ->
        [copil] Tiempo del equipo (reembolso)
       *[other] Mi tiempo (reembolso)
    }

## /history
history-none = Ningún seguimiento anotado por ahora. /log para anotar uno.
history-title = <b>Sus últimos seguimientos</b>
history-tap = Toque un seguimiento de los últimos 30 días para verlo, cambiarlo o borrarlo.
history-delete = 🗑 Borrar
history-delete-confirm = ¿Borrar este seguimiento? Es definitivo.
history-delete-yes = Sí, borrar
history-deleted = 🗑 Seguimiento borrado.
history-note-unreadable = 📝 Nota ilegible: la clave de cifrado ha cambiado desde entonces.

## /hours
hours-title = <b>Su tiempo</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV de { $month }
hours-csv-caption = Su tiempo de { $month }: { $total }. Fechas, tipos, minutos, temas y entidades; sin nombres ni notas. Puede pasarlo al COPIL.
hours-col-date = fecha
hours-col-kind = tipo de seguimiento
hours-col-minutes = minutos
hours-col-themes = temas
hours-col-partner = entidad colaboradora
hours-col-kind-code = código del tipo
hours-col-theme-codes = códigos de los temas
hours-col-team = equipo
hours-col-mentor = mentor/a
hours-col-total = total (minutos)
hours-which-month = ¿Qué mes?
hours-team-title = <b>Tiempo de los mentores, { $month }</b>
hours-team-none = Ningún seguimiento anotado.
hours-year = 📅 Los últimos 12 meses
hours-team-summary =
    <b>Tiempo de los mentores, { $month }</b>
    { $mentors } mentores en { $teams } equipo(s): { $total } en total.
    El detalle por mentor/a está en el archivo de abajo.
