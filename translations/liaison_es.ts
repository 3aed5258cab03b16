<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liaison</source>
        <translation>Acerca de Liaison</translation>
    </message>
    <message>
        <source>Liaison {version}</source>
        <translation>Liaison {version}</translation>
    </message>
    <message>
        <source>An encrypted workstation for exchanging criminal intelligence with partner agencies.</source>
        <translation>Un puesto de trabajo cifrado para intercambiar inteligencia criminal con los organismos asociados.</translation>
    </message>
    <message>
        <source>This is the demo workspace: every record in it is synthetic.</source>
        <translation>Este es el espacio de trabajo de demostración: todos sus registros son ficticios.</translation>
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
        <translation>Espacio de trabajo:</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>Su organismo</translation>
    </message>
    <message>
        <source>Partners see this name and country on everything you send them.</source>
        <translation>Los socios ven este nombre y este país en todo lo que les envíe.</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nombre del &amp;organismo:</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nombre del organismo</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Agency country</source>
        <translation>País del organismo</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>Enter your agency&apos;s name.</source>
        <translation>Introduzca el nombre de su organismo.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s country from the list.</source>
        <translation>Elija el país de su organismo en la lista.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>Vista previa del adjunto</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload the audit entries</source>
        <translation>Recargar las entradas de auditoría</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Latest entries, oldest first ({n} shown)</source>
        <translation>Últimas entradas, de la más antigua a la más reciente ({n} mostradas)</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries verified.</source>
        <translation>Cadena intacta: {n} entradas verificadas.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {seq}: {reason}.</source>
        <translation>Cadena ROTA en la entrada {seq}: {reason}.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Verificando la cadena de auditoría</translation>
    </message>
