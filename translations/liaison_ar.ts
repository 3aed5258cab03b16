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
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s two public certificates (signing and encryption). The partner stays unverified, and cannot receive, until you confirm its fingerprint with it by telephone.</source>
        <translation>ثبّت الشهادتين العامتين للشريك (التوقيع والتشفير). يبقى الشريك غير مُتحقَّق منه، ولا يمكنه الاستلام، إلى أن تؤكد بصمته معه هاتفيًا.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Signing certificate:</source>
        <translation>شهادة ال&amp;توقيع:</translation>
    </message>
    <message>
        <source>&amp;Encryption certificate:</source>
        <translation>شهادة الت&amp;شفير:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>اسم الشريك</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>بلد الشريك</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>ملف شهادة التوقيع</translation>
    </message>
    <message>
        <source>Encryption certificate file</source>
        <translation>ملف شهادة التشفير</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the signing certificate file</source>
        <translation>اختيار ملف شهادة التوقيع</translation>
    </message>
    <message>
        <source>Choose the encryption certificate file</source>
        <translation>اختيار ملف شهادة التشفير</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>شهادة الشريك</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>أدخل اسم الشريك.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s country from the list.</source>
        <translation>اختر بلد الشريك من القائمة.</translation>
    </message>
    <message>
        <source>signing certificate</source>
        <translation>شهادة التوقيع</translation>
    </message>
    <message>
        <source>encryption certificate</source>
        <translation>شهادة التشفير</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s {what} file.</source>
        <translation>اختر ملف {what} الخاصة بالشريك.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>ملف {what} {path} غير موجود.</translation>
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
        <source>Audit log not fully checked ({n} entries, the chain intact):</source>
        <translation>لم يُتحقَّق من سجل التدقيق بالكامل ({n} قيدًا، السلسلة سليمة):</translation>
    </message>
    <message>
        <source>Audit log TAMPERED WITH ({n} entries, each linked to the one before):</source>
        <translation>تم العبث بسجل التدقيق ({n} قيدًا، كل قيد مرتبط بالذي قبله):</translation>
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
    <name>ChartEdits</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>تراجع: {edit}</translation>
    </message>
    <message>
        <source>Undo the last change to the chart</source>
        <translation>التراجع عن آخر تغيير في المخطط</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>إعادة: {edit}</translation>
    </message>
    <message>
        <source>Redo the change to the chart undone last</source>
        <translation>إعادة آخر تغيير تم التراجع عنه في المخطط</translation>
    </message>
    <message>
        <source>Changing the chart</source>
        <translation>جارٍ تعديل المخطط</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>توسيع</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>طيّ</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>إيجاد مسار</translation>
    </message>
    <message>
        <source>Collapse the group</source>
        <translation>طيّ المجموعة</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>توسيع المجموعة</translation>
    </message>
    <message>
        <source>Select exactly two entities first.</source>
        <translation>حدّد أولًا كيانين اثنين بالضبط.</translation>
    </message>
    <message>
        <source>Draw a link</source>
        <translation>رسم رابط</translation>
    </message>
    <message>
        <source>What joins the two (it is kept as your own assertion, with your name and the time):</source>
        <translation>ما الذي يربط بينهما (يُحفظ على أنه تأكيدك أنت، مع اسمك والوقت):</translation>
    </message>
    <message>
        <source>Delete the link</source>
        <translation>حذف الرابط</translation>
    </message>
    <message>
        <source>Select one entity first.</source>
        <translation>حدّد كيانًا واحدًا أولًا.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Your note on this entity (kept with your name and the time, never shared):</source>
        <translation>ملاحظتك على هذا الكيان (تُحفظ مع اسمك والوقت، ولا تُشارَك أبدًا):</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>حذف الملاحظة</translation>
    </message>
    <message>
        <source>Community {number}</source>
        <translation>المجتمع {number}</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>بلا جهاز</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Nothing to group: no other node is coloured like this one.</source>
        <translation>لا شيء للتجميع: لا توجد عقدة أخرى بلون هذه العقدة.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merging the two entities</source>
        <translation>جارٍ دمج الكيانين</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>رقم الحساب المصرفي الدولي (IBAN)</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>محفظة عملات مشفرة</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>رقم تعريف المركبة</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>لوحة التسجيل</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Not in this workspace</source>
        <translation>غير موجود في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>Group of nodes</source>
        <translation>مجموعة عقد</translation>
    </message>
    <message>
        <source>Holds the identifier</source>
        <translation>يحمل المعرّف</translation>
    </message>
    <message>
        <source>Takes part in the event</source>
        <translation>يشارك في الحدث</translation>
    </message>
    <message>
        <source>Drawn by the analyst</source>
        <translation>رسمه المحلل</translation>
    </message>
    <message>
        <source>Colours: communities</source>
        <translation>الألوان: المجتمعات</translation>
    </message>
    <message>
        <source>Colours: agencies</source>
        <translation>الألوان: الأجهزة</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the chart as a picture or as a graph file</source>
        <translation>حفظ المخطط صورةً أو ملفَّ رسم بياني</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>صورة (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>رسم متجهي (SVG)…</translation>
    </message>
    <message>
        <source>GraphML…</source>
        <translation>GraphML…</translation>
    </message>
    <message>
        <source>GEXF (Gephi)…</source>
        <translation>GEXF (Gephi)…</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook (ANX)…</source>
        <translation>i2 Analyst&apos;s Notebook (ANX)…</translation>
    </message>
    <message>
        <source>{kind} (*{suffix})</source>
        <translation>{kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Exporting the chart</source>
        <translation>جارٍ تصدير المخطط</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>تحديد المجاورين</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>توسيع</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>طيّ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>توسيع المجموعة</translation>
    </message>
    <message>
        <source>Collapse its group into one node</source>
        <translation>طيّ مجموعته في عقدة واحدة</translation>
    </message>
    <message>
        <source>Draw a link between the two…</source>
        <translation>رسم رابط بين الاثنين…</translation>
    </message>
    <message>
        <source>Delete the link drawn between the two</source>
        <translation>حذف الرابط المرسوم بين الاثنين</translation>
    </message>
    <message>
        <source>These are the same</source>
        <translation>هذان هما الكيان نفسه</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Delete the latest note</source>
        <translation>حذف آخر ملاحظة</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>إلغاء تثبيت الكل</translation>
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
    <message>
        <source>Chart the &amp;search results</source>
        <translation>رسم مخطط ل&amp;نتائج البحث</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records the search finds</source>
        <translation>إنشاء مخطط الروابط والخط الزمني للسجلات التي يعثر عليها البحث</translation>
    </message>
    <message>
        <source>Chart the &amp;open record</source>
        <translation>رسم مخطط للسجل ال&amp;مفتوح</translation>
    </message>
    <message>
        <source>Build the link chart of the record shown and its entities</source>
        <translation>إنشاء مخطط الروابط للسجل المعروض وكياناته</translation>
    </message>
    <message>
        <source>Search first: there are no search results to chart.</source>
        <translation>ابحث أولًا: لا توجد نتائج بحث لرسم مخطط لها.</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>افتح سجلًا أولًا.</translation>
    </message>
    <message>
        <source>Finding the records</source>
        <translation>جارٍ البحث عن السجلات</translation>
    </message>
    <message>
        <source>Filtering the records</source>
        <translation>جارٍ تصفية السجلات</translation>
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
    <name>ConfirmPage</name>
    <message>
        <source>Export or send</source>
        <translation>التصدير أو الإرسال</translation>
    </message>
    <message>
        <source>What you reviewed is exactly what leaves. The redactions and this decision are recorded in the audit log.</source>
        <translation>ما راجعته هو بالضبط ما سيخرج. تُسجَّل عمليات الحجب وهذا القرار في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Export files to a folder</source>
        <translation>&amp;تصدير الملفات إلى مجلد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>مجلد الملفات المصدَّرة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>التصدير بصيغة {format}</translation>
    </message>
    <message>
        <source>Send to the &amp;partner as a package (outbox)</source>
        <translation>الإرسال إلى ال&amp;شريك في حزمة (صندوق الصادر)</translation>
    </message>
    <message>
        <source>Choose a partner to send a package; a share to nobody in particular can only be exported.</source>
        <translation>اختر شريكًا لإرسال حزمة إليه؛ المشاركة غير الموجَّهة إلى جهة بعينها لا يمكن إلا تصديرها.</translation>
    </message>
    <message>
        <source>Checking whether {partner} can receive packages…</source>
        <translation>جارٍ التحقق مما إذا كان بإمكان {partner} استلام الحزم…</translation>
    </message>
    <message>
        <source>The package is queued in the outbox for {partner}; it leaves with the next sync.</source>
        <translation>وُضعت الحزمة في صندوق الصادر بانتظار الإرسال إلى {partner}؛ وستخرج مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Checking the partner&apos;s certificates</source>
        <translation>جارٍ التحقق من شهادات الشريك</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>جارٍ المشاركة</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>تم:</translation>
    </message>
    <message>
        <source>Press Share to do only what is left (what is done is not done again), or close the wizard.</source>
        <translation>اضغط «مشاركة» لتنفيذ ما تبقى فقط (لا يُعاد ما نُفِّذ)، أو أغلق المعالج.</translation>
    </message>
    <message>
        <source>Nothing was exported or sent.</source>
        <translation>لم يُصدَّر أو يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>{files} file(s) written to {folder}.</source>
        <translation>عدد الملفات المكتوبة في {folder}: {files}.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation>أُلغي قبل تنفيذ أي شيء.</translation>
    </message>
    <message>
        <source>Exporting the files failed: {error}</source>
        <translation>فشل تصدير الملفات: {error}</translation>
    </message>
    <message>
        <source>Queuing the package failed: {error}</source>
        <translation>فشل وضع الحزمة في قائمة الانتظار: {error}</translation>
    </message>
    <message>
        <source>{packages} package(s) queued for {partner}.</source>
        <translation>عدد الحزم في انتظار الإرسال إلى {partner}: {packages}.</translation>
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
        <source>redacted by the sender</source>
        <translation>حجبه المرسل</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ غير صالح: {note}</translation>
    </message>
</context>
<context>
    <name>EntityHitsList</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>ما طابق</translation>
    </message>
    <message>
        <source>Entity search results</source>
        <translation>نتائج البحث عن الكيانات</translation>
    </message>
    <message>
        <source>{caption} (+{n} confirmed same)</source>
        <translation>{caption} (+{n} مؤكَّد تطابقها)</translation>
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
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>قد يكون هو نفسه</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Cross-reference candidates of this entity</source>
        <translation>مرشحو المطابقة لهذا الكيان</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>السجلات التي تذكر هذا الكيان</translation>
    </message>
    <message>
        <source>{schema} · id in the partner&apos;s file: {ref}</source>
        <translation>{schema} · المعرّف في ملف الشريك: {ref}</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>حجبه المرسل</translation>
    </message>
    <message>
        <source>The sender redacted this value before it was shared; it is never compared or matched.</source>
        <translation>حجب المرسل هذه القيمة قبل مشاركتها؛ لا تُقارن ولا تُطابق أبدًا.</translation>
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
    <message>
        <source>confirmed the same</source>
        <translation>تأكّد أنه نفسه</translation>
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
    <name>Exchange</name>
    <message>
        <source>delivered</source>
        <translation>مُسلَّمة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>موجودة مسبقًا</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدمجة</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>في الحجر</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>مستلمة مسبقًا</translation>
    </message>
    <message>
        <source>already quarantined</source>
        <translation>في الحجر مسبقًا</translation>
    </message>
    <message>
        <source>current</source>
        <translation>سارية</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>غير سارية بعد</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>مُستبدَلة</translation>
    </message>
    <message>
        <source>awaiting release</source>
        <translation>بانتظار الإجازة</translation>
    </message>
    <message>
        <source>approved, awaiting signature</source>
        <translation>مُجاز، بانتظار التوقيع</translation>
    </message>
    <message>
        <source>records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>{n} {kind} new, {m} updated</source>
        <translation>{kind}: {n} جديدة، {m} محدَّثة</translation>
    </message>
    <message>
        <source>{n} retracted</source>
        <translation>المسحوبة: {n}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>revoked — cannot receive</source>
        <translation>ملغاة — لا يمكنه الاستلام</translation>
    </message>
    <message>
        <source>verified; new certificates await verification</source>
        <translation>مُتحقَّق منه؛ شهادات جديدة بانتظار التحقق</translation>
    </message>
    <message>
        <source>NOT verified — cannot receive</source>
        <translation>غير مُتحقَّق منه — لا يمكنه الاستلام</translation>
    </message>
    <message>
        <source>verified — cannot receive (no usable encryption certificate)</source>
        <translation>مُتحقَّق منه — لا يمكنه الاستلام (لا توجد شهادة تشفير صالحة للاستخدام)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <source>{partner}: delivered {when} ({how})</source>
        <translation>{partner}: سُلِّمت في {when} ({how})</translation>
    </message>
    <message>
        <source>{partner}: waiting, last attempt failed: {error}</source>
        <translation>{partner}: قيد الانتظار، فشلت المحاولة الأخيرة: {error}</translation>
    </message>
    <message>
        <source>{partner}: waiting for the next sync</source>
        <translation>{partner}: بانتظار المزامنة التالية</translation>
    </message>
    <message>
        <source>{file}: merged package {package} from {partner} ({counts}).</source>
        <translation>{file}: دُمجت الحزمة {package} الواردة من {partner} ({counts}).</translation>
    </message>
    <message>
        <source>{file}: quarantined ({code}). {reason}</source>
        <translation>{file}: وُضع في الحجر ({code}). {reason}</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>Sent {package} to {partner} over {transport}: {status}.</source>
        <translation>أُرسلت {package} إلى {partner} عبر {transport}: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner}, left in the incoming folder by an interrupted sync: {status}.</source>
        <translation>استُلمت {package} من {partner}، وقد تركتها مزامنة منقطعة في مجلد الوارد: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner} over {transport}: {status}.</source>
        <translation>استُلمت {package} من {partner} عبر {transport}: {status}.</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>مُرسِل مجهول</translation>
    </message>
    <message>
        <source>Sync finished: {delivered} delivered, {merged} merged, {quarantined} quarantined, {failed} failed.</source>
        <translation>انتهت المزامنة: المُسلَّمة: {delivered}، المدمجة: {merged}، في الحجر: {quarantined}، الفاشلة: {failed}.</translation>
    </message>
    <message>
        <source>Not finished over {transports}. Nothing is lost: what did not get through waits on the server or in the outbox for the next sync.</source>
        <translation>لم تكتمل عبر {transports}. لم يُفقد شيء: ما لم يمر ينتظر على الخادم أو في صندوق الصادر المزامنة التالية.</translation>
    </message>
    <message>
        <source>Nothing was waiting in either direction.</source>
        <translation>لم يكن هناك شيء في الانتظار في أيٍّ من الاتجاهين.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>مشكلة: {error}</translation>
    </message>
