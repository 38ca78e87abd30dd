# Lien — النصوص الأساسية (العربية الفصحى بكلمات بسيطة). الفرنسية هي المرجع.
# مع الشباب والداعمين من الأقران: المفرد «ـكَ/ـكِ» بصيغ لا تفرّق بين المذكر والمؤنث
# («يمكنك + مصدر» بدل فعل الأمر). مع المرشدين والـCOPIL: جمع الاحترام («يمكنكم»، «يُرجى»).
# الشاب لا يرى كلمة «COPIL» أبدًا: يرى «الفريق».

## هذه اللغة: اسمها بلغتها (أزرار /language) ولغة Babel للتواريخ
language-name = العربية
language-locale = ar

## Dates: Babel patterns
when-moment = EEEE d MMMM 'الساعة' HH:mm
when-moment-year = EEEE d MMMM y 'الساعة' HH:mm
when-day = EEEE d MMMM
when-short-day = EEE d.MM
when-short-day-moment = EEE d.MM HH:mm
when-short-moment = d.MM HH:mm
when-day-month = d MMM
when-month = LLLL yyyy
when-short-month = LLL yyyy

## الأدوار
role-youth = شاب/شابة
role-mentor = مرشد(ة)
role-peer_helper = داعم(ة) من الأقران
role-copil = عضو في الـCOPIL
roles-youth = الشباب
roles-mentor = المرشدون
roles-peer_helper = الداعمون من الأقران
roles-copil = الـCOPIL
whole-programme = البرنامج كله

## قائمة الأوامر
cmd-start = البدء
cmd-help = ما يمكنني فعله هنا
cmd-language = تغيير اللغة
cmd-cancel = إلغاء ما يجري الآن
cmd-invite = دعوة شخص
cmd-people = أشخاص الفريق
cmd-teams = الفرق

## أول تواصل
choose-language = { $tu ->
        [yes] مرحبًا! 👋 ما لغتك؟ / Choose your language.
       *[no] مرحبًا! 👋 ما لغتكم؟ / Choose your language.
    }
language-set = { $tu ->
        [yes] تمام: سأكلمك بالعربية.
       *[no] تمام: سأكلمكم بالعربية.
    }
intro-youth =
    <b>Lien</b> يصلك بمرشد أو مرشدة: شخص متطوع من حيّك أو ناديك أو مجتمعك، يمكنه مساعدتك في العمل أو التدريب أو السكن أو أي شيء آخر.

    • القرار لك. لا أحد يكتب لك إذا لم تطلب ذلك، ويمكنك التوقف متى شئت.
    • كل شيء سرّي. مرشدك لا يرى رقمك ولا اسم المستخدم الخاص بك.
    • المرشدون متطوعون. للصحة أو في حالة طارئة، نرشدك إلى الخدمات المناسبة.

    للمتابعة، أحفظ اسمك في Telegram ولغتك. يمكنك حذف كل شيء في أي وقت بالأمر /forget.
invite-intro-mentor =
    أهلًا وسهلًا! أنتم مدعوون للانضمام إلى <b>Lien</b> كمرشد(ة)، فريق <b>{ $team }</b>.

    أحفظ اسمكم في Telegram ولغتكم حتى يتمكن الفريق من التواصل معكم. هل توافقون؟
invite-intro-peer_helper =
    أهلًا وسهلًا! أنت مدعو للانضمام إلى <b>Lien</b> كداعم(ة) من الأقران، فريق <b>{ $team }</b>.

    أحفظ اسمك في Telegram ولغتك حتى يتمكن الفريق من التواصل معك. موافق؟
invite-intro-copil =
    أهلًا وسهلًا! أنتم مدعوون للانضمام إلى <b>Lien</b> كعضو في الـCOPIL ({ $team }).

    أحفظ اسمكم في Telegram ولغتكم. هل توافقون؟
invite-intro-youth =
    أهلًا وسهلًا! أنت مدعو للانضمام إلى <b>Lien</b>، فريق <b>{ $team }</b>.

    أحفظ اسمك في Telegram ولغتك. موافق؟
consent-yes = ✅ موافق
consent-no = لا، شكرًا
consent-declined = لا مشكلة، لم أحفظ شيئًا. /start للعودة، في أي وقت.
welcome-youth = شكرًا، { $name }! تم تسجيلك.
welcome-mentor = شكرًا، { $name }! أنتم الآن مرشد(ة) في Lien.
welcome-peer_helper = شكرًا، { $name }! أنت الآن داعم(ة) من الأقران في Lien.
welcome-copil = شكرًا، { $name }! أنتم الآن عضو في الـCOPIL.
welcome-back = أهلًا من جديد، { $name }!

