## النسخ الأخرى من قرار، عندما يقرر أحدهم
decided-join-accepted = ✅ قَبِل { $who } انضمام { $name } إلى مجموعة { $group }.
decided-join-declined = رفض { $who } طلب { $name } للانضمام إلى مجموعة { $group }.
decided-peer-invited = ✅ دعا { $who } { $name } كداعم(ة) من الأقران.
decided-request-linked = ✅ طلب { $name } يتابعه الآن { $mentor }.
decided-request-withdrawn = سحب { $name } طلبه.
group-already-member = { $name } عضو في مجموعة { $group } من قبل.
group-full-now = غير ممكن: مجموعة { $group } ممتلئة.
group-request-gone = هذا الطلب لم يعد موجودًا: سحبه صاحبه، أو ردّ عليه أحد من قبل.
