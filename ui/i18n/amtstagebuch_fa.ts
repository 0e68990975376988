<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>درباره Amtstagebuch</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>نسخه {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>مجوز: GNU General Public License، نسخه 3 یا بالاتر ({spdx}). شما می‌توانید Amtstagebuch را رایگان استفاده کنید، به دیگران بدهید و تغییر دهید؛ هر کس آن را (حتی تغییریافته) به دیگران بدهد، باید همین حقوق و کد منبع را هم همراه آن بدهد. هیچ ضمانتی وجود ندارد.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>اجزا</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>جزء</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>&amp;اجزای موجود و مجوزهای آن‌ها:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>متن مجوز</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>مجوز: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>متن مجوز در این بسته برنامه وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>پاسخ دریافت شد</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>پاسخ «{title}» در چه روزی به دست شما رسید؟ بهتر است پاسخ را به صورت یک یادداشت با پیوست در دفترچه بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>تاریخ &amp;دریافت:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>تاریخ دریافت پاسخ</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>پیوست‌های یادداشت</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · افزوده در {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>پیش‌نمایش پیوست</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ صفحه &amp;قبلی</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>صفحه قبلی</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>صفحه &amp;بعدی ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>صفحه بعدی</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>پیش‌نمایش: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>«{name}» آسیب دیده است و باز نمی‌شود. فایل رمزگذاری‌شده تغییر کرده یا ناقص است. یادداشت‌ها و پیوست‌های دیگر شما آسیبی ندیده‌اند.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>«{name}» نمایش داده نمی‌شود: فایل آسیب دیده، ناقص یا محافظت‌شده است. با «ذخیره در …» می‌توانید یک کپی را با برنامه دیگری باز کنید.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>صفحه {page} نمایش داده نمی‌شود.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>صفحه {page} از {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>توضیح درباره پیوست‌ها</translation>
    </message>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>&amp;پیوست کردن فایل …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>پیوست کردن فایل</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>یک عکس، اسکن یا فایل PDF را رمزگذاری‌شده به این یادداشت اضافه کنید</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>نمایش پیوست</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;ذخیره در …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>ذخیره پیوست بدون رمزگذاری در</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;حذف …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>&amp;لغو حذف</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>لغو حذف پیوست</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>یک یادداشت را انتخاب کنید تا پیوست‌های آن را ببینید.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>پیوست‌ها ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>هنوز پیوستی نیست. عکس، اسکن یا فایل PDF را به اینجا بکشید یا «پیوست کردن فایل …» را انتخاب کنید. همه‌چیز رمزگذاری‌شده ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>فایل‌های دیگر را به‌سادگی به اینجا بکشید.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>عکس، اسکن و فایل PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>«{name}» رمزگذاری‌شده پیوست شد.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>{n} فایل رمزگذاری‌شده پیوست شد.</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>رها کنید تا فایل‌ها رمزگذاری‌شده پیوست شوند.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>ذخیره پیوست بدون رمزگذاری</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>«{name}» در «{path}» ذخیره شد. این کپی رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید، آن را پاک کنید.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>پیوست حذف شود؟</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>آیا واقعاً می‌خواهید «{name}» را از این یادداشت حذف کنید؟ تا وقتی دفترچه را قفل نکرده‌اید یا از برنامه خارج نشده‌اید، می‌توانید با «لغو حذف» آن را برگردانید.</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>«{name}» حذف شد.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>«{name}» برگشت.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Termin</source>
        <translation>قرار ملاقات</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>بازدید از منزل</translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation>پورتال آنلاین</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation>تحویل حضوری</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>در صندوق نامه</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>با پست</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>با پست سفارشی</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>با فکس</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>بارگذاری‌شده</translation>
    </message>
    <message>
        <source>Foto (JPEG)</source>
        <translation>عکس (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>تصویر (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>سند PDF</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>تصاویر JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>اولین تحویل</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>آخرین تحویل</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>چند بار</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>رسید دریافت</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>کپی/اسکن شد</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>در صندوق نامه انداخته شد</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>با پست فرستاده شد</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>با پست سفارشی فرستاده شد</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>فکس شد</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>در پورتال آنلاین بارگذاری شد</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>اصل</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>کپی شد</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>اسکن شد</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>هر دو</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>کدام مدرک؟</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>اصل؟</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>آیا اصل مدرک را تحویل دادید یا کپی آن را؟</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>کپی شد؟</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>آیا Jobcenter مدرک را کپی کرد، اسکن کرد یا هر دو؟</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>پرسیدند؟</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>آیا Jobcenter از شما پرسید که با کپی کردن موافق هستید؟</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>تأیید شد؟</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>آیا رسید دریافت (Eingangsbestätigung) گرفتید؟</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>پس گرفتید؟</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>آیا اصل مدرک را پس گرفتید؟</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>طرف گفتگو</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>بازگردانده شد</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>بسیار مهم</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>مهم</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>قابل توجه</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>درخواست حذف داده‌ها</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>پس گرفتن رضایت</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>درخواست اطلاعات درباره داده‌های من</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>شکایت به نهاد ناظر حفاظت از داده‌ها</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>نامه همراه صورت‌حساب‌های بانکی</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>برگه همراه برای مدارک پزشکی در پاکت بسته</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>اعتراض به پردازش داده‌های من</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>فهرست مدارک با رسید دریافت</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>راهنمای قرار ملاقات با همراه</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>آنچه توافق شد</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>قدم بعدی</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>آنچه خواسته شد</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>امضا برای</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>جزئیات قرار ملاقات</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>مدارک تحویل‌داده‌شده</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>جزئیات تماس</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>انجام شده</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>رد شده</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>انجام شده</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>اهمیت</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>So</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>تا {date}</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>ذخیره نامه به صورت PDF</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>پاسخ داده شد</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ پاسخ دیر شده</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ دیر شده</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>دفترچه</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>نمای کلی با یک نگاه نشان می‌دهد: قرارهای ملاقات بعدی شما، هشدارهای باز (مهم‌ترین‌ها اول)، نامه‌هایی که منتظر پاسخ آن‌ها هستید، و آخرین یادداشت‌ها. با کلیک روی یک پیوند به همان جا می‌روید.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>در دفترچه هر تماس با Jobcenter ثبت می‌شود: قرار ملاقات، تلفن، نامه، ایمیل. با Strg+N یک یادداشت تازه می‌سازید. بهتر است بلافاصله بعد از قرار ملاقات بنویسید که چه گفته شد و چه از شما خواستند.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>در بخش مدارک هر برگه‌ای را که تحویل داده‌اید می‌بینید، و اینکه آیا برای آن رسید دریافت (Eingangsbestätigung) دارید. اگر رسید نیست، برنامه می‌تواند فهرستی برای مهر زدن بنویسد.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>هشدارها جاهایی در یادداشت‌های شما هستند که شاید حفاظت از داده‌ها (Datenschutz) در آنجا رعایت نشده باشد – مثلاً کپی کارت شناسایی بدون رضایت شما. هر هشدار کلماتی را که از روی آن‌ها شناخته شده نشان می‌دهد، و اینکه چه کاری می‌توانید بکنید. هشداری را که درست نیست، با یک دلیل کوتاه رد کنید.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>در بخش نامه‌ها برای Jobcenter یا نهاد ناظر حفاظت از داده‌ها (Datenschutzaufsicht) نامه می‌نویسید (مثلاً درخواست اطلاعات درباره داده‌هایتان) و می‌بینید که پاسخ تا چه تاریخی باید برسد.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>در تنظیمات اطلاعات خودتان و Jobcenter، رمز عبور و نسخه پشتیبان را تغییر می‌دهید. همین‌جا تعیین می‌کنید که دفترچه بعد از چند دقیقه خودبه‌خود قفل شود.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>دفترچه شما رمزگذاری شده است. برای باز کردن آن رمز عبور خود را وارد کنید. اگر رمز عبور را فراموش کرده‌اید، «با کد بازیابی» را انتخاب کنید و کد را از برگه اضطراری خود تایپ کنید.</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>راه‌اندازی، دفترچه رمزگذاری‌شده شما را می‌سازد: محل نگهداری آن، رمز عبور شما و یک کد بازیابی برای مواقع اضطراری. هیچ‌کدام از این‌ها از رایانه شما بیرون نمی‌رود.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>لطفاً دو گروه را از برگه کاغذی خود تایپ کنید (نه از صفحه نمایش). حروف بزرگ و کوچک و فاصله‌ها مهم نیستند.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>گروه &amp;{n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>گروه {n} از کد</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>نامه درباره چیست؟ مواردی را که مربوط است علامت بزنید – نامه آنگاه تاریخ‌ها و جزئیات را ذکر می‌کند. می‌توانید از این مرحله هم بگذرید.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>&amp;یادداشت‌های دفترچه</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>مدارک &amp;تحویل‌داده‌شده</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>&amp;هشدارها</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>&amp;نامه‌های قبلی</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>هنوز یادداشتی در دفترچه نیست.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>هنوز تحویل مدرکی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>هشداری نیست.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>هنوز نامه قبلی وجود ندارد.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>موضوع (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>شماره {n} (قدیمی‌تر)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>نکته مهم</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>این نکته را &amp;خواندم</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;پیشنهاد از دفترچه شما.&lt;/b&gt; جمله‌های داخل کادرهای زیر دقیقاً همین‌طور در نامه می‌آیند. هر جمله را بخوانید و آنچه را نباید در نامه باشد تغییر دهید یا پاک کنید. توضیحات شخصی شما در دفترچه هرگز در نامه نمی‌آیند.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>توجه: این در نامه می‌آید</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>نشانی گیرنده</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;نشانی (هر خط برای یک خط از کادر نشانی):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>پر کردن کادرهای دارای * لازم است.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>اطلاعات برای نامه (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>برای این نامه لازم نیست چیز دیگری وارد کنید.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>آنچه را باید در نامه بیاید وارد کنید. همان‌طور بنویسید که به زبان می‌آورید.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>لطفاً اول این را بخوانید</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>در هر خط یک مورد</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– وارد نشده –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>می‌توانید کاری کنید که دفترچه روی این رایانه باز شود، بدون اینکه هر بار رمز عبور را وارد کنید.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>&amp;به خاطر سپردن در این رایانه</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>به خاطر سپردن در این رایانه</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>توجه: در این صورت هر کسی که با حساب کاربری شما وارد این رایانه شود، می‌تواند دفترچه شما را باز کند. این گزینه را فقط وقتی روشن کنید که هیچ‌کس دیگری با حساب شما از این رایانه استفاده نمی‌کند. رمز عبور و کد بازیابی شما همچنان معتبر می‌مانند. هر وقت بخواهید می‌توانید آن را در «تنظیمات» خاموش کنید.</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>چرا این کار اینجا ممکن نیست</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>یادداشت انتخاب‌شده</translation>
    </message>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>جستجو در همه یادداشت‌ها … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>نوع تماس</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>همه انواع</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;از</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>تا تاریخ</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>&amp;یادداشت جدید …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>نوشتن گزارش از حافظه (Strg+N)</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>یادداشت‌های دفترچه</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>یک یادداشت را از فهرست انتخاب کنید تا اینجا آن را بخوانید.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>هنوز یادداشتی نیست. با «یادداشت جدید» (Strg+N) بنویسید در Jobcenter چه اتفاقی افتاد.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>هنوز یادداشتی نیست. بعد از تماس بعدی با Jobcenter یک یادداشت بسازید (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 یادداشت</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} یادداشت</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} از {n} یادداشت</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel} در {date}، ساعت {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>طرف گفتگو</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>همراه (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>توافق شد</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>قدم بعدی</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>نسخه {n}: در {date} ساعت {time} {action}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>رد کردن هشدار</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>«{title}» درست نیست؟ کوتاه بنویسید چرا – مثلاً «خودم رضایت دادم» یا «منظور چیز دیگری بود». این دلیل کنار هشدار باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>لطفاً یک دلیل وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;رد کردن</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>نمای کلی مدارک تحویل‌داده‌شده</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>همه تحویل‌ها</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>&amp;چاپ رسید دریافت …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>فهرست مدارک این تحویل با جای مهر و امضا، در دو نسخه</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>یک تحویل را انتخاب کنید تا رسید دریافت چاپ شود.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>تحویل / مدرک</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>اصل یا کپی</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;چه مدارکی از من نزد Jobcenter است – از کی، با رسید دریافت یا بدون آن؟&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>رسید دریافت</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>کپی‌شده توسط Jobcenter</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>توضیح شخصی (هرگز چاپ نمی‌شود)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>اصل</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>هنوز تحویلی ثبت نشده است. یادداشت کنید کدام مدارک را تحویل می‌دهید – بهتر است همراه با رسید دریافت.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>خلاصه</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>گزارش از حافظه</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>کی</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>نوع تماس</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>چه کسی حاضر بود</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>از شما چه خواستند</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>مدارکی که خواسته شد</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>چه توافق شد</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>چه اتفاقی افتاد (توضیحات شما)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>مثلاً خانم K. (کاریابی)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>نام همراه، اگر کسی با شما بود</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>چه کاری باید می‌کردید یا چه چیزی باید ارائه می‌دادید؟</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>از طرف Jobcenter چیزی کپی یا اسکن شد یا از آن عکس گرفته شد</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>از من خواستند چیزی را امضا کنم یا رضایت بدهم</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>دقیقاً چه چیزی؟</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>به من گفتند بدون رضایت پولی در کار نیست</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>قرار ملاقات بعدی:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>با کلمات خودتان بنویسید چه اتفاقی افتاد – تا جایی که ممکن است دقیق.</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;کی:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>&amp;کجا:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>چه کسی &amp;حاضر بود:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;همراه (‎§ 13 SGB X):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>چه اتفاقی &amp;افتاد:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>چه &amp;خواستند:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>مدارکی که تحویل دادید</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>امضا برای:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>چه &amp;توافق شد:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>جزئیات تماس (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>هشدارها در حال حاضر بررسی نمی‌شوند. یادداشت شما با این حال به‌طور عادی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>شما رد کردید: «{reason}»</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>شما آن را انجام‌شده علامت زدید.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>یک خطای غیرمنتظره در برنامه پیش آمد ({name}). داده‌های ذخیره‌شده شما تغییری نکرده‌اند و می‌توانید به کار ادامه دهید. اگر خطا دوباره پیش آمد، دفترچه را قفل کنید و برنامه را دوباره باز کنید. لطفاً این خطا را گزارش دهید.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>این نامه چه می‌گوید (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>این نامه چه می‌گوید</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>توضیح این نامه ساخته نشد. این مشکل روی خود نامه اثری ندارد.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>نامه به زبان آلمانی است، چون به یک اداره آلمانی فرستاده می‌شود. اینجا بند به بند نوشته شده که نامه چه می‌گوید. با خط کج: آغاز هر بند، تا آن را در نامه پیدا کنید.</translation>
    </message>
    <message>
        <source>Im Brief: {text}</source>
        <translation type="vanished">در نامه: {text}</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>بعد از آن چه می‌شود</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>آیا Jobcenter نوشته است که برای «{title}» وقت بیشتری لازم دارد؟ این فقط وقتی مجاز است که این را در ماه اول به شما اطلاع دهد و دلیلش را بگوید – و آن هم حداکثر دو ماه بیشتر (Art. 12 Abs. 3 DSGVO). تاریخ جدید و دلیل را از روی نامه وارد کنید.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>آیا Jobcenter نوشته است که برای «{title}» وقت بیشتری لازم دارد؟ تاریخ جدید و دلیل را از روی نامه وارد کنید.</translation>
    </message>
    <message>
        <source>Frist verlängern</source>
        <translation>تمدید مهلت</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>&amp;تمدید</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;مهلت جدید تا:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>مهلت جدید</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>دلیل Jobcenter</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>مثلاً «نامه 12.03: درخواست‌های زیاد، پرونده در بایگانی»</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>لطفاً دلیل را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>در یادداشت، به شکل فعلی‌اش، دیگر پیدا نمی‌شود</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>اهمیت: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>از روی این‌ها شناخته شد:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;هشدارهای احتمالی&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>هشدارهای احتمالی برای این یادداشت</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>تا حالا هشداری پیدا نشده است.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>وقتی می‌نویسید، برنامه بررسی می‌کند که آیا چیزی شبیه یک مشکل حفاظت از داده‌هاست – مثلاً کپی کارت شناسایی شما، صورت‌حساب‌های بانکی بدون پوشاندن اطلاعات، یا سؤال درباره بیماری‌ها.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>1 هشدار احتمالی. هنگام ذخیره ثبت می‌شود.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>{n} هشدار احتمالی. هنگام ذخیره ثبت می‌شوند.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>قواعد هشدار تازه شده‌اند. یادداشت‌ها بررسی می‌شوند: {done} از {n} …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>همه {n} یادداشت از نظر هشدار بررسی شدند.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>کدام هشدارها نمایش داده شوند</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>هشدارهای دفترچه</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>هشدار انتخاب‌شده</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>رفتن به &amp;یادداشت</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;رد کردن …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>&amp;باز کردن دوباره</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>علامت زدن به عنوان &amp;انجام‌شده</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;نوشتن نامه …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>نامه مناسب این هشدار را بنویسید، از پیش پر شده</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>نمایش یادداشت در دفترچه</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>این هشدار درست نیست – همراه با دلیل</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>این هشدار را دوباره باز بگذارید</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>شما به آن رسیدگی کرده‌اید</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;هشدارهای دفترچه شما&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>تا حالا هشداری نیست. برنامه هر یادداشت را هنگام ذخیره بررسی می‌کند.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>هشداری با این وضعیت نیست.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>{shown} نمایش · {open} باز · {n} در کل</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>پیشنهاد: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>برای این هشدار پیشنهاد نامه‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>یادداشت: {entry} در {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>اهمیت: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>دلیل شما:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>در یادداشت، به شکل فعلی‌اش، این هشدار دیگر پیدا نمی‌شود. تصمیم شما با این حال ذخیره می‌ماند.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>این یعنی چه؟</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>از روی چه چیزی شناخته شد</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>مبنای قانونی</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>نامه‌های مناسب برای این مورد</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>ذخیره شد. هشدار را در «{status}» پیدا می‌کنید.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>راه‌اندازی</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>دفترچه ساخته می‌شود</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;بازگشت</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>&amp;ادامه ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>راه‌اندازی (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>مرحله {n} از {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;شروع کنیم ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;پایان</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>&amp;رفتن به دفترچه</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;خوش آمدید&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;دفترچه شما کجا نگهداری شود؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;رمز عبور شما&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;کد بازیابی شما&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;آیا کد را یادداشت کردید؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;درباره شما&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;اداره Jobcenter شما&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;در این رایانه به خاطر سپرده شود؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;تمام شد&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>دفترچه شما راه‌اندازی و رمزگذاری شد.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>پوشه: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>نام: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>اداره Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>به خاطر سپردن در این رایانه: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;بعد از هر قرار ملاقات، تلفن یا نامه بهتر است بلافاصله بنویسید چه اتفاقی افتاد. کد بازیابی خود را در جای امنی نگه دارید.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>لطفاً کمی صبر کنید – دفترچه شما ساخته و رمزگذاری می‌شود. این کار چند ثانیه طول می‌کشد.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>انتخاب پوشه برای دفترچه</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>انتخاب پوشه‌ای که دفترچه شما در آن است</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>در پوشه «{folder}» دفترچه‌ای نیست (فایل «{file}» وجود ندارد). لطفاً پوشه‌ای را انتخاب کنید که این فایل در آن است.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>دفترچه شما یک پوشه با فایل‌های رمزگذاری‌شده است. هر کس آن را پیدا کند، بدون رمز عبور شما نمی‌تواند چیزی از آن بخواند.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>روی این &amp;رایانه، در پوشه کاربری من (پیشنهادی)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>در یک پوشه &amp;دیگر، مثلاً روی فلش USB</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>پوشه: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>پوشه دفترچه</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>&amp;انتخاب پوشه …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>روی فلش USB دفترچه را با خود می‌برید. فلش را پیش از باز کردن برنامه وصل کنید و هر از گاهی یک نسخه پشتیبان بگیرید (در «تنظیمات») – فلش زود گم یا خراب می‌شود.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>&amp;باز کردن این دفترچه</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>روش تحویل</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>&amp;افزودن مدرک</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>&amp;حذف سطر</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>&amp;افزودن خواسته‌شده‌ها</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>همه مدارکی را که بالا علامت زدید به عنوان تحویل‌داده‌شده ثبت کنید</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>چیزی تحویل ندادید؟ پس این فهرست را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>مدارک تحویل‌داده‌شده</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>شرح برای نامه، چاپ می‌شود</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>مثلاً حساب جاری، قرارداد اجاره Musterweg 12 – یا خالی بگذارید</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>روی رسید دریافت و در نامه‌ها به Jobcenter می‌آید. اینجا فقط یک عنوان ساده و بی‌طرف برای مدرک بنویسید.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>توضیح شخصی، هرگز چاپ نمی‌شود</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>مثلاً «بدون پرسیدن با دستگاه کپی گرفتند» – فقط برای خودتان</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>فقط برای شما: در هیچ نامه و هیچ رسید دریافتی نمی‌آید. هشدارها اینجا هم پیدا می‌شوند.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>شرح برای &amp;نامه (چاپ می‌شود):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>&amp;توضیح شخصی (هرگز چاپ نمی‌شود):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;روش:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>اصل یا کپی</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>کپی یا اسکن توسط Jobcenter</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>رضایت پرسیده شد</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>رسید دریافت گرفته شد</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>اصل پس گرفته شد</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>متن‌های مدرک انتخاب‌شده</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>متن‌های سطر {row}: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>ایالت محل Jobcenter</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>شهرستان یا شهر</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>چند حرف اول را تایپ کنید</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>نوع: نهاد مشترک</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>نوع: نهاد محلی مجاز</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>پیشنهاد برای نوع</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>توضیح درباره نوع</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>نام Jobcenter</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>همان‌طور که بالای نامه‌هایش نوشته شده</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>خیابان یا صندوق پستی Jobcenter</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>کد پستی Jobcenter</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>شهر محل Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;ایالت:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;شهرستان/شهر:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>خیابان/&amp;صندوق پستی:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>کد پستی، &amp;شهر:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;پیشنهاد: نهاد مشترک (gemeinsame Einrichtung).&lt;/b&gt; در {land} همه Jobcenterها نهاد مشترک هستند.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;پیشنهاد: نهاد محلی مجاز (zugelassener kommunaler Träger).&lt;/b&gt; «{district}» در فهرست Jobcenterهایی است که شهرستان یا شهر به‌تنهایی اداره می‌کند. لطفاً این را روی یکی از نامه‌های Jobcenter بررسی کنید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;پیشنهاد: نهاد مشترک (gemeinsame Einrichtung).&lt;/b&gt; «{district}» در فهرست Jobcenterهایی که شهرستان یا شهر به‌تنهایی اداره می‌کند نیست – بیشتر Jobcenterها همین‌طورند. لطفاً این را روی یکی از نامه‌های Jobcenter بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>دو نوع Jobcenter وجود دارد. نوع Jobcenter تعیین می‌کند که برای مشکلات حفاظت از داده‌ها به کجا مراجعه کنید. شهرستان یا شهر خود را انتخاب کنید؛ برنامه نوع را پیشنهاد می‌دهد.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>نامه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>پاسخ دیر شده</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>&amp;پیش‌نمایش / چاپ</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>ذخیره به صورت &amp;PDF …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>علامت زدن به عنوان &amp;ارسال‌شده …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;پاسخ دریافت شد …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>&amp;تمدید مهلت …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>&amp;ویرایش پیش‌نویس …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>دیدن و چاپ نامه</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>ذخیره یک کپی به صورت فایل PDF</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>نامه چطور و کی فرستاده شد؛ مهلت شروع می‌شود</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>پاسخ Jobcenter رسیده است</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>اداره Jobcenter با ذکر دلیل وقت بیشتری خواسته است</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>حذف نامه از دفترچه (قبلش می‌پرسد)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>پیش‌نویس را پیش از فرستادن در راهنمای گام‌به‌گام تغییر دهید</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>نامه جدید</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>ویرایش پیش‌نویس</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;ادامه</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>کنار گذاشتن نامه (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>مبنای قانونی:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>اداره Jobcenter باید به این نامه پاسخ دهد. وقتی نامه را ارسال‌شده علامت بزنید، برنامه مهلت را حساب می‌کند و به شما یادآوری می‌کند.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>توجه کنید:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>نامه جدید: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 یادداشت</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} یادداشت</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>1 تحویل</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>{n} تحویل</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>1 هشدار</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>{n} هشدار</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>1 نامه قبلی</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>{n} نامه قبلی</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>از پیش انتخاب شده: {what}. در مرحله بعد می‌توانید آن را تغییر دهید.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>می‌توانید نشانی نهاد ناظر حفاظت از داده‌ها را خودتان هم وارد کنید.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>لطفاً نشانی نهاد ناظر حفاظت از داده‌ها را وارد کنید.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>نامه ساخته نشد. اطلاعات خود را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>موضوع: {subject}‎.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>یک صفحه.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>{n} صفحه.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>نامه {n} بار در فایل آمده است: یک نسخه را خودتان نگه دارید.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>نامه را بعد از چاپ امضا کنید.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>«پایان» نامه را در دفترچه نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>مرحله 1 از 4: کدام نامه؟</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>مرحله 2 از 4: موضوع چیست؟</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>مرحله 3 از 4: اطلاعات برای نامه</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>مرحله 4 از 4: نامه شما</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>لطفاً این موارد را هم پر کنید: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>لطفاً اول توضیح را بخوانید و آن را علامت بزنید.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;پایان</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>نامه را در دفترچه نگه می‌دارد و راهنمای گام‌به‌گام را می‌بندد. چاپ را بعداً هم می‌توانید در «نامه‌ها» انجام دهید.</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>&amp;نمایش پیش‌نمایش</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>اگر نامه را همین امروز تحویل می‌دهید یا می‌فرستید، اینجا علامت بزنید. آنگاه برنامه حساب می‌کند که Jobcenter تا چه تاریخی باید پاسخ دهد.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>اگر نامه را همین امروز تحویل می‌دهید یا می‌فرستید، اینجا علامت بزنید. وگرنه نامه پیش‌نویس می‌ماند و بعداً در «نامه‌ها» آن را به عنوان ارسال‌شده علامت می‌زنید.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>به صورت PDF در «{path}» ذخیره شد. این فایل رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید، آن را پاک کنید. با «پایان» نامه را در دفترچه هم نگه می‌دارید تا برنامه پاسخ را پیگیری کند.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>{n} صفحه به چاپگر فرستاده شد. نامه را امضا کنید. با «پایان» آن را در دفترچه نگه می‌دارید تا برنامه پاسخ را پیگیری کند.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">برنامه آنگاه حساب می‌کند که Jobcenter تا چه تاریخی باید پاسخ دهد.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>پیشنهادهای دفترچه بارگذاری نشدند.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>برنامه این نوع نامه را نمی‌شناسد. لطفاً یک نوع را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">به صورت PDF در «{path}» ذخیره شد. این فایل رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید، آن را پاک کنید. نامه را در دفترچه هم ذخیره کنید تا برنامه پاسخ را پیگیری کند.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>چاپ نامه</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">{n} صفحه به چاپگر فرستاده شد. نامه را امضا کنید. آن را اینجا در دفترچه ذخیره کنید تا برنامه پاسخ را پیگیری کند.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>دریافت‌شده در {date}</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>هنوز ارسال نشده</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>بدون مهلت</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;نامه جدید …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>نوشتن نامه به Jobcenter (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>هنوز نامه‌ای نیست. با یک نامه می‌توانید از Jobcenter مثلاً اطلاعات درباره داده‌هایتان را بخواهید، درخواست کنید کپی کارت شناسایی پاک شود، یا بخواهید تحویل مدارک را تأیید کند. برنامه نامه را برای شما آماده می‌کند؛ شما آن را چاپ می‌کنید، امضا می‌کنید و می‌فرستید. بعد از آن برنامه مهلت پاسخ را زیر نظر دارد. برای شروع: «نامه جدید …» در بالا سمت راست (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>هنوز نامه‌ای نیست</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;نامه‌های شما به Jobcenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>نامه‌های شما</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>{n} نامه</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>1 نامه</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>{n} با پاسخ دیرشده</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>&amp;نوشتن یادآوری …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>پاسخ دیر شده است: Jobcenter باید تا {date} پاسخ می‌داد.</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>پاسخ دیر شده است: شما پاسخ را تا {date} خواسته بودید.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>قدم بعدی: یک یادآوری کوتاه با مهلت نهایی دو هفته‌ای.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>به یادآوری شما هم پاسخی نیامد. قدم بعدی: شکایت به نهاد ناظر حفاظت از داده‌ها.</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>&amp;نوشتن شکایت …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>نوشتن &amp;نامه بعدی …</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>An</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation>تاریخ نامه</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>در {date}، {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>پاسخ دریافت شد</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>موعد پاسخ</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>مهلت این‌طور حساب شد</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>تمدید شد:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>یادآوری:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>نامه را چاپ کنید، امضا کنید و بفرستید. سپس آن را ارسال‌شده علامت بزنید – از آن به بعد برنامه پاسخ را زیر نظر دارد.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>در «{path}» ذخیره شد. این فایل رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید، آن را پاک کنید.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>نامه حذف شود؟</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>آیا واقعاً می‌خواهید «{title}» ({subject}) را از دفترچه حذف کنید؟ آنگاه نامه و مهلت آن از بین می‌روند. نامه‌ای را که فرستاده‌اید بهتر است نگه دارید – به عنوان مدرک.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>&amp;نگه داشتن</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>نامه حذف شد. برای برگرداندن: Strg+Z.</translation>
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
        <translation>توضیح درباره محل ذخیره</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;قفل کردن</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;یادداشت جدید …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>&amp;نامه جدید …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;حذف یادداشت …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>&amp;لغو حذف</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;دفترچه</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;صفحه‌ها</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>&amp;بزرگ‌تر کردن خط</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>&amp;کوچک‌تر کردن خط</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;اندازه عادی خط</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>&amp;این صفحه برای چیست؟</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>&amp;درباره Amtstagebuch …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>اندازه خط: {percent} %</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>این صفحه برای چیست؟</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>وضعیت ذخیره</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>&amp;ذخیره دوباره</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ ذخیره نشد: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>در حال ذخیره …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ همه‌چیز ذخیره شد</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>نسخه قدیمی‌تر باز شد</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>&amp;بازگرداندن نسخه جدیدتر</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>&amp;ادامه کار با این نسخه</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>&amp;بعداً تصمیم می‌گیرم</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>نسخه جدیدتر بازگردانده شد.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>شما با این نسخه به کار ادامه می‌دهید.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>انجام نشد</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>یادداشت حذف شود؟</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>آیا واقعاً می‌خواهید یادداشت تاریخ {date} را حذف کنید؟ فایل‌های پیوست هنگام قفل کردن یا خروج برای همیشه پاک می‌شوند. تا آن زمان می‌توانید حذف را با Strg+Z لغو کنید.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>یادداشت حذف شد. برای برگرداندن: Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>نامه بازگردانده شد.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>یادداشت بازگردانده شد.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>آخرین تغییرات شما ذخیره نشدند:
{reason}

فضای خالی درست کنید یا حافظه (مثلاً فلش USB) را دوباره وصل کنید و دوباره امتحان کنید. اگر با این حال قفل کنید، این تغییرات از بین می‌روند؛ آخرین نسخه ذخیره‌شده باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>با این حال قفل شود</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>نسخه پشتیبان بازگردانده نشد: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>نسخه پشتیبان بازگردانده شد. نسخه قبلی دفترچه شما در پوشه «sicherungen» است. اکنون قفل دفترچه را با رمز عبورِ نسخه پشتیبان باز کنید.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>رمز عبور جدید</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>تکرار رمز عبور جدید</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>&amp;نمایش رمز عبور هنگام تایپ</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>قدرت رمز عبور</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>نکته‌هایی درباره رمز عبور</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>رمز عبور &amp;جدید:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>قدرت:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>کافی است</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>هنوز کافی نیست</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>هنوز چیزی وارد نشده است.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>لطفاً برای اطمینان رمز عبور را یک بار دیگر تایپ کنید.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ هر دو یکسان هستند.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ این دو هنوز یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>نمای کلی (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>روز بخیر، {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>روز بخیر</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>دفترچه شما هنوز خالی است. بعد از قرار ملاقات، تلفن یا نامه بعدی بنویسید چه اتفاقی افتاد – بهتر است بلافاصله بعد از آن. برای این کار در منوی «دفترچه» گزینه «یادداشت جدید» هست (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>قرارهای ملاقات بعدی</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date} ساعت {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>توافق‌شده با {who}</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>قرار ملاقاتی ثبت نشده است. وقتی قرار ملاقات تازه‌ای گرفتید، آن را در یادداشت زیر «قرار ملاقات بعدی» وارد کنید.</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>آخرین یادداشت‌ها</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>با یک نگاه</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>{n} یادداشت در دفترچه</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>{n} مدرک تحویل داده شده، {m} مورد بدون رسید دریافت</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>نکته: برای هر تحویل، تأیید کتبی بگیرید. در بخش «مدارک» می‌بینید برای کدام مدارک رسید دریافت ندارید.</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>{n} نوع مدرک را Jobcenter کپی یا اسکن کرده است</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>{n} اصل مدرک هنوز پس گرفته نشده</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>هشدار بازی نیست. برنامه هر یادداشت را هنگام ذخیره بررسی می‌کند.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>1 هشدار باز ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>{n} هشدار باز ({weights})، مهم‌ترین‌ها:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>دیدن همه هشدارها</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>پاسخ از {date} دیر شده است</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>مهلت پاسخ {when}</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>نامه را باز کنید: برنامه قدم بعدی را پیشنهاد می‌دهد، اول یک یادآوری.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>پیش‌نمایش نامه</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>صفحه {n} از {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>این صفحه نمایش داده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>رمز عبور از دفترچه شما محافظت می‌کند. بهتر است یک جمله کوتاه از چهار کلمه یا بیشتر انتخاب کنید که فقط خودتان می‌دانید – مثلاً چیزی خنده‌دار که به‌راحتی در ذهن تصور می‌کنید. علامت‌های خاص لازم نیست.
رمز عبور را روی کاغذی کنار رایانه ننویسید.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>نامه: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>ذخیره به صورت &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;چاپ …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>در «{path}» ذخیره شد. این فایل رمزگذاری نشده است؛ وقتی دیگر لازمش ندارید، آن را پاک کنید.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>{n} صفحه به چاپگر فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>توضیح درباره پیش‌نمایش</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>ذخیره به صورت &amp;PDF …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>ذخیره یک کپی به صورت فایل PDF، مثلاً برای بارگذاری یا فکس</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;چاپ …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>قبلاً &amp;ارسال شده:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">&amp;ذخیره در دفترچه</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">نامه را به صورت پیش‌نویس در دفترچه نگه دارید؛ علامت ارسال را بعداً می‌توانید بزنید</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>روش ارسال</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>تاریخ ارسال</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">&amp;روش ارسال:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>&amp;در</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">ذخیره و علامت زدن به عنوان &amp;ارسال‌شده</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>خیابان و پلاک</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>مثلاً Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>مثلاً 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>محل سکونت</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>مثلاً Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>شماره مشتری</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>مثلاً 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>شماره خانوار نیازمند (Bedarfsgemeinschaft)</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>مثلاً 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>ایالت</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;خیابان، پلاک:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>&amp;کد پستی، شهر:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;ایالت:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>شماره &amp;مشتری:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>شماره &amp;BG:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>شماره مشتری (Kundennummer) و شماره BG (شماره خانوار نیازمند، Bedarfsgemeinschaft) بالای هر نامه Jobcenter نوشته شده‌اند. آنچه را نمی‌دانید، خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>این اطلاعات بعداً به عنوان فرستنده روی نامه‌های شما به Jobcenter می‌آید. همه کادرها می‌توانند خالی بمانند.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>گروه {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>&amp;چاپ برگه …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>ذخیره و چاپ برگه کد</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>&amp;کپی</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>کپی کد در حافظه موقت (کلیپ‌بورد)</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>توضیح درباره کد</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>گروه {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>برگه با نام «{path}» ذخیره شد. به محض چاپ، فایل را پاک کنید.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>کد کپی شد. حافظه موقت بعد از {seconds} ثانیه دوباره خالی می‌شود. کد را فقط در برنامه‌ای بچسبانید که به آن اعتماد دارید.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>اگر رمز عبور خود را فراموش کنید، فقط این کد دفترچه شما را باز می‌کند. این کد فقط همین حالا نمایش داده می‌شود. آن را روی کاغذ بنویسید یا برگه را چاپ کنید، و جدا از رایانه در جای امنی نگه دارید – مثل کلید خانه.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>در صفحه بعد دو گروه را از شما می‌پرسیم تا مطمئن شوید که آن را درست نوشته‌اید. در این کد عدد صفر و حرف O، و عدد یک و حرف I وجود ندارند.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>علامت زدن به عنوان ارسال‌شده</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>«{title}» را چطور و در چه تاریخی فرستادید یا تحویل دادید؟ برنامه مهلت پاسخ را از همین روز حساب می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>&amp;علامت زدن</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>روش ارسال</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;روش:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>تاریخ ارسال</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>مدرک ارسال را نگه دارید: رسید پست سفارشی (Rückschein)، گزارش ارسال فکس، مهر ورودی یا تأیید بارگذاری.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>مشخصات: توضیح</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>اداره Jobcenter: توضیح</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>&amp;تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>رمز عبور: توضیح</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>&amp;ساختن کد بازیابی جدید …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>کد بازیابی: توضیح</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>&amp;به خاطر سپردن در این رایانه (باز کردن بدون رمز عبور)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>به خاطر سپردن در این رایانه</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>چرا این کار اینجا ممکن نیست</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>به خاطر سپردن در این رایانه: توضیح</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>قفل خودکار پس از چند دقیقه بدون استفاده</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>&amp;ساختن نسخه پشتیبان همین حالا …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;بازگرداندن نسخه پشتیبان …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>نسخه پشتیبان: توضیح</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>لطفاً صبر کنید</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;تنظیمات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>تنظیمات (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>تغییر رمز عبور</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>برای این کار به رمز عبور قبلی نیاز ندارید، چون دفترچه الان باز است. کد بازیابی شما معتبر می‌ماند.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>کد خود را گم کرده‌اید، یا ممکن است کسی آن را بداند؟ پس یک کد جدید بسازید. پس از آن کد قبلی دیگر معتبر نیست.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>توجه: در این صورت هر کسی که با حساب کاربری شما وارد این رایانه شود، می‌تواند دفترچه شما را باز کند. این گزینه را فقط وقتی روشن کنید که هیچ‌کس دیگری با حساب شما از این رایانه استفاده نمی‌کند.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>&amp;قفل خودکار پس از</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>بدون استفاده</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>قفل خودکار</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>نسخه پشتیبان فایلی است که کل دفترچه شما در آن است، رمزگذاری‌شده مانند خود دفترچه. هر از گاهی آن را روی یک فلش USB ذخیره کنید و فلش را جدا از رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>&amp;اندازه خط</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>زبان و خط</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>در منوی صفحه‌ها هم هست: Strg و + (بزرگ‌تر)، Strg و − (کوچک‌تر).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>جاکلیدی سیستم (Schlüsselbund) در این رایانه دیگر کلید به‌خاطرسپرده‌شده را ندارد. به همین دلیل «به خاطر سپردن در این رایانه» خاموش است؛ می‌توانید آن را دوباره روشن کنید.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>دفترچه دوباره رمزگذاری می‌شود</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ مشخصات ذخیره شد (این کار خودکار انجام می‌شود).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ اطلاعات Jobcenter ذخیره شد (این کار خودکار انجام می‌شود).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>لطفاً کمی صبر کنید – رمز عبور جدید تنظیم می‌شود و دفترچه شما با یک کلید جدید رمزگذاری می‌شود …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>رمز عبور تغییر نکرد: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ رمز عبور تغییر کرد. از این پس دفترچه را با رمز عبور جدید باز می‌کنید.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>چون دفترچه شما از یک نسخه قدیمی برنامه است، یک کد بازیابی جدید هم ساخته شد (پایین)؛ کد قبلی دیگر معتبر نیست.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>کد بازیابی جدید ساخته شود؟</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>پس از آن کد فعلی شما دیگر معتبر نیست. کد جدید فقط یک بار نمایش داده می‌شود: کاغذ و قلم آماده کنید یا برگه را چاپ کنید.

همین حالا کد جدید ساخته شود؟</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>لطفاً کمی صبر کنید – کد جدید تنظیم می‌شود و دفترچه شما با یک کلید جدید رمزگذاری می‌شود …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>کد بازیابی جدید شما در بالا است. این کد فقط همین حالا نمایش داده می‌شود – آن را بنویسید یا برگه را چاپ کنید. کد قبلی دیگر معتبر نیست.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ این رایانه دفترچه شما را به خاطر می‌سپارد.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ این رایانه دیگر دفترچه شما را به خاطر نمی‌سپارد.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>ذخیره نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>نسخه‌های پشتیبان Amtstagebuch (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>لطفاً کمی صبر کنید – نسخه پشتیبان نوشته می‌شود …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>1 پیوست</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>{n} پیوست</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ نسخه پشتیبان ذخیره شد: {path} ({size}، {attachments}). این نسخه رمزگذاری شده است و با رمز عبور فعلی شما باز می‌شود. آن را جدا از رایانه نگه دارید.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>نسخه پشتیبان بازگردانده شود؟</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>با بازگرداندن، دفترچه فعلی شما با محتوای نسخه پشتیبان جایگزین می‌شود. برای این کار دفترچه اول قفل می‌شود. نسخه فعلی شما از بین نمی‌رود: به صورت یک فایل در پوشه «sicherungen» باقی می‌ماند.

پس از آن دفترچه را با رمز عبوری باز می‌کنید که هنگام ساختن نسخه پشتیبان معتبر بود.

یک نسخه پشتیبان انتخاب شود؟</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>انتخاب نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>نسخه‌های پشتیبان Amtstagebuch (*.amtbak *.amtb);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>رمز عبور نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>نسخه پشتیبان با کدام رمز عبور ساخته شد؟
اگر از آن زمان رمز عبور را تغییر نداده‌اید، همان رمز فعلی شماست.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>لطفاً کمی صبر کنید – نسخه پشتیبان بررسی می‌شود …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>نسخه پشتیبان بازگردانده نشد: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>نسخه پشتیبان سالم است.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>بله، همیشه</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>نه، هرگز</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r} بار از {n} بار</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>بله، {n} بار</translation>
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
        <translation>اندازه خط</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>کدام نامه را می‌خواهید بنویسید؟ برنامه آن را با اطلاعات شما آماده می‌کند. پیش از چاپ آن را می‌بینید و هر وقت بخواهید می‌توانید به عقب برگردید.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>انواع نامه</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;نوع نامه:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>درباره این نامه</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>درباره این نامه (ناحیه پیمایش)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (پیشنهادی)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>باز کردن قفل دفترچه</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;باز کردن قفل دفترچه&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>با &amp;رمز عبور من</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>با &amp;کد بازیابی</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>در حال باز کردن قفل</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>&amp;باز کردن بدون رمز (به‌خاطرسپرده در این رایانه)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>باز کردن بدون رمز عبور</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>باز کردن &amp;آخرین نسخه پشتیبان سالم</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>دفترچه در پوشه: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>لطفاً اول کد بازیابی خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>لطفاً اول رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>لطفاً کمی صبر کنید – قفل دفترچه باز می‌شود …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>کلیدی که در این رایانه به خاطر سپرده شده بود دیگر درست نیست. لطفاً رمز عبور خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>نسخه پشتیبان باز شد. فایل آسیب‌دیده در «sicherungen» است.</translation>
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
        <translation>برنامه Amtstagebuch به شما کمک می‌کند هر تماس با Jobcenter را ثبت کنید: قرارهای ملاقات، تلفن‌ها، نامه‌ها و اینکه چه مدارکی تحویل داده‌اید. همه‌چیز رمزگذاری‌شده روی رایانه شما می‌ماند؛ برنامه هرگز به اینترنت وصل نمی‌شود.

راه‌اندازی حدود سه دقیقه طول می‌کشد. لطفاً این‌ها را آماده کنید:
• یک برگه کاغذ و یک قلم (برای کد بازیابی)،
• یک نامه از Jobcenter (برای شماره مشتری و نشانی).

هر مرحله را بعداً می‌توانید در «تنظیمات» تغییر دهید.</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>توضیح درباره پوشه قبلی</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>دفترچه شما آخرین بار در پوشه «{folder}» بود. الان آنجا پیدا نمی‌شود. آیا روی فلش USB است؟ پس آن را وصل کنید و «باز کردن دفترچه موجود …» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;باز کردن دفترچه موجود …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>باز کردن یک دفترچه موجود، مثلاً روی فلش USB</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>از قبل دفترچه دارید؟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>بخش‌ها</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>نهاد مشترک (با اداره فدرال کار)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>نهاد محلی مجاز (فقط شهرستان یا شهر)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– لطفاً انتخاب کنید –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>ذخیره برگه کد بازیابی</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>برگه ذخیره شد</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>برگه ذخیره شد:
{path}

همین حالا برای چاپ باز شود؟

مهم: به محض چاپ برگه، فایل را پاک کنید. هر کس این فایل را پیدا کند، می‌تواند با کد دفترچه شما را باز کند.</translation>
    </message>
</context>
</TS>
