# /resource (COPIL) et /support (mentor·es) — « vous ».
cmd-resource = Personnes ressources des mentor·es
cmd-support = Écrire à ma personne ressource

resource-title = <b>Personnes ressources</b> (touchez un·e mentor·e pour changer)
resource-nobody = personne pour l'instant
resource-no-mentor = Aucun·e mentor·e actif·ve dans vos équipes.
resource-choose = Qui sera la personne ressource { DE($name) }{ $name } ?
resource-done = ✅ { $copil } est la personne ressource { DE($name) }{ $name }.
resource-told-mentor = Votre personne ressource est maintenant { $name }, du COPIL. Pour lui écrire : /support
resource-told-copil = Vous êtes maintenant la personne ressource { DE($name) }{ $name }. Ses messages /support vous arrivent ici ; répondez à son message (ou touchez son nom) pour lui répondre.
support-nobody = Vous n'avez pas encore de personne ressource. Le COPIL vous en attribue une avec /resource.
support-ready = Vos prochains messages iront à <b>{ $name }</b>, votre personne ressource, par le bot. Écrivez maintenant. (/talk pour écrire de nouveau à un·e jeune.)

# Le bien-être des mentor·es, une fois par trimestre (« vous »).
wellbeing-ask = 🌿 Une question du trimestre, rien que pour vous : comment allez-vous en ce moment comme bénévole ? (Votre réponse reste au COPIL, pour les chiffres du programme.)
wellbeing-support = Merci. Auriez-vous besoin de soutien ?
wellbeing-support-yes = Oui, j'aimerais en parler
wellbeing-support-no = Non, merci
wellbeing-support-sent = C'est transmis à votre personne ressource : elle vous contactera. Merci pour tout ce que vous faites. 💛
wellbeing-thanks = Merci pour votre réponse et pour tout ce que vous faites. 💛
wellbeing-already = Vous avez déjà répondu à cette question.
wellbeing-support-asked = 🌿 { $name } aimerait du soutien (question du trimestre sur le bien-être des bénévoles). Prenez contact quand vous pourrez.
