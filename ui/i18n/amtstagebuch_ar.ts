<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>حول Amtstagebuch</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>الترخيص: GNU General Public License، الإصدار 3 أو أحدث ({spdx}). يمكنكم استخدام Amtstagebuch مجانًا ونشره وتعديله؛ ومن ينشره (حتى بعد تعديله) عليه أن يمنح الحقوق نفسها ويرفق الشيفرة المصدرية. لا يوجد أي ضمان.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>المكوّنات</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>&amp;المكوّنات المضمّنة وتراخيصها:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>الترخيص: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>نص الترخيص غير موجود في حزمة البرنامج هذه.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>وصل الرد</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>في أي يوم وصلكم الرد على «{title}»؟ من الأفضل أن تحفظوا الرد في اليوميات كإدخال مع مرفق.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>&amp;تاريخ الاستلام:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>تاريخ وصول الرد</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>مرفقات الإدخال</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · أضيف في {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>معاينة المرفق</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ الصفحة &amp;السابقة</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>الصفحة &amp;التالية ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>معاينة: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>«{name}» تالف ولا يمكن فتحه. الملف المشفّر تغيّر أو غير مكتمل. إدخالاتكم ومرفقاتكم الأخرى لم تتأثر.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>لا يمكن عرض «{name}»: الملف تالف أو غير مكتمل أو محمي. يمكنكم عبر «حفظ باسم …» حفظ نسخة وفتحها ببرنامج آخر.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>لا يمكن عرض الصفحة {page}.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>ملاحظة حول المرفقات</translation>
    </message>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>&amp;إرفاق ملف …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>إضافة صورة أو مسح ضوئي أو ملف PDF مشفّرًا إلى هذا الإدخال</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>عرض المرفق</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;حفظ باسم …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>حفظ المرفق دون تشفير باسم</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;إزالة …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>&amp;تراجع عن الإزالة</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>التراجع عن إزالة المرفق</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>اختاروا إدخالًا لرؤية مرفقاته.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>المرفقات ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>لا توجد مرفقات بعد. اسحبوا الصور أو المسوح الضوئية أو ملفات PDF إلى هنا أو اختاروا «إرفاق ملف …». كل شيء يُحفظ مشفّرًا.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>اسحبوا ملفات أخرى إلى هنا بكل بساطة.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>صور ومسوح ضوئية وملفات PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>تم إرفاق «{name}» مشفّرًا.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>تم إرفاق الملفات مشفّرة (العدد: {n}).</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>أفلتوا الملفات لإرفاقها مشفّرة.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>حفظ المرفق دون تشفير</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>تم حفظ «{name}» في «{path}». هذه النسخة غير مشفّرة؛ احذفوها عندما لا تحتاجونها.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>إزالة المرفق؟</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>هل تريدون فعلًا إزالة «{name}» من هذا الإدخال؟ يمكنكم التراجع عن ذلك بـ«تراجع عن الإزالة» حتى تقفلوا اليوميات أو تغلقوا البرنامج.</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>تمت إزالة «{name}».</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>عاد «{name}» من جديد.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Termin</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation>بوابة إلكترونية</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فاكس</translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation>سُلّم شخصيًا</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>في صندوق البريد</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>بالبريد</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>بالبريد المسجّل</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>بالفاكس</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>تم رفعه</translation>
    </message>
    <message>
        <source>Foto (JPEG)</source>
        <translation>صورة (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>صورة (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>صور JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>أول تسليم</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>آخر تسليم</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>إيصال استلام</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>نُسخ/مُسح ضوئيًا</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>وُضع في صندوق البريد</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>أُرسل بالبريد</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>أُرسل بالبريد المسجّل</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>أُرسل بالفاكس</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>رُفع على البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>مُسح ضوئيًا</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>أي مستند؟</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>الأصل؟</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>هل سلّمتم الأصل أم نسخة؟</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>نُسخ؟</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>هل نسخ Jobcenter المستند أو مسحه ضوئيًا أو كليهما؟</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>سُئلتم؟</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>هل سألكم Jobcenter إن كنتم موافقين على النسخ؟</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>مؤكَّد؟</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>هل حصلتم على إيصال استلام (Eingangsbestätigung)؟</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>أُعيد؟</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>هل استعدتم الأصل؟</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>الشخص المحاور</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>مهم جدًا</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>مهم</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>طلب الحذف</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>طلب معلومات عن بياناتي</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>شكوى لدى هيئة حماية البيانات</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>رسالة مرافقة لكشوف الحساب</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>ورقة مرافقة للمستندات الصحية في ظرف مغلق</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>اعتراض على معالجة بياناتي</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>قائمة المستندات مع إيصال استلام</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>ورقة معلومات للموعد مع مرافق</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>ما تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>ما طُلب منكم</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>توقيع على</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>معلومات عن الموعد</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>المستندات المسلَّمة</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>معلومات عن التواصل</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>إشارة تحذير</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>الإدخال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>So</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>حفظ الرسالة كملف PDF</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>تم الرد</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ الرد متأخر</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ متأخر</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>اليوميات</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>إشارات التحذير</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>تعرض النظرة العامة بلمحة واحدة: مواعيدكم القادمة، وإشارات التحذير المفتوحة (الأهم أولًا)، والرسائل التي تنتظرون الرد عليها، وآخر الإدخالات. النقر على رابط ينقلكم إلى المكان المقصود.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>في اليوميات يُسجَّل كل تواصل مع Jobcenter: المواعيد والمكالمات والرسائل والبريد الإلكتروني. بـ Strg+N تنشئون إدخالًا جديدًا. من الأفضل أن تكتبوا مباشرة بعد الموعد ما قيل وما طُلب منكم.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>في «المستندات» ترون كل ورقة سلّمتموها، وهل لديكم إيصال استلام (Eingangsbestätigung) لها. وحيث لا يوجد إيصال، يمكن للبرنامج أن يكتب لكم قائمة لختمها.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>إشارات التحذير مواضع في إدخالاتكم قد يكون فيها انتهاك لحماية البيانات – مثلًا نسخة من بطاقة الهوية دون موافقتكم. كل إشارة تعرض الكلمات التي اكتُشفت بها وما يمكنكم فعله. ما لا ينطبق عليكم، استبعدوه مع سبب قصير.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>في «الرسائل» تكتبون رسائل إلى Jobcenter أو إلى هيئة حماية البيانات (Datenschutzaufsicht) (مثلًا لطلب معلومات عن بياناتكم)، وتتابعون الموعد الذي يجب أن يصل فيه الرد.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>في الإعدادات تغيّرون بياناتكم وبيانات Jobcenter الخاص بكم، وعبارة المرور والنسخة الاحتياطية. وهنا تحددون أيضًا بعد كم دقيقة تُقفَل اليوميات تلقائيًا.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>يومياتكم مشفّرة. أدخلوا عبارة المرور لفتحها. إن نسيتم عبارة المرور، فاختاروا «برمز الاسترداد» واكتبوا الرمز من ورقة الطوارئ الخاصة بكم.</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>الإعداد ينشئ يومياتكم المشفّرة: مكان حفظها، وعبارة المرور، ورمز استرداد للطوارئ. لا شيء من ذلك يغادر حاسوبكم.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>يرجى كتابة المجموعتين من ورقتكم (وليس من الشاشة). لا يهم الفرق بين الأحرف الكبيرة والصغيرة ولا المسافات.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>المجموعة &amp;{n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>المجموعة {n} من الرمز</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>عمّ تتحدث الرسالة؟ ضعوا علامة على ما يتعلق بها – وستذكر الرسالة التواريخ والتفاصيل. يمكنكم أيضًا تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>&amp;إدخالات في اليوميات</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>&amp;مستندات مسلَّمة</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>&amp;إشارات تحذير</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>&amp;رسائل سابقة</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>لا توجد إدخالات في اليوميات بعد.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>لم يُسجَّل أي تسليم للمستندات بعد.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>لا توجد إشارات تحذير.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>لا توجد رسائل سابقة بعد.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>الموضوع (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>رقم {n} (أقدم)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>ملاحظة مهمة</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>&amp;قرأت الملاحظة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;مقترح من يومياتكم.&lt;/b&gt; الجمل في الحقول أدناه ستدخل الرسالة كما هي تمامًا. اقرؤوا كل جملة، وغيّروا أو احذفوا ما لا ينبغي أن يدخل. ملاحظاتكم الخاصة في اليوميات لا تدخل الرسالة أبدًا.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>ملاحظة: هذا يدخل في الرسالة</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>المرسَل إليه</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>عنوان المرسَل إليه</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;العنوان (سطر لكل سطر من خانة العنوان):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>الحقول المعلَّمة بـ * يجب ملؤها.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>بيانات الرسالة (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>لا تحتاجون إلى إدخال أي شيء آخر لهذه الرسالة.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>اكتبوا ما يجب أن يدخل في الرسالة. اكتبوا كما لو كنتم تتكلمون.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>يرجى القراءة أولًا</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>معلومة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– غير مذكور –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>يمكنكم أن تجعلوا يومياتكم تُفتح على هذا الحاسوب دون إدخال عبارة المرور في كل مرة.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>&amp;التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>تنبيه: عندها يستطيع كل من يسجّل الدخول على هذا الحاسوب بحساب المستخدم الخاص بكم أن يفتح يومياتكم. فعّلوا ذلك فقط إذا لم يكن أحد غيركم يستخدم هذا الحاسوب بحسابكم. تبقى عبارة المرور ورمز الاسترداد صالحين. يمكنكم إيقاف ذلك في أي وقت في «الإعدادات».</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>لماذا لا يعمل هذا هنا</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>الإدخال المختار</translation>
    </message>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>البحث في كل الملاحظات … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>نوع التواصل</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>&amp;إدخال جديد …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>كتابة محضر من الذاكرة (Strg+N)</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>الإدخالات في اليوميات</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>اختاروا إدخالًا من القائمة لقراءته هنا.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>لا توجد إدخالات بعد. بـ«إدخال جديد» (Strg+N) تكتبون ما حدث في Jobcenter.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>لا توجد إدخالات بعد. أنشئوا إدخالًا بعد تواصلكم القادم مع Jobcenter (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>الإدخالات: {n}</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} من أصل {n}</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel} بتاريخ {date}، الساعة {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>الشخص المحاور</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>المرافق (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>ما اتُّفق عليه</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>الصيغة {n}: {action} بتاريخ {date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>استبعاد إشارة التحذير</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>«{title}» لا ينطبق؟ اكتبوا باختصار لماذا – مثلًا «أنا وافقت بنفسي» أو «كان المقصود شيئًا آخر». يبقى السبب محفوظًا مع إشارة التحذير.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>يرجى كتابة السبب.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;استبعاد</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>نظرة عامة على الوثائق المسلَّمة</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>كل عمليات التسليم</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>&amp;طباعة إيصال الاستلام …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>قائمة بمستندات هذا التسليم مع خانة للختم والتوقيع، في نسختين</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>اختاروا عملية تسليم لطباعة إيصال الاستلام.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>التسليم / الوثيقة</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>أصل أم نسخة</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;ما الذي لدى Jobcenter من مستنداتي – منذ متى، وهل معه إيصال استلام؟&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>إيصال استلام</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>نَسَخَه Jobcenter</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>ملاحظة خاصة (لا تُطبع أبدًا)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>أصل</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>لا توجد عمليات تسليم بعد. سجّلوا المستندات التي تسلّمونها – ومن الأفضل مع إيصال استلام (Eingangsbestätigung).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>الملخّص</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>محضر من الذاكرة (Gedächtnisprotokoll)</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>تعديل الإدخال</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>نوع التواصل</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>من كان حاضرًا</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>ما الذي طُلب منكم</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>المستندات المطلوبة</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>ما الذي تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>ما الذي حدث (ملاحظاتكم)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>مثلًا السيدة K. (قسم التوظيف)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>اسم الشخص المرافق، إن كان أحد معكم</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>ما الذي كان عليكم فعله أو تقديمه؟</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>نسخ Jobcenter شيئًا أو مسحه ضوئيًا أو صوّره</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>طُلب مني أن أوقّع على شيء أو أوافق عليه</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>ما هو بالضبط؟</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>قيل لي إنه بدون موافقتي لن أحصل على مال</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>الموعد القادم:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>اكتبوا بكلماتكم ما حدث – بأكبر دقة ممكنة.</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>&amp;أين:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>&amp;من كان حاضرًا:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;المرافق (⁦§ 13 SGB X⁩):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>ما الذي &amp;حدث:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>ما الذي &amp;طُلب:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>المستندات التي سلّمتموها</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>توقيع على:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>ما الذي &amp;اتُّفق عليه:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>معلومات عن التواصل (منطقة التمرير)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>لا يمكن فحص إشارات التحذير الآن. سيُحفظ إدخالكم مع ذلك بشكل عادي.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>استبعدتموها: «{reason}»</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>علّمتموها كمنجَزة.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>حدث خطأ غير متوقع في البرنامج ({name}). بياناتكم المحفوظة لم تتغير، ويمكنكم متابعة العمل. إذا تكرر الخطأ، فأقفلوا اليوميات وأعيدوا تشغيل البرنامج. يرجى الإبلاغ عن هذا الخطأ.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>ماذا تقول هذه الرسالة (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>ماذا تقول هذه الرسالة</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>تعذّر إنشاء الشرح لهذه الرسالة. الرسالة نفسها لم تتأثر.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>الرسالة بالألمانية لأنها تذهب إلى جهة رسمية ألمانية. هنا تجدون فقرة بفقرة ما تقوله. بالخط المائل: بداية الفقرة، لتجدوها في الرسالة.</translation>
    </message>
    <message>
        <source>Im Brief: {text}</source>
        <translation type="vanished">في الرسالة: {text}</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>هل كتب Jobcenter أنه يحتاج وقتًا أطول لـ«{title}»؟ يجوز له ذلك فقط إذا أبلغكم به خلال الشهر الأول وذكر السبب – وعندها لمدة أقصاها شهران إضافيان (Art. 12 Abs. 3 DSGVO). أدخلوا التاريخ الجديد والسبب من الرسالة.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>هل كتب Jobcenter أنه يحتاج وقتًا أطول لـ«{title}»؟ أدخلوا التاريخ الجديد والسبب من الرسالة.</translation>
    </message>
    <message>
        <source>Frist verlängern</source>
        <translation>تمديد المهلة</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>&amp;تمديد</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;المهلة الجديدة حتى:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>المهلة الجديدة</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>سبب Jobcenter</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>مثلًا «رسالة بتاريخ 12.03.: طلبات كثيرة، الملف في الأرشيف»</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>يرجى إدخال السبب.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>لم تعد مكتشفة في الإدخال بصيغته الحالية</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>الأهمية: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>اكتُشفت من خلال:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;إشارات تحذير محتملة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>إشارات تحذير محتملة لهذا الإدخال</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>لم تُكتشف إشارات تحذير حتى الآن.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>أثناء الكتابة يفحص البرنامج إن كان شيء ما يبدو كمشكلة في حماية البيانات – مثلًا نسخة من بطاقة هويتكم، أو كشوف حساب غير محجوبة، أو أسئلة عن أمراض.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>إشارة تحذير محتملة واحدة. ستُسجَّل عند الحفظ.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>إشارات تحذير محتملة: {n}. ستُسجَّل عند الحفظ.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>قواعد إشارات التحذير جديدة. يجري فحص الإدخالات: {done} من {n} …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>تم فحص كل الإدخالات ({n}) بحثًا عن إشارات تحذير.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>أي إشارات تحذير تُعرض</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>إشارات التحذير في اليوميات</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>إشارة التحذير المختارة</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>&amp;إلى الإدخال</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;استبعاد …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>&amp;إعادة فتح</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>وضع علامة &amp;منجَز</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;كتابة رسالة …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>كتابة الرسالة المناسبة لإشارة التحذير هذه، معبّأة مسبقًا</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>عرض الإدخال في اليوميات</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>إشارة التحذير هذه لا تنطبق – مع ذكر السبب</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>إعادة إشارة التحذير إلى «مفتوح»</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>لقد تابعتم الأمر</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;إشارات التحذير في يومياتكم&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>لا توجد إشارات تحذير حتى الآن. يفحص البرنامج كل إدخال عند حفظه.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>لا توجد إشارات تحذير بهذه الحالة.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>معروض: {shown} · مفتوح: {open} · المجموع: {n}</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>مقترح: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>لا توجد رسالة مقترحة لإشارة التحذير هذه.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>الإدخال: {entry} بتاريخ {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>الأهمية: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>سببكم:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>في الإدخال بصيغته الحالية لم تعد إشارة التحذير هذه مكتشفة. لكن قراركم يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>ماذا يعني هذا؟</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>بماذا اكتُشفت</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>رسائل مناسبة لها</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>تم الحفظ. ستجدون إشارة التحذير تحت «{status}».</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>يجري إنشاء اليوميات</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>&amp;التالي ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>الإعداد (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>الخطوة {n} من {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;لنبدأ ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>&amp;إلى اليوميات</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;أهلًا وسهلًا&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;أين تريدون حفظ يومياتكم؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;عبارة المرور الخاصة بكم&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;رمز الاسترداد الخاص بكم&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;هل كتبتم الرمز؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;عنكم&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jobcenter الخاص بكم&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;التذكّر على هذا الحاسوب؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;تم&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>تم إعداد يومياتكم وتشفيرها.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>الاسم: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>التذكّر على هذا الحاسوب: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;بعد أي موعد أو مكالمة أو رسالة، من الأفضل أن تكتبوا فورًا ما حدث. احفظوا رمز الاسترداد في مكان آمن.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>لحظة من فضلكم – يجري إنشاء يومياتكم وتشفيرها. يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>اختيار مجلد لليوميات</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>اختيار المجلد الذي فيه يومياتكم</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>لا توجد يوميات في المجلد «{folder}» (الملف «{file}» غير موجود). يرجى اختيار المجلد الذي يوجد فيه هذا الملف.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>يومياتكم مجلد فيه ملفات مشفّرة. من يجده لا يستطيع قراءة أي شيء فيه دون عبارة المرور الخاصة بكم.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>على هذا &amp;الحاسوب، في مجلد المستخدم الخاص بي (موصى به)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>في مجلد &amp;آخر، مثلًا على ذاكرة USB</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>مجلد اليوميات</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>&amp;اختيار مجلد …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>على ذاكرة USB تأخذون يومياتكم معكم. أدخلوا الذاكرة قبل تشغيل البرنامج، واعملوا نسخة احتياطية من حين لآخر (في «الإعدادات») – فالذاكرة تضيع أو تتعطل بسهولة.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>&amp;فتح هذه اليوميات</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>طريقة التسليم</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>&amp;إضافة مستند</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>&amp;حذف السطر</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>&amp;نقل المطلوبة</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>تسجيل كل المستندات المعلَّمة أعلاه كمسلَّمة</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>لم تسلّموا شيئًا؟ اتركوا هذه القائمة فارغة ببساطة.</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>المستندات المسلَّمة</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>وصف للرسالة، يُطبع</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>مثلًا الحساب الجاري، عقد الإيجار Musterweg 12 – أو اتركوه فارغًا</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>يظهر على إيصال الاستلام وفي الرسائل إلى Jobcenter. اكتبوا هنا فقط اسمًا موضوعيًا للمستند.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>ملاحظة خاصة، لا تُطبع أبدًا</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>مثلًا «نُسخ على آلة النسخ دون سؤالي» – لكم فقط</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>لكم فقط: لا تظهر في أي رسالة ولا على أي إيصال استلام. وإشارات التحذير تُكتشف هنا أيضًا.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>وصف &amp;للرسالة (يُطبع):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>ملاحظة &amp;خاصة (لا تُطبع أبدًا):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;الطريقة:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>أصل أم نسخة</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>نَسَخَه Jobcenter أو مسحه ضوئيًا</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>سُئلتم عن الموافقة</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>حصلتم على إيصال استلام</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>استعدتم الأصل</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>نصوص للمستند المختار</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>نصوص السطر {row}: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>ولاية Jobcenter</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>المقاطعة أو المدينة</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>اكتبوا الأحرف الأولى</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>النوع: مؤسسة مشتركة</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>النوع: جهة بلدية معتمدة</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>اقتراح للنوع</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>ملاحظة حول النوع</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>اسم Jobcenter</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>كما هو مكتوب أعلى رسائله</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>شارع Jobcenter أو صندوق البريد</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>الرمز البريدي لـ Jobcenter</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>مدينة Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;الولاية:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;المقاطعة/المدينة:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>الشارع/&amp;صندوق البريد:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>الرمز البريدي، &amp;المدينة:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;اقتراح: مؤسسة مشتركة.&lt;/b&gt; في {land} كل مراكز Jobcenter مؤسسات مشتركة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;اقتراح: جهة بلدية معتمدة.&lt;/b&gt; «{district}» موجود في قائمة مراكز Jobcenter التي تديرها المقاطعة أو المدينة وحدها. يرجى التحقق من ذلك في رسالة من Jobcenter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;اقتراح: مؤسسة مشتركة.&lt;/b&gt; «{district}» غير موجود في قائمة مراكز Jobcenter التي تديرها المقاطعة أو المدينة وحدها – وهذا حال معظم مراكز Jobcenter. يرجى التحقق من ذلك في رسالة من Jobcenter.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>يوجد نوعان من مراكز Jobcenter. النوع يحدد الجهة التي تتوجهون إليها عند مشاكل حماية البيانات. اختاروا مقاطعتكم أو مدينتكم؛ وسيقترح البرنامج النوع.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>الرسالة المختارة</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>الرد متأخر</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>&amp;معاينة / طباعة</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>حفظ كـ &amp;PDF …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>وضع علامة &amp;أُرسلت …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;وصل الرد …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>&amp;تمديد المهلة …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>تعديل &amp;المسودة …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>عرض الرسالة وطباعتها</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>حفظ نسخة كملف PDF</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>كيف ومتى أُرسلت الرسالة؛ تبدأ المهلة</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>ردّ Jobcenter</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>طلب Jobcenter وقتًا إضافيًا مع ذكر السبب</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>حذف الرسالة من اليوميات (مع سؤال قبل ذلك)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>تعديل المسودة في المساعد قبل إرسالها</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>تعديل المسودة</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>التخلّي عن الرسالة (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>الأساس القانوني:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>يجب على Jobcenter أن يرد على هذه الرسالة. عندما تعلّمون الرسالة كمرسَلة، يحسب البرنامج المهلة ويذكّركم.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>يرجى الانتباه:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>رسالة جديدة: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>الإدخالات: {n}</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>تسليم واحد</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>عمليات التسليم: {n}</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>إشارة تحذير واحدة</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>إشارات التحذير: {n}</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>رسالة سابقة واحدة</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>الرسائل السابقة: {n}</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>تم اختياره مسبقًا: {what}. يمكنكم تغيير ذلك في الخطوة التالية.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>يمكنكم أيضًا كتابة عنوان هيئة حماية البيانات بأنفسكم.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>يرجى إدخال عنوان هيئة حماية البيانات.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>تعذّر إنشاء الرسالة. راجعوا بياناتكم وحاولوا مرة أخرى.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>الموضوع: {subject}.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>صفحة واحدة.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>عدد الصفحات: {n}.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>الملف يحتوي الرسالة {n} مرات: احتفظوا بنسخة منها لأنفسكم.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>وقّعوا الرسالة بعد الطباعة.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>«إنهاء» يحتفظ بها في اليوميات.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>الخطوة 1 من 4: أي رسالة؟</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>الخطوة 2 من 4: عمّ تتحدث؟</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>الخطوة 3 من 4: بيانات الرسالة</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>الخطوة 4 من 4: رسالتكم</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>يرجى ملء ما يلي أيضًا: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>يرجى أولًا قراءة الملاحظة ووضع علامة عليها.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>الاحتفاظ بالرسالة في اليوميات وإغلاق المساعد. يمكنكم طباعتها لاحقًا أيضًا في «الرسائل».</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>&amp;عرض المعاينة</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>ضعوا علامة هنا إذا كنتم تسلّمون الرسالة أو ترسلونها اليوم. عندها يحسب البرنامج الموعد الذي يجب أن يرد فيه Jobcenter.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>ضعوا علامة هنا إذا كنتم تسلّمون الرسالة أو ترسلونها اليوم. وإلا تبقى مسودة، تعلّمونها لاحقًا في «الرسائل» كمرسَلة.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>تم الحفظ كملف PDF في «{path}». هذا الملف غير مشفّر؛ احذفوه عندما لا تحتاجونه. بـ«إنهاء» تحتفظون بالرسالة في اليوميات أيضًا، كي يتابع البرنامج الرد.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>أُرسلت صفحات إلى الطابعة (العدد: {n}). وقّعوا الرسالة. بـ«إنهاء» تحتفظون بها في اليوميات، كي يتابع البرنامج الرد.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">عندها يحسب البرنامج الموعد الذي يجب أن يرد فيه Jobcenter.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>تعذّر تحميل الاقتراحات من اليوميات.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>البرنامج لا يعرف نوع الرسالة هذا. يرجى اختيار نوع.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">تم الحفظ كملف PDF في «{path}». هذا الملف غير مشفّر؛ احذفوه عندما لا تحتاجونه. احفظوا الرسالة أيضًا في اليوميات، كي يتابع البرنامج الرد.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>طباعة الرسالة</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">أُرسلت صفحات إلى الطابعة (العدد: {n}). وقّعوا الرسالة. احفظوها هنا في اليوميات، كي يتابع البرنامج الرد.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>وصل في {date}</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>لا توجد مهلة</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;رسالة جديدة …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>كتابة رسالة إلى Jobcenter (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>لا توجد رسائل بعد. برسالة يمكنكم مثلًا أن تطلبوا من Jobcenter معلومات عن بياناتكم، أو حذف نسخة من بطاقة الهوية، أو تأكيد استلام المستندات. البرنامج يكتب الرسالة لكم؛ وأنتم تطبعونها وتوقّعونها وترسلونها. بعد ذلك يتابع البرنامج مهلة الرد. للبدء: «رسالة جديدة …» في أعلى الصفحة على اليسار (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;رسائلكم إلى Jobcenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>رسائلكم</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>الرسائل: {n}</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>رسالة واحدة</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>ردود متأخرة: {n}</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>&amp;كتابة تذكير …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>الرد متأخر: كان على Jobcenter أن يرد حتى {date}.</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>الرد متأخر: لقد طلبتم ردًا حتى {date}.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>الخطوة التالية: تذكير قصير مع مهلة أخيرة مدتها أسبوعان.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>لم يصل رد على تذكيركم أيضًا. الخطوة التالية: شكوى لدى هيئة حماية البيانات.</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>&amp;كتابة شكوى …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>كتابة &amp;الرسالة التالية …</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>An</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>في {date}، {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>وصل الرد</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>هكذا حُسبت المهلة</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>التمديد:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>تذكير:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>اطبعوا الرسالة ووقّعوها وأرسلوها. ثم علّموها كمرسَلة – ومن ذلك الحين يتابع البرنامج الرد.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>تم الحفظ في «{path}». هذا الملف غير مشفّر؛ احذفوه عندما لا تحتاجونه.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>حذف الرسالة؟</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>هل تريدون فعلًا حذف «{title}» ({subject}) من اليوميات؟ عندها تختفي الرسالة ومهلتها. الرسالة التي أرسلتموها من الأفضل الاحتفاظ بها – كإثبات.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>&amp;احتفاظ</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>حُذفت الرسالة. للتراجع: Strg+Z.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page} – Amtstagebuch</source>
        <translation>{page} – Amtstagebuch</translation>
    </message>
    <message>
        <source>Amtstagebuch</source>
        <translation>Amtstagebuch</translation>
    </message>
    <message>
        <source>Hinweis zum Speicherort</source>
        <translation>ملاحظة حول مكان الحفظ</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;إدخال جديد …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>&amp;رسالة جديدة …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;حذف الإدخال …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;اليوميات</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>&amp;تكبير الخط</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>&amp;تصغير الخط</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;حجم الخط العادي</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>&amp;ما فائدة هذه الصفحة؟</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>&amp;حول Amtstagebuch …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>حجم الخط: {percent} %</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>ما فائدة هذه الصفحة؟</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>&amp;حفظ مرة أخرى</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>جارٍ الحفظ …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ تم حفظ كل شيء</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>فُتحت نسخة أقدم</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>&amp;استعادة النسخة الأحدث</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>&amp;متابعة العمل بهذه النسخة</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>&amp;القرار لاحقًا</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>تمت استعادة النسخة الأحدث.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>أنتم تتابعون العمل بهذه النسخة.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>لم ينجح ذلك</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>حذف الإدخال؟</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>هل تريدون فعلًا حذف الإدخال بتاريخ {date}؟ الملفات المرفقة تُتلف نهائيًا عند القفل أو الخروج. حتى ذلك الحين يمكنكم التراجع عن الحذف بـ Strg+Z.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>حُذف الإدخال. للتراجع: Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>تمت استعادة الرسالة.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>تمت استعادة الإدخال.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>تعذّر حفظ تغييراتكم الأخيرة:
{reason}

أفرغوا بعض المساحة أو أعيدوا إدخال وسيط التخزين وحاولوا مرة أخرى. إذا أقفلتم مع ذلك، تضيع هذه التغييرات؛ وتبقى آخر نسخة محفوظة.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>القفل مع ذلك</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>لم تتم استعادة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>تمت استعادة النسخة الاحتياطية. النسخة السابقة من يومياتكم موجودة في المجلد «sicherungen». افتحوا قفل اليوميات الآن بعبارة المرور الخاصة بالنسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>تكرار عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>&amp;إظهار عبارة المرور أثناء الكتابة</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>ملاحظات حول عبارة المرور</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>&amp;تكرار:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>كافية</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>غير كافية بعد</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>لم يُدخل شيء بعد.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>يرجى كتابة عبارة المرور مرة أخرى للتأكد.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ الإدخالان متطابقان.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ الإدخالان غير متطابقين بعد.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>نظرة عامة (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>مرحبًا، {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>يومياتكم ما زالت فارغة. بعد الموعد أو المكالمة أو الرسالة القادمة، اكتبوا ما حدث – ومن الأفضل فورًا بعدها. لذلك يوجد في قائمة «اليوميات» البند «إدخال جديد» (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>المواعيد القادمة</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>متفق عليه مع {who}</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>لا يوجد موعد مسجَّل. عندما تحصلون على موعد جديد، أدخلوه في الإدخال تحت «الموعد القادم».</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>آخر الإدخالات</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>لمحة سريعة</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>الإدخالات في اليوميات: {n}</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>مستندات مسلَّمة: {n}، منها {m} دون إيصال استلام</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>نصيحة: اطلبوا تأكيدًا كتابيًا عن كل تسليم. في «المستندات» ترون ما ينقصكم إيصال استلامه.</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>أنواع المستندات التي نسخها Jobcenter أو مسحها ضوئيًا: {n}</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>أصول لم تُسترجع بعد: {n}</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>إشارات التحذير</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>لا توجد إشارات تحذير مفتوحة. يفحص البرنامج كل إدخال عند حفظه.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>إشارة تحذير مفتوحة واحدة ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>إشارات تحذير مفتوحة: {n} ({weights})، أهمها:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>عرض كل إشارات التحذير</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>الرد متأخر منذ {date}</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>الرد مطلوب {when}</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>افتحوا الرسالة: يقترح البرنامج الخطوة التالية، أولًا تذكير.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>معاينة الرسالة</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>لا يمكن عرض هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>عبارة المرور تحمي يومياتكم. الأفضل أن تختاروا جملة قصيرة من أربع كلمات أو أكثر لا يعرفها غيركم – مثلًا شيء مضحك يسهل عليكم تخيّله. الرموز الخاصة ليست ضرورية.
لا تكتبوا عبارة المرور على ورقة بجانب الحاسوب.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>الرسالة: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>حفظ كـ &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;طباعة …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>تم الحفظ في «{path}». هذا الملف غير مشفّر؛ احذفوه عندما لا تحتاجونه.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>أُرسلت صفحات إلى الطابعة (العدد: {n}).</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>ملاحظة حول المعاينة</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>حفظ كـ &amp;PDF …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>حفظ نسخة كملف PDF، مثلًا لرفعها أو إرسالها بالفاكس</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;طباعة …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>&amp;أُرسلت بالفعل:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">&amp;حفظ في اليوميات</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">الاحتفاظ بالرسالة كمسودة في اليوميات؛ يمكنكم تعليمها كمرسَلة لاحقًا</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>طريقة الإرسال</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">&amp;طريقة الإرسال:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>&amp;بتاريخ</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">حفظ ووضع علامة &amp;أُرسلت</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>اسمكم</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>الشارع ورقم المنزل</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>مثلًا Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>مثلًا 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>مثلًا Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>رقم العميل</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>مثلًا 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>رقم مجموعة الاحتياج</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>مثلًا 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>الولاية</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;الشارع، الرقم:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>&amp;الرمز البريدي، المدينة:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;الولاية:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>&amp;رقم العميل:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>&amp;رقم BG:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>رقم العميل (Kundennummer) ورقم BG (رقم مجموعة الاحتياج، Bedarfsgemeinschaft) مكتوبان أعلى كل رسالة من Jobcenter. ما لا تعرفونه اتركوه فارغًا ببساطة.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>هذه البيانات ستظهر لاحقًا كمرسِل في رسائلكم إلى Jobcenter. يجوز ترك كل الحقول فارغة.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>المجموعة {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>&amp;طباعة الورقة …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>حفظ ورقة الرمز وطباعتها</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>نسخ الرمز إلى الحافظة</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>ملاحظة حول الرمز</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>المجموعة {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>الورقة محفوظة باسم «{path}». احذفوا الملف فور طباعتها.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>تم نسخ الرمز. بعد {seconds} ثانية ستُفرَّغ الحافظة. الصقوه فقط في برنامج تثقون به.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>إذا نسيتم عبارة المرور، فهذا الرمز وحده يفتح يومياتكم. وهو يُعرض الآن فقط. انسخوه بخط اليد على ورقة أو اطبعوا الورقة، واحفظوه في مكان آمن بعيدًا عن الحاسوب – مثل مفتاح البيت.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>في الصفحة التالية نسألكم عن مجموعتين، لتتأكدوا أن نسختكم صحيحة. في الرمز لا يوجد صفر ولا حرف O، ولا رقم واحد ولا حرف I.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>وضع علامة «أُرسلت»</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>كيف ومتى أرسلتم «{title}» أو سلّمتموها؟ من هذا اليوم يحسب البرنامج مهلة الرد.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>&amp;تعليم</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>طريقة الإرسال</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;الطريقة:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>احتفظوا بالإثبات: إشعار الاستلام، أو تقرير الفاكس، أو ختم الاستلام، أو تأكيد الرفع.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>الملف الشخصي: ملاحظة</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>Jobcenter: ملاحظة</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>عبارة المرور: ملاحظة</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>&amp;إنشاء رمز استرداد جديد …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>رمز الاسترداد: ملاحظة</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>&amp;التذكّر على هذا الحاسوب (الفتح دون عبارة مرور)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>التذكّر على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>لماذا لا يعمل هذا هنا</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>التذكّر على هذا الحاسوب: ملاحظة</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>القفل التلقائي بعد دقائق دون استخدام</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>&amp;إنشاء نسخة احتياطية الآن …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;استعادة نسخة احتياطية …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>النسخة الاحتياطية: ملاحظة</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;الإعدادات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>الإعدادات (منطقة التمرير)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>لا تحتاجون إلى عبارة المرور القديمة لذلك، لأن اليوميات مفتوحة الآن. يبقى رمز الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>هل أضعتم رمزكم، أو قد يعرفه شخص آخر؟ إذن أنشئوا رمزًا جديدًا. بعدها لن يصلح الرمز القديم.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>تنبيه: عندها يستطيع كل من يسجّل الدخول على هذا الحاسوب بحساب المستخدم الخاص بكم أن يفتح يومياتكم. فعّلوا ذلك فقط إذا لم يكن أحد غيركم يستخدم هذا الحاسوب بحسابكم.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>&amp;قفل تلقائي بعد</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>دون استخدام</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>النسخة الاحتياطية ملف فيه يومياتكم كاملة، مشفّر مثل اليوميات نفسها. احفظوه من حين لآخر على ذاكرة USB واحفظوا الذاكرة بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>&amp;حجم الخط</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>اللغة والخط</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>موجود أيضًا في قائمة «عرض»: Strg و + (تكبير)، Strg و − (تصغير).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>سلسلة المفاتيح (Schlüsselbund) في هذا الحاسوب لم يعد فيها المفتاح المحفوظ. لذلك أصبح «التذكّر على هذا الحاسوب» متوقفًا؛ يمكنكم تفعيله من جديد.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>يجري تشفير اليوميات من جديد</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ تم حفظ الملف الشخصي (يتم ذلك تلقائيًا).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ تم حفظ Jobcenter (يتم ذلك تلقائيًا).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>لحظة من فضلكم – يجري إعداد عبارة المرور الجديدة وتشفير يومياتكم بمفتاح جديد …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>لم تتغير عبارة المرور: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ تم تغيير عبارة المرور. من الآن تفتحون اليوميات بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>لأن يومياتكم من إصدار قديم، يوجد أيضًا رمز استرداد جديد (في الأسفل)؛ الرمز القديم لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>إنشاء رمز استرداد جديد؟</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>بعدها لن يصلح رمزكم الحالي. الرمز الجديد يُعرض مرة واحدة فقط: جهّزوا ورقة وقلمًا أو اطبعوا الورقة.

إنشاء رمز جديد الآن؟</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>لحظة من فضلكم – يجري إعداد الرمز الجديد وتشفير يومياتكم بمفتاح جديد …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>رمز الاسترداد الجديد مكتوب في الأعلى. يُعرض الآن فقط – انسخوه أو اطبعوا الورقة. الرمز القديم لم يعد صالحًا.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ هذا الحاسوب يتذكر يومياتكم.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ هذا الحاسوب لم يعد يتذكر يومياتكم.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>نسخ Amtstagebuch الاحتياطية (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>لحظة من فضلكم – يجري كتابة النسخة الاحتياطية …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>مرفق واحد</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>المرفقات: {n}</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ تم حفظ النسخة الاحتياطية: {path} ({size}، {attachments}). هي مشفّرة وتُفتح بعبارة المرور الحالية. احفظوها بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>استعادة النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>عند الاستعادة تُستبدل يومياتكم الحالية بمحتوى النسخة الاحتياطية. لذلك تُقفل اليوميات أولًا. النسخة الحالية من يومياتكم لا تضيع: تبقى كملف في المجلد «sicherungen».

بعدها تفتحون اليوميات بعبارة المرور التي كانت صالحة وقت إنشاء النسخة الاحتياطية.

اختيار نسخة احتياطية؟</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>اختيار نسخة احتياطية</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>نسخ Amtstagebuch الاحتياطية (*.amtbak *.amtb);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>عبارة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>بأي عبارة مرور أُنشئت النسخة الاحتياطية؟
إذا لم تغيّروا عبارة المرور منذ ذلك الحين، فهي عبارتكم الحالية.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>لحظة من فضلكم – يجري فحص النسخة الاحتياطية …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>لم تتم استعادة النسخة الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>النسخة الاحتياطية سليمة.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>نعم، دائمًا</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>لا، أبدًا</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r} من {n} مرات</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>نعم، {n} مرات</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Schriftgröße</source>
        <translation>حجم الخط</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>أي رسالة تريدون كتابتها؟ يكتب البرنامج الرسالة ببياناتكم. سترونها قبل الطباعة ويمكنكم الرجوع في أي وقت.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>أنواع الرسائل</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;نوع الرسالة:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>عن هذه الرسالة</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>عن هذه الرسالة (منطقة التمرير)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (مقترح)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>فتح قفل اليوميات</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;فتح قفل اليوميات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>&amp;بعبارة المرور الخاصة بي</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>&amp;برمز الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>جارٍ فتح القفل</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>&amp;الفتح دون إدخال (محفوظ على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>الفتح دون عبارة مرور</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>فتح أحدث نسخة احتياطية &amp;سليمة</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>اليوميات في المجلد: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>يرجى أولًا إدخال رمز الاسترداد.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>يرجى أولًا إدخال عبارة المرور.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>لحظة من فضلكم – يجري فتح قفل اليوميات …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>المفتاح المحفوظ على هذا الحاسوب لم يعد مناسبًا. يرجى إدخال عبارة المرور.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>تم فتح النسخة الاحتياطية. الملف التالف موجود في «sicherungen».</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Amtstagebuch hilft Ihnen, jeden Kontakt mit dem Jobcenter festzuhalten: Termine, Anrufe, Briefe und welche Unterlagen Sie abgegeben haben. Alles bleibt verschlüsselt auf Ihrem Computer; das Programm verbindet sich nie mit dem Internet.

Die Einrichtung dauert etwa drei Minuten. Legen Sie sich bitte bereit:
• einen Zettel und einen Stift (für Ihren Wiederherstellungscode),
• einen Brief des Jobcenters (für Kundennummer und Anschrift).

Jeder Schritt lässt sich später unter „Einstellungen“ ändern.</source>
        <translation>يساعدكم Amtstagebuch على تسجيل كل تواصل مع Jobcenter: المواعيد والمكالمات والرسائل والمستندات التي سلّمتموها. كل شيء يبقى مشفّرًا على حاسوبكم؛ البرنامج لا يتصل بالإنترنت أبدًا.

يستغرق الإعداد نحو ثلاث دقائق. يرجى تجهيز:
• ورقة وقلم (لرمز الاسترداد)،
• رسالة من Jobcenter (لرقم العميل والعنوان).

كل خطوة يمكن تغييرها لاحقًا في «الإعدادات».</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>ملاحظة حول المجلد السابق</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>كانت يومياتكم آخر مرة في المجلد «{folder}». ولا يمكن العثور عليها هناك الآن. هل هي على ذاكرة USB؟ إذن أدخلوا الذاكرة واختاروا «فتح يوميات موجودة …».</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;فتح يوميات موجودة …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>فتح يوميات موجودة، مثلًا على ذاكرة USB</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>لديكم يوميات من قبل؟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>الأقسام</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>مؤسسة مشتركة (مع الوكالة الاتحادية للعمل)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>جهة بلدية معتمدة (المقاطعة أو المدينة وحدها)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– يرجى الاختيار –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>حفظ ورقة رمز الاسترداد</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>تم حفظ الورقة</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>الورقة محفوظة:
{path}

فتحها الآن لطباعتها؟

مهم: احذفوا الملف فور طباعة الورقة. من يجد الملف يستطيع فتح يومياتكم بالرمز.</translation>
    </message>
</context>
</TS>
