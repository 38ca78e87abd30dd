## Una invitación abierta por alguien que ya tiene un rol: preguntar primero
invite-already = { $tu ->
        [yes] Ya eres { $role } ({ $team }): este enlace no cambia nada para ti.
       *[no] Ya es { $role } ({ $team }): este enlace no cambia nada para usted.
    }
invite-change = { $tu ->
        [yes] Eres { $role } ({ $team }). Este enlace te haría <b>{ $new_role } ({ $new_team })</b>: dejarías de ser { $role } ({ $team }) y tus comandos cambiarían. ¿Quieres cambiar?
       *[no] Es { $role } ({ $team }). Este enlace le haría <b>{ $new_role } ({ $new_team })</b>: dejaría de ser { $role } ({ $team }) y sus comandos cambiarían. ¿Quiere cambiar?
    }
invite-change-yes = ✅ Sí, cambiar
invite-change-no = No, no cambia nada
invite-kept = { $tu ->
        [yes] Vale, no cambia nada: sigues siendo { $role } ({ $team }).
       *[no] De acuerdo, no cambia nada: sigue siendo { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] Hecho: ahora eres { $role } ({ $team }).
       *[no] Hecho: ahora es { $role } ({ $team }).
    }
