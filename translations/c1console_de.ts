<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkOwnersDialog</name>
    <message>
        <source>Bulk owners</source>
        <translation>Eigentümer gesammelt zuweisen</translation>
    </message>
    <message>
        <source>This profile is read-only: nothing can be written. You can still check and preview.</source>
        <translation>Dieses Profil ist schreibgeschützt: Es kann nichts geschrieben werden. Prüfen und Vorschau sind weiterhin möglich.</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Änderung:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Art der Eigentümer</translation>
    </message>
    <message>
        <source>Role slug</source>
        <translation>Rollenkennung</translation>
    </message>
    <message>
        <source>Paste user IDs, emails or entitlement references (one per line, or a spreadsheet range)</source>
        <translation>Benutzer-IDs, E-Mail-Adressen oder Berechtigungsverweise einfügen (einer pro Zeile oder ein Tabellenbereich)</translation>
    </message>
    <message>
        <source>Owners to paste</source>
        <translation>Einzufügende Eigentümer</translation>
    </message>
    <message>
        <source>2aBcD…(27 characters), ada@example.com, appId:entitlementId …</source>
        <translation>2aBcD…(27 Zeichen), ada@example.com, appId:entitlementId …</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>CSV &amp;laden…</translation>
    </message>
    <message>
        <source>Load CSV file</source>
        <translation>CSV-Datei laden</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Parse and check</source>
        <translation>Einlesen und prüfen</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Die Prüfung anhalten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Choose &amp;user…</source>
        <translation>&amp;Benutzer wählen…</translation>
    </message>
    <message>
        <source>Choose the user for an ambiguous email</source>
        <translation>Den Benutzer für eine mehrdeutige E-Mail-Adresse wählen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Tenant name confirmation</source>
        <translation>Bestätigung des Mandantennamens</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Die Änderungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause the job</source>
        <translation>Den Auftrag pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the job</source>
        <translation>Den Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel job</source>
        <translation>Auftrag abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Den Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Apply progress</source>
        <translation>Fortschritt der Ausführung</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Un&amp;do this job…</source>
        <translation>Diesen Auftrag &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo this job</source>
        <translation>Diesen Auftrag rückgängig machen</translation>
    </message>
    <message>
        <source>Check what this job wrote against the tenant and undo it</source>
        <translation>Das von diesem Auftrag Geschriebene mit dem Mandanten abgleichen und rückgängig machen</translation>
    </message>
</context>
<context>
    <name>CreateAppDialog</name>
    <message>
        <source>Create App</source>
        <translation>App anlegen</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>User &amp;owners:</source>
        <translation>Benutzer als &amp;Eigentümer:</translation>
    </message>
    <message>
        <source>User owners</source>
        <translation>Benutzer als Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Entitlement owners:</source>
        <translation>Berechti&amp;gungen als Eigentümer:</translation>
    </message>
    <message>
        <source>Entitlement owners</source>
        <translation>Berechtigungen als Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Grant policy ID:</source>
        <translation>Richtlinien-ID für die &amp;Vergabe:</translation>
    </message>
    <message>
        <source>Grant policy ID</source>
        <translation>Richtlinien-ID für die Vergabe</translation>
    </message>
    <message>
        <source>Optional: 27 letters and digits</source>
        <translation>Optional: 27 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>&amp;Revoke policy ID:</source>
        <translation>&amp;Richtlinien-ID für den Entzug:</translation>
    </message>
    <message>
        <source>Revoke policy ID</source>
        <translation>Richtlinien-ID für den Entzug</translation>
    </message>
    <message>
        <source>Certify policy ID</source>
        <translation>Richtlinien-ID für die Zertifizierung</translation>
    </message>
    <message>
        <source>&amp;Identity matching:</source>
        <translation>&amp;Identitätsabgleich:</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Identitätsabgleich</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>In&amp;structions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&amp;Monthly cost per seat:</source>
        <translation>&amp;Monatliche Kosten pro Lizenz:</translation>
    </message>
    <message>
        <source>Monthly cost per seat in US dollars</source>
        <translation>Monatliche Kosten pro Lizenz in US-Dollar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Strict &amp;access entitlement provisioning:</source>
        <translation>&amp;Strikte Bereitstellung von Zugriffsberechtigungen:</translation>
    </message>
    <message>
        <source>Strict access entitlement provisioning</source>
        <translation>Strikte Bereitstellung von Zugriffsberechtigungen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Anno&amp;tations:</source>
        <translation>Annota&amp;tionen:</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Certify policy ID:</source>
        <translation>Richtlinien-ID für die &amp;Zertifizierung:</translation>
    </message>
</context>
<context>
    <name>CreateResourceDialog</name>
    <message>
        <source>Create Resource</source>
        <translation>Ressource anlegen</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Resource &amp;type:</source>
        <translation>Ressourcen&amp;typ:</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Match Baton ID:</source>
        <translation>Mit Baton-ID ab&amp;gleichen:</translation>
    </message>
    <message>
        <source>Match Baton ID</source>
        <translation>Mit Baton-ID abgleichen</translation>
    </message>
    <message>
        <source>Optional: merge with the connector resource of this Baton ID</source>
        <translation>Optional: mit der Connector-Ressource dieser Baton-ID zusammenführen</translation>
    </message>
    <message>
        <source>Resource &amp;owners:</source>
        <translation>&amp;Eigentümer der Ressource:</translation>
    </message>
    <message>
        <source>Resource owners</source>
        <translation>Eigentümer der Ressource</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Annotation&amp;s:</source>
        <translation>Ann&amp;otationen:</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh owners</source>
        <translation>Eigentümer aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add owner…</source>
        <translation>Eigentümer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add owner</source>
        <translation>Eigentümer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove selected owners</source>
        <translation>Ausgewählte Eigentümer entfernen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Owner kind</source>
        <translation>Art der Eigentümer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Role slug</source>
        <translation>Rollenkennung</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ei&amp;gentümer:</translation>
    </message>
    <message>
        <source>User to add</source>
        <translation>Hinzuzufügender Benutzer</translation>
    </message>
    <message>
        <source>Entitlement to add</source>
        <translation>Hinzuzufügende Berechtigung</translation>
    </message>
    <message>
        <source>Adding</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen owners</source>
        <translation>Die gewählten Eigentümer hinzufügen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the add form</source>
        <translation>Das Formular zum Hinzufügen schließen</translation>
    </message>
</context>
<context>
    <name>RecentJobsDialog</name>
    <message>
        <source>Recent Bulk Jobs</source>
        <translation>Letzte Sammelaufträge</translation>
    </message>
    <message>
        <source>Recent bulk jobs</source>
        <translation>Letzte Sammelaufträge</translation>
    </message>
    <message>
        <source>Recent bulk jobs of this profile</source>
        <translation>Letzte Sammelaufträge dieses Profils</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Undo…</source>
        <translation>&amp;Rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo the selected job</source>
        <translation>Den ausgewählten Auftrag rückgängig machen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Clear the selected job from the list</source>
        <translation>Den ausgewählten Auftrag aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Clear every job of this profile from the list</source>
        <translation>Alle Aufträge dieses Profils aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the recent bulk jobs window</source>
        <translation>Das Fenster der letzten Sammelaufträge schließen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile (its credentials too)</source>
        <translation>Das ausgewählte Profil duplizieren (samt Zugangsdaten)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entry</source>
        <translation>Das ausgewählte Profil und seinen Schlüsselbund-Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tenant and credentials</source>
        <translation>Mandant und Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation>Mandantendomäne</translation>
    </message>
    <message>
        <source>derived from the client ID</source>
        <translation>aus der Client-ID abgeleitet</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain. Filled in from the client ID; change it only if your administrator tells you to.</source>
        <translation>Die Domäne des Mandanten. Wird aus der Client-ID übernommen; ändern Sie sie nur, wenn Ihr Administrator es verlangt.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Client-Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation>Client-Geheimnis anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation>&amp;URL-Überschreibung:</translation>
    </message>
    <message>
        <source>URL override</source>
        <translation>URL-Überschreibung</translation>
    </message>
    <message>
        <source>optional, e.g. https://c1.proxy.example:8443</source>
        <translation>optional, z. B. https://c1.proxy.example:8443</translation>
    </message>
    <message>
        <source>Send every request to this address instead of the tenant&apos;s own (a gateway, or a local sandbox). Plain http:// is only allowed to this computer.</source>
        <translation>Alle Anfragen an diese Adresse statt an die des Mandanten senden (ein Gateway oder eine lokale Sandbox). Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>optional PEM file, added to the system&apos;s certificate authorities</source>
        <translation>optionale PEM-Datei, ergänzt die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy-&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>No proxy &amp;for:</source>
        <translation>&amp;Ohne Proxy für:</translation>
    </message>
    <message>
        <source>Hosts reached without the proxy</source>
        <translation>Hosts, die ohne Proxy erreicht werden</translation>
    </message>
    <message>
        <source>comma-separated hosts, e.g. localhost, .internal.example</source>
        <translation>kommagetrennte Hosts, z. B. localhost, .internal.example</translation>
    </message>
    <message>
        <source>Parallel requests of bulk jobs</source>
        <translation>Parallele Anfragen von Massenaufträgen</translation>
    </message>
    <message>
        <source>How many requests a bulk job sends at the same time (1 to 16).</source>
        <translation>Wie viele Anfragen ein Massenauftrag gleichzeitig sendet (1 bis 16).</translation>
    </message>
    <message>
        <source>Safety and appearance</source>
        <translation>Sicherheit und Darstellung</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Schreibgeschütztes Profil</translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation>Schrei&amp;bgeschützt: jede Änderung an diesem Mandanten ablehnen</translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation>Produktivmandant</translation>
    </message>
    <message>
        <source>Pro&amp;duction tenant: ask for its name before bulk changes</source>
        <translation>Pro&amp;duktivmandant: vor Massenänderungen nach seinem Namen fragen</translation>
    </message>
    <message>
        <source>Band co&amp;lour:</source>
        <translation>&amp;Farbe des Bandes:</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Farbe des Bandes</translation>
    </message>
    <message>
        <source>The colour of the band at the top of the window, to tell tenants apart</source>
        <translation>Die Farbe des Bandes oben im Fenster, um Mandanten auseinanderzuhalten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>No band colour</source>
        <translation>Keine Bandfarbe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console while this profile is active (used at the next start)</source>
        <translation>Die Sprache der Konsole, solange dieses Profil aktiv ist (wirkt beim nächsten Start)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Profil&amp;es</source>
        <translation>Profil&amp;e</translation>
    </message>
    <message>
        <source>Ten&amp;ant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Parallel re&amp;quests:</source>
        <translation>Parallele &amp;Anfragen:</translation>
    </message>
</context>
<context>
    <name>UndoJobDialog</name>
    <message>
        <source>Undo Bulk Job</source>
        <translation>Sammelauftrag rückgängig machen</translation>
    </message>
    <message>
        <source>Undo bulk job</source>
        <translation>Sammelauftrag rückgängig machen</translation>
    </message>
    <message>
        <source>The undo removes the owners the job added and adds again the owners it removed, in the same roles. Every row is checked against the tenant first: rows with nothing left to undo are not written, and rows that changed since the job are unticked; tick one to undo it anyway.</source>
        <translation>Die Rücknahme entfernt die Eigentümer, die der Auftrag hinzugefügt hat, und fügt die entfernten Eigentümer in denselben Rollen wieder hinzu. Jede Zeile wird zuerst mit dem Mandanten abgeglichen: Zeilen, bei denen nichts mehr rückgängig zu machen ist, werden nicht geschrieben, und Zeilen, die sich seit dem Auftrag geändert haben, werden abgewählt; haken Sie eine an, um sie trotzdem rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This profile is read-only: the undo can be checked and previewed, not applied.</source>
        <translation>Dieses Profil ist schreibgeschützt: Die Rücknahme kann geprüft und in der Vorschau angezeigt, aber nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Rows of the undo</source>
        <translation>Zeilen der Rücknahme</translation>
    </message>
    <message>
        <source>Tenant name to confirm</source>
        <translation>Mandantenname zur Bestätigung</translation>
    </message>
    <message>
        <source>Undo progress</source>
        <translation>Fortschritt der Rücknahme</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the undo against the tenant again</source>
        <translation>Die Rücknahme erneut mit dem Mandanten abgleichen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Apply the undo</source>
        <translation>Die Rücknahme ausführen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed rows of the undo</source>
        <translation>Die fehlgeschlagenen Zeilen der Rücknahme wiederholen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the check or the undo</source>
        <translation>Die Prüfung oder die Rücknahme anhalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the undo dialog</source>
        <translation>Den Dialog zur Rücknahme schließen</translation>
    </message>
</context>
<context>
    <name>c1::AdaptiveLimiter</name>
    <message>
        <source>%1 requests/s, %2 at a time</source>
        <translation>%1 Anfragen/s, %2 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>c1::AnnotationsEditor</name>
    <message>
        <source>Add annotation</source>
        <translation>Annotation hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
    <message>
        <source>Annotation %1: %2</source>
        <translation>Annotation %1: %2</translation>
    </message>
    <message>
        <source>enter a key.</source>
        <translation>Geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>keys starting with “c1/” are reserved for C1.</source>
        <translation>Schlüssel, die mit „c1/“ beginnen, sind für C1 reserviert.</translation>
    </message>
    <message>
        <source>the key “%1” is used twice.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>At most %1 annotations are allowed; there are %2.</source>
        <translation>Höchstens %1 Annotationen sind erlaubt; es sind %2.</translation>
    </message>
</context>
<context>
    <name>c1::ApiCall</name>
    <message>
        <source>the connection closed before the tenant answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Mandant antwortete</translation>
    </message>
