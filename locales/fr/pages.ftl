# Lists shown a page at a time (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = Cette page n'existe plus (la liste a changé). Rouvrez la liste.
people-role-count = { $role } : { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Recherche « { $text } » : { $count } personne(s)
people-search-hint = Pour chercher par nom : <code>/people nom</code>
people-search-none = Personne ne correspond à « { $text } ».
resource-search-hint = Pour chercher par nom : <code>/resource nom</code>
