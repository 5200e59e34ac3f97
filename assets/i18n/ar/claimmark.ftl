# واجهة claimmark بالعربية. تترجم معرّفات الفهرس الإنجليزي (assets/i18n/en/claimmark.ftl)؛
# يتحقق اختبار من أنه لا ينقص منها شيء ولا يزيد.
# المتغيرات بين { $أقواس }؛ الأعداد تختار صيغة الجمع الست بحسب قواعد CLDR.

## أسماء النموذج

tag-label = { $tag ->
    [claim] ادعاء
    [quote] اقتباس
   *[citation] مصدر
}
tag-name = { $tag ->
    [claim] ادعاء
    [quote] اقتباس
   *[citation] مصدر
}
tag-count = { $tag ->
    [claim] { $count ->
        [zero] لا ادعاءات
        [one] ادعاء واحد
        [two] ادعاءان
        [few] { $count } ادعاءات
        [many] { $count } ادعاءً
       *[other] { $count } ادعاء
    }
    [quote] { $count ->
        [zero] لا اقتباسات
        [one] اقتباس واحد
        [two] اقتباسان
        [few] { $count } اقتباسات
        [many] { $count } اقتباسًا
       *[other] { $count } اقتباس
    }
   *[citation] { $count ->
        [zero] لا مصادر
        [one] مصدر واحد
        [two] مصدران
        [few] { $count } مصادر
        [many] { $count } مصدرًا
       *[other] { $count } مصدر
    }
}
status-label = { $status ->
    [to-check] بانتظار التحقق
    [in-progress] قيد العمل
    [second-review] يحتاج مراجعة ثانية
   *[done] منجز
}
link-label = { $kind ->
    [supported-by] يدعمه
    [contradicted-by] يناقضه
   *[attributed-to] منسوب إلى
}
link-inverse = { $kind ->
    [supported-by] يدعم
    [contradicted-by] يناقض
   *[attributed-to] هو مصدر
}
field-name = { $field ->
    [tag] الوسم
    [position] الموضع
    [note] الملاحظة
    [status] الحالة
    [verdict] الحكم
    [normalized] الصيغة المختصرة للادعاء
    [claimant] صاحب الادعاء
    [rationale] التعليل
    [evidence] الأدلة
    [speaker] المتحدث
    [quote-verified] التحقق من الاقتباس
    [target] وجهة المصدر
    [citation-checked] مراجعة المصدر
    [target-archived] الوجهة المؤرشفة
    [links] الروابط
   *[check] علامة «نُقل — تحقق»
}
edit-typing = تحرير { $field }
edit-set = تعيين { $field }
format-label = { $format ->
    [text] نص المقال (.txt)
    [markdown] تقرير Markdown (.md)
    [html] تقرير للنشر (.html)
    [csv] جدول CSV (.csv)
    [w3c] تعليق ويب W3C (.jsonld)
    [claimreview] ClaimReview من schema.org (.jsonld)
    [brat] brat standoff (.ann + .txt)
    [doccano] doccano (.jsonl)
    [label-studio] Label Studio (.json)
   *[hypothesis] Hypothesis (.json)
}
verdict-label = { $verdict ->
    [true] صحيح
    [mostly-true] صحيح في معظمه
    [half-true] نصف صحيح
    [mostly-false] زائف في معظمه
    [false] زائف
    [misleading] مضلِّل
   *[unverifiable] لا يمكن التحقق منه
}

## الأوامر: تسميتها في القوائم والأزرار، وما تفعله (التلميح)

cmd-new-from-clipboard = مقال جديد من الحافظة
    .tooltip = بدء مقال جديد من النص الموجود في الحافظة
cmd-open = فتح…
    .tooltip = فتح مقال أو ملف تعليقات
cmd-open-web-page = فتح صفحة ويب…
    .tooltip = فتح مقال من عنوانه على الويب؛ تُحفظ الصفحة كما كانت في أرشيف بجانب التعليقات
cmd-check-page = التحقق من تغيّر الصفحة
    .tooltip = جلب صفحة المقال مرة أخرى: إما لم تتغير، وإما النص الجديد مع نقل كل تعليق إليه (خطوة واحدة يمكن التراجع عنها)
cmd-archive-sources = أرشفة كل مصادر الويب
    .tooltip = حفظ كل صفحة دليل ووجهة مصدر لها عنوان ويب في الأرشيف، مع وقت الحفظ وبصمة SHA-256
cmd-save = حفظ
    .tooltip = حفظ التعليقات
cmd-save-as = حفظ باسم…
    .tooltip = حفظ التعليقات في ملف جديد
cmd-quit = إنهاء
    .tooltip = إغلاق claimmark
cmd-undo = تراجع
    .tooltip = التراجع عن آخر تغيير
cmd-redo = إعادة
    .tooltip = إعادة آخر تغيير تم التراجع عنه
cmd-delete = حذف التعليق
    .tooltip = حذف هذا التعليق. التراجع يعيده
cmd-tag = { $tag ->
    [claim] وسم كادعاء
    [quote] وسم كاقتباس
   *[citation] وسم كمصدر
}
    .tooltip = { $tag ->
        [claim] وسم النص المحدد كادعاء (أو، إن لم يُحدَّد نص، جعل التعليق المحدد ادعاءً)
        [quote] وسم النص المحدد كاقتباس (أو، إن لم يُحدَّد نص، جعل التعليق المحدد اقتباسًا)
       *[citation] وسم النص المحدد كمصدر (أو، إن لم يُحدَّد نص، جعل التعليق المحدد مصدرًا)
    }
cmd-retag = { $tag ->
    [claim] ادعاء
    [quote] اقتباس
   *[citation] مصدر
}
    .tooltip = { $tag ->
        [claim] تحويل هذا التعليق إلى ادعاء
        [quote] تحويل هذا التعليق إلى اقتباس
       *[citation] تحويل هذا التعليق إلى مصدر
    }
cmd-find = بحث في المقال…
    .tooltip = البحث عن عبارة في المقال
cmd-find-next = البحث عن التالي
    .tooltip = النتيجة التالية
cmd-find-previous = البحث عن السابق
    .tooltip = النتيجة السابقة
cmd-escape = إلغاء التحديد
    .tooltip = إلغاء التحديد، أو إغلاق شريط البحث، أو التوقف عن اختيار رابط
cmd-next-claim = الادعاء التالي للتحقق
    .tooltip = تحديد الادعاء التالي الذي لم يُنجز
cmd-previous-claim = الادعاء السابق للتحقق
    .tooltip = تحديد الادعاء السابق الذي لم يُنجز
cmd-done-and-next = إنجاز والانتقال إلى التالي
    .tooltip = وضع علامة الإنجاز على هذا الادعاء والانتقال إلى التالي
cmd-verdict = الحكم { $number }
    .tooltip = إعطاء الادعاء المحدد الحكم { $number }
cmd-clear-verdict = مسح الحكم
    .tooltip = إزالة حكم الادعاء المحدد
cmd-add-evidence = إضافة دليل
    .tooltip = إضافة دليل إلى الادعاء المحدد
cmd-show-selected = إظهار في المقال
    .tooltip = تمرير المقال إلى هذا التعليق
cmd-start-link = { $kind ->
    [supported-by] يدعمه…
    [contradicted-by] يناقضه…
   *[attributed-to] منسوب إلى…
}
    .tooltip = { $kind ->
        [supported-by] ربط هذا التعليق: انقر بعد ذلك على التعليق الذي يدعمه
        [contradicted-by] ربط هذا التعليق: انقر بعد ذلك على التعليق الذي يناقضه
       *[attributed-to] ربط هذا التعليق: انقر بعد ذلك على التعليق المنسوب إليه
    }
