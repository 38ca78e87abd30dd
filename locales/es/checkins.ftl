# Cómo están los jóvenes («tú»; el/la mentor/a nunca ve la respuesta).
checkin-ask = 🌤 ¿Cómo estás estos días? (Tu respuesta queda entre tú y el equipo: tu mentor/a no la ve.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 No volver a preguntarme
checkin-off-done = Vale, no te lo volveremos a preguntar. Siempre puedes escribir a tu mentor/a.
checkin-which-theme = ¡Gracias! ¿Qué es lo que más te pesa ahora mismo? (opcional)
checkin-skip = Saltar
checkin-thanks = Gracias, anotado. 💛
checkin-already = Ya has respondido a esta pregunta.
checkin-low-question = Gracias por contármelo. 💛 ¿Estás a salvo ahora mismo?
checkin-mentor-low = 🌱 Quizá es un buen momento para saber cómo está { $name }.

# Cuando un vínculo termina («tú»).
feedback-helped = Tu vínculo con tu mentor/a ha terminado. ¿Te ha ayudado? (1 = nada, 5 = mucho)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = ¿Se lo recomendarías a un amigo o una amiga?
feedback-recommend-yes = Sí
feedback-recommend-maybe = Quizá
feedback-recommend-no = No
feedback-thanks = ¡Gracias por tu respuesta! 💛 Ayuda al equipo a hacerlo mejor.
feedback-thanks-words = ¡Gracias por tu respuesta! 💛 ¿Quieres añadir unas palabras para el equipo? Las leerá sin tu nombre, junto con las de otros jóvenes.
feedback-add-words = ✍️ Añadir unas palabras
feedback-no-words = No, gracias
feedback-words-ask = Escríbelas aquí, en un solo mensaje ({ $most } caracteres como máximo). El equipo las leerá sin tu nombre, junto con las de al menos otros cuatro jóvenes. /cancel para dejarlo.
feedback-words-too-long = Es un poco largo: { $most } caracteres como máximo, por favor. Puedes acortarlo y volver a enviarlo.
feedback-words-thanks = Gracias, queda anotado. 💛 El equipo las leerá sin tu nombre.
feedback-words-copil =
    💬 <b>Palabras de jóvenes al final de su acompañamiento</b> · { $team }
    (sin nombres, sin orden: llegan de cinco en cinco o más para que nadie sea reconocible)

    { $words }
