<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Liaison</source>
        <translation>À propos de Liaison</translation>
    </message>
    <message>
        <source>Liaison {version}</source>
        <translation>Liaison {version}</translation>
    </message>
    <message>
        <source>An encrypted workstation for exchanging criminal intelligence with partner agencies.</source>
        <translation>Un poste de travail chiffré pour échanger du renseignement criminel avec les services partenaires.</translation>
    </message>
    <message>
        <source>This is the demo workspace: every record in it is synthetic.</source>
        <translation>Ceci est l’espace de travail de démonstration&#xa0;: tous ses enregistrements sont fictifs.</translation>
    </message>
    <message>
        <source>Liaison:</source>
        <translation>Liaison&#xa0;:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6&#xa0;:</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Pin the partner&apos;s two public certificates (signing and encryption). The partner stays unverified, and cannot receive, until you confirm its fingerprint with it by telephone.</source>
        <translation>Épinglez les deux certificats publics du partenaire (signature et chiffrement). Le partenaire reste non vérifié, et ne peut rien recevoir, tant que vous n’avez pas confirmé son empreinte avec lui par téléphone.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signing certificate:</source>
        <translation>Certificat de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption certificate:</source>
        <translation>Certificat de &amp;chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays du partenaire</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>Fichier du certificat de signature</translation>
    </message>
    <message>
        <source>Encryption certificate file</source>
        <translation>Fichier du certificat de chiffrement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the signing certificate file</source>
        <translation>Choisir le fichier du certificat de signature</translation>
    </message>
    <message>
        <source>Choose the encryption certificate file</source>
        <translation>Choisir le fichier du certificat de chiffrement</translation>
    </message>
    <message>
        <source>Partner certificate</source>
        <translation>Certificat du partenaire</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the partner&apos;s name.</source>
        <translation>Saisissez le nom du partenaire.</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s country from the list.</source>
        <translation>Choisissez le pays du partenaire dans la liste.</translation>
    </message>
    <message>
        <source>signing certificate</source>
        <translation>certificat de signature</translation>
    </message>
    <message>
        <source>encryption certificate</source>
        <translation>certificat de chiffrement</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s {what} file.</source>
        <translation>Choisissez le fichier du {what} du partenaire.</translation>
    </message>
    <message>
        <source>The {what} file {path} does not exist.</source>
        <translation>Le fichier du {what} {path} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Your agency</source>
        <translation>Votre service</translation>
    </message>
    <message>
        <source>Partners see this name and country on everything you send them.</source>
        <translation>Les partenaires voient ce nom et ce pays sur tout ce que vous leur envoyez.</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Nom du &amp;service&#xa0;:</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Agency country</source>
        <translation>Pays du service</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
    <message>
        <source>Enter your agency&apos;s name.</source>
        <translation>Saisissez le nom de votre service.</translation>
    </message>
    <message>
        <source>Choose your agency&apos;s country from the list.</source>
        <translation>Choisissez le pays de votre service dans la liste.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>Aperçu de la pièce jointe</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d’audit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the audit entries</source>
        <translation>Recharger les entrées d’audit</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>Latest entries, oldest first ({n} shown)</source>
        <translation>Dernières entrées, des plus anciennes aux plus récentes ({n} affichées)</translation>
    </message>
    <message>
        <source>Chain intact: {n} entries verified.</source>
        <translation>Chaîne intacte&#xa0;: {n} entrées vérifiées.</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {seq}: {reason}.</source>
        <translation>Chaîne ROMPUE à l’entrée {seq}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Audit log not fully checked ({n} entries, the chain intact):</source>
        <translation>Journal d’audit pas entièrement vérifié ({n} entrées, chaîne intacte)&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log TAMPERED WITH ({n} entries, each linked to the one before):</source>
        <translation>Journal d’audit FALSIFIÉ ({n} entrées, chacune liée à la précédente)&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lecture du journal d’audit</translation>
    </message>
    <message>
        <source>Verifying the audit chain</source>
        <translation>Vérification de la chaîne d’audit</translation>
    </message>
</context>
<context>
    <name>ChartEdits</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Annuler&#xa0;: {edit}</translation>
    </message>
    <message>
        <source>Undo the last change to the chart</source>
        <translation>Annuler la dernière modification du schéma</translation>
    </message>
    <message>
        <source>Redo: {edit}</source>
        <translation>Rétablir&#xa0;: {edit}</translation>
    </message>
    <message>
        <source>Redo the change to the chart undone last</source>
        <translation>Rétablir la dernière modification annulée du schéma</translation>
    </message>
    <message>
        <source>Changing the chart</source>
        <translation>Modification du schéma</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Chercher un chemin</translation>
    </message>
    <message>
        <source>Collapse the group</source>
        <translation>Réduire le groupe</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Développer le groupe</translation>
    </message>
    <message>
        <source>Select exactly two entities first.</source>
        <translation>Sélectionnez d’abord exactement deux entités.</translation>
    </message>
    <message>
        <source>Draw a link</source>
        <translation>Tracer un lien</translation>
    </message>
    <message>
        <source>What joins the two (it is kept as your own assertion, with your name and the time):</source>
        <translation>Ce qui relie les deux (conservé comme votre propre affirmation, avec votre nom et l’heure)&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Select one entity first.</source>
        <translation>Sélectionnez d’abord une entité.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Your note on this entity (kept with your name and the time, never shared):</source>
        <translation>Votre note sur cette entité (conservée avec votre nom et l’heure, jamais partagée)&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Community {number}</source>
        <translation>Communauté {number}</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Nothing to group: no other node is coloured like this one.</source>
        <translation>Rien à grouper&#xa0;: aucun autre nœud n’a la couleur de celui-ci.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merging the two entities</source>
        <translation>Fusion des deux entités</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Crypto wallet</source>
        <translation>Portefeuille de cryptomonnaie</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>Numéro d’identification du véhicule</translation>
    </message>
    <message>
        <source>Registration plate</source>
        <translation>Plaque d’immatriculation</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Not in this workspace</source>
        <translation>Absent de cet espace de travail</translation>
    </message>
    <message>
        <source>Group of nodes</source>
        <translation>Groupe de nœuds</translation>
    </message>
    <message>
        <source>Holds the identifier</source>
        <translation>Détient l’identifiant</translation>
    </message>
    <message>
        <source>Takes part in the event</source>
        <translation>Participe à l’événement</translation>
    </message>
    <message>
        <source>Drawn by the analyst</source>
        <translation>Tracé par l’analyste</translation>
    </message>
    <message>
        <source>Colours: communities</source>
        <translation>Couleurs&#xa0;: communautés</translation>
    </message>
    <message>
        <source>Colours: agencies</source>
        <translation>Couleurs&#xa0;: services</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the chart as a picture or as a graph file</source>
        <translation>Enregistrer le schéma comme image ou comme fichier de graphe</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le schéma</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>Dessin vectoriel (SVG)…</translation>
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
        <translation>Export du schéma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>Sélectionner les voisins</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Expand the group</source>
        <translation>Développer le groupe</translation>
    </message>
    <message>
        <source>Collapse its group into one node</source>
        <translation>Réduire son groupe en un seul nœud</translation>
    </message>
    <message>
        <source>Draw a link between the two…</source>
        <translation>Tracer un lien entre les deux…</translation>
    </message>
    <message>
        <source>Delete the link drawn between the two</source>
        <translation>Supprimer le lien tracé entre les deux</translation>
    </message>
    <message>
        <source>These are the same</source>
        <translation>Ce sont les mêmes</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Delete the latest note</source>
        <translation>Supprimer la dernière note</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Tout désépingler</translation>
    </message>
