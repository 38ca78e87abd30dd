## Las otras copias de una decisión, cuando alguien ha decidido
decided-join-accepted = ✅ { $who } ha aceptado a { $name } en el grupo { $group }.
decided-join-declined = { $who } ha rechazado la solicitud de { $name } para el grupo { $group }.
decided-peer-invited = ✅ { $who } ha invitado a { $name } como par de apoyo.
decided-request-linked = ✅ La solicitud de { $name } la acompaña ahora { $mentor }.
decided-request-withdrawn = La persona ha retirado la solicitud de { $name }.
group-already-member = { $name } ya forma parte del grupo { $group }.
group-full-now = Imposible: el grupo { $group } está completo.
group-request-gone = Esta solicitud ya no existe: la persona la retiró, o alguien ya respondió.
