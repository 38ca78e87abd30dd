# ما يفعله الـCOPIL بتنبيه الأمان: التكرار، الكتابة إلى الشاب، الإغلاق مع النتيجة، /alerts.
# جمع الاحترام مع الـCOPIL؛ الشاب يقرأ «الفريق».
safety-copil-said-repeat = ⏰ <b>لم يتولّه أحد بعد</b>، بعد { $minutes } دقيقة من التنبيه الأول. الرسالة نفسها موجودة في التنبيه الأول فقط.
cmd-alerts = تنبيهات شبكة الأمان
# ما يقرؤه الشاب كمرسل لرسائل من يتولى التنبيه.
alert-team = الفريق
# نسخ من يتولى التنبيه، بعد أخذه.
alert-yours = ✅ أنتم تتولونه
alert-write = ✍️ الكتابة إلى الشاب أو الشابة
alert-close = ✔️ إغلاق التنبيه
alert-close-ask = كيف ينتهي التنبيه رقم { $id }؟ تُحفظ النتيجة فقط، ولا يُحفظ أي نص.
alert-outcome-safe = 🟢 في أمان
alert-outcome-emergency = 🚑 سُلّم إلى الطوارئ
alert-outcome-professional = 🩺 وُجّه إلى مختص(ة)
alert-outcome-no_answer = 🔇 لا رد
alert-outcome-false_alarm = ⚪ إنذار خاطئ
alert-outcome-other = ➖ غير ذلك
alert-keep = ◀ ليس بعد
alert-kept = التنبيه رقم { $id } يبقى مفتوحًا.
alert-closed = ✔️ أُغلق التنبيه رقم { $id }: { $outcome }.
alert-closed-label = ✔️ مغلق: { $outcome }
alert-closed-by = أغلق { $name } التنبيه: { $outcome }.
# /alerts
alerts-none = لا تنبيهات مفتوحة. 🌿
alerts-title = <b>التنبيهات المفتوحة: { $count }</b>
    التي لم يتولّها أحد أولًا. الرسالة موجودة في التنبيه نفسه فقط.
alerts-line-open = 🆘 <b>رقم { $id }</b> · { $who } · { $category } ({ $level }) · لم يتولّه أحد، منذ { $age }
alerts-line-taken = ✅ رقم { $id } · { $who } · { $category } ({ $level }) · تولّاه { $owner } خلال { $took } · منذ { $age }
alerts-stranger = شخص لم يسجّل بعد
alerts-closed-title = <b>المغلقة خلال الأيام السبعة الماضية: { $count }</b>
alerts-line-closed = ✔️ رقم { $id } · { $who } · { $category } ({ $level }) · أغلقه { $closer }: { $outcome } · بقي مفتوحًا { $lasted }
alerts-take = 🙋 رقم { $id }: سأتولاه
alerts-write = ✍️ رقم { $id }: الكتابة
alerts-close = ✔️ رقم { $id }: إغلاق
alerts-age-min = { $n } دقيقة
alerts-age-h = { $n } ساعة
alerts-age-d = { $n } يوم
# How often an alert nobody took goes again, per team (/alerts, the last button).
alerts-repeat = ⏱ تكرار التنبيهات
alerts-repeat-which = تكرار تنبيهات أي فريق؟
alerts-repeat-now = فريق { $team }: التنبيه الذي لم يتولّه أحد يُرسل من جديد إلى كل أعضاء COPIL كل <b>{ $minutes } دقيقة</b>، حتى يتولاه أحد. تغيير:
alerts-repeat-choice = { $minutes } دقيقة
alerts-repeat-back = ◀ العودة إلى التنبيهات
# The owner's way to someone not signed up yet (no name): the alert's number says who.
alert-stranger-label = رقم { $id } · شخص لم يسجّل بعد
safety-copil-said-model =
    { $said }
    الكلمات التي كان لها أكبر وزن لدى النموذج: { $text }
