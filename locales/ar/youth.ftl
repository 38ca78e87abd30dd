# طلبات التواصل، الصلات، نقل الرسائل، إنهاء الصلة، شبكة الأمان، البيانات.
# المفرد مع الشباب، جمع الاحترام مع المرشدين والـCOPIL؛ الشاب يرى «الفريق».

cmd-request = طلب تواصل
cmd-talk = اختيار من أكتب له
cmd-stop = إنهاء الصلة أو الطلب
cmd-mydata = بياناتي
cmd-forget = حذف كل شيء
cmd-mylink = رابطي الشخصي
cmd-end = إنهاء متابعة
cmd-assign = إسناد طلب
cmd-emergency = أرقام الطوارئ للفريق

## /request (الشباب)
request-button = 🤝 طلب تواصل
request-has-link = أنت على تواصل مع { $name } من قبل. يمكنك الكتابة لي هنا وأنا أنقل رسائلك. لإنهاء هذه الصلة: /stop.
request-already-open = عندك طلب جارٍ:
request-change = ✏️ تعديله
request-withdraw = سحب طلبي
request-keep = إبقاؤه كما هو
request-kept = حسنًا، طلبك يبقى كما هو.
request-none-open = لم يعد عندك أي طلب جارٍ. /request لتقديم طلب.
request-withdrawn = تم: طلبك مسحوب. يمكنك تقديم طلب جديد متى شئت بالأمر /request.
request-to-mentor = سيذهب طلبك إلى <b>{ $name }</b>.
request-which-team = في أي منطقة؟
request-where-met = أين تعرّفت على مرشدك، أو في أي وسط؟ (اختياري)
met-sport = ⚽ الرياضة
met-culture = 🎭 الثقافة
met-faith = 🕊 جماعة دينية
met-community = 🌍 جاليتي
met-work = 💼 العمل
met-public = 🏙 مكان عام
met-other = غير ذلك
request-skip = تخطّي
request-what-about = عن أي موضوع؟ يمكنك اختيار موضوع واحد أو أكثر، ثم «متابعة».
request-continue = متابعة ▶
request-themes-none = يلزم اختيار موضوع واحد على الأقل.
request-age = كم عمرك؟
age-under_16 = أقل من 16 سنة
age-16_17 = 16–17 سنة
age-18_25 = 18–25 سنة
age-26_30 = 26–30 سنة
age-over_30 = أكثر من 30 سنة
request-over-30 = شكرًا على ثقتك. Lien للشباب حتى سن 30، لذلك لا أستطيع أن أرسل لك مرشدًا. خدمات أخرى يمكنها مساعدتك: /partners يعرض دليل الشركاء.
request-name = ما الاسم أو اللقب الذي يمكن لمرشدك استعماله؟ ({ $max } حرفًا على الأكثر)
request-name-keep = إبقاء «{ $name }»
request-name-bad = يلزم اسم أو لقب من 1 إلى { $max } حرفًا.
request-message = رسالة قصيرة لمرشدك؟ (اختياري، { $max } حرفًا على الأكثر)
request-message-bad = رسالتك يجب ألا تتجاوز { $max } حرفًا. يمكنك تقصيرها، أو «تخطّي».
request-use-buttons = يمكنك استعمال الأزرار في الأعلى، أو /cancel للتوقف.
request-confirm = هذا طلبك. هل أرسله؟
request-send = ✅ إرسال
request-fix-met = تصحيح: أين تعارفنا
request-fix-themes = تصحيح: المواضيع
request-fix-age = تصحيح: العمر
request-fix-name = تصحيح: الاسم
request-fix-message = تصحيح: الرسالة
request-summary-name = 👤 { $name }
request-summary-age = 🎂 { $age }
request-summary-met = 📍 { $met }
request-summary-themes = 💬 { $themes }
request-summary-message = ✉️ «{ $message }»
request-summary-flagged = ⚠️ <b>في رسالته كلمات ضيق شديد.</b> ردّ عليه Lien بعناية، والفريق يتابع. يُرجى الرد بلطف.
request-summary-language = 🗣 مكتوب بـ{ $lang }
language-fr = الفرنسية
language-en = الإنجليزية
language-de = الألمانية
language-it = الإيطالية
language-pt = البرتغالية
language-es = الإسبانية
language-ar = العربية
request-sent = تم الإرسال! سأخبرك حالما يردّ مرشد أو مرشدة. إذا لم يردّ أحد بسرعة، يتولى الفريق الأمر. يمكنك سحب طلبك بالأمر /stop.
request-sent-team = تم الإرسال! الفريق يبحث عن الشخص المناسب لك وسيعود إليك قريبًا جدًا.
request-team-on-it = لم يجد طلبك مرشدًا بعد: الفريق يتولى الأمر وسيعود إليك قريبًا جدًا. ليس عليك فعل شيء.
request-accepted =
    خبر جميل: <b>{ $name }</b> قَبِل طلبك! 🎉

    يمكنك الكتابة هنا وأنا أنقل رسائلك (نص، صورة، رسالة صوتية، مستند). { $name } لا يرى رقمك ولا اسم المستخدم الخاص بك. يمكنك التوقف متى شئت بالأمر /stop.

