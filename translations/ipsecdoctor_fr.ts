<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>Base Filtering Engine</source>
        <translation>Moteur de filtrage de base</translation>
    </message>
    <message>
        <source>IKE and AuthIP IPsec Keying Modules</source>
        <translation>Modules de génération de clés IKE et AuthIP</translation>
    </message>
    <message>
        <source>IPsec Policy Agent</source>
        <translation>Agent de stratégie IPsec</translation>
    </message>
    <message>
        <source>Secure Socket Tunneling Protocol Service</source>
        <translation>Service SSTP (Secure Socket Tunneling Protocol)</translation>
    </message>
    <message>
        <source>Remote Access Connection Manager</source>
        <translation>Gestionnaire des connexions d’accès à distance</translation>
    </message>
    <message>
        <source>Every IPsec service and the firewall depend on it: no IKEv2 or L2TP/IPsec VPN can connect (error 827).</source>
        <translation>Tous les services IPsec et le pare-feu en dépendent&#xa0;: aucun VPN IKEv2 ou L2TP/IPsec ne peut se connecter (erreur 827).</translation>
    </message>
    <message>
        <source>It negotiates the keys of every IPsec connection: IKEv2 and L2TP/IPsec VPNs fail (error 827).</source>
        <translation>Il négocie les clés de chaque connexion IPsec&#xa0;: les VPN IKEv2 et L2TP/IPsec échouent (erreur 827).</translation>
    </message>
    <message>
        <source>It applies the IPsec policy: L2TP/IPsec connections fail with &quot;no IPsec policy&quot; (error 791).</source>
        <translation>Il applique la stratégie IPsec&#xa0;: les connexions L2TP/IPsec échouent avec «&#xa0;aucune stratégie IPsec&#xa0;» (erreur 791).</translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager depends on it: no VPN connection can be dialled (error 834).</source>
        <translation>Le Gestionnaire des connexions d’accès à distance en dépend&#xa0;: aucune connexion VPN ne peut être établie (erreur 834).</translation>
    </message>
    <message>
        <source>It dials every VPN connection: without it Windows reports error 834.</source>
        <translation>Il établit chaque connexion VPN&#xa0;: sans lui, Windows signale l’erreur 834.</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>Constat inconnu %1</translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation>Ce constat vient d’une version plus récente d’IPsec Doctor&#xa0;; ses éléments sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>Le service «&#xa0;%1&#xa0;» fonctionne</translation>
    </message>
    <message>
        <source>The service is running as expected.</source>
        <translation>Le service fonctionne normalement.</translation>
    </message>
    <message>
        <source>%1 is ready (starts when needed)</source>
        <translation>Le service «&#xa0;%1&#xa0;» est prêt (démarre à la demande)</translation>
    </message>
    <message>
        <source>The service is stopped, which is normal: Windows starts it when a VPN connection needs it.</source>
        <translation>Le service est arrêté, ce qui est normal&#xa0;: Windows le démarre quand une connexion VPN en a besoin.</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>Le service «&#xa0;%1&#xa0;» est désactivé</translation>
    </message>
    <message>
        <source>The service is disabled, so Windows cannot start it.</source>
        <translation>Le service est désactivé&#xa0;: Windows ne peut pas le démarrer.</translation>
    </message>
    <message>
        <source>Restore its Windows default start type: IPsec Doctor sets it and starts the service.</source>
        <translation>Rétablissez son type de démarrage par défaut de Windows&#xa0;: IPsec Doctor le règle et démarre le service.</translation>
    </message>
    <message>
        <source>%1 stopped after an error</source>
        <translation>Le service «&#xa0;%1&#xa0;» s’est arrêté sur une erreur</translation>
    </message>
    <message>
        <source>The service stopped with error %1 (service code %2).</source>
        <translation>Le service s’est arrêté avec l’erreur %1 (code du service %2).</translation>
    </message>
    <message>
        <source>Start it again. If it stops again, export a diagnostic bundle for your support team.</source>
        <translation>Redémarrez-le. S’il s’arrête de nouveau, exportez un dossier de diagnostic pour votre support.</translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation>Le service «&#xa0;%1&#xa0;» est arrêté</translation>
    </message>
    <message>
        <source>This service must always run.</source>
        <translation>Ce service doit toujours fonctionner.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Démarrez-le.</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>Le service «&#xa0;%1&#xa0;» est en pause</translation>
    </message>
    <message>
        <source>A paused service does not handle any request.</source>
        <translation>Un service en pause ne traite aucune demande.</translation>
    </message>
    <message>
        <source>Restart it.</source>
        <translation>Redémarrez-le.</translation>
    </message>
    <message>
        <source>%1 is stuck starting or stopping</source>
        <translation>Le service «&#xa0;%1&#xa0;» est bloqué en cours de démarrage ou d’arrêt</translation>
    </message>
    <message>
        <source>The service has not finished changing state.</source>
        <translation>Le service n’a pas fini de changer d’état.</translation>
    </message>
    <message>
        <source>%1 does not start automatically</source>
        <translation>Le service «&#xa0;%1&#xa0;» ne démarre pas automatiquement</translation>
    </message>
    <message>
        <source>Windows starts this service at boot by default; with another start type it may be stopped when the VPN needs it.</source>
        <translation>Par défaut, Windows démarre ce service au démarrage de l’ordinateur&#xa0;; avec un autre type de démarrage, il peut être arrêté quand le VPN en a besoin.</translation>
    </message>
    <message>
        <source>Set it back to Automatic, the Windows default.</source>
        <translation>Remettez-le en Automatique, le réglage par défaut de Windows.</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>Le service «&#xa0;%1&#xa0;» n’est pas installé</translation>
    </message>
    <message>
        <source>Windows does not know this service: the Windows component is damaged or was removed.</source>
        <translation>Windows ne connaît pas ce service&#xa0;: le composant Windows est endommagé ou a été supprimé.</translation>
    </message>
    <message>
        <source>Repair Windows (DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow), or ask your support team.</source>
        <translation>Réparez Windows (DISM /Online /Cleanup-Image /RestoreHealth, puis sfc /scannow) ou faites appel à votre support.</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>Le service «&#xa0;%1&#xa0;» n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>IPsec Doctor could not read the state of this service (%1).</source>
        <translation>IPsec Doctor n’a pas pu lire l’état de ce service (%1).</translation>
    </message>
    <message>
        <source>not in the diagnostic bundle</source>
        <translation>absent du dossier de diagnostic</translation>
    </message>
    <message>
        <source>Check again; if it persists, run IPsec Doctor as administrator.</source>
        <translation>Vérifiez de nouveau&#xa0;; si le problème persiste, lancez IPsec Doctor en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>%1 cannot start because %2 is unavailable</source>
        <translation>Le service «&#xa0;%1&#xa0;» ne peut pas démarrer car «&#xa0;%2&#xa0;» est indisponible</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is disabled or not installed.</source>
        <translation>«&#xa0;%1&#xa0;» dépend de «&#xa0;%2&#xa0;», qui est désactivé ou absent.</translation>
    </message>
    <message>
        <source>Fix %1 first.</source>
        <translation>Corrigez d’abord «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor.</source>
        <translation>Ce constat vient d’une version plus récente d’IPsec Doctor.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation>Rétablir le défaut</translation>
    </message>
    <message>
        <source>Set to Automatic</source>
        <translation>Passer en Automatique</translation>
    </message>
    <message>
        <source>Unknown fix %1: IPsec Doctor will not run it.</source>
        <translation>Correctif inconnu %1&#xa0;: IPsec Doctor ne l’exécutera pas.</translation>
    </message>
    <message>
        <source>Start %1 now. Undo stops it again.</source>
        <translation>Démarre «&#xa0;%1&#xa0;» maintenant. L’annulation l’arrête de nouveau.</translation>
    </message>
    <message>
        <source>Stop and start %1 again; services that depend on it are restarted too. A restart changes no setting, so there is nothing to undo.</source>
        <translation>Arrête puis redémarre «&#xa0;%1&#xa0;»&#xa0;; les services qui en dépendent sont aussi redémarrés. Un redémarrage ne modifie aucun réglage, il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>Set %1 back to its Windows default start type (%2) and start it. Undo restores the previous start type.</source>
        <translation>Remet «&#xa0;%1&#xa0;» sur son type de démarrage par défaut de Windows (%2) et le démarre. L’annulation rétablit le type de démarrage précédent.</translation>
    </message>
    <message>
        <source>Set %1 to start automatically with Windows and start it now. Undo restores the previous start type.</source>
        <translation>Règle «&#xa0;%1&#xa0;» pour démarrer automatiquement avec Windows et le démarre maintenant. L’annulation rétablit le type de démarrage précédent.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Critical problem</source>
        <translation>Problème critique</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage en cours</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise en cours</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Mise en pause</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Démarrage du système (boot)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Automatic (delayed start)</source>
        <translation>Automatique (début différé)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Windows refused: administrator rights are needed.</source>
        <translation>Windows a refusé&#xa0;: des droits d’administrateur sont nécessaires.</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>L’opération ne s’est pas terminée à temps.</translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>La demande a été refusée car non valide.</translation>
    </message>
    <message>
        <source>Not available here.</source>
        <translation>Non disponible ici.</translation>
    </message>
    <message>
        <source>This is a diagnostic bundle: nothing can be changed.</source>
        <translation>Ceci est un dossier de diagnostic&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The file is damaged or is not what it claims to be.</source>
        <translation>Le fichier est endommagé ou n’est pas ce qu’il prétend être.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A service it depends on is not running.</source>
        <translation>Un service dont il dépend ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Windows reported an error.</source>
        <translation>Windows a signalé une erreur.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
    <message>
        <source>Windows default start type</source>
        <translation>Type de démarrage par défaut de Windows</translation>
    </message>
    <message>
        <source>Delayed start</source>
        <translation>Début différé</translation>
    </message>
    <message>
        <source>Started by a trigger</source>
        <translation>Démarré par un déclencheur</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Requis par</translation>
    </message>
    <message>
        <source>Windows exit code</source>
        <translation>Code de sortie Windows</translation>
    </message>
    <message>
        <source>Service exit code</source>
        <translation>Code de sortie du service</translation>
    </message>
    <message>
        <source>Unavailable dependency</source>
        <translation>Dépendance indisponible</translation>
    </message>
    <message>
        <source>Dependency installed</source>
        <translation>Dépendance installée</translation>
    </message>
    <message>
        <source>Dependency start type</source>
        <translation>Type de démarrage de la dépendance</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Windows error code</source>
        <translation>Code d’erreur Windows</translation>
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
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>The journal is empty: IPsec Doctor has changed nothing on this computer.</source>
        <translation>Le journal est vide&#xa0;: IPsec Doctor n’a rien modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Diagnostic bundle written to %1. It contains no password, pre-shared key or private key.</source>
        <translation>Dossier de diagnostic écrit dans %1. Il ne contient aucun mot de passe, aucune clé prépartagée ni aucune clé privée.</translation>
    </message>
    <message>
        <source>Fix ids:</source>
        <translation>Identifiants des correctifs&#xa0;:</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown or misplaced option &quot;%1&quot;.</source>
        <translation>Option inconnue ou mal placée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; needs a value.</source>
        <translation>L’option «&#xa0;%1&#xa0;» attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation>Étape inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation>«&#xa0;%1&#xa0;» attend un argument.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fix IPsec Doctor knows (see --help for the list).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un correctif connu d’IPsec Doctor (voir --help pour la liste).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal entry id (see the journal command).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’entrée du journal (voir la commande journal).</translation>
    </message>
    <message>
        <source>Diagnostic bundle %1 from %2 (Windows build %3), collected %4</source>
        <translation>Dossier de diagnostic %1 de %2 (Windows build %3), collecté le %4</translation>
    </message>
    <message>
        <source>This computer: %1 (Windows build %2)</source>
        <translation>Cet ordinateur&#xa0;: %1 (Windows build %2)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: ipsecdoctor-cli fix %1  (%2)</source>
        <translation>Correctif&#xa0;: ipsecdoctor-cli fix %1  (%2)</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Problems found: the worst is &quot;%1&quot;.</source>
        <translation>Problèmes trouvés&#xa0;: le plus grave est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is now: %2, %3.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2).</source>
        <translation>Annulé&#xa0;: %1 (entrée du journal %2).</translation>
    </message>
    <message>
        <source>Applied: %1 on %2 (journal entry %3).</source>
        <translation>Appliqué&#xa0;: %1 sur «&#xa0;%2&#xa0;» (entrée du journal %3).</translation>
    </message>
    <message>
        <source>To undo it: ipsecdoctor-cli undo %1</source>
        <translation>Pour l’annuler&#xa0;: ipsecdoctor-cli undo %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: ipsecdoctor-cli &lt;command&gt; [options]

