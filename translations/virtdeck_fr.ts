<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>virtdeck::CommandLine</name>
    <message>
        <source>A desktop console for servers on libvirt hypervisors (QEMU/KVM, Xen, test driver).</source>
        <translation>Une console de bureau pour les serveurs sur hyperviseurs libvirt (QEMU/KVM, Xen, pilote de test).</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (repeatable), e.g. qemu+ssh://root@host/system.</source>
        <translation>Se connecter à l&apos;URI libvirt (option répétable), p. ex. qemu+ssh://root@host/system.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Open the --connect connections read-only: nothing can be changed.</source>
        <translation>Ouvrir les connexions --connect en lecture seule&#xa0;: aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open the built-in demo fleet.</source>
        <translation>Ouvrir la flotte de démo intégrée.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; to connect to a URI use --connect URI.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#x202f;; pour se connecter à une URI, utilisez --connect URI.</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--read-only applies to --connect URIs (or --demo); none was given.</source>
        <translation>--read-only s&apos;applique aux URI de --connect (ou à --demo)&#x202f;; aucune n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#x202f;; langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s; available: %1.</source>
        <translation>Utiliser cette langue au lieu de celle du système ; disponibles : %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Config</name>
    <message>
        <source>The settings file %1 could not be read; it was kept as %2 and default settings are used.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être lu&#x202f;; il a été conservé sous le nom %2 et les paramètres par défaut sont utilisés.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectDialog</name>
    <message>
        <source>Connect to a hypervisor</source>
        <translation>Se connecter à un hyperviseur</translation>
    </message>
    <message>
        <source>Examples: &lt;tt&gt;qemu:///system&lt;/tt&gt; (this machine), &lt;tt&gt;qemu+ssh://root@kvm-01/system&lt;/tt&gt;, &lt;tt&gt;xen+ssh://root@xen-01/system&lt;/tt&gt;, &lt;tt&gt;test:///default&lt;/tt&gt;</source>
        <translation>Exemples&#xa0;: &lt;tt&gt;qemu:///system&lt;/tt&gt; (cette machine), &lt;tt&gt;qemu+ssh://root@kvm-01/system&lt;/tt&gt;, &lt;tt&gt;xen+ssh://root@xen-01/system&lt;/tt&gt;, &lt;tt&gt;test:///default&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Connect when virtdeck starts</source>
        <translation>Se connecter au démarrage de virtdeck</translation>
    </message>
    <message>
        <source>Read-only (look, change nothing)</source>
        <translation>Lecture seule (consulter sans rien modifier)</translation>
    </message>
    <message>
        <source>Opens the connection read-only: every action that changes a server is disabled.</source>
        <translation>Ouvre la connexion en lecture seule&#xa0;: toutes les actions qui modifient un serveur sont désactivées.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI&#xa0;:</translation>
    </message>
    <message>
        <source>Connects to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Connection</name>
    <message>
        <source>%1 is not connected (%2); try again when it is back.</source>
        <translation>%1 n&apos;est pas connecté (%2)&#x202f;; réessayez quand il sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>disconnected by the user</source>
        <translation>déconnecté par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>the host stopped answering (keepalive timeout)</source>
        <translation>l&apos;hôte ne répond plus (délai keepalive dépassé)</translation>
    </message>
    <message>
        <source>the host closed the connection</source>
        <translation>l&apos;hôte a fermé la connexion</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>erreur de connexion</translation>
    </message>
    <message>
        <source>Cannot list the servers</source>
        <translation>Impossible de lister les serveurs</translation>
    </message>
    <message>
        <source>connection closed by virtdeck</source>
        <translation>connexion fermée par virtdeck</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>pas de réponse depuis %n&#xa0;s</numerusform>
            <numerusform>pas de réponse depuis %n&#xa0;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::CredentialsDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>virtdeck does not store what you type here.</source>
        <translation>virtdeck n&apos;enregistre pas ce que vous saisissez ici.</translation>
    </message>
    <message>
        <source>The hypervisor at %1 asks:</source>
        <translation>L&apos;hyperviseur %1 demande&#xa0;:</translation>
    </message>
