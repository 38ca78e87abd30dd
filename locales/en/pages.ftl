# Lists shown a page at a time (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = This page no longer exists (the list changed). Open the list again.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = Search "{ $text }": { $count } people
people-search-hint = To search by name: <code>/people name</code>
people-search-none = Nobody matches "{ $text }".
resource-search-hint = To search by name: <code>/resource name</code>