## رد المرشدين
request-notice = 🤝 <b>طلب تواصل جديد</b>
request-accept = ✅ قبول
request-decline = رفض
request-notice-forgotten = (حُذف الطلب بطلب من صاحبه.)
request-notice-withdrawn = سحب صاحب الطلب طلبه. شكرًا على كل حال!
request-taken = قَبِل هذا الطلبَ مرشدٌ آخر. شكرًا على ردّكم!
request-yours = قبلتم هذا الطلب من قبل: يُرجى الكتابة هنا للتحدث معه.
request-declined = رفضتم هذا الطلب. شكرًا على ردّكم.
request-you-accepted =
    قبلتم طلب <b>{ $name }</b>. شكرًا!

    { request-write-here }
request-write-here = يُرجى الكتابة هنا: أنقل رسائلكم دون رقمكم ولا اسم المستخدم الخاص بكم. مع عدة شباب، يُرجى الرد على رسالة الشخص أو الاختيار بالأمر /talk. /end لإنهاء المتابعة.
request-assigned = 🤝 أسند إليكم الـCOPIL طلب <b>{ $name }</b>. شكرًا على متابعته!
request-assigned-other = أسند الـCOPIL هذا الطلب إلى مرشد آخر. شكرًا على كل حال!
request-reminder = ⏰ طلب <b>{ $name }</b> ما زال ينتظر الرد. هل يمكنكم قبوله أو رفضه؟
mylink =
    رابطكم الشخصي، لمشاركته وجهًا لوجه مع شاب أو شابة (في رسالة أو في رمز QR مصنوع من الرابط):
    { $link }

    من يفتحه يرسل طلبه إليكم، وتستلمونه هنا.

## تنبيهات إلى الـCOPIL
escalation-unanswered = ⚠️ طلب <b>{ $name }</b> (فريق { $team }) ينتظر منذ { $hours } ساعة دون رد. /assign لإسناده إلى مرشد(ة).
escalation-no-mentor = ⚠️ طلب جديد من <b>{ $name }</b> (فريق { $team }): لا يوجد مرشد نشط لإبلاغه. /assign لإسناده إلى مرشد(ة).
escalation-declined = ⚠️ رفض كل المرشدين طلب <b>{ $name }</b> (فريق { $team }). /assign لإسناده إلى مرشد(ة).

## /assign (COPIL)
assign-none = لا توجد طلبات تنتظر. 🎉
assign-which-request = أي طلب تريدون إسناده؟
assign-request = { $name } — منذ { $since }
assign-which-mentor = إلى أي مرشد(ة) يُسند طلب { $name }؟
assign-no-mentor = لا يوجد أي مرشد نشط في هذا الفريق.
assign-not-open = هذا الطلب لم يعد ينتظر.
assign-done = تم: { $mentor } يتابع الآن { $name }. تم إبلاغ الاثنين.