</context>
<context>
    <name>virtdeck::DemoFleet</name>
    <message>
        <source>The demo fleet is missing from this build.</source>
        <translation>La flotte de démo est absente de cette version.</translation>
    </message>
    <message>
        <source>Cannot write the demo fleet to %1.</source>
        <translation>Impossible d&apos;écrire la flotte de démo dans %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainState</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Planté</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migré</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>after a crash</source>
        <translation>après un plantage</translation>
    </message>
    <message>
        <source>woken up</source>
        <translation>réveillé</translation>
    </message>
    <message>
        <source>by a user</source>
        <translation>par un utilisateur</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>migration en cours</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>sauvegarde en cours</translation>
    </message>
    <message>
        <source>dumping memory</source>
        <translation>vidage de la mémoire</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>erreur d&apos;E/S disque</translation>
    </message>
    <message>
        <source>watchdog fired</source>
        <translation>watchdog déclenché</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <source>guest crashed</source>
        <translation>plantage de l&apos;invité</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>démarrage en cours</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>arrêté normalement</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>arrêt forcé</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>planté</translation>
    </message>
    <message>
        <source>migrated away</source>
        <translation>migré vers un autre hôte</translation>
    </message>
    <message>
        <source>failed to start</source>
        <translation>échec du démarrage</translation>
    </message>
    <message>
        <source>kernel panic</source>
        <translation>panique du noyau</translation>
    </message>
</context>
<context>
    <name>virtdeck::DomainXml</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation>La définition du serveur (XML du domaine) n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>XML mal formé</translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation>La définition du serveur n&apos;est pas un domaine libvirt.</translation>
    </message>
    <message>
        <source>The server&apos;s definition has no name.</source>
        <translation>La définition du serveur n&apos;a pas de nom.</translation>
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
        <translation>Démarrage direct du noyau</translation>
    </message>
