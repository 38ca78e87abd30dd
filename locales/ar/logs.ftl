# /log و /history و /hours (المرشدون، COPIL) — جمع الاحترام.
# التواريخ والمدد المكتوبة تُقرأ بالفرنسية أو الإنجليزية: الأمثلة بالفرنسية.

## أنواع المتابعة (storage.models.KINDS)
kind-one_off = متابعة لمرة واحدة
kind-long_term = متابعة طويلة الأمد
kind-collective = متابعة جماعية
kind-relay = تحويل إلى مختص(ة)

## /log
log-who = لمن؟ يُرجى لمس اسم، أو كتابة كل شيء في جملة واحدة، مثلًا: «hier 45 min avec Samir, logement».
log-who-pending = «{ $name }» ليس من شبابكم في Lien. إذا كنتم تتابعون هذا الشخص خارج البوت، يُرجى لمس اسمه في الأسفل.
log-button-offline-new = ➕ { $name } (خارج البوت)
log-button-offline-other = ➕ شخص متابَع خارج البوت
log-button-group = 👥 مجموعة
log-ask-offline = لقبه أو الأحرف الأولى من اسمه؟ أنتم وحدكم من سيراه. ({ $max } حرفًا على الأكثر)
log-offline-bad = لقب أو أحرف أولى، من 1 إلى { $max } حرفًا، من فضلكم.
log-ask-group = أي مجموعة؟ مثلًا «كرة القدم يوم الثلاثاء». ({ $max } حرفًا على الأكثر)
log-group-bad = يجب أن يكون اسم المجموعة من 1 إلى { $max } حرفًا.
log-ask-kind = أي نوع من المتابعة؟
log-ask-when = متى؟ يُرجى لمس زر أو كتابة التاريخ («mardi» أو «12.11»).
log-today = اليوم
log-yesterday = أمس
log-before-yesterday = أول أمس
log-date-future = هذا اليوم لم يمض بعد: تُسجَّل المتابعة بعد حدوثها. أي يوم كان؟
log-date-too-old = كان ذلك قبل أكثر من سنة: تُسجَّل المتابعة خلال السنة. أي يوم كان؟
log-date-unknown = لم أفهم هذا التاريخ. يُرجى تجربة «hier» أو «mardi» أو «12.11».
log-ask-minutes = كم من الوقت؟ يُرجى لمس زر أو كتابته («1h30» أو «20 min»).
log-minutes-bad = يجب أن تكون المدة بين دقيقة و{ $max } ساعات. كم من الوقت؟
log-minutes-unknown = لم أفهم هذه المدة. يُرجى تجربة «45» أو «1h30» أو «2 heures».
log-ask-partner = إلى أي شريك؟ يُرجى لمس اسم أو كتابته.
log-partner-unknown = «{ $name }» ليس في الدليل. يمكنكم الإبقاء على هذا الاسم كما هو، أو اختيار شريك (ويمكنكم أيضًا كتابة اسم آخر).
log-partner-keep = ✍️ إبقاء «{ $name }»
log-partner-several = عدة شركاء يطابقون: أيّهم؟
log-who-youth = 👤 { $name }
log-who-offline = 🔒 { $name } (خارج البوت)
log-who-group = 👥 مجموعة «{ $name }»
log-who-forgotten = 👤 (شخص محذوف)
log-summary-title = <b>متابعتكم</b>
log-summary-themes-none = 🏷 المواضيع: يُرجى لمس موضوع واحد على الأقل في الأسفل
log-summary-note = 📝 ملاحظة مشفّرة: { $length ->
        [one] حرف واحد ({ $length })
       *[other] { $length } حرفًا
    }
