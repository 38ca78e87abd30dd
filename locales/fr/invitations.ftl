## Une invitation ouverte par quelqu'un qui a déjà un rôle : demander d'abord
invite-already = { $tu ->
        [yes] Tu es déjà { $role } ({ $team }) : ce lien ne change rien pour toi.
       *[no] Vous êtes déjà { $role } ({ $team }) : ce lien ne change rien pour vous.
    }
invite-change = { $tu ->
        [yes] Tu es { $role } ({ $team }). Ce lien te ferait <b>{ $new_role } ({ $new_team })</b> : tu ne serais plus { $role } ({ $team }), et tes commandes changeraient. Tu veux changer ?
       *[no] Vous êtes { $role } ({ $team }). Ce lien vous ferait <b>{ $new_role } ({ $new_team })</b> : vous ne seriez plus { $role } ({ $team }), et vos commandes changeraient. Voulez-vous changer ?
    }
invite-change-yes = ✅ Oui, changer
invite-change-no = Non, rien ne change
invite-kept = { $tu ->
        [yes] D'accord, rien ne change : tu restes { $role } ({ $team }).
       *[no] D'accord, rien ne change : vous restez { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] C'est fait : tu es maintenant { $role } ({ $team }).
       *[no] C'est fait : vous êtes maintenant { $role } ({ $team }).
    }
