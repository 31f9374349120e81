<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>virtdeck::CommandLine</name>
    <message>
        <source>A desktop console for servers on libvirt hypervisors (QEMU/KVM, Xen, test driver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (repeatable), e.g. qemu+ssh://root@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the --connect connections read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to connect to a URI use --connect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only applies to --connect URIs (or --demo); none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s; available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Config</name>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectDialog</name>
    <message>
        <source>Connect to a hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples: &lt;tt&gt;qemu:///system&lt;/tt&gt; (this machine), &lt;tt&gt;qemu+ssh://root@kvm-01/system&lt;/tt&gt;, &lt;tt&gt;xen+ssh://root@xen-01/system&lt;/tt&gt;, &lt;tt&gt;test:///default&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect when virtdeck starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (look, change nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the connection read-only: every action that changes a server is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Connection</name>
    <message>
        <source>%1 is not connected (%2); try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by virtdeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>no answer for %n s</numerusform>
            <numerusform>no answer for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::CredentialsDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck does not store what you type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor at %1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DemoFleet</name>
    <message>
        <source>The demo fleet is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo fleet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainState</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dumping memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watchdog fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel panic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainXml</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s definition has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct kernel boot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Format</name>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HostPage</name>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: changes are disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver with the built-in demo fleet — changes last until it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 MHz (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HostSnapshot</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::LibvirtUri</name>
    <message>
        <source>test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver is local: remove the host name (use test:///default or test:///absolute/path/file.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver takes /default or an absolute path to an XML file, e.g. test:///default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QEMU URI ends in /system or /session, e.g. qemu:///system or qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URI cannot contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URI; the form is driver[+transport]://[user@][host][:port]/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 transport needs a host name, e.g. %2://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown URI parameter &quot;%1&quot;; libvirt understands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local %1 (session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Lifecycle</name>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s. Its operating system may ignore ACPI shutdown requests; use Force off if it must stop now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reboot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped but cannot be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarted with its current definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pause %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not shut off (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not paused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to none of the selected servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its tags are left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not reboot within %2 s. Its operating system may ignore ACPI requests; use Force off, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the guest to reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebooted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not restarted. Its operating system may ignore ACPI shutdown requests; use Force off, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::MainWindow</name>
    <message>
        <source>Select a server or a host.
Use File → Connect… to add a hypervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection and forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About virtdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About virtdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;virtdeck %1&lt;/b&gt;&lt;p&gt;A desktop console for servers on libvirt hypervisors: lifecycle, shares, serial console with SysRq, history charts and troubleshooting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck — demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n operation running</numerusform>
            <numerusform>%n operations running</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet opens by itself when nothing else is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection every time virtdeck starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::MessageBar</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Operation</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation record needs an id, a kind and a known state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationLog</name>
    <message>
        <source>The operations log %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the operations log was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck stopped before this operation finished; check the server and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more damaged lines were skipped.</source>
        <translation>
            <numerusform>%n more damaged line was skipped.</numerusform>
            <numerusform>%n more damaged lines were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationQueue</name>
    <message>
        <source>by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of virtdeck does not know how to run &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That operation is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed, cancelled or interrupted operations can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation cannot be stopped once started; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation has already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected failed operation again with the same parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operation to see its parameters, steps and error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Operations (%n failed)</source>
        <translation>
            <numerusform>Operations (%n failed)</numerusform>
            <numerusform>Operations (%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::OverviewPage</name>
    <message>
        <source>Select a server to see its overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks and network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtdeck metadata of this server cannot be read and is left as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot — the next start applies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known state, the host is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 (running before virtdeck connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived from its resources until the first flex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 without a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1: it shuts down, then starts with its new definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the server down and start it again (a full restart, not a guest reboot) so the hypervisor applies its new definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerActions</name>
    <message>
        <source>Shut down and start again, so pending changes to the definition take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the guest to reboot (ACPI); the definition is not re-read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the power at once, like pulling the plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: select one or more servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Force %n server(s) off: %1?</source>
        <translation>
            <numerusform>Force %n server off: %1?</numerusform>
            <numerusform>Force %n servers off: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cuts the power at once: unsaved data in the guests is lost. Prefer Shut down when the guest still answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n operation(s) queued.</source>
        <translation>
            <numerusform>%1: %n operation queued.</numerusform>
            <numerusform>%1: %n operations queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n server(s):</source>
        <translation>
            <numerusform>Tag to add to %n server:</numerusform>
            <numerusform>Tag to add to %n servers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n server(s):</source>
        <translation>
            <numerusform>Tag to remove from %n server:</numerusform>
            <numerusform>Tag to remove from %n servers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags: %n operation(s) queued.</source>
        <translation>
            <numerusform>Tags: %n operation queued.</numerusform>
            <numerusform>Tags: %n operations queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1: %n server</numerusform>
            <numerusform>%1: %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterBar</name>
    <message>
        <source>Filter by name, title, tag or host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all servers in one list with a Host column instead of grouped by host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterModel</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerListModel</name>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not answering: these are the last known values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in demo (libvirt test driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt %1</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only connection: changes are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet: libvirt&apos;s test driver with a built-in fleet; changes are lost when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerMetadata</name>
    <message>
        <source>The SSH port in the server&apos;s metadata is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata does not start with a &lt;server&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share count in the server&apos;s metadata is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has a character that is not allowed; use letters, digits and - _ . : / + @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server has at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotBuilder</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 no longer exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s virtdeck metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so it is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s virtdeck metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a server&apos;s UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TagEditor</name>
    <message>
        <source>web, site-en, production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are kept in the server&apos;s own definition, so every console sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tags of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
