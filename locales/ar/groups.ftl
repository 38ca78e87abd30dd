# مجموعات دعم الأقران. المفرد مع الشباب والداعمين من الأقران.
# الشاب يقرأ «مجموعة» و«جلسة»، ولا يقرأ أبدًا «COPIL» ولا «تبادل الخبرات».

cmd-group = إنشاء مجموعة دعم الأقران
cmd-groups = مجموعاتي وجلساتها
cmd-attendance = تسجيل من حضر جلسة

## /group (COPIL)
group-ask-name = اسم المجموعة؟ ({ $max } حرفًا على الأكثر، /cancel للإلغاء)
group-no-helpers = لا يوجد بعد داعمون من الأقران في هذا الفريق: يُرجى دعوة أحدهم بالأمر /invite، ثم البدء من جديد.
group-ask-helpers = من ينشّط المجموعة؟ يُرجى لمس أسماء الداعمين من الأقران، ثم «متابعة».
group-helpers-done = متابعة ▶
group-helpers-none = يُرجى اختيار داعم(ة) واحد على الأقل.
group-ask-size = كم شابًا على الأكثر؟ يُرجى لمس { $default } أو كتابة رقم (من 2 إلى { $max }).
group-size-bad = يُرجى كتابة رقم من 2 إلى { $max }.
group-ask-rhythm =
    أي إيقاع؟ مثلًا «2e et 4e mardi 18h» أو «chaque jeudi 17h30»، أو تواريخ: «3.12 18h; 17.12 18h».
group-rhythm-bad = لم أفهم هذا الإيقاع. يُرجى تجربة «2e et 4e mardi 18h» أو «3.12 18h; 17.12 18h».
group-rhythm-past = «{ $date }» مضى. يُرجى حذف هذا التاريخ، أو كتابته مع السنة إن كان فعلًا في السنة القادمة («24.11.2027 18h»).
group-confirm = مجموعة <b>{ $name }</b>، { $size } شباب على الأكثر، { $count ->
        [one] جلسة واحدة مبرمجة
       *[other] { $count } جلسات مبرمجة
    }:
group-create = ✅ إنشاء المجموعة
group-created =
    تم إنشاء مجموعة <b>{ $name }</b>. رابط الانضمام (لإعطائه للشباب):
    { $link }
group-helper-told =
    أنت تنشّط مجموعة <b>{ $name }</b>. /groups يعرض جلساتها. رابط الانضمام:
    { $link }

## الانضمام
group-full = مجموعة { $name } ممتلئة حاليًا. يمكنك التحدث مع الشخص الذي أعطاك الرابط.
group-joined = أهلًا بك في مجموعة <b>{ $name }</b>! الجلسات القادمة:
group-ask-join = ➕ الانضمام إلى «{ $name }»
group-ask-mentor = 🙋 طلب مرشد/ة
group-ask-which = من أي مجموعة تريد طلب مرشد/ة؟
group-asked = تم الطلب: سيصلك الرد هنا.
group-already = طلبت من قبل أو أنت في هذه المجموعة من قبل.
group-request = { $name } يطلب الانضمام إلى مجموعة { $group }. { $tu ->
    [yes] هل تقبل الطلب؟
   *[no] هل تقبلون الطلب؟
}
group-accept = ✅ قبول
group-decline = رفض
group-accepted = تم: انضم الشخص إلى { $name }.
group-declined = حسنًا، رُفض الطلب.
group-youth-none = لست في أي مجموعة حاليًا.
group-leave = مغادرة «{ $name }»
group-leave-confirm = هل تريد مغادرة مجموعة <b>{ $name }</b>؟ لن تصلك تذكيراتها بعد الآن. يمكنك طلب الانضمام من جديد متى شئت، بالأمر /groups.
group-leave-yes = نعم، أغادر المجموعة
group-leave-no = لا، أبقى
group-left = تم، غادرت <b>{ $name }</b>. شكرًا على مشاركتك! إذا رغبت في العودة، /groups موجود.
group-stayed = حسنًا، تبقى في <b>{ $name }</b>.
group-not-member = لم تعد عضوًا في هذه المجموعة.

## /groups (الداعمون من الأقران، COPIL)
group-led-none = لا مجموعات حاليًا.
group-led-title = <b>{ $name }</b> — { $count }/{ $size } شباب
group-session-open = { $name } · { $when }
group-answers-short = (✅ { $yes } · ❌ { $no })
group-answers-yes = ✅ نعم ({ $count }): { $names }
group-answers-no = ❌ لا ({ $count }): { $names }
group-answers-none = ⏳ لم يردّوا بعد ({ $count }): { $names }
group-set-details = 📍 المكان والموضوع
group-cancel-session = ✖️ إلغاء الجلسة
group-session-cancelled-mark = (ملغاة)
group-ask-details = جلسة { $when }: المكان، ثم الموضوع بعد فاصلة منقوطة. مثلًا «دار الحي; السيرة الذاتية والمقابلات».
group-details-bad = { $tu ->
        [yes] يلزم المكان (من 2 إلى 120 حرفًا)، ثم إن شئت «;» والموضوع.
       *[no] يُرجى كتابة المكان (من 2 إلى 120 حرفًا)، ثم إن شئتم «;» والموضوع.
    }
group-details-set = تم التسجيل: { $line }
group-cancel-confirm = إلغاء جلسة { $when } ({ $name })؟ سيتم إبلاغ شباب المجموعة.
group-session-cancelled = أُلغيت جلسة { $when }؛ تم إبلاغ الشباب.

## ما يستلمه الشباب
group-message-day = ⏰ غدًا جلسة مجموعة <b>{ $group }</b>. هل ستأتي؟
group-message-2h = ⏰ بعد ساعتين، جلسة مجموعة <b>{ $group }</b>.
group-message-cancelled = ✖️ أُلغيت جلسة مجموعة <b>{ $group }</b>.
group-yes = ✅ نعم
group-no = ❌ لا
group-answered-yes = تم التسجيل، إلى اللقاء قريبًا!
group-answered-no = تم التسجيل. ربما في المرة القادمة!

## /attendance
group-attendance-none = لا جلسات في الأسبوعين الأخيرين.
group-attendance-which = أي جلسة؟
group-attendance-title = { $name }، { $when }: { $count ->
        [one] { $count } حاضر
       *[other] { $count } حاضرون
    }. { $tu ->
        [yes] المس اسمًا لتحديده أو إلغاء تحديده.
       *[no] يُرجى لمس اسم لتحديده أو إلغاء تحديده.
    }
group-sessions-all = 🗓 كل الجلسات القادمة
group-sessions-title = <b>{ $name }</b>: { $count } جلسة قادمة
rating-ask = ⭐ شكرًا على حضورك جلسة الدعم بين الأقران «{ $group }»! كيف كانت؟ (1 = ليست جيدة، 5 = رائعة) تقييمك يبقى مجهول الهوية.
rating-1 = 1
rating-2 = 2
rating-3 = 3
rating-4 = 4
rating-5 = 5
rating-thanks = شكرًا على تقييمك! 💛
rating-average = ⭐ جلسة «{ $group }» بتاريخ { $day }: المعدل { $stars } من 5 ({ $count } تقييمات من الشباب الحاضرين). التقييمات اللاحقة تُحسب في أرقام الفريق دون رسالة جديدة، حتى لا يُعرف أحد.
