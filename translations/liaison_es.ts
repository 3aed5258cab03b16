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
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Añadir un socio</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s two public certificates (signing and encryption). The partner stays unverified, and cannot receive, until you confirm its fingerprint with it by telephone.</source>
        <translation>Fije los dos certificados públicos del socio (firma y cifrado). El socio queda sin verificar, y no puede recibir, hasta que confirme con él su huella digital por teléfono.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Signing certificate:</source>
        <translation>Certificado de &amp;firma:</translation>
    </message>
    <message>
        <source>&amp;Encryption certificate:</source>
        <translation>Certificado de &amp;cifrado:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>País del socio</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Archivo del certificado de firma</translation>
    </message>
    <message>
        <source>Encryption certificate file</source>
        <translation>Archivo del certificado de cifrado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the signing certificate file</source>
        <translation>Elegir el archivo del certificado de firma</translation>
    </message>
    <message>
        <source>Choose the encryption certificate file</source>
        <translation>Elegir el archivo del certificado de cifrado</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>Certificado del socio</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Introduzca el nombre del socio.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s country from the list.</source>
        <translation>Elija el país del socio en la lista.</translation>
    </message>
    <message>
        <source>signing certificate</source>
        <translation>certificado de firma</translation>
    </message>
    <message>
        <source>encryption certificate</source>
        <translation>certificado de cifrado</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s {what} file.</source>
        <translation>Elija el archivo del {what} del socio.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>El archivo del {what} {path} no existe.</translation>
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
        <source>Audit log not fully checked ({n} entries, the chain intact):</source>
        <translation>Registro de auditoría no verificado por completo ({n} entradas, cadena intacta):</translation>
    </message>
    <message>
        <source>Audit log TAMPERED WITH ({n} entries, each linked to the one before):</source>
        <translation>Registro de auditoría MANIPULADO ({n} entradas, cada una enlazada con la anterior):</translation>
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
    <name>ChartEdits</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Deshacer: {edit}</translation>
    </message>
    <message>
        <source>Undo the last change to the chart</source>
        <translation>Deshacer el último cambio del diagrama</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Rehacer: {edit}</translation>
    </message>
    <message>
        <source>Redo the change to the chart undone last</source>
        <translation>Rehacer el último cambio deshecho del diagrama</translation>
    </message>
    <message>
        <source>Changing the chart</source>
        <translation>Modificando el diagrama</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Buscar ruta</translation>
    </message>
    <message>
        <source>Collapse the group</source>
        <translation>Contraer el grupo</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Expandir el grupo</translation>
    </message>
    <message>
        <source>Select exactly two entities first.</source>
        <translation>Seleccione primero exactamente dos entidades.</translation>
    </message>
    <message>
        <source>Draw a link</source>
        <translation>Trazar un vínculo</translation>
    </message>
    <message>
        <source>What joins the two (it is kept as your own assertion, with your name and the time):</source>
        <translation>Qué une a los dos (se guarda como afirmación propia, con su nombre y la hora):</translation>
    </message>
    <message>
        <source>Delete the link</source>
        <translation>Eliminar el vínculo</translation>
    </message>
    <message>
        <source>Select one entity first.</source>
        <translation>Seleccione primero una entidad.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Your note on this entity (kept with your name and the time, never shared):</source>
        <translation>Su nota sobre esta entidad (se guarda con su nombre y la hora, nunca se comparte):</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Eliminar la nota</translation>
    </message>
    <message>
        <source>Community {number}</source>
        <translation>Comunidad {number}</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Sin organismo</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Nothing to group: no other node is coloured like this one.</source>
        <translation>Nada que agrupar: ningún otro nodo tiene el color de este.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merging the two entities</source>
        <translation>Fusionando las dos entidades</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>Monedero de criptomonedas</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>Número de identificación del vehículo</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Suceso</translation>
    </message>
    <message>
        <source>Not in this workspace</source>
        <translation>No está en este espacio de trabajo</translation>
    </message>
    <message>
        <source>Group of nodes</source>
        <translation>Grupo de nodos</translation>
    </message>
    <message>
        <source>Holds the identifier</source>
        <translation>Tiene el identificador</translation>
    </message>
    <message>
        <source>Takes part in the event</source>
        <translation>Participa en el suceso</translation>
    </message>
    <message>
        <source>Drawn by the analyst</source>
        <translation>Trazado por el analista</translation>
    </message>
    <message>
        <source>Colours: communities</source>
        <translation>Colores: comunidades</translation>
    </message>
    <message>
        <source>Colours: agencies</source>
        <translation>Colores: organismos</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the chart as a picture or as a graph file</source>
        <translation>Guardar el diagrama como imagen o como archivo de grafo</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el diagrama</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Dibujo (SVG)…</translation>
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
        <translation>Exportando el diagrama</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>Seleccionar vecinos</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Expandir el grupo</translation>
    </message>
    <message>
        <source>Collapse its group into one node</source>
        <translation>Contraer su grupo en un solo nodo</translation>
    </message>
    <message>
        <source>Draw a link between the two…</source>
        <translation>Trazar un vínculo entre los dos…</translation>
    </message>
    <message>
        <source>Delete the link drawn between the two</source>
        <translation>Eliminar el vínculo trazado entre los dos</translation>
    </message>
    <message>
        <source>These are the same</source>
        <translation>Son los mismos</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
    <message>
        <source>Delete the latest note</source>
        <translation>Eliminar la última nota</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Soltar todos</translation>
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
    <message>
        <source>Chart the &amp;search results</source>
        <translation>Representar gráficamente los resultados de la &amp;búsqueda</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records the search finds</source>
        <translation>Crear el diagrama de vínculos y la cronología de los registros que encuentra la búsqueda</translation>
    </message>
    <message>
        <source>Chart the &amp;open record</source>
        <translation>Representar gráficamente el registro &amp;abierto</translation>
    </message>
    <message>
        <source>Build the link chart of the record shown and its entities</source>
        <translation>Crear el diagrama de vínculos del registro mostrado y sus entidades</translation>
    </message>
    <message>
        <source>Search first: there are no search results to chart.</source>
        <translation>Busque primero: no hay resultados de búsqueda que representar.</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Abra primero un registro.</translation>
    </message>
    <message>
        <source>Finding the records</source>
        <translation>Buscando los registros</translation>
    </message>
    <message>
        <source>Filtering the records</source>
        <translation>Filtrando los registros</translation>
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
    <name>ConfirmPage</name>
    <message>
        <source>Export or send</source>
        <translation>Exportar o enviar</translation>
    </message>
    <message>
        <source>What you reviewed is exactly what leaves. The redactions and this decision are recorded in the audit log.</source>
        <translation>Lo que ha revisado es exactamente lo que sale. Las ocultaciones y esta decisión quedan anotadas en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Export files to a folder</source>
        <translation>E&amp;xportar archivos a una carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Carpeta para los archivos exportados</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <source>Send to the &amp;partner as a package (outbox)</source>
        <translation>Enviar al &amp;socio como paquete (bandeja de salida)</translation>
    </message>
    <message>
        <source>Choose a partner to send a package; a share to nobody in particular can only be exported.</source>
        <translation>Elija un socio para enviar un paquete; lo que no se comparte con nadie en particular solo puede exportarse.</translation>
    </message>
    <message>
        <source>Checking whether {partner} can receive packages…</source>
        <translation>Comprobando si {partner} puede recibir paquetes…</translation>
    </message>
    <message>
        <source>The package is queued in the outbox for {partner}; it leaves with the next sync.</source>
        <translation>El paquete para {partner} está en cola en la bandeja de salida; saldrá con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Checking the partner&apos;s certificates</source>
        <translation>Comprobando los certificados del socio</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartiendo</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Hecho:</translation>
    </message>
    <message>
        <source>Press Share to do only what is left (what is done is not done again), or close the wizard.</source>
        <translation>Pulse «Compartir» para hacer solo lo que falta (lo ya hecho no se repite), o cierre el asistente.</translation>
    </message>
    <message>
        <source>Nothing was exported or sent.</source>
        <translation>No se ha exportado ni enviado nada.</translation>
    </message>
    <message>
        <source>{files} file(s) written to {folder}.</source>
        <translation>{files} archivo(s) escrito(s) en {folder}.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation>Cancelado antes de hacer nada.</translation>
    </message>
    <message>
        <source>Exporting the files failed: {error}</source>
        <translation>Ha fallado la exportación de los archivos: {error}</translation>
    </message>
    <message>
        <source>Queuing the package failed: {error}</source>
        <translation>Ha fallado la puesta en cola del paquete: {error}</translation>
    </message>
    <message>
        <source>{packages} package(s) queued for {partner}.</source>
        <translation>{packages} paquete(s) en cola para {partner}.</translation>
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
        <source>redacted by the sender</source>
        <translation>ocultado por el remitente</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ no válido: {note}</translation>
    </message>
