# كيف حال الشباب (المفرد؛ المرشد لا يرى الجواب أبدًا).
checkin-ask = 🌤 كيف حالك هذه الأيام؟ (جوابك يبقى بينك وبين الفريق: مرشدك لا يراه.)
checkin-face-1 = 😞
checkin-face-2 = 🙁
checkin-face-3 = 😐
checkin-face-4 = 🙂
checkin-face-5 = 😄
checkin-off = 🔕 لا تسألني بعد الآن
checkin-off-done = حسنًا، لن نسألك بعد الآن. يمكنك دائمًا الكتابة إلى مرشدك.
checkin-which-theme = شكرًا! ما الذي يثقل عليك أكثر الآن؟ (اختياري)
checkin-skip = تخطّي
checkin-thanks = شكرًا، تم التسجيل. 💛
checkin-already = أجبت على هذا السؤال من قبل.
checkin-low-question = شكرًا لأنك أخبرتني. 💛 هل أنت في أمان الآن؟
checkin-mentor-low = 🌱 ربما هذا وقت مناسب للسؤال عن أحوال { $name }.

# عندما تنتهي صلة (المفرد).
feedback-helped = انتهت صلتك مع مرشدك. هل ساعدتك هذه الصلة؟ (1 = أبدًا، 5 = كثيرًا)
feedback-helped-1 = 1
feedback-helped-2 = 2
feedback-helped-3 = 3
feedback-helped-4 = 4
feedback-helped-5 = 5
feedback-recommend = هل تنصح بها صديقًا أو صديقة؟
feedback-recommend-yes = نعم
feedback-recommend-maybe = ربما
feedback-recommend-no = لا
feedback-thanks = شكرًا على جوابك! 💛 يساعد الفريق على التحسن.
feedback-thanks-words = شكرًا على جوابك! 💛 هل تريد أن تضيف بضع كلمات للفريق؟ سيقرؤها دون اسمك، مع كلمات شباب آخرين.
feedback-add-words = ✍️ إضافة بضع كلمات
feedback-no-words = لا، شكرًا
feedback-words-ask = اكتبها هنا في رسالة واحدة ({ $most } حرفًا على الأكثر). سيقرؤها الفريق دون اسمك، مع كلمات أربعة شباب آخرين على الأقل. /cancel للتراجع.
feedback-words-too-long = النص طويل قليلًا: { $most } حرفًا على الأكثر من فضلك. يمكنك اختصاره وإرساله من جديد.
feedback-words-thanks = شكرًا، تم التسجيل. 💛 سيقرؤها الفريق دون اسمك.
feedback-words-copil =
    💬 <b>كلمات من شباب في نهاية مرافقتهم</b> · { $team }
    (دون أسماء وبلا ترتيب: تصل خمسًا أو أكثر معًا حتى لا يُعرف أحد)

    { $words }