## نقل الرسائل
relay-from = ↩ { $name }
relay-to = ✉️ { $name }
relay-which = مع عدة أشخاص، لا أعرف لمن أرسل هذه الرسالة (يُرجى الرد على رسالة الشخص، أو /talk): لم أرسل شيئًا.
relay-offer = { $tu ->
        [yes] لإرسالها رغم ذلك، لمن؟
       *[no] لإرسالها رغم ذلك، يُرجى اختيار الشخص:
    }
relay-went-to = ← { $name }
relay-not-sent = لم أنقل هذه الرسالة إلى أحد.
relay-nowhere = { $tu ->
        [yes] لم أنقل هذه الرسالة إلى أحد. /help يعرض ما يمكنك فعله.
       *[no] لم أنقل هذه الرسالة إلى أحد. /help يعرض ما يمكنكم فعله.
    }
relay-reply-unknown = لم أنقل هذه الرسالة إلى أحد: هي ردّ على رسالة من البوت أو من الفريق (أو من محادثة محذوفة)، لا على شخص.
relay-choose = لمن تريدون الكتابة؟
relay-nobody-youth = ليس عندك أحد تكتب له حاليًا. /request لطلب تواصل.
relay-nobody = { $tu ->
        [yes] ليس عندك أحد تكتب له حاليًا.
       *[no] ليس عندكم أحد تكتبون له حاليًا.
    }
relay-only-one-youth = رسائلك تذهب إلى { $name }.
relay-only-one = رسائلكم تذهب إلى { $name }.
relay-now-to = { $tu ->
        [yes] رسائلك القادمة ستذهب إلى <b>{ $name }</b>.
       *[no] رسائلكم القادمة ستذهب إلى <b>{ $name }</b>.
    }
relay-sent-to = { $tu ->
        [yes] أُرسلت إلى <b>{ $name }</b>. رسائلك القادمة ستذهب أيضًا إلى هذا الشخص.
       *[no] أُرسلت إلى <b>{ $name }</b>. رسائلكم القادمة ستذهب أيضًا إلى هذا الشخص.
    }
relay-ended = انتهت هذه المحادثة: لم تُنقل الرسالة.
relay-ended-youth = انتهت صلتك مع { $name }: لم تُنقل رسالتك. يمكنك تقديم طلب جديد متى شئت بالأمر /request.
relay-ended-mentor = انتهت الصلة مع { $name }: لم تُنقل رسالتكم.
relay-mentor-away = مرشدك غير متاح حاليًا: لم تُنقل رسالتك. يمكنك التحدث مع الفريق، أو /stop ثم /request لطلب شخص آخر.
relay-youth-away = أغلق الفريق دخول { $name } إلى Lien حاليًا: لم تُنقل رسالتكم.
relay-undelivered-youth = لم أستطع نقل هذه الرسالة (ربما حظر الشخص البوت). يمكنك المحاولة لاحقًا.
relay-undelivered = لم أستطع نقل هذه الرسالة (ربما حظر الشخص البوت). يُرجى المحاولة لاحقًا.
relay-flagged = ⚠️ الرسالة التالية من <b>{ $name }</b> فيها كلمات ضيق شديد. ردّ عليه Lien بعناية (أرقام الطوارئ، أو سؤاله إن كان في أمان) والفريق يتابع. يُرجى الرد بلطف؛ لستم وحدكم.

