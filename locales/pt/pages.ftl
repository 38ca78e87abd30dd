# Lists shown a page at a time (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = Esta página já não existe (a lista mudou). Abra a lista outra vez.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Pesquisa «{ $text }»: { $count } pessoa(s)
people-search-hint = Para procurar pelo nome: <code>/people nome</code>
people-search-none = Ninguém corresponde a «{ $text }».
resource-search-hint = Para procurar pelo nome: <code>/resource nome</code>