</context>
<context>
    <name>ExchangeDock</name>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>قنوات النقل</translation>
    </message>
    <message>
        <source>Hit/no-hit</source>
        <translation>تطابق/لا تطابق</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>الحجر</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>حالة التحقق</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>تاريخ الإلغاء</translation>
    </message>
    <message>
        <source>Signing fingerprint</source>
        <translation>بصمة التوقيع</translation>
    </message>
    <message>
        <source>Encryption fingerprint</source>
        <translation>بصمة التشفير</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>تاريخ الإفراج</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>إ&amp;ضافة شريك…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>ال&amp;تحقق…</translation>
    </message>
    <message>
        <source>Verify the partner&apos;s fingerprint</source>
        <translation>التحقق من بصمة الشريك</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>إ&amp;لغاء الشهادات…</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s certificates</source>
        <translation>إلغاء شهادات الشريك</translation>
    </message>
    <message>
        <source>&amp;Receive file(s)…</source>
        <translation>ا&amp;ستلام ملفات…</translation>
    </message>
    <message>
        <source>Receive package files</source>
        <translation>استلام ملفات الحزم</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Transport to sync</source>
        <translation>قناة النقل المراد مزامنتها</translation>
    </message>
    <message>
        <source>Add &amp;folder transport…</source>
        <translation>إضافة قناة نقل عبر م&amp;جلد…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP transport…</source>
        <translation>إضافة قناة نقل &amp;SFTP…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;إجازة…</translation>
    </message>
    <message>
        <source>Release the share awaiting release</source>
        <translation>إجازة المشاركة المنتظرة</translation>
    </message>
    <message>
        <source>What the last receive or sync did</source>
        <translation>نتيجة آخر عملية استلام أو مزامنة</translation>
    </message>
    <message>
        <source>Reading partners and packages</source>
        <translation>جارٍ قراءة الشركاء والحزم</translation>
    </message>
    <message>
        <source>Adding the partner</source>
        <translation>جارٍ إضافة الشريك</translation>
    </message>
    <message>
        <source>{name} was added, NOT verified: it cannot receive until you compare its fingerprint with it by telephone (Verify…).</source>
        <translation>أُضيف {name} دون التحقق منه: لا يمكنه الاستلام حتى تقارن بصمته معه هاتفيًا (التحقق…).</translation>
    </message>
    <message>
        <source>Verifying the partner</source>
        <translation>جارٍ التحقق من الشريك</translation>
    </message>
    <message>
        <source>The fingerprint matches: {name} is verified and can receive packages.</source>
        <translation>البصمة مطابقة: تم التحقق من {name} ويمكنه استلام الحزم.</translation>
    </message>
    <message>
        <source>Revoking the partner&apos;s certificates</source>
        <translation>جارٍ إلغاء شهادات الشريك</translation>
    </message>
    <message>
        <source>{count} certificate(s) of {name} revoked: nothing more goes to them or is accepted from them.</source>
        <translation>الشهادات الملغاة لـ {name}: {count}. لن يُرسل إليه شيء بعد الآن ولن يُقبل منه شيء.</translation>
    </message>
    <message>
        <source>Adding the transport</source>
        <translation>جارٍ إضافة قناة النقل</translation>
    </message>
    <message>
        <source>Transport {name} added: Sync now delivers and collects through {path}.</source>
        <translation>أُضيفت قناة النقل {name}: تُسلِّم «مزامنة الآن» الحزم وتجمعها عبر {path}.</translation>
    </message>
    <message>
        <source>Transport {name} added ({user}@{host}).</source>
        <translation>أُضيفت قناة النقل {name} ({user}@{host}).</translation>
    </message>
    <message>
        <source>All transports</source>
        <translation>كل قنوات النقل</translation>
    </message>
    <message>
        <source>Liaison packages (*.p7m);;All files (*)</source>
        <translation>حزم Liaison (*.p7m);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Received {n} file(s): {merged} merged, {quarantined} quarantined.</source>
        <translation>الملفات المستلمة: {n}؛ المدمجة: {merged}، في الحجر: {quarantined}.</translation>
    </message>
    <message>
        <source>Receiving packages</source>
        <translation>جارٍ استلام الحزم</translation>
    </message>
    <message>
        <source>Sync cancelled. Packages already delivered or received stay so; the rest waits for the next sync.</source>
        <translation>أُلغيت المزامنة. تبقى الحزم التي سُلِّمت أو استُلمت على حالها؛ وينتظر الباقي المزامنة التالية.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>Releasing the share</source>
        <translation>جارٍ إجازة المشاركة</translation>
    </message>
    <message>
        <source>Released to {partner} (approved by {who}): package(s) {packages} in the outbox.</source>
        <translation>أُجيزت إلى {partner} (وافق {who}): الحزمة/الحزم {packages} في صندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>الجهاز</translation>
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
    <name>FindingsDock</name>
    <message>
        <source>Fan-in, fan-out</source>
        <translation>تجميع وتوزيع</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>تمرير سريع</translation>
    </message>
    <message>
        <source>Structuring</source>
        <translation>تجزئة المبالغ</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>تدفق دائري</translation>
    </message>
    <message>
        <source>Bridge between networks</source>
        <translation>جسر بين شبكات</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>طفرة نشاط</translation>
    </message>
    <message>
        <source>Co-presence</source>
        <translation>تواجد مشترك</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>قضايا متشابهة</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>الكاشف</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pattern findings</source>
        <translation>نتائج الأنماط</translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation>كل الكواشف</translation>
    </message>
    <message>
        <source>To review and confirmed</source>
        <translation>للمراجعة والمؤكَّدة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>المؤكَّدة</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>المستبعَدة</translation>
    </message>
    <message>
        <source>All, dismissed too</source>
        <translation>الكل، مع المستبعَدة</translation>
    </message>
    <message>
        <source>&amp;Run the detectors</source>
        <translation>&amp;تشغيل الكواشف</translation>
    </message>
    <message>
        <source>Look for every pattern in all the records</source>
        <translation>البحث عن كل الأنماط في كل السجلات</translation>
    </message>
    <message>
        <source>Run on &amp;arrival</source>
        <translation>التشغيل عند ال&amp;وصول</translation>
    </message>
    <message>
        <source>Run the detectors on what each import and received package brings (for everyone using this workspace)</source>
        <translation>تشغيل الكواشف على ما يأتي به كل استيراد وكل حزمة مستلمة (لكل من يستخدم مساحة العمل هذه)</translation>
    </message>
    <message>
        <source>Entities (double-click to open)</source>
        <translation>الكيانات (انقر مرتين للفتح)</translation>
    </message>
    <message>
        <source>Records (double-click to open)</source>
        <translation>السجلات (انقر مرتين للفتح)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>ت&amp;أكيد</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
        <source>Not listed again unless its evidence changes</source>
        <translation>لا يُدرج مجددًا إلا إذا تغيرت أدلته</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>إعادة ف&amp;تح</translation>
    </message>
    <message>
        <source>Chart &amp;it</source>
        <translation>&amp;رسم المخطط</translation>
    </message>
    <message>
        <source>The link chart of the finding&apos;s records, its entities selected</source>
        <translation>مخطط الروابط لسجلات النتيجة مع تحديد كياناتها</translation>
    </message>
    <message>
        <source>Findings: {count}</source>
        <translation>النتائج: {count}</translation>
    </message>
    <message>
        <source>Looking for patterns</source>
        <translation>جارٍ البحث عن الأنماط</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>جارٍ قراءة النتائج</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>جارٍ تسجيل الحكم</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>جارٍ حفظ الإعداد</translation>
    </message>
    <message>
        <source>Reading the finding&apos;s records</source>
        <translation>جارٍ قراءة سجلات النتيجة</translation>
    </message>
    <message>
        <source>{agency} {reference}: {title}</source>
        <translation>{agency} {reference}: {title}</translation>
    </message>
