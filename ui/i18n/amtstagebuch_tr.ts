<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über Amtstagebuch</source>
        <translation>Amtstagebuch hakkında</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <source>Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine Gewährleistung.</source>
        <translation>Lisans: GNU Genel Kamu Lisansı, sürüm 3 veya sonrası ({spdx}). Amtstagebuch’u ücretsiz kullanabilir, başkalarına verebilir ve değiştirebilirsiniz. Programı (değiştirilmiş olsa da) başkasına veren, aynı hakları ve kaynak kodunu da vermelidir. Hiçbir garanti verilmez.</translation>
    </message>
    <message>
        <source>Bestandteile</source>
        <translation>Bileşenler</translation>
    </message>
    <message>
        <source>Bestandteil</source>
        <translation>Bileşen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Enthaltene &amp;Bestandteile und ihre Lizenzen:</source>
        <translation>İçerdiği &amp;bileşenler ve lisansları:</translation>
    </message>
    <message>
        <source>Lizenztext</source>
        <translation>Lisans metni</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Lizenz: {spdx}</source>
        <translation>Lisans: {spdx}</translation>
    </message>
    <message>
        <source>Der Lizenztext fehlt in diesem Programmpaket.</source>
        <translation>Bu program paketinde lisans metni eksik.</translation>
    </message>