cmd-confirm-position = الموضع صحيح
    .tooltip = إزالة علامة «نُقل — تحقق»
cmd-reattach = إعادة الربط بالنص المحدد
    .tooltip = حدّد الكلمات الصحيحة في المقال أولًا، ثم ضع هذا التعليق عليها
cmd-review-panel = جدول المراجعة
    .tooltip = جدول المراجعة: الحالة، الحكم، الأدلة
cmd-export = { $label }
    .tooltip = كتابة: { $label }
cmd-import = { $label }
    .tooltip = فتح ملف من أداة أخرى ({ $label }) كمستند جديد
cmd-preferences = التفضيلات…
    .tooltip = اسمك ولغة الواجهة
cmd-update-article-text = تحديث نص المقال…
    .tooltip = تحميل نسخة جديدة من المقال ونقل كل تعليق إليها
cmd-open-desk = فتح المكتب…
    .tooltip = فتح مجلد ملفات تعليقات كمكتب: يُبحث في كل مقال وادعاء فيه دفعة واحدة
cmd-desk-panel = لوحة المكتب
    .tooltip = إظهار المكتب أو إخفاؤه: مقالاته وادعاءاته والبحث فيه
cmd-search-desk = البحث في المكتب…
    .tooltip = البحث في كل مقالات المكتب وادعاءاته
cmd-get-model = الحصول على نموذج المطابقة…
    .tooltip = تنزيل النموذج الذي يجد التحققات السابقة بالمعنى: بكلمات أخرى، وبلغات أخرى مع نموذج متعدد اللغات
cmd-compare-with = مقارنة مع…
    .tooltip = فتح تعليقات شخص آخر على هذا المقال: رؤية الاختلافات ومدى الاتفاق، والأخذ بما لديه حيث يكون محقًا
cmd-zoom-in = تكبير
    .tooltip = تكبير نص المقال (يُحفظ)
cmd-zoom-out = تصغير
    .tooltip = تصغير نص المقال (يُحفظ)
cmd-zoom-reset = الحجم الفعلي
    .tooltip = عرض نص المقال بنسبة 100%
cmd-theme = { $theme ->
    [system] سمة النظام
    [light] سمة فاتحة
   *[dark] سمة داكنة
}
    .tooltip = فاتحة أو داكنة أو كما في سطح المكتب (تُحفظ)
cmd-open-recent = ملف حديث { $number }
    .tooltip = فتح هذا الملف مرة أخرى
cmd-clear-recent = مسح الملفات الحديثة
    .tooltip = نسيان قائمة الملفات الحديثة

## شريط القوائم وشريط الأدوات

menu-file = ملف
menu-open-recent = فتح ملف حديث
menu-no-recent-files = لا ملفات حديثة
menu-export = تصدير
menu-import = استيراد من أداة أخرى
menu-edit = تحرير
menu-view = عرض
menu-desk = المكتب
menu-review = المراجعة
menu-verdict = الحكم
# «تراجع» وما يُتراجع عنه («تراجع: وسم ادعاء»).
menu-undo-what = { $command }: { $what }
toolbar-tag = { $tag }  ({ $key })
toolbar-undo = تراجع
toolbar-redo = إعادة
toolbar-find = بحث
toolbar-hint = حدّد نصًا بالفأرة أو بـ Shift والأسهم، ثم اضغط { $keys }
keys-or = { $first } أو { $last }

## شريط البحث

find-label = بحث:
find-hint = عبارة في المقال
find-previous = السابق
find-next = التالي
find-no-matches = لا نتائج
find-position = { $number } من { $count }
find-count = { $count ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
find-hint-keys = Enter: التالي · { $escape }: إغلاق، ثم { $keys } يسم النتيجة
find-close = إغلاق

## اللوحة الجانبية وشريط الحالة

tab-annotations = التعليقات
    .tooltip = كل التعليقات بترتيب المستند
tab-review = مراجعة الادعاءات
    .tooltip = جدول المراجعة: الحالة، الحكم، الأدلة
tab-compare = المقارنة
    .tooltip = الاختلافات مع ملف الشخص الآخر
link-missing = (التعليق { $id } مفقود)
status-unsaved = • تغييرات غير محفوظة
status-saved = محفوظ
status-chars = { $count ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
} · { $encoding }
status-selected = التحديد { $start }–{ $end } ({ $count ->
    [zero] لا أحرف
    [one] حرف واحد
    [two] حرفان
    [few] { $count } أحرف
    [many] { $count } حرفًا
   *[other] { $count } حرف
})
status-note = ملاحظة: { $text }
status-error = خطأ: { $text }
# الاسم الذي يقرؤه قارئ الشاشة لتمييز: «ادعاء #3: «كلمات»»، ثم حكمه وملاحظته.
mark-name = { $tag } { $id }: «{ $text }»
mark-verdict = ، الحكم { $verdict }
mark-note = . ملاحظة: { $note }
hover-line = { $tag } { $id }: { $note }
hover-click = انقر للتحديد (انقر مرة أخرى للتالي تحته)
legend = مفتاح الألوان:
legend-tag = { $tag } ({ $key })
legend-nested = التمييزات المتداخلة تُرسم كصناديق داخل صناديق.

## نموذج التعليق

form-selected = { $tag ->
    [claim] الادعاء المحدد { $id }
    [quote] الاقتباس المحدد { $id }
   *[citation] المصدر المحدد { $id }
}
form-flagged = هذا التعليق لا يطابق المقال: { $why }.
form-tag = الوسم:
form-conflict = تعارض في الدمج — { $what }
form-keep-ours = إبقاء ما لدينا: { $value }
form-take-theirs = أخذ ما لديهم: { $value }
form-keep-it = إبقاؤه
form-delete-as-they-did = حذفه كما فعلوا
form-delete-as-we-did = حذفه كما فعلنا
form-status = الحالة:
form-verdict = الحكم:
form-verdict-off-scale = «{ $verdict }» (ليس على هذا المقياس)
form-normalized = الصيغة المختصرة للادعاء (إعادة صياغة قصيرة):
    .hint = مثلًا: السندات الخضراء للبلدية هي أكبر استثمار مناخي بلدي في أوروبا
form-normalized-too-long = عدد الأحرف { $count }: إرشادات ClaimReview من Google تطلب { $limit } على الأكثر
form-claimant = صاحب الادعاء (من قاله):
    .hint = شخص أو جهة
form-rationale = التعليل:
    .hint = لماذا هذا الحكم
form-speaker = المتحدث:
    .hint = من قاله
form-quote-verified = تم التحقق منه مقابل مصدره
form-target = الوجهة (رابط أو مرجع):
    .hint = https://… أو «التقرير السنوي 2024، ص 3»
form-checked = تمت مراجعته
form-note = ملاحظة:
    .hint = أي شيء آخر يستحق المعرفة
form-changed = عُدّل { $when }
form-changed-by = عدّله { $who } { $when }
form-delete = حذف
form-evidence = الأدلة ({ $count }):
evidence-reference = رابط أو مرجع
    .hint = https://… أو وثيقة وصفحة
evidence-title = العنوان
    .hint = ما هو
evidence-note = ملاحظة
    .hint = ما الذي يُظهره
evidence-accessed = تاريخ الاطلاع
    .hint = YYYY-MM-DD
evidence-remove = إزالة هذا الدليل
archived-on = أُرشف في { $date } (SHA-256 { $hash }…)
archived-details = محفوظ في الأرشيف بجانب ملف التعليقات: { $address }
    جُلب في { $retrieved }
    SHA-256 { $hash }
archive = أرشفة
    .tooltip = جلب هذه الصفحة الآن وحفظها كما هي في الأرشيف بجانب ملف التعليقات
archive-again = أرشفة مرة أخرى
form-links = الروابط:
form-picking-link = انقر التعليق الذي يجعل هذا التعليق «{ $kind }» (في المقال أو في القائمة). { $escape } للإلغاء.
form-add-link = إضافة رابط…
form-no-links = لا روابط بعد.
form-go-to-link = الانتقال إليه
form-remove-link = إزالة

## قائمة التعليقات

list-show = إظهار:
list-show-tag = { $tag ->
    [claim] ادعاءات
    [quote] اقتباسات
   *[citation] مصادر
} ({ $count })
    .tooltip = { $tag ->
        [claim] إظهار الادعاءات في القائمة أو إخفاؤها
        [quote] إظهار الاقتباسات في القائمة أو إخفاؤها
       *[citation] إظهار المصادر في القائمة أو إخفاؤها
    }
list-flagged = { $count ->
    [one] تعليق واحد معلَّم: لا يطابق المقال
    [two] تعليقان معلَّمان: لا يطابقان المقال
    [few] { $count } تعليقات معلَّمة: لا تطابق المقال
    [many] { $count } تعليقًا معلَّمًا: لا تطابق المقال
   *[other] { $count } تعليق معلَّم: لا تطابق المقال
}
list-empty = لا تعليقات بعد. حدّد نصًا في المقال، ثم اضغط { $keys }.
list-none-match = لا تعليقات تطابق عامل التصفية.
list-mark-conflict = [تعارض]{" "}
list-mark-moved = [نُقل — تحقق]{" "}
list-does-not-match = لا يطابق: { $why }
list-no-note = (بلا ملاحظة)
# ما يقوله قارئ الشاشة عن صف في القائمة.
list-row-name = { $tag } { $id }{ $mark ->
    [flagged] {" "}(لا يطابق المقال)
    [conflict] {" "}(تعارض في الدمج)
    [moved] {" "}(نُقل، تحقق)
   *[none] {""}
}: { $text }
list-row-hover = { $tag } { $id }: «{ $text }»
list-row-note = ملاحظة: { $note }

## جدول المراجعة

review-progress = الادعاءات المنجزة: { $done } من { $count }
review-keys = { $next } / { $previous }: الادعاء التالي / السابق غير المنجز · { $done }: إنجاز والانتقال · { $first }…{ $last }: الحكم
review-show-tag = { $tag ->
    [claim] ادعاءات
    [quote] اقتباسات
   *[citation] مصادر
}
filter-any-status = أي حالة
filter-any-verdict = أي حكم
filter-no-verdict = بلا حكم بعد
review-search-hint = ابحث في النص والملاحظات وصاحب الادعاء…
review-nothing-matches = لا شيء يطابق عوامل التصفية هذه.
column-claim = الادعاء
column-status = الحالة
column-verdict = الحكم
column-claimant = صاحب الادعاء
column-evidence = أدلة
column-sort = الترتيب حسب هذا العمود (انقر مرة أخرى لعكسه)

## لوحة المكتب

desk-heading = المكتب: { $name }
desk-refresh = قراءة مجلد المكتب مرة أخرى (يحدث أيضًا عند عودة التركيز إلى النافذة)
desk-counts = { $articles ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $articles } مقالات
    [many] { $articles } مقالًا
   *[other] { $articles } مقال
} · { $claims ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $claims } ادعاءات
    [many] { $claims } ادعاءً
   *[other] { $claims } ادعاء
} · تحققات مواقع أخرى: { $outside }
desk-indexing = فهرسة { $done } من { $count } ملفات
desk-vectors = المطابقة بالمعنى: قُرئ { $done } من { $count } ادعاء
    .tooltip = يقرأ النموذج كل ادعاء وكل تحقق مرة واحدة؛ وفي الأثناء يقارن البحث و«سبق رؤيته» الكلمات.
