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
