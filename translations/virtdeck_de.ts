<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>virtdeck::AddressBook</name>
    <message>
        <source>SSH access set for this server: %1</source>
        <translation>SSH-Zugang für diesen Server festgelegt: %1</translation>
    </message>
    <message>
        <source>(reported address)</source>
        <translation>(gemeldete Adresse)</translation>
    </message>
    <message>
        <source>%1/%2 on %3 (%4)</source>
        <translation>%1/%2 auf %3 (%4)</translation>
    </message>
    <message>
        <source>These addresses are invented by libvirt&apos;s test driver.</source>
        <translation>Diese Adressen sind vom Test-Treiber von libvirt erfunden.</translation>
    </message>
    <message>
        <source>No address: %1</source>
        <translation>Keine Adresse: %1</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation>Der Hypervisor meldet keine Adresse für diesen Server.</translation>
    </message>
    <message>
        <source>(SSH access refused)</source>
        <translation>(SSH-Zugang abgelehnt)</translation>
    </message>
</context>
<context>
    <name>virtdeck::AddressSection</name>
    <message>
        <source>Network addresses</source>
        <translation>Netzwerkadressen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation>SSH-Zugang…</translation>
    </message>
    <message>
        <source>Set the host name or IP, port and user virtdeck uses for SSH to this server</source>
        <translation>Hostname oder IP, Port und Benutzer festlegen, die virtdeck für SSH zu diesem Server verwendet</translation>
    </message>
    <message>
        <source>The server is not running: it has no address now.</source>
        <translation>Der Server läuft nicht: Er hat derzeit keine Adresse.</translation>
    </message>
    <message>
        <source>Asking the hypervisor…</source>
        <translation>Hypervisor wird gefragt…</translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation>Der Hypervisor meldet keine Adresse für diesen Server.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Autoflex</name>
    <message>
        <source>cooling down after the last step</source>
        <translation>Wartezeit nach dem letzten Schritt</translation>
    </message>
    <message numerus="yes">
        <source>CPU is high but %n shares is the limit</source>
        <translation>
            <numerusform>CPU-Last hoch, aber die Obergrenze von %n Anteil ist erreicht</numerusform>
            <numerusform>CPU-Last hoch, aber die Obergrenze von %n Anteilen ist erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU above %1 % for %2 min (average %3 %)</source>
        <translation>CPU über %1 % für %2 min (Durchschnitt %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>CPU is low but %n shares is the floor</source>
        <translation>
            <numerusform>CPU-Last niedrig, aber die Untergrenze von %n Anteil ist erreicht</numerusform>
            <numerusform>CPU-Last niedrig, aber die Untergrenze von %n Anteilen ist erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU below %1 % for %2 min (average %3 %)</source>
        <translation>CPU unter %1 % für %2 min (Durchschnitt %3 %)</translation>
    </message>
    <message>
        <source>CPU within the policy&apos;s range</source>
        <translation>CPU im Bereich der Richtlinie</translation>
    </message>
    <message>
        <source>waiting for a restart to apply the pending changes</source>
        <translation>wartet auf einen Kaltstart, um die ausstehenden Änderungen zu übernehmen</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexDryRunChart</name>
    <message>
        <source>Run a dry run to see what the policy would have done.</source>
        <translation>Führen Sie einen Probelauf aus, um zu sehen, was die Richtlinie getan hätte.</translation>
    </message>
    <message>
        <source>No CPU history for this server yet.</source>
        <translation>Noch kein CPU-Verlauf für diesen Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps the policy would have taken</source>
        <translation>
            <numerusform>%n Schritt, den die Richtlinie ausgeführt hätte</numerusform>
            <numerusform>%n Schritte, die die Richtlinie ausgeführt hätte</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>+1 share</source>
        <translation>+1 Anteil</translation>
    </message>
    <message>
        <source>−1 share</source>
        <translation>−1 Anteil</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicies</name>
    <message>
        <source>policy &quot;%1&quot;: another policy already has this name; names must be unique.</source>
        <translation>Richtlinie „%1“: Eine andere Richtlinie hat bereits diesen Namen; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies in brackets.</source>
        <translation>„policies“ muss eine Liste von Richtlinien in eckigen Klammern sein.</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>policy %1 &quot;%2&quot;</source>
        <translation>Richtlinie %1 „%2“</translation>
    </message>
    <message>
        <source>The Autoflex policies in %1 are not valid:
%2</source>
        <translation>Die Autoflex-Richtlinien in %1 sind ungültig:
%2</translation>
    </message>
    <message>
        <source>The Autoflex policies %1 cannot be read.</source>
        <translation>Die Autoflex-Richtlinien %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Autoflex policies were not saved:
%1</source>
        <translation>Die Autoflex-Richtlinien wurden nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Cannot save the Autoflex policies to %1.</source>
        <translation>Die Autoflex-Richtlinien können nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicy</name>
    <message>
        <source>above %1 % for %2 min: +1 share (up to %3%4); below %5 % for %6 min: −1 share (down to %7); %8 min between steps</source>
        <translation>über %1 % für %2 min: +1 Anteil (bis %3%4); unter %5 % für %6 min: −1 Anteil (bis %7); %8 min zwischen Schritten</translation>
    </message>
    <message>
        <source>, next boot allowed</source>
        <translation>, nächster Start erlaubt</translation>
    </message>
    <message>
        <source>, live only</source>
        <translation>, nur live</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>give the policy a name; operations name it as their reason.</source>
        <translation>Geben Sie der Richtlinie einen Namen; Vorgänge nennen ihn als Grund.</translation>
    </message>
    <message>
        <source>the CPU level to add a share must be above 0 % and at most 100 %.</source>
        <translation>Der CPU-Wert zum Hinzufügen eines Anteils muss über 0 % und höchstens 100 % betragen.</translation>
    </message>
    <message>
        <source>the CPU level to remove a share must be from 0 % to below 100 %.</source>
        <translation>Der CPU-Wert zum Entfernen eines Anteils muss zwischen 0 % und unter 100 % liegen.</translation>
    </message>
    <message>
        <source>the level to remove a share (%1 %) must be below the level to add one (%2 %), or the policy would flex up and down forever.</source>
        <translation>Der Wert zum Entfernen eines Anteils (%1 %) muss unter dem Wert zum Hinzufügen liegen (%2 %), sonst würde die Richtlinie endlos hoch- und herunterskalieren.</translation>
    </message>
    <message>
        <source>durations must be from 1 to 1440 minutes.</source>
        <translation>Zeiträume müssen zwischen 1 und 1440 Minuten liegen.</translation>
    </message>
    <message>
        <source>the cool-down must be from 0 to 1440 minutes.</source>
        <translation>Die Wartezeit muss zwischen 0 und 1440 Minuten liegen.</translation>
    </message>
    <message>
        <source>the floor must be at least 1 share.</source>
        <translation>Die Untergrenze muss mindestens 1 Anteil betragen.</translation>
    </message>
    <message>
        <source>the limit (%1 shares) must not be below the floor (%2 shares).</source>
        <translation>Die Obergrenze (%1 Anteile) darf nicht unter der Untergrenze (%2 Anteile) liegen.</translation>
    </message>
    <message>
        <source>the limit must be at most %1 shares.</source>
        <translation>Die Obergrenze darf höchstens %1 Anteile betragen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicyEditor</name>
    <message>
        <source>Autoflex policies</source>
        <translation>Autoflex-Richtlinien</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Eingeschaltet</translation>
    </message>
    <message>
        <source>Run a dry run of these settings first.</source>
        <translation>Führen Sie zuerst einen Probelauf dieser Einstellungen aus.</translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation>Namen oder Platzhalter: www-*, db-01</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> shares</source>
        <translation> Anteile</translation>
    </message>
    <message>
        <source>May go beyond the live ceiling (the server then needs a reboot)</source>
        <translation>Darf die Live-Obergrenze überschreiten (der Server braucht dann einen Kaltstart)</translation>
    </message>
    <message>
        <source>CPU above</source>
        <translation>CPU über</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>→ +1 share, up to</source>
        <translation>→ +1 Anteil, bis zu</translation>
    </message>
    <message>
        <source>CPU below</source>
        <translation>CPU unter</translation>
    </message>
    <message>
        <source>→ −1 share, down to</source>
        <translation>→ −1 Anteil, bis auf</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Hoch:</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Herunter:</translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation>Zwischen Schritten:</translation>
    </message>
    <message>
        <source>Dry run on the stored CPU history</source>
        <translation>Probelauf mit dem gespeicherten CPU-Verlauf</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>The saved Autoflex policies cannot be used; saving here replaces them.</source>
        <translation>Die gespeicherten Autoflex-Richtlinien können nicht verwendet werden; Speichern hier ersetzt sie.</translation>
    </message>
    <message>
        <source>%1 (on)</source>
        <translation>%1 (ein)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>The settings changed, so &quot;%1&quot; is off until a dry run of them.</source>
        <translation>Die Einstellungen wurden geändert, daher ist „%1“ bis zu einem Probelauf ausgeschaltet.</translation>
    </message>
    <message>
        <source>Run a dry run of &quot;%1&quot; first: it shows what the policy would have done over the stored CPU history.</source>
        <translation>Führen Sie zuerst einen Probelauf von „%1“ aus: Er zeigt, was die Richtlinie mit dem gespeicherten CPU-Verlauf getan hätte.</translation>
    </message>
    <message>
        <source>The policy selects no server on the connected hosts.</source>
        <translation>Die Richtlinie wählt auf den verbundenen Hosts keinen Server aus.</translation>
    </message>
    <message>
        <source>Choose a server the policy selects.</source>
        <translation>Wählen Sie einen Server aus, den die Richtlinie auswählt.</translation>
    </message>
    <message>
        <source>No CPU history is available in this window.</source>
        <translation>In diesem Zeitfenster ist kein CPU-Verlauf verfügbar.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 shares%4 — %5</source>
        <translation>%1: %2 → %3 Anteile%4 — %5</translation>
    </message>
    <message>
        <source> (at next boot)</source>
        <translation> (beim nächsten Start)</translation>
    </message>
    <message>
        <source>No CPU history for %1 in this period.</source>
        <translation>Kein CPU-Verlauf für %1 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The policy would have changed nothing for %1 in this period.</source>
        <translation>Die Richtlinie hätte für %1 in diesem Zeitraum nichts geändert.</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::BatchItem</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootDefinition</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation>Die Definition des Servers (Domain-XML) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>The server&apos;s definition has a character reference that is not valid.</source>
        <translation>Die Definition des Servers enthält einen ungültigen Zeichenverweis.</translation>
    </message>
    <message>
        <source>The server&apos;s boot settings use an XML entity virtdeck does not know.</source>
        <translation>Die Boot-Einstellungen des Servers verwenden eine XML-Entität, die virtdeck nicht kennt.</translation>
    </message>
    <message>
        <source>The server&apos;s boot settings hold unexpected markup.</source>
        <translation>Die Boot-Einstellungen des Servers enthalten unerwartetes Markup.</translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation>Die Definition des Servers ist keine libvirt-Domain.</translation>
    </message>
    <message>
        <source>The server does not boot a kernel directly (no &lt;kernel&gt; in its definition), so virtdeck does not change how it boots.</source>
        <translation>Der Server startet keinen Kernel direkt (kein &lt;kernel&gt; in seiner Definition), daher ändert virtdeck nicht, wie er bootet.</translation>
    </message>
    <message>
        <source>A server that boots a kernel directly needs a kernel; choose one.</source>
        <translation>Ein Server mit direktem Kernel-Start braucht einen Kernel; wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reboot action.</source>
        <translation>„%1“ ist keine Neustart-Aktion.</translation>
    </message>
    <message>
        <source>The server&apos;s definition has no closing &lt;/domain&gt;.</source>
        <translation>Die Definition des Servers hat kein schließendes &lt;/domain&gt;.</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootOperations</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 boots in %2 mode, not from a kernel named in its definition: choosing a kernel and its command line needs direct kernel boot (os/kernel in the domain XML).</source>
        <translation>%1 bootet im Modus %2, nicht von einem in seiner Definition genannten Kernel: Die Wahl eines Kernels und seiner Befehlszeile erfordert direkten Kernel-Start (os/kernel im Domain-XML).</translation>
    </message>
    <message>
        <source>Choose a kernel for %1.</source>
        <translation>Wählen Sie einen Kernel für %1 aus.</translation>
    </message>
    <message>
        <source>The command line was not written: %1</source>
        <translation>Die Befehlszeile wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The pool has no initrd for %1, and %2 boots with one now. Add its initrd to the pool (initrd.img-VERSION or initramfs-VERSION.img), or choose another kernel.</source>
        <translation>Der Pool hat keine Initrd für %1, und %2 bootet derzeit mit einer. Fügen Sie seine Initrd zum Pool hinzu (initrd.img-VERSION oder initramfs-VERSION.img), oder wählen Sie einen anderen Kernel.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Die Definition des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>kernel %1, initrd %2, command line &quot;%3&quot;</source>
        <translation>Kernel %1, Initrd %2, Befehlszeile „%3“</translation>
    </message>
    <message>
        <source>writing the definition</source>
        <translation>Definition wird geschrieben</translation>
    </message>
    <message>
        <source>next boot: %1</source>
        <translation>nächster Start: %1</translation>
    </message>
    <message>
        <source>the definition already had these boot settings</source>
        <translation>die Definition hatte diese Boot-Einstellungen bereits</translation>
    </message>
    <message>
        <source>written for the next boot; %1 picks it up when it is restarted (Restart, not a reboot from inside the guest)</source>
        <translation>für den nächsten Start geschrieben; %1 übernimmt sie beim Kaltstart („Kalt neu starten“, kein Neustart aus dem Gast heraus)</translation>
    </message>
    <message>
        <source>written; %1 boots with it when started</source>
        <translation>geschrieben; %1 bootet damit beim Starten</translation>
    </message>
    <message>
        <source>starting with the rescue options</source>
        <translation>wird mit den Rettungsoptionen gestartet</translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not booted with the rescue options; nothing was changed. Its system may ignore ACPI shutdown requests: try again with &quot;force off&quot;.</source>
        <translation>%1 hat sich nicht innerhalb von %2 s ausgeschaltet und wurde daher nicht mit den Rettungsoptionen gebootet; es wurde nichts geändert. Sein System ignoriert möglicherweise ACPI-Anfragen zum Herunterfahren: Versuchen Sie es erneut mit „Ausschalten erzwingen“.</translation>
    </message>
    <message>
        <source>forcing off</source>
        <translation>Ausschalten wird erzwungen</translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation>Warten auf das Ausschalten des Gasts</translation>
    </message>
    <message>
        <source>forcing %1 off</source>
        <translation>Ausschalten von %1 wird erzwungen</translation>
    </message>
    <message>
        <source>shutting %1 down</source>
        <translation>%1 wird heruntergefahren</translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation>Ausschalten von %1 kann nicht erzwungen werden.</translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation>%1 kann nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>%1 has no persistent definition to come back to after a rescue boot.</source>
        <translation>%1 hat keine dauerhafte Definition, zu der er nach einem Rettungsstart zurückkehren kann.</translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation>Der Zustand von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its definition stays: %1</source>
        <translation>seine Definition bleibt: %1</translation>
    </message>
    <message>
        <source>this boot only: %1</source>
        <translation>nur dieser Start: %1</translation>
    </message>
    <message>
        <source>%1 is transient (it has no persistent definition), so there is no next boot to prepare.</source>
        <translation>%1 ist vorübergehend (er hat keine dauerhafte Definition), daher gibt es keinen nächsten Start vorzubereiten.</translation>
    </message>
    <message>
        <source>Boot settings of %1 for the next boot</source>
        <translation>Boot-Einstellungen von %1 für den nächsten Start</translation>
    </message>
    <message>
        <source>Rescue boot of %1, once</source>
        <translation>Einmaliger Rettungsstart von %1</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition with its passwords.</source>
        <translation>Die Definition des Servers mit ihren Passwörtern kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This connection may not read the server&apos;s display passwords, and writing its definition without them would remove them; it is left unchanged.</source>
        <translation>Diese Verbindung darf die Anzeige-Passwörter des Servers nicht lesen, und das Schreiben seiner Definition ohne sie würde sie entfernen; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The host refused the new boot settings of %1; its definition is unchanged.</source>
        <translation>Der Host hat die neuen Boot-Einstellungen von %1 abgelehnt; seine Definition ist unverändert.</translation>
    </message>
    <message>
        <source>The host accepted the definition of %1 but did not keep the boot settings as written.</source>
        <translation>Der Host hat die Definition von %1 angenommen, die Boot-Einstellungen aber nicht wie geschrieben übernommen.</translation>
    </message>
    <message>
        <source>Cannot start %1 with the rescue options; its definition is unchanged.</source>
        <translation>%1 kann nicht mit den Rettungsoptionen gestartet werden; seine Definition ist unverändert.</translation>
    </message>
    <message>
        <source>%1 runs with the rescue options, but its definition could not be put back.</source>
        <translation>%1 läuft mit den Rettungsoptionen, aber seine Definition konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>started once with the rescue options; the host had taken them as the definition, which was put back</source>
        <translation>einmal mit den Rettungsoptionen gestartet; der Host hatte sie als Definition übernommen, diese wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>started once with the rescue options</source>
        <translation>einmal mit den Rettungsoptionen gestartet</translation>
    </message>
    <message>
        <source>booted once with the rescue options; its definition is unchanged, and when its system reboots, virtdeck starts it normally</source>
        <translation>einmal mit den Rettungsoptionen gebootet; seine Definition ist unverändert, und wenn sein System neu startet, startet virtdeck ihn normal</translation>
    </message>
    <message>
        <source>started once with the rescue options (%1)</source>
        <translation>einmal mit den Rettungsoptionen gestartet (%1)</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish.</source>
        <translation>%1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Shows the kernel choice and the command line editor.</source>
        <translation>Zeigt die Kernel-Auswahl und den Befehlszeilen-Editor an.</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Jetzt kalt neu starten</translation>
    </message>
    <message>
        <source>Powers the server off and on again (Restart): only a new start reads the new kernel and command line.</source>
        <translation>Schaltet den Server aus und wieder ein (Kaltstart): Nur ein neuer Start liest den neuen Kernel und die Befehlszeile ein.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep the current kernel</source>
        <translation>Aktuellen Kernel beibehalten</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <source>Apply for the next boot</source>
        <translation>Für den nächsten Start übernehmen</translation>
    </message>
    <message>
        <source>Rescue boot once…</source>
        <translation>Einmaliger Rettungsstart…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reading the kernels of pool &quot;%1&quot;…</source>
        <translation>Kernel des Pools „%1“ werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Pool &quot;%1&quot;: %n kernel(s).</source>
        <translation>
            <numerusform>Pool „%1“: %n Kernel.</numerusform>
            <numerusform>Pool „%1“: %n Kernel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>Hinweise: %1.</translation>
    </message>
    <message>
        <source>Next boot: kernel %1, initrd %2.</source>
        <translation>Nächster Start: Kernel %1, Initrd %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The current kernel is not in the pool; it stays as it is unless you choose one.</source>
        <translation>Der aktuelle Kernel ist nicht im Pool; er bleibt unverändert, sofern Sie keinen auswählen.</translation>
    </message>
    <message>
        <source>The pool has no initrd for this kernel, so it cannot replace one that boots with an initrd.</source>
        <translation>Der Pool hat keine Initrd für diesen Kernel, daher kann er keinen Kernel ersetzen, der mit einer Initrd bootet.</translation>
    </message>
    <message>
        <source>Boot mode: %1</source>
        <translation>Boot-Modus: %1</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <source>Initrd: %1</source>
        <translation>Initrd: %1</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>Firmware: %1</translation>
    </message>
    <message>
        <source>Boot devices: %1</source>
        <translation>Boot-Geräte: %1</translation>
    </message>
    <message>
        <source>(as it runs now)</source>
        <translation>(wie er jetzt läuft)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>%1 boots in %2 mode. Choosing its kernel and command line needs direct kernel boot: a kernel named in the server&apos;s definition (os/kernel), which it does not have.</source>
        <translation>%1 bootet im Modus %2. Die Wahl seines Kernels und seiner Befehlszeile erfordert direkten Kernel-Start: einen in der Definition des Servers genannten Kernel (os/kernel), den er nicht hat.</translation>
    </message>
    <message>
        <source>Pending reboot — the next start uses: %1</source>
        <translation>Kaltstart ausstehend — beim nächsten Start wird verwendet: %1</translation>
    </message>
    <message>
        <source>Correct the command line first.</source>
        <translation>Korrigieren Sie zuerst die Befehlszeile.</translation>
    </message>
    <message>
        <source>Writes the server&apos;s definition; a running server uses it from its next start.</source>
        <translation>Schreibt die Definition des Servers; ein laufender Server verwendet sie ab seinem nächsten Start.</translation>
    </message>
    <message>
        <source>Writing the boot settings of %1…</source>
        <translation>Boot-Einstellungen von %1 werden geschrieben…</translation>
    </message>
    <message>
        <source>Saved for the next boot of %1</source>
        <translation>Für den nächsten Start von %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved for %1</source>
        <translation>Für %1 gespeichert</translation>
    </message>
    <message>
        <source>Rescue boot</source>
        <translation>Rettungsstart</translation>
    </message>
    <message>
        <source>Boot %1 once with this command line?</source>
        <translation>%1 einmal mit dieser Befehlszeile booten?</translation>
    </message>
    <message>
        <source>%1 is running: it is shut down first.</source>
        <translation>%1 läuft: Er wird zuerst heruntergefahren.</translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that no longer answers)</source>
        <translation>Ausschalten erzwingen statt sauber herunterfahren (für einen Gast, der nicht mehr antwortet)</translation>
    </message>
    <message>
        <source>Rescue boot of %1 queued…</source>
        <translation>Rettungsstart von %1 eingereiht…</translation>
    </message>
    <message>
        <source>%1 booted once with the rescue options</source>
        <translation>%1 wurde einmal mit den Rettungsoptionen gebootet</translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new settings?</source>
        <translation>%1 jetzt kalt neu starten, damit er mit seinen neuen Einstellungen bootet?</translation>
    </message>
    <message>
        <source>It is shut down and started again. A reboot from inside the guest would keep the old kernel and command line.</source>
        <translation>Er wird heruntergefahren und wieder gestartet. Ein Neustart aus dem Gast heraus würde den alten Kernel und die alte Befehlszeile beibehalten.</translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that ignores ACPI)</source>
        <translation>Ausschalten erzwingen statt sauber herunterfahren (für einen Gast, der ACPI ignoriert)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Kalt neu starten</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird kalt neu gestartet…</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1 wurde kalt neu gestartet</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Boots the server once with these settings without changing its definition; its next reboot comes back normally.</source>
        <translation>Bootet den Server einmal mit diesen Einstellungen, ohne seine Definition zu ändern; beim nächsten Neustart kehrt er zum Normalzustand zurück.</translation>
    </message>
    <message>
        <source>Its definition does not change. The rescue boot lasts one boot: a reboot from inside the rescue system (or Reboot here) ends it, and virtdeck starts the server again with its normal settings. If virtdeck is not running at that moment, the server stays off until it is started. Shutting it down or forcing it off leaves it off.</source>
        <translation>Seine Definition ändert sich nicht. Der Rettungsstart gilt für einen Boot: Ein Neustart aus dem Rettungssystem heraus (oder „Neu starten“ hier) beendet ihn, und virtdeck startet den Server wieder mit seinen normalen Einstellungen. Läuft virtdeck in diesem Moment nicht, bleibt der Server ausgeschaltet, bis er gestartet wird. Herunterfahren oder Ausschalten erzwingen lässt ihn ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None of the selected servers can be flexed:
%1</source>
        <translation>Keiner der ausgewählten Server kann skaliert werden:
%1</translation>
    </message>
    <message>
        <source>No operation of this batch has failed.</source>
        <translation>Kein Vorgang dieses Stapels ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing could be retried:
%1</source>
        <translation>Es konnte nichts wiederholt werden:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexDialog</name>
    <message numerus="yes">
        <source>Flex %n servers</source>
        <translation>
            <numerusform>%n Server skalieren</numerusform>
            <numerusform>%n Server skalieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares (+N)</source>
        <translation>Anteile hinzufügen (+N)</translation>
    </message>
    <message>
        <source>Remove shares (−N)</source>
        <translation>Anteile entfernen (−N)</translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation>Auf N Anteile setzen</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>N:</source>
        <translation>N:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shares now</source>
        <translation>Anteile jetzt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Applies / status</source>
        <translation>Wirksam / Status</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>at next boot (%1)</source>
        <translation>beim nächsten Start (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>beim nächsten Start</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers can be flexed.</source>
        <translation>
            <numerusform>Skalierbar: %1 von %n Server.</numerusform>
            <numerusform>Skalierbar: %1 von %n Servern.</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk flex: %1</source>
        <translation>Sammelskalierung: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>not queued (see the message above)</source>
        <translation>nicht eingereiht (siehe Meldung oben)</translation>
    </message>
    <message>
        <source>Some servers were left out:
%1</source>
        <translation>Einige Server wurden ausgelassen:
%1</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n servers flexed.</source>
        <translation>
            <numerusform>%n Server wurde skaliert.</numerusform>
            <numerusform>Alle %n Server wurden skaliert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flexed, %n failed.</source>
        <translation>
            <numerusform>%1 skaliert, %n fehlgeschlagen.</numerusform>
            <numerusform>%1 skaliert, %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n servers…</source>
        <translation>
            <numerusform>Wiederholung für %n Server…</numerusform>
            <numerusform>Wiederholung für %n Server…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexRequest</name>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n Anteil</numerusform>
            <numerusform>+%n Anteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n Anteil</numerusform>
            <numerusform>−%n Anteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>auf %n Anteil setzen</numerusform>
            <numerusform>auf %n Anteile setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartData</name>
    <message>
        <source>Cannot write the data.</source>
        <translation>Die Daten können nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartsPage</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop following new samples</source>
        <translation>Neuen Messwerten nicht mehr folgen</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole range</source>
        <translation>Den gesamten Bereich anzeigen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation>Die Diagramme als Bild speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the data of the visible time span as CSV</source>
        <translation>Die Daten des sichtbaren Zeitraums als CSV speichern</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Alle Schnittstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the first four interfaces are kept in the history.</source>
        <translation>Nur die ersten vier Schnittstellen werden im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Select a server to see its charts.</source>
        <translation>Wählen Sie einen Server aus, um seine Diagramme anzuzeigen.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting samples every %n s…</source>
        <translation>
            <numerusform>Messwerte werden alle %n s erfasst…</numerusform>
            <numerusform>Messwerte werden alle %n s erfasst…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing recorded for this server in this range yet.</source>
        <translation>Für diesen Server wurde in diesem Zeitraum noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Steal</source>
        <translation>Steal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Die Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the chart data as CSV</source>
        <translation>Die Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot save the image to %1; choose a writable folder.</source>
        <translation>Das Bild kann nicht in %1 gespeichert werden; wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1; choose a writable folder.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>virtdeck::CmdlineEditor</name>
    <message>
        <source>SELinux off (selinux=0)</source>
        <translation>SELinux aus (selinux=0)</translation>
    </message>
    <message>
        <source>Boots without SELinux, e.g. to repair labels that lock you out.</source>
        <translation>Bootet ohne SELinux, z. B. um Labels zu reparieren, die Sie aussperren.</translation>
    </message>
    <message>
        <source>Single-user mode (single)</source>
        <translation>Einzelbenutzermodus (single)</translation>
    </message>
    <message>
        <source>Boots to a root shell without network or services, when the system supports it.</source>
        <translation>Bootet in eine Root-Shell ohne Netzwerk und Dienste, sofern das System dies unterstützt.</translation>
    </message>
    <message>
        <source>Rescue shell (init=/bin/sh)</source>
        <translation>Rettungs-Shell (init=/bin/sh)</translation>
    </message>
    <message>
        <source>Starts /bin/sh instead of the init system. With an initramfs, the initramfs passes it on to the real root file system.</source>
        <translation>Startet /bin/sh statt des Init-Systems. Mit einem Initramfs reicht das Initramfs es an das echte Root-Dateisystem weiter.</translation>
    </message>
    <message>
        <source>Magic SysRq always on (sysrq_always_enabled)</source>
        <translation>Magic SysRq immer an (sysrq_always_enabled)</translation>
    </message>
    <message>
        <source>SysRq keys work even if the system disables them, so a hung guest can still be synced and rebooted.</source>
        <translation>SysRq-Tasten funktionieren, auch wenn das System sie deaktiviert, sodass ein hängender Gast trotzdem synchronisiert und neu gestartet werden kann.</translation>
    </message>
    <message>
        <source>Quiet boot (quiet)</source>
        <translation>Ruhiger Start (quiet)</translation>
    </message>
    <message>
        <source>Fewer kernel messages on the console.</source>
        <translation>Weniger Kernel-Meldungen auf der Konsole.</translation>
    </message>
    <message>
        <source>Kernel default</source>
        <translation>Kernel-Standard</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritische Meldungen</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>%1 — up to %2 (loglevel=%1)</source>
        <translation>%1 — bis %2 (loglevel=%1)</translation>
    </message>
    <message>
        <source>not set: e.g. /dev/vda1, LABEL=rootfs, UUID=…</source>
        <translation>nicht gesetzt: z. B. /dev/vda1, LABEL=rootfs, UUID=…</translation>
    </message>
    <message>
        <source>Not set (most systems mount it read-only first)</source>
        <translation>Nicht gesetzt (die meisten Systeme hängen es zuerst schreibgeschützt ein)</translation>
    </message>
    <message>
        <source>Read-only (ro)</source>
        <translation>Schreibgeschützt (ro)</translation>
    </message>
    <message>
        <source>Read-write (rw)</source>
        <translation>Lesen und Schreiben (rw)</translation>
    </message>
    <message>
        <source>Kernel messages go to every ticked console; the last one becomes /dev/console, where the system&apos;s own messages and single-user shell appear.</source>
        <translation>Kernel-Meldungen gehen an jede angehakte Konsole; die letzte wird zu /dev/console, wo die eigenen Meldungen des Systems und die Einzelbenutzer-Shell erscheinen.</translation>
    </message>
    <message>
        <source>another console, e.g. ttyS1,9600</source>
        <translation>weitere Konsole, z. B. ttyS1,9600</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Make /dev/console</source>
        <translation>Zu /dev/console machen</translation>
    </message>
    <message>
        <source>other options, as on a kernel command line</source>
        <translation>weitere Optionen, wie in einer Kernel-Befehlszeile</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>Reparatur:</translation>
    </message>
    <message>
        <source>Root device:</source>
        <translation>Root-Gerät:</translation>
    </message>
    <message>
        <source>Root file system:</source>
        <translation>Root-Dateisystem:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Meldungen:</translation>
    </message>
    <message>
        <source>Consoles:</source>
        <translation>Konsolen:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Weitere Optionen:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <source>%1 of at most %2 bytes</source>
        <translation>%1 von höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>%1 — /dev/console</source>
        <translation>%1 — /dev/console</translation>
    </message>
</context>
<context>
    <name>virtdeck::CommandBatch</name>
    <message numerus="yes">
        <source>%1 of %n server(s) succeeded</source>
        <translation>
            <numerusform>%1 von %n Server erfolgreich</numerusform>
            <numerusform>%1 von %n Servern erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>No address known for %1.</source>
        <translation>Keine Adresse für %1 bekannt.</translation>
    </message>
</context>
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
        <source>--connect %1: %2</source>
        <translation>--connect %1: %2</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Unbekannte Sprache „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s; available: %1.</source>
        <translation>Diese Sprache statt der des Systems verwenden; verfügbar: %1.</translation>
    </message>
    <message>
        <source>Run the scheduled flex rules that are due, without a window (for cron or a systemd timer), print a summary and exit: 0 done, 1 something failed, 2 unusable files.</source>
        <translation>Die fälligen geplanten Skalierungsregeln ohne Fenster ausführen (für cron oder einen systemd-Timer), eine Zusammenfassung ausgeben und beenden: 0 erledigt, 1 etwas ist fehlgeschlagen, 2 unbrauchbare Dateien.</translation>
    </message>
    <message>
        <source>Open the given URIs (or --demo) read-only: nothing can be changed.</source>
        <translation>Die angegebenen URIs (oder --demo) schreibgeschützt öffnen: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>A libvirt URI to connect to, the same as --connect URI.</source>
        <translation>Eine libvirt-URI, mit der verbunden werden soll, wie --connect URI.</translation>
    </message>
    <message>
        <source>[uri...]</source>
        <translation>[uri...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: %2</source>
        <translation>„%1“ ist keine libvirt-URI: %2</translation>
    </message>
    <message>
        <source>--read-only applies to the given URIs (or --demo); none was given.</source>
        <translation>--read-only gilt für die angegebenen URIs (oder --demo); es wurde keine angegeben.</translation>
    </message>
    <message>
        <source>--run-schedules uses the saved connections; it takes no URI, --connect, --demo or --read-only.</source>
        <translation>--run-schedules verwendet die gespeicherten Verbindungen; es akzeptiert keine URI und kein --connect, --demo oder --read-only.</translation>
    </message>
</context>
<context>
    <name>virtdeck::CommandResultsModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit-Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>binary output (%1)</source>
        <translation>Binärausgabe (%1)</translation>
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
    <message>
        <source>%1 is not responding (%2); try again when it answers. Nothing was sent to it.</source>
        <translation>%1 antwortet nicht (%2); versuchen Sie es erneut, wenn er antwortet. Es wurde nichts an ihn gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>seit %n s keine Antwort</numerusform>
            <numerusform>seit %n s keine Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
            <numerusform>keine Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — check the host name and that libvirtd listens there; not retried, and not saved</source>
        <translation>%1 — prüfen Sie den Hostnamen und ob libvirtd dort lauscht; keine Wiederholung, nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation>Der Host von %1 ist nicht mehr in der Liste.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleOperations</name>
    <message>
        <source>The hypervisor of %1 cannot send keys to its servers, so SysRq is not available there.</source>
        <translation>Der Hypervisor von %1 kann keine Tasten an seine Server senden, daher ist SysRq dort nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot send SysRq %1 to %2.</source>
        <translation>SysRq %1 kann nicht an %2 gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command.</source>
        <translation>„%1“ ist kein SysRq-Befehl.</translation>
    </message>
    <message>
        <source>sent Alt+SysRq+%1 (%2)</source>
        <translation>Alt+SysRq+%1 gesendet (%2)</translation>
    </message>
    <message>
        <source>The hypervisor of %1 cannot inject an NMI.</source>
        <translation>Der Hypervisor von %1 kann keinen NMI auslösen.</translation>
    </message>
    <message>
        <source>Cannot send an NMI to %1.</source>
        <translation>An %1 kann kein NMI gesendet werden.</translation>
    </message>
    <message>
        <source>NMI sent</source>
        <translation>NMI gesendet</translation>
    </message>
    <message>
        <source>stopped before the first key</source>
        <translation>vor der ersten Taste angehalten</translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>nach %1 angehalten</translation>
    </message>
    <message>
        <source>SysRq %1: %2</source>
        <translation>SysRq %1: %2</translation>
    </message>
    <message>
        <source>sent R-E-I-S-U-B; the server reboots</source>
        <translation>R-E-I-S-U-B gesendet; der Server startet neu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command; the menu lists the ones there are.</source>
        <translation>„%1“ ist kein SysRq-Befehl; das Menü listet die vorhandenen auf.</translation>
    </message>
    <message>
        <source>SysRq %1 (%2) on %3</source>
        <translation>SysRq %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Send NMI to %1</source>
        <translation>NMI an %1 senden</translation>
    </message>
    <message>
        <source>The pause between SysRq keys must be between %1 and %2 ms.</source>
        <translation>Die Pause zwischen SysRq-Tasten muss zwischen %1 und %2 ms liegen.</translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B) of %1</source>
        <translation>Sicherer Neustart (R-E-I-S-U-B) von %1</translation>
    </message>
    <message>
        <source>Send SysRq %1?</source>
        <translation>SysRq %1 senden?</translation>
    </message>
    <message>
        <source>Send SysRq %1 (%2) to %3?</source>
        <translation>SysRq %1 (%2) an %3 senden?</translation>
    </message>
    <message>
        <source>Send SysRq %1</source>
        <translation>SysRq %1 senden</translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation>Sicherer Neustart</translation>
    </message>
    <message>
        <source>Reboot %1 with SysRq R-E-I-S-U-B?</source>
        <translation>%1 mit SysRq R-E-I-S-U-B neu starten?</translation>
    </message>
    <message>
        <source>Sends R (unraw), E (terminate all), I (kill all), S (sync), U (remount read-only) and B (reboot), %1 s apart. Programs are stopped without a clean shutdown; the operation can be cancelled between keys.</source>
        <translation>Sendet R (unraw), E (alle beenden), I (alle abbrechen), S (sync), U (schreibgeschützt neu einhängen) und B (Neustart) im Abstand von %1 s. Programme werden ohne sauberes Herunterfahren beendet; der Vorgang kann zwischen den Tasten abgebrochen werden.</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePage</name>
    <message>
        <source>Select a server to see its serial console.</source>
        <translation>Wählen Sie einen Server aus, um seine serielle Konsole anzuzeigen.</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Back to this window</source>
        <translation>Zurück in dieses Fenster</translation>
    </message>
    <message>
        <source>The console of %1 is open in its own window.</source>
        <translation>Die Konsole von %1 ist in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePanel</name>
    <message>
        <source>SysRq: press a key (Escape cancels, Ctrl+O again sends Ctrl+O)</source>
        <translation>SysRq: Drücken Sie eine Taste (Escape bricht ab, erneut Ctrl+O sendet Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 is not a SysRq command; the SysRq menu lists them.</source>
        <translation>%1 ist kein SysRq-Befehl; das SysRq-Menü listet sie auf.</translation>
    </message>
    <message>
        <source>Not attached: keys are not sent.</source>
        <translation>Nicht verbunden: Tasten werden nicht gesendet.</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>Send a magic SysRq command (also Ctrl+O, then the key)</source>
        <translation>Einen Magic-SysRq-Befehl senden (auch Ctrl+O, dann die Taste)</translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation>NMI senden</translation>
    </message>
    <message>
        <source>Inject a non-maskable interrupt (the kernel logs it, or panics if set up to)</source>
        <translation>Einen nicht maskierbaren Interrupt auslösen (der Kernel protokolliert ihn oder löst eine Kernel-Panic aus, falls so eingerichtet)</translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation>Sicherer Neustart</translation>
    </message>
    <message>
        <source>Reboot with SysRq R-E-I-S-U-B, pausing between keys</source>
        <translation>Mit SysRq R-E-I-S-U-B neu starten, mit Pausen zwischen den Tasten</translation>
    </message>
    <message>
        <source>Set terminal size in guest</source>
        <translation>Terminalgröße im Gast festlegen</translation>
    </message>
    <message>
        <source>The console is not attached.</source>
        <translation>Die Konsole ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Typed stty rows %1 cols %2.</source>
        <translation>stty rows %1 cols %2 eingegeben.</translation>
    </message>
    <message>
        <source>Types &quot;stty rows R cols C&quot; for this window&apos;s size: a serial line carries no window size</source>
        <translation>Gibt „stty rows R cols C“ für die Größe dieses Fensters ein: Eine serielle Leitung überträgt keine Fenstergröße</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>Mitschnitt speichern…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the screen and the scrollback (the guest is not told)</source>
        <translation>Bildschirm und Verlauf leeren (der Gast erfährt davon nichts)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the scrollback (Ctrl+Shift+F)</source>
        <translation>Im Verlauf suchen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Console log level (0–9)</source>
        <translation>Konsolen-Loglevel (0–9)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B)…</source>
        <translation>Sicherer Neustart (R-E-I-S-U-B)…</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Zurück ins Hauptfenster</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Dieser Hypervisor bietet keine serielle Konsole.</translation>
    </message>
    <message>
        <source>Its driver (for example libvirt&apos;s test driver behind the demo fleet) cannot open console streams. SysRq and NMI are still sent as key events.</source>
        <translation>Sein Treiber (zum Beispiel der Test-Treiber von libvirt hinter der Demo-Flotte) kann keine Konsolen-Streams öffnen. SysRq und NMI werden trotzdem als Tastenereignisse gesendet.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <source>Console in use</source>
        <translation>Konsole belegt</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Ein anderer Client verwendet die Konsole von %1.</translation>
    </message>
    <message>
        <source>Take it over? The other client is disconnected from the console.</source>
        <translation>Übernehmen? Der andere Client wird von der Konsole getrennt.</translation>
    </message>
    <message>
        <source>SysRq %1 sent (see the operations log).</source>
        <translation>SysRq %1 gesendet (siehe Vorgangsprotokoll).</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this server in this window</source>
        <translation>Für diesen Server in diesem Fenster nicht mehr fragen</translation>
    </message>
    <message>
        <source>Safe reboot started (see the operations log).</source>
        <translation>Sicherer Neustart gestartet (siehe Vorgangsprotokoll).</translation>
    </message>
    <message>
        <source>NMI sent (see the operations log).</source>
        <translation>NMI gesendet (siehe Vorgangsprotokoll).</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Mitschnitt in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleSession</name>
    <message>
        <source>Not attached.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Attaching to the console of %1…</source>
        <translation>Verbindung mit der Konsole von %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Attached to the serial console of %1.</source>
        <translation>Mit der seriellen Konsole von %1 verbunden.</translation>
    </message>
    <message>
        <source>%1 is not running; the console attaches when it starts.</source>
        <translation>%1 läuft nicht; die Konsole verbindet sich, sobald er startet.</translation>
    </message>
    <message>
        <source>The host of %1 is not connected; the console attaches when it is back.</source>
        <translation>Der Host von %1 ist nicht verbunden; die Konsole verbindet sich, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Ein anderer Client verwendet die Konsole von %1.</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Dieser Hypervisor bietet keine serielle Konsole.</translation>
    </message>
    <message>
        <source>%1 has no serial or console device.</source>
        <translation>%1 hat kein serielles Gerät und kein Konsolengerät.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1. Take it over to use it here; the other client is then disconnected.</source>
        <translation>Ein anderer Client verwendet die Konsole von %1. Übernehmen Sie sie, um sie hier zu verwenden; der andere Client wird dann getrennt.</translation>
    </message>
    <message>
        <source>The console of %1 was closed at %2 (another client may have taken it over).</source>
        <translation>Die Konsole von %1 wurde um %2 geschlossen (möglicherweise hat ein anderer Client sie übernommen).</translation>
    </message>
    <message>
        <source>The console connection of %1 broke at %2: %3</source>
        <translation>Die Konsolenverbindung von %1 ist um %2 abgebrochen: %3</translation>
    </message>
    <message>
        <source>%1 shut down at %2.</source>
        <translation>%1 wurde um %2 heruntergefahren.</translation>
    </message>
    <message>
        <source>%1 was forced off at %2.</source>
        <translation>%1 wurde um %2 zwangsweise ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 crashed at %2.</source>
        <translation>%1 ist um %2 abgestürzt.</translation>
    </message>
    <message>
        <source>%1 moved to another host at %2.</source>
        <translation>%1 wurde um %2 auf einen anderen Host verschoben.</translation>
    </message>
    <message>
        <source>%1 was saved to disk at %2.</source>
        <translation>%1 wurde um %2 auf die Festplatte gespeichert.</translation>
    </message>
    <message>
        <source>The hypervisor process of %1 failed at %2.</source>
        <translation>Der Hypervisor-Prozess von %1 ist um %2 ausgefallen.</translation>
    </message>
    <message>
        <source>%1 stopped at %2.</source>
        <translation>%1 wurde um %2 gestoppt.</translation>
    </message>
    <message>
        <source>%1 rebooted at %2.</source>
        <translation>%1 wurde um %2 neu gestartet.</translation>
    </message>
    <message>
        <source>%1 started at %2.</source>
        <translation>%1 wurde um %2 gestartet.</translation>
    </message>
    <message>
        <source>The console reattaches when it runs again.</source>
        <translation>Die Konsole verbindet sich erneut, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>%1 is paused: nothing happens on its console until it resumes.</source>
        <translation>%1 ist pausiert: Auf seiner Konsole geschieht nichts, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 at %2 (%3). The console reattaches when it is back.</source>
        <translation>Verbindung zu %1 um %2 verloren (%3). Die Konsole verbindet sich erneut, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleStream</name>
    <message>
        <source>The host of %1 is not connected.</source>
        <translation>Der Host von %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <source>Cannot create a stream for the console of %1.</source>
        <translation>Für die Konsole von %1 kann kein Stream erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the console of %1.</source>
        <translation>Die Konsole von %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Dieser Hypervisor bietet keine serielle Konsole.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Ein anderer Client verwendet die Konsole von %1.</translation>
    </message>
    <message>
        <source>The console needs full access to the host; this connection is read-only.</source>
        <translation>Die Konsole benötigt vollen Zugriff auf den Host; diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot watch the console stream of %1.</source>
        <translation>Der Konsolen-Stream von %1 kann nicht überwacht werden.</translation>
    </message>
    <message>
        <source>The console of %1 was closed.</source>
        <translation>Die Konsole von %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>The console stream of %1 failed.</source>
        <translation>Der Konsolen-Stream von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot send keys to the console of %1.</source>
        <translation>An die Konsole von %1 können keine Tasten gesendet werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleWindow</name>
    <message>
        <source>Console — %1</source>
        <translation>Konsole — %1</translation>
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
    <name>virtdeck::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Check the server&apos;s state, whether SSH answers, then load, memory, disks, processes and kernel messages over SSH.</source>
        <translation>Den Zustand des Servers prüfen, ob SSH antwortet, dann Last, Arbeitsspeicher, Datenträger, Prozesse und Kernel-Meldungen über SSH.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation>SSH-Zugang…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Select a step to see its command and raw output.</source>
        <translation>Wählen Sie einen Schritt aus, um seinen Befehl und seine Rohausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Save diagnosis report</source>
        <translation>Diagnosebericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>diagnosis-%1.txt</source>
        <translation>diagnosis-%1.txt</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SSH: the demo&apos;s addresses are made up; set an SSH access to reach this server.</source>
        <translation>SSH: Die Adressen der Demo sind erfunden; legen Sie einen SSH-Zugang fest, um diesen Server zu erreichen.</translation>
    </message>
    <message>
        <source>SSH: no address known yet.</source>
        <translation>SSH: Noch keine Adresse bekannt.</translation>
    </message>
    <message>
        <source>SSH: %1 (reported by the hypervisor)</source>
        <translation>SSH: %1 (vom Hypervisor gemeldet)</translation>
    </message>
    <message>
        <source>SSH: %1 (set in its SSH access)</source>
        <translation>SSH: %1 (im SSH-Zugang festgelegt)</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Warten auf den Start…</translation>
    </message>
    <message>
        <source>Diagnosed %1: %2</source>
        <translation>%1 diagnostiziert: %2</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnose läuft…</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation>Exit-Status %1 nach %2 ms</translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation>[Ausgabe gekürzt: %1 von %2 behalten]</translation>
    </message>
    <message>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
    <message>
        <source>Diagnosing: %1…</source>
        <translation>Diagnose: %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 queued; diagnose again once it runs.</source>
        <translation>„%1“ eingereiht; diagnostizieren Sie erneut, sobald der Server läuft.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation>SSH: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::Diagnoser</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n vCPU(s)</source>
        <translation>
            <numerusform>%1, %n vCPU</numerusform>
            <numerusform>%1, %n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo&apos;s addresses are made up</source>
        <translation>die Adressen der Demo sind erfunden</translation>
    </message>
    <message>
        <source>no address known</source>
        <translation>keine Adresse bekannt</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>keine Adresse für die Verbindung</translation>
    </message>
    <message>
        <source>SSH is not configured</source>
        <translation>SSH ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>the SSH port does not answer</source>
        <translation>der SSH-Port antwortet nicht</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); host key %3 %4</source>
        <translation>angemeldet als %1 (%2); Host-Schlüssel %3 %4</translation>
    </message>
    <message>
        <source>load %1 / %2 / %3</source>
        <translation>Last %1 / %2 / %3</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>Laufzeit %1</translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %)</source>
        <translation>%1 von %2 verfügbar (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n filesystem(s); the fullest: %1 at %2 %</source>
        <translation>
            <numerusform>%n Dateisystem; das vollste: %1 mit %2 %</numerusform>
            <numerusform>%n Dateisysteme; das vollste: %1 mit %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>no disk filesystem listed</source>
        <translation>kein Datenträger-Dateisystem aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest: %1</source>
        <translation>am aktivsten: %1</translation>
    </message>
    <message>
        <source>not readable by %1</source>
        <translation>für %1 nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-memory kill(s)</source>
        <translation>
            <numerusform>%n Abbruch wegen Speichermangel</numerusform>
            <numerusform>%n Abbrüche wegen Speichermangel</numerusform>
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
        <source>the connection broke</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>der Server läuft nicht</translation>
    </message>
    <message>
        <source>Uptime and load</source>
        <translation>Laufzeit und Last</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Kernel messages</source>
        <translation>Kernel-Meldungen</translation>
    </message>
    <message>
        <source>System log</source>
        <translation>Systemprotokoll</translation>
    </message>
    <message>
        <source>Hypervisor state</source>
        <translation>Zustand laut Hypervisor</translation>
    </message>
    <message>
        <source>SSH port reachable</source>
        <translation>SSH-Port erreichbar</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>not probed directly: your SSH configuration reaches %1 through a ProxyCommand, so the login below tests the path SSH takes</source>
        <translation>nicht direkt geprüft: Ihre SSH-Konfiguration erreicht %1 über ein ProxyCommand, daher prüft die Anmeldung unten den Weg, den SSH nimmt</translation>
    </message>
    <message>
        <source>jump host: %1; %2 itself is reached through it (ProxyJump in your SSH configuration)</source>
        <translation>Jump-Host: %1; %2 selbst wird über ihn erreicht (ProxyJump in Ihrer SSH-Konfiguration)</translation>
    </message>
    <message>
        <source>jump host: %1</source>
        <translation>Jump-Host: %1</translation>
    </message>
    <message>
        <source>%1 (the jump host of %2)</source>
        <translation>%1 (der Jump-Host von %2)</translation>
    </message>
    <message>
        <source>the jump host does not answer</source>
        <translation>der Jump-Host antwortet nicht</translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosisReport</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>State: %1, %n vCPU(s)</source>
        <translation>
            <numerusform>Zustand: %1, %n vCPU</numerusform>
            <numerusform>Zustand: %1, %n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation>SSH: %1</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished.</source>
        <translation>Die Diagnose wurde vor dem Abschluss abgebrochen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation>Exit-Status %1 nach %2 ms</translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation>[Ausgabe gekürzt: %1 von %2 behalten]</translation>
    </message>
    <message>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosisStep</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosticsService</name>
    <message>
        <source>The port must be between 1 and 65535 (or empty for the default, 22).</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen (oder leer für den Standard, 22).</translation>
    </message>
    <message>
        <source>Enter a command to run.</source>
        <translation>Geben Sie einen auszuführenden Befehl ein.</translation>
    </message>
    <message>
        <source>The command contains a NUL character.</source>
        <translation>Der Befehl enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The command is longer than %1 bytes; copy a script to the servers instead.</source>
        <translation>Der Befehl ist länger als %1 Bytes; kopieren Sie stattdessen ein Skript auf die Server.</translation>
    </message>
    <message>
        <source>Operations are not available.</source>
        <translation>Vorgänge sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select a server to diagnose.</source>
        <translation>Wählen Sie einen Server zum Diagnostizieren aus.</translation>
    </message>
    <message>
        <source>Diagnose %1</source>
        <translation>%1 diagnostizieren</translation>
    </message>
    <message>
        <source>Select at least one server.</source>
        <translation>Wählen Sie mindestens einen Server aus.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 second and 24 hours.</source>
        <translation>Die Zeitüberschreitung muss zwischen 1 Sekunde und 24 Stunden liegen.</translation>
    </message>
    <message>
        <source>Between 1 and 64 servers can run the command at once.</source>
        <translation>Zwischen 1 und 64 Server können den Befehl gleichzeitig ausführen.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on %2</source>
        <translation>„%1“ auf %2 ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Run &quot;%1&quot; on %n server(s)</source>
        <translation>
            <numerusform>„%1“ auf %n Server ausführen</numerusform>
            <numerusform>„%1“ auf %n Servern ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>The results of that run are no longer available.</source>
        <translation>Die Ergebnisse dieser Ausführung sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>No server failed in that run.</source>
        <translation>Bei dieser Ausführung ist kein Server fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its SSH access is left unchanged.</source>
        <translation>Die virtdeck-Metadaten von %1 können nicht gelesen werden, daher bleibt sein SSH-Zugang unverändert.</translation>
    </message>
    <message>
        <source>Set SSH access of %1</source>
        <translation>SSH-Zugang von %1 festlegen</translation>
    </message>
    <message>
        <source>asking the hypervisor</source>
        <translation>Hypervisor wird abgefragt</translation>
    </message>
    <message>
        <source>Cannot read the state of the server.</source>
        <translation>Der Zustand des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>looking up addresses</source>
        <translation>Adressen werden ermittelt</translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver, whose addresses are made up: set its SSH access to reach it.</source>
        <translation>%1 läuft auf dem Test-Treiber von libvirt, dessen Adressen erfunden sind: Legen Sie seinen SSH-Zugang fest, um ihn zu erreichen.</translation>
    </message>
    <message>
        <source>No address known for %1: set its SSH access, or install qemu-guest-agent in it.</source>
        <translation>Keine Adresse für %1 bekannt: Legen Sie seinen SSH-Zugang fest oder installieren Sie qemu-guest-agent darin.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>This is not an IP address or a host name. Use an IPv4 or IPv6 address, or a host name of letters, digits, dots and dashes, without spaces.</source>
        <translation>Dies ist weder eine IP-Adresse noch ein Hostname. Verwenden Sie eine IPv4- oder IPv6-Adresse oder einen Hostnamen aus Buchstaben, Ziffern, Punkten und Bindestrichen, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>This is not a user name. Use up to %1 lowercase letters, digits, dots, dashes or underscores, starting with a letter or an underscore.</source>
        <translation>Dies ist kein Benutzername. Verwenden Sie bis zu %1 Kleinbuchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder Unterstrich.</translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n server(s): %1?</source>
        <translation>
            <numerusform>Diesen Befehl auf %n Server ausführen: %1?</numerusform>
            <numerusform>Diesen Befehl auf %n Servern ausführen: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %n server(s)</source>
        <translation>
            <numerusform>Auf %n Server ausführen</numerusform>
            <numerusform>Auf %n Servern ausführen</numerusform>
        </translation>
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
    <name>virtdeck::Features</name>
    <message>
        <source>Open &amp;console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Open console in new &amp;window</source>
        <translation>Konsole in neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>S&amp;ysRq</source>
        <translation>S&amp;ysRq</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B)…</source>
        <translation>Sicherer Neustart (R-E-I-S-U-B)…</translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation>NMI senden</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>Check why the server stopped answering: state, reachability, load, memory, disks, kernel messages</source>
        <translation>Prüfen, warum der Server nicht mehr antwortet: Zustand, Erreichbarkeit, Last, Arbeitsspeicher, Datenträger, Kernel-Meldungen</translation>
    </message>
    <message>
        <source>&amp;Run a command…</source>
        <translation>Befehl &amp;ausführen…</translation>
    </message>
    <message>
        <source>Run one command over SSH on every selected server</source>
        <translation>Einen Befehl per SSH auf jedem ausgewählten Server ausführen</translation>
    </message>
    <message>
        <source>&amp;Flex shares…</source>
        <translation>Anteile &amp;skalieren…</translation>
    </message>
    <message>
        <source>&amp;Scheduled flex…</source>
        <translation>&amp;Geplante Skalierung…</translation>
    </message>
    <message>
        <source>&amp;Autoflex policies…</source>
        <translation>&amp;Autoflex-Richtlinien…</translation>
    </message>
    <message>
        <source>SysRq needs a running server</source>
        <translation>SysRq erfordert einen laufenden Server</translation>
    </message>