</context>
<context>
    <name>FolderTransportDialog</name>
    <message>
        <source>Add a folder transport</source>
        <translation>إضافة قناة نقل عبر مجلد</translation>
    </message>
    <message>
        <source>Packages are exchanged through a folder: a USB stick carried to the partner, or a shared drive both agencies reach.</source>
        <translation>تُتبادل الحزم عبر مجلد: ذاكرة USB تُحمل إلى الشريك، أو محرك أقراص مشترك يصل إليه الجهازان كلاهما.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>اسم قناة النقل</translation>
    </message>
    <message>
        <source>for example usb</source>
        <translation>مثلًا usb</translation>
    </message>
    <message>
        <source>Transport folder</source>
        <translation>مجلد قناة النقل</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the transport folder</source>
        <translation>اختيار مجلد قناة النقل</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>أدخل اسمًا لقناة النقل.</translation>
    </message>
    <message>
        <source>Choose the folder.</source>
        <translation>اختر المجلد.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the stick plugged in?).</source>
        <translation>المجلد {path} غير موجود (هل ذاكرة USB موصولة؟).</translation>
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
    <name>HitsPage</name>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Values asked</source>
        <translation>القيم المسؤول عنها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>التطابقات</translation>
    </message>
    <message>
        <source>Our hit/no-hit queries</source>
        <translation>استعلامات التطابق الخاصة بنا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>محتفظ به</translation>
    </message>
    <message>
        <source>Identifiers asked and whether the partner holds them</source>
        <translation>المعرّفات المسؤول عنها وهل يحتفظ بها الشريك</translation>
    </message>
    <message>
        <source>Request the &amp;records…</source>
        <translation>طلب ال&amp;سجلات…</translation>
    </message>
    <message>
        <source>Prepare a request to the partner for the records behind the hits</source>
        <translation>إعداد طلب إلى الشريك للسجلات التي تقف وراء التطابقات</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>أُجيب</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>هوية وطنية</translation>
    </message>
    <message>
        <source>vehicle plate</source>
        <translation>لوحة مركبة</translation>
    </message>
    <message>
        <source>crypto wallet</source>
        <translation>محفظة عملات مشفرة</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>الاسم وتاريخ الميلاد</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {n:,} identifiers (the held ones first).</source>
        <translation>عرض أول {shown:,} من {n:,} معرّفًا (المحتفظ بها أولًا).</translation>
    </message>
    <message>
        <source>Folder for the request to the partner</source>
        <translation>مجلد الطلب إلى الشريك</translation>
    </message>
    <message>
        <source>The request to {partner} for the records behind {n:,} hit(s) was written to {file}. Send it to {partner} the way your requests usually go; it names the identifiers, the query and the agreement.</source>
        <translation>كُتب الطلب إلى {partner} للسجلات التي تقف وراء {n:,} تطابق(ات) في {file}. أرسله إلى {partner} بالطريقة المعتادة لطلباتك؛ وهو يذكر المعرّفات والاستعلام والاتفاقية.</translation>
    </message>
    <message>
        <source>Preparing the request for the records</source>
        <translation>جارٍ إعداد طلب السجلات</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity fingerprint (read aloud):</source>
        <translation>بصمة الهوية (تُقرأ بصوت عالٍ):</translation>
    </message>
    <message>
        <source>Signing certificate:</source>
        <translation>شهادة التوقيع:</translation>
    </message>
    <message>
        <source>Encryption certificate:</source>
        <translation>شهادة التشفير:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>الصلاحية:</translation>
    </message>
    <message>
        <source>Identity fingerprint</source>
        <translation>بصمة الهوية</translation>
    </message>
    <message>
        <source>Signing certificate fingerprint</source>
        <translation>بصمة شهادة التوقيع</translation>
    </message>
    <message>
        <source>Encryption certificate fingerprint</source>
        <translation>بصمة شهادة التشفير</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>صلاحية الشهادة</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>إ&amp;نشاء هوية</translation>
    </message>
    <message>
        <source>Create the agency identity</source>
        <translation>إنشاء هوية الجهاز</translation>
    </message>
    <message>
        <source>&amp;Export certificates…</source>
        <translation>&amp;تصدير الشهادات…</translation>
    </message>
    <message>
        <source>Export the public certificates</source>
        <translation>تصدير الشهادات العامة</translation>
    </message>
    <message>
        <source>Certificate &amp;requests for a CA…</source>
        <translation>&amp;طلبات شهادات لجهة إصدار (CA)…</translation>
    </message>
    <message>
        <source>Create certificate signing requests</source>
        <translation>إنشاء طلبات توقيع الشهادات</translation>
    </message>
    <message>
        <source>&amp;Import issued certificate…</source>
        <translation>ا&amp;ستيراد شهادة صادرة…</translation>
    </message>
    <message>
        <source>Import a certificate issued by the CA</source>
        <translation>استيراد شهادة صادرة عن جهة إصدار الشهادات (CA)</translation>
    </message>
    <message>
        <source>Reading the agency identity</source>
        <translation>جارٍ قراءة هوية الجهاز</translation>
    </message>
    <message>
        <source>This workspace has no agency identity yet: partners cannot send to you, and you cannot send. Create one, or request certificates from your national CA.</source>
        <translation>لا توجد لمساحة العمل هذه هوية جهاز بعد: لا يمكن للشركاء الإرسال إليك، ولا يمكنك الإرسال. أنشئ هوية، أو اطلب شهادات من جهة إصدار الشهادات (CA) الوطنية.</translation>
    </message>
    <message>
        <source>{agency} ({country})</source>
        <translation>{agency} ({country})</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>من {start} حتى {end}</translation>
    </message>
    <message>
        <source>Agency identity created. Export the certificates and send them to your partners; read them the identity fingerprint by telephone.</source>
        <translation>أُنشئت هوية الجهاز. صدِّر الشهادات وأرسلها إلى شركائك؛ واقرأ لهم بصمة الهوية هاتفيًا.</translation>
    </message>
    <message>
        <source>Creating the agency identity</source>
        <translation>جارٍ إنشاء هوية الجهاز</translation>
    </message>
    <message>
        <source>Export the certificates to</source>
        <translation>تصدير الشهادات إلى</translation>
    </message>
    <message>
        <source>Certificates exported to {folder}: {files}.</source>
        <translation>صُدِّرت الشهادات إلى {folder}: {files}.</translation>
    </message>
    <message>
        <source>Exporting the certificates</source>
        <translation>جارٍ تصدير الشهادات</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>طلبات الشهادات</translation>
    </message>
    <message>
        <source>New keys will be made for the requests; the current identity stays in use until the issued certificates are imported. Continue?</source>
        <translation>ستُنشأ مفاتيح جديدة للطلبات؛ وتبقى الهوية الحالية مستخدمة إلى أن تُستورد الشهادات الصادرة. هل تريد المتابعة؟</translation>
    </message>
    <message>
        <source>Save the requests in</source>
        <translation>حفظ الطلبات في</translation>
    </message>
    <message>
        <source>Certificate requests written to {folder}: {files}. Send them to your national CA, then import the certificates it issues.</source>
        <translation>كُتبت طلبات الشهادات في {folder}: {files}. أرسلها إلى جهة إصدار الشهادات (CA) الوطنية، ثم استورد الشهادات التي تصدرها.</translation>
    </message>
    <message>
        <source>Creating certificate requests</source>
        <translation>جارٍ إنشاء طلبات الشهادات</translation>
    </message>
    <message>
        <source>Certificate issued by the CA</source>
        <translation>شهادة صادرة عن جهة إصدار الشهادات (CA)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The issued signing certificate was imported ({state}).</source>
        <translation>تم استيراد شهادة التوقيع الصادرة ({state}).</translation>
    </message>
    <message>
        <source>The issued encryption certificate was imported ({state}).</source>
        <translation>تم استيراد شهادة التشفير الصادرة ({state}).</translation>
    </message>
    <message>
        <source>now in use</source>
        <translation>مستخدمة الآن</translation>
    </message>
    <message>
        <source>waiting for the other one</source>
        <translation>بانتظار الشهادة الأخرى</translation>
    </message>
    <message>
        <source>Importing the certificate</source>
        <translation>جارٍ استيراد الشهادة</translation>
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
        <source>Nothing charted yet. From the View menu, chart the record list (Ctrl+Shift+G), the search results or the open record.</source>
        <translation>لم يُرسم شيء بعد. من قائمة «عرض»، ارسم قائمة السجلات (Ctrl+Shift+G) أو نتائج البحث أو السجل المفتوح.</translation>
    </message>
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
        <source>Communities apart</source>
        <translation>المجتمعات متباعدة</translation>
    </message>
    <message>
        <source>Grouped by agency</source>
        <translation>مجمّعة حسب الجهاز</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>مجمّعة حسب البلد</translation>
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
        <source>Collapse</source>
        <translation>طيّ</translation>
    </message>
    <message>
        <source>Remove the neighbours expanding the selected nodes added, unless linked to other nodes</source>
        <translation>إزالة العُقد المجاورة التي أضافها توسيع العُقد المحددة، ما لم تكن مرتبطة بعُقد أخرى</translation>
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
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
    <message>
        <source>Show or hide the legend of node and link types</source>
        <translation>إظهار أو إخفاء وسيلة إيضاح أنواع العقد والروابط</translation>
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
        <source>Colour the nodes by</source>
        <translation>تلوين العُقد حسب</translation>
    </message>
    <message>
        <source>Layout method</source>
        <translation>طريقة الترتيب</translation>
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
        <source>Charted the {charted} best matches of the {total} records the search finds. Narrow the search to chart the rest.</source>
        <translation>يعرض المخطط أفضل {charted} نتيجة من أصل {total} سجلًا يجدها البحث. ضيّق البحث لعرض الباقي.</translation>
    </message>
    <message>
        <source>Charted the first {charted} of the {total} records listed. Narrow the list to chart the rest.</source>
        <translation>يعرض المخطط أول {charted} من أصل {total} سجلًا في القائمة. ضيّق القائمة لعرض الباقي.</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>جارٍ إنشاء مخطط الروابط</translation>
    </message>
    <message>
        <source>Charting the search results</source>
        <translation>جارٍ رسم مخطط لنتائج البحث</translation>
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
    <message>
        <source>{name} is not in this workspace: nothing to open.</source>
        <translation>{name} غير موجود في مساحة العمل هذه: لا شيء لفتحه.</translation>
    </message>
    <message>
        <source>Agencies: {names}</source>
        <translation>الأجهزة: {names}</translation>
    </message>
    <message>
        <source>Countries: {codes}</source>
        <translation>البلدان: {codes}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <source>Records naming it: {n}</source>
        <translation>السجلات التي تذكره: {n}</translation>
    </message>
    <message>
        <source>Note by {who}, {date}: {text}</source>
        <translation>ملاحظة من {who}، {date}: {text}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>مثبّت</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>انقر نقرًا مزدوجًا للفتح</translation>
    </message>
    <message>
        <source>Exported the chart to {name}</source>
        <translation>صُدِّر المخطط إلى {name}</translation>
    </message>
    <message>
        <source>Exported {nodes} nodes and {edges} links to {name}</source>
        <translation>صُدِّر إلى {name}: العُقد: {nodes}، الروابط: {edges}</translation>
    </message>
    <message>
        <source>Exporting the chart</source>
        <translation>جارٍ تصدير المخطط</translation>
    </message>
