<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Foto (JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geändert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewählter Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Brief: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Frist verlängern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amtstagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} – Amtstagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zum Speicherort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schriftgröße</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
