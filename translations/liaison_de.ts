<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liaison</source>
        <translation>Über Liaison</translation>
    </message>
    <message>
        <source>Liaison {version}</source>
        <translation>Liaison {version}</translation>
    </message>
    <message>
        <source>An encrypted workstation for exchanging criminal intelligence with partner agencies.</source>
        <translation>Ein verschlüsselter Arbeitsplatz für den Austausch kriminalpolizeilicher Erkenntnisse mit Partnerbehörden.</translation>
    </message>
    <message>
        <source>This is the demo workspace: every record in it is synthetic.</source>
        <translation>Dies ist der Demo-Arbeitsbereich: Alle Datensätze darin sind synthetisch.</translation>
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
        <translation>Arbeitsbereich:</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s two public certificates (signing and encryption). The partner stays unverified, and cannot receive, until you confirm its fingerprint with it by telephone.</source>
        <translation>Hinterlegen Sie die beiden öffentlichen Zertifikate des Partners (Signatur und Verschlüsselung). Der Partner bleibt unverifiziert und kann nichts empfangen, bis Sie seinen Fingerabdruck telefonisch mit ihm abgeglichen haben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Signing certificate:</source>
        <translation>&amp;Signaturzertifikat:</translation>
    </message>
    <message>
        <source>&amp;Encryption certificate:</source>
        <translation>&amp;Verschlüsselungszertifikat:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Land des Partners</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Datei des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Encryption certificate file</source>
        <translation>Datei des Verschlüsselungszertifikats</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing certificate file</source>
        <translation>Datei des Signaturzertifikats wählen</translation>
    </message>
    <message>
        <source>Choose the encryption certificate file</source>
        <translation>Datei des Verschlüsselungszertifikats wählen</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>Zertifikat des Partners</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Geben Sie den Namen des Partners ein.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s country from the list.</source>
        <translation>Wählen Sie das Land des Partners aus der Liste.</translation>
    </message>
    <message>
        <source>signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>encryption certificate</source>
        <translation>Verschlüsselungszertifikat</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s {what} file.</source>
        <translation>Wählen Sie die Datei mit dem {what} des Partners.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>Die Datei {path} mit dem {what} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>Ihre Behörde</translation>
    </message>
    <message>
        <source>Partners see this name and country on everything you send them.</source>
        <translation>Partner sehen diesen Namen und dieses Land auf allem, was Sie ihnen senden.</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Name der &amp;Behörde:</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Name der Behörde</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Agency country</source>
        <translation>Land der Behörde</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>Enter your agency&apos;s name.</source>
        <translation>Geben Sie den Namen Ihrer Behörde ein.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s country from the list.</source>
        <translation>Wählen Sie das Land Ihrer Behörde aus der Liste.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>Vorschau des Anhangs</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Prüfkette verifizieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the audit entries</source>
        <translation>Prüfeinträge neu laden</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>Latest entries, oldest first ({n} shown)</source>
        <translation>Neueste Einträge, älteste zuerst ({n} angezeigt)</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries verified.</source>
        <translation>Kette intakt: {n} Einträge geprüft.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {seq}: {reason}.</source>
        <translation>Kette GEBROCHEN bei Eintrag {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Audit log not fully checked ({n} entries, the chain intact):</source>
        <translation>Audit-Protokoll nicht vollständig geprüft ({n} Einträge, Kette intakt):</translation>
    </message>
    <message>
        <source>Audit log TAMPERED WITH ({n} entries, each linked to the one before):</source>
        <translation>Audit-Protokoll MANIPULIERT ({n} Einträge, jeder mit dem vorigen verkettet):</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Prüfkette wird verifiziert</translation>
    </message>
</context>
<context>
    <name>ChartEdits</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Rückgängig: {edit}</translation>
    </message>
    <message>
        <source>Undo the last change to the chart</source>
        <translation>Letzte Änderung am Diagramm rückgängig machen</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Wiederholen: {edit}</translation>
    </message>
    <message>
        <source>Redo the change to the chart undone last</source>
        <translation>Zuletzt rückgängig gemachte Änderung am Diagramm wiederholen</translation>
    </message>
    <message>
        <source>Changing the chart</source>
        <translation>Diagramm wird geändert</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Erweitern</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Pfad suchen</translation>
    </message>
    <message>
        <source>Collapse the group</source>
        <translation>Gruppe zusammenfassen</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Gruppe aufklappen</translation>
    </message>
    <message>
        <source>Select exactly two entities first.</source>
        <translation>Wählen Sie zuerst genau zwei Entitäten aus.</translation>
    </message>
    <message>
        <source>Draw a link</source>
        <translation>Verbindung zeichnen</translation>
    </message>
    <message>
        <source>What joins the two (it is kept as your own assertion, with your name and the time):</source>
        <translation>Was die beiden verbindet (als Ihre eigene Feststellung gespeichert, mit Ihrem Namen und der Uhrzeit):</translation>
    </message>
    <message>
        <source>Delete the link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Select one entity first.</source>
        <translation>Wählen Sie zuerst eine Entität aus.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Your note on this entity (kept with your name and the time, never shared):</source>
        <translation>Ihre Notiz zu dieser Entität (mit Ihrem Namen und der Uhrzeit gespeichert, nie geteilt):</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Community {number}</source>
        <translation>Community {number}</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Keine Behörde</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Nothing to group: no other node is coloured like this one.</source>
        <translation>Nichts zu gruppieren: kein anderer Knoten ist wie dieser eingefärbt.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merging the two entities</source>
        <translation>Die beiden Entitäten werden zusammengeführt</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>Krypto-Wallet</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>Fahrzeug-Identifizierungsnummer</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Not in this workspace</source>
        <translation>Nicht in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Group of nodes</source>
        <translation>Knotengruppe</translation>
    </message>
    <message>
        <source>Holds the identifier</source>
        <translation>Besitzt die Kennung</translation>
    </message>
    <message>
        <source>Takes part in the event</source>
        <translation>Nimmt am Ereignis teil</translation>
    </message>
    <message>
        <source>Drawn by the analyst</source>
        <translation>Vom Analysten gezeichnet</translation>
    </message>
    <message>
        <source>Colours: communities</source>
        <translation>Farben: Communities</translation>
    </message>
    <message>
        <source>Colours: agencies</source>
        <translation>Farben: Behörden</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the chart as a picture or as a graph file</source>
        <translation>Diagramm als Bild oder als Graphdatei speichern</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Zeichnung (SVG)…</translation>
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
        <translation>Diagramm wird exportiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>Nachbarn auswählen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Erweitern</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Gruppe aufklappen</translation>
    </message>
    <message>
        <source>Collapse its group into one node</source>
        <translation>Seine Gruppe zu einem Knoten zusammenfassen</translation>
    </message>
    <message>
        <source>Draw a link between the two…</source>
        <translation>Verbindung zwischen den beiden zeichnen…</translation>
    </message>
    <message>
        <source>Delete the link drawn between the two</source>
        <translation>Die zwischen den beiden gezeichnete Verbindung löschen</translation>
    </message>
    <message>
        <source>These are the same</source>
        <translation>Das sind dieselben</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Delete the latest note</source>
        <translation>Letzte Notiz löschen</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Alle lösen</translation>
    </message>
</context>
<context>
    <name>ChartPanels</name>
    <message>
        <source>Link chart</source>
        <translation>Verbindungsdiagramm</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Chart the record list</source>
        <translation>Datensatzliste als &amp;Diagramm darstellen</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records listed</source>
        <translation>Verbindungsdiagramm und Zeitachse der aufgeführten Datensätze erstellen</translation>
    </message>
    <message>
        <source>Chart the &amp;search results</source>
        <translation>&amp;Suchergebnisse als Diagramm darstellen</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records the search finds</source>
        <translation>Verbindungsdiagramm und Zeitachse der von der Suche gefundenen Datensätze erstellen</translation>
    </message>
    <message>
        <source>Chart the &amp;open record</source>
        <translation>&amp;Geöffneten Datensatz als Diagramm darstellen</translation>
    </message>
    <message>
        <source>Build the link chart of the record shown and its entities</source>
        <translation>Verbindungsdiagramm des angezeigten Datensatzes und seiner Entitäten erstellen</translation>
    </message>
    <message>
        <source>Search first: there are no search results to chart.</source>
        <translation>Suchen Sie zuerst: Es gibt keine Suchergebnisse, die sich als Diagramm darstellen lassen.</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Finding the records</source>
        <translation>Datensätze werden gesucht</translation>
    </message>
    <message>
        <source>Filtering the records</source>
        <translation>Datensätze werden gefiltert</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Columns and what they become</source>
        <translation>Spalten und ihre Zuordnung</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>record: {field}</source>
        <translation>Datensatz: {field}</translation>
    </message>
    <message>
        <source>(in a template: edit the JSON)</source>
        <translation>(in einer Vorlage: JSON bearbeiten)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Export or send</source>
        <translation>Exportieren oder senden</translation>
    </message>
    <message>
        <source>What you reviewed is exactly what leaves. The redactions and this decision are recorded in the audit log.</source>
        <translation>Was Sie geprüft haben, geht genau so hinaus. Die Schwärzungen und diese Entscheidung werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Export files to a folder</source>
        <translation>Dateien in einen Ordner &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Ordner für die exportierten Dateien</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Als {format} exportieren</translation>
    </message>
    <message>
        <source>Send to the &amp;partner as a package (outbox)</source>
        <translation>Als Paket an den &amp;Partner senden (Postausgang)</translation>
    </message>
    <message>
        <source>Choose a partner to send a package; a share to nobody in particular can only be exported.</source>
        <translation>Wählen Sie einen Partner, um ein Paket zu senden; eine Weitergabe an niemand Bestimmten kann nur exportiert werden.</translation>
    </message>
    <message>
        <source>Checking whether {partner} can receive packages…</source>
        <translation>Es wird geprüft, ob {partner} Pakete empfangen kann…</translation>
    </message>
    <message>
        <source>The package is queued in the outbox for {partner}; it leaves with the next sync.</source>
        <translation>Das Paket für {partner} liegt im Postausgang; es geht mit der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
        <source>Checking the partner&apos;s certificates</source>
        <translation>Zertifikate des Partners werden geprüft</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Weitergabe läuft</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Press Share to do only what is left (what is done is not done again), or close the wizard.</source>
        <translation>Drücken Sie „Weitergeben“, um nur das Verbleibende zu erledigen (Erledigtes wird nicht wiederholt), oder schließen Sie den Assistenten.</translation>
    </message>
    <message>
        <source>Nothing was exported or sent.</source>
        <translation>Es wurde nichts exportiert oder gesendet.</translation>
    </message>
    <message>
        <source>{files} file(s) written to {folder}.</source>
        <translation>Dateien in {folder} geschrieben: {files}.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation>Abgebrochen, bevor etwas ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Exporting the files failed: {error}</source>
        <translation>Der Export der Dateien ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Queuing the package failed: {error}</source>
        <translation>Das Einreihen des Pakets ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{packages} package(s) queued for {partner}.</source>
        <translation>Pakete für {partner} in den Postausgang gestellt: {packages}.</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <source>Create a Liaison workspace</source>
        <translation>Liaison-Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>Arbeitsbereich wird angelegt</translation>
    </message>
</context>
<context>
    <name>EntitiesTab</name>
    <message>
        <source>Entity or property</source>
        <translation>Entität oder Eigenschaft</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>Verknüpfte Entitäten</translation>
    </message>
    <message>
        <source>Open this entity</source>
        <translation>Diese Entität öffnen</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>vom Absender geschwärzt</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ ungültig: {note}</translation>
    </message>
</context>
<context>
    <name>EntityHitsList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Entity search results</source>
        <translation>Suchergebnisse für Entitäten</translation>
    </message>
    <message>
        <source>{caption} (+{n} confirmed same)</source>
        <translation>{caption} (+{n} als dieselbe bestätigt)</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Open an entity from a record to see it here.</source>
        <translation>Öffnen Sie eine Entität aus einem Datensatz, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Andere Entität</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Möglicherweise dieselbe wie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Cross-reference candidates of this entity</source>
        <translation>Abgleichkandidaten dieser Entität</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>Datensätze, die diese Entität nennen</translation>
    </message>
    <message>
        <source>{schema} · id in the partner&apos;s file: {ref}</source>
        <translation>{schema} · Kennung in der Datei des Partners: {ref}</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>vom Absender geschwärzt</translation>
    </message>
    <message>
        <source>The sender redacted this value before it was shared; it is never compared or matched.</source>
        <translation>Der Absender hat diesen Wert vor der Weitergabe geschwärzt; er wird nie verglichen oder abgeglichen.</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ ungültig: {note}</translation>
    </message>
    <message>
        <source>This value failed validation; it is kept as the source wrote it.</source>
        <translation>Dieser Wert hat die Prüfung nicht bestanden; er bleibt so erhalten, wie die Quelle ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>Appears in {total} records (newest {shown} listed)</source>
        <translation>Kommt in {total} Datensätzen vor (die neuesten {shown} aufgeführt)</translation>
    </message>
    <message>
        <source>Appears in records: {total}</source>
        <translation>Kommt in Datensätzen vor: {total}</translation>
    </message>
    <message>
        <source>confirmed the same</source>
        <translation>als dieselbe bestätigt</translation>
    </message>
    <message>
        <source>same</source>
        <translation>dieselbe</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>nicht dieselbe</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>“{title}” could not be completed.</source>
        <translation>„{title}“ konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>An unexpected error stopped “{title}”.</source>
        <translation>Ein unerwarteter Fehler hat „{title}“ abgebrochen.</translation>
    </message>
    <message>
        <source>This is a fault in Liaison, not in your data. If it happens again, give the details below to your administrator.</source>
        <translation>Dies ist ein Fehler in Liaison, nicht in Ihren Daten. Wenn er erneut auftritt, geben Sie die Details unten an Ihre Administration weiter.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>bereits empfangen</translation>
    </message>
    <message>
        <source>already quarantined</source>
        <translation>bereits in Quarantäne</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>außer Betrieb</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>awaiting release</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>approved, awaiting signature</source>
        <translation>freigegeben, wartet auf Signatur</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>{n} {kind} new, {m} updated</source>
        <translation>{kind}: {n} neu, {m} aktualisiert</translation>
    </message>
    <message>
        <source>{n} retracted</source>
        <translation>{n} zurückgezogen</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>revoked — cannot receive</source>
        <translation>widerrufen — kann nicht empfangen</translation>
    </message>
    <message>
        <source>verified; new certificates await verification</source>
        <translation>verifiziert; neue Zertifikate warten auf Verifizierung</translation>
    </message>
    <message>
        <source>NOT verified — cannot receive</source>
        <translation>NICHT verifiziert — kann nicht empfangen</translation>
    </message>
    <message>
        <source>verified — cannot receive (no usable encryption certificate)</source>
        <translation>verifiziert — kann nicht empfangen (kein nutzbares Verschlüsselungszertifikat)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>{partner}: delivered {when} ({how})</source>
        <translation>{partner}: zugestellt {when} ({how})</translation>
    </message>
    <message>
        <source>{partner}: waiting, last attempt failed: {error}</source>
        <translation>{partner}: wartend, letzter Versuch fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{partner}: waiting for the next sync</source>
        <translation>{partner}: wartet auf die nächste Synchronisierung</translation>
    </message>
    <message>
        <source>{file}: merged package {package} from {partner} ({counts}).</source>
        <translation>{file}: Paket {package} von {partner} zusammengeführt ({counts}).</translation>
    </message>
    <message>
        <source>{file}: quarantined ({code}). {reason}</source>
        <translation>{file}: in Quarantäne ({code}). {reason}</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>ein Paket</translation>
    </message>
    <message>
        <source>Sent {package} to {partner} over {transport}: {status}.</source>
        <translation>{package} an {partner} über {transport} gesendet: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner}, left in the incoming folder by an interrupted sync: {status}.</source>
        <translation>{package} von {partner} empfangen, von einer unterbrochenen Synchronisierung im Eingangsordner zurückgelassen: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner} over {transport}: {status}.</source>
        <translation>{package} von {partner} über {transport} empfangen: {status}.</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <source>Sync finished: {delivered} delivered, {merged} merged, {quarantined} quarantined, {failed} failed.</source>
        <translation>Synchronisierung abgeschlossen: {delivered} zugestellt, {merged} zusammengeführt, {quarantined} in Quarantäne, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not finished over {transports}. Nothing is lost: what did not get through waits on the server or in the outbox for the next sync.</source>
        <translation>Über {transports} nicht abgeschlossen. Nichts geht verloren: Was nicht durchkam, wartet auf dem Server oder im Postausgang auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>Nothing was waiting in either direction.</source>
        <translation>In keiner Richtung hat etwas gewartet.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problem: {error}</translation>
    </message>