## روابط الدعوة
# يقرؤها أيضًا من لم يسجّل بعد (ومنهم المرشدون): صيغة محايدة.
link-invalid = هذا الرابط غير صالح: ربما هو ناقص. الشخص الذي أعطاه يمكنه إرسال رابط جديد.
link-unknown = هذا الرابط غير صالح. الشخص الذي أعطاه يمكنه إرسال رابط جديد.
link-used = هذا الرابط استُخدم من قبل: كل رابط يعمل مرة واحدة فقط. الشخص الذي أعطاه يمكنه إرسال رابط جديد.
link-expired = انتهت صلاحية هذا الرابط. الشخص الذي أعطاه يمكنه إرسال رابط جديد.

## المساعدة، حسب الدور
help-stranger = للبدء: /start
help-youth =
    ما يمكنك فعله:
    /request — طلب التواصل مع مرشد أو مرشدة
    /talk — اختيار من تكتب له
    /stop — إنهاء الصلة أو الطلب
    /mydata — رؤية ما يحفظه Lien عنك
    /forget — حذف كل شيء
    /news — استلام أخبار الفريق أو إيقافها
    /groups — مجموعات دعم الأقران وجلساتها
    /partners — خدمات مهنية يمكنها مساعدتك
    /help — عرض هذه الرسالة مرة أخرى
    /language — تغيير اللغة
    /cancel — إلغاء ما يجري الآن
help-mentor =
    ما يمكنكم فعله:
    /log — تسجيل متابعة، مثلًا «/log hier 45 min avec Samir, logement»
    /history — آخر متابعاتكم: رؤيتها وتعديلها وحذفها
    /hours — وقتكم هذا الشهر، مع ملف CSV لتعويض المصاريف
    /partners — دليل الشركاء
    /support — الكتابة إلى الشخص المرجعي الخاص بكم
    /mylink — رابطكم الشخصي لإعطائه لشاب أو شابة
    /talk — اختيار الشاب الذي تكتبون له
    /end — إنهاء متابعة
    /available — استقبال الطلبات من جديد بعد استراحة
    /help — عرض هذه الرسالة مرة أخرى
    /language — تغيير اللغة
    /cancel — إلغاء ما يجري الآن
help-peer_helper =
    ما يمكنك فعله:
    /groups — المجموعات التي تنشّطها: الجلسات، المكان والموضوع، طلبات الانضمام
    /attendance — بعد الجلسة، تحديد من حضر
    /partners — دليل الخدمات المهنية، لتوجيه شاب أو شابة
    /mydata — رؤية ما يحفظه Lien عنك
    /forget — حذف كل شيء
    /help — عرض هذه الرسالة مرة أخرى
    /language — تغيير اللغة
    /cancel — إلغاء ما يجري الآن
help-copil =
    ما يمكنكم فعله:
    /invite — دعوة مرشد(ة) أو داعم(ة) من الأقران أو عضو في الـCOPIL
    /people — أشخاص الفريق؛ إيقاف حساب شخص
    /alerts — تنبيهات شبكة الأمان المفتوحة: التولي، الكتابة، الإغلاق
    /teams — إنشاء فريق أو تغيير اسمه
    /assign — إسناد طلب ينتظر إلى مرشد(ة)
    /emergency — أرقام الطوارئ التي يراها الشباب
    /hours — وقت المرشدين لكل شهر (رسالة و CSV)
    /stats — الأرقام للجهات الممولة: رسوم بيانية، CSV، Excel
    /rhythms — لكل فريق: أيام الصمت وإيقاع الاطمئنان
    /resource — تعيين شخص مرجعي لكل مرشد(ة)
    /talk — اختيار المرشد الذي تردّون عليه
    /broadcast — إرسال خبر (المرشدون، الداعمون من الأقران، الشباب)
    /broadcasts — الإرسالات الأخيرة والمبرمجة
    /partners — الدليل: بحث، إضافة، تعديل، مشاركة
    /event — إنشاء تدريب أو جلسة تبادل خبرات أو جلسة إعلامية
    /events — الفعاليات: الردود، الحضور، تغيير الموعد، الإلغاء
    /group — إنشاء مجموعة دعم الأقران
    /groups — مجموعات فرقكم وجلساتها
    /attendance — بعد الجلسة، تحديد من حضر
    /help — عرض هذه الرسالة مرة أخرى
    /language — تغيير اللغة
    /cancel — إلغاء ما يجري الآن

