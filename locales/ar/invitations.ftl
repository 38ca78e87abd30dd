## دعوة يفتحها شخص له دور من قبل: السؤال أولًا
invite-already = { $tu ->
        [yes] أنت { $role } ({ $team }) من قبل: هذا الرابط لا يغير شيئًا بالنسبة لك.
       *[no] أنتم { $role } ({ $team }) من قبل: هذا الرابط لا يغير شيئًا بالنسبة لكم.
    }
invite-change = { $tu ->
        [yes] أنت { $role } ({ $team }). هذا الرابط يجعلك <b>{ $new_role } ({ $new_team })</b>: لن تبقى { $role } ({ $team })، وستتغير أوامرك. هل تريد التغيير؟
       *[no] أنتم { $role } ({ $team }). هذا الرابط يجعلكم <b>{ $new_role } ({ $new_team })</b>: لن تبقوا { $role } ({ $team })، وستتغير أوامركم. هل تريدون التغيير؟
    }
invite-change-yes = ✅ نعم، تغيير
invite-change-no = لا، لا شيء يتغير
invite-kept = { $tu ->
        [yes] حسنًا، لا شيء يتغير: تبقى { $role } ({ $team }).
       *[no] حسنًا، لا شيء يتغير: تبقون { $role } ({ $team }).
    }
invite-changed = { $tu ->
        [yes] تم: أنت الآن { $role } ({ $team }).
       *[no] تم: أنتم الآن { $role } ({ $team }).
    }
