# /partners — lu par les jeunes aussi : formulations neutres, ni « tu » ni « vous », pas de « COPIL ».
cmd-partners = Annuaire des partenaires

domain-health = Santé
domain-mental_health = Santé psychique
domain-social = Aide sociale
domain-job = Insertion professionnelle
domain-training = Formation
domain-housing = Logement
domain-legal = Droit
domain-addiction = Addictions
domain-other = Autre

partners-home = <b>Annuaire des partenaires</b>
    Des services professionnels qui peuvent aider : choisir un domaine, ou chercher un nom (aussi en une fois : /partners caritas).
partners-closed = Annuaire fermé. /partners pour le rouvrir.
partners-in-domain = <b>{ $domain }</b> : { $count ->
        [0] aucun partenaire pour l'instant.
        [one] un partenaire.
       *[other] { $count } partenaires.
    }
partners-found = { $count } partenaires trouvés :
partners-none = Aucun partenaire ne s'appelle « { $name } ». Essayer une partie du nom, ou un domaine : /partners
partners-shared-yes = 🌍 Visible aussi par les autres équipes
partners-shared-no = 🏠 Visible par votre équipe seulement
partners-edit = ✏️ Modifier
partners-share = 🌍 Partager avec les autres équipes
partners-unshare = 🏠 Ne plus partager
partners-add = ➕ Ajouter un partenaire
partners-add-domain = Dans quel domaine ?
partners-skip = Passer
partners-clear = Effacer ce champ
partners-edit-which = Que voulez-vous modifier ?
partners-field-name = Nom
partners-field-what = Ce qu'il fait
partners-field-phone = Téléphone
partners-field-email = E-mail
partners-field-address = Adresse
partners-field-website = Site web
partners-field-domain = Domaine
partners-ask-name = Son nom ? (de 2 à { $max } caractères, /cancel pour annuler)
partners-ask-what = Ce qu'il fait, en une phrase ? ({ $max } caractères au plus)
partners-ask-phone = Son téléphone ?
partners-ask-email = Son e-mail ?
partners-ask-address = Son adresse ?
partners-ask-website = Son site web ?
partners-bad-name = Le nom doit faire de 2 à { $max } caractères.
partners-bad-what = { $max } caractères au plus, s'il vous plaît.
partners-bad-phone = Ce n'est pas un numéro de téléphone (chiffres, espaces, + au début). Encore une fois ?
partners-bad-email = Ce n'est pas une adresse e-mail (nom@exemple.ch). Encore une fois ?
partners-bad-address = { $max } caractères au plus, s'il vous plaît.
partners-bad-website = Ce n'est pas une adresse de site (exemple.ch ou https://exemple.ch). Encore une fois ?
partners-saved = ✅ Enregistré.
partners-search = 🔎 Chercher par nom
partners-ask-search = Quel nom (ou une partie) ?
