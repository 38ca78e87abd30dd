# /partners — lo leen también los jóvenes: frases neutras, ni «tú» ni «usted», sin «COPIL».
cmd-partners = Directorio de entidades colaboradoras

domain-health = Salud
domain-mental_health = Salud mental
domain-social = Ayuda social
domain-job = Inserción laboral
domain-training = Formación
domain-housing = Vivienda
domain-legal = Derecho
domain-addiction = Adicciones
domain-other = Otro

partners-home = <b>Directorio de entidades colaboradoras</b>
    Servicios profesionales que pueden ayudar: elegir un ámbito, o buscar un nombre (también de una vez: /partners caritas).
partners-closed = Directorio cerrado. /partners para volver a abrirlo.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] ninguna entidad por ahora.
        [one] una entidad.
       *[other] { $count } entidades.
    }
partners-found = { $count } entidades encontradas:
partners-none = Ninguna entidad se llama «{ $name }». Probar con una parte del nombre, o un ámbito: /partners
partners-shared-yes = 🌍 Visible también para los otros equipos
partners-shared-no = 🏠 Visible solo para su equipo
partners-edit = ✏️ Cambiar
partners-share = 🌍 Compartir con los otros equipos
partners-unshare = 🏠 Dejar de compartir
partners-add = ➕ Añadir una entidad
partners-add-domain = ¿En qué ámbito?
partners-skip = Saltar
partners-clear = Borrar este campo
partners-edit-which = ¿Qué quiere cambiar?
partners-field-name = Nombre
partners-field-what = Lo que hace
partners-field-phone = Teléfono
partners-field-email = Correo electrónico
partners-field-address = Dirección
partners-field-website = Sitio web
partners-field-domain = Ámbito
partners-ask-name = ¿Su nombre? (de 2 a { $max } caracteres, /cancel para cancelar)
partners-ask-what = ¿Lo que hace, en una frase? ({ $max } caracteres como máximo)
partners-ask-phone = ¿Su teléfono?
partners-ask-email = ¿Su correo electrónico?
partners-ask-address = ¿Su dirección?
partners-ask-website = ¿Su sitio web?
partners-bad-name = El nombre debe tener de 2 a { $max } caracteres.
partners-bad-what = { $max } caracteres como máximo, por favor.
partners-bad-phone = Esto no es un número de teléfono (cifras, espacios, + al principio). ¿Otra vez?
partners-bad-email = Esto no es una dirección de correo (nombre@ejemplo.ch). ¿Otra vez?
partners-bad-address = { $max } caracteres como máximo, por favor.
partners-bad-website = Esto no es una dirección web (ejemplo.ch o https://ejemplo.ch). ¿Otra vez?
partners-saved = ✅ Guardado.
partners-search = 🔎 Buscar por nombre
partners-ask-search = ¿Qué nombre (o una parte)?