desk-meaning-on = المطابقة بالمعنى مفعّلة.
desk-tab-articles = المقالات
desk-tab-claims = كل الادعاءات
desk-tab-search = بحث
desk-article-filter = التصفية بالعنوان أو الملف
sort = الترتيب
sort-newest = الأحدث أولًا
sort-title = حسب العنوان
sort-most-claims = الأكثر ادعاءات
sort-least-done = الأقل إنجازًا
sort-article = حسب المقال
sort-status = حسب الحالة
sort-verdict = حسب الحكم
desk-unreadable = [!] تعذّرت قراءة { $file }
    .tooltip = يبقى خارج المكتب حتى تمكن قراءته.
desk-article-claims = { $claims } (المنجز { $done })
desk-open-article = فتح «{ $title }»
    { $source }
desk-claim-words = الكلمات
desk-claimant = صاحب الادعاء
desk-status = الحالة
desk-verdict = الحكم
desk-claim-count = { $count ->
    [zero] لا ادعاءات
    [one] ادعاء واحد
    [two] ادعاءان
    [few] { $count } ادعاءات
    [many] { $count } ادعاءً
   *[other] { $count } ادعاء
}
desk-export-csv = تصدير CSV…
    .tooltip = كتابة هذه الادعاءات، بعد التصفية، في جدول CSV
desk-no-verdict = بلا حكم
desk-open-claim = الفتح عند هذا الادعاء ({ $file } { $id })
desk-search-hint = كلمات من ادعاء، اسم، رقم
desk-nothing-found = لم يُعثر على شيء بعد.
hit-kind = { $kind ->
    [article] مقال
    [claim] ادعاء
    [quote] اقتباس
   *[outside] تحقق منه
}
hit-open-url = فتح { $url } في المتصفح
hit-open-at = { $kind ->
    [claim] فتح { $file } عند هذا الادعاء
   *[quote] فتح { $file } عند هذا الاقتباس
}
hit-open-file = فتح { $file }

## سبق رؤيته

seen-searching = سبق رؤيته (جارٍ البحث في المكتب…)
seen-nothing = سبق رؤيته: لا شيء مشابه في المكتب
seen-count = سبق رؤيته ({ $count })
seen-why-words = { $count ->
    [zero] لا كلمات مشتركة
    [one] كلمة مشتركة واحدة
    [two] كلمتان مشتركتان
    [few] { $count } كلمات مشتركة
    [many] { $count } كلمة مشتركة
   *[other] { $count } كلمة مشتركة
}
seen-why-meaning = معنى مشابه { $score }
seen-why = سبب الاقتراح
    .tooltip = الكلمات المعلَّمة موجودة في الادعاءين. «معنى مشابه» هو مدى قرب الادعاءين في نموذج المطابقة، من 0 (لا علاقة) إلى 1 (المعنى نفسه)، أيًّا كانت لغتهما.
seen-checked-by = تحقق منه { $publisher }
seen-no-verdict = بلا حكم بعد
seen-headline = العنوان: { $text }
seen-normalized = الصيغة المختصرة: { $text }
seen-open = فتح
seen-reuse = استخدام هذا التحقق
    .tooltip = أخذ حكمه (إن كان على مقياس هذا المقال) وصيغته المختصرة، والاستشهاد به دليلًا. التراجع يلغي ذلك

## المقارنة مع ملف شخص آخر

compare-with = مقارنة مع { $name }
compare-stop = إيقاف المقارنة
    .tooltip = إغلاق الملف الآخر (يحتفظ مستندنا بما قُبل)
