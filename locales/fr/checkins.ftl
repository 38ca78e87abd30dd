# Les check-ins des jeunes (« tu » ; la ou le mentor·e ne voit jamais la réponse).
checkin-ask = 🌤 Comment ça va en ce moment ? (Ta réponse reste entre toi et l'équipe : ton ou ta mentor·e ne la voit pas.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 Ne plus me demander
checkin-off-done = D'accord, on ne te le demandera plus. Tu peux toujours écrire à ton ou ta mentor·e.
checkin-which-theme = Merci ! Qu'est-ce qui pèse le plus en ce moment ? (facultatif)
checkin-skip = Passer
checkin-thanks = Merci, c'est noté. 💛
checkin-already = Tu as déjà répondu à cette question.
checkin-low-question = Merci de me l'avoir dit. 💛 Est-ce que tu es en sécurité en ce moment ?
checkin-mentor-low = 🌱 Peut-être un moment pour prendre des nouvelles { DE($name) }{ $name }.

# Quand un lien se termine (« tu »).
feedback-helped = Ton lien avec ton ou ta mentor·e est terminé. Ce lien t'a aidé·e ? (1 = pas du tout, 5 = beaucoup)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = Tu le conseillerais à un·e ami·e ?
feedback-recommend-yes = Oui
feedback-recommend-maybe = Peut-être
feedback-recommend-no = Non
feedback-thanks = Merci pour ta réponse ! 💛 Elle aide l'équipe à faire mieux.
feedback-thanks-words = Merci pour ta réponse ! 💛 Tu veux ajouter quelques mots pour l'équipe ? Elle les lira sans ton nom, avec ceux d'autres jeunes.
feedback-add-words = ✍️ Ajouter quelques mots
feedback-no-words = Non merci
feedback-words-ask = Écris-les ici, en un seul message ({ $most } signes au plus). L'équipe les lira sans ton nom, avec ceux d'au moins quatre autres jeunes. /cancel pour laisser tomber.
feedback-words-too-long = C'est un peu long : { $most } signes au plus, s'il te plaît. Tu peux raccourcir et renvoyer.
feedback-words-thanks = Merci, c'est noté. 💛 L'équipe les lira sans ton nom.

# Au COPIL (« vous ») : les mots de fin de lien, par cinq au moins, sans nom.
feedback-words-copil =
    💬 <b>Des mots de jeunes à la fin de leur lien</b> · { $team }
    (sans nom, dans le désordre : ils arrivent par cinq au moins pour que personne ne soit reconnaissable)

    { $words }
