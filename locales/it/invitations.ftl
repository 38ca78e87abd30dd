## Un invito aperto da chi ha già un ruolo: prima chiedere
invite-already = { $tu ->
        [yes] Sei già { $role } ({ $team }): questo link non cambia niente per te.
       *[no] È già { $role } ({ $team }): questo link non cambia niente per Lei.
    }
invite-change = { $tu ->
        [yes] Sei { $role } ({ $team }). Questo link ti farebbe <b>{ $new_role } ({ $new_team })</b>: non saresti più { $role } ({ $team }), e i tuoi comandi cambierebbero. Vuoi cambiare?
       *[no] È { $role } ({ $team }). Questo link La farebbe <b>{ $new_role } ({ $new_team })</b>: non sarebbe più { $role } ({ $team }), e i Suoi comandi cambierebbero. Vuole cambiare?
    }
invite-change-yes = ✅ Sì, cambiare
invite-change-no = No, non cambia niente
invite-kept = { $tu ->
        [yes] D'accordo, non cambia niente: resti { $role } ({ $team }).
       *[no] D'accordo, non cambia niente: resta { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] Fatto: ora sei { $role } ({ $team }).
       *[no] Fatto: ora è { $role } ({ $team }).
    }
