<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>virtdeck::CommandLine</name>
    <message>
        <source>A desktop console for servers on libvirt hypervisors (QEMU/KVM, Xen, test driver).</source>
        <translation>Eine Desktop-Konsole für Server auf libvirt-Hypervisoren (QEMU/KVM, Xen, Test-Treiber).</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (repeatable), e.g. qemu+ssh://root@host/system.</source>
        <translation>Mit der libvirt-URI verbinden (mehrfach möglich), z. B. qemu+ssh://root@host/system.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Open the --connect connections read-only: nothing can be changed.</source>
        <translation>Die --connect-Verbindungen schreibgeschützt öffnen: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open the built-in demo fleet.</source>
        <translation>Die integrierte Demo-Flotte öffnen.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to connect to a URI use --connect URI.</source>
        <translation>Unerwartetes Argument „%1“; für eine Verbindung zu einer URI verwenden Sie --connect URI.</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>--read-only applies to --connect URIs (or --demo); none was given.</source>
        <translation>--read-only gilt für --connect-URIs (oder --demo); es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s; available: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden; verfügbar: %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Config</name>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and default settings are used.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; sie wurde als %2 aufbewahrt, und die Standardeinstellungen werden verwendet.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectDialog</name>
    <message>
        <source>Connect to a hypervisor</source>
        <translation>Mit einem Hypervisor verbinden</translation>
    </message>
    <message>
        <source>Examples: &lt;tt&gt;qemu:///system&lt;/tt&gt; (this machine), &lt;tt&gt;qemu+ssh://root@kvm-01/system&lt;/tt&gt;, &lt;tt&gt;xen+ssh://root@xen-01/system&lt;/tt&gt;, &lt;tt&gt;test:///default&lt;/tt&gt;</source>
        <translation>Beispiele: &lt;tt&gt;qemu:///system&lt;/tt&gt; (dieser Rechner), &lt;tt&gt;qemu+ssh://root@kvm-01/system&lt;/tt&gt;, &lt;tt&gt;xen+ssh://root@xen-01/system&lt;/tt&gt;, &lt;tt&gt;test:///default&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Connect when virtdeck starts</source>
        <translation>Beim Start von virtdeck verbinden</translation>
    </message>
    <message>
        <source>Read-only (look, change nothing)</source>
        <translation>Schreibgeschützt (nur ansehen, nichts ändern)</translation>
    </message>
    <message>
        <source>Opens the connection read-only: every action that changes a server is disabled.</source>
        <translation>Öffnet die Verbindung schreibgeschützt: Alle Aktionen, die einen Server ändern, sind deaktiviert.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>Connects to %1.</source>
        <translation>Verbindet mit %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Connection</name>
    <message>
        <source>%1 is not connected (%2); try again when it is back.</source>
        <translation>%1 ist nicht verbunden (%2); versuchen Sie es erneut, sobald der Host wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>disconnected by the user</source>
        <translation>vom Benutzer getrennt</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation>der Host antwortet nicht mehr (Keepalive-Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>der Host hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>Cannot list the servers</source>
        <translation>Die Server können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>connection closed by virtdeck</source>
        <translation>Verbindung von virtdeck geschlossen</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>seit %n s keine Antwort</numerusform>
            <numerusform>seit %n s keine Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::CredentialsDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>virtdeck does not store what you type here.</source>
        <translation>virtdeck speichert nicht, was Sie hier eingeben.</translation>
    </message>
    <message>
        <source>The hypervisor at %1 asks:</source>
        <translation>Der Hypervisor auf %1 fragt:</translation>
    </message>
</context>
<context>
    <name>virtdeck::DemoFleet</name>
    <message>
        <source>The demo fleet is missing from this build.</source>
        <translation>Die Demo-Flotte fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot write the demo fleet to %1.</source>
        <translation>Die Demo-Flotte kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainState</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migriert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>after a crash</source>
        <translation>nach einem Absturz</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>aufgeweckt</translation>
    </message>
    <message>
        <source>by a user</source>
        <translation>durch einen Benutzer</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>Migration läuft</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>wird gespeichert</translation>
    </message>
    <message>
        <source>dumping memory</source>
        <translation>Speicherabbild wird erstellt</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>Festplatten-E/A-Fehler</translation>
    </message>
    <message>
        <source>watchdog fired</source>
        <translation>Watchdog ausgelöst</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <source>guest crashed</source>
        <translation>Gast abgestürzt</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>heruntergefahren</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>zwangsweise ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>migrated away</source>
        <translation>auf einen anderen Host migriert</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>kernel panic</source>
        <translation>Kernel-Panic</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainXml</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation>Die Definition des Servers (Domain-XML) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation>Die Definition des Servers ist keine libvirt-Domain.</translation>
    </message>
    <message>
        <source>The server&apos;s definition has no name.</source>
        <translation>Die Definition des Servers hat keinen Namen.</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation>Direkter Kernel-Start</translation>
    </message>
</context>
<context>
    <name>virtdeck::Format</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostPage</name>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>libvirt says:</source>
        <translation>Meldung von libvirt:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Verbunden seit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>%1 — demo fleet</source>
        <translation>%1 — Demo-Flotte</translation>
    </message>
    <message>
        <source>read-only: changes are disabled</source>
        <translation>schreibgeschützt: Änderungen sind deaktiviert</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver with the built-in demo fleet — changes last until it is closed</source>
        <translation>Test-Treiber von libvirt mit der integrierten Demo-Flotte — Änderungen bleiben bis zum Schließen erhalten</translation>
    </message>
    <message>
        <source>libvirt %1, %2 %3</source>
        <translation>libvirt %1, %2 %3</translation>
    </message>
    <message>
        <source>%1 × %2 MHz (%3)</source>
        <translation>%1 × %2 MHz (%3)</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostSnapshot</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::LibvirtUri</name>
    <message>
        <source>test driver</source>
        <translation>Test-Treiber</translation>
    </message>
    <message>
        <source>The test driver is local: remove the host name (use test:///default or test:///absolute/path/file.xml).</source>
        <translation>Der Test-Treiber ist lokal: Entfernen Sie den Hostnamen (verwenden Sie test:///default oder test:///absoluter/pfad/datei.xml).</translation>
    </message>
    <message>
        <source>The test driver takes /default or an absolute path to an XML file, e.g. test:///default.</source>
        <translation>Der Test-Treiber akzeptiert /default oder einen absoluten Pfad zu einer XML-Datei, z. B. test:///default.</translation>
    </message>
    <message>
        <source>A QEMU URI ends in /system or /session, e.g. qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>Eine QEMU-URI endet auf /system oder /session, z. B. qemu:///system oder qemu+ssh://user@host/system.</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>Geben Sie eine libvirt-URI ein, zum Beispiel qemu:///system oder qemu+ssh://user@host/system.</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces or control characters.</source>
        <translation>Eine URI darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid URI; the form is driver[+transport]://[user@][host][:port]/path.</source>
        <translation>Dies ist keine gültige URI; die Form ist treiber[+transport]://[benutzer@][host][:port]/pfad.</translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Hypervisor-Treiber „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannter Transport „%1“; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>The %1 transport needs a host name, e.g. %2://user@host/system.</source>
        <translation>Der Transport %1 benötigt einen Hostnamen, z. B. %2://user@host/system.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Unknown URI parameter &quot;%1&quot;; libvirt understands: %2.</source>
        <translation>Unbekannter URI-Parameter „%1“; libvirt versteht: %2.</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>Test-Treiber</translation>
    </message>
    <message>
        <source>Test driver (%1)</source>
        <translation>Test-Treiber (%1)</translation>
    </message>
    <message>
        <source>Local %1 (session)</source>
        <translation>%1 lokal (Session)</translation>
    </message>
    <message>
        <source>Local %1</source>
        <translation>%1 lokal</translation>
    </message>
</context>
<context>
    <name>virtdeck::Lifecycle</name>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation>Der Host von %1 ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s. Its operating system may ignore ACPI shutdown requests; use Force off if it must stop now.</source>
        <translation>%1 hat sich nicht innerhalb von %2 s ausgeschaltet. Sein Betriebssystem ignoriert möglicherweise ACPI-Anfragen zum Herunterfahren; verwenden Sie „Ausschalten erzwingen“, wenn er sofort anhalten muss.</translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation>%1 kann nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation>Warten auf das Ausschalten des Gasts</translation>
    </message>
    <message>
        <source>Cannot reboot %1.</source>
        <translation>%1 kann nicht neu gestartet werden.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>%1 stopped but cannot be started again.</source>
        <translation>%1 wurde gestoppt, kann aber nicht wieder gestartet werden.</translation>
    </message>
    <message>
        <source>restarted with its current definition</source>
        <translation>mit der aktuellen Definition kalt neu gestartet</translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation>Ausschalten von %1 kann nicht erzwungen werden.</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>zwangsweise ausgeschaltet</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>%1 kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot pause %1.</source>
        <translation>%1 kann nicht pausiert werden.</translation>
    </message>
    <message>
        <source>Cannot resume %1.</source>
        <translation>%1 kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Kalt neu starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation>%1 herunterfahren</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Force off %1</source>
        <translation>Ausschalten von %1 erzwingen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 kalt neu starten</translation>
    </message>
    <message>
        <source>%1 is not shut off (%2).</source>
        <translation>%1 ist nicht ausgeschaltet (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 läuft nicht (%2).</translation>
    </message>
    <message>
        <source>%1 is already off.</source>
        <translation>%1 ist bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is not paused (%2).</source>
        <translation>%1 ist nicht pausiert (%2).</translation>
    </message>
    <message>
        <source>%1 applies to none of the selected servers.</source>
        <translation>„%1“ ist für keinen der ausgewählten Server möglich.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its tags are left unchanged.</source>
        <translation>Die virtdeck-Metadaten von %1 können nicht gelesen werden, daher bleiben seine Tags unverändert.</translation>
    </message>
    <message>
        <source>Set tags of %1</source>
        <translation>Tags von %1 festlegen</translation>
    </message>
    <message>
        <source>%1 did not reboot within %2 s. Its operating system may ignore ACPI requests; use Force off, then Start.</source>
        <translation>%1 wurde nicht innerhalb von %2 s neu gestartet. Das Betriebssystem ignoriert möglicherweise ACPI-Anfragen; verwenden Sie „Ausschalten erzwingen“ und dann „Starten“.</translation>
    </message>
    <message>
        <source>waiting for the guest to reboot</source>
        <translation>warte auf den Neustart des Gasts</translation>
    </message>
    <message>
        <source>rebooted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not restarted. Its operating system may ignore ACPI shutdown requests; use Force off, then Start.</source>
        <translation>%1 hat sich nicht innerhalb von %2 s ausgeschaltet und wurde daher nicht kalt neu gestartet. Das Betriebssystem ignoriert möglicherweise ACPI-Anfragen zum Herunterfahren; verwenden Sie „Ausschalten erzwingen“ und dann „Starten“.</translation>
    </message>
</context>
<context>
    <name>virtdeck::MainWindow</name>
    <message>
        <source>Select a server or a host.
Use File → Connect… to add a hypervisor.</source>
        <translation>Wählen Sie einen Server oder einen Host aus.
Mit Datei → Verbinden… fügen Sie einen Hypervisor hinzu.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Close the connection and forget it</source>
        <translation>Die Verbindung schließen und vergessen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open the &amp;demo fleet</source>
        <translation>&amp;Demo-Flotte öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About virtdeck</source>
        <translation>Ü&amp;ber virtdeck</translation>
    </message>
    <message>
        <source>About virtdeck</source>
        <translation>Über virtdeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;virtdeck %1&lt;/b&gt;&lt;p&gt;A desktop console for servers on libvirt hypervisors: lifecycle, shares, serial console with SysRq, history charts and troubleshooting.&lt;/p&gt;</source>
        <translation>&lt;b&gt;virtdeck %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für Server auf libvirt-Hypervisoren: Lebenszyklus, Anteile, serielle Konsole mit SysRq, Verlaufsdiagramme und Fehlersuche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Demo-Flotte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The demo fleet is already open.</source>
        <translation>Die Demo-Flotte ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>virtdeck — demo fleet</source>
        <translation>virtdeck — Demo-Flotte</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n Vorgang läuft</numerusform>
            <numerusform>%n Vorgänge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect at start</source>
        <translation>Beim Start verbinden</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The demo fleet opens by itself when nothing else is saved</source>
        <translation>Die Demo-Flotte öffnet sich von selbst, wenn nichts anderes gespeichert ist</translation>
    </message>
    <message>
        <source>Open this connection every time virtdeck starts</source>
        <translation>Diese Verbindung bei jedem Start von virtdeck öffnen</translation>
    </message>
</context>
<context>
    <name>virtdeck::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>virtdeck::Operation</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
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
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an operation record needs an id, a kind and a known state</source>
        <translation>ein Vorgangseintrag braucht eine ID, eine Art und einen bekannten Zustand</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationLog</name>
    <message>
        <source>The operations log %1 cannot be read: %2</source>
        <translation>Das Vorgangsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>Line %1 of the operations log was skipped: %2</source>
        <translation>Zeile %1 des Vorgangsprotokolls wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>virtdeck stopped before this operation finished; check the server and retry.</source>
        <translation>virtdeck wurde beendet, bevor dieser Vorgang abgeschlossen war; prüfen Sie den Server und wiederholen Sie den Vorgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n more damaged lines were skipped.</source>
        <translation>
            <numerusform>%n weitere beschädigte Zeile wurde übersprungen.</numerusform>
            <numerusform>%n weitere beschädigte Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationQueue</name>
    <message>
        <source>by user</source>
        <translation>durch den Benutzer</translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to change it.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Änderungen sind deaktiviert. Verbinden Sie sich ohne „Schreibgeschützt“ neu, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>This version of virtdeck does not know how to run &quot;%1&quot;.</source>
        <translation>Diese Version von virtdeck kann „%1“ nicht ausführen.</translation>
    </message>
    <message>
        <source>That operation is no longer in the list.</source>
        <translation>Dieser Vorgang ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Only failed, cancelled or interrupted operations can be retried.</source>
        <translation>Nur fehlgeschlagene, abgebrochene oder unterbrochene Vorgänge können wiederholt werden.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>This operation cannot be stopped once started; wait for it to finish.</source>
        <translation>Dieser Vorgang kann nach dem Start nicht abgebrochen werden; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This operation has already finished.</source>
        <translation>Dieser Vorgang ist bereits abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run the selected failed operation again with the same parameters</source>
        <translation>Den ausgewählten fehlgeschlagenen Vorgang mit denselben Parametern erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Select an operation to see its parameters, steps and error.</source>
        <translation>Wählen Sie einen Vorgang aus, um seine Parameter, Schritte und Fehler zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Operations (%n failed)</source>
        <translation>
            <numerusform>Vorgänge (%n fehlgeschlagen)</numerusform>
            <numerusform>Vorgänge (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Retry of operation %1</source>
        <translation>Wiederholung von Vorgang %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
</context>
<context>
    <name>virtdeck::OverviewPage</name>
    <message>
        <source>Select a server to see its overview.</source>
        <translation>Wählen Sie einen Server aus, um seine Übersicht anzuzeigen.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Anteile:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>CPU weight:</source>
        <translation>CPU-Gewichtung:</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation>Initrd:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>Boot-Reihenfolge:</translation>
    </message>
    <message>
        <source>Disks and network interfaces</source>
        <translation>Datenträger und Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Host-Gerät</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The virtdeck metadata of this server cannot be read and is left as it is: %1</source>
        <translation>Die virtdeck-Metadaten dieses Servers können nicht gelesen werden und bleiben unverändert: %1</translation>
    </message>
    <message>
        <source>Pending reboot — the next start applies: %1</source>
        <translation>Kaltstart ausstehend — beim nächsten Start wird angewendet: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>last known state, the host is not answering</source>
        <translation>letzter bekannter Zustand, der Host antwortet nicht</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>transient</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <source>starts with the host</source>
        <translation>startet mit dem Host</translation>
    </message>
    <message>
        <source>no autostart</source>
        <translation>kein Autostart</translation>
    </message>
    <message>
        <source>at least %1 (running before virtdeck connected)</source>
        <translation>mindestens %1 (lief bereits, bevor virtdeck sich verbunden hat)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>%1 (derived from its resources until the first flex)</source>
        <translation>%1 (bis zur ersten Skalierung aus den Ressourcen abgeleitet)</translation>
    </message>
    <message>
        <source>%1 of at most %2 without a restart</source>
        <translation>%1 von höchstens %2 ohne Kaltstart</translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation>Standard des Hypervisors</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Restarting %1: it shuts down, then starts with its new definition.</source>
        <translation>%1 wird kalt neu gestartet: Er wird heruntergefahren und dann mit seiner neuen Definition gestartet.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Shut the server down and start it again (a full restart, not a guest reboot) so the hypervisor applies its new definition</source>
        <translation>Den Server herunterfahren und wieder starten (ein Kaltstart, kein Neustart des Gasts), damit der Hypervisor seine neue Definition übernimmt</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerActions</name>
    <message>
        <source>Shut down and start again, so pending changes to the definition take effect</source>
        <translation>Herunterfahren und wieder starten, damit ausstehende Änderungen an der Definition wirksam werden</translation>
    </message>
    <message>
        <source>Ask the guest to reboot (ACPI); the definition is not re-read</source>
        <translation>Den Gast zum Neustart auffordern (ACPI); die Definition wird nicht neu eingelesen</translation>
    </message>
    <message>
        <source>Cut the power at once, like pulling the plug</source>
        <translation>Sofort den Strom abschalten, wie beim Ziehen des Netzsteckers</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Namen kopieren</translation>
    </message>
    <message>
        <source>%1: select one or more servers</source>
        <translation>%1: Wählen Sie einen oder mehrere Server aus</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message numerus="yes">
        <source>Force %n server(s) off: %1?</source>
        <translation>
            <numerusform>Ausschalten von %n Server erzwingen: %1?</numerusform>
            <numerusform>Ausschalten von %n Servern erzwingen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cuts the power at once: unsaved data in the guests is lost. Prefer Shut down when the guest still answers.</source>
        <translation>Dadurch wird sofort der Strom abgeschaltet: Nicht gespeicherte Daten in den Gästen gehen verloren. Verwenden Sie lieber „Herunterfahren“, solange der Gast noch antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n operation(s) queued.</source>
        <translation>
            <numerusform>%1: %n Vorgang eingereiht.</numerusform>
            <numerusform>%1: %n Vorgänge eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n server(s):</source>
        <translation>
            <numerusform>Hinzuzufügendes Tag (%n Server):</numerusform>
            <numerusform>Hinzuzufügendes Tag (%n Server):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n server(s):</source>
        <translation>
            <numerusform>Zu entfernendes Tag (%n Server):</numerusform>
            <numerusform>Zu entfernendes Tag (%n Server):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags: %n operation(s) queued.</source>
        <translation>
            <numerusform>Tags: %n Vorgang eingereiht.</numerusform>
            <numerusform>Tags: %n Vorgänge eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1: %n Server</numerusform>
            <numerusform>%1: %n Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterBar</name>
    <message>
        <source>Filter by name, title, tag or host…</source>
        <translation>Nach Name, Titel, Tag oder Host filtern…</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>Flache Liste</translation>
    </message>
    <message>
        <source>Show all servers in one list with a Host column instead of grouped by host</source>
        <translation>Alle Server in einer Liste mit einer Host-Spalte anzeigen, statt sie nach Host zu gruppieren</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterModel</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Pending reboot</source>
        <translation>Kaltstart ausstehend</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerListModel</name>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (zuletzt bekannt)</translation>
    </message>
    <message>
        <source>pending reboot</source>
        <translation>Kaltstart ausstehend</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>The host is not answering: these are the last known values.</source>
        <translation>Der Host antwortet nicht: Dies sind die zuletzt bekannten Werte.</translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation>Kaltstart ausstehend: %1</translation>
    </message>
    <message>
        <source>Metadata problem: %1</source>
        <translation>Metadatenproblem: %1</translation>
    </message>
    <message>
        <source>built-in demo (libvirt test driver)</source>
        <translation>integrierte Demo (libvirt-Test-Treiber)</translation>
    </message>
    <message>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CPUs</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only connection: changes are disabled.</source>
        <translation>Schreibgeschützte Verbindung: Änderungen sind deaktiviert.</translation>
    </message>
    <message>
        <source>Demo fleet: libvirt&apos;s test driver with a built-in fleet; changes are lost when it closes.</source>
        <translation>Demo-Flotte: Test-Treiber von libvirt mit integrierter Flotte; Änderungen gehen beim Schließen verloren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerMetadata</name>
    <message>
        <source>The SSH port in the server&apos;s metadata is not a number between 1 and 65535.</source>
        <translation>Der SSH-Port in den Metadaten des Servers ist keine Zahl zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not XML.</source>
        <translation>Die virtdeck-Metadaten des Servers sind kein XML.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata does not start with a &lt;server&gt; element.</source>
        <translation>Die virtdeck-Metadaten des Servers beginnen nicht mit einem &lt;server&gt;-Element.</translation>
    </message>
    <message>
        <source>The share count in the server&apos;s metadata is not a positive number.</source>
        <translation>Die Anzahl der Anteile in den Metadaten des Servers ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not well-formed XML.</source>
        <translation>Die virtdeck-Metadaten des Servers sind kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation>Ein Tag hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has a character that is not allowed; use letters, digits and - _ . : / + @.</source>
        <translation>Das Tag „%1“ enthält ein unzulässiges Zeichen; erlaubt sind Buchstaben, Ziffern und - _ . : / + @.</translation>
    </message>
    <message>
        <source>A server has at most %1 tags.</source>
        <translation>Ein Server hat höchstens %1 Tags.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotBuilder</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Die Definition des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>maximum vCPUs</source>
        <translation>maximale vCPUs</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>maximum memory</source>
        <translation>maximaler Arbeitsspeicher</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>CPU-Gewichtung</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>kernel command line</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <source>The server %1 no longer exists on this host.</source>
        <translation>Der Server %1 existiert auf diesem Host nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s virtdeck metadata.</source>
        <translation>Die virtdeck-Metadaten des Servers können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so it is left unchanged.</source>
        <translation>Die virtdeck-Metadaten des Servers können nicht gelesen werden und bleiben daher unverändert.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s virtdeck metadata.</source>
        <translation>Die virtdeck-Metadaten des Servers können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read a server&apos;s UUID.</source>
        <translation>Die UUID eines Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation>Der Zustand von %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::TagEditor</name>
    <message>
        <source>web, site-en, production</source>
        <translation>web, site-de, produktion</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Tags speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read: %1</source>
        <translation>Die virtdeck-Metadaten des Servers können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tags are kept in the server&apos;s own definition, so every console sees them.</source>
        <translation>Tags werden in der Definition des Servers selbst gespeichert, daher sieht jede Konsole sie.</translation>
    </message>
    <message>
        <source>Saving the tags of %1…</source>
        <translation>Tags von %1 werden gespeichert…</translation>
    </message>
</context>
</TS>
