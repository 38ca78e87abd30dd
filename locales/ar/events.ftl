# فعاليات الـCOPIL: تدريبات، جلسات تبادل خبرات (intervision)، جلسات إعلامية.
# الشباب لا يرون «تبادل الخبرات» أبدًا: بالنسبة لهم هو لقاء مع الفريق.

cmd-event = إنشاء تدريب أو لقاء
cmd-events = الفعاليات: الردود، الحضور

event-kind-training = تدريب
event-kind-intervision = جلسة تبادل خبرات
event-kind-info = جلسة إعلامية
event-kind-meeting = لقاء مع الفريق

## /event (COPIL)
event-ask-kind = أي نوع من الفعاليات؟
event-ask-title = العنوان؟ ({ $max } حرفًا على الأكثر، /cancel للإلغاء)
event-title-bad = يجب أن يكون العنوان من 2 إلى { $max } حرفًا. يُرجى المحاولة مرة أخرى، أو /cancel.
event-ask-when = متى؟ مثلًا «jeudi 18h30» أو «le 3 décembre à 9h».
event-when-confirm = 📅 { $when }: هل هذا صحيح؟
event-when-yes = ✅ نعم
event-when-no = ✏️ لا، تغيير
event-ask-duration = كم من الوقت؟ مثلًا «2h» أو «1h30» أو «90 min».
event-duration-bad = لم أفهم هذه المدة (بين دقيقة و12 ساعة). مثلًا «1h30».
event-ask-place = أين؟ عنوان أو قاعة أو رابط للاتصال. ({ $max } حرفًا على الأكثر)
event-place-bad = يجب أن يكون المكان من 2 إلى { $max } حرفًا. يُرجى المحاولة مرة أخرى، أو /cancel.
event-ask-capacity = كم مقعدًا؟ رقم (حتى { $max })، أو 0 إذا لم يكن هناك حد.
event-capacity-bad = يُرجى كتابة رقم من 1 إلى { $max }، أو 0 بلا حد.
event-ask-audience = من تُدعون؟
event-preview =
    هذه هي الدعوة ({ $count ->
        [0] لا أحد حاليًا
        [one] شخص واحد
       *[other] { $count } أشخاص
    })، مع ملف تقويم:
event-send = 📤 إرسال الدعوات ({ $count })
event-created = تم إنشاء الفعالية رقم { $id }: الدعوات تُرسل الآن. /events لرؤية الردود.
event-report =
    أُرسلت الدعوات إلى «{ $title }»: { $sent ->
        [one] { $sent } شخص استلمها
       *[other] { $sent } أشخاص استلموها
    }{ $unreachable ->
        [0] {""}
        [one] ، { $unreachable } لا يمكن الوصول إليه (حظر البوت)
       *[other] ، { $unreachable } لا يمكن الوصول إليهم (حظروا البوت)
    }{ $failed ->
        [0] {""}
        [one] ، { $failed } إرسال فشل
       *[other] ، { $failed } إرسالات فشلت
    }. /events يعرض الردود.
event-calendar-caption = ملف التقويم المرسل مع الدعوة.
event-gone = هذه الفعالية لم تعد موجودة.

## ما يستلمه المدعوون
event-line-when = 🕒 { $when } ({ $minutes } دقيقة)
event-line-place = 📍 { $place }
event-line-capacity = 👥 { $capacity ->
        [one] { $capacity } مقعد
       *[other] { $capacity } مقاعد
    }
event-invite-question = { $tu ->
        [yes] هل ستأتي؟
       *[no] هل ستحضرون؟
    }
event-yes = ✅ نعم
event-maybe = 🤔 ربما
event-no = ❌ لا
event-answered-yes = { $tu ->
        [yes] تم التسجيل: ستأتي!
       *[no] تم التسجيل: ستحضرون!
    }
event-answered-maybe = تم التسجيل: ربما.
event-answered-no = تم التسجيل: ليس هذه المرة.
event-answered-waiting = { $tu ->
        [yes] المقاعد ممتلئة حاليًا: أنت على قائمة الانتظار. سأخبرك إذا تحرر مقعد.
       *[no] المقاعد ممتلئة حاليًا: أنتم على قائمة الانتظار. سأخبركم إذا تحرر مقعد.
    }
event-moved-up = { $tu ->
        [yes] 🎉 تحرر مقعد: أنت مسجَّل!
       *[no] 🎉 تحرر مقعد: أنتم مسجَّلون!
    }
event-closed = هذه الفعالية بدأت أو أُلغيت: لم يعد الرد ممكنًا.
event-reminder-day = { $tu ->
        [yes] ⏰ تذكير: الموعد غدًا!
       *[no] ⏰ تذكير: الموعد غدًا.
    }
event-reminder-2h = ⏰ تذكير: بعد ساعتين.
event-change-moved = { $tu ->
        [yes] 📅 تغيير في الموعد! هذا هو الموعد الجديد (ملف التقويم محدَّث):
       *[no] 📅 تغيير في الموعد. هذا هو الموعد الجديد (ملف التقويم محدَّث):
    }
event-change-cancelled = ✖️ أُلغي. نعتذر عن التغيير.

## /events (COPIL)
events-none = لا فعاليات قادمة. /event لإنشاء واحدة.
events-title = <b>الفعاليات</b> (يُرجى اختيار واحدة):
events-open = { $when } — { $title }
events-cancelled-mark = ✖️ <b>ملغاة</b>
events-answers-yes = ✅ نعم ({ $count }): { $names }
events-answers-waiting = ⏳ قائمة الانتظار ({ $count }): { $names }
events-answers-maybe = 🤔 ربما ({ $count }): { $names }
events-answers-no = ❌ لا ({ $count }): { $names }
events-came = 🙋 الحاضرون ({ $count }): { $names }
events-attendance = 🙋 الحضور
events-attendance-title = من حضر «{ $title }»؟ يُرجى لمس اسم لتحديده أو إلغاء تحديده.
events-move = 🕒 تغيير الموعد
events-cancel = ✖️ إلغاء الفعالية
events-cancel-confirm = إلغاء «{ $title }»؟ سيتم إبلاغ كل من ردّ.
events-cancel-yes = نعم، إلغاء
events-cancelled = أُلغيت «{ $title }»؛ تم إبلاغ من ردّوا.
events-move-ask = موعد جديد لـ«{ $title }»؟ مثلًا «jeudi 18h30». /cancel للإبقاء على الموعد.
events-moved = نُقلت «{ $title }» إلى { $when }؛ تم إبلاغ من ردّوا.