Commands:
  check [--step services] [--bundle FILE]   check this computer, or a diagnostic bundle
  fix &lt;fix-id&gt;                              apply a fix (administrator rights needed)
  undo &lt;journal-id&gt; | --last                undo a fix recorded in the journal
  journal                                   list the fixes recorded in the journal
  bundle export FILE.zip                    write a diagnostic bundle for support staff

Options:
  --json           machine-readable output (documented schema, schema_version 1)
  --lang fr|en     language of the text output
  --journal FILE   journal to use (absolute path of ...\IPsecDoctor\journal.json)
  --result FILE    also write the JSON result to ...\IPsecDoctor\helper-result.json
  --version        print the version
  --help           print this help

Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.
</source>
        <translation>Utilisation&#xa0;: ipsecdoctor-cli &lt;commande&gt; [options]

Commandes&#xa0;:
  check [--step services] [--bundle FICHIER]   vérifie cet ordinateur ou une archive de diagnostic
  fix &lt;id-correctif&gt;                           applique un correctif (droits d’administrateur requis)
  undo &lt;id-journal&gt; | --last                   annule un correctif inscrit au journal
  journal                                      liste les correctifs inscrits au journal
  bundle export FICHIER.zip                    écrit une archive de diagnostic pour le support

Options&#xa0;:
  --json             sortie pour les programmes (schéma documenté, schema_version 1)
  --lang fr|en       langue de la sortie texte
  --journal FICHIER  journal à utiliser (chemin absolu de ...\IPsecDoctor\journal.json)
  --result FICHIER   écrit aussi le résultat JSON dans ...\IPsecDoctor\helper-result.json
  --version          affiche la version
  --help             affiche cette aide