</context>
<context>
    <name>ChartPanels</name>
    <message>
        <source>Link chart</source>
        <translation>Diagrama de vínculos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Chart the record list</source>
        <translation>Representar &amp;gráficamente la lista de registros</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records listed</source>
        <translation>Crear el diagrama de vínculos y la cronología de los registros listados</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Columns and what they become</source>
        <translation>Columnas y en qué se convierten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(sin usar)</translation>
    </message>
    <message>
        <source>record: {field}</source>
        <translation>registro: {field}</translation>
    </message>
    <message>
        <source>(in a template: edit the JSON)</source>
        <translation>(en una plantilla: edite el JSON)</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <source>Create a Liaison workspace</source>
        <translation>Crear un espacio de trabajo de Liaison</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>Creando el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>EntitiesTab</name>
    <message>
        <source>Entity or property</source>
        <translation>Entidad o propiedad</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>Entidades vinculadas</translation>
    </message>
    <message>
        <source>Open this entity</source>
        <translation>Abrir esta entidad</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ no válido: {note}</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Open an entity from a record to see it here.</source>
        <translation>Abra una entidad desde un registro para verla aquí.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Otra entidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>Registros que mencionan esta entidad</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ no válido: {note}</translation>
    </message>
    <message>
        <source>This value failed validation; it is kept as the source wrote it.</source>
        <translation>Este valor no superó la validación; se conserva tal como lo escribió la fuente.</translation>
    </message>
    <message>
        <source>Appears in {total} records (newest {shown} listed)</source>
        <translation>Aparece en {total} registros (se listan los {shown} más recientes)</translation>
    </message>
    <message>
        <source>Appears in records: {total}</source>
        <translation>Registros en los que aparece: {total}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>“{title}” could not be completed.</source>
        <translation>«{title}» no se pudo completar.</translation>
    </message>
    <message>
        <source>An unexpected error stopped “{title}”.</source>
        <translation>Un error inesperado interrumpió «{title}».</translation>
    </message>
    <message>
        <source>This is a fault in Liaison, not in your data. If it happens again, give the details below to your administrator.</source>
        <translation>Es un fallo de Liaison, no de sus datos. Si vuelve a ocurrir, facilite los detalles siguientes a su administrador.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>Facetas de búsqueda</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF files.</source>
        <translation>Archivos CSV, FollowTheMoney, STIX 2.1, MISP, GraphML o GEXF.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Import intelligence files</source>
        <translation>Importar archivos de inteligencia</translation>
    </message>
    <message>
        <source>Intelligence files ({patterns});;All files (*)</source>
        <translation>Archivos de inteligencia ({patterns});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>{n} (current)</source>
        <translation>{n} (actual)</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>primera versión</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>This file is not a PNG or JPEG image; it is not shown.</source>
        <translation>Este archivo no es una imagen PNG ni JPEG; no se muestra.</translation>
    </message>
    <message>
        <source>The image is damaged or too large to preview.</source>
        <translation>La imagen está dañada o es demasiado grande para la vista previa.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: {reason}</source>
        <translation>No se puede decodificar la imagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>LinkChart</name>
    <message>
        <source>Colour by type</source>
        <translation>Colorear por tipo</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Colorear por comunidad</translation>
    </message>
    <message>
        <source>Colour by agency</source>
        <translation>Colorear por organismo</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Dirigida por fuerzas</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circular</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>Radial</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>Jerárquica</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>Añadir los vecinos de los nodos seleccionados</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Buscar ruta</translation>
    </message>
    <message>
        <source>Shortest path between the two selected nodes</source>
        <translation>Ruta más corta entre los dos nodos seleccionados</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Drag to select (or hold Shift while dragging)</source>
        <translation>Arrastre para seleccionar (o mantenga pulsada Mayús mientras arrastra)</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} links</source>
        <translation>{nodes} nodos, {edges} vínculos</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(truncado)</translation>
    </message>
    <message>
        <source>{drawn} links drawn at this zoom</source>
        <translation>{drawn} vínculos dibujados con este zoom</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>Creando el diagrama de vínculos</translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>Distribuyendo el diagrama</translation>
    </message>
    <message>
        <source>Expanding the chart</source>
        <translation>Expandiendo el diagrama</translation>
    </message>
    <message>
        <source>Select exactly two nodes to find a path.</source>
        <translation>Seleccione exactamente dos nodos para buscar una ruta.</translation>
    </message>
    <message>
        <source>No path within six links.</source>
        <translation>No hay ninguna ruta de seis vínculos o menos.</translation>
    </message>
    <message>
        <source>Finding a path</source>
        <translation>Buscando una ruta</translation>
    </message>
