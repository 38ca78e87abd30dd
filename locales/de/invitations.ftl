## Eine Einladung, geöffnet von jemandem, der schon eine Rolle hat: zuerst fragen
invite-already = { $tu ->
        [yes] Du bist schon { $role } ({ $team }): Dieser Link ändert für dich nichts.
       *[no] Sie sind schon { $role } ({ $team }): Dieser Link ändert für Sie nichts.
    }
invite-change = { $tu ->
        [yes] Du bist { $role } ({ $team }). Dieser Link macht dich zu <b>{ $new_role } ({ $new_team })</b>: Du wärst nicht mehr { $role } ({ $team }), und deine Befehle würden sich ändern. Willst du wechseln?
       *[no] Sie sind { $role } ({ $team }). Dieser Link macht Sie zu <b>{ $new_role } ({ $new_team })</b>: Sie wären nicht mehr { $role } ({ $team }), und Ihre Befehle würden sich ändern. Möchten Sie wechseln?
    }
invite-change-yes = ✅ Ja, wechseln
invite-change-no = Nein, nichts ändern
invite-kept = { $tu ->
        [yes] Gut, nichts ändert sich: Du bleibst { $role } ({ $team }).
       *[no] Gut, nichts ändert sich: Sie bleiben { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] Erledigt: Du bist jetzt { $role } ({ $team }).
       *[no] Erledigt: Sie sind jetzt { $role } ({ $team }).
    }
