<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liaison</source>
        <translation>حول Liaison</translation>
    </message>
    <message>
        <source>Liaison {version}</source>
        <translation>Liaison {version}</translation>
    </message>
    <message>
        <source>An encrypted workstation for exchanging criminal intelligence with partner agencies.</source>
        <translation>محطة عمل مشفّرة لتبادل المعلومات الاستخباراتية الجنائية مع الأجهزة الشريكة.</translation>
    </message>
    <message>
        <source>This is the demo workspace: every record in it is synthetic.</source>
        <translation>هذه مساحة العمل التجريبية: جميع السجلات فيها مُصطنَعة.</translation>
    </message>
    <message>
        <source>Liaison:</source>
        <translation>Liaison:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>مساحة العمل:</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>جهازك</translation>
    </message>
    <message>
        <source>Partners see this name and country on everything you send them.</source>
        <translation>يرى الشركاء هذا الاسم وهذا البلد على كل ما ترسله إليهم.</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>اسم ال&amp;جهاز:</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>Agency country</source>
        <translation>بلد الجهاز</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <source>Enter your agency&apos;s name.</source>
        <translation>أدخل اسم جهازك.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s country from the list.</source>
        <translation>اختر بلد جهازك من القائمة.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>معاينة المرفق</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>التحقق من سلسلة التدقيق</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Reload the audit entries</source>
        <translation>إعادة تحميل قيود التدقيق</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <source>Latest entries, oldest first ({n} shown)</source>
        <translation>أحدث القيود، الأقدم أولًا ({n} معروضة)</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries verified.</source>
        <translation>السلسلة سليمة: تم التحقق من {n} قيدًا.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {seq}: {reason}.</source>
        <translation>السلسلة مكسورة عند القيد {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>جارٍ التحقق من سلسلة التدقيق</translation>
    </message>
</context>
<context>
    <name>ChartPanels</name>
    <message>
        <source>Link chart</source>
        <translation>مخطط الروابط</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>&amp;Chart the record list</source>
        <translation>&amp;رسم مخطط لقائمة السجلات</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records listed</source>
        <translation>إنشاء مخطط الروابط والخط الزمني للسجلات المدرجة</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Columns and what they become</source>
        <translation>الأعمدة وما تصبح عليه</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>يصبح</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(غير مستخدم)</translation>
    </message>
    <message>
        <source>record: {field}</source>
        <translation>السجل: {field}</translation>
    </message>
    <message>
        <source>(in a template: edit the JSON)</source>
        <translation>(ضمن قالب: عدّل JSON)</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <source>Create a Liaison workspace</source>
        <translation>إنشاء مساحة عمل Liaison</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>إ&amp;نشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>جارٍ إنشاء مساحة العمل</translation>
    </message>
</context>
<context>
    <name>EntitiesTab</name>
    <message>
        <source>Entity or property</source>
        <translation>الكيان أو الخاصية</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>بعد التوحيد</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>الكيانات المرتبطة</translation>
    </message>
    <message>
        <source>Open this entity</source>
        <translation>فتح هذا الكيان</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ غير صالح: {note}</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Open an entity from a record to see it here.</source>
        <translation>افتح كيانًا من أحد السجلات لعرضه هنا.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>بعد التوحيد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>الكيان الآخر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>السجلات التي تذكر هذا الكيان</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ غير صالح: {note}</translation>
    </message>
    <message>
        <source>This value failed validation; it is kept as the source wrote it.</source>
        <translation>لم تجتز هذه القيمة التحقق؛ وهي محفوظة كما كتبها المصدر.</translation>
    </message>
    <message>
        <source>Appears in {total} records (newest {shown} listed)</source>
        <translation>يرد في {total} سجلًا (مُدرج أحدث {shown})</translation>
    </message>
    <message>
        <source>Appears in records: {total}</source>
        <translation>السجلات التي يرد فيها: {total}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>“{title}” could not be completed.</source>
        <translation>تعذّر إكمال «{title}».</translation>
    </message>
    <message>
        <source>An unexpected error stopped “{title}”.</source>
        <translation>أوقف خطأ غير متوقع «{title}».</translation>
    </message>
    <message>
        <source>This is a fault in Liaison, not in your data. If it happens again, give the details below to your administrator.</source>
        <translation>هذا عيب في Liaison وليس في بياناتك. إذا تكرر، فأعطِ التفاصيل أدناه لمسؤول النظام.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>فئات البحث</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <source>CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF files.</source>
        <translation>ملفات CSV أو FollowTheMoney أو STIX 2.1 أو MISP أو GraphML أو GEXF.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Import intelligence files</source>
        <translation>استيراد ملفات المعلومات</translation>
    </message>
    <message>
        <source>Intelligence files ({patterns});;All files (*)</source>
        <translation>ملفات المعلومات ({patterns});;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ما تغيّر</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>سجل الإصدارات</translation>
    </message>
    <message>
        <source>{n} (current)</source>
        <translation>{n} (الحالي)</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>الإصدار الأول</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>This file is not a PNG or JPEG image; it is not shown.</source>
        <translation>هذا الملف ليس صورة PNG أو JPEG؛ لن يُعرض.</translation>
    </message>
    <message>
        <source>The image is damaged or too large to preview.</source>
        <translation>الصورة تالفة أو أكبر من أن تُعايَن.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: {reason}</source>
        <translation>تعذّر فك ترميز الصورة: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
</context>
<context>
    <name>LinkChart</name>
    <message>
        <source>Colour by type</source>
        <translation>التلوين حسب النوع</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>التلوين حسب المجتمع</translation>
    </message>
    <message>
        <source>Colour by agency</source>
        <translation>التلوين حسب الجهاز</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>موجَّه بالقوى</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>دائري</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>شعاعي</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>هرمي</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>توسيع</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>إضافة العُقد المجاورة للعُقد المحددة</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>إيجاد مسار</translation>
    </message>
    <message>
        <source>Shortest path between the two selected nodes</source>
        <translation>أقصر مسار بين العقدتين المحددتين</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>تحديد</translation>
    </message>
    <message>
        <source>Drag to select (or hold Shift while dragging)</source>
        <translation>اسحب للتحديد (أو اضغط مع الاستمرار على Shift أثناء السحب)</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} links</source>
        <translation>العُقد: {nodes}، الروابط: {edges}</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(مقتطَع)</translation>
    </message>
    <message>
        <source>{drawn} links drawn at this zoom</source>
        <translation>الروابط المرسومة بمستوى التكبير هذا: {drawn}</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>جارٍ إنشاء مخطط الروابط</translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>جارٍ ترتيب المخطط</translation>
    </message>
    <message>
        <source>Expanding the chart</source>
        <translation>جارٍ توسيع المخطط</translation>
    </message>
    <message>
        <source>Select exactly two nodes to find a path.</source>
        <translation>حدّد عقدتين بالضبط لإيجاد مسار.</translation>
    </message>
    <message>
        <source>No path within six links.</source>
        <translation>لا يوجد مسار في حدود ستة روابط.</translation>
    </message>
    <message>
        <source>Finding a path</source>
        <translation>جارٍ البحث عن مسار</translation>
    </message>
