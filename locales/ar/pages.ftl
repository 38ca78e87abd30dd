# Lists shown a page at a time (bot/pages.py).
page-prev = ◀
page-next = ▶
page-of = { $page }/{ $pages }
page-gone = هذه الصفحة لم تعد موجودة (تغيّرت القائمة). يُرجى فتح القائمة من جديد.
people-role-count = { $role }: { $count }
people-page-title = <b>{ $team }</b> — { $role } ({ $count })
people-search-title = بحث «{ $text }»: { $count } شخص
people-search-hint = للبحث بالاسم: <code>/people الاسم</code>
people-search-none = لا أحد يطابق «{ $text }».
resource-search-hint = للبحث بالاسم: <code>/resource الاسم</code>