## ردود عامة
nothing-to-cancel = { $tu ->
        [yes] لا شيء يجري الآن. /help يعرض ما يمكنك فعله.
       *[no] لا شيء يجري الآن. /help يعرض ما يمكنكم فعله.
    }
cancelled = تم الإلغاء. لم يتغير شيء.
unknown-command = { $tu ->
        [yes] لا أعرف هذا الأمر. /help يعرض ما يمكنك فعله.
       *[no] لا أعرف هذا الأمر. /help يعرض ما يمكنكم فعله.
    }
stray-text = { $tu ->
        [yes] لم أفهم. /help يعرض ما يمكنك فعله.
       *[no] لم أفهم. /help يعرض ما يمكنكم فعله.
    }
stray-text-stranger = مرحبًا! للبدء: /start
button-unknown = هذا الزر لم يعد صالحًا.
button-close = إغلاق
button-back = ◀ رجوع
answer-can-change = { $tu ->
        [yes] يمكنك تغيير جوابك هنا.
       *[no] يمكنكم تغيير جوابكم هنا.
    }
not-allowed = { $tu ->
        [yes] هذا الإجراء غير متاح لك.
       *[no] هذا الإجراء غير متاح لكم.
    }
access-closed = { $tu ->
        [yes] دخولك إلى Lien مغلق. إذا كان هذا خطأ، تحدّث مع الفريق.
       *[no] دخولكم إلى Lien مغلق. إذا كان هذا خطأ، يُرجى التحدث مع الفريق.
    }
group-write-privately = للكلام معي، اكتب لي في محادثة خاصة: هنا يستطيع الجميع القراءة.
error-nothing-lost = عذرًا، حدث خطأ من جهتي. لم يضِع شيء: تكفي المحاولة مرة أخرى.

## /invite (COPIL)
invite-which-role = من تريدون دعوته؟
invite-which-team = في أي فريق ({ $role })؟
invite-link =
    هذا هو الرابط لـ{ $role }، فريق <b>{ $team }</b>:
    { $link }

    يعمل مرة واحدة فقط، حتى { $until }. يُرجى إرساله لهذا الشخص فقط.
invite-closed = حسنًا، بدون دعوة.

## /people (COPIL)
people-which-team = أي فريق؟
people-title = <b>فريق { $team }</b>
people-none = لا أحد حاليًا.
people-inactive-mark = (موقوف)
people-button-off = ⏸ إيقاف { $name }
people-button-on = ▶ إعادة تفعيل { $name }
people-deactivate-confirm = إيقاف { $name }؟ تتوقف صلاحياته عند رسالته القادمة. يمكنكم إعادة تفعيله لاحقًا.
people-deactivate-yes = نعم، إيقاف
people-deactivated = تم إيقاف { $name }.
people-reactivated = تمت إعادة تفعيل { $name }.

## /teams (COPIL)
teams-title = <b>الفرق</b>
teams-rename = ✏️ تغيير اسم { $name }
teams-new = ➕ فريق جديد
teams-closed = حسنًا.
teams-ask-new-name = ما اسم الفريق الجديد؟ ({ $max } حرفًا على الأكثر، /cancel للإلغاء)
teams-ask-rename = ما الاسم الجديد لـ«{ $name }»؟ ({ $max } حرفًا على الأكثر، /cancel للإلغاء)
teams-name-bad = يجب أن يكون الاسم من 2 إلى { $max } حرفًا. يُرجى المحاولة مرة أخرى، أو /cancel.
teams-name-taken = يوجد فريق اسمه «{ $name }» من قبل. يُرجى اختيار اسم آخر، أو /cancel.
teams-created = تم إنشاء فريق «{ $name }».
teams-renamed = تم: اسم الفريق الآن «{ $name }».

# What a request or a follow-up is about (storage.models.THEMES)
theme-work = العمل
theme-training = التدريب
theme-housing = السكن
theme-money = المال
theme-health = الصحة
theme-family = العائلة
theme-papers = الأوراق والإجراءات
theme-loneliness = الوحدة
theme-other = غير ذلك

# Someone who blocked the bot (Telegram 403): /people marks them; a youth's mentor is told once.
people-blocked-mark = 🚫 حظر البوت
blocked-mentor = 🚫 لم تعد رسائل البوت تصل إلى <b>{ $name }</b> حاليًا: ربما تم حظر البوت. هذا حقه. لا يضيع شيء مما كان على البوت إرساله: سيُسلَّم عند عودته. ليس عليكم فعل شيء.