</context>
<context>
    <name>ExchangeDock</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transportwege</translation>
    </message>
    <message>
        <source>Hit/no-hit</source>
        <translation>Treffer/kein Treffer</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Signing fingerprint</source>
        <translation>Fingerabdruck (Signatur)</translation>
    </message>
    <message>
        <source>Encryption fingerprint</source>
        <translation>Fingerabdruck (Verschlüsselung)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Folgenummer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>Partner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifizieren…</translation>
    </message>
    <message>
        <source>Verify the partner&apos;s fingerprint</source>
        <translation>Fingerabdruck des Partners verifizieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s certificates</source>
        <translation>Zertifikate des Partners widerrufen</translation>
    </message>
    <message>
        <source>&amp;Receive file(s)…</source>
        <translation>Datei(en) &amp;empfangen…</translation>
    </message>
    <message>
        <source>Receive package files</source>
        <translation>Paketdateien empfangen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Transport to sync</source>
        <translation>Zu synchronisierender Transportweg</translation>
    </message>
    <message>
        <source>Add &amp;folder transport…</source>
        <translation>&amp;Ordner als Transportweg hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP transport…</source>
        <translation>&amp;SFTP-Transportweg hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release the share awaiting release</source>
        <translation>Die wartende Weitergabe freigeben</translation>
    </message>
    <message>
        <source>What the last receive or sync did</source>
        <translation>Ergebnis des letzten Empfangs oder der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>Reading partners and packages</source>
        <translation>Partner und Pakete werden gelesen</translation>
    </message>
    <message>
        <source>Adding the partner</source>
        <translation>Partner wird hinzugefügt</translation>
    </message>
    <message>
        <source>{name} was added, NOT verified: it cannot receive until you compare its fingerprint with it by telephone (Verify…).</source>
        <translation>{name} wurde hinzugefügt, ist aber NICHT verifiziert: Der Partner kann nichts empfangen, bis Sie seinen Fingerabdruck telefonisch mit ihm abgeglichen haben (Verifizieren…).</translation>
    </message>
    <message>
        <source>Verifying the partner</source>
        <translation>Partner wird verifiziert</translation>
    </message>
    <message>
        <source>The fingerprint matches: {name} is verified and can receive packages.</source>
        <translation>Der Fingerabdruck stimmt überein: {name} ist verifiziert und kann Pakete empfangen.</translation>
    </message>
    <message>
        <source>Revoking the partner&apos;s certificates</source>
        <translation>Zertifikate des Partners werden widerrufen</translation>
    </message>
    <message>
        <source>{count} certificate(s) of {name} revoked: nothing more goes to them or is accepted from them.</source>
        <translation>Widerrufene Zertifikate von {name}: {count}. Es wird nichts mehr an den Partner gesendet oder von ihm angenommen.</translation>
    </message>
    <message>
        <source>Adding the transport</source>
        <translation>Transportweg wird hinzugefügt</translation>
    </message>
    <message>
        <source>Transport {name} added: Sync now delivers and collects through {path}.</source>
        <translation>Transportweg {name} hinzugefügt: Jetzt synchronisieren stellt über {path} zu und holt dort ab.</translation>
    </message>
    <message>
        <source>Transport {name} added ({user}@{host}).</source>
        <translation>Transportweg {name} hinzugefügt ({user}@{host}).</translation>
    </message>
    <message>
        <source>All transports</source>
        <translation>Alle Transportwege</translation>
    </message>
    <message>
        <source>Liaison packages (*.p7m);;All files (*)</source>
        <translation>Liaison-Pakete (*.p7m);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Received {n} file(s): {merged} merged, {quarantined} quarantined.</source>
        <translation>Empfangene Dateien: {n}; {merged} zusammengeführt, {quarantined} in Quarantäne.</translation>
    </message>
    <message>
        <source>Receiving packages</source>
        <translation>Pakete werden empfangen</translation>
    </message>
    <message>
        <source>Sync cancelled. Packages already delivered or received stay so; the rest waits for the next sync.</source>
        <translation>Synchronisierung abgebrochen. Bereits zugestellte oder empfangene Pakete bleiben es; der Rest wartet auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message>
        <source>Releasing the share</source>
        <translation>Weitergabe wird freigegeben</translation>
    </message>
    <message>
        <source>Released to {partner} (approved by {who}): package(s) {packages} in the outbox.</source>
        <translation>An {partner} freigegeben (genehmigt von {who}): Paket(e) {packages} im Postausgang.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>Suchfacetten</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF files.</source>
        <translation>CSV-, FollowTheMoney-, STIX-2.1-, MISP-, GraphML- oder GEXF-Dateien.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import intelligence files</source>
        <translation>Erkenntnisdateien importieren</translation>
    </message>
    <message>
        <source>Intelligence files ({patterns});;All files (*)</source>
        <translation>Erkenntnisdateien ({patterns});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Fan-in, fan-out</source>
        <translation>Fächer (viele Zahler, viele Empfänger)</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Durchleitung</translation>
    </message>
    <message>
        <source>Structuring</source>
        <translation>Stückelung</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>Kreisfluss</translation>
    </message>
    <message>
        <source>Bridge between networks</source>
        <translation>Brücke zwischen Netzwerken</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Aktivitätsspitze</translation>
    </message>
    <message>
        <source>Co-presence</source>
        <translation>Gleichzeitige Anwesenheit</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Ähnliche Fälle</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pattern findings</source>
        <translation>Musterbefunde</translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation>Alle Detektoren</translation>
    </message>
    <message>
        <source>To review and confirmed</source>
        <translation>Zu prüfen und bestätigt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>All, dismissed too</source>
        <translation>Alle, auch verworfene</translation>
    </message>
    <message>
        <source>&amp;Run the detectors</source>
        <translation>Detektoren &amp;ausführen</translation>
    </message>
    <message>
        <source>Look for every pattern in all the records</source>
        <translation>In allen Datensätzen nach allen Mustern suchen</translation>
    </message>
    <message>
        <source>Run on &amp;arrival</source>
        <translation>Bei &amp;Eingang ausführen</translation>
    </message>
    <message>
        <source>Run the detectors on what each import and received package brings (for everyone using this workspace)</source>
        <translation>Die Detektoren auf das anwenden, was jeder Import und jedes empfangene Paket bringt (für alle, die diesen Arbeitsbereich nutzen)</translation>
    </message>
    <message>
        <source>Entities (double-click to open)</source>
        <translation>Entitäten (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Records (double-click to open)</source>
        <translation>Datensätze (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Not listed again unless its evidence changes</source>
        <translation>Wird nicht mehr aufgeführt, außer wenn sich seine Belege ändern</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Chart &amp;it</source>
        <translation>Als &amp;Diagramm</translation>
    </message>
    <message>
        <source>The link chart of the finding&apos;s records, its entities selected</source>
        <translation>Das Beziehungsdiagramm der Datensätze des Befunds, seine Entitäten ausgewählt</translation>
    </message>
    <message>
        <source>Findings: {count}</source>
        <translation>Befunde: {count}</translation>
    </message>
    <message>
        <source>Looking for patterns</source>
        <translation>Muster werden gesucht</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>Befunde werden gelesen</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Urteil wird gespeichert</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>Einstellung wird gespeichert</translation>
    </message>
    <message>
        <source>Reading the finding&apos;s records</source>
        <translation>Datensätze des Befunds werden gelesen</translation>
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
        <translation>Ordner als Transportweg hinzufügen</translation>
    </message>
    <message>
        <source>Packages are exchanged through a folder: a USB stick carried to the partner, or a shared drive both agencies reach.</source>
        <translation>Pakete werden über einen Ordner ausgetauscht: einen USB-Stick, der zum Partner gebracht wird, oder ein gemeinsames Laufwerk, auf das beide Behörden zugreifen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Name des Transportwegs</translation>
    </message>
    <message>
        <source>for example usb</source>
        <translation>zum Beispiel usb</translation>
    </message>
    <message>
        <source>Transport folder</source>
        <translation>Ordner des Transportwegs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the transport folder</source>
        <translation>Ordner des Transportwegs wählen</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Geben Sie einen Namen für den Transportweg ein.</translation>
    </message>
    <message>
        <source>Choose the folder.</source>
        <translation>Wählen Sie den Ordner.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the stick plugged in?).</source>
        <translation>Der Ordner {path} existiert nicht (ist der Stick eingesteckt?).</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>{n} (current)</source>
        <translation>{n} (aktuell)</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>erste Version</translation>
    </message>
</context>
<context>
    <name>HitsPage</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Values asked</source>
        <translation>Angefragte Werte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Our hit/no-hit queries</source>
        <translation>Unsere Treffer/kein-Treffer-Anfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Identifiers asked and whether the partner holds them</source>
        <translation>Angefragte Kennungen und ob der Partner sie hat</translation>
    </message>
    <message>
        <source>Request the &amp;records…</source>
        <translation>&amp;Datensätze anfordern…</translation>
    </message>
    <message>
        <source>Prepare a request to the partner for the records behind the hits</source>
        <translation>Eine Anfrage an den Partner nach den Datensätzen hinter den Treffern vorbereiten</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>vehicle plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>crypto wallet</source>
        <translation>Krypto-Wallet</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>Name und Geburtsdatum</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {n:,} identifiers (the held ones first).</source>
        <translation>Die ersten {shown:,} von {n:,} Kennungen werden angezeigt (die vorhandenen zuerst).</translation>
    </message>
    <message>
        <source>Folder for the request to the partner</source>
        <translation>Ordner für die Anfrage an den Partner</translation>
    </message>
    <message>
        <source>The request to {partner} for the records behind {n:,} hit(s) was written to {file}. Send it to {partner} the way your requests usually go; it names the identifiers, the query and the agreement.</source>
        <translation>Die Anfrage an {partner} nach den Datensätzen hinter {n:,} Treffer(n) wurde in {file} geschrieben. Senden Sie sie an {partner} auf dem üblichen Weg Ihrer Anfragen; sie nennt die Kennungen, die Abfrage und die Vereinbarung.</translation>
    </message>
    <message>
        <source>Preparing the request for the records</source>
        <translation>Anfrage nach den Datensätzen wird vorbereitet</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity fingerprint (read aloud):</source>
        <translation>Fingerabdruck der Identität (zum Vorlesen):</translation>
    </message>
    <message>
        <source>Signing certificate:</source>
        <translation>Signaturzertifikat:</translation>
    </message>
    <message>
        <source>Encryption certificate:</source>
        <translation>Verschlüsselungszertifikat:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Identity fingerprint</source>
        <translation>Fingerabdruck der Identität</translation>
    </message>
    <message>
        <source>Signing certificate fingerprint</source>
        <translation>Fingerabdruck des Signaturzertifikats</translation>
    </message>
    <message>
        <source>Encryption certificate fingerprint</source>
        <translation>Fingerabdruck des Verschlüsselungszertifikats</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Gültigkeit der Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>Identität &amp;erstellen</translation>
    </message>
    <message>
        <source>Create the agency identity</source>
        <translation>Identität der Behörde erstellen</translation>
    </message>
    <message>
        <source>&amp;Export certificates…</source>
        <translation>Zertifikate e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the public certificates</source>
        <translation>Öffentliche Zertifikate exportieren</translation>
    </message>
    <message>
        <source>Certificate &amp;requests for a CA…</source>
        <translation>Zertifikats&amp;anträge für eine CA…</translation>
    </message>
    <message>
        <source>Create certificate signing requests</source>
        <translation>Zertifikatsanträge (CSR) erstellen</translation>
    </message>
    <message>
        <source>&amp;Import issued certificate…</source>
        <translation>Ausgestelltes Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a certificate issued by the CA</source>
        <translation>Ein von der CA ausgestelltes Zertifikat importieren</translation>
    </message>
    <message>
        <source>Reading the agency identity</source>
        <translation>Identität der Behörde wird gelesen</translation>
    </message>
    <message>
        <source>This workspace has no agency identity yet: partners cannot send to you, and you cannot send. Create one, or request certificates from your national CA.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Identität der Behörde: Partner können Ihnen nichts senden, und Sie können nichts senden. Erstellen Sie eine oder beantragen Sie Zertifikate bei Ihrer nationalen CA.</translation>
    </message>
    <message>
        <source>{agency} ({country})</source>
        <translation>{agency} ({country})</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Agency identity created. Export the certificates and send them to your partners; read them the identity fingerprint by telephone.</source>
        <translation>Identität der Behörde erstellt. Exportieren Sie die Zertifikate und senden Sie sie Ihren Partnern; lesen Sie ihnen den Fingerabdruck der Identität telefonisch vor.</translation>
    </message>
    <message>
        <source>Creating the agency identity</source>
        <translation>Identität der Behörde wird erstellt</translation>
    </message>
    <message>
        <source>Export the certificates to</source>
        <translation>Zertifikate exportieren nach</translation>
    </message>
    <message>
        <source>Certificates exported to {folder}: {files}.</source>
        <translation>Zertifikate nach {folder} exportiert: {files}.</translation>
    </message>
    <message>
        <source>Exporting the certificates</source>
        <translation>Zertifikate werden exportiert</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Zertifikatsanträge</translation>
    </message>
    <message>
        <source>New keys will be made for the requests; the current identity stays in use until the issued certificates are imported. Continue?</source>
        <translation>Für die Anträge werden neue Schlüssel erzeugt; die aktuelle Identität bleibt in Gebrauch, bis die ausgestellten Zertifikate importiert sind. Fortfahren?</translation>
    </message>
    <message>
        <source>Save the requests in</source>
        <translation>Anträge speichern in</translation>
    </message>
    <message>
        <source>Certificate requests written to {folder}: {files}. Send them to your national CA, then import the certificates it issues.</source>
        <translation>Zertifikatsanträge in {folder} geschrieben: {files}. Senden Sie sie an Ihre nationale CA und importieren Sie anschließend die ausgestellten Zertifikate.</translation>
    </message>
    <message>
        <source>Creating certificate requests</source>
        <translation>Zertifikatsanträge werden erstellt</translation>
    </message>
    <message>
        <source>Certificate issued by the CA</source>
        <translation>Von der CA ausgestelltes Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The issued signing certificate was imported ({state}).</source>
        <translation>Das ausgestellte Signaturzertifikat wurde importiert ({state}).</translation>
    </message>
    <message>
        <source>The issued encryption certificate was imported ({state}).</source>
        <translation>Das ausgestellte Verschlüsselungszertifikat wurde importiert ({state}).</translation>
    </message>
    <message>
        <source>now in use</source>
        <translation>jetzt in Gebrauch</translation>
    </message>
    <message>
        <source>waiting for the other one</source>
        <translation>wartet auf das andere</translation>
    </message>
    <message>
        <source>Importing the certificate</source>
        <translation>Zertifikat wird importiert</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>This file is not a PNG or JPEG image; it is not shown.</source>
        <translation>Diese Datei ist kein PNG- oder JPEG-Bild; sie wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The image is damaged or too large to preview.</source>
        <translation>Das Bild ist beschädigt oder zu groß für eine Vorschau.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: {reason}</source>
        <translation>Das Bild kann nicht dekodiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
</context>
<context>
    <name>LinkChart</name>
    <message>
        <source>Nothing charted yet. From the View menu, chart the record list (Ctrl+Shift+G), the search results or the open record.</source>
        <translation>Noch nichts dargestellt. Stellen Sie über das Menü Ansicht die Datensatzliste (Strg+Umschalt+G), die Suchergebnisse oder den geöffneten Datensatz dar.</translation>
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Nach Typ einfärben</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Nach Community einfärben</translation>
    </message>
    <message>
        <source>Colour by agency</source>
        <translation>Nach Behörde einfärben</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Kräftebasiert</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Kreisförmig</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>Radial</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>Hierarchisch</translation>
    </message>
    <message>
        <source>Communities apart</source>
        <translation>Communities getrennt</translation>
    </message>
    <message>
        <source>Grouped by agency</source>
        <translation>Nach Behörde gruppiert</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Nach Land gruppiert</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Erweitern</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>Nachbarn der ausgewählten Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Reduzieren</translation>
    </message>
    <message>
        <source>Remove the neighbours expanding the selected nodes added, unless linked to other nodes</source>
        <translation>Die beim Erweitern der ausgewählten Knoten hinzugekommenen Nachbarn entfernen, sofern sie nicht mit anderen Knoten verbunden sind</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Pfad suchen</translation>
    </message>
    <message>
        <source>Shortest path between the two selected nodes</source>
        <translation>Kürzester Pfad zwischen den beiden ausgewählten Knoten</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show or hide the legend of node and link types</source>
        <translation>Legende der Knoten- und Verbindungstypen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Drag to select (or hold Shift while dragging)</source>
        <translation>Zum Auswählen ziehen (oder beim Ziehen die Umschalttaste gedrückt halten)</translation>
    </message>
    <message>
        <source>Colour the nodes by</source>
        <translation>Knoten einfärben nach</translation>
    </message>
    <message>
        <source>Layout method</source>
        <translation>Anordnungsverfahren</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} links</source>
        <translation>{nodes} Knoten, {edges} Verbindungen</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(gekürzt)</translation>
    </message>
    <message>
        <source>{drawn} links drawn at this zoom</source>
        <translation>{drawn} Verbindungen bei dieser Zoomstufe gezeichnet</translation>
    </message>
    <message>
        <source>Charted the {charted} best matches of the {total} records the search finds. Narrow the search to chart the rest.</source>
        <translation>Dargestellt sind die {charted} besten Treffer von {total} Datensätzen, die die Suche findet. Grenzen Sie die Suche ein, um den Rest darzustellen.</translation>
    </message>
    <message>
        <source>Charted the first {charted} of the {total} records listed. Narrow the list to chart the rest.</source>
        <translation>Dargestellt sind die ersten {charted} von {total} aufgelisteten Datensätzen. Grenzen Sie die Liste ein, um den Rest darzustellen.</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>Verbindungsdiagramm wird erstellt</translation>
    </message>
    <message>
        <source>Charting the search results</source>
        <translation>Suchergebnisse werden als Diagramm dargestellt</translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>Diagramm wird angeordnet</translation>
    </message>
    <message>
        <source>Expanding the chart</source>
        <translation>Diagramm wird erweitert</translation>
    </message>
    <message>
        <source>Select exactly two nodes to find a path.</source>
        <translation>Wählen Sie genau zwei Knoten aus, um einen Pfad zu suchen.</translation>
    </message>
    <message>
        <source>No path within six links.</source>
        <translation>Kein Pfad mit höchstens sechs Verbindungen.</translation>
    </message>
    <message>
        <source>Finding a path</source>
        <translation>Pfad wird gesucht</translation>
    </message>
    <message>
        <source>{name} is not in this workspace: nothing to open.</source>
        <translation>{name} ist nicht in diesem Arbeitsbereich: nichts zu öffnen.</translation>
    </message>
    <message>
        <source>Agencies: {names}</source>
        <translation>Behörden: {names}</translation>
    </message>
    <message>
        <source>Countries: {codes}</source>
        <translation>Länder: {codes}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Records naming it: {n}</source>
        <translation>Datensätze, die es nennen: {n}</translation>
    </message>
    <message>
        <source>Note by {who}, {date}: {text}</source>
        <translation>Notiz von {who}, {date}: {text}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Zum Öffnen doppelklicken</translation>
    </message>
    <message>
        <source>Exported the chart to {name}</source>
        <translation>Diagramm nach {name} exportiert</translation>
    </message>
    <message>
        <source>Exported {nodes} nodes and {edges} links to {name}</source>
        <translation>{nodes} Knoten und {edges} Verbindungen nach {name} exportiert</translation>
    </message>
    <message>
        <source>Exporting the chart</source>
        <translation>Diagramm wird exportiert</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>From / involved</source>
        <translation>Von / beteiligt</translation>
    </message>
    <message>
        <source>To / place</source>
        <translation>Nach / Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Links and events</source>
        <translation>Verbindungen und Ereignisse</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Verbindungen ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Ereignisse ({n})</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Wo der Arbeitsbereich liegen soll</translation>
    </message>
    <message>
        <source>Liaison keeps everything it receives in one encrypted folder on this computer. Choose a new or empty folder; nothing in it is readable without the key.</source>
        <translation>Liaison bewahrt alles, was es empfängt, in einem verschlüsselten Ordner auf diesem Computer auf. Wählen Sie einen neuen oder leeren Ordner; ohne den Schlüssel ist darin nichts lesbar.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Ordner des Arbeitsbereichs wählen</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new or empty folder.</source>
        <translation>{folder} ist nicht leer. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import CSV, FollowTheMoney, STIX or MISP files</source>
        <translation>CSV-, FollowTheMoney-, STIX- oder MISP-Dateien importieren</translation>
    </message>
    <message>
        <source>Records due for &amp;review…</source>
        <translation>Zur &amp;Überprüfung fällige Datensätze…</translation>
    </message>
    <message>
        <source>Keep or erase the records whose review date has come</source>
        <translation>Datensätze, deren Prüftermin erreicht ist, weiter aufbewahren oder löschen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the workspace now</source>
        <translation>Arbeitsbereich jetzt sperren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>Ü&amp;ber Liaison</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Restore the default layout</source>
        <translation>&amp;Standardanordnung wiederherstellen</translation>
    </message>
    <message>
        <source>DEMO: synthetic data</source>
        <translation>DEMO: synthetische Daten</translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <translation>Liaison — gesperrt</translation>
    </message>
    <message>
        <source>Liaison — {agency}</source>
        <translation>Liaison — {agency}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Records: {records}   Entities: {entities}</source>
        <translation>Datensätze: {records}   Entitäten: {entities}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Datensätze werden gezählt</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Datensatz wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the entity</source>
        <translation>Entität wird geöffnet</translation>
    </message>
    <message>
        <source>Reading workspace information</source>
        <translation>Informationen zum Arbeitsbereich werden gelesen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>Cross-reference hits</source>
        <translation>Abgleichtreffer</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Weitergabe</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping (JSON)</source>
        <translation>Zuordnung (JSON)</translation>
    </message>
    <message>
        <source>&amp;Guess from header</source>
        <translation>Aus Kopfzeile &amp;ableiten</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Zuordnung s&amp;peichern…</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Mapping for {file}</source>
        <translation>Zuordnung für {file}</translation>
    </message>
    <message>
        <source>Mapping saved to {file}.</source>
        <translation>Zuordnung in {file} gespeichert.</translation>
    </message>
    <message>
        <source>Load a CSV mapping</source>
        <translation>CSV-Zuordnung laden</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>CSV-Zuordnung speichern</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>Die Zuordnung ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The first {n} rows as they would be imported.</source>
        <translation>Die ersten {n} Zeilen, wie sie importiert würden.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>CSV mapping</source>
        <translation>CSV-Zuordnung</translation>
    </message>
    <message>
        <source>Which columns become which entity properties and record fields. Start from the guess, edit, load or save a mapping.</source>
        <translation>Welche Spalten zu welchen Entitätseigenschaften und Datensatzfeldern werden. Gehen Sie vom Vorschlag aus; bearbeiten, laden oder speichern Sie eine Zuordnung.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Formats and source</source>
        <translation>Formate und Quelle</translation>
    </message>
    <message>
        <source>Check each file&apos;s format, and say who sent the files. Handling and TLP apply where a file says nothing.</source>
        <translation>Prüfen Sie das Format jeder Datei und geben Sie an, wer die Dateien gesendet hat. Handhabung und TLP gelten, wo eine Datei nichts angibt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>laut Datei</translation>
    </message>
    <message>
        <source>ISO code, e.g. ES</source>
        <translation>ISO-Code, z. B. ES</translation>
    </message>
    <message>
        <source>Source &amp;agency:</source>
        <translation>&amp;Quellbehörde:</translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation>&amp;Land der Behörde:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Handhabungscode:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <source>choose a format</source>
        <translation>Format wählen</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>What the sharing policy allows</source>
        <translation>Was die Weitergaberichtlinie erlaubt</translation>
    </message>
    <message>
        <source>Each record with the rule that decided it. Withheld records and fields do not leave.</source>
        <translation>Jeder Datensatz mit der Regel, die über ihn entschieden hat. Zurückgehaltene Datensätze und Felder gehen nicht hinaus.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Policy decisions</source>
        <translation>Entscheidungen der Richtlinie</translation>
    </message>
    <message>
        <source>Checking the policy and looking for what to redact…</source>
        <translation>Richtlinie wird geprüft und nach zu Schwärzendem gesucht…</translation>
    </message>
    <message>
        <source>Checking the sharing policy</source>
        <translation>Weitergaberichtlinie wird geprüft</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>Feld {field}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{allowed} record(s) may go to {partner}, {withheld} withheld.</source>
        <translation>Datensätze, die an {partner} gehen dürfen: {allowed}; zurückgehalten: {withheld}.</translation>
    </message>
    <message>
        <source>Nothing may go: go back and choose other records, another partner or the agreed purpose.</source>
        <translation>Nichts darf hinausgehen: Gehen Sie zurück und wählen Sie andere Datensätze, einen anderen Partner oder den vereinbarten Zweck.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>On the left each text as stored; on the right exactly what will leave.</source>
        <translation>Links jeder Text wie gespeichert; rechts genau das, was hinausgeht.</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;What will leave</source>
        <translation>&amp;Was hinausgeht</translation>
    </message>
    <message>
        <source>Original texts</source>
        <translation>Originaltexte</translation>
    </message>
    <message>
        <source>Texts as they will leave</source>
        <translation>Texte, wie sie hinausgehen</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>{records} record(s) will leave. Redacted: {counts}</source>
        <translation>Hinausgehende Datensätze: {records}. Geschwärzt: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protecting the key</source>
        <translation>Schutz des Schlüssels</translation>
    </message>
    <message>
        <source>The workspace is encrypted with a random key. Keep that key in the operating system&apos;s keyring (unlocks with your login), behind a passphrase, or both.</source>
        <translation>Der Arbeitsbereich ist mit einem zufälligen Schlüssel verschlüsselt. Bewahren Sie diesen Schlüssel im Schlüsselbund des Betriebssystems (mit Ihrer Anmeldung entsperrt), hinter einer Passphrase oder beidem auf.</translation>
    </message>
    <message>
        <source>Keep the key in the OS &amp;keyring</source>
        <translation>Schlüssel im Schlüssel&amp;bund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Protect the key with a &amp;passphrase</source>
        <translation>Schlüssel mit einer &amp;Passphrase schützen</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Require &amp;both to unlock (for laptops in the field)</source>
        <translation>&amp;Beides zum Entsperren verlangen (für Laptops im Außeneinsatz)</translation>
    </message>
    <message>
        <source>Choose at least one: the OS keyring or a passphrase.</source>
        <translation>Wählen Sie mindestens eines: den Schlüsselbund des Systems oder eine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>too short (fewer than {n} characters)</source>
        <translation>zu kurz (weniger als {n} Zeichen)</translation>
    </message>
    <message>
        <source>a commonly used password</source>
        <translation>ein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>a common word or words</source>
        <translation>ein oder mehrere gängige Wörter</translation>
    </message>
    <message>
        <source>a common first name or surname</source>
        <translation>ein häufiger Vor- oder Nachname</translation>
    </message>
    <message>
        <source>the agency&apos;s name or country</source>
        <translation>Name oder Land der Behörde</translation>
    </message>
    <message>
        <source>repeated characters or words</source>
        <translation>wiederholte Zeichen oder Wörter</translation>
    </message>
    <message>
        <source>a sequence such as abc or 1234</source>
        <translation>eine Folge wie abc oder 1234</translation>
    </message>
    <message>
        <source>a keyboard pattern such as qwerty</source>
        <translation>ein Tastaturmuster wie qwertz</translation>
    </message>
    <message>
        <source>a date or a recent year</source>
        <translation>ein Datum oder eine kürzliche Jahreszahl</translation>
    </message>
    <message>
        <source>guessable: add another word or two; uncommon words are better</source>
        <translation>erratbar: ein oder zwei Wörter mehr; seltene Wörter sind besser</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The passphrase is too weak (strength {score} of {max}; at least {min} is needed): {why}.</source>
        <translation>Die Passphrase ist zu schwach (Stärke {score} von {max}; mindestens {min} nötig): {why}.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer (on Linux it needs gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS keyring” and protect the workspace with a passphrase instead.</source>
        <translation>Auf diesem Computer wurde kein nutzbarer Schlüsselbund gefunden (unter Linux wird ein entsperrter gnome-keyring oder KWallet benötigt). Entfernen Sie das Häkchen bei „Schlüssel im Schlüsselbund des Systems aufbewahren“ und schützen Sie den Arbeitsbereich stattdessen mit einer Passphrase.</translation>
    </message>
    <message>
        <source>The workspace could not be created: {error}</source>
        <translation>Der Arbeitsbereich konnte nicht angelegt werden: {error}</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Re&amp;lease</source>
        <translation>F&amp;reigeben</translation>
    </message>
    <message>
        <source>Receive the quarantined package again, through every check</source>
        <translation>Das Paket aus der Quarantäne erneut empfangen, mit allen Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the quarantined package</source>
        <translation>Das Paket in Quarantäne löschen</translation>
    </message>
    <message>
        <source>Released: {text}</source>
        <translation>Freigegeben: {text}</translation>
    </message>
    <message>
        <source>Quarantine entry {id} is still refused ({code}): {reason}</source>
        <translation>Quarantäne-Eintrag {id} wird weiterhin abgelehnt ({code}): {reason}</translation>
    </message>
    <message>
        <source>Releasing the package</source>
        <translation>Paket wird freigegeben</translation>
    </message>
    <message>
        <source>Delete quarantine entry {id} and its file? The package is not received; the audit log keeps what it was.</source>
        <translation>Quarantäne-Eintrag {id} und seine Datei löschen? Das Paket wird nicht empfangen; das Prüfprotokoll behält, was es war.</translation>
    </message>
    <message>
        <source>Quarantine entry {id} and its file were deleted.</source>
        <translation>Quarantäne-Eintrag {id} und seine Datei wurden gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the package</source>
        <translation>Paket wird gelöscht</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>New review date</source>
        <translation>Neuer Prüftermin</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Aufbewahren &amp;bis:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Reported</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Handling code {code}</source>
        <translation>Handhabungscode {code}</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Wählen Sie einen Datensatz aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Sachverhalt</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Titel des Datensatzes</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Einzelheiten des Datensatzes</translation>
    </message>
    <message>
        <source>Entities ({n})</source>
        <translation>Entitäten ({n})</translation>
    </message>
    <message>
        <source>Links and events ({n})</source>
        <translation>Verbindungen und Ereignisse ({n})</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Anhänge ({n})</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>Verlauf ({n})</translation>
    </message>
    <message>
        <source>{status}, version {version}</source>
        <translation>{status}, Version {version}</translation>
    </message>
    <message>
        <source>{file} ({format}), {when}, by {actor}</source>
        <translation>{file} ({format}), {when}, von {actor}</translation>
    </message>
    <message>
        <source>Relayed by {relayer}, claims to be from {agency}, not verified.</source>
        <translation>Weitergeleitet von {relayer}, gibt an, von {agency} zu stammen, nicht überprüft.</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified (not shown here).</source>
        <translation>Unter dieser Kennung auch erhalten: Version {version}, weitergeleitet von {relayer}, gibt an, von {agency} zu stammen, nicht überprüft (hier nicht angezeigt).</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified: {reason} (not shown here).</source>
        <translation>Unter dieser Kennung auch erhalten: Version {version}, weitergeleitet von {relayer}, gibt an, von {agency} zu stammen, nicht überprüft: {reason} (hier nicht angezeigt).</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images are previewed. This attachment is listed with its size and SHA-256 so that it can be checked against the partner&apos;s copy.</source>
        <translation>Nur PNG- und JPEG-Bilder werden in der Vorschau gezeigt. Dieser Anhang ist mit Größe und SHA-256 aufgeführt, damit er mit der Kopie des Partners abgeglichen werden kann.</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Anhang wird geöffnet</translation>
    </message>
</context>
<context>
    <name>RecordsBrowser</name>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Records in the brushed time range ({count})</source>
        <translation>Datensätze im markierten Zeitraum ({count})</translation>
    </message>
    <message>
        <source>All records ({count})</source>
        <translation>Alle Datensätze ({count})</translation>
    </message>
    <message>
        <source>Sorting records</source>
        <translation>Datensätze werden sortiert</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a share</source>
        <translation>Eine Weitergabe freigeben</translation>
    </message>
    <message>
        <source>Release the share to {partner} ({count} record(s)), prepared by {who}? It is signed and put in the outbox. Plan {plan}.</source>
        <translation>Die Weitergabe an {partner} ({count} Datensatz/Datensätze), vorbereitet von {who}, freigeben? Sie wird signiert und in den Postausgang gelegt. Plan {plan}.</translation>
    </message>
    <message>
        <source>It needs four eyes ({reasons}): a second releasing officer, not {who}, types their name and their own passphrase below.</source>
        <translation>Das Vier-Augen-Prinzip gilt ({reasons}): ein zweiter Freigabeberechtigter, nicht {who}, gibt unten seinen Namen und seine eigene Passphrase ein.</translation>
    </message>
    <message>
        <source>Second &amp;officer:</source>
        <translation>Zweiter &amp;Freigeber:</translation>
    </message>
    <message>
        <source>Name of the second releasing officer</source>
        <translation>Name des zweiten Freigabeberechtigten</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Seine &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the second releasing officer</source>
        <translation>Passphrase des zweiten Freigabeberechtigten</translation>
    </message>
    <message>
        <source>The second officer types their own passphrase.</source>
        <translation>Der zweite Freigeber gibt seine eigene Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <source>Flagged: {n}</source>
        <translation>Markiert: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Übersprungen: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Watchlist hits: {n}</source>
        <translation>Treffer auf der Beobachtungsliste: {n}</translation>
    </message>
    <message>
        <source>{watch}: {title}</source>
        <translation>{watch}: {title}</translation>
    </message>
    <message>
        <source>New pattern findings: {n} (see the Findings panel)</source>
        <translation>Neue Musterbefunde: {n} (siehe Bereich „Befunde“)</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>Importierte Dateien: {files}; neue Datensätze: {records}, aktualisiert: {merged}; neue Entitäten: {entities}; markiert: {flagged}, übersprungen: {skipped}; Treffer auf der Beobachtungsliste: {hits}.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Handhabungscode</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Zuverlässigkeit der Quelle</translation>
    </message>
    <message>
        <source>Information assessment</source>
        <translation>Bewertung der Information</translation>
    </message>
    <message>
        <source>From {partner}&apos;s defaults (the file stated none)</source>
        <translation>Aus den Vorgaben von {partner} (die Datei nannte keine)</translation>
    </message>
    <message>
        <source>{field} {value}: {n} records</source>
        <translation>{field} {value}: {n} Datensätze</translation>
    </message>
    <message>
        <source>What the file held became ({n} objects kept verbatim)</source>
        <translation>Was aus dem Inhalt der Datei wurde ({n} Objekte unverändert aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Records due for review</source>
        <translation>Zur Überprüfung fällige Datensätze</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Keep under review…</source>
        <translation>Weiter &amp;aufbewahren…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>{n} record(s) have reached their review date. Keep each one under review with a reason, or erase it.</source>
        <translation>Datensätze, deren Prüftermin erreicht ist: {n}. Bewahren Sie jeden mit Begründung weiter auf oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>Reading review dates</source>
        <translation>Prüftermine werden gelesen</translation>
    </message>
    <message>
        <source>Keep under review</source>
        <translation>Weiter aufbewahren</translation>
    </message>
    <message>
        <source>Keep {reference} from {agency} until a later review date. The reason goes to the audit log.</source>
        <translation>{reference} von {agency} bis zu einem späteren Prüftermin aufbewahren. Die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Keeping the record under review</source>
        <translation>Datensatz wird weiter aufbewahrt</translation>
    </message>
    <message>
        <source>Erase record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Erase the content of {reference} from {agency} from this workspace? Its text, attachments and the values only it gave are removed for good; a tombstone stays so that the same copy cannot come back. The reason goes to the audit log.</source>
        <translation>Den Inhalt von {reference} von {agency} aus diesem Arbeitsbereich löschen? Sein Text, seine Anhänge und die nur von ihm stammenden Werte werden endgültig entfernt; ein Löschvermerk bleibt, damit dieselbe Kopie nicht zurückkommen kann. Die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Erasing the record</source>
        <translation>Datensatz wird gelöscht</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Review date</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the redactions</source>
        <translation>Schwärzungen prüfen</translation>
    </message>
    <message>
        <source>Every value found is highlighted by kind. Uncheck a value to let it go (everywhere in this share); select text and press Redact selection to remove it by hand.</source>
        <translation>Jeder gefundene Wert ist nach Art hervorgehoben. Entfernen Sie das Häkchen bei einem Wert, um ihn durchzulassen (überall in dieser Weitergabe); markieren Sie Text und klicken Sie auf Auswahl schwärzen, um ihn von Hand zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Detections (checked: redacted)</source>
        <translation>F&amp;undstellen (angehakt: geschwärzt)</translation>
    </message>
    <message>
        <source>As it will leave:</source>
        <translation>Wie es hinausgeht:</translation>
    </message>
    <message>
        <source>Redact &amp;selection</source>
        <translation>Auswahl &amp;schwärzen</translation>
    </message>
    <message>
        <source>Redact the selected text by hand (Ctrl+M)</source>
        <translation>Ausgewählten Text von Hand schwärzen (Strg+M)</translation>
    </message>
    <message>
        <source>&amp;I have reviewed every value found, in every record (this profile requires it)</source>
        <translation>&amp;Ich habe jeden gefundenen Wert in jedem Datensatz geprüft (dieses Profil verlangt es)</translation>
    </message>
    <message>
        <source>Record to review</source>
        <translation>Zu prüfender Datensatz</translation>
    </message>
    <message>
        <source>Field to review</source>
        <translation>Zu prüfendes Feld</translation>
    </message>
    <message>
        <source>Text with detections highlighted</source>
        <translation>Text mit hervorgehobenen Fundstellen</translation>
    </message>
    <message>
        <source>Text as it will leave</source>
        <translation>Text, wie er hinausgeht</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Fundstellen</translation>
    </message>
    <message>
        <source>Kind of the span marked by hand</source>
        <translation>Art der von Hand markierten Stelle</translation>
    </message>
    <message>
        <source>{kind}: {text} ({field})</source>
        <translation>{kind}: {text} ({field})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a partner&apos;s certificates</source>
        <translation>Zertifikate eines Partners widerrufen</translation>
    </message>
    <message>
        <source>Revoke the certificates of {partner}? Nothing more is sent to them, and packages they signed with these certificates are refused from now on, until you add and verify new ones. The reason goes to the audit log.</source>
        <translation>Die Zertifikate von {partner} widerrufen? Es wird nichts mehr an den Partner gesendet, und mit diesen Zertifikaten signierte Pakete werden ab sofort abgelehnt, bis Sie neue hinzufügen und verifizieren. Die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Begründung des Widerrufs</translation>
    </message>
    <message>
        <source>Say why the certificates are revoked.</source>
        <translation>Geben Sie an, warum die Zertifikate widerrufen werden.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Show the &amp;report</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>The files imported before it are kept: {files}.</source>
        <translation>Die davor importierten Dateien bleiben erhalten: {files}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing of {file} was changed.</source>
        <translation>Abgebrochen; durch {file} wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing of it was changed.
{error}</source>
        <translation>{file} konnte nicht importiert werden; durch die Datei wurde nichts geändert.
{error}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import of {file}; nothing of it was changed ({kind}).</source>
        <translation>Ein unerwarteter Fehler hat den Import von {file} abgebrochen; durch die Datei wurde nichts geändert ({kind}).</translation>
    </message>
</context>
<context>
    <name>SavedCharts</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Save this chart under a name, rename or delete it</source>
        <translation>Dieses Diagramm unter einem Namen speichern, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>Gespeicherte Diagramme</translation>
    </message>
    <message>
        <source>Open a saved chart</source>
        <translation>Gespeichertes Diagramm öffnen</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>Diagramm &amp;speichern</translation>
    </message>
    <message>
        <source>Save chart &amp;as…</source>
        <translation>Diagramm speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>Diagramm &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete chart</source>
        <translation>Diagramm &amp;löschen</translation>
    </message>
    <message>
        <source>(unsaved chart)</source>
        <translation>(nicht gespeichertes Diagramm)</translation>
    </message>
    <message>
        <source>Reading the saved charts</source>
        <translation>Gespeicherte Diagramme werden gelesen</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>Name des Diagramms:</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}”</source>
        <translation>Diagramm als „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>Diagramm wird gespeichert</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Rename the chart</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message>
        <source>Renaming the chart</source>
        <translation>Diagramm wird umbenannt</translation>
    </message>
    <message>
        <source>Delete the chart</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete the saved chart “{name}”? The records are not touched.</source>
        <translation>Das gespeicherte Diagramm „{name}“ löschen? Die Datensätze bleiben unverändert.</translation>
    </message>
    <message>
        <source>Deleted the chart “{name}”</source>
        <translation>Diagramm „{name}“ gelöscht</translation>
    </message>
    <message>
        <source>Deleting the chart</source>
        <translation>Diagramm wird gelöscht</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>Diagramm wird geöffnet</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search records (Ctrl+F): words, &quot;phrases&quot;, agency:, tlp:, reported:2025…</source>
        <translation>Datensätze suchen (Strg+F): Wörter, „Phrasen“, agency:, tlp:, reported:2025…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Query syntax</source>
        <translation>Abfragesyntax</translation>
    </message>
    <message>
        <source>Error at character {position}: {message}</source>
        <translation>Fehler bei Zeichen {position}: {message}</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>Keine letzten Suchen</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Query syntax&lt;/h3&gt;&lt;p&gt;&lt;b&gt;words&lt;/b&gt;: records containing every word; &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;: the words together.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (upper case) and parentheses combine terms.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: prefix; &lt;b&gt;petrof~&lt;/b&gt;: fuzzy (1 or 2 edits).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: received:, reported:, event: with 2025, 2025-01..2025-06, 2024-03-05.. or ..2024-06.&lt;/p&gt;&lt;p&gt;Phone numbers, IBANs and e-mail addresses are recognised as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Abfragesyntax&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Wörter&lt;/b&gt;: Datensätze, die jedes Wort enthalten; &lt;b&gt;&quot;eine Phrase&quot;&lt;/b&gt;: die Wörter zusammen.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (Großbuchstaben) und Klammern verknüpfen Begriffe.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: Präfix; &lt;b&gt;petrof~&lt;/b&gt;: unscharf (1 oder 2 Änderungen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Felder&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Daten&lt;/b&gt;: received:, reported:, event: mit 2025, 2025-01..2025-06, 2024-03-05.. oder ..2024-06.&lt;/p&gt;&lt;p&gt;Telefonnummern, IBANs und E-Mail-Adressen werden so erkannt, wie sie geschrieben sind.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Search records or entities</source>
        <translation>Datensätze oder Entitäten suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Snippet of the selected hit</source>
        <translation>Ausschnitt des gewählten Treffers</translation>
    </message>
    <message>
        <source>Type a query and press Enter</source>
        <translation>Suchanfrage eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Hits: {total} ({shown} in the brushed time range)</source>
        <translation>Treffer: {total} ({shown} im markierten Zeitraum)</translation>
    </message>
    <message>
        <source>Hits: {total} (first {shown} shown)</source>
        <translation>Treffer: {total} (die ersten {shown} angezeigt)</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>Treffer: {total}</translation>
    </message>
    <message>
        <source>Entities: {total} (first {shown} shown)</source>
        <translation>Entitäten: {total} (die ersten {shown} angezeigt)</translation>
    </message>
    <message>
        <source>Entities: {total}</source>
        <translation>Entitäten: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>What to share, with whom, and why</source>
        <translation>Was weitergegeben wird, an wen und warum</translation>
    </message>
    <message>
        <source>Uncheck records you do not mean to share. The policy decides on the next page what may go.</source>
        <translation>Entfernen Sie das Häkchen bei Datensätzen, die Sie nicht weitergeben wollen. Auf der nächsten Seite entscheidet die Richtlinie, was hinausgehen darf.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handhabung</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Records to share</source>
        <translation>Weiterzugebende Datensätze</translation>
    </message>
    <message>
        <source>Add the &amp;search results</source>
        <translation>&amp;Suchergebnisse hinzufügen</translation>
    </message>
    <message>
        <source>Add the &amp;listed records</source>
        <translation>&amp;Aufgeführte Datensätze hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Redaction &amp;profile:</source>
        <translation>Sch&amp;wärzungsprofil:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Schwärzungsprofil</translation>
    </message>
    <message>
        <source>Purpose of the share</source>
        <translation>Zweck der Weitergabe</translation>
    </message>
    <message>
        <source>e.g. the operation or case this share serves</source>
        <translation>z. B. die Operation oder der Fall, dem diese Weitergabe dient</translation>
    </message>
    <message>
        <source>Reading partners and profiles</source>
        <translation>Partner und Profile werden gelesen</translation>
    </message>
    <message>
        <source>Nobody in particular (files only, cautious rules)</source>
        <translation>Niemand Bestimmtes (nur Dateien, vorsichtige Regeln)</translation>
    </message>
    <message>
        <source>Without a partner the cautious default applies: up to TLP:GREEN, H0/H1, no third-party data.</source>
        <translation>Ohne Partner gilt die vorsichtige Voreinstellung: bis TLP:GREEN, H0/H1, keine Daten Dritter.</translation>
    </message>
    <message>
        <source>There is no agreement with {partner}: nothing may go.</source>
        <translation>Es gibt keine Vereinbarung mit {partner}: Nichts darf hinausgehen.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Agreement: up to TLP:{tlp}, {codes}; purposes: {purposes}.</source>
        <translation>Vereinbarung: bis TLP:{tlp}, {codes}; Zwecke: {purposes}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Preparing the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird vorbereitet</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Arbeitsbereich wird entsperrt</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “{pw}”.</source>
        <translation>Die Passphrase des Demo-Arbeitsbereichs lautet „{pw}“.</translation>
    </message>
    <message>
        <source>The audit log was tampered with</source>
        <translation>Das Prüfprotokoll wurde manipuliert</translation>
    </message>
    <message>
        <source>This workspace&apos;s audit log is not as it was left. The finding is recorded in the log; restore the workspace from a backup made before it, or report it to your security officer.</source>
        <translation>Das Prüfprotokoll dieses Arbeitsbereichs ist nicht mehr so, wie es hinterlassen wurde. Der Befund ist im Protokoll vermerkt; stellen Sie den Arbeitsbereich aus einer früheren Sicherung wieder her oder melden Sie es Ihrem Sicherheitsbeauftragten.</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>Liaison kann nicht starten</translation>
    </message>
    <message>
        <source>The smart card was removed, so the workspace was locked. {reason}</source>
        <translation>Die Chipkarte wurde entfernt, daher wurde der Arbeitsbereich gesperrt. {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localisation (to check translations)</source>
        <translation>&amp;Pseudo-Lokalisierung (zum Prüfen der Übersetzungen)</translation>
    </message>
    <message>
        <source>Pseudo-localisation</source>
        <translation>Pseudo-Lokalisierung</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Nach &amp;Inaktivität sperren:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes without activity before the workspace locks</source>
        <translation>Minuten ohne Aktivität, bis der Arbeitsbereich gesperrt wird</translation>
    </message>
    <message>
        <source>The workspace locks itself after this many minutes without keyboard or mouse activity, and at once with Ctrl+L.</source>
        <translation>Der Arbeitsbereich sperrt sich nach so vielen Minuten ohne Tastatur- oder Mausaktivität, sofort mit Strg+L.</translation>
    </message>
</context>
<context>
    <name>SftpTransportDialog</name>
    <message>
        <source>Add an SFTP transport</source>
        <translation>SFTP-Transportweg hinzufügen</translation>
    </message>
    <message>
        <source>Packages are exchanged over SFTP with an SSH key. The server&apos;s host key is pinned: get its SHA-256 fingerprint from the server&apos;s administrator.</source>
        <translation>Pakete werden per SFTP mit einem SSH-Schlüssel ausgetauscht. Der Host-Schlüssel des Servers wird fest hinterlegt: Erfragen Sie seinen SHA-256-Fingerabdruck bei der Administration des Servers.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>SSH-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase (if any):</source>
        <translation>Pass&amp;phrase des Schlüssels (falls vorhanden):</translation>
    </message>
    <message>
        <source>Host key &amp;fingerprint:</source>
        <translation>&amp;Fingerabdruck des Host-Schlüssels:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Name des Transportwegs</translation>
    </message>
    <message>
        <source>SFTP host</source>
        <translation>SFTP-Host</translation>
    </message>
    <message>
        <source>SFTP port</source>
        <translation>SFTP-Port</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>SFTP-Benutzer</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Datei des privaten SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Pinned host key fingerprint</source>
        <translation>Hinterlegter Fingerabdruck des Host-Schlüssels</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>SSH-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Geben Sie einen Namen für den Transportweg ein.</translation>
    </message>
    <message>
        <source>Enter the SFTP host.</source>
        <translation>Geben Sie den SFTP-Host ein.</translation>
    </message>
    <message>
        <source>Enter the SFTP user.</source>
        <translation>Geben Sie den SFTP-Benutzer ein.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>Wählen Sie die SSH-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint.</source>
        <translation>Geben Sie den Fingerabdruck des Host-Schlüssels des Servers ein.</translation>
    </message>
    <message>
        <source>The SSH key file {path} does not exist.</source>
        <translation>Die SSH-Schlüsseldatei {path} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Weitergeben…</translation>
    </message>
    <message>
        <source>Check the sharing policy, review the redactions and export or send the selected records</source>
        <translation>Weitergaberichtlinie prüfen, Schwärzungen kontrollieren und die ausgewählten Datensätze exportieren oder senden</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records</source>
        <translation>Datensätze weitergeben</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Weitergeben</translation>
    </message>
</context>
<context>
    <name>SharePages</name>
    <message>
        <source>An unexpected error stopped this step; the message says more.</source>
        <translation>Ein unerwarteter Fehler hat diesen Schritt abgebrochen; Näheres steht in der Meldung.</translation>
    </message>
</context>
<context>
    <name>ShareReview</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Krypto-Wallet</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>Von Hand markiert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Sachverhalt</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Handhabungsbedingungen</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
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
        <translation>Noch keine Ereignisse. Die Zeitachse zeigt die im Verbindungsdiagramm dargestellten Datensätze nach ihren Daten.</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Spuren nach Entität</translation>
    </message>
    <message>
        <source>Lanes by agency</source>
        <translation>Spuren nach Behörde</translation>
    </message>
    <message>
        <source>Lanes by record</source>
        <translation>Spuren nach Datensatz</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Spuren blättern</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} Elemente</translation>
    </message>
    <message>
        <source>{n} in the brushed range</source>
        <translation>{n} im markierten Bereich</translation>
    </message>
    <message>
        <source>density only (zoom or filter to see items)</source>
        <translation>nur Dichte (zoomen oder filtern, um Elemente zu sehen)</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>Zeitachse wird erstellt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Lane: {lane}</source>
        <translation>Spur: {lane}</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Behörde: {name}</translation>
    </message>
    <message>
        <source>Exporting the timeline</source>
        <translation>Zeitachse wird exportiert</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock workspace</source>
        <translation>Arbeitsbereich entsperren</translation>
    </message>
    <message>
        <source>This workspace is locked</source>
        <translation>Dieser Arbeitsbereich ist gesperrt</translation>
    </message>
    <message>
        <source>{agency} — {folder}</source>
        <translation>{agency} — {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Who unlocks the workspace</source>
        <translation>Wer den Arbeitsbereich entsperrt</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Passphrase des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Smart card &amp;PIN:</source>
        <translation>&amp;PIN der Chipkarte:</translation>
    </message>
    <message>
        <source>Smart card PIN</source>
        <translation>PIN der Chipkarte</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Enter your own passphrase.</source>
        <translation>Geben Sie Ihre eigene Passphrase ein.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN, or enter the workspace passphrase.</source>
        <translation>Stecken Sie Ihre Chipkarte ein und geben Sie ihre PIN ein, oder geben Sie die Passphrase des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN.</source>
        <translation>Stecken Sie Ihre Chipkarte ein und geben Sie ihre PIN ein.</translation>
    </message>
    <message>
        <source>Unlocking needs both your OS keyring and the passphrase.</source>
        <translation>Zum Entsperren werden der Schlüsselbund des Systems und die Passphrase benötigt.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase.</source>
        <translation>Geben Sie die Passphrase des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>The key is in your OS keyring; press Unlock to open the workspace.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund des Systems; klicken Sie auf Entsperren, um den Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <source>This workspace needs both the OS keyring and the passphrase, and the keyring is locked or unavailable. Unlock your login keyring (log in to the desktop, or open Passwords and Keys / KWallet / Windows Credential Manager), then try again.</source>
        <translation>Dieser Arbeitsbereich benötigt den Schlüsselbund des Systems und die Passphrase, und der Schlüsselbund ist gesperrt oder nicht verfügbar. Entsperren Sie Ihren Anmelde-Schlüsselbund (am Desktop anmelden oder Passwörter und Verschlüsselung / KWallet / Windows-Anmeldeinformationsverwaltung öffnen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read the key from it. Enter the workspace passphrase instead, or unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar, daher kann Liaison den Schlüssel nicht daraus lesen. Geben Sie stattdessen die Passphrase des Arbeitsbereichs ein oder entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read this workspace&apos;s key. Unlock your login keyring (log in to the desktop session, or open Passwords and Keys / KWallet / Windows Credential Manager) and press Try again. If the keyring entry is lost, restore the workspace from a backup.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar, daher kann Liaison den Schlüssel dieses Arbeitsbereichs nicht lesen. Entsperren Sie Ihren Anmelde-Schlüsselbund (an der Desktop-Sitzung anmelden oder Passwörter und Verschlüsselung / KWallet / Windows-Anmeldeinformationsverwaltung öffnen) und klicken Sie auf Erneut versuchen. Ist der Eintrag verloren, stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Enter the smart card&apos;s PIN.</source>
        <translation>Geben Sie die PIN der Chipkarte ein.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Arbeitsbereich wird entsperrt</translation>
    </message>
    <message>
        <source>Wrong PIN: the smart card refused it. Each wrong PIN brings the card closer to locking itself.</source>
        <translation>Falsche PIN: Die Chipkarte hat sie abgelehnt. Jede falsche PIN bringt die Karte näher an ihre Sperre.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this workspace. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Falsche Passphrase: Sie öffnet diesen Arbeitsbereich nicht. Prüfen Sie Tastaturbelegung und Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OS keyring did not give the key.</source>
        <translation>Der Schlüsselbund des Systems hat den Schlüssel nicht geliefert.</translation>
    </message>
    <message>
        <source>The workspace could not be opened ({error}).</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden ({error}).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a partner</source>
        <translation>Partner verifizieren</translation>
    </message>
    <message>
        <source>Call {partner} on a number you already know (not one from the certificate files) and ask them to read their identity fingerprint aloud. Type or paste it here: Liaison compares it with the certificates you pinned.</source>
        <translation>Rufen Sie {partner} unter einer Nummer an, die Sie bereits kennen (nicht einer aus den Zertifikatsdateien), und lassen Sie sich den Fingerabdruck der Identität vorlesen. Tippen oder fügen Sie ihn hier ein: Liaison vergleicht ihn mit den hinterlegten Zertifikaten.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read out:</source>
        <translation>Vorgelesener &amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>Fingerprint read out by the partner</source>
        <translation>Vom Partner vorgelesener Fingerabdruck</translation>
    </message>
    <message>
        <source>Type the fingerprint the partner reads out.</source>
        <translation>Tippen Sie den Fingerabdruck ein, den der Partner vorliest.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law-enforcement use</source>
        <translation>Verwendung durch Strafverfolgungsbehörden</translation>
    </message>
    <message>
        <source>Not for use as evidence in court without the originator&apos;s permission</source>
        <translation>Keine Verwendung als Beweismittel vor Gericht ohne Erlaubnis des Urhebers</translation>
    </message>
    <message>
        <source>Not to be passed on without the originator&apos;s consent</source>
        <translation>Weitergabe nur mit Zustimmung des Urhebers</translation>
    </message>
    <message>
        <source>Other restrictions: see the handling conditions</source>
        <translation>Weitere Einschränkungen: siehe Handhabungsbedingungen</translation>
    </message>
    <message>
        <source>No handling code</source>
        <translation>Kein Handhabungscode</translation>
    </message>
    <message>
        <source>For the named recipients only; no further disclosure</source>
        <translation>Nur für die genannten Empfänger; keine Weitergabe</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s organisation only</source>
        <translation>Begrenzte Weitergabe, nur innerhalb der Organisation des Empfängers</translation>
    </message>
    <message>
        <source>Limited disclosure, on a need-to-know basis within the recipient&apos;s organisation and its clients</source>
        <translation>Begrenzte Weitergabe nach dem Kenntnis-nur-wenn-nötig-Prinzip innerhalb der Organisation des Empfängers und ihrer Kunden</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s community</source>
        <translation>Begrenzte Weitergabe innerhalb der Gemeinschaft des Empfängers</translation>
    </message>
    <message>
        <source>No limit on disclosure</source>
        <translation>Keine Beschränkung der Weitergabe</translation>
    </message>
    <message>
        <source>No TLP marking</source>
        <translation>Keine TLP-Kennzeichnung</translation>
    </message>
    <message>
        <source>Source reliable</source>
        <translation>Quelle zuverlässig</translation>
    </message>
    <message>
        <source>Source mostly reliable</source>
        <translation>Quelle überwiegend zuverlässig</translation>
    </message>
    <message>
        <source>Source not reliable</source>
        <translation>Quelle nicht zuverlässig</translation>
    </message>
    <message>
        <source>Source reliability cannot be assessed</source>
        <translation>Zuverlässigkeit der Quelle nicht beurteilbar</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>Quelle nicht bewertet</translation>
    </message>
    <message>
        <source>Information known to be true without reservation</source>
        <translation>Information ohne Vorbehalt als wahr bekannt</translation>
    </message>
    <message>
        <source>Information known personally to the source but not to the officer passing it on</source>
        <translation>Information der Quelle persönlich bekannt, nicht aber dem weitergebenden Beamten</translation>
    </message>
    <message>
        <source>Information not known personally to the source but corroborated by other information</source>
        <translation>Information der Quelle nicht persönlich bekannt, aber durch andere Informationen bestätigt</translation>
    </message>
    <message>
        <source>Information not known personally to the source and cannot be corroborated</source>
        <translation>Information der Quelle nicht persönlich bekannt und nicht bestätigbar</translation>
    </message>
    <message>
        <source>Information not assessed</source>
        <translation>Information nicht bewertet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Retracted by the originator</source>
        <translation>Vom Urheber zurückgezogen</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Records, search results and the open record side by side</source>
        <translation>Datensätze, Suchergebnisse und der geöffnete Datensatz nebeneinander</translation>
    </message>
    <message>
        <source>The link chart and the timeline in most of the window</source>
        <translation>Das Verbindungsdiagramm und die Zeitachse im größten Teil des Fensters</translation>
    </message>
</context>
<context>
    <name>XrefDock</name>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Entity A</source>
        <translation>Entität A</translation>
    </message>
    <message>
        <source>Entity B</source>
        <translation>Entität B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>Kandidatenpaare</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>&amp;Compare new entities</source>
        <translation>Neue Entitäten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Also &amp;possible matches</source>
        <translation>Auch &amp;mögliche Treffer</translation>
    </message>
    <message>
        <source>Also list pairs that are only possibly the same person or thing: a common name with nothing else agreeing, or a name against a conflicting fact.</source>
        <translation>Auch Paare anzeigen, die nur möglicherweise dieselbe Person oder Sache sind: ein häufiger Name, bei dem sonst nichts übereinstimmt, oder ein Name gegen eine widersprechende Angabe.</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <translation>&amp;Dieselbe</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Nicht dieselbe</translation>
    </message>
    <message>
        <source>Uns&amp;ure</source>
        <translation>&amp;Unsicher</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>same</source>
        <translation>dieselbe</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>nicht dieselbe</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Candidate pairs: {count}</source>
        <translation>Kandidatenpaare: {count}</translation>
    </message>
    <message>
        <source>Comparing entities</source>
        <translation>Entitäten werden verglichen</translation>
    </message>
    <message>
        <source>Reading candidate pairs</source>
        <translation>Kandidatenpaare werden gelesen</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Urteil wird gespeichert</translation>
    </message>
    <message>
        <source>Withdrawing the verdict</source>
        <translation>Urteil wird zurückgezogen</translation>
    </message>
    <message>
        <source>Contradiction: {count} pair(s) in this cluster are judged &apos;not the same&apos;, yet &apos;same&apos; verdicts join them through other entities. Undo one of the verdicts.</source>
        <translation>Widerspruch: {count} Paar(e) in diesem Cluster sind als „nicht dieselbe“ beurteilt, werden aber über andere Entitäten durch „dieselbe“-Urteile verbunden. Machen Sie eines der Urteile rückgängig.</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>Behörde: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>Gewicht: {weight}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>liaison: the desktop window cannot start: {message}
The command line needs no display: liaison --help</source>
        <translation>liaison: das Desktop-Fenster kann nicht starten: {message}
Die Befehlszeile braucht keinen Bildschirm: liaison --help</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
</context>
</TS>
