## /stats (COPIL، جمع الاحترام): figures for funders, anonymised

cmd-stats = الأرقام والرسوم البيانية
stats-no-team = لستم مرتبطين بأي فريق: يُرجى أن تطلبوا من عضو في الـCOPIL للبرنامج كله أن يعطيكم فريقًا.
stats-ask-period = 📊 أي فترة؟
stats-period-this_month = هذا الشهر
stats-period-last_month = الشهر الماضي
stats-period-this_quarter = هذا الربع
stats-period-last_quarter = الربع الماضي
stats-period-this_year = هذه السنة
stats-period-last_year = السنة الماضية
stats-period-typed = 📅 تواريخ أخرى…
stats-stop = ✖ إيقاف
stats-ask-dates = يُرجى كتابة التاريخين، مثلًا «du 1.1.2026 au 31.3.2026».
stats-dates-unclear = لم أفهم هذين التاريخين.
stats-dates-future = أحد التاريخين في المستقبل: الأرقام تتوقف عند اليوم.
stats-dates-too-far = أحد التاريخين يعود إلى أكثر من سنة: يُرجى اختيار «السنة الماضية» أو فترة أحدث.
stats-dates-order = التاريخ الأول يأتي بعد الثاني.
stats-ask-scope = لأي فريق؟
stats-preparing = ⏳ أُحضّر الأرقام: { $period } · { $scope }.
# /stats and the COPIL's /hours: another report is being made, this one waits its turn
report-waiting = ⏳ يجري إعداد تقرير آخر: سيصلكم تقريركم فور انتهائه.
# the report's child process crashed or took too long
report-failed = ⚠️ تعذّر إعداد التقرير (استغرق وقتًا طويلًا أو حدث خطأ). لم يتغيّر شيء: يُرجى المحاولة بعد قليل.
stats-whole-programme = البرنامج كله
stats-all-teams = كل الفرق
stats-quarter = الربع { $n } من { $year }
stats-files-caption = الأرقام نفسها في جدول: ورقة لكل موضوع. «&lt; 5»: أقل من 5، مخفي حتى لا يمكن التعرف على أحد.
stats-key-figures =
    <b>📊 { $period } · { $scope }</b>

    <b>الطلبات</b>: { $received } مستلمة، { $accepted } مقبولة، { $withdrawn } مسحوبة
    أول رد: الوسيط { $answer_median } ساعة، 9 من 10 خلال { $answer_p90 } ساعة على الأكثر
    <b>الصلات</b>: { $started } بدأت، { $active } نشطة في النهاية، { $ended } انتهت
    <b>المتابعات</b>: { $followups } ({ $hours } ساعة)؛ { $mentors_active } مرشدين نشطين من { $mentors }
    <b>دعم الأقران</b>: { $sessions } جلسات، { $attendances } حضور، { $youths } شباب
    <b>التدريبات</b>: { $trainings }؛ جلسات تبادل الخبرات: { $intervisions }
    <b>تنبيهات الأمان</b>: { $alerts }؛ التكفل: الوسيط { $take_median } دقيقة
    <b>أحوال الشباب</b>: { $checkins } ردود ({ $checked_in } شباب)؛ بين أول رد وآخر رد، { $better } أفضل، { $same } كما هم، { $worse } أسوأ
    <b>نهاية الصلة</b>: { $feedback } آراء؛ «ساعدتني» (4 أو 5): { $helped_well }؛ سينصحون بها: { $recommend_yes }

    «&lt; 5»: أقل من 5، مخفي حتى لا يمكن التعرف على أحد. تليها الرسوم البيانية وملف CSV وجدول Excel.

stats-sec-requests = الطلبات
stats-sec-links = الصلات
stats-sec-followups = المتابعات
stats-sec-peer = دعم الأقران
stats-sec-events = التدريبات
stats-sec-safety = الأمان

