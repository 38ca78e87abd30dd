## Le altre copie di una decisione, quando qualcuno ha deciso
decided-join-accepted = ✅ { $who } ha accettato { $name } nel gruppo { $group }.
decided-join-declined = { $who } ha rifiutato la richiesta di { $name } per il gruppo { $group }.
decided-peer-invited = ✅ { $who } ha invitato { $name } come peer.
decided-request-linked = ✅ La richiesta di { $name } ora è seguita da { $mentor }.
decided-request-withdrawn = La richiesta di { $name } è stata ritirata dalla persona.
group-already-member = { $name } fa già parte del gruppo { $group }.
group-full-now = Impossibile: il gruppo { $group } è al completo.
group-request-gone = Questa richiesta non esiste più: la persona l'ha ritirata, o qualcuno ha già risposto.