</context>
<context>
    <name>virtdeck::Finding</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open Flex</source>
        <translation>Skalierung öffnen</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>Resume server</source>
        <translation>Server fortsetzen</translation>
    </message>
    <message>
        <source>Edit SSH access…</source>
        <translation>SSH-Zugang bearbeiten…</translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingCard</name>
    <message>
        <source>What to do: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the report</source>
        <translation>
            <numerusform>… %n weiterer im Bericht</numerusform>
            <numerusform>… %n weitere im Bericht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingRules</name>
    <message>
        <source>Open the serial console and log in there to look at load, memory and disks. If the console does not answer either, send SysRq keys from the console page: &quot;m&quot; prints memory use, &quot;t&quot; the tasks, &quot;w&quot; the blocked ones; &quot;s&quot;, &quot;u&quot;, &quot;b&quot; sync, remount read-only and reboot as a last resort.</source>
        <translation>Öffnen Sie die serielle Konsole und melden Sie sich dort an, um Last, Arbeitsspeicher und Datenträger zu prüfen. Wenn auch die Konsole nicht antwortet, senden Sie SysRq-Tasten von der Konsolenseite: „m“ zeigt die Speichernutzung, „t“ die Tasks, „w“ die blockierten; „s“, „u“, „b“ synchronisieren, hängen schreibgeschützt neu ein und starten als letztes Mittel neu.</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>%1 ist pausiert</translation>
    </message>
    <message>
        <source>The hypervisor holds %1 paused: it does not run, answer the network or keep time. That alone explains why it does not respond.</source>
        <translation>Der Hypervisor hält %1 pausiert: Er läuft nicht, antwortet nicht im Netzwerk und führt keine Uhrzeit. Das allein erklärt, warum er nicht reagiert.</translation>
    </message>
    <message>
        <source>Resume it. If nobody paused it, the hypervisor may have paused it after a disk error or a full storage pool on the host: check the host&apos;s storage first.</source>
        <translation>Setzen Sie ihn fort. Falls niemand ihn pausiert hat, hat der Hypervisor ihn möglicherweise nach einem Datenträgerfehler oder wegen eines vollen Speicherpools auf dem Host pausiert: Prüfen Sie zuerst das Speichersystem des Hosts.</translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shut off.</source>
        <translation>Der Hypervisor meldet %1 als ausgeschaltet.</translation>
    </message>
    <message>
        <source>Start it. If it stopped by itself, its console output and the host&apos;s logs tell why.</source>
        <translation>Starten Sie ihn. Falls er von selbst angehalten hat, zeigen seine Konsolenausgabe und die Protokolle des Hosts den Grund.</translation>
    </message>
    <message>
        <source>%1 has crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>The hypervisor reports that %1 crashed (a guest kernel panic, or the hypervisor process died).</source>
        <translation>Der Hypervisor meldet, dass %1 abgestürzt ist (eine Kernel-Panic im Gast, oder der Hypervisor-Prozess ist beendet).</translation>
    </message>
    <message>
        <source>Open its console to read the last messages, then force it off and start it again.</source>
        <translation>Öffnen Sie seine Konsole, um die letzten Meldungen zu lesen, erzwingen Sie dann das Ausschalten und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>%1 is shutting down</source>
        <translation>%1 wird heruntergefahren</translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shutting down.</source>
        <translation>Der Hypervisor meldet, dass %1 heruntergefahren wird.</translation>
    </message>
    <message>
        <source>Wait until it is off, then start it. If it stays in this state, force it off.</source>
        <translation>Warten Sie, bis er ausgeschaltet ist, und starten Sie ihn dann. Bleibt er in diesem Zustand, erzwingen Sie das Ausschalten.</translation>
    </message>
    <message>
        <source>%1 is suspended by its operating system</source>
        <translation>%1 wurde von seinem Betriebssystem in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <source>Its operating system put %1 to sleep (power management).</source>
        <translation>Sein Betriebssystem hat %1 in den Ruhezustand versetzt (Energieverwaltung).</translation>
    </message>
    <message>
        <source>Wake it up: a key press on its console usually does.</source>
        <translation>Wecken Sie ihn auf: Meist genügt ein Tastendruck auf seiner Konsole.</translation>
    </message>
    <message>
        <source>The state of %1 is unknown</source>
        <translation>Der Zustand von %1 ist unbekannt</translation>
    </message>
    <message>
        <source>The hypervisor does not say whether %1 runs.</source>
        <translation>Der Hypervisor gibt nicht an, ob %1 läuft.</translation>
    </message>
    <message>
        <source>Check the host&apos;s connection, then diagnose again.</source>
        <translation>Prüfen Sie die Verbindung des Hosts und diagnostizieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>No real address for %1</source>
        <translation>Keine echte Adresse für %1</translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver (the demo), whose addresses are made up, so virtdeck does not connect to them.</source>
        <translation>%1 läuft auf dem Test-Treiber von libvirt (der Demo), dessen Adressen erfunden sind, daher verbindet sich virtdeck nicht mit ihnen.</translation>
    </message>
    <message>
        <source>Set a host name or IP address in the server&apos;s SSH access to check it over SSH.</source>
        <translation>Legen Sie im SSH-Zugang des Servers einen Hostnamen oder eine IP-Adresse fest, um ihn über SSH zu prüfen.</translation>
    </message>
    <message>
        <source>No address known for %1</source>
        <translation>Keine Adresse für %1 bekannt</translation>
    </message>
    <message>
        <source>The hypervisor reports no IP address for %1: no DHCP lease, no guest agent answer, no ARP entry.</source>
        <translation>Der Hypervisor meldet keine IP-Adresse für %1: keine DHCP-Lease, keine Antwort des Gast-Agenten, kein ARP-Eintrag.</translation>
    </message>
    <message>
        <source>Set its host name or IP address in its SSH access, or install qemu-guest-agent in it. If it used to have an address, its network may be down: open the console.</source>
        <translation>Legen Sie seinen Hostnamen oder seine IP-Adresse in seinem SSH-Zugang fest oder installieren Sie qemu-guest-agent darin. Falls er früher eine Adresse hatte, ist sein Netzwerk möglicherweise ausgefallen: Öffnen Sie die Konsole.</translation>
    </message>
    <message>
        <source>SSH refuses connections</source>
        <translation>SSH lehnt Verbindungen ab</translation>
    </message>
    <message>
        <source>%1 runs, but %2 refuses connections: sshd has stopped, or a firewall rejects them.</source>
        <translation>%1 läuft, aber %2 lehnt Verbindungen ab: sshd wurde beendet, oder eine Firewall weist sie zurück.</translation>
    </message>
    <message>
        <source>No answer on the SSH port</source>
        <translation>Keine Antwort auf dem SSH-Port</translation>
    </message>
    <message>
        <source>%1 runs, but %2 did not answer within %3 ms: the server hangs or is overloaded, or a firewall drops the packets.</source>
        <translation>%1 läuft, aber %2 hat nicht innerhalb von %3 ms geantwortet: Der Server hängt oder ist überlastet, oder eine Firewall verwirft die Pakete.</translation>
    </message>
    <message>
        <source>No route to the server</source>
        <translation>Keine Route zum Server</translation>
    </message>
    <message>
        <source>%1 runs, but the network reports no route to %2 (the connection failed after %3 ms).</source>
        <translation>%1 läuft, aber das Netzwerk meldet keine Route zu %2 (die Verbindung ist nach %3 ms fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The server may be isolated from the network; contact the network team.</source>
        <translation>Der Server ist möglicherweise vom Netzwerk isoliert; wenden Sie sich an das Netzwerkteam.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The name set for %1 does not resolve to an address (%2).</source>
        <translation>Der für %1 festgelegte Name wird nicht in eine Adresse aufgelöst (%2).</translation>
    </message>
    <message>
        <source>Correct the host name in the server&apos;s SSH access.</source>
        <translation>Korrigieren Sie den Hostnamen im SSH-Zugang des Servers.</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Verbindung mit %1 nicht möglich</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>Die Verbindung mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Check the address in the server&apos;s SSH access.</source>
        <translation>Prüfen Sie die Adresse im SSH-Zugang des Servers.</translation>
    </message>
    <message>
        <source>The SSH port accepts connections but SSH does not answer</source>
        <translation>Der SSH-Port nimmt Verbindungen an, aber SSH antwortet nicht</translation>
    </message>
    <message>
        <source>Connections to %1 are accepted, but no SSH exchange completed within %2 s: sshd, or the whole server, is overloaded or hung.</source>
        <translation>Verbindungen zu %1 werden angenommen, aber innerhalb von %2 s wurde kein SSH-Austausch abgeschlossen: sshd oder der ganze Server ist überlastet oder hängt.</translation>
    </message>
    <message>
        <source>The host name cannot be resolved</source>
        <translation>Der Hostname kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The server&apos;s host key has changed</source>
        <translation>Der Host-Schlüssel des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>Ask whoever manages %1 whether it was reinstalled. Only then remove the old key with ssh-keygen -R and diagnose again; until then, treat the connection as unsafe.</source>
        <translation>Fragen Sie den Verantwortlichen für %1, ob er neu installiert wurde. Entfernen Sie erst dann den alten Schlüssel mit ssh-keygen -R und diagnostizieren Sie erneut; behandeln Sie die Verbindung bis dahin als unsicher.</translation>
    </message>
    <message>
        <source>Host key not accepted: the checks over SSH were skipped</source>
        <translation>Host-Schlüssel nicht akzeptiert: Die Prüfungen über SSH wurden übersprungen</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you, then diagnose again and accept it.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt, diagnostizieren Sie dann erneut und akzeptieren Sie ihn.</translation>
    </message>
    <message>
        <source>virtdeck could not log in</source>
        <translation>virtdeck konnte sich nicht anmelden</translation>
    </message>
    <message>
        <source>Check the user in the server&apos;s SSH access, your keys (ssh-agent, ~/.ssh) or the password. The server itself answers, so it is not hung.</source>
        <translation>Prüfen Sie den Benutzer im SSH-Zugang des Servers, Ihre Schlüssel (ssh-agent, ~/.ssh) oder das Passwort. Der Server selbst antwortet, er hängt also nicht.</translation>
    </message>
    <message>
        <source>Login cancelled: the checks over SSH were skipped</source>
        <translation>Anmeldung abgebrochen: Die Prüfungen über SSH wurden übersprungen</translation>
    </message>
    <message>
        <source>The SSH session failed</source>
        <translation>Die SSH-Sitzung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>See the details; the server itself answered.</source>
        <translation>Siehe Details; der Server selbst hat geantwortet.</translation>
    </message>
    <message>
        <source>%1 is %2 % full</source>
        <translation>%1 ist zu %2 % voll</translation>
    </message>
    <message>
        <source>%1 (%2) has %3 free of %4. Programs that write there fail, and a full system disk stops logins, databases and logging.</source>
        <translation>%1 (%2) hat %3 von %4 frei. Programme, die dorthin schreiben, schlagen fehl, und eine volle Systemplatte verhindert Anmeldungen, Datenbanken und Protokollierung.</translation>
    </message>
    <message>
        <source>Clean up (old logs, caches, core dumps, package archives) or enlarge the disk.</source>
        <translation>Räumen Sie auf (alte Protokolle, Caches, Core-Dumps, Paketarchive) oder vergrößern Sie den Datenträger.</translation>
    </message>
    <message>
        <source>%1 % CPU</source>
        <translation>%1 % CPU</translation>
    </message>
    <message>
        <source>%1 % memory</source>
        <translation>%1 % Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Add shares to give it more memory, or find the process that grows (the largest are listed).</source>
        <translation>Fügen Sie Anteile hinzu, um ihm mehr Arbeitsspeicher zu geben, oder suchen Sie den wachsenden Prozess (die größten sind aufgeführt).</translation>
    </message>
    <message numerus="yes">
        <source>The kernel killed %n process(es) for lack of memory</source>
        <translation>
            <numerusform>Der Kernel hat %n Prozess wegen Speichermangels beendet</numerusform>
            <numerusform>Der Kernel hat %n Prozesse wegen Speichermangels beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel ran out of memory</source>
        <translation>Dem Kernel ist der Arbeitsspeicher ausgegangen</translation>
    </message>
    <message>
        <source>The out-of-memory killer stopped: %1.</source>
        <translation>Der OOM-Killer hat beendet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The out-of-memory killer ran %n time(s).</source>
        <translation>
            <numerusform>Der OOM-Killer wurde %n Mal ausgelöst.</numerusform>
            <numerusform>Der OOM-Killer wurde %n Mal ausgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %); swap: %4 used of %5.</source>
        <translation>%1 von %2 verfügbar (%3 %); Swap: %4 von %5 belegt.</translation>
    </message>
    <message>
        <source>Memory is exhausted</source>
        <translation>Der Arbeitsspeicher ist erschöpft</translation>
    </message>
    <message>
        <source>Memory is running low</source>
        <translation>Der Arbeitsspeicher wird knapp</translation>
    </message>
    <message numerus="yes">
        <source>The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n vCPU(s): processes wait for their turn.</source>
        <translation>
            <numerusform>Die Durchschnittslast über 15 Minuten beträgt %1 (1 min: %2, 5 min: %3), mehr als %4 × seine %n vCPU: Prozesse warten, bis sie an der Reihe sind.</numerusform>
            <numerusform>Die Durchschnittslast über 15 Minuten beträgt %1 (1 min: %2, 5 min: %3), mehr als %4 × seine %n vCPUs: Prozesse warten, bis sie an der Reihe sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) wait for a disk or the network (state D): part of the load may be I/O, not CPU.</source>
        <translation>
            <numerusform>%n Prozess wartet auf einen Datenträger oder das Netzwerk (Zustand D): Ein Teil der Last kann E/A sein, nicht CPU.</numerusform>
            <numerusform>%n Prozesse warten auf einen Datenträger oder das Netzwerk (Zustand D): Ein Teil der Last kann E/A sein, nicht CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load %1 is too high for %n vCPU(s)</source>
        <translation>
            <numerusform>Last %1 ist zu hoch für %n vCPU</numerusform>
            <numerusform>Last %1 ist zu hoch für %n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares, or find the runaway process (the busiest are listed).</source>
        <translation>Fügen Sie Anteile hinzu, oder suchen Sie den außer Kontrolle geratenen Prozess (die aktivsten sind aufgeführt).</translation>
    </message>
    <message>
        <source>Too many processes (%1)</source>
        <translation>Zu viele Prozesse (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 processes exist, more than the %2 expected at most for %n vCPU(s). The most common: %3.</source>
        <translation>
            <numerusform>Es gibt %1 Prozesse, mehr als die höchstens erwarteten %2 für %n vCPU. Die häufigsten: %3.</numerusform>
            <numerusform>Es gibt %1 Prozesse, mehr als die höchstens erwarteten %2 für %n vCPUs. Die häufigsten: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find what starts them (a runaway service, a cron job piling up, a fork bomb) and stop it; raise limits only if the load is expected.</source>
        <translation>Finden Sie heraus, was sie startet (ein außer Kontrolle geratener Dienst, sich stauende Cron-Jobs, eine Fork-Bombe), und beenden Sie es; erhöhen Sie Limits nur, wenn die Last erwartet ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n zombie process(es)</source>
        <translation>
            <numerusform>%n Zombie-Prozess</numerusform>
            <numerusform>%n Zombie-Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished processes whose parent never collects them pile up.</source>
        <translation>Beendete Prozesse, die ihr Elternprozess nie abholt, stauen sich.</translation>
    </message>
    <message>
        <source>Restart the service that spawns them (their parent).</source>
        <translation>Starten Sie den Dienst neu, der sie erzeugt (ihren Elternprozess).</translation>
    </message>
    <message>
        <source>Filesystem errors in the kernel log</source>
        <translation>Dateisystemfehler im Kernel-Protokoll</translation>
    </message>
    <message>
        <source>The kernel reports filesystem errors.</source>
        <translation>Der Kernel meldet Dateisystemfehler.</translation>
    </message>
    <message>
        <source>The kernel made a filesystem read-only after errors: writes there fail.</source>
        <translation>Der Kernel hat ein Dateisystem nach Fehlern schreibgeschützt gemacht: Schreibvorgänge dort schlagen fehl.</translation>
    </message>
    <message>
        <source>Check the disk from the console (fsck at the next boot) and the host&apos;s storage.</source>
        <translation>Prüfen Sie den Datenträger von der Konsole aus (fsck beim nächsten Start) und das Speichersystem des Hosts.</translation>
    </message>
    <message>
        <source>I/O errors in the kernel log</source>
        <translation>E/A-Fehler im Kernel-Protokoll</translation>
    </message>
    <message numerus="yes">
        <source>The kernel could not read or write a disk %n time(s) recently.</source>
        <translation>
            <numerusform>Der Kernel konnte kürzlich %n Mal nicht von einem Datenträger lesen oder darauf schreiben.</numerusform>
            <numerusform>Der Kernel konnte kürzlich %n Mal nicht von einem Datenträger lesen oder darauf schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host&apos;s storage and the disk&apos;s image.</source>
        <translation>Prüfen Sie das Speichersystem des Hosts und das Image des Datenträgers.</translation>
    </message>
    <message>
        <source>Tasks hung waiting for I/O</source>
        <translation>Tasks hängen beim Warten auf E/A</translation>
    </message>
    <message>
        <source>The kernel reports tasks blocked for minutes, usually waiting for a disk or NFS.</source>
        <translation>Der Kernel meldet Tasks, die seit Minuten blockiert sind, meist beim Warten auf einen Datenträger oder NFS.</translation>
    </message>
    <message>
        <source>Check the storage the server depends on.</source>
        <translation>Prüfen Sie das Speichersystem, von dem der Server abhängt.</translation>
    </message>
    <message>
        <source>CPU lockups in the kernel log</source>
        <translation>CPU-Lockups im Kernel-Protokoll</translation>
    </message>
    <message>
        <source>A CPU was stuck: the host may be overcommitted, or the guest kernel has a problem.</source>
        <translation>Eine CPU hing fest: Der Host ist möglicherweise überbucht, oder der Gast-Kernel hat ein Problem.</translation>
    </message>
    <message>
        <source>Check the host&apos;s CPU load; add shares or move the server.</source>
        <translation>Prüfen Sie die CPU-Last des Hosts; fügen Sie Anteile hinzu oder verschieben Sie den Server.</translation>
    </message>
    <message>
        <source>Kernel messages are not readable by %1</source>
        <translation>Kernel-Meldungen sind für %1 nicht lesbar</translation>
    </message>
    <message>
        <source>The kernel restricts its log to root (kernel.dmesg_restrict), so out-of-memory kills and disk errors could not be checked.</source>
        <translation>Der Kernel beschränkt sein Protokoll auf root (kernel.dmesg_restrict), daher konnten Abbrüche wegen Speichermangel und Datenträgerfehler nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Diagnose as root (in the server&apos;s SSH access) or allow the user to read the log.</source>
        <translation>Diagnostizieren Sie als root (im SSH-Zugang des Servers), oder erlauben Sie dem Benutzer, das Protokoll zu lesen.</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>Load, memory, disk space, processes and kernel messages look normal.</source>
        <translation>Last, Arbeitsspeicher, Speicherplatz, Prozesse und Kernel-Meldungen sehen normal aus.</translation>
    </message>
    <message>
        <source>If users still see a problem, look at the application&apos;s own logs (the tail of the system log is in the raw output).</source>
        <translation>Wenn Benutzer weiterhin ein Problem sehen, prüfen Sie die eigenen Protokolle der Anwendung (das Ende des Systemprotokolls steht in der Rohausgabe).</translation>
    </message>
    <message>
        <source>virtdeck did not start SSH</source>
        <translation>virtdeck hat SSH nicht gestartet</translation>
    </message>
    <message>
        <source>Correct the server&apos;s SSH access (or your SSH configuration), then diagnose again. Nothing was sent to the server.</source>
        <translation>Korrigieren Sie den SSH-Zugang des Servers (oder Ihre SSH-Konfiguration) und diagnostizieren Sie dann erneut. Es wurde nichts an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexAutomation</name>
    <message>
        <source>Autoflex policy &apos;%1&apos;: %2</source>
        <translation>Autoflex-Richtlinie „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoflex could not flex %1 to %n shares: %2</source>
        <translation>
            <numerusform>Autoflex konnte %1 nicht auf %n Anteil skalieren: %2</numerusform>
            <numerusform>Autoflex konnte %1 nicht auf %n Anteile skalieren: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexHost</name>
    <message>
        <source>the test driver cannot set CPU weight</source>
        <translation>der Test-Treiber kann keine CPU-Gewichtung setzen</translation>
    </message>
    <message>
        <source>this hypervisor (%1) cannot set CPU weight</source>
        <translation>dieser Hypervisor (%1) kann keine CPU-Gewichtung setzen</translation>
    </message>
    <message>
        <source>Xen credit scheduler</source>
        <translation>Xen-Credit-Scheduler</translation>
    </message>
    <message>
        <source>cgroup v1</source>
        <translation>cgroup v1</translation>
    </message>
    <message>
        <source>cgroup v2</source>
        <translation>cgroup v2</translation>
    </message>
    <message>
        <source>the range both cgroup versions accept</source>
        <translation>der Bereich, den beide cgroup-Versionen akzeptieren</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPage</name>
    <message>
        <source> shares</source>
        <translation> Anteile</translation>
    </message>
    <message>
        <source>Target shares</source>
        <translation>Ziel-Anteile</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Wirksam</translation>
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
        <source>CPU weight</source>
        <translation>CPU-Gewichtung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Jetzt kalt neu starten</translation>
    </message>
    <message>
        <source>Shut the server down and start it again so it boots with its new definition</source>
        <translation>Den Server herunterfahren und wieder starten, damit er mit seiner neuen Definition bootet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a server to flex it.</source>
        <translation>Wählen Sie einen Server aus, um ihn zu skalieren.</translation>
    </message>
    <message>
        <source>%1 — profile &quot;%2&quot;: %3 MiB and CPU weight %4 per share</source>
        <translation>%1 — Profil „%2“: %3 MiB und CPU-Gewichtung %4 pro Anteil</translation>
    </message>
    <message>
        <source>≈ %1 shares, estimated from its memory until its first flex</source>
        <translation>≈ %1 Anteile, bis zur ersten Skalierung aus dem Arbeitsspeicher geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>%n shares now</source>
        <translation>
            <numerusform>Derzeit %n Anteil</numerusform>
            <numerusform>Derzeit %n Anteile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <source>Up to %1 shares now (the boot-time maxima); up to %2 with a reboot.</source>
        <translation>Jetzt bis zu %1 Anteile (die Boot-Maxima); bis zu %2 mit einem Kaltstart.</translation>
    </message>
    <message>
        <source>Shut off: the new size applies when it starts (at most %1 shares).</source>
        <translation>Ausgeschaltet: Die neue Größe gilt ab dem nächsten Start (höchstens %1 Anteile).</translation>
    </message>
    <message>
        <source>Apply (reboot needed)</source>
        <translation>Übernehmen (Kaltstart erforderlich)</translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation>Kaltstart ausstehend: %1</translation>
    </message>
    <message numerus="yes">
        <source>Flexing %1 to %n shares…</source>
        <translation>
            <numerusform>%1 wird auf %n Anteil skaliert…</numerusform>
            <numerusform>%1 wird auf %n Anteile skaliert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>%1 kalt neu starten</translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new size?</source>
        <translation>%1 jetzt kalt neu starten, damit er mit seiner neuen Größe bootet?</translation>
    </message>
    <message>
        <source>virtdeck shuts it down (its operating system must answer the ACPI request), waits until it is off and starts it again. Its services are unavailable meanwhile.</source>
        <translation>virtdeck fährt ihn herunter (sein Betriebssystem muss auf die ACPI-Anfrage reagieren), wartet, bis er ausgeschaltet ist, und startet ihn wieder. Seine Dienste sind währenddessen nicht verfügbar.</translation>
    </message>
    <message>
        <source>flex: apply the pending changes</source>
        <translation>Skalierung: ausstehende Änderungen anwenden</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 wird kalt neu gestartet…</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Skalierung</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPlan</name>
    <message>
        <source>The flex parameters are incomplete or not valid (shares, vCPUs, memory and CPU weight must be positive whole numbers).</source>
        <translation>Die Skalierungsparameter sind unvollständig oder ungültig (Anteile, vCPUs, Arbeitsspeicher und CPU-Gewichtung müssen positive ganze Zahlen sein).</translation>
    </message>
    <message numerus="yes">
        <source>Flex %1 to %n shares</source>
        <translation>
            <numerusform>%1 auf %n Anteil skalieren</numerusform>
            <numerusform>%1 auf %n Anteile skalieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n Anteil: vCPUs %1, Arbeitsspeicher %2</numerusform>
            <numerusform>%n Anteile: vCPUs %1, Arbeitsspeicher %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation>, CPU-Gewichtung %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPlanner</name>
    <message>
        <source>%1 is %2: flex a running or shut-off server. Resume or stop it first.</source>
        <translation>%1 ist im Zustand „%2“: Nur laufende oder ausgeschaltete Server können skaliert werden. Setzen Sie ihn zuerst fort oder halten Sie ihn an.</translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>memory max at boot is %1</source>
        <translation>Arbeitsspeicher-Maximum beim Boot ist %1</translation>
    </message>
    <message>
        <source>vCPU max at boot is %1</source>
        <translation>vCPU-Maximum beim Boot ist %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of shares: type a whole number such as 4.</source>
        <translation>„%1“ ist keine Anzahl von Anteilen: Geben Sie eine ganze Zahl wie 4 ein.</translation>
    </message>
    <message>
        <source>A server needs at least 1 share; %1 is not allowed.</source>
        <translation>Ein Server benötigt mindestens 1 Anteil; %1 ist nicht zulässig.</translation>
    </message>
    <message>
        <source>%1 shares is far beyond any server size (at most %2).</source>
        <translation>%1 Anteile übersteigen jede Servergröße bei Weitem (höchstens %2).</translation>
    </message>
    <message>
        <source>The share profile for %1 is not valid, so nothing can be flexed there until it is fixed.</source>
        <translation>Das Anteilsprofil für %1 ist ungültig; dort kann nichts skaliert werden, bis es korrigiert ist.</translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to flex its servers.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Änderungen sind deaktiviert. Verbinden Sie sich ohne „Schreibgeschützt“ neu, um seine Server zu skalieren.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its share count cannot be written.</source>
        <translation>Die virtdeck-Metadaten von %1 können nicht gelesen werden, daher kann die Anzahl der Anteile nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>A server needs at least %n shares (profile &quot;%1&quot;).</source>
        <translation>
            <numerusform>Ein Server benötigt mindestens %n Anteil (Profil „%1“).</numerusform>
            <numerusform>Ein Server benötigt mindestens %n Anteile (Profil „%1“).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shares is above the absolute maximum of %2 shares (profile &quot;%3&quot;).</source>
        <translation>%1 Anteile liegen über dem absoluten Maximum von %2 Anteilen (Profil „%3“).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is transient (it has no persistent definition), so it cannot grow beyond its boot-time maxima: at most %n shares.</source>
        <translation>
            <numerusform>%1 ist vorübergehend (ohne dauerhafte Definition) und kann daher nicht über seine Boot-Maxima hinaus wachsen: höchstens %n Anteil.</numerusform>
            <numerusform>%1 ist vorübergehend (ohne dauerhafte Definition) und kann daher nicht über seine Boot-Maxima hinaus wachsen: höchstens %n Anteile.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU weight %1 is outside the range this host accepts (%2 to %3, %4). Change the share profile&apos;s &quot;cpuWeightPerShare&quot; or the share count.</source>
        <translation>CPU-Gewichtung %1 liegt außerhalb des Bereichs, den dieser Host akzeptiert (%2 bis %3, %4). Ändern Sie „cpuWeightPerShare“ im Anteilsprofil oder die Anzahl der Anteile.</translation>
    </message>
    <message>
        <source>%1 shares do not fit on this host. %2</source>
        <translation>%1 Anteile passen nicht auf diesen Host. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n shares: nothing to change.</source>
        <translation>
            <numerusform>%1 hat bereits %n Anteil: Es gibt nichts zu ändern.</numerusform>
            <numerusform>%1 hat bereits %n Anteile: Es gibt nichts zu ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexResource</name>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>CPU-Gewichtung</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>at next boot</source>
        <translation>beim nächsten Kaltstart</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>beim nächsten Start</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexRunner</name>
    <message>
        <source>The flex operation names no server.</source>
        <translation>Der Skalierungsvorgang nennt keinen Server.</translation>
    </message>
    <message>
        <source>CPU weight not set: %1</source>
        <translation>CPU-Gewichtung nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>reading the current values</source>
        <translation>aktuelle Werte werden gelesen</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n steps to apply</source>
        <translation>
            <numerusform>%n Schritt anzuwenden</numerusform>
            <numerusform>%n Schritte anzuwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the host was removed.</source>
        <translation>Die Verbindung zum Host wurde entfernt.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>The guest has not released its extra vCPUs yet; they go at the next boot at the latest</source>
        <translation>Der Gast hat seine zusätzlichen vCPUs noch nicht freigegeben; sie entfallen spätestens beim nächsten Boot</translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2)</source>
        <translation>nicht bestätigt: %1 (%2)</translation>
    </message>
    <message>
        <source>CPU weight not set: the driver cannot set &quot;%1&quot;</source>
        <translation>CPU-Gewichtung nicht gesetzt: Der Treiber kann „%1“ nicht setzen</translation>
    </message>
    <message>
        <source>skipped: %1 (%2)</source>
        <translation>übersprungen: %1 (%2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>undoing the steps already applied</source>
        <translation>bereits angewendete Schritte werden rückgängig gemacht</translation>
    </message>
    <message numerus="yes">
        <source>Flex of %1 to %n shares failed at &quot;%2&quot;.</source>
        <translation>
            <numerusform>Die Skalierung von %1 auf %n Anteil ist bei „%2“ fehlgeschlagen.</numerusform>
            <numerusform>Die Skalierung von %1 auf %n Anteile ist bei „%2“ fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n steps applied before it were undone; nothing changed.</source>
        <translation>
            <numerusform>%n zuvor angewendeter Schritt wurde rückgängig gemacht; es wurde nichts geändert.</numerusform>
            <numerusform>Die %n zuvor angewendeten Schritte wurden rückgängig gemacht; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Some earlier steps could not be undone: %1. Check the server&apos;s vCPUs and memory.</source>
        <translation>Einige frühere Schritte konnten nicht rückgängig gemacht werden: %1. Prüfen Sie die vCPUs und den Arbeitsspeicher des Servers.</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>wird rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>could not undo: %1</source>
        <translation>konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n Anteil: vCPUs %1, Arbeitsspeicher %2</numerusform>
            <numerusform>%n Anteile: vCPUs %1, Arbeitsspeicher %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation>, CPU-Gewichtung %1</translation>
    </message>
    <message>
        <source>Pending reboot: the rest applies when the server restarts</source>
        <translation>Kaltstart ausstehend: Der Rest wird beim Kaltstart des Servers angewendet</translation>
    </message>
    <message>
        <source>Applies when the server starts</source>
        <translation>Wird beim Start des Servers angewendet</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSchedule</name>
    <message>
        <source>&quot;rules&quot; must be a list of rules in brackets.</source>
        <translation>„rules“ muss eine Liste von Regeln in eckigen Klammern sein.</translation>
    </message>
    <message>
        <source>The flex schedule %1 is not valid:
%2</source>
        <translation>Der Skalierungszeitplan %1 ist ungültig:
%2</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation>Regel %1 „%2“</translation>
    </message>
    <message>
        <source>%1: give the rule a name; operations and the log name it.</source>
        <translation>%1: Geben Sie der Regel einen Namen; Vorgänge und das Protokoll verwenden ihn.</translation>
    </message>
    <message>
        <source>%1: another rule already has this name; names must be unique.</source>
        <translation>%1: Eine andere Regel hat bereits diesen Namen; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>%1: the time of day is not valid (HH:MM, 00:00 to 23:59).</source>
        <translation>%1: Die Uhrzeit ist ungültig (HH:MM, 00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>%1: the number of shares must be from 1 to %2.</source>
        <translation>%1: Die Anzahl der Anteile muss zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The flex schedule %1 cannot be read.</source>
        <translation>Der Skalierungszeitplan %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The flex schedule was not saved:
%1</source>
        <translation>Der Skalierungszeitplan wurde nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Cannot save the flex schedule to %1.</source>
        <translation>Der Skalierungszeitplan kann nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexStep</name>
    <message>
        <source>now and at next boot</source>
        <translation>jetzt und beim nächsten Boot</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>in der Definition</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>maximum vCPUs at next boot: %1 → %2</source>
        <translation>maximale vCPUs beim nächsten Boot: %1 → %2</translation>
    </message>
    <message>
        <source>maximum memory at next boot: %1 → %2</source>
        <translation>maximaler Arbeitsspeicher beim nächsten Boot: %1 → %2</translation>
    </message>
    <message>
        <source>vCPUs %1: %2 → %3</source>
        <translation>vCPUs %1: %2 → %3</translation>
    </message>
    <message>
        <source>memory %1: %2 → %3</source>
        <translation>Arbeitsspeicher %1: %2 → %3</translation>
    </message>
    <message>
        <source>CPU weight (%1) %2: %3 → %4</source>
        <translation>CPU-Gewichtung (%1) %2: %3 → %4</translation>
    </message>
    <message>
        <source>share count in the metadata: %1 → %2</source>
        <translation>Anzahl der Anteile in den Metadaten: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (the previous value is unknown, so it is left as is)</source>
        <translation>%1 (der vorherige Wert ist unbekannt, daher bleibt er unverändert)</translation>
    </message>
    <message>
        <source>maximum vCPUs back to %1</source>
        <translation>maximale vCPUs zurück auf %1</translation>
    </message>
    <message>
        <source>maximum memory back to %1</source>
        <translation>maximaler Arbeitsspeicher zurück auf %1</translation>
    </message>
    <message>
        <source>vCPUs back to %1</source>
        <translation>vCPUs zurück auf %1</translation>
    </message>
    <message>
        <source>memory back to %1</source>
        <translation>Arbeitsspeicher zurück auf %1</translation>
    </message>
    <message>
        <source>CPU weight back to %1</source>
        <translation>CPU-Gewichtung zurück auf %1</translation>
    </message>
    <message>
        <source>share count in the metadata back to %1</source>
        <translation>Anzahl der Anteile in den Metadaten zurück auf %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSteps</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Die Definition des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so its share count cannot be written.</source>
        <translation>Die virtdeck-Metadaten des Servers können nicht gelesen werden, daher kann die Anzahl der Anteile nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot undo: %1.</source>
        <translation>Rückgängig machen nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
        <translation>Setzen nicht möglich: %1.</translation>
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
    <name>virtdeck::HeadlessSchedules</name>
    <message>
        <source>No scheduled flex rule is due at %1.</source>
        <translation>Um %1 ist keine geplante Skalierungsregel fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n rules due, but no saved connection to run them on. Add the hosts in virtdeck first.</source>
        <translation>
            <numerusform>%n Regel ist fällig, aber es gibt keine gespeicherte Verbindung, um sie auszuführen. Fügen Sie die Hosts zuerst in virtdeck hinzu.</numerusform>
            <numerusform>%n Regeln sind fällig, aber es gibt keine gespeicherte Verbindung, um sie auszuführen. Fügen Sie die Hosts zuerst in virtdeck hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2):</source>
        <translation>Regel „%1“ (%2):</translation>
    </message>
    <message>
        <source>%1: already there, nothing to change</source>
        <translation>%1: bereits erreicht, nichts zu ändern</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: done — %2</source>
        <translation>%1: erledigt — %2</translation>
    </message>
    <message>
        <source>still running after %1 s</source>
        <translation>läuft nach %1 s noch</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operations run, %1 failed.</source>
        <translation>
            <numerusform>%n Vorgang ausgeführt, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Vorgänge ausgeführt, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryRanges</name>
    <message>
        <source>Live (5 min)</source>
        <translation>Live (5 min)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryStore</name>
    <message>
        <source>The history cannot be read synchronously on the GUI thread.</source>
        <translation>Der Verlauf kann im GUI-Thread nicht synchron gelesen werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryWorker</name>
    <message>
        <source>The history file %1 on rrdcached %2 cannot be used (%3); history of this server is not recorded until it is moved away on the daemon&apos;s host.</source>
        <translation>Die Verlaufsdatei %1 auf rrdcached %2 kann nicht verwendet werden (%3); der Verlauf dieses Servers wird nicht aufgezeichnet, bis sie auf dem Host des Daemons beiseitegeschoben wird.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2) and could not be renamed; history of this server is not recorded.</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden (%2) und konnte nicht umbenannt werden; der Verlauf dieses Servers wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new one was started.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht verwendet werden (%2); sie wurde als %3 aufbewahrt und eine neue wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>History not recorded since %1: %2 Samples wait in memory (up to %n) and are written when rrdcached answers again.</source>
        <translation>
            <numerusform>Verlauf seit %1 nicht aufgezeichnet: %2 Messwerte warten im Arbeitsspeicher (bis zu %n) und werden geschrieben, sobald rrdcached wieder antwortet.</numerusform>
            <numerusform>Verlauf seit %1 nicht aufgezeichnet: %2 Messwerte warten im Arbeitsspeicher (bis zu %n) und werden geschrieben, sobald rrdcached wieder antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>History from %1 to %2 was not recorded: rrdcached did not answer for too long.</source>
        <translation>Der Verlauf von %1 bis %2 wurde nicht aufgezeichnet: rrdcached hat zu lange nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostCapacity</name>
    <message>
        <source>The host has not reported its CPUs and memory.</source>
        <translation>Der Host hat seine CPUs und seinen Arbeitsspeicher nicht gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n shares free on the host (%1 memory, %2 vCPUs of %3)</source>
        <translation>
            <numerusform>%n Anteil auf dem Host frei (%1 Arbeitsspeicher, %2 vCPUs von %3)</numerusform>
            <numerusform>%n Anteile auf dem Host frei (%1 Arbeitsspeicher, %2 vCPUs von %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The host does not have the memory: %1 more is needed and %2 is free (memory is not overcommitted; %3 is kept for the host).</source>
        <translation>Der Host hat nicht genug Arbeitsspeicher: Es werden zusätzlich %1 benötigt, frei sind %2 (Arbeitsspeicher wird nicht überbelegt; %3 bleiben für den Host reserviert).</translation>
    </message>
    <message>
        <source>The host does not have the CPUs: %1 more vCPUs are needed and %2 are free (at most %3 vCPUs on %4 CPUs).</source>
        <translation>Der Host hat nicht genug CPUs: Es werden %1 weitere vCPUs benötigt, frei sind %2 (höchstens %3 vCPUs auf %4 CPUs).</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostKeyDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. virtdeck refused the connection.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert. virtdeck hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Ask whoever manages it. Only if it was reinstalled, remove its old key from %1 (ssh-keygen -R) and try again.</source>
        <translation>Möglicherweise wird die Verbindung abgefangen, oder der Server wurde neu installiert. Fragen Sie die Person, die ihn verwaltet. Nur wenn er neu installiert wurde, entfernen Sie seinen alten Schlüssel aus %1 (ssh-keygen -R) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Presented: %1 %2
Expected: %3</source>
        <translation>Vorgelegt: %1 %2
Erwartet: %3</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>ein anderer Schlüssel</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>virtdeck has never connected to %1 before. Its host key is:</source>
        <translation>virtdeck hat sich noch nie mit %1 verbunden. Sein Host-Schlüssel lautet:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server). Accept it only if they match.</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen die Administration des Servers nennt (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub auf dem Server). Akzeptieren Sie ihn nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>Akzeptieren und merken</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
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
    <name>virtdeck::JsonFieldReader</name>
    <message>
        <source>must be a JSON object, not %1.</source>
        <translation>muss ein JSON-Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3; it is %4.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein; der Wert ist %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3; it is %4.</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein; der Wert ist %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes; it is %2.</source>
        <translation>„%1“ muss ein Text in Anführungszeichen sein; der Wert ist %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; it is %2.</source>
        <translation>„%1“ muss true oder false sein; der Wert ist %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty texts, such as [&quot;www-*&quot;, &quot;db-01&quot;]; it is %2.</source>
        <translation>„%1“ muss eine Liste nicht leerer Texte sein, z. B. [&quot;www-*&quot;, &quot;db-01&quot;]; der Wert ist %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object in braces; it is %2.</source>
        <translation>„%1“ muss ein Objekt in geschweiften Klammern sein; der Wert ist %2.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known fields: %2).</source>
        <translation>unbekanntes Feld „%1“ (bekannte Felder: %2).</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3).</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalog</name>
    <message>
        <source>The host has no storage pool named &quot;%1&quot;, where virtdeck looks for kernels. Create it (a directory pool holding vmlinuz-VERSION and initrd.img-VERSION files), or set another pool for this host.</source>
        <translation>Der Host hat keinen Speicherpool namens „%1“, in dem virtdeck nach Kerneln sucht. Erstellen Sie ihn (einen Verzeichnis-Pool mit Dateien vmlinuz-VERSION und initrd.img-VERSION) oder legen Sie einen anderen Pool für diesen Host fest.</translation>
    </message>
    <message>
        <source>The storage pool &quot;%1&quot; is not active on the host; start it to list its kernels.</source>
        <translation>Der Speicherpool „%1“ ist auf dem Host nicht aktiv; starten Sie ihn, um seine Kernel aufzulisten.</translation>
    </message>
    <message>
        <source>Cannot list the volumes of the storage pool &quot;%1&quot;.</source>
        <translation>Die Volumes des Speicherpools „%1“ können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The kernel notes %1 describe the pool &quot;%2&quot;, not &quot;%3&quot;; they are used anyway.</source>
        <translation>Die Kernel-Notizen %1 beschreiben den Pool „%2“, nicht „%3“; sie werden trotzdem verwendet.</translation>
    </message>
    <message>
        <source>The kernel notes name %1, which is not in the pool &quot;%2&quot;.</source>
        <translation>Die Kernel-Notizen nennen %1, das nicht im Pool „%2“ liegt.</translation>
    </message>
    <message>
        <source>%1 is no longer a storage volume on the host (it was removed or its pool was stopped); the definition is left unchanged. Refresh the kernel list and choose again.</source>
        <translation>%1 ist kein Speicher-Volume auf dem Host mehr (es wurde entfernt oder sein Pool wurde gestoppt); die Definition bleibt unverändert. Aktualisieren Sie die Kernel-Liste und wählen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalogModel</name>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>not in the pool</source>
        <translation>nicht im Pool</translation>
    </message>
    <message>
        <source>no initrd</source>
        <translation>kein initrd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The notes name this kernel but the pool has no volume %1.</source>
        <translation>Die Notizen nennen diesen Kernel, aber der Pool hat kein Volume %1.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCmdline</name>
    <message>
        <source>a line break</source>
        <translation>ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation>ein Wagenrücklauf</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>ein NUL-Byte</translation>
    </message>
    <message>
        <source>a Linux kernel on %1 (COMMAND_LINE_SIZE %2, final NUL included)</source>
        <translation>ein Linux-Kernel auf %1 (COMMAND_LINE_SIZE %2, abschließendes NUL eingeschlossen)</translation>
    </message>
    <message>
        <source>a Linux kernel (COMMAND_LINE_SIZE %1 assumed for an unknown architecture)</source>
        <translation>ein Linux-Kernel (COMMAND_LINE_SIZE %1 für eine unbekannte Architektur angenommen)</translation>
    </message>
    <message>
        <source>a Xen paravirtualised guest (MAX_GUEST_CMDLINE 1024, final NUL included)</source>
        <translation>ein paravirtualisierter Xen-Gast (MAX_GUEST_CMDLINE 1024, abschließendes NUL eingeschlossen)</translation>
    </message>
    <message>
        <source>The command line is %1 bytes long; %2 accepts at most %3 bytes.</source>
        <translation>Die Befehlszeile ist %1 Byte lang; %2 akzeptiert höchstens %3 Byte.</translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation>der Kernel</translation>
    </message>
    <message>
        <source>The command line contains %1 at position %2; it must be one line of printable characters separated by spaces.</source>
        <translation>An Position %2 der Befehlszeile steht %1; sie muss aus einer Zeile druckbarer Zeichen bestehen, getrennt durch Leerzeichen.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; at position %2 is encoded with the byte 0xA0, which the kernel reads as a space: the option is cut in two there.</source>
        <translation>Das Zeichen „%1“ an Position %2 ist mit dem Byte 0xA0 kodiert, das der Kernel als Leerzeichen liest: Die Option wird dort in zwei Teile getrennt.</translation>
    </message>
    <message>
        <source>The double quote at position %1 is never closed; quotes come in pairs, around a value that holds spaces (key=&quot;a b&quot;).</source>
        <translation>Das doppelte Anführungszeichen an Position %1 wird nie geschlossen; Anführungszeichen stehen paarweise um einen Wert, der Leerzeichen enthält (key=&quot;a b&quot;).</translation>
    </message>
    <message>
        <source>Both ro and rw are given; the last one (%1) wins.</source>
        <translation>Sowohl ro als auch rw sind angegeben; die letzte Angabe (%1) gilt.</translation>
    </message>
    <message>
        <source>%1 is given %2 times with different values (%3); the kernel normally keeps the last one.</source>
        <translation>%1 ist %2-mal mit unterschiedlichen Werten angegeben (%3); der Kernel verwendet normalerweise den letzten.</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelNotes</name>
    <message>
        <source>%1: %2.%3 must be %4.</source>
        <translation>%1: %2.%3 muss %4 sein.</translation>
    </message>
    <message>
        <source>%1: %2 must be an object with at least a &quot;version&quot;.</source>
        <translation>%1: %2 muss ein Objekt mit mindestens einem Feld „version“ sein.</translation>
    </message>
    <message>
        <source>a non-empty string without spaces or slashes, e.g. &quot;6.1.0-13-amd64&quot;</source>
        <translation>eine nicht leere Zeichenkette ohne Leerzeichen oder Schrägstriche, z. B. „6.1.0-13-amd64“</translation>
    </message>
    <message>
        <source>a volume name (no spaces or slashes)</source>
        <translation>ein Volume-Name (ohne Leerzeichen oder Schrägstriche)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a volume name or null</source>
        <translation>ein Volume-Name oder null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: %2.cmdline is not a valid command line: %3</source>
        <translation>%1: %2.cmdline ist keine gültige Befehlszeile: %3</translation>
    </message>
    <message>
        <source>The kernel notes %1 are not valid JSON.</source>
        <translation>Die Kernel-Notizen %1 sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The kernel notes %1 must be a JSON object with &quot;format&quot;: 1 and a &quot;kernels&quot; list.</source>
        <translation>Die Kernel-Notizen %1 müssen ein JSON-Objekt mit &quot;format&quot;: 1 und einer Liste „kernels“ sein.</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; is missing; format %2 is assumed.</source>
        <translation>%1: „format“ fehlt; Format %2 wird angenommen.</translation>
    </message>
    <message>
        <source>The kernel notes %1 are written in a format this virtdeck does not read; it reads &quot;format&quot;: %2.</source>
        <translation>Die Kernel-Notizen %1 haben ein Format, das diese virtdeck-Version nicht lesen kann; sie liest &quot;format&quot;: %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1: „%2“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: &quot;kernels&quot; must be a list of kernel entries.</source>
        <translation>%1: „kernels“ muss eine Liste von Kernel-Einträgen sein.</translation>
    </message>
    <message>
        <source>%1: kernels[%2] repeats version %3; the first entry is kept.</source>
        <translation>%1: kernels[%2] wiederholt Version %3; der erste Eintrag wird beibehalten.</translation>
    </message>
    <message>
        <source>%1: only one kernel can be recommended; %2 is, so kernels[%3] is not.</source>
        <translation>%1: Nur ein Kernel kann empfohlen werden; das ist bereits %2, daher wird kernels[%3] nicht empfohlen.</translation>
    </message>
    <message>
        <source>Cannot read the kernel notes %1.</source>
        <translation>Die Kernel-Notizen %1 können nicht gelesen werden.</translation>
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
    <message>
        <source>A server has at most %1 tags.</source>
        <translation>Ein Server hat höchstens %1 Tags.</translation>
    </message>
    <message>
        <source>tags before: %1</source>
        <translation>Tags vorher: %1</translation>
    </message>
    <message>
        <source>tags now: %1</source>
        <translation>Tags jetzt: %1</translation>
    </message>
    <message>
        <source>The tags of %1 are unchanged.</source>
        <translation>Die Tags von %1 sind unverändert.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Tags of %1: %2</source>
        <translation>Tags von %1: %2</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
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
    <name>virtdeck::MetricFormat</name>
    <message>
        <source>Gbit/s</source>
        <translation>Gbit/s</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
    <message>
        <source>Cancelled while the host was not responding; the hypervisor may still carry it out. The next listing shows what happened.</source>
        <translation>Abgebrochen, während der Host nicht antwortete; der Hypervisor führt ihn möglicherweise trotzdem aus. Die nächste Auflistung zeigt, was geschehen ist.</translation>
    </message>
    <message>
        <source>Every server of this operation succeeded: there is nothing to retry.</source>
        <translation>Der Vorgang war auf allen seinen Servern erfolgreich: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (retry on %n server(s))</source>
        <translation>
            <numerusform>%1 (Wiederholung auf %n Server)</numerusform>
            <numerusform>%1 (Wiederholung auf %n Servern)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another virtdeck process (a window or a scheduled run) runs this operation; cancel it there.</source>
        <translation>Ein anderer virtdeck-Prozess (ein Fenster oder eine geplante Ausführung) führt diesen Vorgang aus; brechen Sie ihn dort ab.</translation>
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
    <message>
        <source>That operation is no longer in the list.</source>
        <translation>Dieser Vorgang ist nicht mehr in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Retry &quot;%1&quot; on %n server(s): %2?</source>
        <translation>
            <numerusform>„%1“ auf %n Server wiederholen: %2?</numerusform>
            <numerusform>„%1“ auf %n Servern wiederholen: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not run again on %n server(s) where it succeeded: %1</source>
        <translation>
            <numerusform>Nicht erneut ausgeführt auf %n Server, auf dem er erfolgreich war: %1</numerusform>
            <numerusform>Nicht erneut ausgeführt auf %n Servern, auf denen er erfolgreich war: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OutputText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
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
        <translation>Jetzt kalt neu starten</translation>
    </message>
    <message>
        <source>Shut the server down and start it again (a full restart, not a guest reboot) so the hypervisor applies its new definition</source>
        <translation>Den Server herunterfahren und wieder starten (ein Kaltstart, kein Neustart des Gasts), damit der Hypervisor seine neue Definition übernimmt</translation>
    </message>
