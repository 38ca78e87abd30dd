## Um convite aberto por alguém que já tem um papel: perguntar primeiro
invite-already = { $tu ->
        [yes] Já és { $role } ({ $team }): este link não muda nada para ti.
       *[no] Já é { $role } ({ $team }): este link não muda nada para si.
    }
invite-change = { $tu ->
        [yes] És { $role } ({ $team }). Este link fazia de ti <b>{ $new_role } ({ $new_team })</b>: deixavas de ser { $role } ({ $team }) e os teus comandos mudavam. Queres mudar?
       *[no] É { $role } ({ $team }). Este link fazia de si <b>{ $new_role } ({ $new_team })</b>: deixava de ser { $role } ({ $team }) e os seus comandos mudavam. Quer mudar?
    }
invite-change-yes = ✅ Sim, mudar
invite-change-no = Não, nada muda
invite-kept = { $tu ->
        [yes] Está bem, nada muda: continuas { $role } ({ $team }).
       *[no] Está bem, nada muda: continua { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] Feito: agora és { $role } ({ $team }).
       *[no] Feito: agora é { $role } ({ $team }).
    }