</context>
<context>
    <name>LinksEventsTab</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From / involved</source>
        <translation>De / implicados</translation>
    </message>
    <message>
        <source>To / place</source>
        <translation>A / lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Links and events</source>
        <translation>Vínculos y sucesos</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Vínculos ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Sucesos ({n})</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Dónde guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Liaison keeps everything it receives in one encrypted folder on this computer. Choose a new or empty folder; nothing in it is readable without the key.</source>
        <translation>Liaison guarda todo lo que recibe en una carpeta cifrada de este ordenador. Elija una carpeta nueva o vacía; nada de su contenido es legible sin la clave.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Elegir la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new or empty folder.</source>
        <translation>{folder} no está vacía. Elija una carpeta nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import CSV, FollowTheMoney, STIX or MISP files</source>
        <translation>Importar archivos CSV, FollowTheMoney, STIX o MISP</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the workspace now</source>
        <translation>Bloquear ahora el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>&amp;Acerca de Liaison</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Restore the default layout</source>
        <translation>&amp;Restaurar la disposición predeterminada</translation>
    </message>
    <message>
        <source>DEMO: synthetic data</source>
        <translation>DEMO: datos ficticios</translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <translation>Liaison — bloqueado</translation>
    </message>
    <message>
        <source>Liaison — {agency}</source>
        <translation>Liaison — {agency}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Records: {records}   Entities: {entities}</source>
        <translation>Registros: {records}   Entidades: {entities}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Contando registros</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Abriendo el registro</translation>
    </message>
    <message>
        <source>Opening the entity</source>
        <translation>Abriendo la entidad</translation>
    </message>
    <message>
        <source>Reading workspace information</source>
        <translation>Leyendo la información del espacio de trabajo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetas</translation>
    </message>
    <message>
        <source>Cross-reference hits</source>
        <translation>Coincidencias cruzadas</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping (JSON)</source>
        <translation>Asignación (JSON)</translation>
    </message>
    <message>
        <source>&amp;Guess from header</source>
        <translation>&amp;Deducir del encabezado</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Cargar una asignación…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar la asignación…</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Mapping for {file}</source>
        <translation>Asignación de {file}</translation>
    </message>
    <message>
        <source>Mapping saved to {file}.</source>
        <translation>Asignación guardada en {file}.</translation>
    </message>
    <message>
        <source>Load a CSV mapping</source>
        <translation>Cargar una asignación CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Asignaciones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>Guardar la asignación CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Asignaciones (*.json)</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>La asignación no es un JSON válido: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>The first {n} rows as they would be imported.</source>
        <translation>Las primeras {n} filas tal como se importarían.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>CSV mapping</source>
        <translation>Asignación CSV</translation>
    </message>
    <message>
        <source>Which columns become which entity properties and record fields. Start from the guess, edit, load or save a mapping.</source>
        <translation>Qué columnas se convierten en qué propiedades de entidad y campos de registro. Parta de la propuesta y edite, cargue o guarde una asignación.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se ha modificado nada.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Formats and source</source>
        <translation>Formatos y fuente</translation>
    </message>
    <message>
        <source>Check each file&apos;s format, and say who sent the files. Handling and TLP apply where a file says nothing.</source>
        <translation>Compruebe el formato de cada archivo e indique quién envió los archivos. El tratamiento y el TLP se aplican cuando un archivo no indica nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>según el archivo</translation>
    </message>
    <message>
        <source>ISO code, e.g. ES</source>
        <translation>Código ISO, p. ej. ES</translation>
    </message>
    <message>
        <source>Source &amp;agency:</source>
        <translation>&amp;Organismo de origen:</translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation>&amp;País del organismo:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Código de tratamiento:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <source>choose a format</source>
        <translation>elija un formato</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Cancelar la operación</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protecting the key</source>
        <translation>Protección de la clave</translation>
    </message>
    <message>
        <source>The workspace is encrypted with a random key. Keep that key in the operating system&apos;s keyring (unlocks with your login), behind a passphrase, or both.</source>
        <translation>El espacio de trabajo está cifrado con una clave aleatoria. Guarde esa clave en el llavero del sistema operativo (se desbloquea al iniciar sesión), tras una frase de contraseña, o ambas cosas.</translation>
    </message>
    <message>
        <source>Keep the key in the OS &amp;keyring</source>
        <translation>Guardar la clave en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Protect the key with a &amp;passphrase</source>
        <translation>Proteger la clave con una &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Fra&amp;se de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>Require &amp;both to unlock (for laptops in the field)</source>
        <translation>Exigir &amp;ambas para desbloquear (portátiles sobre el terreno)</translation>
    </message>
    <message>
        <source>Choose at least one: the OS keyring or a passphrase.</source>
        <translation>Elija al menos una opción: el llavero del sistema o una frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Creando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer (on Linux it needs gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS keyring” and protect the workspace with a passphrase instead.</source>
        <translation>No se ha encontrado ningún llavero del sistema utilizable en este ordenador (en Linux hace falta gnome-keyring o KWallet, desbloqueado). Desmarque «Guardar la clave en el llavero del sistema» y proteja el espacio de trabajo con una frase de contraseña.</translation>
    </message>
    <message>
        <source>The workspace could not be created: {error}</source>
        <translation>No se pudo crear el espacio de trabajo: {error}</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Handling code {code}</source>
        <translation>Código de tratamiento {code}</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Fecha de notificación</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisar antes de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Seleccione un registro para verlo aquí.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Título del registro</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Entities ({n})</source>
        <translation>Entidades ({n})</translation>
    </message>
    <message>
        <source>Links and events ({n})</source>
        <translation>Vínculos y sucesos ({n})</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Adjuntos ({n})</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>Historial ({n})</translation>
    </message>
    <message>
        <source>{status}, version {version}</source>
        <translation>{status}, versión {version}</translation>
    </message>
    <message>
        <source>{file} ({format}), {when}, by {actor}</source>
        <translation>{file} ({format}), {when}, por {actor}</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images are previewed. This attachment is listed with its size and SHA-256 so that it can be checked against the partner&apos;s copy.</source>
        <translation>Solo se previsualizan imágenes PNG y JPEG. Este adjunto se lista con su tamaño y su SHA-256 para poder cotejarlo con la copia del socio.</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Abriendo el adjunto</translation>
    </message>
</context>
<context>
    <name>RecordsBrowser</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>All records ({count})</source>
        <translation>Todos los registros ({count})</translation>
    </message>
    <message>
        <source>Sorting records</source>
        <translation>Ordenando los registros</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sucesos</translation>
    </message>
    <message>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <source>Flagged: {n}</source>
        <translation>Señalados: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Omitidos: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Watchlist hits: {n}</source>
        <translation>Coincidencias con la lista de vigilancia: {n}</translation>
    </message>
    <message>
        <source>{watch}: {title}</source>
        <translation>{watch}: {title}</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>Archivos importados: {files}; registros nuevos: {records}, actualizados: {merged}; entidades nuevas: {entities}; señalados: {flagged}, omitidos: {skipped}; coincidencias con la lista de vigilancia: {hits}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Show the &amp;report</source>
        <translation>Mostrar el &amp;informe</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The files imported before it are kept: {files}.</source>
        <translation>Se conservan los archivos importados antes que él: {files}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing of {file} was changed.</source>
        <translation>Cancelado; {file} no ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing of it was changed.
{error}</source>
        <translation>No se pudo importar {file}; no se ha modificado nada.
{error}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import of {file}; nothing of it was changed ({kind}).</source>
        <translation>Un error inesperado interrumpió la importación de {file}; no se ha modificado nada ({kind}).</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search records (Ctrl+F): words, &quot;phrases&quot;, agency:, tlp:, reported:2025…</source>
        <translation>Buscar registros (Ctrl+F): palabras, &quot;frases&quot;, agency:, tlp:, reported:2025…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Consulta de búsqueda</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <source>Query syntax</source>
        <translation>Sintaxis de consulta</translation>
    </message>
    <message>
        <source>Error at character {position}: {message}</source>
        <translation>Error en el carácter {position}: {message}</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>No hay búsquedas recientes</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Borrar el historial</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Query syntax&lt;/h3&gt;&lt;p&gt;&lt;b&gt;words&lt;/b&gt;: records containing every word; &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;: the words together.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (upper case) and parentheses combine terms.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: prefix; &lt;b&gt;petrof~&lt;/b&gt;: fuzzy (1 or 2 edits).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: received:, reported:, event: with 2025, 2025-01..2025-06, 2024-03-05.. or ..2024-06.&lt;/p&gt;&lt;p&gt;Phone numbers, IBANs and e-mail addresses are recognised as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sintaxis de consulta&lt;/h3&gt;&lt;p&gt;&lt;b&gt;palabras&lt;/b&gt;: registros que contienen todas las palabras; &lt;b&gt;&quot;una frase&quot;&lt;/b&gt;: las palabras juntas.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (en mayúsculas) y los paréntesis combinan términos.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: prefijo; &lt;b&gt;petrof~&lt;/b&gt;: aproximada (1 o 2 cambios).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Campos&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fechas&lt;/b&gt;: received:, reported:, event: con 2025, 2025-01..2025-06, 2024-03-05.. o ..2024-06.&lt;/p&gt;&lt;p&gt;Los números de teléfono, IBAN y direcciones de correo se reconocen tal como se escriben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Snippet of the selected hit</source>
        <translation>Fragmento del resultado seleccionado</translation>
    </message>
    <message>
        <source>Type a query and press Enter</source>
        <translation>Escriba una consulta y pulse Intro</translation>
    </message>
    <message>
        <source>Hits: {total} (first {shown} shown)</source>
        <translation>Resultados: {total} (se muestran los primeros {shown})</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>Resultados: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Preparing the demo workspace</source>
        <translation>Preparando el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Desbloqueando el espacio de trabajo</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “{pw}”.</source>
        <translation>La frase de contraseña del espacio de demostración es «{pw}».</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>Liaison no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localisation (to check translations)</source>
        <translation>&amp;Pseudolocalización (para revisar las traducciones)</translation>
    </message>
    <message>
        <source>Pseudo-localisation</source>
        <translation>Pseudolocalización</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Bloquear tras &amp;inactividad:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without activity before the workspace locks</source>
        <translation>Minutos sin actividad antes de que se bloquee el espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace locks itself after this many minutes without keyboard or mouse activity, and at once with Ctrl+L.</source>
        <translation>El espacio de trabajo se bloquea tras estos minutos sin actividad de teclado o ratón, y al instante con Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Lanes by entity</source>
        <translation>Carriles por entidad</translation>
    </message>
    <message>
        <source>Lanes by agency</source>
        <translation>Carriles por organismo</translation>
    </message>
    <message>
        <source>Lanes by record</source>
        <translation>Carriles por registro</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <source>{n} in the brushed range</source>
        <translation>{n} en el intervalo seleccionado</translation>
    </message>
    <message>
        <source>density only (zoom or filter to see items)</source>
        <translation>solo densidad (amplíe o filtre para ver los elementos)</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>Creando la cronología</translation>
    </message>
    <message>
        <source>Exporting the timeline</source>
        <translation>Exportando la cronología</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock workspace</source>
        <translation>Desbloquear el espacio de trabajo</translation>
    </message>
    <message>
        <source>This workspace is locked</source>
        <translation>Este espacio de trabajo está bloqueado</translation>
    </message>
    <message>
        <source>{agency} — {folder}</source>
        <translation>{agency} — {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Unlocking needs both your OS keyring and the passphrase.</source>
        <translation>Para desbloquear se necesitan el llavero del sistema y la frase de contraseña.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase.</source>
        <translation>Introduzca la frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The key is in your OS keyring; press Unlock to open the workspace.</source>
        <translation>La clave está en el llavero del sistema; pulse Desbloquear para abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace needs both the OS keyring and the passphrase, and the keyring is locked or unavailable. Unlock your login keyring (log in to the desktop, or open Passwords and Keys / KWallet / Windows Credential Manager), then try again.</source>
        <translation>Este espacio de trabajo necesita el llavero del sistema y la frase de contraseña, y el llavero está bloqueado o no disponible. Desbloquee su llavero de sesión (inicie sesión en el escritorio, o abra Contraseñas y claves / KWallet / el Administrador de credenciales de Windows) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read the key from it. Enter the workspace passphrase instead, or unlock your keyring and try again.</source>
        <translation>El llavero del sistema está bloqueado o no disponible, así que Liaison no puede leer la clave. Introduzca en su lugar la frase de contraseña del espacio de trabajo, o desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read this workspace&apos;s key. Unlock your login keyring (log in to the desktop session, or open Passwords and Keys / KWallet / Windows Credential Manager) and press Try again. If the keyring entry is lost, restore the workspace from a backup.</source>
        <translation>El llavero del sistema está bloqueado o no disponible, así que Liaison no puede leer la clave de este espacio de trabajo. Desbloquee su llavero de sesión (inicie sesión en el escritorio, o abra Contraseñas y claves / KWallet / el Administrador de credenciales de Windows) y pulse Reintentar. Si se ha perdido la entrada del llavero, restaure el espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Desbloqueando el espacio de trabajo</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this workspace. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Frase de contraseña incorrecta: no abre este espacio de trabajo. Compruebe la distribución del teclado y el bloqueo de mayúsculas, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The OS keyring did not give the key.</source>
        <translation>El llavero del sistema no ha proporcionado la clave.</translation>
    </message>
    <message>
        <source>The workspace could not be opened ({error}).</source>
        <translation>No se pudo abrir el espacio de trabajo ({error}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law-enforcement use</source>
        <translation>Uso por los servicios policiales</translation>
    </message>
    <message>
        <source>Not for use as evidence in court without the originator&apos;s permission</source>
        <translation>No utilizable como prueba judicial sin permiso del originador</translation>
    </message>
    <message>
        <source>Not to be passed on without the originator&apos;s consent</source>
        <translation>No transmitir sin el consentimiento del originador</translation>
    </message>
    <message>
        <source>Other restrictions: see the handling conditions</source>
        <translation>Otras restricciones: véanse las condiciones de tratamiento</translation>
    </message>
    <message>
        <source>No handling code</source>
        <translation>Sin código de tratamiento</translation>
    </message>
    <message>
        <source>For the named recipients only; no further disclosure</source>
        <translation>Solo para los destinatarios nombrados; sin más difusión</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s organisation only</source>
        <translation>Difusión limitada, solo dentro de la organización del destinatario</translation>
    </message>
    <message>
        <source>Limited disclosure, on a need-to-know basis within the recipient&apos;s organisation and its clients</source>
        <translation>Difusión limitada, según la necesidad de conocer, dentro de la organización del destinatario y sus clientes</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s community</source>
        <translation>Difusión limitada, dentro de la comunidad del destinatario</translation>
    </message>
    <message>
        <source>No limit on disclosure</source>
        <translation>Sin límite de difusión</translation>
    </message>
    <message>
        <source>No TLP marking</source>
        <translation>Sin marcado TLP</translation>
    </message>
    <message>
        <source>Source reliable</source>
        <translation>Fuente fiable</translation>
    </message>
    <message>
        <source>Source mostly reliable</source>
        <translation>Fuente fiable en la mayoría de los casos</translation>
    </message>
    <message>
        <source>Source not reliable</source>
        <translation>Fuente no fiable</translation>
    </message>
    <message>
        <source>Source reliability cannot be assessed</source>
        <translation>No se puede evaluar la fiabilidad de la fuente</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>Fuente sin valorar</translation>
    </message>
    <message>
        <source>Information known to be true without reservation</source>
        <translation>Información que se sabe cierta sin reservas</translation>
    </message>
    <message>
        <source>Information known personally to the source but not to the officer passing it on</source>
        <translation>Información conocida personalmente por la fuente pero no por el agente que la transmite</translation>
    </message>
    <message>
        <source>Information not known personally to the source but corroborated by other information</source>
        <translation>Información no conocida personalmente por la fuente pero corroborada por otra información</translation>
    </message>
    <message>
        <source>Information not known personally to the source and cannot be corroborated</source>
        <translation>Información no conocida personalmente por la fuente y que no puede corroborarse</translation>
    </message>
    <message>
        <source>Information not assessed</source>
        <translation>Información sin evaluar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Retracted by the originator</source>
        <translation>Retirado por el originador</translation>
    </message>
</context>
<context>
    <name>XrefDock</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Entity A</source>
        <translation>Entidad A</translation>
    </message>
    <message>
        <source>Entity B</source>
        <translation>Entidad B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>Pares candidatos</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>&amp;Compare new entities</source>
        <translation>&amp;Comparar entidades nuevas</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <translation>&amp;Iguales</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;No son iguales</translation>
    </message>
    <message>
        <source>Uns&amp;ure</source>
        <translation>&amp;Dudoso</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>same</source>
        <translation>iguales</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>no son iguales</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>Candidate pairs: {count}</source>
        <translation>Pares candidatos: {count}</translation>
    </message>
    <message>
        <source>Comparing entities</source>
        <translation>Comparando entidades</translation>
    </message>
    <message>
        <source>Reading candidate pairs</source>
        <translation>Leyendo pares candidatos</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Registrando el veredicto</translation>
    </message>
    <message>
        <source>Withdrawing the verdict</source>
        <translation>Retirando el veredicto</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>Agencia: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>Peso: {weight}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
</context>
</TS>