compare-agreement = الاتفاق: F1 للمقاطع { $exact } تطابقًا تامًا، { $overlap } تداخلًا · κ للأحرف { $kappa }
    .tooltip = F1 للمقاطع: مقاطع لها البداية والنهاية والوسم نفسها (تطابق تام) أو الوسم نفسه مع تداخل، كل منها يُقرن مرة واحدة. κ: معامل كابا لكوهين على أحرف المقال، داخل مقطع من كل وسم أو خارجه، بمتوسط على الوسوم.
compare-verdicts = الأحكام: { $equal } من { $count } ادعاءات مقترنة متطابقة ({ $percent }%)، κ { $kappa }
compare-verdicts-none = الأحكام: الادعاءات المقترنة { $count }، ولم يُحكم على أي منها من الجانبين
compare-accept-all = قبول الكل:
    .tooltip = أخذ كل اختلافات «{ $kind }» إلى مستندنا (خطوة تراجع واحدة)
compare-none-left = لم تبقَ اختلافات: مستندنا يقول ما يقوله مستندهم.
compare-ours-theirs = لدينا { $ours } · لديهم { $theirs }
compare-only-ours = في ملفنا فقط
compare-only-theirs = في ملفهم فقط
compare-only-theirs-verdict = في ملفهم فقط · الحكم { $verdict }
compare-accept = قبول
    .tooltip = أخذ ما لديهم إلى مستندنا
compare-reject = رفض
    .tooltip = إبقاء ما لدينا؛ يخرج الاختلاف من القائمة

## المقال والخطوط

article-name = المقال: { $title }
article-empty = هذا المقال فارغ.
fonts-script = { $script } (عدد الأحرف { $count }، مثل { $example })
fonts-missing = ثبّت { $fonts } لعرض { $scripts }: لا يحتويها أي خط مثبّت، فتظهر كمربعات (Debian وUbuntu: { $packages }). أعد تشغيل claimmark بعد التثبيت.

## أسئلة التطبيق

dialog-save = حفظ
dialog-dont-save = عدم الحفظ
dialog-cancel = إلغاء
unsaved-heading = { $before ->
    [quit] حفظ التغييرات على «{ $name }» قبل الإنهاء؟
    [open] حفظ التغييرات على «{ $name }» قبل فتح ملف آخر؟
    [new] حفظ التغييرات على «{ $name }» قبل بدء مقال جديد؟
    [import] حفظ التغييرات على «{ $name }» قبل الاستيراد؟
   *[web] حفظ التغييرات على «{ $name }» قبل فتح صفحة الويب؟
}
unsaved-body = في تعليقاتك تغييرات غير محفوظة. إن لم تحفظها فستضيع.
path-heading = { $purpose ->
    [open] فتح ملف
    [desk] مجلد المكتب (ملفات تعليقاتك)
    [desk-claims] كتابة ادعاءات المكتب إلى
    [compare] ملف تعليقات الشخص الآخر (.ron)
    [save] حفظ التعليقات باسم
    [export] التصدير إلى
    [update] نسخة جديدة من المقال
    [import] ملف الأداة الأخرى المراد استيراده
   *[import-article] المقال الذي تشير إليه هذه التعليقات
}
path-button = { $purpose ->
    [open] فتح
    [desk] فتح المكتب
    [desk-claims] تصدير
    [compare] مقارنة
    [save] حفظ
    [export] تصدير
    [update] تحديث
    [import] التالي
   *[import-article] استيراد
}
path-no-dialog = لا تتوفر نافذة اختيار ملفات على سطح المكتب هذا. اكتب المسار الكامل:
path-hint-folder = /home/me/desk
path-hint-file = /home/me/articles/story.ron
prefs-heading = التفضيلات
prefs-name = اسمك، ويُسجَّل مع كل تعليق تنشئه أو تعدّله:
    .hint = مثلًا: سلمى حداد
prefs-language = لغة الواجهة:
prefs-language-system = لغة النظام
prefs-language-set = لغة الواجهة: { $language }
prefs-name-cleared = مُسح اسم المراجع
prefs-name-set = تُسجَّل التغييرات الآن باسم { $name }
prefs-name-not-saved = يُستخدم الاسم { $name } الآن، لكن تعذّر حفظه للمرة القادمة: { $why }
overwrite-heading = تغيّر «{ $name }» على القرص
overwrite-body = حفظ شخص ما (أو برنامج آخر) هذا الملف بعد أن فتحته. الكتابة فوقه تستبدل نسخته بنسختك (وتُحفظ نسخته في ملف ‎.bak بجانبه).
overwrite = الكتابة فوقه
overwrite-not-saved = لم يُحفظ: استخدم «حفظ باسم» للإبقاء على النسختين
recovery-heading = عُثر على عمل غير محفوظ
recovery-body = أُغلق claimmark قبل حفظ هذا العمل. استعده لتكمل من حيث توقفت.
recovery-never-saved = لم يُحفظ قط
recovery-file = الملف: { $file } · كُتب { $age }
recovery-restore = استعادة
recovery-discard = تجاهل
    .tooltip = حذف هذا العمل غير المحفوظ نهائيًا
recovery-decide-later = القرار لاحقًا
recovery-later = يبقى العمل غير المحفوظ في ملف الاستعادة؛ وسيُعرض مرة أخرى في المرة القادمة
recovery-discarded = تم تجاهل العمل غير المحفوظ على «{ $title }»
age-now = منذ أقل من دقيقة
age-minutes = { $count ->
    [zero] الآن
    [one] منذ دقيقة
    [two] منذ دقيقتين
    [few] منذ { $count } دقائق
    [many] منذ { $count } دقيقة
   *[other] منذ { $count } دقيقة
}
age-hours = { $count ->
    [zero] الآن
    [one] منذ ساعة
    [two] منذ ساعتين
    [few] منذ { $count } ساعات
    [many] منذ { $count } ساعة
   *[other] منذ { $count } ساعة
}
age-days = { $count ->
    [zero] اليوم
    [one] منذ يوم
    [two] منذ يومين
    [few] منذ { $count } أيام
    [many] منذ { $count } يومًا
   *[other] منذ { $count } يوم
}
web-heading = فتح صفحة ويب
web-body = يُفتح مقال الصفحة للتعليق عليه؛ وتُحفظ الصفحة نفسها كما كانت في أرشيف ويب (‎.warc.gz) بجانب ملف التعليقات.
web-hint = https://news.example/2026/12/story.html
web-open = فتح
model-heading = نموذج المطابقة
model-what = يمكن لـ«سبق رؤيته» وللبحث في المكتب أن يطابقا الادعاءات بالمعنى، لا بالكلمات المشتركة وحدها. ولذلك يشغّل claimmark نموذجًا لتمثيل الجمل على هذا الحاسوب، ولا يُرسَل شيء إلى أي مكان. يُنزَّل مرة واحدة من موقعه العام ويُتحقَّق منه ببصمة SHA-256 التي يعرفها claimmark.
model-name = النموذج:
model-languages = يقرأ:
model-reads-multilingual = نحو 100 لغة، منها الإنجليزية والإسبانية والفرنسية والألمانية والبرتغالية والإيطالية والعربية والهندية والإندونيسية والتركية: يُعثر على الادعاء وإن تُحقِّق منه بلغة أخرى
model-reads-english = الإنجليزية فقط
model-size = حجم التنزيل:
model-megabytes = { $size } ميغابايت
model-licence = الترخيص:
model-kept-in = يُحفظ في:
model-licence-link = قراءة الترخيص
model-checked = دون إنترنت: claimmark model install FOLDER في سطر الأوامر.
model-download = تنزيل
model-progress = { $file }: { $received } من { $total } ميغابايت
model-progress-so-far = { $file }: { $received } ميغابايت
model-stopped = توقف التنزيل
status-model-no-folder = لا يوجد في هذا النظام مجلد بيانات لنموذج المطابقة (عيّن CLAIMMARK_MODEL_DIR)
status-model-installed = نموذج المطابقة { $name } مثبَّت: تُقرأ الآن ادعاءات المكتب، ثم يطابق «سبق رؤيته» والبحث بالمعنى
status-model-cancelled = أُلغي تنزيل النموذج؛ لم يُثبَّت شيء
status-model-failed = تعذّر تثبيت نموذج المطابقة: { $why }
fetching-heading = الجلب من الويب

