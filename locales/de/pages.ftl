# Listen, Seite für Seite (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = Diese Seite gibt es nicht mehr (die Liste hat sich geändert). Öffnen Sie die Liste neu.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Suche « { $text } »: { $count } Person(en)
people-search-hint = Nach Namen suchen: <code>/people Name</code>
people-search-none = Niemand passt zu « { $text } ».
resource-search-hint = Nach Namen suchen: <code>/resource Name</code>