## /stop (الشباب) و /end (المرشدون)
stop-confirm = إنهاء صلتك مع <b>{ $name }</b>؟ سأخبره بلطف. يمكنك تقديم طلب جديد لاحقًا.
stop-yes = نعم، إنهاء
stop-no = لا، متابعة
stop-kept = حسنًا، لا شيء يتغير.
stop-request = عندك طلب جارٍ. هل أسحبه؟
stop-nothing = ليس عندك صلة ولا طلب جارٍ. /request لطلب تواصل.
stop-already-ended = هذه الصلة انتهت من قبل.
stop-done = تم، انتهت الصلة. شكرًا على هذا الجزء من الطريق! يمكنك تقديم طلب جديد متى شئت بالأمر /request.
stop-mentor = اختار <b>{ $name }</b> إنهاء الصلة. هذا حقه، وليس فشلًا: شكرًا على حضوركم. ليس عليكم فعل شيء.
end-nothing = لا تتابعون أحدًا حاليًا.
end-which = أي متابعة تريدون إنهاءها؟
end-why = لماذا تنهون متابعة <b>{ $name }</b>؟
end-reason-goals = 🎯 تحققت الأهداف
end-reason-work = 💼 وجد عملًا أو تدريبًا
end-reason-professional = 🤝 تحويل إلى مختص(ة)
end-reason-no_contact = 📭 لا تواصل بعد الآن
end-reason-other = سبب آخر
end-cancel = إلغاء
end-kept = حسنًا، المتابعة مستمرة.
end-already-ended = هذه المتابعة انتهت من قبل.
end-done = انتهت متابعة <b>{ $name }</b>. شكرًا على التزامكم!
end-youth = أنهى { $name } الصلة معك. شكرًا على هذا الجزء من الطريق! إذا كنت ما زلت بحاجة إلى مساعدة، يمكنك تقديم طلب جديد متى شئت بالأمر /request.
peer-offer = مبروك على عملك أو تدريبك! 🎉 شباب آخرون يمكنهم الاستفادة من تجربتك. هل تحب أن تصبح داعمًا من الأقران (تنشيط لقاءات بين الشباب، مرتين في الشهر)؟ سيتواصل معك الفريق.
peer-yes = نعم، هذا يهمني
peer-no = لا، شكرًا
peer-declined = لا مشكلة! بالتوفيق. 🙂
peer-agreed = رائع! تم إبلاغ الفريق وسيعود إليك.
peer-copil = <b>{ $name }</b> وجد عملًا أو تدريبًا (بمتابعة { $mentor }) ويوافق على دعوته كداعم(ة) من الأقران.
peer-invite = دعوة كداعم(ة) من الأقران
peer-already = هذا الشخص لم يعد شابًا في Lien (ربما أصبح داعمًا من الأقران؟).
peer-done = { $name } أصبح الآن داعمًا من الأقران. رحّبت به.

## شبكة الأمان
safety-youth =
    شكرًا لأنك كتبت لي هذا. ما تعيشه مهم، ولست وحدك. 💛
    إذا كنت في خطر أو تحتاج أن تتكلم الآن، يمكنك الاتصال بـ:
    { $numbers }
    والفريق على علم ليساعدك.
safety-category-suicide = أفكار انتحارية
safety-category-self_harm = إيذاء النفس
safety-category-abuse = إساءة
safety-category-violence = عنف
safety-category-danger = في خطر
safety-category-threat = تهديد للآخرين
safety-category-distress = ضيق شديد، يأس
safety-level-high = عاجل
safety-level-medium = مقلق
safety-copil =
    🚨 <b>تنبيه من شبكة الأمان</b> ({ $category }، { $level } · القاعدة { $rule })
    { $who }
    { $where }
    { $said }
safety-copil-who-youth = شاب/شابة: <b>{ $name }</b>، فريق { $team }
safety-copil-who-peer_helper = داعم(ة) من الأقران: <b>{ $name }</b>، فريق { $team }
safety-copil-who-stranger = شخص لم يسجّل بعد (بدون اسم)، فريق { $team }
safety-copil-said =
    الرسالة: «{ $text }»
    أُرسلت إليه أرقام الطوارئ.