Codes de sortie&#xa0;: 0 aucun problème, 1 problèmes trouvés, 2 erreur d’utilisation, 3 erreur d’exécution.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the absolute path of a journal.json file in an existing IPsecDoctor folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le chemin absolu d’un fichier journal.json dans un dossier IPsecDoctor existant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the absolute path of a helper-result.json file in an existing IPsecDoctor folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le chemin absolu d’un fichier helper-result.json dans un dossier IPsecDoctor existant.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot;.</source>
        <translation>Valeur non valide «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>, </source>
        <comment>separator between service names</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ProbeCatalogue</name>
    <message>
        <source>port closed</source>
        <translation>port fermé</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>Le nom %1 ne se résout pas</translation>
    </message>
    <message>
        <source>Windows cannot find the address of the VPN server, so it cannot even try to connect (error 868).</source>
        <translation>Windows ne trouve pas l’adresse du serveur VPN et ne peut donc même pas tenter de se connecter (erreur 868).</translation>
    </message>
    <message>
        <source>Check the server name in the VPN connection, then your Internet connection and DNS settings.</source>
        <translation>Vérifiez le nom du serveur dans la connexion VPN, puis votre connexion Internet et vos réglages DNS.</translation>
    </message>
    <message>
        <source>The VPN server does not answer on UDP port 500</source>
        <translation>Le serveur VPN ne répond pas sur le port UDP 500</translation>
    </message>
    <message>
        <source>IPsec Doctor sent the IKE packets Windows sends and got no answer at all: a firewall on the way drops them, or the server is down. Windows reports this as error 809.</source>
        <translation>IPsec Doctor a envoyé les paquets IKE qu’envoie Windows et n’a reçu aucune réponse&#xa0;: un pare-feu sur le chemin les bloque, ou le serveur est arrêté. Windows signale ce cas par l’erreur 809.</translation>
    </message>
    <message>
        <source>Ask the network administrator to allow UDP ports 500 and 4500 to the VPN server, or try from another network.</source>
        <translation>Demandez à l’administrateur réseau d’autoriser les ports UDP 500 et 4500 vers le serveur VPN, ou essayez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>Nothing answers IKE at %1</source>
        <translation>Rien ne répond à IKE à l’adresse %1</translation>
    </message>
    <message>
        <source>The network reported that the server cannot be reached on UDP port 500 (%1): the VPN service does not run there, or this is not the VPN server&apos;s address.</source>
        <translation>Le réseau a indiqué que le serveur est injoignable sur le port UDP 500 (%1)&#xa0;: le service VPN n’y fonctionne pas, ou ce n’est pas l’adresse du serveur VPN.</translation>
    </message>
    <message>
        <source>Check the server address; ask the server&apos;s administrator whether the VPN service runs.</source>
        <translation>Vérifiez l’adresse du serveur&#xa0;; demandez à son administrateur si le service VPN fonctionne.</translation>
    </message>
    <message>
        <source>The VPN server stopped answering after a few packets</source>
        <translation>Le serveur VPN a cessé de répondre après quelques paquets</translation>
    </message>
    <message>
        <source>It answered, then went silent: it limits connection attempts from one address. This protects it against attacks and is not a fault, but some answers are missing from this test.</source>
        <translation>Il a répondu, puis s’est tu&#xa0;: il limite les tentatives de connexion venant d’une même adresse. C’est une protection contre les attaques, pas une panne, mais certaines réponses manquent à ce test.</translation>
    </message>
    <message>
        <source>Wait a minute before testing again.</source>
        <translation>Attendez une minute avant de refaire le test.</translation>
    </message>
    <message>
        <source>The VPN server answers on UDP port 500</source>
        <translation>Le serveur VPN répond sur le port UDP 500</translation>
    </message>
    <message>
        <source>IKE packets reach the server and its answers come back (%1 ms).</source>
        <translation>Les paquets IKE atteignent le serveur et ses réponses reviennent (%1&#xa0;ms).</translation>
    </message>
    <message>
        <source>A NAT router sits between this computer and the server</source>
        <translation>Un routeur NAT se trouve entre cet ordinateur et le serveur</translation>
    </message>
    <message>
        <source>Addresses are translated on the way, so IKE moves to UDP port 4500. This is normal at home; when the server itself is behind NAT, L2TP/IPsec also needs the AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation>Les adresses sont traduites en chemin, IKE passe donc sur le port UDP 4500. C’est normal à la maison&#xa0;; quand le serveur lui-même est derrière un NAT, L2TP/IPsec demande aussi la valeur de registre AssumeUDPEncapsulationContextOnSendRule.</translation>
    </message>
    <message>
        <source>The server refuses the encryption settings Windows proposes</source>
        <translation>Le serveur refuse les réglages de chiffrement que propose Windows</translation>
    </message>
    <message>
        <source>None of the IKEv2 proposals this connection sends is accepted, so Windows fails with error 13868 (no policy match). The server accepts: %1.</source>
        <translation>Aucune des propositions IKEv2 qu’envoie cette connexion n’est acceptée&#xa0;: Windows échoue avec l’erreur 13868 (aucune stratégie correspondante). Le serveur accepte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept a proposal Windows sends.</source>
        <translation>Demandez à l’administrateur du serveur d’accepter une proposition qu’envoie Windows.</translation>
    </message>
    <message>
        <source>Give the connection a policy the server accepts: %1</source>
        <translation>Donnez à la connexion une stratégie que le serveur accepte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server accepts no encryption settings Windows can use</source>
        <translation>Le serveur n’accepte aucun réglage de chiffrement utilisable par Windows</translation>
    </message>
    <message>
        <source>Neither Windows&apos; default proposals nor any custom policy Windows can be set to is accepted: the connection fails with error 13868.</source>
        <translation>Ni les propositions par défaut de Windows ni aucune stratégie personnalisée possible sous Windows ne sont acceptées&#xa0;: la connexion échoue avec l’erreur 13868.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept a proposal Windows supports, such as aes256-sha256-modp2048.</source>
        <translation>Demandez à l’administrateur du serveur d’accepter une proposition que Windows prend en charge, par exemple aes256-sha256-modp2048.</translation>
    </message>
    <message>
        <source>The server wants a key exchange group this connection does not offer</source>
        <translation>Le serveur demande un groupe d’échange de clés que cette connexion ne propose pas</translation>
    </message>
    <message>
        <source>The server asked for Diffie-Hellman group %1, which is not in the proposals of this connection.</source>
        <translation>Le serveur a demandé le groupe Diffie-Hellman %1, absent des propositions de cette connexion.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept group 2 or 14.</source>
        <translation>Demandez à l’administrateur du serveur d’accepter le groupe 2 ou 14.</translation>
    </message>
    <message>
        <source>The server accepts Windows&apos; IKEv2 proposals</source>
        <translation>Le serveur accepte les propositions IKEv2 de Windows</translation>
    </message>
    <message>
        <source>It chose %1.</source>
        <translation>Il a choisi %1.</translation>
    </message>
    <message>
        <source>The server refuses Windows&apos; L2TP/IPsec proposals</source>
        <translation>Le serveur refuse les propositions L2TP/IPsec de Windows</translation>
    </message>
    <message>
        <source>None of the IKEv1 Main Mode proposals Windows sends for L2TP/IPsec is accepted: the connection fails with error 13868.</source>
        <translation>Aucune des propositions IKEv1 en mode principal qu’envoie Windows pour L2TP/IPsec n’est acceptée&#xa0;: la connexion échoue avec l’erreur 13868.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept AES-256 with SHA-1 and group 14.</source>
        <translation>Demandez à l’administrateur du serveur d’accepter AES-256 avec SHA-1 et le groupe 14.</translation>
    </message>
    <message>
        <source>The server only answers IKEv1 Aggressive Mode</source>
        <translation>Le serveur ne répond qu’en mode agressif IKEv1</translation>
    </message>
    <message>
        <source>Windows uses Main Mode only, so it cannot connect to this server. With a pre-shared key, Aggressive Mode also lets an eavesdropper guess the key offline.</source>
        <translation>Windows n’utilise que le mode principal et ne peut donc pas se connecter à ce serveur. Avec une clé prépartagée, le mode agressif permet en outre à un espion de deviner la clé hors ligne.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable Main Mode and disable Aggressive Mode.</source>
        <translation>Demandez à l’administrateur du serveur d’activer le mode principal et de désactiver le mode agressif.</translation>
    </message>
    <message>
        <source>The server answers IKEv1 Aggressive Mode (security risk)</source>
        <translation>Le serveur répond en mode agressif IKEv1 (risque de sécurité)</translation>
    </message>
    <message>
        <source>Windows does not use it, but with a pre-shared key anyone can capture the answer and guess the key offline.</source>
        <translation>Windows ne l’utilise pas, mais avec une clé prépartagée n’importe qui peut capturer la réponse et deviner la clé hors ligne.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to disable Aggressive Mode.</source>
        <translation>Demandez à l’administrateur du serveur de désactiver le mode agressif.</translation>
    </message>
    <message>
        <source>The server only speaks IKEv1 (L2TP/IPsec)</source>
        <translation>Le serveur ne parle qu’IKEv1 (L2TP/IPsec)</translation>
    </message>
    <message>
        <source>It does not answer IKEv2: an IKEv2 connection cannot work, L2TP/IPsec can.</source>
        <translation>Il ne répond pas à IKEv2&#xa0;: une connexion IKEv2 ne peut pas fonctionner, L2TP/IPsec le peut.</translation>
    </message>
    <message>
        <source>Set the VPN type to L2TP/IPsec, or ask for IKEv2 on the server.</source>
        <translation>Choisissez le type de VPN L2TP/IPsec, ou demandez IKEv2 sur le serveur.</translation>
    </message>
    <message>
        <source>The server only speaks IKEv2</source>
        <translation>Le serveur ne parle qu’IKEv2</translation>
    </message>
    <message>
        <source>It refuses IKEv1: an L2TP/IPsec connection cannot work, IKEv2 can.</source>
        <translation>Il refuse IKEv1&#xa0;: une connexion L2TP/IPsec ne peut pas fonctionner, IKEv2 le peut.</translation>
    </message>
    <message>
        <source>Set the VPN type to IKEv2.</source>
        <translation>Choisissez le type de VPN IKEv2.</translation>
    </message>
    <message>
        <source>The connection would use weak encryption (%1)</source>
        <translation>La connexion utiliserait un chiffrement faible (%1)</translation>
    </message>
    <message>
        <source>The server accepts it, but DES, 3DES, MD5 and Diffie-Hellman groups 1 and 2 can be broken today.</source>
        <translation>Le serveur l’accepte, mais DES, 3DES, MD5 et les groupes Diffie-Hellman 1 et 2 peuvent être cassés aujourd’hui.</translation>
    </message>
    <message>
        <source>Switch to a stronger policy both sides support: %1</source>
        <translation>Passez à une stratégie plus robuste que les deux côtés prennent en charge&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProbeOutputText</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
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
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>answers, then stops answering (rate limiting)</source>
        <translation>répond, puis cesse de répondre (limitation du débit)</translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation>injoignable (%1)</translation>
    </message>
    <message>
        <source>the name does not resolve (%1)</source>
        <translation>le nom ne se résout pas (%1)</translation>
    </message>
    <message>
        <source>error (%1)</source>
        <translation>erreur (%1)</translation>
    </message>
    <message>
        <source>answered (a security risk with pre-shared keys)</source>
        <translation>répond (un risque de sécurité avec les clés prépartagées)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>Server %1 (%2), UDP port %3: %4</source>
        <translation>Serveur %1 (%2), port UDP %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>  first answer after %1 ms, %2 packet(s) sent in all</source>
        <translation>  première réponse après %1&#xa0;ms, %2 paquet(s) envoyé(s) en tout</translation>
    </message>
    <message>
        <source>IKEv2: Windows&apos; proposals (%1) accepted: %2</source>
        <translation>IKEv2&#xa0;: propositions de Windows (%1) acceptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>  accepted: %1%2</source>
        <translation>  acceptées&#xa0;: %1%2</translation>
    </message>
    <message>
        <source> (list may be incomplete)</source>
        <translation> (liste peut-être incomplète)</translation>
    </message>
    <message>
        <source>  the server asked for key exchange group %1</source>
        <translation>  le serveur a demandé le groupe d’échange de clés %1</translation>
    </message>
    <message>
        <source>IKEv1 Main Mode accepted: %1%2</source>
        <translation>IKEv1 en mode principal, accepté&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>IKEv1 Aggressive Mode: %1</source>
        <translation>IKEv1 en mode agressif&#xa0;: %1</translation>
    </message>
    <message>
        <source>NAT between this computer and the server: %1</source>
        <translation>NAT entre cet ordinateur et le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server asks for a certificate from the CA with key SHA-1 %1</source>
        <translation>Le serveur demande un certificat de l’autorité dont la clé a pour SHA-1 %1</translation>
    </message>
    <message>
        <source>Server software: %1</source>
        <translation>Logiciel du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Strongest proposal both sides support: %1</source>
        <translation>Proposition la plus robuste acceptée des deux côtés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>
Probe a VPN server (sends the IKE packets Windows would send, from an ephemeral UDP port):
  probe HOST [--port N] [--ike v1|v2|both] [--windows-set SET]
        [--policy ENCRYPTION,INTEGRITY,DHGROUP,CIPHER,AUTHENTICATION,PFS]
        [--timeout SECONDS] [--no-discovery] [--id NAME] [--json]
  SET: windows10-default, windows11-default, dh2048-aes256-enabled, dh2048-aes256-enforced
  --policy: the six Set-VpnConnectionIPsecConfiguration values of a custom policy,
            e.g. AES256,SHA256,Group14,AES256,SHA256128,None
</source>
        <translation>
Tester un serveur VPN (envoie les paquets IKE qu’enverrait Windows, depuis un port UDP éphémère)&#xa0;:
  probe HÔTE [--port N] [--ike v1|v2|both] [--windows-set JEU]
        [--policy CHIFFREMENT,INTÉGRITÉ,GROUPEDH,CHIFFREMENT-ESP,AUTHENTIFICATION-ESP,PFS]
        [--timeout SECONDES] [--no-discovery] [--id NOM] [--json]
  JEU&#xa0;: windows10-default, windows11-default, dh2048-aes256-enabled, dh2048-aes256-enforced
  --policy&#xa0;: les six valeurs de Set-VpnConnectionIPsecConfiguration d’une stratégie personnalisée,
            par exemple AES256,SHA256,Group14,AES256,SHA256128,None
</translation>
    </message>
    <message>
        <source>The --policy values are not a policy Windows accepts (see --help).</source>
        <translation>Les valeurs de --policy ne forment pas une stratégie acceptée par Windows (voir --help).</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Open a diagnostic bundle.</source>
        <translation>Ouvrir une archive de diagnostic.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Wizard style: modern or classic.</source>
        <translation>Style de l’assistant&#xa0;: modern ou classic.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Nothing has been checked yet.</source>
        <translation>Rien n’a encore été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) can prevent the VPN from connecting.</source>
        <translation>
            <numerusform>%n problème peut empêcher le VPN de se connecter.</numerusform>
            <numerusform>%n problèmes peuvent empêcher le VPN de se connecter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) deserve attention, but nothing found so far blocks the VPN.</source>
        <translation>
            <numerusform>%n point mérite votre attention, mais rien de ce qui a été trouvé jusqu’ici ne bloque le VPN.</numerusform>
            <numerusform>%n points méritent votre attention, mais rien de ce qui a été trouvé jusqu’ici ne bloque le VPN.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem was found in the checks so far.</source>
        <translation>Les vérifications faites jusqu’ici n’ont trouvé aucun problème.</translation>
    </message>
    <message>
        <source>IPsec Doctor — summary</source>
        <translation>IPsec Doctor — résumé</translation>
    </message>
    <message>
        <source>Diagnostic bundle from %1 (%2, build %3), collected %4.</source>
        <translation>Archive de diagnostic de %1 (%2, build %3), collectée le %4.</translation>
    </message>
    <message>
        <source>Computer %1 (%2, build %3), checked %4.</source>
        <translation>Ordinateur %1 (%2, build %3), vérifié le %4.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::DoctorWizard</name>
    <message>
        <source>IPsec Doctor</source>
        <translation>IPsec Doctor</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show or hide what IPsec Doctor is doing, as written in its log.</source>
        <translation>Affiche ou masque ce que fait IPsec Doctor, tel qu’il l’écrit dans son journal.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::FindingWidget</name>
    <message>
        <source>Hide the details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::LogWindow</name>
    <message>
        <source>Details — IPsec Doctor</source>
        <translation>Détails — IPsec Doctor</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServiceRowWidget</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start type: %1</source>
        <translation>Type de démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start type: %1 (Windows default: %2)</source>
        <translation>Type de démarrage&#xa0;: %1 (par défaut dans Windows&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Depends on no other service</source>
        <translation>Ne dépend d’aucun autre service</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Dépend de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo “%1”: put the service back as it was before the fix.</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;: remettre le service dans l’état où il était avant le correctif.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServicesPage</name>
    <message>
        <source>Windows services</source>
        <translation>Services Windows</translation>
    </message>
    <message>
        <source>A VPN connection needs these services to be allowed to run. Each one is checked and explained below.</source>
        <translation>Une connexion VPN a besoin que ces services puissent fonctionner. Chacun est vérifié et expliqué ci-dessous.</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Undo the last fix</source>
        <translation>Annuler le &amp;dernier correctif</translation>
    </message>
    <message>
        <source>Put back the service changed by the most recent fix that is not undone yet, including one made in an earlier session.</source>
        <translation>Remet en l’état le service modifié par le correctif le plus récent qui n’a pas encore été annulé, même s’il date d’une session précédente.</translation>
    </message>
    <message>
        <source>This is a diagnostic bundle from another computer: it can be read here, but nothing can be changed.</source>
        <translation>Ceci est une archive de diagnostic d’un autre ordinateur&#xa0;: on peut le lire ici, mais rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Nothing can be changed from here.</source>
        <translation>Rien ne peut être modifié d’ici.</translation>
    </message>
    <message>
        <source>Read-only: this diagnostic bundle comes from %1 and was collected %2. Nothing can be changed from here.</source>
        <translation>Lecture seule&#xa0;: cette archive de diagnostic vient de %1 et a été collectée le %2. Rien ne peut être modifié d’ici.</translation>
    </message>
    <message>
        <source>Checking the Windows services… (%1 of %2)</source>
        <translation>Vérification des services Windows… (%1 sur %2)</translation>
    </message>
    <message>
        <source>Checking the Windows services…</source>
        <translation>Vérification des services Windows…</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Application de la modification…</translation>
    </message>
    <message>
        <source>The check was cancelled. Press “Check again” to run it again.</source>
        <translation>La vérification a été annulée. Cliquez sur «&#xa0;Vérifier de nouveau&#xa0;» pour la relancer.</translation>
    </message>
    <message>
        <source>The check could not be completed: %1</source>
        <translation>La vérification n’a pas pu aboutir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>Vérifié le %1.</translation>
    </message>
    <message>
        <source>The services have not been checked yet.</source>
        <translation>Les services n’ont pas encore été vérifiés.</translation>
    </message>
    <message>
        <source>%1