</context>
<context>
    <name>virtdeck::Format</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1&#xa0;Tio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1&#xa0;Gio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostPage</name>
    <message>
        <source>URI:</source>
        <translation>URI&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>libvirt says:</source>
        <translation>Message de libvirt&#xa0;:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions&#xa0;:</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Connecté depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — demo fleet</source>
        <translation>%1 — flotte de démo</translation>
    </message>
    <message>
        <source>read-only: changes are disabled</source>
        <translation>lecture seule&#xa0;: les modifications sont désactivées</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver with the built-in demo fleet — changes last until it is closed</source>
        <translation>pilote de test de libvirt avec la flotte de démo intégrée — les modifications sont conservées jusqu&apos;à sa fermeture</translation>
    </message>
    <message>
        <source>libvirt %1, %2 %3</source>
        <translation>libvirt %1, %2 %3</translation>
    </message>
    <message>
        <source>%1 × %2 MHz (%3)</source>
        <translation>%1 × %2&#xa0;MHz (%3)</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostSnapshot</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>nouvel essai dans %n&#xa0;s</numerusform>
            <numerusform>nouvel essai dans %n&#xa0;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::LibvirtUri</name>
    <message>
        <source>test driver</source>
        <translation>pilote de test</translation>
    </message>
    <message>
        <source>The test driver is local: remove the host name (use test:///default or test:///absolute/path/file.xml).</source>
        <translation>Le pilote de test est local&#xa0;: supprimez le nom d&apos;hôte (utilisez test:///default ou test:///chemin/absolu/fichier.xml).</translation>
    </message>
    <message>
        <source>The test driver takes /default or an absolute path to an XML file, e.g. test:///default.</source>
        <translation>Le pilote de test accepte /default ou le chemin absolu d&apos;un fichier XML, p. ex. test:///default.</translation>
    </message>
    <message>
        <source>A QEMU URI ends in /system or /session, e.g. qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>Une URI QEMU se termine par /system ou /session, p. ex. qemu:///system ou qemu+ssh://user@host/system.</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>Saisissez une URI libvirt, par exemple qemu:///system ou qemu+ssh://user@host/system.</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces or control characters.</source>
        <translation>Une URI ne peut contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>This is not a valid URI; the form is driver[+transport]://[user@][host][:port]/path.</source>
        <translation>Ce n&apos;est pas une URI valide&#x202f;; la forme attendue est pilote[+transport]://[utilisateur@][hôte][:port]/chemin.</translation>
    </message>
    <message>
        <source>Unknown hypervisor driver &quot;%1&quot;; use one of: %2.</source>
        <translation>Pilote d&apos;hyperviseur inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;; use one of: %2.</source>
        <translation>Transport inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 transport needs a host name, e.g. %2://user@host/system.</source>
        <translation>Le transport %1 nécessite un nom d&apos;hôte, p. ex. %2://user@host/system.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Unknown URI parameter &quot;%1&quot;; libvirt understands: %2.</source>
        <translation>Paramètre d&apos;URI inconnu «&#xa0;%1&#xa0;»&#x202f;; libvirt accepte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>Pilote de test</translation>
    </message>
    <message>
        <source>Test driver (%1)</source>
        <translation>Pilote de test (%1)</translation>
    </message>
    <message>
        <source>Local %1 (session)</source>
        <translation>%1 local (session)</translation>
    </message>
    <message>
        <source>Local %1</source>
        <translation>%1 local</translation>
    </message>
</context>
<context>
    <name>virtdeck::Lifecycle</name>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation>L&apos;hôte de %1 n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s. Its operating system may ignore ACPI shutdown requests; use Force off if it must stop now.</source>
        <translation>%1 ne s&apos;est pas éteint en %2&#xa0;s. Son système d&apos;exploitation ignore peut-être les demandes d&apos;arrêt ACPI&#x202f;; utilisez «&#xa0;Forcer l&apos;arrêt&#xa0;» s&apos;il doit s&apos;arrêter immédiatement.</translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation>Impossible d&apos;arrêter %1.</translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation>attente de l&apos;extinction de l&apos;invité</translation>
    </message>
    <message>
        <source>Cannot reboot %1.</source>
        <translation>Impossible de redémarrer %1.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>%1 stopped but cannot be started again.</source>
        <translation>%1 s&apos;est arrêté mais ne peut pas être démarré de nouveau.</translation>
    </message>
    <message>
        <source>restarted with its current definition</source>
        <translation>redémarré à froid avec sa définition actuelle</translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation>Impossible de forcer l&apos;arrêt de %1.</translation>
    </message>
    <message>
        <source>forced off</source>
        <translation>arrêt forcé</translation>
    </message>
    <message>
        <source>Cannot start %1.</source>
        <translation>Impossible de démarrer %1.</translation>
    </message>
    <message>
        <source>Cannot pause %1.</source>
        <translation>Impossible de mettre %1 en pause.</translation>
    </message>
    <message>
        <source>Cannot resume %1.</source>
        <translation>Impossible de reprendre %1.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Forcer l&apos;arrêt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer à froid</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>Redémarrer %1</translation>
    </message>
    <message>
        <source>Force off %1</source>
        <translation>Forcer l&apos;arrêt de %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Redémarrer %1 à froid</translation>
    </message>
    <message>
        <source>%1 is not shut off (%2).</source>
        <translation>%1 n&apos;est pas éteint (%2).</translation>
    </message>
    <message>
        <source>%1 is not running (%2).</source>
        <translation>%1 n&apos;est pas en marche (%2).</translation>
    </message>
    <message>
        <source>%1 is already off.</source>
        <translation>%1 est déjà éteint.</translation>
    </message>
    <message>
        <source>%1 is not paused (%2).</source>
        <translation>%1 n&apos;est pas en pause (%2).</translation>
    </message>
    <message>
        <source>%1 applies to none of the selected servers.</source>
        <translation>«&#xa0;%1&#xa0;» ne s&apos;applique à aucun des serveurs sélectionnés.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its tags are left unchanged.</source>
        <translation>Les métadonnées virtdeck de %1 sont illisibles&#x202f;; ses étiquettes restent donc inchangées.</translation>
    </message>
    <message>
        <source>Set tags of %1</source>
        <translation>Définir les étiquettes de %1</translation>
    </message>
    <message>
        <source>%1 did not reboot within %2 s. Its operating system may ignore ACPI requests; use Force off, then Start.</source>
        <translation>%1 n’a pas redémarré en %2 s. Son système d’exploitation ignore peut-être les requêtes ACPI ; utilisez Forcer l’arrêt, puis Démarrer.</translation>
    </message>
    <message>
        <source>waiting for the guest to reboot</source>
        <translation>attente du redémarrage de l’invité</translation>
    </message>
    <message>
        <source>rebooted</source>
        <translation>redémarré</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not restarted. Its operating system may ignore ACPI shutdown requests; use Force off, then Start.</source>
        <translation>%1 ne s’est pas éteint en %2 s, il n’a donc pas été redémarré à froid. Son système d’exploitation ignore peut-être les requêtes d’arrêt ACPI ; utilisez Forcer l’arrêt, puis Démarrer.</translation>
    </message>
</context>
<context>
    <name>virtdeck::MainWindow</name>
    <message>
        <source>Select a server or a host.
Use File → Connect… to add a hypervisor.</source>
        <translation>Sélectionnez un serveur ou un hôte.
Utilisez Fichier → Se connecter… pour ajouter un hyperviseur.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Échec&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Close the connection and forget it</source>
        <translation>Fermer la connexion et l&apos;oublier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Open the &amp;demo fleet</source>
        <translation>Ouvrir la flotte de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About virtdeck</source>
        <translation>À &amp;propos de virtdeck</translation>
    </message>
    <message>
        <source>About virtdeck</source>
        <translation>À propos de virtdeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;virtdeck %1&lt;/b&gt;&lt;p&gt;A desktop console for servers on libvirt hypervisors: lifecycle, shares, serial console with SysRq, history charts and troubleshooting.&lt;/p&gt;</source>
        <translation>&lt;b&gt;virtdeck %1&lt;/b&gt;&lt;p&gt;Une console de bureau pour les serveurs sur hyperviseurs libvirt&#xa0;: cycle de vie, parts, console série avec SysRq, graphiques d&apos;historique et dépannage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Flotte de démo</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The demo fleet is already open.</source>
        <translation>La flotte de démo est déjà ouverte.</translation>
    </message>
    <message>
        <source>virtdeck — demo fleet</source>
        <translation>virtdeck — flotte de démo</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n hôte</numerusform>
            <numerusform>%n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) running</source>
        <translation>
            <numerusform>%n opération en cours</numerusform>
            <numerusform>%n opérations en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect at start</source>
        <translation>Connecter au démarrage</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>The demo fleet opens by itself when nothing else is saved</source>
        <translation>La flotte de démonstration s’ouvre d’elle-même quand rien d’autre n’est enregistré</translation>
    </message>
    <message>
        <source>Open this connection every time virtdeck starts</source>
        <translation>Ouvrir cette connexion à chaque démarrage de virtdeck</translation>
    </message>
