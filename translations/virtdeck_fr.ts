<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>virtdeck::AddressBook</name>
    <message>
        <source>SSH access set for this server: %1</source>
        <translation>Accès SSH défini pour ce serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(reported address)</source>
        <translation>(adresse signalée)</translation>
    </message>
    <message>
        <source>%1/%2 on %3 (%4)</source>
        <translation>%1/%2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>These addresses are invented by libvirt&apos;s test driver.</source>
        <translation>Ces adresses sont inventées par le pilote de test de libvirt.</translation>
    </message>
    <message>
        <source>No address: %1</source>
        <translation>Aucune adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>L&apos;hôte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation>L&apos;hyperviseur ne signale aucune adresse pour ce serveur.</translation>
    </message>
    <message>
        <source>(SSH access refused)</source>
        <translation>(accès SSH refusé)</translation>
    </message>
</context>
<context>
    <name>virtdeck::AddressSection</name>
    <message>
        <source>Network addresses</source>
        <translation>Adresses réseau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation>Accès SSH…</translation>
    </message>
    <message>
        <source>Set the host name or IP, port and user virtdeck uses for SSH to this server</source>
        <translation>Définir le nom d&apos;hôte ou l&apos;IP, le port et l&apos;utilisateur que virtdeck utilise pour se connecter en SSH à ce serveur</translation>
    </message>
    <message>
        <source>The server is not running: it has no address now.</source>
        <translation>Le serveur n&apos;est pas en marche&#xa0;: il n&apos;a pas d&apos;adresse pour le moment.</translation>
    </message>
    <message>
        <source>Asking the hypervisor…</source>
        <translation>Interrogation de l&apos;hyperviseur…</translation>
    </message>
    <message>
        <source>The hypervisor reports no address for this server.</source>
        <translation>L&apos;hyperviseur n&apos;indique aucune adresse pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>virtdeck::Autoflex</name>
    <message>
        <source>cooling down after the last step</source>
        <translation>stabilisation après la dernière étape</translation>
    </message>
    <message numerus="yes">
        <source>CPU is high but %n shares is the limit</source>
        <translation>
            <numerusform>CPU élevé, mais la limite est de %n part</numerusform>
            <numerusform>CPU élevé, mais la limite est de %n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU above %1 % for %2 min (average %3 %)</source>
        <translation>CPU au-dessus de %1&#xa0;% pendant %2&#xa0;min (moyenne %3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>CPU is low but %n shares is the floor</source>
        <translation>
            <numerusform>CPU faible, mais le plancher est de %n part</numerusform>
            <numerusform>CPU faible, mais le plancher est de %n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU below %1 % for %2 min (average %3 %)</source>
        <translation>CPU en dessous de %1&#xa0;% pendant %2&#xa0;min (moyenne %3&#xa0;%)</translation>
    </message>
    <message>
        <source>CPU within the policy&apos;s range</source>
        <translation>CPU dans la plage de la politique</translation>
    </message>
    <message>
        <source>waiting for a restart to apply the pending changes</source>
        <translation>en attente d&apos;un redémarrage à froid pour appliquer les modifications en attente</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexDryRunChart</name>
    <message>
        <source>Run a dry run to see what the policy would have done.</source>
        <translation>Lancez une simulation pour voir ce que la politique aurait fait.</translation>
    </message>
    <message>
        <source>No CPU history for this server yet.</source>
        <translation>Pas encore d&apos;historique CPU pour ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps the policy would have taken</source>
        <translation>
            <numerusform>%n étape que la politique aurait effectuée</numerusform>
            <numerusform>%n étapes que la politique aurait effectuées</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU&#xa0;%</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>+1 share</source>
        <translation>+1 part</translation>
    </message>
    <message>
        <source>−1 share</source>
        <translation>−1 part</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicies</name>
    <message>
        <source>policy &quot;%1&quot;: another policy already has this name; names must be unique.</source>
        <translation>politique «&#xa0;%1&#xa0;»&#xa0;: une autre politique porte déjà ce nom&#x202f;; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies in brackets.</source>
        <translation>«&#xa0;policies&#xa0;» doit être une liste de politiques entre crochets.</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
    <message>
        <source>policy %1 &quot;%2&quot;</source>
        <translation>politique %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The Autoflex policies in %1 are not valid:
%2</source>
        <translation>Les politiques Autoflex de %1 ne sont pas valides&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The Autoflex policies %1 cannot be read.</source>
        <translation>Les politiques Autoflex %1 sont illisibles.</translation>
    </message>
    <message>
        <source>The Autoflex policies were not saved:
%1</source>
        <translation>Les politiques Autoflex n&apos;ont pas été enregistrées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Cannot save the Autoflex policies to %1.</source>
        <translation>Impossible d&apos;enregistrer les politiques Autoflex dans %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicy</name>
    <message>
        <source>above %1 % for %2 min: +1 share (up to %3%4); below %5 % for %6 min: −1 share (down to %7); %8 min between steps</source>
        <translation>au-dessus de %1&#xa0;% pendant %2&#xa0;min&#xa0;: +1 part (jusqu&apos;à %3%4)&#x202f;; en dessous de %5&#xa0;% pendant %6&#xa0;min&#xa0;: −1 part (jusqu&apos;à %7)&#x202f;; %8&#xa0;min entre deux étapes</translation>
    </message>
    <message>
        <source>, next boot allowed</source>
        <translation>, prochain démarrage autorisé</translation>
    </message>
    <message>
        <source>, live only</source>
        <translation>, à chaud uniquement</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>politique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give the policy a name; operations name it as their reason.</source>
        <translation>donnez un nom à la politique&#x202f;; les opérations l&apos;indiquent comme motif.</translation>
    </message>
    <message>
        <source>the CPU level to add a share must be above 0 % and at most 100 %.</source>
        <translation>le seuil CPU pour ajouter une part doit être supérieur à 0&#xa0;% et au plus égal à 100&#xa0;%.</translation>
    </message>
    <message>
        <source>the CPU level to remove a share must be from 0 % to below 100 %.</source>
        <translation>le seuil CPU pour retirer une part doit être compris entre 0&#xa0;% inclus et 100&#xa0;% exclu.</translation>
    </message>
    <message>
        <source>the level to remove a share (%1 %) must be below the level to add one (%2 %), or the policy would flex up and down forever.</source>
        <translation>le seuil pour retirer une part (%1&#xa0;%) doit être inférieur au seuil pour en ajouter une (%2&#xa0;%), sinon la politique redimensionnerait sans fin dans les deux sens.</translation>
    </message>
    <message>
        <source>durations must be from 1 to 1440 minutes.</source>
        <translation>les durées doivent être comprises entre 1 et 1440 minutes.</translation>
    </message>
    <message>
        <source>the cool-down must be from 0 to 1440 minutes.</source>
        <translation>le délai de stabilisation doit être compris entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>the floor must be at least 1 share.</source>
        <translation>le plancher doit être d&apos;au moins 1 part.</translation>
    </message>
    <message>
        <source>the limit (%1 shares) must not be below the floor (%2 shares).</source>
        <translation>la limite (%1 parts) ne doit pas être inférieure au plancher (%2 parts).</translation>
    </message>
    <message>
        <source>the limit must be at most %1 shares.</source>
        <translation>la limite doit être d&apos;au plus %1 parts.</translation>
    </message>
</context>
<context>
    <name>virtdeck::AutoflexPolicyEditor</name>
    <message>
        <source>Autoflex policies</source>
        <translation>Politiques Autoflex</translation>
    </message>
    <message>
        <source>Add policy</source>
        <translation>Ajouter une politique</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Run a dry run of these settings first.</source>
        <translation>Lancez d&apos;abord une simulation de ces paramètres.</translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation>noms ou jokers&#xa0;: www-*, db-01</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source> shares</source>
        <translation> parts</translation>
    </message>
    <message>
        <source>May go beyond the live ceiling (the server then needs a reboot)</source>
        <translation>Peut dépasser le plafond à chaud (le serveur nécessite alors un redémarrage à froid)</translation>
    </message>
    <message>
        <source>CPU above</source>
        <translation>CPU au-dessus de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>→ +1 share, up to</source>
        <translation>→ +1 part, jusqu&apos;à</translation>
    </message>
    <message>
        <source>CPU below</source>
        <translation>CPU en dessous de</translation>
    </message>
    <message>
        <source>→ −1 share, down to</source>
        <translation>→ −1 part, jusqu&apos;à</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Hausse&#xa0;:</translation>
    </message>
    <message>
        <source>Down:</source>
        <translation>Baisse&#xa0;:</translation>
    </message>
    <message>
        <source>Between steps:</source>
        <translation>Entre deux étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Dry run on the stored CPU history</source>
        <translation>Simulation sur l&apos;historique CPU enregistré</translation>
    </message>
    <message>
        <source> h</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>last</source>
        <translation>sur les dernières</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The saved Autoflex policies cannot be used; saving here replaces them.</source>
        <translation>Les politiques Autoflex enregistrées sont inutilisables&#x202f;; enregistrer ici les remplacera.</translation>
    </message>
    <message>
        <source>%1 (on)</source>
        <translation>%1 (activée)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>The settings changed, so &quot;%1&quot; is off until a dry run of them.</source>
        <translation>Les paramètres ont changé&#xa0;: «&#xa0;%1&#xa0;» est donc désactivée jusqu&apos;à leur simulation.</translation>
    </message>
    <message>
        <source>Run a dry run of &quot;%1&quot; first: it shows what the policy would have done over the stored CPU history.</source>
        <translation>Lancez d&apos;abord une simulation de «&#xa0;%1&#xa0;»&#xa0;: elle montre ce que la politique aurait fait sur l&apos;historique CPU enregistré.</translation>
    </message>
    <message>
        <source>The policy selects no server on the connected hosts.</source>
        <translation>La politique ne sélectionne aucun serveur sur les hôtes connectés.</translation>
    </message>
    <message>
        <source>Choose a server the policy selects.</source>
        <translation>Choisissez un serveur sélectionné par la politique.</translation>
    </message>
    <message>
        <source>No CPU history is available in this window.</source>
        <translation>Aucun historique CPU n&apos;est disponible sur cette période.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 shares%4 — %5</source>
        <translation>%1&#xa0;: %2 → %3 parts%4 — %5</translation>
    </message>
    <message>
        <source> (at next boot)</source>
        <translation> (au prochain démarrage)</translation>
    </message>
    <message>
        <source>No CPU history for %1 in this period.</source>
        <translation>Aucun historique CPU pour %1 sur cette période.</translation>
    </message>
    <message>
        <source>The policy would have changed nothing for %1 in this period.</source>
        <translation>La politique n&apos;aurait rien changé pour %1 sur cette période.</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>politique %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::BatchItem</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootDefinition</name>
    <message>
        <source>The server&apos;s definition (domain XML) could not be read.</source>
        <translation>La définition du serveur (XML du domaine) n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>XML mal formé</translation>
    </message>
    <message>
        <source>The server&apos;s definition has a character reference that is not valid.</source>
        <translation>La définition du serveur contient une référence de caractère non valide.</translation>
    </message>
    <message>
        <source>The server&apos;s boot settings use an XML entity virtdeck does not know.</source>
        <translation>Les paramètres de démarrage du serveur utilisent une entité XML que virtdeck ne connaît pas.</translation>
    </message>
    <message>
        <source>The server&apos;s boot settings hold unexpected markup.</source>
        <translation>Les paramètres de démarrage du serveur contiennent un balisage inattendu.</translation>
    </message>
    <message>
        <source>The server&apos;s definition is not a libvirt domain.</source>
        <translation>La définition du serveur n&apos;est pas un domaine libvirt.</translation>
    </message>
    <message>
        <source>The server does not boot a kernel directly (no &lt;kernel&gt; in its definition), so virtdeck does not change how it boots.</source>
        <translation>Le serveur ne démarre pas directement sur un noyau (pas de &lt;kernel&gt; dans sa définition)&#x202f;; virtdeck ne modifie donc pas son démarrage.</translation>
    </message>
    <message>
        <source>A server that boots a kernel directly needs a kernel; choose one.</source>
        <translation>Un serveur qui démarre directement sur un noyau a besoin d&apos;un noyau&#x202f;; choisissez-en un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reboot action.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de redémarrage.</translation>
    </message>
    <message>
        <source>The server&apos;s definition has no closing &lt;/domain&gt;.</source>
        <translation>La définition du serveur n&apos;a pas de balise fermante &lt;/domain&gt;.</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootOperations</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 boots in %2 mode, not from a kernel named in its definition: choosing a kernel and its command line needs direct kernel boot (os/kernel in the domain XML).</source>
        <translation>%1 démarre en mode %2, et non sur un noyau indiqué dans sa définition&#xa0;: choisir un noyau et sa ligne de commande nécessite le démarrage direct du noyau (os/kernel dans le XML du domaine).</translation>
    </message>
    <message>
        <source>Choose a kernel for %1.</source>
        <translation>Choisissez un noyau pour %1.</translation>
    </message>
    <message>
        <source>The command line was not written: %1</source>
        <translation>La ligne de commande n&apos;a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The pool has no initrd for %1, and %2 boots with one now. Add its initrd to the pool (initrd.img-VERSION or initramfs-VERSION.img), or choose another kernel.</source>
        <translation>Le pool n&apos;a pas d&apos;initrd pour %1, alors que %2 démarre actuellement avec un initrd. Ajoutez son initrd au pool (initrd.img-VERSION ou initramfs-VERSION.img) ou choisissez un autre noyau.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Impossible de lire la définition du serveur.</translation>
    </message>
    <message>
        <source>kernel %1, initrd %2, command line &quot;%3&quot;</source>
        <translation>noyau %1, initrd %2, ligne de commande «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>writing the definition</source>
        <translation>écriture de la définition</translation>
    </message>
    <message>
        <source>next boot: %1</source>
        <translation>prochain démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>the definition already had these boot settings</source>
        <translation>la définition avait déjà ces paramètres de démarrage</translation>
    </message>
    <message>
        <source>written for the next boot; %1 picks it up when it is restarted (Restart, not a reboot from inside the guest)</source>
        <translation>écrit pour le prochain démarrage&#x202f;; %1 le prendra en compte lors d&apos;un redémarrage à froid («&#xa0;Redémarrer à froid&#xa0;», pas un redémarrage depuis l&apos;invité)</translation>
    </message>
    <message>
        <source>written; %1 boots with it when started</source>
        <translation>écrit&#x202f;; %1 l&apos;utilisera à son démarrage</translation>
    </message>
    <message>
        <source>starting with the rescue options</source>
        <translation>démarrage avec les options de secours</translation>
    </message>
    <message>
        <source>%1 is off</source>
        <translation>%1 est éteint</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not booted with the rescue options; nothing was changed. Its system may ignore ACPI shutdown requests: try again with &quot;force off&quot;.</source>
        <translation>%1 ne s&apos;est pas éteint en %2&#xa0;s, il n&apos;a donc pas été démarré avec les options de secours&#x202f;; rien n&apos;a été modifié. Son système ignore peut-être les demandes d&apos;arrêt ACPI&#xa0;: réessayez avec «&#xa0;Forcer l&apos;arrêt&#xa0;».</translation>
    </message>
    <message>
        <source>forcing off</source>
        <translation>arrêt forcé en cours</translation>
    </message>
    <message>
        <source>waiting for the guest to power off</source>
        <translation>attente de l&apos;extinction de l&apos;invité</translation>
    </message>
    <message>
        <source>forcing %1 off</source>
        <translation>arrêt forcé de %1</translation>
    </message>
    <message>
        <source>shutting %1 down</source>
        <translation>arrêt de %1</translation>
    </message>
    <message>
        <source>Cannot force %1 off.</source>
        <translation>Impossible de forcer l&apos;arrêt de %1.</translation>
    </message>
    <message>
        <source>Cannot shut down %1.</source>
        <translation>Impossible d&apos;arrêter %1.</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>%1 has no persistent definition to come back to after a rescue boot.</source>
        <translation>%1 n&apos;a pas de définition persistante à laquelle revenir après un démarrage de secours.</translation>
    </message>
    <message>
        <source>Cannot read the state of %1.</source>
        <translation>Impossible de lire l&apos;état de %1.</translation>
    </message>
    <message>
        <source>its definition stays: %1</source>
        <translation>sa définition reste&#xa0;: %1</translation>
    </message>
    <message>
        <source>this boot only: %1</source>
        <translation>pour ce démarrage uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is transient (it has no persistent definition), so there is no next boot to prepare.</source>
        <translation>%1 est transitoire (il n&apos;a pas de définition persistante)&#xa0;: il n&apos;y a donc pas de prochain démarrage à préparer.</translation>
    </message>
    <message>
        <source>Boot settings of %1 for the next boot</source>
        <translation>Paramètres de démarrage de %1 pour le prochain démarrage</translation>
    </message>
    <message>
        <source>Rescue boot of %1, once</source>
        <translation>Démarrage de secours de %1, une fois</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s definition with its passwords.</source>
        <translation>Impossible de lire la définition du serveur avec ses mots de passe.</translation>
    </message>
    <message>
        <source>This connection may not read the server&apos;s display passwords, and writing its definition without them would remove them; it is left unchanged.</source>
        <translation>Cette connexion n&apos;a pas le droit de lire les mots de passe d&apos;affichage du serveur, et écrire sa définition sans eux les supprimerait&#x202f;; elle reste donc inchangée.</translation>
    </message>
    <message>
        <source>The host refused the new boot settings of %1; its definition is unchanged.</source>
        <translation>L&apos;hôte a refusé les nouveaux paramètres de démarrage de %1&#x202f;; sa définition est inchangée.</translation>
    </message>
    <message>
        <source>The host accepted the definition of %1 but did not keep the boot settings as written.</source>
        <translation>L&apos;hôte a accepté la définition de %1 mais n&apos;a pas conservé les paramètres de démarrage tels qu&apos;ils ont été écrits.</translation>
    </message>
    <message>
        <source>Cannot start %1 with the rescue options; its definition is unchanged.</source>
        <translation>Impossible de démarrer %1 avec les options de secours&#x202f;; sa définition est inchangée.</translation>
    </message>
    <message>
        <source>%1 runs with the rescue options, but its definition could not be put back.</source>
        <translation>%1 fonctionne avec les options de secours, mais sa définition n&apos;a pas pu être rétablie.</translation>
    </message>
    <message>
        <source>started once with the rescue options; the host had taken them as the definition, which was put back</source>
        <translation>démarré une fois avec les options de secours&#x202f;; l&apos;hôte les avait enregistrées comme définition, qui a été rétablie</translation>
    </message>
    <message>
        <source>started once with the rescue options</source>
        <translation>démarré une fois avec les options de secours</translation>
    </message>
    <message>
        <source>booted once with the rescue options; its definition is unchanged, and when its system reboots, virtdeck starts it normally</source>
        <translation>démarré une fois avec les options de secours&#x202f;; sa définition est inchangée, et quand son système redémarrera, virtdeck le démarrera normalement</translation>
    </message>
    <message>
        <source>started once with the rescue options (%1)</source>
        <translation>démarré une fois avec les options de secours (%1)</translation>
    </message>
</context>
<context>
    <name>virtdeck::BootPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not finish.</source>
        <translation>%1 n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Shows the kernel choice and the command line editor.</source>
        <translation>Affiche le choix du noyau et l&apos;éditeur de ligne de commande.</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Redémarrer à froid maintenant</translation>
    </message>
    <message>
        <source>Powers the server off and on again (Restart): only a new start reads the new kernel and command line.</source>
        <translation>Éteint puis rallume le serveur («&#xa0;Redémarrer à froid&#xa0;»)&#xa0;: seul un nouveau démarrage lit le nouveau noyau et la nouvelle ligne de commande.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Keep the current kernel</source>
        <translation>Conserver le noyau actuel</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>Ligne de commande du noyau</translation>
    </message>
    <message>
        <source>Apply for the next boot</source>
        <translation>Appliquer au prochain démarrage</translation>
    </message>
    <message>
        <source>Rescue boot once…</source>
        <translation>Démarrer une fois en mode secours…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Reading the kernels of pool &quot;%1&quot;…</source>
        <translation>Lecture des noyaux du pool «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Pool &quot;%1&quot;: %n kernel(s).</source>
        <translation>
            <numerusform>Pool «&#xa0;%1&#xa0;»&#xa0;: %n noyau.</numerusform>
            <numerusform>Pool «&#xa0;%1&#xa0;»&#xa0;: %n noyaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>Remarques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Next boot: kernel %1, initrd %2.</source>
        <translation>Prochain démarrage&#xa0;: noyau %1, initrd %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The current kernel is not in the pool; it stays as it is unless you choose one.</source>
        <translation>Le noyau actuel n&apos;est pas dans le pool&#x202f;; il reste inchangé tant que vous n&apos;en choisissez pas un.</translation>
    </message>
    <message>
        <source>The pool has no initrd for this kernel, so it cannot replace one that boots with an initrd.</source>
        <translation>Le pool n&apos;a pas d&apos;initrd pour ce noyau&#x202f;; il ne peut donc pas remplacer un noyau qui démarre avec un initrd.</translation>
    </message>
    <message>
        <source>Boot mode: %1</source>
        <translation>Mode de démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kernel: %1</source>
        <translation>Noyau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Initrd: %1</source>
        <translation>Initrd&#xa0;: %1</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Ligne de commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>Micrologiciel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Boot devices: %1</source>
        <translation>Périphériques de démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>(as it runs now)</source>
        <translation>(tel qu&apos;il fonctionne actuellement)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>%1 boots in %2 mode. Choosing its kernel and command line needs direct kernel boot: a kernel named in the server&apos;s definition (os/kernel), which it does not have.</source>
        <translation>%1 démarre en mode %2. Choisir son noyau et sa ligne de commande nécessite le démarrage direct du noyau&#xa0;: un noyau indiqué dans la définition du serveur (os/kernel), ce qui n&apos;est pas le cas ici.</translation>
    </message>
    <message>
        <source>Pending reboot — the next start uses: %1</source>
        <translation>Redémarrage à froid requis — le prochain démarrage utilisera&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the command line first.</source>
        <translation>Corrigez d&apos;abord la ligne de commande.</translation>
    </message>
    <message>
        <source>Writes the server&apos;s definition; a running server uses it from its next start.</source>
        <translation>Écrit la définition du serveur&#x202f;; un serveur en marche l&apos;utilisera à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Writing the boot settings of %1…</source>
        <translation>Écriture des paramètres de démarrage de %1…</translation>
    </message>
    <message>
        <source>Saved for the next boot of %1</source>
        <translation>Enregistré pour le prochain démarrage de %1</translation>
    </message>
    <message>
        <source>Saved for %1</source>
        <translation>Enregistré pour %1</translation>
    </message>
    <message>
        <source>Rescue boot</source>
        <translation>Démarrage de secours</translation>
    </message>
    <message>
        <source>Boot %1 once with this command line?</source>
        <translation>Démarrer %1 une fois avec cette ligne de commande&#x202f;?</translation>
    </message>
    <message>
        <source>%1 is running: it is shut down first.</source>
        <translation>%1 est en marche&#xa0;: il sera d&apos;abord arrêté.</translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that no longer answers)</source>
        <translation>Forcer l&apos;arrêt au lieu d&apos;un arrêt propre (pour un invité qui ne répond plus)</translation>
    </message>
    <message>
        <source>Rescue boot of %1 queued…</source>
        <translation>Démarrage de secours de %1 mis en file d&apos;attente…</translation>
    </message>
    <message>
        <source>%1 booted once with the rescue options</source>
        <translation>%1 a démarré une fois avec les options de secours</translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new settings?</source>
        <translation>Redémarrer %1 à froid maintenant pour qu&apos;il démarre avec ses nouveaux paramètres&#x202f;?</translation>
    </message>
    <message>
        <source>It is shut down and started again. A reboot from inside the guest would keep the old kernel and command line.</source>
        <translation>Il sera arrêté puis démarré de nouveau. Un redémarrage depuis l&apos;invité conserverait l&apos;ancien noyau et l&apos;ancienne ligne de commande.</translation>
    </message>
    <message>
        <source>Force it off instead of a clean shutdown (for a guest that ignores ACPI)</source>
        <translation>Forcer l&apos;arrêt au lieu d&apos;un arrêt propre (pour un invité qui ignore l&apos;ACPI)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer à froid</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Redémarrage à froid de %1…</translation>
    </message>
    <message>
        <source>%1 restarted</source>
        <translation>%1 redémarré à froid</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Boots the server once with these settings without changing its definition; its next reboot comes back normally.</source>
        <translation>Démarre le serveur une fois avec ces paramètres sans modifier sa définition&#x202f;; à son prochain redémarrage, il revient à la normale.</translation>
    </message>
    <message>
        <source>Its definition does not change. The rescue boot lasts one boot: a reboot from inside the rescue system (or Reboot here) ends it, and virtdeck starts the server again with its normal settings. If virtdeck is not running at that moment, the server stays off until it is started. Shutting it down or forcing it off leaves it off.</source>
        <translation>Sa définition ne change pas. Le démarrage de secours dure un seul démarrage&#xa0;: un redémarrage depuis le système de secours (ou «&#xa0;Redémarrer&#xa0;» ici) y met fin, et virtdeck redémarre le serveur avec ses paramètres normaux. Si virtdeck n&apos;est pas lancé à ce moment-là, le serveur reste éteint jusqu&apos;à ce qu&apos;il soit démarré. L&apos;arrêter ou forcer son arrêt le laisse éteint.</translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexBatch</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>None of the selected servers can be flexed:
%1</source>
        <translation>Aucun des serveurs sélectionnés ne peut être redimensionné&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No operation of this batch has failed.</source>
        <translation>Aucune opération de ce lot n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Nothing could be retried:
%1</source>
        <translation>Rien n&apos;a pu être relancé&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexDialog</name>
    <message numerus="yes">
        <source>Flex %n servers</source>
        <translation>
            <numerusform>Redimensionner %n serveur</numerusform>
            <numerusform>Redimensionner %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares (+N)</source>
        <translation>Ajouter des parts (+N)</translation>
    </message>
    <message>
        <source>Remove shares (−N)</source>
        <translation>Retirer des parts (−N)</translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation>Fixer à N parts</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification&#xa0;:</translation>
    </message>
    <message>
        <source>N:</source>
        <translation>N&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Shares now</source>
        <translation>Parts actuelles</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Applies / status</source>
        <translation>Application / état</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>at next boot (%1)</source>
        <translation>au prochain démarrage (%1)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>au prochain démarrage</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n servers can be flexed.</source>
        <translation>
            <numerusform>Redimensionnables&#xa0;: %1 sur %n serveur.</numerusform>
            <numerusform>Redimensionnables&#xa0;: %1 sur %n serveurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk flex: %1</source>
        <translation>redimensionnement groupé&#xa0;: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>not queued (see the message above)</source>
        <translation>non mis en file d&apos;attente (voir le message ci-dessus)</translation>
    </message>
    <message>
        <source>Some servers were left out:
%1</source>
        <translation>Certains serveurs ont été écartés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>terminés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n servers flexed.</source>
        <translation>
            <numerusform>%n serveur redimensionné.</numerusform>
            <numerusform>Les %n serveurs ont été redimensionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flexed, %n failed.</source>
        <translation>
            <numerusform>Redimensionnés&#xa0;: %1, en échec&#xa0;: %n.</numerusform>
            <numerusform>Redimensionnés&#xa0;: %1, en échec&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n servers…</source>
        <translation>
            <numerusform>Nouvelle tentative pour %n serveur…</numerusform>
            <numerusform>Nouvelle tentative pour %n serveurs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::BulkFlexRequest</name>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n part</numerusform>
            <numerusform>+%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n part</numerusform>
            <numerusform>−%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>fixé à %n part</numerusform>
            <numerusform>fixé à %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartData</name>
    <message>
        <source>Cannot write the data.</source>
        <translation>Impossible d&apos;écrire les données.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ChartsPage</name>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Stop following new samples</source>
        <translation>Ne plus suivre les nouveaux échantillons</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole range</source>
        <translation>Afficher toute la période</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the charts as an image</source>
        <translation>Enregistrer les graphiques sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the data of the visible time span as CSV</source>
        <translation>Enregistrer les données de la période visible au format CSV</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the first four interfaces are kept in the history.</source>
        <translation>Seules les quatre premières interfaces sont conservées dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Select a server to see its charts.</source>
        <translation>Sélectionnez un serveur pour afficher ses graphiques.</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Le serveur n&apos;est pas en marche.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting samples every %n s…</source>
        <translation>
            <numerusform>Collecte d&apos;échantillons toutes les %n&#xa0;s…</numerusform>
            <numerusform>Collecte d&apos;échantillons toutes les %n&#xa0;s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing recorded for this server in this range yet.</source>
        <translation>Rien n&apos;a encore été enregistré pour ce serveur sur cette période.</translation>
    </message>
    <message>
        <source>Steal</source>
        <translation>Temps volé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>Export the chart data as CSV</source>
        <translation>Exporter les données des graphiques en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cannot save the image to %1; choose a writable folder.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans %1&#x202f;; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write %1; choose a writable folder.</source>
        <translation>Impossible d&apos;écrire %1&#x202f;; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>virtdeck::CmdlineEditor</name>
    <message>
        <source>SELinux off (selinux=0)</source>
        <translation>SELinux désactivé (selinux=0)</translation>
    </message>
    <message>
        <source>Boots without SELinux, e.g. to repair labels that lock you out.</source>
        <translation>Démarre sans SELinux, p. ex. pour réparer des étiquettes SELinux qui vous bloquent.</translation>
    </message>
    <message>
        <source>Single-user mode (single)</source>
        <translation>Mode mono-utilisateur (single)</translation>
    </message>
    <message>
        <source>Boots to a root shell without network or services, when the system supports it.</source>
        <translation>Démarre sur un shell root sans réseau ni services, si le système le permet.</translation>
    </message>
    <message>
        <source>Rescue shell (init=/bin/sh)</source>
        <translation>Shell de secours (init=/bin/sh)</translation>
    </message>
    <message>
        <source>Starts /bin/sh instead of the init system. With an initramfs, the initramfs passes it on to the real root file system.</source>
        <translation>Lance /bin/sh à la place du système d&apos;init. Avec un initramfs, c&apos;est l&apos;initramfs qui le transmet au vrai système de fichiers racine.</translation>
    </message>
    <message>
        <source>Magic SysRq always on (sysrq_always_enabled)</source>
        <translation>Touches SysRq magiques toujours actives (sysrq_always_enabled)</translation>
    </message>
    <message>
        <source>SysRq keys work even if the system disables them, so a hung guest can still be synced and rebooted.</source>
        <translation>Les touches SysRq fonctionnent même si le système les désactive&#xa0;: un invité bloqué peut ainsi encore être synchronisé et redémarré.</translation>
    </message>
    <message>
        <source>Quiet boot (quiet)</source>
        <translation>Démarrage silencieux (quiet)</translation>
    </message>
    <message>
        <source>Fewer kernel messages on the console.</source>
        <translation>Moins de messages du noyau sur la console.</translation>
    </message>
    <message>
        <source>Kernel default</source>
        <translation>Valeur par défaut du noyau</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>%1 — up to %2 (loglevel=%1)</source>
        <translation>%1 — jusqu&apos;au niveau %2 (loglevel=%1)</translation>
    </message>
    <message>
        <source>not set: e.g. /dev/vda1, LABEL=rootfs, UUID=…</source>
        <translation>non défini&#xa0;: p. ex. /dev/vda1, LABEL=rootfs, UUID=…</translation>
    </message>
    <message>
        <source>Not set (most systems mount it read-only first)</source>
        <translation>Non défini (la plupart des systèmes le montent d&apos;abord en lecture seule)</translation>
    </message>
    <message>
        <source>Read-only (ro)</source>
        <translation>Lecture seule (ro)</translation>
    </message>
    <message>
        <source>Read-write (rw)</source>
        <translation>Lecture et écriture (rw)</translation>
    </message>
    <message>
        <source>Kernel messages go to every ticked console; the last one becomes /dev/console, where the system&apos;s own messages and single-user shell appear.</source>
        <translation>Les messages du noyau sont envoyés à chaque console cochée&#x202f;; la dernière devient /dev/console, où s&apos;affichent les messages du système lui-même et le shell mono-utilisateur.</translation>
    </message>
    <message>
        <source>another console, e.g. ttyS1,9600</source>
        <translation>autre console, p. ex. ttyS1,9600</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Make /dev/console</source>
        <translation>Définir comme /dev/console</translation>
    </message>
    <message>
        <source>other options, as on a kernel command line</source>
        <translation>autres options, comme sur une ligne de commande du noyau</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>Réparation&#xa0;:</translation>
    </message>
    <message>
        <source>Root device:</source>
        <translation>Périphérique racine&#xa0;:</translation>
    </message>
    <message>
        <source>Root file system:</source>
        <translation>Système de fichiers racine&#xa0;:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Messages&#xa0;:</translation>
    </message>
    <message>
        <source>Consoles:</source>
        <translation>Consoles&#xa0;:</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Autres options&#xa0;:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Ligne de commande&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of at most %2 bytes</source>
        <translation>%1 sur %2 octets au maximum</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
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
            <numerusform>Succès&#xa0;: %1 sur %n serveur</numerusform>
            <numerusform>Succès&#xa0;: %1 sur %n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>No address known for %1.</source>
        <translation>Aucune adresse connue pour %1.</translation>
    </message>
</context>
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
        <source>--connect %1: %2</source>
        <translation>--connect %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#x202f;; langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s; available: %1.</source>
        <translation>Utiliser cette langue au lieu de celle du système&#x202f;; disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Run the scheduled flex rules that are due, without a window (for cron or a systemd timer), print a summary and exit: 0 done, 1 something failed, 2 unusable files.</source>
        <translation>Exécuter les règles de redimensionnement planifiées arrivées à échéance, sans fenêtre (pour cron ou un timer systemd), afficher un résumé et quitter&#xa0;: 0 terminé, 1 un échec, 2 fichiers inutilisables.</translation>
    </message>
    <message>
        <source>Open the given URIs (or --demo) read-only: nothing can be changed.</source>
        <translation>Ouvrir les URI données (ou --demo) en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>A libvirt URI to connect to, the same as --connect URI.</source>
        <translation>Une URI libvirt à laquelle se connecter, comme --connect URI.</translation>
    </message>
    <message>
        <source>[uri...]</source>
        <translation>[uri...]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URI libvirt&#xa0;: %2</translation>
    </message>
    <message>
        <source>--read-only applies to the given URIs (or --demo); none was given.</source>
        <translation>--read-only s&apos;applique aux URI données (ou à --demo)&#x202f;; aucune n&apos;a été donnée.</translation>
    </message>
    <message>
        <source>--run-schedules uses the saved connections; it takes no URI, --connect, --demo or --read-only.</source>
        <translation>--run-schedules utilise les connexions enregistrées&#x202f;; il n&apos;accepte pas d&apos;URI, ni --connect, --demo ou --read-only.</translation>
    </message>
</context>
<context>
    <name>virtdeck::CommandResultsModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>binary output (%1)</source>
        <translation>sortie binaire (%1)</translation>
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
    <message>
        <source>%1 is not responding (%2); try again when it answers. Nothing was sent to it.</source>
        <translation>%1 ne répond pas (%2)&#x202f;; réessayez quand il répondra. Rien ne lui a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>no answer for %n s</source>
        <translation>
            <numerusform>pas de réponse depuis %n s</numerusform>
            <numerusform>pas de réponse depuis %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n s</source>
        <translation>
            <numerusform>pas de réponse en %n s</numerusform>
            <numerusform>pas de réponse en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — check the host name and that libvirtd listens there; not retried, and not saved</source>
        <translation>%1 — vérifiez le nom d&apos;hôte et que libvirtd y écoute&#x202f;; pas de nouvelle tentative, et non enregistré</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConnectionManager</name>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The host of %1 is no longer in the list.</source>
        <translation>L&apos;hôte de %1 n&apos;est plus dans la liste.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleOperations</name>
    <message>
        <source>The hypervisor of %1 cannot send keys to its servers, so SysRq is not available there.</source>
        <translation>L&apos;hyperviseur de %1 ne peut pas envoyer de touches à ses serveurs&#xa0;: SysRq n&apos;y est donc pas disponible.</translation>
    </message>
    <message>
        <source>Cannot send SysRq %1 to %2.</source>
        <translation>Impossible d&apos;envoyer SysRq %1 à %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande SysRq.</translation>
    </message>
    <message>
        <source>sent Alt+SysRq+%1 (%2)</source>
        <translation>Alt+SysRq+%1 envoyé (%2)</translation>
    </message>
    <message>
        <source>The hypervisor of %1 cannot inject an NMI.</source>
        <translation>L&apos;hyperviseur de %1 ne peut pas injecter de NMI.</translation>
    </message>
    <message>
        <source>Cannot send an NMI to %1.</source>
        <translation>Impossible d&apos;envoyer une NMI à %1.</translation>
    </message>
    <message>
        <source>NMI sent</source>
        <translation>NMI envoyée</translation>
    </message>
    <message>
        <source>stopped before the first key</source>
        <translation>arrêté avant la première touche</translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>arrêté après %1</translation>
    </message>
    <message>
        <source>SysRq %1: %2</source>
        <translation>SysRq %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>sent R-E-I-S-U-B; the server reboots</source>
        <translation>R-E-I-S-U-B envoyé&#x202f;; le serveur redémarre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SysRq command; the menu lists the ones there are.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande SysRq&#x202f;; le menu liste celles qui existent.</translation>
    </message>
    <message>
        <source>SysRq %1 (%2) on %3</source>
        <translation>SysRq %1 (%2) sur %3</translation>
    </message>
    <message>
        <source>Send NMI to %1</source>
        <translation>Envoyer une NMI à %1</translation>
    </message>
    <message>
        <source>The pause between SysRq keys must be between %1 and %2 ms.</source>
        <translation>La pause entre les touches SysRq doit être comprise entre %1 et %2&#xa0;ms.</translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B) of %1</source>
        <translation>Redémarrage sécurisé (R-E-I-S-U-B) de %1</translation>
    </message>
    <message>
        <source>Send SysRq %1?</source>
        <translation>Envoyer SysRq %1&#x202f;?</translation>
    </message>
    <message>
        <source>Send SysRq %1 (%2) to %3?</source>
        <translation>Envoyer SysRq %1 (%2) à %3&#x202f;?</translation>
    </message>
    <message>
        <source>Send SysRq %1</source>
        <translation>Envoyer SysRq %1</translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation>Redémarrage sécurisé</translation>
    </message>
    <message>
        <source>Reboot %1 with SysRq R-E-I-S-U-B?</source>
        <translation>Redémarrer %1 avec SysRq R-E-I-S-U-B&#x202f;?</translation>
    </message>
    <message>
        <source>Sends R (unraw), E (terminate all), I (kill all), S (sync), U (remount read-only) and B (reboot), %1 s apart. Programs are stopped without a clean shutdown; the operation can be cancelled between keys.</source>
        <translation>Envoie R (sortie du mode brut), E (terminer tous les processus), I (tuer tous les processus), S (synchroniser), U (remonter en lecture seule) et B (redémarrer), à %1&#xa0;s d&apos;intervalle. Les programmes sont arrêtés sans arrêt propre&#x202f;; l&apos;opération peut être annulée entre deux touches.</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePage</name>
    <message>
        <source>Select a server to see its serial console.</source>
        <translation>Sélectionnez un serveur pour afficher sa console série.</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Back to this window</source>
        <translation>Revenir dans cette fenêtre</translation>
    </message>
    <message>
        <source>The console of %1 is open in its own window.</source>
        <translation>La console de %1 est ouverte dans sa propre fenêtre.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsolePanel</name>
    <message>
        <source>SysRq: press a key (Escape cancels, Ctrl+O again sends Ctrl+O)</source>
        <translation>SysRq&#xa0;: appuyez sur une touche (Échap annule, Ctrl+O une seconde fois envoie Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 is not a SysRq command; the SysRq menu lists them.</source>
        <translation>%1 n&apos;est pas une commande SysRq&#x202f;; le menu SysRq les liste.</translation>
    </message>
    <message>
        <source>Not attached: keys are not sent.</source>
        <translation>Non attachée&#xa0;: les touches ne sont pas envoyées.</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>Send a magic SysRq command (also Ctrl+O, then the key)</source>
        <translation>Envoyer une commande SysRq magique (aussi Ctrl+O, puis la touche)</translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation>Envoyer une NMI</translation>
    </message>
    <message>
        <source>Inject a non-maskable interrupt (the kernel logs it, or panics if set up to)</source>
        <translation>Injecter une interruption non masquable (le noyau la journalise, ou passe en panique s&apos;il est configuré ainsi)</translation>
    </message>
    <message>
        <source>Safe reboot</source>
        <translation>Redémarrage sécurisé</translation>
    </message>
    <message>
        <source>Reboot with SysRq R-E-I-S-U-B, pausing between keys</source>
        <translation>Redémarrer avec SysRq R-E-I-S-U-B, avec une pause entre les touches</translation>
    </message>
    <message>
        <source>Set terminal size in guest</source>
        <translation>Définir la taille du terminal dans l&apos;invité</translation>
    </message>
    <message>
        <source>The console is not attached.</source>
        <translation>La console n&apos;est pas attachée.</translation>
    </message>
    <message>
        <source>Typed stty rows %1 cols %2.</source>
        <translation>Saisi&#xa0;: stty rows %1 cols %2.</translation>
    </message>
    <message>
        <source>Types &quot;stty rows R cols C&quot; for this window&apos;s size: a serial line carries no window size</source>
        <translation>Saisit «&#xa0;stty rows R cols C&#xa0;» selon la taille de cette fenêtre&#xa0;: une ligne série ne transmet pas la taille de la fenêtre</translation>
    </message>
    <message>
        <source>Save transcript…</source>
        <translation>Enregistrer la transcription…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the screen and the scrollback (the guest is not told)</source>
        <translation>Effacer l&apos;écran et l&apos;historique de défilement (l&apos;invité n&apos;en est pas informé)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the scrollback (Ctrl+Shift+F)</source>
        <translation>Rechercher dans l&apos;historique de défilement (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Console log level (0–9)</source>
        <translation>Niveau de journalisation de la console (0–9)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Safe reboot (R-E-I-S-U-B)…</source>
        <translation>Redémarrage sécurisé (R-E-I-S-U-B)…</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Revenir à la fenêtre principale</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Cet hyperviseur ne propose pas de console série.</translation>
    </message>
    <message>
        <source>Its driver (for example libvirt&apos;s test driver behind the demo fleet) cannot open console streams. SysRq and NMI are still sent as key events.</source>
        <translation>Son pilote (par exemple le pilote de test de libvirt utilisé par la flotte de démo) ne peut pas ouvrir de flux de console. SysRq et NMI sont tout de même envoyés sous forme d&apos;événements clavier.</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Prendre le contrôle</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
    <message>
        <source>Reattach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Console in use</source>
        <translation>Console occupée</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Un autre client utilise la console de %1.</translation>
    </message>
    <message>
        <source>Take it over? The other client is disconnected from the console.</source>
        <translation>En prendre le contrôle&#x202f;? L&apos;autre client sera déconnecté de la console.</translation>
    </message>
    <message>
        <source>SysRq %1 sent (see the operations log).</source>
        <translation>SysRq %1 envoyé (voir le journal des opérations).</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this server in this window</source>
        <translation>Ne plus demander pour ce serveur dans cette fenêtre</translation>
    </message>
    <message>
        <source>Safe reboot started (see the operations log).</source>
        <translation>Redémarrage sécurisé lancé (voir le journal des opérations).</translation>
    </message>
    <message>
        <source>NMI sent (see the operations log).</source>
        <translation>NMI envoyée (voir le journal des opérations).</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transcription enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleSession</name>
    <message>
        <source>Not attached.</source>
        <translation>Non attachée.</translation>
    </message>
    <message>
        <source>Attaching to the console of %1…</source>
        <translation>Attachement à la console de %1…</translation>
    </message>
    <message>
        <source>Attached to the serial console of %1.</source>
        <translation>Attachée à la console série de %1.</translation>
    </message>
    <message>
        <source>%1 is not running; the console attaches when it starts.</source>
        <translation>%1 n&apos;est pas en marche&#x202f;; la console s&apos;attachera à son démarrage.</translation>
    </message>
    <message>
        <source>The host of %1 is not connected; the console attaches when it is back.</source>
        <translation>L&apos;hôte de %1 n&apos;est pas connecté&#x202f;; la console s&apos;attachera à son retour.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Un autre client utilise la console de %1.</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Cet hyperviseur ne propose pas de console série.</translation>
    </message>
    <message>
        <source>%1 has no serial or console device.</source>
        <translation>%1 n&apos;a pas de périphérique série ni de console.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1. Take it over to use it here; the other client is then disconnected.</source>
        <translation>Un autre client utilise la console de %1. Prenez-en le contrôle pour l&apos;utiliser ici&#x202f;; l&apos;autre client sera alors déconnecté.</translation>
    </message>
    <message>
        <source>The console of %1 was closed at %2 (another client may have taken it over).</source>
        <translation>La console de %1 a été fermée à %2 (un autre client en a peut-être pris le contrôle).</translation>
    </message>
    <message>
        <source>The console connection of %1 broke at %2: %3</source>
        <translation>La connexion à la console de %1 a été interrompue à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 shut down at %2.</source>
        <translation>%1 s&apos;est arrêté à %2.</translation>
    </message>
    <message>
        <source>%1 was forced off at %2.</source>
        <translation>L&apos;arrêt de %1 a été forcé à %2.</translation>
    </message>
    <message>
        <source>%1 crashed at %2.</source>
        <translation>%1 a planté à %2.</translation>
    </message>
    <message>
        <source>%1 moved to another host at %2.</source>
        <translation>%1 a été migré vers un autre hôte à %2.</translation>
    </message>
    <message>
        <source>%1 was saved to disk at %2.</source>
        <translation>%1 a été sauvegardé sur disque à %2.</translation>
    </message>
    <message>
        <source>The hypervisor process of %1 failed at %2.</source>
        <translation>Le processus d&apos;hyperviseur de %1 a échoué à %2.</translation>
    </message>
    <message>
        <source>%1 stopped at %2.</source>
        <translation>%1 s&apos;est interrompu à %2.</translation>
    </message>
    <message>
        <source>%1 rebooted at %2.</source>
        <translation>%1 a redémarré à %2.</translation>
    </message>
    <message>
        <source>%1 started at %2.</source>
        <translation>%1 a démarré à %2.</translation>
    </message>
    <message>
        <source>The console reattaches when it runs again.</source>
        <translation>La console se rattachera quand il sera de nouveau en marche.</translation>
    </message>
    <message>
        <source>%1 is paused: nothing happens on its console until it resumes.</source>
        <translation>%1 est en pause&#xa0;: rien ne se passe sur sa console tant qu&apos;il n&apos;a pas repris.</translation>
    </message>
    <message>
        <source>Lost the connection to %1 at %2 (%3). The console reattaches when it is back.</source>
        <translation>Connexion à %1 perdue à %2 (%3). La console se rattachera à son retour.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleStream</name>
    <message>
        <source>The host of %1 is not connected.</source>
        <translation>L&apos;hôte de %1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>Cannot create a stream for the console of %1.</source>
        <translation>Impossible de créer un flux pour la console de %1.</translation>
    </message>
    <message>
        <source>Cannot open the console of %1.</source>
        <translation>Impossible d&apos;ouvrir la console de %1.</translation>
    </message>
    <message>
        <source>This hypervisor offers no serial console.</source>
        <translation>Cet hyperviseur ne propose pas de console série.</translation>
    </message>
    <message>
        <source>Another client is using the console of %1.</source>
        <translation>Un autre client utilise la console de %1.</translation>
    </message>
    <message>
        <source>The console needs full access to the host; this connection is read-only.</source>
        <translation>La console nécessite un accès complet à l&apos;hôte&#x202f;; cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot watch the console stream of %1.</source>
        <translation>Impossible de surveiller le flux de la console de %1.</translation>
    </message>
    <message>
        <source>The console of %1 was closed.</source>
        <translation>La console de %1 a été fermée.</translation>
    </message>
    <message>
        <source>The console stream of %1 failed.</source>
        <translation>Le flux de la console de %1 a échoué.</translation>
    </message>
    <message>
        <source>Cannot send keys to the console of %1.</source>
        <translation>Impossible d&apos;envoyer des touches à la console de %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::ConsoleWindow</name>
    <message>
        <source>Console — %1</source>
        <translation>Console — %1</translation>
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
    <name>virtdeck::DiagnosePage</name>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Check the server&apos;s state, whether SSH answers, then load, memory, disks, processes and kernel messages over SSH.</source>
        <translation>Vérifier l&apos;état du serveur, si SSH répond, puis la charge, la mémoire, les disques, les processus et les messages du noyau via SSH.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>SSH access…</source>
        <translation>Accès SSH…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Select a step to see its command and raw output.</source>
        <translation>Sélectionnez une étape pour voir sa commande et sa sortie brute.</translation>
    </message>
    <message>
        <source>Save diagnosis report</source>
        <translation>Enregistrer le rapport de diagnostic</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>diagnosis-%1.txt</source>
        <translation>diagnosis-%1.txt</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SSH: the demo&apos;s addresses are made up; set an SSH access to reach this server.</source>
        <translation>SSH&#xa0;: les adresses de la démo sont fictives&#x202f;; définissez un accès SSH pour joindre ce serveur.</translation>
    </message>
    <message>
        <source>SSH: no address known yet.</source>
        <translation>SSH&#xa0;: aucune adresse connue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>SSH: %1 (reported by the hypervisor)</source>
        <translation>SSH&#xa0;: %1 (signalée par l&apos;hyperviseur)</translation>
    </message>
    <message>
        <source>SSH: %1 (set in its SSH access)</source>
        <translation>SSH&#xa0;: %1 (définie dans son accès SSH)</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>Diagnosed %1: %2</source>
        <translation>Diagnostic de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnostic en cours…</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1&#xa0;ms</translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation>code de sortie %1 après %2&#xa0;ms</translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation>[sortie tronquée&#xa0;: %1 sur %2 conservés]</translation>
    </message>
    <message>
        <source>--- stderr ---</source>
        <translation>--- stderr ---</translation>
    </message>
    <message>
        <source>Diagnosing: %1…</source>
        <translation>Diagnostic&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 queued; diagnose again once it runs.</source>
        <translation>«&#xa0;%1&#xa0;» mis en file d&apos;attente&#x202f;; relancez le diagnostic une fois le serveur en marche.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Il n&apos;y a pas encore de rapport à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation>SSH&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::Diagnoser</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n vCPU(s)</source>
        <translation>
            <numerusform>%1, %n vCPU</numerusform>
            <numerusform>%1, %n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo&apos;s addresses are made up</source>
        <translation>les adresses de la démo sont fictives</translation>
    </message>
    <message>
        <source>no address known</source>
        <translation>aucune adresse connue</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>SSH is not configured</source>
        <translation>SSH n&apos;est pas configuré</translation>
    </message>
    <message>
        <source>the SSH port does not answer</source>
        <translation>le port SSH ne répond pas</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>logged in as %1 (%2); host key %3 %4</source>
        <translation>connecté en tant que %1 (%2)&#x202f;; clé d&apos;hôte %3 %4</translation>
    </message>
    <message>
        <source>load %1 / %2 / %3</source>
        <translation>charge %1 / %2 / %3</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>actif depuis %1</translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %)</source>
        <translation>%1 disponible sur %2 (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>%n filesystem(s); the fullest: %1 at %2 %</source>
        <translation>
            <numerusform>%n système de fichiers&#x202f;; le plus plein&#xa0;: %1 à %2&#xa0;%</numerusform>
            <numerusform>%n systèmes de fichiers&#x202f;; le plus plein&#xa0;: %1 à %2&#xa0;%</numerusform>
        </translation>
    </message>
    <message>
        <source>no disk filesystem listed</source>
        <translation>aucun système de fichiers sur disque listé</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>busiest: %1</source>
        <translation>le plus actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>not readable by %1</source>
        <translation>illisible par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-memory kill(s)</source>
        <translation>
            <numerusform>%n processus tué par manque de mémoire</numerusform>
            <numerusform>%n processus tués par manque de mémoire</numerusform>
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
        <source>the connection broke</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>the server is not running</source>
        <translation>le serveur n&apos;est pas en marche</translation>
    </message>
    <message>
        <source>Uptime and load</source>
        <translation>Temps de fonctionnement et charge</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Kernel messages</source>
        <translation>Messages du noyau</translation>
    </message>
    <message>
        <source>System log</source>
        <translation>Journal système</translation>
    </message>
    <message>
        <source>Hypervisor state</source>
        <translation>État dans l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>SSH port reachable</source>
        <translation>Port SSH joignable</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>Connexion SSH</translation>
    </message>
    <message>
        <source>not probed directly: your SSH configuration reaches %1 through a ProxyCommand, so the login below tests the path SSH takes</source>
        <translation>pas de test direct&#xa0;: votre configuration SSH joint %1 via une ProxyCommand, la connexion ci-dessous teste donc le chemin emprunté par SSH</translation>
    </message>
    <message>
        <source>jump host: %1; %2 itself is reached through it (ProxyJump in your SSH configuration)</source>
        <translation>hôte de rebond&#xa0;: %1&#x202f;; %2 lui-même est joint par son intermédiaire (ProxyJump dans votre configuration SSH)</translation>
    </message>
    <message>
        <source>jump host: %1</source>
        <translation>hôte de rebond&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (the jump host of %2)</source>
        <translation>%1 (l&apos;hôte de rebond de %2)</translation>
    </message>
    <message>
        <source>the jump host does not answer</source>
        <translation>l&apos;hôte de rebond ne répond pas</translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosisReport</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problème&#xa0;: %1</numerusform>
            <numerusform>%n problèmes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnostic de %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>State: %1, %n vCPU(s)</source>
        <translation>
            <numerusform>État&#xa0;: %1, %n vCPU</numerusform>
            <numerusform>État&#xa0;: %1, %n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation>SSH&#xa0;: %1</translation>
    </message>
    <message>
        <source>The diagnosis was cancelled before it finished.</source>
        <translation>Le diagnostic a été annulé avant sa fin.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1&#xa0;ms</translation>
    </message>
    <message>
        <source>exit status %1 after %2 ms</source>
        <translation>code de sortie %1 après %2&#xa0;ms</translation>
    </message>
    <message>
        <source>[output cut: %1 of %2 kept]</source>
        <translation>[sortie tronquée&#xa0;: %1 sur %2 conservés]</translation>
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
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
</context>
<context>
    <name>virtdeck::DiagnosticsService</name>
    <message>
        <source>The port must be between 1 and 65535 (or empty for the default, 22).</source>
        <translation>Le port doit être compris entre 1 et 65535 (ou vide pour la valeur par défaut, 22).</translation>
    </message>
    <message>
        <source>Enter a command to run.</source>
        <translation>Saisissez une commande à exécuter.</translation>
    </message>
    <message>
        <source>The command contains a NUL character.</source>
        <translation>La commande contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The command is longer than %1 bytes; copy a script to the servers instead.</source>
        <translation>La commande dépasse %1 octets&#x202f;; copiez plutôt un script sur les serveurs.</translation>
    </message>
    <message>
        <source>Operations are not available.</source>
        <translation>Les opérations ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Select a server to diagnose.</source>
        <translation>Sélectionnez un serveur à diagnostiquer.</translation>
    </message>
    <message>
        <source>Diagnose %1</source>
        <translation>Diagnostiquer %1</translation>
    </message>
    <message>
        <source>Select at least one server.</source>
        <translation>Sélectionnez au moins un serveur.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 second and 24 hours.</source>
        <translation>Le délai d&apos;expiration doit être compris entre 1 seconde et 24 heures.</translation>
    </message>
    <message>
        <source>Between 1 and 64 servers can run the command at once.</source>
        <translation>Entre 1 et 64 serveurs peuvent exécuter la commande simultanément.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; on %2</source>
        <translation>Exécuter «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Run &quot;%1&quot; on %n server(s)</source>
        <translation>
            <numerusform>Exécuter «&#xa0;%1&#xa0;» sur %n serveur</numerusform>
            <numerusform>Exécuter «&#xa0;%1&#xa0;» sur %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The results of that run are no longer available.</source>
        <translation>Les résultats de cette exécution ne sont plus disponibles.</translation>
    </message>
    <message>
        <source>No server failed in that run.</source>
        <translation>Aucun serveur n&apos;a échoué lors de cette exécution.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its SSH access is left unchanged.</source>
        <translation>Les métadonnées virtdeck de %1 sont illisibles&#x202f;; son accès SSH reste donc inchangé.</translation>
    </message>
    <message>
        <source>Set SSH access of %1</source>
        <translation>Définir l&apos;accès SSH de %1</translation>
    </message>
    <message>
        <source>asking the hypervisor</source>
        <translation>interrogation de l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Cannot read the state of the server.</source>
        <translation>Impossible de lire l&apos;état du serveur.</translation>
    </message>
    <message>
        <source>looking up addresses</source>
        <translation>recherche des adresses</translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver, whose addresses are made up: set its SSH access to reach it.</source>
        <translation>%1 fonctionne sur le pilote de test de libvirt, dont les adresses sont fictives&#xa0;: définissez son accès SSH pour le joindre.</translation>
    </message>
    <message>
        <source>No address known for %1: set its SSH access, or install qemu-guest-agent in it.</source>
        <translation>Aucune adresse connue pour %1&#xa0;: définissez son accès SSH ou installez-y qemu-guest-agent.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>terminés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>This is not an IP address or a host name. Use an IPv4 or IPv6 address, or a host name of letters, digits, dots and dashes, without spaces.</source>
        <translation>Ce n&apos;est ni une adresse IP ni un nom d&apos;hôte. Utilisez une adresse IPv4 ou IPv6, ou un nom d&apos;hôte composé de lettres, de chiffres, de points et de tirets, sans espaces.</translation>
    </message>
    <message>
        <source>This is not a user name. Use up to %1 lowercase letters, digits, dots, dashes or underscores, starting with a letter or an underscore.</source>
        <translation>Ce n&apos;est pas un nom d&apos;utilisateur. Utilisez au plus %1 lettres minuscules, chiffres, points, tirets ou traits de soulignement, en commençant par une lettre ou un trait de soulignement.</translation>
    </message>
    <message>
        <source>Run a command</source>
        <translation>Exécuter une commande</translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n server(s): %1?</source>
        <translation>
            <numerusform>Exécuter cette commande sur %n serveur&#xa0;: %1&#x202f;?</numerusform>
            <numerusform>Exécuter cette commande sur %n serveurs&#xa0;: %1&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %n server(s)</source>
        <translation>
            <numerusform>Exécuter sur %n serveur</numerusform>
            <numerusform>Exécuter sur %n serveurs</numerusform>
        </translation>
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
    <name>virtdeck::Features</name>
    <message>
        <source>Open &amp;console</source>
        <translation>Ouvrir la &amp;console</translation>
    </message>
    <message>
        <source>Open console in new &amp;window</source>
        <translation>Ouvrir la console dans une nouvelle &amp;fenêtre</translation>
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
        <translation>Redémarrage sûr (R-E-I-S-U-B)…</translation>
    </message>
    <message>
        <source>Send NMI</source>
        <translation>Envoyer une NMI</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostiquer</translation>
    </message>
    <message>
        <source>Check why the server stopped answering: state, reachability, load, memory, disks, kernel messages</source>
        <translation>Chercher pourquoi le serveur ne répond plus&#xa0;: état, joignabilité, charge, mémoire, disques, messages du noyau</translation>
    </message>
    <message>
        <source>&amp;Run a command…</source>
        <translation>&amp;Exécuter une commande…</translation>
    </message>
    <message>
        <source>Run one command over SSH on every selected server</source>
        <translation>Exécuter une commande par SSH sur chaque serveur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Flex shares…</source>
        <translation>&amp;Redimensionner les parts…</translation>
    </message>
    <message>
        <source>&amp;Scheduled flex…</source>
        <translation>Redimensionnement &amp;planifié…</translation>
    </message>
    <message>
        <source>&amp;Autoflex policies…</source>
        <translation>Politiques &amp;Autoflex…</translation>
    </message>
    <message>
        <source>SysRq needs a running server</source>
        <translation>SysRq nécessite un serveur en marche</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Open Flex</source>
        <translation>Ouvrir le redimensionnement</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <source>Resume server</source>
        <translation>Reprendre le serveur</translation>
    </message>
    <message>
        <source>Edit SSH access…</source>
        <translation>Modifier l&apos;accès SSH…</translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingCard</name>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more in the report</source>
        <translation>
            <numerusform>… %n autre dans le rapport</numerusform>
            <numerusform>… %n autres dans le rapport</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FindingRules</name>
    <message>
        <source>Open the serial console and log in there to look at load, memory and disks. If the console does not answer either, send SysRq keys from the console page: &quot;m&quot; prints memory use, &quot;t&quot; the tasks, &quot;w&quot; the blocked ones; &quot;s&quot;, &quot;u&quot;, &quot;b&quot; sync, remount read-only and reboot as a last resort.</source>
        <translation>Ouvrez la console série et connectez-vous-y pour examiner la charge, la mémoire et les disques. Si la console ne répond pas non plus, envoyez des touches SysRq depuis la page de la console&#xa0;: «&#xa0;m&#xa0;» affiche l&apos;utilisation de la mémoire, «&#xa0;t&#xa0;» les tâches, «&#xa0;w&#xa0;» les tâches bloquées&#x202f;; «&#xa0;s&#xa0;», «&#xa0;u&#xa0;», «&#xa0;b&#xa0;» synchronisent, remontent en lecture seule et redémarrent, en dernier recours.</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>%1 est en pause</translation>
    </message>
    <message>
        <source>The hypervisor holds %1 paused: it does not run, answer the network or keep time. That alone explains why it does not respond.</source>
        <translation>L&apos;hyperviseur maintient %1 en pause&#xa0;: il ne s&apos;exécute pas, ne répond pas sur le réseau et ne tient pas l&apos;heure. Cela suffit à expliquer qu&apos;il ne réponde pas.</translation>
    </message>
    <message>
        <source>Resume it. If nobody paused it, the hypervisor may have paused it after a disk error or a full storage pool on the host: check the host&apos;s storage first.</source>
        <translation>Reprenez-le. Si personne ne l&apos;a mis en pause, l&apos;hyperviseur l&apos;a peut-être fait après une erreur de disque ou un pool de stockage plein sur l&apos;hôte&#xa0;: vérifiez d&apos;abord le stockage de l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation>%1 est éteint</translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shut off.</source>
        <translation>L&apos;hyperviseur indique que %1 est éteint.</translation>
    </message>
    <message>
        <source>Start it. If it stopped by itself, its console output and the host&apos;s logs tell why.</source>
        <translation>Démarrez-le. S&apos;il s&apos;est arrêté de lui-même, la sortie de sa console et les journaux de l&apos;hôte en indiquent la raison.</translation>
    </message>
    <message>
        <source>%1 has crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>The hypervisor reports that %1 crashed (a guest kernel panic, or the hypervisor process died).</source>
        <translation>L&apos;hyperviseur indique que %1 a planté (panique du noyau de l&apos;invité, ou arrêt brutal du processus de l&apos;hyperviseur).</translation>
    </message>
    <message>
        <source>Open its console to read the last messages, then force it off and start it again.</source>
        <translation>Ouvrez sa console pour lire les derniers messages, puis forcez son arrêt et démarrez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is shutting down</source>
        <translation>%1 est en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>The hypervisor reports %1 shutting down.</source>
        <translation>L&apos;hyperviseur indique que %1 est en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <source>Wait until it is off, then start it. If it stays in this state, force it off.</source>
        <translation>Attendez qu&apos;il soit éteint, puis démarrez-le. S&apos;il reste dans cet état, forcez son arrêt.</translation>
    </message>
    <message>
        <source>%1 is suspended by its operating system</source>
        <translation>%1 est suspendu par son système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Its operating system put %1 to sleep (power management).</source>
        <translation>Son système d&apos;exploitation a mis %1 en veille (gestion de l&apos;alimentation).</translation>
    </message>
    <message>
        <source>Wake it up: a key press on its console usually does.</source>
        <translation>Réveillez-le&#xa0;: un appui sur une touche dans sa console suffit généralement.</translation>
    </message>
    <message>
        <source>The state of %1 is unknown</source>
        <translation>L&apos;état de %1 est inconnu</translation>
    </message>
    <message>
        <source>The hypervisor does not say whether %1 runs.</source>
        <translation>L&apos;hyperviseur n&apos;indique pas si %1 est en marche.</translation>
    </message>
    <message>
        <source>Check the host&apos;s connection, then diagnose again.</source>
        <translation>Vérifiez la connexion de l&apos;hôte, puis relancez le diagnostic.</translation>
    </message>
    <message>
        <source>No real address for %1</source>
        <translation>Pas d&apos;adresse réelle pour %1</translation>
    </message>
    <message>
        <source>%1 runs on libvirt&apos;s test driver (the demo), whose addresses are made up, so virtdeck does not connect to them.</source>
        <translation>%1 fonctionne sur le pilote de test de libvirt (la démo), dont les adresses sont fictives&#x202f;; virtdeck ne s&apos;y connecte donc pas.</translation>
    </message>
    <message>
        <source>Set a host name or IP address in the server&apos;s SSH access to check it over SSH.</source>
        <translation>Indiquez un nom d&apos;hôte ou une adresse IP dans l&apos;accès SSH du serveur pour le vérifier via SSH.</translation>
    </message>
    <message>
        <source>No address known for %1</source>
        <translation>Aucune adresse connue pour %1</translation>
    </message>
    <message>
        <source>The hypervisor reports no IP address for %1: no DHCP lease, no guest agent answer, no ARP entry.</source>
        <translation>L&apos;hyperviseur ne signale aucune adresse IP pour %1&#xa0;: pas de bail DHCP, pas de réponse de l&apos;agent invité, pas d&apos;entrée ARP.</translation>
    </message>
    <message>
        <source>Set its host name or IP address in its SSH access, or install qemu-guest-agent in it. If it used to have an address, its network may be down: open the console.</source>
        <translation>Indiquez son nom d&apos;hôte ou son adresse IP dans son accès SSH, ou installez-y qemu-guest-agent. S&apos;il avait une adresse auparavant, son réseau est peut-être en panne&#xa0;: ouvrez la console.</translation>
    </message>
    <message>
        <source>SSH refuses connections</source>
        <translation>SSH refuse les connexions</translation>
    </message>
    <message>
        <source>%1 runs, but %2 refuses connections: sshd has stopped, or a firewall rejects them.</source>
        <translation>%1 est en marche, mais %2 refuse les connexions&#xa0;: sshd s&apos;est arrêté, ou un pare-feu les rejette.</translation>
    </message>
    <message>
        <source>No answer on the SSH port</source>
        <translation>Aucune réponse sur le port SSH</translation>
    </message>
    <message>
        <source>%1 runs, but %2 did not answer within %3 ms: the server hangs or is overloaded, or a firewall drops the packets.</source>
        <translation>%1 est en marche, mais %2 n&apos;a pas répondu en %3&#xa0;ms&#xa0;: le serveur est bloqué ou surchargé, ou un pare-feu ignore les paquets.</translation>
    </message>
    <message>
        <source>No route to the server</source>
        <translation>Aucune route vers le serveur</translation>
    </message>
    <message>
        <source>%1 runs, but the network reports no route to %2 (the connection failed after %3 ms).</source>
        <translation>%1 est en marche, mais le réseau n&apos;indique aucune route vers %2 (la connexion a échoué après %3&#xa0;ms).</translation>
    </message>
    <message>
        <source>The server may be isolated from the network; contact the network team.</source>
        <translation>Le serveur est peut-être isolé du réseau&#x202f;; contactez l&apos;équipe réseau.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved</source>
        <translation>Le nom d&apos;hôte %1 ne peut pas être résolu</translation>
    </message>
    <message>
        <source>The name set for %1 does not resolve to an address (%2).</source>
        <translation>Le nom défini pour %1 ne se résout en aucune adresse (%2).</translation>
    </message>
    <message>
        <source>Correct the host name in the server&apos;s SSH access.</source>
        <translation>Corrigez le nom d&apos;hôte dans l&apos;accès SSH du serveur.</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Check the address in the server&apos;s SSH access.</source>
        <translation>Vérifiez l&apos;adresse dans l&apos;accès SSH du serveur.</translation>
    </message>
    <message>
        <source>The SSH port accepts connections but SSH does not answer</source>
        <translation>Le port SSH accepte les connexions, mais SSH ne répond pas</translation>
    </message>
    <message>
        <source>Connections to %1 are accepted, but no SSH exchange completed within %2 s: sshd, or the whole server, is overloaded or hung.</source>
        <translation>Les connexions à %1 sont acceptées, mais aucun échange SSH n&apos;a abouti en %2&#xa0;s&#xa0;: sshd, ou le serveur entier, est surchargé ou bloqué.</translation>
    </message>
    <message>
        <source>The host name cannot be resolved</source>
        <translation>Le nom d&apos;hôte ne peut pas être résolu</translation>
    </message>
    <message>
        <source>The server&apos;s host key has changed</source>
        <translation>La clé d&apos;hôte du serveur a changé</translation>
    </message>
    <message>
        <source>Ask whoever manages %1 whether it was reinstalled. Only then remove the old key with ssh-keygen -R and diagnose again; until then, treat the connection as unsafe.</source>
        <translation>Demandez à la personne qui gère %1 s&apos;il a été réinstallé. Ensuite seulement, supprimez l&apos;ancienne clé avec ssh-keygen -R et relancez le diagnostic&#x202f;; d&apos;ici là, considérez la connexion comme non sûre.</translation>
    </message>
    <message>
        <source>Host key not accepted: the checks over SSH were skipped</source>
        <translation>Clé d&apos;hôte non acceptée&#xa0;: les vérifications via SSH ont été ignorées</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator gives you, then diagnose again and accept it.</source>
        <translation>Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur du serveur, puis relancez le diagnostic et acceptez-la.</translation>
    </message>
    <message>
        <source>virtdeck could not log in</source>
        <translation>virtdeck n&apos;a pas pu se connecter</translation>
    </message>
    <message>
        <source>Check the user in the server&apos;s SSH access, your keys (ssh-agent, ~/.ssh) or the password. The server itself answers, so it is not hung.</source>
        <translation>Vérifiez l&apos;utilisateur dans l&apos;accès SSH du serveur, vos clés (ssh-agent, ~/.ssh) ou le mot de passe. Le serveur lui-même répond&#xa0;: il n&apos;est donc pas bloqué.</translation>
    </message>
    <message>
        <source>Login cancelled: the checks over SSH were skipped</source>
        <translation>Connexion annulée&#xa0;: les vérifications via SSH ont été ignorées</translation>
    </message>
    <message>
        <source>The SSH session failed</source>
        <translation>La session SSH a échoué</translation>
    </message>
    <message>
        <source>See the details; the server itself answered.</source>
        <translation>Consultez les détails&#x202f;; le serveur lui-même a répondu.</translation>
    </message>
    <message>
        <source>%1 is %2 % full</source>
        <translation>%1 est plein à %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2) has %3 free of %4. Programs that write there fail, and a full system disk stops logins, databases and logging.</source>
        <translation>%1 (%2) a %3 libres sur %4. Les programmes qui y écrivent échouent, et un disque système plein bloque les connexions, les bases de données et la journalisation.</translation>
    </message>
    <message>
        <source>Clean up (old logs, caches, core dumps, package archives) or enlarge the disk.</source>
        <translation>Faites le ménage (anciens journaux, caches, fichiers core, archives de paquets) ou agrandissez le disque.</translation>
    </message>
    <message>
        <source>%1 % CPU</source>
        <translation>%1&#xa0;% CPU</translation>
    </message>
    <message>
        <source>%1 % memory</source>
        <translation>%1&#xa0;% de mémoire</translation>
    </message>
    <message>
        <source>Add shares to give it more memory, or find the process that grows (the largest are listed).</source>
        <translation>Ajoutez des parts pour lui donner plus de mémoire, ou trouvez le processus qui grossit (les plus gros sont listés).</translation>
    </message>
    <message numerus="yes">
        <source>The kernel killed %n process(es) for lack of memory</source>
        <translation>
            <numerusform>Le noyau a tué %n processus par manque de mémoire</numerusform>
            <numerusform>Le noyau a tué %n processus par manque de mémoire</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel ran out of memory</source>
        <translation>Le noyau a manqué de mémoire</translation>
    </message>
    <message>
        <source>The out-of-memory killer stopped: %1.</source>
        <translation>L&apos;OOM killer a arrêté&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The out-of-memory killer ran %n time(s).</source>
        <translation>
            <numerusform>L&apos;OOM killer est intervenu %n fois.</numerusform>
            <numerusform>L&apos;OOM killer est intervenu %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 available of %2 (%3 %); swap: %4 used of %5.</source>
        <translation>%1 disponible sur %2 (%3&#xa0;%)&#x202f;; swap&#xa0;: %4 utilisé sur %5.</translation>
    </message>
    <message>
        <source>Memory is exhausted</source>
        <translation>La mémoire est épuisée</translation>
    </message>
    <message>
        <source>Memory is running low</source>
        <translation>La mémoire commence à manquer</translation>
    </message>
    <message numerus="yes">
        <source>The 15-minute load average is %1 (1 min: %2, 5 min: %3), more than %4 × its %n vCPU(s): processes wait for their turn.</source>
        <translation>
            <numerusform>La charge moyenne sur 15 minutes est de %1 (1&#xa0;min&#xa0;: %2, 5&#xa0;min&#xa0;: %3), plus de %4 × %n vCPU&#xa0;: les processus attendent leur tour.</numerusform>
            <numerusform>La charge moyenne sur 15 minutes est de %1 (1&#xa0;min&#xa0;: %2, 5&#xa0;min&#xa0;: %3), plus de %4 × ses %n vCPU&#xa0;: les processus attendent leur tour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) wait for a disk or the network (state D): part of the load may be I/O, not CPU.</source>
        <translation>
            <numerusform>%n processus attend un disque ou le réseau (état D)&#xa0;: une partie de la charge peut venir des E/S, pas du CPU.</numerusform>
            <numerusform>%n processus attendent un disque ou le réseau (état D)&#xa0;: une partie de la charge peut venir des E/S, pas du CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load %1 is too high for %n vCPU(s)</source>
        <translation>
            <numerusform>Charge de %1 trop élevée pour %n vCPU</numerusform>
            <numerusform>Charge de %1 trop élevée pour %n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Add shares, or find the runaway process (the busiest are listed).</source>
        <translation>Ajoutez des parts, ou trouvez le processus qui s&apos;emballe (les plus actifs sont listés).</translation>
    </message>
    <message>
        <source>Too many processes (%1)</source>
        <translation>Trop de processus (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 processes exist, more than the %2 expected at most for %n vCPU(s). The most common: %3.</source>
        <translation>
            <numerusform>%1 processus existent, plus que les %2 attendus au maximum pour %n vCPU. Les plus fréquents&#xa0;: %3.</numerusform>
            <numerusform>%1 processus existent, plus que les %2 attendus au maximum pour %n vCPU. Les plus fréquents&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find what starts them (a runaway service, a cron job piling up, a fork bomb) and stop it; raise limits only if the load is expected.</source>
        <translation>Trouvez ce qui les lance (un service qui s&apos;emballe, des tâches cron qui s&apos;accumulent, une fork bomb) et arrêtez-le&#x202f;; n&apos;augmentez les limites que si la charge est attendue.</translation>
    </message>
    <message numerus="yes">
        <source>%n zombie process(es)</source>
        <translation>
            <numerusform>%n processus zombie</numerusform>
            <numerusform>%n processus zombies</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished processes whose parent never collects them pile up.</source>
        <translation>Des processus terminés s&apos;accumulent, car leur parent ne les récupère jamais.</translation>
    </message>
    <message>
        <source>Restart the service that spawns them (their parent).</source>
        <translation>Redémarrez le service qui les crée (leur parent).</translation>
    </message>
    <message>
        <source>Filesystem errors in the kernel log</source>
        <translation>Erreurs de système de fichiers dans le journal du noyau</translation>
    </message>
    <message>
        <source>The kernel reports filesystem errors.</source>
        <translation>Le noyau signale des erreurs de système de fichiers.</translation>
    </message>
    <message>
        <source>The kernel made a filesystem read-only after errors: writes there fail.</source>
        <translation>Le noyau a passé un système de fichiers en lecture seule après des erreurs&#xa0;: les écritures y échouent.</translation>
    </message>
    <message>
        <source>Check the disk from the console (fsck at the next boot) and the host&apos;s storage.</source>
        <translation>Vérifiez le disque depuis la console (fsck au prochain démarrage) et le stockage de l&apos;hôte.</translation>
    </message>
    <message>
        <source>I/O errors in the kernel log</source>
        <translation>Erreurs d&apos;E/S dans le journal du noyau</translation>
    </message>
    <message numerus="yes">
        <source>The kernel could not read or write a disk %n time(s) recently.</source>
        <translation>
            <numerusform>Le noyau n&apos;a pas pu lire ou écrire sur un disque %n fois récemment.</numerusform>
            <numerusform>Le noyau n&apos;a pas pu lire ou écrire sur un disque %n fois récemment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the host&apos;s storage and the disk&apos;s image.</source>
        <translation>Vérifiez le stockage de l&apos;hôte et l&apos;image du disque.</translation>
    </message>
    <message>
        <source>Tasks hung waiting for I/O</source>
        <translation>Tâches bloquées en attente d&apos;E/S</translation>
    </message>
    <message>
        <source>The kernel reports tasks blocked for minutes, usually waiting for a disk or NFS.</source>
        <translation>Le noyau signale des tâches bloquées depuis plusieurs minutes, généralement en attente d&apos;un disque ou de NFS.</translation>
    </message>
    <message>
        <source>Check the storage the server depends on.</source>
        <translation>Vérifiez le stockage dont dépend le serveur.</translation>
    </message>
    <message>
        <source>CPU lockups in the kernel log</source>
        <translation>Blocages CPU dans le journal du noyau</translation>
    </message>
    <message>
        <source>A CPU was stuck: the host may be overcommitted, or the guest kernel has a problem.</source>
        <translation>Un CPU a été bloqué&#xa0;: l&apos;hôte est peut-être en surallocation, ou le noyau de l&apos;invité a un problème.</translation>
    </message>
    <message>
        <source>Check the host&apos;s CPU load; add shares or move the server.</source>
        <translation>Vérifiez la charge CPU de l&apos;hôte&#x202f;; ajoutez des parts ou déplacez le serveur.</translation>
    </message>
    <message>
        <source>Kernel messages are not readable by %1</source>
        <translation>Les messages du noyau ne sont pas lisibles par %1</translation>
    </message>
    <message>
        <source>The kernel restricts its log to root (kernel.dmesg_restrict), so out-of-memory kills and disk errors could not be checked.</source>
        <translation>Le noyau réserve son journal à root (kernel.dmesg_restrict)&#xa0;: les processus tués par manque de mémoire et les erreurs de disque n&apos;ont donc pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>Diagnose as root (in the server&apos;s SSH access) or allow the user to read the log.</source>
        <translation>Diagnostiquez en tant que root (dans l&apos;accès SSH du serveur) ou autorisez l&apos;utilisateur à lire le journal.</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <source>Load, memory, disk space, processes and kernel messages look normal.</source>
        <translation>La charge, la mémoire, l&apos;espace disque, les processus et les messages du noyau semblent normaux.</translation>
    </message>
    <message>
        <source>If users still see a problem, look at the application&apos;s own logs (the tail of the system log is in the raw output).</source>
        <translation>Si les utilisateurs constatent encore un problème, consultez les journaux de l&apos;application (la fin du journal système figure dans la sortie brute).</translation>
    </message>
    <message>
        <source>virtdeck did not start SSH</source>
        <translation>virtdeck n&apos;a pas lancé SSH</translation>
    </message>
    <message>
        <source>Correct the server&apos;s SSH access (or your SSH configuration), then diagnose again. Nothing was sent to the server.</source>
        <translation>Corrigez l&apos;accès SSH du serveur (ou votre configuration SSH), puis relancez le diagnostic. Rien n&apos;a été envoyé au serveur.</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexAutomation</name>
    <message>
        <source>Autoflex policy &apos;%1&apos;: %2</source>
        <translation>Politique Autoflex «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoflex could not flex %1 to %n shares: %2</source>
        <translation>
            <numerusform>Autoflex n&apos;a pas pu redimensionner %1 à %n part&#xa0;: %2</numerusform>
            <numerusform>Autoflex n&apos;a pas pu redimensionner %1 à %n parts&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexHost</name>
    <message>
        <source>the test driver cannot set CPU weight</source>
        <translation>le pilote de test ne peut pas définir le poids CPU</translation>
    </message>
    <message>
        <source>this hypervisor (%1) cannot set CPU weight</source>
        <translation>cet hyperviseur (%1) ne peut pas définir le poids CPU</translation>
    </message>
    <message>
        <source>Xen credit scheduler</source>
        <translation>ordonnanceur credit de Xen</translation>
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
        <translation>la plage acceptée par les deux versions de cgroup</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPage</name>
    <message>
        <source> shares</source>
        <translation> parts</translation>
    </message>
    <message>
        <source>Target shares</source>
        <translation>Parts cibles</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
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
        <source>CPU weight</source>
        <translation>Poids CPU</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reboot now</source>
        <translation>Redémarrer à froid maintenant</translation>
    </message>
    <message>
        <source>Shut the server down and start it again so it boots with its new definition</source>
        <translation>Arrêter le serveur puis le démarrer à nouveau afin qu&apos;il utilise sa nouvelle définition</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select a server to flex it.</source>
        <translation>Sélectionnez un serveur pour le redimensionner.</translation>
    </message>
    <message>
        <source>%1 — profile &quot;%2&quot;: %3 MiB and CPU weight %4 per share</source>
        <translation>%1 — profil «&#xa0;%2&#xa0;»&#xa0;: %3&#xa0;Mio et poids CPU %4 par part</translation>
    </message>
    <message>
        <source>≈ %1 shares, estimated from its memory until its first flex</source>
        <translation>≈ %1 parts, estimé d&apos;après sa mémoire jusqu&apos;au premier redimensionnement</translation>
    </message>
    <message numerus="yes">
        <source>%n shares now</source>
        <translation>
            <numerusform>%n part actuellement</numerusform>
            <numerusform>%n parts actuellement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation>%1 (actuellement %2)</translation>
    </message>
    <message>
        <source>Up to %1 shares now (the boot-time maxima); up to %2 with a reboot.</source>
        <translation>Jusqu&apos;à %1 parts maintenant (les maxima fixés au démarrage)&#x202f;; jusqu&apos;à %2 avec un redémarrage à froid.</translation>
    </message>
    <message>
        <source>Shut off: the new size applies when it starts (at most %1 shares).</source>
        <translation>Éteint&#xa0;: la nouvelle taille s&apos;applique à son démarrage (au plus %1 parts).</translation>
    </message>
    <message>
        <source>Apply (reboot needed)</source>
        <translation>Appliquer (redémarrage à froid requis)</translation>
    </message>
    <message>
        <source>Pending reboot: %1</source>
        <translation>Redémarrage à froid requis&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Flexing %1 to %n shares…</source>
        <translation>
            <numerusform>Redimensionnement de %1 à %n part…</numerusform>
            <numerusform>Redimensionnement de %1 à %n parts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>Redémarrer %1 à froid</translation>
    </message>
    <message>
        <source>Restart %1 now so it boots with its new size?</source>
        <translation>Redémarrer %1 à froid maintenant pour qu&apos;il démarre avec sa nouvelle taille&#x202f;?</translation>
    </message>
    <message>
        <source>virtdeck shuts it down (its operating system must answer the ACPI request), waits until it is off and starts it again. Its services are unavailable meanwhile.</source>
        <translation>virtdeck l&apos;arrête (son système d&apos;exploitation doit répondre à la demande ACPI), attend qu&apos;il soit éteint, puis le démarre à nouveau. Ses services sont indisponibles pendant ce temps.</translation>
    </message>
    <message>
        <source>flex: apply the pending changes</source>
        <translation>redimensionnement&#xa0;: appliquer les modifications en attente</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Redémarrage à froid de %1…</translation>
    </message>
    <message>
        <source>Flex</source>
        <translation>Redimensionnement</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexPlan</name>
    <message>
        <source>The flex parameters are incomplete or not valid (shares, vCPUs, memory and CPU weight must be positive whole numbers).</source>
        <translation>Les paramètres de redimensionnement sont incomplets ou non valides (parts, vCPU, mémoire et poids CPU doivent être des nombres entiers positifs).</translation>
    </message>
    <message numerus="yes">
        <source>Flex %1 to %n shares</source>
        <translation>
            <numerusform>Redimensionner %1 à %n part</numerusform>
            <numerusform>Redimensionner %1 à %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n part&#xa0;: vCPU %1, mémoire %2</numerusform>
            <numerusform>%n parts&#xa0;: vCPU %1, mémoire %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation>, poids CPU %1</translation>
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
        <translation>%1 est %2&#xa0;: redimensionnez un serveur en marche ou éteint. Reprenez-le ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is shut off</source>
        <translation>%1 est éteint</translation>
    </message>
    <message>
        <source>memory max at boot is %1</source>
        <translation>la mémoire maximale au démarrage est de %1</translation>
    </message>
    <message>
        <source>vCPU max at boot is %1</source>
        <translation>le maximum de vCPU au démarrage est de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of shares: type a whole number such as 4.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de parts&#xa0;: saisissez un nombre entier, comme 4.</translation>
    </message>
    <message>
        <source>A server needs at least 1 share; %1 is not allowed.</source>
        <translation>Un serveur doit avoir au moins 1 part&#x202f;; %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>%1 shares is far beyond any server size (at most %2).</source>
        <translation>%1 parts dépassent largement toute taille de serveur (au plus %2).</translation>
    </message>
    <message>
        <source>The share profile for %1 is not valid, so nothing can be flexed there until it is fixed.</source>
        <translation>Le profil de parts de %1 n&apos;est pas valide&#x202f;; rien ne peut y être redimensionné tant qu&apos;il n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>%1 is opened read-only: changes are disabled. Reconnect without &quot;read-only&quot; to flex its servers.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: les modifications sont désactivées. Reconnectez-vous sans «&#xa0;Lecture seule&#xa0;» pour redimensionner ses serveurs.</translation>
    </message>
    <message>
        <source>The virtdeck metadata of %1 cannot be read, so its share count cannot be written.</source>
        <translation>Les métadonnées virtdeck de %1 sont illisibles, son nombre de parts ne peut donc pas être écrit.</translation>
    </message>
    <message numerus="yes">
        <source>A server needs at least %n shares (profile &quot;%1&quot;).</source>
        <translation>
            <numerusform>Un serveur doit avoir au moins %n part (profil «&#xa0;%1&#xa0;»).</numerusform>
            <numerusform>Un serveur doit avoir au moins %n parts (profil «&#xa0;%1&#xa0;»).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shares is above the absolute maximum of %2 shares (profile &quot;%3&quot;).</source>
        <translation>%1 parts dépassent le maximum absolu de %2 parts (profil «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is transient (it has no persistent definition), so it cannot grow beyond its boot-time maxima: at most %n shares.</source>
        <translation>
            <numerusform>%1 est transitoire (il n&apos;a pas de définition persistante)&#xa0;: il ne peut pas dépasser ses maxima fixés au démarrage, soit au plus %n part.</numerusform>
            <numerusform>%1 est transitoire (il n&apos;a pas de définition persistante)&#xa0;: il ne peut pas dépasser ses maxima fixés au démarrage, soit au plus %n parts.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU weight %1 is outside the range this host accepts (%2 to %3, %4). Change the share profile&apos;s &quot;cpuWeightPerShare&quot; or the share count.</source>
        <translation>Le poids CPU %1 est hors de la plage acceptée par cet hôte (%2 à %3, %4). Modifiez «&#xa0;cpuWeightPerShare&#xa0;» dans le profil de parts, ou le nombre de parts.</translation>
    </message>
    <message>
        <source>%1 shares do not fit on this host. %2</source>
        <translation>%1 parts ne tiennent pas sur cet hôte. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has %n shares: nothing to change.</source>
        <translation>
            <numerusform>%1 a déjà %n part&#xa0;: rien à modifier.</numerusform>
            <numerusform>%1 a déjà %n parts&#xa0;: rien à modifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexResource</name>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>CPU weight</source>
        <translation>Poids CPU</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>at next boot</source>
        <translation>au prochain démarrage</translation>
    </message>
    <message>
        <source>at next start</source>
        <translation>au démarrage du serveur</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliqué</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexRunner</name>
    <message>
        <source>The flex operation names no server.</source>
        <translation>L&apos;opération de redimensionnement ne désigne aucun serveur.</translation>
    </message>
    <message>
        <source>CPU weight not set: %1</source>
        <translation>Poids CPU non défini&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the current values</source>
        <translation>lecture des valeurs actuelles</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message numerus="yes">
        <source>%n steps to apply</source>
        <translation>
            <numerusform>%n étape à appliquer</numerusform>
            <numerusform>%n étapes à appliquer</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the host was removed.</source>
        <translation>La connexion à l&apos;hôte a été supprimée.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The guest has not released its extra vCPUs yet; they go at the next boot at the latest</source>
        <translation>L&apos;invité n&apos;a pas encore libéré ses vCPU supplémentaires&#x202f;; ils disparaîtront au plus tard au prochain démarrage</translation>
    </message>
    <message>
        <source>not confirmed: %1 (%2)</source>
        <translation>non confirmé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>CPU weight not set: the driver cannot set &quot;%1&quot;</source>
        <translation>Poids CPU non défini&#xa0;: le pilote ne peut pas définir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>skipped: %1 (%2)</source>
        <translation>ignoré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>undoing the steps already applied</source>
        <translation>annulation des étapes déjà appliquées</translation>
    </message>
    <message numerus="yes">
        <source>Flex of %1 to %n shares failed at &quot;%2&quot;.</source>
        <translation>
            <numerusform>Le redimensionnement de %1 à %n part a échoué à l&apos;étape «&#xa0;%2&#xa0;».</numerusform>
            <numerusform>Le redimensionnement de %1 à %n parts a échoué à l&apos;étape «&#xa0;%2&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n steps applied before it were undone; nothing changed.</source>
        <translation>
            <numerusform>%n étape appliquée avant elle a été annulée&#x202f;; rien n&apos;a changé.</numerusform>
            <numerusform>Les %n étapes appliquées avant elle ont été annulées&#x202f;; rien n&apos;a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation>Rien n&apos;avait été modifié.</translation>
    </message>
    <message>
        <source>Some earlier steps could not be undone: %1. Check the server&apos;s vCPUs and memory.</source>
        <translation>Certaines étapes précédentes n&apos;ont pas pu être annulées&#xa0;: %1. Vérifiez les vCPU et la mémoire du serveur.</translation>
    </message>
    <message>
        <source>undoing: %1</source>
        <translation>annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not undo: %1</source>
        <translation>impossible d&apos;annuler&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shares: vCPUs %1, memory %2</source>
        <translation>
            <numerusform>%n part&#xa0;: vCPU %1, mémoire %2</numerusform>
            <numerusform>%n parts&#xa0;: vCPU %1, mémoire %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPU weight %1</source>
        <translation>, poids CPU %1</translation>
    </message>
    <message>
        <source>Pending reboot: the rest applies when the server restarts</source>
        <translation>Redémarrage à froid requis&#xa0;: le reste s&apos;applique au redémarrage à froid du serveur</translation>
    </message>
    <message>
        <source>Applies when the server starts</source>
        <translation>S&apos;applique au démarrage du serveur</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSchedule</name>
    <message>
        <source>&quot;rules&quot; must be a list of rules in brackets.</source>
        <translation>«&#xa0;rules&#xa0;» doit être une liste de règles entre crochets.</translation>
    </message>
    <message>
        <source>The flex schedule %1 is not valid:
%2</source>
        <translation>La planification des redimensionnements %1 n&apos;est pas valide&#xa0;:
%2</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation>règle %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: give the rule a name; operations and the log name it.</source>
        <translation>%1&#xa0;: donnez un nom à la règle&#x202f;; les opérations et le journal l&apos;utilisent.</translation>
    </message>
    <message>
        <source>%1: another rule already has this name; names must be unique.</source>
        <translation>%1&#xa0;: une autre règle porte déjà ce nom&#x202f;; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>%1: the time of day is not valid (HH:MM, 00:00 to 23:59).</source>
        <translation>%1&#xa0;: l&apos;heure n&apos;est pas valide (HH:MM, de 00:00 à 23:59).</translation>
    </message>
    <message>
        <source>%1: the number of shares must be from 1 to %2.</source>
        <translation>%1&#xa0;: le nombre de parts doit être compris entre 1 et %2.</translation>
    </message>
    <message>
        <source>The flex schedule %1 cannot be read.</source>
        <translation>La planification des redimensionnements %1 est illisible.</translation>
    </message>
    <message>
        <source>The flex schedule was not saved:
%1</source>
        <translation>La planification des redimensionnements n&apos;a pas été enregistrée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Cannot save the flex schedule to %1.</source>
        <translation>Impossible d&apos;enregistrer la planification des redimensionnements dans %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexStep</name>
    <message>
        <source>now and at next boot</source>
        <translation>maintenant et au prochain démarrage</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in the definition</source>
        <translation>dans la définition</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>maximum vCPUs at next boot: %1 → %2</source>
        <translation>vCPU maximum au prochain démarrage&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>maximum memory at next boot: %1 → %2</source>
        <translation>mémoire maximale au prochain démarrage&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>vCPUs %1: %2 → %3</source>
        <translation>vCPU %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>memory %1: %2 → %3</source>
        <translation>mémoire %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>CPU weight (%1) %2: %3 → %4</source>
        <translation>poids CPU (%1) %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>share count in the metadata: %1 → %2</source>
        <translation>nombre de parts dans les métadonnées&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (the previous value is unknown, so it is left as is)</source>
        <translation>%1 (la valeur précédente est inconnue, elle reste donc inchangée)</translation>
    </message>
    <message>
        <source>maximum vCPUs back to %1</source>
        <translation>vCPU maximum rétablis à %1</translation>
    </message>
    <message>
        <source>maximum memory back to %1</source>
        <translation>mémoire maximale rétablie à %1</translation>
    </message>
    <message>
        <source>vCPUs back to %1</source>
        <translation>vCPU rétablis à %1</translation>
    </message>
    <message>
        <source>memory back to %1</source>
        <translation>mémoire rétablie à %1</translation>
    </message>
    <message>
        <source>CPU weight back to %1</source>
        <translation>poids CPU rétabli à %1</translation>
    </message>
    <message>
        <source>share count in the metadata back to %1</source>
        <translation>nombre de parts dans les métadonnées rétabli à %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::FlexSteps</name>
    <message>
        <source>Cannot read the server&apos;s definition.</source>
        <translation>Impossible de lire la définition du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s virtdeck metadata cannot be read, so its share count cannot be written.</source>
        <translation>Les métadonnées virtdeck du serveur sont illisibles, son nombre de parts ne peut donc pas être écrit.</translation>
    </message>
    <message>
        <source>Cannot undo: %1.</source>
        <translation>Impossible d&apos;annuler&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot set %1.</source>
        <translation>Impossible de définir %1.</translation>
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
    <name>virtdeck::HeadlessSchedules</name>
    <message>
        <source>No scheduled flex rule is due at %1.</source>
        <translation>Aucune règle de redimensionnement planifié n&apos;est à exécuter à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n rules due, but no saved connection to run them on. Add the hosts in virtdeck first.</source>
        <translation>
            <numerusform>%n règle à exécuter, mais aucune connexion enregistrée sur laquelle l&apos;exécuter. Ajoutez d&apos;abord les hôtes dans virtdeck.</numerusform>
            <numerusform>%n règles à exécuter, mais aucune connexion enregistrée sur laquelle les exécuter. Ajoutez d&apos;abord les hôtes dans virtdeck.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2):</source>
        <translation>Règle «&#xa0;%1&#xa0;» (%2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: already there, nothing to change</source>
        <translation>%1&#xa0;: déjà à la taille voulue, rien à modifier</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: done — %2</source>
        <translation>%1&#xa0;: terminé — %2</translation>
    </message>
    <message>
        <source>still running after %1 s</source>
        <translation>toujours en cours après %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1&#xa0;: échec — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n operations run, %1 failed.</source>
        <translation>
            <numerusform>%n opération exécutée, %1 en échec.</numerusform>
            <numerusform>%n opérations exécutées, %1 en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryRanges</name>
    <message>
        <source>Live (5 min)</source>
        <translation>Direct (5&#xa0;min)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryStore</name>
    <message>
        <source>The history cannot be read synchronously on the GUI thread.</source>
        <translation>L&apos;historique ne peut pas être lu de manière synchrone dans le thread de l&apos;interface.</translation>
    </message>
</context>
<context>
    <name>virtdeck::HistoryWorker</name>
    <message>
        <source>The history file %1 on rrdcached %2 cannot be used (%3); history of this server is not recorded until it is moved away on the daemon&apos;s host.</source>
        <translation>Le fichier d&apos;historique %1 sur rrdcached %2 est inutilisable (%3)&#x202f;; l&apos;historique de ce serveur n&apos;est pas enregistré tant que ce fichier n&apos;a pas été déplacé sur l&apos;hôte du démon.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used (%2) and could not be renamed; history of this server is not recorded.</source>
        <translation>Le fichier d&apos;historique %1 est inutilisable (%2) et n&apos;a pas pu être renommé&#x202f;; l&apos;historique de ce serveur n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The history file %1 could not be used (%2); it was kept as %3 and a new one was started.</source>
        <translation>Le fichier d&apos;historique %1 était inutilisable (%2)&#x202f;; il a été conservé sous le nom %3 et un nouveau fichier a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>History not recorded since %1: %2 Samples wait in memory (up to %n) and are written when rrdcached answers again.</source>
        <translation>
            <numerusform>Historique non enregistré depuis %1&#xa0;: %2 Les échantillons attendent en mémoire (jusqu&apos;à %n) et seront écrits quand rrdcached répondra de nouveau.</numerusform>
            <numerusform>Historique non enregistré depuis %1&#xa0;: %2 Les échantillons attendent en mémoire (jusqu&apos;à %n) et seront écrits quand rrdcached répondra de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>History from %1 to %2 was not recorded: rrdcached did not answer for too long.</source>
        <translation>L&apos;historique de %1 à %2 n&apos;a pas été enregistré&#xa0;: rrdcached n&apos;a pas répondu pendant trop longtemps.</translation>
    </message>
</context>
<context>
    <name>virtdeck::HostCapacity</name>
    <message>
        <source>The host has not reported its CPUs and memory.</source>
        <translation>L&apos;hôte n&apos;a pas indiqué ses CPU et sa mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n shares free on the host (%1 memory, %2 vCPUs of %3)</source>
        <translation>
            <numerusform>%n part libre sur l&apos;hôte (%1 de mémoire, %2 vCPU sur %3)</numerusform>
            <numerusform>%n parts libres sur l&apos;hôte (%1 de mémoire, %2 vCPU sur %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The host does not have the memory: %1 more is needed and %2 is free (memory is not overcommitted; %3 is kept for the host).</source>
        <translation>L&apos;hôte n&apos;a pas assez de mémoire&#xa0;: il faut %1 de plus et %2 sont libres (la mémoire n&apos;est pas surallouée&#x202f;; %3 sont réservés à l&apos;hôte).</translation>
    </message>
    <message>
        <source>The host does not have the CPUs: %1 more vCPUs are needed and %2 are free (at most %3 vCPUs on %4 CPUs).</source>
        <translation>L&apos;hôte n&apos;a pas assez de CPU&#xa0;: il faut %1 vCPU de plus et %2 sont libres (au plus %3 vCPU sur %4 CPU).</translation>
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
        <translation>Clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <source>The host key of %1 has changed. virtdeck refused the connection.</source>
        <translation>La clé d&apos;hôte de %1 a changé. virtdeck a refusé la connexion.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Ask whoever manages it. Only if it was reinstalled, remove its old key from %1 (ssh-keygen -R) and try again.</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. Renseignez-vous auprès de la personne qui l&apos;administre. Uniquement s&apos;il a été réinstallé, supprimez son ancienne clé de %1 (ssh-keygen -R) et réessayez.</translation>
    </message>
    <message>
        <source>Presented: %1 %2
Expected: %3</source>
        <translation>Présentée&#xa0;: %1 %2
Attendue&#xa0;: %3</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>une autre clé</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>virtdeck has never connected to %1 before. Its host key is:</source>
        <translation>virtdeck ne s&apos;est encore jamais connecté à %1. Sa clé d&apos;hôte est&#xa0;:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server). Accept it only if they match.</source>
        <translation>Comparez-la à l&apos;empreinte que vous donne l&apos;administrateur du serveur (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub sur le serveur). Acceptez-la uniquement si elles correspondent.</translation>
    </message>
    <message>
        <source>Accept and remember</source>
        <translation>Accepter et mémoriser</translation>
    </message>
    <message>
        <source>Accept once</source>
        <translation>Accepter une fois</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
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
    <name>virtdeck::JsonFieldReader</name>
    <message>
        <source>must be a JSON object, not %1.</source>
        <translation>doit être un objet JSON, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>«&#xa0;%1&#xa0;» est absent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3; it is %4.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3&#x202f;; valeur reçue&#xa0;: %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3; it is %4.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre de %2 à %3&#x202f;; valeur reçue&#xa0;: %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>«&#xa0;%1&#xa0;» ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text in quotes; it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte entre guillemets&#x202f;; valeur reçue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false&#x202f;; valeur reçue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty texts, such as [&quot;www-*&quot;, &quot;db-01&quot;]; it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes non vides, comme [&quot;www-*&quot;, &quot;db-01&quot;]&#x202f;; valeur reçue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object in braces; it is %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet entre accolades&#x202f;; valeur reçue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known fields: %2).</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» (champs connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3).</source>
        <translation>%1 n&apos;est pas du JSON valide (ligne %2, colonne %3).</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalog</name>
    <message>
        <source>The host has no storage pool named &quot;%1&quot;, where virtdeck looks for kernels. Create it (a directory pool holding vmlinuz-VERSION and initrd.img-VERSION files), or set another pool for this host.</source>
        <translation>L&apos;hôte n&apos;a pas de pool de stockage nommé «&#xa0;%1&#xa0;», où virtdeck cherche les noyaux. Créez-le (un pool de type répertoire contenant des fichiers vmlinuz-VERSION et initrd.img-VERSION) ou définissez un autre pool pour cet hôte.</translation>
    </message>
    <message>
        <source>The storage pool &quot;%1&quot; is not active on the host; start it to list its kernels.</source>
        <translation>Le pool de stockage «&#xa0;%1&#xa0;» n&apos;est pas actif sur l&apos;hôte&#x202f;; démarrez-le pour lister ses noyaux.</translation>
    </message>
    <message>
        <source>Cannot list the volumes of the storage pool &quot;%1&quot;.</source>
        <translation>Impossible de lister les volumes du pool de stockage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The kernel notes %1 describe the pool &quot;%2&quot;, not &quot;%3&quot;; they are used anyway.</source>
        <translation>Les notes de noyaux %1 décrivent le pool «&#xa0;%2&#xa0;», et non «&#xa0;%3&#xa0;»&#x202f;; elles sont tout de même utilisées.</translation>
    </message>
    <message>
        <source>The kernel notes name %1, which is not in the pool &quot;%2&quot;.</source>
        <translation>Les notes de noyaux citent %1, qui n&apos;est pas dans le pool «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is no longer a storage volume on the host (it was removed or its pool was stopped); the definition is left unchanged. Refresh the kernel list and choose again.</source>
        <translation>%1 n&apos;est plus un volume de stockage sur l&apos;hôte (il a été supprimé ou son pool a été arrêté)&#x202f;; la définition reste inchangée. Actualisez la liste des noyaux et choisissez à nouveau.</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCatalogModel</name>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>not in the pool</source>
        <translation>absent du pool</translation>
    </message>
    <message>
        <source>no initrd</source>
        <translation>pas d&apos;initrd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The notes name this kernel but the pool has no volume %1.</source>
        <translation>Les notes citent ce noyau, mais le pool n&apos;a pas de volume %1.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelCmdline</name>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a carriage return</source>
        <translation>un retour chariot</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>un octet NUL</translation>
    </message>
    <message>
        <source>a Linux kernel on %1 (COMMAND_LINE_SIZE %2, final NUL included)</source>
        <translation>un noyau Linux sur %1 (COMMAND_LINE_SIZE %2, NUL final compris)</translation>
    </message>
    <message>
        <source>a Linux kernel (COMMAND_LINE_SIZE %1 assumed for an unknown architecture)</source>
        <translation>un noyau Linux (COMMAND_LINE_SIZE %1 supposé pour une architecture inconnue)</translation>
    </message>
    <message>
        <source>a Xen paravirtualised guest (MAX_GUEST_CMDLINE 1024, final NUL included)</source>
        <translation>un invité Xen paravirtualisé (MAX_GUEST_CMDLINE 1024, NUL final compris)</translation>
    </message>
    <message>
        <source>The command line is %1 bytes long; %2 accepts at most %3 bytes.</source>
        <translation>La ligne de commande fait %1 octets&#x202f;; %2 accepte au plus %3 octets.</translation>
    </message>
    <message>
        <source>the kernel</source>
        <translation>le noyau</translation>
    </message>
    <message>
        <source>The command line contains %1 at position %2; it must be one line of printable characters separated by spaces.</source>
        <translation>La ligne de commande contient %1 à la position %2&#x202f;; elle doit tenir sur une seule ligne de caractères imprimables séparés par des espaces.</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; at position %2 is encoded with the byte 0xA0, which the kernel reads as a space: the option is cut in two there.</source>
        <translation>Le caractère «&#xa0;%1&#xa0;» à la position %2 est codé avec l&apos;octet 0xA0, que le noyau lit comme une espace&#xa0;: l&apos;option est coupée en deux à cet endroit.</translation>
    </message>
    <message>
        <source>The double quote at position %1 is never closed; quotes come in pairs, around a value that holds spaces (key=&quot;a b&quot;).</source>
        <translation>Le guillemet double à la position %1 n&apos;est jamais fermé&#x202f;; les guillemets vont par paires, autour d&apos;une valeur contenant des espaces (key=&quot;a b&quot;).</translation>
    </message>
    <message>
        <source>Both ro and rw are given; the last one (%1) wins.</source>
        <translation>ro et rw sont tous deux indiqués&#x202f;; le dernier (%1) l&apos;emporte.</translation>
    </message>
    <message>
        <source>%1 is given %2 times with different values (%3); the kernel normally keeps the last one.</source>
        <translation>%1 est indiqué %2 fois avec des valeurs différentes (%3)&#x202f;; le noyau garde normalement la dernière.</translation>
    </message>
</context>
<context>
    <name>virtdeck::KernelNotes</name>
    <message>
        <source>%1: %2.%3 must be %4.</source>
        <translation>%1&#xa0;: %2.%3 doit être %4.</translation>
    </message>
    <message>
        <source>%1: %2 must be an object with at least a &quot;version&quot;.</source>
        <translation>%1&#xa0;: %2 doit être un objet contenant au moins «&#xa0;version&#xa0;».</translation>
    </message>
    <message>
        <source>a non-empty string without spaces or slashes, e.g. &quot;6.1.0-13-amd64&quot;</source>
        <translation>une chaîne non vide sans espaces ni barres obliques, p. ex. &quot;6.1.0-13-amd64&quot;</translation>
    </message>
    <message>
        <source>a volume name (no spaces or slashes)</source>
        <translation>un nom de volume (sans espaces ni barres obliques)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a volume name or null</source>
        <translation>un nom de volume ou null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>%1: %2.cmdline is not a valid command line: %3</source>
        <translation>%1&#xa0;: %2.cmdline n&apos;est pas une ligne de commande valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>The kernel notes %1 are not valid JSON.</source>
        <translation>Les notes de noyaux %1 ne sont pas du JSON valide.</translation>
    </message>
    <message>
        <source>The kernel notes %1 must be a JSON object with &quot;format&quot;: 1 and a &quot;kernels&quot; list.</source>
        <translation>Les notes de noyaux %1 doivent être un objet JSON avec &quot;format&quot;: 1 et une liste «&#xa0;kernels&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;format&quot; is missing; format %2 is assumed.</source>
        <translation>%1&#xa0;: «&#xa0;format&#xa0;» est absent&#x202f;; le format %2 est supposé.</translation>
    </message>
    <message>
        <source>The kernel notes %1 are written in a format this virtdeck does not read; it reads &quot;format&quot;: %2.</source>
        <translation>Les notes de noyaux %1 sont écrites dans un format que cette version de virtdeck ne lit pas&#x202f;; elle lit &quot;format&quot;: %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1: &quot;kernels&quot; must be a list of kernel entries.</source>
        <translation>%1&#xa0;: «&#xa0;kernels&#xa0;» doit être une liste d&apos;entrées de noyau.</translation>
    </message>
    <message>
        <source>%1: kernels[%2] repeats version %3; the first entry is kept.</source>
        <translation>%1&#xa0;: kernels[%2] répète la version %3&#x202f;; la première entrée est conservée.</translation>
    </message>
    <message>
        <source>%1: only one kernel can be recommended; %2 is, so kernels[%3] is not.</source>
        <translation>%1&#xa0;: un seul noyau peut être recommandé&#x202f;; %2 l&apos;est déjà, donc kernels[%3] ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Cannot read the kernel notes %1.</source>
        <translation>Impossible de lire les notes de noyaux %1.</translation>
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
        <source>%1 did not reboot within %2 s. Its operating system may ignore ACPI requests; use Force off, then Start.</source>
        <translation>%1 n&apos;a pas redémarré en %2 s. Son système d&apos;exploitation ignore peut-être les requêtes ACPI&#x202f;; utilisez «&#xa0;Forcer l&apos;arrêt&#xa0;», puis «&#xa0;Démarrer&#xa0;».</translation>
    </message>
    <message>
        <source>waiting for the guest to reboot</source>
        <translation>attente du redémarrage de l&apos;invité</translation>
    </message>
    <message>
        <source>rebooted</source>
        <translation>redémarré</translation>
    </message>
    <message>
        <source>%1 did not power off within %2 s, so it was not restarted. Its operating system may ignore ACPI shutdown requests; use Force off, then Start.</source>
        <translation>%1 ne s&apos;est pas éteint en %2 s, il n&apos;a donc pas été redémarré à froid. Son système d&apos;exploitation ignore peut-être les requêtes d&apos;arrêt ACPI&#x202f;; utilisez «&#xa0;Forcer l&apos;arrêt&#xa0;», puis «&#xa0;Démarrer&#xa0;».</translation>
    </message>
    <message>
        <source>A server has at most %1 tags.</source>
        <translation>Un serveur a au plus %1 étiquettes.</translation>
    </message>
    <message>
        <source>tags before: %1</source>
        <translation>étiquettes avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>tags now: %1</source>
        <translation>étiquettes maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tags of %1 are unchanged.</source>
        <translation>Les étiquettes de %1 sont inchangées.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>ajouter %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>retirer %1</translation>
    </message>
    <message>
        <source>Tags of %1: %2</source>
        <translation>Étiquettes de %1&#xa0;: %2</translation>
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
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>The demo fleet opens by itself when nothing else is saved</source>
        <translation>La flotte de démo s&apos;ouvre d&apos;elle-même quand rien d&apos;autre n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Open this connection every time virtdeck starts</source>
        <translation>Ouvrir cette connexion à chaque démarrage de virtdeck</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
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
        <translation>Gio/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>Mio/s</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>Kio/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
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
    <message>
        <source>Cancelled while the host was not responding; the hypervisor may still carry it out. The next listing shows what happened.</source>
        <translation>Annulée pendant que l&apos;hôte ne répondait pas&#x202f;; l&apos;hyperviseur peut encore l&apos;exécuter. La prochaine liste montrera ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Every server of this operation succeeded: there is nothing to retry.</source>
        <translation>L&apos;opération a réussi sur tous ses serveurs&#xa0;: il n&apos;y a rien à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (retry on %n server(s))</source>
        <translation>
            <numerusform>%1 (nouvelle tentative sur %n serveur)</numerusform>
            <numerusform>%1 (nouvelle tentative sur %n serveurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Another virtdeck process (a window or a scheduled run) runs this operation; cancel it there.</source>
        <translation>Un autre processus virtdeck (une fenêtre ou une exécution planifiée) exécute cette opération&#x202f;; annulez-la depuis celui-ci.</translation>
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
    <message>
        <source>That operation is no longer in the list.</source>
        <translation>Cette opération n&apos;est plus dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Retry &quot;%1&quot; on %n server(s): %2?</source>
        <translation>
            <numerusform>Relancer «&#xa0;%1&#xa0;» sur %n serveur&#xa0;: %2&#x202f;?</numerusform>
            <numerusform>Relancer «&#xa0;%1&#xa0;» sur %n serveurs&#xa0;: %2&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not run again on %n server(s) where it succeeded: %1</source>
        <translation>
            <numerusform>Pas relancée sur %n serveur où elle a réussi&#xa0;: %1</numerusform>
            <numerusform>Pas relancée sur les %n serveurs où elle a réussi&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::OutputText</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1&#xa0;Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1&#xa0;Gio</translation>
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
        <translation>Redémarrer à froid maintenant</translation>
    </message>
    <message>
        <source>Shut the server down and start it again (a full restart, not a guest reboot) so the hypervisor applies its new definition</source>
        <translation>Arrêter le serveur puis le relancer (un redémarrage à froid, pas un redémarrage de l&apos;invité) pour que l&apos;hyperviseur applique sa nouvelle définition</translation>
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
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>The key offered to %1 is protected by a passphrase.</source>
        <translation>La clé proposée à %1 est protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>Connexion SSH</translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 demande&#xa0;:</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Log in to %1 with a password.</source>
        <translation>Connectez-vous à %1 avec un mot de passe.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>virtdeck uses it for this login only and does not keep it.</source>
        <translation>virtdeck s&apos;en sert uniquement pour cette connexion et ne l&apos;enregistre nulle part.</translation>
    </message>
</context>
<context>
    <name>virtdeck::RescueWatcher</name>
    <message>
        <source>Cannot mark the rescue boot in the server&apos;s live definition.</source>
        <translation>Impossible de marquer le démarrage de secours dans la définition active du serveur.</translation>
    </message>
    <message>
        <source>Cannot list the running servers.</source>
        <translation>Impossible de lister les serveurs en marche.</translation>
    </message>
    <message>
        <source>Start %1 normally after its rescue boot</source>
        <translation>Démarrer %1 normalement après son démarrage de secours</translation>
    </message>
    <message>
        <source>the rescue boot ended with the guest&apos;s reboot</source>
        <translation>le démarrage de secours s&apos;est terminé avec le redémarrage de l&apos;invité</translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdBackend</name>
    <message>
        <source>data sources %1 instead of %2</source>
        <translation>sources de données %1 au lieu de %2</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes)</source>
        <translation>le fichier est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <source>Cannot create the history file %1.</source>
        <translation>Impossible de créer le fichier d&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot write to the history file %1.</source>
        <translation>Impossible d&apos;écrire dans le fichier d&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1.</source>
        <translation>Impossible de lire le fichier d&apos;historique %1.</translation>
    </message>
</context>
<context>
    <name>virtdeck::RrdCachedClient</name>
    <message>
        <source>Cannot reach rrdcached at %1.</source>
        <translation>Impossible de joindre rrdcached à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <source>no answer to the connection request</source>
        <translation>pas de réponse à la demande de connexion</translation>
    </message>
    <message>
        <source>the daemon does not take the request</source>
        <translation>le démon n&apos;accepte pas la requête</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>le démon a fermé la connexion</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>réponse inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>virtdeck::RunCommandDialog</name>
    <message>
        <source>Run a command</source>
        <translation>Exécuter une commande</translation>
    </message>
    <message numerus="yes">
        <source>On %n server(s): %1</source>
        <translation>
            <numerusform>Sur %n serveur&#xa0;: %1</numerusform>
            <numerusform>Sur %n serveurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>for example: systemctl restart nginx</source>
        <translation>par exemple&#xa0;: systemctl restart nginx</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Commande&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Timeout per server:</source>
        <translation>Délai par serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Servers at once:</source>
        <translation>Serveurs en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Select a server to see its whole output.</source>
        <translation>Sélectionnez un serveur pour voir toute sa sortie.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>En attente de démarrage…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Killed by signal %1</source>
        <translation>Tué par le signal %1</translation>
    </message>
    <message>
        <source>Exit status %1</source>
        <translation>Code de sortie %1</translation>
    </message>
    <message>
        <source>Stopped after the timeout of %1 s</source>
        <translation>Arrêté après le délai de %1&#xa0;s</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <translation>Durée&#xa0;: %1&#xa0;ms</translation>
    </message>
    <message>
        <source>--- stdout (%1) ---</source>
        <translation>--- stdout (%1) ---</translation>
    </message>
    <message>
        <source>[cut: %1 kept]</source>
        <translation>[tronqué&#xa0;: %1 conservés]</translation>
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
        <translation>Sans fenêtre</translation>
    </message>
    <message>
        <source>Run schedules automatically, also while virtdeck is closed (every 5 minutes)</source>
        <translation>Exécuter les planifications automatiquement, même quand virtdeck est fermé (toutes les 5 minutes)</translation>
    </message>
    <message>
        <source>This system has no systemd user session: add this line with &lt;tt&gt;crontab -e&lt;/tt&gt;:</source>
        <translation>Ce système n&apos;a pas de session utilisateur systemd&#xa0;: ajoutez cette ligne avec &lt;tt&gt;crontab -e&lt;/tt&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>No scheduled rule has run yet.</source>
        <translation>Aucune règle planifiée ne s&apos;est encore exécutée.</translation>
    </message>
    <message>
        <source>Last scheduled run: %1 (%2), %3: %4</source>
        <translation>Dernière exécution planifiée&#xa0;: %1 (%2), %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleEditor</name>
    <message>
        <source>Scheduled flex</source>
        <translation>Redimensionnement planifié</translation>
    </message>
    <message>
        <source>Rules run while virtdeck is open, and with &lt;tt&gt;virtdeck --run-schedules&lt;/tt&gt; from cron or a systemd timer. Each run is an operation named after its rule.</source>
        <translation>Les règles s&apos;exécutent pendant que virtdeck est ouvert, et avec &lt;tt&gt;virtdeck --run-schedules&lt;/tt&gt; depuis cron ou un minuteur systemd. Chaque exécution est une opération portant le nom de sa règle.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM, p. ex. 14:00</translation>
    </message>
    <message>
        <source>(none ticked: every day)</source>
        <translation>(aucun coché&#xa0;: tous les jours)</translation>
    </message>
    <message>
        <source>names or wildcards: www-*, db-01</source>
        <translation>noms ou jokers&#xa0;: www-*, db-01</translation>
    </message>
    <message>
        <source>tags: web, production</source>
        <translation>étiquettes&#xa0;: web, production</translation>
    </message>
    <message>
        <source>Set to N shares</source>
        <translation>Fixer à N parts</translation>
    </message>
    <message>
        <source>Add N shares</source>
        <translation>Ajouter N parts</translation>
    </message>
    <message>
        <source>Remove N shares</source>
        <translation>Retirer N parts</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Matches now:</source>
        <translation>Correspondances actuelles&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>The saved schedule cannot be used; saving here replaces it.</source>
        <translation>La planification enregistrée est inutilisable&#x202f;; l&apos;enregistrer ici la remplacera.</translation>
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
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: write HH:MM, from 00:00 to 23:59.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure valide&#xa0;: saisissez HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>no server on the connected hosts</source>
        <translation>aucun serveur sur les hôtes connectés</translation>
    </message>
    <message numerus="yes">
        <source>%n servers: %1</source>
        <translation>
            <numerusform>%n serveur&#xa0;: %1</numerusform>
            <numerusform>%n serveurs&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matches no server on the connected hosts (%2); check the names and tags.</source>
        <translation>la règle «&#xa0;%1&#xa0;» ne correspond à aucun serveur sur les hôtes connectés (%2)&#x202f;; vérifiez les noms et les étiquettes.</translation>
    </message>
    <message>
        <source>The schedule was not saved:
%1</source>
        <translation>La planification n&apos;a pas été enregistrée&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRule</name>
    <message>
        <source>&quot;days&quot; must be &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekends&quot; or a list of mon, tue, wed, thu, fri, sat, sun; %1 is not.</source>
        <translation>«&#xa0;days&#xa0;» doit valoir &quot;daily&quot;, &quot;weekdays&quot;, &quot;weekends&quot; ou une liste parmi mon, tue, wed, thu, fri, sat, sun&#x202f;; %1 ne convient pas.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;</source>
        <translation>règle %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;at&quot; must be a time of day as HH:MM, from 00:00 to 23:59; &quot;%1&quot; is not.</source>
        <translation>«&#xa0;at&#xa0;» doit être une heure au format HH:MM, de 00:00 à 23:59&#x202f;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <source>give exactly one action: &quot;set&quot;: N (shares), &quot;add&quot;: N or &quot;remove&quot;: N.</source>
        <translation>indiquez exactement une action&#xa0;: &quot;set&quot;: N (parts), &quot;add&quot;: N ou &quot;remove&quot;: N.</translation>
    </message>
    <message numerus="yes">
        <source>set to %n shares</source>
        <translation>
            <numerusform>fixer à %n part</numerusform>
            <numerusform>fixer à %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n shares</source>
        <translation>
            <numerusform>+%n part</numerusform>
            <numerusform>+%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n shares</source>
        <translation>
            <numerusform>−%n part</numerusform>
            <numerusform>−%n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>en semaine</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>le week-end</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4</source>
        <translation>%1 à %2&#xa0;: %3, %4</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleRunner</name>
    <message>
        <source>schedule rule &apos;%1&apos;</source>
        <translation>règle de planification «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; matched no server (%2) on the connected hosts.</source>
        <translation>La règle «&#xa0;%1&#xa0;» ne correspond à aucun serveur (%2) sur les hôtes connectés.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleState</name>
    <message>
        <source>Cannot save when scheduled flex rules ran to %1.</source>
        <translation>Impossible d&apos;enregistrer dans %1 l&apos;heure d&apos;exécution des règles de redimensionnement planifié.</translation>
    </message>
    <message>
        <source>Another virtdeck is running scheduled flex rules right now (%1 is locked).</source>
        <translation>Une autre instance de virtdeck exécute en ce moment les règles de redimensionnement planifié (%1 est verrouillé).</translation>
    </message>
</context>
<context>
    <name>virtdeck::ScheduleTimer</name>
    <message>
        <source>&quot;%1&quot; failed (exit code %2).</source>
        <translation>«&#xa0;%1&#xa0;» a échoué (code de sortie %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be started.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no systemd user session here: add the crontab line instead.</source>
        <translation>Il n&apos;y a pas de session utilisateur systemd ici&#xa0;: ajoutez plutôt la ligne crontab.</translation>
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
            <numerusform>%1&#xa0;: %n serveur</numerusform>
            <numerusform>%1&#xa0;: %n serveurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtdeck::ServerAddress</name>
    <message>
        <source>DHCP lease</source>
        <translation>Bail DHCP</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>agent invité</translation>
    </message>
    <message>
        <source>ARP table</source>
        <translation>Table ARP</translation>
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
        <translation>Réseau</translation>
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
    <name>virtdeck::ServerSelector</name>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> with </source>
        <translation> avec </translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>name servers (&quot;servers&quot;: [&quot;www-*&quot;]) or tags (&quot;tags&quot;: [&quot;web&quot;]) to act on.</source>
        <translation>désignez les serveurs (&quot;servers&quot;: [&quot;www-*&quot;]) ou les étiquettes (&quot;tags&quot;: [&quot;web&quot;]) concernés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or pattern (letters, digits, - _ . : + @ and the wildcards * ?).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom ou un motif de serveur (lettres, chiffres, - _ . : + @ et les jokers * ?).</translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfile</name>
    <message>
        <source>&quot;liveCeiling&quot; (%1) must not be below &quot;minShares&quot; (%2).</source>
        <translation>«&#xa0;liveCeiling&#xa0;» (%1) ne doit pas être inférieur à «&#xa0;minShares&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>&quot;absoluteMax&quot; (%1) must not be below &quot;liveCeiling&quot; (%2).</source>
        <translation>«&#xa0;absoluteMax&#xa0;» (%1) ne doit pas être inférieur à «&#xa0;liveCeiling&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;absoluteMax&quot; is %1, above the largest CPU weight any host accepts (%2).</source>
        <translation>«&#xa0;cpuWeightPerShare&#xa0;» × «&#xa0;absoluteMax&#xa0;» vaut %1, au-dessus du plus grand poids CPU accepté par un hôte (%2).</translation>
    </message>
    <message>
        <source>&quot;cpuWeightPerShare&quot; × &quot;minShares&quot; is %1, below the smallest CPU weight cgroup v1 accepts (2).</source>
        <translation>«&#xa0;cpuWeightPerShare&#xa0;» × «&#xa0;minShares&#xa0;» vaut %1, en dessous du plus petit poids CPU accepté par cgroup v1 (2).</translation>
    </message>
    <message>
        <source>&quot;memoryMiBPerShare&quot; × &quot;absoluteMax&quot; is above 16 TiB; that is not a server size.</source>
        <translation>«&#xa0;memoryMiBPerShare&#xa0;» × «&#xa0;absoluteMax&#xa0;» dépasse 16&#xa0;Tio&#x202f;; ce n&apos;est pas une taille de serveur.</translation>
    </message>
    <message>
        <source>The share profile is not valid:
%1</source>
        <translation>Le profil de parts n&apos;est pas valide&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>virtdeck::ShareProfileStore</name>
    <message>
        <source>The shipped share profile %1 cannot be read.</source>
        <translation>Le profil de parts fourni %1 est illisible.</translation>
    </message>
    <message>
        <source>The share profile overrides %1 cannot be read.</source>
        <translation>Les surcharges de profils de parts %1 sont illisibles.</translation>
    </message>
    <message>
        <source>The share profile overrides are not valid:
%1</source>
        <translation>Les surcharges de profils de parts ne sont pas valides&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1, &quot;default&quot;</source>
        <translation>%1, «&#xa0;default&#xa0;»</translation>
    </message>
    <message>
        <source>%1, host %2</source>
        <translation>%1, hôte %2</translation>
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
    <name>virtdeck::SshAccessDialog</name>
    <message>
        <source>SSH access of %1</source>
        <translation>Accès SSH à %1</translation>
    </message>
    <message>
        <source>Where virtdeck connects to diagnose %1 and run commands on it. Leave a field empty to use the address the hypervisor reports, your ~/.ssh/config, port 22 and user root.</source>
        <translation>Où virtdeck se connecte pour diagnostiquer %1 et y exécuter des commandes. Laissez un champ vide pour utiliser l&apos;adresse indiquée par l&apos;hyperviseur, votre ~/.ssh/config, le port 22 et l&apos;utilisateur root.</translation>
    </message>
    <message>
        <source>reported address</source>
        <translation>adresse indiquée</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else root</source>
        <translation>depuis ~/.ssh/config, sinon root</translation>
    </message>
    <message>
        <source>Host name or IP:</source>
        <translation>Nom d&apos;hôte ou IP&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>virtdeck::SshSession</name>
    <message>
        <source>No host to connect to.</source>
        <translation>Aucun hôte auquel se connecter.</translation>
    </message>
    <message>
        <source>The SSH library could not create a session.</source>
        <translation>La bibliothèque SSH n&apos;a pas pu créer de session.</translation>
    </message>
    <message>
        <source>The SSH configuration cannot be read.</source>
        <translation>La configuration SSH est illisible.</translation>
    </message>
    <message>
        <source>%1 refuses SSH connections.</source>
        <translation>%1 refuse les connexions SSH.</translation>
    </message>
    <message>
        <source>There is no network route to %1.</source>
        <translation>Aucune route réseau vers %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu en %2&#xa0;s.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation>Le nom d&apos;hôte %1 ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>La connexion SSH à %1 a échoué.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 n&apos;a envoyé aucune clé d&apos;hôte.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed, so virtdeck refuses to connect: someone may be intercepting the connection, or the server was reinstalled. If you know it was reinstalled, remove its old key from %2 (ssh-keygen -R) and try again.</source>
        <translation>La clé d&apos;hôte de %1 a changé, virtdeck refuse donc de se connecter&#xa0;: quelqu&apos;un intercepte peut-être la connexion, ou le serveur a été réinstallé. Si vous savez qu&apos;il a été réinstallé, supprimez son ancienne clé de %2 (ssh-keygen -R) et réessayez.</translation>
    </message>
    <message>
        <source>presented %1 %2, known_hosts expects %3</source>
        <translation>clé présentée&#xa0;: %1 %2, known_hosts attend %3</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>une autre clé</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be checked against %2.</source>
        <translation>La clé d&apos;hôte de %1 ne peut pas être vérifiée dans %2.</translation>
    </message>
    <message>
        <source>The host key of %1 is not known and was not accepted.</source>
        <translation>La clé d&apos;hôte de %1 est inconnue et n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be saved in %2.</source>
        <translation>La clé d&apos;hôte de %1 ne peut pas être enregistrée dans %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection during login.</source>
        <translation>%1 a fermé la connexion pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>keys from the agent and key files</source>
        <translation>clés de l&apos;agent et fichiers de clés</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>keyboard-interactive answers</source>
        <translation>réponses keyboard-interactive</translation>
    </message>
    <message>
        <source>Login to %1 cancelled.</source>
        <translation>Connexion à %1 annulée.</translation>
    </message>
    <message>
        <source>%1 did not accept any way virtdeck can log in. Check the user name, and that your key is in the server&apos;s authorized_keys or that password login is allowed.</source>
        <translation>%1 n&apos;a accepté aucune des méthodes de connexion de virtdeck. Vérifiez le nom d&apos;utilisateur, et que votre clé figure dans le fichier authorized_keys du serveur ou que la connexion par mot de passe est autorisée.</translation>
    </message>
    <message>
        <source>tried: %1</source>
        <translation>méthodes essayées&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing the server offers</source>
        <translation>rien de ce que propose le serveur</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The password for %1 was refused.</source>
        <translation>Le mot de passe pour %1 a été refusé.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>%1 refused to open a session for the command.</source>
        <translation>%1 a refusé d&apos;ouvrir une session pour la commande.</translation>
    </message>
    <message>
        <source>%1 refused to run the command.</source>
        <translation>%1 a refusé d&apos;exécuter la commande.</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran.</source>
        <translation>La connexion à %1 a été interrompue pendant l&apos;exécution de la commande.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SshTargetCheck</name>
    <message>
        <source>No host to connect to for %1.</source>
        <translation>Aucun hôte auquel se connecter pour %1.</translation>
    </message>
    <message>
        <source>The SSH host of %1 is refused: it is neither an IP address nor a host name. Allowed are IPv4 and IPv6 addresses and host names of letters, digits, dots and dashes; correct it in the server&apos;s SSH access.</source>
        <translation>L&apos;hôte SSH de %1 est refusé&#xa0;: ce n&apos;est ni une adresse IP ni un nom d&apos;hôte. Sont acceptés les adresses IPv4 et IPv6 et les noms d&apos;hôte composés de lettres, de chiffres, de points et de tirets&#x202f;; corrigez-le dans l&apos;accès SSH du serveur.</translation>
    </message>
    <message>
        <source>The SSH user name of %1 is refused: a user name starts with a lowercase letter or _ and has at most %2 lowercase letters, digits, _ . or -; correct it in the server&apos;s SSH access.</source>
        <translation>Le nom d&apos;utilisateur SSH de %1 est refusé&#xa0;: un nom d&apos;utilisateur commence par une lettre minuscule ou _ et compte au plus %2 lettres minuscules, chiffres, _ . ou -&#x202f;; corrigez-le dans l&apos;accès SSH du serveur.</translation>
    </message>
    <message>
        <source>The SSH port of %1 must be between 1 and 65535.</source>
        <translation>Le port SSH de %1 doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsCollector</name>
    <message>
        <source>Cannot read the statistics of the servers.</source>
        <translation>Impossible de lire les statistiques des serveurs.</translation>
    </message>
</context>
<context>
    <name>virtdeck::StatsSampler</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>per-domain calls: this driver has no bulk statistics</source>
        <translation>appels par domaine&#xa0;: ce pilote ne fournit pas de statistiques groupées</translation>
    </message>
</context>
<context>
    <name>virtdeck::SysRqTable</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Prints the list of SysRq commands on the console.</source>
        <translation>Affiche la liste des commandes SysRq sur la console.</translation>
    </message>
    <message>
        <source>Log level %1</source>
        <translation>Niveau de journalisation %1</translation>
    </message>
    <message>
        <source>Sets the console log level to 0: only emergency kernel messages reach the console.</source>
        <translation>Règle le niveau de journalisation de la console à 0&#xa0;: seuls les messages d&apos;urgence du noyau atteignent la console.</translation>
    </message>
    <message>
        <source>Sets the console log level to %1: kernel messages more urgent than level %1 reach the console (9 shows everything).</source>
        <translation>Règle le niveau de journalisation de la console à %1&#xa0;: les messages du noyau plus urgents que le niveau %1 atteignent la console (9 affiche tout).</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Reboots at once, without syncing or unmounting disks: unsaved data is lost.</source>
        <translation>Redémarre immédiatement, sans synchroniser ni démonter les disques&#xa0;: les données non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>Crash</source>
        <translation>Plantage</translation>
    </message>
    <message>
        <source>Crashes the kernel on purpose (a crash dump is taken if kdump is set up); the server stops answering.</source>
        <translation>Fait planter le noyau volontairement (un vidage mémoire est effectué si kdump est configuré)&#x202f;; le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>Terminate all</source>
        <translation>Terminer tout</translation>
    </message>
    <message>
        <source>Sends SIGTERM to every process except init.</source>
        <translation>Envoie SIGTERM à tous les processus sauf init.</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>Tueur OOM</translation>
    </message>
    <message>
        <source>Runs the out-of-memory killer: kills the process using the most memory.</source>
        <translation>Lance le tueur OOM (manque de mémoire)&#xa0;: tue le processus qui utilise le plus de mémoire.</translation>
    </message>
    <message>
        <source>Kill all</source>
        <translation>Tuer tout</translation>
    </message>
    <message>
        <source>Sends SIGKILL to every process except init.</source>
        <translation>Envoie SIGKILL à tous les processus sauf init.</translation>
    </message>
    <message>
        <source>Thaw</source>
        <translation>Dégeler</translation>
    </message>
    <message>
        <source>Thaws file systems frozen with fsfreeze.</source>
        <translation>Dégèle les systèmes de fichiers gelés avec fsfreeze.</translation>
    </message>
    <message>
        <source>Secure attention key</source>
        <translation>Touche d&apos;attention sécurisée</translation>
    </message>
    <message>
        <source>Kills every program on the current virtual console (SAK).</source>
        <translation>Tue tous les programmes de la console virtuelle courante (SAK).</translation>
    </message>
    <message>
        <source>Backtrace</source>
        <translation>Trace d&apos;appels</translation>
    </message>
    <message>
        <source>Shows a backtrace of every active CPU.</source>
        <translation>Affiche une trace d&apos;appels de chaque CPU actif.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Shows memory usage.</source>
        <translation>Affiche l&apos;utilisation de la mémoire.</translation>
    </message>
    <message>
        <source>Nice real-time tasks</source>
        <translation>Tâches temps réel en priorité normale</translation>
    </message>
    <message>
        <source>Makes real-time tasks run at normal priority.</source>
        <translation>Fait tourner les tâches temps réel en priorité normale.</translation>
    </message>
    <message>
        <source>Power off</source>
        <translation>Éteindre</translation>
    </message>
    <message>
        <source>Powers the server off at once, without a clean shutdown.</source>
        <translation>Éteint le serveur immédiatement, sans arrêt propre.</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Shows the current CPU registers and flags.</source>
        <translation>Affiche les registres et indicateurs actuels du CPU.</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Minuteurs</translation>
    </message>
    <message>
        <source>Shows the armed high-resolution timers and clock event devices.</source>
        <translation>Affiche les minuteurs haute résolution armés et les périphériques d&apos;événements d&apos;horloge.</translation>
    </message>
    <message>
        <source>Unraw</source>
        <translation>Quitter le mode brut</translation>
    </message>
    <message>
        <source>Takes the keyboard out of raw mode.</source>
        <translation>Sort le clavier du mode brut.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Writes all unsaved data of mounted file systems to disk.</source>
        <translation>Écrit sur disque toutes les données non enregistrées des systèmes de fichiers montés.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Shows every task and its state.</source>
        <translation>Affiche chaque tâche et son état.</translation>
    </message>
    <message>
        <source>Remount read-only</source>
        <translation>Remonter en lecture seule</translation>
    </message>
    <message>
        <source>Remounts every file system read-only: programs can no longer write.</source>
        <translation>Remonte tous les systèmes de fichiers en lecture seule&#xa0;: les programmes ne peuvent plus écrire.</translation>
    </message>
    <message>
        <source>Blocked tasks</source>
        <translation>Tâches bloquées</translation>
    </message>
    <message>
        <source>Shows tasks in uninterruptible (blocked) state.</source>
        <translation>Affiche les tâches en état non interruptible (bloquées).</translation>
    </message>
    <message>
        <source>Ftrace buffer</source>
        <translation>Tampon ftrace</translation>
    </message>
    <message>
        <source>Dumps the ftrace buffer.</source>
        <translation>Affiche le contenu du tampon ftrace.</translation>
    </message>
</context>
<context>
    <name>virtdeck::SystemParsers</name>
    <message>
        <source>The output of %1 was not understood.</source>
        <translation>La sortie de %1 n&apos;a pas été comprise.</translation>
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
<context>
    <name>virtdeck::TcpProbe</name>
    <message>
        <source>port %1 answers (connected in %2 ms)</source>
        <translation>le port %1 répond (connecté en %2&#xa0;ms)</translation>
    </message>
    <message>
        <source>port %1 refused the connection</source>
        <translation>le port %1 a refusé la connexion</translation>
    </message>
    <message>
        <source>no answer from port %1 within %2 ms</source>
        <translation>pas de réponse du port %1 en %2&#xa0;ms</translation>
    </message>
    <message>
        <source>no route to %1 (%2)</source>
        <translation>aucune route vers %1 (%2)</translation>
    </message>
    <message>
        <source>the host name %1 cannot be resolved (%2)</source>
        <translation>le nom d&apos;hôte %1 ne peut pas être résolu (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2)</source>
        <translation>impossible de se connecter à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalSearchBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Search the scrollback</source>
        <translation>Rechercher dans l&apos;historique de défilement</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Enter)</source>
        <translation>Occurrence précédente (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Shift+Enter)</source>
        <translation>Occurrence suivante (Shift+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Fermer la recherche (Escape)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>virtdeck::TerminalView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
</context>
<context>
    <name>virtdeck::TimeChartView</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageAcknowledgements</name>
    <message>
        <source>Cannot read the acknowledged findings (%1).</source>
        <translation>Impossible de lire les constats acquittés (%1).</translation>
    </message>
    <message>
        <source>The acknowledged findings could not be read; the file was set aside as %1 and every finding shows again.</source>
        <translation>Les constats acquittés sont illisibles&#x202f;; le fichier a été mis de côté sous le nom %1 et tous les constats s&apos;affichent de nouveau.</translation>
    </message>
    <message>
        <source>Cannot save the acknowledged findings (%1).</source>
        <translation>Impossible d&apos;enregistrer les constats acquittés (%1).</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageDock</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the page the selected finding points to</source>
        <translation>Ouvrir la page indiquée par le constat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Hide the selected findings until they change</source>
        <translation>Masquer les constats sélectionnés jusqu&apos;à ce qu&apos;ils changent</translation>
    </message>
    <message>
        <source>Show a&amp;cknowledged</source>
        <translation>Afficher les a&amp;cquittés</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>Copy the findings (the selected ones, or all shown) with times and figures, for a ticket</source>
        <translation>Copier les constats (ceux sélectionnés, ou tous ceux affichés) avec les heures et les valeurs, pour un ticket</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>&amp;Seuils…</translation>
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
        <translation>Impossible de lire les capacités de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s disk errors.</source>
        <translation>Impossible de lire les erreurs de disque du serveur.</translation>
    </message>
    <message>
        <source>%1: no space left</source>
        <translation>%1&#xa0;: plus d&apos;espace libre</translation>
    </message>
    <message>
        <source>%1: I/O error</source>
        <translation>%1&#xa0;: erreur d&apos;E/S</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageExport</name>
    <message numerus="yes">
        <source>virtdeck triage, %1: %n finding(s)</source>
        <translation>
            <numerusform>virtdeck, triage du %1&#xa0;: %n constat</numerusform>
            <numerusform>virtdeck, triage du %1&#xa0;: %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>depuis %1 (%2)</translation>
    </message>
    <message>
        <source>since at least %1 (%2)</source>
        <translation>depuis au moins %1 (%2)</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageFinding</name>
    <message>
        <source>Host not responding</source>
        <translation>L&apos;hôte ne répond pas</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Planté</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Shut off unexpectedly</source>
        <translation>Éteint de manière inattendue</translation>
    </message>
    <message>
        <source>No hardware acceleration</source>
        <translation>Pas d&apos;accélération matérielle</translation>
    </message>
    <message>
        <source>Restarted by the host</source>
        <translation>Redémarré à froid par l&apos;hôte</translation>
    </message>
    <message>
        <source>CPU steal</source>
        <translation>Temps CPU volé</translation>
    </message>
    <message>
        <source>CPU pegged</source>
        <translation>CPU saturé</translation>
    </message>
    <message>
        <source>Memory at its maximum</source>
        <translation>Mémoire à son maximum</translation>
    </message>
    <message>
        <source>Rescue boot active</source>
        <translation>Démarrage de secours actif</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Open host</source>
        <translation>Ouvrir l&apos;hôte</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir le graphique</translation>
    </message>
    <message>
        <source>Flex…</source>
        <translation>Redimensionner…</translation>
    </message>
    <message>
        <source>Open boot</source>
        <translation>Ouvrir le démarrage</translation>
    </message>
    <message>
        <source>Reboot to apply…</source>
        <translation>Redémarrer à froid pour appliquer…</translation>
    </message>
    <message>
        <source>Open overview</source>
        <translation>Ouvrir la vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageModel</name>
    <message>
        <source>(host)</source>
        <translation>(hôte)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (il y a %2)</translation>
    </message>
    <message>
        <source>≥ %1 ago (already so when virtdeck connected)</source>
        <translation>il y a ≥ %1 (déjà le cas à la connexion de virtdeck)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageRules</name>
    <message>
        <source>the hypervisor reports the guest crashed</source>
        <translation>l&apos;hyperviseur signale que l&apos;invité a planté</translation>
    </message>
    <message>
        <source>the hypervisor reports: %1</source>
        <translation>l&apos;hyperviseur signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused, no reason given by the hypervisor</source>
        <translation>en pause, sans raison donnée par l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <source>shut off: %1</source>
        <translation>éteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>; no virtdeck operation stopped it</source>
        <translation>&#x202f;; aucune opération virtdeck ne l&apos;a arrêté</translation>
    </message>
    <message>
        <source>domain type qemu: the CPU is emulated (about 1/50 of normal speed), while the host offers kvm</source>
        <translation>type de domaine qemu&#xa0;: le CPU est émulé (environ 1/50 de la vitesse normale), alors que l&apos;hôte propose kvm</translation>
    </message>
    <message>
        <source>running for %1; no virtdeck operation and no guest reboot explains the start</source>
        <translation>en marche depuis %1&#x202f;; ni une opération virtdeck ni un redémarrage de l&apos;invité n&apos;explique ce démarrage</translation>
    </message>
    <message>
        <source>booted with the rescue options (command line: %1); the next boot uses the normal definition</source>
        <translation>démarré avec les options de secours (ligne de commande&#xa0;: %1)&#x202f;; le prochain démarrage utilise la définition normale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>reboot to apply: %1</source>
        <translation>redémarrage à froid requis pour appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>vCPU wait %1 on average over %2 (now %3; threshold %4)</source>
        <translation>attente vCPU de %1 en moyenne sur %2 (actuellement %3&#x202f;; seuil %4)</translation>
    </message>
    <message numerus="yes">
        <source>CPU %1 of its %n vCPU(s) for %2: flex it to more CPU</source>
        <translation>
            <numerusform>CPU à %1 de son %n vCPU pendant %2&#xa0;: redimensionnez-le vers plus de CPU</numerusform>
            <numerusform>CPU à %1 de ses %n vCPU pendant %2&#xa0;: redimensionnez-le vers plus de CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>balloon at %1 of %2 maximum; %3 usable in the guest</source>
        <translation>ballon à %1 sur %2 au maximum&#x202f;; %3 utilisables dans l&apos;invité</translation>
    </message>
</context>
<context>
    <name>virtdeck::TriageSettingsDialog</name>
    <message>
        <source>Triage thresholds</source>
        <translation>Seuils de triage</translation>
    </message>
    <message>
        <source>CPU steal (vCPU wait) above</source>
        <translation>Temps CPU volé (attente vCPU) au-dessus de</translation>
    </message>
    <message>
        <source>averaged over</source>
        <translation>en moyenne sur</translation>
    </message>
    <message>
        <source>CPU pegged at or above</source>
        <translation>CPU saturé à partir de</translation>
    </message>
    <message>
        <source>for at least</source>
        <translation>pendant au moins</translation>
    </message>
    <message>
        <source>Restarted by the host: running for less than</source>
        <translation>Redémarré à froid par l&apos;hôte&#xa0;: en marche depuis moins de</translation>
    </message>
    <message>
        <source>Memory at its maximum: guest-usable memory below</source>
        <translation>Mémoire à son maximum&#xa0;: mémoire utilisable par l&apos;invité inférieure à</translation>
    </message>
</context>
</TS>
