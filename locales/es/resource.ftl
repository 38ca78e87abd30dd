# /resource (COPIL) y /support (mentores) — «usted».
cmd-resource = Personas de referencia de los mentores
cmd-support = Escribir a mi persona de referencia

resource-title = <b>Personas de referencia</b> (toque un/a mentor/a para cambiar)
resource-nobody = nadie por ahora
resource-no-mentor = Ningún/a mentor/a activo/a en sus equipos.
resource-choose = ¿Quién será la persona de referencia de { $name }?
resource-done = ✅ { $copil } es la persona de referencia de { $name }.
resource-told-mentor = Su persona de referencia ahora es { $name }, del COPIL. Para escribirle: /support
resource-told-copil = Ahora es la persona de referencia de { $name }. Sus mensajes /support le llegan aquí; responda a su mensaje (o toque su nombre) para contestarle.
support-nobody = Todavía no tiene persona de referencia. El COPIL le asigna una con /resource.
support-ready = Sus próximos mensajes irán a <b>{ $name }</b>, su persona de referencia, a través del bot. Escriba ahora. (/talk para volver a escribir a un/a joven.)
wellbeing-ask = 🌿 Una pregunta del trimestre, solo para usted: ¿cómo se encuentra ahora como voluntario/a? (Su respuesta queda en el COPIL, para las cifras del programa.)
wellbeing-support = Gracias. ¿Necesitaría apoyo?
wellbeing-support-yes = Sí, me gustaría hablarlo
wellbeing-support-no = No, gracias
wellbeing-support-sent = Se lo hemos transmitido a su persona de referencia: se pondrá en contacto con usted. Gracias por todo lo que hace. 💛
wellbeing-thanks = Gracias por su respuesta y por todo lo que hace. 💛
wellbeing-already = Ya ha respondido a esta pregunta.
wellbeing-support-asked = 🌿 { $name } desearía apoyo (pregunta del trimestre sobre el bienestar de los voluntarios). Póngase en contacto cuando pueda.
