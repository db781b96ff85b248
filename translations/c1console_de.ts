<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected profile (its credentials too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant and credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@tenant.conductor.one/pcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s domain. Filled in from the client ID; change it only if your administrator tells you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret-token:conductorone.com:v1:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://c1.proxy.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every request to this address instead of the tenant&apos;s own (a gateway, or a local sandbox). Plain http:// is only allowed to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PEM file, added to the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts reached without the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated hosts, e.g. localhost, .internal.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel &amp;requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests of bulk jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests a bulk job sends at the same time (1 to 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;only: refuse every change to this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;duction tenant: ask for its name before bulk changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of the band at the top of the window, to tell tenants apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No band colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console while this profile is active (used at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::MainWindow</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tenant profiles and their credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit C1 Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ID of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find / Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter what is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an app, resource or user by its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the selected object again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;App…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app in the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a manually managed resource in the selected resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Assign Owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a list of owner IDs and assign them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About C1 Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the colours of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet: add one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1 Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile in File ▸ Switch Profile, or add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About C1 Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;C1 Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for administering a C1 (ConductorOne) tenant through its public API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Credentials are kept in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::ProfileBand</name>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is read-only: every change to the tenant is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::RequestLogView</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by method, path, status or request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a curl command that repeats the selected request, with $C1_TOKEN in place of the bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt: %1 (a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::SessionController</name>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one in File ▸ Switch profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to read the profile&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no credentials for profile “%1”. Enter the client ID and secret in File ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no credentials for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client secret created with the client ID in C1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret holds a valid Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL override is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the credentials cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the credentials to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the changes to “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was copied, but not its credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its credentials in the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential itself stays valid in C1: revoke it there if it is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the credentials from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted, so the profile was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Signed in as user %1. Roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::SignInAttempt</name>
    <message>
        <source>The profile cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. If the tenant uses a private certificate authority, add its certificate as the extra CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address, the proxy settings and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the network and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the sign-in because of the time: this computer&apos;s clock may be wrong (%1). Set the clock right and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant refused the client credentials: %1. Check the client ID and secret, or create a new credential in C1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the tenant refused the token (401 Unauthorized): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no permission to read who it is (403 Forbidden): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant answered with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant answered with a redirect, which is not followed: %1. Check the URL override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not a C1 API answer: %2. Check the URL override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>c1::Translations</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the profile called &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox tenant with demo data and connect to it (no C1 tenant needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop admin console for C1 (ConductorOne) tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
