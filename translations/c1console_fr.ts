<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BulkOwnersDialog</name>
    <message>
        <source>Bulk owners</source>
        <translation>Attribution groupée des propriétaires</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be written. You can still check and preview.</source>
        <translation>Ce profil est en lecture seule : rien ne peut être écrit. Vous pouvez toujours vérifier et prévisualiser.</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Modification :</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Type de propriétaires</translation>
    </message>
    <message>
        <source>Role slug</source>
        <translation>Identifiant de rôle</translation>
    </message>
    <message>
        <source>Paste user IDs, emails or entitlement references (one per line, or a spreadsheet range)</source>
        <translation>Collez des ID d’utilisateurs, des adresses e-mail ou des références de droits d’accès (une par ligne, ou une plage de tableur)</translation>
    </message>
    <message>
        <source>Owners to paste</source>
        <translation>Propriétaires à coller</translation>
    </message>
    <message>
        <source>2aBcD…(27 characters), ada@example.com, appId:entitlementId …</source>
        <translation>2aBcD…(27 caractères), ada@example.com, appId:entitlementId …</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>&amp;Charger un CSV…</translation>
    </message>
    <message>
        <source>Load CSV file</source>
        <translation>Charger un fichier CSV</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Parse and check</source>
        <translation>Analyser et vérifier</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Arrêter la vérification en cours</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Choose &amp;user…</source>
        <translation>Choisir l’&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Choose the user for an ambiguous email</source>
        <translation>Choisir l’utilisateur pour une adresse e-mail ambiguë</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Tenant name confirmation</source>
        <translation>Confirmation du nom du tenant</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the job</source>
        <translation>Mettre la tâche en pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the job</source>
        <translation>Reprendre la tâche</translation>
    </message>
    <message>
        <source>Ca&amp;ncel job</source>
        <translation>A&amp;nnuler la tâche</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Progression de l’application</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Relancer les éc&amp;hecs</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Relancer les lignes en échec</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Un&amp;do this job…</source>
        <translation>&amp;Défaire cette tâche…</translation>
    </message>
    <message>
        <source>Undo this job</source>
        <translation>Défaire cette tâche</translation>
    </message>
    <message>
        <source>Check what this job wrote against the tenant and undo it</source>
        <translation>Comparer ce que cette tâche a écrit avec le tenant et le défaire</translation>
    </message>
</context>
<context>
    <name>CreateAppDialog</name>
    <message>
        <source>Create App</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>User &amp;owners:</source>
        <translation>Utilisateurs &amp;propriétaires :</translation>
    </message>
    <message>
        <source>User owners</source>
        <translation>Utilisateurs propriétaires</translation>
    </message>
    <message>
        <source>&amp;Entitlement owners:</source>
        <translation>Droits d’accès propri&amp;étaires :</translation>
    </message>
    <message>
        <source>Entitlement owners</source>
        <translation>Droits d’accès propriétaires</translation>
    </message>
    <message>
        <source>&amp;Grant policy ID:</source>
        <translation>ID de la politique d’&amp;octroi :</translation>
    </message>
    <message>
        <source>Grant policy ID</source>
        <translation>ID de la politique d’octroi</translation>
    </message>
    <message>
        <source>Optional: 27 letters and digits</source>
        <translation>Facultatif : 27 lettres et chiffres</translation>
    </message>
    <message>
        <source>&amp;Revoke policy ID:</source>
        <translation>ID de la politique de &amp;révocation :</translation>
    </message>
    <message>
        <source>Revoke policy ID</source>
        <translation>ID de la politique de révocation</translation>
    </message>
    <message>
        <source>Certify policy ID</source>
        <translation>ID de la politique de certification</translation>
    </message>
    <message>
        <source>&amp;Identity matching:</source>
        <translation>Rapprochement des &amp;identités :</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Rapprochement des identités</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>In&amp;structions:</source>
        <translation>In&amp;structions :</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>&amp;Monthly cost per seat:</source>
        <translation>Coût &amp;mensuel par licence :</translation>
    </message>
    <message>
        <source>Monthly cost per seat in US dollars</source>
        <translation>Coût mensuel par licence en dollars américains</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Strict &amp;access entitlement provisioning:</source>
        <translation>Provisionnement strict des droits d’&amp;accès :</translation>
    </message>
    <message>
        <source>Strict access entitlement provisioning</source>
        <translation>Provisionnement strict des droits d’accès</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Anno&amp;tations:</source>
        <translation>Anno&amp;tations :</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Certify policy ID:</source>
        <translation>ID de la politique de &amp;certification :</translation>
    </message>
</context>
<context>
    <name>CreateResourceDialog</name>
    <message>
        <source>Create Resource</source>
        <translation>Créer une ressource</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>&amp;Type de ressource :</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Match Baton ID:</source>
        <translation>Rapprocher de l’ID &amp;Baton :</translation>
    </message>
    <message>
        <source>Match Baton ID</source>
        <translation>Rapprocher de l’ID Baton</translation>
    </message>
    <message>
        <source>Optional: merge with the connector resource of this Baton ID</source>
        <translation>Facultatif : fusionner avec la ressource du connecteur portant cet ID Baton</translation>
    </message>
    <message>
        <source>Resource &amp;owners:</source>
        <translation>&amp;Propriétaires de la ressource :</translation>
    </message>
    <message>
        <source>Resource owners</source>
        <translation>Propriétaires de la ressource</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Annotation&amp;s:</source>
        <translation>Annotation&amp;s :</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Refresh owners</source>
        <translation>Actualiser les propriétaires</translation>
    </message>
    <message>
        <source>&amp;Add owner…</source>
        <translation>&amp;Ajouter un propriétaire…</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Ajouter un propriétaire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove selected owners</source>
        <translation>Retirer les propriétaires sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Type de propriétaires</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Role slug</source>
        <translation>Identifiant de rôle</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pr&amp;opriétaire :</translation>
    </message>
    <message>
        <source>User to add</source>
        <translation>Utilisateur à ajouter</translation>
    </message>
    <message>
        <source>Entitlement to add</source>
        <translation>Droit d’accès à ajouter</translation>
    </message>
    <message>
        <source>Adding</source>
        <translation>Ajout en cours</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the chosen owners</source>
        <translation>Ajouter les propriétaires choisis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the add form</source>
        <translation>Fermer le formulaire d’ajout</translation>
    </message>
</context>
<context>
    <name>RecentJobsDialog</name>
    <message>
        <source>Recent Bulk Jobs</source>
        <translation>Tâches groupées récentes</translation>
    </message>
    <message>
        <source>Recent bulk jobs</source>
        <translation>Tâches groupées récentes</translation>
    </message>
    <message>
        <source>Recent bulk jobs of this profile</source>
        <translation>Tâches groupées récentes de ce profil</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non écrites</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Défaire…</translation>
    </message>
    <message>
        <source>Undo the selected job</source>
        <translation>Défaire la tâche sélectionnée</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Clear the selected job from the list</source>
        <translation>Retirer la tâche sélectionnée de la liste</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Tout retirer</translation>
    </message>
    <message>
        <source>Clear every job of this profile from the list</source>
        <translation>Retirer de la liste toutes les tâches de ce profil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the recent bulk jobs window</source>
        <translation>Fermer la fenêtre des tâches groupées récentes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Duplicate the selected profile (its credentials too)</source>
        <translation>Dupliquer le profil sélectionné (avec ses identifiants)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entry</source>
        <translation>Supprimer le profil sélectionné et son entrée dans le trousseau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Tenant and credentials</source>
        <translation>Tenant et identifiants</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Domaine du tenant</translation>
    </message>
    <message>
        <source>derived from the client ID</source>
        <translation>déduit de l’ID client</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain. Filled in from the client ID; change it only if your administrator tells you to.</source>
        <translation>Le domaine du tenant. Rempli à partir de l’ID client ; ne le modifiez que si votre administrateur vous le demande.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Afficher le secret client</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Afficher ou masquer le secret client</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation>&amp;URL de remplacement :</translation>
    </message>
    <message>
        <source>URL override</source>
        <translation>URL de remplacement</translation>
    </message>
    <message>
        <source>optional, e.g. https://c1.proxy.example:8443</source>
        <translation>facultatif, p. ex. https://c1.proxy.example:8443</translation>
    </message>
    <message>
        <source>Send every request to this address instead of the tenant&apos;s own (a gateway, or a local sandbox). Plain http:// is only allowed to this computer.</source>
        <translation>Envoyer toutes les requêtes à cette adresse plutôt qu’à celle du tenant (une passerelle ou un bac à sable local). Le http:// non chiffré n’est autorisé que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>&amp;Fichier CA supplémentaire :</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat CA supplémentaire</translation>
    </message>
    <message>
        <source>optional PEM file, added to the system&apos;s certificate authorities</source>
        <translation>fichier PEM facultatif, ajouté aux autorités de certification du système</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Hôte du proxy :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>No proxy &amp;for:</source>
        <translation>Sans pro&amp;xy pour :</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy</source>
        <translation>Hôtes joints sans le proxy</translation>
    </message>
    <message>
        <source>comma-separated hosts, e.g. localhost, .internal.example</source>
        <translation>hôtes séparés par des virgules, p. ex. localhost, .internal.example</translation>
    </message>
    <message>
        <source>Parallel requests of bulk jobs</source>
        <translation>Requêtes parallèles des traitements en masse</translation>
    </message>
    <message>
        <source>How many requests a bulk job sends at the same time (1 to 16).</source>
        <translation>Nombre de requêtes envoyées simultanément par un traitement en masse (1 à 16).</translation>
    </message>
    <message>
        <source>Safety and appearance</source>
        <translation>Sécurité et apparence</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Profil en lecture seule</translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation>&amp;Lecture seule : refuser toute modification de ce tenant</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Tenant de production</translation>
    </message>
    <message>
        <source>Pro&amp;duction tenant: ask for its name before bulk changes</source>
        <translation>Tenant de pro&amp;duction : demander son nom avant les modifications en masse</translation>
    </message>
    <message>
        <source>Band co&amp;lour:</source>
        <translation>&amp;Couleur du bandeau :</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Couleur du bandeau</translation>
    </message>
    <message>
        <source>The colour of the band at the top of the window, to tell tenants apart</source>
        <translation>La couleur du bandeau en haut de la fenêtre, pour distinguer les tenants</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No band colour</source>
        <translation>Pas de couleur de bandeau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the console while this profile is active (used at the next start)</source>
        <translation>La langue de la console tant que ce profil est actif (appliquée au prochain démarrage)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Annuler le test de connexion</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion en cours</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>Profil&amp;es</source>
        <translation>Pr&amp;ofils</translation>
    </message>
    <message>
        <source>Ten&amp;ant:</source>
        <translation>Ten&amp;ant :</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Re&amp;quêtes parallèles :</translation>
    </message>
</context>
<context>
    <name>UndoJobDialog</name>
    <message>
        <source>Undo Bulk Job</source>
        <translation>Défaire une tâche groupée</translation>
    </message>
    <message>
        <source>Undo bulk job</source>
        <translation>Défaire une tâche groupée</translation>
    </message>
    <message>
        <source>The undo removes the owners the job added and adds again the owners it removed, in the same roles. Every row is checked against the tenant first: rows with nothing left to undo are not written, and rows that changed since the job are unticked; tick one to undo it anyway.</source>
        <translation>L’annulation retire les propriétaires que la tâche a ajoutés et rajoute ceux qu’elle a retirés, avec les mêmes rôles. Chaque ligne est d’abord vérifiée auprès du tenant : les lignes qui n’ont plus rien à défaire ne sont pas écrites, et celles qui ont changé depuis la tâche sont décochées ; cochez-en une pour la défaire quand même.</translation>
    </message>
    <message>
        <source>This profile is read-only: the undo can be checked and previewed, not applied.</source>
        <translation>Ce profil est en lecture seule : l’annulation peut être vérifiée et prévisualisée, mais pas appliquée.</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Rows of the undo</source>
        <translation>Lignes de l’annulation</translation>
    </message>
    <message>
        <source>Tenant name to confirm</source>
        <translation>Nom du tenant à confirmer</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Progression de l’annulation</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Check the undo against the tenant again</source>
        <translation>Vérifier à nouveau l’annulation auprès du tenant</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <source>Apply the undo</source>
        <translation>Appliquer l’annulation</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Relancer les éc&amp;hecs</translation>
    </message>
    <message>
        <source>Retry the failed rows of the undo</source>
        <translation>Relancer les lignes en échec de l’annulation</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the check or the undo</source>
        <translation>Arrêter la vérification ou l’annulation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the undo dialog</source>
        <translation>Fermer la boîte de dialogue d’annulation</translation>
    </message>
</context>
<context>
    <name>c1::AdaptiveLimiter</name>
    <message>
        <source>%1 requests/s, %2 at a time</source>
        <translation>%1 requêtes/s, %2 à la fois</translation>
    </message>
</context>
<context>
    <name>c1::AnnotationsEditor</name>
    <message>
        <source>Add annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>Retirer l’annotation</translation>
    </message>
    <message>
        <source>Annotation %1: %2</source>
        <translation>Annotation %1 : %2</translation>
    </message>
    <message>
        <source>enter a key.</source>
        <translation>saisissez une clé.</translation>
    </message>
    <message>
        <source>keys starting with “c1/” are reserved for C1.</source>
        <translation>les clés commençant par « c1/ » sont réservées à C1.</translation>
    </message>
    <message>
        <source>the key “%1” is used twice.</source>
        <translation>la clé « %1 » est utilisée deux fois.</translation>
    </message>
    <message>
        <source>At most %1 annotations are allowed; there are %2.</source>
        <translation>%1 annotations au plus sont autorisées ; il y en a %2.</translation>
    </message>
</context>
<context>
    <name>c1::ApiCall</name>
    <message>
        <source>the connection closed before the tenant answered</source>
        <translation>la connexion a été fermée avant la réponse du tenant</translation>
    </message>