</context>
<context>
    <name>LinkChartCanvas</name>
    <message>
        <source>{link} ×{count}</source>
        <translation>{link} ×{count}</translation>
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
        <source>Records due for &amp;review…</source>
        <translation>السجلات المستحقة لل&amp;مراجعة…</translation>
    </message>
    <message>
        <source>Keep or erase the records whose review date has come</source>
        <translation>الإبقاء على السجلات التي حلّ تاريخ مراجعتها أو محوها</translation>
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
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>م&amp;شاركة</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
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
    <name>PolicyPage</name>
    <message>
        <source>What the sharing policy allows</source>
        <translation>ما تسمح به سياسة المشاركة</translation>
    </message>
    <message>
        <source>Each record with the rule that decided it. Withheld records and fields do not leave.</source>
        <translation>كل سجل مع القاعدة التي حسمت أمره. السجلات والحقول المحجوبة لا تخرج.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Policy decisions</source>
        <translation>قرارات السياسة</translation>
    </message>
    <message>
        <source>Checking the policy and looking for what to redact…</source>
        <translation>جارٍ التحقق من السياسة والبحث عمّا يجب حجبه…</translation>
    </message>
    <message>
        <source>Checking the sharing policy</source>
        <translation>جارٍ التحقق من سياسة المشاركة</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>الحقل {field}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>{allowed} record(s) may go to {partner}, {withheld} withheld.</source>
        <translation>السجلات المسموح بإرسالها إلى {partner}: {allowed}، المحجوبة: {withheld}.</translation>
    </message>
    <message>
        <source>Nothing may go: go back and choose other records, another partner or the agreed purpose.</source>
        <translation>لا يُسمح بإرسال شيء: عُد واختر سجلات أخرى أو شريكًا آخر أو الغرض المتفق عليه.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>On the left each text as stored; on the right exactly what will leave.</source>
        <translation>على اليسار كل نص كما هو محفوظ؛ وعلى اليمين ما سيخرج بالضبط.</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>الأ&amp;صل</translation>
    </message>
    <message>
        <source>&amp;What will leave</source>
        <translation>&amp;ما سيخرج</translation>
    </message>
    <message>
        <source>Original texts</source>
        <translation>النصوص الأصلية</translation>
    </message>
    <message>
        <source>Texts as they will leave</source>
        <translation>النصوص كما ستخرج</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>{records} record(s) will leave. Redacted: {counts}</source>
        <translation>السجلات التي ستخرج: {records}. المحجوب: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
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
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>جارٍ إنشاء مساحة العمل…</translation>
    </message>
    <message>
        <source>too short (fewer than {n} characters)</source>
        <translation>قصيرة جدًا (أقل من {n} أحرف)</translation>
    </message>
    <message>
        <source>a commonly used password</source>
        <translation>كلمة مرور شائعة الاستخدام</translation>
    </message>
    <message>
        <source>a common word or words</source>
        <translation>كلمة أو كلمات شائعة</translation>
    </message>
    <message>
        <source>a common first name or surname</source>
        <translation>اسم أول أو اسم عائلة شائع</translation>
    </message>
    <message>
        <source>the agency&apos;s name or country</source>
        <translation>اسم الجهة أو بلدها</translation>
    </message>
    <message>
        <source>repeated characters or words</source>
        <translation>أحرف أو كلمات مكررة</translation>
    </message>
    <message>
        <source>a sequence such as abc or 1234</source>
        <translation>تسلسل مثل abc أو 1234</translation>
    </message>
    <message>
        <source>a keyboard pattern such as qwerty</source>
        <translation>نمط لوحة مفاتيح مثل qwerty</translation>
    </message>
    <message>
        <source>a date or a recent year</source>
        <translation>تاريخ أو سنة حديثة</translation>
    </message>
    <message>
        <source>guessable: add another word or two; uncommon words are better</source>
        <translation>يمكن تخمينها: أضف كلمة أو كلمتين؛ والكلمات غير الشائعة أفضل</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The passphrase is too weak (strength {score} of {max}; at least {min} is needed): {why}.</source>
        <translation>عبارة المرور ضعيفة جدًا (القوة {score} من {max}؛ المطلوب {min} على الأقل): {why}.</translation>
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
    <name>QuarantinePage</name>
    <message>
        <source>Re&amp;lease</source>
        <translation>إ&amp;فراج</translation>
    </message>
    <message>
        <source>Receive the quarantined package again, through every check</source>
        <translation>استلام الحزمة المحجورة من جديد، مع إجراء كل الفحوص</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the quarantined package</source>
        <translation>حذف الحزمة المحجورة</translation>
    </message>
    <message>
        <source>Released: {text}</source>
        <translation>أُفرج عنها: {text}</translation>
    </message>
    <message>
        <source>Quarantine entry {id} is still refused ({code}): {reason}</source>
        <translation>لا يزال إدخال الحجر {id} مرفوضًا ({code}): {reason}</translation>
    </message>
    <message>
        <source>Releasing the package</source>
        <translation>جارٍ الإفراج عن الحزمة</translation>
    </message>
    <message>
        <source>Delete quarantine entry {id} and its file? The package is not received; the audit log keeps what it was.</source>
        <translation>حذف إدخال الحجر {id} وملفه؟ لن تُستلم الحزمة؛ ويحتفظ سجل التدقيق بما كانت عليه.</translation>
    </message>
    <message>
        <source>Quarantine entry {id} and its file were deleted.</source>
        <translation>حُذف إدخال الحجر {id} وملفه.</translation>
    </message>
    <message>
        <source>Deleting the package</source>
        <translation>جارٍ حذف الحزمة</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>New review date</source>
        <translation>تاريخ المراجعة الجديد</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>الإبقاء &amp;حتى:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
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
        <source>Relayed by {relayer}, claims to be from {agency}, not verified.</source>
        <translation>أعاد إرساله {relayer}، ويدّعي أنه من {agency}، غير مُتحقَّق منه.</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified (not shown here).</source>
        <translation>استُلم أيضًا بهذا المعرّف: الإصدار {version} أعاد إرساله {relayer}، ويدّعي أنه من {agency}، غير مُتحقَّق منه (غير معروض هنا).</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified: {reason} (not shown here).</source>
        <translation>استُلم أيضًا بهذا المعرّف: الإصدار {version} أعاد إرساله {relayer}، ويدّعي أنه من {agency}، غير مُتحقَّق منه: {reason} (غير معروض هنا).</translation>
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
        <source>Records in the brushed time range ({count})</source>
        <translation>السجلات في النطاق الزمني المحدد ({count})</translation>
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
    <name>ReleaseDialog</name>
    <message>
        <source>Release a share</source>
        <translation>إجازة مشاركة</translation>
    </message>
    <message>
        <source>Release the share to {partner} ({count} record(s)), prepared by {who}? It is signed and put in the outbox. Plan {plan}.</source>
        <translation>إجازة المشاركة إلى {partner} ({count} سجل/سجلات)، التي أعدّها {who}؟ تُوقَّع وتوضع في صندوق الصادر. الخطة {plan}.</translation>
    </message>
    <message>
        <source>It needs four eyes ({reasons}): a second releasing officer, not {who}, types their name and their own passphrase below.</source>
        <translation>تتطلب موافقة شخصين ({reasons}): يكتب مسؤول إجازة ثانٍ، غير {who}، اسمه وعبارة المرور الخاصة به أدناه.</translation>
    </message>
    <message>
        <source>Second &amp;officer:</source>
        <translation>ال&amp;مسؤول الثاني:</translation>
    </message>
    <message>
        <source>Name of the second releasing officer</source>
        <translation>اسم مسؤول الإجازة الثاني</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>عبارة ال&amp;مرور الخاصة به:</translation>
    </message>
    <message>
        <source>Passphrase of the second releasing officer</source>
        <translation>عبارة مرور مسؤول الإجازة الثاني</translation>
    </message>
    <message>
        <source>The second officer types their own passphrase.</source>
        <translation>يكتب المسؤول الثاني عبارة المرور الخاصة به.</translation>
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
        <source>New pattern findings: {n} (see the Findings panel)</source>
        <translation>نتائج أنماط جديدة: {n} (انظر لوحة النتائج)</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>الملفات المستوردة: {files}؛ السجلات الجديدة: {records}، المحدَّثة: {merged}؛ الكيانات الجديدة: {entities}؛ المُعلَّمة: {flagged}، المتجاوَزة: {skipped}؛ نتائج المطابقة مع قائمة المراقبة: {hits}.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>رمز التداول</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Information assessment</source>
        <translation>تقييم المعلومات</translation>
    </message>
    <message>
        <source>From {partner}&apos;s defaults (the file stated none)</source>
        <translation>من القيم الافتراضية لـ {partner} (لم يذكر الملف أيًّا منها)</translation>
    </message>
    <message>
        <source>{field} {value}: {n} records</source>
        <translation>{field} {value}: {n} سجلات</translation>
    </message>
    <message>
        <source>What the file held became ({n} objects kept verbatim)</source>
        <translation>ما آل إليه محتوى الملف ({n} كائنات محفوظة كما وردت)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Records due for review</source>
        <translation>السجلات المستحقة للمراجعة</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;فتح السجل</translation>
    </message>
    <message>
        <source>&amp;Keep under review…</source>
        <translation>الإ&amp;بقاء قيد المراجعة…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>م&amp;حو…</translation>
    </message>
    <message>
        <source>{n} record(s) have reached their review date. Keep each one under review with a reason, or erase it.</source>
        <translation>عدد السجلات التي حلّ تاريخ مراجعتها: {n}. أبقِ كل سجل منها قيد المراجعة مع ذكر السبب، أو امحُه.</translation>
    </message>
    <message>
        <source>Reading review dates</source>
        <translation>جارٍ قراءة تواريخ المراجعة</translation>
    </message>
    <message>
        <source>Keep under review</source>
        <translation>الإبقاء قيد المراجعة</translation>
    </message>
    <message>
        <source>Keep {reference} from {agency} until a later review date. The reason goes to the audit log.</source>
        <translation>الإبقاء على {reference} الوارد من {agency} حتى تاريخ مراجعة لاحق. يُدوَّن السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Keeping the record under review</source>
        <translation>جارٍ إبقاء السجل قيد المراجعة</translation>
    </message>
    <message>
        <source>Erase record</source>
        <translation>محو السجل</translation>
    </message>
    <message>
        <source>Erase the content of {reference} from {agency} from this workspace? Its text, attachments and the values only it gave are removed for good; a tombstone stays so that the same copy cannot come back. The reason goes to the audit log.</source>
        <translation>هل تريد محو محتوى {reference} الوارد من {agency} من مساحة العمل هذه؟ يُحذف نهائيًا نصه ومرفقاته والقيم التي لم يقدّمها سواه؛ وتبقى علامة محو كي لا تعود النسخة نفسها. يُدوَّن السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Erasing the record</source>
        <translation>جارٍ محو السجل</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
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
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the redactions</source>
        <translation>مراجعة الحجب</translation>
    </message>
    <message>
        <source>Every value found is highlighted by kind. Uncheck a value to let it go (everywhere in this share); select text and press Redact selection to remove it by hand.</source>
        <translation>كل قيمة مكتشفة مميَّزة حسب نوعها. ألغِ تحديد قيمة للسماح بخروجها (في كل مواضعها ضمن هذه المشاركة)؛ وحدّد نصًا واضغط «حجب التحديد» لإزالته يدويًا.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>ال&amp;سجل:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>ال&amp;حقل:</translation>
    </message>
    <message>
        <source>&amp;Detections (checked: redacted)</source>
        <translation>الم&amp;كتشفات (المحدَّد: محجوب)</translation>
    </message>
    <message>
        <source>As it will leave:</source>
        <translation>كما سيخرج:</translation>
    </message>
    <message>
        <source>Redact &amp;selection</source>
        <translation>&amp;حجب التحديد</translation>
    </message>
    <message>
        <source>Redact the selected text by hand (Ctrl+M)</source>
        <translation>حجب النص المحدد يدويًا (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;I have reviewed every value found, in every record (this profile requires it)</source>
        <translation>&amp;راجعتُ كل قيمة مكتشفة في كل سجل (يتطلب ملف تعريف الحجب هذا ذلك)</translation>
    </message>
    <message>
        <source>Record to review</source>
        <translation>السجل المراد مراجعته</translation>
    </message>
    <message>
        <source>Field to review</source>
        <translation>الحقل المراد مراجعته</translation>
    </message>
    <message>
        <source>Text with detections highlighted</source>
        <translation>النص مع تمييز المكتشفات</translation>
    </message>
    <message>
        <source>Text as it will leave</source>
        <translation>النص كما سيخرج</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>المكتشفات</translation>
    </message>
    <message>
        <source>Kind of the span marked by hand</source>
        <translation>نوع المقطع المحدد يدويًا</translation>
    </message>
    <message>
        <source>{kind}: {text} ({field})</source>
        <translation>{kind}: {text} ({field})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(محذوف)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a partner&apos;s certificates</source>
        <translation>إلغاء شهادات شريك</translation>
    </message>
    <message>
        <source>Revoke the certificates of {partner}? Nothing more is sent to them, and packages they signed with these certificates are refused from now on, until you add and verify new ones. The reason goes to the audit log.</source>
        <translation>هل تريد إلغاء شهادات {partner}؟ لن يُرسل إليه شيء بعد الآن، وستُرفض من الآن فصاعدًا الحزم الموقّعة بهذه الشهادات، إلى أن تضيف شهادات جديدة وتتحقق منها. يُسجَّل السبب في سجل التدقيق.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Say why the certificates are revoked.</source>
        <translation>اذكر سبب إلغاء الشهادات.</translation>
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
    <name>SavedCharts</name>
    <message>
        <source>Charts</source>
        <translation>المخططات</translation>
    </message>
    <message>
        <source>Save this chart under a name, rename or delete it</source>
        <translation>حفظ هذا المخطط باسم، أو إعادة تسميته أو حذفه</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>المخططات المحفوظة</translation>
    </message>
    <message>
        <source>Open a saved chart</source>
        <translation>فتح مخطط محفوظ</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>&amp;حفظ المخطط</translation>
    </message>
    <message>
        <source>Save chart &amp;as…</source>
        <translation>حفظ المخطط &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>&amp;إعادة تسمية المخطط…</translation>
    </message>
    <message>
        <source>&amp;Delete chart</source>
        <translation>&amp;حذف المخطط</translation>
    </message>
    <message>
        <source>(unsaved chart)</source>
        <translation>(مخطط غير محفوظ)</translation>
    </message>
    <message>
        <source>Reading the saved charts</source>
        <translation>جارٍ قراءة المخططات المحفوظة</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>اسم المخطط:</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}”</source>
        <translation>حُفظ المخطط باسم «{name}»</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>جارٍ حفظ المخطط</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ المخطط</translation>
    </message>
    <message>
        <source>Rename the chart</source>
        <translation>إعادة تسمية المخطط</translation>
    </message>
    <message>
        <source>Renaming the chart</source>
        <translation>جارٍ إعادة تسمية المخطط</translation>
    </message>
    <message>
        <source>Delete the chart</source>
        <translation>حذف المخطط</translation>
    </message>
    <message>
        <source>Delete the saved chart “{name}”? The records are not touched.</source>
        <translation>هل تريد حذف المخطط المحفوظ «{name}»؟ لن تُمسّ السجلات.</translation>
    </message>
    <message>
        <source>Deleted the chart “{name}”</source>
        <translation>حُذف المخطط «{name}»</translation>
    </message>
    <message>
        <source>Deleting the chart</source>
        <translation>جارٍ حذف المخطط</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>جارٍ فتح المخطط</translation>
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
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Search records or entities</source>
        <translation>البحث في السجلات أو الكيانات</translation>
    </message>
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
        <source>Hits: {total} ({shown} in the brushed time range)</source>
        <translation>النتائج: {total} ({shown} في النطاق الزمني المحدد)</translation>
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
        <source>Entities: {total} (first {shown} shown)</source>
        <translation>الكيانات: {total} (تُعرض أول {shown})</translation>
    </message>
    <message>
        <source>Entities: {total}</source>
        <translation>الكيانات: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>جارٍ البحث</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>What to share, with whom, and why</source>
        <translation>ماذا تشارك، ومع مَن، ولماذا</translation>
    </message>
    <message>
        <source>Uncheck records you do not mean to share. The policy decides on the next page what may go.</source>
        <translation>ألغِ تحديد السجلات التي لا تنوي مشاركتها. تحدّد السياسة في الصفحة التالية ما يُسمح بإرساله.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Records to share</source>
        <translation>السجلات المراد مشاركتها</translation>
    </message>
    <message>
        <source>Add the &amp;search results</source>
        <translation>إضافة &amp;نتائج البحث</translation>
    </message>
    <message>
        <source>Add the &amp;listed records</source>
        <translation>إضافة السجلات ال&amp;مدرجة</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>ال&amp;شريك:</translation>
    </message>
    <message>
        <source>Redaction &amp;profile:</source>
        <translation>&amp;ملف تعريف الحجب:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>ال&amp;غرض:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>ملف تعريف الحجب</translation>
    </message>
    <message>
        <source>Purpose of the share</source>
        <translation>غرض المشاركة</translation>
    </message>
    <message>
        <source>e.g. the operation or case this share serves</source>
        <translation>مثلًا العملية أو القضية التي تخدمها هذه المشاركة</translation>
    </message>
    <message>
        <source>Reading partners and profiles</source>
        <translation>جارٍ قراءة الشركاء وملفات التعريف</translation>
    </message>
    <message>
        <source>Nobody in particular (files only, cautious rules)</source>
        <translation>لا أحد بعينه (ملفات فقط، قواعد احترازية)</translation>
    </message>
    <message>
        <source>Without a partner the cautious default applies: up to TLP:GREEN, H0/H1, no third-party data.</source>
        <translation>في غياب شريك تُطبَّق القواعد الاحترازية الافتراضية: حتى TLP:GREEN، وH0/H1، ودون بيانات أطراف ثالثة.</translation>
    </message>
    <message>
        <source>There is no agreement with {partner}: nothing may go.</source>
        <translation>لا يوجد اتفاق مع {partner}: لا يُسمح بإرسال شيء.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي غرض</translation>
    </message>
    <message>
        <source>Agreement: up to TLP:{tlp}, {codes}; purposes: {purposes}.</source>
        <translation>الاتفاق: حتى TLP:{tlp}، {codes}؛ الأغراض: {purposes}.</translation>
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
        <source>The audit log was tampered with</source>
        <translation>تم العبث بسجل التدقيق</translation>
    </message>
    <message>
        <source>This workspace&apos;s audit log is not as it was left. The finding is recorded in the log; restore the workspace from a backup made before it, or report it to your security officer.</source>
        <translation>سجل التدقيق في مساحة العمل هذه ليس كما تُرك. سُجّلت هذه النتيجة في السجل؛ استعد مساحة العمل من نسخة احتياطية سابقة، أو أبلغ مسؤول الأمن.</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>تعذّر تشغيل Liaison</translation>
    </message>
    <message>
        <source>The smart card was removed, so the workspace was locked. {reason}</source>
        <translation>أُزيلت البطاقة الذكية، لذا قُفلت مساحة العمل. {reason}</translation>
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
    <name>SftpTransportDialog</name>
    <message>
        <source>Add an SFTP transport</source>
        <translation>إضافة قناة نقل SFTP</translation>
    </message>
    <message>
        <source>Packages are exchanged over SFTP with an SSH key. The server&apos;s host key is pinned: get its SHA-256 fingerprint from the server&apos;s administrator.</source>
        <translation>تُتبادل الحزم عبر SFTP باستخدام مفتاح SSH. يُثبَّت مفتاح المضيف الخاص بالخادم: احصل على بصمة SHA-256 الخاصة به من مسؤول الخادم.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>الم&amp;ضيف:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>الم&amp;ستخدم:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>ملف م&amp;فتاح SSH:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase (if any):</source>
        <translation>&amp;عبارة مرور المفتاح (إن وُجدت):</translation>
    </message>
    <message>
        <source>Host key &amp;fingerprint:</source>
        <translation>&amp;بصمة مفتاح المضيف:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>اسم قناة النقل</translation>
    </message>
    <message>
        <source>SFTP host</source>
        <translation>مضيف SFTP</translation>
    </message>
    <message>
        <source>SFTP port</source>
        <translation>منفذ SFTP</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>مستخدم SFTP</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>ملف مفتاح SSH الخاص</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key</source>
        <translation>عبارة مرور مفتاح SSH</translation>
    </message>
    <message>
        <source>Pinned host key fingerprint</source>
        <translation>بصمة مفتاح المضيف المثبَّتة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>اختيار ملف مفتاح SSH</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>مفتاح SSH الخاص</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>أدخل اسمًا لقناة النقل.</translation>
    </message>
    <message>
        <source>Enter the SFTP host.</source>
        <translation>أدخل مضيف SFTP.</translation>
    </message>
    <message>
        <source>Enter the SFTP user.</source>
        <translation>أدخل مستخدم SFTP.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>اختر ملف مفتاح SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint.</source>
        <translation>أدخل بصمة مفتاح المضيف الخاص بالخادم.</translation>
    </message>
    <message>
        <source>The SSH key file {path} does not exist.</source>
        <translation>ملف مفتاح SSH {path} غير موجود.</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>&amp;Share…</source>
        <translation>م&amp;شاركة…</translation>
    </message>
    <message>
        <source>Check the sharing policy, review the redactions and export or send the selected records</source>
        <translation>التحقق من سياسة المشاركة، ومراجعة الحجب، وتصدير السجلات المحددة أو إرسالها</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records</source>
        <translation>مشاركة السجلات</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>م&amp;شاركة</translation>
    </message>
