# Lists shown a page at a time (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = Esta página ya no existe (la lista ha cambiado). Vuelva a abrir la lista.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Búsqueda «{ $text }»: { $count } persona(s)
people-search-hint = Para buscar por nombre: <code>/people nombre</code>
people-search-none = Nadie coincide con «{ $text }».
resource-search-hint = Para buscar por nombre: <code>/resource nombre</code>
