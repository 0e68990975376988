<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>О программе Amtstagebuch</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>Лицензия: GNU General Public License, версия 3 или более поздняя ({spdx}). Вы можете бесплатно пользоваться программой Amtstagebuch, передавать и изменять её. Кто передаёт её другим (в том числе изменённой), должен передать те же права и исходный код. Никаких гарантий нет.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>Компоненты</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>Входящие &amp;компоненты и их лицензии:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>Лицензия: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>В этом пакете программы нет текста лицензии.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>В какой день Вы получили ответ на «{title}»? Лучше всего добавьте ответ в дневник как запись с вложением.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>&amp;Получен:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>Дата получения ответа</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>Вложения записи</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · добавлено {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>Просмотр вложения</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ &amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>&amp;Следующая страница ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>Просмотр: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>Файл «{name}» повреждён и не может быть открыт. Зашифрованный файл был изменён или записан не полностью. Ваши другие записи и вложения это не затрагивает.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>Файл «{name}» невозможно показать: он повреждён, неполон или защищён. С помощью «Сохранить как …» Вы можете открыть копию в другой программе.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>Страницу {page} невозможно показать.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>Подсказка о вложениях</translation>
    </message>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>&amp;Прикрепить файл …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>Добавить к этой записи фото, скан или PDF-файл в зашифрованном виде</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>По&amp;казать</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>Показать вложение</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Сохранить как …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>Сохранить вложение без шифрования как</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Удалить …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>Отменить удаление вложения</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>Выберите запись, чтобы увидеть её вложения.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>Вложения ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>Пока нет. Перетащите сюда фото, сканы или PDF-файлы или выберите «Прикрепить файл …». Всё сохраняется в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>Другие файлы просто перетащите сюда.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Фото, сканы и PDF-файлы (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>Файл «{name}» прикреплён в зашифрованном виде.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>Прикреплено файлов в зашифрованном виде: {n}.</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>Отпустите, чтобы прикрепить файлы в зашифрованном виде.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>Сохранить вложение без шифрования</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Файл «{name}» сохранён в «{path}». Эта копия не зашифрована. Удалите её, когда она Вам больше не нужна.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>Удалить вложение?</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>Действительно удалить «{name}» из этой записи? Пока Вы не заблокируете дневник или не закроете программу, это можно отменить кнопкой «Отменить удаление».</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>Файл «{name}» удалён.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>Файл «{name}» восстановлен.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Termin</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Визит на дом</translation>
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
        <translation>сдано лично</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>в почтовый ящик</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>по почте</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>заказным письмом</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>по факсу</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>загружено</translation>
    </message>
    <message>
        <source>Foto (JPEG)</source>
        <translation>Фото (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>Изображение (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>PDF-документ</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>Изображения JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файлы (*.pdf)</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>Впервые сдан</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>Последний раз сдан</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>Сколько раз</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>Копировали/сканировали</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>опущено в почтовый ящик</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>отправлено по почте</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>отправлено заказным письмом</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>отправлено факсом</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>загружено на онлайн-портал</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>копировали</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>сканировали</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>и то, и другое</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>не знаю</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>Какой документ?</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>Оригинал?</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>Вы сдали оригинал или копию?</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>Копировали?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>Jobcenter скопировал документ, отсканировал или и то, и другое?</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>Спросили?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>Спросил ли Jobcenter, согласны ли Вы на копирование?</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>Подтверждено?</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>Вы получили подтверждение получения (Eingangsbestätigung)?</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>Вернули?</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>Вам вернули оригинал?</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>очень важно</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>важно</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>к сведению</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>Потребовать удаления</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>Запросить сведения о моих данных</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>Жалоба в надзорный орган по защите данных</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>Сопроводительное письмо к выпискам со счёта</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>Сопроводительный листок для медицинских документов в запечатанном конверте</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>Возражение против обработки моих данных</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>Список документов с подтверждением получения</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>Памятка для приёма с сопровождающим</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>О чём договорились</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>Что потребовали</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>Подпись для</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>Данные о приёме</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Сданные документы</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>Данные о контакте</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Запись</translation>
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
        <translation>Вс</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>Сохранить письмо как PDF</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>Есть ответ</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ Ответ просрочен</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ Просрочено</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>Обзор сразу показывает: Ваши ближайшие приёмы, открытые предупреждения (сначала самые важные), письма, на которые Вы ждёте ответа, и последние записи. Нажмите на ссылку, чтобы перейти к нужному месту.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>В дневнике записан каждый контакт с Jobcenter: приёмы, звонки, письма, e-mail. Новую запись создаёт Strg+N. Лучше всего сразу после приёма запишите, что было сказано и что от Вас потребовали.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>В разделе «Документы» видно каждую бумагу, которую Вы сдали, и есть ли у Вас подтверждение получения (Eingangsbestätigung). Если его нет, программа может составить список, на котором ставят штамп.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>Предупреждения — это места в Ваших записях, где, возможно, нарушена защита данных, например копия удостоверения личности без Вашего согласия. Каждое предупреждение показывает слова, по которым оно найдено, и что Вы можете сделать. Если предупреждение не подходит, отклоните его с коротким объяснением.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>В разделе «Письма» Вы пишете письма в Jobcenter или в надзорный орган по защите данных (например, запрос сведений о Ваших данных) и следите, до какого числа должен прийти ответ.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>В настройках Вы меняете свои данные и данные Вашего Jobcenter, парольную фразу и резервную копию. Здесь же Вы задаёте, через сколько минут дневник блокируется сам.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>Ваш дневник зашифрован. Введите парольную фразу, чтобы открыть его. Если Вы забыли парольную фразу, выберите «с кодом восстановления» и введите код с Вашего листа на крайний случай.</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>При настройке создаётся Ваш зашифрованный дневник: где он хранится, Ваша парольная фраза и код восстановления на крайний случай. Ничто из этого не покидает Ваш компьютер.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>Пожалуйста, введите две группы с Вашего листка (не с экрана). Заглавные и строчные буквы и пробелы не важны.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>Группа &amp;{n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>Группа {n} кода</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>О чём письмо? Отметьте, что к нему относится, — тогда в письме будут указаны даты и подробности. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>&amp;Записи в дневнике</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>&amp;Сданные документы</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>&amp;Предупреждения</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>Прежние п&amp;исьма</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>В дневнике пока нет записей.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>Сдача документов пока не записана.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>Предупреждений нет.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>Прежних писем пока нет.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>Тема письма (область прокрутки)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>№ {n} (из более ранних)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>Важное примечание</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>Я &amp;прочитал(а) примечание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;Предложено из Вашего дневника.&lt;/b&gt; Предложения в полях ниже попадут в письмо именно так. Прочитайте каждое предложение, измените или удалите то, что не должно быть в письме. Ваши личные заметки в дневнике никогда не попадают в письмо.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>Примечание: это попадёт в письмо</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>Адрес получателя</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;Адрес (одна строка на каждую строку адреса):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>Поля, отмеченные *, обязательны.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>Данные для письма (область прокрутки)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>Для этого письма больше ничего вводить не нужно.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>Напишите, что должно быть в письме. Пишите так, как сказали бы устно.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>Сначала прочитайте</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>По одному пункту на строку</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– не указано –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>Можно открывать дневник на этом компьютере, не вводя каждый раз парольную фразу.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>&amp;Запомнить на этом ПК</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Запомнить на этом ПК</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>Внимание: тогда любой, кто вошёл на этом компьютере под Вашей учётной записью, сможет открыть Ваш дневник. Включайте это, только если никто другой не пользуется этим компьютером под Вашей учётной записью. Парольная фраза и код восстановления продолжают действовать. Это можно в любое время выключить в «Настройках».</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Почему здесь это невозможно</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>Выбранная запись</translation>
    </message>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>Поиск во всех заметках … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Вид контакта</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>До даты</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>Новая &amp;запись …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>Написать протокол по памяти (Strg+N)</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>Записи в дневнике</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>Выберите запись слева, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>Записей пока нет. Кнопкой «Новая запись» (Strg+N) Вы записываете, что произошло в Jobcenter.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>Записей пока нет. После следующего контакта с Jobcenter создайте запись (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>Записи: {shown} из {n}</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel} {date} в {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>Сопровождающий (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>Версия {n}: {action} {date} в {time}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>Отклонить предупреждение</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>«{title}» не подходит? Коротко напишите почему, например «Я сам(а) дал(а) согласие» или «Это имелось в виду иначе». Объяснение сохранится вместе с предупреждением.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Объяснение:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>Пожалуйста, введите объяснение.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>Обзор сданных документов</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>Все передачи</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>&amp;Распечатать подтверждение получения …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>Список документов этой передачи с полем для штампа и подписи, в двух экземплярах</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>Выберите передачу, чтобы распечатать подтверждение получения.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>Передача / документ</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Оригинал или копия</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Что есть у Jobcenter от меня — с какого времени, с подтверждением получения?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Подтверждение получения</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>Jobcenter скопировал</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>Личная заметка (никогда не печатается)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>да</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>Передач пока нет. Записывайте, какие документы Вы сдаёте, — лучше всего с подтверждением получения.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>Протокол по памяти</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Вид контакта</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>Кто присутствовал</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Сопровождающий</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>Что от Вас потребовали</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>Документы, которые потребовали</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>О чём договорились</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>Что произошло (Ваши заметки)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>напр. г-жа К. (отдел трудоустройства)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>Имя сопровождающего, если кто-то был с Вами</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>Что Вы должны были сделать или предъявить?</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>Jobcenter что-то скопировал, отсканировал или сфотографировал</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>Меня попросили что-то подписать или дать согласие</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>Что именно?</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>Мне сказали, что без согласия денег не будет</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>Следующий приём:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>Своими словами запишите, что произошло, — как можно точнее.</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>Кто &amp;присутствовал:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;Сопровождающий (§ 13 SGB X):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>Что &amp;произошло:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>Что по&amp;требовали:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>Документы, которые Вы сдали</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>Подпись для:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>О чём &amp;договорились:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>Данные о контакте (область прокрутки)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>Сейчас предупреждения проверить нельзя. Ваша запись всё равно будет сохранена как обычно.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>Отклонено Вами: «{reason}»</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>Отмечено Вами как решённое.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>В программе произошла непредвиденная ошибка ({name}). Ваши сохранённые данные не изменились, и Вы можете продолжать работу. Если ошибка повторится, заблокируйте дневник и перезапустите программу. Пожалуйста, сообщите об этой ошибке.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>Что говорит это письмо (область прокрутки)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>Что говорит это письмо</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>Не удалось составить объяснение к этому письму. Само письмо это не затрагивает.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>Письмо на немецком языке, потому что оно идёт в немецкое учреждение. Здесь по абзацам написано, что в нём сказано. Курсивом — начало абзаца, чтобы Вы нашли его в письме.</translation>
    </message>
    <message>
        <source>Im Brief: {text}</source>
        <translation type="vanished">В письме: {text}</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>Что будет дальше</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter написал, что ему нужно больше времени для «{title}»? Это допустимо, только если он сообщил Вам об этом в течение первого месяца и объяснил причину, — и тогда не более чем ещё на два месяца (Art. 12 Abs. 3 DSGVO). Введите новую дату и причину из письма.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter написал, что ему нужно больше времени для «{title}»? Введите новую дату и причину из письма.</translation>
    </message>
    <message>
        <source>Frist verlängern</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>&amp;Продлить</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;Новый срок до:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>Причина, указанная Jobcenter</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>напр. «Письмо от 12.03.: много запросов, дело в архиве»</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>Пожалуйста, введите причину.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>В записи в её нынешнем виде больше не найдено</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Важность: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>Признаки:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;Возможные предупреждения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>Возможные предупреждения к этой записи</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>Предупреждений пока не найдено.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>Пока Вы пишете, программа проверяет, не похоже ли что-то на проблему с защитой данных, — например копия Вашего удостоверения личности, незачернённые выписки со счёта или вопросы о болезнях.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>1 возможное предупреждение. Оно будет отмечено при сохранении.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>Возможных предупреждений: {n}. Они будут отмечены при сохранении.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>Правила для предупреждений обновлены. Записи проверяются: {done} из {n} …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>Все записи ({n}) проверены на предупреждения.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>Какие предупреждения показывать</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>Предупреждения в дневнике</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>Выбранное предупреждение</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>К &amp;записи</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;Отклонить …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>Снова о&amp;ткрыть</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>Отметить как &amp;решённое</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;Написать письмо …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>Написать подходящее к этому предупреждению письмо, уже заполненное</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>Показать запись в дневнике</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>Это предупреждение не подходит — с объяснением</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>Снова считать предупреждение открытым</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>Вы об этом уже позаботились</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Предупреждения в Вашем дневнике&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Предупреждений пока нет. Программа проверяет каждую запись, когда Вы её сохраняете.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>Нет предупреждений с этим статусом.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>Показано: {shown} · открыто: {open} · всего: {n}</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>Предлагается: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>К этому предупреждению нет предложенного письма.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>Запись: {entry} от {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Важность: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>Ваше объяснение:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>В записи в её нынешнем виде это предупреждение больше не найдено. Ваше решение всё равно сохранено.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>Что это значит?</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>По каким признакам найдено</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>Подходящие письма</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>Сохранено. Предупреждение находится в разделе «{status}».</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>Дневник создаётся</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>&amp;Далее ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>Настройка (область прокрутки)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;Начать ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>&amp;К дневнику</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Где будет храниться Ваш дневник?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваша парольная фраза&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваш код восстановления&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Вы записали код?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;О Вас&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваш Jobcenter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Запомнить на этом ПК?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Готово&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>Ваш дневник настроен и зашифрован.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Имя: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>Запомнить на этом ПК: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>да</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;После приёма, звонка или письма лучше сразу запишите, что произошло. Храните код восстановления в надёжном месте.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>Минутку — Ваш дневник создаётся и шифруется. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>Выберите папку для дневника</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>Выберите папку с Вашим дневником</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>В папке «{folder}» нет дневника (нет файла «{file}»). Пожалуйста, выберите папку, в которой лежит этот файл.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>Ваш дневник — это папка с зашифрованными файлами. Кто её найдёт, без Вашей парольной фразы ничего в ней не прочитает.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>На этом &amp;компьютере, в моей папке пользователя (рекомендуется)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>В &amp;другой папке, например на USB-флешке</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>Папка для дневника</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>&amp;Выбрать папку …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>На USB-флешке дневник можно носить с собой. Вставляйте флешку до запуска программы и время от времени делайте резервную копию (в «Настройках»): флешку легко потерять или сломать.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>&amp;Открыть этот дневник</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>Как сдано</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>&amp;Добавить документ</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>&amp;Перенести потребованные</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>Записать все отмеченные выше документы как сданные</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>Ничего не сдавали? Тогда просто оставьте этот список пустым.</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Сданные документы</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>Описание для письма, печатается</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>напр. Girokonto, Mietvertrag Musterweg 12 — или оставьте пустым</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>Указывается в подтверждении получения и в письмах в Jobcenter. Пишите здесь только деловое название документа.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>Личная заметка, никогда не печатается</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>напр. «скопировали на ксероксе, не спросив» — только для Вас</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>Только для Вас: не появляется ни в письмах, ни в подтверждении получения. Предупреждения находятся и здесь.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>Описание для &amp;письма (печатается):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>&amp;Личная заметка (никогда не печатается):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Как:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Оригинал или копия</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>Jobcenter скопировал или отсканировал</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>Спросили о согласии</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>Получено подтверждение получения</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>Оригинал возвращён</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>Тексты к выбранному документу</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>Тексты к строке {row}: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>Федеральная земля Jobcenter</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>Район или город</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>Введите первые буквы</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>Вид: совместное учреждение</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>Вид: муниципальный орган (zugelassener kommunaler Träger)</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>Предлагаемый вид</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>Подсказка о виде</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>Название Jobcenter</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>так, как вверху на его письмах</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>Улица или абонентский ящик Jobcenter</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>Почтовый индекс Jobcenter</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>Город Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Земля:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;Район/город:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>Улица/&amp;а/я:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>Индекс, &amp;город:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;Предложение: совместное учреждение (gemeinsame Einrichtung).&lt;/b&gt; В земле {land} все Jobcenter — совместные учреждения.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Предложение: муниципальный орган (zugelassener kommunaler Träger).&lt;/b&gt; «{district}» есть в списке Jobcenter, которыми район или город управляет сам. Пожалуйста, проверьте это по письму Jobcenter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Предложение: совместное учреждение (gemeinsame Einrichtung).&lt;/b&gt; «{district}» нет в списке Jobcenter, которыми район или город управляет сам, — так у большинства Jobcenter. Пожалуйста, проверьте это по письму Jobcenter.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>Jobcenter бывают двух видов. От вида зависит, куда обращаться при проблемах с защитой данных. Выберите Ваш район (Landkreis) или город — программа предложит вид.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>Выбранное письмо</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>Ответ просрочен</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>&amp;Просмотр / печать</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Сохранить как &amp;PDF …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>Отметить как &amp;отправленное …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;Ответ получен …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>Продлить &amp;срок …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>Изменить &amp;черновик …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>Посмотреть и распечатать письмо</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>Сохранить копию как PDF-файл</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>Как и когда письмо отправлено; начинается срок</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>Jobcenter ответил</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>Jobcenter попросил больше времени и объяснил причину</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>Удалить письмо из дневника (с подтверждением)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>Изменить черновик в помощнике до отправки</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>Изменить черновик</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>Отказаться от письма (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>Правовая основа:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>Jobcenter должен на это ответить. Когда Вы отметите письмо как отправленное, программа рассчитает срок и напомнит Вам.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>Обратите внимание:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>Новое письмо: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>записи: {n}</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>1 передача</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>передачи: {n}</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>1 предупреждение</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>предупреждения: {n}</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>1 прежнее письмо</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>прежние письма: {n}</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>Уже выбрано — {what}. На следующем шаге это можно изменить.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>Адрес надзорного органа по защите данных можно ввести и самостоятельно.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>Пожалуйста, введите адрес надзорного органа по защите данных.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>Не удалось создать письмо. Проверьте Ваши данные и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>Тема: {subject}.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>Одна страница.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>Страниц: {n}.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>Письмо есть в файле {n} раз(а): один экземпляр оставьте себе.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>После печати подпишите письмо.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>«Готово» сохранит письмо в дневнике.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>Шаг 1 из 4: Какое письмо?</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>Шаг 2 из 4: О чём письмо?</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>Шаг 3 из 4: Данные для письма</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>Шаг 4 из 4: Ваше письмо</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>Пожалуйста, заполните ещё: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>Пожалуйста, сначала прочитайте примечание и отметьте его.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>Сохранить письмо в дневнике и закрыть помощник. Распечатать его можно и позже в разделе «Письма».</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>&amp;Показать просмотр</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>Отметьте, если Вы уже сегодня сдаёте или отправляете письмо. Тогда программа рассчитает, до какого числа Jobcenter должен ответить.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>Отметьте, если Вы уже сегодня сдаёте или отправляете письмо. Иначе оно останется черновиком, и позже Вы отметите его как отправленное в разделе «Письма».</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>Сохранено как PDF в «{path}». Этот файл не зашифрован. Удалите его, когда он Вам больше не нужен. Кнопкой «Готово» Вы также сохраните письмо в дневнике, чтобы программа следила за ответом.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>Отправлено на принтер страниц: {n}. Подпишите письмо. Кнопкой «Готово» Вы сохраните его в дневнике, чтобы программа следила за ответом.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">Тогда программа рассчитает, до какого числа Jobcenter должен ответить.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>Не удалось загрузить предложения из дневника.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>Программа не знает такого вида письма. Пожалуйста, выберите один из списка.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">Сохранено как PDF в «{path}». Этот файл не зашифрован. Удалите его, когда он Вам больше не нужен. Сохраните письмо и в дневнике, чтобы программа помнила об ответе.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>Печать письма</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">Отправлено на принтер страниц: {n}. Подпишите письмо. Сохраните его здесь, в дневнике, чтобы программа помнила об ответе.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>ответ получен {date}</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>без срока</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;Новое письмо …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>Написать письмо в Jobcenter (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>Писем пока нет. Письмом Вы можете, например, запросить у Jobcenter сведения о Ваших данных, потребовать удалить копию удостоверения личности или попросить подтвердить сдачу документов. Программа составит письмо за Вас; Вы его распечатаете, подпишете и отправите. Потом она следит за сроком ответа. Чтобы начать: «Новое письмо …» вверху справа (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>Писем пока нет</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ваши письма в Jobcenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>Ваши письма</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>Писем: {n}</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>1 письмо</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>С просроченным ответом: {n}</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>&amp;Написать напоминание …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>Ответ просрочен: Jobcenter должен был ответить до {date}.</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>Ответ просрочен: Вы просили ответить до {date}.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>Следующий шаг: короткое напоминание с последним сроком в две недели.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>На Ваше напоминание тоже не ответили. Следующий шаг: жалоба в надзорный орган по защите данных.</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>Написать &amp;жалобу …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>Написать следующее &amp;письмо …</translation>
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
        <translation>Дата письма</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>{date}, {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>Как был рассчитан срок</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>Продлено:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>Распечатайте письмо, подпишите и отправьте его. Затем отметьте его как отправленное — с этого момента программа следит за ответом.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Сохранено в «{path}». Этот файл не зашифрован. Удалите его, когда он Вам больше не нужен.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>Удалить письмо?</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>Действительно удалить «{title}» ({subject}) из дневника? Письмо и его срок исчезнут. Письмо, которое Вы уже отправили, лучше сохранить — как доказательство.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Письмо удалено. Отменить: Strg+Z.</translation>
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
        <translation>Подсказка о месте хранения</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;Новая запись …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>Новое &amp;письмо …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;Удалить запись …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>Шрифт &amp;крупнее</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>Шрифт &amp;мельче</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;Обычный размер шрифта</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>&amp;Зачем этот раздел?</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>&amp;О программе Amtstagebuch …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>Размер шрифта: {percent} %</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>Зачем этот раздел?</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>&amp;Сохранить снова</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Сохранение …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ Всё сохранено</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>Открыта более старая версия</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>&amp;Восстановить более новую версию</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>&amp;Продолжить с этой версией</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>Более новая версия восстановлена.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>Вы продолжаете работать с этой версией.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>Не удалось</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>Удалить запись?</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>Действительно удалить запись от {date}? Прикреплённые файлы будут окончательно уничтожены при блокировке или выходе из программы. До этого удаление можно отменить клавишами Strg+Z.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Запись удалена. Отменить: Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>Письмо восстановлено.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>Запись восстановлена.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>Ваши последние изменения не удалось сохранить:
{reason}

Освободите место или снова вставьте носитель и попробуйте ещё раз. Если Вы всё равно заблокируете дневник, эти изменения пропадут; последняя сохранённая версия останется.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>Всё равно заблокировать</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Резервная копия не восстановлена: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>Резервная копия восстановлена. Ваша прежняя версия лежит в папке «sicherungen». Теперь разблокируйте дневник парольной фразой резервной копии.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>&amp;Показывать парольную фразу при вводе</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>Советы по парольной фразе</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>достаточно</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>пока недостаточно</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>Пока ничего не введено.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>Пожалуйста, введите парольную фразу ещё раз для проверки.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ Введённые значения совпадают.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ Введённые значения пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>Обзор (область прокрутки)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>Здравствуйте, {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>Здравствуйте</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>Ваш дневник пока пуст. После следующего приёма, звонка или письма запишите, что произошло, — лучше сразу. Для этого в меню «Дневник» есть пункт «Новая запись» (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>Ближайшие приёмы</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date} в {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>договорено с: {who}</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>Приём не запланирован. Когда Вам назначат новый приём, укажите его в записи в поле «Следующий приём».</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>Последние записи</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>Коротко о главном</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>Записей в дневнике: {n}</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>Сдано документов: {n}, из них без подтверждения получения: {m}</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>Совет: просите письменно подтверждать каждую сдачу документов. В разделе «Документы» видно, для чего у Вас нет подтверждения получения (Eingangsbestätigung).</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>Видов документов, которые Jobcenter скопировал или отсканировал: {n}</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>Оригиналов ещё не возвращено: {n}</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Открытых предупреждений нет. Программа проверяет каждую запись, когда Вы её сохраняете.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>1 открытое предупреждение ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>Открытых предупреждений: {n} ({weights}), самые важные:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>Посмотреть все предупреждения</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>Ответ просрочен с {date}</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>Срок ответа {when}</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>Откройте письмо: программа предложит следующий шаг, сначала напоминание.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>Просмотр письма</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>Эту страницу невозможно показать.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>Парольная фраза защищает Ваш дневник. Лучше всего возьмите короткое предложение из четырёх или более слов, которое знаете только Вы, — например что-то смешное, что легко себе представить. Специальные символы не нужны.
Не записывайте парольную фразу на бумажку у компьютера.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>Письмо: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Сохранить как &amp;PDF …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Печать …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Сохранено в «{path}». Этот файл не зашифрован. Удалите его, когда он Вам больше не нужен.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>Отправлено на принтер страниц: {n}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>Подсказка о просмотре</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Сохранить как &amp;PDF …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>Сохранить копию как PDF-файл, например чтобы загрузить или отправить по факсу</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Печать …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>Уже &amp;отправлено:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">&amp;Сохранить в дневнике</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">Сохранить письмо в дневнике как черновик; отметить как отправленное можно позже</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>Как отправлено</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">&amp;Способ отправки:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>&amp;дата</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">Сохранить и отметить как &amp;отправленное</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Улица и номер дома</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>напр. Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>напр. 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>напр. Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>напр. 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>Номер Bedarfsgemeinschaft</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>напр. 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>Федеральная земля</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;Улица, дом:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>&amp;Индекс, город:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Земля:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>&amp;Номер клиента:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>Номер &amp;BG:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>Номер клиента (Kundennummer) и номер BG (номер Bedarfsgemeinschaft, то есть Вашего домохозяйства в Bürgergeld) указаны вверху каждого письма Jobcenter. Если чего-то не знаете, просто оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>Эти данные потом будут указаны как отправитель на Ваших письмах в Jobcenter. Все поля можно оставить пустыми.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>Группа {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>&amp;Печать листа …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>Сохранить и распечатать лист с кодом</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>Копировать код в буфер обмена</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>Подсказка о коде</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>Группа {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>Лист сохранён как «{path}». Удалите файл, как только лист будет распечатан.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>Код скопирован. Через {seconds} с буфер обмена снова будет очищен. Вставляйте код только в программу, которой Вы доверяете.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>Если Вы забудете парольную фразу, открыть дневник сможет только этот код. Он показывается только сейчас. Перепишите его на бумагу или распечатайте лист и храните его в надёжном месте отдельно от компьютера — как ключ от квартиры.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>На следующей странице мы спросим две группы, чтобы Вы были уверены, что переписали код правильно. В коде нет нуля и буквы O, нет единицы и буквы I.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>Отметить как отправленное</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>Как и когда Вы отправили или сдали «{title}»? С этого дня программа считает срок для ответа.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>&amp;Отметить</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Как:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>Сохраните подтверждение: уведомление о вручении (Rückschein), отчёт об отправке факса, штамп о получении или подтверждение загрузки.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>Профиль: подсказка</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>Jobcenter: подсказка</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>&amp;Изменить парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>Парольная фраза: подсказка</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>&amp;Создать новый код восстановления …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>Код восстановления: подсказка</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>&amp;Запомнить на этом ПК (открывать без парольной фразы)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Запомнить на этом ПК</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Почему здесь это невозможно</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>Запомнить на этом ПК: подсказка</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> мин.</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>Автоматически блокировать через столько минут без ввода</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>Создать резервную копию &amp;сейчас …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Восстановить резервную копию …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>Резервная копия: подсказка</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Пожалуйста, подождите</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Настройки&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>Настройки (область прокрутки)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>Изменить парольную фразу</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>Старая парольная фраза для этого не нужна, потому что дневник сейчас открыт. Ваш код восстановления остаётся действительным.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>Вы потеряли код или его может знать кто-то другой? Тогда создайте новый. Старый код после этого перестанет действовать.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>Внимание: тогда любой, кто вошёл на этом компьютере под Вашей учётной записью, сможет открыть Ваш дневник. Включайте это, только если никто другой не пользуется этим компьютером под Вашей учётной записью.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>&amp;Автоматически блокировать через</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>без ввода</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>Автоматическая блокировка</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>Резервная копия — это файл со всем Вашим дневником, зашифрованный так же, как сам дневник. Время от времени сохраняйте её на USB-флешку и храните флешку отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>&amp;Размер шрифта</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>Язык и шрифт</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>Также в меню «Вид»: Strg и + (крупнее), Strg и − (мельче).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>В хранилище ключей этого ПК больше нет запомненного ключа. Поэтому «Запомнить на этом ПК» выключено; Вы можете снова включить эту функцию.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>Дневник шифруется заново</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ Профиль сохранён (это происходит автоматически).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ Jobcenter сохранён (это происходит автоматически).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Минутку — новая парольная фраза настраивается, и Ваш дневник шифруется новым ключом …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>Парольная фраза не изменена: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ Парольная фраза изменена. Теперь дневник открывается новой парольной фразой.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>Так как Ваш дневник создан в ранней версии программы, создан и новый код восстановления (ниже); старый больше не действует.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>Создать новый код восстановления?</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>После этого Ваш прежний код перестанет действовать. Новый код будет показан только один раз: приготовьте бумагу и ручку или распечатайте лист.

Создать новый код сейчас?</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Минутку — новый код настраивается, и Ваш дневник шифруется новым ключом …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>Ваш новый код восстановления показан выше. Он показывается только сейчас — перепишите его или распечатайте лист. Старый код больше не действует.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ Этот ПК запомнил Ваш дневник.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ Этот ПК больше не помнит Ваш дневник.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>Резервные копии Amtstagebuch (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>Минутку — резервная копия записывается …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>1 вложение</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>вложений: {n}</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ Резервная копия сохранена: {path} ({size}, {attachments}). Она зашифрована и открывается Вашей нынешней парольной фразой. Храните её отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Восстановить резервную копию?</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>При восстановлении Ваш нынешний дневник будет заменён версией из резервной копии. Для этого дневник сначала будет заблокирован. Ваша нынешняя версия не пропадёт: она останется файлом в папке «sicherungen».

После этого откройте дневник той парольной фразой, которая действовала, когда делалась резервная копия.

Выбрать резервную копию?</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>Выбрать резервную копию</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>Резервные копии Amtstagebuch (*.amtbak *.amtb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>С какой парольной фразой была сделана резервная копия?
Если Вы с тех пор не меняли парольную фразу, это Ваша нынешняя.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>Минутку — резервная копия проверяется …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Резервная копия не восстановлена: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>Резервная копия в порядке.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>да, всегда</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>нет, никогда</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r} из {n} раз</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>да, {n} раз(а)</translation>
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
        <translation>Размер шрифта</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>Какое письмо Вы хотите написать? Программа составит его с Вашими данными. Вы увидите его до печати и в любой момент сможете вернуться назад.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>Виды писем</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;Вид письма:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>Об этом письме</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>Об этом письме (область прокрутки)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (предлагается)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>Разблокировать дневник</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Разблокировать дневник&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>с моей &amp;парольной фразой</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>с &amp;кодом восстановления</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>&amp;Открыть без ввода (запомнено на этом ПК)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>Открыть без парольной фразы</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>Открыть последнюю читаемую &amp;резервную копию</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>Дневник в папке: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>Пожалуйста, сначала введите код восстановления.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>Пожалуйста, сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>Минутку — дневник разблокируется …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>Ключ, запомненный на этом ПК, больше не подходит. Пожалуйста, введите парольную фразу.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>Резервная копия открыта. Повреждённый файл лежит в папке «sicherungen».</translation>
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
        <translation>Amtstagebuch помогает записывать каждый контакт с Jobcenter: приёмы, звонки, письма и какие документы Вы сдали. Всё хранится в зашифрованном виде на Вашем компьютере; программа никогда не подключается к интернету.

Настройка займёт около трёх минут. Пожалуйста, приготовьте:
• листок бумаги и ручку (для кода восстановления),
• письмо от Jobcenter (для номера клиента и адреса).

Каждый шаг можно позже изменить в «Настройках».</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>Подсказка о прежней папке</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>В последний раз Ваш дневник был в папке «{folder}». Сейчас его там нет. Может быть, он на USB-флешке? Тогда вставьте её и выберите «Открыть существующий дневник …».</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;Открыть существующий дневник …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>Открыть существующий дневник, например на USB-флешке</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>У Вас уже есть дневник?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>Разделы</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>совместное учреждение (с Bundesagentur für Arbeit)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>муниципальный орган (район или город самостоятельно)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– пожалуйста, выберите –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>Сохранить лист с кодом восстановления</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF-файлы (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>Лист сохранён</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>Лист сохранён:
{path}

Открыть сейчас, чтобы распечатать?

Важно: удалите файл, как только лист будет распечатан. Кто найдёт этот файл, сможет открыть Ваш дневник с помощью кода.</translation>
    </message>
</context>
</TS>