safety-copil-said-not_really = على سؤال «هل أنت في أمان الآن؟» كان الجواب «ليس تمامًا». أُرسلت إليه أرقام الطوارئ. الرسالة غير محفوظة.
safety-copil-said-talk = على سؤال «هل أنت في أمان الآن؟» كان الجواب «أريد أن أتكلم مع أحد». أُرسلت إليه أرقام الطوارئ. الرسالة غير محفوظة.
safety-copil-said-timeout = كلمات مقلقة، ولا جواب خلال 30 دقيقة على سؤال «هل أنت في أمان الآن؟». لم يُرسل إليه شيء آخر؛ الرسالة غير محفوظة.
safety-question = ما تكتبه يقلقني قليلًا. هل أنت في أمان الآن؟
safety-answer-ok = نعم، أنا بخير
safety-answer-not_really = ليس تمامًا
safety-answer-talk = أريد أن أتكلم مع أحد
safety-answered-ok = شكرًا على ردك. 💛 إذا تغيّر شيء، يمكنك الكتابة لي، أنا هنا.
safety-take = 🙋 سأتولى الأمر
safety-taken-you = تم: أنتم من يتولى الأمر. الآخرون يرون ذلك.
safety-taken-label = ✅ { $name } يتولى الأمر
safety-taken-by = { $name } يتولى الأمر من قبل.
safety-copil-link = الصلة رقم { $link } مع { $mentor } (إذا وصلته الرسالة، فهي معلَّمة).
safety-copil-no-link = لا صلة بعد.
emergency-ch =
    • 144 — الطوارئ الطبية
    • 117 — الشرطة
    • 143 — La Main Tendue (استماع، 24 ساعة)
    • 147 — Pro Juventute (للشباب، 24 ساعة)
emergency-fr =
    • 15 — SAMU (الطوارئ الطبية)
    • 17 — الشرطة
    • 112 — الطوارئ
    • 3114 — الوقاية من الانتحار (24 ساعة)
    • 119 — الأطفال في خطر
emergency-default = • 112 — الطوارئ

## /emergency (COPIL)
emergency-own = قائمة الفريق الخاصة
emergency-country = الافتراضية، البلد { $country }
emergency-change = ✏️ تغيير: { $team }
emergency-reset = ↺ الافتراضية
emergency-was-reset = تم: فريق { $team } يعطي من جديد الأرقام الافتراضية لبلده.
emergency-ask =
    يُرجى كتابة الأرقام لفريق <b>{ $team }</b>، رقم في كل سطر مع ما هو ({ $lines } أسطر على الأكثر)، مثلًا:
    144 الطوارئ الطبية
    143 La Main Tendue (استماع، 24 ساعة)
    /cancel للإلغاء.
emergency-bad = يلزم من 1 إلى { $lines } أسطر، في كل منها رقم. يُرجى المحاولة مرة أخرى، أو /cancel.
emergency-saved =
    تم الحفظ. سيرى شباب فريق { $team }:
    { $numbers }

## /mydata و /forget
mydata-nothing = { $tu ->
        [yes] ليس عندي أي بيانات عنك.
       *[no] ليس عندي أي بيانات عنكم.
    }
mydata-caption = { $tu ->
        [yes] هذا كل ما يحفظه Lien عنك. الرسائل المتبادلة لا تُحفظ أبدًا.
       *[no] هذا كل ما يحفظه Lien عنكم. الرسائل المتبادلة لا تُحفظ أبدًا.
    }
forget-confirm = حذف كل شيء؟ ملفك وطلباتك وصلتك وسجلّها ستُحذف نهائيًا. صلتك الجارية تتوقف. لا يمكن التراجع عن هذا.
forget-yes = نعم، حذف كل شيء
forget-no = لا، إبقاء
forget-kept = حسنًا، لم يُحذف شيء.
forget-done = تم: حُذف كل شيء. اعتنِ بنفسك! إذا أردت العودة يومًا، أرسل /start.