</context>
<context>
    <name>EntityHitsList</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Entity search results</source>
        <translation>Resultados de la búsqueda de entidades</translation>
    </message>
    <message>
        <source>{caption} (+{n} confirmed same)</source>
        <translation>{caption} (+{n} confirmadas como la misma entidad)</translation>
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
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Posiblemente la misma que</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Cross-reference candidates of this entity</source>
        <translation>Candidatos de cruce de esta entidad</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>Registros que mencionan esta entidad</translation>
    </message>
    <message>
        <source>{schema} · id in the partner&apos;s file: {ref}</source>
        <translation>{schema} · identificador en el archivo del socio: {ref}</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>ocultado por el remitente</translation>
    </message>
    <message>
        <source>The sender redacted this value before it was shared; it is never compared or matched.</source>
        <translation>El remitente ocultó este valor antes de compartirlo; nunca se compara ni se cruza.</translation>
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
    <message>
        <source>confirmed the same</source>
        <translation>confirmada como la misma</translation>
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
    <name>Exchange</name>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya presente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>ya recibido</translation>
    </message>
    <message>
        <source>already quarantined</source>
        <translation>ya en cuarentena</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no válido</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>awaiting release</source>
        <translation>pendiente de autorización</translation>
    </message>
    <message>
        <source>approved, awaiting signature</source>
        <translation>autorizado, pendiente de firma</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entidades</translation>
    </message>
    <message>
        <source>links</source>
        <translation>vínculos</translation>
    </message>
    <message>
        <source>events</source>
        <translation>sucesos</translation>
    </message>
    <message>
        <source>{n} {kind} new, {m} updated</source>
        <translation>{kind}: {n} altas, {m} actualizaciones</translation>
    </message>
    <message>
        <source>{n} retracted</source>
        <translation>{n} retirados</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>revoked — cannot receive</source>
        <translation>revocado — no puede recibir</translation>
    </message>
    <message>
        <source>verified; new certificates await verification</source>
        <translation>verificado; hay certificados nuevos pendientes de verificación</translation>
    </message>
    <message>
        <source>NOT verified — cannot receive</source>
        <translation>NO verificado — no puede recibir</translation>
    </message>
    <message>
        <source>verified — cannot receive (no usable encryption certificate)</source>
        <translation>verificado — no puede recibir (no hay ningún certificado de cifrado utilizable)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>{partner}: delivered {when} ({how})</source>
        <translation>{partner}: entregado el {when} ({how})</translation>
    </message>
    <message>
        <source>{partner}: waiting, last attempt failed: {error}</source>
        <translation>{partner}: en espera, el último intento falló: {error}</translation>
    </message>
    <message>
        <source>{partner}: waiting for the next sync</source>
        <translation>{partner}: en espera de la próxima sincronización</translation>
    </message>
    <message>
        <source>{file}: merged package {package} from {partner} ({counts}).</source>
        <translation>{file}: paquete {package} de {partner} fusionado ({counts}).</translation>
    </message>
    <message>
        <source>{file}: quarantined ({code}). {reason}</source>
        <translation>{file}: en cuarentena ({code}). {reason}</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>un paquete</translation>
    </message>
    <message>
        <source>Sent {package} to {partner} over {transport}: {status}.</source>
        <translation>Envío de {package} a {partner} por {transport}: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner}, left in the incoming folder by an interrupted sync: {status}.</source>
        <translation>Recepción de {package} de {partner}, dejado en la carpeta de entrada por una sincronización interrumpida: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner} over {transport}: {status}.</source>
        <translation>Recepción de {package} de {partner} por {transport}: {status}.</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>un remitente desconocido</translation>
    </message>
    <message>
        <source>Sync finished: {delivered} delivered, {merged} merged, {quarantined} quarantined, {failed} failed.</source>
        <translation>Sincronización terminada: {delivered} entregados, {merged} fusionados, {quarantined} en cuarentena, {failed} fallidos.</translation>
    </message>
    <message>
        <source>Not finished over {transports}. Nothing is lost: what did not get through waits on the server or in the outbox for the next sync.</source>
        <translation>No se completó por {transports}. No se pierde nada: lo que no pasó espera en el servidor o en la bandeja de salida a la próxima sincronización.</translation>
    </message>
    <message>
        <source>Nothing was waiting in either direction.</source>
        <translation>No había nada pendiente en ninguna de las dos direcciones.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