</context>
<context>
    <name>virtdeck::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>virtdeck::Operation</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>an operation record needs an id, a kind and a known state</source>
        <translation>une entrée d&apos;opération doit avoir un identifiant, un type et un état connu</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1&#xa0;% %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationLog</name>
    <message>
        <source>The operations log %1 cannot be read: %2</source>
        <translation>Le journal des opérations %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>Line %1 of the operations log was skipped: %2</source>
        <translation>La ligne %1 du journal des opérations a été ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>virtdeck stopped before this operation finished; check the server and retry.</source>
        <translation>virtdeck s&apos;est arrêté avant la fin de cette opération&#x202f;; vérifiez le serveur et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%n more damaged lines were skipped.</source>
        <translation>
            <numerusform>%n autre ligne endommagée a été ignorée.</numerusform>
            <numerusform>%n autres lignes endommagées ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationQueue</name>
    <message>
        <source>by user</source>
        <translation>par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to change it.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: les modifications sont désactivées. Reconnectez-vous sans «&#xa0;Lecture seule&#xa0;» pour le modifier.</translation>
    </message>
    <message>
        <source>This version of virtdeck does not know how to run &quot;%1&quot;.</source>
        <translation>Cette version de virtdeck ne sait pas exécuter «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That operation is no longer in the list.</source>
        <translation>Cette opération n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <source>Only failed, cancelled or interrupted operations can be retried.</source>
        <translation>Seules les opérations échouées, annulées ou interrompues peuvent être relancées.</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant son démarrage</translation>
    </message>
    <message>
        <source>This operation cannot be stopped once started; wait for it to finish.</source>
        <translation>Cette opération ne peut pas être interrompue une fois lancée&#x202f;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>This operation has already finished.</source>
        <translation>Cette opération est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>virtdeck::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run the selected failed operation again with the same parameters</source>
        <translation>Relancer l&apos;opération échouée sélectionnée avec les mêmes paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <source>Select an operation to see its parameters, steps and error.</source>
        <translation>Sélectionnez une opération pour voir ses paramètres, ses étapes et son erreur.</translation>
    </message>
    <message numerus="yes">
        <source>Operations (%n failed)</source>
        <translation>
            <numerusform>Opérations (%n en échec)</numerusform>
            <numerusform>Opérations (%n en échec)</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Mise en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry of operation %1</source>
        <translation>Nouvelle tentative de l&apos;opération %1</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>virtdeck::OverviewPage</name>
    <message>
        <source>Select a server to see its overview.</source>
        <translation>Sélectionnez un serveur pour afficher sa vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition&#xa0;:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Temps de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Parts&#xa0;:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU&#xa0;:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire&#xa0;:</translation>
    </message>
    <message>
        <source>CPU weight:</source>
        <translation>Poids CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Noyau&#xa0;:</translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation>Initrd&#xa0;:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Micrologiciel&#xa0;:</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>Ordre de démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Disks and network interfaces</source>
        <translation>Disques et interfaces réseau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host device</source>
        <translation>Périphérique hôte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The virtdeck metadata of this server cannot be read and is left as it is: %1</source>
        <translation>Les métadonnées virtdeck de ce serveur sont illisibles et restent inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pending reboot — the next start applies: %1</source>
        <translation>Redémarrage à froid requis — le prochain démarrage appliquera&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>last known state, the host is not answering</source>
        <translation>dernier état connu, l&apos;hôte ne répond pas</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistante</translation>
    </message>
    <message>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
    <message>
        <source>starts with the host</source>
        <translation>démarre avec l&apos;hôte</translation>
    </message>
    <message>
        <source>no autostart</source>
        <translation>pas de démarrage automatique</translation>
    </message>
    <message>
        <source>at least %1 (running before virtdeck connected)</source>
        <translation>au moins %1 (en marche avant la connexion de virtdeck)</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>pas en marche</translation>
    </message>
    <message>
        <source>%1 (derived from its resources until the first flex)</source>
        <translation>%1 (déduit de ses ressources jusqu&apos;au premier redimensionnement)</translation>
    </message>
    <message>
        <source>%1 of at most %2 without a restart</source>
        <translation>%1 sur %2 au maximum sans redémarrage à froid</translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation>valeur par défaut de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Restarting %1: it shuts down, then starts with its new definition.</source>
        <translation>Redémarrage à froid de %1&#xa0;: il s&apos;arrête, puis démarre avec sa nouvelle définition.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Shut the server down and start it again (a full restart, not a guest reboot) so the hypervisor applies its new definition</source>
        <translation>Arrêter le serveur puis le relancer (un redémarrage à froid, pas un redémarrage de l’invité) pour que l’hyperviseur applique sa nouvelle définition</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerActions</name>
    <message>
        <source>Shut down and start again, so pending changes to the definition take effect</source>
        <translation>Arrêter puis démarrer de nouveau, pour que les modifications en attente de la définition prennent effet</translation>
    </message>
    <message>
        <source>Ask the guest to reboot (ACPI); the definition is not re-read</source>
        <translation>Demander à l&apos;invité de redémarrer (ACPI)&#x202f;; la définition n&apos;est pas relue</translation>
    </message>
    <message>
        <source>Cut the power at once, like pulling the plug</source>
        <translation>Couper l&apos;alimentation immédiatement, comme en débranchant la prise</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>%1: select one or more servers</source>
        <translation>%1&#xa0;: sélectionnez un ou plusieurs serveurs</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Forcer l&apos;arrêt</translation>
    </message>
    <message numerus="yes">
        <source>Force %n server(s) off: %1?</source>
        <translation>
            <numerusform>Forcer l&apos;arrêt de %n serveur&#xa0;: %1&#x202f;?</numerusform>
            <numerusform>Forcer l&apos;arrêt de %n serveurs&#xa0;: %1&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cuts the power at once: unsaved data in the guests is lost. Prefer Shut down when the guest still answers.</source>
        <translation>Cela coupe immédiatement l&apos;alimentation&#xa0;: les données non enregistrées des invités sont perdues. Préférez «&#xa0;Arrêter&#xa0;» si l&apos;invité répond encore.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n operation(s) queued.</source>
        <translation>
            <numerusform>%1&#xa0;: %n opération mise en file d&apos;attente.</numerusform>
            <numerusform>%1&#xa0;: %n opérations mises en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n server(s):</source>
        <translation>
            <numerusform>Étiquette à ajouter à %n serveur&#xa0;:</numerusform>
            <numerusform>Étiquette à ajouter à %n serveurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n server(s):</source>
        <translation>
            <numerusform>Étiquette à retirer de %n serveur&#xa0;:</numerusform>
            <numerusform>Étiquette à retirer de %n serveurs&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags: %n operation(s) queued.</source>
        <translation>
            <numerusform>Étiquettes&#xa0;: %n opération mise en file d&apos;attente.</numerusform>
            <numerusform>Étiquettes&#xa0;: %n opérations mises en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n server(s)</source>
        <translation>
            <numerusform>%1 : %n serveur</numerusform>
            <numerusform>%1 : %n serveurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterBar</name>
    <message>
        <source>Filter by name, title, tag or host…</source>
        <translation>Filtrer par nom, titre, étiquette ou hôte…</translation>
    </message>
    <message>
        <source>Flat list</source>
        <translation>Liste à plat</translation>
    </message>
    <message>
        <source>Show all servers in one list with a Host column instead of grouped by host</source>
        <translation>Afficher tous les serveurs dans une seule liste avec une colonne Hôte, au lieu de les regrouper par hôte</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Tous les hôtes</translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerFilterModel</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteint</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Planté</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Pending reboot</source>
        <translation>Redémarrage à froid requis</translation>
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
        <translation>%1 (dernier état connu)</translation>
    </message>
    <message>
        <source>pending reboot</source>
        <translation>redémarrage à froid requis</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>The host is not answering: these are the last known values.</source>
        <translation>L&apos;hôte ne répond pas&#xa0;: ce sont les dernières valeurs connues.</translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation>Redémarrage à froid requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Metadata problem: %1</source>
        <translation>Problème de métadonnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>built-in demo (libvirt test driver)</source>
        <translation>démo intégrée (pilote de test libvirt)</translation>
    </message>
    <message>
        <source>libvirt %1</source>
        <translation>libvirt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CPUs</source>
        <translation>
            <numerusform>%n CPU</numerusform>
            <numerusform>%n CPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n servers</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only connection: changes are disabled.</source>
        <translation>Connexion en lecture seule&#xa0;: les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>Demo fleet: libvirt&apos;s test driver with a built-in fleet; changes are lost when it closes.</source>
        <translation>Flotte de démo&#xa0;: pilote de test de libvirt avec une flotte intégrée&#x202f;; les modifications sont perdues à sa fermeture.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Temps de fonctionnement</translation>
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
        <translation>Le port SSH indiqué dans les métadonnées du serveur n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not XML.</source>
        <translation>Les métadonnées virtdeck du serveur ne sont pas du XML.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata does not start with a &lt;server&gt; element.</source>
        <translation>Les métadonnées virtdeck du serveur ne commencent pas par un élément &lt;server&gt;.</translation>
    </message>
    <message>
        <source>The share count in the server&apos;s metadata is not a positive number.</source>
        <translation>Le nombre de parts indiqué dans les métadonnées du serveur n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata is not well-formed XML.</source>
        <translation>Les métadonnées virtdeck du serveur ne sont pas du XML bien formé.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A tag has at most %1 characters.</source>
        <translation>Une étiquette comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has a character that is not allowed; use letters, digits and - _ . : / + @.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» contient un caractère non autorisé&#x202f;; utilisez des lettres, des chiffres et - _ . : / + @.</translation>
    </message>
    <message>
        <source>A server has at most %1 tags.</source>
        <translation>Un serveur a au plus %1 étiquettes.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SnapshotBuilder</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Impossible de lire la définition du serveur.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>maximum vCPUs</source>
        <translation>vCPU maximum</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>maximum memory</source>
        <translation>mémoire maximale</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>poids CPU</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>kernel command line</source>
        <translation>ligne de commande du noyau</translation>
    </message>
    <message>
        <source>The server %1 no longer exists on this host.</source>
        <translation>Le serveur %1 n&apos;existe plus sur cet hôte.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s virtdeck metadata.</source>
        <translation>Impossible de lire les métadonnées virtdeck du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so it is left unchanged.</source>
        <translation>Les métadonnées virtdeck du serveur sont illisibles&#x202f;; elles restent donc inchangées.</translation>
    </message>
    <message>
        <source>Cannot write the server&apos;s virtdeck metadata.</source>
        <translation>Impossible d&apos;écrire les métadonnées virtdeck du serveur.</translation>
    </message>
    <message>
        <source>Cannot read a server&apos;s UUID.</source>
        <translation>Impossible de lire l&apos;UUID d&apos;un serveur.</translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation>Impossible de lire l&apos;état de %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::TagEditor</name>
    <message>
        <source>web, site-en, production</source>
        <translation>web, site-fr, production</translation>
    </message>
    <message>
        <source>Save tags</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read: %1</source>
        <translation>Les métadonnées virtdeck du serveur sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags are kept in the server&apos;s own definition, so every console sees them.</source>
        <translation>Les étiquettes sont enregistrées dans la définition même du serveur&#xa0;: toutes les consoles les voient donc.</translation>
    </message>
    <message>
        <source>Saving the tags of %1…</source>
        <translation>Enregistrement des étiquettes de %1…</translation>
    </message>
</context>
</TS>
