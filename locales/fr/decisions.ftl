## Les autres copies d'une décision, quand quelqu'un a décidé
decided-join-accepted = ✅ { $who } a accepté { $name } dans le groupe { $group }.
decided-join-declined = { $who } a décliné la demande { DE($name) }{ $name } pour le groupe { $group }.
decided-peer-invited = ✅ { $who } a invité { $name } comme pair-aidant·e.
decided-request-linked = ✅ La demande { DE($name) }{ $name } est maintenant suivie par { $mentor }.
decided-request-withdrawn = La demande { DE($name) }{ $name } a été retirée par la personne.
group-already-member = { $name } fait déjà partie du groupe { $group }.
group-full-now = Impossible : le groupe { $group } est complet.
group-request-gone = Cette demande n'existe plus : la personne l'a retirée, ou quelqu'un y a déjà répondu.
