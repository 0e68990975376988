<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>Про Amtstagebuch</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версія {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>Ліцензія: GNU General Public License, версія 3 або пізніша ({spdx}). Ви можете безкоштовно користуватися Amtstagebuch, передавати його іншим і змінювати. Хто передає програму (також змінену), повинен надати ті самі права та вихідний код. Жодних гарантій немає.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>Складові частини</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>Складова</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>Включені &amp;складові та їхні ліцензії:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Текст ліцензії</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>Ліцензія: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>Текст ліцензії відсутній у цьому пакеті програми.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>Відповідь отримано</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>Якого дня Ви отримали відповідь на «{title}»? Найкраще додайте відповідь до щоденника як запис із вкладенням.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>&amp;Дата отримання:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>Дата отримання відповіді</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>Вкладення запису</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · додано {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>Перегляд вкладення</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ &amp;Попередня сторінка</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>&amp;Наступна сторінка ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>Перегляд: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>«{name}» пошкоджено, його неможливо відкрити. Зашифрований файл було змінено, або він неповний. Інші Ваші записи та вкладення це не зачіпає.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>«{name}» неможливо показати: файл пошкоджений, неповний або захищений. Через «Зберегти як …» Ви можете зберегти копію та відкрити її в іншій програмі.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>Сторінку {page} неможливо показати.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>Сторінка {page} з {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>Примітка щодо вкладень</translation>
    </message>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>&amp;Додати файл …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>Додати файл</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>Додати до цього запису фото, скан або PDF-файл (у зашифрованому вигляді)</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>Показати вкладення</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>З&amp;берегти як …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>Зберегти вкладення без шифрування як</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Видалити …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>Видалити вкладення</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>&amp;Скасувати видалення</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>Скасувати видалення вкладення</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>Виберіть запис, щоб побачити його вкладення.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>Вкладення ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>Ще немає. Перетягніть сюди фото, скани або PDF-файли або виберіть «Додати файл …». Усе зберігається в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>Інші файли просто перетягніть сюди.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Фото, скани та PDF-файли (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>«{name}» додано в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>Додано файлів у зашифрованому вигляді: {n}.</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>Відпустіть, щоб додати файли в зашифрованому вигляді.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>Зберегти вкладення без шифрування</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>«{name}» збережено як «{path}». Ця копія не зашифрована; видаліть її, коли вона Вам більше не потрібна.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>Видалити вкладення?</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>Справді видалити «{name}» з цього запису? Доки Ви не заблокуєте щоденник або не закриєте програму, це можна скасувати кнопкою «Скасувати видалення».</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>«{name}» видалено.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>«{name}» відновлено.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Termin</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Візит додому</translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation>Онлайн-портал</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation>передано особисто</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>у поштову скриньку</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>поштою</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>рекомендованим листом</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>факсом</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>завантажено</translation>
    </message>
    <message>
        <source>Foto (JPEG)</source>
        <translation>Фото (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>Зображення (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>PDF-документ</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>Зображення JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файли (*.pdf)</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>Уперше передано</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>Востаннє передано</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>Скільки разів</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Підтвердження отримання</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>Скопійовано/відскановано</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>вкинуто в поштову скриньку</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>надіслано поштою</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>надіслано рекомендованим листом</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>надіслано факсом</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>завантажено в онлайн-портал</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Копія</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>скопійовано</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>відскановано</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>і те, і те</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>не знаю</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>Який документ?</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>Оригінал?</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>Ви передали оригінал чи копію?</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>Скопійовано?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>Jobcenter скопіював документ, відсканував чи і те, і те?</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>Запитали?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>Чи запитав Вас Jobcenter, чи згодні Ви на копіювання?</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>Підтверджено?</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>Ви отримали підтвердження отримання?</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>Повернуто?</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>Чи повернули Вам оригінал?</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Співрозмовник</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>відновлено</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>дуже важливо</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>важливо</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>до уваги</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>Вимагати видалення</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Відкликати згоду</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>Вимагати інформацію про мої дані</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>Скарга до органу нагляду за захистом даних</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>Супровідний лист до виписок з рахунку</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>Супровідна записка до медичних документів у закритому конверті</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>Заперечення проти обробки моїх даних</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>Список документів із підтвердженням отримання</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>Пам&apos;ятка для зустрічі із супровідною особою</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>Про що домовилися</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>Що вимагали</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>Підпис для</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>Дані про зустріч</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Передані документи</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>Дані про контакт</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Відхилені</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Виконані</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Нд</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>Зберегти лист як PDF</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>Є відповідь</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ Відповідь прострочена</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ Прострочено</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>Щоденник</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>Огляд показує все одразу: Ваші найближчі зустрічі, відкриті попередження (найважливіші спочатку), листи, на які Ви чекаєте відповіді, та останні записи. Клацніть на посилання, щоб перейти до потрібного місця.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>У щоденнику записано кожен контакт із Jobcenter: зустрічі, дзвінки, листи, електронні листи. Новий запис створюється клавішами Strg+N. Найкраще записуйте одразу після зустрічі, що Вам сказали і що від Вас вимагали.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>У розділі «Документи» Ви бачите кожен папір, який Ви передали, і чи є у Вас підтвердження отримання (Eingangsbestätigung). Якщо його немає, програма може скласти список, на якому Jobcenter поставить печатку.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>Попередження – це місця у Ваших записах, де, можливо, порушено захист даних, наприклад копія посвідчення особи без Вашої згоди. Кожне попередження показує слова, за якими його виявлено, і що Ви можете зробити. Якщо попередження не відповідає дійсності, відхиліть його з коротким поясненням.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>У розділі «Листи» Ви пишете листи до Jobcenter або до органу нагляду за захистом даних (Datenschutzaufsicht), наприклад запит інформації про Ваші дані, і бачите, до якого строку має прийти відповідь.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>У налаштуваннях Ви змінюєте свої дані та дані Вашого Jobcenter, парольну фразу й резервну копію. Тут також можна вказати, через скільки хвилин щоденник блокується автоматично.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>Ваш щоденник зашифровано. Введіть парольну фразу, щоб відкрити його. Якщо Ви забули парольну фразу, виберіть «за допомогою коду відновлення» і введіть код зі свого аркуша для надзвичайних випадків (Notfallblatt).</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>Під час початкового налаштування створюється Ваш зашифрований щоденник: місце, де він зберігається, Ваша парольна фраза і код відновлення на випадок надзвичайної ситуації. Ніщо з цього не залишає Ваш комп&apos;ютер.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>Будь ласка, введіть дві групи зі свого аркуша (не з екрана). Великі й малі літери та пробіли не мають значення.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>Група &amp;{n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>Група {n} коду</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>Про що цей лист? Позначте те, що стосується справи, – тоді в листі будуть дати та подробиці. Цей крок можна пропустити.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>&amp;Записи в щоденнику</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>&amp;Передані документи</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>П&amp;опередження</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>Попередні &amp;листи</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>У щоденнику ще немає записів.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>Передачі документів ще не записано.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>Попереджень немає.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>Попередніх листів ще немає.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>Питання (область прокручування)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>№ {n} (старіший)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>Важлива примітка</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>Я &amp;прочитав(-ла) примітку</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;Запропоновано з Вашого щоденника.&lt;/b&gt; Речення в полях нижче потраплять у лист саме так. Прочитайте кожне речення, змініть або видаліть те, чого в листі не повинно бути. Ваші особисті нотатки в щоденнику ніколи не потрапляють у лист.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>Примітка: це буде в листі</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>Адреса одержувача</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;Адреса (один рядок – один рядок адреси):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>Поля, позначені *, обов&apos;язкові.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>Дані для листа (область прокручування)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>Для цього листа більше нічого вводити не потрібно.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>Введіть, що має бути в листі. Пишіть так, як Ви сказали б це усно.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>Спершу прочитайте</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>Один пункт на рядок</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– не вказано –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>Ви можете дозволити відкривати щоденник на цьому комп&apos;ютері без введення парольної фрази щоразу.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>&amp;Запам&apos;ятати на цьому ПК</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Запам&apos;ятати на цьому ПК</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>Увага: тоді кожен, хто увійшов на цьому комп&apos;ютері під Вашим обліковим записом, зможе відкрити Ваш щоденник. Вмикайте це, лише якщо ніхто інший не користується цим комп&apos;ютером під Вашим обліковим записом. Ваша парольна фраза та код відновлення й далі діють. Ви можете будь-коли вимкнути це в «Налаштуваннях».</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Чому це тут неможливо</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>Вибраний запис</translation>
    </message>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>Пошук у всіх нотатках … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Вид контакту</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;від</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>Новий &amp;запис …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>Написати протокол з пам&apos;яті (Strg+N)</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>Записи в щоденнику</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>Виберіть запис ліворуч, щоб прочитати його тут.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>Записів ще немає. Кнопкою «Новий запис» (Strg+N) Ви записуєте, що сталося в Jobcenter.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>Записів ще немає. Після наступного контакту з Jobcenter створіть запис (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 запис</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>Записів: {n}</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} з {n} записів</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel}: {date} о {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Співрозмовник</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>Супровід (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Домовлено</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>Версія {n}: {action} {date} о {time}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>Відхилити попередження</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>«{title}» не відповідає дійсності? Коротко напишіть чому, наприклад «Я сам(-а) погодився(-лася)» або «Це малося на увазі інакше». Пояснення залишиться при попередженні.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Пояснення:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>Будь ласка, введіть пояснення.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>Огляд переданих документів</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>Усі передачі</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>&amp;Надрукувати підтвердження отримання …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>Список документів цієї передачі з полем для печатки й підпису, у двох примірниках</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>Виберіть передачу, щоб надрукувати підтвердження отримання.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>Передача / документ</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Оригінал чи копія</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Що Jobcenter має від мене – з якого часу, з підтвердженням отримання?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Підтвердження отримання</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>Jobcenter скопіював</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>Особиста нотатка (ніколи не друкується)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Копія</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>так</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>Передач ще немає. Записуйте, які документи Ви передаєте, – найкраще з підтвердженням отримання (Eingangsbestätigung).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>Підсумок</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>Протокол з пам&apos;яті</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Редагувати запис</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Вид контакту</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>Хто був присутній</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>Що від Вас вимагали</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>Документи, які вимагали</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>Про що домовилися</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>Що сталося (Ваші нотатки)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>напр. пані К. (відділ працевлаштування)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>Ім&apos;я супровідної особи, якщо хтось був із Вами</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>Що Ви мали зробити або подати?</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>Jobcenter щось скопіював, відсканував або сфотографував</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>Я мав(-ла) щось підписати або дати згоду</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>Що саме?</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>Мені сказали, що без згоди не буде грошей</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>Наступна зустріч:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>Опишіть своїми словами, що сталося, – якомога точніше.</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>Д&amp;е:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>&amp;Хто був присутній:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;Супровід (§ 13 SGB X):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>Що &amp;сталося:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>&amp;Що вимагали:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>Документи, які Ви передали</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>Підпис для:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>Про що до&amp;мовилися:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>Дані про контакт (область прокручування)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>Зараз неможливо перевірити попередження. Ваш запис все одно буде збережено як звичайно.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>Відхилено Вами: «{reason}»</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>Позначено Вами як виконане.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>У програмі сталася неочікувана помилка ({name}). Ваші збережені дані не змінилися, і Ви можете працювати далі. Якщо помилка повториться, заблокуйте щоденник і перезапустіть програму. Будь ласка, повідомте про цю помилку.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Неочікувана помилка</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>Що каже цей лист (область прокручування)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>Що каже цей лист</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>Не вдалося створити пояснення до цього листа. На сам лист це не впливає.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>Лист написано німецькою, бо він іде до німецького органу влади. Тут абзац за абзацом пояснено, що в ньому сказано. Курсивом: початок абзацу, щоб Ви знайшли його в листі.</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>Що буде далі</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter написав, що йому потрібно більше часу для «{title}»? Це дозволено, лише якщо він повідомить Вас про це протягом першого місяця й пояснить причину – тоді щонайбільше ще на два місяці (Art. 12 Abs. 3 DSGVO). Введіть нову дату й обґрунтування з листа.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter написав, що йому потрібно більше часу для «{title}»? Введіть нову дату й обґрунтування з листа.</translation>
    </message>
    <message>
        <source>Frist verlängern</source>
        <translation>Продовжити строк</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;Новий строк до:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>Новий строк</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>Обґрунтування Jobcenter</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>напр. «Лист від 12.03.: багато запитів, справа в архіві»</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Обґрунтування:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>Будь ласка, введіть обґрунтування.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>У записі в теперішньому вигляді більше не виявлено</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Важливість: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>Ознаки:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;Можливі попередження&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>Можливі попередження до цього запису</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>Попереджень поки не виявлено.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>Поки Ви пишете, програма перевіряє, чи щось схоже на проблему із захистом даних, наприклад копія Вашого посвідчення особи, незачорнені виписки з рахунку або питання про хвороби.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>1 можливе попередження. Його буде відзначено під час збереження.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>Можливих попереджень: {n}. Їх буде відзначено під час збереження.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>Правила для попереджень оновлено. Записи перевіряються: {done} з {n} …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>Усі записи ({n}) перевірено на попередження.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>Які попередження показувати</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>Попередження в щоденнику</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>Вибране попередження</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>До &amp;запису</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;Відхилити …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>Знову від&amp;крити</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>Позначити як в&amp;иконане</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>Написати &amp;лист …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>Написати відповідний лист до цього попередження, уже заповнений</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>Показати запис у щоденнику</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>Це попередження не відповідає дійсності – з поясненням</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>Знову вважати попередження відкритим</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>Ви вже цим зайнялися</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Попередження у Вашому щоденнику&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Попереджень поки немає. Програма перевіряє кожен запис, коли Ви його зберігаєте.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>Немає попереджень із цим статусом.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>показано: {shown} · відкритих: {open} · усього: {n}</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>Пропозиція: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>Для цього попередження немає запропонованого листа.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>Запис: {entry} від {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Важливість: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>Ваше пояснення:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>У записі в теперішньому вигляді це попередження більше не виявляється. Ваше рішення все одно збережено.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>Що це означає?</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>За якими ознаками виявлено</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Правова підстава</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>Відповідні листи</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>Збережено. Попередження знаходиться в розділі «{status}».</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>Початкове налаштування</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>Щоденник створюється</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>&amp;Далі ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>Початкове налаштування (область прокручування)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;Почнімо ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>До &amp;щоденника</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ласкаво просимо&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Де зберігати Ваш щоденник?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваша парольна фраза&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваш код відновлення&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ви записали код?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Про Вас&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваш Jobcenter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Запам&apos;ятати на цьому ПК?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Готово&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>Ваш щоденник налаштовано й зашифровано.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Ім&apos;я: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>Запам&apos;ятати на цьому ПК: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>так</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Після зустрічі, дзвінка чи листа найкраще одразу запишіть, що сталося. Зберігайте код відновлення в надійному місці.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>Зачекайте, будь ласка, – Ваш щоденник створюється й шифрується. Це триває кілька секунд.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>Виберіть папку для щоденника</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>Виберіть папку з Вашим щоденником</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>У папці «{folder}» немає щоденника (бракує файлу «{file}»). Будь ласка, виберіть папку, у якій є цей файл.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>Ваш щоденник – це папка із зашифрованими файлами. Хто її знайде, без Вашої парольної фрази нічого в ній не прочитає.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>На цьому &amp;комп&apos;ютері, у моїй папці користувача (рекомендовано)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>В &amp;іншій папці, наприклад на USB-флешці</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>Папка для щоденника</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>&amp;Вибрати папку …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>На USB-флешці Ви можете носити щоденник із собою. Вставляйте флешку перед запуском програми й час від часу робіть резервну копію (у «Налаштуваннях») – флешку легко загубити або пошкодити.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>Відкрити &amp;цей щоденник</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>Як передано</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>&amp;Додати документ</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>Видалити &amp;рядок</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>Додати в&amp;имагані</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>Записати всі позначені вище документи як передані</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>Нічого не передавали? Тоді просто залиште цей список порожнім.</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Передані документи</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>Опис для листа, друкується</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>напр. поточний рахунок, договір оренди Musterweg 12 – або залиште порожнім</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>З&apos;являється на підтвердженні отримання та в листах до Jobcenter. Пишіть тут лише нейтральну назву документа.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>Особиста нотатка, ніколи не друкується</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>напр. «скопіювали на ксероксі, не запитавши» – лише для Вас</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>Лише для Вас: не з&apos;являється в жодному листі й на жодному підтвердженні отримання. Попередження виявляються і тут.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>Опис для &amp;листа (друкується):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>&amp;Особиста нотатка (ніколи не друкується):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Як:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Оригінал чи копія</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>Jobcenter скопіював або відсканував</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>Згоду запитано</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>Отримано підтвердження отримання</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>Оригінал повернуто</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>Тексти до вибраного документа</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>Тексти до рядка {row}: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>Федеральна земля Jobcenter</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>Район або місто</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>Введіть перші літери</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>Вид: спільна установа</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>Вид: уповноважений комунальний орган</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>Пропозиція щодо виду</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>Примітка щодо виду</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>Назва Jobcenter</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>так, як угорі на його листах</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>Вулиця або абонентська скринька (Postfach) Jobcenter</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>Поштовий індекс Jobcenter</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>Місто Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Федеральна земля:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;Район/місто:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>Вулиця/&amp;Postfach:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>Індекс, &amp;місто:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;Пропозиція: спільна установа (gemeinsame Einrichtung).&lt;/b&gt; У землі {land} усі Jobcenter є спільними установами.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Пропозиція: уповноважений комунальний орган (zugelassener kommunaler Träger).&lt;/b&gt; «{district}» є в списку Jobcenter, якими район або місто керує самостійно. Будь ласка, перевірте це за листом від Jobcenter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Пропозиція: спільна установа (gemeinsame Einrichtung).&lt;/b&gt; «{district}» немає в списку Jobcenter, якими район або місто керує самостійно, – так у більшості Jobcenter. Будь ласка, перевірте це за листом від Jobcenter.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>Є два види Jobcenter. Від виду залежить, куди Ви звертаєтеся в разі проблем із захистом даних. Виберіть свій район або місто; програма запропонує вид.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>Вибраний лист</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>Відповідь прострочена</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>&amp;Перегляд / друк</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Зберегти як &amp;PDF …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>Позначити як на&amp;дісланий …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;Відповідь отримано …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>Продовжити &amp;строк …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>Редагувати &amp;чернетку …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>Переглянути й надрукувати лист</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>Зберегти копію як PDF-файл</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>Як і коли лист надіслано; починається строк</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>Jobcenter відповів</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>Jobcenter з обґрунтуванням попросив більше часу</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>Видалити лист зі щоденника (спершу запитає)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>Змінити чернетку в помічнику, перш ніж надіслати</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>Новий лист</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>Редагувати чернетку</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>Відкинути лист (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>Правова підстава:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>Jobcenter повинен на це відповісти. Коли Ви позначите лист як надісланий, програма обчислить строк і нагадає Вам.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>Зверніть увагу:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>Новий лист: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 запис</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>Записів: {n}</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>1 передача</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>Передач: {n}</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>1 попередження</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>Попереджень: {n}</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>1 попередній лист</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>Попередніх листів: {n}</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>Уже вибрано: {what}. На наступному кроці це можна змінити.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>Ви можете також самі ввести адресу органу нагляду за захистом даних.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>Будь ласка, введіть адресу органу нагляду за захистом даних.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>Не вдалося створити лист. Перевірте свої дані й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>Тема: {subject}.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>Одна сторінка.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>Сторінок: {n}.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>Примірників листа у файлі: {n}. Один примірник залишається у Вас.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>Після друку підпишіть лист.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>Кнопка «Готово» зберігає його в щоденнику.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>Крок 1 з 4: Який лист?</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>Крок 2 з 4: Про що йдеться?</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>Крок 3 з 4: Дані для листа</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>Крок 4 з 4: Ваш лист</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>Будь ласка, заповніть ще: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>Будь ласка, спершу прочитайте примітку й поставте позначку.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>Зберегти лист у щоденнику й закрити помічника. Надрукувати його можна й пізніше в розділі «Листи».</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>&amp;Показати перегляд</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>Позначте, якщо Ви вже сьогодні передаєте або надсилаєте лист. Тоді програма обчислить, до якого дня Jobcenter повинен відповісти.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>Позначте, якщо Ви вже сьогодні передаєте або надсилаєте лист. Інакше він залишиться чернеткою, і пізніше Ви позначите його як надісланий у розділі «Листи».</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>Збережено як PDF: «{path}». Цей файл не зашифровано; видаліть його, коли він Вам більше не потрібен. Кнопкою «Готово» Ви також збережете лист у щоденнику, щоб програма стежила за відповіддю.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>Сторінок надіслано на принтер: {n}. Підпишіть лист. Кнопкою «Готово» Ви збережете його в щоденнику, щоб програма стежила за відповіддю.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">Тоді програма обчислить, до якого строку Jobcenter повинен відповісти.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>Не вдалося завантажити пропозиції зі щоденника.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>Програма не знає цього виду листа. Будь ласка, виберіть один зі списку.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">Збережено як PDF у «{path}». Цей файл не зашифровано; видаліть його, коли він Вам більше не потрібен. Збережіть лист також у щоденнику, щоб програма пам&apos;ятала про відповідь.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>Надрукувати лист</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">Надіслано на принтер сторінок: {n}. Підпишіть лист. Збережіть його тут, у щоденнику, щоб програма пам&apos;ятала про відповідь.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>отримано {date}</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>ще не надіслано</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>без строку</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;Новий лист …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>Написати лист до Jobcenter (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>Листів ще немає. Листом Ви можете, наприклад, вимагати від Jobcenter інформацію про Ваші дані, видалення копії посвідчення особи або підтвердження того, що Ви передали документи. Програма складе лист за Вас; Ви його роздруковуєте, підписуєте й надсилаєте. Потім програма стежить за строком відповіді. Щоб почати: «Новий лист …» угорі праворуч (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>Листів ще немає</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ваші листи до Jobcenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>Ваші листи</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>Листів: {n}</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>1 лист</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>з простроченою відповіддю: {n}</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>Написати на&amp;гадування …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>Відповідь прострочена: Jobcenter мав відповісти до {date}.</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>Відповідь прострочена: Ви просили відповісти до {date}.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>Наступний крок: коротке нагадування з останнім строком у два тижні.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>На Ваше нагадування також не надійшло відповіді. Наступний крок: скарга до органу нагляду за захистом даних.</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>Написати с&amp;каргу …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>Написати наступний &amp;лист …</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>An</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation>Дата листа</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>{date}, {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>ще ні</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>Відповідь отримано</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>Строк відповіді</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>Як обчислено строк</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>Продовжено:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>Нагадування:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>Надрукуйте лист, підпишіть і надішліть його. Потім позначте його як надісланий – відтоді програма стежить за відповіддю.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Збережено як «{path}». Цей файл не зашифровано; видаліть його, коли він Вам більше не потрібен.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>Видалити лист?</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>Справді видалити «{title}» ({subject}) зі щоденника? Лист і його строк зникнуть. Лист, який Ви вже надіслали, краще залишити – як доказ.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>&amp;Залишити</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Лист видалено. Скасувати: Strg+Z.</translation>
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
        <translation>Примітка щодо місця збереження</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;Новий запис …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>Новий &amp;лист …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;Видалити запис …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>&amp;Скасувати видалення</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;Щоденник</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>Шрифт &amp;більший</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>Шрифт &amp;менший</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;Звичайний розмір шрифту</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>&amp;Для чого цей розділ?</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>&amp;Про Amtstagebuch …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>Розмір шрифту: {percent} %</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>Для чого цей розділ?</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>&amp;Зберегти ще раз</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Зберігається …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ Усе збережено</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>Відкрито старішу версію</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>&amp;Відновити новішу версію</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>&amp;Працювати далі з цією версією</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>Вирішити &amp;пізніше</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>Новішу версію відновлено.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>Ви працюєте далі з цією версією.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>Не вдалося</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>Видалити запис?</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>Справді видалити запис від {date}? Вкладені файли буде остаточно знищено під час блокування або виходу з програми. До того часу видалення можна скасувати клавішами Strg+Z.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Запис видалено. Скасувати: Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>Лист відновлено.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>Запис відновлено.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>Не вдалося зберегти Ваші останні зміни:
{reason}

Звільніть місце або знову вставте носій даних і спробуйте ще раз. Якщо Ви все одно заблокуєте щоденник, ці зміни буде втрачено; остання збережена версія залишиться.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>Все одно заблокувати</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Резервну копію не відновлено: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>Резервну копію відновлено. Ваша попередня версія лежить у папці «sicherungen». Тепер розблокуйте щоденник парольною фразою резервної копії.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Повторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>Показувати парольну фразу під час &amp;введення</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>Поради щодо парольної фрази</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>П&amp;овторіть:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>Надійність:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>достатньо</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>ще недостатньо</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>Ще нічого не введено.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>Будь ласка, для надійності введіть парольну фразу ще раз.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ Обидва введення збігаються.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ Обидва введення ще не збігаються.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>Огляд (область прокручування)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>Добрий день, {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>Добрий день</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>Ваш щоденник ще порожній. Після наступної зустрічі, дзвінка чи листа запишіть, що сталося, – найкраще одразу. Для цього в меню «Щоденник» є пункт «Новий запис» (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>Найближчі зустрічі</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date} о {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>домовлено з {who}</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>Жодної зустрічі не заплановано. Коли Вам призначать нову зустріч, внесіть її в записі в полі «Наступна зустріч».</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>Останні записи</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>Записів у щоденнику: {n}</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>Передано документів: {n}, з них без підтвердження отримання: {m}</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>Порада: просіть письмово підтверджувати кожну передачу. У розділі «Документи» видно, для чого Вам бракує підтвердження отримання.</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>Видів документів, які Jobcenter скопіював або відсканував: {n}</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>Оригіналів ще не повернуто: {n}</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Відкритих попереджень немає. Програма перевіряє кожен запис, коли Ви його зберігаєте.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>1 відкрите попередження ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>Відкритих попереджень: {n} ({weights}), найважливіші:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>Переглянути всі попередження</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>Відповідь прострочена з {date}</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>Відповідь має надійти {when}</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>Відкрийте лист: програма запропонує наступний крок, спершу нагадування.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>Перегляд листа</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>Сторінка {n} з {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>Цю сторінку неможливо показати.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>Парольна фраза захищає Ваш щоденник. Найкраще візьміть коротке речення з чотирьох або більше слів, яке знаєте лише Ви, – наприклад щось смішне, що Ви легко можете уявити. Спеціальні символи не потрібні.
Не записуйте парольну фразу на папірці біля комп&apos;ютера.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>Лист: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Зберегти як &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Друк …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Збережено як «{path}». Цей файл не зашифровано; видаліть його, коли він Вам більше не потрібен.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>Надіслано на принтер сторінок: {n}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>Примітка щодо перегляду</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Зберегти як &amp;PDF …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>Зберегти копію як PDF-файл, напр. щоб завантажити її або надіслати факсом</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Друк …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>&amp;Вже надіслано:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">&amp;Зберегти в щоденнику</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">Зберегти лист як чернетку в щоденнику; позначити як надісланий можна пізніше</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>Як надіслано</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">&amp;Спосіб надсилання:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>&amp;коли</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">Зберегти й &amp;позначити як надісланий</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>Ім&apos;я та прізвище</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Вулиця й номер будинку</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>напр. Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>напр. 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>Місто проживання</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>напр. Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>напр. 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>Номер спільноти потреб</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>напр. 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>Федеральна земля</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;Вулиця, №:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>Індекс, &amp;місто:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Федеральна земля:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>Номер &amp;клієнта:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>Номер &amp;BG:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>Номер клієнта (Kundennummer) і номер BG (номер спільноти потреб, Bedarfsgemeinschaft) є вгорі на кожному листі від Jobcenter. Чого Ви не знаєте, просто залиште порожнім.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>Ці дані пізніше будуть указані як відправник у Ваших листах до Jobcenter. Усі поля можна залишити порожніми.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>Група {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>&amp;Надрукувати аркуш …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>Зберегти й надрукувати аркуш із кодом</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>Скопіювати код у буфер обміну</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>Примітка щодо коду</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>Група {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>Аркуш збережено як «{path}». Видаліть файл, щойно аркуш буде надруковано.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>Код скопійовано. Через {seconds} с буфер обміну буде знову очищено. Вставляйте код лише в програму, якій Ви довіряєте.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>Якщо Ви забудете парольну фразу, відкрити щоденник зможе лише цей код. Його показано лише зараз. Перепишіть його на папір або роздрукуйте аркуш і зберігайте в надійному місці окремо від комп&apos;ютера – як ключ від квартири.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>На наступній сторінці ми запитаємо дві групи, щоб Ви були впевнені, що правильно переписали код. У коді немає нуля й літери O, немає одиниці й літери I.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>Позначити як надісланий</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>Як і коли Ви надіслали або передали «{title}»? Від цього дня програма рахує строк відповіді.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>&amp;Позначити</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>Спосіб надсилання</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Як:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>Збережіть доказ: повідомлення про вручення (Rückschein), звіт про надсилання факсу, штамп про отримання або підтвердження завантаження.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>Профіль: примітка</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>Jobcenter: примітка</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>&amp;Змінити парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>Парольна фраза: примітка</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>&amp;Створити новий код відновлення …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>Код відновлення: примітка</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>&amp;Запам&apos;ятати на цьому ПК (відкривати без парольної фрази)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Запам&apos;ятати на цьому ПК</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Чому це тут неможливо</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>Запам&apos;ятати на цьому ПК: примітка</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>Автоматично блокувати після стількох хвилин без дій</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>Створи&amp;ти резервну копію зараз …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Відновити резервну копію …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>Резервна копія: примітка</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Зачекайте, будь ласка</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Налаштування&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>Налаштування (область прокручування)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>Стара парольна фраза для цього не потрібна, бо щоденник зараз відкритий. Ваш код відновлення залишається дійсним.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>Ви загубили код, або хтось інший може його знати? Тоді створіть новий. Старий код після цього більше не діятиме.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>Увага: тоді кожен, хто увійшов на цьому комп&apos;ютері під Вашим обліковим записом, зможе відкрити Ваш щоденник. Вмикайте це, лише якщо ніхто інший не користується цим комп&apos;ютером під Вашим обліковим записом.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>&amp;Автоматично блокувати через</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>без дій</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>Автоматичне блокування</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>Резервна копія – це файл з усім Вашим щоденником, зашифрований так само, як і сам щоденник. Час від часу зберігайте її на USB-флешку й тримайте флешку окремо від комп&apos;ютера.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>&amp;Розмір шрифту</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>Мова і шрифт</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>Також у меню «Вигляд»: Strg і + (більше), Strg і − (менше).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>Сховище ключів цього ПК більше не містить запам&apos;ятованого ключа. Тому «Запам&apos;ятати на цьому ПК» вимкнено; Ви можете знову це ввімкнути.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>Щоденник шифрується заново</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ Профіль збережено (це відбувається автоматично).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ Дані Jobcenter збережено (це відбувається автоматично).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Зачекайте, будь ласка, – нова парольна фраза налаштовується, а Ваш щоденник шифрується новим ключем …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>Парольну фразу не змінено: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ Парольну фразу змінено. Відтепер Ви відкриваєте щоденник новою парольною фразою.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>Оскільки Ваш щоденник створено в ранній версії, є також новий код відновлення (нижче); старий більше не діє.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>Створити новий код відновлення?</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>Після цього Ваш попередній код більше не діятиме. Новий код буде показано лише один раз: приготуйте папір і ручку або роздрукуйте аркуш.

Створити новий код зараз?</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Зачекайте, будь ласка, – новий код налаштовується, а Ваш щоденник шифрується новим ключем …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>Ваш новий код відновлення показано вгорі. Його видно лише зараз – перепишіть його або роздрукуйте аркуш. Старий код більше не діє.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ Цей ПК запам&apos;ятав Ваш щоденник.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ Цей ПК більше не пам&apos;ятає Ваш щоденник.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>Зберегти резервну копію</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>Резервні копії Amtstagebuch (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>Зачекайте, будь ласка, – резервна копія записується …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>1 вкладення</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>вкладень: {n}</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ Резервну копію збережено: {path} ({size}, {attachments}). Вона зашифрована й відкривається Вашою теперішньою парольною фразою. Зберігайте її окремо від комп&apos;ютера.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Відновити резервну копію?</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>Під час відновлення Ваш теперішній щоденник буде замінено версією з резервної копії. Для цього щоденник спершу буде заблоковано. Ваша теперішня версія не пропаде: вона збережеться як файл у папці «sicherungen».

Потім Ви відкриєте щоденник парольною фразою, яка діяла, коли створювалася резервна копія.

Вибрати резервну копію?</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>Вибрати резервну копію</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>Резервні копії Amtstagebuch (*.amtbak *.amtb);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>З якою парольною фразою було створено резервну копію?
Якщо Ви відтоді не змінювали парольну фразу, це Ваша теперішня.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>Зачекайте, будь ласка, – резервна копія перевіряється …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Резервну копію не відновлено: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>Резервна копія в порядку.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>так, завжди</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>ні, ніколи</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r} з {n}</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>так, разів: {n}</translation>
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
        <translation>Розмір шрифту</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>Який лист Ви хочете написати? Програма складе його з Вашими даними. Ви побачите лист перед друком і можете будь-коли повернутися назад.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>Види листів</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;Вид листа:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>Про цей лист</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>Про цей лист (область прокручування)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (рекомендовано)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>Розблокувати щоденник</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Розблокувати щоденник&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>за допомогою моєї &amp;парольної фрази</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>за допомогою &amp;коду відновлення</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>Розблоковується</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>&amp;Відкрити без введення (запам&apos;ятано на цьому ПК)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>Відкрити без парольної фрази</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>Відкрити най&amp;новішу неушкоджену резервну копію</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>Щоденник у папці: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>Будь ласка, спершу введіть код відновлення.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>Будь ласка, спершу введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>Зачекайте, будь ласка, – щоденник розблоковується …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>Ключ, запам&apos;ятований на цьому ПК, більше не підходить. Будь ласка, введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>Резервну копію відкрито. Пошкоджений файл лежить у папці «sicherungen».</translation>
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
        <translation>Amtstagebuch допомагає записувати кожен контакт із Jobcenter: зустрічі, дзвінки, листи й передані документи. Усе зберігається в зашифрованому вигляді на Вашому комп&apos;ютері; програма ніколи не підключається до інтернету.

Початкове налаштування триває близько трьох хвилин. Будь ласка, приготуйте:
• аркуш паперу й ручку (для коду відновлення),
• лист від Jobcenter (для номера клієнта й адреси).

Кожен крок можна пізніше змінити в «Налаштуваннях».</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>Примітка щодо попередньої папки</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>Ваш щоденник востаннє був у папці «{folder}». Зараз його там не знайдено. Він на USB-флешці? Тоді вставте її й виберіть «Відкрити наявний щоденник …».</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;Відкрити наявний щоденник …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>Відкрити наявний щоденник, наприклад на USB-флешці</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>У Вас уже є щоденник?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>Розділи</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>спільна установа (разом із Федеральним агентством праці)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>уповноважений комунальний орган (лише район або місто)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– будь ласка, виберіть –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>Зберегти аркуш із кодом відновлення</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файли (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>Аркуш збережено</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>Аркуш збережено:
{path}

Відкрити зараз, щоб надрукувати?

Важливо: видаліть файл, щойно аркуш буде надруковано. Хто знайде файл, зможе за допомогою коду відкрити Ваш щоденник.</translation>
    </message>
</context>
</TS>