</context>
<context>
    <name>virtdeck::PasswordDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The key offered to %1 is protected by a passphrase.</source>
        <translation>Der für %1 angebotene Schlüssel ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH-Anmeldung</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Log in to %1 with a password.</source>
        <translation>Melden Sie sich mit einem Passwort bei %1 an.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>virtdeck uses it for this login only and does not keep it.</source>
        <translation>virtdeck verwendet die Eingabe nur für diese Anmeldung und speichert sie nicht.</translation>
    </message>
</context>
<context>
    <name>virtdeck::RescueWatcher</name>
    <message>
        <source>Cannot mark the rescue boot in the server&apos;s live definition.</source>
        <translation>Der Rettungsstart kann in der laufenden Definition des Servers nicht markiert werden.</translation>
    </message>
    <message>
        <source>Cannot list the running servers.</source>
        <translation>Die laufenden Server können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Start %1 normally after its rescue boot</source>
        <translation>%1 nach seinem Rettungsstart normal starten</translation>
    </message>
    <message>
        <source>the rescue boot ended with the guest&apos;s reboot</source>
        <translation>der Rettungsstart endete mit dem Neustart des Gasts</translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdBackend</name>
    <message>
        <source>data sources %1 instead of %2</source>
        <translation>Datenquellen %1 statt %2</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes)</source>
        <translation>die Datei ist abgeschnitten (%1 von %2 Byte)</translation>
    </message>
    <message>
        <source>Cannot create the history file %1.</source>
        <translation>Die Verlaufsdatei %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write to the history file %1.</source>
        <translation>In die Verlaufsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdCachedClient</name>
    <message>
        <source>Cannot reach rrdcached at %1.</source>
        <translation>rrdcached unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>the socket path is too long</source>
        <translation>der Socket-Pfad ist zu lang</translation>
    </message>
    <message>
        <source>no answer to the connection request</source>
        <translation>keine Antwort auf die Verbindungsanfrage</translation>
    </message>
    <message>
        <source>the daemon does not take the request</source>
        <translation>der Daemon nimmt die Anfrage nicht an</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>der Daemon hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::RunCommandDialog</name>
    <message>
        <source>Run a command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message numerus="yes">
        <source>On %n server(s): %1</source>
        <translation>
            <numerusform>Auf %n Server: %1</numerusform>
            <numerusform>Auf %n Servern: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>for example: systemctl restart nginx</source>
        <translation>zum Beispiel: systemctl restart nginx</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per server:</source>
        <translation>Zeitlimit pro Server:</translation>
    </message>
    <message>
        <source>Servers at once:</source>
        <translation>Server gleichzeitig:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select a server to see its whole output.</source>
        <translation>Wählen Sie einen Server aus, um seine vollständige Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Wartet auf den Start…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Killed by signal %1</source>
        <translation>Durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>Exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>Stopped after the timeout of %1 s</source>
        <translation>Nach dem Zeitlimit von %1 s abgebrochen</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>--- stdout (%1) ---</source>
        <translation>--- stdout (%1) ---</translation>
    </message>
    <message>
        <source>[cut: %1 kept]</source>
        <translation>[gekürzt: %1 behalten]</translation>
    </message>
    <message>
        <source>--- stderr (%1) ---</source>
        <translation>--- stderr (%1) ---</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleAutomationBox</name>
    <message>
        <source>Without a window</source>
        <translation>Ohne Fenster</translation>
    </message>
    <message>
        <source>Run schedules automatically, also while virtdeck is closed (every 5 minutes)</source>
        <translation>Zeitpläne automatisch ausführen, auch wenn virtdeck geschlossen ist (alle 5 Minuten)</translation>
    </message>
    <message>
        <source>This system has no systemd user session: add this line with &lt;tt&gt;crontab -e&lt;/tt&gt;:</source>
        <translation>Dieses System hat keine systemd-Benutzer-Session: Fügen Sie diese Zeile mit &lt;tt&gt;crontab -e&lt;/tt&gt; hinzu:</translation>
    </message>
    <message>
        <source>No scheduled rule has run yet.</source>
        <translation>Es wurde noch keine geplante Regel ausgeführt.</translation>
    </message>
    <message>
        <source>Last scheduled run: %1 (%2), %3: %4</source>
        <translation>Letzte geplante Ausführung: %1 (%2), %3: %4</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleEditor</name>
    <message>
        <source>Scheduled flex</source>
        <translation>Geplante Skalierung</translation>
    </message>
    <message>
        <source>Rules run while virtdeck is open, and with &lt;tt&gt;virtdeck --run-schedules&lt;/tt&gt; from cron or a systemd timer. Each run is an operation named after its rule.</source>
        <translation>Regeln werden ausgeführt, solange virtdeck geöffnet ist, und mit &lt;tt&gt;virtdeck --run-schedules&lt;/tt&gt; aus cron oder einem systemd-Timer. Jede Ausführung ist ein Vorgang, der nach seiner Regel benannt ist.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM, z. B. 14:00</translation>
    </message>
    <message>
        <source>(none ticked: every day)</source>
        <translation>(keiner angehakt: jeden Tag)</translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation>Namen oder Platzhalter: www-*, db-01</translation>
    </message>
    <message>
        <source>tags: web, production</source>
        <translation>Tags: web, production</translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation>Auf N Anteile setzen</translation>
    </message>
    <message>
        <source>Add N shares</source>
        <translation>N Anteile hinzufügen</translation>
    </message>
    <message>
        <source>Remove N shares</source>
        <translation>N Anteile entfernen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Um:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Matches now:</source>
        <translation>Trifft derzeit zu auf:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>The saved schedule cannot be used; saving here replaces it.</source>
        <translation>Der gespeicherte Zeitplan kann nicht verwendet werden; Speichern hier ersetzt ihn.</translation>
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
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write HH:MM, from 00:00 to 23:59.</source>
        <translation>„%1“ ist keine Uhrzeit: Schreiben Sie HH:MM, von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>no server on the connected hosts</source>
        <translation>kein Server auf den verbundenen Hosts</translation>
    </message>
    <message numerus="yes">
        <source>%n servers: %1</source>
        <translation>
            <numerusform>%n Server: %1</numerusform>
            <numerusform>%n Server: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matches no server on the connected hosts (%2); check the names and tags.</source>
        <translation>Regel „%1“ trifft auf keinen Server der verbundenen Hosts zu (%2); prüfen Sie die Namen und Tags.</translation>
    </message>
    <message>
        <source>The schedule was not saved:
