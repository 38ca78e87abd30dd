## Die anderen Kopien einer Entscheidung, wenn jemand entschieden hat
decided-join-accepted = ✅ { $who } hat { $name } in die Gruppe { $group } aufgenommen.
decided-join-declined = { $who } hat die Anfrage von { $name } für die Gruppe { $group } abgelehnt.
decided-peer-invited = ✅ { $who } hat { $name } als Peer-Helfer:in eingeladen.
decided-request-linked = ✅ Die Anfrage von { $name } wird jetzt von { $mentor } begleitet.
decided-request-withdrawn = Die Person hat die Anfrage von { $name } zurückgezogen.
group-already-member = { $name } ist schon in der Gruppe { $group }.
group-full-now = Geht nicht: Die Gruppe { $group } ist voll.
group-request-gone = Diese Anfrage gibt es nicht mehr: Die Person hat sie zurückgezogen, oder jemand hat schon geantwortet.
