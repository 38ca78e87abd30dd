## The other copies of a decision, once someone decided
decided-join-accepted = ✅ { $who } accepted { $name } into the group { $group }.
decided-join-declined = { $who } declined { $name }'s request to join the group { $group }.
decided-peer-invited = ✅ { $who } invited { $name } as a peer helper.
decided-request-linked = ✅ { $name }'s request is now followed by { $mentor }.
decided-request-withdrawn = { $name }'s request was withdrawn by the person.
group-already-member = { $name } is already in the group { $group }.
group-full-now = Not possible: the group { $group } is full.
group-request-gone = This request no longer exists: the person withdrew it, or someone already answered it.
