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
        <source>Reading the audit log</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Prüfkette wird verifiziert</translation>
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
        <source>⚠ invalid: {note}</source>
        <translation>⚠ ungültig: {note}</translation>
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
        <source>Records naming this entity</source>
        <translation>Datensätze, die diese Entität nennen</translation>
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
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Drag to select (or hold Shift while dragging)</source>
        <translation>Zum Auswählen ziehen (oder beim Ziehen die Umschalttaste gedrückt halten)</translation>
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
        <source>Building the link chart</source>
        <translation>Verbindungsdiagramm wird erstellt</translation>
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
        <source>The passphrase needs at least {n} characters.</source>
        <translation>Die Passphrase muss mindestens {n} Zeichen lang sein.</translation>
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
        <source>No usable OS keyring was found on this computer (on Linux it needs gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS keyring” and protect the workspace with a passphrase instead.</source>
        <translation>Auf diesem Computer wurde kein nutzbarer Schlüsselbund gefunden (unter Linux wird ein entsperrter gnome-keyring oder KWallet benötigt). Entfernen Sie das Häkchen bei „Schlüssel im Schlüsselbund des Systems aufbewahren“ und schützen Sie den Arbeitsbereich stattdessen mit einer Passphrase.</translation>
    </message>
    <message>
        <source>The workspace could not be created: {error}</source>
        <translation>Der Arbeitsbereich konnte nicht angelegt werden: {error}</translation>
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
        <source>All records ({count})</source>
        <translation>Alle Datensätze ({count})</translation>
    </message>
    <message>
        <source>Sorting records</source>
        <translation>Datensätze werden sortiert</translation>
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
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>Importierte Dateien: {files}; neue Datensätze: {records}, aktualisiert: {merged}; neue Entitäten: {entities}; markiert: {flagged}, übersprungen: {skipped}; Treffer auf der Beobachtungsliste: {hits}.</translation>
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
        <source>Hits: {total} (first {shown} shown)</source>
        <translation>Treffer: {total} (die ersten {shown} angezeigt)</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>Treffer: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
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
        <source>Liaison cannot start</source>
        <translation>Liaison kann nicht starten</translation>
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
    <name>TimelineView</name>
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
        <source>Workspace passphrase</source>
        <translation>Passphrase des Arbeitsbereichs</translation>
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
        <source>Agency: {agencies}</source>
        <translation>Behörde: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>Gewicht: {weight}</translation>
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