</context>
<context>
    <name>AnsweredDialog</name>
    <message>
        <source>Antwort erhalten</source>
        <translation>Cevap geldi</translation>
    </message>
    <message>
        <source>An welchem Tag ist die Antwort auf „{title}“ bei Ihnen angekommen? Legen Sie die Antwort am besten als Eintrag mit Anhang ins Tagebuch.</source>
        <translation>“{title}” için cevap size hangi gün ulaştı? Cevabı, ekiyle birlikte günlüğe bir kayıt olarak koymanız en iyisidir.</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Erhalten &amp;am:</source>
        <translation>&amp;Geldiği tarih:</translation>
    </message>
    <message>
        <source>Antwort erhalten am</source>
        <translation>Cevabın geldiği tarih</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Anhänge des Eintrags</source>
        <translation>Kaydın ekleri</translation>
    </message>
    <message>
        <source>Datei</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>{name}
{kind} · {size} · hinzugefügt am {date}</source>
        <translation>{name}
{kind} · {size} · eklendiği tarih: {date}</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>Vorschau des Anhangs</source>
        <translation>Ekin önizlemesi</translation>
    </message>
    <message>
        <source>‹ Vor&amp;herige Seite</source>
        <translation>‹ Ö&amp;nceki sayfa</translation>
    </message>
    <message>
        <source>Vorherige Seite</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>&amp;Nächste Seite ›</source>
        <translation>S&amp;onraki sayfa ›</translation>
    </message>
    <message>
        <source>Nächste Seite</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>Seite</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Vorschau: {name}</source>
        <translation>Önizleme: {name}</translation>
    </message>
    <message>
        <source>„{name}“ ist beschädigt und kann nicht geöffnet werden. Die verschlüsselte Datei wurde verändert oder ist unvollständig. Ihre anderen Einträge und Anhänge sind davon nicht betroffen.</source>
        <translation>“{name}” bozuk ve açılamıyor. Şifreli dosya değiştirilmiş veya eksik. Diğer kayıtlarınız ve ekleriniz bundan etkilenmez.</translation>
    </message>
    <message>
        <source>„{name}“ lässt sich nicht anzeigen: die Datei ist beschädigt, unvollständig oder geschützt. Mit „Speichern unter …“ können Sie eine Kopie mit einem anderen Programm öffnen.</source>
        <translation>“{name}” gösterilemiyor: dosya bozuk, eksik veya korumalı. “Farklı kaydet …” ile bir kopyasını kaydedip başka bir programla açabilirsiniz.</translation>
    </message>
    <message>
        <source>Seite {page} lässt sich nicht anzeigen.</source>
        <translation>Sayfa {page} gösterilemiyor.</translation>
    </message>
    <message>
        <source>Seite {page} von {count}</source>
        <translation>Sayfa {page} / {count}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Hinweis zu den Anhängen</source>
        <translation>Ekler hakkında not</translation>
    </message>
    <message>
        <source>Datei &amp;anhängen …</source>
        <translation>Dosya &amp;ekle …</translation>
    </message>
    <message>
        <source>Datei anhängen</source>
        <translation>Dosya ekle</translation>
    </message>
    <message>
        <source>Ein Foto, einen Scan oder eine PDF-Datei verschlüsselt zu diesem Eintrag legen</source>
        <translation>Bu kayda şifreli olarak bir fotoğraf, tarama veya PDF dosyası ekleyin</translation>
    </message>
    <message>
        <source>An&amp;zeigen</source>
        <translation>&amp;Göster</translation>
    </message>
    <message>
        <source>Anhang anzeigen</source>
        <translation>Eki göster</translation>
    </message>
    <message>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Farklı kaydet …</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern unter</source>
        <translation>Eki şifresiz olarak farklı kaydet</translation>
    </message>
    <message>
        <source>&amp;Entfernen …</source>
        <translation>&amp;Kaldır …</translation>
    </message>
    <message>
        <source>Anhang entfernen</source>
        <translation>Eki kaldır</translation>
    </message>
    <message>
        <source>Entfernen &amp;rückgängig</source>
        <translation>Kaldırmayı geri &amp;al</translation>
    </message>
    <message>
        <source>Entfernen des Anhangs rückgängig machen</source>
        <translation>Ekin kaldırılmasını geri al</translation>
    </message>
    <message>
        <source>Anhänge</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um seine Anhänge zu sehen.</source>
        <translation>Eklerini görmek için bir kayıt seçin.</translation>
    </message>
    <message>
        <source>Anhänge ({n})</source>
        <translation>Ekler ({n})</translation>
    </message>
    <message>
        <source>Noch keine. Ziehen Sie Fotos, Scans oder PDF-Dateien hierher oder wählen Sie „Datei anhängen …“. Alles wird verschlüsselt gespeichert.</source>
        <translation>Henüz ek yok. Fotoğrafları, taramaları veya PDF dosyalarını buraya sürükleyin ya da “Dosya ekle …” seçeneğini seçin. Her şey şifreli olarak kaydedilir.</translation>
    </message>
    <message>
        <source>Weitere Dateien einfach hierher ziehen.</source>
        <translation>Başka dosyaları buraya sürüklemeniz yeterli.</translation>
    </message>
    <message>
        <source>Fotos, Scans und PDF-Dateien (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Fotoğraflar, taramalar ve PDF dosyaları (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>„{name}“ wurde verschlüsselt angehängt.</source>
        <translation>“{name}” şifreli olarak eklendi.</translation>
    </message>
    <message>
        <source>{n} Dateien wurden verschlüsselt angehängt.</source>
        <translation>{n} dosya şifreli olarak eklendi.</translation>
    </message>
    <message>
        <source>Loslassen, um die Dateien verschlüsselt anzuhängen.</source>
        <translation>Dosyaları şifreli olarak eklemek için bırakın.</translation>
    </message>
    <message>
        <source>Anhang unverschlüsselt speichern</source>
        <translation>Eki şifresiz kaydet</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>„{name}“ wurde unter „{path}“ gespeichert. Diese Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>“{name}”, “{path}” konumuna kaydedildi. Bu kopya şifreli değildir; artık ihtiyacınız olmadığında silin.</translation>
    </message>
    <message>
        <source>Anhang entfernen?</source>
        <translation>Ek kaldırılsın mı?</translation>
    </message>
    <message>
        <source>„{name}“ wirklich von diesem Eintrag entfernen? Bis Sie das Tagebuch sperren oder beenden, können Sie das mit „Entfernen rückgängig“ zurücknehmen.</source>
        <translation>“{name}” bu kayıttan gerçekten kaldırılsın mı? Günlüğü kilitleyene veya programı kapatana kadar bunu “Kaldırmayı geri al” ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>„{name}“ wurde entfernt.</source>
        <translation>“{name}” kaldırıldı.</translation>
    </message>
    <message>
        <source>„{name}“ ist wieder da.</source>
        <translation>“{name}” geri geldi.</translation>
    </message>
</context>
<context>
    <name>Bezeichnung</name>
    <message>
        <source>Termin</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Mektup</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Ev ziyareti</translation>
    </message>
    <message>
        <source>Online-Portal</source>
        <translation>Çevrim içi portal</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>persönlich abgegeben</source>
        <translation>elden teslim</translation>
    </message>
    <message>
        <source>in den Briefkasten</source>
        <translation>posta kutusuna</translation>
    </message>
    <message>
        <source>per Post</source>
        <translation>postayla</translation>
    </message>
    <message>
        <source>per Einschreiben</source>
        <translation>taahhütlü postayla</translation>
    </message>
    <message>
        <source>per Fax</source>
        <translation>faksla</translation>
    </message>
    <message>
        <source>hochgeladen</source>
        <translation>yüklendi</translation>
    </message>
    <message>
        <source>Foto (JPEG)</source>
        <translation>Fotoğraf (JPEG)</translation>
    </message>
    <message>
        <source>Bild (PNG)</source>
        <translation>Resim (PNG)</translation>
    </message>
    <message>
        <source>PDF-Dokument</source>
        <translation>PDF belgesi</translation>
    </message>
    <message>
        <source>JPEG-Bilder (*.jpg *.jpeg)</source>
        <translation>JPEG resimleri (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>PNG-Bilder (*.png)</source>
        <translation>PNG resimleri (*.png)</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Zuerst abgegeben</source>
        <translation>İlk teslim</translation>
    </message>
    <message>
        <source>Zuletzt abgegeben</source>
        <translation>Son teslim</translation>
    </message>
    <message>
        <source>Wie oft</source>
        <translation>Kaç kez</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Alındı belgesi</translation>
    </message>
    <message>
        <source>Kopiert/gescannt</source>
        <translation>Kopyalandı/tarandı</translation>
    </message>
    <message>
        <source>in den Briefkasten geworfen</source>
        <translation>posta kutusuna atıldı</translation>
    </message>
    <message>
        <source>mit der Post geschickt</source>
        <translation>postayla gönderildi</translation>
    </message>
    <message>
        <source>als Einschreiben geschickt</source>
        <translation>taahhütlü gönderildi</translation>
    </message>
    <message>
        <source>gefaxt</source>
        <translation>fakslandı</translation>
    </message>
    <message>
        <source>im Online-Portal hochgeladen</source>
        <translation>çevrim içi portala yüklendi</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asıl</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>kopiert</source>
        <translation>kopyalandı</translation>
    </message>
    <message>
        <source>gescannt</source>
        <translation>tarandı</translation>
    </message>
    <message>
        <source>beides</source>
        <translation>ikisi de</translation>
    </message>
    <message>
        <source>weiß nicht</source>
        <translation>bilmiyorum</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Welche Unterlage?</source>
        <translation>Hangi belge?</translation>
    </message>
    <message>
        <source>Original?</source>
        <translation>Asıl mı?</translation>
    </message>
    <message>
        <source>Haben Sie das Original oder eine Kopie abgegeben?</source>
        <translation>Belgenin aslını mı yoksa kopyasını mı verdiniz?</translation>
    </message>
    <message>
        <source>Kopiert?</source>
        <translation>Kopyalandı mı?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter die Unterlage kopiert, gescannt oder beides?</source>
        <translation>Jobcenter belgeyi kopyaladı mı, taradı mı, yoksa ikisini de mi yaptı?</translation>
    </message>
    <message>
        <source>Gefragt?</source>
        <translation>Soruldu mu?</translation>
    </message>
    <message>
        <source>Hat das Jobcenter Sie gefragt, ob Sie mit dem Kopieren einverstanden sind?</source>
        <translation>Jobcenter, kopyalamaya onay verip vermediğinizi size sordu mu?</translation>
    </message>
    <message>
        <source>Bestätigt?</source>
        <translation>Onaylandı mı?</translation>
    </message>
    <message>
        <source>Haben Sie eine Eingangsbestätigung bekommen?</source>
        <translation>Alındı belgesi (Eingangsbestätigung) aldınız mı?</translation>
    </message>
    <message>
        <source>Zurück?</source>
        <translation>Geri verildi mi?</translation>
    </message>
    <message>
        <source>Haben Sie das Original zurückbekommen?</source>
        <translation>Belgenin aslı size geri verildi mi?</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Görüşülen kişi</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>angelegt</source>
        <translation>oluşturuldu</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>geri yüklendi</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>çok önemli</translation>
    </message>
    <message>
        <source>wichtig</source>
        <translation>önemli</translation>
    </message>
    <message>
        <source>zur Beachtung</source>
        <translation>bilginize</translation>
    </message>
    <message>
        <source>Löschung verlangen</source>
        <translation>Silinmesini iste</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Onayı geri al</translation>
    </message>
    <message>
        <source>Auskunft über meine Daten verlangen</source>
        <translation>Verilerim hakkında bilgi iste</translation>
    </message>
    <message>
        <source>Beschwerde bei der Datenschutzaufsicht</source>
        <translation>Veri koruma denetim makamına şikâyet</translation>
    </message>
    <message>
        <source>Begleitschreiben zu den Kontoauszügen</source>
        <translation>Hesap dökümleri için ön yazı</translation>
    </message>
    <message>
        <source>Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag</source>
        <translation>Kapalı zarftaki sağlık belgeleri için not</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Verarbeitung meiner Daten</source>
        <translation>Verilerimin işlenmesine itiraz</translation>
    </message>
    <message>
        <source>Liste der Unterlagen mit Eingangsbestätigung</source>
        <translation>Alındı onaylı belge listesi</translation>
    </message>
    <message>
        <source>Merkblatt für den Termin mit Begleitung</source>
        <translation>Refakatçiyle gidilen randevu için bilgi notu</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Was vereinbart wurde</source>
        <translation>Ne kararlaştırıldı</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Sıradaki adım</translation>
    </message>
    <message>
        <source>Was verlangt wurde</source>
        <translation>Ne istendi</translation>
    </message>
    <message>
        <source>Unterschrift für</source>
        <translation>İmza istenen konu</translation>
    </message>
    <message>
        <source>Angaben zum Termin</source>
        <translation>Randevu bilgileri</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Teslim edilen belgeler</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt</source>
        <translation>Görüşme bilgileri</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>verworfen</source>
        <translation>yok sayıldı</translation>
    </message>
    <message>
        <source>erledigt</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Yok sayıldı</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Bedeutung</source>
        <translation>Önem</translation>
    </message>
    <message>
        <source>Warnsignal</source>
        <translation>Uyarı işareti</translation>
    </message>
    <message>
        <source>Eintrag</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Çar</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Paz</translation>
    </message>
    <message>
        <source>bis {date}</source>
        <translation>{date} tarihine kadar</translation>
    </message>
    <message>
        <source>Brief als PDF speichern</source>
        <translation>Mektubu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Entwurf</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Beantwortet</source>
        <translation>Cevaplandı</translation>
    </message>
    <message>
        <source>⚠ Antwort überfällig</source>
        <translation>⚠ Cevap gecikti</translation>
    </message>
    <message>
        <source>⚠ Überfällig</source>
        <translation>⚠ Gecikti</translation>
    </message>
    <message>
        <source>Antwort</source>
        <translation>Cevap</translation>
    </message>
    <message>
        <source>Übersicht</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Tagebuch</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Unterlagen</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Uyarı işaretleri</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Mektuplar</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Die Übersicht zeigt auf einen Blick: Ihre nächsten Termine, offene Warnsignale (die wichtigsten zuerst), Briefe, auf die Sie eine Antwort erwarten, und die letzten Einträge. Ein Klick auf einen Link führt zur Stelle.</source>
        <translation>Genel bakış size tek bakışta şunları gösterir: sıradaki randevularınız, açık uyarı işaretleri (en önemlileri önce), cevap beklediğiniz mektuplar ve son kayıtlar. Bir bağlantıya tıklarsanız ilgili yere gidersiniz.</translation>
    </message>
    <message>
        <source>Im Tagebuch steht jeder Kontakt mit dem Jobcenter: Termine, Anrufe, Briefe, E-Mails. Mit Strg+N legen Sie einen neuen Eintrag an. Schreiben Sie am besten gleich nach dem Termin auf, was gesagt und verlangt wurde.</source>
        <translation>Günlükte Jobcenter ile her temasınız yer alır: randevular, telefon görüşmeleri, mektuplar, e-postalar. Strg+N ile yeni bir kayıt oluşturursunuz. Randevudan hemen sonra ne söylendiğini ve ne istendiğini yazmanız en iyisidir.</translation>
    </message>
    <message>
        <source>Unter Unterlagen sehen Sie jedes Papier, das Sie abgegeben haben, und ob Sie dafür eine Eingangsbestätigung haben. Wo sie fehlt, kann das Programm eine Liste zum Abstempeln schreiben.</source>
        <translation>“Belgeler” bölümünde verdiğiniz her belgeyi ve bunun için alındı belgeniz (Eingangsbestätigung) olup olmadığını görürsünüz. Alındı belgesi eksikse program, kaşe bastırmanız için bir liste hazırlayabilir.</translation>
    </message>
    <message>
        <source>Warnsignale sind Stellen in Ihren Einträgen, an denen der Datenschutz verletzt sein könnte – zum Beispiel eine Ausweiskopie ohne Ihre Zustimmung. Jedes zeigt die Wörter, an denen es erkannt wurde, und was Sie tun können. Was nicht zutrifft, verwerfen Sie mit einer kurzen Begründung.</source>
        <translation>Uyarı işaretleri, kayıtlarınızda veri korumanın ihlal edilmiş olabileceği yerlerdir – örneğin onayınız olmadan kimlik kartınızın kopyalanması. Her biri, hangi kelimelerden tanındığını ve neler yapabileceğinizi gösterir. Durumunuza uymayanları kısa bir gerekçeyle yok sayın.</translation>
    </message>
    <message>
        <source>Unter Briefe schreiben Sie Briefe an das Jobcenter oder die Datenschutzaufsicht (zum Beispiel eine Auskunft über Ihre Daten) und behalten im Blick, bis wann eine Antwort kommen muss.</source>
        <translation>“Mektuplar” bölümünde Jobcenter’a veya veri koruma denetim makamına mektup yazarsınız (örneğin verileriniz hakkında bilgi talebi) ve cevabın ne zamana kadar gelmesi gerektiğini takip edersiniz.</translation>
    </message>
    <message>
        <source>In den Einstellungen ändern Sie Ihre Angaben und die Ihres Jobcenters, die Passphrase und die Sicherung. Hier legen Sie auch fest, nach wie vielen Minuten das Tagebuch sich von selbst sperrt.</source>
        <translation>Ayarlarda kendi bilgilerinizi ve Jobcenter’ınızın bilgilerini, parolanızı ve yedeği değiştirirsiniz. Günlüğün kaç dakika sonra kendiliğinden kilitleneceğini de burada belirlersiniz.</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist verschlüsselt. Geben Sie Ihre Passphrase ein, um es zu öffnen. Haben Sie die Passphrase vergessen, wählen Sie „mit dem Wiederherstellungscode“ und tippen den Code von Ihrem Notfallblatt ab.</source>
        <translation>Günlüğünüz şifrelidir. Açmak için parolanızı girin. Parolanızı unuttuysanız “kurtarma koduyla” seçeneğini seçin ve acil durum sayfanızdaki kodu yazın.</translation>
    </message>
    <message>
        <source>Die Einrichtung legt Ihr verschlüsseltes Tagebuch an: wo es liegt, Ihre Passphrase und ein Wiederherstellungscode für den Notfall. Nichts davon verlässt Ihren Computer.</source>
        <translation>Kurulum şifreli günlüğünüzü oluşturur: nerede duracağını, parolanızı ve acil durumlar için bir kurtarma kodunu. Bunların hiçbiri bilgisayarınızdan dışarı çıkmaz.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Bitte tippen Sie die zwei Gruppen von Ihrem Zettel ab (nicht vom Bildschirm). Groß- und Kleinschreibung und Leerzeichen sind egal.</source>
        <translation>Lütfen kağıdınızdaki iki grubu yazın (ekrandan değil). Büyük/küçük harf ve boşluklar önemli değildir.</translation>
    </message>
    <message>
        <source>Gruppe &amp;{n}:</source>
        <translation>&amp;Grup {n}:</translation>
    </message>
    <message>
        <source>Gruppe {n} des Codes</source>
        <translation>Kodun {n}. grubu</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Worum geht es in dem Brief? Haken Sie an, was dazugehört – der Brief nennt dann die Daten und Einzelheiten. Sie können diesen Schritt auch überspringen.</source>
        <translation>Mektup ne hakkında? İlgili olanları işaretleyin – mektupta tarihler ve ayrıntılar yer alır. Bu adımı atlayabilirsiniz de.</translation>
    </message>
    <message>
        <source>&amp;Einträge im Tagebuch</source>
        <translation>Günlükteki &amp;kayıtlar</translation>
    </message>
    <message>
        <source>Ab&amp;gegebene Unterlagen</source>
        <translation>&amp;Teslim edilen belgeler</translation>
    </message>
    <message>
        <source>Warn&amp;signale</source>
        <translation>Uyarı &amp;işaretleri</translation>
    </message>
    <message>
        <source>Frühere &amp;Briefe</source>
        <translation>Önceki &amp;mektuplar</translation>
    </message>
    <message>
        <source>Noch keine Einträge im Tagebuch.</source>
        <translation>Günlükte henüz kayıt yok.</translation>
    </message>
    <message>
        <source>Noch keine Übergaben von Unterlagen eingetragen.</source>
        <translation>Henüz belge teslimi kaydedilmedi.</translation>
    </message>
    <message>
        <source>Keine Warnsignale.</source>
        <translation>Uyarı işareti yok.</translation>
    </message>
    <message>
        <source>Noch keine früheren Briefe.</source>
        <translation>Henüz önceki mektup yok.</translation>
    </message>
    <message>
        <source>Anliegen (Bildlaufbereich)</source>
        <translation>Konular (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Nr. {n} (älter)</source>
        <translation>No. {n} (daha eski)</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Wichtiger Hinweis</source>
        <translation>Önemli not</translation>
    </message>
    <message>
        <source>Ich habe den Hinweis &amp;gelesen</source>
        <translation>Notu &amp;okudum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aus Ihrem Tagebuch vorgeschlagen.&lt;/b&gt; Die Sätze in den Feldern unten kommen genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief.</source>
        <translation>&lt;b&gt;Günlüğünüzden önerildi.&lt;/b&gt; Aşağıdaki alanlardaki cümleler mektuba aynen girer. Her cümleyi okuyun; mektupta olmaması gerekenleri değiştirin veya silin. Günlükteki kendi notlarınız asla mektuba girmez.</translation>
    </message>
    <message>
        <source>Hinweis: Das kommt in den Brief</source>
        <translation>Not: Bu, mektuba girer</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>Anschrift des Empfängers</source>
        <translation>Alıcının adresi</translation>
    </message>
    <message>
        <source>&amp;Anschrift (eine Zeile je Zeile des Adressfelds):</source>
        <translation>&amp;Adres (adres alanının her satırı için bir satır):</translation>
    </message>
    <message>
        <source>Mit * markierte Felder müssen ausgefüllt sein.</source>
        <translation>* ile işaretli alanlar doldurulmalıdır.</translation>
    </message>
    <message>
        <source>Angaben für den Brief (Bildlaufbereich)</source>
        <translation>Mektup bilgileri (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Für diesen Brief brauchen Sie nichts weiter einzutragen.</source>
        <translation>Bu mektup için başka bir şey girmeniz gerekmiyor.</translation>
    </message>
    <message>
        <source>Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden.</source>
        <translation>Mektupta ne olması gerektiğini yazın. Konuşur gibi yazın.</translation>
    </message>
    <message>
        <source>Bitte zuerst lesen</source>
        <translation>Lütfen önce okuyun</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>Eine Angabe je Zeile</source>
        <translation>Her satıra bir bilgi</translation>
    </message>
    <message>
        <source>– nicht angegeben –</source>
        <translation>– belirtilmedi –</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Sie können Ihr Tagebuch auf diesem Computer öffnen lassen, ohne jedes Mal die Passphrase einzugeben.</source>
        <translation>Günlüğünüzün bu bilgisayarda her seferinde parola girmeden açılmasını sağlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken</source>
        <translation>Bu bilgisayarda &amp;hatırla</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Bu bilgisayarda hatırla</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt. Ihre Passphrase und Ihr Wiederherstellungscode gelten weiter. Sie können es jederzeit unter „Einstellungen“ wieder ausschalten.</source>
        <translation>Dikkat: Bu durumda bu bilgisayarda sizin kullanıcı hesabınızla oturum açan herkes günlüğünüzü açabilir. Bunu yalnızca bu bilgisayarı sizin hesabınızla başka kimse kullanmıyorsa açın. Parolanız ve kurtarma kodunuz geçerli kalır. Bunu istediğiniz zaman “Ayarlar” bölümünden yeniden kapatabilirsiniz.</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Bu neden burada mümkün değil</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Gewählter Eintrag</source>
        <translation>Seçili kayıt</translation>
    </message>
    <message>
        <source>Suchen in allen Notizen … (Strg+F)</source>
        <translation>Tüm notlarda ara … (Strg+F)</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Temas türü</translation>
    </message>
    <message>
        <source>Alle Arten</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>&amp;von</source>
        <translation>&amp;Başlangıç</translation>
    </message>
    <message>
        <source>&amp;bis</source>
        <translation>Bi&amp;tiş</translation>
    </message>
    <message>
        <source>Von Datum</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>Bis Datum</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Neuer &amp;Eintrag …</source>
        <translation>Yeni &amp;kayıt …</translation>
    </message>
    <message>
        <source>Ein Gedächtnisprotokoll schreiben (Strg+N)</source>
        <translation>Hafıza tutanağı yaz (Strg+N)</translation>
    </message>
    <message>
        <source>Einträge im Tagebuch</source>
        <translation>Günlükteki kayıtlar</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Eintrag, um ihn hier zu lesen.</source>
        <translation>Burada okumak için soldan bir kayıt seçin.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Mit „Neuer Eintrag“ (Strg+N) schreiben Sie auf, was beim Jobcenter passiert ist.</source>
        <translation>Henüz kayıt yok. “Yeni kayıt” (Strg+N) ile Jobcenter’da ne olduğunu yazarsınız.</translation>
    </message>
    <message>
        <source>Noch keine Einträge. Legen Sie nach Ihrem nächsten Kontakt mit dem Jobcenter einen an (Strg+N).</source>
        <translation>Henüz kayıt yok. Jobcenter ile bir sonraki temasınızdan sonra bir kayıt oluşturun (Strg+N).</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 kayıt</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} kayıt</translation>
    </message>
    <message>
        <source>{shown} von {n} Einträgen</source>
        <translation>{shown} / {n} kayıt</translation>
    </message>
    <message>
        <source>{channel} am {date}, {time} Uhr</source>
        <translation>{channel}, {date}, saat {time}</translation>
    </message>
    <message>
        <source>Gesprächspartner</source>
        <translation>Görüşülen kişi</translation>
    </message>
    <message>
        <source>Begleitung (Beistand)</source>
        <translation>Refakatçi (Beistand)</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Vereinbart</source>
        <translation>Kararlaştırılan</translation>
    </message>
    <message>
        <source>Als Nächstes</source>
        <translation>Sıradaki adım</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Fassung {n}: {action} am {date} um {time} Uhr</source>
        <translation>Revizyon {n}: {action}, {date}, saat {time}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Warnsignal verwerfen</source>
        <translation>Uyarı işaretini yok say</translation>
    </message>
    <message>
        <source>„{title}“ trifft nicht zu? Schreiben Sie kurz auf, warum – zum Beispiel „Ich habe selbst zugestimmt“ oder „Das war anders gemeint“. Die Begründung bleibt beim Warnsignal stehen.</source>
        <translation>“{title}” durumunuza uymuyor mu? Nedenini kısaca yazın – örneğin “Kendim onay verdim” veya “Öyle kastedilmemişti”. Gerekçe uyarı işaretinin yanında kalır.</translation>
    </message>
    <message>
        <source>Begründung</source>
        <translation>Gerekçe</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Begründung ein.</source>
        <translation>Lütfen bir gerekçe girin.</translation>
    </message>
    <message>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Yok say</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Abgegebene Dokumente im Überblick</source>
        <translation>Teslim edilen belgelere genel bakış</translation>
    </message>
    <message>
        <source>Alle Übergaben</source>
        <translation>Tüm teslimler</translation>
    </message>
    <message>
        <source>&amp;Eingangsbestätigung drucken …</source>
        <translation>&amp;Alındı belgesi yazdır …</translation>
    </message>
    <message>
        <source>Eine Liste der Unterlagen dieser Übergabe mit Feld für Stempel und Unterschrift, in zwei Exemplaren</source>
        <translation>Bu teslimdeki belgelerin kaşe ve imza alanlı listesi, iki nüsha</translation>
    </message>
    <message>
        <source>Wählen Sie eine Übergabe aus, um eine Eingangsbestätigung zu drucken.</source>
        <translation>Alındı belgesi yazdırmak için bir teslim seçin.</translation>
    </message>
    <message>
        <source>Übergabe / Dokument</source>
        <translation>Teslim / belge</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Asıl veya kopya</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Was hat das Jobcenter von mir – seit wann, mit Eingangsbestätigung?&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Jobcenter’da benim hangi belgelerim var – ne zamandan beri, alındı belgesiyle mi?&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Eingangsbestätigung</source>
        <translation>Alındı belgesi</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert</source>
        <translation>Jobcenter kopyaladı</translation>
    </message>
    <message>
        <source>Private Notiz (wird nie gedruckt)</source>
        <translation>Özel not (asla yazdırılmaz)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asıl</translation>
    </message>
    <message>
        <source>Kopie</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Noch keine Übergaben. Halten Sie fest, welche Unterlagen Sie abgeben – am besten mit einer Eingangsbestätigung.</source>
        <translation>Henüz teslim yok. Hangi belgeleri verdiğinizi kaydedin – en iyisi bir alındı belgesiyle (Eingangsbestätigung).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Zusammenfassung</source>
        <translation>Özet</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Gedächtnisprotokoll</source>
        <translation>Hafıza tutanağı</translation>
    </message>
    <message>
        <source>Eintrag bearbeiten</source>
        <translation>Kaydı düzenle</translation>
    </message>
    <message>
        <source>Fehler</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Art des Kontakts</source>
        <translation>Temas türü</translation>
    </message>
    <message>
        <source>Wo</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Wer war dabei</source>
        <translation>Kimler vardı</translation>
    </message>
    <message>
        <source>Begleitung</source>
        <translation>Refakatçi</translation>
    </message>
    <message>
        <source>Was wurde von Ihnen verlangt</source>
        <translation>Sizden ne istendi</translation>
    </message>
    <message>
        <source>Unterlagen, die verlangt wurden</source>
        <translation>İstenen belgeler</translation>
    </message>
    <message>
        <source>Was wurde vereinbart</source>
        <translation>Ne kararlaştırıldı</translation>
    </message>
    <message>
        <source>Was ist passiert (Ihre Notizen)</source>
        <translation>Ne oldu (notlarınız)</translation>
    </message>
    <message>
        <source>z. B. Frau K. (Arbeitsvermittlung)</source>
        <translation>örn. Bayan K. (iş danışmanı)</translation>
    </message>
    <message>
        <source>Name der Begleitperson, falls jemand dabei war</source>
        <translation>Yanınızda biri varsa refakatçinin adı</translation>
    </message>
    <message>
        <source>Was sollten Sie tun oder vorlegen?</source>
        <translation>Ne yapmanız veya ne getirmeniz gerekiyordu?</translation>
    </message>
    <message>
        <source>Das Jobcenter hat etwas kopiert, gescannt oder abfotografiert</source>
        <translation>Jobcenter bir şeyi kopyaladı, taradı veya fotoğrafını çekti</translation>
    </message>
    <message>
        <source>Ich sollte etwas unterschreiben oder einwilligen</source>
        <translation>Bir şey imzalamam veya bir şeye onay vermem istendi</translation>
    </message>
    <message>
        <source>Was genau?</source>
        <translation>Tam olarak ne?</translation>
    </message>
    <message>
        <source>Mir wurde gesagt, ohne Zustimmung gebe es kein Geld</source>
        <translation>Onay vermezsem para verilmeyeceği söylendi</translation>
    </message>
    <message>
        <source>Nächster Termin:</source>
        <translation>Sonraki randevu:</translation>
    </message>
    <message>
        <source>Schreiben Sie in eigenen Worten auf, was passiert ist – so genau wie möglich.</source>
        <translation>Ne olduğunu kendi kelimelerinizle, olabildiğince ayrıntılı yazın.</translation>
    </message>
    <message>
        <source>&amp;Wann:</source>
        <translation>&amp;Ne zaman:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>W&amp;o:</source>
        <translation>Ner&amp;ede:</translation>
    </message>
    <message>
        <source>Wer war &amp;dabei:</source>
        <translation>Kimler &amp;vardı:</translation>
    </message>
    <message>
        <source>&amp;Begleitung (§ 13 SGB X):</source>
        <translation>&amp;Refakatçi (§ 13 SGB X):</translation>
    </message>
    <message>
        <source>Was ist &amp;passiert:</source>
        <translation>Ne &amp;oldu:</translation>
    </message>
    <message>
        <source>Was wurde &amp;verlangt:</source>
        <translation>Ne &amp;istendi:</translation>
    </message>
    <message>
        <source>Unterlagen, die Sie abgegeben haben</source>
        <translation>Teslim ettiğiniz belgeler</translation>
    </message>
    <message>
        <source>Unterschrift für:</source>
        <translation>İmza istenen konu:</translation>
    </message>
    <message>
        <source>Was wurde v&amp;ereinbart:</source>
        <translation>Ne karar&amp;laştırıldı:</translation>
    </message>
    <message>
        <source>Angaben zum Kontakt (Bildlaufbereich)</source>
        <translation>Görüşme bilgileri (kaydırma alanı)</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Warnsignale können gerade nicht geprüft werden. Ihr Eintrag wird trotzdem ganz normal gespeichert.</source>
        <translation>Uyarı işaretleri şu anda kontrol edilemiyor. Kaydınız yine de normal şekilde kaydedilir.</translation>
    </message>
    <message>
        <source>Von Ihnen verworfen: „{reason}“</source>
        <translation>Sizin tarafınızdan yok sayıldı: “{reason}”</translation>
    </message>
    <message>
        <source>Von Ihnen als erledigt markiert.</source>
        <translation>Sizin tarafınızdan tamamlandı olarak işaretlendi.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Im Programm ist ein unerwarteter Fehler aufgetreten ({name}). Ihre gespeicherten Daten sind unverändert, und Sie können weiterarbeiten. Wenn der Fehler wiederkommt, sperren Sie das Tagebuch und starten Sie das Programm neu. Bitte melden Sie diesen Fehler.</source>
        <translation>Programda beklenmeyen bir hata oluştu ({name}). Kaydedilmiş verileriniz değişmedi, çalışmaya devam edebilirsiniz. Hata tekrar ederse günlüğü kilitleyin ve programı yeniden başlatın. Lütfen bu hatayı bildirin.</translation>
    </message>
    <message>
        <source>Unerwarteter Fehler</source>
        <translation>Beklenmeyen hata</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Was dieser Brief sagt (Bildlaufbereich)</source>
        <translation>Bu mektup ne diyor (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Was dieser Brief sagt</source>
        <translation>Bu mektup ne diyor</translation>
    </message>
    <message>
        <source>Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief selbst ist davon nicht betroffen.</source>
        <translation>Bu mektubun açıklaması oluşturulamadı. Mektubun kendisi bundan etkilenmez.</translation>
    </message>
    <message>
        <source>Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, damit Sie ihn im Brief finden.</source>
        <translation>Mektup Almancadır, çünkü bir Alman kurumuna gider. Burada paragraf paragraf ne dediği yazıyor. İtalik yazılan: paragrafın başı, mektupta bulabilmeniz için.</translation>
    </message>
    <message>
        <source>Was danach passiert</source>
        <translation>Sonra ne olur</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Das darf es nur, wenn es Ihnen das innerhalb des ersten Monats mitteilt und begründet – dann um höchstens zwei weitere Monate (Art. 12 Abs. 3 DSGVO). Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter, “{title}” için daha fazla zamana ihtiyacı olduğunu yazdı mı? Bunu yalnızca ilk ay içinde size bildirir ve gerekçe gösterirse yapabilir – o zaman da en fazla iki ay daha (Art. 12 Abs. 3 DSGVO). Yazıdaki yeni tarihi ve gerekçeyi girin.</translation>
    </message>
    <message>
        <source>Hat das Jobcenter geschrieben, dass es für „{title}“ länger braucht? Tragen Sie das neue Datum und die Begründung aus dem Schreiben ein.</source>
        <translation>Jobcenter, “{title}” için daha fazla zamana ihtiyacı olduğunu yazdı mı? Yazıdaki yeni tarihi ve gerekçeyi girin.</translation>
    </message>
    <message>
        <source>Frist verlängern</source>
        <translation>Süreyi uzat</translation>
    </message>
    <message>
        <source>&amp;Verlängern</source>
        <translation>&amp;Uzat</translation>
    </message>
    <message>
        <source>&amp;Neue Frist bis:</source>
        <translation>&amp;Yeni süre sonu:</translation>
    </message>
    <message>
        <source>Neue Frist</source>
        <translation>Yeni süre</translation>
    </message>
    <message>
        <source>Begründung des Jobcenters</source>
        <translation>Jobcenter’ın gerekçesi</translation>
    </message>
    <message>
        <source>z. B. „Schreiben vom 12.03.: viele Anfragen, Akte im Archiv“</source>
        <translation>örn. “12.03. tarihli yazı: çok sayıda başvuru, dosya arşivde”</translation>
    </message>
    <message>
        <source>&amp;Begründung:</source>
        <translation>&amp;Gerekçe:</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Begründung ein.</source>
        <translation>Lütfen gerekçeyi girin.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Im Eintrag, wie er jetzt ist, nicht mehr erkannt</source>
        <translation>Kaydın şimdiki hâlinde artık tanınmıyor</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Önem: {severity}</translation>
    </message>
    <message>
        <source>Erkannt an:</source>
        <translation>Şunlardan tanındı:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mögliche Warnsignale&lt;/b&gt;</source>
        <translation>&lt;b&gt;Olası uyarı işaretleri&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mögliche Warnsignale zu diesem Eintrag</source>
        <translation>Bu kayıtla ilgili olası uyarı işaretleri</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale erkannt.</source>
        <translation>Şimdiye kadar uyarı işareti bulunmadı.</translation>
    </message>
    <message>
        <source>Während Sie schreiben, prüft das Programm, ob etwas nach einem Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten.</source>
        <translation>Siz yazarken program, bir şeyin veri koruma sorunu gibi görünüp görünmediğini kontrol eder – örneğin kimlik kartınızın kopyası, karartılmamış hesap dökümleri veya hastalıklarla ilgili sorular.</translation>
    </message>
    <message>
        <source>1 mögliches Warnsignal. Es wird beim Speichern vermerkt.</source>
        <translation>1 olası uyarı işareti. Kaydederken not edilir.</translation>
    </message>
    <message>
        <source>{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.</source>
        <translation>{n} olası uyarı işareti. Kaydederken not edilir.</translation>
    </message>
</context>
<context>
    <name>FindingsRecheck</name>
    <message>
        <source>Die Regeln für Warnsignale sind neu. Einträge werden geprüft: {done} von {n} …</source>
        <translation>Uyarı işaretleri için kurallar yenilendi. Kayıtlar kontrol ediliyor: {n} kayıttan {done} tanesi …</translation>
    </message>
    <message>
        <source>Alle {n} Einträge sind auf Warnsignale geprüft.</source>
        <translation>{n} kaydın tümü uyarı işaretleri için kontrol edildi.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Welche Warnsignale zeigen</source>
        <translation>Hangi uyarı işaretleri gösterilsin</translation>
    </message>
    <message>
        <source>&amp;Zeigen:</source>
        <translation>&amp;Göster:</translation>
    </message>
    <message>
        <source>Warnsignale im Tagebuch</source>
        <translation>Günlükteki uyarı işaretleri</translation>
    </message>
    <message>
        <source>Gewähltes Warnsignal</source>
        <translation>Seçili uyarı işareti</translation>
    </message>
    <message>
        <source>Zum &amp;Eintrag</source>
        <translation>&amp;Kayda git</translation>
    </message>
    <message>
        <source>&amp;Verwerfen …</source>
        <translation>&amp;Yok say …</translation>
    </message>
    <message>
        <source>Wieder ö&amp;ffnen</source>
        <translation>Yeniden &amp;aç</translation>
    </message>
    <message>
        <source>Als e&amp;rledigt markieren</source>
        <translation>&amp;Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;Mektup yaz …</translation>
    </message>
    <message>
        <source>Den passenden Brief zu diesem Warnsignal schreiben, schon ausgefüllt</source>
        <translation>Bu uyarı işaretine uygun mektubu, önceden doldurulmuş olarak yaz</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Den Eintrag im Tagebuch zeigen</source>
        <translation>Kaydı günlükte göster</translation>
    </message>
    <message>
        <source>Dieses Warnsignal trifft nicht zu – mit Begründung</source>
        <translation>Bu uyarı işareti durumunuza uymuyor – gerekçeyle</translation>
    </message>
    <message>
        <source>Das Warnsignal wieder als offen führen</source>
        <translation>Uyarı işaretini yeniden açık olarak işaretle</translation>
    </message>
    <message>
        <source>Sie haben sich darum gekümmert</source>
        <translation>Bu konuyla ilgilendiniz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnsignale in Ihrem Tagebuch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Günlüğünüzdeki uyarı işaretleri&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Bisher keine Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Henüz uyarı işareti yok. Program her kaydı, siz kaydettiğinizde kontrol eder.</translation>
    </message>
    <message>
        <source>Keine Warnsignale mit diesem Status.</source>
        <translation>Bu durumda olan uyarı işareti yok.</translation>
    </message>
    <message>
        <source>{shown} angezeigt · {open} offen · {n} insgesamt</source>
        <translation>{shown} gösteriliyor · {open} açık · toplam {n}</translation>
    </message>
    <message>
        <source>Vorgeschlagen: {letter}</source>
        <translation>Önerilen: {letter}</translation>
    </message>
    <message>
        <source>Zu diesem Warnsignal gibt es keinen Briefvorschlag.</source>
        <translation>Bu uyarı işareti için mektup önerisi yok.</translation>
    </message>
    <message>
        <source>Eintrag: {entry} am {date}</source>
        <translation>Kayıt: {entry}, {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Durum: {status}</translation>
    </message>
    <message>
        <source>Bedeutung: {severity}</source>
        <translation>Önem: {severity}</translation>
    </message>
    <message>
        <source>Ihre Begründung:</source>
        <translation>Gerekçeniz:</translation>
    </message>
    <message>
        <source>Im Eintrag, wie er jetzt ist, wird dieses Warnsignal nicht mehr erkannt. Ihre Entscheidung bleibt trotzdem gespeichert.</source>
        <translation>Kaydın şimdiki hâlinde bu uyarı işareti artık tanınmıyor. Kararınız yine de kayıtlı kalır.</translation>
    </message>
    <message>
        <source>Was bedeutet das?</source>
        <translation>Bu ne anlama geliyor?</translation>
    </message>
    <message>
        <source>Woran es erkannt wurde</source>
        <translation>Neyden tanındı</translation>
    </message>
    <message>
        <source>Rechtsgrundlage</source>
        <translation>Hukuki dayanak</translation>
    </message>
    <message>
        <source>Briefe, die dazu passen</source>
        <translation>Buna uygun mektuplar</translation>
    </message>
    <message>
        <source>Gespeichert. Sie finden das Warnsignal unter „{status}“.</source>
        <translation>Kaydedildi. Uyarı işaretini “{status}” altında bulabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Einrichtung</source>
        <translation>Kurulum</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Überschrift</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Das Tagebuch wird angelegt</source>
        <translation>Günlük oluşturuluyor</translation>
    </message>
    <message>
        <source>‹ &amp;Zurück</source>
        <translation>‹ &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Weiter ›</source>
        <translation>İ&amp;leri ›</translation>
    </message>
    <message>
        <source>Einrichtung (Bildlaufbereich)</source>
        <translation>Kurulum (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Schritt {n} von {total}</source>
        <translation>Adım {n} / {total}</translation>
    </message>
    <message>
        <source>&amp;Los geht&apos;s ›</source>
        <translation>&amp;Başlayalım ›</translation>
    </message>
    <message>
        <source>&amp;Fertigstellen</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>&amp;Zum Tagebuch</source>
        <translation>Günlüğe gi&amp;t</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Willkommen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hoş geldiniz&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Wo soll Ihr Tagebuch liegen?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Günlüğünüz nerede dursun?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihre Passphrase&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Parolanız&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Wiederherstellungscode&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kurtarma kodunuz&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Haben Sie den Code aufgeschrieben?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kodu yazdınız mı?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Über Sie&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sizin hakkınızda&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ihr Jobcenter&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jobcenter’ınız&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Auf diesem PC merken?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bu bilgisayarda hatırlansın mı?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fertig&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Hazır&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist eingerichtet und verschlüsselt.</source>
        <translation>Günlüğünüz kuruldu ve şifrelendi.</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Klasör: {folder}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Ad: {name}</translation>
    </message>
    <message>
        <source>Jobcenter: {name}{state} – {kind}</source>
        <translation>Jobcenter: {name}{state} – {kind}</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: {answer}</source>
        <translation>Bu bilgisayarda hatırla: {answer}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nach einem Termin, Anruf oder Brief schreiben Sie am besten gleich auf, was passiert ist. Bewahren Sie Ihren Wiederherstellungscode sicher auf.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bir randevu, telefon görüşmesi veya mektuptan sonra ne olduğunu hemen yazmanız en iyisidir. Kurtarma kodunuzu güvenli bir yerde saklayın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Einen Moment bitte – Ihr Tagebuch wird angelegt und verschlüsselt. Das dauert ein paar Sekunden.</source>
        <translation>Lütfen biraz bekleyin – günlüğünüz oluşturuluyor ve şifreleniyor. Bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch wählen</source>
        <translation>Günlük için klasör seçin</translation>
    </message>
    <message>
        <source>Ordner mit Ihrem Tagebuch wählen</source>
        <translation>Günlüğünüzün bulunduğu klasörü seçin</translation>
    </message>
    <message>
        <source>Im Ordner „{folder}“ liegt kein Tagebuch (die Datei „{file}“ fehlt). Bitte wählen Sie den Ordner, in dem diese Datei liegt.</source>
        <translation>“{folder}” klasöründe günlük yok (“{file}” dosyası eksik). Lütfen bu dosyanın bulunduğu klasörü seçin.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Ihr Tagebuch ist ein Ordner mit verschlüsselten Dateien. Wer ihn findet, kann ohne Ihre Passphrase nichts darin lesen.</source>
        <translation>Günlüğünüz, şifreli dosyalardan oluşan bir klasördür. Onu bulan biri, parolanız olmadan içindekileri okuyamaz.</translation>
    </message>
    <message>
        <source>Auf diesem &amp;Computer, in meinem Benutzerordner (empfohlen)</source>
        <translation>Bu &amp;bilgisayarda, kullanıcı klasörümde (önerilir)</translation>
    </message>
    <message>
        <source>In einem &amp;anderen Ordner, zum Beispiel auf einem USB-Stick</source>
        <translation>Başka bir klasörde, örneğin bir &amp;USB bellekte</translation>
    </message>
    <message>
        <source>Ordner: {folder}</source>
        <translation>Klasör: {folder}</translation>
    </message>
    <message>
        <source>Ordner für das Tagebuch</source>
        <translation>Günlük klasörü</translation>
    </message>
    <message>
        <source>&amp;Ordner wählen …</source>
        <translation>&amp;Klasör seç …</translation>
    </message>
    <message>
        <source>Auf einem USB-Stick nehmen Sie Ihr Tagebuch mit. Stecken Sie den Stick vor dem Start des Programms ein und machen Sie ab und zu eine Sicherung (unter „Einstellungen“) – ein Stick geht leicht verloren oder kaputt.</source>
        <translation>USB bellekle günlüğünüzü yanınızda taşırsınız. Belleği programı başlatmadan önce takın ve ara sıra yedek alın (“Ayarlar” bölümünden) – bir bellek kolayca kaybolabilir veya bozulabilir.</translation>
    </message>
    <message>
        <source>Dieses Tagebuch &amp;öffnen</source>
        <translation>Bu günlüğü &amp;aç</translation>
    </message>
</context>
<context>
    <name>HandoverEditor</name>
    <message>
        <source>Wie abgegeben</source>
        <translation>Nasıl teslim edildi</translation>
    </message>
    <message>
        <source>Unterlage &amp;hinzufügen</source>
        <translation>Belge &amp;ekle</translation>
    </message>
    <message>
        <source>Zeile &amp;entfernen</source>
        <translation>Satırı &amp;kaldır</translation>
    </message>
    <message>
        <source>Verlangte &amp;übernehmen</source>
        <translation>İstenenleri &amp;aktar</translation>
    </message>
    <message>
        <source>Alle oben angekreuzten Unterlagen als abgegeben eintragen</source>
        <translation>Yukarıda işaretlenen tüm belgeleri teslim edildi olarak kaydet</translation>
    </message>
    <message>
        <source>Nichts abgegeben? Dann lassen Sie diese Liste einfach leer.</source>
        <translation>Hiçbir şey teslim etmediniz mi? O zaman bu listeyi boş bırakın.</translation>
    </message>
    <message>
        <source>Abgegebene Unterlagen</source>
        <translation>Teslim edilen belgeler</translation>
    </message>
    <message>
        <source>Beschreibung für den Brief, wird gedruckt</source>
        <translation>Mektup için açıklama, yazdırılır</translation>
    </message>
    <message>
        <source>z. B. Girokonto, Mietvertrag Musterweg 12 – oder leer lassen</source>
        <translation>örn. vadesiz hesap, Musterweg 12 kira sözleşmesi – veya boş bırakın</translation>
    </message>
    <message>
        <source>Steht auf der Eingangsbestätigung und in Briefen an das Jobcenter. Schreiben Sie hier nur eine sachliche Bezeichnung der Unterlage.</source>
        <translation>Alındı belgesinde ve Jobcenter’a yazılan mektuplarda yer alır. Buraya yalnızca belgenin tarafsız bir adını yazın.</translation>
    </message>
    <message>
        <source>Private Notiz, wird nie gedruckt</source>
        <translation>Özel not, asla yazdırılmaz</translation>
    </message>
    <message>
        <source>z. B. „am Kopierer kopiert, ohne zu fragen“ – nur für Sie</source>
        <translation>örn. “sormadan fotokopi makinesinde kopyalandı” – yalnızca sizin için</translation>
    </message>
    <message>
        <source>Nur für Sie: erscheint in keinem Brief und auf keiner Eingangsbestätigung. Warnsignale werden auch hier erkannt.</source>
        <translation>Yalnızca sizin için: hiçbir mektupta ve hiçbir alındı belgesinde görünmez. Uyarı işaretleri burada da tanınır.</translation>
    </message>
    <message>
        <source>Beschreibung für den B&amp;rief (wird gedruckt):</source>
        <translation>&amp;Mektup için açıklama (yazdırılır):</translation>
    </message>
    <message>
        <source>&amp;Private Notiz (wird nie gedruckt):</source>
        <translation>Ö&amp;zel not (asla yazdırılmaz):</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Nasıl:</translation>
    </message>
    <message>
        <source>Unterlage</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Original oder Kopie</source>
        <translation>Asıl veya kopya</translation>
    </message>
    <message>
        <source>Vom Jobcenter kopiert oder gescannt</source>
        <translation>Jobcenter kopyaladı veya taradı</translation>
    </message>
    <message>
        <source>Einwilligung erfragt</source>
        <translation>Onay soruldu</translation>
    </message>
    <message>
        <source>Eingangsbestätigung erhalten</source>
        <translation>Alındı belgesi alındı</translation>
    </message>
    <message>
        <source>Original zurückbekommen</source>
        <translation>Aslı geri verildi</translation>
    </message>
    <message>
        <source>Texte zur gewählten Unterlage</source>
        <translation>Seçili belgeyle ilgili metinler</translation>
    </message>
    <message>
        <source>Texte zu Zeile {row}: {name}</source>
        <translation>Satır {row} metinleri: {name}</translation>
    </message>
</context>
<context>
    <name>JobcenterForm</name>
    <message>
        <source>Bundesland des Jobcenters</source>
        <translation>Jobcenter’ın bulunduğu eyalet</translation>
    </message>
    <message>
        <source>Landkreis oder Stadt</source>
        <translation>Bölge (Landkreis) veya şehir</translation>
    </message>
    <message>
        <source>Tippen Sie die ersten Buchstaben</source>
        <translation>İlk harfleri yazın</translation>
    </message>
    <message>
        <source>Art: gemeinsame Einrichtung</source>
        <translation>Tür: ortak kurum</translation>
    </message>
    <message>
        <source>Art: zugelassener kommunaler Träger</source>
        <translation>Tür: yetkili belediye kurumu</translation>
    </message>
    <message>
        <source>Vorschlag für die Art</source>
        <translation>Tür önerisi</translation>
    </message>
    <message>
        <source>Hinweis zur Art</source>
        <translation>Tür hakkında not</translation>
    </message>
    <message>
        <source>Name des Jobcenters</source>
        <translation>Jobcenter’ın adı</translation>
    </message>
    <message>
        <source>so wie oben auf seinen Briefen</source>
        <translation>mektuplarının üst kısmında yazdığı gibi</translation>
    </message>
    <message>
        <source>Straße oder Postfach des Jobcenters</source>
        <translation>Jobcenter’ın caddesi veya posta kutusu</translation>
    </message>
    <message>
        <source>Postleitzahl des Jobcenters</source>
        <translation>Jobcenter’ın posta kodu</translation>
    </message>
    <message>
        <source>Ort des Jobcenters</source>
        <translation>Jobcenter’ın bulunduğu yer</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Eyalet:</translation>
    </message>
    <message>
        <source>&amp;Landkreis/Stadt:</source>
        <translation>&amp;Bölge/Şehir:</translation>
    </message>
    <message>
        <source>Art:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Straße/&amp;Postfach:</source>
        <translation>Cadde/&amp;Posta kutusu:</translation>
    </message>
    <message>
        <source>PLZ, &amp;Ort:</source>
        <translation>Posta kodu, &amp;yer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; In {land} sind alle Jobcenter gemeinsame Einrichtungen.</source>
        <translation>&lt;b&gt;Öneri: ortak kurum.&lt;/b&gt; {land} eyaletindeki tüm Jobcenter’lar ortak kurumdur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: zugelassener kommunaler Träger.&lt;/b&gt; „{district}“ steht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Öneri: yetkili belediye kurumu.&lt;/b&gt; “{district}”, bölgenin veya şehrin tek başına yönettiği Jobcenter’lar listesinde yer alıyor. Lütfen bunu Jobcenter’dan gelen bir mektupta kontrol edin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vorschlag: gemeinsame Einrichtung.&lt;/b&gt; „{district}“ steht nicht auf der Liste der Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters.</source>
        <translation>&lt;b&gt;Öneri: ortak kurum.&lt;/b&gt; “{district}”, bölgenin veya şehrin tek başına yönettiği Jobcenter’lar listesinde yer almıyor – çoğu Jobcenter’da durum böyledir. Lütfen bunu Jobcenter’dan gelen bir mektupta kontrol edin.</translation>
    </message>
</context>
<context>
    <name>JobcenterPage</name>
    <message>
        <source>Es gibt zwei Arten von Jobcentern. Die Art entscheidet, an wen Sie sich bei Problemen mit dem Datenschutz wenden. Wählen Sie Ihren Landkreis oder Ihre Stadt; das Programm schlägt die Art vor.</source>
        <translation>İki tür Jobcenter vardır. Veri koruma sorunlarında kime başvuracağınız bu türe bağlıdır. Bölgenizi (Landkreis) veya şehrinizi seçin; program türü önerir.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Sprache</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>Gewählter Brief</source>
        <translation>Seçili mektup</translation>
    </message>
    <message>
        <source>Antwort überfällig</source>
        <translation>Cevap gecikti</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>&amp;Vorschau / Drucken</source>
        <translation>Ö&amp;nizleme / Yazdır</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>&amp;PDF olarak kaydet …</translation>
    </message>
    <message>
        <source>Als versendet &amp;markieren …</source>
        <translation>Gönderildi olarak &amp;işaretle …</translation>
    </message>
    <message>
        <source>&amp;Antwort erhalten …</source>
        <translation>&amp;Cevap geldi …</translation>
    </message>
    <message>
        <source>Frist ver&amp;längern …</source>
        <translation>Süreyi &amp;uzat …</translation>
    </message>
    <message>
        <source>Lö&amp;schen</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Ent&amp;wurf bearbeiten …</source>
        <translation>&amp;Taslağı düzenle …</translation>
    </message>
    <message>
        <source>Den Brief ansehen und drucken</source>
        <translation>Mektubu görüntüle ve yazdır</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern</source>
        <translation>Bir kopyasını PDF dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Wie und wann der Brief verschickt wurde; die Frist beginnt</source>
        <translation>Mektubun nasıl ve ne zaman gönderildiği; süre başlar</translation>
    </message>
    <message>
        <source>Das Jobcenter hat geantwortet</source>
        <translation>Jobcenter cevap verdi</translation>
    </message>
    <message>
        <source>Das Jobcenter hat mit Begründung um mehr Zeit gebeten</source>
        <translation>Jobcenter gerekçe göstererek daha fazla zaman istedi</translation>
    </message>
    <message>
        <source>Den Brief aus dem Tagebuch löschen (fragt vorher)</source>
        <translation>Mektubu günlükten sil (önce sorar)</translation>
    </message>
    <message>
        <source>Den Entwurf im Assistenten ändern, bevor Sie ihn verschicken</source>
        <translation>Göndermeden önce taslağı yardımcıda değiştir</translation>
    </message>
</context>
<context>
    <name>LetterWizard</name>
    <message>
        <source>Neuer Brief</source>
        <translation>Yeni mektup</translation>
    </message>
    <message>
        <source>Entwurf bearbeiten</source>
        <translation>Taslağı düzenle</translation>
    </message>
    <message>
        <source>Schritt</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>&amp;Zurück</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Weiter</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Den Brief verwerfen (Esc)</source>
        <translation>Mektuptan vazgeç (Esc)</translation>
    </message>
    <message>
        <source>Rechtsgrundlage:</source>
        <translation>Hukuki dayanak:</translation>
    </message>
    <message>
        <source>Das Jobcenter muss darauf antworten. Wenn Sie den Brief als versendet markieren, rechnet das Programm die Frist aus und erinnert Sie.</source>
        <translation>Jobcenter buna cevap vermek zorundadır. Mektubu gönderildi olarak işaretlerseniz program süreyi hesaplar ve size hatırlatır.</translation>
    </message>
    <message>
        <source>Bitte beachten:</source>
        <translation>Lütfen dikkat edin:</translation>
    </message>
    <message>
        <source>Neuer Brief: {title}</source>
        <translation>Yeni mektup: {title}</translation>
    </message>
    <message>
        <source>1 Eintrag</source>
        <translation>1 kayıt</translation>
    </message>
    <message>
        <source>{n} Einträge</source>
        <translation>{n} kayıt</translation>
    </message>
    <message>
        <source>1 Übergabe</source>
        <translation>1 teslim</translation>
    </message>
    <message>
        <source>{n} Übergaben</source>
        <translation>{n} teslim</translation>
    </message>
    <message>
        <source>1 Warnsignal</source>
        <translation>1 uyarı işareti</translation>
    </message>
    <message>
        <source>{n} Warnsignale</source>
        <translation>{n} uyarı işareti</translation>
    </message>
    <message>
        <source>1 früherer Brief</source>
        <translation>1 önceki mektup</translation>
    </message>
    <message>
        <source>{n} frühere Briefe</source>
        <translation>{n} önceki mektup</translation>
    </message>
    <message>
        <source>Schon ausgewählt: {what}. Im nächsten Schritt können Sie das ändern.</source>
        <translation>Zaten seçili: {what}. Bunu bir sonraki adımda değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Sie können die Anschrift der Datenschutzaufsicht auch selbst eintragen.</source>
        <translation>Veri koruma denetim makamının adresini kendiniz de girebilirsiniz.</translation>
    </message>
    <message>
        <source>Bitte tragen Sie die Anschrift der Datenschutzaufsicht ein.</source>
        <translation>Lütfen veri koruma denetim makamının adresini girin.</translation>
    </message>
    <message>
        <source>Der Brief konnte nicht erstellt werden. Prüfen Sie Ihre Angaben und versuchen Sie es noch einmal.</source>
        <translation>Mektup oluşturulamadı. Bilgilerinizi kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>Betreff: {subject}.</source>
        <translation>Konu: {subject}.</translation>
    </message>
    <message>
        <source>Eine Seite.</source>
        <translation>Bir sayfa.</translation>
    </message>
    <message>
        <source>{n} Seiten.</source>
        <translation>{n} sayfa.</translation>
    </message>
    <message>
        <source>Der Brief steht {n}-mal in der Datei: ein Exemplar behalten Sie.</source>
        <translation>Mektup dosyada {n} kez yer alıyor: bir nüshasını siz saklayın.</translation>
    </message>
    <message>
        <source>Unterschreiben Sie den Brief nach dem Drucken.</source>
        <translation>Yazdırdıktan sonra mektubu imzalayın.</translation>
    </message>
    <message>
        <source>„Fertig“ hebt ihn im Tagebuch auf.</source>
        <translation>“Bitir” mektubu günlükte saklar.</translation>
    </message>
    <message>
        <source>Schritt 1 von 4: Welcher Brief?</source>
        <translation>Adım 1 / 4: Hangi mektup?</translation>
    </message>
    <message>
        <source>Schritt 2 von 4: Worum geht es?</source>
        <translation>Adım 2 / 4: Konu nedir?</translation>
    </message>
    <message>
        <source>Schritt 3 von 4: Angaben für den Brief</source>
        <translation>Adım 3 / 4: Mektup bilgileri</translation>
    </message>
    <message>
        <source>Schritt 4 von 4: Ihr Brief</source>
        <translation>Adım 4 / 4: Mektubunuz</translation>
    </message>
    <message>
        <source>Bitte füllen Sie noch aus: {fields}.</source>
        <translation>Lütfen şunları da doldurun: {fields}.</translation>
    </message>
    <message>
        <source>Bitte lesen Sie zuerst den Hinweis und haken Sie ihn an.</source>
        <translation>Lütfen önce notu okuyun ve işaretleyin.</translation>
    </message>
    <message>
        <source>&amp;Fertig</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Den Brief im Tagebuch aufheben und den Assistenten schließen. Drucken können Sie ihn auch später unter „Briefe“.</source>
        <translation>Mektubu günlükte sakla ve yardımcıyı kapat. Mektubu daha sonra “Mektuplar” bölümünden de yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;Vorschau zeigen</source>
        <translation>Ö&amp;nizlemeyi göster</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation>Mektubu bugün teslim ediyor veya gönderiyorsanız işaretleyin. Program o zaman Jobcenter’ın ne zamana kadar cevap vermesi gerektiğini hesaplar.</translation>
    </message>
    <message>
        <source>Ankreuzen, wenn Sie den Brief heute schon abgeben oder abschicken. Sonst bleibt er ein Entwurf, den Sie später unter „Briefe“ als versendet markieren.</source>
        <translation>Mektubu bugün teslim ediyor veya gönderiyorsanız işaretleyin. Aksi hâlde mektup taslak olarak kalır; onu daha sonra “Mektuplar” bölümünde gönderildi olarak işaretlersiniz.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Mit „Fertig“ heben Sie den Brief auch im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>PDF olarak şuraya kaydedildi: “{path}”. Bu dosya şifreli değildir; artık ihtiyacınız olmadığında silin. “Bitir” ile mektubu günlükte de saklarsınız; böylece program cevabı takip eder.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Mit „Fertig“ heben Sie ihn im Tagebuch auf, damit das Programm an die Antwort denkt.</source>
        <translation>{n} sayfa yazıcıya gönderildi. Mektubu imzalayın. “Bitir” ile mektubu günlükte saklarsınız; böylece program cevabı takip eder.</translation>
    </message>
    <message>
        <source>Das Programm rechnet dann aus, bis wann das Jobcenter antworten muss.</source>
        <translation type="vanished">Program, Jobcenter’ın ne zamana kadar cevap vermesi gerektiğini hesaplar.</translation>
    </message>
    <message>
        <source>Die Vorschläge aus dem Tagebuch konnten nicht geladen werden.</source>
        <translation>Günlükten gelen öneriler yüklenemedi.</translation>
    </message>
    <message>
        <source>Diese Briefart kennt das Programm nicht. Bitte wählen Sie eine aus.</source>
        <translation>Program bu mektup türünü tanımıyor. Lütfen bir tür seçin.</translation>
    </message>
    <message>
        <source>Als PDF gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen. Speichern Sie den Brief auch im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">PDF olarak şuraya kaydedildi: “{path}”. Bu dosya şifreli değildir; artık ihtiyacınız olmadığında silin. Programın cevabı takip etmesi için mektubu günlüğe de kaydedin.</translation>
    </message>
    <message>
        <source>Brief drucken</source>
        <translation>Mektubu yazdır</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt. Unterschreiben Sie den Brief. Speichern Sie ihn hier im Tagebuch, damit das Programm an die Antwort denkt.</source>
        <translation type="vanished">{n} sayfa yazıcıya gönderildi. Mektubu imzalayın. Programın cevabı takip etmesi için mektubu burada, günlükte kaydedin.</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>erhalten am {date}</source>
        <translation>{date} tarihinde geldi</translation>
    </message>
    <message>
        <source>noch nicht versendet</source>
        <translation>henüz gönderilmedi</translation>
    </message>
    <message>
        <source>keine Frist</source>
        <translation>süre yok</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Neuer Brief …</source>
        <translation>&amp;Yeni mektup …</translation>
    </message>
    <message>
        <source>Einen Brief an das Jobcenter schreiben (Strg+Umschalt+B)</source>
        <translation>Jobcenter’a mektup yaz (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Noch keine Briefe. Mit einem Brief verlangen Sie vom Jobcenter zum Beispiel Auskunft über Ihre Daten, lassen eine Ausweiskopie löschen oder sich die Abgabe von Unterlagen bestätigen. Das Programm setzt den Brief für Sie auf; Sie drucken ihn aus, unterschreiben und verschicken ihn. Danach achtet es auf die Frist für die Antwort. Zum Anfangen: „Neuer Brief …“ oben rechts (Strg+Umschalt+B).</source>
        <translation>Henüz mektup yok. Bir mektupla Jobcenter’dan örneğin verileriniz hakkında bilgi isteyebilir, bir kimlik kopyasını sildirebilir veya belge teslimini onaylatabilirsiniz. Program mektubu sizin için hazırlar; siz yazdırır, imzalar ve gönderirsiniz. Sonra program cevap süresini takip eder. Başlamak için: sağ üstteki “Yeni mektup …” (Strg+Umschalt+B).</translation>
    </message>
    <message>
        <source>Noch keine Briefe</source>
        <translation>Henüz mektup yok</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ihre Briefe an das Jobcenter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Jobcenter’a yazdığınız mektuplar&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ihre Briefe</source>
        <translation>Mektuplarınız</translation>
    </message>
    <message>
        <source>{n} Briefe</source>
        <translation>{n} mektup</translation>
    </message>
    <message>
        <source>1 Brief</source>
        <translation>1 mektup</translation>
    </message>
    <message>
        <source>{n} mit überfälliger Antwort</source>
        <translation>{n} mektubun cevabı gecikti</translation>
    </message>
    <message>
        <source>&amp;Erinnerung schreiben …</source>
        <translation>&amp;Hatırlatma yaz …</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Das Jobcenter hätte bis {date} antworten müssen.</source>
        <translation>Cevap gecikti: Jobcenter’ın {date} tarihine kadar cevap vermesi gerekiyordu.</translation>
    </message>
    <message>
        <source>Die Antwort ist überfällig: Sie hatten um eine Antwort bis {date} gebeten.</source>
        <translation>Cevap gecikti: {date} tarihine kadar cevap istemiştiniz.</translation>
    </message>
    <message>
        <source>Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.</source>
        <translation>Sıradaki adım: iki haftalık son bir süre veren kısa bir hatırlatma.</translation>
    </message>
    <message>
        <source>Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der Datenschutzaufsicht.</source>
        <translation>Hatırlatmanıza da cevap gelmedi. Sıradaki adım: veri koruma denetim makamına şikâyet.</translation>
    </message>
    <message>
        <source>B&amp;eschwerde schreiben …</source>
        <translation>Ş&amp;ikâyet yaz …</translation>
    </message>
    <message>
        <source>Nächsten &amp;Brief schreiben …</source>
        <translation>Sonraki &amp;mektubu yaz …</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>An</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>Datum des Briefs</source>
        <translation>Mektup tarihi</translation>
    </message>
    <message>
        <source>Versendet</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>am {date}, {how}</source>
        <translation>{date}, {how}</translation>
    </message>
    <message>
        <source>noch nicht</source>
        <translation>henüz değil</translation>
    </message>
    <message>
        <source>Antwort erhalten</source>
        <translation>Cevap geldi</translation>
    </message>
    <message>
        <source>Antwort fällig</source>
        <translation>Cevap son tarihi</translation>
    </message>
    <message>
        <source>So wurde die Frist gezählt</source>
        <translation>Süre böyle hesaplandı</translation>
    </message>
    <message>
        <source>Verlängert:</source>
        <translation>Uzatıldı:</translation>
    </message>
    <message>
        <source>Erinnerung:</source>
        <translation>Hatırlatma:</translation>
    </message>
    <message>
        <source>Drucken Sie den Brief, unterschreiben Sie ihn und verschicken Sie ihn. Markieren Sie ihn dann als versendet – ab da achtet das Programm auf die Antwort.</source>
        <translation>Mektubu yazdırın, imzalayın ve gönderin. Sonra gönderildi olarak işaretleyin – o andan itibaren program cevabı takip eder.</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Şuraya kaydedildi: “{path}”. Bu dosya şifreli değildir; artık ihtiyacınız olmadığında silin.</translation>
    </message>
    <message>
        <source>Brief löschen?</source>
        <translation>Mektup silinsin mi?</translation>
    </message>
    <message>
        <source>„{title}“ ({subject}) wirklich aus dem Tagebuch löschen? Der Brief und seine Frist sind dann weg. Einen Brief, den Sie schon verschickt haben, behalten Sie besser – als Nachweis.</source>
        <translation>“{title}” ({subject}) günlükten gerçekten silinsin mi? Mektup ve süresi silinir. Zaten gönderdiğiniz bir mektubu kanıt olarak saklamanız daha iyidir.</translation>
    </message>
    <message>
        <source>&amp;Löschen</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Behalten</source>
        <translation>Sa&amp;kla</translation>
    </message>
    <message>
        <source>Der Brief wurde gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Mektup silindi. Geri almak için Strg+Z.</translation>
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
        <translation>Kayıt yeri hakkında not</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>Ki&amp;litle</translation>
    </message>
    <message>
        <source>&amp;Neuer Eintrag …</source>
        <translation>&amp;Yeni kayıt …</translation>
    </message>
    <message>
        <source>Neuer &amp;Brief …</source>
        <translation>Yeni &amp;mektup …</translation>
    </message>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>Kaydı &amp;sil …</translation>
    </message>
    <message>
        <source>Löschen &amp;rückgängig machen</source>
        <translation>Silmeyi &amp;geri al</translation>
    </message>
    <message>
        <source>&amp;Tagebuch</source>
        <translation>&amp;Günlük</translation>
    </message>
    <message>
        <source>B&amp;eenden</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Ansicht</source>
        <translation>Gö&amp;rünüm</translation>
    </message>
    <message>
        <source>Schrift &amp;größer</source>
        <translation>Yazıyı &amp;büyüt</translation>
    </message>
    <message>
        <source>Schrift &amp;kleiner</source>
        <translation>Yazıyı &amp;küçült</translation>
    </message>
    <message>
        <source>&amp;Normale Schriftgröße</source>
        <translation>&amp;Normal yazı boyutu</translation>
    </message>
    <message>
        <source>&amp;Wozu diese Ansicht?</source>
        <translation>Bu &amp;görünüm ne işe yarar?</translation>
    </message>
    <message>
        <source>Ü&amp;ber Amtstagebuch …</source>
        <translation>Amtstagebuch &amp;hakkında …</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Schriftgröße: {percent} %</source>
        <translation>Yazı boyutu: %{percent}</translation>
    </message>
    <message>
        <source>Wozu diese Ansicht?</source>
        <translation>Bu görünüm ne işe yarar?</translation>
    </message>
    <message>
        <source>Speicherstand</source>
        <translation>Kayıt durumu</translation>
    </message>
    <message>
        <source>Erneut &amp;speichern</source>
        <translation>Yeniden &amp;kaydet</translation>
    </message>
    <message>
        <source>⚠ Nicht gespeichert: {reason}</source>
        <translation>⚠ Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <source>Wird gespeichert …</source>
        <translation>Kaydediliyor …</translation>
    </message>
    <message>
        <source>✓ Alles gespeichert</source>
        <translation>✓ Her şey kaydedildi</translation>
    </message>
    <message>
        <source>Älterer Stand geöffnet</source>
        <translation>Daha eski bir durum açıldı</translation>
    </message>
    <message>
        <source>&amp;Neueren Stand wiederherstellen</source>
        <translation>Daha yeni &amp;durumu geri yükle</translation>
    </message>
    <message>
        <source>Mit diesem Stand &amp;weiterarbeiten</source>
        <translation>Bu durumla devam &amp;et</translation>
    </message>
    <message>
        <source>&amp;Später entscheiden</source>
        <translation>&amp;Sonra karar ver</translation>
    </message>
    <message>
        <source>Der neuere Stand ist wiederhergestellt.</source>
        <translation>Daha yeni durum geri yüklendi.</translation>
    </message>
    <message>
        <source>Sie arbeiten mit diesem Stand weiter.</source>
        <translation>Bu durumla çalışmaya devam ediyorsunuz.</translation>
    </message>
    <message>
        <source>Nicht gelungen</source>
        <translation>Yapılamadı</translation>
    </message>
    <message>
        <source>Eintrag löschen?</source>
        <translation>Kayıt silinsin mi?</translation>
    </message>
    <message>
        <source>Den Eintrag vom {date} wirklich löschen? Angehängte Dateien werden beim Sperren oder Beenden endgültig vernichtet. Bis dahin können Sie das Löschen mit Strg+Z rückgängig machen.</source>
        <translation>{date} tarihli kayıt gerçekten silinsin mi? Ekli dosyalar, günlüğü kilitlediğinizde veya programı kapattığınızda kalıcı olarak yok edilir. O zamana kadar silmeyi Strg+Z ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Eintrag gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Kayıt silindi. Geri almak için Strg+Z.</translation>
    </message>
    <message>
        <source>Brief wiederhergestellt.</source>
        <translation>Mektup geri yüklendi.</translation>
    </message>
    <message>
        <source>Eintrag wiederhergestellt.</source>
        <translation>Kayıt geri yüklendi.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Ihre letzten Änderungen konnten nicht gespeichert werden:
{reason}

Schaffen Sie Platz oder stecken Sie den Datenträger wieder ein und versuchen Sie es erneut. Wenn Sie trotzdem sperren, gehen diese Änderungen verloren; die zuletzt gespeicherte Fassung bleibt erhalten.</source>
        <translation>Son değişiklikleriniz kaydedilemedi:
{reason}

Yer açın veya depolama aygıtını yeniden takın ve tekrar deneyin. Yine de kilitlerseniz bu değişiklikler kaybolur; en son kaydedilen hâl korunur.</translation>
    </message>
    <message>
        <source>Erneut versuchen</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Trotzdem sperren</source>
        <translation>Yine de kilitle</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Yedek geri yüklenmedi: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist wiederhergestellt. Ihr bisheriger Stand liegt im Ordner „sicherungen“. Entsperren Sie das Tagebuch jetzt mit der Passphrase der Sicherung.</source>
        <translation>Yedek geri yüklendi. Önceki durumunuz “sicherungen” klasöründe duruyor. Şimdi günlüğün kilidini yedeğin parolasıyla açın.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Neue Passphrase</source>
        <translation>Yeni parola</translation>
    </message>
    <message>
        <source>Neue Passphrase wiederholen</source>
        <translation>Yeni parolayı tekrarla</translation>
    </message>
    <message>
        <source>Passphrase beim Tippen &amp;anzeigen</source>
        <translation>Yazarken parolayı &amp;göster</translation>
    </message>
    <message>
        <source>Stärke der Passphrase</source>
        <translation>Parolanın gücü</translation>
    </message>
    <message>
        <source>Hinweise zur Passphrase</source>
        <translation>Parola hakkında notlar</translation>
    </message>
    <message>
        <source>Wiederholung</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <source>Wieder&amp;holen:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <source>Stärke:</source>
        <translation>Güç:</translation>
    </message>
    <message>
        <source>reicht aus</source>
        <translation>yeterli</translation>
    </message>
    <message>
        <source>reicht noch nicht</source>
        <translation>henüz yeterli değil</translation>
    </message>
    <message>
        <source>{label} – {time} ({verdict})</source>
        <translation>{label} – {time} ({verdict})</translation>
    </message>
    <message>
        <source>Noch nichts eingegeben.</source>
        <translation>Henüz bir şey girilmedi.</translation>
    </message>
    <message>
        <source>Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.</source>
        <translation>Lütfen güvenlik için parolayı bir kez daha yazın.</translation>
    </message>
    <message>
        <source>✓ Beide Eingaben stimmen überein.</source>
        <translation>✓ İki giriş birbirini tutuyor.</translation>
    </message>
    <message>
        <source>✗ Die beiden Eingaben stimmen noch nicht überein.</source>
        <translation>✗ İki giriş henüz birbirini tutmuyor.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Übersicht</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Übersicht (Bildlaufbereich)</source>
        <translation>Genel bakış (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Guten Tag, {name}</source>
        <translation>İyi günler, {name}</translation>
    </message>
    <message>
        <source>Guten Tag</source>
        <translation>İyi günler</translation>
    </message>
    <message>
        <source>Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, Anruf oder Brief auf, was passiert ist – am besten gleich danach. Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N).</source>
        <translation>Günlüğünüz henüz boş. Bir sonraki randevu, telefon görüşmesi veya mektuptan sonra ne olduğunu yazın – en iyisi hemen ardından. Bunun için “Günlük” menüsünde “Yeni kayıt” seçeneği vardır (Strg+N).</translation>
    </message>
    <message>
        <source>Nächste Termine</source>
        <translation>Sıradaki randevular</translation>
    </message>
    <message>
        <source>{date} um {time} Uhr</source>
        <translation>{date}, saat {time}</translation>
    </message>
    <message>
        <source>vereinbart mit {who}</source>
        <translation>{who} ile kararlaştırıldı</translation>
    </message>
    <message>
        <source>Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen Sie ihn beim Eintrag unter „Nächster Termin“ ein.</source>
        <translation>Kayıtlı randevu yok. Yeni bir randevu aldığınızda, kayıtta “Sonraki randevu” alanına girin.</translation>
    </message>
    <message>
        <source>Zuletzt eingetragen</source>
        <translation>Son kayıtlar</translation>
    </message>
    <message>
        <source>Auf einen Blick</source>
        <translation>Tek bakışta</translation>
    </message>
    <message>
        <source>{n} Einträge im Tagebuch</source>
        <translation>Günlükte {n} kayıt</translation>
    </message>
    <message>
        <source>{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung</source>
        <translation>{n} belge teslim edildi, {m} tanesinin alındı belgesi yok</translation>
    </message>
    <message>
        <source>Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen Sie, wofür Ihnen eine Eingangsbestätigung fehlt.</source>
        <translation>İpucu: Her teslimi yazılı olarak onaylatın. “Belgeler” bölümünde hangi belgeler için alındı belgeniz eksik olduğunu görürsünüz.</translation>
    </message>
    <message>
        <source>{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt</source>
        <translation>Jobcenter {n} tür belgeyi kopyaladı veya taradı</translation>
    </message>
    <message>
        <source>{n} Originale noch nicht zurückbekommen</source>
        <translation>{n} belgenin aslı henüz geri verilmedi</translation>
    </message>
    <message>
        <source>Warnsignale</source>
        <translation>Uyarı işaretleri</translation>
    </message>
    <message>
        <source>Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie ihn speichern.</source>
        <translation>Açık uyarı işareti yok. Program her kaydı, siz kaydettiğinizde kontrol eder.</translation>
    </message>
    <message>
        <source>1 offenes Warnsignal ({weights}):</source>
        <translation>1 açık uyarı işareti ({weights}):</translation>
    </message>
    <message>
        <source>{n} offene Warnsignale ({weights}), die wichtigsten:</source>
        <translation>{n} açık uyarı işareti ({weights}), en önemlileri:</translation>
    </message>
    <message>
        <source>Alle Warnsignale ansehen</source>
        <translation>Tüm uyarı işaretlerini gör</translation>
    </message>
    <message>
        <source>Briefe</source>
        <translation>Mektuplar</translation>
    </message>
    <message>
        <source>Antwort überfällig seit {date}</source>
        <translation>Cevap gecikti ({date} tarihinden beri)</translation>
    </message>
    <message>
        <source>Antwort fällig {when}</source>
        <translation>{when} cevap bekleniyor</translation>
    </message>
    <message>
        <source>Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, zuerst eine Erinnerung.</source>
        <translation>Mektubu açın: Program sıradaki adımı önerir, önce bir hatırlatma.</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <source>Vorschau des Briefs</source>
        <translation>Mektubun önizlemesi</translation>
    </message>
    <message>
        <source>Seite {n} von {total}</source>
        <translation>Sayfa {n} / {total}</translation>
    </message>
    <message>
        <source>Diese Seite lässt sich nicht anzeigen.</source>
        <translation>Bu sayfa gösterilemiyor.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Die Passphrase schützt Ihr Tagebuch. Nehmen Sie am besten einen kleinen Satz aus vier oder mehr Wörtern, den nur Sie kennen – zum Beispiel etwas Lustiges, das Sie sich gut vorstellen können. Sonderzeichen sind nicht nötig.
Schreiben Sie die Passphrase nicht auf einen Zettel am Computer.</source>
        <translation>Parola günlüğünüzü korur. En iyisi, yalnızca sizin bildiğiniz dört veya daha fazla kelimeden oluşan kısa bir cümle seçin – örneğin gözünüzün önüne kolayca getirebileceğiniz komik bir şey. Özel karakterler gerekmez.
Parolayı bilgisayarın yanındaki bir kağıda yazmayın.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Brief: {title}</source>
        <translation>Mektup: {title}</translation>
    </message>
    <message>
        <source>Meldung</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>&amp;PDF olarak kaydet …</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Yazdır …</translation>
    </message>
    <message>
        <source>&amp;Schließen</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Gespeichert unter „{path}“. Diese Datei ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</source>
        <translation>Şuraya kaydedildi: “{path}”. Bu dosya şifreli değildir; artık ihtiyacınız olmadığında silin.</translation>
    </message>
    <message>
        <source>{n} Seite(n) an den Drucker geschickt.</source>
        <translation>{n} sayfa yazıcıya gönderildi.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Hinweis zur Vorschau</source>
        <translation>Önizleme hakkında not</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern …</source>
        <translation>&amp;PDF olarak kaydet …</translation>
    </message>
    <message>
        <source>Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen</source>
        <translation>Bir kopyasını PDF dosyası olarak kaydet, örn. yüklemek veya fakslamak için</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Yazdır …</translation>
    </message>
    <message>
        <source>Schon &amp;verschickt:</source>
        <translation>&amp;Zaten gönderildi:</translation>
    </message>
    <message>
        <source>Im Tagebuch &amp;speichern</source>
        <translation type="vanished">Günlüğe &amp;kaydet</translation>
    </message>
    <message>
        <source>Den Brief als Entwurf im Tagebuch aufheben; versendet markieren können Sie später</source>
        <translation type="vanished">Mektubu taslak olarak günlükte sakla; gönderildi olarak sonra işaretleyebilirsiniz</translation>
    </message>
    <message>
        <source>Wie verschickt</source>
        <translation>Nasıl gönderildi</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Gönderildiği tarih</translation>
    </message>
    <message>
        <source>Versand&amp;art:</source>
        <translation type="vanished">&amp;Gönderme şekli:</translation>
    </message>
    <message>
        <source>a&amp;m</source>
        <translation>&amp;tarih</translation>
    </message>
    <message>
        <source>Speichern und als &amp;versendet markieren</source>
        <translation type="vanished">Kaydet ve gönderildi olarak &amp;işaretle</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Ihr Name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <source>Vor- und Nachname</source>
        <translation>Ad ve soyadı</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <translation>Cadde ve kapı numarası</translation>
    </message>
    <message>
        <source>z. B. Lindenweg 5</source>
        <translation>örn. Lindenweg 5</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>z. B. 45127</source>
        <translation>örn. 45127</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <translation>Yaşadığınız yer</translation>
    </message>
    <message>
        <source>z. B. Essen</source>
        <translation>örn. Essen</translation>
    </message>
    <message>
        <source>Kundennummer</source>
        <translation>Müşteri numarası</translation>
    </message>
    <message>
        <source>z. B. 123D456789</source>
        <translation>örn. 123D456789</translation>
    </message>
    <message>
        <source>Nummer der Bedarfsgemeinschaft</source>
        <translation>İhtiyaç topluluğu numarası</translation>
    </message>
    <message>
        <source>z. B. 12345BG0012345</source>
        <translation>örn. 12345BG0012345</translation>
    </message>
    <message>
        <source>Bundesland</source>
        <translation>Eyalet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Straße, Nr.:</source>
        <translation>&amp;Cadde, No.:</translation>
    </message>
    <message>
        <source>&amp;PLZ, Ort:</source>
        <translation>&amp;Posta kodu, yer:</translation>
    </message>
    <message>
        <source>&amp;Bundesland:</source>
        <translation>&amp;Eyalet:</translation>
    </message>
    <message>
        <source>&amp;Kundennummer:</source>
        <translation>&amp;Müşteri numarası:</translation>
    </message>
    <message>
        <source>B&amp;G-Nummer:</source>
        <translation>B&amp;G numarası:</translation>
    </message>
    <message>
        <source>Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach leer.</source>
        <translation>Müşteri numarası (Kundennummer) ve BG numarası (ihtiyaç topluluğu / Bedarfsgemeinschaft numarası) Jobcenter’ın her mektubunun üst kısmında yazar. Bilmediğiniz alanları boş bırakın.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Diese Angaben stehen später als Absender auf Ihren Briefen an das Jobcenter. Alle Felder dürfen leer bleiben.</source>
        <translation>Bu bilgiler daha sonra Jobcenter’a yazdığınız mektuplarda gönderen olarak yer alır. Tüm alanlar boş kalabilir.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Gruppe {n}</source>
        <translation>Grup {n}</translation>
    </message>
    <message>
        <source>Blatt &amp;drucken …</source>
        <translation>Sayfayı &amp;yazdır …</translation>
    </message>
    <message>
        <source>Blatt mit dem Code speichern und drucken</source>
        <translation>Kodun bulunduğu sayfayı kaydet ve yazdır</translation>
    </message>
    <message>
        <source>Kop&amp;ieren</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Code in die Zwischenablage kopieren</source>
        <translation>Kodu panoya kopyala</translation>
    </message>
    <message>
        <source>Hinweis zum Code</source>
        <translation>Kod hakkında not</translation>
    </message>
    <message>
        <source>Gruppe {n}: {symbols}</source>
        <translation>Grup {n}: {symbols}</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es gedruckt ist.</source>
        <translation>Sayfa “{path}” olarak kaydedildi. Yazdırdıktan hemen sonra dosyayı silin.</translation>
    </message>
    <message>
        <source>Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen.</source>
        <translation>Kod kopyalandı. {seconds} saniye sonra pano yeniden boşaltılacak. Kodu yalnızca güvendiğiniz bir programa yapıştırın.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Wenn Sie Ihre Passphrase vergessen, öffnet nur dieser Code Ihr Tagebuch. Er wird nur jetzt angezeigt. Schreiben Sie ihn auf Papier ab oder drucken Sie das Blatt aus, und bewahren Sie ihn getrennt vom Computer sicher auf – wie einen Wohnungsschlüssel.</source>
        <translation>Parolanızı unutursanız günlüğünüzü yalnızca bu kod açar. Kod yalnızca şimdi gösterilir. Onu bir kağıda yazın veya sayfayı yazdırın ve bilgisayardan ayrı, güvenli bir yerde saklayın – bir ev anahtarı gibi.</translation>
    </message>
    <message>
        <source>Auf der nächsten Seite fragen wir zwei Gruppen ab, damit Sie sicher sind, dass Ihre Abschrift stimmt. Im Code gibt es keine Null und kein O, keine Eins und kein I.</source>
        <translation>Bir sonraki sayfada, yazdıklarınızın doğru olduğundan emin olmanız için iki grubu soracağız. Kodda sıfır ve O harfi, bir ve I harfi yoktur.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Als versendet markieren</source>
        <translation>Gönderildi olarak işaretle</translation>
    </message>
    <message>
        <source>Wie und wann haben Sie „{title}“ verschickt oder abgegeben? Ab diesem Tag rechnet das Programm die Frist für die Antwort.</source>
        <translation>“{title}” mektubunu nasıl ve ne zaman gönderdiniz veya teslim ettiniz? Program cevap süresini bu günden itibaren hesaplar.</translation>
    </message>
    <message>
        <source>&amp;Markieren</source>
        <translation>İşa&amp;retle</translation>
    </message>
    <message>
        <source>Versandart</source>
        <translation>Gönderme şekli</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Nasıl:</translation>
    </message>
    <message>
        <source>&amp;Am:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>Versendet am</source>
        <translation>Gönderildiği tarih</translation>
    </message>
    <message>
        <source>Heben Sie den Beleg auf: Rückschein, Sendebericht, Eingangsstempel oder Bestätigung des Uploads.</source>
        <translation>Kanıtı saklayın: alındı kartı (Rückschein), faks raporu, giriş kaşesi veya yükleme onayı.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Profil: Hinweis</source>
        <translation>Profil: not</translation>
    </message>
    <message>
        <source>Jobcenter: Hinweis</source>
        <translation>Jobcenter: not</translation>
    </message>
    <message>
        <source>Passphrase &amp;ändern</source>
        <translation>Parolayı &amp;değiştir</translation>
    </message>
    <message>
        <source>Passphrase: Hinweis</source>
        <translation>Parola: not</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode &amp;erstellen …</source>
        <translation>Yeni kurtarma kodu &amp;oluştur …</translation>
    </message>
    <message>
        <source>Wiederherstellungscode: Hinweis</source>
        <translation>Kurtarma kodu: not</translation>
    </message>
    <message>
        <source>Auf diesem PC &amp;merken (ohne Passphrase öffnen)</source>
        <translation>Bu bilgisayarda &amp;hatırla (parolasız aç)</translation>
    </message>
    <message>
        <source>Auf diesem PC merken</source>
        <translation>Bu bilgisayarda hatırla</translation>
    </message>
    <message>
        <source>Warum das hier nicht geht</source>
        <translation>Bu neden burada mümkün değil</translation>
    </message>
    <message>
        <source>Auf diesem PC merken: Hinweis</source>
        <translation>Bu bilgisayarda hatırla: not</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> dakika</translation>
    </message>
    <message>
        <source>Automatisch sperren nach Minuten ohne Eingabe</source>
        <translation>Hiçbir giriş yapılmazsa kaç dakika sonra otomatik kilitlensin</translation>
    </message>
    <message>
        <source>Sicherung je&amp;tzt erstellen …</source>
        <translation>Şimdi &amp;yedek al …</translation>
    </message>
    <message>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>Yedeği &amp;geri yükle …</translation>
    </message>
    <message>
        <source>Sicherung: Hinweis</source>
        <translation>Yedek: not</translation>
    </message>
    <message>
        <source>Bitte warten</source>
        <translation>Lütfen bekleyin</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Einstellungen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ayarlar&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Einstellungen (Bildlaufbereich)</source>
        <translation>Ayarlar (kaydırma alanı)</translation>
    </message>
    <message>
        <source>Profil</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Passphrase ändern</source>
        <translation>Parolayı değiştir</translation>
    </message>
    <message>
        <source>Die alte Passphrase brauchen Sie dafür nicht, denn das Tagebuch ist gerade geöffnet. Ihr Wiederherstellungscode bleibt gültig.</source>
        <translation>Bunun için eski parolaya ihtiyacınız yok, çünkü günlük şu anda açık. Kurtarma kodunuz geçerli kalır.</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <source>Haben Sie Ihren Code verloren, oder könnte ihn jemand kennen? Dann erstellen Sie einen neuen. Der alte Code gilt danach nicht mehr.</source>
        <translation>Kodunuzu kaybettiniz mi veya başkası onu biliyor olabilir mi? O zaman yeni bir kod oluşturun. Eski kod bundan sonra geçersiz olur.</translation>
    </message>
    <message>
        <source>Achtung: Dann kann jeder, der an diesem Computer mit Ihrem Benutzerkonto angemeldet ist, Ihr Tagebuch öffnen. Schalten Sie das nur ein, wenn niemand sonst diesen Computer mit Ihrem Konto benutzt.</source>
        <translation>Dikkat: Bu durumda bu bilgisayarda sizin kullanıcı hesabınızla oturum açan herkes günlüğünüzü açabilir. Bunu yalnızca bu bilgisayarı sizin hesabınızla başka kimse kullanmıyorsa açın.</translation>
    </message>
    <message>
        <source>A&amp;utomatisch sperren nach</source>
        <translation>Otomatik kilitleme &amp;süresi:</translation>
    </message>
    <message>
        <source>ohne Eingabe</source>
        <translation>giriş yapılmazsa</translation>
    </message>
    <message>
        <source>Automatisch sperren</source>
        <translation>Otomatik kilitleme</translation>
    </message>
    <message>
        <source>Sicherung</source>
        <translation>Yedek</translation>
    </message>
    <message>
        <source>Eine Sicherung ist eine Datei mit Ihrem ganzen Tagebuch, verschlüsselt wie das Tagebuch selbst. Speichern Sie sie ab und zu auf einem USB-Stick und bewahren Sie den Stick getrennt vom Computer auf.</source>
        <translation>Yedek, tüm günlüğünüzü içeren bir dosyadır ve günlüğün kendisi gibi şifrelidir. Yedeği ara sıra bir USB belleğe kaydedin ve belleği bilgisayardan ayrı saklayın.</translation>
    </message>
    <message>
        <source>Sp&amp;rache</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <source>Schrift&amp;größe</source>
        <translation>Yazı &amp;boyutu</translation>
    </message>
    <message>
        <source>Sprache und Schrift</source>
        <translation>Dil ve yazı</translation>
    </message>
    <message>
        <source>Auch im Menü Ansicht: Strg und + (größer), Strg und − (kleiner).</source>
        <translation>Görünüm menüsünde de: Strg ve + (büyüt), Strg ve − (küçült).</translation>
    </message>
    <message>
        <source>Der Schlüsselbund dieses PCs hat den gemerkten Schlüssel nicht mehr. „Auf diesem PC merken“ ist deshalb aus; Sie können es wieder einschalten.</source>
        <translation>Bu bilgisayarın anahtarlığında hatırlanan anahtar artık yok. Bu nedenle “Bu bilgisayarda hatırla” kapalı; yeniden açabilirsiniz.</translation>
    </message>
    <message>
        <source>Das Tagebuch wird neu verschlüsselt</source>
        <translation>Günlük yeniden şifreleniyor</translation>
    </message>
    <message>
        <source>✓ Profil gespeichert (das geschieht von selbst).</source>
        <translation>✓ Profil kaydedildi (bu kendiliğinden olur).</translation>
    </message>
    <message>
        <source>✓ Jobcenter gespeichert (das geschieht von selbst).</source>
        <translation>✓ Jobcenter kaydedildi (bu kendiliğinden olur).</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die neue Passphrase wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Lütfen biraz bekleyin – yeni parola ayarlanıyor ve günlüğünüz yeni bir anahtarla şifreleniyor …</translation>
    </message>
    <message>
        <source>Die Passphrase wurde nicht geändert: {reason}</source>
        <translation>Parola değiştirilmedi: {reason}</translation>
    </message>
    <message>
        <source>✓ Die Passphrase ist geändert. Ab jetzt öffnen Sie das Tagebuch mit der neuen Passphrase.</source>
        <translation>✓ Parola değiştirildi. Bundan sonra günlüğü yeni parolayla açarsınız.</translation>
    </message>
    <message>
        <source>Weil Ihr Tagebuch aus einer frühen Version stammt, gibt es auch einen neuen Wiederherstellungscode (unten); der alte gilt nicht mehr.</source>
        <translation>Günlüğünüz eski bir sürümden geldiği için yeni bir kurtarma kodu da oluşturuldu (aşağıda); eski kod artık geçerli değil.</translation>
    </message>
    <message>
        <source>Neuen Wiederherstellungscode erstellen?</source>
        <translation>Yeni kurtarma kodu oluşturulsun mu?</translation>
    </message>
    <message>
        <source>Danach gilt Ihr bisheriger Code nicht mehr. Der neue Code wird nur einmal angezeigt: Halten Sie Papier und Stift bereit oder drucken Sie das Blatt aus.

Jetzt einen neuen Code erstellen?</source>
        <translation>Bundan sonra şimdiki kodunuz geçersiz olur. Yeni kod yalnızca bir kez gösterilir: kağıt ve kalem hazırlayın veya sayfayı yazdırın.

Şimdi yeni bir kod oluşturulsun mu?</translation>
    </message>
    <message>
        <source>Einen Moment bitte – der neue Code wird eingerichtet und Ihr Tagebuch mit einem neuen Schlüssel verschlüsselt …</source>
        <translation>Lütfen biraz bekleyin – yeni kod ayarlanıyor ve günlüğünüz yeni bir anahtarla şifreleniyor …</translation>
    </message>
    <message>
        <source>Ihr neuer Wiederherstellungscode steht oben. Er wird nur jetzt angezeigt – schreiben Sie ihn ab oder drucken Sie das Blatt. Der alte Code gilt nicht mehr.</source>
        <translation>Yeni kurtarma kodunuz yukarıda. Yalnızca şimdi gösterilir – kağıda yazın veya sayfayı yazdırın. Eski kod artık geçerli değil.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch.</source>
        <translation>✓ Bu bilgisayar günlüğünüzü hatırlıyor.</translation>
    </message>
    <message>
        <source>✓ Dieser PC merkt sich Ihr Tagebuch nicht mehr.</source>
        <translation>✓ Bu bilgisayar günlüğünüzü artık hatırlamıyor.</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Sicherung speichern</source>
        <translation>Yedeği kaydet</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak)</source>
        <translation>Amtstagebuch yedekleri (*.amtbak)</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geschrieben …</source>
        <translation>Lütfen biraz bekleyin – yedek yazılıyor …</translation>
    </message>
    <message>
        <source>1 Anhang</source>
        <translation>1 ek</translation>
    </message>
    <message>
        <source>{n} Anhänge</source>
        <translation>{n} ek</translation>
    </message>
    <message>
        <source>✓ Die Sicherung ist gespeichert: {path} ({size}, {attachments}). Sie ist verschlüsselt und öffnet sich mit Ihrer jetzigen Passphrase. Bewahren Sie sie getrennt vom Computer auf.</source>
        <translation>✓ Yedek kaydedildi: {path} ({size}, {attachments}). Yedek şifrelidir ve şimdiki parolanızla açılır. Bilgisayardan ayrı bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Sicherung wiederherstellen?</source>
        <translation>Yedek geri yüklensin mi?</translation>
    </message>
    <message>
        <source>Beim Wiederherstellen wird Ihr jetziges Tagebuch durch den Stand der Sicherung ersetzt. Dafür wird das Tagebuch zuerst gesperrt. Ihr jetziger Stand geht nicht verloren: Er bleibt als Datei im Ordner „sicherungen“ erhalten.

Danach öffnen Sie das Tagebuch mit der Passphrase, die galt, als die Sicherung gemacht wurde.

Eine Sicherung auswählen?</source>
        <translation>Geri yüklemede şimdiki günlüğünüzün yerine yedekteki durum gelir. Bunun için günlük önce kilitlenir. Şimdiki durumunuz kaybolmaz: “sicherungen” klasöründe bir dosya olarak kalır.

Sonra günlüğü, yedeğin alındığı sırada geçerli olan parolayla açarsınız.

Bir yedek seçilsin mi?</translation>
    </message>
    <message>
        <source>Sicherung auswählen</source>
        <translation>Yedek seç</translation>
    </message>
    <message>
        <source>Sicherungen von Amtstagebuch (*.amtbak *.amtb);;Alle Dateien (*)</source>
        <translation>Amtstagebuch yedekleri (*.amtbak *.amtb);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Passphrase der Sicherung</source>
        <translation>Yedeğin parolası</translation>
    </message>
    <message>
        <source>Mit welcher Passphrase wurde die Sicherung gemacht?
Haben Sie die Passphrase seitdem nicht geändert, ist es Ihre jetzige.</source>
        <translation>Yedek hangi parolayla alındı?
O zamandan beri parolanızı değiştirmediyseniz şimdiki parolanızdır.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – die Sicherung wird geprüft …</source>
        <translation>Lütfen biraz bekleyin – yedek kontrol ediliyor …</translation>
    </message>
    <message>
        <source>Die Sicherung wurde nicht wiederhergestellt: {reason}</source>
        <translation>Yedek geri yüklenmedi: {reason}</translation>
    </message>
    <message>
        <source>Die Sicherung ist in Ordnung.</source>
        <translation>Yedek sağlam.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>ja, immer</source>
        <translation>evet, her zaman</translation>
    </message>
    <message>
        <source>nein, nie</source>
        <translation>hayır, hiç</translation>
    </message>
    <message>
        <source>{r} von {n} Mal</source>
        <translation>{r}/{n} kez</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>ja, {n} Mal</source>
        <translation>evet, {n} kez</translation>
    </message>
</context>
<context>
    <name>TextSizeChooser</name>
    <message>
        <source>{percent} %</source>
        <translation>%{percent}</translation>
    </message>
    <message>
        <source>Schriftgröße</source>
        <translation>Yazı boyutu</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <source>Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen.</source>
        <translation>Hangi mektubu yazmak istiyorsunuz? Program mektubu sizin bilgilerinizle hazırlar. Yazdırmadan önce mektubu görürsünüz ve istediğiniz zaman geri dönebilirsiniz.</translation>
    </message>
    <message>
        <source>Briefarten</source>
        <translation>Mektup türleri</translation>
    </message>
    <message>
        <source>&amp;Briefart:</source>
        <translation>&amp;Mektup türü:</translation>
    </message>
    <message>
        <source>Über diesen Brief</source>
        <translation>Bu mektup hakkında</translation>
    </message>
    <message>
        <source>Über diesen Brief (Bildlaufbereich)</source>
        <translation>Bu mektup hakkında (kaydırma alanı)</translation>
    </message>
    <message>
        <source>{title} (vorgeschlagen)</source>
        <translation>{title} (önerilen)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Tagebuch entsperren</source>
        <translation>Günlüğün kilidini aç</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tagebuch entsperren&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Günlüğün kilidini aç&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>mit meiner &amp;Passphrase</source>
        <translation>&amp;parolamla</translation>
    </message>
    <message>
        <source>mit dem &amp;Wiederherstellungscode</source>
        <translation>&amp;kurtarma koduyla</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Entsperren</source>
        <translation>Kilidi &amp;aç</translation>
    </message>
    <message>
        <source>Wird entsperrt</source>
        <translation>Kilit açılıyor</translation>
    </message>
    <message>
        <source>Hinweis</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>&amp;Ohne Eingabe öffnen (auf diesem PC gemerkt)</source>
        <translation>Parola &amp;girmeden aç (bu bilgisayarda hatırlandı)</translation>
    </message>
    <message>
        <source>Ohne Passphrase öffnen</source>
        <translation>Parolasız aç</translation>
    </message>
    <message>
        <source>Neueste lesbare &amp;Sicherung öffnen</source>
        <translation>En yeni okunabilir &amp;yedeği aç</translation>
    </message>
    <message>
        <source>Tagebuch im Ordner: {folder}</source>
        <translation>Günlüğün klasörü: {folder}</translation>
    </message>
    <message>
        <source>Wiederherstellungscode</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}:</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihren Wiederherstellungscode ein.</source>
        <translation>Lütfen önce kurtarma kodunuzu girin.</translation>
    </message>
    <message>
        <source>Bitte geben Sie zuerst Ihre Passphrase ein.</source>
        <translation>Lütfen önce parolanızı girin.</translation>
    </message>
    <message>
        <source>Einen Moment bitte – das Tagebuch wird entsperrt …</source>
        <translation>Lütfen biraz bekleyin – günlüğün kilidi açılıyor …</translation>
    </message>
    <message>
        <source>Der auf diesem PC gemerkte Schlüssel passt nicht mehr. Bitte geben Sie Ihre Passphrase ein.</source>
        <translation>Bu bilgisayarda hatırlanan anahtar artık uymuyor. Lütfen parolanızı girin.</translation>
    </message>
    <message>
        <source>Die Sicherung wurde geöffnet. Die beschädigte Datei liegt in „sicherungen“.</source>
        <translation>Yedek açıldı. Bozuk dosya “sicherungen” klasöründe duruyor.</translation>
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
        <translation>Amtstagebuch, Jobcenter ile her temasınızı kaydetmenize yardım eder: randevular, telefon görüşmeleri, mektuplar ve hangi belgeleri teslim ettiğiniz. Her şey bilgisayarınızda şifreli kalır; program asla internete bağlanmaz.

Kurulum yaklaşık üç dakika sürer. Lütfen şunları hazırlayın:
• bir kağıt ve bir kalem (kurtarma kodunuz için),
• Jobcenter’dan gelen bir mektup (müşteri numarası ve adres için).

Her adımı daha sonra “Ayarlar” bölümünden değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Hinweis zum bisherigen Ordner</source>
        <translation>Önceki klasör hakkında not</translation>
    </message>
    <message>
        <source>Ihr Tagebuch lag zuletzt im Ordner „{folder}“. Dort ist es gerade nicht zu finden. Liegt es auf einem USB-Stick? Dann stecken Sie ihn ein und wählen „Vorhandenes Tagebuch öffnen …“.</source>
        <translation>Günlüğünüz en son “{folder}” klasöründeydi. Şu anda orada bulunamıyor. Bir USB bellekte mi? O zaman belleği takın ve “Var olan günlüğü aç …” seçeneğini seçin.</translation>
    </message>
    <message>
        <source>&amp;Vorhandenes Tagebuch öffnen …</source>
        <translation>&amp;Var olan günlüğü aç …</translation>
    </message>
    <message>
        <source>Ein vorhandenes Tagebuch öffnen, zum Beispiel auf einem USB-Stick</source>
        <translation>Var olan bir günlüğü aç, örneğin bir USB bellekte</translation>
    </message>
    <message>
        <source>Sie haben schon ein Tagebuch?</source>
        <translation>Zaten bir günlüğünüz var mı?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Bereiche</source>
        <translation>Bölümler</translation>
    </message>
</context>
<context>
    <name>_Ask</name>
    <message>
        <source>Abbrechen</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)</source>
        <translation>ortak kurum (Federal İş Ajansı ile birlikte)</translation>
    </message>
    <message>
        <source>zugelassener kommunaler Träger (Kreis oder Stadt allein)</source>
        <translation>yetkili belediye kurumu (yalnızca bölge veya şehir)</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– lütfen seçin –</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Blatt mit dem Wiederherstellungscode speichern</source>
        <translation>Kurtarma kodunun bulunduğu sayfayı kaydet</translation>
    </message>
    <message>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Nicht gespeichert</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Blatt gespeichert</source>
        <translation>Sayfa kaydedildi</translation>
    </message>
    <message>
        <source>Das Blatt ist gespeichert:
{path}

Jetzt öffnen, um es zu drucken?

Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei findet, kann mit dem Code Ihr Tagebuch öffnen.</source>
        <translation>Sayfa kaydedildi:
{path}

Yazdırmak için şimdi açılsın mı?

Önemli: Sayfa yazdırılır yazdırılmaz dosyayı silin. Dosyayı bulan biri, kodla günlüğünüzü açabilir.</translation>
    </message>
</context>
</TS>
