## As outras cópias de uma decisão, quando alguém decidiu
decided-join-accepted = ✅ { $who } aceitou { $name } no grupo { $group }.
decided-join-declined = { $who } recusou o pedido de { $name } para o grupo { $group }.
decided-peer-invited = ✅ { $who } convidou { $name } como par de apoio.
decided-request-linked = ✅ O pedido de { $name } é agora acompanhado por { $mentor }.
decided-request-withdrawn = A pessoa retirou o pedido de { $name }.
group-already-member = { $name } já faz parte do grupo { $group }.
group-full-now = Impossível: o grupo { $group } está cheio.
group-request-gone = Este pedido já não existe: a pessoa retirou-o, ou alguém já respondeu.
