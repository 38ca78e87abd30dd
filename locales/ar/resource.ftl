# /resource (COPIL) و /support (المرشدون) — جمع الاحترام.
cmd-resource = الأشخاص المرجعيون للمرشدين
cmd-support = الكتابة إلى الشخص المرجعي

resource-title = <b>الأشخاص المرجعيون</b> (يُرجى لمس اسم مرشد(ة) للتغيير)
resource-nobody = لا أحد حاليًا
resource-no-mentor = لا يوجد مرشد نشط في فرقكم.
resource-choose = من سيكون الشخص المرجعي لـ{ $name }؟
resource-done = ✅ { $copil } هو الشخص المرجعي لـ{ $name }.
resource-told-mentor = الشخص المرجعي لكم الآن هو { $name }، من الـCOPIL. للكتابة إليه: /support
resource-told-copil = أنتم الآن الشخص المرجعي لـ{ $name }. رسائله عبر /support تصلكم هنا؛ للرد عليه يُرجى الرد على رسالته (أو لمس اسمه).
support-nobody = ليس لكم شخص مرجعي بعد. يعيّن لكم الـCOPIL واحدًا بالأمر /resource.
support-ready = رسائلكم القادمة ستذهب إلى <b>{ $name }</b>، الشخص المرجعي لكم، عبر البوت. يُرجى الكتابة الآن. (/talk للعودة إلى الكتابة لشاب أو شابة.)
wellbeing-ask = 🌿 سؤال هذا الربع، لكم وحدكم: كيف حالكم هذه الأيام كمتطوعين؟ (يبقى الجواب لدى COPIL، لأرقام البرنامج.)
wellbeing-support = شكرًا. هل تحتاجون إلى دعم؟
wellbeing-support-yes = نعم، أودّ التحدث
wellbeing-support-no = لا، شكرًا
wellbeing-support-sent = تم إبلاغ الشخص المرجعي وسيتواصل معكم. شكرًا على كل ما تقدمونه. 💛
wellbeing-thanks = شكرًا على جوابكم وعلى كل ما تقدمونه. 💛
wellbeing-already = سبق أن أجبتم عن هذا السؤال.
wellbeing-support-asked = 🌿 { $name } يرغب في الدعم (سؤال هذا الربع عن رفاه المتطوعين). يرجى التواصل حين يتيسر ذلك.
