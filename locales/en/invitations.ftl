## An invitation opened by someone who already has a role: ask first
invite-already = Your role is already { $role } ({ $team }): this link changes nothing for you.
invite-change = Your role: { $role } ({ $team }). This link would change it to <b>{ $new_role } ({ $new_team })</b>: you would no longer be in your current role, and your commands would change. Do you want to change?
invite-change-yes = ✅ Yes, change
invite-change-no = No, change nothing
invite-kept = OK, nothing changes: your role stays { $role } ({ $team }).
invite-changed = Done: your role is now { $role } ({ $team }).
