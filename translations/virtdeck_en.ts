<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>virtdeck::AddressBook</name>
    <message>
        <source>SSH access set for this server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reported address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These addresses are invented by libvirt&apos;s test driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SSH access refused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::AddressSection</name>
    <message>
        <source>Network addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the host name or IP, port and user virtdeck uses for SSH to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running: it has no address now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hypervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Autoflex</name>
    <message>
        <source>cooling down after the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU is high but %n shares is the limit</source>
        <translation>
            <numerusform>CPU is high but %n share is the limit</numerusform>
            <numerusform>CPU is high but %n shares is the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU above %1 % for %2 min (average %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU is low but %n shares is the floor</source>
        <translation>
            <numerusform>CPU is low but %n share is the floor</numerusform>
            <numerusform>CPU is low but %n shares is the floor</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU below %1 % for %2 min (average %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU within the policy&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a restart to apply the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexDryRunChart</name>
    <message>
        <source>Run a dry run to see what the policy would have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU history for this server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps the policy would have taken</source>
        <translation>
            <numerusform>%n step the policy would have taken</numerusform>
            <numerusform>%n steps the policy would have taken</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicies</name>
    <message>
        <source>policy &quot;%1&quot;: another policy already has this name; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Autoflex policies in %1 are not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Autoflex policies %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Autoflex policies were not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the Autoflex policies to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicy</name>
    <message>
        <source>above %1 % for %2 min: +1 share (up to %3%4); below %5 % for %6 min: −1 share (down to %7); %8 min between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, next boot allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, live only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the policy a name; operations name it as their reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPU level to add a share must be above 0 % and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CPU level to remove a share must be from 0 % to below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level to remove a share (%1 %) must be below the level to add one (%2 %), or the policy would flex up and down forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durations must be from 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cool-down must be from 0 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the floor must be at least 1 share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit (%1 shares) must not be below the floor (%2 shares).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit must be at most %1 shares.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicyEditor</name>
    <message>
        <source>Autoflex policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a dry run of these settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May go beyond the live ceiling (the server then needs a reboot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ +1 share, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ −1 share, down to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on the stored CPU history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Autoflex policies cannot be used; saving here replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings changed, so &quot;%1&quot; is off until a dry run of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a dry run of &quot;%1&quot; first: it shows what the policy would have done over the stored CPU history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy selects no server on the connected hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server the policy selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU history is available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 shares%4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at next boot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU history for %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy would have changed nothing for %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BatchItem</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BootDefinition</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s definition has a character reference that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s boot settings use an XML entity virtdeck does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s boot settings hold unexpected markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not boot a kernel directly (no &lt;kernel&gt; in its definition), so virtdeck does not change how it boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that boots a kernel directly needs a kernel; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reboot action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s definition has no closing &lt;/domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BootOperations</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boots in %2 mode, not from a kernel named in its definition: choosing a kernel and its command line needs direct kernel boot (os/kernel in the domain XML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kernel for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no initrd for %1, and %2 boots with one now. Add its initrd to the pool (initrd.img-VERSION or initramfs-VERSION.img), or choose another kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel %1, initrd %2, command line &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next boot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the definition already had these boot settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written for the next boot; %1 picks it up when it is restarted (Restart, not a reboot from inside the guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written; %1 boots with it when started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting with the rescue options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not booted with the rescue options; nothing was changed. Its system may ignore ACPI shutdown requests: try again with &quot;force off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forcing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forcing %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutting %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no persistent definition to come back to after a rescue boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its definition stays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this boot only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is transient (it has no persistent definition), so there is no next boot to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot settings of %1 for the next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue boot of %1, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition with its passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection may not read the server&apos;s display passwords, and writing its definition without them would remove them; it is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the new boot settings of %1; its definition is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host accepted the definition of %1 but did not keep the boot settings as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1 with the rescue options; its definition is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs with the rescue options, but its definition could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started once with the rescue options; the host had taken them as the definition, which was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started once with the rescue options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted once with the rescue options; its definition is unchanged, and when its system reboots, virtdeck starts it normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started once with the rescue options (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BootPage</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the kernel choice and the command line editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powers the server off and on again (Restart): only a new start reads the new kernel and command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for the next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue boot once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kernels of pool &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pool &quot;%1&quot;: %n kernel(s).</source>
        <translation>
            <numerusform>Pool &quot;%1&quot;: %n kernel.</numerusform>
            <numerusform>Pool &quot;%1&quot;: %n kernels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next boot: kernel %1, initrd %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current kernel is not in the pool; it stays as it is unless you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool has no initrd for this kernel, so it cannot replace one that boots with an initrd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as it runs now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boots in %2 mode. Choosing its kernel and command line needs direct kernel boot: a kernel named in the server&apos;s definition (os/kernel), which it does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot — the next start uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the command line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the server&apos;s definition; a running server uses it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the boot settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for the next boot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot %1 once with this command line?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running: it is shut down first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that no longer answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue boot of %1 queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booted once with the rescue options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shut down and started again. A reboot from inside the guest would keep the old kernel and command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that ignores ACPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots the server once with these settings without changing its definition; its next reboot comes back normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its definition does not change. The rescue boot lasts one boot: a reboot from inside the rescue system (or Reboot here) ends it, and virtdeck starts the server again with its normal settings. If virtdeck is not running at that moment, the server stays off until it is started. Shutting it down or forcing it off leaves it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexBatch</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected servers can be flexed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation of this batch has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be retried:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexDialog</name>
    <message numerus="yes">
        <source>Flex %n servers</source>
        <translation>
            <numerusform>Flex %n server</numerusform>
            <numerusform>Flex %n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares (+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shares (−N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies / status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at next boot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers can be flexed.</source>
        <translation>
            <numerusform>%1 of %n server can be flexed.</numerusform>
            <numerusform>%1 of %n servers can be flexed.</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk flex: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not queued (see the message above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers were left out:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n servers flexed.</source>
        <translation>
            <numerusform>%n server flexed.</numerusform>
            <numerusform>All %n servers flexed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flexed, %n failed.</source>
        <translation>
            <numerusform>%1 flexed, %n failed.</numerusform>
            <numerusform>%1 flexed, %n failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n servers…</source>
        <translation>
            <numerusform>Retrying %n server…</numerusform>
            <numerusform>Retrying %n servers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexRequest</name>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n share</numerusform>
            <numerusform>+%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n share</numerusform>
            <numerusform>−%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>set to %n share</numerusform>
            <numerusform>set to %n shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartData</name>
    <message>
        <source>Cannot write the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartsPage</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following new samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data of the visible time span as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first four interfaces are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collecting samples every %n s…</source>
        <translation>
            <numerusform>Collecting samples every %n s…</numerusform>
            <numerusform>Collecting samples every %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this server in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the image to %1; choose a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1; choose a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::CmdlineEditor</name>
    <message>
        <source>SELinux off (selinux=0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots without SELinux, e.g. to repair labels that lock you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-user mode (single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boots to a root shell without network or services, when the system supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue shell (init=/bin/sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts /bin/sh instead of the init system. With an initramfs, the initramfs passes it on to the real root file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic SysRq always on (sysrq_always_enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq keys work even if the system disables them, so a hung guest can still be synced and rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet boot (quiet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer kernel messages on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — up to %2 (loglevel=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: e.g. /dev/vda1, LABEL=rootfs, UUID=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (most systems mount it read-only first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (ro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write (rw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel messages go to every ticked console; the last one becomes /dev/console, where the system&apos;s own messages and single-user shell appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another console, e.g. ttyS1,9600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make /dev/console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other options, as on a kernel command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root file system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consoles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — /dev/console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::CommandBatch</name>
    <message numerus="yes">
        <source>%1 of %n server(s) succeeded</source>
        <translation>
            <numerusform>%1 of %n server succeeded</numerusform>
            <numerusform>%1 of %n servers succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>--connect %1: %2</source>
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
    <message>
        <source>Run the scheduled flex rules that are due, without a window (for cron or a systemd timer), print a summary and exit: 0 done, 1 something failed, 2 unusable files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the given URIs (or --demo) read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt URI to connect to, the same as --connect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[uri...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only applies to the given URIs (or --demo); none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-schedules uses the saved connections; it takes no URI, --connect, --demo or --read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::CommandResultsModel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary output (%1)</source>
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
    <message>
        <source>%1 is not responding (%2); try again when it answers. Nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>no answer for %n s</numerusform>
            <numerusform>no answer for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>no answer within %n s</numerusform>
            <numerusform>no answer within %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — check the host name and that libvirtd listens there; not retried, and not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleOperations</name>
    <message>
        <source>The hypervisor of %1 cannot send keys to its servers, so SysRq is not available there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send SysRq %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent Alt+SysRq+%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor of %1 cannot inject an NMI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send an NMI to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMI sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the first key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent R-E-I-S-U-B; the server reboots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command; the menu lists the ones there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send NMI to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause between SysRq keys must be between %1 and %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B) of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SysRq %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SysRq %1 (%2) to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SysRq %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1 with SysRq R-E-I-S-U-B?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends R (unraw), E (terminate all), I (kill all), S (sync), U (remount read-only) and B (reboot), %1 s apart. Programs are stopped without a clean shutdown; the operation can be cancelled between keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePage</name>
    <message>
        <source>Select a server to see its serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console of %1 is open in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePanel</name>
    <message>
        <source>SysRq: press a key (Escape cancels, Ctrl+O again sends Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SysRq command; the SysRq menu lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: keys are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a magic SysRq command (also Ctrl+O, then the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a non-maskable interrupt (the kernel logs it, or panics if set up to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot with SysRq R-E-I-S-U-B, pausing between keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set terminal size in guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed stty rows %1 cols %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types &quot;stty rows R cols C&quot; for this window&apos;s size: a serial line carries no window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the screen and the scrollback (the guest is not told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the scrollback (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console log level (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its driver (for example libvirt&apos;s test driver behind the demo fleet) cannot open console streams. SysRq and NMI are still sent as key events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it over? The other client is disconnected from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq %1 sent (see the operations log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this server in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot started (see the operations log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMI sent (see the operations log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleSession</name>
    <message>
        <source>Not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching to the console of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the serial console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running; the console attaches when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 is not connected; the console attaches when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no serial or console device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client is using the console of %1. Take it over to use it here; the other client is then disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console of %1 was closed at %2 (another client may have taken it over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console connection of %1 broke at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shut down at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was forced off at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to another host at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved to disk at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor process of %1 failed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rebooted at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console reattaches when it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused: nothing happens on its console until it resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1 at %2 (%3). The console reattaches when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleStream</name>
    <message>
        <source>The host of %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a stream for the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console needs full access to the host; this connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot watch the console stream of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console of %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console stream of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send keys to the console of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleWindow</name>
    <message>
        <source>Console — %1</source>
        <translation type="unfinished"></translation>
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
    <name>virtdeck::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s state, whether SSH answers, then load, memory, disks, processes and kernel messages over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to see its command and raw output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnosis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: the demo&apos;s addresses are made up; set an SSH access to reach this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: no address known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: %1 (reported by the hypervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: %1 (set in its SSH access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- stderr ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued; diagnose again once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Diagnoser</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH port does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1 (%2); host key %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filesystem(s); the fullest: %1 at %2 %</source>
        <translation>
            <numerusform>%n filesystem; the fullest: %1 at %2 %</numerusform>
            <numerusform>%n filesystems; the fullest: %1 at %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>no disk filesystem listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n line read</numerusform>
            <numerusform>%n lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-memory kill(s)</source>
        <translation>
            <numerusform>%n out-of-memory kill</numerusform>
            <numerusform>%n out-of-memory kills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed directly: your SSH configuration reaches %1 through a ProxyCommand, so the login below tests the path SSH takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host: %1; %2 itself is reached through it (ProxyJump in your SSH configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the jump host of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosisReport</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
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
    <message numerus="yes">
        <source>State: %1, %n vCPU(s)</source>
        <translation>
            <numerusform>State: %1, %n vCPU</numerusform>
            <numerusform>State: %1, %n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- stderr ---</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosisStep</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosticsService</name>
    <message>
        <source>The port must be between 1 and 65535 (or empty for the default, 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is longer than %1 bytes; copy a script to the servers instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 second and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 64 servers can run the command at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run &quot;%1&quot; on %n server(s)</source>
        <translation>
            <numerusform>Run &quot;%1&quot; on %n server</numerusform>
            <numerusform>Run &quot;%1&quot; on %n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>The results of that run are no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server failed in that run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its SSH access is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set SSH access of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the state of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver, whose addresses are made up: set its SSH access to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address known for %1: set its SSH access, or install qemu-guest-agent in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an IP address or a host name. Use an IPv4 or IPv6 address, or a host name of letters, digits, dots and dashes, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a user name. Use up to %1 lowercase letters, digits, dots, dashes or underscores, starting with a letter or an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n server(s): %1?</source>
        <translation>
            <numerusform>Run this command on %n server: %1?</numerusform>
            <numerusform>Run this command on %n servers: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %n server(s)</source>
        <translation>
            <numerusform>Run on %n server</numerusform>
            <numerusform>Run on %n servers</numerusform>
        </translation>
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
    <name>virtdeck::Features</name>
    <message>
        <source>Open &amp;console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console in new &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check why the server stopped answering: state, reachability, load, memory, disks, kernel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one command over SSH on every selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flex shares…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled flex…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoflex policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq needs a running server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::Finding</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Flex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SSH access…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingCard</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the report</source>
        <translation>
            <numerusform>… %n more in the report</numerusform>
            <numerusform>… %n more in the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingRules</name>
    <message>
        <source>Open the serial console and log in there to look at load, memory and disks. If the console does not answer either, send SysRq keys from the console page: &quot;m&quot; prints memory use, &quot;t&quot; the tasks, &quot;w&quot; the blocked ones; &quot;s&quot;, &quot;u&quot;, &quot;b&quot; sync, remount read-only and reboot as a last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor holds %1 paused: it does not run, answer the network or keep time. That alone explains why it does not respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it. If nobody paused it, the hypervisor may have paused it after a disk error or a full storage pool on the host: check the host&apos;s storage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it. If it stopped by itself, its console output and the host&apos;s logs tell why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports that %1 crashed (a guest kernel panic, or the hypervisor process died).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its console to read the last messages, then force it off and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until it is off, then start it. If it stays in this state, force it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended by its operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its operating system put %1 to sleep (power management).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake it up: a key press on its console usually does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor does not say whether %1 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s connection, then diagnose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real address for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver (the demo), whose addresses are made up, so virtdeck does not connect to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a host name or IP address in the server&apos;s SSH access to check it over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address known for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypervisor reports no IP address for %1: no DHCP lease, no guest agent answer, no ARP entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its host name or IP address in its SSH access, or install qemu-guest-agent in it. If it used to have an address, its network may be down: open the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH refuses connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs, but %2 refuses connections: sshd has stopped, or a firewall rejects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer on the SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs, but %2 did not answer within %3 ms: the server hangs or is overloaded, or a firewall drops the packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs, but the network reports no route to %2 (the connection failed after %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be isolated from the network; contact the network team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name set for %1 does not resolve to an address (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the host name in the server&apos;s SSH access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address in the server&apos;s SSH access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port accepts connections but SSH does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to %1 are accepted, but no SSH exchange completed within %2 s: sshd, or the whole server, is overloaded or hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name cannot be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host key has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever manages %1 whether it was reinstalled. Only then remove the old key with ssh-keygen -R and diagnose again; until then, treat the connection as unsafe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not accepted: the checks over SSH were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you, then diagnose again and accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck could not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user in the server&apos;s SSH access, your keys (ssh-agent, ~/.ssh) or the password. The server itself answers, so it is not hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled: the checks over SSH were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the details; the server itself answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 % full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has %3 free of %4. Programs that write there fail, and a full system disk stops logins, databases and logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up (old logs, caches, core dumps, package archives) or enlarge the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shares to give it more memory, or find the process that grows (the largest are listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel killed %n process(es) for lack of memory</source>
        <translation>
            <numerusform>The kernel killed %n process for lack of memory</numerusform>
            <numerusform>The kernel killed %n processes for lack of memory</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The out-of-memory killer stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The out-of-memory killer ran %n time(s).</source>
        <translation>
            <numerusform>The out-of-memory killer ran %n time.</numerusform>
            <numerusform>The out-of-memory killer ran %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %); swap: %4 used of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n vCPU(s): processes wait for their turn.</source>
        <translation>
            <numerusform>The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n vCPU: processes wait for their turn.</numerusform>
            <numerusform>The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n vCPUs: processes wait for their turn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) wait for a disk or the network (state D): part of the load may be I/O, not CPU.</source>
        <translation>
            <numerusform>%n process waits for a disk or the network (state D): part of the load may be I/O, not CPU.</numerusform>
            <numerusform>%n processes wait for a disk or the network (state D): part of the load may be I/O, not CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load %1 is too high for %n vCPU(s)</source>
        <translation>
            <numerusform>Load %1 is too high for %n vCPU</numerusform>
            <numerusform>Load %1 is too high for %n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares, or find the runaway process (the busiest are listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many processes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 processes exist, more than the %2 expected at most for %n vCPU(s). The most common: %3.</source>
        <translation>
            <numerusform>%1 processes exist, more than the %2 expected at most for %n vCPU. The most common: %3.</numerusform>
            <numerusform>%1 processes exist, more than the %2 expected at most for %n vCPUs. The most common: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find what starts them (a runaway service, a cron job piling up, a fork bomb) and stop it; raise limits only if the load is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n zombie process(es)</source>
        <translation>
            <numerusform>%n zombie process</numerusform>
            <numerusform>%n zombie processes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished processes whose parent never collects them pile up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the service that spawns them (their parent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filesystem errors in the kernel log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel reports filesystem errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel made a filesystem read-only after errors: writes there fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk from the console (fsck at the next boot) and the host&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O errors in the kernel log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel could not read or write a disk %n time(s) recently.</source>
        <translation>
            <numerusform>The kernel could not read or write a disk %n time recently.</numerusform>
            <numerusform>The kernel could not read or write a disk %n times recently.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host&apos;s storage and the disk&apos;s image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks hung waiting for I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel reports tasks blocked for minutes, usually waiting for a disk or NFS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the storage the server depends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU lockups in the kernel log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPU was stuck: the host may be overcommitted, or the guest kernel has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host&apos;s CPU load; add shares or move the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel messages are not readable by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel restricts its log to root (kernel.dmesg_restrict), so out-of-memory kills and disk errors could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose as root (in the server&apos;s SSH access) or allow the user to read the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, memory, disk space, processes and kernel messages look normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If users still see a problem, look at the application&apos;s own logs (the tail of the system log is in the raw output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck did not start SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the server&apos;s SSH access (or your SSH configuration), then diagnose again. Nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexAutomation</name>
    <message>
        <source>Autoflex policy &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Autoflex could not flex %1 to %n shares: %2</source>
        <translation>
            <numerusform>Autoflex could not flex %1 to %n share: %2</numerusform>
            <numerusform>Autoflex could not flex %1 to %n shares: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexHost</name>
    <message>
        <source>the test driver cannot set CPU weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this hypervisor (%1) cannot set CPU weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xen credit scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range both cgroup versions accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPage</name>
    <message>
        <source> shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
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
        <source>CPU weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the server down and start it again so it boots with its new definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to flex it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — profile &quot;%2&quot;: %3 MiB and CPU weight %4 per share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 shares, estimated from its memory until its first flex</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shares now</source>
        <translation>
            <numerusform>%n share now</numerusform>
            <numerusform>%n shares now</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 shares now (the boot-time maxima); up to %2 with a reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off: the new size applies when it starts (at most %1 shares).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply (reboot needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flexing %1 to %n shares…</source>
        <translation>
            <numerusform>Flexing %1 to %n share…</numerusform>
            <numerusform>Flexing %1 to %n shares…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new size?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck shuts it down (its operating system must answer the ACPI request), waits until it is off and starts it again. Its services are unavailable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flex: apply the pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPlan</name>
    <message>
        <source>The flex parameters are incomplete or not valid (shares, vCPUs, memory and CPU weight must be positive whole numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flex %1 to %n shares</source>
        <translation>
            <numerusform>Flex %1 to %n share</numerusform>
            <numerusform>Flex %1 to %n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n share: vCPUs %1, memory %2</numerusform>
            <numerusform>%n shares: vCPUs %1, memory %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPlanner</name>
    <message>
        <source>%1 is %2: flex a running or shut-off server. Resume or stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory max at boot is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU max at boot is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of shares: type a whole number such as 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server needs at least 1 share; %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares is far beyond any server size (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share profile for %1 is not valid, so nothing can be flexed there until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to flex its servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its share count cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A server needs at least %n shares (profile &quot;%1&quot;).</source>
        <translation>
            <numerusform>A server needs at least %n share (profile &quot;%1&quot;).</numerusform>
            <numerusform>A server needs at least %n shares (profile &quot;%1&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shares is above the absolute maximum of %2 shares (profile &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is transient (it has no persistent definition), so it cannot grow beyond its boot-time maxima: at most %n shares.</source>
        <translation>
            <numerusform>%1 is transient (it has no persistent definition), so it cannot grow beyond its boot-time maxima: at most %n share.</numerusform>
            <numerusform>%1 is transient (it has no persistent definition), so it cannot grow beyond its boot-time maxima: at most %n shares.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU weight %1 is outside the range this host accepts (%2 to %3, %4). Change the share profile&apos;s &quot;cpuWeightPerShare&quot; or the share count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares do not fit on this host. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n shares: nothing to change.</source>
        <translation>
            <numerusform>%1 already has %n share: nothing to change.</numerusform>
            <numerusform>%1 already has %n shares: nothing to change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexResource</name>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexRunner</name>
    <message>
        <source>The flex operation names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps to apply</source>
        <translation>
            <numerusform>%n step to apply</numerusform>
            <numerusform>%n steps to apply</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the host was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has not released its extra vCPUs yet; they go at the next boot at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight not set: the driver cannot set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing the steps already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flex of %1 to %n shares failed at &quot;%2&quot;.</source>
        <translation>
            <numerusform>Flex of %1 to %n share failed at &quot;%2&quot;.</numerusform>
            <numerusform>Flex of %1 to %n shares failed at &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n steps applied before it were undone; nothing changed.</source>
        <translation>
            <numerusform>The %n step applied before it was undone; nothing changed.</numerusform>
            <numerusform>The %n steps applied before it were undone; nothing changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some earlier steps could not be undone: %1. Check the server&apos;s vCPUs and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n share: vCPUs %1, memory %2</numerusform>
            <numerusform>%n shares: vCPUs %1, memory %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending reboot: the rest applies when the server restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when the server starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSchedule</name>
    <message>
        <source>&quot;rules&quot; must be a list of rules in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flex schedule %1 is not valid:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the rule a name; operations and the log name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another rule already has this name; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time of day is not valid (HH:MM, 00:00 to 23:59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number of shares must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flex schedule %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flex schedule was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the flex schedule to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexStep</name>
    <message>
        <source>now and at next boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum vCPUs at next boot: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum memory at next boot: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight (%1) %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share count in the metadata: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the previous value is unknown, so it is left as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum vCPUs back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum memory back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU weight back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share count in the metadata back to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSteps</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so its share count cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
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
    <name>virtdeck::HeadlessSchedules</name>
    <message>
        <source>No scheduled flex rule is due at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rules due, but no saved connection to run them on. Add the hosts in virtdeck first.</source>
        <translation>
            <numerusform>%n rule due, but no saved connection to run it on. Add the hosts in virtdeck first.</numerusform>
            <numerusform>%n rules due, but no saved connection to run them on. Add the hosts in virtdeck first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already there, nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operations run, %1 failed.</source>
        <translation>
            <numerusform>%n operation run, %1 failed.</numerusform>
            <numerusform>%n operations run, %1 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryRanges</name>
    <message>
        <source>Live (5 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryStore</name>
    <message>
        <source>The history cannot be read synchronously on the GUI thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryWorker</name>
    <message>
        <source>The history file %1 on rrdcached %2 cannot be used (%3); history of this server is not recorded until it is moved away on the daemon&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2) and could not be renamed; history of this server is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History not recorded since %1: %2 Samples wait in memory (up to %n) and are written when rrdcached answers again.</source>
        <translation>
            <numerusform>History not recorded since %1: %2 Samples wait in memory (up to %n) and are written when rrdcached answers again.</numerusform>
            <numerusform>History not recorded since %1: %2 Samples wait in memory (up to %n) and are written when rrdcached answers again.</numerusform>
        </translation>
    </message>
    <message>
        <source>History from %1 to %2 was not recorded: rrdcached did not answer for too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HostCapacity</name>
    <message>
        <source>The host has not reported its CPUs and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shares free on the host (%1 memory, %2 vCPUs of %3)</source>
        <translation>
            <numerusform>%n share free on the host (%1 memory, %2 vCPUs of %3)</numerusform>
            <numerusform>%n shares free on the host (%1 memory, %2 vCPUs of %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The host does not have the memory: %1 more is needed and %2 is free (memory is not overcommitted; %3 is kept for the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not have the CPUs: %1 more vCPUs are needed and %2 are free (at most %3 vCPUs on %4 CPUs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::HostKeyDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed. virtdeck refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Ask whoever manages it. Only if it was reinstalled, remove its old key from %1 (ssh-keygen -R) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented: %1 %2
Expected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck has never connected to %1 before. Its host key is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server). Accept it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
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
    <name>virtdeck::JsonFieldReader</name>
    <message>
        <source>must be a JSON object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3; it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3; it is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty texts, such as [&quot;www-*&quot;, &quot;db-01&quot;]; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object in braces; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalog</name>
    <message>
        <source>The host has no storage pool named &quot;%1&quot;, where virtdeck looks for kernels. Create it (a directory pool holding vmlinuz-VERSION and initrd.img-VERSION files), or set another pool for this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage pool &quot;%1&quot; is not active on the host; start it to list its kernels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the volumes of the storage pool &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel notes %1 describe the pool &quot;%2&quot;, not &quot;%3&quot;; they are used anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel notes name %1, which is not in the pool &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a storage volume on the host (it was removed or its pool was stopped); the definition is left unchanged. Refresh the kernel list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalogModel</name>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes name this kernel but the pool has no volume %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCmdline</name>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Linux kernel on %1 (COMMAND_LINE_SIZE %2, final NUL included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Linux kernel (COMMAND_LINE_SIZE %1 assumed for an unknown architecture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Xen paravirtualised guest (MAX_GUEST_CMDLINE 1024, final NUL included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is %1 bytes long; %2 accepts at most %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line contains %1 at position %2; it must be one line of printable characters separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; at position %2 is encoded with the byte 0xA0, which the kernel reads as a space: the option is cut in two there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The double quote at position %1 is never closed; quotes come in pairs, around a value that holds spaces (key=&quot;a b&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ro and rw are given; the last one (%1) wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given %2 times with different values (%3); the kernel normally keeps the last one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelNotes</name>
    <message>
        <source>%1: %2.%3 must be %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be an object with at least a &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string without spaces or slashes, e.g. &quot;6.1.0-13-amd64&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume name (no spaces or slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volume name or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.cmdline is not a valid command line: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel notes %1 are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel notes %1 must be a JSON object with &quot;format&quot;: 1 and a &quot;kernels&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; is missing; format %2 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel notes %1 are written in a format this virtdeck does not read; it reads &quot;format&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;kernels&quot; must be a list of kernel entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kernels[%2] repeats version %3; the first entry is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only one kernel can be recommended; %2 is, so kernels[%3] is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kernel notes %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>A server has at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of %1 are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1: %2</source>
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
    <message>
        <source>&amp;Tools</source>
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
    <name>virtdeck::MetricFormat</name>
    <message>
        <source>Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
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
    <message>
        <source>Cancelled while the host was not responding; the hypervisor may still carry it out. The next listing shows what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every server of this operation succeeded: there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (retry on %n server(s))</source>
        <translation>
            <numerusform>%1 (retry on %n server)</numerusform>
            <numerusform>%1 (retry on %n servers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another virtdeck process (a window or a scheduled run) runs this operation; cancel it there.</source>
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
    <message>
        <source>That operation is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry &quot;%1&quot; on %n server(s): %2?</source>
        <translation>
            <numerusform>Retry &quot;%1&quot; on %n server: %2?</numerusform>
            <numerusform>Retry &quot;%1&quot; on %n servers: %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not run again on %n server(s) where it succeeded: %1</source>
        <translation>
            <numerusform>Not run again on %n server where it succeeded: %1</numerusform>
            <numerusform>Not run again on %n servers where it succeeded: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OutputText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
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
    <name>virtdeck::PasswordDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key offered to %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1 with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck uses it for this login only and does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::RescueWatcher</name>
    <message>
        <source>Cannot mark the rescue boot in the server&apos;s live definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the running servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 normally after its rescue boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rescue boot ended with the guest&apos;s reboot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdBackend</name>
    <message>
        <source>data sources %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdCachedClient</name>
    <message>
        <source>Cannot reach rrdcached at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to the connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon does not take the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::RunCommandDialog</name>
    <message>
        <source>Run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On %n server(s): %1</source>
        <translation>
            <numerusform>On %n server: %1</numerusform>
            <numerusform>On %n servers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>for example: systemctl restart nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its whole output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after the timeout of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- stdout (%1) ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[cut: %1 kept]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- stderr (%1) ---</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleAutomationBox</name>
    <message>
        <source>Without a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run schedules automatically, also while virtdeck is closed (every 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no systemd user session: add this line with &lt;tt&gt;crontab -e&lt;/tt&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled rule has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scheduled run: %1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleEditor</name>
    <message>
        <source>Scheduled flex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules run while virtdeck is open, and with &lt;tt&gt;virtdeck --run-schedules&lt;/tt&gt; from cron or a systemd timer. Each run is an operation named after its rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none ticked: every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: web, production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove N shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved schedule cannot be used; saving here replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write HH:MM, from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server on the connected hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n servers: %1</source>
        <translation>
            <numerusform>%n server: %1</numerusform>
            <numerusform>%n servers: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matches no server on the connected hosts (%2); check the names and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was not saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRule</name>
    <message>
        <source>&quot;days&quot; must be &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekends&quot; or a list of mon, tue, wed, thu, fri, sat, sun; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time of day as HH:MM, from 00:00 to 23:59; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one action: &quot;set&quot;: N (shares), &quot;add&quot;: N or &quot;remove&quot;: N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>set to %n share</numerusform>
            <numerusform>set to %n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n share</numerusform>
            <numerusform>+%n shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n share</numerusform>
            <numerusform>−%n shares</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRunner</name>
    <message>
        <source>schedule rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; matched no server (%2) on the connected hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleState</name>
    <message>
        <source>Cannot save when scheduled flex rules ran to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another virtdeck is running scheduled flex rules right now (%1 is locked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleTimer</name>
    <message>
        <source>&quot;%1&quot; failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no systemd user session here: add the crontab line instead.</source>
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
    <name>virtdeck::ServerAddress</name>
    <message>
        <source>DHCP lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARP table</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>↓ %1 ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
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
    <name>virtdeck::ServerSelector</name>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name servers (&quot;servers&quot;: [&quot;www-*&quot;]) or tags (&quot;tags&quot;: [&quot;web&quot;]) to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or pattern (letters, digits, - _ . : + @ and the wildcards * ?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfile</name>
    <message>
        <source>&quot;liveCeiling&quot; (%1) must not be below &quot;minShares&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;absoluteMax&quot; (%1) must not be below &quot;liveCeiling&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;absoluteMax&quot; is %1, above the largest CPU weight any host accepts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;minShares&quot; is %1, below the smallest CPU weight cgroup v1 accepts (2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;memoryMiBPerShare&quot; × &quot;absoluteMax&quot; is above 16 TiB; that is not a server size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share profile is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfileStore</name>
    <message>
        <source>The shipped share profile %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share profile overrides %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share profile overrides are not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, &quot;default&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, host %2</source>
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
    <name>virtdeck::SshAccessDialog</name>
    <message>
        <source>SSH access of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where virtdeck connects to diagnose %1 and run commands on it. Leave a field empty to use the address the hypervisor reports, your ~/.ssh/config, port 22 and user root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::SshSession</name>
    <message>
        <source>No host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH library could not create a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses SSH connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network route to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed, so virtdeck refuses to connect: someone may be intercepting the connection, or the server was reinstalled. If you know it was reinstalled, remove its old key from %2 (ssh-keygen -R) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented %1 %2, known_hosts expects %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known and was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 cannot be saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys from the agent and key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept any way virtdeck can log in. Check the user name, and that your key is in the server&apos;s authorized_keys or that password login is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to open a session for the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::SshTargetCheck</name>
    <message>
        <source>No host to connect to for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host of %1 is refused: it is neither an IP address nor a host name. Allowed are IPv4 and IPv6 addresses and host names of letters, digits, dots and dashes; correct it in the server&apos;s SSH access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH user name of %1 is refused: a user name starts with a lowercase letter or _ and has at most %2 lowercase letters, digits, _ . or -; correct it in the server&apos;s SSH access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port of %1 must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsCollector</name>
    <message>
        <source>Cannot read the statistics of the servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsSampler</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-domain calls: this driver has no bulk statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::SysRqTable</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the list of SysRq commands on the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the console log level to 0: only emergency kernel messages reach the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the console log level to %1: kernel messages more urgent than level %1 reach the console (9 shows everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboots at once, without syncing or unmounting disks: unsaved data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashes the kernel on purpose (a crash dump is taken if kdump is set up); the server stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends SIGTERM to every process except init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the out-of-memory killer: kills the process using the most memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends SIGKILL to every process except init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thaws file systems frozen with fsfreeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure attention key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kills every program on the current virtual console (SAK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtrace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a backtrace of every active CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows memory usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice real-time tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes real-time tasks run at normal priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powers the server off at once, without a clean shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the current CPU registers and flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the armed high-resolution timers and clock event devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the keyboard out of raw mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes all unsaved data of mounted file systems to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every task and its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remount read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remounts every file system read-only: programs can no longer write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows tasks in uninterruptible (blocked) state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ftrace buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dumps the ftrace buffer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::SystemParsers</name>
    <message>
        <source>The output of %1 was not understood.</source>
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
<context>
    <name>virtdeck::TcpProbe</name>
    <message>
        <source>port %1 answers (connected in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from port %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 cannot be resolved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalSearchBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the scrollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TimeChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageAcknowledgements</name>
    <message>
        <source>Cannot read the acknowledged findings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledged findings could not be read; the file was set aside as %1 and every finding shows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the acknowledged findings (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageDock</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page the selected finding points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected findings until they change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;cknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the findings (the selected ones, or all shown) with times and figures, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageEngine</name>
    <message>
        <source>Cannot read the host&apos;s capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s disk errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no space left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: I/O error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageExport</name>
    <message numerus="yes">
        <source>virtdeck triage, %1: %n finding(s)</source>
        <translation>
            <numerusform>virtdeck triage, %1: %n finding</numerusform>
            <numerusform>virtdeck triage, %1: %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since at least %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageFinding</name>
    <message>
        <source>Host not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU steal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU pegged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory at its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue boot active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot to apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageModel</name>
    <message>
        <source>(host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 ago (already so when virtdeck connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageRules</name>
    <message>
        <source>the hypervisor reports the guest crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hypervisor reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, no reason given by the hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no virtdeck operation stopped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain type qemu: the CPU is emulated (about 1/50 of normal speed), while the host offers kvm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1; no virtdeck operation and no guest reboot explains the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booted with the rescue options (command line: %1); the next boot uses the normal definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot to apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU wait %1 on average over %2 (now %3; threshold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CPU %1 of its %n vCPU(s) for %2: flex it to more CPU</source>
        <translation>
            <numerusform>CPU %1 of its %n vCPU for %2: flex it to more CPU</numerusform>
            <numerusform>CPU %1 of its %n vCPUs for %2: flex it to more CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>balloon at %1 of %2 maximum; %3 usable in the guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageSettingsDialog</name>
    <message>
        <source>Triage thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU steal (vCPU wait) above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>averaged over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU pegged at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted by the host: running for less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory at its maximum: guest-usable memory below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