%1</source>
        <translation>Der Zeitplan wurde nicht gespeichert:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRule</name>
    <message>
        <source>&quot;days&quot; must be &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekends&quot; or a list of mon, tue, wed, thu, fri, sat, sun; %1 is not.</source>
        <translation>„days“ muss „daily“, „weekdays“, „weekends“ oder eine Liste aus mon, tue, wed, thu, fri, sat, sun sein; %1 ist ungültig.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation>Regel %1 „%2“</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time of day as HH:MM, from 00:00 to 23:59; &quot;%1&quot; is not.</source>
        <translation>„at“ muss eine Uhrzeit im Format HH:MM sein, von 00:00 bis 23:59; „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>give exactly one action: &quot;set&quot;: N (shares), &quot;add&quot;: N or &quot;remove&quot;: N.</source>
        <translation>Geben Sie genau eine Aktion an: &quot;set&quot;: N (Anteile), &quot;add&quot;: N oder &quot;remove&quot;: N.</translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>auf %n Anteil setzen</numerusform>
            <numerusform>auf %n Anteile setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n Anteil</numerusform>
            <numerusform>+%n Anteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n Anteil</numerusform>
            <numerusform>−%n Anteile</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>montags bis freitags</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4</source>
        <translation>%1 um %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRunner</name>
    <message>
        <source>schedule rule &apos;%1&apos;</source>
        <translation>Zeitplanregel „%1“</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; matched no server (%2) on the connected hosts.</source>
        <translation>Regel „%1“ traf auf keinen Server (%2) der verbundenen Hosts zu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleState</name>
    <message>
        <source>Cannot save when scheduled flex rules ran to %1.</source>
        <translation>Der Zeitpunkt, zu dem geplante Skalierungsregeln ausgeführt wurden, kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Another virtdeck is running scheduled flex rules right now (%1 is locked).</source>
        <translation>Eine andere virtdeck-Instanz führt gerade geplante Skalierungsregeln aus (%1 ist gesperrt).</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleTimer</name>
    <message>
        <source>&quot;%1&quot; failed (exit code %2).</source>
        <translation>„%1“ ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started.</source>
        <translation>„%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no systemd user session here: add the crontab line instead.</source>
        <translation>Hier gibt es keine systemd-Benutzer-Session: Fügen Sie stattdessen die crontab-Zeile hinzu.</translation>
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
    <name>virtdeck::ServerAddress</name>
    <message>
        <source>DHCP lease</source>
        <translation>DHCP-Lease</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>Gast-Agent</translation>
    </message>
    <message>
        <source>ARP table</source>
        <translation>ARP-Tabelle</translation>
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
    <message>
        <source>↓ %1 ↑ %2</source>
        <translation>↓ %1 ↑ %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
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
    <name>virtdeck::ServerSelector</name>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> with </source>
        <translation> mit </translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>name servers (&quot;servers&quot;: [&quot;www-*&quot;]) or tags (&quot;tags&quot;: [&quot;web&quot;]) to act on.</source>
        <translation>Geben Sie Server (&quot;servers&quot;: [&quot;www-*&quot;]) oder Tags (&quot;tags&quot;: [&quot;web&quot;]) an, auf die die Regel wirkt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or pattern (letters, digits, - _ . : + @ and the wildcards * ?).</source>
        <translation>„%1“ ist weder ein Servername noch ein Muster (Buchstaben, Ziffern, - _ . : + @ und die Platzhalter * ?).</translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfile</name>
    <message>
        <source>&quot;liveCeiling&quot; (%1) must not be below &quot;minShares&quot; (%2).</source>
        <translation>„liveCeiling“ (%1) darf nicht kleiner als „minShares“ (%2) sein.</translation>
    </message>
    <message>
        <source>&quot;absoluteMax&quot; (%1) must not be below &quot;liveCeiling&quot; (%2).</source>
        <translation>„absoluteMax“ (%1) darf nicht kleiner als „liveCeiling“ (%2) sein.</translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;absoluteMax&quot; is %1, above the largest CPU weight any host accepts (%2).</source>
        <translation>„cpuWeightPerShare“ × „absoluteMax“ ergibt %1, mehr als die größte CPU-Gewichtung, die ein Host akzeptiert (%2).</translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;minShares&quot; is %1, below the smallest CPU weight cgroup v1 accepts (2).</source>
        <translation>„cpuWeightPerShare“ × „minShares“ ergibt %1, weniger als die kleinste CPU-Gewichtung, die cgroup v1 akzeptiert (2).</translation>
    </message>
    <message>
        <source>&quot;memoryMiBPerShare&quot; × &quot;absoluteMax&quot; is above 16 TiB; that is not a server size.</source>
        <translation>„memoryMiBPerShare“ × „absoluteMax“ liegt über 16 TiB; das ist keine Servergröße.</translation>
    </message>
    <message>
        <source>The share profile is not valid:
%1</source>
        <translation>Das Anteilsprofil ist ungültig:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfileStore</name>
    <message>
        <source>The shipped share profile %1 cannot be read.</source>
        <translation>Das mitgelieferte Anteilsprofil %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The share profile overrides %1 cannot be read.</source>
        <translation>Die Anteilsprofil-Überschreibungen %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The share profile overrides are not valid:
%1</source>
        <translation>Die Anteilsprofil-Überschreibungen sind ungültig:
%1</translation>
    </message>
    <message>
        <source>%1, &quot;default&quot;</source>
        <translation>%1, „default“</translation>
    </message>
    <message>
        <source>%1, host %2</source>
        <translation>%1, Host %2</translation>
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
    <name>virtdeck::SshAccessDialog</name>
    <message>
        <source>SSH access of %1</source>
        <translation>SSH-Zugang zu %1</translation>
    </message>
    <message>
        <source>Where virtdeck connects to diagnose %1 and run commands on it. Leave a field empty to use the address the hypervisor reports, your ~/.ssh/config, port 22 and user root.</source>
        <translation>Wohin sich virtdeck verbindet, um %1 zu diagnostizieren und Befehle darauf auszuführen. Lassen Sie ein Feld leer, um die vom Hypervisor gemeldete Adresse, Ihre ~/.ssh/config, Port 22 und den Benutzer root zu verwenden.</translation>
    </message>
    <message>
        <source>reported address</source>
        <translation>gemeldete Adresse</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else root</source>
        <translation>aus ~/.ssh/config, sonst root</translation>
    </message>
    <message>
        <source>Host name or IP:</source>
        <translation>Hostname oder IP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