</context>
<context>
    <name>LinksEventsTab</name>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>From / involved</source>
        <translation>من / المعنيّون</translation>
    </message>
    <message>
        <source>To / place</source>
        <translation>إلى / المكان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Links and events</source>
        <translation>الروابط والأحداث</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>الروابط ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>الأحداث ({n})</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the workspace</source>
        <translation>أين تُحفظ مساحة العمل</translation>
    </message>
    <message>
        <source>Liaison keeps everything it receives in one encrypted folder on this computer. Choose a new or empty folder; nothing in it is readable without the key.</source>
        <translation>يحفظ Liaison كل ما يتلقاه في مجلد واحد مشفّر على هذا الحاسوب. اختر مجلدًا جديدًا أو فارغًا؛ لا يمكن قراءة شيء منه دون المفتاح.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>اختيار مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new or empty folder.</source>
        <translation>المجلد {folder} ليس فارغًا. اختر مجلدًا جديدًا أو فارغًا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import CSV, FollowTheMoney, STIX or MISP files</source>
        <translation>استيراد ملفات CSV أو FollowTheMoney أو STIX أو MISP</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the workspace now</source>
        <translation>قفل مساحة العمل الآن</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;حول Liaison</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Restore the default layout</source>
        <translation>ا&amp;ستعادة التخطيط الافتراضي</translation>
    </message>
    <message>
        <source>DEMO: synthetic data</source>
        <translation>تجريبي: بيانات مُصطنَعة</translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <translation>Liaison — مقفل</translation>
    </message>
    <message>
        <source>Liaison — {agency}</source>
        <translation>Liaison — {agency}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Records: {records}   Entities: {entities}</source>
        <translation>السجلات: {records}   الكيانات: {entities}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>جارٍ عدّ السجلات</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>جارٍ فتح السجل</translation>
    </message>
    <message>
        <source>Opening the entity</source>
        <translation>جارٍ فتح الكيان</translation>
    </message>
    <message>
        <source>Reading workspace information</source>
        <translation>جارٍ قراءة معلومات مساحة العمل</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Cross-reference hits</source>
        <translation>نتائج المطابقة</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping (JSON)</source>
        <translation>التعيين (JSON)</translation>
    </message>
    <message>
        <source>&amp;Guess from header</source>
        <translation>&amp;استنتاج من صف العناوين</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>تح&amp;ميل تعيين…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;حفظ التعيين…</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Mapping for {file}</source>
        <translation>تعيين {file}</translation>
    </message>
    <message>
        <source>Mapping saved to {file}.</source>
        <translation>حُفظ التعيين في {file}.</translation>
    </message>
    <message>
        <source>Load a CSV mapping</source>
        <translation>تحميل تعيين CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>التعيينات (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>حفظ تعيين CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>التعيينات (*.json)</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>التعيين ليس JSON صالحًا: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>تعذّرت قراءة {file}: {error}</translation>
    </message>
    <message>
        <source>The first {n} rows as they would be imported.</source>
        <translation>الصفوف الأولى ({n}) كما ستُستورَد.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>CSV mapping</source>
        <translation>تعيين CSV</translation>
    </message>
    <message>
        <source>Which columns become which entity properties and record fields. Start from the guess, edit, load or save a mapping.</source>
        <translation>أيّ الأعمدة تصبح أيّ خصائص للكيانات وحقول للسجلات. ابدأ من التخمين، ثم عدّل التعيين أو حمّله أو احفظه.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>أُلغي؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Formats and source</source>
        <translation>الصيغ والمصدر</translation>
    </message>
    <message>
        <source>Check each file&apos;s format, and say who sent the files. Handling and TLP apply where a file says nothing.</source>
        <translation>تحقّق من صيغة كل ملف، وحدّد من أرسل الملفات. يُطبَّق رمز التداول وTLP حيث لا يحدّد الملف شيئًا.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>حسب الملف</translation>
    </message>
    <message>
        <source>ISO code, e.g. ES</source>
        <translation>رمز ISO، مثل ES</translation>
    </message>
    <message>
        <source>Source &amp;agency:</source>
        <translation>ال&amp;جهاز المصدر:</translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation>&amp;بلد الجهاز:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;رمز التداول:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <source>choose a format</source>
        <translation>اختر صيغة</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>إلغاء العملية</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protecting the key</source>
        <translation>حماية المفتاح</translation>
    </message>
    <message>
        <source>The workspace is encrypted with a random key. Keep that key in the operating system&apos;s keyring (unlocks with your login), behind a passphrase, or both.</source>
        <translation>مساحة العمل مشفّرة بمفتاح عشوائي. احفظ هذا المفتاح في حلقة مفاتيح نظام التشغيل (تُفتح مع تسجيل دخولك)، أو خلف عبارة مرور، أو كليهما.</translation>
    </message>
    <message>
        <source>Keep the key in the OS &amp;keyring</source>
        <translation>حفظ المفتاح في &amp;حلقة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Protect the key with a &amp;passphrase</source>
        <translation>حماية المفتاح بـ&amp;عبارة مرور</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة الم&amp;رور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>أ&amp;عد الإدخال:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد إدخال عبارة المرور</translation>
    </message>
    <message>
        <source>Require &amp;both to unlock (for laptops in the field)</source>
        <translation>اشتراط الا&amp;ثنين معًا لفتح القفل (للحواسيب المحمولة في الميدان)</translation>
    </message>
    <message>
        <source>Choose at least one: the OS keyring or a passphrase.</source>
        <translation>اختر واحدًا على الأقل: حلقة مفاتيح النظام أو عبارة مرور.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>يجب أن تتكون عبارة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>جارٍ إنشاء مساحة العمل…</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer (on Linux it needs gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS keyring” and protect the workspace with a passphrase instead.</source>
        <translation>لم يُعثر على حلقة مفاتيح نظام صالحة للاستخدام على هذا الحاسوب (على Linux يلزم gnome-keyring أو KWallet مفتوح القفل). ألغِ تحديد «حفظ المفتاح في حلقة مفاتيح النظام» واحمِ مساحة العمل بعبارة مرور بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The workspace could not be created: {error}</source>
        <translation>تعذّر إنشاء مساحة العمل: {error}</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Handling code {code}</source>
        <translation>رمز التداول {code}</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Agency</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>المراجعة قبل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>اختر سجلًا لعرضه هنا.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>عنوان السجل</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <source>Entities ({n})</source>
        <translation>الكيانات ({n})</translation>
    </message>
    <message>
        <source>Links and events ({n})</source>
        <translation>الروابط والأحداث ({n})</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>المرفقات ({n})</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>السجل التاريخي ({n})</translation>
    </message>
    <message>
        <source>{status}, version {version}</source>
        <translation>{status}، الإصدار {version}</translation>
    </message>
    <message>
        <source>{file} ({format}), {when}, by {actor}</source>
        <translation>{file} ({format})، {when}، بواسطة {actor}</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images are previewed. This attachment is listed with its size and SHA-256 so that it can be checked against the partner&apos;s copy.</source>
        <translation>لا تُعايَن إلا صور PNG وJPEG. يُدرج هذا المرفق بحجمه وبصمة SHA-256 الخاصة به كي يمكن مطابقته مع نسخة الشريك.</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>جارٍ فتح المرفق</translation>
    </message>
</context>
<context>
    <name>RecordsBrowser</name>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>All records ({count})</source>
        <translation>كل السجلات ({count})</translation>
    </message>
    <message>
        <source>Sorting records</source>
        <translation>جارٍ فرز السجلات</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>What</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>المستوردة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>المدمجة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <source>Flagged: {n}</source>
        <translation>المُعلَّمة: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>المتجاوَزة: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… و{n} أخرى</translation>
    </message>
    <message>
        <source>Watchlist hits: {n}</source>
        <translation>نتائج المطابقة مع قائمة المراقبة: {n}</translation>
    </message>
    <message>
        <source>{watch}: {title}</source>
        <translation>{watch}: {title}</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>الملفات المستوردة: {files}؛ السجلات الجديدة: {records}، المحدَّثة: {merged}؛ الكيانات الجديدة: {entities}؛ المُعلَّمة: {flagged}، المتجاوَزة: {skipped}؛ نتائج المطابقة مع قائمة المراقبة: {hits}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Show the &amp;report</source>
        <translation>&amp;عرض التقرير</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>إ&amp;لغاء الاستيراد</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The files imported before it are kept: {files}.</source>
        <translation>الملفات المستوردة قبله محفوظة: {files}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing of {file} was changed.</source>
        <translation>أُلغي؛ لم يتغيّر شيء من {file}.</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing of it was changed.
{error}</source>
        <translation>تعذّر استيراد {file}؛ لم يتغيّر شيء منه.
{error}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import of {file}; nothing of it was changed ({kind}).</source>
        <translation>أوقف خطأ غير متوقع استيراد {file}؛ لم يتغيّر شيء منه ({kind}).</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search records (Ctrl+F): words, &quot;phrases&quot;, agency:, tlp:, reported:2025…</source>
        <translation>البحث في السجلات (Ctrl+F): كلمات، &quot;عبارات&quot;، agency:، tlp:، reported:2025…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>استعلام البحث</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>الأخيرة</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>عمليات البحث الأخيرة</translation>
    </message>
    <message>
        <source>Query syntax</source>
        <translation>صيغة الاستعلام</translation>
    </message>
    <message>
        <source>Error at character {position}: {message}</source>
        <translation>خطأ عند الحرف {position}: {message}</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>لا توجد عمليات بحث حديثة</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>مسح السجل</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Query syntax&lt;/h3&gt;&lt;p&gt;&lt;b&gt;words&lt;/b&gt;: records containing every word; &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;: the words together.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (upper case) and parentheses combine terms.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: prefix; &lt;b&gt;petrof~&lt;/b&gt;: fuzzy (1 or 2 edits).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: received:, reported:, event: with 2025, 2025-01..2025-06, 2024-03-05.. or ..2024-06.&lt;/p&gt;&lt;p&gt;Phone numbers, IBANs and e-mail addresses are recognised as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;صيغة الاستعلام&lt;/h3&gt;&lt;p&gt;&lt;b&gt;كلمات&lt;/b&gt;: السجلات التي تحتوي على كل الكلمات؛ &lt;b&gt;&quot;عبارة&quot;&lt;/b&gt;: الكلمات معًا.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt; و&lt;b&gt;AND&lt;/b&gt; و&lt;b&gt;NOT&lt;/b&gt; (بأحرف كبيرة) والأقواس تجمع بين الشروط.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: بادئة؛ &lt;b&gt;petrof~&lt;/b&gt;: بحث تقريبي (تعديل أو تعديلان).&lt;/p&gt;&lt;p&gt;&lt;b&gt;الحقول&lt;/b&gt;: agency:BKA، agency:&quot;Hellenic Police&quot;، country:DE، type:Person، handling:H2، tlp:AMBER، grade:B2، lang:de، status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;التواريخ&lt;/b&gt;: received: وreported: وevent: مع 2025 أو 2025-01..2025-06 أو 2024-03-05.. أو ..2024-06.&lt;/p&gt;&lt;p&gt;تُعرف أرقام الهاتف وأرقام IBAN وعناوين البريد الإلكتروني كما كُتبت.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Snippet of the selected hit</source>
        <translation>مقتطف من النتيجة المحددة</translation>
    </message>
    <message>
        <source>Type a query and press Enter</source>
        <translation>اكتب استعلامًا واضغط Enter</translation>
    </message>
    <message>
        <source>Hits: {total} (first {shown} shown)</source>
        <translation>النتائج: {total} (تُعرض أول {shown})</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>النتائج: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Preparing the demo workspace</source>
        <translation>جارٍ تجهيز مساحة العمل التجريبية</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>جارٍ فتح قفل مساحة العمل</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “{pw}”.</source>
        <translation>عبارة مرور مساحة العمل التجريبية هي «{pw}».</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>تعذّر تشغيل Liaison</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localisation (to check translations)</source>
        <translation>ال&amp;توطين الزائف (لفحص الترجمات)</translation>
    </message>
    <message>
        <source>Pseudo-localisation</source>
        <translation>التوطين الزائف</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>القفل بعد مدة ال&amp;خمول:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Minutes without activity before the workspace locks</source>
        <translation>الدقائق دون نشاط قبل قفل مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace locks itself after this many minutes without keyboard or mouse activity, and at once with Ctrl+L.</source>
        <translation>تُقفَل مساحة العمل تلقائيًا بعد هذا العدد من الدقائق دون نشاط للوحة المفاتيح أو الفأرة، وفورًا بالضغط على Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Lanes by entity</source>
        <translation>المسارات حسب الكيان</translation>
    </message>
    <message>
        <source>Lanes by agency</source>
        <translation>المسارات حسب الجهاز</translation>
    </message>
    <message>
        <source>Lanes by record</source>
        <translation>المسارات حسب السجل</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>العناصر: {n}</translation>
    </message>
    <message>
        <source>{n} in the brushed range</source>
        <translation>في النطاق المحدد: {n}</translation>
    </message>
    <message>
        <source>density only (zoom or filter to see items)</source>
        <translation>الكثافة فقط (كبّر أو صفِّ لرؤية العناصر)</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>جارٍ إنشاء الخط الزمني</translation>
    </message>
    <message>
        <source>Exporting the timeline</source>
        <translation>جارٍ تصدير الخط الزمني</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock workspace</source>
        <translation>فتح قفل مساحة العمل</translation>
    </message>
    <message>
        <source>This workspace is locked</source>
        <translation>مساحة العمل هذه مقفلة</translation>
    </message>
    <message>
        <source>{agency} — {folder}</source>
        <translation>{agency} — {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>عبارة مرور مساحة العمل</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Unlocking needs both your OS keyring and the passphrase.</source>
        <translation>يتطلب فتح القفل حلقة مفاتيح النظام وعبارة المرور معًا.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase.</source>
        <translation>أدخل عبارة مرور مساحة العمل.</translation>
    </message>
    <message>
        <source>The key is in your OS keyring; press Unlock to open the workspace.</source>
        <translation>المفتاح موجود في حلقة مفاتيح النظام؛ اضغط «فتح القفل» لفتح مساحة العمل.</translation>
    </message>
    <message>
        <source>This workspace needs both the OS keyring and the passphrase, and the keyring is locked or unavailable. Unlock your login keyring (log in to the desktop, or open Passwords and Keys / KWallet / Windows Credential Manager), then try again.</source>
        <translation>تحتاج مساحة العمل هذه إلى حلقة مفاتيح النظام وعبارة المرور معًا، وحلقة المفاتيح مقفلة أو غير متاحة. افتح قفل حلقة مفاتيح تسجيل الدخول (سجّل الدخول إلى سطح المكتب، أو افتح «كلمات المرور والمفاتيح» / KWallet / «مدير بيانات الاعتماد» في Windows)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read the key from it. Enter the workspace passphrase instead, or unlock your keyring and try again.</source>
        <translation>حلقة مفاتيح النظام مقفلة أو غير متاحة، لذا لا يستطيع Liaison قراءة المفتاح منها. أدخل عبارة مرور مساحة العمل بدلًا من ذلك، أو افتح قفل حلقة المفاتيح وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read this workspace&apos;s key. Unlock your login keyring (log in to the desktop session, or open Passwords and Keys / KWallet / Windows Credential Manager) and press Try again. If the keyring entry is lost, restore the workspace from a backup.</source>
        <translation>حلقة مفاتيح النظام مقفلة أو غير متاحة، لذا لا يستطيع Liaison قراءة مفتاح مساحة العمل هذه. افتح قفل حلقة مفاتيح تسجيل الدخول (سجّل الدخول إلى جلسة سطح المكتب، أو افتح «كلمات المرور والمفاتيح» / KWallet / «مدير بيانات الاعتماد» في Windows) ثم اضغط «إعادة المحاولة». إذا فُقد قيد حلقة المفاتيح، فاستعد مساحة العمل من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>جارٍ فتح قفل مساحة العمل</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this workspace. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>عبارة مرور خاطئة: لا تفتح مساحة العمل هذه. تحقّق من تخطيط لوحة المفاتيح ومن مفتاح الأحرف الكبيرة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The OS keyring did not give the key.</source>
        <translation>لم تُعطِ حلقة مفاتيح النظام المفتاح.</translation>
    </message>
    <message>
        <source>The workspace could not be opened ({error}).</source>
        <translation>تعذّر فتح مساحة العمل ({error}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law-enforcement use</source>
        <translation>للاستخدام من قبل أجهزة إنفاذ القانون</translation>
    </message>
    <message>
        <source>Not for use as evidence in court without the originator&apos;s permission</source>
        <translation>لا يُستخدم دليلًا أمام المحكمة دون إذن الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Not to be passed on without the originator&apos;s consent</source>
        <translation>لا يُمرَّر دون موافقة الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Other restrictions: see the handling conditions</source>
        <translation>قيود أخرى: انظر شروط التداول</translation>
    </message>
    <message>
        <source>No handling code</source>
        <translation>لا يوجد رمز تداول</translation>
    </message>
    <message>
        <source>For the named recipients only; no further disclosure</source>
        <translation>للمتلقّين المسمَّين فقط؛ دون أي إفصاح إضافي</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s organisation only</source>
        <translation>إفصاح محدود، داخل جهة المتلقّي فقط</translation>
    </message>
    <message>
        <source>Limited disclosure, on a need-to-know basis within the recipient&apos;s organisation and its clients</source>
        <translation>إفصاح محدود، على أساس الحاجة إلى المعرفة داخل جهة المتلقّي وعملائها</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s community</source>
        <translation>إفصاح محدود، داخل مجتمع المتلقّي</translation>
    </message>
    <message>
        <source>No limit on disclosure</source>
        <translation>لا قيود على الإفصاح</translation>
    </message>
    <message>
        <source>No TLP marking</source>
        <translation>لا يوجد وسم TLP</translation>
    </message>
    <message>
        <source>Source reliable</source>
        <translation>المصدر موثوق</translation>
    </message>
    <message>
        <source>Source mostly reliable</source>
        <translation>المصدر موثوق في الغالب</translation>
    </message>
    <message>
        <source>Source not reliable</source>
        <translation>المصدر غير موثوق</translation>
    </message>
    <message>
        <source>Source reliability cannot be assessed</source>
        <translation>لا يمكن تقييم موثوقية المصدر</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>المصدر غير مقيَّم</translation>
    </message>
    <message>
        <source>Information known to be true without reservation</source>
        <translation>معلومة معروف صحتها دون تحفّظ</translation>
    </message>
    <message>
        <source>Information known personally to the source but not to the officer passing it on</source>
        <translation>معلومة يعرفها المصدر شخصيًا ولا يعرفها الموظف الذي ينقلها</translation>
    </message>
    <message>
        <source>Information not known personally to the source but corroborated by other information</source>
        <translation>معلومة لا يعرفها المصدر شخصيًا لكن تؤيدها معلومات أخرى</translation>
    </message>
    <message>
        <source>Information not known personally to the source and cannot be corroborated</source>
        <translation>معلومة لا يعرفها المصدر شخصيًا ولا يمكن تأييدها</translation>
    </message>
    <message>
        <source>Information not assessed</source>
        <translation>المعلومة غير مقيَّمة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <source>Retracted by the originator</source>
        <translation>سحبته الجهة المُصدِرة</translation>
    </message>
</context>
<context>
    <name>XrefDock</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Entity A</source>
        <translation>الكيان أ</translation>
    </message>
    <message>
        <source>Entity B</source>
        <translation>الكيان ب</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>الأزواج المرشحة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>&amp;Compare new entities</source>
        <translation>&amp;قارن الكيانات الجديدة</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <translation>&amp;متطابقان</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;غير متطابقين</translation>
    </message>
    <message>
        <source>Uns&amp;ure</source>
        <translation>&amp;غير متأكد</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>same</source>
        <translation>متطابقان</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>غير متطابقين</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Candidate pairs: {count}</source>
        <translation>الأزواج المرشحة: {count}</translation>
    </message>
    <message>
        <source>Comparing entities</source>
        <translation>جارٍ مقارنة الكيانات</translation>
    </message>
    <message>
        <source>Reading candidate pairs</source>
        <translation>جارٍ قراءة الأزواج المرشحة</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>جارٍ تسجيل الحكم</translation>
    </message>
    <message>
        <source>Withdrawing the verdict</source>
        <translation>جارٍ سحب الحكم</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>الجهة: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>الوزن: {weight}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
</context>
</TS>