This cannot be undone afterwards. Do you want to go ahead?</source>
        <translation>%1

Cette action ne pourra pas être annulée ensuite. Voulez-vous continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was changed: the request was cancelled.</source>
        <translation>Rien n’a été modifié&#xa0;: la demande a été annulée.</translation>
    </message>
    <message>
        <source>“%1” could not be applied: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être appliqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>La modification n’a pas pu être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was undone. The services were checked again.</source>
        <translation>La modification a été annulée. Les services ont été vérifiés de nouveau.</translation>
    </message>
    <message>
        <source>“%1” was undone. The services were checked again.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulé. Les services ont été vérifiés de nouveau.</translation>
    </message>
    <message>
        <source>“%1” was applied, but a problem remains. The services were checked again.</source>
        <translation>«&#xa0;%1&#xa0;» a été appliqué, mais un problème demeure. Les services ont été vérifiés de nouveau.</translation>
    </message>
    <message>
        <source>“%1” was applied. The services were checked again.</source>
        <translation>«&#xa0;%1&#xa0;» a été appliqué. Les services ont été vérifiés de nouveau.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What was found so far, the most serious first.</source>
        <translation>Ce qui a été trouvé jusqu’ici, le plus grave en premier.</translation>
    </message>
    <message>
        <source>&amp;Copy the summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostic bundle…</source>
        <translation>&amp;Exporter une archive de diagnostic…</translation>
    </message>
    <message>
        <source>Diagnostic bundle from %1, collected %2. Read-only.</source>
        <translation>Archive de diagnostic de %1, collectée le %2. Lecture seule.</translation>
    </message>
    <message>
        <source>Computer %1, checked %2.</source>
        <translation>Ordinateur %1, vérifié le %2.</translation>
    </message>
    <message>
        <source>Go back to the previous pages to run the checks.</source>
        <translation>Revenez aux pages précédentes pour lancer les vérifications.</translation>
    </message>
    <message>
        <source>Save this computer&apos;s results and the IPsec Doctor log in a .zip file to send to support.</source>
        <translation>Enregistre les résultats de cet ordinateur et le journal d’IPsec Doctor dans un fichier .zip à envoyer au support.</translation>
    </message>
    <message>
        <source>Only the computer being checked can export a bundle: this one shows a bundle that was already exported.</source>
        <translation>Seul l’ordinateur vérifié peut exporter une archive&#xa0;: celui-ci affiche une archive déjà exportée.</translation>
    </message>
    <message>
        <source>The summary was copied to the clipboard.</source>
        <translation>Le résumé a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Saving the diagnostic bundle…</source>
        <translation>Enregistrement de l’archive de diagnostic…</translation>
    </message>
    <message>
        <source>The diagnostic bundle was saved as %1.</source>
        <translation>L’archive de diagnostic a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The diagnostic bundle could not be saved: %1</source>
        <translation>L’archive de diagnostic n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export a diagnostic bundle</source>
        <translation>Exporter une archive de diagnostic</translation>
    </message>
    <message>
        <source>Diagnostic bundles (*.zip)</source>
        <translation>Archives de diagnostic (*.zip)</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::WelcomePage</name>
    <message>
        <source>Welcome to IPsec Doctor</source>
        <translation>Bienvenue dans IPsec Doctor</translation>
    </message>
    <message>
        <source>Find out why a VPN connection does not come up, and fix it.</source>
        <translation>Découvrez pourquoi une connexion VPN ne s’établit pas, et corrigez-le.</translation>
    </message>
    <message>
        <source>IPsec Doctor finds out why a Windows IPsec or IKEv2 VPN connection does not come up. It checks what the connection depends on, explains each result in plain words and offers fixes that you can undo. Nothing is changed on this computer unless you click a fix.</source>
        <translation>IPsec Doctor trouve pourquoi une connexion VPN IPsec ou IKEv2 de Windows ne s’établit pas. Il vérifie ce dont la connexion dépend, explique chaque résultat simplement et propose des correctifs que vous pouvez annuler. Rien n’est modifié sur cet ordinateur tant que vous ne cliquez pas sur un correctif.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Diagnostic bundle</source>
        <translation>Archive de diagnostic</translation>
    </message>
    <message>
        <source>A diagnostic bundle is a .zip file that IPsec Doctor exports on the computer that has the VPN problem. Open it here to read its results on any computer.</source>
        <translation>Une archive de diagnostic est un fichier .zip qu’IPsec Doctor exporte sur l’ordinateur qui a le problème de VPN. Ouvrez-la ici pour lire ses résultats sur n’importe quel ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Open a diagnostic bundle…</source>
        <translation>&amp;Ouvrir une archive de diagnostic…</translation>
    </message>
    <message>
        <source>&amp;Check this computer instead</source>
        <translation>&amp;Vérifier plutôt cet ordinateur</translation>
    </message>
    <message>
        <source>IPsec Doctor runs with administrator rights: fixes are applied directly.</source>
        <translation>IPsec Doctor fonctionne avec les droits d’administrateur&#xa0;: les correctifs sont appliqués directement.</translation>
    </message>
    <message>
        <source>IPsec Doctor runs without administrator rights. Checking needs none; before a fix marked with a shield, Windows asks for permission.</source>
        <translation>IPsec Doctor fonctionne sans droits d’administrateur. La vérification n’en a pas besoin&#xa0;; avant un correctif marqué d’un bouclier, Windows demande l’autorisation.</translation>
    </message>
    <message>
        <source>Opening the diagnostic bundle…</source>
        <translation>Ouverture de l’archive de diagnostic…</translation>
    </message>
    <message>
        <source>Analysing a diagnostic bundle from %1, collected %2. It is read-only: nothing can be changed. Press Next to see the results.</source>
        <translation>Analyse d’une archive de diagnostic de %1, collectée le %2. Elle est en lecture seule&#xa0;: rien ne peut être modifié. Cliquez sur Suivant pour voir les résultats.</translation>
    </message>
    <message>
        <source>Ready to check this computer. Press Next to start.</source>
        <translation>Prêt à vérifier cet ordinateur. Cliquez sur Suivant pour commencer.</translation>
    </message>
    <message>
        <source>Live checks need Windows, and this computer does not run it. Open a diagnostic bundle exported on the Windows computer to analyse it here.</source>
        <translation>Les vérifications en direct nécessitent Windows, et cet ordinateur ne l’utilise pas. Ouvrez une archive de diagnostic exportée sur l’ordinateur Windows pour l’analyser ici.</translation>
    </message>
    <message>
        <source>Diagnostic bundles (*.zip)</source>
        <translation>Archives de diagnostic (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a diagnostic bundle</source>
        <translation>Ouvrir une archive de diagnostic</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a diagnostic bundle.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert comme archive de diagnostic.</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>Détails techniques&#xa0;: %1</translation>
    </message>
</context>
</TS>