</context>
<context>
    <name>ExchangeDock</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transportes</translation>
    </message>
    <message>
        <source>Hit/no-hit</source>
        <translation>Hit/no-hit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Signing fingerprint</source>
        <translation>Huella de firma</translation>
    </message>
    <message>
        <source>Encryption fingerprint</source>
        <translation>Huella de cifrado</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Añadir socio…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Verify the partner&apos;s fingerprint</source>
        <translation>Verificar la huella digital del socio</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Rev&amp;ocar…</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s certificates</source>
        <translation>Revocar los certificados del socio</translation>
    </message>
    <message>
        <source>&amp;Receive file(s)…</source>
        <translation>&amp;Recibir archivo(s)…</translation>
    </message>
    <message>
        <source>Receive package files</source>
        <translation>Recibir archivos de paquetes</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Transport to sync</source>
        <translation>Transporte que sincronizar</translation>
    </message>
    <message>
        <source>Add &amp;folder transport…</source>
        <translation>Añadir transporte por &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP transport…</source>
        <translation>Añadir transporte S&amp;FTP…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Autorizar…</translation>
    </message>
    <message>
        <source>Release the share awaiting release</source>
        <translation>Autorizar el envío pendiente</translation>
    </message>
    <message>
        <source>What the last receive or sync did</source>
        <translation>Resultado de la última recepción o sincronización</translation>
    </message>
    <message>
        <source>Reading partners and packages</source>
        <translation>Leyendo socios y paquetes</translation>
    </message>
    <message>
        <source>Adding the partner</source>
        <translation>Añadiendo el socio</translation>
    </message>
    <message>
        <source>{name} was added, NOT verified: it cannot receive until you compare its fingerprint with it by telephone (Verify…).</source>
        <translation>Se ha añadido {name}, SIN verificar: no puede recibir hasta que compare con él su huella digital por teléfono (Verificar…).</translation>
    </message>
    <message>
        <source>Verifying the partner</source>
        <translation>Verificando el socio</translation>
    </message>
    <message>
        <source>The fingerprint matches: {name} is verified and can receive packages.</source>
        <translation>La huella digital coincide: {name} está verificado y puede recibir paquetes.</translation>
    </message>
    <message>
        <source>Revoking the partner&apos;s certificates</source>
        <translation>Revocando los certificados del socio</translation>
    </message>
    <message>
        <source>{count} certificate(s) of {name} revoked: nothing more goes to them or is accepted from them.</source>
        <translation>{count} certificado(s) de {name} revocado(s): ya no se le envía ni se le acepta nada.</translation>
    </message>
    <message>
        <source>Adding the transport</source>
        <translation>Añadiendo el transporte</translation>
    </message>
    <message>
        <source>Transport {name} added: Sync now delivers and collects through {path}.</source>
        <translation>Transporte {name} añadido: Sincronizar ahora entrega y recoge a través de {path}.</translation>
    </message>
    <message>
        <source>Transport {name} added ({user}@{host}).</source>
        <translation>Transporte {name} añadido ({user}@{host}).</translation>
    </message>
    <message>
        <source>All transports</source>
        <translation>Todos los transportes</translation>
    </message>
    <message>
        <source>Liaison packages (*.p7m);;All files (*)</source>
        <translation>Paquetes de Liaison (*.p7m);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Received {n} file(s): {merged} merged, {quarantined} quarantined.</source>
        <translation>{n} archivo(s) recibido(s): {merged} fusionado(s), {quarantined} en cuarentena.</translation>
    </message>
    <message>
        <source>Receiving packages</source>
        <translation>Recibiendo paquetes</translation>
    </message>
    <message>
        <source>Sync cancelled. Packages already delivered or received stay so; the rest waits for the next sync.</source>
        <translation>Sincronización cancelada. Los paquetes ya entregados o recibidos se mantienen así; el resto espera a la próxima sincronización.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Releasing the share</source>
        <translation>Autorizando el envío</translation>
    </message>
    <message>
        <source>Released to {partner} (approved by {who}): package(s) {packages} in the outbox.</source>
        <translation>Autorizado para {partner} (aprobado por {who}): paquete(s) {packages} en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
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
    <name>FindingsDock</name>
    <message>
        <source>Fan-in, fan-out</source>
        <translation>Concentración y dispersión</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Tránsito rápido</translation>
    </message>
    <message>
        <source>Structuring</source>
        <translation>Fraccionamiento</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>Flujo circular</translation>
    </message>
    <message>
        <source>Bridge between networks</source>
        <translation>Puente entre redes</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Pico de actividad</translation>
    </message>
    <message>
        <source>Co-presence</source>
        <translation>Copresencia</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Casos similares</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pattern findings</source>
        <translation>Hallazgos de patrones</translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation>Todos los detectores</translation>
    </message>
    <message>
        <source>To review and confirmed</source>
        <translation>Por revisar y confirmados</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>All, dismissed too</source>
        <translation>Todos, también los descartados</translation>
    </message>
    <message>
        <source>&amp;Run the detectors</source>
        <translation>&amp;Ejecutar los detectores</translation>
    </message>
    <message>
        <source>Look for every pattern in all the records</source>
        <translation>Buscar todos los patrones en todos los registros</translation>
    </message>
    <message>
        <source>Run on &amp;arrival</source>
        <translation>Ejecutar a la &amp;llegada</translation>
    </message>
    <message>
        <source>Run the detectors on what each import and received package brings (for everyone using this workspace)</source>
        <translation>Ejecutar los detectores sobre lo que trae cada importación y cada paquete recibido (para todos los que usan este espacio de trabajo)</translation>
    </message>
    <message>
        <source>Entities (double-click to open)</source>
        <translation>Entidades (doble clic para abrir)</translation>
    </message>
    <message>
        <source>Records (double-click to open)</source>
        <translation>Registros (doble clic para abrir)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Not listed again unless its evidence changes</source>
        <translation>No se vuelve a listar salvo que cambien sus pruebas</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Reab&amp;rir</translation>
    </message>
    <message>
        <source>Chart &amp;it</source>
        <translation>&amp;Graficarlo</translation>
    </message>
    <message>
        <source>The link chart of the finding&apos;s records, its entities selected</source>
        <translation>El gráfico de vínculos de los registros del hallazgo, con sus entidades seleccionadas</translation>
    </message>
    <message>
        <source>Findings: {count}</source>
        <translation>Hallazgos: {count}</translation>
    </message>
    <message>
        <source>Looking for patterns</source>
        <translation>Buscando patrones</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>Leyendo los hallazgos</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Registrando el veredicto</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>Guardando el ajuste</translation>
    </message>
    <message>
        <source>Reading the finding&apos;s records</source>
        <translation>Leyendo los registros del hallazgo</translation>
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
        <translation>Añadir un transporte por carpeta</translation>
    </message>
    <message>
        <source>Packages are exchanged through a folder: a USB stick carried to the partner, or a shared drive both agencies reach.</source>
        <translation>Los paquetes se intercambian a través de una carpeta: una memoria USB que se lleva al socio, o una unidad compartida a la que acceden ambos organismos.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Nombre del transporte</translation>
    </message>
    <message>
        <source>for example usb</source>
        <translation>por ejemplo, usb</translation>
    </message>
    <message>
        <source>Transport folder</source>
        <translation>Carpeta del transporte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the transport folder</source>
        <translation>Elegir la carpeta del transporte</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Introduzca un nombre para el transporte.</translation>
    </message>
    <message>
        <source>Choose the folder.</source>
        <translation>Elija la carpeta.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the stick plugged in?).</source>
        <translation>La carpeta {path} no existe (¿está conectada la memoria USB?).</translation>
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
    <name>HitsPage</name>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Values asked</source>
        <translation>Valores consultados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Our hit/no-hit queries</source>
        <translation>Nuestras consultas hit/no-hit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En poder</translation>
    </message>
    <message>
        <source>Identifiers asked and whether the partner holds them</source>
        <translation>Identificadores consultados y si el socio los tiene</translation>
    </message>
    <message>
        <source>Request the &amp;records…</source>
        <translation>Solicitar los &amp;registros…</translation>
    </message>
    <message>
        <source>Prepare a request to the partner for the records behind the hits</source>
        <translation>Preparar una solicitud al socio de los registros detrás de las coincidencias</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>documento nacional de identidad</translation>
    </message>
    <message>
        <source>vehicle plate</source>
        <translation>matrícula</translation>
    </message>
    <message>
        <source>crypto wallet</source>
        <translation>monedero de criptomonedas</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>dirección IP</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>rechazada: {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {n:,} identifiers (the held ones first).</source>
        <translation>Se muestran los primeros {shown:,} de {n:,} identificadores (primero los que tiene).</translation>
    </message>
    <message>
        <source>Folder for the request to the partner</source>
        <translation>Carpeta para la solicitud al socio</translation>
    </message>
    <message>
        <source>The request to {partner} for the records behind {n:,} hit(s) was written to {file}. Send it to {partner} the way your requests usually go; it names the identifiers, the query and the agreement.</source>
        <translation>La solicitud a {partner} de los registros detrás de {n:,} coincidencia(s) se escribió en {file}. Envíela a {partner} por la vía habitual de sus solicitudes; indica los identificadores, la consulta y el acuerdo.</translation>
    </message>
    <message>
        <source>Preparing the request for the records</source>
        <translation>Preparando la solicitud de los registros</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity fingerprint (read aloud):</source>
        <translation>Huella de identidad (para leer en voz alta):</translation>
    </message>
    <message>
        <source>Signing certificate:</source>
        <translation>Certificado de firma:</translation>
    </message>
    <message>
        <source>Encryption certificate:</source>
        <translation>Certificado de cifrado:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>Identity fingerprint</source>
        <translation>Huella de identidad</translation>
    </message>
    <message>
        <source>Signing certificate fingerprint</source>
        <translation>Huella del certificado de firma</translation>
    </message>
    <message>
        <source>Encryption certificate fingerprint</source>
        <translation>Huella del certificado de cifrado</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validez del certificado</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>&amp;Crear la identidad</translation>
    </message>
    <message>
        <source>Create the agency identity</source>
        <translation>Crear la identidad del organismo</translation>
    </message>
    <message>
        <source>&amp;Export certificates…</source>
        <translation>&amp;Exportar los certificados…</translation>
    </message>
    <message>
        <source>Export the public certificates</source>
        <translation>Exportar los certificados públicos</translation>
    </message>
    <message>
        <source>Certificate &amp;requests for a CA…</source>
        <translation>&amp;Solicitudes de certificado para una CA…</translation>
    </message>
    <message>
        <source>Create certificate signing requests</source>
        <translation>Crear solicitudes de firma de certificado</translation>
    </message>
    <message>
        <source>&amp;Import issued certificate…</source>
        <translation>&amp;Importar un certificado emitido…</translation>
    </message>
    <message>
        <source>Import a certificate issued by the CA</source>
        <translation>Importar un certificado emitido por la CA</translation>
    </message>
    <message>
        <source>Reading the agency identity</source>
        <translation>Leyendo la identidad del organismo</translation>
    </message>
    <message>
        <source>This workspace has no agency identity yet: partners cannot send to you, and you cannot send. Create one, or request certificates from your national CA.</source>
        <translation>Este espacio de trabajo aún no tiene identidad de organismo: los socios no pueden enviarle nada y usted no puede enviar. Cree una, o solicite certificados a su CA nacional.</translation>
    </message>
    <message>
        <source>{agency} ({country})</source>
        <translation>{agency} ({country})</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Agency identity created. Export the certificates and send them to your partners; read them the identity fingerprint by telephone.</source>
        <translation>Identidad del organismo creada. Exporte los certificados y envíelos a sus socios; léales la huella de identidad por teléfono.</translation>
    </message>
    <message>
        <source>Creating the agency identity</source>
        <translation>Creando la identidad del organismo</translation>
    </message>
    <message>
        <source>Export the certificates to</source>
        <translation>Exportar los certificados a</translation>
    </message>
    <message>
        <source>Certificates exported to {folder}: {files}.</source>
        <translation>Certificados exportados a {folder}: {files}.</translation>
    </message>
    <message>
        <source>Exporting the certificates</source>
        <translation>Exportando los certificados</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Solicitudes de certificado</translation>
    </message>
    <message>
        <source>New keys will be made for the requests; the current identity stays in use until the issued certificates are imported. Continue?</source>
        <translation>Se generarán claves nuevas para las solicitudes; la identidad actual sigue en uso hasta que se importen los certificados emitidos. ¿Continuar?</translation>
    </message>
    <message>
        <source>Save the requests in</source>
        <translation>Guardar las solicitudes en</translation>
    </message>
    <message>
        <source>Certificate requests written to {folder}: {files}. Send them to your national CA, then import the certificates it issues.</source>
        <translation>Solicitudes de certificado escritas en {folder}: {files}. Envíelas a su CA nacional y, después, importe los certificados que emita.</translation>
    </message>
    <message>
        <source>Creating certificate requests</source>
        <translation>Creando solicitudes de certificado</translation>
    </message>
    <message>
        <source>Certificate issued by the CA</source>
        <translation>Certificado emitido por la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The issued signing certificate was imported ({state}).</source>
        <translation>Se ha importado el certificado de firma emitido ({state}).</translation>
    </message>
    <message>
        <source>The issued encryption certificate was imported ({state}).</source>
        <translation>Se ha importado el certificado de cifrado emitido ({state}).</translation>
    </message>
    <message>
        <source>now in use</source>
        <translation>ya en uso</translation>
    </message>
    <message>
        <source>waiting for the other one</source>
        <translation>a la espera del otro</translation>
    </message>
    <message>
        <source>Importing the certificate</source>
        <translation>Importando el certificado</translation>
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
        <source>Nothing charted yet. From the View menu, chart the record list (Ctrl+Shift+G), the search results or the open record.</source>
        <translation>Aún no hay nada en el diagrama. Desde el menú Ver, represente la lista de registros (Ctrl+Mayús+G), los resultados de búsqueda o el registro abierto.</translation>
    </message>
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
        <source>Communities apart</source>
        <translation>Comunidades separadas</translation>
    </message>
    <message>
        <source>Grouped by agency</source>
        <translation>Agrupados por organismo</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Agrupados por país</translation>
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
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Remove the neighbours expanding the selected nodes added, unless linked to other nodes</source>
        <translation>Quitar los vecinos que añadió la expansión de los nodos seleccionados, salvo los vinculados a otros nodos</translation>
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
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Show or hide the legend of node and link types</source>
        <translation>Mostrar u ocultar la leyenda de tipos de nodos y vínculos</translation>
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
        <source>Colour the nodes by</source>
        <translation>Colorear los nodos por</translation>
    </message>
    <message>
        <source>Layout method</source>
        <translation>Método de distribución</translation>
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
        <source>Charted the {charted} best matches of the {total} records the search finds. Narrow the search to chart the rest.</source>
        <translation>Se han representado las {charted} mejores coincidencias de los {total} registros que encuentra la búsqueda. Acote la búsqueda para representar el resto.</translation>
    </message>
    <message>
        <source>Charted the first {charted} of the {total} records listed. Narrow the list to chart the rest.</source>
        <translation>Se han representado los primeros {charted} de los {total} registros de la lista. Acote la lista para representar el resto.</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>Creando el diagrama de vínculos</translation>
    </message>
    <message>
        <source>Charting the search results</source>
        <translation>Representando los resultados de búsqueda</translation>
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
    <message>
        <source>{name} is not in this workspace: nothing to open.</source>
        <translation>{name} no está en este espacio de trabajo: no hay nada que abrir.</translation>
    </message>
    <message>
        <source>Agencies: {names}</source>
        <translation>Organismos: {names}</translation>
    </message>
    <message>
        <source>Countries: {codes}</source>
        <translation>Países: {codes}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Records naming it: {n}</source>
        <translation>Registros que lo mencionan: {n}</translation>
    </message>
    <message>
        <source>Note by {who}, {date}: {text}</source>
        <translation>Nota de {who}, {date}: {text}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Doble clic para abrir</translation>
    </message>
    <message>
        <source>Exported the chart to {name}</source>
        <translation>Diagrama exportado a {name}</translation>
    </message>
    <message>
        <source>Exported {nodes} nodes and {edges} links to {name}</source>
        <translation>Se han exportado {nodes} nodos y {edges} vínculos a {name}</translation>
    </message>
    <message>
        <source>Exporting the chart</source>
        <translation>Exportando el diagrama</translation>
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
        <source>Records due for &amp;review…</source>
        <translation>Registros pendientes de &amp;revisión…</translation>
    </message>
    <message>
        <source>Keep or erase the records whose review date has come</source>
        <translation>Conservar o suprimir los registros cuya fecha de revisión ha llegado</translation>
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
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
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
    <name>PolicyPage</name>
    <message>
        <source>What the sharing policy allows</source>
        <translation>Qué permite la política de intercambio</translation>
    </message>
    <message>
        <source>Each record with the rule that decided it. Withheld records and fields do not leave.</source>
        <translation>Cada registro con la regla que lo decidió. Los registros y campos retenidos no salen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Policy decisions</source>
        <translation>Decisiones de la política</translation>
    </message>
    <message>
        <source>Checking the policy and looking for what to redact…</source>
        <translation>Comprobando la política y buscando lo que hay que ocultar…</translation>
    </message>
    <message>
        <source>Checking the sharing policy</source>
        <translation>Comprobando la política de intercambio</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>campo {field}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>{allowed} record(s) may go to {partner}, {withheld} withheld.</source>
        <translation>{allowed} registro(s) pueden enviarse a {partner}; {withheld} retenido(s).</translation>
    </message>
    <message>
        <source>Nothing may go: go back and choose other records, another partner or the agreed purpose.</source>
        <translation>No puede salir nada: vuelva atrás y elija otros registros, otro socio o la finalidad acordada.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>On the left each text as stored; on the right exactly what will leave.</source>
        <translation>A la izquierda, cada texto tal como está guardado; a la derecha, exactamente lo que saldrá.</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;What will leave</source>
        <translation>&amp;Lo que saldrá</translation>
    </message>
    <message>
        <source>Original texts</source>
        <translation>Textos originales</translation>
    </message>
    <message>
        <source>Texts as they will leave</source>
        <translation>Textos tal como saldrán</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(suprimido)</translation>
    </message>
    <message>
        <source>{records} record(s) will leave. Redacted: {counts}</source>
        <translation>Saldrán {records} registro(s). Ocultaciones: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ninguna</translation>
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
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Creando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>too short (fewer than {n} characters)</source>
        <translation>demasiado corta (menos de {n} caracteres)</translation>
    </message>
    <message>
        <source>a commonly used password</source>
        <translation>una contraseña de uso común</translation>
    </message>
    <message>
        <source>a common word or words</source>
        <translation>una o varias palabras comunes</translation>
    </message>
    <message>
        <source>a common first name or surname</source>
        <translation>un nombre o apellido común</translation>
    </message>
    <message>
        <source>the agency&apos;s name or country</source>
        <translation>el nombre o el país del organismo</translation>
    </message>
    <message>
        <source>repeated characters or words</source>
        <translation>caracteres o palabras repetidos</translation>
    </message>
    <message>
        <source>a sequence such as abc or 1234</source>
        <translation>una secuencia como abc o 1234</translation>
    </message>
    <message>
        <source>a keyboard pattern such as qwerty</source>
        <translation>un patrón de teclado como qwerty</translation>
    </message>
    <message>
        <source>a date or a recent year</source>
        <translation>una fecha o un año reciente</translation>
    </message>
    <message>
        <source>guessable: add another word or two; uncommon words are better</source>
        <translation>adivinable: añada una o dos palabras más; mejor si son poco comunes</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The passphrase is too weak (strength {score} of {max}; at least {min} is needed): {why}.</source>
        <translation>La frase de contraseña es demasiado débil (fuerza {score} de {max}; se necesita al menos {min}): {why}.</translation>
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
    <name>QuarantinePage</name>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Receive the quarantined package again, through every check</source>
        <translation>Recibir de nuevo el paquete en cuarentena, pasando todas las comprobaciones</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the quarantined package</source>
        <translation>Eliminar el paquete en cuarentena</translation>
    </message>
    <message>
        <source>Released: {text}</source>
        <translation>Liberado: {text}</translation>
    </message>
    <message>
        <source>Quarantine entry {id} is still refused ({code}): {reason}</source>
        <translation>La entrada de cuarentena {id} sigue rechazada ({code}): {reason}</translation>
    </message>
    <message>
        <source>Releasing the package</source>
        <translation>Liberando el paquete</translation>
    </message>
    <message>
        <source>Delete quarantine entry {id} and its file? The package is not received; the audit log keeps what it was.</source>
        <translation>¿Eliminar la entrada de cuarentena {id} y su archivo? El paquete no se recibe; el registro de auditoría conserva lo que era.</translation>
    </message>
    <message>
        <source>Quarantine entry {id} and its file were deleted.</source>
        <translation>Se eliminaron la entrada de cuarentena {id} y su archivo.</translation>
    </message>
    <message>
        <source>Deleting the package</source>
        <translation>Eliminando el paquete</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>New review date</source>
        <translation>Nueva fecha de revisión</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Conservar &amp;hasta:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
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
        <source>Relayed by {relayer}, claims to be from {agency}, not verified.</source>
        <translation>Reenviado por {relayer}, dice proceder de {agency}, no verificado.</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified (not shown here).</source>
        <translation>También recibido con este identificador: versión {version} reenviada por {relayer}, dice proceder de {agency}, no verificada (no se muestra aquí).</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified: {reason} (not shown here).</source>
        <translation>También recibido con este identificador: versión {version} reenviada por {relayer}, dice proceder de {agency}, no verificada: {reason} (no se muestra aquí).</translation>
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
        <source>Records in the brushed time range ({count})</source>
        <translation>Registros del intervalo de tiempo seleccionado ({count})</translation>
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
    <name>ReleaseDialog</name>
    <message>
        <source>Release a share</source>
        <translation>Autorizar un envío</translation>
    </message>
    <message>
        <source>Release the share to {partner} ({count} record(s)), prepared by {who}? It is signed and put in the outbox. Plan {plan}.</source>
        <translation>¿Autorizar el envío a {partner} ({count} registro(s)), preparado por {who}? Se firma y se coloca en la bandeja de salida. Plan {plan}.</translation>
    </message>
    <message>
        <source>It needs four eyes ({reasons}): a second releasing officer, not {who}, types their name and their own passphrase below.</source>
        <translation>Requiere cuatro ojos ({reasons}): un segundo oficial autorizador, distinto de {who}, escribe abajo su nombre y su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Second &amp;officer:</source>
        <translation>Segundo &amp;oficial:</translation>
    </message>
    <message>
        <source>Name of the second releasing officer</source>
        <translation>Nombre del segundo oficial autorizador</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase of the second releasing officer</source>
        <translation>Frase de contraseña del segundo oficial autorizador</translation>
    </message>
    <message>
        <source>The second officer types their own passphrase.</source>
        <translation>El segundo oficial escribe su propia frase de contraseña.</translation>
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
        <source>New pattern findings: {n} (see the Findings panel)</source>
        <translation>Nuevos hallazgos de patrones: {n} (ver el panel Hallazgos)</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>Archivos importados: {files}; registros nuevos: {records}, actualizados: {merged}; entidades nuevas: {entities}; señalados: {flagged}, omitidos: {skipped}; coincidencias con la lista de vigilancia: {hits}.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Código de tratamiento</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilidad de la fuente</translation>
    </message>
    <message>
        <source>Information assessment</source>
        <translation>Evaluación de la información</translation>
    </message>
    <message>
        <source>From {partner}&apos;s defaults (the file stated none)</source>
        <translation>De los valores predeterminados de {partner} (el archivo no indicaba ninguno)</translation>
    </message>
    <message>
        <source>{field} {value}: {n} records</source>
        <translation>{field} {value}: {n} registros</translation>
    </message>
    <message>
        <source>What the file held became ({n} objects kept verbatim)</source>
        <translation>En qué se convirtió el contenido del archivo ({n} objetos conservados tal cual)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Records due for review</source>
        <translation>Registros pendientes de revisión</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Abrir el registro</translation>
    </message>
    <message>
        <source>&amp;Keep under review…</source>
        <translation>&amp;Conservar hasta nueva revisión…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Suprimir…</translation>
    </message>
    <message>
        <source>{n} record(s) have reached their review date. Keep each one under review with a reason, or erase it.</source>
        <translation>{n} registro(s) han llegado a su fecha de revisión. Conserve cada uno hasta una nueva revisión indicando un motivo, o suprímalo.</translation>
    </message>
    <message>
        <source>Reading review dates</source>
        <translation>Leyendo las fechas de revisión</translation>
    </message>
    <message>
        <source>Keep under review</source>
        <translation>Conservar hasta nueva revisión</translation>
    </message>
    <message>
        <source>Keep {reference} from {agency} until a later review date. The reason goes to the audit log.</source>
        <translation>Conservar {reference} de {agency} hasta una fecha de revisión posterior. El motivo queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Keeping the record under review</source>
        <translation>Conservando el registro hasta nueva revisión</translation>
    </message>
    <message>
        <source>Erase record</source>
        <translation>Suprimir el registro</translation>
    </message>
    <message>
        <source>Erase the content of {reference} from {agency} from this workspace? Its text, attachments and the values only it gave are removed for good; a tombstone stays so that the same copy cannot come back. The reason goes to the audit log.</source>
        <translation>¿Suprimir de este espacio de trabajo el contenido de {reference} de {agency}? Su texto, sus adjuntos y los valores que solo él aportaba se eliminan definitivamente; queda una marca de supresión para que la misma copia no pueda volver a entrar. El motivo queda anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Erasing the record</source>
        <translation>Suprimiendo el registro</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
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
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the redactions</source>
        <translation>Revisar las ocultaciones</translation>
    </message>
    <message>
        <source>Every value found is highlighted by kind. Uncheck a value to let it go (everywhere in this share); select text and press Redact selection to remove it by hand.</source>
        <translation>Cada valor detectado se resalta según su tipo. Desmarque un valor para dejarlo salir (en todo este envío); seleccione texto y pulse Ocultar la selección para suprimirlo a mano.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>&amp;Detections (checked: redacted)</source>
        <translation>&amp;Detecciones (marcadas: ocultadas)</translation>
    </message>
    <message>
        <source>As it will leave:</source>
        <translation>Tal como saldrá:</translation>
    </message>
    <message>
        <source>Redact &amp;selection</source>
        <translation>Ocultar la &amp;selección</translation>
    </message>
    <message>
        <source>Redact the selected text by hand (Ctrl+M)</source>
        <translation>Ocultar a mano el texto seleccionado (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;I have reviewed every value found, in every record (this profile requires it)</source>
        <translation>&amp;He revisado cada valor detectado, en cada registro (este perfil lo exige)</translation>
    </message>
    <message>
        <source>Record to review</source>
        <translation>Registro que revisar</translation>
    </message>
    <message>
        <source>Field to review</source>
        <translation>Campo que revisar</translation>
    </message>
    <message>
        <source>Text with detections highlighted</source>
        <translation>Texto con las detecciones resaltadas</translation>
    </message>
    <message>
        <source>Text as it will leave</source>
        <translation>Texto tal como saldrá</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detecciones</translation>
    </message>
    <message>
        <source>Kind of the span marked by hand</source>
        <translation>Tipo del fragmento marcado a mano</translation>
    </message>
    <message>
        <source>{kind}: {text} ({field})</source>
        <translation>{kind}: {text} ({field})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(suprimido)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a partner&apos;s certificates</source>
        <translation>Revocar los certificados de un socio</translation>
    </message>
    <message>
        <source>Revoke the certificates of {partner}? Nothing more is sent to them, and packages they signed with these certificates are refused from now on, until you add and verify new ones. The reason goes to the audit log.</source>
        <translation>¿Revocar los certificados de {partner}? No se le enviará nada más y, desde ahora, se rechazarán los paquetes firmados con estos certificados hasta que añada y verifique otros nuevos. El motivo queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Motivo de la revocación</translation>
    </message>
    <message>
        <source>Say why the certificates are revoked.</source>
        <translation>Indique por qué se revocan los certificados.</translation>
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
    <name>SavedCharts</name>
    <message>
        <source>Charts</source>
        <translation>Diagramas</translation>
    </message>
    <message>
        <source>Save this chart under a name, rename or delete it</source>
        <translation>Guardar este diagrama con un nombre, renombrarlo o eliminarlo</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>Diagramas guardados</translation>
    </message>
    <message>
        <source>Open a saved chart</source>
        <translation>Abrir un diagrama guardado</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>&amp;Guardar el diagrama</translation>
    </message>
    <message>
        <source>Save chart &amp;as…</source>
        <translation>Guardar el diagrama &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>&amp;Renombrar el diagrama…</translation>
    </message>
    <message>
        <source>&amp;Delete chart</source>
        <translation>&amp;Eliminar el diagrama</translation>
    </message>
    <message>
        <source>(unsaved chart)</source>
        <translation>(diagrama sin guardar)</translation>
    </message>
    <message>
        <source>Reading the saved charts</source>
        <translation>Leyendo los diagramas guardados</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>Nombre del diagrama:</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}”</source>
        <translation>Diagrama guardado como «{name}»</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>Guardando el diagrama</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el diagrama</translation>
    </message>
    <message>
        <source>Rename the chart</source>
        <translation>Renombrar el diagrama</translation>
    </message>
    <message>
        <source>Renaming the chart</source>
        <translation>Renombrando el diagrama</translation>
    </message>
    <message>
        <source>Delete the chart</source>
        <translation>Eliminar el diagrama</translation>
    </message>
    <message>
        <source>Delete the saved chart “{name}”? The records are not touched.</source>
        <translation>¿Eliminar el diagrama guardado «{name}»? Los registros no se modifican.</translation>
    </message>
    <message>
        <source>Deleted the chart “{name}”</source>
        <translation>Diagrama «{name}» eliminado</translation>
    </message>
    <message>
        <source>Deleting the chart</source>
        <translation>Eliminando el diagrama</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>Abriendo el diagrama</translation>
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
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Search records or entities</source>
        <translation>Buscar registros o entidades</translation>
    </message>
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
        <source>Hits: {total} ({shown} in the brushed time range)</source>
        <translation>Resultados: {total} ({shown} en el intervalo de tiempo seleccionado)</translation>
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
        <source>Entities: {total} (first {shown} shown)</source>
        <translation>Entidades: {total} (se muestran las primeras {shown})</translation>
    </message>
    <message>
        <source>Entities: {total}</source>
        <translation>Entidades: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>What to share, with whom, and why</source>
        <translation>Qué compartir, con quién y por qué</translation>
    </message>
    <message>
        <source>Uncheck records you do not mean to share. The policy decides on the next page what may go.</source>
        <translation>Desmarque los registros que no quiera compartir. En la página siguiente, la política decide qué puede salir.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Records to share</source>
        <translation>Registros que compartir</translation>
    </message>
    <message>
        <source>Add the &amp;search results</source>
        <translation>Añadir los resultados de la &amp;búsqueda</translation>
    </message>
    <message>
        <source>Add the &amp;listed records</source>
        <translation>Añadir los registros &amp;listados</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>Redaction &amp;profile:</source>
        <translation>&amp;Perfil de ocultación:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Perfil de ocultación</translation>
    </message>
    <message>
        <source>Purpose of the share</source>
        <translation>Finalidad del intercambio</translation>
    </message>
    <message>
        <source>e.g. the operation or case this share serves</source>
        <translation>p. ej., la operación o el caso al que sirve este intercambio</translation>
    </message>
    <message>
        <source>Reading partners and profiles</source>
        <translation>Leyendo socios y perfiles</translation>
    </message>
    <message>
        <source>Nobody in particular (files only, cautious rules)</source>
        <translation>Nadie en particular (solo archivos, reglas prudentes)</translation>
    </message>
    <message>
        <source>Without a partner the cautious default applies: up to TLP:GREEN, H0/H1, no third-party data.</source>
        <translation>Sin socio se aplica la opción prudente predeterminada: hasta TLP:GREEN, H0/H1, sin datos de terceros.</translation>
    </message>
    <message>
        <source>There is no agreement with {partner}: nothing may go.</source>
        <translation>No hay ningún acuerdo con {partner}: no puede salir nada.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Agreement: up to TLP:{tlp}, {codes}; purposes: {purposes}.</source>
        <translation>Acuerdo: hasta TLP:{tlp}, {codes}; finalidades: {purposes}.</translation>
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
        <source>The audit log was tampered with</source>
        <translation>El registro de auditoría fue alterado</translation>
    </message>
    <message>
        <source>This workspace&apos;s audit log is not as it was left. The finding is recorded in the log; restore the workspace from a backup made before it, or report it to your security officer.</source>
        <translation>El registro de auditoría de este espacio de trabajo no está como se dejó. El hallazgo queda anotado en el registro; restaure el espacio de trabajo desde una copia de seguridad anterior o comuníquelo a su responsable de seguridad.</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>Liaison no puede iniciarse</translation>
    </message>
    <message>
        <source>The smart card was removed, so the workspace was locked. {reason}</source>
        <translation>Se ha retirado la tarjeta inteligente, así que el espacio de trabajo se ha bloqueado. {reason}</translation>
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
    <name>SftpTransportDialog</name>
    <message>
        <source>Add an SFTP transport</source>
        <translation>Añadir un transporte SFTP</translation>
    </message>
    <message>
        <source>Packages are exchanged over SFTP with an SSH key. The server&apos;s host key is pinned: get its SHA-256 fingerprint from the server&apos;s administrator.</source>
        <translation>Los paquetes se intercambian por SFTP con una clave SSH. La clave de host del servidor queda fijada: pida su huella SHA-256 al administrador del servidor.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>Archivo de &amp;clave SSH:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase (if any):</source>
        <translation>&amp;Frase de contraseña de la clave (si la hay):</translation>
    </message>
    <message>
        <source>Host key &amp;fingerprint:</source>
        <translation>Hu&amp;ella de la clave de host:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Nombre del transporte</translation>
    </message>
    <message>
        <source>SFTP host</source>
        <translation>Host SFTP</translation>
    </message>
    <message>
        <source>SFTP port</source>
        <translation>Puerto SFTP</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>Usuario SFTP</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Archivo de clave privada SSH</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key</source>
        <translation>Frase de contraseña de la clave SSH</translation>
    </message>
    <message>
        <source>Pinned host key fingerprint</source>
        <translation>Huella fijada de la clave de host</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>Elegir el archivo de clave SSH</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clave privada SSH</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Introduzca un nombre para el transporte.</translation>
    </message>
    <message>
        <source>Enter the SFTP host.</source>
        <translation>Introduzca el host SFTP.</translation>
    </message>
    <message>
        <source>Enter the SFTP user.</source>
        <translation>Introduzca el usuario SFTP.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>Elija el archivo de clave SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint.</source>
        <translation>Introduzca la huella de la clave de host del servidor.</translation>
    </message>
    <message>
        <source>The SSH key file {path} does not exist.</source>
        <translation>El archivo de clave SSH {path} no existe.</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Check the sharing policy, review the redactions and export or send the selected records</source>
        <translation>Comprobar la política de intercambio, revisar las ocultaciones y exportar o enviar los registros seleccionados</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Compartir</translation>
    </message>
</context>
<context>
    <name>SharePages</name>
    <message>
        <source>An unexpected error stopped this step; the message says more.</source>
        <translation>Un error inesperado ha detenido este paso; el mensaje da más detalles.</translation>
    </message>
</context>
<context>
    <name>ShareReview</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Monedero cripto</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>Marcado a mano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Condiciones de tratamiento</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Suceso</translation>
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
        <translation>Aún no hay sucesos. La cronología muestra, según sus fechas, los registros que represente en el diagrama de vínculos.</translation>
    </message>
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
        <source>Scroll the lanes</source>
        <translation>Desplazar los carriles</translation>
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
        <source>Event</source>
        <translation>Suceso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Lane: {lane}</source>
        <translation>Carril: {lane}</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Organismo: {name}</translation>
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
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Who unlocks the workspace</source>
        <translation>Quién desbloquea el espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>Smart card &amp;PIN:</source>
        <translation>&amp;PIN de la tarjeta inteligente:</translation>
    </message>
    <message>
        <source>Smart card PIN</source>
        <translation>PIN de la tarjeta inteligente</translation>
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
        <source>Enter your own passphrase.</source>
        <translation>Introduzca su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN, or enter the workspace passphrase.</source>
        <translation>Inserte su tarjeta inteligente e introduzca su PIN, o introduzca la frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN.</source>
        <translation>Inserte su tarjeta inteligente e introduzca su PIN.</translation>
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
        <source>Enter the smart card&apos;s PIN.</source>
        <translation>Introduzca el PIN de la tarjeta inteligente.</translation>
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
        <source>Wrong PIN: the smart card refused it. Each wrong PIN brings the card closer to locking itself.</source>
        <translation>PIN incorrecto: la tarjeta inteligente lo ha rechazado. Cada PIN incorrecto acerca la tarjeta a su bloqueo.</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Verify a partner</source>
        <translation>Verificar un socio</translation>
    </message>
    <message>
        <source>Call {partner} on a number you already know (not one from the certificate files) and ask them to read their identity fingerprint aloud. Type or paste it here: Liaison compares it with the certificates you pinned.</source>
        <translation>Llame a {partner} a un número que ya conozca (no uno sacado de los archivos de certificado) y pida que le lean en voz alta su huella de identidad. Escríbala o péguela aquí: Liaison la compara con los certificados que ha fijado.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read out:</source>
        <translation>&amp;Huella leída:</translation>
    </message>
    <message>
        <source>Fingerprint read out by the partner</source>
        <translation>Huella leída por el socio</translation>
    </message>
    <message>
        <source>Type the fingerprint the partner reads out.</source>
        <translation>Escriba la huella que le lee el socio.</translation>
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
    <name>WindowLayout</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>Re&amp;gistros</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Diagr&amp;ama</translation>
    </message>
    <message>
        <source>Records, search results and the open record side by side</source>
        <translation>Registros, resultados de búsqueda y el registro abierto uno al lado del otro</translation>
    </message>
    <message>
        <source>The link chart and the timeline in most of the window</source>
        <translation>El diagrama de vínculos y la cronología en la mayor parte de la ventana</translation>
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
        <source>Also &amp;possible matches</source>
        <translation>También coincidencias &amp;posibles</translation>
    </message>
    <message>
        <source>Also list pairs that are only possibly the same person or thing: a common name with nothing else agreeing, or a name against a conflicting fact.</source>
        <translation>Mostrar también los pares que solo posiblemente son la misma persona o cosa: un nombre común sin nada más que coincida, o un nombre frente a un dato contradictorio.</translation>
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
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
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
        <source>Contradiction: {count} pair(s) in this cluster are judged &apos;not the same&apos;, yet &apos;same&apos; verdicts join them through other entities. Undo one of the verdicts.</source>
        <translation>Contradicción: {count} par(es) de este grupo se han juzgado «no son iguales», pero veredictos «iguales» los unen a través de otras entidades. Deshaga uno de los veredictos.</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>Organismo: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>Peso: {weight}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>liaison: the desktop window cannot start: {message}
The command line needs no display: liaison --help</source>
        <translation>liaison: la ventana de escritorio no puede iniciarse: {message}
La línea de comandos no necesita pantalla: liaison --help</translation>
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
