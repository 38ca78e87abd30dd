# Grupos de apoyo entre pares. «tú» con los jóvenes y los pares de apoyo.
# Un/a joven lee «grupo» y «sesión», nunca «COPIL» ni «intervisión».

cmd-group = Crear un grupo de apoyo entre pares
cmd-groups = Mis grupos y sus sesiones
cmd-attendance = Anotar quién vino a una sesión

## /group (COPIL)
group-ask-name = ¿El nombre del grupo? ({ $max } caracteres como máximo, /cancel para cancelar)
group-no-helpers = Todavía no hay pares de apoyo en este equipo: invite a alguien con /invite y vuelva a empezar.
group-ask-helpers = ¿Quién anima el grupo? Toque los pares de apoyo y luego «Seguir».
group-helpers-done = Seguir ▶
group-helpers-none = Elija al menos un par de apoyo.
group-ask-size = ¿Cuántos jóvenes como máximo? Toque { $default } o escriba un número (de 2 a { $max }).
group-size-bad = Escriba un número de 2 a { $max }.
group-ask-rhythm =
    ¿Con qué ritmo? Por ejemplo «2.º y 4.º martes 18h», «cada jueves 17h30», o fechas: «3.12 18h; 17.12 18h».
group-rhythm-bad = No he entendido este ritmo. Pruebe «2.º y 4.º martes 18h» o «3.12 18h; 17.12 18h».
group-rhythm-past = «{ $date }» ya ha pasado. Quite esta fecha, o escríbala con el año si de verdad es el año que viene («24.11.2027 18h»).
group-confirm = Grupo <b>{ $name }</b>, { $size } jóvenes como máximo, { $count ->
        [one] { $count } sesión prevista
       *[other] { $count } sesiones previstas
    }:
group-create = ✅ Crear el grupo
group-created =
    Grupo <b>{ $name }</b> creado. El enlace para unirse (para dar a los jóvenes):
    { $link }
group-helper-told =
    Animas el grupo <b>{ $name }</b>. /groups muestra sus sesiones. El enlace para unirse:
    { $link }

## Unirse
group-full = El grupo { $name } está completo por ahora. Habla con la persona que te dio el enlace.
group-joined = ¡Bienvenido/a al grupo <b>{ $name }</b>! Las próximas sesiones:
group-ask-join = ➕ Unirme a «{ $name }»
group-ask-mentor = 🙋 Pedir un/a mentor/a
group-ask-which = ¿Desde qué grupo quieres pedir un/a mentor/a?
group-asked = Pedido: tendrás una respuesta aquí.
group-already = Ya lo has pedido o ya estás en este grupo.
group-request = { $name } pide unirse al grupo { $group }. { $tu ->
    [yes] ¿Aceptas la solicitud?
   *[no] ¿Acepta usted la solicitud?
}
group-accept = ✅ Aceptar
group-decline = Rechazar
group-accepted = Hecho: la persona se ha unido a { $name }.
group-declined = Vale, la solicitud está rechazada.
group-youth-none = Por ahora no estás en ningún grupo.
group-leave = Salir de «{ $name }»
group-leave-confirm = ¿Quieres salir del grupo <b>{ $name }</b>? Ya no recibirás sus recordatorios. Podrás volver a pedir unirte cuando quieras, con /groups.
group-leave-yes = Sí, salgo del grupo
group-leave-no = No, me quedo
group-left = Hecho, has salido de <b>{ $name }</b>. ¡Gracias por pasar! Si te apetece volver, /groups está ahí.
group-stayed = Vale, te quedas en <b>{ $name }</b>.
group-not-member = Ya no formas parte de este grupo.

## /groups (pares de apoyo, COPIL)
group-led-none = Ningún grupo por ahora.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } jóvenes
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ Sí ({ $count }): { $names }
group-answers-no = ❌ No ({ $count }): { $names }
group-answers-none = ⏳ Aún sin responder ({ $count }): { $names }
group-set-details = 📍 Lugar y tema
group-cancel-session = ✖️ Cancelar la sesión
group-session-cancelled-mark = (cancelada)
group-ask-details = Sesión del { $when }: el lugar, y luego el tema después de un punto y coma. Por ejemplo «Centro cívico; CV y entrevistas».
group-details-bad = { $tu ->
        [yes] Escribe el lugar (de 2 a 120 caracteres) y, si quieres, «;» y el tema.
       *[no] Escriba el lugar (de 2 a 120 caracteres) y, si quiere, «;» y el tema.
    }
group-details-set = Anotado: { $line }
group-cancel-confirm = ¿Cancelar la sesión del { $when } ({ $name })? Se avisará a los jóvenes del grupo.
group-session-cancelled = La sesión del { $when } está cancelada; los jóvenes están avisados.

## Lo que reciben los jóvenes
group-message-day = ⏰ Mañana hay sesión del grupo <b>{ $group }</b>. ¿Vienes?
group-message-2h = ⏰ Dentro de dos horas, sesión del grupo <b>{ $group }</b>.
group-message-cancelled = ✖️ La sesión del grupo <b>{ $group }</b> está cancelada.
group-yes = ✅ Sí
group-no = ❌ No
group-answered-yes = Anotado, ¡hasta pronto!
group-answered-no = Anotado. ¡Quizá la próxima vez!

## /attendance
group-attendance-none = No hubo sesiones en las dos últimas semanas.
group-attendance-which = ¿Qué sesión?
group-attendance-title = { $name }, { $when }: { $count ->
        [one] { $count } asistente
       *[other] { $count } asistentes
    }. { $tu ->
        [yes] Toca un nombre para marcarlo o desmarcarlo.
       *[no] Toque un nombre para marcarlo o desmarcarlo.
    }
group-sessions-all = 🗓 Todas las sesiones próximas
group-sessions-title = <b>{ $name }</b>: { $count } sesión(es) próxima(s)
rating-ask = ⭐ ¡Gracias por venir a la sesión de ayuda entre pares «{ $group }»! ¿Qué tal estuvo? (1 = regular, 5 = genial) Tu nota es anónima.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = ¡Gracias por tu nota! 💛
rating-average = ⭐ Sesión «{ $group }» del { $day }: { $stars } sobre 5 de media ({ $count } notas de los jóvenes que vinieron). Las notas siguientes contarán en las cifras del equipo, sin nuevo mensaje, para que nadie sea reconocible.