</context>
<context>
    <name>c1::ApiError</name>
    <message>
        <source>The tenant refused the request as invalid</source>
        <translation>Der Mandant hat die Anfrage als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>The tenant did not accept the sign-in</source>
        <translation>Der Mandant hat die Anmeldung nicht akzeptiert</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict with the current state</source>
        <translation>Konflikt mit dem aktuellen Zustand</translation>
    </message>
    <message>
        <source>The tenant is limiting the request rate</source>
        <translation>Der Mandant begrenzt die Anfragerate</translation>
    </message>
    <message>
        <source>The tenant is unavailable</source>
        <translation>Der Mandant ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The tenant had an internal error</source>
        <translation>Beim Mandanten ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The tenant refused the request</source>
        <translation>Der Mandant hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Could not reach the tenant.</source>
        <translation>Der Mandant war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not reach the tenant: %1</source>
        <translation>Der Mandant war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The secure connection to the tenant failed.</source>
        <translation>Die sichere Verbindung zum Mandanten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure connection to the tenant failed: %1</source>
        <translation>Die sichere Verbindung zum Mandanten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The tenant did not answer in time.</source>
        <translation>Der Mandant hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2).</source>
        <translation>%1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The tenant sent an answer the console could not read.</source>
        <translation>Der Mandant hat eine Antwort gesendet, die die Konsole nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The tenant answered with a redirect (HTTP %1), which the console does not follow.</source>
        <translation>Der Mandant hat mit einer Weiterleitung (HTTP %1) geantwortet, der die Konsole nicht folgt.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The listing was stopped: the tenant repeated a page token.</source>
        <translation>Die Auflistung wurde abgebrochen: Der Mandant hat ein Seiten-Token wiederholt.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>(request-id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
</context>
<context>
    <name>c1::AppTreeModel</name>
    <message>
        <source>The server repeated a page token; the listing was stopped.</source>
        <translation>Der Server hat ein Seitentoken wiederholt; die Auflistung wurde angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n Zuweisung</numerusform>
            <numerusform>%n Zuweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Load more…</source>
        <translation>Mehr laden…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Activate to retry</source>
        <translation>Zum Wiederholen aktivieren</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
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
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>c1::BrowserView</name>
    <message>
        <source>Filter the loaded tree</source>
        <translation>Den geladenen Baum filtern</translation>
    </message>
    <message>
        <source>Filter loaded items (Ctrl+F)</source>
        <translation>Geladene Einträge filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Apps, resource types and resources</source>
        <translation>Apps, Ressourcentypen und Ressourcen</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy Path of IDs</source>
        <translation>ID-Pfad kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh All</source>
        <translation>Alles aktualisieren</translation>
    </message>
    <message>
        <source>Load All Pages</source>
        <translation>Alle Seiten laden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>New Resource…</source>
        <translation>Neue Ressource…</translation>
    </message>
    <message>
        <source>Bulk Assign Owners…</source>
        <translation>Eigentümer gesammelt zuweisen…</translation>
    </message>
    <message>
        <source>Finding %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 apps, %2 resource types, %3 resources, %4 entitlements loaded</source>
        <translation>%1 Apps, %2 Ressourcentypen, %3 Ressourcen, %4 Berechtigungen geladen</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Wird geladen… %1</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
</context>
<context>
    <name>c1::BulkAssignment</name>
    <message>
        <source>The file is too large (over 32 MB).</source>
        <translation>Die Datei ist zu groß (über 32 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list or the settings changed: check again before applying.</source>
        <translation>Die Liste oder die Einstellungen haben sich geändert: Prüfen Sie erneut, bevor Sie ausführen.</translation>
    </message>
    <message>
        <source>Enter a role slug first.</source>
        <translation>Geben Sie zuerst eine Rollenkennung ein.</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>%1 read from %2.</source>
        <translation>%1 aus %2 gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles already used on these targets: %1.</source>
        <translation>Bereits auf diesen Zielen verwendete Rollen: %1.</translation>
    </message>
    <message>
        <source>This bulk change has already started.</source>
        <translation>Diese Massenänderung wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>The job cannot be read: %1</source>
        <translation>Der Auftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This job belongs to the profile “%1”: connect to it to resume the job.</source>
        <translation>Dieser Auftrag gehört zum Profil „%1“: Verbinden Sie sich damit, um den Auftrag fortzusetzen.</translation>
    </message>
    <message>
        <source>Resuming job %1. Rows that were being sent are read back before anything is written again.</source>
        <translation>Auftrag %1 wird fortgesetzt. Zeilen, die gerade gesendet wurden, werden erneut gelesen, bevor irgendetwas neu geschrieben wird.</translation>
    </message>
    <message>
        <source>The job journal cannot be written (%1); the job is paused.</source>
        <translation>Das Auftragsjournal kann nicht geschrieben werden (%1); der Auftrag ist pausiert.</translation>
    </message>
    <message>
        <source>%1 of %2 written</source>
        <translation>%1 von %2 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n fortgesetzt</numerusform>
            <numerusform>%n fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Vorschauzeile</numerusform>
            <numerusform>%n Vorschauzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add</source>
        <translation>
            <numerusform>%n Eigentümer hinzuzufügen</numerusform>
            <numerusform>%n Eigentümer hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n Eigentümer zu entfernen</numerusform>
            <numerusform>%n Eigentümer zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already owner(s)</source>
        <translation>
            <numerusform>%n bereits Eigentümer</numerusform>
            <numerusform>%n bereits Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not owner(s)</source>
        <translation>
            <numerusform>%n kein Eigentümer</numerusform>
            <numerusform>%n keine Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n mehrdeutig</numerusform>
            <numerusform>%n mehrdeutig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unticked</source>
        <translation>
            <numerusform>%n abgewählt</numerusform>
            <numerusform>%n abgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n Zeile mit Problemen</numerusform>
            <numerusform>%n Zeilen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds entitlement references only: they are added or removed as entitlement owners.</source>
        <translation>Die Liste enthält nur Berechtigungsverweise: Diese Berechtigungen werden als Eigentümer hinzugefügt oder entfernt.</translation>
    </message>
</context>
<context>
    <name>c1::BulkCheck</name>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>c1::BulkExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnerJob</name>
    <message>
        <source>unticked</source>
        <translation>abgewählt</translation>
    </message>
    <message>
        <source>the profile is read-only</source>
        <translation>das Profil ist schreibgeschützt</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>canceled before it was sent</source>
        <translation>abgebrochen, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>the job journal could not be written</source>
        <translation>das Auftragsjournal konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the session ended</source>
        <translation>die Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>the tenant already had this owner</source>
        <translation>der Mandant hatte diesen Eigentümer bereits</translation>
    </message>
    <message>
        <source>the session ended before the change could be verified</source>
        <translation>die Sitzung endete, bevor die Änderung überprüft werden konnte</translation>
    </message>
    <message>
        <source>could not verify whether the change took effect (%1); it is read again before any retry</source>
        <translation>es ließ sich nicht überprüfen, ob die Änderung wirksam wurde (%1); vor jeder Wiederholung wird neu gelesen</translation>
    </message>
    <message>
        <source>confirmed by reading it back</source>
        <translation>durch erneutes Lesen bestätigt</translation>
    </message>
    <message>
        <source>canceled before it took effect</source>
        <translation>abgebrochen, bevor es wirksam wurde</translation>
    </message>
    <message numerus="yes">
        <source>no effect after %n attempt(s): %1</source>
        <translation>
            <numerusform>keine Wirkung nach %n Versuch: %1</numerusform>
            <numerusform>keine Wirkung nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>over the limit of %1 owners of this kind: %2</source>
        <translation>über der Grenze von %1 Eigentümern dieser Art: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists (read back)</source>
        <translation>%1 existiert nicht mehr (erneut gelesen)</translation>
    </message>
    <message>
        <source>the owner is gone (confirmed by reading it back)</source>
        <translation>der Eigentümer ist nicht mehr vorhanden (durch erneutes Lesen bestätigt)</translation>
    </message>
</context>
<context>
    <name>c1::BulkOwnersDialog</name>
    <message numerus="yes">
        <source>%n targets: %1, …</source>
        <translation>
            <numerusform>%n Ziel: %1, …</numerusform>
            <numerusform>%n Ziele: %1, …</numerusform>
        </translation>
    </message>
    <message>
        <source>Add owners</source>
        <translation>Eigentümer hinzufügen</translation>
    </message>
    <message>
        <source>Remove owners</source>
        <translation>Eigentümer entfernen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Not signed in: nothing can be checked or written.</source>
        <translation>Nicht angemeldet: Es kann nichts geprüft oder geschrieben werden.</translation>
    </message>
    <message>
        <source>This is a production tenant. Type its name (%1) to allow writing:</source>
        <translation>Dies ist ein Produktivmandant. Geben Sie seinen Namen (%1) ein, um das Schreiben zu erlauben:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Resume job</source>
        <translation>Auftrag &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Load owners from a CSV file</source>
        <translation>Eigentümer aus einer CSV-Datei laden</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The job is still running: pause or cancel it before closing.</source>
        <translation>Der Auftrag läuft noch: Pausieren oder brechen Sie ihn ab, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Close the bulk owners dialog</source>
        <translation>Den Dialog zum gesammelten Zuweisen von Eigentümern schließen</translation>
    </message>
    <message>
        <source>Nothing selected. Close this dialog, select apps or resources in the tree (Ctrl+click for several) and open it again.</source>
        <translation>Nichts ausgewählt. Schließen Sie diesen Dialog, wählen Sie Apps oder Ressourcen im Baum aus (Strg+Klick für mehrere) und öffnen Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>c1::BulkPlanner</name>
    <message>
        <source>the user is %1</source>
        <translation>der Benutzer ist %1</translation>
    </message>
    <message>
        <source>a user, but entitlement owners are being changed</source>
        <translation>ein Benutzer, aber es werden Berechtigungen als Eigentümer geändert</translation>
    </message>
    <message>
        <source>no user has this ID</source>
        <translation>kein Benutzer hat diese ID</translation>
    </message>
    <message>
        <source>no user has this email</source>
        <translation>kein Benutzer hat diese E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n users share this email: choose one</source>
        <translation>
            <numerusform>%n Benutzer teilen sich diese E-Mail-Adresse: Wählen Sie einen aus</numerusform>
            <numerusform>%n Benutzer teilen sich diese E-Mail-Adresse: Wählen Sie einen aus</numerusform>
        </translation>
    </message>
    <message>
        <source>an entitlement reference, but user owners are being changed</source>
        <translation>ein Berechtigungsverweis, aber es werden Benutzer als Eigentümer geändert</translation>
    </message>
    <message>
        <source>no entitlement with this ID in that app</source>
        <translation>keine Berechtigung mit dieser ID in dieser App</translation>
    </message>
    <message>
        <source>the same owner as line %1</source>
        <translation>derselbe Eigentümer wie in Zeile %1</translation>
    </message>
    <message>
        <source>already an owner in role “%1”</source>
        <translation>bereits Eigentümer in der Rolle „%1“</translation>
    </message>
    <message>
        <source>not an owner in role “%1”</source>
        <translation>kein Eigentümer in der Rolle „%1“</translation>
    </message>
    <message>
        <source>the profile is read-only</source>
        <translation>das Profil ist schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>would exceed %n owners of this kind (%1 already there)</source>
        <translation>
            <numerusform>würde die Grenze von %n Eigentümer dieser Art überschreiten (%1 bereits vorhanden)</numerusform>
            <numerusform>würde die Grenze von %n Eigentümern dieser Art überschreiten (%1 bereits vorhanden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::BulkRow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Wrong kind</source>
        <translation>Falsche Art</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Disabled user</source>
        <translation>Deaktivierter Benutzer</translation>
    </message>
    <message>
        <source>Entitlement not found</source>
        <translation>Berechtigung nicht gefunden</translation>
    </message>
    <message>
        <source>Over the owner limit</source>
        <translation>Über der Eigentümergrenze</translation>
    </message>
    <message>
        <source>Blocked (read-only)</source>
        <translation>Gesperrt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird überprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unreadable state in the job journal</source>
        <translation>Unlesbarer Zustand im Auftragsjournal</translation>
    </message>
    <message>
        <source>Target no longer exists</source>
        <translation>Ziel existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>c1::BulkRowsFilterModel</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Zu schreiben</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Keine Änderung nötig</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>c1::BulkRowsModel</name>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>%1 (request-id: %2)</source>
        <translation>%1 (Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
</context>
<context>
    <name>c1::C1Client</name>
    <message>
        <source>“%1” is not a valid %2 ID (27 letters and digits).</source>
        <translation>„%1“ ist keine gültige %2-ID (27 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>An owner role is required.</source>
        <translation>Eine Eigentümerrolle ist erforderlich.</translation>
    </message>
    <message>
        <source>An app needs a display name.</source>
        <translation>Eine App braucht einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>A resource needs a display name.</source>
        <translation>Eine Ressource braucht einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>“Unowned only” and owner IDs cannot be combined: add “none” to the owner IDs instead.</source>
        <translation>„Nur ohne Eigentümer“ und Eigentümer-IDs können nicht kombiniert werden: Fügen Sie stattdessen „none“ zu den Eigentümer-IDs hinzu.</translation>
    </message>
</context>
<context>
    <name>c1::ClientCredentials</name>
    <message>
        <source>The client ID is empty. Paste the client ID shown when the API credential was created.</source>
        <translation>Die Client-ID ist leer. Fügen Sie die Client-ID ein, die beim Erstellen der API-Zugangsdaten angezeigt wurde.</translation>
    </message>
    <message>
        <source>The client ID has no &quot;@&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>Die Client-ID enthält kein „@“: Sie sollte wie name@tenant.conductor.one/pcc aussehen.</translation>
    </message>
    <message>
        <source>The client ID has nothing before the &quot;@&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>Die Client-ID hat nichts vor dem „@“: Sie sollte wie name@tenant.conductor.one/pcc aussehen.</translation>
    </message>
    <message>
        <source>The client ID does not end with &quot;/pcc&quot; or &quot;/spc&quot;: it should look like name@tenant.conductor.one/pcc.</source>
        <translation>Die Client-ID endet nicht auf „/pcc“ oder „/spc“: Sie sollte wie name@tenant.conductor.one/pcc aussehen.</translation>
    </message>
    <message>
        <source>The tenant address in the client ID (between &quot;@&quot; and &quot;/&quot;) is not a valid host name or port.</source>
        <translation>Die Mandantenadresse in der Client-ID (zwischen „@“ und „/“) ist kein gültiger Hostname oder Port.</translation>
    </message>
    <message>
        <source>The client secret is empty. Paste the secret shown when the API credential was created.</source>
        <translation>Das Client-Geheimnis ist leer. Fügen Sie das Geheimnis ein, das beim Erstellen der API-Zugangsdaten angezeigt wurde.</translation>
    </message>
    <message>
        <source>The client secret does not start with &quot;secret-token:conductorone.com:&quot;. Check that the whole secret was copied.</source>
        <translation>Das Client-Geheimnis beginnt nicht mit „secret-token:conductorone.com:“. Prüfen Sie, ob das ganze Geheimnis kopiert wurde.</translation>
    </message>
    <message>
        <source>The client secret should have four parts separated by &quot;:&quot; (secret-token:conductorone.com:v1:…). Part of it may be missing.</source>
        <translation>Das Client-Geheimnis sollte aus vier durch „:“ getrennten Teilen bestehen (secret-token:conductorone.com:v1:…). Möglicherweise fehlt ein Teil.</translation>
    </message>
    <message>
        <source>The client secret is not a version 1 secret (&quot;v1&quot;); this version of C1 Console cannot use it.</source>
        <translation>Das Client-Geheimnis ist kein Geheimnis der Version 1 („v1“); diese Version von C1 Console kann es nicht verwenden.</translation>
    </message>
    <message>
        <source>The last part of the client secret is not valid base64. Part of it may be missing or mistyped.</source>
        <translation>Der letzte Teil des Client-Geheimnisses ist kein gültiges Base64. Möglicherweise fehlt ein Teil oder wurde falsch eingegeben.</translation>
    </message>
    <message>
        <source>The client secret does not contain a valid key (the decoded text is not a JSON key object).</source>
        <translation>Das Client-Geheimnis enthält keinen gültigen Schlüssel (der dekodierte Text ist kein JSON-Schlüsselobjekt).</translation>
    </message>
    <message>
        <source>The key in the client secret is not an Ed25519 key (its type is not &quot;OKP&quot;).</source>
        <translation>Der Schlüssel im Client-Geheimnis ist kein Ed25519-Schlüssel (sein Typ ist nicht „OKP“).</translation>
    </message>
    <message>
        <source>The key in the client secret uses another curve than Ed25519.</source>
        <translation>Der Schlüssel im Client-Geheimnis verwendet eine andere Kurve als Ed25519.</translation>
    </message>
    <message>
        <source>The client secret holds only a public key; the private part (&quot;d&quot;) is missing.</source>
        <translation>Das Client-Geheimnis enthält nur einen öffentlichen Schlüssel; der private Teil („d“) fehlt.</translation>
    </message>
    <message>
        <source>The key in the client secret is damaged: its private or public part has the wrong size.</source>
        <translation>Der Schlüssel im Client-Geheimnis ist beschädigt: Sein privater oder öffentlicher Teil hat die falsche Größe.</translation>
    </message>
    <message>
        <source>The key in the client secret is damaged: its public part does not belong to its private part.</source>
        <translation>Der Schlüssel im Client-Geheimnis ist beschädigt: Sein öffentlicher Teil gehört nicht zu seinem privaten Teil.</translation>
    </message>
    <message>
        <source>The client credentials are not valid.</source>
        <translation>Die Client-Zugangsdaten sind ungültig.</translation>
    </message>
</context>
<context>
    <name>c1::ConnectionTestPanel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Connected. Signed in as %1. Roles: %2.</source>
        <translation>Verbunden. Angemeldet als %1. Rollen: %2.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
</context>
<context>
    <name>c1::ConsoleWorkflows</name>
    <message>
        <source>Owners of the selection</source>
        <translation>Eigentümer der Auswahl</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Created the app “%1”.</source>
        <translation>App „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Created the resource “%1”.</source>
        <translation>Ressource „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Users and entitlements owning the selection</source>
        <translation>Benutzer und Berechtigungen, denen die Auswahl gehört</translation>
    </message>
    <message>
        <source>The profile is read-only: the job cannot be resumed here.</source>
        <translation>Das Profil ist schreibgeschützt: Der Auftrag kann hier nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Select an app, a resource or an entitlement to see its owners.</source>
        <translation>Wählen Sie eine App, eine Ressource oder eine Berechtigung aus, um ihre Eigentümer zu sehen.</translation>
    </message>
    <message>
        <source>Only apps, resources and entitlements have owners: select one to see them.</source>
        <translation>Nur Apps, Ressourcen und Berechtigungen haben Eigentümer: Wählen Sie ein solches Objekt aus, um sie zu sehen.</translation>
    </message>
</context>
<context>
    <name>c1::CreateAppDialog</name>
    <message>
        <source>The tenant&apos;s default identity matching</source>
        <translation>Standard-Identitätsabgleich des Mandanten</translation>
    </message>
    <message>
        <source>Production tenant (%1): the app is created for real.</source>
        <translation>Produktivmandant (%1): Die App wird tatsächlich angelegt.</translation>
    </message>
</context>
<context>
    <name>c1::CreateFlow</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>A policy ID is 27 letters and digits (this one has %n characters).</source>
        <translation>
            <numerusform>Eine Richtlinien-ID besteht aus 27 Buchstaben und Ziffern (diese hat %n Zeichen).</numerusform>
            <numerusform>Eine Richtlinien-ID besteht aus 27 Buchstaben und Ziffern (diese hat %n Zeichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n owners.</source>
        <translation>
            <numerusform>Höchstens %n Eigentümer.</numerusform>
            <numerusform>Höchstens %n Eigentümer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Wählen Sie eine App.</translation>
    </message>
    <message>
        <source>Choose a resource type.</source>
        <translation>Wählen Sie einen Ressourcentyp.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create apps.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann keine Apps anlegen.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create resources.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann keine Ressourcen anlegen.</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Creating the app…</source>
        <translation>App wird angelegt…</translation>
    </message>
    <message>
        <source>Creating the resource…</source>
        <translation>Ressource wird angelegt…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the app: look for it in the app list before trying again.</source>
        <translation>Abgebrochen. Der Mandant hat die App möglicherweise trotzdem angelegt: Suchen Sie sie in der App-Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the resource: look for it before trying again.</source>
        <translation>Abgebrochen. Der Mandant hat die Ressource möglicherweise trotzdem angelegt: Suchen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 No app named “%2” appeared in the tenant afterwards: it was most likely not created, and you can create it again.</source>
        <translation>%1 Danach ist keine App namens „%2“ im Mandanten erschienen: Sie wurde höchstwahrscheinlich nicht angelegt, und Sie können sie erneut anlegen.</translation>
    </message>
    <message>
        <source>%1 No resource named “%2” appeared in the resource type afterwards: it was most likely not created, and you can create it again.</source>
        <translation>%1 Danach ist keine Ressource namens „%2“ im Ressourcentyp erschienen: Sie wurde höchstwahrscheinlich nicht angelegt, und Sie können sie erneut anlegen.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the app was created (%2): look for it in the app list before trying again.</source>
        <translation>%1 Es konnte nicht geprüft werden, ob die App angelegt wurde (%2): Suchen Sie sie in der App-Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the resource was created (%2): look for it before trying again.</source>
        <translation>%1 Es konnte nicht geprüft werden, ob die Ressource angelegt wurde (%2): Suchen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>c1::CreateFormBinding</name>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>c1::CreateResourceDialog</name>
    <message>
        <source>Loading apps…</source>
        <translation>Apps werden geladen…</translation>
    </message>
    <message>
        <source>A manually managed resource in the app %1.</source>
        <translation>Eine manuell verwaltete Ressource in der App %1.</translation>
    </message>
    <message>
        <source>A manually managed resource of the type %1 in the app %2.</source>
        <translation>Eine manuell verwaltete Ressource vom Typ %1 in der App %2.</translation>
    </message>
    <message>
        <source>Type to find an app</source>
        <translation>Tippen, um eine App zu finden</translation>
    </message>
    <message>
        <source>Could not list the apps: %1</source>
        <translation>Die Apps konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the resource types: %1</source>
        <translation>Die Ressourcentypen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Loading the apps…</source>
        <translation>Die Apps werden geladen…</translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Wählen Sie eine App.</translation>
    </message>
    <message>
        <source>No app is called “%1”.</source>
        <translation>Keine App heißt „%1“.</translation>
    </message>
    <message>
        <source>Loading the resource types…</source>
        <translation>Die Ressourcentypen werden geladen…</translation>
    </message>
    <message>
        <source>Choose a resource type.</source>
        <translation>Wählen Sie einen Ressourcentyp.</translation>
    </message>
    <message>
        <source>Production tenant (%1): the resource is created for real.</source>
        <translation>Produktivmandant (%1): Die Ressource wird tatsächlich angelegt.</translation>
    </message>
    <message>
        <source>Create a Resource &amp;Type First…</source>
        <translation>Zuerst einen Ressourcen&amp;typ anlegen…</translation>
    </message>
    <message>
        <source>Create a resource type first</source>
        <translation>Zuerst einen Ressourcentyp anlegen</translation>
    </message>
    <message>
        <source>Resources live in a resource type: create one in this app, then the resource.</source>
        <translation>Ressourcen gehören zu einem Ressourcentyp: Legen Sie einen in dieser App an, dann die Ressource.</translation>
    </message>
    <message>
        <source>This app has no resource types yet: create one first.</source>
        <translation>Diese App hat noch keine Ressourcentypen: Legen Sie zuerst einen an.</translation>
    </message>
</context>
<context>
    <name>c1::CreatedCheck</name>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was created…</source>
        <translation>Die Anfrage ist nach dem Senden fehlgeschlagen (%1). Es wird geprüft, ob „%2“ angelegt wurde …</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>c1::CredentialFields</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Tenant address: %1</source>
        <translation>Adresse des Mandanten: %1</translation>
    </message>
    <message>
        <source>Paste the client secret created with the client ID in C1.</source>
        <translation>Fügen Sie das Client-Geheimnis ein, das in C1 zusammen mit der Client-ID erstellt wurde.</translation>
    </message>
    <message>
        <source>The secret holds a valid Ed25519 key.</source>
        <translation>Das Geheimnis enthält einen gültigen Ed25519-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>c1::DeleteDialog</name>
    <message>
        <source>Delete App</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete Resource Type</source>
        <translation>Ressourcentyp löschen</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Production tenant (%1): this deletes for real.</source>
        <translation>Produktivmandant (%1): Es wird tatsächlich gelöscht.</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Name zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Production tenant: type “%1” to confirm.</source>
        <translation>Produktivmandant: Geben Sie zur Bestätigung „%1“ ein.</translation>
    </message>
</context>
<context>
    <name>c1::DeleteFlow</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be deleted.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>The app “%1” is deleted with its resource types, resources and entitlements, and its owners lose it. C1 keeps it as a deleted app (a soft delete), but the console cannot restore it.</source>
        <translation>Die App „%1“ wird mit ihren Ressourcentypen, Ressourcen und Berechtigungen gelöscht, und ihre Eigentümer verlieren sie. C1 behält sie als gelöschte App (Soft Delete), aber die Konsole kann sie nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>It is a directory app: the accounts and apps found through it are affected as well.</source>
        <translation>Es ist eine Verzeichnis-App: Die darüber gefundenen Konten und Apps sind ebenfalls betroffen.</translation>
    </message>
    <message>
        <source>The resource type “%1” of the app “%2” is deleted. It has no resources.</source>
        <translation>Der Ressourcentyp „%1“ der App „%2“ wird gelöscht. Er hat keine Ressourcen.</translation>
    </message>
    <message>
        <source>all its resources (none are loaded in the tree, so how many is not known)</source>
        <translation>alle seine Ressourcen (im Baum ist keine geladen, daher ist ihre Anzahl unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>all its %n resource(s)</source>
        <translation>
            <numerusform>seine %n Ressource</numerusform>
            <numerusform>alle seine %n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all its resources: at least %n (not all are loaded)</source>
        <translation>
            <numerusform>alle seine Ressourcen: mindestens %n (nicht alle sind geladen)</numerusform>
            <numerusform>alle seine Ressourcen: mindestens %n (nicht alle sind geladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The resource type “%1” of the app “%2” is deleted, and with it %3.</source>
        <translation>Der Ressourcentyp „%1“ der App „%2“ wird gelöscht und mit ihm %3.</translation>
    </message>
    <message>
        <source>The resource “%1” of the app “%2” is deleted, with its owners and the grants of its entitlements.</source>
        <translation>Die Ressource „%1“ der App „%2“ wird gelöscht, mit ihren Eigentümern und den Zuweisungen ihrer Berechtigungen.</translation>
    </message>
    <message>
        <source>The %1 is deleted.</source>
        <translation>%1 wird gelöscht.</translation>
    </message>
    <message>
        <source>Reading the %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Production tenant: type the name “%1” to confirm.</source>
        <translation>Produktivmandant: Geben Sie zur Bestätigung den Namen „%1“ ein.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>“%1” is already gone: its app no longer exists.</source>
        <translation>„%1“ existiert bereits nicht mehr: Die zugehörige App gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the app: %1</source>
        <translation>Die App konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is already gone: its app was deleted.</source>
        <translation>„%1“ existiert bereits nicht mehr: Die zugehörige App wurde gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is synced by a connector: C1 deletes only apps created by hand. Remove it from the connector instead.</source>
        <translation>„%1“ wird von einem Connector synchronisiert: C1 löscht nur manuell angelegte Apps. Entfernen Sie sie stattdessen aus dem Connector.</translation>
    </message>
    <message>
        <source>The app “%1” is synced by a connector: its resource types and resources come from the connector and cannot be deleted here.</source>
        <translation>Die App „%1“ wird von einem Connector synchronisiert: Ihre Ressourcentypen und Ressourcen stammen aus dem Connector und können hier nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>“%1” is already gone.</source>
        <translation>„%1“ existiert bereits nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was deleted…</source>
        <translation>Die Anfrage ist nach dem Senden fehlgeschlagen (%1). Es wird geprüft, ob „%2“ gelöscht wurde…</translation>
    </message>
    <message>
        <source>C1 refused: “%1” is synced by a connector, and only manually managed objects can be deleted. %2</source>
        <translation>C1 hat abgelehnt: „%1“ wird von einem Connector synchronisiert, und nur manuell verwaltete Objekte können gelöscht werden. %2</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have deleted “%1”: refresh the tree before trying again.</source>
        <translation>Abgebrochen. Der Mandant hat „%1“ möglicherweise trotzdem gelöscht: Aktualisieren Sie den Baum, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Deleted “%1” (confirmed after the request failed).</source>
        <translation>„%1“ gelöscht (nach der fehlgeschlagenen Anfrage bestätigt).</translation>
    </message>
    <message>
        <source>%1 Could not check whether “%2” was deleted (%3): refresh the tree before trying again.</source>
        <translation>%1 Es konnte nicht geprüft werden, ob „%2“ gelöscht wurde (%3): Aktualisieren Sie den Baum, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 “%2” still exists: it was not deleted, and you can delete it again.</source>
        <translation>%1 „%2“ existiert noch: Das Objekt wurde nicht gelöscht, und Sie können es erneut löschen.</translation>
    </message>
</context>
<context>
    <name>c1::DetailsPane</name>
    <message>
        <source>Details of the selection</source>
        <translation>Details der Auswahl</translation>
    </message>
    <message>
        <source>Fields of the selection</source>
        <translation>Felder der Auswahl</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Could not load all details: %1</source>
        <translation>Nicht alle Details konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Details werden geladen…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select an app, resource type, resource or entitlement to see its details.</source>
        <translation>Wählen Sie eine App, einen Ressourcentyp, eine Ressource oder eine Berechtigung aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Parent app ID</source>
        <translation>ID der übergeordneten App</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Access model</source>
        <translation>Zugriffsmodell</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Identitätsabgleich</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
    <message>
        <source>Connector version</source>
        <translation>Connector-Version</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Manually managed</source>
        <translation>Manuell verwaltet</translation>
    </message>
    <message>
        <source>Strict entitlement provisioning</source>
        <translation>Strikte Bereitstellung von Berechtigungen</translation>
    </message>
    <message>
        <source>Connector-sourced ownership</source>
        <translation>Eigentümerschaft aus dem Connector</translation>
    </message>
    <message>
        <source>Revoke grant sources</source>
        <translation>Zuweisungsquellen entziehen</translation>
    </message>
    <message>
        <source>Grant policy ID</source>
        <translation>Richtlinien-ID für die Vergabe</translation>
    </message>
    <message>
        <source>Revoke policy ID</source>
        <translation>Richtlinien-ID für den Entzug</translation>
    </message>
    <message>
        <source>Certify policy ID</source>
        <translation>Richtlinien-ID für die Zertifizierung</translation>
    </message>
    <message>
        <source>Default request catalog ID</source>
        <translation>ID des Standard-Anfragekatalogs</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>Symbol-URL</translation>
    </message>
    <message>
        <source>Logo URI</source>
        <translation>Logo-URI</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resource type ID</source>
        <translation>Ressourcentyp-ID</translation>
    </message>
    <message>
        <source>Custom description</source>
        <translation>Eigene Beschreibung</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Match Baton ID</source>
        <translation>Abgleich-Baton-ID</translation>
    </message>
    <message>
        <source>Access config ID</source>
        <translation>Zugriffskonfigurations-ID</translation>
    </message>
    <message>
        <source>Parent resource ID</source>
        <translation>ID der übergeordneten Ressource</translation>
    </message>
    <message>
        <source>Parent resource type ID</source>
        <translation>ID des übergeordneten Ressourcentyps</translation>
    </message>
    <message>
        <source>Non-human identity type</source>
        <translation>Typ der nicht-menschlichen Identität</translation>
    </message>
    <message>
        <source>Non-human identity detail</source>
        <translation>Detail der nicht-menschlichen Identität</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Secret: identity app user ID</source>
        <translation>Geheimnis: Benutzer-ID in der Identitäts-App</translation>
    </message>
    <message>
        <source>Secret created</source>
        <translation>Geheimnis angelegt</translation>
    </message>
    <message>
        <source>Secret expires</source>
        <translation>Geheimnis läuft ab</translation>
    </message>
    <message>
        <source>Secret last used</source>
        <translation>Geheimnis zuletzt verwendet</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Grant duration</source>
        <translation>Dauer der Zuweisung</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Sparse</source>
        <translation>Spärlich</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>App registration</source>
        <translation>App-Registrierung</translation>
    </message>
    <message>
        <source>Assumable role</source>
        <translation>Übernehmbare Rolle</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Verwaltete Identität</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eigentümerschaft</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::DialogParts</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
</context>
<context>
    <name>c1::EditActions</name>
    <message>
        <source>New Resource &amp;Type…</source>
        <translation>Neuer Ressourcen&amp;typ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>&amp;Edit App…</source>
        <translation>App &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit Resource Type…</source>
        <translation>Ressourcentyp &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit Resource…</source>
        <translation>Ressource &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete App…</source>
        <translation>App &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource Type…</source>
        <translation>Ressourcentyp &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete Resource…</source>
        <translation>Ressource &amp;löschen…</translation>
    </message>
    <message>
        <source>Select an app, a resource type or a resource first.</source>
        <translation>Wählen Sie zuerst eine App, einen Ressourcentyp oder eine Ressource aus.</translation>
    </message>
    <message>
        <source>Create a manually managed resource type in the selected app</source>
        <translation>Einen manuell verwalteten Ressourcentyp in der ausgewählten App anlegen</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Wählen Sie zuerst eine App aus.</translation>
    </message>
    <message>
        <source>Change the selected %1</source>
        <translation>Das ausgewählte Objekt (%1) ändern</translation>
    </message>
    <message>
        <source>Change the selected object</source>
        <translation>Das ausgewählte Objekt ändern</translation>
    </message>
    <message>
        <source>Delete the selected %1</source>
        <translation>Das ausgewählte Objekt (%1) löschen</translation>
    </message>
    <message>
        <source>Delete the selected object</source>
        <translation>Das ausgewählte Objekt löschen</translation>
    </message>
    <message>
        <source>Created the resource type “%1”.</source>
        <translation>Ressourcentyp „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>New Type</source>
        <translation>Neuer Typ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>c1::EditDialog</name>
    <message>
        <source>Edit App</source>
        <translation>App bearbeiten</translation>
    </message>
    <message>
        <source>Edit Resource Type</source>
        <translation>Ressourcentyp bearbeiten</translation>
    </message>
    <message>
        <source>Edit Resource</source>
        <translation>Ressource bearbeiten</translation>
    </message>
    <message>
        <source>Production tenant (%1): changes are saved for real.</source>
        <translation>Produktivmandant (%1): Änderungen werden tatsächlich gespeichert.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Values changed meanwhile</source>
        <translation>Zwischenzeitlich geänderte Werte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When the form opened</source>
        <translation>Beim Öffnen des Formulars</translation>
    </message>
    <message>
        <source>Now in the tenant</source>
        <translation>Jetzt im Mandanten</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>&amp;Save Mine Over Theirs</source>
        <translation>&amp;Mit meinen Werten überschreiben</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Mit meinen Werten überschreiben</translation>
    </message>
    <message>
        <source>Send the fields you changed; the tenant keeps the other fields as they are now.</source>
        <translation>Sendet die Felder, die Sie geändert haben; der Mandant behält die übrigen Felder, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>&amp;Use Their Values</source>
        <translation>&amp;Aktuelle Werte übernehmen</translation>
    </message>
    <message>
        <source>Use their values</source>
        <translation>Aktuelle Werte übernehmen</translation>
    </message>
    <message>
        <source>Reload the form with the tenant&apos;s values; nothing is sent.</source>
        <translation>Lädt das Formular mit den Werten des Mandanten neu; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Tenant default</source>
        <translation>Standard des Mandanten</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>“%1” carries the annotation “%2”: another tool (Terraform, for example) manages it and will revert these edits at its next run. Change it there instead, or save knowing that.</source>
        <translation>„%1“ trägt die Annotation „%2“: Ein anderes Werkzeug (zum Beispiel Terraform) verwaltet das Objekt und macht diese Änderungen bei seinem nächsten Lauf rückgängig. Ändern Sie es stattdessen dort, oder speichern Sie im Wissen darum.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Changes to save:</source>
        <translation>Zu speichernde Änderungen:</translation>
    </message>
    <message>
        <source>(not changed: theirs stays)</source>
        <translation>(nicht geändert: der Wert im Mandanten bleibt)</translation>
    </message>
</context>
<context>
    <name>c1::EditFields</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Grant policy</source>
        <translation>Richtlinie für die Vergabe</translation>
    </message>
    <message>
        <source>Revoke policy</source>
        <translation>Richtlinie für den Entzug</translation>
    </message>
    <message>
        <source>Certify policy</source>
        <translation>Richtlinie für die Zertifizierung</translation>
    </message>
    <message>
        <source>Identity matching</source>
        <translation>Identitätsabgleich</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
    <message>
        <source>Strict access entitlement provisioning</source>
        <translation>Strikte Bereitstellung von Zugriffsberechtigungen</translation>
    </message>
    <message>
        <source>Icon URL</source>
        <translation>Symbol-URL</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
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
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>A display name has at most %1 characters (this one has %2).</source>
        <translation>Ein Anzeigename hat höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>c1::EditFlow</name>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be changed.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the current values…</source>
        <translation>Aktuelle Werte werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the current values of “%1”…</source>
        <translation>Aktuelle Werte von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking that nobody changed “%1” meanwhile…</source>
        <translation>Es wird geprüft, ob jemand „%1“ zwischenzeitlich geändert hat…</translation>
    </message>
    <message>
        <source>Could not check the %1 before saving (%2): nothing was sent.</source>
        <translation>%1 konnte vor dem Speichern nicht geprüft werden (%2): Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Someone changed “%1” after this form opened (at %2). Compare the values, then keep your changes or take theirs.</source>
        <translation>Jemand hat „%1“ geändert, nachdem dieses Formular geöffnet wurde (um %2). Vergleichen Sie die Werte und behalten Sie dann Ihre Änderungen oder übernehmen Sie die anderen.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>The request failed after it was sent (%1). Checking whether “%2” was saved…</source>
        <translation>Die Anfrage ist nach dem Senden fehlgeschlagen (%1). Es wird geprüft, ob „%2“ gespeichert wurde…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have saved the changes: the form shows what it sent; open it again to see the current values.</source>
        <translation>Abgebrochen. Der Mandant hat die Änderungen möglicherweise trotzdem gespeichert: Das Formular zeigt, was gesendet wurde; öffnen Sie es erneut, um die aktuellen Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the changes were saved (%2): open the %3 again before saving again.</source>
        <translation>%1 Es konnte nicht geprüft werden, ob die Änderungen gespeichert wurden (%2): Öffnen Sie das Objekt (%3) erneut, bevor Sie noch einmal speichern.</translation>
    </message>
    <message>
        <source>%1 The tenant does not hold the new values: the changes were not saved, and you can save again.</source>
        <translation>%1 Der Mandant enthält die neuen Werte nicht: Die Änderungen wurden nicht gespeichert, und Sie können erneut speichern.</translation>
    </message>
    <message>
        <source>“%1” was deleted meanwhile (404): there is nothing left to edit, and nothing was saved.</source>
        <translation>„%1“ wurde zwischenzeitlich gelöscht (404): Es gibt nichts mehr zu bearbeiten, und es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>c1::EntitlementPicker</name>
    <message>
        <source>Search entitlements or paste app/entitlement ID pairs</source>
        <translation>Berechtigungen suchen oder Paare aus App- und Berechtigungs-ID einfügen</translation>
    </message>
    <message>
        <source>At most %1 entitlement owners are allowed; %2 are chosen.</source>
        <translation>Höchstens %1 Berechtigungen als Eigentümer sind erlaubt; %2 sind gewählt.</translation>
    </message>
    <message>
        <source>No entitlement has the reference %1.</source>
        <translation>Keine Berechtigung hat den Verweis %1.</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>“%1” is not an entitlement reference: both the app ID and the entitlement ID are 27 letters and digits.</source>
        <translation>„%1“ ist kein Berechtigungsverweis: App-ID und Berechtigungs-ID bestehen jeweils aus 27 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Entitlement name, or &lt;app ID&gt;/&lt;entitlement ID&gt;</source>
        <translation>Name der Berechtigung oder &lt;App-ID&gt;/&lt;Berechtigungs-ID&gt;</translation>
    </message>
</context>
<context>
    <name>c1::FormProblems</name>
    <message>
        <source>&lt;a href=&quot;#problem&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;#problem&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s))</source>
        <translation>
            <numerusform>(%n weiteres Problem)</numerusform>
            <numerusform>(%n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the field&apos;s name to go to the problem.</source>
        <translation>Klicken Sie auf den Namen des Felds, um zum Problem zu gelangen.</translation>
    </message>
</context>
<context>
    <name>c1::Handover</name>
    <message>
        <source>The handover journal cannot be written: %1</source>
        <translation>Das Übergabejournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The journal of the interrupted step cannot be read: %1</source>
        <translation>Das Journal des unterbrochenen Schritts kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job journal cannot be written (%1); the handover is paused.</source>
        <translation>Das Auftragsjournal kann nicht geschrieben werden (%1); die Übergabe ist pausiert.</translation>
    </message>
    <message>
        <source>verified by reading it back</source>
        <translation>durch erneutes Lesen überprüft</translation>
    </message>
    <message>
        <source>still listed as an owner after %1 s</source>
        <translation>nach %1 s noch als Eigentümer aufgeführt</translation>
    </message>
    <message>
        <source>the successor was not visible after %1 s; the leaver was kept</source>
        <translation>der Nachfolger war nach %1 s nicht sichtbar; die ausscheidende Person wurde beibehalten</translation>
    </message>
    <message>
        <source>This handover has already started.</source>
        <translation>Diese Übergabe wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>The handover cannot be read: %1</source>
        <translation>Die Übergabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This handover belongs to the profile “%1”: connect to it to resume it.</source>
        <translation>Diese Übergabe gehört zum Profil „%1“: Verbinden Sie sich damit, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Adding the successor: %1 of %2</source>
        <translation>Nachfolger wird hinzugefügt: %1 von %2</translation>
    </message>
    <message>
        <source>Removing the leaver: %1 of %2</source>
        <translation>Ausscheidende Person wird entfernt: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the tenant to show the changes: verifying in %n s</source>
        <translation>
            <numerusform>Warten, bis der Mandant die Änderungen zeigt: Überprüfung in %n s</numerusform>
            <numerusform>Warten, bis der Mandant die Änderungen zeigt: Überprüfung in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying: %1 of %2 read</source>
        <translation>Überprüfung: %1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Finished: %1 of %2 rows done, %3 not done</source>
        <translation>Beendet: %1 von %2 Zeilen erledigt, %3 nicht erledigt</translation>
    </message>
    <message>
        <source>Canceled: %1 of %2 rows done</source>
        <translation>Abgebrochen: %1 von %2 Zeilen erledigt</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>the object no longer exists</source>
        <translation>das Objekt existiert nicht mehr</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>successor added and verified</source>
        <translation>Nachfolger hinzugefügt und überprüft</translation>
    </message>
    <message>
        <source>removed and verified</source>
        <translation>entfernt und überprüft</translation>
    </message>
    <message>
        <source>the successor was not added: %1</source>
        <translation>der Nachfolger wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>still an owner when last read</source>
        <translation>beim letzten Lesen noch Eigentümer</translation>
    </message>
    <message>
        <source>the successor was not verified: the leaver was kept</source>
        <translation>der Nachfolger konnte nicht bestätigt werden: Die ausscheidende Person wurde beibehalten</translation>
    </message>
    <message>
        <source>could not be verified: %1</source>
        <translation>konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>the leaver was not removed: %1</source>
        <translation>die ausscheidende Person wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>managed by %1: the change may be reverted</source>
        <translation>verwaltet von %1: Die Änderung wird möglicherweise rückgängig gemacht</translation>
    </message>
    <message>
        <source>connector-managed ownership: the tenant keeps it in step with the source</source>
        <translation>Eigentümerschaft vom Connector verwaltet: Der Mandant gleicht sie mit der Quelle ab</translation>
    </message>
    <message>
        <source>no successor chosen</source>
        <translation>kein Nachfolger gewählt</translation>
    </message>
    <message>
        <source>the successor is the leaver</source>
        <translation>der Nachfolger ist die ausscheidende Person</translation>
    </message>
    <message>
        <source>the successor is not enabled (%1)</source>
        <translation>der Nachfolger ist nicht aktiviert (%1)</translation>
    </message>
    <message>
        <source>the successor&apos;s ID is not a C1 ID</source>
        <translation>die ID des Nachfolgers ist keine C1-ID</translation>
    </message>
    <message>
        <source>the object would have more than %1 user owners</source>
        <translation>das Objekt hätte mehr als %1 Benutzer als Eigentümer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked by a check</source>
        <translation>
            <numerusform>%n durch eine Prüfung gesperrt</numerusform>
            <numerusform>%n durch eine Prüfung gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnung</numerusform>
        </translation>
    </message>
    <message>
        <source>The handover file has an unknown format.</source>
        <translation>Die Übergabedatei hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The handover file is not valid JSON.</source>
        <translation>Die Übergabedatei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (email)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n Nachfolger</numerusform>
            <numerusform>%n Nachfolger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This hands over %n ownership(s) of %1 to %2: %3 to add, then %4 to remove where the successor is verified.</source>
        <translation>
            <numerusform>Damit wird %n Eigentümerschaft von %1 an %2 übergeben: %3 hinzuzufügen, dann %4 zu entfernen, wo der Nachfolger bestätigt ist.</numerusform>
            <numerusform>Damit werden %n Eigentümerschaften von %1 an %2 übergeben: %3 hinzuzufügen, dann %4 zu entfernen, wo der Nachfolger bestätigt ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This adds %2 beside %1 on %n ownership(s): %3 to add; %1 keeps them.</source>
        <translation>
            <numerusform>Damit wird %2 neben %1 bei %n Eigentümerschaft hinzugefügt: %3 hinzuzufügen; %1 behält sie.</numerusform>
            <numerusform>Damit wird %2 neben %1 bei %n Eigentümerschaften hinzugefügt: %3 hinzuzufügen; %1 behält sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This removes %1 from %n ownership(s) without a successor: %2 to remove.</source>
        <translation>
            <numerusform>Damit wird %1 ohne Nachfolger aus %n Eigentümerschaft entfernt: %2 zu entfernen.</numerusform>
            <numerusform>Damit wird %1 ohne Nachfolger aus %n Eigentümerschaften entfernt: %2 zu entfernen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverHistory</name>
    <message>
        <source>A step of the handover cannot be read (%1): %2</source>
        <translation>Ein Schritt der Übergabe kann nicht gelesen werden (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n successor(s)</source>
        <translation>
            <numerusform>%n Nachfolger</numerusform>
            <numerusform>%n Nachfolger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::HandoverMenu</name>
    <message>
        <source>&amp;Hand Over Ownership…</source>
        <translation>Eigentümerschaft &amp;übergeben…</translation>
    </message>
    <message>
        <source>O&amp;wnership Health…</source>
        <translation>&amp;Zustand der Eigentümerschaft…</translation>
    </message>
    <message>
        <source>List what one person owns and hand it over to a successor</source>
        <translation>Auflisten, was einer Person gehört, und es an einen Nachfolger übergeben</translation>
    </message>
    <message>
        <source>Find what has no owner, no enabled owner, or too many owners</source>
        <translation>Finden, was keinen Eigentümer, keinen aktivierten Eigentümer oder zu viele Eigentümer hat</translation>
    </message>
</context>
<context>
    <name>c1::HandoverRowsModel</name>
    <message>
        <source>the successor already holds this role</source>
        <translation>der Nachfolger hat diese Rolle bereits</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>could not read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>object gone</source>
        <translation>Objekt nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 (request-id: %2)</source>
        <translation>%1 (Anfrage-ID: %2)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
</context>
<context>
    <name>c1::HandoverVerifier</name>
    <message>
        <source>the session ended</source>
        <translation>die Sitzung wurde beendet</translation>
    </message>
</context>
<context>
    <name>c1::HandoverWindow</name>
    <message>
        <source>Hand Over Ownership</source>
        <translation>Eigentümerschaft übergeben</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the unfinished handover</source>
        <translation>Die unvollendete Übergabe fortsetzen</translation>
    </message>
    <message>
        <source>&amp;What they own</source>
        <translation>&amp;Was die Person besitzt</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Über&amp;gabe</translation>
    </message>
    <message>
        <source>Close the handover window</source>
        <translation>Das Übergabefenster schließen</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;List Ownership</source>
        <translation>Eigentum &amp;auflisten</translation>
    </message>
    <message>
        <source>List everything the chosen person owns</source>
        <translation>Alles auflisten, was die gewählte Person besitzt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Stop listing</source>
        <translation>Auflistung anhalten</translation>
    </message>
    <message>
        <source>What the person owns</source>
        <translation>Was die Person besitzt</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export what the person owns as CSV</source>
        <translation>Als CSV exportieren, was die Person besitzt</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>successor</source>
        <translation>Nachfolger</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was geschehen soll</translation>
    </message>
    <message>
        <source>Hand over: add the successor, verify, then remove the person</source>
        <translation>Übergeben: Nachfolger hinzufügen, überprüfen, dann die Person entfernen</translation>
    </message>
    <message>
        <source>Add the successor only (keep the person)</source>
        <translation>Nur den Nachfolger hinzufügen (Person behalten)</translation>
    </message>
    <message>
        <source>Remove the person only (owns it by mistake)</source>
        <translation>Nur die Person entfernen (irrtümlich Eigentümer)</translation>
    </message>
    <message>
        <source>Seconds to wait before verifying</source>
        <translation>Wartezeit in Sekunden vor dem Überprüfen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C1 takes 45–150 s to show a new owner everywhere: the successor is verified after this wait, and the person removed only where the successor is verified.</source>
        <translation>C1 braucht 45–150 s, bis ein neuer Eigentümer überall sichtbar ist: Der Nachfolger wird nach dieser Wartezeit überprüft, und die Person wird nur dort entfernt, wo der Nachfolger überprüft ist.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Preview the calls of the handover with their checks</source>
        <translation>Vorschau der Aufrufe der Übergabe mit ihren Prüfungen</translation>
    </message>
    <message>
        <source>Rows of the handover</source>
        <translation>Zeilen der Übergabe</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Fortschritt der Übergabe</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Apply the handover</source>
        <translation>Die Übergabe ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Handover</source>
        <translation>Übergabe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the handover</source>
        <translation>Die Übergabe abbrechen</translation>
    </message>
    <message>
        <source>&amp;Verify Now</source>
        <translation>&amp;Jetzt überprüfen</translation>
    </message>
    <message>
        <source>Stop waiting and verify now</source>
        <translation>Nicht länger warten und jetzt überprüfen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene w&amp;iederholen</translation>
    </message>
    <message>
        <source>Retry the rows that did not finish</source>
        <translation>Die nicht abgeschlossenen Zeilen wiederholen</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the handover report as CSV</source>
        <translation>Den Übergabebericht als CSV exportieren</translation>
    </message>
    <message>
        <source>S&amp;uccessor:</source>
        <translation>&amp;Nachfolger:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Wait &amp;before verifying:</source>
        <translation>Wa&amp;rtezeit vor Überprüfung:</translation>
    </message>
    <message>
        <source>Choose a person, then list what they own.</source>
        <translation>Wählen Sie eine Person und listen Sie dann auf, was sie besitzt.</translation>
    </message>
    <message>
        <source>The profile is read-only: nothing can be written.</source>
        <translation>Das Profil ist schreibgeschützt: Es kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose the successor and the mode, then preview.</source>
        <translation>Wählen Sie Nachfolger und Modus und öffnen Sie dann die Vorschau.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out: the person is not in their owner lists yet, or they could not be read</source>
        <translation>
            <numerusform>%n Objekt ausgelassen: Die Person steht noch nicht in seinen Eigentümerlisten, oder es konnte nicht gelesen werden</numerusform>
            <numerusform>%n Objekte ausgelassen: Die Person steht noch nicht in ihren Eigentümerlisten, oder sie konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A handover of what %1 owns was interrupted (%n row(s)). Resume it: rows that were being written are read back before anything is sent again.</source>
        <translation>
            <numerusform>Eine Übergabe dessen, was %1 besitzt, wurde unterbrochen (%n Zeile). Setzen Sie sie fort: Zeilen, die gerade geschrieben wurden, werden erneut gelesen, bevor irgendetwas neu gesendet wird.</numerusform>
            <numerusform>Eine Übergabe dessen, was %1 besitzt, wurde unterbrochen (%n Zeilen). Setzen Sie sie fort: Zeilen, die gerade geschrieben wurden, werden erneut gelesen, bevor irgendetwas neu gesendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export what the person owns</source>
        <translation>Exportieren, was die Person besitzt</translation>
    </message>
    <message>
        <source>Export the handover report</source>
        <translation>Den Übergabebericht exportieren</translation>
    </message>
    <message>
        <source>The handover is running: cancel it before closing.</source>
        <translation>Die Übergabe läuft: Brechen Sie sie ab, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Tenant name to confirm the handover</source>
        <translation>Mandantenname zur Bestätigung der Übergabe</translation>
    </message>
    <message>
        <source>Production tenant (%1).</source>
        <translation>Produktivmandant (%1).</translation>
    </message>
    <message>
        <source>Type the tenant&apos;s name (%1) to confirm the handover:</source>
        <translation>Geben Sie den Namen des Mandanten (%1) ein, um die Übergabe zu bestätigen:</translation>
    </message>
    <message>
        <source>Production tenant: type its name below to confirm the handover.</source>
        <translation>Produktivmandant: Geben Sie unten seinen Namen ein, um die Übergabe zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>c1::HealthDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Show in &amp;Tree</source>
        <translation>Im &amp;Baum zeigen</translation>
    </message>
    <message>
        <source>&amp;Assign Owners to Selected…</source>
        <translation>&amp;Eigentümer für Auswahl zuweisen…</translation>
    </message>
    <message>
        <source>Ownership Health</source>
        <translation>Zustand der Eigentümerschaft</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <source>The whole tenant</source>
        <translation>Der ganze Mandant</translation>
    </message>
    <message>
        <source>The app “%1”</source>
        <translation>Die App „%1“</translation>
    </message>
    <message>
        <source>Check the ownership health</source>
        <translation>Den Zustand der Eigentümerschaft prüfen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Apps checked</source>
        <translation>Geprüfte Apps</translation>
    </message>
    <message>
        <source>Show the selected finding in the tree</source>
        <translation>Den ausgewählten Befund im Baum zeigen</translation>
    </message>
    <message>
        <source>Assign owners to the selected findings&apos; objects</source>
        <translation>Den Objekten der ausgewählten Befunde Eigentümer zuweisen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Close the ownership health report</source>
        <translation>Den Bericht zum Zustand der Eigentümerschaft schließen</translation>
    </message>
    <message>
        <source>Ch&amp;eck:</source>
        <translation>Prüfbe&amp;reich:</translation>
    </message>
    <message>
        <source>Choose what to check, then Check.</source>
        <translation>Wählen Sie aus, was geprüft wird, und klicken Sie auf „Prüfen“.</translation>
    </message>
</context>
<context>
    <name>c1::HealthModel</name>
    <message>
        <source>No owner</source>
        <translation>Kein Eigentümer</translation>
    </message>
    <message>
        <source>No enabled owner</source>
        <translation>Kein aktivierter Eigentümer</translation>
    </message>
    <message>
        <source>At the owner limit</source>
        <translation>An der Eigentümergrenze</translation>
    </message>
    <message>
        <source>Near the owner limit</source>
        <translation>Nahe der Eigentümergrenze</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>c1::JobJournal</name>
    <message>
        <source>The job file is not valid JSON: %1</source>
        <translation>Die Auftragsdatei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The job file has an unknown format.</source>
        <translation>Die Auftragsdatei hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The job file refers to a target that it does not list.</source>
        <translation>Die Auftragsdatei verweist auf ein Ziel, das sie nicht aufführt.</translation>
    </message>
</context>
<context>
    <name>c1::KeychainSecretStore</name>
    <message>
        <source>The keychain entry of this profile is damaged. Enter the client ID and secret again.</source>
        <translation>Der Schlüsselbund-Eintrag dieses Profils ist beschädigt. Geben Sie Client-ID und Geheimnis erneut ein.</translation>
    </message>
</context>
<context>
    <name>c1::MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Edit tenant profiles and their credentials</source>
        <translation>Mandantenprofile und ihre Zugangsdaten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit C1 Console</source>
        <translation>C1 Console beenden</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the ID of the selected object</source>
        <translation>Die ID des ausgewählten Objekts kopieren</translation>
    </message>
    <message>
        <source>&amp;Find / Filter</source>
        <translation>&amp;Suchen / Filtern</translation>
    </message>
    <message>
        <source>Filter what is shown</source>
        <translation>Die Anzeige filtern</translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation>&amp;Gehe zu ID…</translation>
    </message>
    <message>
        <source>Open an app, resource or user by its ID</source>
        <translation>Eine App, Ressource oder einen Benutzer über die ID öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the selected object again</source>
        <translation>Das ausgewählte Objekt neu laden</translation>
    </message>
    <message>
        <source>New &amp;App…</source>
        <translation>Neue &amp;App…</translation>
    </message>
    <message>
        <source>Create an app in the tenant</source>
        <translation>Eine App im Mandanten anlegen</translation>
    </message>
    <message>
        <source>New &amp;Resource…</source>
        <translation>Neue &amp;Ressource…</translation>
    </message>
    <message>
        <source>Create a manually managed resource in the selected resource type</source>
        <translation>Eine manuell verwaltete Ressource im ausgewählten Ressourcentyp anlegen</translation>
    </message>
    <message>
        <source>&amp;Bulk Assign Owners…</source>
        <translation>Eigentümer &amp;gesammelt zuweisen…</translation>
    </message>
    <message>
        <source>Paste a list of owner IDs and assign them all</source>
        <translation>Eine Liste von Eigentümer-IDs einfügen und alle zuweisen</translation>
    </message>
    <message>
        <source>&amp;About C1 Console</source>
        <translation>Ü&amp;ber C1 Console</translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation>Version und Mitwirkende</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>Die verwendete Qt-Version</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Use the colours of the desktop</source>
        <translation>Die Farben der Arbeitsumgebung verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation>Helle Farben</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>A&amp;nlegen</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation>&amp;Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Die Einstellungen öffnen</translation>
    </message>
    <message>
        <source>No profiles yet: add one in Settings</source>
        <translation>Noch keine Profile: legen Sie eines in den Einstellungen an</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Verbindung zu %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>About C1 Console</source>
        <translation>Über C1 Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;C1 Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for administering a C1 (ConductorOne) tenant through its public API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Credentials are kept in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;C1 Console %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole zur Verwaltung eines C1-Mandanten (ConductorOne) über seine öffentliche API.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Zugangsdaten werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Show or hide the request log (%1)</source>
        <translation>Anfrageprotokoll ein- oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: nothing can be written.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Mit keinem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>Discarded the unfinished bulk job.</source>
        <translation>Der unfertige Massenauftrag wurde verworfen.</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Bulk Assign</source>
        <translation>Sammelzuweisung</translation>
    </message>
</context>
<context>
    <name>c1::NewResourceTypeDialog</name>
    <message>
        <source>New Resource Type</source>
        <translation>Neuer Ressourcentyp</translation>
    </message>
    <message>
        <source>Production tenant (%1): the resource type is created for real.</source>
        <translation>Produktivmandant (%1): Der Ressourcentyp wird tatsächlich angelegt.</translation>
    </message>
    <message>
        <source>A manually managed resource type in the app %1. Resources are created in a type: an app needs one before it can have resources.</source>
        <translation>Ein manuell verwalteter Ressourcentyp in der App %1. Ressourcen werden in einem Typ angelegt: Eine App braucht einen, bevor sie Ressourcen haben kann.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Repositories</source>
        <translation>z. B. Repositorys</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Only Custom may occur more than once on an app.</source>
        <translation>Nur „Benutzerdefiniert“ darf in einer App mehrfach vorkommen.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>A&amp;nlegen</translation>
    </message>
</context>
<context>
    <name>c1::OwnerIdParser</name>
    <message>
        <source>not a valid email address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an entitlement reference has two IDs: appId:entitlementId</source>
        <translation>ein Berechtigungsverweis hat zwei IDs: appId:entitlementId</translation>
    </message>
    <message>
        <source>entitlement reference: the app ID is %1</source>
        <translation>Berechtigungsverweis: Die App-ID ist %1</translation>
    </message>
    <message>
        <source>not 27 letters and digits</source>
        <translation>nicht 27 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>entitlement reference: the entitlement ID is %1</source>
        <translation>Berechtigungsverweis: Die Berechtigungs-ID ist %1</translation>
    </message>
    <message>
        <source>not a user ID, email or entitlement reference</source>
        <translation>weder Benutzer-ID noch E-Mail-Adresse noch Berechtigungsverweis</translation>
    </message>
    <message>
        <source>contains “%1” (%2), which cannot appear in an ID or email</source>
        <translation>enthält „%1“ (%2), das in keiner ID und keiner E-Mail-Adresse vorkommen kann</translation>
    </message>
    <message numerus="yes">
        <source>%n characters long; C1 IDs have exactly 27 letters and digits</source>
        <translation>
            <numerusform>%n Zeichen lang; C1-IDs haben genau 27 Buchstaben und Ziffern</numerusform>
            <numerusform>%n Zeichen lang; C1-IDs haben genau 27 Buchstaben und Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 looks like a column header and was skipped.</source>
        <translation>Zeile %1 sieht wie eine Spaltenüberschrift aus und wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) dropped (lines %1).</source>
        <translation>
            <numerusform>%n Duplikat verworfen (Zeile %1).</numerusform>
            <numerusform>%n Duplikate verworfen (Zeilen %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersController</name>
    <message>
        <source>(request ID %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Could not list the user owners: %1</source>
        <translation>Die Benutzer-Eigentümer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the entitlement owners: %1</source>
        <translation>Die Berechtigungs-Eigentümer konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: owners cannot be changed.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Eigentümer können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Choose an app or a resource first.</source>
        <translation>Wählen Sie zuerst eine App oder eine Ressource.</translation>
    </message>
    <message>
        <source>the app “%1”</source>
        <translation>die App „%1“</translation>
    </message>
    <message>
        <source>the resource “%1” of the app “%2”</source>
        <translation>die Ressource „%1“ der App „%2“</translation>
    </message>
    <message>
        <source>the entitlement “%1” of the app “%2”</source>
        <translation>die Berechtigung „%1“ der App „%2“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n owner(s) from %1?</source>
        <translation>
            <numerusform>%n Eigentümer von %1 entfernen?</numerusform>
            <numerusform>%n Eigentümer von %1 entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (role %2)</source>
        <translation>%1 (Rolle %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Already an owner in the role “%1”: %2.</source>
        <translation>Bereits Eigentümer in der Rolle „%1“: %2.</translation>
    </message>
    <message>
        <source>At most %1 user owners are allowed; there are %2, adding %3 would make %4.</source>
        <translation>Höchstens %1 Benutzer-Eigentümer sind erlaubt; es sind %2, mit %3 weiteren wären es %4.</translation>
    </message>
    <message>
        <source>At most %1 entitlement owners are allowed; there are %2, adding %3 would make %4.</source>
        <translation>Höchstens %1 Berechtigungs-Eigentümer sind erlaubt; es sind %2, mit %3 weiteren wären es %4.</translation>
    </message>
    <message>
        <source>Wait until the change under way has finished.</source>
        <translation>Warten Sie, bis die laufende Änderung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Choose at least one owner.</source>
        <translation>Wählen Sie mindestens einen Eigentümer.</translation>
    </message>
    <message>
        <source>Add user owners and entitlement owners separately.</source>
        <translation>Fügen Sie Benutzer-Eigentümer und Berechtigungs-Eigentümer getrennt hinzu.</translation>
    </message>
    <message>
        <source>Choose at least one owner that is not being removed already.</source>
        <translation>Wählen Sie mindestens einen Eigentümer, der nicht bereits entfernt wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) added.</source>
        <translation>
            <numerusform>%n Eigentümer hinzugefügt.</numerusform>
            <numerusform>%n Eigentümer hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) removed.</source>
        <translation>
            <numerusform>%n Eigentümer entfernt.</numerusform>
            <numerusform>%n Eigentümer entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) already in place.</source>
        <translation>
            <numerusform>%n Änderung bereits vorhanden.</numerusform>
            <numerusform>%n Änderungen bereits vorhanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::OwnersModel</name>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n Eigentümer</numerusform>
            <numerusform>%n Eigentümer</numerusform>
        </translation>
    </message>
    <message>
        <source>Role “%1”</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>User owner</source>
        <translation>Benutzer als Eigentümer</translation>
    </message>
    <message>
        <source>Entitlement owner</source>
        <translation>Berechtigung als Eigentümer</translation>
    </message>
    <message>
        <source>Added, pending</source>
        <translation>Hinzugefügt, ausstehend</translation>
    </message>
    <message>
        <source>Removed, pending</source>
        <translation>Entfernt, ausstehend</translation>
    </message>
    <message>
        <source>The tenant accepted this change at %1. Owner lists can take minutes to show it; it is not sent again.</source>
        <translation>Der Mandant hat diese Änderung um %1 angenommen. Es kann Minuten dauern, bis die Eigentümerlisten sie zeigen; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Email / app</source>
        <translation>E-Mail / App</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>entitlement — app</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Entitlement ID: %1</source>
        <translation>Berechtigungs-ID: %1</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>App-ID: %1</translation>
    </message>
    <message>
        <source>App: %1 (ID %2)</source>
        <translation>App: %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>c1::OwnersPanel</name>
    <message>
        <source>Role slug, e.g. one listed above</source>
        <translation>Rollenkennung, z. B. eine der oben aufgeführten</translation>
    </message>
    <message>
        <source>Role slugs found in this tenant&apos;s owner lists and used before; you can type another one.</source>
        <translation>Rollenkennungen aus den Eigentümerlisten dieses Mandanten und bereits verwendete; Sie können auch eine andere eingeben.</translation>
    </message>
    <message>
        <source>Add user or entitlement owners</source>
        <translation>Benutzer oder Berechtigungen als Eigentümer hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected owners</source>
        <translation>Die ausgewählten Eigentümer entfernen</translation>
    </message>
    <message>
        <source>Listing owners…</source>
        <translation>Eigentümer werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <source>%n user owner(s)</source>
        <translation>
            <numerusform>%n Benutzer als Eigentümer</numerusform>
            <numerusform>%n Benutzer als Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement owner(s)</source>
        <translation>
            <numerusform>%n Berechtigung als Eigentümer</numerusform>
            <numerusform>%n Berechtigungen als Eigentümer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) accepted and pending: the tenant can take minutes to list them.</source>
        <translation>
            <numerusform>%n Änderung angenommen und ausstehend: Es kann Minuten dauern, bis der Mandant sie auflistet.</numerusform>
            <numerusform>%n Änderungen angenommen und ausstehend: Es kann Minuten dauern, bis der Mandant sie auflistet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only profile.</source>
        <translation>Schreibgeschütztes Profil.</translation>
    </message>
    <message>
        <source>Choose at least one user.</source>
        <translation>Wählen Sie mindestens einen Benutzer.</translation>
    </message>
    <message>
        <source>Choose at least one entitlement.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>Remove owners</source>
        <translation>Eigentümer entfernen</translation>
    </message>
    <message>
        <source>Confirm removing owners</source>
        <translation>Entfernen der Eigentümer bestätigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose an app or a resource in the tree.</source>
        <translation>Wählen Sie im Baum eine App oder eine Ressource aus.</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the IDs of the selected owners</source>
        <translation>Die IDs der ausgewählten Eigentümer kopieren</translation>
    </message>
    <message>
        <source>Owners of %1</source>
        <translation>Eigentümer von %1</translation>
    </message>
    <message>
        <source>Writing owner changes…</source>
        <translation>Eigentümeränderungen werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>c1::OwnershipHealth</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>no owner in the primary role</source>
        <translation>kein Eigentümer in der Rolle primary</translation>
    </message>
    <message>
        <source>no user or entitlement owner</source>
        <translation>weder Benutzer noch Berechtigung als Eigentümer</translation>
    </message>
    <message>
        <source>every owner is disabled or deleted: %1</source>
        <translation>alle Eigentümer sind deaktiviert oder gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 user owners</source>
        <translation>%1 Benutzer als Eigentümer</translation>
    </message>
    <message>
        <source>%1 of %2 user owners</source>
        <translation>%1 von %2 Benutzern als Eigentümer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 apps checked, %n finding(s)</source>
        <translation>
            <numerusform>%1 von %2 Apps geprüft, %n Befund</numerusform>
            <numerusform>%1 von %2 Apps geprüft, %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
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
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>reading its owners…</source>
        <translation>Eigentümer werden gelesen…</translation>
    </message>
    <message>
        <source>owners not read: %1</source>
        <translation>Eigentümer nicht gelesen: %1</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>not in its owner list yet (lists can lag)</source>
        <translation>noch nicht in der Eigentümerliste (Listen können nachhinken)</translation>
    </message>
    <message>
        <source>no other enabled owner</source>
        <translation>kein anderer aktivierter Eigentümer</translation>
    </message>
    <message>
        <source>managed by %1</source>
        <translation>verwaltet von %1</translation>
    </message>
    <message>
        <source>connector-managed owner</source>
        <translation>vom Connector verwalteter Eigentümer</translation>
    </message>
    <message>
        <source>at the owner limit</source>
        <translation>an der Eigentümergrenze</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Only owner</source>
        <translation>Einziger Eigentümer</translation>
    </message>
    <message>
        <source>User owners</source>
        <translation>Benutzer als Eigentümer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>c1::OwnershipScan</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>gelöscht am %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No user with this ID.</source>
        <translation>Kein Benutzer mit dieser ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found</source>
        <translation>
            <numerusform>%n Objekt gefunden</numerusform>
            <numerusform>%n Objekte gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with their owners read</source>
        <translation>%1 mit gelesenen Eigentümern</translation>
    </message>
    <message>
        <source>listing…</source>
        <translation>wird aufgelistet…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>c1::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The profile name is too long (at most %1 characters).</source>
        <translation>Der Profilname ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The URL override is not a valid address.</source>
        <translation>Die URL-Überschreibung ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The URL override must start with https://.</source>
        <translation>Die URL-Überschreibung muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL override uses plain http:// to %1: only https:// is allowed, except to this computer (localhost or 127.0.0.1).</source>
        <translation>Die URL-Überschreibung verwendet unverschlüsseltes http:// zu %1: Nur https:// ist erlaubt, außer zu diesem Computer (localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <source>The URL override must not contain a user name or password.</source>
        <translation>Die URL-Überschreibung darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The URL override must not contain a query (?…) or a fragment (#…).</source>
        <translation>Die URL-Überschreibung darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A manual proxy needs a host name.</source>
        <translation>Ein manueller Proxy braucht einen Hostnamen.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The profile colour must look like #rrggbb.</source>
        <translation>Die Profilfarbe muss die Form #rrggbb haben.</translation>
    </message>
    <message>
        <source>The language must be a code such as &quot;de&quot; or &quot;fr&quot;.</source>
        <translation>Die Sprache muss ein Code wie „de“ oder „fr“ sein.</translation>
    </message>
    <message>
        <source>The number of parallel requests must be between %1 and %2.</source>
        <translation>Die Anzahl paralleler Anfragen muss zwischen %1 und %2 liegen.</translation>
    </message>
</context>
<context>
    <name>c1::ProfileBand</name>
    <message>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTIV</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>This profile is read-only: every change to the tenant is refused.</source>
        <translation>Dieses Profil ist schreibgeschützt: jede Änderung am Mandanten wird abgelehnt.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
</context>
<context>
    <name>c1::ProfileEditor</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the tenant domain.</source>
        <translation>Geben Sie die Domäne des Mandanten ein.</translation>
    </message>
    <message>
        <source>There is no profile to save.</source>
        <translation>Es gibt kein Profil zum Speichern.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be saved.</source>
        <translation>Kein Schlüsselbund verfügbar: Die Zugangsdaten können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation>Die Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be copied.</source>
        <translation>Kein Schlüsselbund verfügbar: Die Zugangsdaten können nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The profile was copied, but not its credentials: %1</source>
        <translation>Das Profil wurde kopiert, seine Zugangsdaten jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Copied to “%1”.</source>
        <translation>Nach „%1“ kopiert.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted, so the profile was kept: %1</source>
        <translation>Der Schlüsselbund-Eintrag konnte nicht gelöscht werden, daher wurde das Profil behalten: %1</translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation>Profil gelöscht.</translation>
    </message>
</context>
<context>
    <name>c1::ProfileFields</name>
    <message>
        <source>System proxy settings</source>
        <translation>Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>The URL override is not a valid address.</source>
        <translation>Die URL-Überschreibung ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>c1::ProfileStore</name>
    <message>
        <source>The profile has no usable id.</source>
        <translation>Das Profil hat keine verwendbare ID.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The profile to copy no longer exists.</source>
        <translation>Das zu kopierende Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>c1::RecentBulkJobs</name>
    <message>
        <source>This job is not one of the profile&apos;s recent jobs.</source>
        <translation>Dieser Auftrag gehört nicht zu den letzten Aufträgen des Profils.</translation>
    </message>
    <message>
        <source>The job&apos;s journal could not be removed: %1</source>
        <translation>Das Journal des Auftrags konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>This handover did not finish: resume it from Hand Over Ownership… before clearing it.</source>
        <translation>Diese Übergabe wurde nicht abgeschlossen: Setzen Sie sie unter „Eigentümerschaft übergeben…“ fort, bevor Sie sie entfernen.</translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsDialog</name>
    <message numerus="yes">
        <source>Finished bulk jobs, ownership transfers and undos of this profile are kept for %n day(s) after they end, so that they can be undone; then they are removed. Clearing a job only removes it from this list: the tenant is not changed.</source>
        <translation>
            <numerusform>Abgeschlossene Sammelaufträge, Eigentümerübergaben und Rücknahmen dieses Profils werden nach ihrem Ende %n Tag aufbewahrt, damit sie rückgängig gemacht werden können; danach werden sie entfernt. Das Leeren eines Auftrags entfernt ihn nur aus dieser Liste: Der Mandant wird nicht geändert.</numerusform>
            <numerusform>Abgeschlossene Sammelaufträge, Eigentümerübergaben und Rücknahmen dieses Profils werden nach ihrem Ende %n Tage aufbewahrt, damit sie rückgängig gemacht werden können; danach werden sie entfernt. Das Leeren eines Auftrags entfernt ihn nur aus dieser Liste: Der Mandant wird nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not written</source>
        <translation>
            <numerusform>%n nicht geschrieben</numerusform>
            <numerusform>%n nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>undo of job %1</source>
        <translation>Rücknahme von Auftrag %1</translation>
    </message>
    <message>
        <source>undone by job %1</source>
        <translation>rückgängig gemacht durch Auftrag %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>aufbewahrt bis %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 on %2, %n target(s)</source>
        <translation>
            <numerusform>Auftrag %1 auf %2, %n Ziel</numerusform>
            <numerusform>Auftrag %1 auf %2, %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a profile to see its recent bulk jobs.</source>
        <translation>Verbinden Sie sich mit einem Profil, um seine letzten Sammelaufträge zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>No finished bulk jobs of this profile in the last %n day(s).</source>
        <translation>
            <numerusform>Keine abgeschlossenen Sammelaufträge dieses Profils seit %n Tag.</numerusform>
            <numerusform>Keine abgeschlossenen Sammelaufträge dieses Profils seit %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The profile is read-only: the undo can be previewed, not applied.</source>
        <translation>Das Profil ist schreibgeschützt: Die Rücknahme kann als Vorschau angezeigt, aber nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>This job wrote nothing, or has been undone already.</source>
        <translation>Dieser Auftrag hat nichts geschrieben oder wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Check what the job wrote and undo it.</source>
        <translation>Prüfen, was der Auftrag geschrieben hat, und ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>Clear All Recent Jobs</source>
        <translation>Alle letzten Aufträge leeren</translation>
    </message>
    <message>
        <source>Remove every finished job of this profile from the list? They can no longer be undone from here. The tenant is not changed.</source>
        <translation>Alle abgeschlossenen Aufträge dieses Profils aus der Liste entfernen? Sie können dann nicht mehr von hier aus rückgängig gemacht werden. Der Mandant wird nicht geändert.</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Alle leeren</translation>
    </message>
    <message>
        <source>handover: %1 removed</source>
        <translation>Übergabe: %1 entfernt</translation>
    </message>
    <message>
        <source>handover of %1 to %2</source>
        <translation>Übergabe von %1 an %2</translation>
    </message>
    <message>
        <source>unfinished: resume it from Hand Over Ownership…</source>
        <translation>nicht abgeschlossen: unter „Eigentümerschaft übergeben…“ fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Handover %1, %n target(s)</source>
        <translation>
            <numerusform>Übergabe %1, %n Ziel</numerusform>
            <numerusform>Übergabe %1, %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>This handover did not finish: resume it in the Hand Over Ownership window.</source>
        <translation>Diese Übergabe wurde nicht abgeschlossen: Setzen Sie sie im Fenster „Eigentümerschaft übergeben“ fort.</translation>
    </message>
</context>
<context>
    <name>c1::RecentJobsEntry</name>
    <message>
        <source>Recent Bulk &amp;Jobs…</source>
        <translation>&amp;Letzte Sammelaufträge…</translation>
    </message>
    <message numerus="yes">
        <source>Finished bulk jobs of this profile (kept for %n day(s)): undo or clear them</source>
        <translation>
            <numerusform>Abgeschlossene Sammelaufträge dieses Profils (%n Tag aufbewahrt): rückgängig machen oder leeren</numerusform>
            <numerusform>Abgeschlossene Sammelaufträge dieses Profils (%n Tage aufbewahrt): rückgängig machen oder leeren</numerusform>
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
        <translation>Gesendet %1, empfangen %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>c1::RequestLogView</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Autoscroll</source>
        <translation>Automatisch scrollen</translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation>Anfrageprotokoll filtern</translation>
    </message>
    <message>
        <source>Filter by method, path, status or request ID</source>
        <translation>Nach Methode, Pfad, Status oder Anfrage-ID filtern</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>Die ausgewählte Anfrage als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command that repeats the selected request, with $C1_TOKEN in place of the bearer token</source>
        <translation>Kopiert einen curl-Befehl, der die ausgewählte Anfrage wiederholt, mit $C1_TOKEN anstelle des Bearer-Tokens</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>Scroll to new requests</source>
        <translation>Zu neuen Anfragen scrollen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation>Details der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: no HTTP answer</source>
        <translation>Status: keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Attempt: %1 (a retry)</source>
        <translation>Versuch: %1 (eine Wiederholung)</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>Gesendet %1, empfangen %2</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Anfragetext:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>c1::ResourceTypeFlow</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>Profiltyp</translation>
    </message>
    <message>
        <source>Session policy</source>
        <translation>Sitzungsrichtlinie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Choose an app.</source>
        <translation>Wählen Sie eine App.</translation>
    </message>
    <message>
        <source>Choose what kind of resource type it is.</source>
        <translation>Wählen Sie die Art des Ressourcentyps.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of resource type C1 knows.</source>
        <translation>„%1“ ist keine Ressourcentyp-Art, die C1 kennt.</translation>
    </message>
    <message>
        <source>The app already has a resource type of the kind %1 (“%2”): only Custom may occur more than once on an app.</source>
        <translation>Die App hat bereits einen Ressourcentyp der Art %1 („%2“): Nur „Benutzerdefiniert“ darf in einer App mehrfach vorkommen.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The profile “%1” is read-only: it cannot create resource types.</source>
        <translation>Das Profil „%1“ ist schreibgeschützt: Es kann keine Ressourcentypen anlegen.</translation>
    </message>
    <message>
        <source>Creating the resource type…</source>
        <translation>Ressourcentyp wird angelegt…</translation>
    </message>
    <message>
        <source>Canceled. The tenant may still have created the resource type: look for it under the app before trying again.</source>
        <translation>Abgebrochen. Der Mandant hat den Ressourcentyp möglicherweise trotzdem angelegt: Suchen Sie ihn unter der App, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 No resource type named “%2” appeared in the app afterwards: it was not created.</source>
        <translation>%1 Danach ist kein Ressourcentyp namens „%2“ in der App erschienen: Er wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>C1 answers this way when the app already has a resource type of the kind %1: only Custom may occur more than once. Choose another kind, or Custom.</source>
        <translation>C1 antwortet so, wenn die App bereits einen Ressourcentyp der Art %1 hat: Nur „Benutzerdefiniert“ darf mehrfach vorkommen. Wählen Sie eine andere Art oder „Benutzerdefiniert“.</translation>
    </message>
    <message>
        <source>You can create it again.</source>
        <translation>Sie können ihn erneut anlegen.</translation>
    </message>
    <message>
        <source>%1 Could not check whether the resource type was created (%2): look for it under the app before trying again.</source>
        <translation>%1 Es konnte nicht geprüft werden, ob der Ressourcentyp angelegt wurde (%2): Suchen Sie ihn unter der App, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>c1::ResumeJobsBar</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <source>Unfinished bulk jobs</source>
        <translation>Unvollendete Sammelaufträge</translation>
    </message>
    <message>
        <source>Resume the unfinished bulk job</source>
        <translation>Den unvollendeten Sammelauftrag fortsetzen</translation>
    </message>
    <message>
        <source>Discard the unfinished bulk job</source>
        <translation>Den unvollendeten Sammelauftrag verwerfen</translation>
    </message>
    <message>
        <source>Forget this job: rows it did not write stay unwritten.</source>
        <translation>Diesen Auftrag vergessen: Nicht geschriebene Zeilen bleiben ungeschrieben.</translation>
    </message>
    <message>
        <source>Hide this notice until the next connection</source>
        <translation>Diesen Hinweis bis zur nächsten Verbindung ausblenden</translation>
    </message>
    <message>
        <source>adding owners</source>
        <translation>Eigentümer hinzufügen</translation>
    </message>
    <message>
        <source>removing owners</source>
        <translation>Eigentümer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>A bulk job (%1 on %n target(s)) did not finish: %2 of %3 rows are still to be written. Last saved %4.</source>
        <translation>
            <numerusform>Ein Sammelauftrag (%1 für %n Ziel) wurde nicht beendet: %2 von %3 Zeilen sind noch zu schreiben. Zuletzt gespeichert %4.</numerusform>
            <numerusform>Ein Sammelauftrag (%1 für %n Ziele) wurde nicht beendet: %2 von %3 Zeilen sind noch zu schreiben. Zuletzt gespeichert %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more unfinished job(s) after this one.)</source>
        <translation>
            <numerusform>(Danach noch %n weiterer unvollendeter Auftrag.)</numerusform>
            <numerusform>(Danach noch %n weitere unvollendete Aufträge.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::RoleSlugs</name>
    <message>
        <source>Enter a role slug.</source>
        <translation>Geben Sie eine Rollenkennung ein.</translation>
    </message>
    <message>
        <source>A role slug is letters, digits, “.”, “_”, “~” or “-” (at most 128), starting with a letter or digit.</source>
        <translation>Eine Rollenkennung besteht aus Buchstaben, Ziffern, „.“, „_“, „~“ oder „-“ (höchstens 128) und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>c1::SearchBox</name>
    <message>
        <source>Search the tenant</source>
        <translation>Den Mandanten durchsuchen</translation>
    </message>
    <message>
        <source>Search the tenant, or paste an ID</source>
        <translation>Den Mandanten durchsuchen oder eine ID einfügen</translation>
    </message>
    <message>
        <source>What to search</source>
        <translation>Was durchsucht wird</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n result(s); refine the search to see others.</source>
        <translation>
            <numerusform>Nur %n Ergebnis angezeigt; verfeinern Sie die Suche, um weitere zu sehen.</numerusform>
            <numerusform>Nur die ersten %n Ergebnisse angezeigt; verfeinern Sie die Suche, um weitere zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s): click one to show it in the tree.</source>
        <translation>
            <numerusform>%n Ergebnis: Klicken Sie darauf, um es im Baum zu zeigen.</numerusform>
            <numerusform>%n Ergebnisse: Klicken Sie auf eines, um es im Baum zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>c1::SearchPicker</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Search or paste IDs</source>
        <translation>IDs suchen oder einfügen</translation>
    </message>
    <message>
        <source>Add typed IDs or the chosen result</source>
        <translation>Eingegebene IDs oder das gewählte Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>%1 (looking up…)</source>
        <translation>%1 (wird nachgeschlagen…)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>c1::SecretStore</name>
    <message>
        <source>No keychain is available (on Linux: the Secret Service of GNOME Keyring or KWallet). C1 Console keeps credentials only in the system keychain, never in a plain file: start or install a keychain service and try again.</source>
        <translation>Kein Schlüsselbund verfügbar (unter Linux: der Secret Service von GNOME Keyring oder KWallet). C1 Console bewahrt Zugangsdaten nur im Schlüsselbund des Systems auf, nie in einer einfachen Datei: Starten oder installieren Sie einen Schlüsselbunddienst und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock the keychain or allow C1 Console to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie den Schlüsselbund oder erlauben Sie C1 Console den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for this profile. Enter the client ID and secret again.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für dieses Profil. Geben Sie Client-ID und Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>c1::Session</name>
    <message>
        <source>The URL override “%1” is not an http:// or https:// address.</source>
        <translation>Die URL-Überschreibung „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The URL override “%1” uses plain http:// to another machine; only https:// is allowed there (http:// is accepted for 127.0.0.1, ::1 and localhost).</source>
        <translation>Die URL-Überschreibung „%1“ verwendet unverschlüsseltes http:// zu einem anderen Rechner; dort ist nur https:// erlaubt (http:// wird für 127.0.0.1, ::1 und localhost akzeptiert).</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read: %2</source>
        <translation>Die CA-Zertifikatsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file “%1” holds no PEM or DER certificate.</source>
        <translation>Die Datei „%1“ enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>c1::SessionController</name>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one in File ▸ Switch profile.</source>
        <translation>Das Profil existiert nicht mehr. Wählen Sie ein anderes unter Datei ▸ Profil wechseln.</translation>
    </message>
    <message>
        <source>No keychain is available to read the profile&apos;s credentials.</source>
        <translation>Kein Schlüsselbund verfügbar, um die Zugangsdaten des Profils zu lesen.</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for profile “%1”. Enter the client ID and secret in File ▸ Settings.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für das Profil „%1“. Geben Sie Client-ID und Geheimnis unter Datei ▸ Einstellungen ein.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
</context>
<context>
    <name>c1::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain holds no credentials for this profile yet.</source>
        <translation>Der Schlüsselbund enthält noch keine Zugangsdaten für dieses Profil.</translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be saved.</source>
        <translation>Kein Schlüsselbund verfügbar: Die Zugangsdaten können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving the credentials to the keychain…</source>
        <translation>Zugangsdaten werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Save or revert the changes to “%1” first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an „%1“.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Copying the credentials…</source>
        <translation>Zugangsdaten werden kopiert…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its credentials in the keychain?</source>
        <translation>Das Profil „%1“ und seine Zugangsdaten im Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>The credential itself stays valid in C1: revoke it there if it is no longer used.</source>
        <translation>Die Zugangsdaten selbst bleiben in C1 gültig: Widerrufen Sie sie dort, wenn sie nicht mehr gebraucht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the credentials from the keychain…</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund gelöscht…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
</context>
<context>
    <name>c1::SignInAttempt</name>
    <message>
        <source>The profile cannot be used.</source>
        <translation>Das Profil kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. If the tenant uses a private certificate authority, add its certificate as the extra CA file.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS): %2. Wenn der Mandant eine private Zertifizierungsstelle verwendet, geben Sie deren Zertifikat als zusätzliche CA-Datei an.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address, the proxy settings and the network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse, die Proxy-Einstellungen und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network and the proxy settings.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in because of the time: this computer&apos;s clock may be wrong (%1). Set the clock right and try again.</source>
        <translation>Der Mandant hat die Anmeldung wegen der Uhrzeit abgelehnt: Die Uhr dieses Computers geht möglicherweise falsch (%1). Stellen Sie die Uhr richtig und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1. Check the client ID and secret, or create a new credential in C1.</source>
        <translation>Der Mandant hat die Client-Zugangsdaten abgelehnt: %1. Prüfen Sie Client-ID und Geheimnis oder erstellen Sie neue Zugangsdaten in C1.</translation>
    </message>
    <message>
        <source>Signed in, but the tenant refused the token (401 Unauthorized): %1</source>
        <translation>Angemeldet, aber der Mandant hat das Token abgelehnt (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>The credential has no permission to read who it is (403 Forbidden): %1</source>
        <translation>Die Zugangsdaten dürfen nicht abfragen, wem sie gehören (403 Forbidden): %1</translation>
    </message>
    <message>
        <source>The tenant answered with an error: %1</source>
        <translation>Der Mandant hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>The tenant answered with a redirect, which is not followed: %1. Check the URL override.</source>
        <translation>Der Mandant hat mit einer Weiterleitung geantwortet, der nicht gefolgt wird: %1. Prüfen Sie die URL-Überschreibung.</translation>
    </message>
    <message>
        <source>The answer from %1 is not a C1 API answer: %2. Check the URL override.</source>
        <translation>Die Antwort von %1 ist keine Antwort der C1-API: %2. Prüfen Sie die URL-Überschreibung.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS). If the tenant uses a private certificate authority, add its certificate as the extra CA file.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS). Wenn der Mandant eine private Zertifizierungsstelle verwendet, geben Sie deren Zertifikat als zusätzliche CA-Datei an.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(abgelaufen)</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(noch nicht gültig)</translation>
    </message>
    <message>
        <source>Certificate presented by the server:</source>
        <translation>Vom Server vorgelegtes Zertifikat:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The certificate is self-signed.</source>
        <translation>Das Zertifikat ist selbstsigniert.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>c1::TokenSource</name>
    <message>
        <source>Could not sign the sign-in request with the client secret.</source>
        <translation>Die Anmeldeanfrage konnte nicht mit dem Client-Geheimnis signiert werden.</translation>
    </message>
    <message>
        <source>The tenant&apos;s sign-in answer is not a usable access token.</source>
        <translation>Die Anmeldeantwort des Mandanten ist kein verwendbares Zugriffstoken.</translation>
    </message>
    <message>
        <source>The tenant %1 did not answer the sign-in request in time.</source>
        <translation>Der Mandant %1 hat nicht rechtzeitig auf die Anmeldeanfrage geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the tenant %1: %2</source>
        <translation>Der Mandant %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The sign-in request to %1 was redirected to %2; redirects are not followed. Check the tenant address.</source>
        <translation>Die Anmeldeanfrage an %1 wurde nach %2 umgeleitet; Weiterleitungen werden nicht verfolgt. Prüfen Sie die Adresse des Mandanten.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1.</source>
        <translation>Der Mandant hat die Client-Zugangsdaten abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1 (%2).</source>
        <translation>Der Mandant hat die Client-Zugangsdaten abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock: a sign-in request is only valid for two minutes around the current time.</source>
        <translation>Prüfen Sie die Uhr des Computers: Eine Anmeldeanfrage ist nur zwei Minuten um die aktuelle Uhrzeit herum gültig.</translation>
    </message>
    <message>
        <source>The tenant refused the sign-in (HTTP %1): %2</source>
        <translation>Der Mandant hat die Anmeldung abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The tenant answered the sign-in request with HTTP %1 %2.</source>
        <translation>Der Mandant hat die Anmeldeanfrage mit HTTP %1 %2 beantwortet.</translation>
    </message>
    <message>
        <source>Check the tenant address and the URL override.</source>
        <translation>Prüfen Sie die Adresse des Mandanten und die URL-Überschreibung.</translation>
    </message>
    <message>
        <source>The tenant could not sign in (HTTP %1): %2</source>
        <translation>Die Anmeldung beim Mandanten ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>c1::Translations</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>c1::TreeLocator</name>
    <message>
        <source>The tree was reloaded.</source>
        <translation>Der Baum wurde neu geladen.</translation>
    </message>
    <message>
        <source>Nothing to find.</source>
        <translation>Nichts zu suchen.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>App %1 was not found.</source>
        <translation>Die App %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>the app&apos;s entitlements</source>
        <translation>die Berechtigungen der App</translation>
    </message>
    <message>
        <source>Entitlement %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Resource type %1</source>
        <translation>Ressourcentyp %1</translation>
    </message>
    <message>
        <source>Resource %1 was not found.</source>
        <translation>Die Ressource %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Resource %1 could not be placed in the tree.</source>
        <translation>Die Ressource %1 konnte nicht im Baum eingeordnet werden.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>c1::UndoBulkJob</name>
    <message>
        <source>This undo has already started.</source>
        <translation>Diese Rücknahme hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The job cannot be read: %1</source>
        <translation>Der Auftrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This job belongs to the profile “%1”: connect to it to undo the job.</source>
        <translation>Dieser Auftrag gehört zum Profil „%1“: Verbinden Sie sich damit, um den Auftrag rückgängig zu machen.</translation>
    </message>
    <message>
        <source>This job has not finished: resume it (or discard it) before undoing it.</source>
        <translation>Dieser Auftrag ist nicht abgeschlossen: Setzen Sie ihn fort (oder verwerfen Sie ihn), bevor Sie ihn rückgängig machen.</translation>
    </message>
    <message>
        <source>This job changed no owner: there is nothing to undo.</source>
        <translation>Dieser Auftrag hat keinen Eigentümer geändert: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The undo&apos;s journal cannot be written (%1); the undo is paused.</source>
        <translation>Das Journal der Rücknahme kann nicht geschrieben werden (%1); die Rücknahme ist pausiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written by the job</source>
        <translation>
            <numerusform>%n vom Auftrag geschriebene Zeile</numerusform>
            <numerusform>%n vom Auftrag geschriebene Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to remove</source>
        <translation>
            <numerusform>%n Eigentümer zu entfernen</numerusform>
            <numerusform>%n Eigentümer zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) to add again</source>
        <translation>
            <numerusform>%n Eigentümer wieder hinzuzufügen</numerusform>
            <numerusform>%n Eigentümer wieder hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the job (unticked unless you tick them)</source>
        <translation>
            <numerusform>%n seit dem Auftrag geändert (abgewählt, außer Sie haken sie an)</numerusform>
            <numerusform>%n seit dem Auftrag geändert (abgewählt, außer Sie haken sie an)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing left to undo</source>
        <translation>
            <numerusform>%n: nichts mehr rückgängig zu machen</numerusform>
            <numerusform>%n: nichts mehr rückgängig zu machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on targets that no longer exist</source>
        <translation>
            <numerusform>%n für nicht mehr vorhandene Ziele</numerusform>
            <numerusform>%n für nicht mehr vorhandene Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone</source>
        <translation>
            <numerusform>%n rückgängig gemacht</numerusform>
            <numerusform>%n rückgängig gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n canceled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 undone</source>
        <translation>%1 von %2 rückgängig gemacht</translation>
    </message>
    <message>
        <source>This handover has not finished: resume it from Hand Over Ownership… before undoing it.</source>
        <translation>Diese Übergabe ist nicht abgeschlossen: Setzen Sie sie unter „Eigentümerschaft übergeben…“ fort, bevor Sie sie rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>c1::UndoCheck</name>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>no longer an owner (removed since the job): nothing to undo</source>
        <translation>kein Eigentümer mehr (seit dem Auftrag entfernt): nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>changed since the job: removed and added again on %1; tick to remove it anyway</source>
        <translation>seit dem Auftrag geändert: am %1 entfernt und wieder hinzugefügt; anhaken, um ihn trotzdem zu entfernen</translation>
    </message>
    <message>
        <source>added by the job: to be removed</source>
        <translation>vom Auftrag hinzugefügt: wird entfernt</translation>
    </message>
    <message>
        <source>an owner again (added since the job): nothing to undo</source>
        <translation>wieder Eigentümer (seit dem Auftrag hinzugefügt): nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>removed by the job: to be added again</source>
        <translation>vom Auftrag entfernt: wird wieder hinzugefügt</translation>
    </message>
</context>
<context>
    <name>c1::UndoJobDialog</name>
    <message numerus="yes">
        <source>Undo the job of %1 on the profile “%2” (%n target(s)).</source>
        <translation>
            <numerusform>Den Auftrag vom %1 im Profil „%2“ rückgängig machen (%n Ziel).</numerusform>
            <numerusform>Den Auftrag vom %1 im Profil „%2“ rückgängig machen (%n Ziele).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a production tenant. Type its name (%1) to allow writing:</source>
        <translation>Dies ist ein Produktivmandant. Geben Sie seinen Namen (%1) ein, um das Schreiben zu erlauben:</translation>
    </message>
    <message>
        <source>The undo has ended: %1</source>
        <translation>Die Rücknahme ist beendet: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;rückgängig machen</numerusform>
            <numerusform>%n Änderungen &amp;rückgängig machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed since the job and are unticked: they are undone only if you tick them.</source>
        <translation>
            <numerusform>%n Zeile wurde seit dem Auftrag geändert und ist abgewählt: Sie wird nur rückgängig gemacht, wenn Sie sie anhaken.</numerusform>
            <numerusform>%n Zeilen wurden seit dem Auftrag geändert und sind abgewählt: Sie werden nur rückgängig gemacht, wenn Sie sie anhaken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::UnfinishedBulkJobs</name>
    <message>
        <source>The job&apos;s journal could not be removed: %1</source>
        <translation>Das Journal des Auftrags konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>c1::UpdateRequests</name>
    <message>
        <source>Nothing to update: the update mask is empty.</source>
        <translation>Nichts zu aktualisieren: Die Aktualisierungsmaske ist leer.</translation>
    </message>
    <message>
        <source>“%1” cannot be updated.</source>
        <translation>„%1“ kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>“%1” is named twice in the update mask.</source>
        <translation>„%1“ ist in der Aktualisierungsmaske doppelt angegeben.</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>Der Anzeigename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A resource type needs a display name.</source>
        <translation>Ein Ressourcentyp braucht einen Anzeigenamen.</translation>
    </message>
    <message>
        <source>A resource type needs a kind (ROLE, GROUP, CUSTOM …).</source>
        <translation>Ein Ressourcentyp braucht eine Art (ROLE, GROUP, CUSTOM …).</translation>
    </message>
    <message>
        <source>“%1” is not a resource type kind C1 knows.</source>
        <translation>„%1“ ist keine Ressourcentyp-Art, die C1 kennt.</translation>
    </message>
    <message>
        <source>The monthly cost cannot be negative.</source>
        <translation>Die monatlichen Kosten dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>c1::UserFinder</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Name, email or user ID</source>
        <translation>Name, E-Mail oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Search for the %1</source>
        <translation>Suche nach: %1</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Find the %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Matching users for the %1</source>
        <translation>Passende Benutzer: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No user found</source>
        <translation>Kein Benutzer gefunden</translation>
    </message>
</context>
<context>
    <name>c1::UserPicker</name>
    <message>
        <source>Search users or paste user IDs</source>
        <translation>Benutzer suchen oder Benutzer-IDs einfügen</translation>
    </message>
    <message>
        <source>Search by name or email, or paste user IDs</source>
        <translation>Name oder E-Mail suchen oder Benutzer-IDs einfügen</translation>
    </message>
    <message>
        <source>At most %1 user owners are allowed; %2 are chosen.</source>
        <translation>Höchstens %1 Benutzer als Eigentümer sind erlaubt; %2 sind gewählt.</translation>
    </message>
    <message>
        <source>No user has the ID %1.</source>
        <translation>Kein Benutzer hat die ID %1.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a user ID: IDs are 27 letters and digits (this one has %n).</source>
        <translation>
            <numerusform>„%1“ ist keine Benutzer-ID: IDs bestehen aus 27 Buchstaben und Ziffern (diese hat %n).</numerusform>
            <numerusform>„%1“ ist keine Benutzer-ID: IDs bestehen aus 27 Buchstaben und Ziffern (diese hat %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>c1::WelcomeView</name>
    <message>
        <source>Add a &amp;tenant…</source>
        <translation>&amp;Mandanten hinzufügen…</translation>
    </message>
    <message>
        <source>Try the de&amp;mo tenant</source>
        <translation>Demo-Mandanten a&amp;usprobieren</translation>
    </message>
    <message>
        <source>Your profiles are in File ▸ Switch Profile.</source>
        <translation>Ihre Profile finden Sie unter Datei ▸ Profil wechseln.</translation>
    </message>
    <message>
        <source>Welcome to C1 Console</source>
        <translation>Willkommen bei C1 Console</translation>
    </message>
    <message>
        <source>To administer a C1 (ConductorOne) tenant, add it as a profile with one of its API keys. To look around first, try the demo tenant: made-up apps, resources and users served by this computer, so nothing you do there reaches a real tenant.</source>
        <translation>Um einen C1-Mandanten (ConductorOne) zu verwalten, fügen Sie ihn mit einem seiner API-Schlüssel als Profil hinzu. Um sich zuerst umzusehen, probieren Sie den Demo-Mandanten aus: erfundene Apps, Ressourcen und Benutzer, die von diesem Computer bereitgestellt werden, sodass nichts, was Sie dort tun, einen echten Mandanten erreicht.</translation>
    </message>
    <message>
        <source>Add a tenant</source>
        <translation>Mandanten hinzufügen</translation>
    </message>
    <message>
        <source>Opens the settings with a new profile</source>
        <translation>Öffnet die Einstellungen mit einem neuen Profil</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation>Demo-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>Starts a sandbox tenant with demo data on this computer and connects to it</source>
        <translation>Startet einen Sandbox-Mandanten mit Demodaten auf diesem Computer und verbindet sich mit ihm</translation>
    </message>
    <message>
        <source>Where API keys come from: in the C1 web app, open Settings → API keys and create one. A key is a client ID and a client secret; the new profile asks for both and keeps them in this computer&apos;s keychain.</source>
        <translation>Woher API-Schlüssel kommen: Öffnen Sie in der C1-Web-App Settings → API keys und erstellen Sie einen. Ein Schlüssel besteht aus einer Client-ID und einem Client-Geheimnis; das neue Profil fragt nach beiden und bewahrt sie im Schlüsselbund dieses Computers auf.</translation>
    </message>
</context>
<context>
    <name>c1::validate</name>
    <message>
        <source>An annotation key must not be empty.</source>
        <translation>Ein Annotationsschlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The annotation key “%1…” is longer than %2 characters.</source>
        <translation>Der Annotationsschlüssel „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The annotation key “%1” must start with a letter (A–Z, a–z).</source>
        <translation>Der Annotationsschlüssel „%1“ muss mit einem Buchstaben beginnen (A–Z, a–z).</translation>
    </message>
    <message>
        <source>The annotation key “%1” may only contain letters, digits and . _ / -</source>
        <translation>Der Annotationsschlüssel „%1“ darf nur Buchstaben, Ziffern und . _ / - enthalten</translation>
    </message>
    <message>
        <source>The annotation key “%1” starts with “c1/”, which is reserved for C1.</source>
        <translation>Der Annotationsschlüssel „%1“ beginnt mit „c1/“, das C1 vorbehalten ist.</translation>
    </message>
    <message>
        <source>An annotation value is longer than %1 characters.</source>
        <translation>Ein Annotationswert ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The annotation value “%1” may only contain letters, digits and . _ ~ -</source>
        <translation>Der Annotationswert „%1“ darf nur Buchstaben, Ziffern und . _ ~ - enthalten</translation>
    </message>
    <message>
        <source>There are %1 annotations; at most %2 are allowed.</source>
        <translation>Es gibt %1 Annotationen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Annotation “%1”: %2</source>
        <translation>Annotation „%1“: %2</translation>
    </message>
    <message>
        <source>The annotations take %1 bytes; at most %2 are allowed.</source>
        <translation>Die Annotationen belegen %1 Bytes; erlaubt sind höchstens %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the profile called &lt;name&gt;.</source>
        <translation>Mit dem Profil namens &lt;Name&gt; verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start a local sandbox tenant with demo data and connect to it (no C1 tenant needed).</source>
        <translation>Einen lokalen Sandbox-Mandanten mit Demodaten starten und sich mit ihm verbinden (kein C1-Mandant nötig).</translation>
    </message>
    <message>
        <source>Desktop admin console for C1 (ConductorOne) tenants.</source>
        <translation>Desktop-Verwaltungskonsole für C1-Mandanten (ConductorOne).</translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation>Demo-Mandant</translation>
    </message>
    <message>
        <source>No profile is called “%1”.</source>
        <translation>Kein Profil heißt „%1“.</translation>
    </message>
</context>
</TS>