</context>
<context>
    <name>SharePages</name>
    <message>
        <source>An unexpected error stopped this step; the message says more.</source>
        <translation>أوقف خطأ غير متوقع هذه الخطوة؛ في الرسالة مزيد من التفاصيل.</translation>
    </message>
</context>
<context>
    <name>ShareReview</name>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>رقم الهوية الوطنية</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>محفظة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>حساب مصرفي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>لوحة الترقيم</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>محدَّد يدويًا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>شروط التداول</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>{owner} {field}</source>
        <translation>{owner} {field}</translation>
    </message>
    <message>
        <source>{owner} {field}: {text}</source>
        <translation>{owner} {field}: {text}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No events yet. The timeline shows the records you chart in the link chart, by their dates.</source>
        <translation>لا أحداث بعد. يعرض الخط الزمني السجلاتِ التي ترسمها في مخطط الروابط حسب تواريخها.</translation>
    </message>
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
        <source>Scroll the lanes</source>
        <translation>تمرير المسارات</translation>
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
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Lane: {lane}</source>
        <translation>المسار: {lane}</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>الجهاز: {name}</translation>
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
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>Who unlocks the workspace</source>
        <translation>من يفتح مساحة العمل</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>عبارة مرور مساحة العمل</translation>
    </message>
    <message>
        <source>Smart card &amp;PIN:</source>
        <translation>&amp;رمز PIN للبطاقة الذكية:</translation>
    </message>
    <message>
        <source>Smart card PIN</source>
        <translation>رمز PIN للبطاقة الذكية</translation>
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
        <source>Enter your own passphrase.</source>
        <translation>أدخل عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN, or enter the workspace passphrase.</source>
        <translation>أدخِل بطاقتك الذكية واكتب رمز PIN الخاص بها، أو اكتب عبارة مرور مساحة العمل.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN.</source>
        <translation>أدخِل بطاقتك الذكية واكتب رمز PIN الخاص بها.</translation>
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
        <source>Enter the smart card&apos;s PIN.</source>
        <translation>اكتب رمز PIN للبطاقة الذكية.</translation>
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
        <source>Wrong PIN: the smart card refused it. Each wrong PIN brings the card closer to locking itself.</source>
        <translation>رمز PIN خاطئ: رفضته البطاقة الذكية. كل رمز خاطئ يقرّب البطاقة من قفل نفسها.</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Verify a partner</source>
        <translation>التحقق من شريك</translation>
    </message>
    <message>
        <source>Call {partner} on a number you already know (not one from the certificate files) and ask them to read their identity fingerprint aloud. Type or paste it here: Liaison compares it with the certificates you pinned.</source>
        <translation>اتصل بـ{partner} على رقم تعرفه مسبقًا (لا على رقم مأخوذ من ملفات الشهادات) واطلب منهم قراءة بصمة هويتهم بصوت عالٍ. اكتبها أو الصقها هنا: يقارنها Liaison بالشهادات التي ثبّتَّها.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read out:</source>
        <translation>ال&amp;بصمة المقروءة:</translation>
    </message>
    <message>
        <source>Fingerprint read out by the partner</source>
        <translation>البصمة التي قرأها الشريك</translation>
    </message>
    <message>
        <source>Type the fingerprint the partner reads out.</source>
        <translation>اكتب البصمة التي يقرؤها الشريك.</translation>
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
    <name>WindowLayout</name>
    <message>
        <source>Perspectives</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>ال&amp;سجلات</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>ال&amp;مخطط</translation>
    </message>
    <message>
        <source>Records, search results and the open record side by side</source>
        <translation>السجلات ونتائج البحث والسجل المفتوح جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>The link chart and the timeline in most of the window</source>
        <translation>مخطط الروابط والخط الزمني في معظم النافذة</translation>
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
        <source>Also &amp;possible matches</source>
        <translation>المطابقات الم&amp;حتملة أيضًا</translation>
    </message>
    <message>
        <source>Also list pairs that are only possibly the same person or thing: a common name with nothing else agreeing, or a name against a conflicting fact.</source>
        <translation>اعرض أيضًا الأزواج التي قد تكون الشخص نفسه أو الشيء نفسه فحسب: اسم شائع لا يتفق معه شيء آخر، أو اسم تعارضه معلومة أخرى.</translation>
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
        <source>likely</source>
        <translation>مرجّح</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>محتمل</translation>
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
        <source>Contradiction: {count} pair(s) in this cluster are judged &apos;not the same&apos;, yet &apos;same&apos; verdicts join them through other entities. Undo one of the verdicts.</source>
        <translation>تناقض: عدد الأزواج في هذه المجموعة المحكوم عليها بأنها «غير متطابقة»: {count}، ومع ذلك تربط بينها أحكام «متطابقان» عبر كيانات أخرى. تراجع عن أحد الأحكام.</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>الجهاز: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>الوزن: {weight}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>liaison: the desktop window cannot start: {message}
The command line needs no display: liaison --help</source>
        <translation>liaison: تعذّر تشغيل نافذة سطح المكتب: {message}
لا يحتاج سطر الأوامر إلى شاشة: liaison --help</translation>
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