## رسائل الحالة

status-cancelled = أُلغي
status-pick-link = انقر التعليق الذي يجعل هذا التعليق «{ $kind }» ({ $escape } للإلغاء)
status-link-cancelled = أُلغي الربط
status-undid = { $which ->
    [undo] تم التراجع: { $what }
   *[redo] تمت الإعادة: { $what }
}
status-nothing-to = { $which ->
    [undo] لا شيء للتراجع عنه
   *[redo] لا شيء لإعادته
}
status-could-not = { $which ->
    [undo] تعذّر التراجع: { $why }
   *[redo] تعذّرت الإعادة: { $why }
}
status-deleted = حُذف التعليق ({ $undo } يعيده)
status-select-text-first = حدّد نصًا أولًا (اسحب فوقه أو استخدم Shift والأسهم)، ثم اختر وسمًا
status-tagged = { $tag ->
    [claim] وُسم ادعاء: «{ $text }»
    [quote] وُسم اقتباس: «{ $text }»
   *[citation] وُسم مصدر: «{ $text }»
}
status-retagged = { $tag ->
    [claim] صار الوسم ادعاءً
    [quote] صار الوسم اقتباسًا
   *[citation] صار الوسم مصدرًا
}
status-select-claim-first = حدّد ادعاءً أولًا ({ $next } ينتقل إلى التالي للتحقق)
status-verdict = الحكم: { $verdict }
status-select-a-claim = حدّد ادعاءً أولًا
status-evidence-added = أُضيف دليل: اكتب رابطه أو مرجعه
status-reattached = أُعيد ربطه بالنص المحدد
undo-mark-done = وضع علامة الإنجاز
undo-confirm-position = تأكيد الموضع
undo-clear-verdict = مسح الحكم
undo-add-evidence = إضافة دليل

## الأخطاء والملاحظات المعروضة في النافذة