</context>
<context>
    <name>virtdeck::SshSession</name>
    <message>
        <source>No host to connect to.</source>
        <translation>Kein Host für die Verbindung angegeben.</translation>
    </message>
    <message>
        <source>The SSH library could not create a session.</source>
        <translation>Die SSH-Bibliothek konnte keine Session erstellen.</translation>
    </message>
    <message>
        <source>The SSH configuration cannot be read.</source>
        <translation>Die SSH-Konfiguration kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 refuses SSH connections.</source>
        <translation>%1 lehnt SSH-Verbindungen ab.</translation>
    </message>
    <message>
        <source>There is no network route to %1.</source>
        <translation>Es gibt keine Netzwerkroute zu %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>Die SSH-Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed, so virtdeck refuses to connect: someone may be intercepting the connection, or the server was reinstalled. If you know it was reinstalled, remove its old key from %2 (ssh-keygen -R) and try again.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert, daher verweigert virtdeck die Verbindung: Möglicherweise wird die Verbindung abgefangen, oder der Server wurde neu installiert. Wenn Sie wissen, dass er neu installiert wurde, entfernen Sie seinen alten Schlüssel aus %2 (ssh-keygen -R) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>presented %1 %2, known_hosts expects %3</source>
        <translation>vorgelegt: %1 %2, known_hosts erwartet %3</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked against %2.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht mit %2 abgeglichen werden.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known and was not accepted.</source>
        <translation>Der Host-Schlüssel von %1 ist unbekannt und wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be saved in %2.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 closed the connection during login.</source>
        <translation>%1 hat die Verbindung während der Anmeldung geschlossen.</translation>
    </message>
    <message>
        <source>keys from the agent and key files</source>
        <translation>Schlüssel aus dem Agenten und aus Schlüsseldateien</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>keyboard-interactive answers</source>
        <translation>Antworten für keyboard-interactive</translation>
    </message>
    <message>
        <source>Login to %1 cancelled.</source>
        <translation>Anmeldung bei %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not accept any way virtdeck can log in. Check the user name, and that your key is in the server&apos;s authorized_keys or that password login is allowed.</source>
        <translation>%1 hat keine der Anmeldemethoden von virtdeck akzeptiert. Prüfen Sie den Benutzernamen und ob Ihr Schlüssel in der authorized_keys des Servers steht oder die Anmeldung per Passwort erlaubt ist.</translation>
    </message>
    <message>
        <source>tried: %1</source>
        <translation>versucht: %1</translation>
    </message>
    <message>
        <source>nothing the server offers</source>
        <translation>nichts, was der Server anbietet</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The password for %1 was refused.</source>
        <translation>Das Passwort für %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>%1 refused to open a session for the command.</source>
        <translation>%1 hat es abgelehnt, eine Session für den Befehl zu öffnen.</translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation>%1 hat die Ausführung des Befehls abgelehnt.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran.</source>
        <translation>Die Verbindung zu %1 ist während der Ausführung des Befehls abgebrochen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SshTargetCheck</name>
    <message>
        <source>No host to connect to for %1.</source>
        <translation>Kein Host, mit dem für %1 verbunden werden kann.</translation>
    </message>
    <message>
        <source>The SSH host of %1 is refused: it is neither an IP address nor a host name. Allowed are IPv4 and IPv6 addresses and host names of letters, digits, dots and dashes; correct it in the server&apos;s SSH access.</source>
        <translation>Der SSH-Host von %1 wird abgelehnt: Er ist weder eine IP-Adresse noch ein Hostname. Erlaubt sind IPv4- und IPv6-Adressen und Hostnamen aus Buchstaben, Ziffern, Punkten und Bindestrichen; korrigieren Sie ihn im SSH-Zugang des Servers.</translation>
    </message>
    <message>
        <source>The SSH user name of %1 is refused: a user name starts with a lowercase letter or _ and has at most %2 lowercase letters, digits, _ . or -; correct it in the server&apos;s SSH access.</source>
        <translation>Der SSH-Benutzername von %1 wird abgelehnt: Ein Benutzername beginnt mit einem Kleinbuchstaben oder _ und hat höchstens %2 Kleinbuchstaben, Ziffern, _ . oder -; korrigieren Sie ihn im SSH-Zugang des Servers.</translation>
    </message>
    <message>
        <source>The SSH port of %1 must be between 1 and 65535.</source>
        <translation>Der SSH-Port von %1 muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsCollector</name>
    <message>
        <source>Cannot read the statistics of the servers.</source>
        <translation>Die Statistiken der Server können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsSampler</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>per-domain calls: this driver has no bulk statistics</source>
        <translation>Aufrufe pro Domain: Dieser Treiber bietet keine Sammelstatistiken</translation>
    </message>