</context>
<context>
    <name>c1::ApiError</name>
    <message>
        <source>The tenant refused the request as invalid</source>
        <translation>Le tenant a refusé la requête comme non valide</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in</source>
        <translation>Le tenant n’a pas accepté la connexion</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Conflit avec l’état actuel</translation>
    </message>
    <message>
        <source>The tenant is limiting the request rate</source>
        <translation>Le tenant limite le débit des requêtes</translation>
    </message>
    <message>
        <source>The tenant is unavailable</source>
        <translation>Le tenant est indisponible</translation>
    </message>
    <message>
        <source>The tenant had an internal error</source>
        <translation>Le tenant a rencontré une erreur interne</translation>
    </message>
    <message>
        <source>The tenant refused the request</source>
        <translation>Le tenant a refusé la requête</translation>
    </message>
    <message>
        <source>Could not reach the tenant.</source>
        <translation>Impossible de joindre le tenant.</translation>
    </message>
    <message>
        <source>Could not reach the tenant: %1</source>
        <translation>Impossible de joindre le tenant : %1</translation>
    </message>
    <message>
        <source>The secure connection to the tenant failed.</source>
        <translation>La connexion sécurisée au tenant a échoué.</translation>
    </message>
    <message>
        <source>The secure connection to the tenant failed: %1</source>
        <translation>La connexion sécurisée au tenant a échoué : %1</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>Le tenant n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2).</source>
        <translation>%1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>The tenant sent an answer the console could not read.</source>
        <translation>Le tenant a envoyé une réponse que la console n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The tenant answered with a redirect (HTTP %1), which the console does not follow.</source>
        <translation>Le tenant a répondu par une redirection (HTTP %1), que la console ne suit pas.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>The listing was stopped: the tenant repeated a page token.</source>
        <translation>La liste a été interrompue : le tenant a répété un jeton de page.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>La saisie n’est pas valide.</translation>
    </message>
    <message>
        <source>(request-id %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
</context>
<context>
    <name>c1::AppTreeModel</name>
    <message>
        <source>The server repeated a page token; the listing was stopped.</source>
        <translation>Le serveur a répété un jeton de page ; la liste a été interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n attribution</numerusform>
            <numerusform>%n attributions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>Charger la suite…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <source>Activate to retry</source>
        <translation>Activer pour réessayer</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits d’accès</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Droit d’accès</translation>
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
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>c1::BrowserView</name>
    <message>
        <source>Filter the loaded tree</source>
        <translation>Filtrer l’arborescence chargée</translation>
    </message>
    <message>
        <source>Filter loaded items (Ctrl+F)</source>
        <translation>Filtrer les éléments chargés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Apps, resource types and resources</source>
        <translation>Applications, types de ressource et ressources</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l’ID</translation>
    </message>
    <message>
        <source>Copy Path of IDs</source>
        <translation>Copier le chemin des ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh All</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>Load All Pages</source>
        <translation>Charger toutes les pages</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>New Resource…</source>
        <translation>Nouvelle ressource…</translation>
    </message>
    <message>
        <source>Bulk Assign Owners…</source>
        <translation>Affecter des propriétaires en masse…</translation>
    </message>
    <message>
        <source>Finding %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>%1 apps, %2 resource types, %3 resources, %4 entitlements loaded</source>
        <translation>%1 applications, %2 types de ressource, %3 ressources, %4 droits d’accès chargés</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Chargement… %1</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>c1::BulkAssignment</name>
    <message>
        <source>The file is too large (over 32 MB).</source>
        <translation>Le fichier est trop volumineux (plus de 32 Mo).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The list or the settings changed: check again before applying.</source>
        <translation>La liste ou les réglages ont changé : vérifiez à nouveau avant d’appliquer.</translation>
    </message>
    <message>
        <source>Enter a role slug first.</source>
        <translation>Saisissez d’abord un identifiant de rôle.</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Vérification arrêtée.</translation>
    </message>
    <message>
        <source>%1 read from %2.</source>
        <translation>Lu depuis %2 : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles already used on these targets: %1.</source>
        <translation>Rôles déjà utilisés sur ces cibles : %1.</translation>
    </message>
    <message>
        <source>This bulk change has already started.</source>
        <translation>Cette modification en masse a déjà commencé.</translation>
    </message>
    <message>
        <source>The job cannot be read: %1</source>
        <translation>La tâche ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This job belongs to the profile “%1”: connect to it to resume the job.</source>
        <translation>Cette tâche appartient au profil « %1 » : connectez-vous-y pour reprendre la tâche.</translation>
    </message>
    <message>
        <source>Resuming job %1. Rows that were being sent are read back before anything is written again.</source>
        <translation>Reprise de la tâche %1. Les lignes en cours d’envoi sont relues avant toute nouvelle écriture.</translation>
    </message>
    <message>
        <source>The job journal cannot be written (%1); the job is paused.</source>
        <translation>Le journal de la tâche ne peut pas être écrit (%1) ; la tâche est en pause.</translation>
    </message>
    <message>
        <source>%1 of %2 written</source>
        <translation>%1 sur %2 écrites</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n reprise</numerusform>
            <numerusform>%n reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne d’aperçu</numerusform>
            <numerusform>%n lignes d’aperçu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add</source>
        <translation>
            <numerusform>%n propriétaire à ajouter</numerusform>
            <numerusform>%n propriétaires à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n propriétaire à retirer</numerusform>
            <numerusform>%n propriétaires à retirer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already owner(s)</source>
        <translation>
            <numerusform>%n déjà propriétaire</numerusform>
            <numerusform>%n déjà propriétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not owner(s)</source>
        <translation>
            <numerusform>%n non propriétaire</numerusform>
            <numerusform>%n non propriétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguë</numerusform>
            <numerusform>%n ambiguës</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n décochée</numerusform>
            <numerusform>%n décochées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n déjà en place</numerusform>
            <numerusform>%n déjà en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tentée</numerusform>
            <numerusform>%n non tentées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n ligne avec des problèmes</numerusform>
            <numerusform>%n lignes avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds entitlement references only: they are added or removed as entitlement owners.</source>
        <translation>La liste ne contient que des références de droits d’accès : ils sont ajoutés ou retirés comme droits d’accès propriétaires.</translation>
    </message>
</context>
<context>
    <name>c1::BulkCheck</name>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>c1::BulkExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnerJob</name>
    <message>
        <source>unticked</source>
        <translation>décochée</translation>
    </message>
    <message>
        <source>the profile is read-only</source>
        <translation>le profil est en lecture seule</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>canceled before it was sent</source>
        <translation>annulée avant l’envoi</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>the job journal could not be written</source>
        <translation>le journal de la tâche n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation>la session a pris fin</translation>
    </message>
    <message>
        <source>the tenant already had this owner</source>
        <translation>le tenant avait déjà ce propriétaire</translation>
    </message>
    <message>
        <source>the session ended before the change could be verified</source>
        <translation>la session a pris fin avant que la modification puisse être vérifiée</translation>
    </message>
    <message>
        <source>could not verify whether the change took effect (%1); it is read again before any retry</source>
        <translation>impossible de vérifier si la modification a pris effet (%1) ; elle est relue avant toute nouvelle tentative</translation>
    </message>
    <message>
        <source>confirmed by reading it back</source>
        <translation>confirmée par relecture</translation>
    </message>
    <message>
        <source>canceled before it took effect</source>
        <translation>annulée avant de prendre effet</translation>
    </message>
    <message numerus="yes">
        <source>no effect after %n attempt(s): %1</source>
        <translation>
            <numerusform>sans effet après %n tentative : %1</numerusform>
            <numerusform>sans effet après %n tentatives : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore écrite</translation>
    </message>
    <message>
        <source>over the limit of %1 owners of this kind: %2</source>
        <translation>au-delà de la limite de %1 propriétaires de ce type : %2</translation>
    </message>
    <message>
        <source>%1 no longer exists (read back)</source>
        <translation>%1 n’existe plus (vérifié par relecture)</translation>
    </message>
    <message>
        <source>the owner is gone (confirmed by reading it back)</source>
        <translation>le propriétaire n’existe plus (confirmé par relecture)</translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnersDialog</name>
    <message numerus="yes">
        <source>%n targets: %1, …</source>
        <translation>
            <numerusform>%n cible : %1, …</numerusform>
            <numerusform>%n cibles : %1, …</numerusform>
        </translation>
    </message>
    <message>
        <source>Add owners</source>
        <translation>Ajouter des propriétaires</translation>
    </message>
    <message>
        <source>Remove owners</source>
        <translation>Retirer des propriétaires</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits d’accès</translation>
    </message>
    <message>
        <source>Not signed in: nothing can be checked or written.</source>
        <translation>Non connecté : rien ne peut être vérifié ni écrit.</translation>
    </message>
    <message>
        <source>This is a production tenant. Type its name (%1) to allow writing:</source>
        <translation>Ceci est un tenant de production. Saisissez son nom (%1) pour autoriser l’écriture :</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Resume job</source>
        <translation>&amp;Reprendre la tâche</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Load owners from a CSV file</source>
        <translation>Charger des propriétaires depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The job is still running: pause or cancel it before closing.</source>
        <translation>La tâche est toujours en cours : mettez-la en pause ou annulez-la avant de fermer.</translation>
    </message>
    <message>
        <source>Close the bulk owners dialog</source>
        <translation>Fermer la boîte de dialogue d’attribution groupée des propriétaires</translation>
    </message>
    <message>
        <source>Nothing selected. Close this dialog, select apps or resources in the tree (Ctrl+click for several) and open it again.</source>
        <translation>Rien n’est sélectionné. Fermez cette boîte de dialogue, sélectionnez des applications ou des ressources dans l’arborescence (Ctrl+clic pour plusieurs) et rouvrez-la.</translation>
    </message>
</context>
<context>
    <name>c1::BulkPlanner</name>
    <message>
        <source>the user is %1</source>
        <translation>l’utilisateur est %1</translation>
    </message>
    <message>
        <source>a user, but entitlement owners are being changed</source>
        <translation>un utilisateur, mais ce sont des droits d’accès propriétaires qui sont modifiés</translation>
    </message>
    <message>
        <source>no user has this ID</source>
        <translation>aucun utilisateur n’a cet ID</translation>
    </message>
    <message>
        <source>no user has this email</source>
        <translation>aucun utilisateur n’a cette adresse e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n users share this email: choose one</source>
        <translation>
            <numerusform>%n utilisateur a cette adresse e-mail : choisissez-en un</numerusform>
            <numerusform>%n utilisateurs partagent cette adresse e-mail : choisissez-en un</numerusform>
        </translation>
    </message>
    <message>
        <source>an entitlement reference, but user owners are being changed</source>
        <translation>une référence de droit d’accès, mais ce sont des utilisateurs propriétaires qui sont modifiés</translation>
    </message>
    <message>
        <source>no entitlement with this ID in that app</source>
        <translation>aucun droit d’accès avec cet ID dans cette application</translation>
    </message>
    <message>
        <source>the same owner as line %1</source>
        <translation>le même propriétaire qu’à la ligne %1</translation>
    </message>
    <message>
        <source>already an owner in role “%1”</source>
        <translation>déjà propriétaire avec le rôle « %1 »</translation>
    </message>
    <message>
        <source>not an owner in role “%1”</source>
        <translation>pas propriétaire avec le rôle « %1 »</translation>
    </message>
    <message>
        <source>the profile is read-only</source>
        <translation>le profil est en lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>would exceed %n owners of this kind (%1 already there)</source>
        <translation>
            <numerusform>dépasserait la limite de %n propriétaire de ce type (%1 déjà présents)</numerusform>
            <numerusform>dépasserait la limite de %n propriétaires de ce type (%1 déjà présents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkRow</name>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Wrong kind</source>
        <translation>Mauvais type</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguë</translation>
    </message>
    <message>
        <source>Disabled user</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>Entitlement not found</source>
        <translation>Droit d’accès introuvable</translation>
    </message>
    <message>
        <source>Over the owner limit</source>
        <translation>Au-delà de la limite de propriétaires</translation>
    </message>
    <message>
        <source>Blocked (read-only)</source>
        <translation>Bloquée (lecture seule)</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Déjà en place</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tentée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unreadable state in the job journal</source>
        <translation>État illisible dans le journal de la tâche</translation>
    </message>
    <message>
        <source>Target no longer exists</source>
        <translation>La cible n’existe plus</translation>
    </message>
</context>
<context>
    <name>c1::BulkRowsFilterModel</name>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>À écrire</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Aucune modification nécessaire</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguë</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Non écrites</translation>
    </message>
</context>
<context>
    <name>c1::BulkRowsModel</name>
    <message>
        <source>one of: %1</source>
        <translation>l’une de : %1</translation>
    </message>
    <message>
        <source>%1 (request-id: %2)</source>
        <translation>%1 (ID de requête : %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
</context>
<context>
    <name>c1::C1Client</name>
    <message>
        <source>“%1” is not a valid %2 ID (27 letters and digits).</source>
        <translation>« %1 » n’est pas un ID %2 valide (27 lettres et chiffres).</translation>
    </message>
    <message>
        <source>An owner role is required.</source>
        <translation>Un rôle de propriétaire est requis.</translation>
    </message>
    <message>
        <source>An app needs a display name.</source>
        <translation>Une application nécessite un nom d’affichage.</translation>
    </message>
    <message>
        <source>A resource needs a display name.</source>
        <translation>Une ressource nécessite un nom d’affichage.</translation>
    </message>
    <message>
        <source>“Unowned only” and owner IDs cannot be combined: add “none” to the owner IDs instead.</source>
        <translation>« Sans propriétaire uniquement » et des ID de propriétaires ne peuvent pas être combinés : ajoutez plutôt « none » aux ID de propriétaires.</translation>
    </message>
</context>
<context>
    <name>c1::ClientCredentials</name>
    <message>
        <source>The client ID is empty. Paste the client ID shown when the API credential was created.</source>
        <translation>L’ID client est vide. Collez l’ID client affiché lors de la création de l’identifiant d’API.</translation>
    </message>
    <message>
        <source>The client ID has no &quot;@&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>L’ID client ne contient pas de « @ » : il devrait ressembler à name@tenant.conductor.one/pcc.</translation>
    </message>
    <message>
        <source>The client ID has nothing before the &quot;@&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>L’ID client n’a rien avant le « @ » : il devrait ressembler à name@tenant.conductor.one/pcc.</translation>
    </message>
    <message>
        <source>The client ID does not end with &quot;/pcc&quot; or &quot;/spc&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>L’ID client ne se termine pas par « /pcc » ou « /spc » : il devrait ressembler à name@tenant.conductor.one/pcc.</translation>
    </message>
    <message>
        <source>The tenant address in the client ID (between &quot;@&quot; and &quot;/&quot;) is not a valid host name or port.</source>
        <translation>L’adresse du tenant dans l’ID client (entre « @ » et « / ») n’est pas un nom d’hôte ou un port valide.</translation>
    </message>
    <message>
        <source>The client secret is empty. Paste the secret shown when the API credential was created.</source>
        <translation>Le secret client est vide. Collez le secret affiché lors de la création de l’identifiant d’API.</translation>
    </message>
    <message>
        <source>The client secret does not start with &quot;secret-token:conductorone.com:&quot;. Check that the whole secret was copied.</source>
        <translation>Le secret client ne commence pas par « secret-token:conductorone.com: ». Vérifiez que le secret a été copié en entier.</translation>
    </message>
    <message>
        <source>The client secret should have four parts separated by &quot;:&quot; (secret-token:conductorone.com:v1:…). Part of it may be missing.</source>
        <translation>Le secret client devrait comporter quatre parties séparées par « : » (secret-token:conductorone.com:v1:…). Une partie manque peut-être.</translation>
    </message>
    <message>
        <source>The client secret is not a version 1 secret (&quot;v1&quot;); this version of C1 Console cannot use it.</source>
        <translation>Le secret client n’est pas un secret de version 1 (« v1 ») ; cette version de C1 Console ne peut pas l’utiliser.</translation>
    </message>
    <message>
        <source>The last part of the client secret is not valid base64. Part of it may be missing or mistyped.</source>
        <translation>La dernière partie du secret client n’est pas du base64 valide. Une partie manque peut-être ou a été mal saisie.</translation>
    </message>
    <message>
        <source>The client secret does not contain a valid key (the decoded text is not a JSON key object).</source>
        <translation>Le secret client ne contient pas de clé valide (le texte décodé n’est pas un objet de clé JSON).</translation>
    </message>
    <message>
        <source>The key in the client secret is not an Ed25519 key (its type is not &quot;OKP&quot;).</source>
        <translation>La clé du secret client n’est pas une clé Ed25519 (son type n’est pas « OKP »).</translation>
    </message>
    <message>
        <source>The key in the client secret uses another curve than Ed25519.</source>
        <translation>La clé du secret client utilise une autre courbe qu’Ed25519.</translation>
    </message>
    <message>
        <source>The client secret holds only a public key; the private part (&quot;d&quot;) is missing.</source>
        <translation>Le secret client ne contient qu’une clé publique ; la partie privée (« d ») manque.</translation>
    </message>
    <message>
        <source>The key in the client secret is damaged: its private or public part has the wrong size.</source>
        <translation>La clé du secret client est endommagée : sa partie privée ou publique n’a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The key in the client secret is damaged: its public part does not belong to its private part.</source>
        <translation>La clé du secret client est endommagée : sa partie publique ne correspond pas à sa partie privée.</translation>
    </message>
    <message>
        <source>The client credentials are not valid.</source>
        <translation>Les identifiants client ne sont pas valides.</translation>
    </message>
</context>
<context>
    <name>c1::ConnectionTestPanel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Connected. Signed in as %1. Roles: %2.</source>
        <translation>Connecté. Session ouverte en tant que %1. Rôles : %2.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID d’utilisateur : %1</translation>
    </message>
</context>
<context>
    <name>c1::ConsoleWorkflows</name>
    <message>
        <source>Owners of the selection</source>
        <translation>Propriétaires de la sélection</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Created the app “%1”.</source>
        <translation>Application « %1 » créée.</translation>
    </message>
    <message>
        <source>Created the resource “%1”.</source>
        <translation>Ressource « %1 » créée.</translation>
    </message>
    <message>
        <source>Users and entitlements owning the selection</source>
        <translation>Utilisateurs et droits d’accès propriétaires de la sélection</translation>
    </message>
    <message>
        <source>The profile is read-only: the job cannot be resumed here.</source>
        <translation>Le profil est en lecture seule : la tâche ne peut pas être reprise ici.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Select an app, a resource or an entitlement to see its owners.</source>
        <translation>Sélectionnez une application, une ressource ou un droit d’accès pour en voir les propriétaires.</translation>
    </message>
    <message>
        <source>Only apps, resources and entitlements have owners: select one to see them.</source>
        <translation>Seuls les applications, les ressources et les droits d’accès ont des propriétaires : sélectionnez-en un pour les voir.</translation>
    </message>
</context>
<context>
    <name>c1::CreateAppDialog</name>
    <message>
        <source>The tenant&apos;s default identity matching</source>
        <translation>Rapprochement des identités par défaut du tenant</translation>
    </message>
    <message>
        <source>Production tenant (%1): the app is created for real.</source>
        <translation>Tenant de production (%1) : l’application est réellement créée.</translation>
    </message>
</context>
<context>
    <name>c1::CreateFlow</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom d’affichage.</translation>
    </message>
    <message numerus="yes">
        <source>A policy ID is 27 letters and digits (this one has %n characters).</source>
        <translation>
            <numerusform>Un ID de politique compte 27 lettres et chiffres (celui-ci a %n caractère).</numerusform>
            <numerusform>Un ID de politique compte 27 lettres et chiffres (celui-ci a %n caractères).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n owners.</source>
        <translation>
            <numerusform>%n propriétaire au plus.</numerusform>
            <numerusform>%n propriétaires au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Choisissez une application.</translation>
    </message>
    <message>
        <source>Choose a resource type.</source>
        <translation>Choisissez un type de ressource.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Connecté à aucun tenant.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create apps.</source>
        <translation>Le profil « %1 » est en lecture seule : il ne peut pas créer d’applications.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create resources.</source>
        <translation>Le profil « %1 » est en lecture seule : il ne peut pas créer de ressources.</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <source>Creating the app…</source>
        <translation>Création de l’application…</translation>
    </message>
    <message>
        <source>Creating the resource…</source>
        <translation>Création de la ressource…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the app: look for it in the app list before trying again.</source>
        <translation>Annulé. Le tenant a peut-être quand même créé l’application : cherchez-la dans la liste des applications avant de réessayer.</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the resource: look for it before trying again.</source>
        <translation>Annulé. Le tenant a peut-être quand même créé la ressource : cherchez-la avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 No app named “%2” appeared in the tenant afterwards: it was most likely not created, and you can create it again.</source>
        <translation>%1 Aucune application nommée « %2 » n’est apparue ensuite dans le tenant : elle n’a très probablement pas été créée, et vous pouvez la créer à nouveau.</translation>
    </message>
    <message>
        <source>%1 No resource named “%2” appeared in the resource type afterwards: it was most likely not created, and you can create it again.</source>
        <translation>%1 Aucune ressource nommée « %2 » n’est apparue ensuite dans le type de ressource : elle n’a très probablement pas été créée, et vous pouvez la créer à nouveau.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the app was created (%2): look for it in the app list before trying again.</source>
        <translation>%1 Impossible de vérifier si l’application a été créée (%2) : cherchez-la dans la liste des applications avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the resource was created (%2): look for it before trying again.</source>
        <translation>%1 Impossible de vérifier si la ressource a été créée (%2) : cherchez-la avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>c1::CreateFormBinding</name>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>c1::CreateResourceDialog</name>
    <message>
        <source>Loading apps…</source>
        <translation>Chargement des applications…</translation>
    </message>
    <message>
        <source>A manually managed resource in the app %1.</source>
        <translation>Une ressource gérée manuellement dans l’application %1.</translation>
    </message>
    <message>
        <source>A manually managed resource of the type %1 in the app %2.</source>
        <translation>Une ressource gérée manuellement, de type %1, dans l’application %2.</translation>
    </message>
    <message>
        <source>Type to find an app</source>
        <translation>Tapez pour trouver une application</translation>
    </message>
    <message>
        <source>Could not list the apps: %1</source>
        <translation>Impossible de lister les applications : %1</translation>
    </message>
    <message>
        <source>Could not list the resource types: %1</source>
        <translation>Impossible de lister les types de ressource : %1</translation>
    </message>
    <message>
        <source>Loading the apps…</source>
        <translation>Chargement des applications…</translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Choisissez une application.</translation>
    </message>
    <message>
        <source>No app is called “%1”.</source>
        <translation>Aucune application ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Loading the resource types…</source>
        <translation>Chargement des types de ressource…</translation>
    </message>
    <message>
        <source>Choose a resource type.</source>
        <translation>Choisissez un type de ressource.</translation>
    </message>
    <message>
        <source>Production tenant (%1): the resource is created for real.</source>
        <translation>Tenant de production (%1) : la ressource est réellement créée.</translation>
    </message>
    <message>
        <source>Create a Resource &amp;Type First…</source>
        <translation>Créer d’abord un &amp;type de ressource…</translation>
    </message>
    <message>
        <source>Create a resource type first</source>
        <translation>Créer d’abord un type de ressource</translation>
    </message>
    <message>
        <source>Resources live in a resource type: create one in this app, then the resource.</source>
        <translation>Les ressources se trouvent dans un type de ressource : créez-en un dans cette application, puis la ressource.</translation>
    </message>
    <message>
        <source>This app has no resource types yet: create one first.</source>
        <translation>Cette application n’a pas encore de type de ressource : créez-en un d’abord.</translation>
    </message>
</context>
<context>
    <name>c1::CreatedCheck</name>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was created…</source>
        <translation>La requête a échoué après son envoi (%1). Vérification de la création de « %2 »…</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>c1::CredentialFields</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Tenant address: %1</source>
        <translation>Adresse du tenant : %1</translation>
    </message>
    <message>
        <source>Paste the client secret created with the client ID in C1.</source>
        <translation>Collez le secret client créé avec l’ID client dans C1.</translation>
    </message>
    <message>
        <source>The secret holds a valid Ed25519 key.</source>
        <translation>Le secret contient une clé Ed25519 valide.</translation>
    </message>
</context>
<context>
    <name>c1::DeleteDialog</name>
    <message>
        <source>Delete App</source>
        <translation>Supprimer l’application</translation>
    </message>
    <message>
        <source>Delete Resource Type</source>
        <translation>Supprimer le type de ressource</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Production tenant (%1): this deletes for real.</source>
        <translation>Tenant de production (%1) : la suppression est réelle.</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Nom à confirmer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Production tenant: type “%1” to confirm.</source>
        <translation>Tenant de production : saisissez « %1 » pour confirmer.</translation>
    </message>
</context>
<context>
    <name>c1::DeleteFlow</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be deleted.</source>
        <translation>Le profil « %1 » est en lecture seule : rien ne peut être supprimé.</translation>
    </message>
    <message>
        <source>The app “%1” is deleted with its resource types, resources and entitlements, and its owners lose it. C1 keeps it as a deleted app (a soft delete), but the console cannot restore it.</source>
        <translation>L’application « %1 » est supprimée avec ses types de ressource, ses ressources et ses droits d’accès, et ses propriétaires la perdent. C1 la conserve comme application supprimée (suppression logique), mais la console ne peut pas la restaurer.</translation>
    </message>
    <message>
        <source>It is a directory app: the accounts and apps found through it are affected as well.</source>
        <translation>C’est une application d’annuaire : les comptes et les applications trouvés par son intermédiaire sont également concernés.</translation>
    </message>
    <message>
        <source>The resource type “%1” of the app “%2” is deleted. It has no resources.</source>
        <translation>Le type de ressource « %1 » de l’application « %2 » est supprimé. Il ne contient aucune ressource.</translation>
    </message>
    <message>
        <source>all its resources (none are loaded in the tree, so how many is not known)</source>
        <translation>toutes ses ressources (aucune n’est chargée dans l’arborescence, leur nombre est donc inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>all its %n resource(s)</source>
        <translation>
            <numerusform>toutes ses ressources (%n)</numerusform>
            <numerusform>toutes ses ressources (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all its resources: at least %n (not all are loaded)</source>
        <translation>
            <numerusform>toutes ses ressources : au moins %n (toutes ne sont pas chargées)</numerusform>
            <numerusform>toutes ses ressources : au moins %n (toutes ne sont pas chargées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The resource type “%1” of the app “%2” is deleted, and with it %3.</source>
        <translation>Le type de ressource « %1 » de l’application « %2 » est supprimé, et avec lui %3.</translation>
    </message>
    <message>
        <source>The resource “%1” of the app “%2” is deleted, with its owners and the grants of its entitlements.</source>
        <translation>La ressource « %1 » de l’application « %2 » est supprimée, avec ses propriétaires et les attributions de ses droits d’accès.</translation>
    </message>
    <message>
        <source>The %1 is deleted.</source>
        <translation>L’objet (%1) a été supprimé.</translation>
    </message>
    <message>
        <source>Reading the %1…</source>
        <translation>Lecture de l’objet (%1)…</translation>
    </message>
    <message>
        <source>Production tenant: type the name “%1” to confirm.</source>
        <translation>Tenant de production : saisissez le nom « %1 » pour confirmer.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” is already gone: its app no longer exists.</source>
        <translation>« %1 » a déjà disparu : son application n’existe plus.</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>Impossible de lire l’application : %1</translation>
    </message>
    <message>
        <source>“%1” is already gone: its app was deleted.</source>
        <translation>« %1 » a déjà disparu : son application a été supprimée.</translation>
    </message>
    <message>
        <source>“%1” is synced by a connector: C1 deletes only apps created by hand. Remove it from the connector instead.</source>
        <translation>« %1 » est synchronisée par un connecteur : C1 ne supprime que les applications créées manuellement. Retirez-la plutôt du connecteur.</translation>
    </message>
    <message>
        <source>The app “%1” is synced by a connector: its resource types and resources come from the connector and cannot be deleted here.</source>
        <translation>L’application « %1 » est synchronisée par un connecteur : ses types de ressource et ses ressources proviennent du connecteur et ne peuvent pas être supprimés ici.</translation>
    </message>
    <message>
        <source>“%1” is already gone.</source>
        <translation>« %1 » a déjà disparu.</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Impossible de lire l’objet (%1) : %2</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Suppression de « %1 » effectuée.</translation>
    </message>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was deleted…</source>
        <translation>La requête a échoué après son envoi (%1). Vérification de la suppression de « %2 »…</translation>
    </message>
    <message>
        <source>C1 refused: “%1” is synced by a connector, and only manually managed objects can be deleted. %2</source>
        <translation>C1 a refusé : « %1 » provient d’un connecteur, et seuls les objets gérés manuellement peuvent être supprimés. %2</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have deleted “%1”: refresh the tree before trying again.</source>
        <translation>Annulé. Le tenant a peut-être quand même supprimé « %1 » : actualisez l’arborescence avant de réessayer.</translation>
    </message>
    <message>
        <source>Deleted “%1” (confirmed after the request failed).</source>
        <translation>Suppression de « %1 » effectuée (confirmée après l’échec de la requête).</translation>
    </message>
    <message>
        <source>%1 Could not check whether “%2” was deleted (%3): refresh the tree before trying again.</source>
        <translation>%1 Impossible de vérifier la suppression de « %2 » (%3) : actualisez l’arborescence avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 “%2” still exists: it was not deleted, and you can delete it again.</source>
        <translation>%1 « %2 » existe toujours : la suppression n’a pas eu lieu, et vous pouvez la relancer.</translation>
    </message>
</context>
<context>
    <name>c1::DetailsPane</name>
    <message>
        <source>Details of the selection</source>
        <translation>Détails de la sélection</translation>
    </message>
    <message>
        <source>Fields of the selection</source>
        <translation>Champs de la sélection</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Could not load all details: %1</source>
        <translation>Impossible de charger tous les détails : %1</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Chargement des détails…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Select an app, resource type, resource or entitlement to see its details.</source>
        <translation>Sélectionnez une application, un type de ressource, une ressource ou un droit d’accès pour en voir les détails.</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits d’accès</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID d’application</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Parent app ID</source>
        <translation>ID de l’application parente</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Access model</source>
        <translation>Modèle d’accès</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Rapprochement des identités</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Coût mensuel (USD)</translation>
    </message>
    <message>
        <source>Connector version</source>
        <translation>Version du connecteur</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Manually managed</source>
        <translation>Gérée manuellement</translation>
    </message>
    <message>
        <source>Strict entitlement provisioning</source>
        <translation>Provisionnement strict des droits d’accès</translation>
    </message>
    <message>
        <source>Connector-sourced ownership</source>
        <translation>Propriété issue du connecteur</translation>
    </message>
    <message>
        <source>Revoke grant sources</source>
        <translation>Révoquer les sources d’attribution</translation>
    </message>
    <message>
        <source>Grant policy ID</source>
        <translation>ID de la politique d’octroi</translation>
    </message>
    <message>
        <source>Revoke policy ID</source>
        <translation>ID de la politique de révocation</translation>
    </message>
    <message>
        <source>Certify policy ID</source>
        <translation>ID de la politique de certification</translation>
    </message>
    <message>
        <source>Default request catalog ID</source>
        <translation>ID du catalogue de demandes par défaut</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>URL de l’icône</translation>
    </message>
    <message>
        <source>Logo URI</source>
        <translation>URI du logo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>type de ressource</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>Resource type ID</source>
        <translation>ID du type de ressource</translation>
    </message>
    <message>
        <source>Custom description</source>
        <translation>Description personnalisée</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Match Baton ID</source>
        <translation>ID Baton de rapprochement</translation>
    </message>
    <message>
        <source>Access config ID</source>
        <translation>ID de configuration d’accès</translation>
    </message>
    <message>
        <source>Parent resource ID</source>
        <translation>ID de la ressource parente</translation>
    </message>
    <message>
        <source>Parent resource type ID</source>
        <translation>ID du type de ressource parent</translation>
    </message>
    <message>
        <source>Non-human identity type</source>
        <translation>Type d’identité non humaine</translation>
    </message>
    <message>
        <source>Non-human identity detail</source>
        <translation>Détail de l’identité non humaine</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Secret: identity app user ID</source>
        <translation>Secret : ID d’utilisateur de l’application d’identité</translation>
    </message>
    <message>
        <source>Secret created</source>
        <translation>Secret créé</translation>
    </message>
    <message>
        <source>Secret expires</source>
        <translation>Expiration du secret</translation>
    </message>
    <message>
        <source>Secret last used</source>
        <translation>Dernière utilisation du secret</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>droit d’accès</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Grant duration</source>
        <translation>Durée d’attribution</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Sparse</source>
        <translation>Clairsemé</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>Inscription d’application</translation>
    </message>
    <message>
        <source>Assumable role</source>
        <translation>Rôle endossable</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Identité managée</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::DialogParts</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la requête</translation>
    </message>
</context>
<context>
    <name>c1::EditActions</name>
    <message>
        <source>New Resource &amp;Type…</source>
        <translation>Nouveau &amp;type de ressource…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>type de ressource</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>&amp;Edit App…</source>
        <translation>&amp;Modifier l’application…</translation>
    </message>
    <message>
        <source>&amp;Edit Resource Type…</source>
        <translation>&amp;Modifier le type de ressource…</translation>
    </message>
    <message>
        <source>&amp;Edit Resource…</source>
        <translation>&amp;Modifier la ressource…</translation>
    </message>
    <message>
        <source>&amp;Delete App…</source>
        <translation>&amp;Supprimer l’application…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource Type…</source>
        <translation>&amp;Supprimer le type de ressource…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource…</source>
        <translation>&amp;Supprimer la ressource…</translation>
    </message>
    <message>
        <source>Select an app, a resource type or a resource first.</source>
        <translation>Sélectionnez d’abord une application, un type de ressource ou une ressource.</translation>
    </message>
    <message>
        <source>Create a manually managed resource type in the selected app</source>
        <translation>Créer un type de ressource géré manuellement dans l’application sélectionnée</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Sélectionnez d’abord une application.</translation>
    </message>
    <message>
        <source>Change the selected %1</source>
        <translation>Modifier la sélection (%1)</translation>
    </message>
    <message>
        <source>Change the selected object</source>
        <translation>Modifier l’objet sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected %1</source>
        <translation>Supprimer la sélection (%1)</translation>
    </message>
    <message>
        <source>Delete the selected object</source>
        <translation>Supprimer l’objet sélectionné</translation>
    </message>
    <message>
        <source>Created the resource type “%1”.</source>
        <translation>Type de ressource « %1 » créé.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Modifications de « %1 » enregistrées.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Suppression de « %1 » effectuée.</translation>
    </message>
    <message>
        <source>New Type</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>c1::EditDialog</name>
    <message>
        <source>Edit App</source>
        <translation>Modifier l’application</translation>
    </message>
    <message>
        <source>Edit Resource Type</source>
        <translation>Modifier le type de ressource</translation>
    </message>
    <message>
        <source>Edit Resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>Production tenant (%1): changes are saved for real.</source>
        <translation>Tenant de production (%1) : les modifications sont réellement enregistrées.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Values changed meanwhile</source>
        <translation>Valeurs modifiées entre-temps</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When the form opened</source>
        <translation>À l’ouverture du formulaire</translation>
    </message>
    <message>
        <source>Now in the tenant</source>
        <translation>Actuellement dans le tenant</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>&amp;Save Mine Over Theirs</source>
        <translation>&amp;Imposer mes valeurs</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Imposer mes valeurs</translation>
    </message>
    <message>
        <source>Send the fields you changed; the tenant keeps the other fields as they are now.</source>
        <translation>Envoyer les champs que vous avez modifiés ; le tenant conserve les autres champs dans leur état actuel.</translation>
    </message>
    <message>
        <source>&amp;Use Their Values</source>
        <translation>&amp;Utiliser leurs valeurs</translation>
    </message>
    <message>
        <source>Use their values</source>
        <translation>Utiliser leurs valeurs</translation>
    </message>
    <message>
        <source>Reload the form with the tenant&apos;s values; nothing is sent.</source>
        <translation>Recharger le formulaire avec les valeurs du tenant ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Tenant default</source>
        <translation>Par défaut du tenant</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>“%1” carries the annotation “%2”: another tool (Terraform, for example) manages it and will revert these edits at its next run. Change it there instead, or save knowing that.</source>
        <translation>« %1 » porte l’annotation « %2 » : un autre outil (Terraform, par exemple) gère cet objet et annulera ces modifications à sa prochaine exécution. Modifiez-le plutôt dans cet outil, ou enregistrez en connaissance de cause.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aucune modification pour le moment.</translation>
    </message>
    <message>
        <source>Changes to save:</source>
        <translation>Modifications à enregistrer :</translation>
    </message>
    <message>
        <source>(not changed: theirs stays)</source>
        <translation>(inchangé : leur valeur est conservée)</translation>
    </message>
</context>
<context>
    <name>c1::EditFields</name>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Grant policy</source>
        <translation>Politique d’octroi</translation>
    </message>
    <message>
        <source>Revoke policy</source>
        <translation>Politique de révocation</translation>
    </message>
    <message>
        <source>Certify policy</source>
        <translation>Politique de certification</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Rapprochement des identités</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Coût mensuel (USD)</translation>
    </message>
    <message>
        <source>Strict access entitlement provisioning</source>
        <translation>Provisionnement strict des droits d’accès</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>URL de l’icône</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Saisissez un nom d’affichage.</translation>
    </message>
    <message>
        <source>A display name has at most %1 characters (this one has %2).</source>
        <translation>Un nom d’affichage compte %1 caractères au plus (celui-ci en a %2).</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>type de ressource</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
</context>
<context>
    <name>c1::EditFlow</name>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be changed.</source>
        <translation>Le profil « %1 » est en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>L’objet (%1) n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>Lecture des valeurs actuelles…</translation>
    </message>
    <message>
        <source>Reading the current values of “%1”…</source>
        <translation>Lecture des valeurs actuelles de « %1 »…</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Impossible de lire l’objet (%1) : %2</translation>
    </message>
    <message>
        <source>Checking that nobody changed “%1” meanwhile…</source>
        <translation>Vérification que personne n’a modifié « %1 » entre-temps…</translation>
    </message>
    <message>
        <source>Could not check the %1 before saving (%2): nothing was sent.</source>
        <translation>Impossible de vérifier l’objet (%1) avant l’enregistrement (%2) : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this form opened (at %2). Compare the values, then keep your changes or take theirs.</source>
        <translation>Quelqu’un a modifié « %1 » après l’ouverture de ce formulaire (à %2). Comparez les valeurs, puis conservez vos modifications ou reprenez les leurs.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was saved…</source>
        <translation>La requête a échoué après son envoi (%1). Vérification de l’enregistrement de « %2 »…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have saved the changes: the form shows what it sent; open it again to see the current values.</source>
        <translation>Annulé. Le tenant a peut-être quand même enregistré les modifications : le formulaire affiche ce qu’il a envoyé ; rouvrez-le pour voir les valeurs actuelles.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the changes were saved (%2): open the %3 again before saving again.</source>
        <translation>%1 Impossible de vérifier si les modifications ont été enregistrées (%2) : rouvrez l’objet (%3) avant d’enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>%1 The tenant does not hold the new values: the changes were not saved, and you can save again.</source>
        <translation>%1 Le tenant ne contient pas les nouvelles valeurs : les modifications n’ont pas été enregistrées, et vous pouvez enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was deleted meanwhile (404): there is nothing left to edit, and nothing was saved.</source>
        <translation>Entre-temps, « %1 » a disparu (404) : il n’y a plus rien à modifier, et rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>c1::EntitlementPicker</name>
    <message>
        <source>Search entitlements or paste app/entitlement ID pairs</source>
        <translation>Chercher des droits d’accès ou coller des paires d’ID application/droit d’accès</translation>
    </message>
    <message>
        <source>At most %1 entitlement owners are allowed; %2 are chosen.</source>
        <translation>%1 droits d’accès propriétaires au plus sont autorisés ; %2 sont choisis.</translation>
    </message>
    <message>
        <source>No entitlement has the reference %1.</source>
        <translation>Aucun droit d’accès n’a la référence %1.</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>“%1” is not an entitlement reference: both the app ID and the entitlement ID are 27 letters and digits.</source>
        <translation>« %1 » n’est pas une référence de droit d’accès : l’ID d’application et l’ID de droit d’accès comptent chacun 27 lettres et chiffres.</translation>
    </message>
    <message>
        <source>Entitlement name, or &lt;app ID&gt;/&lt;entitlement ID&gt;</source>
        <translation>Nom du droit, ou &lt;ID d’application&gt;/&lt;ID du droit&gt;</translation>
    </message>
</context>
<context>
    <name>c1::FormProblems</name>
    <message>
        <source>&lt;a href=&quot;#problem&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#problem&quot;&gt;%1&lt;/a&gt; : %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n autre problème)</numerusform>
            <numerusform>(%n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the field&apos;s name to go to the problem.</source>
        <translation>Cliquez sur le nom du champ pour accéder au problème.</translation>
    </message>
</context>
<context>
    <name>c1::Handover</name>
    <message>
        <source>The handover journal cannot be written: %1</source>
        <translation>Le journal du transfert ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>The journal of the interrupted step cannot be read: %1</source>
        <translation>Le journal de l’étape interrompue ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The job journal cannot be written (%1); the handover is paused.</source>
        <translation>Le journal de la tâche ne peut pas être écrit (%1) ; le transfert est en pause.</translation>
    </message>
    <message>
        <source>verified by reading it back</source>
        <translation>vérifié par relecture</translation>
    </message>
    <message>
        <source>still listed as an owner after %1 s</source>
        <translation>toujours listé comme propriétaire après %1 s</translation>
    </message>
    <message>
        <source>the successor was not visible after %1 s; the leaver was kept</source>
        <translation>le successeur n’était pas visible après %1 s ; la personne sortante a été conservée</translation>
    </message>
    <message>
        <source>This handover has already started.</source>
        <translation>Ce transfert a déjà commencé.</translation>
    </message>
    <message>
        <source>The handover cannot be read: %1</source>
        <translation>Le transfert ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This handover belongs to the profile “%1”: connect to it to resume it.</source>
        <translation>Ce transfert appartient au profil « %1 » : connectez-vous-y pour le reprendre.</translation>
    </message>
    <message>
        <source>Adding the successor: %1 of %2</source>
        <translation>Ajout du successeur : %1 sur %2</translation>
    </message>
    <message>
        <source>Removing the leaver: %1 of %2</source>
        <translation>Retrait de la personne sortante : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the tenant to show the changes: verifying in %n s</source>
        <translation>
            <numerusform>En attente de l’affichage des modifications par le tenant : vérification dans %n s</numerusform>
            <numerusform>En attente de l’affichage des modifications par le tenant : vérification dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 read</source>
        <translation>Vérification : %1 sur %2 lus</translation>
    </message>
    <message>
        <source>Finished: %1 of %2 rows done, %3 not done</source>
        <translation>Terminé : %1 lignes sur %2 traitées, %3 non traitées</translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 rows done</source>
        <translation>Annulé : %1 lignes sur %2 traitées</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>the object no longer exists</source>
        <translation>l’objet n’existe plus</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>successor added and verified</source>
        <translation>successeur ajouté et vérifié</translation>
    </message>
    <message>
        <source>removed and verified</source>
        <translation>retiré et vérifié</translation>
    </message>
    <message>
        <source>the successor was not added: %1</source>
        <translation>le successeur n’a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>still an owner when last read</source>
        <translation>toujours propriétaire lors de la dernière lecture</translation>
    </message>
    <message>
        <source>the successor was not verified: the leaver was kept</source>
        <translation>le successeur n’a pas été vérifié : la personne sortante a été conservée</translation>
    </message>
    <message>
        <source>could not be verified: %1</source>
        <translation>vérification impossible : %1</translation>
    </message>
    <message>
        <source>the leaver was not removed: %1</source>
        <translation>la personne sortante n’a pas été retirée : %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>managed by %1: the change may be reverted</source>
        <translation>géré par %1 : la modification risque d’être annulée</translation>
    </message>
    <message>
        <source>connector-managed ownership: the tenant keeps it in step with the source</source>
        <translation>propriété gérée par le connecteur : le tenant la maintient alignée sur la source</translation>
    </message>
    <message>
        <source>no successor chosen</source>
        <translation>aucun successeur choisi</translation>
    </message>
    <message>
        <source>the successor is the leaver</source>
        <translation>le successeur est la personne sortante</translation>
    </message>
    <message>
        <source>the successor is not enabled (%1)</source>
        <translation>le successeur n’est pas activé (%1)</translation>
    </message>
    <message>
        <source>the successor&apos;s ID is not a C1 ID</source>
        <translation>l’ID du successeur n’est pas un ID C1</translation>
    </message>
    <message>
        <source>the object would have more than %1 user owners</source>
        <translation>l’objet aurait plus de %1 utilisateurs propriétaires</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a check</source>
        <translation>
            <numerusform>%n bloquée par une vérification</numerusform>
            <numerusform>%n bloquées par une vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning</source>
        <translation>
            <numerusform>%n avec un avertissement</numerusform>
            <numerusform>%n avec un avertissement</numerusform>
        </translation>
    </message>
    <message>
        <source>The handover file has an unknown format.</source>
        <translation>Le fichier du transfert a un format inconnu.</translation>
    </message>
    <message>
        <source>The handover file is not valid JSON.</source>
        <translation>Le fichier du transfert n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n successeur</numerusform>
            <numerusform>%n successeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This hands over %n ownership(s) of %1 to %2: %3 to add, then %4 to remove where the successor is verified.</source>
        <translation>
            <numerusform>Cela transfère %n propriété de %1 à %2 : %3 à ajouter, puis %4 à retirer là où le successeur est vérifié.</numerusform>
            <numerusform>Cela transfère %n propriétés de %1 à %2 : %3 à ajouter, puis %4 à retirer là où le successeur est vérifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This adds %2 beside %1 on %n ownership(s): %3 to add; %1 keeps them.</source>
        <translation>
            <numerusform>Cela ajoute %2 à côté de %1 sur %n propriété : %3 à ajouter ; %1 les conserve.</numerusform>
            <numerusform>Cela ajoute %2 à côté de %1 sur %n propriétés : %3 à ajouter ; %1 les conserve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes %1 from %n ownership(s) without a successor: %2 to remove.</source>
        <translation>
            <numerusform>Cela retire %1 de %n propriété sans successeur : %2 à retirer.</numerusform>
            <numerusform>Cela retire %1 de %n propriétés sans successeur : %2 à retirer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverHistory</name>
    <message>
        <source>A step of the handover cannot be read (%1): %2</source>
        <translation>Une étape du transfert ne peut pas être lue (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n successeur</numerusform>
            <numerusform>%n successeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverMenu</name>
    <message>
        <source>&amp;Hand Over Ownership…</source>
        <translation>&amp;Transférer la propriété…</translation>
    </message>
    <message>
        <source>O&amp;wnership Health…</source>
        <translation>&amp;Bilan des propriétaires…</translation>
    </message>
    <message>
        <source>List what one person owns and hand it over to a successor</source>
        <translation>Lister ce que possède une personne et le transférer à un successeur</translation>
    </message>
    <message>
        <source>Find what has no owner, no enabled owner, or too many owners</source>
        <translation>Trouver ce qui n’a aucun propriétaire, aucun propriétaire activé ou trop de propriétaires</translation>
    </message>
</context>
<context>
    <name>c1::HandoverRowsModel</name>
    <message>
        <source>the successor already holds this role</source>
        <translation>le successeur a déjà ce rôle</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>object gone</source>
        <translation>objet disparu</translation>
    </message>
    <message>
        <source>%1 (request-id: %2)</source>
        <translation>%1 (ID de requête : %2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
</context>
<context>
    <name>c1::HandoverVerifier</name>
    <message>
        <source>the session ended</source>
        <translation>la session a pris fin</translation>
    </message>
</context>
<context>
    <name>c1::HandoverWindow</name>
    <message>
        <source>Hand Over Ownership</source>
        <translation>Transférer la propriété</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the unfinished handover</source>
        <translation>Reprendre le transfert inachevé</translation>
    </message>
    <message>
        <source>&amp;What they own</source>
        <translation>&amp;Ce qu’elle possède</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Close the handover window</source>
        <translation>Fermer la fenêtre de transfert</translation>
    </message>
    <message>
        <source>person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>&amp;List Ownership</source>
        <translation>&amp;Lister les objets possédés</translation>
    </message>
    <message>
        <source>List everything the chosen person owns</source>
        <translation>Lister tout ce que possède la personne choisie</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop listing</source>
        <translation>Arrêter la liste</translation>
    </message>
    <message>
        <source>What the person owns</source>
        <translation>Ce que possède la personne</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export what the person owns as CSV</source>
        <translation>Exporter en CSV ce que possède la personne</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>successor</source>
        <translation>le successeur</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Action à effectuer</translation>
    </message>
    <message>
        <source>Hand over: add the successor, verify, then remove the person</source>
        <translation>Transférer : ajouter le successeur, vérifier, puis retirer la personne</translation>
    </message>
    <message>
        <source>Add the successor only (keep the person)</source>
        <translation>Ajouter seulement le successeur (garder la personne)</translation>
    </message>
    <message>
        <source>Remove the person only (owns it by mistake)</source>
        <translation>Retirer seulement la personne (propriétaire par erreur)</translation>
    </message>
    <message>
        <source>Seconds to wait before verifying</source>
        <translation>Secondes d’attente avant la vérification</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C1 takes 45–150 s to show a new owner everywhere: the successor is verified after this wait, and the person removed only where the successor is verified.</source>
        <translation>C1 met de 45 à 150 s à afficher partout un nouveau propriétaire : le successeur est vérifié après cette attente, et la personne n’est retirée que là où le successeur est vérifié.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Preview the calls of the handover with their checks</source>
        <translation>Prévisualiser les appels du transfert avec leurs contrôles</translation>
    </message>
    <message>
        <source>Rows of the handover</source>
        <translation>Lignes du transfert</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Progression du transfert</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the handover</source>
        <translation>Appliquer le transfert</translation>
    </message>
    <message>
        <source>&amp;Cancel Handover</source>
        <translation>A&amp;nnuler le transfert</translation>
    </message>
    <message>
        <source>Cancel the handover</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Stop waiting and verify now</source>
        <translation>Cesser d’attendre et vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>Retry the rows that did not finish</source>
        <translation>Relancer les lignes inachevées</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Export the handover report as CSV</source>
        <translation>Exporter le rapport du transfert en CSV</translation>
    </message>
    <message>
        <source>S&amp;uccessor:</source>
        <translation>S&amp;uccesseur :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Wait &amp;before verifying:</source>
        <translation>&amp;Délai avant vérification :</translation>
    </message>
    <message>
        <source>Choose a person, then list what they own.</source>
        <translation>Choisissez une personne, puis listez ce qu’elle possède.</translation>
    </message>
    <message>
        <source>The profile is read-only: nothing can be written.</source>
        <translation>Le profil est en lecture seule : rien ne peut être écrit.</translation>
    </message>
    <message>
        <source>Choose the successor and the mode, then preview.</source>
        <translation>Choisissez le successeur et le mode, puis prévisualisez.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out: the person is not in their owner lists yet, or they could not be read</source>
        <translation>
            <numerusform>%n objet écarté : la personne ne figure pas encore dans sa liste de propriétaires, ou cette liste n’a pas pu être lue</numerusform>
            <numerusform>%n objets écartés : la personne ne figure pas encore dans leurs listes de propriétaires, ou ces listes n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A handover of what %1 owns was interrupted (%n row(s)). Resume it: rows that were being written are read back before anything is sent again.</source>
        <translation>
            <numerusform>Un transfert de ce que possède %1 a été interrompu (%n ligne). Reprenez-le : les lignes en cours d’écriture sont relues avant tout nouvel envoi.</numerusform>
            <numerusform>Un transfert de ce que possède %1 a été interrompu (%n lignes). Reprenez-le : les lignes en cours d’écriture sont relues avant tout nouvel envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export what the person owns</source>
        <translation>Exporter ce que possède la personne</translation>
    </message>
    <message>
        <source>Export the handover report</source>
        <translation>Exporter le rapport du transfert</translation>
    </message>
    <message>
        <source>The handover is running: cancel it before closing.</source>
        <translation>Le transfert est en cours : annulez-le avant de fermer.</translation>
    </message>
    <message>
        <source>Tenant name to confirm the handover</source>
        <translation>Nom du tenant pour confirmer le transfert</translation>
    </message>
    <message>
        <source>Production tenant (%1).</source>
        <translation>Tenant de production (%1).</translation>
    </message>
    <message>
        <source>Type the tenant&apos;s name (%1) to confirm the handover:</source>
        <translation>Saisissez le nom du tenant (%1) pour confirmer le transfert :</translation>
    </message>
    <message>
        <source>Production tenant: type its name below to confirm the handover.</source>
        <translation>Tenant de production : saisissez son nom ci-dessous pour confirmer le transfert.</translation>
    </message>
</context>
<context>
    <name>c1::HealthDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Show in &amp;Tree</source>
        <translation>Afficher dans l’a&amp;rborescence</translation>
    </message>
    <message>
        <source>&amp;Assign Owners to Selected…</source>
        <translation>Affecter des &amp;propriétaires à la sélection…</translation>
    </message>
    <message>
        <source>Ownership Health</source>
        <translation>Bilan des propriétaires</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Objet de la vérification</translation>
    </message>
    <message>
        <source>The whole tenant</source>
        <translation>Tout le tenant</translation>
    </message>
    <message>
        <source>The app “%1”</source>
        <translation>L’application « %1 »</translation>
    </message>
    <message>
        <source>Check the ownership health</source>
        <translation>Établir le bilan des propriétaires</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Apps checked</source>
        <translation>Applications vérifiées</translation>
    </message>
    <message>
        <source>Show the selected finding in the tree</source>
        <translation>Afficher le constat sélectionné dans l’arborescence</translation>
    </message>
    <message>
        <source>Assign owners to the selected findings&apos; objects</source>
        <translation>Affecter des propriétaires aux objets des constats sélectionnés</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Close the ownership health report</source>
        <translation>Fermer le bilan des propriétaires</translation>
    </message>
    <message>
        <source>Ch&amp;eck:</source>
        <translation>À vérifi&amp;er :</translation>
    </message>
    <message>
        <source>Choose what to check, then Check.</source>
        <translation>Choisissez quoi vérifier, puis cliquez sur Vérifier.</translation>
    </message>
</context>
<context>
    <name>c1::HealthModel</name>
    <message>
        <source>No owner</source>
        <translation>Aucun propriétaire</translation>
    </message>
    <message>
        <source>No enabled owner</source>
        <translation>Aucun propriétaire actif</translation>
    </message>
    <message>
        <source>At the owner limit</source>
        <translation>Limite de propriétaires atteinte</translation>
    </message>
    <message>
        <source>Near the owner limit</source>
        <translation>Proche de la limite de propriétaires</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>c1::JobJournal</name>
    <message>
        <source>The job file is not valid JSON: %1</source>
        <translation>Le fichier de la tâche n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The job file has an unknown format.</source>
        <translation>Le fichier de la tâche a un format inconnu.</translation>
    </message>
    <message>
        <source>The job file refers to a target that it does not list.</source>
        <translation>Le fichier de la tâche fait référence à une cible qu’il ne liste pas.</translation>
    </message>
</context>
<context>
    <name>c1::KeychainSecretStore</name>
    <message>
        <source>The keychain entry of this profile is damaged. Enter the client ID and secret again.</source>
        <translation>L’entrée du trousseau de ce profil est endommagée. Saisissez à nouveau l’ID client et le secret.</translation>
    </message>
</context>
<context>
    <name>c1::MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Edit tenant profiles and their credentials</source>
        <translation>Modifier les profils de tenant et leurs identifiants</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit C1 Console</source>
        <translation>Quitter C1 Console</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>&amp;Copier l’ID</translation>
    </message>
    <message>
        <source>Copy the ID of the selected object</source>
        <translation>Copier l’ID de l’objet sélectionné</translation>
    </message>
    <message>
        <source>&amp;Find / Filter</source>
        <translation>&amp;Rechercher / Filtrer</translation>
    </message>
    <message>
        <source>Filter what is shown</source>
        <translation>Filtrer ce qui est affiché</translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation>&amp;Aller à l’ID…</translation>
    </message>
    <message>
        <source>Open an app, resource or user by its ID</source>
        <translation>Ouvrir une application, une ressource ou un utilisateur par son ID</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Load the selected object again</source>
        <translation>Recharger l’objet sélectionné</translation>
    </message>
    <message>
        <source>New &amp;App…</source>
        <translation>Nouvelle &amp;application…</translation>
    </message>
    <message>
        <source>Create an app in the tenant</source>
        <translation>Créer une application dans le tenant</translation>
    </message>
    <message>
        <source>New &amp;Resource…</source>
        <translation>Nouvelle &amp;ressource…</translation>
    </message>
    <message>
        <source>Create a manually managed resource in the selected resource type</source>
        <translation>Créer une ressource gérée manuellement dans le type de ressource sélectionné</translation>
    </message>
    <message>
        <source>&amp;Bulk Assign Owners…</source>
        <translation>&amp;Affecter des propriétaires en masse…</translation>
    </message>
    <message>
        <source>Paste a list of owner IDs and assign them all</source>
        <translation>Coller une liste d’ID de propriétaires et les affecter tous</translation>
    </message>
    <message>
        <source>&amp;About C1 Console</source>
        <translation>À &amp;propos de C1 Console</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version et crédits</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>La version de Qt utilisée</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Use the colours of the desktop</source>
        <translation>Utiliser les couleurs de l’environnement de bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Couleurs claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Couleurs sombres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Changer de pro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Propriétaires</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation>Tenter de se reconnecter</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>No profiles yet: add one in Settings</source>
        <translation>Aucun profil pour le moment : ajoutez-en un dans les paramètres</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Requêtes en cours : %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>About C1 Console</source>
        <translation>À propos de C1 Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;C1 Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for administering a C1 (ConductorOne) tenant through its public API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Credentials are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;C1 Console %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour administrer un tenant C1 (ConductorOne) via son API publique.&lt;/p&gt;&lt;p&gt;Construite avec Qt %2. Les identifiants sont conservés dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Show or hide the request log (%1)</source>
        <translation>Afficher ou masquer le journal des requêtes (%1)</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be written.</source>
        <translation>Le profil « %1 » est en lecture seule : rien ne peut être écrit.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Connecté à aucun tenant.</translation>
    </message>
    <message>
        <source>Discarded the unfinished bulk job.</source>
        <translation>La tâche groupée inachevée a été abandonnée.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID d’utilisateur : %1</translation>
    </message>
    <message>
        <source>Bulk Assign</source>
        <translation>Attribution groupée</translation>
    </message>
</context>
<context>
    <name>c1::NewResourceTypeDialog</name>
    <message>
        <source>New Resource Type</source>
        <translation>Nouveau type de ressource</translation>
    </message>
    <message>
        <source>Production tenant (%1): the resource type is created for real.</source>
        <translation>Tenant de production (%1) : le type de ressource est réellement créé.</translation>
    </message>
    <message>
        <source>A manually managed resource type in the app %1. Resources are created in a type: an app needs one before it can have resources.</source>
        <translation>Un type de ressource géré manuellement dans l’application %1. Les ressources sont créées dans un type : une application doit en avoir un avant de pouvoir contenir des ressources.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d’affichage</translation>
    </message>
    <message>
        <source>e.g. Repositories</source>
        <translation>p. ex. Dépôts</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Only Custom may occur more than once on an app.</source>
        <translation>Seule la catégorie « Personnalisé » peut figurer plusieurs fois dans une application.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>c1::OwnerIdParser</name>
    <message>
        <source>not a valid email address</source>
        <translation>adresse e-mail non valide</translation>
    </message>
    <message>
        <source>an entitlement reference has two IDs: appId:entitlementId</source>
        <translation>une référence de droit d’accès comporte deux ID : appId:entitlementId</translation>
    </message>
    <message>
        <source>entitlement reference: the app ID is %1</source>
        <translation>référence de droit d’accès : l’ID d’application est %1</translation>
    </message>
    <message>
        <source>not 27 letters and digits</source>
        <translation>pas 27 lettres et chiffres</translation>
    </message>
    <message>
        <source>entitlement reference: the entitlement ID is %1</source>
        <translation>référence de droit d’accès : l’ID du droit d’accès est %1</translation>
    </message>
    <message>
        <source>not a user ID, email or entitlement reference</source>
        <translation>ni un ID d’utilisateur, ni une adresse e-mail, ni une référence de droit d’accès</translation>
    </message>
    <message>
        <source>contains “%1” (%2), which cannot appear in an ID or email</source>
        <translation>contient « %1 » (%2), qui ne peut figurer ni dans un ID ni dans une adresse e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n characters long; C1 IDs have exactly 27 letters and digits</source>
        <translation>
            <numerusform>%n caractère ; les ID C1 comptent exactement 27 lettres et chiffres</numerusform>
            <numerusform>%n caractères ; les ID C1 comptent exactement 27 lettres et chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 looks like a column header and was skipped.</source>
        <translation>La ligne %1 ressemble à un en-tête de colonne et a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) dropped (lines %1).</source>
        <translation>
            <numerusform>%n doublon écarté (ligne %1).</numerusform>
            <numerusform>%n doublons écartés (lignes %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersController</name>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <source>Could not list the user owners: %1</source>
        <translation>Impossible de lister les utilisateurs propriétaires : %1</translation>
    </message>
    <message>
        <source>Could not list the entitlement owners: %1</source>
        <translation>Impossible de lister les droits d’accès propriétaires : %1</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: owners cannot be changed.</source>
        <translation>Le profil « %1 » est en lecture seule : les propriétaires ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Choose an app or a resource first.</source>
        <translation>Choisissez d’abord une application ou une ressource.</translation>
    </message>
    <message>
        <source>the app “%1”</source>
        <translation>l’application « %1 »</translation>
    </message>
    <message>
        <source>the resource “%1” of the app “%2”</source>
        <translation>la ressource « %1 » de l’application « %2 »</translation>
    </message>
    <message>
        <source>the entitlement “%1” of the app “%2”</source>
        <translation>le droit d’accès « %1 » de l’application « %2 »</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n owner(s) from %1?</source>
        <translation>
            <numerusform>Retirer %n propriétaire de %1 ?</numerusform>
            <numerusform>Retirer %n propriétaires de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (role %2)</source>
        <translation>%1 (rôle %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Already an owner in the role “%1”: %2.</source>
        <translation>Déjà propriétaire avec le rôle « %1 » : %2.</translation>
    </message>
    <message>
        <source>At most %1 user owners are allowed; there are %2, adding %3 would make %4.</source>
        <translation>%1 utilisateurs propriétaires au plus sont autorisés ; il y en a %2, en ajouter %3 en ferait %4.</translation>
    </message>
    <message>
        <source>At most %1 entitlement owners are allowed; there are %2, adding %3 would make %4.</source>
        <translation>%1 droits d’accès propriétaires au plus sont autorisés ; il y en a %2, en ajouter %3 en ferait %4.</translation>
    </message>
    <message>
        <source>Wait until the change under way has finished.</source>
        <translation>Attendez la fin de la modification en cours.</translation>
    </message>
    <message>
        <source>Choose at least one owner.</source>
        <translation>Choisissez au moins un propriétaire.</translation>
    </message>
    <message>
        <source>Add user owners and entitlement owners separately.</source>
        <translation>Ajoutez séparément les utilisateurs propriétaires et les droits d’accès propriétaires.</translation>
    </message>
    <message>
        <source>Choose at least one owner that is not being removed already.</source>
        <translation>Choisissez au moins un propriétaire qui n’est pas déjà en cours de retrait.</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) added.</source>
        <translation>
            <numerusform>%n propriétaire ajouté.</numerusform>
            <numerusform>%n propriétaires ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) removed.</source>
        <translation>
            <numerusform>%n propriétaire retiré.</numerusform>
            <numerusform>%n propriétaires retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) already in place.</source>
        <translation>
            <numerusform>%n modification déjà en place.</numerusform>
            <numerusform>%n modifications déjà en place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersModel</name>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n propriétaire</numerusform>
            <numerusform>%n propriétaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Role “%1”</source>
        <translation>Rôle « %1 »</translation>
    </message>
    <message>
        <source>User owner</source>
        <translation>Utilisateur propriétaire</translation>
    </message>
    <message>
        <source>Entitlement owner</source>
        <translation>Droit d’accès propriétaire</translation>
    </message>
    <message>
        <source>Added, pending</source>
        <translation>Ajouté, en attente</translation>
    </message>
    <message>
        <source>Removed, pending</source>
        <translation>Retiré, en attente</translation>
    </message>
    <message>
        <source>The tenant accepted this change at %1. Owner lists can take minutes to show it; it is not sent again.</source>
        <translation>Le tenant a accepté cette modification à %1. Les listes de propriétaires peuvent mettre quelques minutes à l’afficher ; elle n’est pas renvoyée.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Email / app</source>
        <translation>E-mail / application</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>entitlement — app</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID d’utilisateur : %1</translation>
    </message>
    <message>
        <source>Entitlement ID: %1</source>
        <translation>ID du droit d’accès : %1</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>ID d’application : %1</translation>
    </message>
    <message>
        <source>App: %1 (ID %2)</source>
        <translation>Application : %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>c1::OwnersPanel</name>
    <message>
        <source>Role slug, e.g. one listed above</source>
        <translation>Identifiant de rôle, par exemple l’un de ceux listés ci-dessus</translation>
    </message>
    <message>
        <source>Role slugs found in this tenant&apos;s owner lists and used before; you can type another one.</source>
        <translation>Identifiants de rôle trouvés dans les listes de propriétaires de ce tenant ou déjà utilisés ; vous pouvez en saisir un autre.</translation>
    </message>
    <message>
        <source>Add user or entitlement owners</source>
        <translation>Ajouter des utilisateurs ou des droits d’accès propriétaires</translation>
    </message>
    <message>
        <source>Remove the selected owners</source>
        <translation>Retirer les propriétaires sélectionnés</translation>
    </message>
    <message>
        <source>Listing owners…</source>
        <translation>Liste des propriétaires en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n user owner(s)</source>
        <translation>
            <numerusform>%n utilisateur propriétaire</numerusform>
            <numerusform>%n utilisateurs propriétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement owner(s)</source>
        <translation>
            <numerusform>%n droit d’accès propriétaire</numerusform>
            <numerusform>%n droits d’accès propriétaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) accepted and pending: the tenant can take minutes to list them.</source>
        <translation>
            <numerusform>%n modification acceptée et en attente : le tenant peut mettre quelques minutes à la lister.</numerusform>
            <numerusform>%n modifications acceptées et en attente : le tenant peut mettre quelques minutes à les lister.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only profile.</source>
        <translation>Profil en lecture seule.</translation>
    </message>
    <message>
        <source>Choose at least one user.</source>
        <translation>Choisissez au moins un utilisateur.</translation>
    </message>
    <message>
        <source>Choose at least one entitlement.</source>
        <translation>Choisissez au moins un droit d’accès.</translation>
    </message>
    <message>
        <source>Remove owners</source>
        <translation>Retirer des propriétaires</translation>
    </message>
    <message>
        <source>Confirm removing owners</source>
        <translation>Confirmer le retrait des propriétaires</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose an app or a resource in the tree.</source>
        <translation>Choisissez une application ou une ressource dans l’arborescence.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copier l’ID</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected owners</source>
        <translation>Copier les ID des propriétaires sélectionnés</translation>
    </message>
    <message>
        <source>Owners of %1</source>
        <translation>Propriétaires de %1</translation>
    </message>
    <message>
        <source>Writing owner changes…</source>
        <translation>Écriture des modifications de propriétaires…</translation>
    </message>
</context>
<context>
    <name>c1::OwnershipHealth</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>no owner in the primary role</source>
        <translation>aucun propriétaire avec le rôle primary</translation>
    </message>
    <message>
        <source>no user or entitlement owner</source>
        <translation>aucun utilisateur ni droit d’accès propriétaire</translation>
    </message>
    <message>
        <source>every owner is disabled or deleted: %1</source>
        <translation>tous les propriétaires sont désactivés ou supprimés : %1</translation>
    </message>
    <message>
        <source>%1 user owners</source>
        <translation>%1 utilisateurs propriétaires</translation>
    </message>
    <message>
        <source>%1 of %2 user owners</source>
        <translation>%1 utilisateurs propriétaires sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 apps checked, %n finding(s)</source>
        <translation>
            <numerusform>%1 applications sur %2 vérifiées, %n constat</numerusform>
            <numerusform>%1 applications sur %2 vérifiées, %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>c1::OwnershipModel</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>reading its owners…</source>
        <translation>lecture de ses propriétaires…</translation>
    </message>
    <message>
        <source>owners not read: %1</source>
        <translation>propriétaires non lus : %1</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <source>not in its owner list yet (lists can lag)</source>
        <translation>pas encore dans sa liste de propriétaires (les listes peuvent être en retard)</translation>
    </message>
    <message>
        <source>no other enabled owner</source>
        <translation>aucun autre propriétaire actif</translation>
    </message>
    <message>
        <source>managed by %1</source>
        <translation>géré par %1</translation>
    </message>
    <message>
        <source>connector-managed owner</source>
        <translation>propriétaire géré par le connecteur</translation>
    </message>
    <message>
        <source>at the owner limit</source>
        <translation>limite de propriétaires atteinte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Only owner</source>
        <translation>Seul propriétaire</translation>
    </message>
    <message>
        <source>User owners</source>
        <translation>Utilisateurs propriétaires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>c1::OwnershipScan</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>supprimé le %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>No user with this ID.</source>
        <translation>Aucun utilisateur n’a cet ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found</source>
        <translation>
            <numerusform>%n objet trouvé</numerusform>
            <numerusform>%n objets trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with their owners read</source>
        <translation>propriétaires lus pour %1</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>liste en cours…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>c1::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil nécessite un nom.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Le nom du profil est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The URL override is not a valid address.</source>
        <translation>L’URL de remplacement n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The URL override must start with https://.</source>
        <translation>L’URL de remplacement doit commencer par https://.</translation>
    </message>
    <message>
        <source>The URL override uses plain http:// to %1: only https:// is allowed, except to this computer (localhost or 127.0.0.1).</source>
        <translation>L’URL de remplacement utilise http:// non chiffré vers %1 : seul https:// est autorisé, sauf vers cet ordinateur (localhost ou 127.0.0.1).</translation>
    </message>
    <message>
        <source>The URL override must not contain a user name or password.</source>
        <translation>L’URL de remplacement ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The URL override must not contain a query (?…) or a fragment (#…).</source>
        <translation>L’URL de remplacement ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat CA %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host name.</source>
        <translation>Un proxy manuel nécessite un nom d’hôte.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Le port du proxy doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The profile colour must look like #rrggbb.</source>
        <translation>La couleur du profil doit être de la forme #rrggbb.</translation>
    </message>
    <message>
        <source>The language must be a code such as &quot;de&quot; or &quot;fr&quot;.</source>
        <translation>La langue doit être un code tel que « de » ou « fr ».</translation>
    </message>
    <message>
        <source>The number of parallel requests must be between %1 and %2.</source>
        <translation>Le nombre de requêtes parallèles doit être compris entre %1 et %2.</translation>
    </message>
</context>
<context>
    <name>c1::ProfileBand</name>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>This profile is read-only: every change to the tenant is refused.</source>
        <translation>Ce profil est en lecture seule : toute modification du tenant est refusée.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
</context>
<context>
    <name>c1::ProfileEditor</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Un autre profil s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>Enter the tenant domain.</source>
        <translation>Saisissez le domaine du tenant.</translation>
    </message>
    <message>
        <source>There is no profile to save.</source>
        <translation>Il n’y a aucun profil à enregistrer.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be saved.</source>
        <translation>Aucun trousseau n’est disponible : les identifiants ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Les identifiants n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Le profil n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be copied.</source>
        <translation>Aucun trousseau n’est disponible : les identifiants ne peuvent pas être copiés.</translation>
    </message>
    <message>
        <source>The profile was copied, but not its credentials: %1</source>
        <translation>Le profil a été copié, mais pas ses identifiants : %1</translation>
    </message>
    <message>
        <source>Copied to “%1”.</source>
        <translation>Copié vers « %1 ».</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted, so the profile was kept: %1</source>
        <translation>L’entrée du trousseau n’a pas pu être supprimée, le profil a donc été conservé : %1</translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation>Profil supprimé.</translation>
    </message>
</context>
<context>
    <name>c1::ProfileFields</name>
    <message>
        <source>System proxy settings</source>
        <translation>Paramètres proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>The URL override is not a valid address.</source>
        <translation>L’URL de remplacement n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Choisir un certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>c1::ProfileStore</name>
    <message>
        <source>The profile has no usable id.</source>
        <translation>Le profil n’a pas d’ID utilisable.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s’appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>The profile to copy no longer exists.</source>
        <translation>Le profil à copier n’existe plus.</translation>
    </message>
</context>
<context>
    <name>c1::RecentBulkJobs</name>
    <message>
        <source>This job is not one of the profile&apos;s recent jobs.</source>
        <translation>Cette tâche ne fait pas partie des tâches récentes du profil.</translation>
    </message>
    <message>
        <source>The job&apos;s journal could not be removed: %1</source>
        <translation>Le journal de la tâche n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>This handover did not finish: resume it from Hand Over Ownership… before clearing it.</source>
        <translation>Ce transfert n’est pas terminé : reprenez-le depuis Transférer la propriété… avant de l’effacer.</translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsDialog</name>
    <message numerus="yes">
        <source>Finished bulk jobs, ownership transfers and undos of this profile are kept for %n day(s) after they end, so that they can be undone; then they are removed. Clearing a job only removes it from this list: the tenant is not changed.</source>
        <translation>
            <numerusform>Les tâches groupées terminées, les transferts de propriété et les annulations de ce profil sont conservés %n jour après leur fin, afin de pouvoir être annulés ; ils sont ensuite supprimés. Effacer une tâche la retire seulement de cette liste : le tenant n’est pas modifié.</numerusform>
            <numerusform>Les tâches groupées terminées, les transferts de propriété et les annulations de ce profil sont conservés %n jours après leur fin, afin de pouvoir être annulés ; ils sont ensuite supprimés. Effacer une tâche la retire seulement de cette liste : le tenant n’est pas modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n déjà en place</numerusform>
            <numerusform>%n déjà en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not written</source>
        <translation>
            <numerusform>%n non écrite</numerusform>
            <numerusform>%n non écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>undo of job %1</source>
        <translation>annulation de la tâche %1</translation>
    </message>
    <message>
        <source>undone by job %1</source>
        <translation>annulée par la tâche %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>conservée jusqu’au %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 on %2, %n target(s)</source>
        <translation>
            <numerusform>Tâche %1 sur %2, %n cible</numerusform>
            <numerusform>Tâche %1 sur %2, %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a profile to see its recent bulk jobs.</source>
        <translation>Connectez-vous à un profil pour voir ses tâches groupées récentes.</translation>
    </message>
    <message numerus="yes">
        <source>No finished bulk jobs of this profile in the last %n day(s).</source>
        <translation>
            <numerusform>Aucune tâche groupée terminée pour ce profil depuis %n jour.</numerusform>
            <numerusform>Aucune tâche groupée terminée pour ce profil depuis %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The profile is read-only: the undo can be previewed, not applied.</source>
        <translation>Le profil est en lecture seule : l’annulation peut être prévisualisée, pas appliquée.</translation>
    </message>
    <message>
        <source>This job wrote nothing, or has been undone already.</source>
        <translation>Cette tâche n’a rien écrit, ou a déjà été annulée.</translation>
    </message>
    <message>
        <source>Check what the job wrote and undo it.</source>
        <translation>Vérifier ce que la tâche a écrit et l’annuler.</translation>
    </message>
    <message>
        <source>Clear All Recent Jobs</source>
        <translation>Effacer toutes les tâches récentes</translation>
    </message>
    <message>
        <source>Remove every finished job of this profile from the list? They can no longer be undone from here. The tenant is not changed.</source>
        <translation>Retirer de la liste toutes les tâches terminées de ce profil ? Elles ne pourront plus être annulées d’ici. Le tenant n’est pas modifié.</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>handover: %1 removed</source>
        <translation>transfert : %1 retiré(s)</translation>
    </message>
    <message>
        <source>handover of %1 to %2</source>
        <translation>transfert de %1 à %2</translation>
    </message>
    <message>
        <source>unfinished: resume it from Hand Over Ownership…</source>
        <translation>inachevé : reprenez-le depuis Transférer la propriété…</translation>
    </message>
    <message numerus="yes">
        <source>Handover %1, %n target(s)</source>
        <translation>
            <numerusform>Transfert %1, %n cible</numerusform>
            <numerusform>Transfert %1, %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>This handover did not finish: resume it in the Hand Over Ownership window.</source>
        <translation>Ce transfert n’est pas terminé : reprenez-le dans la fenêtre Transférer la propriété.</translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsEntry</name>
    <message>
        <source>Recent Bulk &amp;Jobs…</source>
        <translation>Tâches &amp;groupées récentes…</translation>
    </message>
    <message numerus="yes">
        <source>Finished bulk jobs of this profile (kept for %n day(s)): undo or clear them</source>
        <translation>
            <numerusform>Tâches groupées terminées de ce profil (conservées %n jour) : annulez-les ou effacez-les</numerusform>
            <numerusform>Tâches groupées terminées de ce profil (conservées %n jours) : annulez-les ou effacez-les</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Envoyé %1, reçu %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>c1::RequestLogView</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Autoscroll</source>
        <translation>Défilement automatique</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Filtrer le journal des requêtes</translation>
    </message>
    <message>
        <source>Filter by method, path, status or request ID</source>
        <translation>Filtrer par méthode, chemin, statut ou ID de requête</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Copier la requête sélectionnée en commande curl</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats the selected request, with $C1_TOKEN in place of the bearer token</source>
        <translation>Copie une commande curl qui rejoue la requête sélectionnée, avec $C1_TOKEN à la place du jeton bearer</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Vider le journal des requêtes</translation>
    </message>
    <message>
        <source>Scroll to new requests</source>
        <translation>Défiler vers les nouvelles requêtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>Détails de la requête sélectionnée</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Sélectionnez une requête pour en voir les détails.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Status: no HTTP answer</source>
        <translation>Statut : aucune réponse HTTP</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Durée : %1 ms</translation>
    </message>
    <message>
        <source>Attempt: %1 (a retry)</source>
        <translation>Tentative : %1 (une nouvelle tentative)</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Envoyé %1, reçu %2</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corps de la requête :</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
</context>
<context>
    <name>c1::ResourceTypeFlow</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>Type de profil</translation>
    </message>
    <message>
        <source>Session policy</source>
        <translation>Politique de session</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Choisissez une application.</translation>
    </message>
    <message>
        <source>Choose what kind of resource type it is.</source>
        <translation>Choisissez la catégorie du type de ressource.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of resource type C1 knows.</source>
        <translation>« %1 » n’est pas une catégorie de type de ressource connue de C1.</translation>
    </message>
    <message>
        <source>The app already has a resource type of the kind %1 (“%2”): only Custom may occur more than once on an app.</source>
        <translation>L’application a déjà un type de ressource de catégorie %1 (« %2 ») : seule la catégorie « Personnalisé » peut figurer plusieurs fois dans une application.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create resource types.</source>
        <translation>Le profil « %1 » est en lecture seule : il ne peut pas créer de types de ressource.</translation>
    </message>
    <message>
        <source>Creating the resource type…</source>
        <translation>Création du type de ressource…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the resource type: look for it under the app before trying again.</source>
        <translation>Annulé. Le tenant a peut-être quand même créé le type de ressource : cherchez-le sous l’application avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 No resource type named “%2” appeared in the app afterwards: it was not created.</source>
        <translation>%1 Aucun type de ressource nommé « %2 » n’est apparu ensuite dans l’application : il n’a pas été créé.</translation>
    </message>
    <message>
        <source>C1 answers this way when the app already has a resource type of the kind %1: only Custom may occur more than once. Choose another kind, or Custom.</source>
        <translation>C1 répond ainsi lorsque l’application a déjà un type de ressource de catégorie %1 : seule la catégorie « Personnalisé » peut figurer plusieurs fois. Choisissez une autre catégorie, ou « Personnalisé ».</translation>
    </message>
    <message>
        <source>You can create it again.</source>
        <translation>Vous pouvez le créer à nouveau.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the resource type was created (%2): look for it under the app before trying again.</source>
        <translation>%1 Impossible de vérifier si le type de ressource a été créé (%2) : cherchez-le sous l’application avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>c1::ResumeJobsBar</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Aba&amp;ndonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Unfinished bulk jobs</source>
        <translation>Tâches groupées inachevées</translation>
    </message>
    <message>
        <source>Resume the unfinished bulk job</source>
        <translation>Reprendre la tâche groupée inachevée</translation>
    </message>
    <message>
        <source>Discard the unfinished bulk job</source>
        <translation>Abandonner la tâche groupée inachevée</translation>
    </message>
    <message>
        <source>Forget this job: rows it did not write stay unwritten.</source>
        <translation>Oublier cette tâche : les lignes non écrites le resteront.</translation>
    </message>
    <message>
        <source>Hide this notice until the next connection</source>
        <translation>Masquer cet avis jusqu’à la prochaine connexion</translation>
    </message>
    <message>
        <source>adding owners</source>
        <translation>ajout de propriétaires</translation>
    </message>
    <message>
        <source>removing owners</source>
        <translation>retrait de propriétaires</translation>
    </message>
    <message numerus="yes">
        <source>A bulk job (%1 on %n target(s)) did not finish: %2 of %3 rows are still to be written. Last saved %4.</source>
        <translation>
            <numerusform>Une tâche groupée (%1 sur %n cible) n’est pas terminée : %2 lignes sur %3 restent à écrire. Dernier enregistrement %4.</numerusform>
            <numerusform>Une tâche groupée (%1 sur %n cibles) n’est pas terminée : %2 lignes sur %3 restent à écrire. Dernier enregistrement %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished job(s) after this one.)</source>
        <translation>
            <numerusform>(Encore %n tâche inachevée après celle-ci.)</numerusform>
            <numerusform>(Encore %n tâches inachevées après celle-ci.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::RoleSlugs</name>
    <message>
        <source>Enter a role slug.</source>
        <translation>Saisissez un identifiant de rôle.</translation>
    </message>
    <message>
        <source>A role slug is letters, digits, “.”, “_”, “~” or “-” (at most 128), starting with a letter or digit.</source>
        <translation>Un identifiant de rôle se compose de lettres, de chiffres, de « . », « _ », « ~ » ou « - » (128 au plus) et commence par une lettre ou un chiffre.</translation>
    </message>
</context>
<context>
    <name>c1::SearchBox</name>
    <message>
        <source>Search the tenant</source>
        <translation>Rechercher dans le tenant</translation>
    </message>
    <message>
        <source>Search the tenant, or paste an ID</source>
        <translation>Rechercher dans le tenant, ou coller un ID</translation>
    </message>
    <message>
        <source>What to search</source>
        <translation>Objet de la recherche</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n result(s); refine the search to see others.</source>
        <translation>
            <numerusform>Seul le premier résultat (%n) est affiché ; affinez la recherche pour voir les autres.</numerusform>
            <numerusform>Seuls les %n premiers résultats sont affichés ; affinez la recherche pour voir les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s): click one to show it in the tree.</source>
        <translation>
            <numerusform>%n résultat : cliquez dessus pour l’afficher dans l’arborescence.</numerusform>
            <numerusform>%n résultats : cliquez sur l’un d’eux pour l’afficher dans l’arborescence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>c1::SearchPicker</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Search or paste IDs</source>
        <translation>Chercher ou coller des ID</translation>
    </message>
    <message>
        <source>Add typed IDs or the chosen result</source>
        <translation>Ajouter les ID saisis ou le résultat choisi</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisis</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>%1 (looking up…)</source>
        <translation>%1 (recherche…)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>c1::SecretStore</name>
    <message>
        <source>No keychain is available (on Linux: the Secret Service of GNOME Keyring or KWallet). C1 Console keeps credentials only in the system keychain, never in a plain file: start or install a keychain service and try again.</source>
        <translation>Aucun trousseau n’est disponible (sous Linux : le Secret Service de GNOME Keyring ou KWallet). C1 Console ne conserve les identifiants que dans le trousseau du système, jamais dans un simple fichier : démarrez ou installez un service de trousseau et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain or allow C1 Console to use it, then try again.</source>
        <translation>L’accès au trousseau a été refusé. Déverrouillez le trousseau ou autorisez C1 Console à l’utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for this profile. Enter the client ID and secret again.</source>
        <translation>Le trousseau ne contient aucun identifiant pour ce profil. Saisissez à nouveau l’ID client et le secret.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Le trousseau n’a pas pu être utilisé.</translation>
    </message>
</context>
<context>
    <name>c1::Session</name>
    <message>
        <source>The URL override “%1” is not an http:// or https:// address.</source>
        <translation>L’URL de remplacement « %1 » n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL override “%1” uses plain http:// to another machine; only https:// is allowed there (http:// is accepted for 127.0.0.1, ::1 and localhost).</source>
        <translation>L’URL de remplacement « %1 » utilise http:// non chiffré vers une autre machine ; seul https:// y est autorisé (http:// est accepté pour 127.0.0.1, ::1 et localhost).</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read: %2</source>
        <translation>Le fichier de certificat CA « %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file “%1” holds no PEM or DER certificate.</source>
        <translation>Le fichier « %1 » ne contient aucun certificat PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>c1::SessionController</name>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one in File ▸ Switch profile.</source>
        <translation>Le profil n’existe plus. Choisissez-en un autre dans Fichier ▸ Changer de profil.</translation>
    </message>
    <message>
        <source>No keychain is available to read the profile&apos;s credentials.</source>
        <translation>Aucun trousseau n’est disponible pour lire les identifiants du profil.</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for profile “%1”. Enter the client ID and secret in File ▸ Settings.</source>
        <translation>Le trousseau ne contient aucun identifiant pour le profil « %1 ». Saisissez l’ID client et le secret dans Fichier ▸ Paramètres.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
</context>
<context>
    <name>c1::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Abandonner les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Lecture des identifiants dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for this profile yet.</source>
        <translation>Le trousseau ne contient pas encore d’identifiants pour ce profil.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be saved.</source>
        <translation>Aucun trousseau n’est disponible : les identifiants ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>Saving the credentials to the keychain…</source>
        <translation>Enregistrement des identifiants dans le trousseau…</translation>
    </message>
    <message>
        <source>Save or revert the changes to “%1” first.</source>
        <translation>Enregistrez ou annulez d’abord les modifications de « %1 ».</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Copying the credentials…</source>
        <translation>Copie des identifiants…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its credentials in the keychain?</source>
        <translation>Supprimer le profil « %1 » et ses identifiants dans le trousseau ?</translation>
    </message>
    <message>
        <source>The credential itself stays valid in C1: revoke it there if it is no longer used.</source>
        <translation>L’identifiant reste valide dans C1 : révoquez-le là-bas s’il n’est plus utilisé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting the credentials from the keychain…</source>
        <translation>Suppression des identifiants du trousseau…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
</context>
<context>
    <name>c1::SignInAttempt</name>
    <message>
        <source>The profile cannot be used.</source>
        <translation>Le profil ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. If the tenant uses a private certificate authority, add its certificate as the extra CA file.</source>
        <translation>La connexion sécurisée à %1 a échoué (TLS) : %2. Si le tenant utilise une autorité de certification privée, ajoutez son certificat comme fichier CA supplémentaire.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address, the proxy settings and the network.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez l’adresse, les paramètres du proxy et le réseau.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network and the proxy settings.</source>
        <translation>%1 n’a pas répondu à temps. Vérifiez le réseau et les paramètres du proxy.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in because of the time: this computer&apos;s clock may be wrong (%1). Set the clock right and try again.</source>
        <translation>Le tenant a refusé la connexion à cause de l’heure : l’horloge de cet ordinateur est peut-être fausse (%1). Corrigez l’heure et réessayez.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1. Check the client ID and secret, or create a new credential in C1.</source>
        <translation>Le tenant a refusé les identifiants client : %1. Vérifiez l’ID client et le secret, ou créez un nouvel identifiant dans C1.</translation>
    </message>
    <message>
        <source>Signed in, but the tenant refused the token (401 Unauthorized): %1</source>
        <translation>Connecté, mais le tenant a refusé le jeton (401 Unauthorized) : %1</translation>
    </message>
    <message>
        <source>The credential has no permission to read who it is (403 Forbidden): %1</source>
        <translation>L’identifiant n’a pas le droit de lire à qui il appartient (403 Forbidden) : %1</translation>
    </message>
    <message>
        <source>The tenant answered with an error: %1</source>
        <translation>Le tenant a répondu par une erreur : %1</translation>
    </message>
    <message>
        <source>The tenant answered with a redirect, which is not followed: %1. Check the URL override.</source>
        <translation>Le tenant a répondu par une redirection, qui n’est pas suivie : %1. Vérifiez l’URL de remplacement.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a C1 API answer: %2. Check the URL override.</source>
        <translation>La réponse de %1 n’est pas une réponse de l’API C1 : %2. Vérifiez l’URL de remplacement.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS). If the tenant uses a private certificate authority, add its certificate as the extra CA file.</source>
        <translation>La connexion sécurisée à %1 a échoué (TLS). Si le tenant utilise une autorité de certification privée, ajoutez son certificat comme fichier CA supplémentaire.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>Certificate presented by the server:</source>
        <translation>Certificat présenté par le serveur :</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Validité : %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>The certificate is self-signed.</source>
        <translation>Le certificat est autosigné.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>c1::TokenSource</name>
    <message>
        <source>Could not sign the sign-in request with the client secret.</source>
        <translation>La demande de connexion n’a pas pu être signée avec le secret client.</translation>
    </message>
    <message>
        <source>The tenant&apos;s sign-in answer is not a usable access token.</source>
        <translation>La réponse de connexion du tenant n’est pas un jeton d’accès utilisable.</translation>
    </message>
    <message>
        <source>The tenant %1 did not answer the sign-in request in time.</source>
        <translation>Le tenant %1 n’a pas répondu à temps à la demande de connexion.</translation>
    </message>
    <message>
        <source>Could not reach the tenant %1: %2</source>
        <translation>Impossible de joindre le tenant %1 : %2</translation>
    </message>
    <message>
        <source>The sign-in request to %1 was redirected to %2; redirects are not followed. Check the tenant address.</source>
        <translation>La demande de connexion à %1 a été redirigée vers %2 ; les redirections ne sont pas suivies. Vérifiez l’adresse du tenant.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1.</source>
        <translation>Le tenant a refusé les identifiants client : %1.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1 (%2).</source>
        <translation>Le tenant a refusé les identifiants client : %1 (%2).</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock: a sign-in request is only valid for two minutes around the current time.</source>
        <translation>Vérifiez l’horloge de l’ordinateur : une demande de connexion n’est valable que deux minutes autour de l’heure actuelle.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in (HTTP %1): %2</source>
        <translation>Le tenant a refusé la connexion (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>The tenant answered the sign-in request with HTTP %1 %2.</source>
        <translation>Le tenant a répondu à la demande de connexion par HTTP %1 %2.</translation>
    </message>
    <message>
        <source>Check the tenant address and the URL override.</source>
        <translation>Vérifiez l’adresse du tenant et l’URL de remplacement.</translation>
    </message>
    <message>
        <source>The tenant could not sign in (HTTP %1): %2</source>
        <translation>La connexion au tenant a échoué (HTTP %1) : %2</translation>
    </message>
</context>
<context>
    <name>c1::Translations</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>c1::TreeLocator</name>
    <message>
        <source>The tree was reloaded.</source>
        <translation>L’arborescence a été rechargée.</translation>
    </message>
    <message>
        <source>Nothing to find.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Non connecté à un tenant.</translation>
    </message>
    <message>
        <source>App %1 was not found.</source>
        <translation>L’application %1 est introuvable.</translation>
    </message>
    <message>
        <source>the app&apos;s entitlements</source>
        <translation>les droits d’accès de l’application</translation>
    </message>
    <message>
        <source>Entitlement %1</source>
        <translation>Droit d’accès %1</translation>
    </message>
    <message>
        <source>Resource type %1</source>
        <translation>Type de ressource %1</translation>
    </message>
    <message>
        <source>Resource %1 was not found.</source>
        <translation>La ressource %1 est introuvable.</translation>
    </message>
    <message>
        <source>Resource %1 could not be placed in the tree.</source>
        <translation>La ressource %1 n’a pas pu être placée dans l’arborescence.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
</context>
<context>
    <name>c1::UndoBulkJob</name>
    <message>
        <source>This undo has already started.</source>
        <translation>Cette annulation a déjà commencé.</translation>
    </message>
    <message>
        <source>The job cannot be read: %1</source>
        <translation>La tâche ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This job belongs to the profile “%1”: connect to it to undo the job.</source>
        <translation>Cette tâche appartient au profil « %1 » : connectez-vous-y pour annuler la tâche.</translation>
    </message>
    <message>
        <source>This job has not finished: resume it (or discard it) before undoing it.</source>
        <translation>Cette tâche n’est pas terminée : reprenez-la (ou abandonnez-la) avant de l’annuler.</translation>
    </message>
    <message>
        <source>This job changed no owner: there is nothing to undo.</source>
        <translation>Cette tâche n’a modifié aucun propriétaire : il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The undo&apos;s journal cannot be written (%1); the undo is paused.</source>
        <translation>Le journal de l’annulation ne peut pas être écrit (%1) ; l’annulation est en pause.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written by the job</source>
        <translation>
            <numerusform>%n ligne écrite par la tâche</numerusform>
            <numerusform>%n lignes écrites par la tâche</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n propriétaire à retirer</numerusform>
            <numerusform>%n propriétaires à retirer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add again</source>
        <translation>
            <numerusform>%n propriétaire à rajouter</numerusform>
            <numerusform>%n propriétaires à rajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the job (unticked unless you tick them)</source>
        <translation>
            <numerusform>%n modifiée depuis la tâche (décochée sauf si vous la cochez)</numerusform>
            <numerusform>%n modifiées depuis la tâche (décochées sauf si vous les cochez)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing left to undo</source>
        <translation>
            <numerusform>%n sans plus rien à annuler</numerusform>
            <numerusform>%n sans plus rien à annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on targets that no longer exist</source>
        <translation>
            <numerusform>%n sur une cible qui n’existe plus</numerusform>
            <numerusform>%n sur des cibles qui n’existent plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n n’a pas pu être vérifiée</numerusform>
            <numerusform>%n n’ont pas pu être vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n déjà en place</numerusform>
            <numerusform>%n déjà en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n interrompue</numerusform>
            <numerusform>%n interrompues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 undone</source>
        <translation>%1 sur %2 annulées</translation>
    </message>
    <message>
        <source>This handover has not finished: resume it from Hand Over Ownership… before undoing it.</source>
        <translation>Ce transfert n’est pas terminé : reprenez-le depuis Transférer la propriété… avant de l’annuler.</translation>
    </message>
</context>
<context>
    <name>c1::UndoCheck</name>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>no longer an owner (removed since the job): nothing to undo</source>
        <translation>n’est plus propriétaire (retiré depuis la tâche) : rien à annuler</translation>
    </message>
    <message>
        <source>changed since the job: removed and added again on %1; tick to remove it anyway</source>
        <translation>modifié depuis la tâche : retiré puis rajouté le %1 ; cochez pour le retirer quand même</translation>
    </message>
    <message>
        <source>added by the job: to be removed</source>
        <translation>ajouté par la tâche : à retirer</translation>
    </message>
    <message>
        <source>an owner again (added since the job): nothing to undo</source>
        <translation>de nouveau propriétaire (rajouté depuis la tâche) : rien à annuler</translation>
    </message>
    <message>
        <source>removed by the job: to be added again</source>
        <translation>retiré par la tâche : à rajouter</translation>
    </message>
</context>
<context>
    <name>c1::UndoJobDialog</name>
    <message numerus="yes">
        <source>Undo the job of %1 on the profile “%2” (%n target(s)).</source>
        <translation>
            <numerusform>Annuler la tâche du %1 sur le profil « %2 » (%n cible).</numerusform>
            <numerusform>Annuler la tâche du %1 sur le profil « %2 » (%n cibles).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a production tenant. Type its name (%1) to allow writing:</source>
        <translation>Ceci est un tenant de production. Saisissez son nom (%1) pour autoriser l’écriture :</translation>
    </message>
    <message>
        <source>The undo has ended: %1</source>
        <translation>L’annulation est terminée : %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo %n change(s)</source>
        <translation>
            <numerusform>&amp;Annuler %n modification</numerusform>
            <numerusform>&amp;Annuler %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the job and are unticked: they are undone only if you tick them.</source>
        <translation>
            <numerusform>%n ligne a été modifiée depuis la tâche et est décochée : elle n’est annulée que si vous la cochez.</numerusform>
            <numerusform>%n lignes ont été modifiées depuis la tâche et sont décochées : elles ne sont annulées que si vous les cochez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::UnfinishedBulkJobs</name>
    <message>
        <source>The job&apos;s journal could not be removed: %1</source>
        <translation>Le journal de la tâche n’a pas pu être supprimé : %1</translation>
    </message>
</context>
<context>
    <name>c1::UpdateRequests</name>
    <message>
        <source>Nothing to update: the update mask is empty.</source>
        <translation>Rien à mettre à jour : le masque de mise à jour est vide.</translation>
    </message>
    <message>
        <source>“%1” cannot be updated.</source>
        <translation>« %1 » ne peut pas être mis à jour.</translation>
    </message>
    <message>
        <source>“%1” is named twice in the update mask.</source>
        <translation>« %1 » figure deux fois dans le masque de mise à jour.</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Le nom d’affichage ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A resource type needs a display name.</source>
        <translation>Un type de ressource nécessite un nom d’affichage.</translation>
    </message>
    <message>
        <source>A resource type needs a kind (ROLE, GROUP, CUSTOM …).</source>
        <translation>Un type de ressource nécessite une catégorie (ROLE, GROUP, CUSTOM …).</translation>
    </message>
    <message>
        <source>“%1” is not a resource type kind C1 knows.</source>
        <translation>« %1 » n’est pas une catégorie de type de ressource connue de C1.</translation>
    </message>
    <message>
        <source>The monthly cost cannot be negative.</source>
        <translation>Le coût mensuel ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>c1::UserFinder</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Name, email or user ID</source>
        <translation>Nom, adresse e-mail ou ID d’utilisateur</translation>
    </message>
    <message>
        <source>Search for the %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Find the %1</source>
        <translation>Trouver %1</translation>
    </message>
    <message>
        <source>Matching users for the %1</source>
        <translation>Utilisateurs correspondants pour %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No user found</source>
        <translation>Aucun utilisateur trouvé</translation>
    </message>
</context>
<context>
    <name>c1::UserPicker</name>
    <message>
        <source>Search users or paste user IDs</source>
        <translation>Chercher des utilisateurs ou coller des ID d’utilisateurs</translation>
    </message>
    <message>
        <source>Search by name or email, or paste user IDs</source>
        <translation>Chercher par nom ou adresse e-mail, ou coller des ID d’utilisateurs</translation>
    </message>
    <message>
        <source>At most %1 user owners are allowed; %2 are chosen.</source>
        <translation>%1 utilisateurs propriétaires au plus sont autorisés ; %2 sont choisis.</translation>
    </message>
    <message>
        <source>No user has the ID %1.</source>
        <translation>Aucun utilisateur n’a l’ID %1.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, désactivé</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).</source>
        <translation>
            <numerusform>« %1 » n’est pas un ID d’utilisateur : les ID comptent 27 lettres et chiffres (celui-ci en a %n).</numerusform>
            <numerusform>« %1 » n’est pas un ID d’utilisateur : les ID comptent 27 lettres et chiffres (celui-ci en a %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::WelcomeView</name>
    <message>
        <source>Add a &amp;tenant…</source>
        <translation>Ajouter un &amp;tenant…</translation>
    </message>
    <message>
        <source>Try the de&amp;mo tenant</source>
        <translation>Essayer le tenant de &amp;démonstration</translation>
    </message>
    <message>
        <source>Your profiles are in File ▸ Switch Profile.</source>
        <translation>Vos profils se trouvent dans Fichier ▸ Changer de profil.</translation>
    </message>
    <message>
        <source>Welcome to C1 Console</source>
        <translation>Bienvenue dans C1 Console</translation>
    </message>
    <message>
        <source>To administer a C1 (ConductorOne) tenant, add it as a profile with one of its API keys. To look around first, try the demo tenant: made-up apps, resources and users served by this computer, so nothing you do there reaches a real tenant.</source>
        <translation>Pour administrer un tenant C1 (ConductorOne), ajoutez-le comme profil avec l’une de ses clés d’API. Pour découvrir d’abord la console, essayez le tenant de démonstration : des applications, ressources et utilisateurs fictifs servis par cet ordinateur, de sorte que rien de ce que vous y faites n’atteint un vrai tenant.</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Ajouter un tenant</translation>
    </message>
    <message>
        <source>Opens the settings with a new profile</source>
        <translation>Ouvre les paramètres avec un nouveau profil</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Essayer le tenant de démonstration</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant with demo data on this computer and connects to it</source>
        <translation>Démarre un tenant bac à sable avec des données de démonstration sur cet ordinateur et s’y connecte</translation>
    </message>
    <message>
        <source>Where API keys come from: in the C1 web app, open Settings → API keys and create one. A key is a client ID and a client secret; the new profile asks for both and keeps them in this computer&apos;s keychain.</source>
        <translation>Où obtenir des clés d’API : dans l’application web C1, ouvrez Settings → API keys et créez-en une. Une clé se compose d’un ID client et d’un secret client ; le nouveau profil demande les deux et les conserve dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>c1::validate</name>
    <message>
        <source>An annotation key must not be empty.</source>
        <translation>Une clé d’annotation ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The annotation key “%1…” is longer than %2 characters.</source>
        <translation>La clé d’annotation « %1… » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The annotation key “%1” must start with a letter (A–Z, a–z).</source>
        <translation>La clé d’annotation « %1 » doit commencer par une lettre (A–Z, a–z).</translation>
    </message>
    <message>
        <source>The annotation key “%1” may only contain letters, digits and . _ / -</source>
        <translation>La clé d’annotation « %1 » ne peut contenir que des lettres, des chiffres et . _ / -</translation>
    </message>
    <message>
        <source>The annotation key “%1” starts with “c1/”, which is reserved for C1.</source>
        <translation>La clé d’annotation « %1 » commence par « c1/ », qui est réservé à C1.</translation>
    </message>
    <message>
        <source>An annotation value is longer than %1 characters.</source>
        <translation>Une valeur d’annotation dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The annotation value “%1” may only contain letters, digits and . _ ~ -</source>
        <translation>La valeur d’annotation « %1 » ne peut contenir que des lettres, des chiffres et . _ ~ -</translation>
    </message>
    <message>
        <source>There are %1 annotations; at most %2 are allowed.</source>
        <translation>Il y a %1 annotations ; %2 au plus sont autorisées.</translation>
    </message>
    <message>
        <source>Annotation “%1”: %2</source>
        <translation>Annotation « %1 » : %2</translation>
    </message>
    <message>
        <source>The annotations take %1 bytes; at most %2 are allowed.</source>
        <translation>Les annotations occupent %1 octets ; %2 au plus sont autorisés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the profile called &lt;name&gt;.</source>
        <translation>Se connecter au profil nommé &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Start a local sandbox tenant with demo data and connect to it (no C1 tenant needed).</source>
        <translation>Démarrer un tenant bac à sable local avec des données de démonstration et s’y connecter (aucun tenant C1 requis).</translation>
    </message>
    <message>
        <source>Desktop admin console for C1 (ConductorOne) tenants.</source>
        <translation>Console d’administration de bureau pour les tenants C1 (ConductorOne).</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Tenant de démonstration</translation>
    </message>
    <message>
        <source>No profile is called “%1”.</source>
        <translation>Aucun profil ne s’appelle « %1 ».</translation>
    </message>
</context>
</TS>