err-read = تعذّرت قراءة «{ $file }»: { $why }
err-save = تعذّر الحفظ في «{ $file }»: { $why }. عملك ما زال مفتوحًا؛ جرّب مجلدًا آخر عبر «حفظ باسم»
err-write = تعذّرت كتابة «{ $file }»: { $why }
err-too-large = حجم «{ $file }» { $size } ميغابايت، أكبر من { $limit } ميغابايت التي يفتحها claimmark
err-is-folder = «{ $file }» مجلد وليس ملفًا
err-decode = تعذّر فتح «{ $file }»: { $why }
err-format = تعذّر فتح «{ $file }»: { $why }
err-not-annotation-file = «{ $file }» مقال وليس ملف تعليقات claimmark (‎.ron)؛ افتحه في التطبيق واحفظ التعليقات أولًا
err-not-utf8-text = تعذّرت قراءة «{ $file }»: ليس نصًا بترميز UTF-8
err-not-utf8 = تعذّر فتح «{ $file }»: ليس نصًا بترميز UTF-8، لذا فهو ليس ملف تعليقات claimmark
err-binary = يبدو هذا ملفًا ثنائيًا وليس نصًا (يحتوي على بايتات NUL)
err-reader-failed = تعذّر على claimmark قراءة هذا النص ({ $detail })؛ لم يتغيّر شيء. يُرجى الإبلاغ عن ذلك مع الملف
err-syntax = السطر { $line }، العمود { $column }{ $near }: { $detail }. الملف تالف أو عُدّل يدويًا؛ أصلح ذلك الموضع أو افتح نسخة احتياطية
err-not-claimmark = هذا ليس ملف تعليقات claimmark (ليس فيه الترويسة `format: "claimmark"`)
err-version = الملف بإصدار التنسيق { $found }، لكن هذا الإصدار من claimmark يقرأ الإصدار { $supported } فقط؛ افتحه بإصدار أحدث من claimmark
err-duplicate-id = السطر { $line }: لتعليقين المعرّف نفسه { $id }؛ أعطِ أحدهما معرّفًا غير مستخدم
err-serialize = تعذّرت كتابة التعليقات: { $detail }
err-empty-selection = حدّد نصًا أولًا، ثم اختر وسمًا
err-out-of-range = التحديد خارج المقال
err-already-tagged = { $tag ->
    [claim] هذا النص موسوم بالفعل كادعاء
    [quote] هذا النص موسوم بالفعل كاقتباس
   *[citation] هذا النص موسوم بالفعل كمصدر
}
err-internal = حدث خطأ داخل claimmark: { $detail }
err-host-not-found = لا يمكن الوصول إلى { $address }: اسم المضيف غير معروف (تحقق من العنوان ومن اتصالك بالشبكة)
err-connect = لا يمكن الوصول إلى { $address }: فشل الاتصال ({ $why })
err-timeout = لم يُجب { $address } خلال { $seconds } ثانية
err-status = أجاب { $address } بالرمز { $status }{ $status ->
    [401] {" "}(رُفض الوصول: الصفحة تتطلب تسجيل الدخول أو ترفض claimmark)
    [403] {" "}(رُفض الوصول: الصفحة تتطلب تسجيل الدخول أو ترفض claimmark)
    [404] {" "}(الصفحة غير موجودة: ربما نُقلت أو حُذفت)
    [410] {" "}(الصفحة غير موجودة: ربما نُقلت أو حُذفت)
    [429] {" "}(طلبات كثيرة جدًا: حاول مرة أخرى بعد قليل)
   *[other] {""}
}
err-page-too-large = { $address } أكبر من { $limit } ميغابايت، وهو أقصى ما يجلبه claimmark
err-redirects = أعاد { $address } التوجيه أكثر من { $count } مرة
err-bad-redirect = أعاد { $address } التوجيه إلى «{ $location }»، وهو ما لا يتبعه claimmark (http وhttps فقط)
err-fetch-read = فشلت قراءة { $address }: { $why }
err-compression = الصفحة مضغوطة بصيغة «{ $name }» التي لا يقرؤها claimmark
err-compressed-damaged = بايتات الصفحة المضغوطة تالفة ({ $detail })
err-decompressed-too-large = الصفحة أكبر من { $limit } ميغابايت بعد فك الضغط
err-page = { $address }: { $why }
err-not-a-page = إنه { $what } وليس صفحة ويب أو نصًا
err-binary-page = يبدو ملفًا ثنائيًا وليس صفحة ويب
err-reader-failed-page = تعذّر على claimmark قراءة هذه الصفحة ({ $detail })؛ لم يتغيّر شيء. يُرجى الإبلاغ عن ذلك مع العنوان
err-address-empty = اكتب عنوان ويب أو الصقه (https://…)
err-address-no-host = ليس في «{ $address }» اسم مضيف
err-address-scheme = «{ $address }» عنوان من نوع { $scheme }:؛ لا يفتح claimmark إلا صفحات http وhttps
err-address-not-web = «{ $address }» ليس عنوان ويب (يجب أن يبدأ بـ https://)
reattach-summary = وُضع بدقة: { $exact }، نُقل: { $moved } (مع علامة «نُقل — تحقق»)، يتيم: { $orphaned } (مدرج مع [!]؛ حدّد النص الصحيح لإعادة ربطه)
flag-end-before-start = نهايته تأتي قبل بدايته
flag-out-of-range = موضعه بعد نهاية المقال
flag-text-mismatch = يقول المقال «{ $found }» في هذا الموضع، لا النص المحفوظ
flag-orphaned = تغيّر نص المقال وتعذّر العثور على هذا النص مرة أخرى بثقة؛ حدّد النص الصحيح وأعد ربطه
notice-text-changed = غُيّر نص المقال في هذا الملف خارج claimmark (بصمته مختلفة)؛ وأُعيد فحص كل تعليق مقابله
notice-timeline-dropped = لا تطابق أوقات النص المفرَّغ ومتحدثوه النص ({ $problem })، لذا تُركت؛ وبقي النص وكل التعليقات
notice-flagged = تعليقات لم تعد تطابق المقال ومعلّمة بـ [!] في القائمة: { $count }
notice-reattached = تعليقات لم تطابق مواضعها وعُثر عليها مجددًا بنصها: { $found }؛ نُقل منها إلى نص متغير مع علامة «نُقل — تحقق»: { $moved }
notice-conflicts = ترك الدمج تعارضات عددها { $count } في تعليقات عددها { $annotations }: أُبقي الجانبان؛ اختر أحدهما في كل تعليق عليه علامة «تعارض»
notice-old-version = كُتب هذا الملف بإصدار التنسيق { $found }؛ فُتح بنجاح وسيُحفظ بالإصدار { $version } الذي لا تقرؤه إصدارات claimmark الأقدم
notice-assumed-encoding = الملف ليس بترميز UTF-8، فقُرئ بترميز { $name } (أوروبا الغربية). إن بدت الحروف خاطئة، فاحفظ المقال بترميز UTF-8 وافتحه مرة أخرى
notice-replacements = تعذّر فك ترميز بعض البايتات وهي تظهر كـ �
notice-extracted = استُخرج النص المقروء من الصفحة (دون البرامج النصية والتنقل والترميز)
notice-transcript = قُرئ نصًا مفرَّغًا: { $cues ->
    [zero] لا مقاطع
    [one] مقطع واحد
    [two] مقطعان
    [few] { $cues } مقاطع
    [many] { $cues } مقطعًا
   *[other] { $cues } مقطع
}، لكل منها وقته ومتحدثه حين يذكرهما الملف{ $skipped ->
    [0] {""}
   *[other] ؛ وتُرك { $skipped } من المقاطع المشوَّهة لتعذّر قراءتها
}
notice-guessed-encoding = لا تذكر الصفحة ترميز حروفها، فخُمّن { $name } من بايتاتها. إن بدت الحروف خاطئة، فأبلغ الموقع أو احفظ الصفحة بترميز UTF-8

status-new-from-clipboard = مقال جديد من الحافظة (عدد الأحرف { $count }). احفظه للاحتفاظ به.
status-clipboard-empty = لا تحتوي الحافظة على نص. انسخ نص مقال أولًا.
status-opened = فُتح «{ $name }» ({ $count ->
    [zero] لا تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
})
status-opened-with-notes = فُتح «{ $name }»: { $notes }
status-saved-to = حُفظ في { $path }
status-archive-not-copied = حُفظ في { $path }، لكن تعذّر نسخ أرشيف الويب الخاص به بجانبه: { $why }
status-export-failed = تعذّر التصدير: { $why }
status-exported = صُدّر إلى { $path }
status-exported-with-warnings = صُدّر إلى { $path } مع تحذيرات عددها { $count }: { $warnings }
status-update-needs-article = اختر النسخة الجديدة من المقال (ملفًا نصيًا)، لا ملف تعليقات
status-update-failed = تعذّر تحديث النص: { $why }
status-updated-from = حُدّث نص المقال من «{ $name }»
status-update-summary = { $lead }: { $summary } ({ $undo } يتراجع عن التحديث)
status-restored = استُعيد العمل غير المحفوظ على «{ $title }» (عدد التعليقات { $count }). احفظه للاحتفاظ به
status-restore-failed = تعذّرت الاستعادة: { $why }

## الويب

fetching = جلب { $address }
fetching-again = جلب { $address } مرة أخرى
fetching-archive = أرشفة { $number } من { $count }: { $address }
fetching-of = { $what } — { $received } من { $total } كيلوبايت
fetching-so-far = { $what } — { $received } كيلوبايت
fetching-starting = { $what }…
status-not-from-web = لم يُقرأ هذا المقال من صفحة ويب: استخدم { $command } لتحميل نسخة جديدة من ملف
status-nothing-to-archive = لا مصادر ويب للأرشفة: كل دليل ومصدر له عنوان ويب مؤرشف بالفعل
status-fetch-busy = انتظر انتهاء جلب الصفحة، أو ألغه
status-opened-page = فُتح { $address } (عدد الأحرف { $count }). احفظ للاحتفاظ به: تُؤرشف الصفحة بجانب ملف التعليقات
status-page-unchanged = لم يتغير { $address } منذ قراءته
status-page-same-text = تغيّر { $address } ولم يتغير نص المقال ({ $undo } يتراجع عن التحديث)
status-page-changed = تغيّرت الصفحة
status-archived = الصفحات المؤرشفة: { $pages } (المصادر المسجلة: { $sources })
status-not-archived = . لم يُؤرشف: { $failed }
status-archive-failed = تعذّر حفظ الصفحة في الأرشيف: { $why }. ما زالت في الذاكرة؛ احفظ مرة أخرى لإعادة المحاولة

## المكتب

status-not-a-folder = «{ $path }» ليس مجلدًا
status-no-cache = لا يوجد مجلد ذاكرة مؤقتة لحفظ فهرس المكتب
status-no-desk-worker = تعذّر بدء العمل الخلفي للمكتب
status-desk-not-remembered = المكتب مفتوح لكن تعذّر تذكّره للمرة القادمة: { $why }
status-desk-opening = فتح المكتب «{ $name }»…
status-desk-unreadable = ؛ ملفات تعذّرت قراءتها: { $count } (معلّمة بـ [!] في لوحة المكتب)
status-desk-from-index = الكل من فهرسه
status-desk-indexed = ملفات فُهرست الآن: { $count }
status-desk-read-again = ملفات قُرئت مرة أخرى: { $count }، والباقي من فهرسه
status-desk-waiting = نسخة أخرى من claimmark تحدّث فهرس المكتب؛ ننتظر انتهاءها…
status-desk-rebuilt = كان فهرس المكتب مفقودًا أو تالفًا ويُعاد بناؤه الآن من ملفاتك ({ $why }).
status-model-missing = المطابقة بالمعنى متوقفة: لا نموذج (قائمة المكتب، الحصول على نموذج المطابقة…)
status-desk-open = المكتب «{ $name }» مفتوح: عدد المقالات { $count }، { $how }{ $note }
status-table-failed = تعذّرت كتابة الجدول: { $why }
status-wrote-claims = كُتبت الادعاءات ({ $count }) إلى { $path }
status-open-desk-first = افتح مكتبًا أولًا: ملف ← فتح المكتب… (مجلد ملفات تعليقاتك)
reuse-earlier-check = تحقق سابق: { $title }
undo-reuse = إعادة استخدام تحقق سابق
status-reused = أُخذ التحقق السابق إلى هذا الادعاء ({ $undo } يتراجع عنه)

status-import-failed = تعذّر استيراد «{ $name }»: { $why }
status-import-empty = لا يحتوي الملف على مستندات
status-imported = استُورد من «{ $name }»: { $summary }
status-import-several = . يحتوي الملف على { $count } مستندات؛ هذا أولها. الأمر `claimmark import --from { $format } { $file } -o FOLDER` يكتبها كلها
status-comparing = مقارنة مع «{ $name }»: الاختلافات { $count }؛ مقاطعهم مرسومة بخط متقطع
status-took-differences = أُخذت الاختلافات ({ $count }) من ملفهم ({ $undo } يتراجع عنها)
status-link-to-itself = اختر تعليقًا آخر: لا يمكن ربط التعليق بنفسه
status-linked = رُبط: { $kind } { $other }
status-no-claims = لا ادعاءات بعد: اوسم واحدًا بـ { $key }
status-all-done = { $count ->
    [one] الادعاء منجز
    [two] الادعاءان منجزان
   *[other] كل الادعاءات منجزة ({ $count })
}
status-claim-step = الادعاء { $id } — غير المنجز: { $count }. { $next }: التالي · { $done }: إنجاز والانتقال
status-sample = هذا هو المقال النموذجي المرفق. افتح مقالك عبر ملف ← فتح ({ $keys }).
status-opened-at-start = فُتح «{ $name }»
status-open-failed-sample = { $why }. يُعرض المقال النموذجي بدلًا منه.
status-not-found = «{ $query }» غير موجود في المقال
status-match = النتيجة { $number } من { $count }: اضغط { $keys } لوسمها

status-zoom = تكبير المقال { $percent }%
status-view-not-remembered = تعذّر حفظ إعدادات العرض: { $why }
pick-desk = فتح مكتب: مجلد ملفات تعليقاتك
pick-import = استيراد { $format }
pick-import-article = المقال الذي تشير إليه هذه التعليقات
pick-articles = مقالات (نص أو صفحة ويب محفوظة)
status-not-saved = لم يُحفظ
status-not-exported = لم يُصدَّر

pick-open = فتح مقال أو ملف تعليقات
pick-articles-and-annotations = مقالات وتعليقات
pick-annotation-files = تعليقات claimmark
pick-article-files = مقالات
pick-all-files = كل الملفات
pick-save = حفظ التعليقات
pick-export = تصدير
title-not-saved = { $title } (لم يُحفظ بعد)

## القيم والاختلافات والتعارضات بكلمات قليلة

value-empty = (فارغ)
value-quoted = «{ $text }»
value-position = { $start }–{ $end } { $text }
value-none = (لا شيء)
value-evidence-one = دليل واحد ({ $reference })
value-evidence = { $count ->
    [zero] لا أدلة
    [one] دليل واحد
    [two] دليلان
    [few] { $count } أدلة
    [many] { $count } دليلًا
   *[other] { $count } دليل
}
value-yes = نعم
value-no = لا
value-links = { $count ->
    [zero] لا روابط
    [one] رابط واحد
    [two] رابطان
    [few] { $count } روابط
    [many] { $count } رابطًا
   *[other] { $count } رابط
}
value-not-archived = غير مؤرشف

difference-only-ours = لدينا فقط
difference-only-theirs = لديهم فقط
difference-span = مقطع مختلف
difference-tag = وسم مختلف
difference-field = اختلاف في { $field }
difference-annotation = { $tag } «{ $text }»
difference-alone = { $kind }: { $annotation }
difference-values = { $kind }: { $annotation } — لدينا { $ours }، لديهم { $theirs }
conflict-field = { $named ->
    [no] { $field }: لدينا { $ours }، لديهم { $theirs }
   *[other] { $field }: لدينا { $ours }، لديهم { $theirs } ({ $by })
}
conflict-deleted-by-them = { $named ->
    [no] حُذف في الجانب الآخر وعُدّل في جانبنا
   *[other] حُذف في الجانب الآخر ({ $by }) وعُدّل في جانبنا
}
conflict-deleted-by-us = { $named ->
    [no] حُذف في جانبنا وعُدّل في الجانب الآخر
   *[other] حُذف في جانبنا وعُدّل في الجانب الآخر ({ $by })
}

## التقارير (HTML وMarkdown)

report-heading = تقرير التحقق: { $title }
report-source = المصدر
report-page = الصفحة
report-page-retrieved = جُلبت في { $date } من { $address }؛ مؤرشفة، SHA-256 { $hash }
report-article-hash = بصمة SHA-256 للمقال
report-annotations = التعليقات
report-annotation-counts = { $claims }، { $quotes }، { $citations }؛ الادعاءات المنجزة { $done } من { $count }
report-verdicts = الأحكام
report-verdict = الحكم
report-claims = الادعاءات
report-quotes = الاقتباسات
report-citations = المصادر
report-note = ملاحظة: { $note }
report-scale = { $value } على مقياس من { $worst } إلى { $best }
report-no-verdict = بلا حكم بعد
report-other-verdict = حكم آخر
report-field = { $field ->
    [normalized] الصيغة المختصرة للادعاء
    [claimant] صاحب الادعاء
    [rationale] التعليل
   *[note] ملاحظة
}
report-accessed = اطُّلع عليه في { $date }
report-changed-by = بواسطة { $who } في { $time }
report-status = الحالة
report-evidence = الأدلة
report-linked = الروابط
report-last-changed = آخر تغيير
report-speaker = المتحدث: { $speaker }
report-quote-verified = تم التحقق منه مقابل مصدره
report-quote-not-verified = لم يُتحقق منه بعد
report-target = الوجهة
report-target-text = الوجهة: { $target }
report-citation-checked = تمت مراجعته
report-citation-not-checked = لم تتم مراجعته بعد
report-annotation = { $tag } «{ $text }»

## التحقق المنشور (المقال مع تعليقاته) وموقع فريق التحقق

report-kicker = تحقق
report-retrieved = جُلب في { $date }
report-checked-on = تم التحقق في { $date }
report-checked-by = تحقق منه { $names }
report-chart = الأحكام: { $list }
report-article = المقال مع تعليقاته
report-how-to-read = كيف تقرأ هذه الصفحة
report-legend-claim = يُظلَّل بلون حكمه ويُرقَّم؛ ويظهر تحققه بجانب الفقرة، أو تحتها على شاشة ضيقة.
report-legend-quote = يُسطَّر تحته ويليه اسم قائله.
report-legend-citation = يُسطَّر تحته بخط منقط.
report-claim-number = الادعاء { $number }
report-claim-ref = الادعاء { $number }: { $verdict }. انتقل إلى تحققه.
report-quote-by = اقتباس: { $speaker }
report-back = العودة إلى النص
report-checks-here = تحققات هذه الفقرة
report-lost-place = ادعاءات فقدت مكانها في النص
report-made-with = صُنع باستخدام claimmark.
report-site-summary = { $articles ->
    [zero] لا مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $articles } مقالات
    [many] { $articles } مقالًا
   *[other] { $articles } مقال
}، { $claims } بحكم
report-site-checked = الادعاءات المتحقق منها
report-site-find = بحث
report-site-all = كل الأحكام
report-site-in = في «{ $article }»
report-site-articles = المقالات
report-site-no-claims = لا يوجد ادعاء له حكم بعد.
report-said = قاله { $who } { $when }
report-said-at = قيل { $when }
report-said-by = قاله { $who }
err-pdf-password = ملف PDF هذا محمي بكلمة مرور: اكتبها لفتحه
err-pdf-wrong-password = كلمة المرور هذه لا تفتح ملف PDF هذا: تحقق منها وأعد المحاولة
err-pdf-no-text = لا يحوي ملف PDF هذا نصًا للتعليم عليه: صفحاته ({ $pages }) صور، كما في مستند ممسوح ضوئيًا. مرّره أولًا على التعرف الضوئي على النص (OCR) ثم افتح الناتج
err-pdf-no-unicode = لا تذكر خطوط ملف PDF هذا أي حروف ترسم، لذا لا يمكن قراءة نصه؛ مرّره على التعرف الضوئي على النص (OCR) أو صدّره مجددًا من البرنامج الذي أنشأه
err-pdf-no-pages = لا صفحات في ملف PDF هذا
err-pdf-unreadable = هذا الملف ليس PDF يستطيع claimmark قراءته ({ $detail })؛ ربما كان تالفًا
err-pdf-cancelled = أُلغي فتح ملف PDF؛ لم يتغيّر شيء
notice-pdf = قُرئ من ملف PDF عدد صفحاته { $pages }؛ كل ادعاء يعرف صفحته{ $without ->
    [0] {""}
   *[other]؛ صفحات بلا نص (صور أو صفحات فارغة) تُركت: { $without }
}
notice-pages-dropped = لا تطابق صفحات ملف PDF النص ({ $problem })، لذا تُركت؛ وبقي النص وكل التعليقات
page-cite = ص. { $page }
pages-cite = ص. { $first }–{ $last }
pdf-password-title = كلمة المرور مطلوبة
pdf-password-prompt = «{ $file }» محمي بكلمة مرور. اكتبها لفتح ملف PDF.
pdf-password-label = كلمة المرور
pdf-password-open = فتح
reading-pdf = قراءة «{ $file }»: الصفحة { $done } من { $total }
reading-file = قراءة «{ $file }»…
pdf-kept = يُحفظ ملف PDF الأصلي بجانب التعليقات باسم { $file }
pdf-not-kept = { $file } موجود وهو ملف PDF آخر، لذا لم يُنسخ الأصل بجانب التعليقات

## الادعاءات المقترحة
cmd-suggestions-panel = الادعاءات المقترحة
    .tooltip = عرض الجمل التي يراها claimmark جديرة بالتحقق
cmd-next-suggestion = الاقتراح التالي
    .tooltip = الانتقال إلى الجملة التالية المقترحة للتحقق
cmd-previous-suggestion = الاقتراح السابق
    .tooltip = الانتقال إلى الجملة المقترحة السابقة
cmd-accept-suggestion = قبول الاقتراح
    .tooltip = وسم الجملة المقترحة ادعاءً وفتح نموذجه
cmd-reject-suggestion = رفض الاقتراح
    .tooltip = لا تستحق التحقق: لا تُقترح هذه الجملة مرة أخرى في هذا الملف
tab-suggestions = الاقتراحات ({ $count })
    .tooltip = الجمل الجديرة بالتحقق، ولماذا
suggest-reason = { $reason ->
    [percentage] نسبة مئوية
    [money] مبلغ مالي
    [number] رقم
    [comparison] مقارنة أو اتجاه
    [time] تاريخ أو وقت
    [cause] سبب
   *[named-body] جهة مسماة
}
suggest-why-wording = مصاغة مثل ادعاءات جرى التحقق منها
suggest-alike = { $count ->
    [zero] لا تشبه ادعاءات تحقق منها مكتبك
    [one] تشبه ادعاءً واحدًا تحقق منه مكتبك
    [two] تشبه ادعاءين تحقق منهما مكتبك
    [few] تشبه { $count } ادعاءات تحقق منها مكتبك
   *[other] تشبه { $count } ادعاءً تحقق منها مكتبك
}
suggest-nearest = الأقرب في مكتبك: «{ $text }»
suggest-off = الاقتراحات متوقفة (تحرير ← التفضيلات).
suggest-turn-on = تشغيل الاقتراحات
suggest-scoring = جارٍ قراءة المقال بحثًا عن جمل جديرة بالتحقق…
suggest-get-model = الحصول على نموذج المطابقة…
suggest-no-model = تحتاج الاقتراحات إلى نموذج المطابقة، وهو غير مثبت. المكتب ← الحصول على نموذج المطابقة… ينزّله مرة واحدة ويبقى على هذا الحاسوب.
suggest-other-model = تحتاج الاقتراحات إلى نموذج المطابقة متعدد اللغات؛ والنموذج المثبت غيره. المكتب ← الحصول على نموذج المطابقة… يثبّته.
suggest-failed = تعذرت قراءة المقال للاقتراحات: { $why }
suggest-no-head = مقيّم الاقتراحات غير موجود في هذا الإصدار
suggest-summary = { $count ->
    [zero] لا جمل جديرة بالتحقق من { $sentences }
    [one] جملة واحدة من { $sentences } جديرة بالتحقق
    [two] جملتان من { $sentences } جديرتان بالتحقق
    [few] { $count } جمل من { $sentences } جديرة بالتحقق
   *[other] { $count } جملة من { $sentences } جديرة بالتحقق
}{ $rejected ->
    [0] {""}
   *[other] {" "}(المرفوضة في هذا الملف: { $rejected })
}
suggest-order = الترتيب:
suggest-order-best = الأفضل أولًا
suggest-order-text = كما في النص
suggest-keys = { $next }: التالي · { $accept }: قبول ادعاءً · { $reject }: رفض
suggest-row = { $percent }٪ — { $text }
suggest-accept = قبول ادعاءً
    .tooltip = وسم هذه الجملة ادعاءً وفتح نموذجه (خطوة واحدة، يلغيها التراجع)
suggest-reject = رفض
    .tooltip = لا تستحق التحقق: تُحفظ في الملف ولا تُقترح هذه الجملة مرة أخرى
suggest-mark-name = ادعاء مقترح، { $percent }٪: { $text }
status-suggestion-step = الاقتراح { $number } من { $count }. { $accept }: قبول ادعاءً · { $reject }: رفض · { $next }: التالي
status-no-suggestions = لا جمل للاقتراح: كل الجمل الجديرة بالتحقق موسومة أو مرفوضة.
status-no-current-suggestion = لم يُختر اقتراح: اضغط { $next } للانتقال إلى التالي.
status-suggestion-accepted = وُسم الادعاء { $id } من الاقتراح. { $next }: الاقتراح التالي
status-suggestion-rejected = رُفض: لن يُقترح مرة أخرى في هذا الملف ({ $undo } للتراجع). الاقتراحات المتبقية: { $count }.
prefs-suggestions = اقتراح الجمل الجديرة بالتحقق
    .tooltip = يقرأ claimmark كل مقال بنموذج المطابقة ويعلّم الجمل التي تبدو جديرة بالتحقق
prefs-suggest-own-threshold = اقتراح العدد الذي ضُبط عليه المقيّم
    .tooltip = لكل لغة عتبتها، اختيرت على بيانات جدارة بالتحقق لم يُدرَّب عليها المقيّم
prefs-suggest-threshold = الاقتراح ابتداءً من الدرجة
    .hint = الأدنى يقترح جملًا أكثر، والأعلى أقل.
suggest-taste-too-few = تتعلم الاقتراحات ذوق مكتبك من { $fewest } ادعاءً و{ $fewest } اقتراحًا مرفوضًا؛ وفي المكتب الآن { $claims } ادعاءً و{ $rejected } اقتراحًا مرفوضًا.
suggest-taste-no-gain = لم تحسّن ادعاءات مكتبك ({ $claims }) واقتراحاته المرفوضة ({ $rejected }) الاقتراحات: يُستخدم المقيّم كما هو.
suggest-taste-adapted = مضبوط على ذوق مكتبك: { $claims } ادعاءً و{ $rejected } اقتراحًا مرفوضًا (F1 عليها { $before } ← { $after }).
