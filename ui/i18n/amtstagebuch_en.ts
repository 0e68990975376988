<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>About Amtstagebuch</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>Licence: GNU General Public License, version 3 or later ({spdx}). You may use, share and change Amtstagebuch free of charge; anyone who passes it on (also in changed form) must pass on the same rights and the source code. There is no warranty.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>&amp;Included components and their licences:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>Licence: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>The licence text is missing from this program package.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>On which day did the reply to “{title}” reach you? It is best to add the reply to the diary as an entry with an attachment.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>Reply received on</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>Attachments of the entry</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · added on {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>Attachment preview</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ &amp;Previous page</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>&amp;Next page ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>“{name}” is damaged and cannot be opened. The encrypted file has been changed or is incomplete. Your other entries and attachments are not affected.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>“{name}” cannot be shown: the file is damaged, incomplete or protected. With “Save as …” you can open a copy with another program.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>Page {page} cannot be shown.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>&amp;Attach file …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>Add a photo, a scan or a PDF file to this entry, encrypted</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>View attachment</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>Save attachment unencrypted as</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>&amp;Undo remove</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>Undo removing the attachment</translation>
    </message>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>Note on attachments</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>Choose an entry to see its attachments.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>Attachments ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>None yet. Drag photos, scans or PDF files here or choose “Attach file …”. Everything is saved encrypted.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>Simply drag more files here.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos, scans and PDF files (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>“{name}” was attached, encrypted.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>{n} files were attached, encrypted.</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>Release to attach the files, encrypted.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>Save attachment unencrypted</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>“{name}” was saved to “{path}”. This copy is not encrypted; delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>Remove attachment?</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>Really remove “{name}” from this entry? Until you lock or close the diary, you can take this back with “Undo remove”.</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>“{name}” was removed.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>“{name}” is back.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Foto (JPEG)</source>
        <translation>Photo (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>Image (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>JPEG images (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation>Online portal</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation>handed over in person</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>into the letterbox</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>by registered mail</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>by fax</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>First handed over</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>Last handed over</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>Copied/scanned</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>put into the letterbox</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>sent by post</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>sent by registered mail</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>faxed</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>uploaded to the online portal</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>copied</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>both</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>don’t know</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>Which document?</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>Original?</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>Did you hand over the original or a copy?</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>Copied?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>Did the Jobcenter copy the document, scan it, or both?</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>Asked?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>Did the Jobcenter ask you whether you agree to the copying?</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>Confirmed?</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>Did you get a receipt (Eingangsbestätigung)?</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>Returned?</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>Did you get the original back?</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>very important</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>important</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>for your attention</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>Request deletion</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>Request information about my data</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>Complaint to the data protection authority</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>Cover letter for the bank statements</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>Cover note for health documents in a sealed envelope</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>Objection to the processing of my data</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>List of documents with receipt</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>Information sheet for an appointment with a companion</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>What was requested</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>Signature for</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>Appointment details</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Documents handed over</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>Warning sign</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ Reply overdue</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>The overview shows at a glance: your next appointments, open warning signs (the most important first), letters to which you expect a reply, and the latest entries. Click a link to go there.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>The diary holds every contact with the Jobcenter: appointments, calls, letters, emails. Press Strg+N to add a new entry. It is best to write down right after the appointment what was said and what was asked of you.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>Under Documents you see every paper you have handed over, and whether you have a receipt (Eingangsbestätigung) for it. Where it is missing, the program can write a list for the Jobcenter to stamp.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>Warning signs are places in your entries where data protection may have been violated – for example a copy of your ID card without your consent. Each one shows the words it was recognised by and what you can do. If one does not apply, dismiss it with a short reason.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>Under Letters you write letters to the Jobcenter or to the data protection authority (Datenschutzaufsicht) (for example a request for information about your data) and keep track of the date by which a reply is due.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>In Settings you change your details and those of your Jobcenter, the passphrase and the backup. Here you also choose after how many minutes the diary locks itself.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>Your diary is encrypted. Enter your passphrase to open it. If you have forgotten the passphrase, choose “with the recovery code” and type in the code from your emergency sheet.</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>The setup creates your encrypted diary: where it is stored, your passphrase and a recovery code for emergencies. None of this leaves your computer.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>Please type in the two groups from your sheet of paper (not from the screen). Upper and lower case and spaces do not matter.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>Group &amp;{n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>Group {n} of the code</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>What is the letter about? Tick what belongs to it – the letter will then name the dates and details. You can also skip this step.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>&amp;Entries in the diary</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>Documents &amp;handed over</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>Warning &amp;signs</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>Earlier &amp;letters</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>No entries in the diary yet.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>No handovers of documents recorded yet.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>No warning signs.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>No earlier letters yet.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>Concerns (scroll area)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>No. {n} (older)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>Important note</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>I have &amp;read the note</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;Suggested from your diary.&lt;/b&gt; The sentences in the fields below go into the letter exactly as they are. Read each sentence; change or delete what should not be in it. Your own notes in the diary never go into the letter.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>Note: this goes into the letter</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>Recipient’s address</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;Address (one line per line of the address field):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>Fields marked with * must be filled in.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>Details for the letter (scroll area)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>You do not need to enter anything else for this letter.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>Enter what should go into the letter. Write it the way you would say it.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>Please read first</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– not given –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>You can let this computer open your diary without entering the passphrase every time.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>&amp;Remember on this PC</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Remember on this PC</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>Caution: then anyone who is signed in to this computer with your user account can open your diary. Only turn this on if nobody else uses this computer with your account. Your passphrase and your recovery code still work. You can turn it off again at any time under “Settings”.</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Why this is not possible here</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>Search in all notes … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>Entries in the diary</translation>
    </message>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>New &amp;entry …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>Write a memory record (Gedächtnisprotokoll) (Strg+N)</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>Choose an entry on the left to read it here.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>No entries yet. With “New entry” (Strg+N) you write down what happened at the Jobcenter.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>No entries yet. Add one after your next contact with the Jobcenter (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} of {n} entries</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel} on {date} at {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>Companion (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>Version {n}: {action} on {date} at {time}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>Dismiss warning sign</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>“{title}” does not apply? Write down briefly why – for example “I agreed myself” or “It was meant differently”. The reason stays with the warning sign.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>Please enter a reason.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>Overview of documents handed over</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>All handovers</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>Print &amp;receipt …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>A list of the documents of this handover with a field for stamp and signature, in two copies</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>Choose a handover to print a receipt.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>Handover / document</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;What does the Jobcenter have from me – since when, with a receipt?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>Copied by Jobcenter</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>Private note (never printed)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>No handovers yet. Record which documents you hand over – ideally with a receipt (Eingangsbestätigung).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>Memory record (Gedächtnisprotokoll)</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>What happened (your notes)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>e.g. Ms K. (job placement)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>Name of the companion, if someone was with you</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>What were you asked to do or show?</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>The Jobcenter copied, scanned or photographed something</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>I was asked to sign or consent to something</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>What exactly?</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>I was told there would be no money without consent</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>Next appointment:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>Write down in your own words what happened – as exactly as possible.</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>Who was there</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>What was asked of you</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>Documents that were requested</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>Wh&amp;ere:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>Who was t&amp;here:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;Companion (§ 13 SGB X):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>What &amp;happened:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>What was &amp;requested:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>Documents you handed over</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>Signature for:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>What was &amp;agreed:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>Contact details (scroll area)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>Warning signs cannot be checked right now. Your entry will still be saved as usual.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>Dismissed by you: “{reason}”</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>Marked as done by you.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>An unexpected error occurred in the program ({name}). Your saved data is unchanged, and you can continue working. If the error comes back, lock the diary and restart the program. Please report this error.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>What this letter says (scroll area)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>What this letter says</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>The explanation for this letter could not be created. The letter itself is not affected.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>The letter is in German because it goes to a German authority. Here you can read, paragraph by paragraph, what it says. In italics: the beginning of the paragraph, so that you can find it in the letter.</translation>
    </message>
    <message>
        <source>Im Brief: {text}</source>
        <translation type="vanished">In the letter: {text}</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>What happens next</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Frist verlängern</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Has the Jobcenter written that it needs more time for “{title}”? It may only do so if it tells you within the first month and gives reasons – and then by at most two more months (Art. 12 Abs. 3 DSGVO). Enter the new date and the reason from the letter.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Has the Jobcenter written that it needs more time for “{title}”? Enter the new date and the reason from the letter.</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>E&amp;xtend</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;New deadline:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>Jobcenter’s reason</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>e.g. “Letter of 12.03.: many requests, file in the archive”</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>Please enter the reason.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>No longer recognised in the entry as it is now</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Importance: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>Recognised by:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;Possible warning signs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>Possible warning signs for this entry</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>No warning signs recognised so far.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>While you write, the program checks whether something sounds like a data protection problem – for example a copy of your ID card, bank statements that were not blacked out, or questions about illnesses.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>1 possible warning sign. It will be noted when you save.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>{n} possible warning signs. They will be noted when you save.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>The rules for warning signs are new. Entries are being checked: {done} of {n} …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>All {n} entries have been checked for warning signs.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>Which warning signs to show</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>Warning signs in the diary</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>Selected warning sign</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>Go to &amp;entry</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;Dismiss …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>Mark as do&amp;ne</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;Write letter …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>Write the matching letter for this warning sign, already filled in</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>Show the entry in the diary</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>This warning sign does not apply – with a reason</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>Mark the warning sign as open again</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>You have taken care of it</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Warning signs in your diary&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>No warning signs so far. The program checks every entry when you save it.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>No warning signs with this status.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>{shown} shown · {open} open · {n} in total</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>Suggested: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>There is no suggested letter for this warning sign.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>Entry: {entry} on {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Importance: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>Your reason:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>This warning sign is no longer recognised in the entry as it is now. Your decision is still saved.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>What does this mean?</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>What it was recognised by</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>Matching letters</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>Saved. You will find the warning sign under “{status}”.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>The diary is being created</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>&amp;Next ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>Setup (scroll area)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;Let&apos;s start ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>&amp;Go to diary</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Where should your diary be stored?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your passphrase&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your recovery code&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Have you written down the code?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;About you&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Your Jobcenter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Remember on this PC?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Done&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>Your diary is set up and encrypted.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>Remember on this PC: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;After an appointment, call or letter, it is best to write down right away what happened. Keep your recovery code in a safe place.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>One moment please – your diary is being created and encrypted. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>Choose a folder for the diary</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>Choose the folder with your diary</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>There is no diary in the folder “{folder}” (the file “{file}” is missing). Please choose the folder that contains this file.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>Your diary is a folder with encrypted files. Anyone who finds it cannot read anything in it without your passphrase.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>On this &amp;computer, in my user folder (recommended)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>In &amp;another folder, for example on a USB stick</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>Folder for the diary</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>Choose &amp;folder …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>On a USB stick you can take your diary with you. Plug in the stick before you start the program, and make a backup from time to time (under “Settings”) – a stick is easily lost or broken.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>&amp;Open this diary</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>How handed over</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Documents handed over</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>&amp;Add document</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>Add re&amp;quested</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>Record all documents ticked above as handed over</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>Nothing handed over? Then simply leave this list empty.</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>Description for the letter, will be printed</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>e.g. current account, tenancy agreement Musterweg 12 – or leave empty</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>Appears on the receipt (Eingangsbestätigung) and in letters to the Jobcenter. Only write a factual name of the document here.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>Private note, never printed</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>e.g. “copied at the copier without asking” – only for you</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>Only for you: appears in no letter and on no receipt. Warning signs are recognised here too.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>Description for the l&amp;etter (will be printed):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>&amp;Private note (never printed):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>Copied or scanned by Jobcenter</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>Consent asked for</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>Receipt received</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>Original returned</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>Texts for the selected document</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>Texts for row {row}: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>Federal state of the Jobcenter</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>District or city</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>Type the first letters</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>Type: joint institution</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>Type: approved municipal provider</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>Suggestion for the type</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>Note on the type</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>Name of the Jobcenter</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>as at the top of its letters</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>Street or PO box of the Jobcenter</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>Postcode of the Jobcenter</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>Town of the Jobcenter</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Federal state:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;District/city:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>Street/&amp;PO box:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>Postcode, &amp;town:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;Suggestion: joint institution (gemeinsame Einrichtung).&lt;/b&gt; In {land}, all Jobcenters are joint institutions.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Suggestion: approved municipal provider (zugelassener kommunaler Träger).&lt;/b&gt; “{district}” is on the list of Jobcenters that the district or city runs on its own. Please check this on a letter from the Jobcenter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Suggestion: joint institution (gemeinsame Einrichtung).&lt;/b&gt; “{district}” is not on the list of Jobcenters that the district or city runs on its own – this is the case for most Jobcenters. Please check this on a letter from the Jobcenter.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>There are two types of Jobcenter. The type decides whom you contact about data protection problems. Choose your district or city; the program suggests the type.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>Selected letter</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>&amp;Preview / Print</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as PD&amp;F …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>&amp;Mark as sent …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;Reply received …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>E&amp;xtend deadline …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>&amp;Edit draft …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>View and print the letter</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>Save a copy as a PDF file</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>How and when the letter was sent; the deadline starts</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>The Jobcenter has replied</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>The Jobcenter has asked for more time and given a reason</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>Delete the letter from the diary (asks first)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>Change the draft in the assistant before you send it</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>New letter</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>Discard the letter (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>The Jobcenter must reply to this. When you mark the letter as sent, the program works out the deadline and reminds you.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>New letter: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>1 handover</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>{n} handovers</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>1 warning sign</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>{n} warning signs</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>1 earlier letter</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>{n} earlier letters</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>Already selected: {what}. You can change this in the next step.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>You can also enter the address of the data protection authority yourself.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>Please enter the address of the data protection authority.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>The letter could not be created. Check your details and try again.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>Subject: {subject}.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>One page.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>{n} pages.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>The letter is in the file {n} times: you keep one copy.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>Sign the letter after printing.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>“Done” keeps it in the diary.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>Step 1 of 4: Which letter?</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>Step 2 of 4: What is it about?</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>Step 3 of 4: Details for the letter</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>Step 4 of 4: Your letter</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>Please still fill in: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>Please first read the note and tick it.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>Keep the letter in the diary and close the assistant. You can also print it later under “Letters”.</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>&amp;Show preview</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>Tick this if you hand over or send the letter today. The program then works out by when the Jobcenter must reply.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>Tick this if you hand over or send the letter today. Otherwise it stays a draft, and you mark it as sent later under “Letters”.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>Saved as PDF at “{path}”. This file is not encrypted; delete it when you no longer need it. With “Done” you also keep the letter in the diary, so that the program watches for the reply.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>{n} page(s) sent to the printer. Sign the letter. With “Done” you keep it in the diary, so that the program watches for the reply.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">The program then works out by when the Jobcenter must reply.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>The suggestions from the diary could not be loaded.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>The program does not know this type of letter. Please choose one.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">Saved as PDF at “{path}”. This file is not encrypted; delete it when you no longer need it. Also save the letter in the diary, so that the program keeps track of the reply.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">{n} page(s) sent to the printer. Sign the letter. Save it here in the diary, so that the program keeps track of the reply.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>received on {date}</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>no deadline</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;New letter …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>Write a letter to the Jobcenter (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>No letters yet</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>Your letters</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>No letters yet. With a letter you can, for example, ask the Jobcenter for information about your data, have a copy of your ID card deleted, or get a confirmation that you handed over documents. The program drafts the letter for you; you print it, sign it and send it. After that, it watches the deadline for the reply. To start: “New letter …” at the top right (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Your letters to the Jobcenter&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>{n} letters</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>1 letter</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>{n} with overdue reply</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>The reply is overdue: the Jobcenter was required to reply by {date}.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>Next step: a short reminder with a final deadline of two weeks.</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>Write &amp;reminder …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>The reply is overdue: you had asked for a reply by {date}.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>There was no reply to your reminder either. Next step: a complaint to the data protection authority (Datenschutzaufsicht).</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>Write co&amp;mplaint …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>Write next &amp;letter …</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>An</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation>Date of letter</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>on {date}, {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>Reply received</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>How the deadline was counted</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>Extended:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>Print the letter, sign it and send it. Then mark it as sent – from then on the program watches for the reply.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Saved at “{path}”. This file is not encrypted; delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>Delete letter?</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>Really delete “{title}” ({subject}) from the diary? The letter and its deadline will then be gone. It is better to keep a letter you have already sent – as proof.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>The letter was deleted. Undo with Strg+Z.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Amtstagebuch</source>
        <translation>Amtstagebuch</translation>
    </message>
    <message>
        <source>{page} – Amtstagebuch</source>
        <translation>{page} – Amtstagebuch</translation>
    </message>
    <message>
        <source>Hinweis zum Speicherort</source>
        <translation>Note on the storage location</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;New entry …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>New le&amp;tter …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;Delete entry …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;Diary</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>&amp;What is this view for?</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>&amp;About Amtstagebuch …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>Text size: {percent} %</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>What is this view for?</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ Not saved: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ Everything saved</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>Older version opened</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>&amp;Restore newer version</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>&amp;Continue with this version</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>The newer version has been restored.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>You are continuing with this version.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>Did not work</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>Delete entry?</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>Really delete the entry of {date}? Attached files will be destroyed for good when you lock or exit. Until then you can undo the deletion with Strg+Z.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Entry deleted. Undo with Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>Letter restored.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>Entry restored.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>Your latest changes could not be saved:
{reason}

Free up space or plug the storage device back in, and try again. If you lock anyway, these changes will be lost; the last saved version is kept.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>Lock anyway</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>The backup was not restored: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>The backup has been restored. Your previous version is in the folder “sicherungen”. Now unlock the diary with the passphrase of the backup.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>&amp;Show passphrase while typing</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>Tips for the passphrase</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>good enough</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>not good enough yet</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>Nothing entered yet.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>To be safe, please type the passphrase once more.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ Both entries match.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ The two entries do not match yet.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>Overview (scroll area)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>Your diary is still empty. After your next appointment, call or letter, write down what happened – ideally right afterwards. For this, the “Diary” menu has the item “New entry” (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>Next appointments</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>agreed with {who}</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>No appointment noted. When you get a new appointment, enter it in the entry under “Next appointment”.</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>Latest entries</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>{n} entries in the diary</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>{n} documents handed over, {m} of them without a receipt</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>Tip: ask for a written confirmation of everything you hand over. Under “Documents” you can see where a receipt (Eingangsbestätigung) is missing.</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>The Jobcenter has copied or scanned {n} kinds of documents</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>{n} originals not returned yet</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>No open warning signs. The program checks every entry when you save it.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>1 open warning sign ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>{n} open warning signs ({weights}), the most important:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>See all warning signs</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>Reply overdue since {date}</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>Reply due {when}</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>Open the letter: the program suggests the next step, first a reminder.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>Letter preview</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>This page cannot be shown.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>The passphrase protects your diary. It is best to use a short sentence of four or more words that only you know – for example something funny that you can easily picture. Special characters are not needed.
Do not write the passphrase on a note next to the computer.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>Letter: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as PD&amp;F …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Saved at “{path}”. This file is not encrypted; delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>{n} page(s) sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>Note on the preview</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as PD&amp;F …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>Save a copy as a PDF file, e.g. to upload or fax it</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>&amp;Already sent:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">&amp;Save in diary</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">Keep the letter as a draft in the diary; you can mark it as sent later</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>How sent</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">Sent &amp;by:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>o&amp;n</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">Save and mark as s&amp;ent</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>e.g. Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>e.g. 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>e.g. Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>e.g. 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>Number of the household (Bedarfsgemeinschaft)</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>e.g. 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>Federal state</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;Street, no.:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>&amp;Postcode, town:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Federal state:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>&amp;Customer no.:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>B&amp;G number:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>The customer number (Kundennummer) and BG number (number of the household, Bedarfsgemeinschaft) are at the top of every letter from the Jobcenter. If you do not know something, simply leave it empty.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>These details will later appear as the sender on your letters to the Jobcenter. All fields may be left empty.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>&amp;Print sheet …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>Save and print the sheet with the code</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>Copy code to the clipboard</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>Note on the code</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>Group {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>The sheet is saved as “{path}”. Delete the file as soon as it is printed.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>The code has been copied. The clipboard will be emptied again in {seconds} seconds. Only paste it into a program you trust.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>If you forget your passphrase, only this code can open your diary. It is shown only now. Copy it onto paper or print the sheet, and keep it safe, away from the computer – like a house key.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>On the next page we ask for two groups, so that you can be sure your copy is correct. The code has no zero and no O, no one and no I.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>How and when did you send or hand over “{title}”? From this day on, the program counts the deadline for the reply.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>&amp;Mark</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>Keep the proof: return receipt (Rückschein), fax report, receipt stamp or upload confirmation.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>Profile: note</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>Jobcenter: note</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>Passphrase: note</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>Create ne&amp;w recovery code …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>Recovery code: note</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>&amp;Remember on this PC (open without passphrase)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Remember on this PC</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Why this is not possible here</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>Remember on this PC: note</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>Minutes without input before the diary locks</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>Create backup &amp;now …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>Re&amp;store backup …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>Backup: note</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>Settings (scroll area)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>You do not need the old passphrase for this, because the diary is open right now. Your recovery code stays valid.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>Have you lost your code, or could someone else know it? Then create a new one. The old code will then no longer work.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>Caution: then anyone who is signed in to this computer with your user account can open your diary. Only turn this on if nobody else uses this computer with your account.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>Lock a&amp;utomatically after</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>without input</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>A backup is a file with your whole diary, encrypted like the diary itself. Save it on a USB stick from time to time and keep the stick away from the computer.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>Language and text</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>Also in the View menu: Strg and + (larger), Strg and − (smaller).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>The keyring of this PC no longer has the remembered key. “Remember on this PC” is therefore off; you can turn it on again.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>The diary is being re-encrypted</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ Profile saved (this happens automatically).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ Jobcenter saved (this happens automatically).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>One moment please – the new passphrase is being set up and your diary is being encrypted with a new key …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>The passphrase was not changed: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ The passphrase has been changed. From now on you open the diary with the new passphrase.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>Because your diary comes from an early version, there is also a new recovery code (below); the old one no longer works.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>Create a new recovery code?</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>After this, your current code will no longer work. The new code is shown only once: have paper and pen ready or print the sheet.

Create a new code now?</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>One moment please – the new code is being set up and your diary is being encrypted with a new key …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>Your new recovery code is shown above. It is shown only now – copy it down or print the sheet. The old code no longer works.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ This PC remembers your diary.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ This PC no longer remembers your diary.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>Amtstagebuch backups (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>One moment please – the backup is being written …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>1 attachment</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ The backup has been saved: {path} ({size}, {attachments}). It is encrypted and opens with your current passphrase. Keep it away from the computer.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>Restoring replaces your current diary with the version in the backup. For this, the diary is locked first. Your current version is not lost: it is kept as a file in the folder “sicherungen”.

Afterwards, you open the diary with the passphrase that was valid when the backup was made.

Choose a backup?</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>Amtstagebuch backups (*.amtbak *.amtb);;All files (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>Which passphrase was the backup made with?
If you have not changed the passphrase since then, it is your current one.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>One moment please – the backup is being checked …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>The backup was not restored: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>The backup is fine.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>yes, always</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>no, never</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r} of {n} times</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>yes, {n} times</translation>
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
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>Which letter would you like to write? The program drafts it with your details. You will see it before printing and can go back at any time.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>Types of letter</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;Type of letter:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>About this letter</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>About this letter (scroll area)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (suggested)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>Unlock diary</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Unlock diary&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>with my &amp;passphrase</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>with the &amp;recovery code</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>&amp;Open without typing (remembered on this PC)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>Open without passphrase</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>Open latest readable &amp;backup</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>Diary in the folder: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>Please enter your recovery code first.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>Please enter your passphrase first.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>One moment please – the diary is being unlocked …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>The key remembered on this PC no longer fits. Please enter your passphrase.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>The backup was opened. The damaged file is in “sicherungen”.</translation>
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
        <translation>Amtstagebuch helps you record every contact with the Jobcenter: appointments, calls, letters and which documents you handed over. Everything stays encrypted on your computer; the program never connects to the internet.

The setup takes about three minutes. Please have ready:
• a sheet of paper and a pen (for your recovery code),
• a letter from the Jobcenter (for your customer number and address).

You can change every step later under “Settings”.</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>Note on the previous folder</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>Your diary was last in the folder “{folder}”. It cannot be found there right now. Is it on a USB stick? Then plug it in and choose “Open existing diary …”.</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;Open existing diary …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>Open an existing diary, for example on a USB stick</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>Do you already have a diary?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>joint institution (with the Federal Employment Agency)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>approved municipal provider (district or city alone)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>Save sheet with the recovery code</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>Sheet saved</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>The sheet has been saved:
{path}

Open it now to print it?

Important: delete the file as soon as the sheet is printed. Anyone who finds the file can open your diary with the code.</translation>
    </message>
</context>
</TS>