</context>
<context>
    <name>ChartPanels</name>
    <message>
        <source>Link chart</source>
        <translation>Schéma relationnel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Chart the record list</source>
        <translation>&amp;Schématiser la liste des enregistrements</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records listed</source>
        <translation>Construire le schéma relationnel et la chronologie des enregistrements listés</translation>
    </message>
    <message>
        <source>Chart the &amp;search results</source>
        <translation>Schématiser les résultats de re&amp;cherche</translation>
    </message>
    <message>
        <source>Build the link chart and timeline of the records the search finds</source>
        <translation>Construire le schéma relationnel et la chronologie des enregistrements trouvés par la recherche</translation>
    </message>
    <message>
        <source>Chart the &amp;open record</source>
        <translation>Schématiser l’enregistrement &amp;ouvert</translation>
    </message>
    <message>
        <source>Build the link chart of the record shown and its entities</source>
        <translation>Construire le schéma relationnel de l’enregistrement affiché et de ses entités</translation>
    </message>
    <message>
        <source>Search first: there are no search results to chart.</source>
        <translation>Lancez d’abord une recherche&#xa0;: il n’y a aucun résultat à schématiser.</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Ouvrez d’abord un enregistrement.</translation>
    </message>
    <message>
        <source>Finding the records</source>
        <translation>Recherche des enregistrements</translation>
    </message>
    <message>
        <source>Filtering the records</source>
        <translation>Filtrage des enregistrements</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Columns and what they become</source>
        <translation>Colonnes et ce qu’elles deviennent</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(non utilisée)</translation>
    </message>
    <message>
        <source>record: {field}</source>
        <translation>enregistrement&#xa0;: {field}</translation>
    </message>
    <message>
        <source>(in a template: edit the JSON)</source>
        <translation>(dans un modèle&#xa0;: modifiez le JSON)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Export or send</source>
        <translation>Exporter ou envoyer</translation>
    </message>
    <message>
        <source>What you reviewed is exactly what leaves. The redactions and this decision are recorded in the audit log.</source>
        <translation>Ce que vous avez vérifié est exactement ce qui sera transmis. Les caviardages et cette décision sont consignés dans le journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Export files to a folder</source>
        <translation>&amp;Exporter des fichiers dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>Dossier des fichiers exportés</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exporter au format {format}</translation>
    </message>
    <message>
        <source>Send to the &amp;partner as a package (outbox)</source>
        <translation>En&amp;voyer au partenaire sous forme de paquet (boîte d’envoi)</translation>
    </message>
    <message>
        <source>Choose a partner to send a package; a share to nobody in particular can only be exported.</source>
        <translation>Choisissez un partenaire pour envoyer un paquet&#xa0;; un partage destiné à personne en particulier ne peut qu’être exporté.</translation>
    </message>
    <message>
        <source>Checking whether {partner} can receive packages…</source>
        <translation>Vérification que {partner} peut recevoir des paquets…</translation>
    </message>
    <message>
        <source>The package is queued in the outbox for {partner}; it leaves with the next sync.</source>
        <translation>Le paquet est placé dans la boîte d’envoi à destination de {partner}&#xa0;; il partira à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Checking the partner&apos;s certificates</source>
        <translation>Vérification des certificats du partenaire</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage en cours</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Fait&#xa0;:</translation>
    </message>
    <message>
        <source>Press Share to do only what is left (what is done is not done again), or close the wizard.</source>
        <translation>Appuyez sur «&#xa0;Partager&#xa0;» pour ne faire que ce qui reste (ce qui est fait ne sera pas refait), ou fermez l’assistant.</translation>
    </message>
    <message>
        <source>Nothing was exported or sent.</source>
        <translation>Rien n’a été exporté ni envoyé.</translation>
    </message>
    <message>
        <source>{files} file(s) written to {folder}.</source>
        <translation>{files} fichier(s) écrit(s) dans {folder}.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Cancelled before anything was done.</source>
        <translation>Annulé avant que quoi que ce soit ne soit fait.</translation>
    </message>
    <message>
        <source>Exporting the files failed: {error}</source>
        <translation>L’export des fichiers a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Queuing the package failed: {error}</source>
        <translation>La mise en file du paquet a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{packages} package(s) queued for {partner}.</source>
        <translation>{packages} paquet(s) placé(s) dans la boîte d’envoi pour {partner}.</translation>
    </message>
</context>
<context>
    <name>CreateWizard</name>
    <message>
        <source>Create a Liaison workspace</source>
        <translation>Créer un espace de travail Liaison</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Créer l’espace de travail</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>Création de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>EntitiesTab</name>
    <message>
        <source>Entity or property</source>
        <translation>Entité ou propriété</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>Entités liées</translation>
    </message>
    <message>
        <source>Open this entity</source>
        <translation>Ouvrir cette entité</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>caviardé par l’expéditeur</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ invalide&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>EntityHitsList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Entity search results</source>
        <translation>Résultats de la recherche d’entités</translation>
    </message>
    <message>
        <source>{caption} (+{n} confirmed same)</source>
        <translation>{caption} (+{n} confirmées identiques)</translation>
    </message>
</context>
<context>
    <name>EntityView</name>
    <message>
        <source>Open an entity from a record to see it here.</source>
        <translation>Ouvrez une entité depuis un enregistrement pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Other entity</source>
        <translation>Autre entité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Peut-être identique à</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Cross-reference candidates of this entity</source>
        <translation>Rapprochements possibles de cette entité</translation>
    </message>
    <message>
        <source>Records naming this entity</source>
        <translation>Enregistrements qui citent cette entité</translation>
    </message>
    <message>
        <source>{schema} · id in the partner&apos;s file: {ref}</source>
        <translation>{schema} · identifiant dans le fichier du partenaire&#xa0;: {ref}</translation>
    </message>
    <message>
        <source>redacted by the sender</source>
        <translation>caviardé par l’expéditeur</translation>
    </message>
    <message>
        <source>The sender redacted this value before it was shared; it is never compared or matched.</source>
        <translation>L’expéditeur a caviardé cette valeur avant de la partager&#xa0;; elle n’est jamais comparée ni rapprochée.</translation>
    </message>
    <message>
        <source>⚠ invalid: {note}</source>
        <translation>⚠ invalide&#xa0;: {note}</translation>
    </message>
    <message>
        <source>This value failed validation; it is kept as the source wrote it.</source>
        <translation>Cette valeur n’a pas passé la validation&#xa0;; elle est conservée telle que la source l’a écrite.</translation>
    </message>
    <message>
        <source>Appears in {total} records (newest {shown} listed)</source>
        <translation>Figure dans {total} enregistrements ({shown} plus récents listés)</translation>
    </message>
    <message>
        <source>Appears in records: {total}</source>
        <translation>Enregistrements où elle figure&#xa0;: {total}</translation>
    </message>
    <message>
        <source>confirmed the same</source>
        <translation>identité confirmée</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identiques</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>différentes</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>“{title}” could not be completed.</source>
        <translation>«&#xa0;{title}&#xa0;» n’a pas pu aboutir.</translation>
    </message>
    <message>
        <source>An unexpected error stopped “{title}”.</source>
        <translation>Une erreur inattendue a interrompu «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>This is a fault in Liaison, not in your data. If it happens again, give the details below to your administrator.</source>
        <translation>Il s’agit d’un défaut de Liaison, pas de vos données. Si cela se reproduit, transmettez les détails ci-dessous à votre administrateur.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>déjà reçu</translation>
    </message>
    <message>
        <source>already quarantined</source>
        <translation>déjà en quarantaine</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>awaiting release</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <source>approved, awaiting signature</source>
        <translation>validé, en attente de signature</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entités</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>{n} {kind} new, {m} updated</source>
        <translation>{kind}&#xa0;: {n} ajout(s), {m} mise(s) à jour</translation>
    </message>
    <message>
        <source>{n} retracted</source>
        <translation>{n} retiré(s)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>revoked — cannot receive</source>
        <translation>révoqué — ne peut pas recevoir</translation>
    </message>
    <message>
        <source>verified; new certificates await verification</source>
        <translation>vérifié&#xa0;; de nouveaux certificats attendent leur vérification</translation>
    </message>
    <message>
        <source>NOT verified — cannot receive</source>
        <translation>NON vérifié — ne peut pas recevoir</translation>
    </message>
    <message>
        <source>verified — cannot receive (no usable encryption certificate)</source>
        <translation>vérifié — ne peut pas recevoir (aucun certificat de chiffrement utilisable)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>{partner}: delivered {when} ({how})</source>
        <translation>{partner}&#xa0;: remis le {when} ({how})</translation>
    </message>
    <message>
        <source>{partner}: waiting, last attempt failed: {error}</source>
        <translation>{partner}&#xa0;: en attente, échec de la dernière tentative&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{partner}: waiting for the next sync</source>
        <translation>{partner}&#xa0;: en attente de la prochaine synchronisation</translation>
    </message>
    <message>
        <source>{file}: merged package {package} from {partner} ({counts}).</source>
        <translation>{file}&#xa0;: paquet {package} de {partner} fusionné ({counts}).</translation>
    </message>
    <message>
        <source>{file}: quarantined ({code}). {reason}</source>
        <translation>{file}&#xa0;: mis en quarantaine ({code}). {reason}</translation>
    </message>
    <message>
        <source>a package</source>
        <translation>paquet sans identifiant</translation>
    </message>
    <message>
        <source>Sent {package} to {partner} over {transport}: {status}.</source>
        <translation>Envoyé à {partner} via {transport} ({package})&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner}, left in the incoming folder by an interrupted sync: {status}.</source>
        <translation>Reçu de {partner}, laissé dans le dossier d’arrivée par une synchronisation interrompue ({package})&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>Received {package} from {partner} over {transport}: {status}.</source>
        <translation>Reçu de {partner} via {transport} ({package})&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>Sync finished: {delivered} delivered, {merged} merged, {quarantined} quarantined, {failed} failed.</source>
        <translation>Synchronisation terminée&#xa0;: {delivered} remis, {merged} fusionnés, {quarantined} en quarantaine, {failed} en échec.</translation>
    </message>
    <message>
        <source>Not finished over {transports}. Nothing is lost: what did not get through waits on the server or in the outbox for the next sync.</source>
        <translation>Inachevé via {transports}. Rien n’est perdu&#xa0;: ce qui n’est pas passé attend la prochaine synchronisation sur le serveur ou dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Nothing was waiting in either direction.</source>
        <translation>Rien n’était en attente, dans un sens comme dans l’autre.</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problème&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ExchangeDock</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Hit/no-hit</source>
        <translation>Hit/no-hit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <source>Signing fingerprint</source>
        <translation>Empreinte de signature</translation>
    </message>
    <message>
        <source>Encryption fingerprint</source>
        <translation>Empreinte de chiffrement</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>N° de séquence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Verify the partner&apos;s fingerprint</source>
        <translation>Vérifier l’empreinte du partenaire</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Révo&amp;quer…</translation>
    </message>
    <message>
        <source>Revoke the partner&apos;s certificates</source>
        <translation>Révoquer les certificats du partenaire</translation>
    </message>
    <message>
        <source>&amp;Receive file(s)…</source>
        <translation>&amp;Recevoir des fichiers…</translation>
    </message>
    <message>
        <source>Receive package files</source>
        <translation>Recevoir des fichiers de paquets</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Transport to sync</source>
        <translation>Transport à synchroniser</translation>
    </message>
    <message>
        <source>Add &amp;folder transport…</source>
        <translation>Ajouter un transport par &amp;dossier…</translation>
    </message>
    <message>
        <source>Add &amp;SFTP transport…</source>
        <translation>Ajouter un transport &amp;SFTP…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Valider l’envoi…</translation>
    </message>
    <message>
        <source>Release the share awaiting release</source>
        <translation>Valider l’envoi du partage en attente</translation>
    </message>
    <message>
        <source>What the last receive or sync did</source>
        <translation>Résultat de la dernière réception ou synchronisation</translation>
    </message>
    <message>
        <source>Reading partners and packages</source>
        <translation>Lecture des partenaires et des paquets</translation>
    </message>
    <message>
        <source>Adding the partner</source>
        <translation>Ajout du partenaire</translation>
    </message>
    <message>
        <source>{name} was added, NOT verified: it cannot receive until you compare its fingerprint with it by telephone (Verify…).</source>
        <translation>{name} a été ajouté, NON vérifié&#xa0;: il ne peut rien recevoir tant que vous n’avez pas comparé son empreinte avec lui par téléphone (Vérifier…).</translation>
    </message>
    <message>
        <source>Verifying the partner</source>
        <translation>Vérification du partenaire</translation>
    </message>
    <message>
        <source>The fingerprint matches: {name} is verified and can receive packages.</source>
        <translation>L’empreinte correspond&#xa0;: {name} est vérifié et peut recevoir des paquets.</translation>
    </message>
    <message>
        <source>Revoking the partner&apos;s certificates</source>
        <translation>Révocation des certificats du partenaire</translation>
    </message>
    <message>
        <source>{count} certificate(s) of {name} revoked: nothing more goes to them or is accepted from them.</source>
        <translation>{count} certificat(s) de {name} révoqué(s)&#xa0;: plus rien ne lui est envoyé ni accepté de sa part.</translation>
    </message>
    <message>
        <source>Adding the transport</source>
        <translation>Ajout du transport</translation>
    </message>
    <message>
        <source>Transport {name} added: Sync now delivers and collects through {path}.</source>
        <translation>Transport {name} ajouté&#xa0;: «&#xa0;Synchroniser maintenant&#xa0;» dépose et relève les paquets via {path}.</translation>
    </message>
    <message>
        <source>Transport {name} added ({user}@{host}).</source>
        <translation>Transport {name} ajouté ({user}@{host}).</translation>
    </message>
    <message>
        <source>All transports</source>
        <translation>Tous les transports</translation>
    </message>
    <message>
        <source>Liaison packages (*.p7m);;All files (*)</source>
        <translation>Paquets Liaison (*.p7m);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Received {n} file(s): {merged} merged, {quarantined} quarantined.</source>
        <translation>{n} fichier(s) reçu(s)&#xa0;: {merged} fusionné(s), {quarantined} en quarantaine.</translation>
    </message>
    <message>
        <source>Receiving packages</source>
        <translation>Réception des paquets</translation>
    </message>
    <message>
        <source>Sync cancelled. Packages already delivered or received stay so; the rest waits for the next sync.</source>
        <translation>Synchronisation annulée. Les paquets déjà remis ou reçus le restent&#xa0;; les autres attendent la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <source>Releasing the share</source>
        <translation>Validation de l’envoi</translation>
    </message>
    <message>
        <source>Released to {partner} (approved by {who}): package(s) {packages} in the outbox.</source>
        <translation>Envoi validé vers {partner} (approuvé par {who})&#xa0;: paquet(s) {packages} dans la boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>FacetsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>Facettes de recherche</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF files.</source>
        <translation>Fichiers CSV, FollowTheMoney, STIX 2.1, MISP, GraphML ou GEXF.</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Import intelligence files</source>
        <translation>Importer des fichiers de renseignement</translation>
    </message>
    <message>
        <source>Intelligence files ({patterns});;All files (*)</source>
        <translation>Fichiers de renseignement ({patterns});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Fan-in, fan-out</source>
        <translation>Concentration et dispersion</translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation>Transit rapide</translation>
    </message>
    <message>
        <source>Structuring</source>
        <translation>Fractionnement</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>Flux circulaire</translation>
    </message>
    <message>
        <source>Bridge between networks</source>
        <translation>Pont entre réseaux</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Pic d&apos;activité</translation>
    </message>
    <message>
        <source>Co-presence</source>
        <translation>Coprésence</translation>
    </message>
    <message>
        <source>Similar cases</source>
        <translation>Affaires similaires</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pattern findings</source>
        <translation>Constats de motifs</translation>
    </message>
    <message>
        <source>All detectors</source>
        <translation>Tous les détecteurs</translation>
    </message>
    <message>
        <source>To review and confirmed</source>
        <translation>À examiner et confirmés</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>All, dismissed too</source>
        <translation>Tous, écartés compris</translation>
    </message>
    <message>
        <source>&amp;Run the detectors</source>
        <translation>&amp;Lancer les détecteurs</translation>
    </message>
    <message>
        <source>Look for every pattern in all the records</source>
        <translation>Chercher tous les motifs dans tous les enregistrements</translation>
    </message>
    <message>
        <source>Run on &amp;arrival</source>
        <translation>Lancer à l&apos;&amp;arrivée</translation>
    </message>
    <message>
        <source>Run the detectors on what each import and received package brings (for everyone using this workspace)</source>
        <translation>Lancer les détecteurs sur ce qu&apos;apporte chaque importation et chaque paquet reçu (pour tous les utilisateurs de cet espace de travail)</translation>
    </message>
    <message>
        <source>Entities (double-click to open)</source>
        <translation>Entités (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Records (double-click to open)</source>
        <translation>Enregistrements (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Not listed again unless its evidence changes</source>
        <translation>N&apos;est plus listé, sauf si ses éléments changent</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <source>Chart &amp;it</source>
        <translation>&amp;Graphe du constat</translation>
    </message>
    <message>
        <source>The link chart of the finding&apos;s records, its entities selected</source>
        <translation>Le graphe de liens des enregistrements du constat, ses entités sélectionnées</translation>
    </message>
    <message>
        <source>Findings: {count}</source>
        <translation>Constats&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Looking for patterns</source>
        <translation>Recherche de motifs</translation>
    </message>
    <message>
        <source>Reading the findings</source>
        <translation>Lecture des constats</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Enregistrement du verdict</translation>
    </message>
    <message>
        <source>Saving the setting</source>
        <translation>Enregistrement du réglage</translation>
    </message>
    <message>
        <source>Reading the finding&apos;s records</source>
        <translation>Lecture des enregistrements du constat</translation>
    </message>
    <message>
        <source>{agency} {reference}: {title}</source>
        <translation>{agency} {reference}&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>FolderTransportDialog</name>
    <message>
        <source>Add a folder transport</source>
        <translation>Ajouter un transport par dossier</translation>
    </message>
    <message>
        <source>Packages are exchanged through a folder: a USB stick carried to the partner, or a shared drive both agencies reach.</source>
        <translation>Les paquets sont échangés via un dossier&#xa0;: une clé USB remise en main propre au partenaire, ou un lecteur partagé accessible aux deux services.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Nom du transport</translation>
    </message>
    <message>
        <source>for example usb</source>
        <translation>par exemple usb</translation>
    </message>
    <message>
        <source>Transport folder</source>
        <translation>Dossier du transport</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the transport folder</source>
        <translation>Choisir le dossier du transport</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Saisissez un nom pour le transport.</translation>
    </message>
    <message>
        <source>Choose the folder.</source>
        <translation>Choisissez le dossier.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the stick plugged in?).</source>
        <translation>Le dossier {path} n’existe pas (la clé USB est-elle branchée&#xa0;?).</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Date du signalement</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>{n} (current)</source>
        <translation>{n} (actuelle)</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>première version</translation>
    </message>
</context>
<context>
    <name>HitsPage</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Values asked</source>
        <translation>Valeurs demandées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Our hit/no-hit queries</source>
        <translation>Nos requêtes hit/no-hit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Détenu</translation>
    </message>
    <message>
        <source>Identifiers asked and whether the partner holds them</source>
        <translation>Identifiants demandés et si le partenaire les détient</translation>
    </message>
    <message>
        <source>Request the &amp;records…</source>
        <translation>Demander les &amp;dossiers…</translation>
    </message>
    <message>
        <source>Prepare a request to the partner for the records behind the hits</source>
        <translation>Préparer une demande au partenaire pour les dossiers derrière les correspondances</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passeport</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>pièce d’identité nationale</translation>
    </message>
    <message>
        <source>vehicle plate</source>
        <translation>plaque d’immatriculation</translation>
    </message>
    <message>
        <source>crypto wallet</source>
        <translation>portefeuille crypto</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>adresse IP</translation>
    </message>
    <message>
        <source>name and birth date</source>
        <translation>nom et date de naissance</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refusée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Showing the first {shown:,} of {n:,} identifiers (the held ones first).</source>
        <translation>Affichage des {shown:,} premiers identifiants sur {n:,} (les détenus d’abord).</translation>
    </message>
    <message>
        <source>Folder for the request to the partner</source>
        <translation>Dossier pour la demande au partenaire</translation>
    </message>
    <message>
        <source>The request to {partner} for the records behind {n:,} hit(s) was written to {file}. Send it to {partner} the way your requests usually go; it names the identifiers, the query and the agreement.</source>
        <translation>La demande à {partner} pour les dossiers derrière {n:,} correspondance(s) a été écrite dans {file}. Envoyez-la à {partner} par la voie habituelle de vos demandes&#xa0;; elle nomme les identifiants, la requête et l’accord.</translation>
    </message>
    <message>
        <source>Preparing the request for the records</source>
        <translation>Préparation de la demande des dossiers</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Identity fingerprint (read aloud):</source>
        <translation>Empreinte d’identité (à lire à voix haute)&#xa0;:</translation>
    </message>
    <message>
        <source>Signing certificate:</source>
        <translation>Certificat de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption certificate:</source>
        <translation>Certificat de chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>Identity fingerprint</source>
        <translation>Empreinte d’identité</translation>
    </message>
    <message>
        <source>Signing certificate fingerprint</source>
        <translation>Empreinte du certificat de signature</translation>
    </message>
    <message>
        <source>Encryption certificate fingerprint</source>
        <translation>Empreinte du certificat de chiffrement</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validité des certificats</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>&amp;Créer l’identité</translation>
    </message>
    <message>
        <source>Create the agency identity</source>
        <translation>Créer l’identité du service</translation>
    </message>
    <message>
        <source>&amp;Export certificates…</source>
        <translation>&amp;Exporter les certificats…</translation>
    </message>
    <message>
        <source>Export the public certificates</source>
        <translation>Exporter les certificats publics</translation>
    </message>
    <message>
        <source>Certificate &amp;requests for a CA…</source>
        <translation>De&amp;mandes de certificat pour une AC…</translation>
    </message>
    <message>
        <source>Create certificate signing requests</source>
        <translation>Créer des demandes de signature de certificat</translation>
    </message>
    <message>
        <source>&amp;Import issued certificate…</source>
        <translation>&amp;Importer un certificat délivré…</translation>
    </message>
    <message>
        <source>Import a certificate issued by the CA</source>
        <translation>Importer un certificat délivré par l’AC</translation>
    </message>
    <message>
        <source>Reading the agency identity</source>
        <translation>Lecture de l’identité du service</translation>
    </message>
    <message>
        <source>This workspace has no agency identity yet: partners cannot send to you, and you cannot send. Create one, or request certificates from your national CA.</source>
        <translation>Cet espace de travail n’a pas encore d’identité de service&#xa0;: les partenaires ne peuvent rien vous envoyer, et vous ne pouvez rien envoyer. Créez-en une, ou demandez des certificats à votre AC nationale.</translation>
    </message>
    <message>
        <source>{agency} ({country})</source>
        <translation>{agency} ({country})</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Agency identity created. Export the certificates and send them to your partners; read them the identity fingerprint by telephone.</source>
        <translation>Identité du service créée. Exportez les certificats et envoyez-les à vos partenaires&#xa0;; lisez-leur l’empreinte d’identité par téléphone.</translation>
    </message>
    <message>
        <source>Creating the agency identity</source>
        <translation>Création de l’identité du service</translation>
    </message>
    <message>
        <source>Export the certificates to</source>
        <translation>Exporter les certificats vers</translation>
    </message>
    <message>
        <source>Certificates exported to {folder}: {files}.</source>
        <translation>Certificats exportés dans {folder}&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Exporting the certificates</source>
        <translation>Export des certificats</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Demandes de certificat</translation>
    </message>
    <message>
        <source>New keys will be made for the requests; the current identity stays in use until the issued certificates are imported. Continue?</source>
        <translation>De nouvelles clés seront générées pour les demandes&#xa0;; l’identité actuelle reste en service jusqu’à l’import des certificats délivrés. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Save the requests in</source>
        <translation>Enregistrer les demandes dans</translation>
    </message>
    <message>
        <source>Certificate requests written to {folder}: {files}. Send them to your national CA, then import the certificates it issues.</source>
        <translation>Demandes de certificat écrites dans {folder}&#xa0;: {files}. Envoyez-les à votre AC nationale, puis importez les certificats qu’elle délivre.</translation>
    </message>
    <message>
        <source>Creating certificate requests</source>
        <translation>Création des demandes de certificat</translation>
    </message>
    <message>
        <source>Certificate issued by the CA</source>
        <translation>Certificat délivré par l’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The issued signing certificate was imported ({state}).</source>
        <translation>Le certificat de signature délivré a été importé ({state}).</translation>
    </message>
    <message>
        <source>The issued encryption certificate was imported ({state}).</source>
        <translation>Le certificat de chiffrement délivré a été importé ({state}).</translation>
    </message>
    <message>
        <source>now in use</source>
        <translation>désormais en service</translation>
    </message>
    <message>
        <source>waiting for the other one</source>
        <translation>en attente de l’autre</translation>
    </message>
    <message>
        <source>Importing the certificate</source>
        <translation>Import du certificat</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>This file is not a PNG or JPEG image; it is not shown.</source>
        <translation>Ce fichier n’est pas une image PNG ou JPEG&#xa0;; il n’est pas affiché.</translation>
    </message>
    <message>
        <source>The image is damaged or too large to preview.</source>
        <translation>L’image est endommagée ou trop grande pour l’aperçu.</translation>
    </message>
    <message>
        <source>The image cannot be decoded: {reason}</source>
        <translation>L’image ne peut pas être décodée&#xa0;: {reason}</translation>
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
        <translation>Import en cours</translation>
    </message>
</context>
<context>
    <name>LinkChart</name>
    <message>
        <source>Nothing charted yet. From the View menu, chart the record list (Ctrl+Shift+G), the search results or the open record.</source>
        <translation>Rien n’est encore schématisé. Depuis le menu Affichage, schématisez la liste des enregistrements (Ctrl+Shift+G), les résultats de recherche ou l’enregistrement ouvert.</translation>
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Colorer par type</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Colorer par communauté</translation>
    </message>
    <message>
        <source>Colour by agency</source>
        <translation>Colorer par service</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Dirigée par les forces</translation>
    </message>
    <message>
        <source>Circular</source>
        <translation>Circulaire</translation>
    </message>
    <message>
        <source>Radial</source>
        <translation>Radiale</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>Hiérarchique</translation>
    </message>
    <message>
        <source>Communities apart</source>
        <translation>Communautés séparées</translation>
    </message>
    <message>
        <source>Grouped by agency</source>
        <translation>Groupés par service</translation>
    </message>
    <message>
        <source>Grouped by country</source>
        <translation>Groupés par pays</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Développer</translation>
    </message>
    <message>
        <source>Add the neighbours of the selected nodes</source>
        <translation>Ajouter les voisins des nœuds sélectionnés</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Remove the neighbours expanding the selected nodes added, unless linked to other nodes</source>
        <translation>Retirer les voisins ajoutés en développant les nœuds sélectionnés, sauf s’ils sont liés à d’autres nœuds</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>Chercher un chemin</translation>
    </message>
    <message>
        <source>Shortest path between the two selected nodes</source>
        <translation>Plus court chemin entre les deux nœuds sélectionnés</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the legend of node and link types</source>
        <translation>Afficher ou masquer la légende des types de nœuds et de liens</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Drag to select (or hold Shift while dragging)</source>
        <translation>Faites glisser pour sélectionner (ou maintenez Maj enfoncée pendant le glissement)</translation>
    </message>
    <message>
        <source>Colour the nodes by</source>
        <translation>Colorer les nœuds par</translation>
    </message>
    <message>
        <source>Layout method</source>
        <translation>Méthode de disposition</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} links</source>
        <translation>{nodes} nœuds, {edges} liens</translation>
    </message>
    <message>
        <source>(truncated)</source>
        <translation>(tronqué)</translation>
    </message>
    <message>
        <source>{drawn} links drawn at this zoom</source>
        <translation>{drawn} liens tracés à ce niveau de zoom</translation>
    </message>
    <message>
        <source>Charted the {charted} best matches of the {total} records the search finds. Narrow the search to chart the rest.</source>
        <translation>Le schéma montre les {charted} meilleurs résultats sur les {total} enregistrements trouvés par la recherche. Affinez la recherche pour représenter le reste.</translation>
    </message>
    <message>
        <source>Charted the first {charted} of the {total} records listed. Narrow the list to chart the rest.</source>
        <translation>Le schéma montre les {charted} premiers des {total} enregistrements listés. Réduisez la liste pour représenter le reste.</translation>
    </message>
    <message>
        <source>Building the link chart</source>
        <translation>Construction du schéma relationnel</translation>
    </message>
    <message>
        <source>Charting the search results</source>
        <translation>Schématisation des résultats de recherche</translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>Disposition du schéma</translation>
    </message>
    <message>
        <source>Expanding the chart</source>
        <translation>Extension du schéma</translation>
    </message>
    <message>
        <source>Select exactly two nodes to find a path.</source>
        <translation>Sélectionnez exactement deux nœuds pour chercher un chemin.</translation>
    </message>
    <message>
        <source>No path within six links.</source>
        <translation>Aucun chemin en six liens ou moins.</translation>
    </message>
    <message>
        <source>Finding a path</source>
        <translation>Recherche d’un chemin</translation>
    </message>
    <message>
        <source>{name} is not in this workspace: nothing to open.</source>
        <translation>{name} n’est pas dans cet espace de travail&#xa0;: rien à ouvrir.</translation>
    </message>
    <message>
        <source>Agencies: {names}</source>
        <translation>Services&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Countries: {codes}</source>
        <translation>Pays&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Records naming it: {n}</source>
        <translation>Enregistrements qui le citent&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Note by {who}, {date}: {text}</source>
        <translation>Note de {who}, {date}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Double-cliquez pour ouvrir</translation>
    </message>
    <message>
        <source>Exported the chart to {name}</source>
        <translation>Schéma exporté vers {name}</translation>
    </message>
    <message>
        <source>Exported {nodes} nodes and {edges} links to {name}</source>
        <translation>{nodes} nœuds et {edges} liens exportés vers {name}</translation>
    </message>
    <message>
        <source>Exporting the chart</source>
        <translation>Export du schéma</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>From / involved</source>
        <translation>De / impliqués</translation>
    </message>
    <message>
        <source>To / place</source>
        <translation>Vers / lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Links and events</source>
        <translation>Liens et événements</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Liens ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Événements ({n})</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the workspace</source>
        <translation>Où conserver l’espace de travail</translation>
    </message>
    <message>
        <source>Liaison keeps everything it receives in one encrypted folder on this computer. Choose a new or empty folder; nothing in it is readable without the key.</source>
        <translation>Liaison conserve tout ce qu’il reçoit dans un dossier chiffré sur cet ordinateur. Choisissez un dossier nouveau ou vide&#xa0;; rien de son contenu n’est lisible sans la clé.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Choisir le dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>{folder} is not empty. Choose a new or empty folder.</source>
        <translation>{folder} n’est pas vide. Choisissez un dossier nouveau ou vide.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import CSV, FollowTheMoney, STIX or MISP files</source>
        <translation>Importer des fichiers CSV, FollowTheMoney, STIX ou MISP</translation>
    </message>
    <message>
        <source>Records due for &amp;review…</source>
        <translation>Enregistrements à &amp;réexaminer…</translation>
    </message>
    <message>
        <source>Keep or erase the records whose review date has come</source>
        <translation>Conserver ou effacer les enregistrements dont la date de réexamen est atteinte</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the workspace now</source>
        <translation>Verrouiller l’espace de travail maintenant</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>À &amp;propos de Liaison</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Restore the default layout</source>
        <translation>&amp;Rétablir la disposition par défaut</translation>
    </message>
    <message>
        <source>DEMO: synthetic data</source>
        <translation>DÉMO&#xa0;: données fictives</translation>
    </message>
    <message>
        <source>Liaison — locked</source>
        <translation>Liaison — verrouillé</translation>
    </message>
    <message>
        <source>Liaison — {agency}</source>
        <translation>Liaison — {agency}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Records: {records}   Entities: {entities}</source>
        <translation>Enregistrements&#xa0;: {records}   Entités&#xa0;: {entities}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Décompte des enregistrements</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Ouverture de l’enregistrement</translation>
    </message>
    <message>
        <source>Opening the entity</source>
        <translation>Ouverture de l’entité</translation>
    </message>
    <message>
        <source>Reading workspace information</source>
        <translation>Lecture des informations de l’espace de travail</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Cross-reference hits</source>
        <translation>Recoupements</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Mapping (JSON)</source>
        <translation>Correspondance (JSON)</translation>
    </message>
    <message>
        <source>&amp;Guess from header</source>
        <translation>&amp;Deviner d’après l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Mapping for {file}</source>
        <translation>Correspondance pour {file}</translation>
    </message>
    <message>
        <source>Mapping saved to {file}.</source>
        <translation>Correspondance enregistrée dans {file}.</translation>
    </message>
    <message>
        <source>Load a CSV mapping</source>
        <translation>Charger une correspondance CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the CSV mapping</source>
        <translation>Enregistrer la correspondance CSV</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: {error}</source>
        <translation>La correspondance n’est pas du JSON valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>Impossible de lire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The first {n} rows as they would be imported.</source>
        <translation>Les {n} premières lignes telles qu’elles seraient importées.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>CSV mapping</source>
        <translation>Correspondance CSV</translation>
    </message>
    <message>
        <source>Which columns become which entity properties and record fields. Start from the guess, edit, load or save a mapping.</source>
        <translation>Quelles colonnes deviennent quelles propriétés d’entité et quels champs d’enregistrement. Partez de la proposition, puis modifiez, chargez ou enregistrez une correspondance.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Formats and source</source>
        <translation>Formats et source</translation>
    </message>
    <message>
        <source>Check each file&apos;s format, and say who sent the files. Handling and TLP apply where a file says nothing.</source>
        <translation>Vérifiez le format de chaque fichier et indiquez qui a envoyé les fichiers. Le code de traitement et le TLP s’appliquent là où un fichier ne précise rien.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>selon le fichier</translation>
    </message>
    <message>
        <source>ISO code, e.g. ES</source>
        <translation>Code ISO, p.&#xa0;ex. ES</translation>
    </message>
    <message>
        <source>Source &amp;agency:</source>
        <translation>Service é&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>Agency&apos;s &amp;country:</source>
        <translation>Pa&amp;ys du service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handling code:</source>
        <translation>&amp;Code de traitement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLP:</source>
        <translation>T&amp;LP&#xa0;:</translation>
    </message>
    <message>
        <source>choose a format</source>
        <translation>choisir un format</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>What the sharing policy allows</source>
        <translation>Ce que permet la politique de partage</translation>
    </message>
    <message>
        <source>Each record with the rule that decided it. Withheld records and fields do not leave.</source>
        <translation>Chaque enregistrement, avec la règle qui a décidé de son sort. Les enregistrements et champs retenus ne sont pas transmis.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Policy decisions</source>
        <translation>Décisions de la politique</translation>
    </message>
    <message>
        <source>Checking the policy and looking for what to redact…</source>
        <translation>Vérification de la politique et recherche des éléments à caviarder…</translation>
    </message>
    <message>
        <source>Checking the sharing policy</source>
        <translation>Vérification de la politique de partage</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>champ {field}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>{allowed} record(s) may go to {partner}, {withheld} withheld.</source>
        <translation>{allowed} enregistrement(s) peuvent être transmis à {partner}, {withheld} retenu(s).</translation>
    </message>
    <message>
        <source>Nothing may go: go back and choose other records, another partner or the agreed purpose.</source>
        <translation>Rien ne peut être transmis&#xa0;: revenez en arrière et choisissez d’autres enregistrements, un autre partenaire ou la finalité convenue.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>On the left each text as stored; on the right exactly what will leave.</source>
        <translation>À gauche, chaque texte tel qu’il est conservé&#xa0;; à droite, exactement ce qui sera transmis.</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;What will leave</source>
        <translation>Ce qui sera &amp;transmis</translation>
    </message>
    <message>
        <source>Original texts</source>
        <translation>Textes originaux</translation>
    </message>
    <message>
        <source>Texts as they will leave</source>
        <translation>Textes tels qu’ils seront transmis</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>{records} record(s) will leave. Redacted: {counts}</source>
        <translation>{records} enregistrement(s) seront transmis. Caviardages&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Annuler l’opération</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Protecting the key</source>
        <translation>Protection de la clé</translation>
    </message>
    <message>
        <source>The workspace is encrypted with a random key. Keep that key in the operating system&apos;s keyring (unlocks with your login), behind a passphrase, or both.</source>
        <translation>L’espace de travail est chiffré avec une clé aléatoire. Conservez cette clé dans le trousseau du système d’exploitation (déverrouillé à la connexion), derrière une phrase secrète, ou les deux.</translation>
    </message>
    <message>
        <source>Keep the key in the OS &amp;keyring</source>
        <translation>Conserver la clé dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Protect the key with a &amp;passphrase</source>
        <translation>Protéger la clé par une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Require &amp;both to unlock (for laptops in the field)</source>
        <translation>Exiger les &amp;deux pour déverrouiller (ordinateurs portables sur le terrain)</translation>
    </message>
    <message>
        <source>Choose at least one: the OS keyring or a passphrase.</source>
        <translation>Choisissez au moins l’un des deux&#xa0;: le trousseau du système ou une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Création de l’espace de travail…</translation>
    </message>
    <message>
        <source>too short (fewer than {n} characters)</source>
        <translation>trop courte (moins de {n} caractères)</translation>
    </message>
    <message>
        <source>a commonly used password</source>
        <translation>un mot de passe courant</translation>
    </message>
    <message>
        <source>a common word or words</source>
        <translation>un ou des mots courants</translation>
    </message>
    <message>
        <source>a common first name or surname</source>
        <translation>un prénom ou un nom de famille courant</translation>
    </message>
    <message>
        <source>the agency&apos;s name or country</source>
        <translation>le nom ou le pays du service</translation>
    </message>
    <message>
        <source>repeated characters or words</source>
        <translation>des caractères ou des mots répétés</translation>
    </message>
    <message>
        <source>a sequence such as abc or 1234</source>
        <translation>une suite comme abc ou 1234</translation>
    </message>
    <message>
        <source>a keyboard pattern such as qwerty</source>
        <translation>une suite de touches comme azerty</translation>
    </message>
    <message>
        <source>a date or a recent year</source>
        <translation>une date ou une année récente</translation>
    </message>
    <message>
        <source>guessable: add another word or two; uncommon words are better</source>
        <translation>devinable&#xa0;: ajoutez un ou deux mots&#xa0;; les mots rares valent mieux</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>The passphrase is too weak (strength {score} of {max}; at least {min} is needed): {why}.</source>
        <translation>La phrase secrète est trop faible (force {score} sur {max}&#xa0;; il faut au moins {min})&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>No usable OS keyring was found on this computer (on Linux it needs gnome-keyring or KWallet, unlocked). Untick “Keep the key in the OS keyring” and protect the workspace with a passphrase instead.</source>
        <translation>Aucun trousseau système utilisable n’a été trouvé sur cet ordinateur (sous Linux, il faut gnome-keyring ou KWallet, déverrouillé). Décochez «&#xa0;Conserver la clé dans le trousseau du système&#xa0;» et protégez plutôt l’espace de travail par une phrase secrète.</translation>
    </message>
    <message>
        <source>The workspace could not be created: {error}</source>
        <translation>L’espace de travail n’a pas pu être créé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Receive the quarantined package again, through every check</source>
        <translation>Recevoir à nouveau le paquet en quarantaine, en repassant tous les contrôles</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Delete the quarantined package</source>
        <translation>Supprimer le paquet en quarantaine</translation>
    </message>
    <message>
        <source>Released: {text}</source>
        <translation>Libéré&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Quarantine entry {id} is still refused ({code}): {reason}</source>
        <translation>L’entrée de quarantaine {id} est toujours refusée ({code})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Releasing the package</source>
        <translation>Libération du paquet</translation>
    </message>
    <message>
        <source>Delete quarantine entry {id} and its file? The package is not received; the audit log keeps what it was.</source>
        <translation>Supprimer l’entrée de quarantaine {id} et son fichier&#xa0;? Le paquet n’est pas reçu&#xa0;; le journal d’audit garde ce qu’il était.</translation>
    </message>
    <message>
        <source>Quarantine entry {id} and its file were deleted.</source>
        <translation>L’entrée de quarantaine {id} et son fichier ont été supprimés.</translation>
    </message>
    <message>
        <source>Deleting the package</source>
        <translation>Suppression du paquet</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>New review date</source>
        <translation>Nouvelle date de réexamen</translation>
    </message>
    <message>
        <source>Keep &amp;until:</source>
        <translation>Conserver &amp;jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Reported</source>
        <translation>Date du signalement</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Handling code {code}</source>
        <translation>Code de traitement {code}</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Date du signalement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À réexaminer le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Sélectionnez un enregistrement pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Titre de l’enregistrement</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Détails de l’enregistrement</translation>
    </message>
    <message>
        <source>Entities ({n})</source>
        <translation>Entités ({n})</translation>
    </message>
    <message>
        <source>Links and events ({n})</source>
        <translation>Liens et événements ({n})</translation>
    </message>
    <message>
        <source>Attachments ({n})</source>
        <translation>Pièces jointes ({n})</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>Historique ({n})</translation>
    </message>
    <message>
        <source>{status}, version {version}</source>
        <translation>{status}, version {version}</translation>
    </message>
    <message>
        <source>{file} ({format}), {when}, by {actor}</source>
        <translation>{file} ({format}), {when}, par {actor}</translation>
    </message>
    <message>
        <source>Relayed by {relayer}, claims to be from {agency}, not verified.</source>
        <translation>Relayé par {relayer}, se dit de {agency}, non vérifié.</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified (not shown here).</source>
        <translation>Également reçu sous cet identifiant&#xa0;: version {version} relayée par {relayer}, se dit de {agency}, non vérifiée (non affichée ici).</translation>
    </message>
    <message>
        <source>Also received under this id: version {version} relayed by {relayer}, claims to be from {agency}, not verified: {reason} (not shown here).</source>
        <translation>Également reçu sous cet identifiant&#xa0;: version {version} relayée par {relayer}, se dit de {agency}, non vérifiée&#xa0;: {reason} (non affichée ici).</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images are previewed. This attachment is listed with its size and SHA-256 so that it can be checked against the partner&apos;s copy.</source>
        <translation>Seules les images PNG et JPEG ont un aperçu. Cette pièce jointe est listée avec sa taille et son SHA-256 pour pouvoir être comparée à la copie du partenaire.</translation>
    </message>
    <message>
        <source>Opening the attachment</source>
        <translation>Ouverture de la pièce jointe</translation>
    </message>
</context>
<context>
    <name>RecordsBrowser</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Records in the brushed time range ({count})</source>
        <translation>Enregistrements de la plage temporelle sélectionnée ({count})</translation>
    </message>
    <message>
        <source>All records ({count})</source>
        <translation>Tous les enregistrements ({count})</translation>
    </message>
    <message>
        <source>Sorting records</source>
        <translation>Tri des enregistrements</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release a share</source>
        <translation>Valider l’envoi d’un partage</translation>
    </message>
    <message>
        <source>Release the share to {partner} ({count} record(s)), prepared by {who}? It is signed and put in the outbox. Plan {plan}.</source>
        <translation>Valider l’envoi à {partner} ({count} dossier(s)), préparé par {who}&#xa0;? Il est signé et placé dans la boîte d’envoi. Plan {plan}.</translation>
    </message>
    <message>
        <source>It needs four eyes ({reasons}): a second releasing officer, not {who}, types their name and their own passphrase below.</source>
        <translation>Il faut quatre yeux ({reasons})&#xa0;: un second officier de validation, autre que {who}, saisit ci-dessous son nom et sa propre phrase secrète.</translation>
    </message>
    <message>
        <source>Second &amp;officer:</source>
        <translation>Second &amp;officier&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the second releasing officer</source>
        <translation>Nom du second officier de validation</translation>
    </message>
    <message>
        <source>Their &amp;passphrase:</source>
        <translation>Sa &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the second releasing officer</source>
        <translation>Phrase secrète du second officier de validation</translation>
    </message>
    <message>
        <source>The second officer types their own passphrase.</source>
        <translation>Le second officier saisit sa propre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <source>Flagged: {n}</source>
        <translation>Signalés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Ignorés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <source>Watchlist hits: {n}</source>
        <translation>Correspondances avec la liste de surveillance&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{watch}: {title}</source>
        <translation>{watch}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>New pattern findings: {n} (see the Findings panel)</source>
        <translation>Nouveaux constats de motifs&#xa0;: {n} (voir le panneau Constats)</translation>
    </message>
    <message>
        <source>Files imported: {files}; new records: {records}, updated: {merged}; new entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: {hits}.</source>
        <translation>Fichiers importés&#xa0;: {files}&#xa0;; nouveaux enregistrements&#xa0;: {records}, mis à jour&#xa0;: {merged}&#xa0;; nouvelles entités&#xa0;: {entities}&#xa0;; signalés&#xa0;: {flagged}, ignorés&#xa0;: {skipped}&#xa0;; correspondances avec la liste de surveillance&#xa0;: {hits}.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Code de traitement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>Information assessment</source>
        <translation>Évaluation de l’information</translation>
    </message>
    <message>
        <source>From {partner}&apos;s defaults (the file stated none)</source>
        <translation>Valeurs par défaut de {partner} (le fichier n’en indiquait aucune)</translation>
    </message>
    <message>
        <source>{field} {value}: {n} records</source>
        <translation>{field} {value}&#xa0;: {n} enregistrements</translation>
    </message>
    <message>
        <source>What the file held became ({n} objects kept verbatim)</source>
        <translation>Ce que contenait le fichier est devenu ({n} objets conservés tels quels)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Records due for review</source>
        <translation>Enregistrements à réexaminer</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Ouvrir l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Keep under review…</source>
        <translation>&amp;Prolonger la conservation…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>{n} record(s) have reached their review date. Keep each one under review with a reason, or erase it.</source>
        <translation>{n} enregistrement(s) ont atteint leur date de réexamen. Prolongez la conservation de chacun en indiquant un motif, ou effacez-le.</translation>
    </message>
    <message>
        <source>Reading review dates</source>
        <translation>Lecture des dates de réexamen</translation>
    </message>
    <message>
        <source>Keep under review</source>
        <translation>Prolonger la conservation</translation>
    </message>
    <message>
        <source>Keep {reference} from {agency} until a later review date. The reason goes to the audit log.</source>
        <translation>Conserver {reference} de {agency} jusqu’à une date de réexamen ultérieure. Le motif est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Keeping the record under review</source>
        <translation>Prolongation de la conservation de l’enregistrement</translation>
    </message>
    <message>
        <source>Erase record</source>
        <translation>Effacer l’enregistrement</translation>
    </message>
    <message>
        <source>Erase the content of {reference} from {agency} from this workspace? Its text, attachments and the values only it gave are removed for good; a tombstone stays so that the same copy cannot come back. The reason goes to the audit log.</source>
        <translation>Effacer de cet espace de travail le contenu de {reference} de {agency}&#xa0;? Son texte, ses pièces jointes et les valeurs qu’il était seul à fournir sont supprimés définitivement&#xa0;; une marque d’effacement subsiste pour que la même copie ne puisse pas revenir. Le motif est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Erasing the record</source>
        <translation>Effacement de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Review date</source>
        <translation>Date de réexamen</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the redactions</source>
        <translation>Vérifier les caviardages</translation>
    </message>
    <message>
        <source>Every value found is highlighted by kind. Uncheck a value to let it go (everywhere in this share); select text and press Redact selection to remove it by hand.</source>
        <translation>Chaque valeur détectée est surlignée selon son type. Décochez une valeur pour la laisser passer (partout dans ce partage)&#xa0;; sélectionnez du texte et appuyez sur «&#xa0;Caviarder la sélection&#xa0;» pour le retirer manuellement.</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Detections (checked: redacted)</source>
        <translation>&amp;Détections (cochées&#xa0;: caviardées)</translation>
    </message>
    <message>
        <source>As it will leave:</source>
        <translation>Tel qu’il sera transmis&#xa0;:</translation>
    </message>
    <message>
        <source>Redact &amp;selection</source>
        <translation>Caviarder la &amp;sélection</translation>
    </message>
    <message>
        <source>Redact the selected text by hand (Ctrl+M)</source>
        <translation>Caviarder manuellement le texte sélectionné (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;I have reviewed every value found, in every record (this profile requires it)</source>
        <translation>&amp;J’ai vérifié chaque valeur détectée, dans chaque enregistrement (ce profil l’exige)</translation>
    </message>
    <message>
        <source>Record to review</source>
        <translation>Enregistrement à vérifier</translation>
    </message>
    <message>
        <source>Field to review</source>
        <translation>Champ à vérifier</translation>
    </message>
    <message>
        <source>Text with detections highlighted</source>
        <translation>Texte avec les détections surlignées</translation>
    </message>
    <message>
        <source>Text as it will leave</source>
        <translation>Texte tel qu’il sera transmis</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Kind of the span marked by hand</source>
        <translation>Type du passage marqué manuellement</translation>
    </message>
    <message>
        <source>{kind}: {text} ({field})</source>
        <translation>{kind}&#xa0;: {text} ({field})</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a partner&apos;s certificates</source>
        <translation>Révoquer les certificats d’un partenaire</translation>
    </message>
    <message>
        <source>Revoke the certificates of {partner}? Nothing more is sent to them, and packages they signed with these certificates are refused from now on, until you add and verify new ones. The reason goes to the audit log.</source>
        <translation>Révoquer les certificats de {partner}&#xa0;? Plus rien ne lui est envoyé, et les paquets qu’il a signés avec ces certificats sont refusés dès maintenant, jusqu’à ce que vous en ajoutiez et vérifiiez de nouveaux. Le motif est inscrit au journal d’audit.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Motif de la révocation</translation>
    </message>
    <message>
        <source>Say why the certificates are revoked.</source>
        <translation>Indiquez pourquoi les certificats sont révoqués.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Show the &amp;report</source>
        <translation>Afficher le &amp;rapport</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>The files imported before it are kept: {files}.</source>
        <translation>Les fichiers importés avant lui sont conservés&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing of {file} was changed.</source>
        <translation>Annulé&#xa0;; rien n’a été modifié par {file}.</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing of it was changed.
{error}</source>
        <translation>{file} n’a pas pu être importé&#xa0;; rien n’a été modifié.
{error}</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import of {file}; nothing of it was changed ({kind}).</source>
        <translation>Une erreur inattendue a interrompu l’import de {file}&#xa0;; rien n’a été modifié ({kind}).</translation>
    </message>
</context>
<context>
    <name>SavedCharts</name>
    <message>
        <source>Charts</source>
        <translation>Schémas</translation>
    </message>
    <message>
        <source>Save this chart under a name, rename or delete it</source>
        <translation>Enregistrer ce schéma sous un nom, le renommer ou le supprimer</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>Schémas enregistrés</translation>
    </message>
    <message>
        <source>Open a saved chart</source>
        <translation>Ouvrir un schéma enregistré</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>&amp;Enregistrer le schéma</translation>
    </message>
    <message>
        <source>Save chart &amp;as…</source>
        <translation>Enregistrer le schéma &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>&amp;Renommer le schéma…</translation>
    </message>
    <message>
        <source>&amp;Delete chart</source>
        <translation>&amp;Supprimer le schéma</translation>
    </message>
    <message>
        <source>(unsaved chart)</source>
        <translation>(schéma non enregistré)</translation>
    </message>
    <message>
        <source>Reading the saved charts</source>
        <translation>Lecture des schémas enregistrés</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>Nom du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Saved the chart as “{name}”</source>
        <translation>Schéma enregistré sous «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>Enregistrement du schéma</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le schéma</translation>
    </message>
    <message>
        <source>Rename the chart</source>
        <translation>Renommer le schéma</translation>
    </message>
    <message>
        <source>Renaming the chart</source>
        <translation>Renommage du schéma</translation>
    </message>
    <message>
        <source>Delete the chart</source>
        <translation>Supprimer le schéma</translation>
    </message>
    <message>
        <source>Delete the saved chart “{name}”? The records are not touched.</source>
        <translation>Supprimer le schéma enregistré «&#xa0;{name}&#xa0;»&#xa0;? Les dossiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Deleted the chart “{name}”</source>
        <translation>Schéma «&#xa0;{name}&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Deleting the chart</source>
        <translation>Suppression du schéma</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>Ouverture du schéma</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search records (Ctrl+F): words, &quot;phrases&quot;, agency:, tlp:, reported:2025…</source>
        <translation>Rechercher (Ctrl+F)&#xa0;: mots, «&#xa0;phrases&#xa0;», agency:, tlp:, reported:2025…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>Requête de recherche</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récentes</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Query syntax</source>
        <translation>Syntaxe des requêtes</translation>
    </message>
    <message>
        <source>Error at character {position}: {message}</source>
        <translation>Erreur au caractère {position}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>Aucune recherche récente</translation>
    </message>
    <message>
        <source>Clear the history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Query syntax&lt;/h3&gt;&lt;p&gt;&lt;b&gt;words&lt;/b&gt;: records containing every word; &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;: the words together.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (upper case) and parentheses combine terms.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;: prefix; &lt;b&gt;petrof~&lt;/b&gt;: fuzzy (1 or 2 edits).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fields&lt;/b&gt;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;: received:, reported:, event: with 2025, 2025-01..2025-06, 2024-03-05.. or ..2024-06.&lt;/p&gt;&lt;p&gt;Phone numbers, IBANs and e-mail addresses are recognised as written.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syntaxe des requêtes&lt;/h3&gt;&lt;p&gt;&lt;b&gt;mots&lt;/b&gt;&#xa0;: enregistrements contenant tous les mots&#xa0;; &lt;b&gt;&quot;une phrase&quot;&lt;/b&gt;&#xa0;: les mots ensemble.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;AND&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; (en majuscules) et les parenthèses combinent les termes.&lt;br&gt;&lt;b&gt;petr*&lt;/b&gt;&#xa0;: préfixe&#xa0;; &lt;b&gt;petrof~&lt;/b&gt;&#xa0;: approché (1 ou 2 modifications).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Champs&lt;/b&gt;&#xa0;: agency:BKA, agency:&quot;Hellenic Police&quot;, country:DE, type:Person, handling:H2, tlp:AMBER, grade:B2, lang:de, status:retracted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dates&lt;/b&gt;&#xa0;: received:, reported:, event: avec 2025, 2025-01..2025-06, 2024-03-05.. ou ..2024-06.&lt;/p&gt;&lt;p&gt;Les numéros de téléphone, IBAN et adresses e-mail sont reconnus tels qu’écrits.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Search records or entities</source>
        <translation>Rechercher des enregistrements ou des entités</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Snippet of the selected hit</source>
        <translation>Extrait du résultat sélectionné</translation>
    </message>
    <message>
        <source>Type a query and press Enter</source>
        <translation>Saisissez une requête et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Hits: {total} ({shown} in the brushed time range)</source>
        <translation>Résultats&#xa0;: {total} ({shown} dans la plage temporelle sélectionnée)</translation>
    </message>
    <message>
        <source>Hits: {total} (first {shown} shown)</source>
        <translation>Résultats&#xa0;: {total} ({shown} premiers affichés)</translation>
    </message>
    <message>
        <source>Hits: {total}</source>
        <translation>Résultats&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Entities: {total} (first {shown} shown)</source>
        <translation>Entités&#xa0;: {total} ({shown} premières affichées)</translation>
    </message>
    <message>
        <source>Entities: {total}</source>
        <translation>Entités&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>What to share, with whom, and why</source>
        <translation>Quoi partager, avec qui et pourquoi</translation>
    </message>
    <message>
        <source>Uncheck records you do not mean to share. The policy decides on the next page what may go.</source>
        <translation>Décochez les enregistrements que vous ne voulez pas partager. La politique décide à la page suivante de ce qui peut être transmis.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Records to share</source>
        <translation>Enregistrements à partager</translation>
    </message>
    <message>
        <source>Add the &amp;search results</source>
        <translation>Ajouter les résultats de &amp;recherche</translation>
    </message>
    <message>
        <source>Add the &amp;listed records</source>
        <translation>Ajouter les enregistrements &amp;listés</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Redaction &amp;profile:</source>
        <translation>Profil de &amp;caviardage&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Profil de caviardage</translation>
    </message>
    <message>
        <source>Purpose of the share</source>
        <translation>Finalité du partage</translation>
    </message>
    <message>
        <source>e.g. the operation or case this share serves</source>
        <translation>p.&#xa0;ex. l’opération ou l’affaire que sert ce partage</translation>
    </message>
    <message>
        <source>Reading partners and profiles</source>
        <translation>Lecture des partenaires et des profils</translation>
    </message>
    <message>
        <source>Nobody in particular (files only, cautious rules)</source>
        <translation>Personne en particulier (fichiers uniquement, règles prudentes)</translation>
    </message>
    <message>
        <source>Without a partner the cautious default applies: up to TLP:GREEN, H0/H1, no third-party data.</source>
        <translation>Sans partenaire, la règle prudente par défaut s’applique&#xa0;: jusqu’à TLP:GREEN, H0/H1, aucune donnée de tiers.</translation>
    </message>
    <message>
        <source>There is no agreement with {partner}: nothing may go.</source>
        <translation>Il n’existe aucun accord avec {partner}&#xa0;: rien ne peut être transmis.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Agreement: up to TLP:{tlp}, {codes}; purposes: {purposes}.</source>
        <translation>Accord&#xa0;: jusqu’à TLP:{tlp}, {codes}&#xa0;; finalités&#xa0;: {purposes}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Preparing the demo workspace</source>
        <translation>Préparation de l’espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Déverrouillage de l’espace de travail</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “{pw}”.</source>
        <translation>La phrase secrète de l’espace de démonstration est «&#xa0;{pw}&#xa0;».</translation>
    </message>
    <message>
        <source>The audit log was tampered with</source>
        <translation>Le journal d’audit a été altéré</translation>
    </message>
    <message>
        <source>This workspace&apos;s audit log is not as it was left. The finding is recorded in the log; restore the workspace from a backup made before it, or report it to your security officer.</source>
        <translation>Le journal d’audit de cet espace de travail n’est plus tel qu’il a été laissé. Le constat est consigné dans le journal&#xa0;; restaurez l’espace de travail depuis une sauvegarde antérieure, ou signalez-le à votre responsable de la sécurité.</translation>
    </message>
    <message>
        <source>Liaison cannot start</source>
        <translation>Liaison ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The smart card was removed, so the workspace was locked. {reason}</source>
        <translation>La carte à puce a été retirée&#xa0;: l’espace de travail a été verrouillé. {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Pseudo-localisation (to check translations)</source>
        <translation>&amp;Pseudo-localisation (pour vérifier les traductions)</translation>
    </message>
    <message>
        <source>Pseudo-localisation</source>
        <translation>Pseudo-localisation</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Verrouiller après &amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without activity before the workspace locks</source>
        <translation>Minutes sans activité avant le verrouillage de l’espace de travail</translation>
    </message>
    <message>
        <source>The workspace locks itself after this many minutes without keyboard or mouse activity, and at once with Ctrl+L.</source>
        <translation>L’espace de travail se verrouille après ce nombre de minutes sans activité du clavier ou de la souris, et immédiatement avec Ctrl+L.</translation>
    </message>
</context>
<context>
    <name>SftpTransportDialog</name>
    <message>
        <source>Add an SFTP transport</source>
        <translation>Ajouter un transport SFTP</translation>
    </message>
    <message>
        <source>Packages are exchanged over SFTP with an SSH key. The server&apos;s host key is pinned: get its SHA-256 fingerprint from the server&apos;s administrator.</source>
        <translation>Les paquets sont échangés par SFTP avec une clé SSH. La clé d’hôte du serveur est épinglée&#xa0;: obtenez son empreinte SHA-256 auprès de l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SSH &amp;key file:</source>
        <translation>&amp;Fichier de clé SSH&#xa0;:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase (if any):</source>
        <translation>Phrase secrète de la &amp;clé (le cas échéant)&#xa0;:</translation>
    </message>
    <message>
        <source>Host key &amp;fingerprint:</source>
        <translation>&amp;Empreinte de la clé d’hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Transport name</source>
        <translation>Nom du transport</translation>
    </message>
    <message>
        <source>SFTP host</source>
        <translation>Hôte SFTP</translation>
    </message>
    <message>
        <source>SFTP port</source>
        <translation>Port SFTP</translation>
    </message>
    <message>
        <source>SFTP user</source>
        <translation>Utilisateur SFTP</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Fichier de clé privée SSH</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key</source>
        <translation>Phrase secrète de la clé SSH</translation>
    </message>
    <message>
        <source>Pinned host key fingerprint</source>
        <translation>Empreinte épinglée de la clé d’hôte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the SSH key file</source>
        <translation>Choisir le fichier de clé SSH</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>Enter a name for the transport.</source>
        <translation>Saisissez un nom pour le transport.</translation>
    </message>
    <message>
        <source>Enter the SFTP host.</source>
        <translation>Saisissez l’hôte SFTP.</translation>
    </message>
    <message>
        <source>Enter the SFTP user.</source>
        <translation>Saisissez l’utilisateur SFTP.</translation>
    </message>
    <message>
        <source>Choose the SSH key file.</source>
        <translation>Choisissez le fichier de clé SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint.</source>
        <translation>Saisissez l’empreinte de la clé d’hôte du serveur.</translation>
    </message>
    <message>
        <source>The SSH key file {path} does not exist.</source>
        <translation>Le fichier de clé SSH {path} n’existe pas.</translation>
    </message>
</context>
<context>
    <name>ShareAction</name>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Check the sharing policy, review the redactions and export or send the selected records</source>
        <translation>Vérifier la politique de partage, contrôler les caviardages, puis exporter ou envoyer les enregistrements sélectionnés</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share records</source>
        <translation>Partager des enregistrements</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
</context>
<context>
    <name>SharePages</name>
    <message>
        <source>An unexpected error stopped this step; the message says more.</source>
        <translation>Une erreur inattendue a interrompu cette étape&#xa0;; le message en dit plus.</translation>
    </message>
</context>
<context>
    <name>ShareReview</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Identifiant national</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille crypto</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Plaque d’immatriculation</translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation>Marqué manuellement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Conditions de traitement</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>{owner} {field}</source>
        <translation>{owner} {field}</translation>
    </message>
    <message>
        <source>{owner} {field}: {text}</source>
        <translation>{owner} {field}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No events yet. The timeline shows the records you chart in the link chart, by their dates.</source>
        <translation>Aucun événement pour l’instant. La chronologie montre, selon leurs dates, les enregistrements que vous schématisez dans le schéma relationnel.</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>Lignes par entité</translation>
    </message>
    <message>
        <source>Lanes by agency</source>
        <translation>Lignes par service</translation>
    </message>
    <message>
        <source>Lanes by record</source>
        <translation>Lignes par enregistrement</translation>
    </message>
    <message>
        <source>Scroll the lanes</source>
        <translation>Faire défiler les lignes</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} éléments</translation>
    </message>
    <message>
        <source>{n} in the brushed range</source>
        <translation>{n} dans la plage sélectionnée</translation>
    </message>
    <message>
        <source>density only (zoom or filter to see items)</source>
        <translation>densité seule (zoomez ou filtrez pour voir les éléments)</translation>
    </message>
    <message>
        <source>Building the timeline</source>
        <translation>Construction de la chronologie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Lane: {lane}</source>
        <translation>Ligne&#xa0;: {lane}</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Service&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Exporting the timeline</source>
        <translation>Export de la chronologie</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock workspace</source>
        <translation>Déverrouiller l’espace de travail</translation>
    </message>
    <message>
        <source>This workspace is locked</source>
        <translation>Cet espace de travail est verrouillé</translation>
    </message>
    <message>
        <source>{agency} — {folder}</source>
        <translation>{agency} — {folder}</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Who unlocks the workspace</source>
        <translation>Qui déverrouille l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Phrase secrète de l’espace de travail</translation>
    </message>
    <message>
        <source>Smart card &amp;PIN:</source>
        <translation>&amp;Code PIN de la carte à puce&#xa0;:</translation>
    </message>
    <message>
        <source>Smart card PIN</source>
        <translation>Code PIN de la carte à puce</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Enter your own passphrase.</source>
        <translation>Saisissez votre propre phrase secrète.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN, or enter the workspace passphrase.</source>
        <translation>Insérez votre carte à puce et saisissez son code PIN, ou saisissez la phrase secrète de l’espace de travail.</translation>
    </message>
    <message>
        <source>Insert your smart card and enter its PIN.</source>
        <translation>Insérez votre carte à puce et saisissez son code PIN.</translation>
    </message>
    <message>
        <source>Unlocking needs both your OS keyring and the passphrase.</source>
        <translation>Le déverrouillage exige à la fois le trousseau du système et la phrase secrète.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase.</source>
        <translation>Saisissez la phrase secrète de l’espace de travail.</translation>
    </message>
    <message>
        <source>The key is in your OS keyring; press Unlock to open the workspace.</source>
        <translation>La clé est dans le trousseau du système&#xa0;; appuyez sur Déverrouiller pour ouvrir l’espace de travail.</translation>
    </message>
    <message>
        <source>This workspace needs both the OS keyring and the passphrase, and the keyring is locked or unavailable. Unlock your login keyring (log in to the desktop, or open Passwords and Keys / KWallet / Windows Credential Manager), then try again.</source>
        <translation>Cet espace de travail exige le trousseau du système et la phrase secrète, et le trousseau est verrouillé ou indisponible. Déverrouillez votre trousseau de session (connectez-vous au bureau, ou ouvrez Mots de passe et clés / KWallet / le Gestionnaire d’identification Windows), puis réessayez.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read the key from it. Enter the workspace passphrase instead, or unlock your keyring and try again.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible&#xa0;: Liaison ne peut pas y lire la clé. Saisissez plutôt la phrase secrète de l’espace de travail, ou déverrouillez votre trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The OS keyring is locked or unavailable, so Liaison cannot read this workspace&apos;s key. Unlock your login keyring (log in to the desktop session, or open Passwords and Keys / KWallet / Windows Credential Manager) and press Try again. If the keyring entry is lost, restore the workspace from a backup.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible&#xa0;: Liaison ne peut pas lire la clé de cet espace de travail. Déverrouillez votre trousseau de session (connectez-vous au bureau, ou ouvrez Mots de passe et clés / KWallet / le Gestionnaire d’identification Windows) et appuyez sur Réessayer. Si l’entrée du trousseau est perdue, restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Enter the smart card&apos;s PIN.</source>
        <translation>Saisissez le code PIN de la carte à puce.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocking the workspace</source>
        <translation>Déverrouillage de l’espace de travail</translation>
    </message>
    <message>
        <source>Wrong PIN: the smart card refused it. Each wrong PIN brings the card closer to locking itself.</source>
        <translation>Code PIN erroné&#xa0;: la carte à puce l’a refusé. Chaque code PIN erroné rapproche la carte de son blocage.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this workspace. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Phrase secrète incorrecte&#xa0;: elle n’ouvre pas cet espace de travail. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The OS keyring did not give the key.</source>
        <translation>Le trousseau du système n’a pas fourni la clé.</translation>
    </message>
    <message>
        <source>The workspace could not be opened ({error}).</source>
        <translation>L’espace de travail n’a pas pu être ouvert ({error}).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a partner</source>
        <translation>Vérifier un partenaire</translation>
    </message>
    <message>
        <source>Call {partner} on a number you already know (not one from the certificate files) and ask them to read their identity fingerprint aloud. Type or paste it here: Liaison compares it with the certificates you pinned.</source>
        <translation>Appelez {partner} à un numéro que vous connaissez déjà (et non un numéro tiré des fichiers de certificat) et demandez-lui de lire à voix haute son empreinte d’identité. Saisissez-la ou collez-la ici&#xa0;: Liaison la compare aux certificats que vous avez épinglés.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read out:</source>
        <translation>&amp;Empreinte dictée&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint read out by the partner</source>
        <translation>Empreinte dictée par le partenaire</translation>
    </message>
    <message>
        <source>Type the fingerprint the partner reads out.</source>
        <translation>Saisissez l’empreinte que le partenaire vous dicte.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Law-enforcement use</source>
        <translation>Usage par les services répressifs</translation>
    </message>
    <message>
        <source>Not for use as evidence in court without the originator&apos;s permission</source>
        <translation>Pas d’usage comme preuve en justice sans l’autorisation de l’émetteur</translation>
    </message>
    <message>
        <source>Not to be passed on without the originator&apos;s consent</source>
        <translation>Ne pas transmettre sans le consentement de l’émetteur</translation>
    </message>
    <message>
        <source>Other restrictions: see the handling conditions</source>
        <translation>Autres restrictions&#xa0;: voir les conditions de traitement</translation>
    </message>
    <message>
        <source>No handling code</source>
        <translation>Aucun code de traitement</translation>
    </message>
    <message>
        <source>For the named recipients only; no further disclosure</source>
        <translation>Réservé aux destinataires nommés&#xa0;; aucune autre divulgation</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s organisation only</source>
        <translation>Divulgation limitée, au sein de l’organisation du destinataire uniquement</translation>
    </message>
    <message>
        <source>Limited disclosure, on a need-to-know basis within the recipient&apos;s organisation and its clients</source>
        <translation>Divulgation limitée, selon le besoin d’en connaître, au sein de l’organisation du destinataire et de ses clients</translation>
    </message>
    <message>
        <source>Limited disclosure, within the recipient&apos;s community</source>
        <translation>Divulgation limitée, au sein de la communauté du destinataire</translation>
    </message>
    <message>
        <source>No limit on disclosure</source>
        <translation>Aucune limite de divulgation</translation>
    </message>
    <message>
        <source>No TLP marking</source>
        <translation>Aucun marquage TLP</translation>
    </message>
    <message>
        <source>Source reliable</source>
        <translation>Source fiable</translation>
    </message>
    <message>
        <source>Source mostly reliable</source>
        <translation>Source généralement fiable</translation>
    </message>
    <message>
        <source>Source not reliable</source>
        <translation>Source non fiable</translation>
    </message>
    <message>
        <source>Source reliability cannot be assessed</source>
        <translation>Fiabilité de la source impossible à évaluer</translation>
    </message>
    <message>
        <source>Source not graded</source>
        <translation>Source non cotée</translation>
    </message>
    <message>
        <source>Information known to be true without reservation</source>
        <translation>Information reconnue exacte sans réserve</translation>
    </message>
    <message>
        <source>Information known personally to the source but not to the officer passing it on</source>
        <translation>Information connue personnellement de la source mais pas de l’agent qui la transmet</translation>
    </message>
    <message>
        <source>Information not known personally to the source but corroborated by other information</source>
        <translation>Information non connue personnellement de la source mais corroborée par d’autres informations</translation>
    </message>
    <message>
        <source>Information not known personally to the source and cannot be corroborated</source>
        <translation>Information non connue personnellement de la source et impossible à corroborer</translation>
    </message>
    <message>
        <source>Information not assessed</source>
        <translation>Information non évaluée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Retracted by the originator</source>
        <translation>Retiré par l’émetteur</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Recor&amp;ds</source>
        <translation>&amp;Enregistrements</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Sc&amp;héma</translation>
    </message>
    <message>
        <source>Records, search results and the open record side by side</source>
        <translation>Enregistrements, résultats de recherche et enregistrement ouvert côte à côte</translation>
    </message>
    <message>
        <source>The link chart and the timeline in most of the window</source>
        <translation>Le schéma relationnel et la chronologie occupent l’essentiel de la fenêtre</translation>
    </message>
</context>
<context>
    <name>XrefDock</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Entity A</source>
        <translation>Entité A</translation>
    </message>
    <message>
        <source>Entity B</source>
        <translation>Entité B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Candidate pairs</source>
        <translation>Paires candidates</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>&amp;Compare new entities</source>
        <translation>&amp;Comparer les nouvelles entités</translation>
    </message>
    <message>
        <source>Also &amp;possible matches</source>
        <translation>Aussi les correspondances &amp;possibles</translation>
    </message>
    <message>
        <source>Also list pairs that are only possibly the same person or thing: a common name with nothing else agreeing, or a name against a conflicting fact.</source>
        <translation>Lister aussi les paires qui ne sont que peut-être la même personne ou la même chose&#xa0;: un nom courant sans rien d’autre qui concorde, ou un nom face à un fait contradictoire.</translation>
    </message>
    <message>
        <source>&amp;Same</source>
        <translation>&amp;Identiques</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Différentes</translation>
    </message>
    <message>
        <source>Uns&amp;ure</source>
        <translation>&amp;Incertain</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identiques</translation>
    </message>
    <message>
        <source>not the same</source>
        <translation>différentes</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>Candidate pairs: {count}</source>
        <translation>Paires candidates&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Comparing entities</source>
        <translation>Comparaison des entités</translation>
    </message>
    <message>
        <source>Reading candidate pairs</source>
        <translation>Lecture des paires candidates</translation>
    </message>
    <message>
        <source>Recording the verdict</source>
        <translation>Enregistrement du verdict</translation>
    </message>
    <message>
        <source>Withdrawing the verdict</source>
        <translation>Retrait du verdict</translation>
    </message>
    <message>
        <source>Contradiction: {count} pair(s) in this cluster are judged &apos;not the same&apos;, yet &apos;same&apos; verdicts join them through other entities. Undo one of the verdicts.</source>
        <translation>Contradiction&#xa0;: {count} paire(s) de ce groupe sont jugées «&#xa0;différentes&#xa0;», mais des verdicts «&#xa0;identiques&#xa0;» les relient par d’autres entités. Annulez l’un des verdicts.</translation>
    </message>
    <message>
        <source>Agency: {agencies}</source>
        <translation>Service&#xa0;: {agencies}</translation>
    </message>
    <message>
        <source>Weight: {weight}</source>
        <translation>Poids&#xa0;: {weight}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>liaison: the desktop window cannot start: {message}
The command line needs no display: liaison --help</source>
        <translation>liaison&#xa0;: la fenêtre du bureau ne peut pas démarrer&#xa0;: {message}
La ligne de commande n’a pas besoin d’écran&#xa0;: liaison --help</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
</context>
</TS>