log-summary-no-note = 📝 لا ملاحظة. لإضافة واحدة، يُرجى كتابتها هنا: تبقى مشفّرة ولا يقرؤها غيركم.
log-summary-check = يُرجى التحقق، ثم «حفظ». لا يُحفظ شيء قبل ذلك.
log-save = ✅ حفظ
log-edit = ✏️ تعديل
log-discard = ✖️ تخلٍّ
log-themes-needed = يُرجى اختيار موضوع واحد على الأقل.
log-note-too-long = هذه الملاحظة فيها { $length } حرفًا: { $max } على الأكثر. يُرجى تقصيرها وإرسالها من جديد؛ باقي المتابعة محفوظ.
log-note-kept = 📝 أُضيفت الملاحظة، مشفّرة.
log-saved = ✅ تم الحفظ: { $minutes } دقيقة، { $when }. شكرًا!
log-saved-already = ✅ هذه المتابعة محفوظة من قبل، مرة واحدة.
log-updated = ✅ عُدّلت المتابعة.
log-edit-which = ماذا تريدون أن تعدّلوا؟
log-edit-who = لمن
log-edit-kind = نوع المتابعة
log-edit-when = التاريخ
log-edit-minutes = المدة
log-edit-partner = الشريك
log-edit-note = 🗑 حذف الملاحظة
log-not-understood = لم أتعرف على شيء. يُرجى لمس زر، أو كتابة مثلًا «hier 45 min avec Samir, logement».
log-sentence-duration = «{ $text }»: يجب أن تكون المدة بين دقيقة و{ $max } ساعات. لم يُحفظ شيء.
log-sentence-future = «{ $text }» لم يمض بعد: تُسجَّل المتابعة بعد حدوثها. لم يُحفظ شيء.
log-sentence-too-old = «{ $text }» يعود إلى أكثر من سنة: تُسجَّل المتابعة خلال السنة. لم يُحفظ شيء.
log-discarded = حسنًا، لم يُحفظ شيء.
log-use-buttons = يُرجى لمس أحد الأزرار في الأعلى، أو /cancel.
log-gone = هذه المتابعة لم تعد موجودة أو لم يعد تعديلها ممكنًا (30 يومًا على الأكثر).
log-stale = بدأتم متابعة منذ بعض الوقت. هل هذه الرسالة لتلك المتابعة؟ إن كان كذلك، يُرجى إرسالها من جديد. إن كانت لشاب أو شابة، يُرجى وضع المتابعة جانبًا ثم إرسالها من جديد: ستذهب إلى الشاب.
log-set-aside = ⏸ وضع المتابعة جانبًا
log-was-set-aside = ⏸ وُضعت المتابعة جانبًا، لم يضِع شيء: /log لاستئنافها. رسائلكم تذهب من جديد إلى شبابكم.
log-resumed = ▶ متابعتكم الموضوعة جانبًا تُستأنف هنا.

## قائمة الأوامر
cmd-log = تسجيل متابعة
cmd-history = آخر متابعاتي
cmd-hours = { $role ->
        [copil] وقت الفريق (تعويض المصاريف)
       *[other] وقتي (تعويض المصاريف)
    }

## /history
history-none = لا متابعات مسجلة حاليًا. /log لتسجيل واحدة.
history-title = <b>آخر متابعاتكم</b>
history-tap = يُرجى لمس متابعة من آخر 30 يومًا لرؤيتها أو تعديلها أو حذفها.
history-delete = 🗑 حذف
history-delete-confirm = حذف هذه المتابعة؟ هذا نهائي.
history-delete-yes = نعم، حذف
history-deleted = 🗑 حُذفت المتابعة.
history-note-unreadable = 📝 ملاحظة غير مقروءة: تغيّر مفتاح التشفير منذ ذلك الحين.

## /hours
hours-title = <b>وقتكم</b>
hours-month = <b>{ $month }</b>: { $total }
hours-csv = 📄 CSV { $month }
hours-csv-caption = وقتكم في { $month }: { $total }. التواريخ والأنواع والدقائق والمواضيع والشركاء؛ بدون أسماء ولا ملاحظات. يمكنكم إرساله إلى الـCOPIL.
hours-col-date = التاريخ
hours-col-kind = نوع المتابعة
hours-col-minutes = الدقائق
hours-col-themes = المواضيع
hours-col-partner = الشريك
hours-col-kind-code = رمز النوع
hours-col-theme-codes = رموز المواضيع
hours-col-team = الفريق
hours-col-mentor = المرشد(ة)
hours-col-total = المجموع (دقائق)
hours-which-month = أي شهر؟
hours-team-title = <b>وقت المرشدين، { $month }</b>
hours-team-none = لا متابعات مسجلة.
hours-year = 📅 آخر 12 شهرًا
hours-team-summary =
    <b>وقت المرشدين، { $month }</b>
    { $mentors } مرشدين في { $teams } فريق: { $total } في المجموع.
    التفصيل لكل مرشد(ة) في الملف أدناه.