</context>
<context>
    <name>virtdeck::SysRqTable</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Prints the list of SysRq commands on the console.</source>
        <translation>Gibt die Liste der SysRq-Befehle auf der Konsole aus.</translation>
    </message>
    <message>
        <source>Log level %1</source>
        <translation>Log-Level %1</translation>
    </message>
    <message>
        <source>Sets the console log level to 0: only emergency kernel messages reach the console.</source>
        <translation>Setzt den Log-Level der Konsole auf 0: Nur Notfallmeldungen des Kernels erreichen die Konsole.</translation>
    </message>
    <message>
        <source>Sets the console log level to %1: kernel messages more urgent than level %1 reach the console (9 shows everything).</source>
        <translation>Setzt den Log-Level der Konsole auf %1: Kernel-Meldungen, die dringender als Level %1 sind, erreichen die Konsole (9 zeigt alles).</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Reboots at once, without syncing or unmounting disks: unsaved data is lost.</source>
        <translation>Startet sofort neu, ohne Datenträger zu synchronisieren oder auszuhängen: Nicht gespeicherte Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Absturz</translation>
    </message>
    <message>
        <source>Crashes the kernel on purpose (a crash dump is taken if kdump is set up); the server stops answering.</source>
        <translation>Bringt den Kernel absichtlich zum Absturz (ein Crash-Dump wird erstellt, wenn kdump eingerichtet ist); der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Terminate all</source>
        <translation>Alle beenden</translation>
    </message>
    <message>
        <source>Sends SIGTERM to every process except init.</source>
        <translation>Sendet SIGTERM an alle Prozesse außer init.</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM-Kill</translation>
    </message>
    <message>
        <source>Runs the out-of-memory killer: kills the process using the most memory.</source>
        <translation>Startet den OOM-Killer: Er beendet den Prozess, der den meisten Arbeitsspeicher belegt.</translation>
    </message>
    <message>
        <source>Kill all</source>
        <translation>Alle zwangsweise beenden</translation>
    </message>
    <message>
        <source>Sends SIGKILL to every process except init.</source>
        <translation>Sendet SIGKILL an alle Prozesse außer init.</translation>
    </message>
    <message>
        <source>Thaw</source>
        <translation>Auftauen</translation>
    </message>
    <message>
        <source>Thaws file systems frozen with fsfreeze.</source>
        <translation>Taut mit fsfreeze eingefrorene Dateisysteme auf.</translation>
    </message>
    <message>
        <source>Secure attention key</source>
        <translation>Secure Attention Key</translation>
    </message>
    <message>
        <source>Kills every program on the current virtual console (SAK).</source>
        <translation>Beendet alle Programme auf der aktuellen virtuellen Konsole (SAK).</translation>
    </message>
    <message>
        <source>Backtrace</source>
        <translation>Backtrace</translation>
    </message>
    <message>
        <source>Shows a backtrace of every active CPU.</source>
        <translation>Zeigt einen Backtrace aller aktiven CPUs.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Shows memory usage.</source>
        <translation>Zeigt die Belegung des Arbeitsspeichers.</translation>
    </message>
    <message>
        <source>Nice real-time tasks</source>
        <translation>Echtzeit-Tasks herabstufen</translation>
    </message>
    <message>
        <source>Makes real-time tasks run at normal priority.</source>
        <translation>Lässt Echtzeit-Tasks mit normaler Priorität laufen.</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Powers the server off at once, without a clean shutdown.</source>
        <translation>Schaltet den Server sofort aus, ohne sauberes Herunterfahren.</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Shows the current CPU registers and flags.</source>
        <translation>Zeigt die aktuellen CPU-Register und -Flags.</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Shows the armed high-resolution timers and clock event devices.</source>
        <translation>Zeigt die aktiven hochauflösenden Timer und Clock-Event-Geräte.</translation>
    </message>
    <message>
        <source>Unraw</source>
        <translation>Raw-Modus aus</translation>
    </message>
    <message>
        <source>Takes the keyboard out of raw mode.</source>
        <translation>Holt die Tastatur aus dem Raw-Modus.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Writes all unsaved data of mounted file systems to disk.</source>
        <translation>Schreibt alle nicht gespeicherten Daten eingehängter Dateisysteme auf den Datenträger.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Shows every task and its state.</source>
        <translation>Zeigt alle Tasks und ihren Zustand.</translation>
    </message>
    <message>
        <source>Remount read-only</source>
        <translation>Schreibgeschützt einhängen</translation>
    </message>
    <message>
        <source>Remounts every file system read-only: programs can no longer write.</source>
        <translation>Hängt alle Dateisysteme schreibgeschützt neu ein: Programme können nicht mehr schreiben.</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Blockierte Tasks</translation>
    </message>
    <message>
        <source>Shows tasks in uninterruptible (blocked) state.</source>
        <translation>Zeigt Tasks im nicht unterbrechbaren (blockierten) Zustand.</translation>
    </message>
    <message>
        <source>Ftrace buffer</source>
        <translation>Ftrace-Puffer</translation>
    </message>
    <message>
        <source>Dumps the ftrace buffer.</source>
        <translation>Gibt den ftrace-Puffer aus.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SystemParsers</name>
    <message>
        <source>The output of %1 was not understood.</source>
        <translation>Die Ausgabe von %1 wurde nicht verstanden.</translation>
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
<context>
    <name>virtdeck::TcpProbe</name>
    <message>
        <source>port %1 answers (connected in %2 ms)</source>
        <translation>Port %1 antwortet (verbunden in %2 ms)</translation>
    </message>
    <message>
        <source>port %1 refused the connection</source>
        <translation>Port %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer from port %1 within %2 ms</source>
        <translation>keine Antwort von Port %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>no route to %1 (%2)</source>
        <translation>keine Route zu %1 (%2)</translation>
    </message>
    <message>
        <source>the host name %1 cannot be resolved (%2)</source>
        <translation>der Hostname %1 kann nicht aufgelöst werden (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2)</source>
        <translation>keine Verbindung zu %1 möglich (%2)</translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalSearchBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Search the scrollback</source>
        <translation>Scrollback-Puffer durchsuchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Enter)</source>
        <translation>Vorheriger Treffer (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Shift+Enter)</source>
        <translation>Nächster Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Suche schließen (Escape)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
</context>
<context>
    <name>virtdeck::TimeChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageAcknowledgements</name>
    <message>
        <source>Cannot read the acknowledged findings (%1).</source>
        <translation>Die quittierten Befunde können nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The acknowledged findings could not be read; the file was set aside as %1 and every finding shows again.</source>
        <translation>Die quittierten Befunde konnten nicht gelesen werden; die Datei wurde als %1 beiseitegelegt, und alle Befunde werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>Cannot save the acknowledged findings (%1).</source>
        <translation>Die quittierten Befunde können nicht gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageDock</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the page the selected finding points to</source>
        <translation>Die Seite öffnen, auf die der ausgewählte Befund verweist</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>Hide the selected findings until they change</source>
        <translation>Die ausgewählten Befunde ausblenden, bis sie sich ändern</translation>
    </message>
    <message>
        <source>Show a&amp;cknowledged</source>
        <translation>Quittierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the findings (the selected ones, or all shown) with times and figures, for a ticket</source>
        <translation>Die Befunde (die ausgewählten oder alle angezeigten) mit Zeiten und Werten kopieren, für ein Ticket</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>&amp;Schwellenwerte…</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message numerus="yes">
        <source>Triage (%n)</source>
        <translation>
            <numerusform>Triage (%n)</numerusform>
            <numerusform>Triage (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageEngine</name>
    <message>
        <source>Cannot read the host&apos;s capabilities.</source>
        <translation>Die Fähigkeiten des Hosts können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s disk errors.</source>
        <translation>Die Datenträgerfehler des Servers können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: no space left</source>
        <translation>%1: kein Speicherplatz mehr frei</translation>
    </message>
    <message>
        <source>%1: I/O error</source>
        <translation>%1: E/A-Fehler</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageExport</name>
    <message numerus="yes">
        <source>virtdeck triage, %1: %n finding(s)</source>
        <translation>
            <numerusform>virtdeck-Triage, %1: %n Befund</numerusform>
            <numerusform>virtdeck-Triage, %1: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>seit %1 (%2)</translation>
    </message>
    <message>
        <source>since at least %1 (%2)</source>
        <translation>seit mindestens %1 (%2)</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageFinding</name>
    <message>
        <source>Host not responding</source>
        <translation>Host antwortet nicht</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Shut off unexpectedly</source>
        <translation>Unerwartet ausgeschaltet</translation>
    </message>
    <message>
        <source>No hardware acceleration</source>
        <translation>Keine Hardwarebeschleunigung</translation>
    </message>
    <message>
        <source>Restarted by the host</source>
        <translation>Vom Host kalt neu gestartet</translation>
    </message>
    <message>
        <source>CPU steal</source>
        <translation>CPU-Steal</translation>
    </message>
    <message>
        <source>CPU pegged</source>
        <translation>CPU voll ausgelastet</translation>
    </message>
    <message>
        <source>Memory at its maximum</source>
        <translation>Arbeitsspeicher am Maximum</translation>
    </message>
    <message>
        <source>Rescue boot active</source>
        <translation>Rettungsstart aktiv</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Open host</source>
        <translation>Host öffnen</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>Flex…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Open boot</source>
        <translation>Boot öffnen</translation>
    </message>
    <message>
        <source>Reboot to apply…</source>
        <translation>Zum Übernehmen kalt neu starten…</translation>
    </message>
    <message>
        <source>Open overview</source>
        <translation>Übersicht öffnen</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageModel</name>
    <message>
        <source>(host)</source>
        <translation>(Host)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>≥ %1 ago (already so when virtdeck connected)</source>
        <translation>vor ≥ %1 (bereits so, als virtdeck sich verbunden hat)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageRules</name>
    <message>
        <source>the hypervisor reports the guest crashed</source>
        <translation>der Hypervisor meldet einen Absturz des Gasts</translation>
    </message>
    <message>
        <source>the hypervisor reports: %1</source>
        <translation>der Hypervisor meldet: %1</translation>
    </message>
    <message>
        <source>paused, no reason given by the hypervisor</source>
        <translation>pausiert, der Hypervisor nennt keinen Grund</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>shut off: %1</source>
        <translation>ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>; no virtdeck operation stopped it</source>
        <translation>; kein virtdeck-Vorgang hat ihn gestoppt</translation>
    </message>
    <message>
        <source>domain type qemu: the CPU is emulated (about 1/50 of normal speed), while the host offers kvm</source>
        <translation>Domain-Typ qemu: Die CPU wird emuliert (etwa 1/50 der normalen Geschwindigkeit), obwohl der Host kvm anbietet</translation>
    </message>
    <message>
        <source>running for %1; no virtdeck operation and no guest reboot explains the start</source>
        <translation>läuft seit %1; weder ein virtdeck-Vorgang noch ein Neustart des Gasts erklärt den Start</translation>
    </message>
    <message>
        <source>booted with the rescue options (command line: %1); the next boot uses the normal definition</source>
        <translation>mit den Rettungsoptionen gebootet (Befehlszeile: %1); der nächste Boot verwendet die normale Definition</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>reboot to apply: %1</source>
        <translation>Kaltstart zum Übernehmen erforderlich: %1</translation>
    </message>
    <message>
        <source>vCPU wait %1 on average over %2 (now %3; threshold %4)</source>
        <translation>vCPU-Wartezeit im Schnitt %1 über %2 (aktuell %3; Schwellenwert %4)</translation>
    </message>
    <message numerus="yes">
        <source>CPU %1 of its %n vCPU(s) for %2: flex it to more CPU</source>
        <translation>
            <numerusform>CPU bei %1 seiner %n vCPU seit %2: Skalieren Sie ihn auf mehr CPU</numerusform>
            <numerusform>CPU bei %1 seiner %n vCPUs seit %2: Skalieren Sie ihn auf mehr CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>balloon at %1 of %2 maximum; %3 usable in the guest</source>
        <translation>Balloon bei %1 von maximal %2; %3 im Gast nutzbar</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageSettingsDialog</name>
    <message>
        <source>Triage thresholds</source>
        <translation>Triage-Schwellenwerte</translation>
    </message>
    <message>
        <source>CPU steal (vCPU wait) above</source>
        <translation>CPU-Steal (vCPU-Wartezeit) über</translation>
    </message>
    <message>
        <source>averaged over</source>
        <translation>gemittelt über</translation>
    </message>
    <message>
        <source>CPU pegged at or above</source>
        <translation>CPU voll ausgelastet ab</translation>
    </message>
    <message>
        <source>for at least</source>
        <translation>für mindestens</translation>
    </message>
    <message>
        <source>Restarted by the host: running for less than</source>
        <translation>Vom Host kalt neu gestartet: läuft seit weniger als</translation>
    </message>
    <message>
        <source>Memory at its maximum: guest-usable memory below</source>
        <translation>Arbeitsspeicher am Maximum: im Gast nutzbarer Arbeitsspeicher unter</translation>
    </message>
</context>
</TS>
