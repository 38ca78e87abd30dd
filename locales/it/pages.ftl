# Liste mostrate una pagina alla volta (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = Questa pagina non esiste più (la lista è cambiata). Riapra la lista.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Ricerca « { $text } »: { $count } persona/e
people-search-hint = Per cercare per nome: <code>/people nome</code>
people-search-none = Nessuno corrisponde a « { $text } ».
resource-search-hint = Per cercare per nome: <code>/resource nome</code>