stats-fig-received = الطلبات المستلمة
stats-fig-by_month = الطلبات حسب الشهر
stats-fig-by_channel = الطلبات حسب القناة
stats-fig-by_theme = الطلبات حسب الموضوع
stats-fig-by_age = الطلبات حسب العمر
stats-fig-by_met = الطلبات حسب مكان التعارف
stats-fig-accepted = الطلبات المقبولة
stats-fig-withdrawn = الطلبات المسحوبة
stats-fig-hours_to_first_answer = الساعات حتى أول رد
stats-fig-hours_to_acceptance = الساعات حتى القبول
stats-fig-past_reminder = بلا رد بعد التذكير
stats-fig-past_escalation = بلا رد بعد تنبيه الـCOPIL
stats-fig-started = الصلات التي بدأت
stats-fig-active_at_end = الصلات النشطة في النهاية
stats-fig-ended = الصلات التي انتهت
stats-fig-ended_by_reason = الصلات التي انتهت حسب السبب
stats-fig-length_days = مدة الصلات التي انتهت (أيام)
stats-fig-count = المتابعات
stats-fig-hours = ساعات المتابعة
stats-fig-count_by_kind = المتابعات حسب النوع
stats-fig-hours_by_kind = الساعات حسب النوع
stats-fig-count_by_theme = المتابعات حسب الموضوع
stats-fig-hours_by_theme = الساعات حسب الموضوع
stats-fig-relays_by_domain = التحويلات إلى الشركاء، حسب المجال
stats-fig-mentors_active = المرشدون النشطون (متابعة واحدة على الأقل)
stats-fig-mentors = المرشدون
stats-fig-sessions_held = الجلسات المنعقدة
stats-fig-sessions_cancelled = الجلسات الملغاة
stats-fig-attendances = الحضور
stats-fig-attendance_rate = نسبة الحضور (الحاضرون من المنتظرين)
stats-fig-youths_came = الشباب الذين حضروا (دون تكرار)
stats-fig-became_peer_helpers = شباب أصبحوا داعمين من الأقران
stats-fig-trainings_held = التدريبات المنعقدة
stats-fig-intervisions_held = جلسات تبادل الخبرات المنعقدة
stats-fig-mentors_trained = المرشدون المدرَّبون (دون تكرار)
stats-fig-alerts = تنبيهات الأمان
stats-fig-alerts_by_category = التنبيهات حسب الفئة

stats-key-median = الوسيط
stats-key-p90 = 9 من 10 على الأكثر
stats-key-unknown = غير مذكور
stats-key-unlisted = خارج الدليل
stats-key-mentor_link = رابط مرشد(ة)
stats-key-team = الفريق
stats-key-group = مجموعة أقران
stats-key-stopped = أنهاها الشاب أو الشابة

stats-col-period-start = البداية
stats-col-period-end = النهاية
stats-col-team = الفريق
stats-col-section = القسم
stats-col-figure = الرقم
stats-col-detail = التفصيل
stats-col-value = القيمة
stats-col-unit = الوحدة
stats-col-code = الرمز
stats-sheet-about = الفترة
stats-about-period = الفترة
stats-about-scope = الفرق
stats-about-rule = «< 5»: أقل من 5، مخفي حتى لا يمكن التعرف على أحد. لا أسماء، لا ملاحظات، لا رسائل.
stats-unit-count = عدد
stats-unit-hours = ساعات
stats-unit-days = أيام
stats-unit-percent = %

stats-chart-by-month = الطلبات المستلمة حسب الشهر
stats-chart-by-theme = الطلبات حسب الموضوع
stats-chart-hours-by-kind = ساعات المتابعة حسب النوع
stats-chart-ended = الصلات التي انتهت، حسب السبب
stats-chart-delays = مدة الرد (ساعات)
stats-sec-checkins = أحوال الشباب
stats-sec-feedback = الآراء في نهاية الصلة
stats-fig-alerts_by_level = التنبيهات حسب المستوى
stats-fig-minutes_to_take = الدقائق حتى التكفل بالتنبيه
stats-fig-checkins_asked = أسئلة «كيف حالك؟» المرسلة
stats-fig-checkins_answered = أسئلة «كيف حالك؟» المجاب عنها
stats-fig-youths_checked_in = الشباب الذين ردّوا (دون تكرار)
stats-fig-mood = الردود حسب المزاج (1 = سيئ جدًا، 5 = جيد جدًا)
stats-fig-checkin_theme = ما يثقل أكثر
stats-fig-mood_change = بين أول رد وآخر رد لكل شاب أو شابة
stats-fig-feedback_asked = الآراء المطلوبة في نهاية الصلة
stats-fig-feedback_answered = الآراء المستلمة
stats-fig-helped = «هل ساعدتك هذه الصلة؟» (1 = أبدًا، 5 = كثيرًا)
stats-fig-recommend = «هل تنصح بها صديقًا أو صديقة؟»
stats-key-high = مرتفع
stats-key-medium = متوسط
stats-key-better = أفضل
stats-key-same = كما هو
stats-key-worse = أسوأ
stats-unit-minutes = دقائق
stats-fig-alerts_by_outcome = التنبيهات حسب النتيجة
stats-key-open = لم يُغلق بعد
stats-sec-wellbeing = رفاه المرشدين
stats-fig-session_rating = تقييمات الجلسات من الشباب الحاضرين (1 = ليست جيدة، 5 = رائعة)
stats-fig-wellbeing_asked = أسئلة الربع للمرشدين
stats-fig-wellbeing_mood = الأجوبة حسب الحالة (1 = سيئة، 5 = جيدة جدًا)
stats-fig-support_asked = مرشدون طلبوا الدعم
