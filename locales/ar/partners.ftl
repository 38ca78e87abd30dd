# /partners — يقرؤه الشباب أيضًا: صيغ محايدة، بدون «COPIL».
cmd-partners = دليل الشركاء

domain-health = الصحة
domain-mental_health = الصحة النفسية
domain-social = المساعدة الاجتماعية
domain-job = الإدماج المهني
domain-training = التدريب
domain-housing = السكن
domain-legal = القانون
domain-addiction = الإدمان
domain-other = غير ذلك

partners-home = <b>دليل الشركاء</b>
    خدمات مهنية يمكنها المساعدة: يمكن اختيار مجال، أو البحث عن اسم (أو مباشرة: /partners caritas).
partners-closed = أُغلق الدليل. /partners لفتحه من جديد.
partners-in-domain = <b>{ $domain }</b>: { $count ->
        [0] لا شركاء حاليًا.
        [one] شريك واحد.
       *[other] { $count } شركاء.
    }
partners-found = وُجد { $count } شركاء:
partners-none = لا يوجد شريك اسمه «{ $name }». يمكن تجربة جزء من الاسم، أو مجال: /partners
partners-shared-yes = 🌍 ظاهر أيضًا للفرق الأخرى
partners-shared-no = 🏠 ظاهر لفريقكم فقط
partners-edit = ✏️ تعديل
partners-share = 🌍 المشاركة مع الفرق الأخرى
partners-unshare = 🏠 إيقاف المشاركة
partners-add = ➕ إضافة شريك
partners-add-domain = في أي مجال؟
partners-skip = تخطّي
partners-clear = مسح هذا الحقل
partners-edit-which = ماذا تريدون أن تعدّلوا؟
partners-field-name = الاسم
partners-field-what = ما يقدّمه
partners-field-phone = الهاتف
partners-field-email = البريد الإلكتروني
partners-field-address = العنوان
partners-field-website = الموقع الإلكتروني
partners-field-domain = المجال
partners-ask-name = اسمه؟ (من 2 إلى { $max } حرفًا، /cancel للإلغاء)
partners-ask-what = ما يقدّمه، في جملة واحدة؟ ({ $max } حرفًا على الأكثر)
partners-ask-phone = هاتفه؟
partners-ask-email = بريده الإلكتروني؟
partners-ask-address = عنوانه؟
partners-ask-website = موقعه الإلكتروني؟
partners-bad-name = يجب أن يكون الاسم من 2 إلى { $max } حرفًا.
partners-bad-what = { $max } حرفًا على الأكثر، من فضلكم.
partners-bad-phone = هذا ليس رقم هاتف (أرقام، مسافات، + في البداية). مرة أخرى؟
partners-bad-email = هذا ليس عنوان بريد إلكتروني (name@example.ch). مرة أخرى؟
partners-bad-address = { $max } حرفًا على الأكثر، من فضلكم.
partners-bad-website = هذا ليس عنوان موقع (example.ch أو https://example.ch). مرة أخرى؟
partners-saved = ✅ تم الحفظ.
partners-search = 🔎 البحث بالاسم
partners-ask-search = أي اسم (أو جزء منه)؟
