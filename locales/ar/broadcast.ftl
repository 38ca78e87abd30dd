# إرسالات الـCOPIL. جمع الاحترام مع الـCOPIL، المفرد مع الشباب.

cmd-broadcast = إرسال خبر إلى الفريق
cmd-broadcasts = الإرسالات الأخيرة والمبرمجة
cmd-news = استلام الأخبار أو لا

## /broadcast (COPIL)
broadcast-ask-audience = لمن تُرسل الرسالة؟
broadcast-audience-mentors = المرشدون
broadcast-audience-peer_helpers = الداعمون من الأقران
broadcast-audience-youths = الشباب الذين يريدون الأخبار
broadcast-audience-everyone = الجميع
broadcast-ask-team = لأي فريق؟
broadcast-all-teams = كل الفرق
broadcast-ask-content =
    يُرجى إرسال الرسالة كما يجب أن تخرج: نص (الخط العريض والمائل والروابط مسموحة)، أو صورة أو مستند مع تعليق ({ $max } حرفًا على الأكثر).
    /cancel للإلغاء.
broadcast-content-bad = يُرجى إرسال نص أو صورة أو مستند (واحد فقط). أو /cancel.
broadcast-lost = هذه المسودة لم تعد موجودة. يُرجى البدء من جديد بالأمر /broadcast.
broadcast-preview-title = معاينة، تمامًا كما سيستلمها الناس:
broadcast-preview-for =
    إلى: <b>{ $audience }</b>، { $where } — { $count ->
        [0] لا أحد حاليًا
        [one] شخص واحد
       *[other] { $count } أشخاص
    }.
broadcast-send-now = 📤 إرسال الآن ({ $count })
broadcast-schedule = 🕒 برمجة
broadcast-change = ✏️ تغيير الرسالة
broadcast-stop = إلغاء
broadcast-nobody = لا أحد يستلم هذه الرسالة حاليًا: لم يُرسل شيء.
broadcast-sending = بدأ الإرسال (الإرسال رقم { $id }). سأرسل لكم ملخصًا عندما يصل كل شيء. /broadcasts يعرض التقدم.
broadcast-ask-when = متى تُرسل؟ مثلًا «demain 9h» أو «jeudi 18h30» أو «le 3 décembre à 8h».
broadcast-when-bad = لم أفهم هذا التاريخ. يُرجى تجربة «demain 9h» أو «le 3 décembre à 8h»، أو /cancel.
broadcast-when-past = هذا الوقت مضى. يُرجى إعطاء تاريخ قادم، أو /cancel.
broadcast-when-too-far = هذا بعيد جدًا: { $years } سنوات مسبقًا على الأكثر. أي تاريخ؟
broadcast-when-no-time = في أي ساعة؟ مثلًا «jeudi 18h30»، أو /cancel.
broadcast-scheduled = تمت البرمجة ليوم { $when }. /broadcasts لإلغائها.
broadcast-report =
    انتهى الإرسال رقم { $id }: { $sent ->
        [one] { $sent } أُرسلت
       *[other] { $sent } أُرسلت
    }{ $unreachable ->
        [0] {""}
        [one] ، { $unreachable } لا يمكن الوصول إليه (حظر البوت)
       *[other] ، { $unreachable } لا يمكن الوصول إليهم (حظروا البوت)
    }{ $failed ->
        [0] {""}
       *[other] ، { $failed } فشلت
    }.

## /broadcasts (COPIL)
broadcasts-none = لا إرسالات حاليًا. /broadcast لإرسال واحد.
broadcasts-title = <b>الإرسالات</b>
broadcasts-line-scheduled = 🕒 رقم { $id } — مبرمج { $when } — { $audience }، { $where }
broadcasts-line-sending = 📤 رقم { $id } — جارٍ — { $audience }، { $where } — { $sent }/{ $total }
broadcasts-line-done = ✅ رقم { $id } — { $when } — { $audience }، { $where } — { $sent }/{ $total } { $total ->
        [one] أُرسلت
       *[other] أُرسلت
    }، { $unreachable } { $unreachable ->
        [one] لا يمكن الوصول إليه
       *[other] لا يمكن الوصول إليهم
    }، { $failed } فشلت
broadcasts-line-cancelled = ✖️ رقم { $id } — ملغى — { $audience }، { $where }
broadcasts-cancel = ✖️ إلغاء رقم { $id } ({ $when })
broadcasts-cancelled = أُلغي الإرسال رقم { $id }.
broadcasts-too-late = فات الأوان: خرج من قبل أو أُلغي.

## /news (الشباب)
news-on = تستلم أخبار الفريق (تدريبات، أنشطة، معلومات).
news-off = لا تستلم أخبار الفريق. يمكنك التغيير متى شئت.
news-turn-on = 🔔 استلام الأخبار
news-turn-off = 🔕 إيقاف الأخبار
