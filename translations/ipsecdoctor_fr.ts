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
        <source>&quot;%1&quot; is not the absolute path of a journal.json file in an existing IPsecDoctor folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le chemin absolu d’un fichier journal.json dans un dossier IPsecDoctor existant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the absolute path of a helper-result.json file in an existing IPsecDoctor folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le chemin absolu d’un fichier helper-result.json dans un dossier IPsecDoctor existant.</translation>
    </message>
    <message>
        <source>Usage: ipsecdoctor-cli &lt;command&gt; [options]

Commands:
  check [--step services] [--bundle FILE]   check this computer, or a diagnostic bundle
  fix &lt;fix-id&gt;                              apply a fix (administrator rights needed)
  undo &lt;journal-id&gt; | --last                undo a fix recorded in the journal
  journal                                   list the fixes recorded in the journal
  bundle export FILE.zip                    write a diagnostic bundle for support staff
  explain CODE                              what an error code or event id means (809, 0x800B0109, 4653)
  diagnose [--bundle FILE]                  rank the root causes; message for the VPN provider

Options:
  --json           machine-readable output (documented schema, schema_version 1)
  --lang fr|en     language of the text output
  --journal FILE   journal to use (absolute path of ...\IPsecDoctor\journal.json)
  --result FILE    also write the JSON result to ...\IPsecDoctor\helper-result.json
  --since 7d       logs: read the events of the last days (d), hours (h) or minutes (m)
  --events FILE    logs: analyse a saved .evtx or event XML file
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
  explain CODE                                 ce que signifie un code d’erreur ou un événement (809, 0x800B0109, 4653)
  diagnose [--bundle FICHIER]                  classe les causes&#xa0;; message pour le fournisseur VPN

Options&#xa0;:
  --json             sortie pour les programmes (schéma documenté, schema_version 1)
  --lang fr|en       langue de la sortie texte
  --journal FICHIER  journal à utiliser (chemin absolu de ...\IPsecDoctor\journal.json)
  --result FICHIER   écrit aussi le résultat JSON dans ...\IPsecDoctor\helper-result.json
  --since 7d         journaux&#xa0;: lit les événements des derniers jours (d), heures (h) ou minutes (m)
  --events FICHIER   journaux&#xa0;: analyse un fichier .evtx ou XML d’événements enregistré
  --version          affiche la version
  --help             affiche cette aide

Codes de sortie&#xa0;: 0 aucun problème, 1 problèmes trouvés, 2 erreur d’utilisation, 3 erreur d’exécution.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write it as 7d, 24h or 90m.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: écrivez-la 7d, 24h ou 90m.</translation>
    </message>
    <message>
        <source>Saved event log %1</source>
        <translation>Journal d’événements enregistré %1</translation>
    </message>
</context>
<context>
    <name>CodeCatalogue</name>
    <message>
        <source>Reaching the server (network, UDP 500/4500)</source>
        <translation>Joindre le serveur (réseau, UDP 500/4500)</translation>
    </message>
    <message>
        <source>Phase 1: agreeing on the security proposals</source>
        <translation>Phase 1&#xa0;: accord sur les propositions de sécurité</translation>
    </message>
    <message>
        <source>Phase 1: authentication</source>
        <translation>Phase 1&#xa0;: authentification</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Phase 2: the tunnel&apos;s own settings</source>
        <translation>Phase 2&#xa0;: les réglages propres au tunnel</translation>
    </message>
    <message>
        <source>This PC&apos;s IPsec services and policy</source>
        <translation>Services et stratégie IPsec de ce PC</translation>
    </message>
    <message>
        <source>User sign-in after the tunnel is up</source>
        <translation>Identification de l’utilisateur après l’ouverture du tunnel</translation>
    </message>
    <message>
        <source>Stage not known</source>
        <translation>Étape inconnue</translation>
    </message>
    <message>
        <source>Remote Access (RAS) error</source>
        <translation>Erreur d’accès à distance (RAS)</translation>
    </message>
    <message>
        <source>IPsec/IKE error</source>
        <translation>Erreur IPsec/IKE</translation>
    </message>
    <message>
        <source>Certificate or network error (HRESULT)</source>
        <translation>Erreur de certificat ou de réseau (HRESULT)</translation>
    </message>
    <message>
        <source>Windows error</source>
        <translation>Erreur Windows</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
    </message>
    <message>
        <source>The connection was cut while the tunnel was being set up: something between this PC and the server (firewall, NAT router) stopped it.</source>
        <translation>La connexion a été coupée pendant la mise en place du tunnel&#xa0;: un équipement entre ce PC et le serveur (pare-feu, routeur NAT) l’a interrompue.</translation>
    </message>
    <message>
        <source>Check that UDP ports 500 and 4500 are open on your network, then look at the IKE codes logged just before.</source>
        <translation>Vérifiez que les ports UDP 500 et 4500 sont ouverts sur votre réseau, puis regardez les codes IKE enregistrés juste avant.</translation>
    </message>
    <message>
        <source>The connection ended before it was complete. The code itself is generic.</source>
        <translation>La connexion s’est terminée avant d’être établie. Ce code est générique.</translation>
    </message>
    <message>
        <source>Look at the IKE codes and events logged just before this one: they name the real cause.</source>
        <translation>Regardez les codes et événements IKE enregistrés juste avant&#xa0;: ils indiquent la vraie cause.</translation>
    </message>
    <message>
        <source>The server rejected the user name, password or domain. The IPsec tunnel itself worked: this is the user sign-in that follows.</source>
        <translation>Le serveur a refusé le nom d’utilisateur, le mot de passe ou le domaine. Le tunnel IPsec a fonctionné&#xa0;: c’est l’identification de l’utilisateur qui a échoué.</translation>
    </message>
    <message>
        <source>Check your user name and password; if they are right, ask your VPN provider whether your account and authentication method (MS-CHAPv2, EAP) are allowed.</source>
        <translation>Vérifiez votre nom d’utilisateur et votre mot de passe&#xa0;; s’ils sont corrects, demandez à votre fournisseur VPN si votre compte et la méthode d’authentification (MS-CHAPv2, EAP) sont autorisés.</translation>
    </message>
    <message>
        <source>No network protocol could be agreed after the tunnel came up: the server has no address to give, or the WAN Miniport (IP) adapter of this PC is damaged.</source>
        <translation>Aucun protocole réseau n’a pu être négocié après l’ouverture du tunnel&#xa0;: le serveur n’a plus d’adresse à attribuer, ou la carte WAN Miniport (IP) de ce PC est endommagée.</translation>
    </message>
    <message>
        <source>Ask your VPN provider whether the server&apos;s address pool is full; on this PC, reinstall the WAN Miniport adapters in Device Manager.</source>
        <translation>Demandez à votre fournisseur VPN si le pool d’adresses du serveur est plein&#xa0;; sur ce PC, réinstallez les cartes WAN Miniport dans le Gestionnaire de périphériques.</translation>
    </message>
    <message>
        <source>Windows found no valid computer certificate for this L2TP/IPsec connection.</source>
        <translation>Windows n’a trouvé aucun certificat d’ordinateur valide pour cette connexion L2TP/IPsec.</translation>
    </message>
    <message>
        <source>Install the computer certificate your VPN provider gives you in the computer&apos;s Personal store, or switch the connection to a pre-shared key if the server expects one.</source>
        <translation>Installez le certificat d’ordinateur fourni par votre fournisseur VPN dans le magasin Personnel de l’ordinateur, ou passez la connexion en clé pré-partagée si le serveur l’attend.</translation>
    </message>
    <message>
        <source>The L2TP/IPsec security layer could not authenticate the server: the pre-shared key differs or the server&apos;s certificate is not trusted.</source>
        <translation>La couche de sécurité L2TP/IPsec n’a pas pu authentifier le serveur&#xa0;: la clé pré-partagée diffère ou le certificat du serveur n’est pas approuvé.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as given by your VPN provider; with certificates, install the provider&apos;s root certificate.</source>
        <translation>Saisissez à nouveau la clé pré-partagée exactement comme votre fournisseur VPN l’a donnée&#xa0;; avec des certificats, installez le certificat racine du fournisseur.</translation>
    </message>
    <message>
        <source>This PC and the server found no security settings (encryption, integrity, Diffie-Hellman group) they both accept.</source>
        <translation>Ce PC et le serveur n’ont trouvé aucun réglage de sécurité (chiffrement, intégrité, groupe Diffie-Hellman) acceptable pour les deux.</translation>
    </message>
    <message>
        <source>Align the connection&apos;s IPsec settings with the server&apos;s, or ask your VPN provider to accept the settings Windows offers.</source>
        <translation>Alignez les réglages IPsec de la connexion sur ceux du serveur, ou demandez à votre fournisseur VPN d’accepter les réglages proposés par Windows.</translation>
    </message>
    <message>
        <source>The L2TP/IPsec negotiation failed at the start. The usual causes are a wrong pre-shared key, a server behind NAT without the NAT-T registry setting, or a certificate problem.</source>
        <translation>La négociation L2TP/IPsec a échoué dès le début. Les causes habituelles sont une clé pré-partagée erronée, un serveur derrière un NAT sans le réglage de registre NAT-T, ou un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the pre-shared key first; if this PC or the server is behind a NAT router, set AssumeUDPEncapsulationContextOnSendRule to 2 and restart.</source>
        <translation>Vérifiez d’abord la clé pré-partagée&#xa0;; si ce PC ou le serveur est derrière un routeur NAT, réglez AssumeUDPEncapsulationContextOnSendRule sur 2 et redémarrez.</translation>
    </message>
    <message>
        <source>The server sent no certificate, or one this PC does not trust.</source>
        <translation>Le serveur n’a envoyé aucun certificat, ou un certificat auquel ce PC ne fait pas confiance.</translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities store.</source>
        <translation>Installez le certificat racine de votre fournisseur VPN dans le magasin «&#xa0;Autorités de certification racines de confiance&#xa0;» de l’ordinateur.</translation>
    </message>
    <message>
        <source>Windows has no IPsec policy for this connection: the IPsec Policy Agent service is stopped or disabled, or the ProhibitIpSec registry value is set.</source>
        <translation>Windows n’a aucune stratégie IPsec pour cette connexion&#xa0;: le service Agent de stratégie IPsec est arrêté ou désactivé, ou la valeur de registre ProhibitIpSec est définie.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore the IPsec Policy Agent service (Services step).</source>
        <translation>Laissez IPsec Doctor rétablir le service Agent de stratégie IPsec (étape Services).</translation>
    </message>
    <message>
        <source>The IPsec negotiation timed out: the server never answered.</source>
        <translation>La négociation IPsec a expiré&#xa0;: le serveur n’a jamais répondu.</translation>
    </message>
    <message>
        <source>Check that UDP ports 500 and 4500 can reach the server and that the server is up.</source>
        <translation>Vérifiez que les ports UDP 500 et 4500 atteignent le serveur et que celui-ci fonctionne.</translation>
    </message>
    <message>
        <source>The IPsec layer reported a generic error.</source>
        <translation>La couche IPsec a signalé une erreur générique.</translation>
    </message>
    <message>
        <source>Look at the IKE events logged at the same time: they say which step failed.</source>
        <translation>Regardez les événements IKE enregistrés au même moment&#xa0;: ils indiquent l’étape qui a échoué.</translation>
    </message>
    <message>
        <source>No certificate suitable for EAP-TLS was found (a user or computer certificate with the Client Authentication purpose).</source>
        <translation>Aucun certificat utilisable pour EAP-TLS n’a été trouvé (certificat d’utilisateur ou d’ordinateur avec l’usage «&#xa0;Authentification du client&#xa0;»).</translation>
    </message>
    <message>
        <source>Install the user certificate your VPN provider gives you, with its private key.</source>
        <translation>Installez le certificat d’utilisateur fourni par votre fournisseur VPN, avec sa clé privée.</translation>
    </message>
    <message>
        <source>Windows could not establish the VPN: the server is unreachable, or the tunnel type or security settings are wrong. It is frequent with the VPN type &quot;Automatic&quot;.</source>
        <translation>Windows n’a pas pu établir le VPN&#xa0;: le serveur est injoignable, ou le type de tunnel ou les réglages de sécurité sont incorrects. C’est fréquent avec le type de VPN «&#xa0;Automatique&#xa0;».</translation>
    </message>
    <message>
        <source>Set the VPN type of the connection to the one your provider uses (IKEv2 or L2TP/IPsec), and check that the server name resolves and answers.</source>
        <translation>Choisissez pour la connexion le type de VPN utilisé par votre fournisseur (IKEv2 ou L2TP/IPsec) et vérifiez que le nom du serveur se résout et répond.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be validated: its chain does not lead to a trusted root, its name does not match the server address, or it lacks the server authentication purpose.</source>
        <translation>Le certificat du serveur n’a pas pu être validé&#xa0;: sa chaîne ne mène pas à une racine approuvée, son nom ne correspond pas à l’adresse du serveur, ou il n’a pas l’usage d’authentification du serveur.</translation>
    </message>
    <message>
        <source>Install the provider&apos;s root certificate in the computer&apos;s trusted roots and connect with the exact name written in the server certificate.</source>
        <translation>Installez le certificat racine du fournisseur dans les racines approuvées de l’ordinateur et connectez-vous avec le nom exact inscrit dans le certificat du serveur.</translation>
    </message>
    <message>
        <source>GRE packets are blocked. This concerns PPTP only, not IPsec VPNs.</source>
        <translation>Les paquets GRE sont bloqués. Cela ne concerne que PPTP, pas les VPN IPsec.</translation>
    </message>
    <message>
        <source>Use an IKEv2 or L2TP/IPsec connection, or ask your network administrator to allow GRE.</source>
        <translation>Utilisez une connexion IKEv2 ou L2TP/IPsec, ou demandez à votre administrateur réseau d’autoriser GRE.</translation>
    </message>
    <message>
        <source>The connection was interrupted, usually because the network changed (Wi-Fi switch, sleep).</source>
        <translation>La connexion a été interrompue, généralement parce que le réseau a changé (changement de Wi-Fi, mise en veille).</translation>
    </message>
    <message>
        <source>Connect again; if it keeps dropping, ask your VPN provider whether the server supports MOBIKE.</source>
        <translation>Reconnectez-vous&#xa0;; si elle se coupe encore, demandez à votre fournisseur VPN si le serveur prend en charge MOBIKE.</translation>
    </message>
    <message>
        <source>The server refused the connection (server policy, licence or maximum number of connections).</source>
        <translation>Le serveur a refusé la connexion (stratégie du serveur, licence ou nombre maximal de connexions).</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the refusal comes from the server.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le refus vient du serveur.</translation>
    </message>
    <message>
        <source>The server did not answer. UDP ports 500 and 4500 are blocked somewhere, or a NAT router is in the way without the NAT-T setting, or large certificate packets are dropped.</source>
        <translation>Le serveur n’a pas répondu. Les ports UDP 500 et 4500 sont bloqués quelque part, ou un routeur NAT est sur le chemin sans le réglage NAT-T, ou les gros paquets de certificats sont perdus.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 are open; for L2TP/IPsec behind NAT, set AssumeUDPEncapsulationContextOnSendRule to 2 and restart; for IKEv2, ask your provider about IKE fragmentation.</source>
        <translation>Vérifiez que les ports UDP 500 et 4500 sont ouverts&#xa0;; en L2TP/IPsec derrière un NAT, réglez AssumeUDPEncapsulationContextOnSendRule sur 2 et redémarrez&#xa0;; en IKEv2, interrogez votre fournisseur sur la fragmentation IKE.</translation>
    </message>
    <message>
        <source>The pre-shared key does not match the server&apos;s.</source>
        <translation>La clé pré-partagée ne correspond pas à celle du serveur.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as your VPN provider gave it.</source>
        <translation>Saisissez à nouveau la clé pré-partagée exactement comme votre fournisseur VPN l’a donnée.</translation>
    </message>
    <message>
        <source>The server&apos;s access policy does not allow the authentication method of this connection.</source>
        <translation>La stratégie d’accès du serveur n’autorise pas la méthode d’authentification de cette connexion.</translation>
    </message>
    <message>
        <source>Ask your VPN provider which authentication method (EAP type, MS-CHAPv2) to use, and set the same in the connection.</source>
        <translation>Demandez à votre fournisseur VPN quelle méthode d’authentification utiliser (type EAP, MS-CHAPv2) et réglez la même dans la connexion.</translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is not running.</source>
        <translation>Le service Modules de génération de clés IKE et AuthIP IPsec ou le moteur de filtrage de base ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore these services (Services step).</source>
        <translation>Laissez IPsec Doctor rétablir ces services (étape Services).</translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager service is not running.</source>
        <translation>Le service Gestionnaire des connexions d’accès à distance ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor start the Remote Access Connection Manager (Services step).</source>
        <translation>Laissez IPsec Doctor démarrer le Gestionnaire des connexions d’accès à distance (étape Services).</translation>
    </message>
    <message>
        <source>The server gave this PC no address inside the VPN: its address pool is probably exhausted.</source>
        <translation>Le serveur n’a attribué à ce PC aucune adresse dans le VPN&#xa0;: son pool d’adresses est probablement épuisé.</translation>
    </message>
    <message>
        <source>Contact your VPN provider.</source>
        <translation>Contactez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server did not send the configuration (address, DNS) Windows requires in IKEv2.</source>
        <translation>Le serveur n’a pas envoyé la configuration (adresse, DNS) qu’exige Windows en IKEv2.</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server must answer the configuration request.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le serveur doit répondre à la demande de configuration.</translation>
    </message>
    <message>
        <source>The server refused the traffic selectors (the networks to send through the tunnel).</source>
        <translation>Le serveur a refusé les sélecteurs de trafic (les réseaux à faire passer dans le tunnel).</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server&apos;s traffic selector settings must accept Windows&apos; request.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: les sélecteurs de trafic du serveur doivent accepter la demande de Windows.</translation>
    </message>
    <message>
        <source>The server does not support MOBIKE, which Windows uses to keep the tunnel when the network changes.</source>
        <translation>Le serveur ne prend pas en charge MOBIKE, que Windows utilise pour garder le tunnel quand le réseau change.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to enable MOBIKE; otherwise reconnect after each network change.</source>
        <translation>Demandez à votre fournisseur VPN d’activer MOBIKE&#xa0;; sinon reconnectez-vous après chaque changement de réseau.</translation>
    </message>
    <message>
        <source>The server considers the user certificate invalid for EAP-TLS.</source>
        <translation>Le serveur considère le certificat d’utilisateur comme non valide pour EAP-TLS.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to check the certificate template and that its issuing CA is trusted by the server.</source>
        <translation>Demandez à votre fournisseur VPN de vérifier le modèle de certificat et que son autorité émettrice est approuvée par le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved to an address (DNS).</source>
        <translation>Le nom du serveur n’a pas pu être traduit en adresse (DNS).</translation>
    </message>
    <message>
        <source>Check the server name in the connection and your Internet access; try the server&apos;s IP address if your provider gives one.</source>
        <translation>Vérifiez le nom du serveur dans la connexion et votre accès à Internet&#xa0;; essayez l’adresse IP du serveur si votre fournisseur en donne une.</translation>
    </message>
    <message>
        <source>A server-side error: an IKEv2 pre-shared key interface already exists. It does not concern a VPN client.</source>
        <translation>Erreur côté serveur&#xa0;: une interface IKEv2 à clé pré-partagée existe déjà. Elle ne concerne pas un client VPN.</translation>
    </message>
    <message>
        <source>Nothing to do on this PC; the administrator of the server can remove the duplicate interface.</source>
        <translation>Rien à faire sur ce PC&#xa0;; l’administrateur du serveur peut supprimer l’interface en double.</translation>
    </message>
    <message>
        <source>An error of the local IPsec policy store (filters, main mode or quick mode policies) managed by the IPsec Policy Agent.</source>
        <translation>Erreur du magasin de stratégies IPsec local (filtres, stratégies de mode principal ou rapide) géré par l’Agent de stratégie IPsec.</translation>
    </message>
    <message>
        <source>Restart the IPsec Policy Agent service; if the error stays, export a diagnostic bundle for your support team.</source>
        <translation>Redémarrez le service Agent de stratégie IPsec&#xa0;; si l’erreur persiste, exportez une archive de diagnostic pour votre support.</translation>
    </message>
    <message>
        <source>A marker of the IKE error range, not an error in itself.</source>
        <translation>Un repère de la plage des erreurs IKE, pas une erreur en soi.</translation>
    </message>
    <message>
        <source>Look at the other codes logged at the same time.</source>
        <translation>Regardez les autres codes enregistrés au même moment.</translation>
    </message>
    <message>
        <source>The IKE credentials were refused. With certificates: the server certificate is expired or not trusted (its root must be in the computer&apos;s trusted roots), its name does not match, or this PC chose the wrong client certificate. With a pre-shared key: the keys differ.</source>
        <translation>Les informations d’authentification IKE ont été refusées. Avec des certificats&#xa0;: le certificat du serveur est expiré ou non approuvé (sa racine doit être dans les racines approuvées de l’ordinateur), son nom ne correspond pas, ou ce PC a choisi le mauvais certificat client. Avec une clé pré-partagée&#xa0;: les clés diffèrent.</translation>
    </message>
    <message>
        <source>Run the Certificates step; install the provider&apos;s root certificate; with a pre-shared key, enter it again.</source>
        <translation>Lancez l’étape Certificats&#xa0;; installez le certificat racine du fournisseur&#xa0;; avec une clé pré-partagée, saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The security attributes proposed in IKE were refused: no common proposal.</source>
        <translation>Les attributs de sécurité proposés en IKE ont été refusés&#xa0;: aucune proposition commune.</translation>
    </message>
    <message>
        <source>Align the connection&apos;s IPsec settings with the server&apos;s (Proposals step).</source>
        <translation>Alignez les réglages IPsec de la connexion sur ceux du serveur (étape Propositions).</translation>
    </message>
    <message>
        <source>IKE reported a pending negotiation or a generic processing error.</source>
        <translation>IKE a signalé une négociation en cours ou une erreur de traitement générique.</translation>
    </message>
    <message>
        <source>Look at the other codes and events logged at the same time; if nothing else shows, send the details to your VPN provider.</source>
        <translation>Regardez les autres codes et événements enregistrés au même moment&#xa0;; si rien d’autre n’apparaît, envoyez les détails à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The IKE negotiation got no answer from the server in time: UDP 500/4500 is blocked, the server is down, or a NAT router drops the packets.</source>
        <translation>La négociation IKE n’a reçu aucune réponse du serveur à temps&#xa0;: UDP 500/4500 est bloqué, le serveur est arrêté, ou un routeur NAT perd les paquets.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (Connectivity step) and that the server is up.</source>
        <translation>Vérifiez que UDP 500 et 4500 atteignent le serveur (étape Connectivité) et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>IKE found no valid computer certificate: it is missing from the computer&apos;s Personal store, expired, without private key, without the right purpose, or not chained to a root the server accepts.</source>
        <translation>IKE n’a trouvé aucun certificat d’ordinateur valide&#xa0;: absent du magasin Personnel de l’ordinateur, expiré, sans clé privée, sans le bon usage, ou non rattaché à une racine acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Run the Certificates step and install the computer certificate from your VPN provider.</source>
        <translation>Lancez l’étape Certificats et installez le certificat d’ordinateur de votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The IKE security association was deleted before the negotiation completed (by the server or by timeout).</source>
        <translation>L’association de sécurité IKE a été supprimée avant la fin de la négociation (par le serveur ou par expiration).</translation>
    </message>
    <message>
        <source>Look at the server&apos;s reason in its logs: send the times and codes to your VPN provider.</source>
        <translation>La raison se trouve dans les journaux du serveur&#xa0;: envoyez les heures et les codes à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>IKE dropped negotiation requests because it was busy or waiting.</source>
        <translation>IKE a abandonné des demandes de négociation parce qu’il était occupé ou en attente.</translation>
    </message>
    <message>
        <source>Try again; if it persists, restart the IKE and AuthIP IPsec Keying Modules service.</source>
        <translation>Réessayez&#xa0;; si cela persiste, redémarrez le service Modules de génération de clés IKE et AuthIP IPsec.</translation>
    </message>
    <message>
        <source>The revocation check of a certificate failed: the revocation list (CRL) or OCSP responder could not be reached, or the certificate is revoked.</source>
        <translation>La vérification de révocation d’un certificat a échoué&#xa0;: la liste de révocation (CRL) ou le répondeur OCSP est injoignable, ou le certificat est révoqué.</translation>
    </message>
    <message>
        <source>Check that this PC can reach the revocation addresses of the certificates; otherwise ask your VPN provider.</source>
        <translation>Vérifiez que ce PC peut joindre les adresses de révocation des certificats&#xa0;; sinon interrogez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>A certificate has a key usage or type IKE does not accept.</source>
        <translation>Un certificat a un usage de clé ou un type qu’IKE n’accepte pas.</translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate made for IPsec (Client Authentication purpose).</source>
        <translation>Demandez à votre fournisseur VPN un certificat prévu pour IPsec (usage «&#xa0;Authentification du client&#xa0;»).</translation>
    </message>
    <message>
        <source>The certificate has no private key, or Windows cannot access it.</source>
        <translation>Le certificat n’a pas de clé privée, ou Windows ne peut pas y accéder.</translation>
    </message>
    <message>
        <source>Import the certificate again from its .pfx file, with its private key, into the computer store.</source>
        <translation>Importez à nouveau le certificat depuis son fichier .pfx, avec sa clé privée, dans le magasin de l’ordinateur.</translation>
    </message>
    <message>
        <source>Both sides renewed the keys at the same time (rekey collision). Usually harmless.</source>
        <translation>Les deux côtés ont renouvelé les clés en même temps (collision de renouvellement). Généralement sans conséquence.</translation>
    </message>
    <message>
        <source>Nothing to do unless the connection drops; then report the time to your VPN provider.</source>
        <translation>Rien à faire sauf si la connexion se coupe&#xa0;; signalez alors l’heure à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The Diffie-Hellman key exchange failed.</source>
        <translation>L’échange de clés Diffie-Hellman a échoué.</translation>
    </message>
    <message>
        <source>Check that both sides use the same Diffie-Hellman group (Proposals step).</source>
        <translation>Vérifiez que les deux côtés utilisent le même groupe Diffie-Hellman (étape Propositions).</translation>
    </message>
    <message>
        <source>The server sent a critical IKE payload Windows does not understand.</source>
        <translation>Le serveur a envoyé un élément IKE critique que Windows ne comprend pas.</translation>
    </message>
    <message>
        <source>Report it to your VPN provider: the server uses an extension Windows does not support.</source>
        <translation>Signalez-le à votre fournisseur VPN&#xa0;: le serveur utilise une extension que Windows ne prend pas en charge.</translation>
    </message>
    <message>
        <source>An IKE message was invalid (header, payload, cookie or message id): a device in between altered it, or the server is not compatible.</source>
        <translation>Un message IKE n’était pas valide (en-tête, contenu, cookie ou identifiant de message)&#xa0;: un équipement intermédiaire l’a modifié, ou le serveur n’est pas compatible.</translation>
    </message>
    <message>
        <source>Try from another network; if the error stays, send the details to your VPN provider.</source>
        <translation>Essayez depuis un autre réseau&#xa0;; si l’erreur persiste, envoyez les détails à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>IKE found no policy for this connection (no main mode policy): the IPsec Policy Agent or Remote Access did not install it.</source>
        <translation>IKE n’a trouvé aucune stratégie pour cette connexion (pas de stratégie de mode principal)&#xa0;: l’Agent de stratégie IPsec ou l’accès à distance ne l’a pas installée.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore the IPsec Policy Agent service, then reconnect.</source>
        <translation>Laissez IPsec Doctor rétablir le service Agent de stratégie IPsec, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>A signature did not verify: the certificate or key used does not match.</source>
        <translation>Une signature n’a pas pu être vérifiée&#xa0;: le certificat ou la clé utilisés ne correspondent pas.</translation>
    </message>
    <message>
        <source>Check the certificates on both sides (Certificates step) and ask your VPN provider.</source>
        <translation>Vérifiez les certificats des deux côtés (étape Certificats) et interrogez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>Kerberos authentication failed (domain IPsec policies only).</source>
        <translation>L’authentification Kerberos a échoué (stratégies IPsec de domaine uniquement).</translation>
    </message>
    <message>
        <source>Check that this PC can reach a domain controller.</source>
        <translation>Vérifiez que ce PC peut joindre un contrôleur de domaine.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has no usable public key, or its key length is not accepted.</source>
        <translation>Le certificat du serveur n’a pas de clé publique utilisable, ou sa longueur de clé n’est pas acceptée.</translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate with an RSA key of 2048 bits or more, or ECDSA P-256/P-384.</source>
        <translation>Demandez à votre fournisseur VPN un certificat avec une clé RSA de 2048 bits ou plus, ou ECDSA P-256/P-384.</translation>
    </message>
    <message>
        <source>IKE could not process a part (payload) of the server&apos;s message.</source>
        <translation>IKE n’a pas pu traiter une partie (payload) du message du serveur.</translation>
    </message>
    <message>
        <source>Send the details to your VPN provider: the server&apos;s messages are not what Windows expects.</source>
        <translation>Envoyez les détails à votre fournisseur VPN&#xa0;: les messages du serveur ne sont pas ceux qu’attend Windows.</translation>
    </message>
    <message>
        <source>IKE could not process the server&apos;s proposal or key exchange: the algorithms offered do not fit.</source>
        <translation>IKE n’a pas pu traiter la proposition ou l’échange de clés du serveur&#xa0;: les algorithmes proposés ne conviennent pas.</translation>
    </message>
    <message>
        <source>IKE could not process the server&apos;s identity, hash, signature or nonce: usually an authentication mismatch.</source>
        <translation>IKE n’a pas pu traiter l’identité, le hachage, la signature ou le nonce du serveur&#xa0;: en général, une authentification qui ne correspond pas.</translation>
    </message>
    <message>
        <source>Check the authentication method (certificate or pre-shared key) and the server name in the connection.</source>
        <translation>Vérifiez la méthode d’authentification (certificat ou clé pré-partagée) et le nom du serveur dans la connexion.</translation>
    </message>
    <message>
        <source>IKE could not process the certificate or certificate request the server sent.</source>
        <translation>IKE n’a pas pu traiter le certificat ou la demande de certificat envoyés par le serveur.</translation>
    </message>
    <message>
        <source>Run the Certificates step; ask your VPN provider which certification authority it expects.</source>
        <translation>Lancez l’étape Certificats&#xa0;; demandez à votre fournisseur VPN quelle autorité de certification il attend.</translation>
    </message>
    <message>
        <source>An internal IKE state (soft or expired security association, limit reached, reinitialisation). It rarely explains a failure on its own.</source>
        <translation>Un état interne d’IKE (association de sécurité provisoire ou expirée, limite atteinte, réinitialisation). Il explique rarement un échec à lui seul.</translation>
    </message>
    <message>
        <source>Look at the other codes logged at the same time; restart the IKE and AuthIP IPsec Keying Modules service if failures repeat.</source>
        <translation>Regardez les autres codes enregistrés au même moment&#xa0;; redémarrez le service Modules de génération de clés IKE et AuthIP IPsec si les échecs se répètent.</translation>
    </message>
    <message>
        <source>The server sent no valid computer certificate.</source>
        <translation>Le serveur n’a envoyé aucun certificat d’ordinateur valide.</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server must send its certificate.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le serveur doit envoyer son certificat.</translation>
    </message>
    <message>
        <source>The IPsec policy changed during the negotiation.</source>
        <translation>La stratégie IPsec a changé pendant la négociation.</translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>A local failure of the Windows security components used by IKE (security package, credentials, SPI, filters, memory).</source>
        <translation>Une défaillance locale des composants de sécurité Windows utilisés par IKE (package de sécurité, informations d’identification, SPI, filtres, mémoire).</translation>
    </message>
    <message>
        <source>Restart the computer; if the error stays, export a diagnostic bundle for your support team.</source>
        <translation>Redémarrez l’ordinateur&#xa0;; si l’erreur persiste, exportez une archive de diagnostic pour votre support.</translation>
    </message>
    <message>
        <source>The server used an IKEv1 domain, situation or identity type Windows does not support.</source>
        <translation>Le serveur a utilisé un domaine, une situation ou un type d’identité IKEv1 que Windows ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to use standard IPsec settings for Windows clients.</source>
        <translation>Demandez à votre fournisseur VPN d’utiliser des réglages IPsec standard pour les clients Windows.</translation>
    </message>
    <message>
        <source>The Diffie-Hellman group is not accepted.</source>
        <translation>Le groupe Diffie-Hellman n’est pas accepté.</translation>
    </message>
    <message>
        <source>Use the same Diffie-Hellman group as the server (Proposals step); Windows offers group 2 by default, many servers require 14 or more.</source>
        <translation>Utilisez le même groupe Diffie-Hellman que le serveur (étape Propositions)&#xa0;; Windows propose le groupe 2 par défaut, beaucoup de serveurs exigent 14 ou plus.</translation>
    </message>
    <message>
        <source>Encrypting or decrypting an IKE message failed: the keys do not match (often a wrong pre-shared key).</source>
        <translation>Le chiffrement ou le déchiffrement d’un message IKE a échoué&#xa0;: les clés ne correspondent pas (souvent une clé pré-partagée erronée).</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again; otherwise send the details to your VPN provider.</source>
        <translation>Saisissez à nouveau la clé pré-partagée&#xa0;; sinon envoyez les détails à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>Policy match error: this PC and the server have no proposal in common (encryption, integrity, Diffie-Hellman group).</source>
        <translation>Erreur de correspondance de stratégie&#xa0;: ce PC et le serveur n’ont aucune proposition en commun (chiffrement, intégrité, groupe Diffie-Hellman).</translation>
    </message>
    <message>
        <source>Align the connection with the server (Set-VpnConnectionIPsecConfiguration, or the Proposals step), or ask your provider to accept Windows&apos; proposals.</source>
        <translation>Alignez la connexion sur le serveur (Set-VpnConnectionIPsecConfiguration, ou l’étape Propositions), ou demandez à votre fournisseur d’accepter les propositions de Windows.</translation>
    </message>
    <message>
        <source>The server uses a hash, integrity or encryption algorithm Windows does not accept in this configuration.</source>
        <translation>Le serveur utilise un algorithme de hachage, d’intégrité ou de chiffrement que Windows n’accepte pas dans cette configuration.</translation>
    </message>
    <message>
        <source>Align the algorithms of the connection with the server&apos;s (Proposals step).</source>
        <translation>Alignez les algorithmes de la connexion sur ceux du serveur (étape Propositions).</translation>
    </message>
    <message>
        <source>The IKE versions differ: the server does not speak the version this connection uses.</source>
        <translation>Les versions d’IKE diffèrent&#xa0;: le serveur ne parle pas la version qu’utilise cette connexion.</translation>
    </message>
    <message>
        <source>Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.</source>
        <translation>Utilisez le type de VPN qui correspond au serveur&#xa0;: IKEv2, ou L2TP/IPsec pour IKEv1.</translation>
    </message>
    <message>
        <source>IPsec negotiation is disabled by policy on this PC.</source>
        <translation>La négociation IPsec est désactivée par une stratégie sur ce PC.</translation>
    </message>
    <message>
        <source>Check the IPsec policies applied to this PC (Group Policy); your administrator may have disabled it.</source>
        <translation>Vérifiez les stratégies IPsec appliquées à ce PC (stratégie de groupe)&#xa0;; votre administrateur l’a peut-être désactivée.</translation>
    </message>
    <message>
        <source>The certificate chain does not match the policy (for example the root or purpose required).</source>
        <translation>La chaîne de certificats ne correspond pas à la stratégie (par exemple la racine ou l’usage exigés).</translation>
    </message>
    <message>
        <source>Run the Certificates step and ask your VPN provider which root and purpose it requires.</source>
        <translation>Lancez l’étape Certificats et demandez à votre fournisseur VPN quelle racine et quel usage il exige.</translation>
    </message>
    <message>
        <source>The server is protecting itself against overload (DoS protection, rate limiting) and delayed or dropped the request.</source>
        <translation>Le serveur se protège contre une surcharge (protection DoS, limitation de débit) et a retardé ou ignoré la demande.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell your VPN provider.</source>
        <translation>Réessayez plus tard&#xa0;; si cela persiste, prévenez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The IKE service is shutting down.</source>
        <translation>Le service IKE est en cours d’arrêt.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor restart the IKE and AuthIP IPsec Keying Modules service.</source>
        <translation>Laissez IPsec Doctor redémarrer le service Modules de génération de clés IKE et AuthIP IPsec.</translation>
    </message>
    <message>
        <source>CGA authentication failed (IPv6 cryptographically generated addresses).</source>
        <translation>L’authentification CGA a échoué (adresses IPv6 générées cryptographiquement).</translation>
    </message>
    <message>
        <source>This rarely concerns a VPN; send the details to your support team.</source>
        <translation>Cela concerne rarement un VPN&#xa0;; envoyez les détails à votre support.</translation>
    </message>
    <message>
        <source>A quick mode negotiation referred to an invalid main mode.</source>
        <translation>Une négociation en mode rapide faisait référence à un mode principal non valide.</translation>
    </message>
    <message>
        <source>Connect again; if it repeats, send the details to your VPN provider.</source>
        <translation>Reconnectez-vous&#xa0;; si cela se répète, envoyez les détails à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server gave no inner IP address, or did not send the configuration payload Windows requires.</source>
        <translation>Le serveur n’a attribué aucune adresse IP interne, ou n’a pas envoyé la configuration qu’exige Windows.</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server&apos;s address pool or configuration payload is the problem.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le pool d’adresses ou la configuration du serveur est en cause.</translation>
    </message>
    <message>
        <source>The server does not support MOBIKE.</source>
        <translation>Le serveur ne prend pas en charge MOBIKE.</translation>
    </message>
    <message>
        <source>Authentication succeeded but authorization failed: the server does not allow this user or computer (or the certificate mapping failed).</source>
        <translation>L’authentification a réussi mais l’autorisation a échoué&#xa0;: le serveur n’autorise pas cet utilisateur ou cet ordinateur (ou l’association du certificat a échoué).</translation>
    </message>
    <message>
        <source>Ask your VPN provider to allow your account or certificate.</source>
        <translation>Demandez à votre fournisseur VPN d’autoriser votre compte ou votre certificat.</translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets of an established tunnel (bad SPI, replay, integrity check, clear-text packet, throttling).</source>
        <translation>Le pilote IPsec a rejeté des paquets d’un tunnel établi (SPI incorrect, rejeu, contrôle d’intégrité, paquet en clair, limitation).</translation>
    </message>
    <message>
        <source>Reconnect; if it repeats, a device between this PC and the server alters packets: try another network and tell your VPN provider.</source>
        <translation>Reconnectez-vous&#xa0;; si cela se répète, un équipement entre ce PC et le serveur modifie les paquets&#xa0;: essayez un autre réseau et prévenez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The IPsec DoS protection of this PC blocked or limited packets.</source>
        <translation>La protection DoS IPsec de ce PC a bloqué ou limité des paquets.</translation>
    </message>
    <message>
        <source>Check the IPsec DoS protection settings with your administrator.</source>
        <translation>Vérifiez les réglages de protection DoS IPsec avec votre administrateur.</translation>
    </message>
    <message>
        <source>The connection was reset by the remote side: typical of SSTP over TCP 443 (TLS inspection, wrong port or service) rather than IKE.</source>
        <translation>La connexion a été réinitialisée par le côté distant&#xa0;: typique de SSTP sur TCP 443 (inspection TLS, mauvais port ou service) plutôt que d’IKE.</translation>
    </message>
    <message>
        <source>Check that the VPN type and port match the server; a proxy or TLS inspection on the network may break SSTP.</source>
        <translation>Vérifiez que le type de VPN et le port correspondent au serveur&#xa0;; un proxy ou une inspection TLS sur le réseau peut casser SSTP.</translation>
    </message>
    <message>
        <source>A certificate has expired (or is not yet valid).</source>
        <translation>Un certificat a expiré (ou n’est pas encore valide).</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; renew the expired certificate (Certificates step).</source>
        <translation>Vérifiez la date et l’heure de ce PC&#xa0;; renouvelez le certificat expiré (étape Certificats).</translation>
    </message>
    <message>
        <source>A certificate chain ends at a root or authority this PC does not trust.</source>
        <translation>Une chaîne de certificats aboutit à une racine ou une autorité auxquelles ce PC ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The certificate&apos;s name does not match the server name of the connection.</source>
        <translation>Le nom du certificat ne correspond pas au nom du serveur de la connexion.</translation>
    </message>
    <message>
        <source>Use in the connection exactly the name written in the server certificate (not its IP address).</source>
        <translation>Indiquez dans la connexion exactement le nom inscrit dans le certificat du serveur (pas son adresse IP).</translation>
    </message>
    <message>
        <source>A certificate is used for a purpose it was not issued for (wrong extended key usage).</source>
        <translation>Un certificat est utilisé pour un usage pour lequel il n’a pas été émis (mauvaise utilisation étendue de la clé).</translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate with the right purpose (Server Authentication for the server, Client Authentication for this PC).</source>
        <translation>Demandez à votre fournisseur VPN un certificat avec le bon usage (Authentification du serveur pour le serveur, Authentification du client pour ce PC).</translation>
    </message>
    <message>
        <source>The revocation of a certificate could not be checked: the revocation list or OCSP server is unreachable.</source>
        <translation>La révocation d’un certificat n’a pas pu être vérifiée&#xa0;: la liste de révocation ou le serveur OCSP est injoignable.</translation>
    </message>
    <message>
        <source>Check that this PC can reach the revocation addresses (CRL) of the certificates, or ask your provider to publish them.</source>
        <translation>Vérifiez que ce PC peut joindre les adresses de révocation (CRL) des certificats, ou demandez à votre fournisseur de les publier.</translation>
    </message>
    <message>
        <source>A certificate has been revoked by its authority.</source>
        <translation>Un certificat a été révoqué par son autorité.</translation>
    </message>
    <message>
        <source>Ask your VPN provider for a new certificate.</source>
        <translation>Demandez un nouveau certificat à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>An operation timed out. The Azure VPN client logs it when it lacks the permission to run in the background.</source>
        <translation>Une opération a expiré. Le client Azure VPN l’enregistre quand il n’a pas l’autorisation de s’exécuter en arrière-plan.</translation>
    </message>
    <message>
        <source>With the Azure VPN client, allow it to run in the background (Windows Settings, Apps); otherwise look at the codes logged just before.</source>
        <translation>Avec le client Azure VPN, autorisez-le à s’exécuter en arrière-plan (Paramètres Windows, Applications)&#xa0;; sinon regardez les codes enregistrés juste avant.</translation>
    </message>
    <message>
        <source>IKE started its denial-of-service protection mode: it received many requests.</source>
        <translation>IKE a activé son mode de protection contre le déni de service&#xa0;: il a reçu beaucoup de demandes.</translation>
    </message>
    <message>
        <source>Nothing to do unless connections fail at the same time.</source>
        <translation>Rien à faire, sauf si des connexions échouent au même moment.</translation>
    </message>
    <message>
        <source>An IPsec main mode security association was established: phase 1 with the server worked.</source>
        <translation>Une association de sécurité IPsec en mode principal a été établie&#xa0;: la phase 1 avec le serveur a réussi.</translation>
    </message>
    <message>
        <source>If the VPN still fails, look for a later phase 2 or user authentication failure.</source>
        <translation>Si le VPN échoue quand même, cherchez un échec ultérieur de phase 2 ou d’authentification de l’utilisateur.</translation>
    </message>
    <message>
        <source>An IPsec main mode (phase 1) negotiation failed. The event says where (this PC or the server), at which step, and why.</source>
        <translation>Une négociation IPsec en mode principal (phase 1) a échoué. L’événement indique où (ce PC ou le serveur), à quelle étape et pourquoi.</translation>
    </message>
    <message>
        <source>Read its failure reason: IPsec Doctor maps it to the IKE code and explains it.</source>
        <translation>Lisez la raison de l’échec&#xa0;: IPsec Doctor la rattache au code IKE et l’explique.</translation>
    </message>
    <message>
        <source>An IPsec quick mode (phase 2) negotiation failed: phase 1 worked, but the tunnel&apos;s own settings were refused.</source>
        <translation>Une négociation IPsec en mode rapide (phase 2) a échoué&#xa0;: la phase 1 a réussi, mais les réglages du tunnel lui-même ont été refusés.</translation>
    </message>
    <message>
        <source>Compare the phase 2 settings (encryption, PFS, traffic selectors) with your VPN provider.</source>
        <translation>Comparez les réglages de phase 2 (chiffrement, PFS, sélecteurs de trafic) avec votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>An IPsec security association ended (normal when a connection closes or keys are renewed).</source>
        <translation>Une association de sécurité IPsec s’est terminée (normal quand une connexion se ferme ou que les clés sont renouvelées).</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets (integrity or replay check failed, clear-text packet, wrong SPI): a device in between may alter packets.</source>
        <translation>Le pilote IPsec a rejeté des paquets (contrôle d’intégrité ou de rejeu échoué, paquet en clair, SPI incorrect)&#xa0;: un équipement intermédiaire modifie peut-être les paquets.</translation>
    </message>
    <message>
        <source>If the VPN is unstable, try another network and tell your VPN provider.</source>
        <translation>Si le VPN est instable, essayez un autre réseau et prévenez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>An invalid IKE packet was received during negotiation: a network problem, or packets altered on the way.</source>
        <translation>Un paquet IKE non valide a été reçu pendant la négociation&#xa0;: problème réseau, ou paquets modifiés en chemin.</translation>
    </message>
    <message>
        <source>Try another network; if it repeats, send the details to your VPN provider.</source>
        <translation>Essayez un autre réseau&#xa0;; si cela se répète, envoyez les détails à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>An IPsec extended mode negotiation failed (a second authentication after phase 1).</source>
        <translation>Une négociation IPsec en mode étendu a échoué (seconde authentification après la phase 1).</translation>
    </message>
    <message>
        <source>Check the user or computer credentials used for the second authentication.</source>
        <translation>Vérifiez les informations d’identification de l’utilisateur ou de l’ordinateur utilisées pour la seconde authentification.</translation>
    </message>
    <message>
        <source>An IPsec quick mode (phase 2) security association was established: the tunnel is up.</source>
        <translation>Une association de sécurité IPsec en mode rapide (phase 2) a été établie&#xa0;: le tunnel est monté.</translation>
    </message>
    <message>
        <source>Nothing to do for IPsec; a later failure comes from user authentication or the network.</source>
        <translation>Rien à faire pour IPsec&#xa0;; un échec ultérieur vient de l’authentification de l’utilisateur ou du réseau.</translation>
    </message>
    <message>
        <source>An IPsec negotiation failed because the IKE and AuthIP IPsec Keying Modules service was not started.</source>
        <translation>Une négociation IPsec a échoué parce que le service Modules de génération de clés IKE et AuthIP IPsec n’était pas démarré.</translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore the service (Services step).</source>
        <translation>Laissez IPsec Doctor rétablir le service (étape Services).</translation>
    </message>
    <message>
        <source>The IPsec services started or shut down.</source>
        <translation>Les services IPsec ont démarré ou se sont arrêtés.</translation>
    </message>
    <message>
        <source>Nothing to do, unless they shut down while you connect.</source>
        <translation>Rien à faire, sauf s’ils s’arrêtent pendant que vous vous connectez.</translation>
    </message>
    <message>
        <source>The IPsec services had a critical failure (interface list, RPC server, filters after a network change).</source>
        <translation>Les services IPsec ont subi une défaillance critique (liste des interfaces, serveur RPC, filtres après un changement de réseau).</translation>
    </message>
    <message>
        <source>Restart the computer; if it repeats, export a diagnostic bundle for your support team.</source>
        <translation>Redémarrez l’ordinateur&#xa0;; si cela se répète, exportez une archive de diagnostic pour votre support.</translation>
    </message>
    <message>
        <source>An IPsec services event Microsoft does not document in its IPsec driver list.</source>
        <translation>Un événement des services IPsec que Microsoft ne documente pas dans sa liste du pilote IPsec.</translation>
    </message>
    <message>
        <source>Keep it as evidence for your support team.</source>
        <translation>Conservez-le comme élément de preuve pour votre support.</translation>
    </message>
    <message>
        <source>A demand-dial connection of a Routing and Remote Access server failed; the error code is in the event data.</source>
        <translation>Une connexion à la demande d’un serveur Routage et accès distant a échoué&#xa0;; le code d’erreur est dans les données de l’événement.</translation>
    </message>
    <message>
        <source>Read the error code: IPsec Doctor explains it.</source>
        <translation>Lisez le code d’erreur&#xa0;: IPsec Doctor l’explique.</translation>
    </message>
    <message>
        <source>A VPN connection was terminated; the event gives the reason code.</source>
        <translation>Une connexion VPN a été interrompue&#xa0;; l’événement donne le code de la raison.</translation>
    </message>
    <message>
        <source>Read the reason code: IPsec Doctor explains it.</source>
        <translation>Lisez le code de la raison&#xa0;: IPsec Doctor l’explique.</translation>
    </message>
    <message>
        <source>The user started dialing a VPN connection; the event lists the connection&apos;s settings.</source>
        <translation>L’utilisateur a lancé la numérotation d’une connexion VPN&#xa0;; l’événement liste les réglages de la connexion.</translation>
    </message>
    <message>
        <source>Nothing to do: it marks the start of an attempt.</source>
        <translation>Rien à faire&#xa0;: il marque le début d’une tentative.</translation>
    </message>
    <message>
        <source>Windows started setting up the tunnel (IPsec not up yet). A failure right after it is a network or IKE problem.</source>
        <translation>Windows a commencé à monter le tunnel (IPsec pas encore établi). Un échec juste après est un problème de réseau ou d’IKE.</translation>
    </message>
    <message>
        <source>If a failure follows, look at its code.</source>
        <translation>Si un échec suit, regardez son code.</translation>
    </message>
    <message>
        <source>The tunnel is up. A failure after this is user authentication or server policy, not IPsec.</source>
        <translation>Le tunnel est monté. Un échec après cela concerne l’authentification de l’utilisateur ou la stratégie du serveur, pas IPsec.</translation>
    </message>
    <message>
        <source>If a failure follows, check your user name, password and the server&apos;s policy.</source>
        <translation>Si un échec suit, vérifiez votre nom d’utilisateur, votre mot de passe et la stratégie du serveur.</translation>
    </message>
    <message>
        <source>The VPN connection was established.</source>
        <translation>La connexion VPN a été établie.</translation>
    </message>
    <message>
        <source>A VPN connection failed; the event gives the error code.</source>
        <translation>Une connexion VPN a échoué&#xa0;; l’événement donne le code d’erreur.</translation>
    </message>
    <message>
        <source>The Routing and Remote Access server refused a user&apos;s connection (wrong credentials or authentication method not allowed). This event is in a server&apos;s log.</source>
        <translation>Le serveur Routage et accès distant a refusé la connexion d’un utilisateur (mauvaises informations d’identification ou méthode d’authentification non autorisée). Cet événement figure dans le journal d’un serveur.</translation>
    </message>
    <message>
        <source>On the server, check the user&apos;s account and the network policy&apos;s authentication methods.</source>
        <translation>Sur le serveur, vérifiez le compte de l’utilisateur et les méthodes d’authentification de la stratégie réseau.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>Windows services</source>
        <translation>Services Windows</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Security proposals</source>
        <translation>Propositions de sécurité</translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation>Journaux d’événements</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Very likely (%1 %)</source>
        <translation>Très probable (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Likely (%1 %)</source>
        <translation>Probable (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Possible (%1 %)</source>
        <translation>Possible (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>IKEv2 IKE_SA_INIT (first exchange)</source>
        <translation>IKEv2 IKE_SA_INIT (premier échange)</translation>
    </message>
    <message>
        <source>IKEv2 IKE_AUTH (authentication)</source>
        <translation>IKEv2 IKE_AUTH (authentification)</translation>
    </message>
    <message>
        <source>IKEv1 Main Mode (phase 1)</source>
        <translation>IKEv1 mode principal (phase 1)</translation>
    </message>
    <message>
        <source>IKEv1 Quick Mode (phase 2)</source>
        <translation>IKEv1 mode rapide (phase 2)</translation>
    </message>
    <message>
        <source>PPP/EAP user authentication after IPsec</source>
        <translation>Authentification PPP/EAP de l’utilisateur après IPsec</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The IPsec services of this PC cannot run</source>
        <translation>Les services IPsec de ce PC ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is disabled or stopped: Windows cannot negotiate any IPsec connection (error 827).</source>
        <translation>Le service Modules de génération de clés IKE et AuthIP IPsec ou le moteur de filtrage de base est désactivé ou arrêté&#xa0;: Windows ne peut négocier aucune connexion IPsec (erreur 827).</translation>
    </message>
    <message>
        <source>Apply the fix below: IPsec Doctor restores the services&apos; Windows defaults.</source>
        <translation>Appliquez le correctif ci-dessous&#xa0;: IPsec Doctor rétablit les réglages par défaut de Windows pour ces services.</translation>
    </message>
    <message>
        <source>The IPsec Policy Agent of this PC cannot run</source>
        <translation>L’Agent de stratégie IPsec de ce PC ne peut pas fonctionner</translation>
    </message>
    <message>
        <source>Without it Windows has no IPsec policy for L2TP/IPsec (error 791, IKE 13825).</source>
        <translation>Sans lui, Windows n’a aucune stratégie IPsec pour L2TP/IPsec (erreur 791, IKE 13825).</translation>
    </message>
    <message>
        <source>Apply the fix below: IPsec Doctor restores the service&apos;s Windows default.</source>
        <translation>Appliquez le correctif ci-dessous&#xa0;: IPsec Doctor rétablit le réglage par défaut de Windows pour ce service.</translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager cannot run</source>
        <translation>Le Gestionnaire des connexions d’accès à distance ne peut pas fonctionner</translation>
    </message>
    <message>
        <source>No VPN connection can be dialled without it (error 834).</source>
        <translation>Aucune connexion VPN ne peut être établie sans lui (erreur 834).</translation>
    </message>
    <message>
        <source>The server&apos;s name does not resolve</source>
        <translation>Le nom du serveur ne se résout pas</translation>
    </message>
    <message>
        <source>The VPN server&apos;s name gives no address (DNS).</source>
        <translation>Le nom du serveur VPN ne donne aucune adresse (DNS).</translation>
    </message>
    <message>
        <source>Check the server name in the connection and your Internet access.</source>
        <translation>Vérifiez le nom du serveur dans la connexion et votre accès à Internet.</translation>
    </message>
    <message>
        <source>The server cannot be reached on UDP 500/4500</source>
        <translation>Le serveur est injoignable en UDP 500/4500</translation>
    </message>
    <message>
        <source>IKE packets get no answer: a firewall or router between this PC and the server blocks UDP 500 and 4500, or the server is down.</source>
        <translation>Les paquets IKE restent sans réponse&#xa0;: un pare-feu ou un routeur entre ce PC et le serveur bloque UDP 500 et 4500, ou le serveur est arrêté.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, open UDP 500 and 4500 on this network; otherwise send the message below to your VPN provider.</source>
        <translation>Essayez depuis un autre réseau (partage de connexion d’un téléphone). Si cela fonctionne, ouvrez UDP 500 et 4500 sur ce réseau&#xa0;; sinon envoyez le message ci-dessous à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server is limiting IKE requests</source>
        <translation>Le serveur limite les demandes IKE</translation>
    </message>
    <message>
        <source>The server answered, then went silent or asked for a cookie: it is protecting itself against overload.</source>
        <translation>Le serveur a répondu, puis s’est tu ou a demandé un cookie&#xa0;: il se protège contre une surcharge.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it persists, tell your VPN provider.</source>
        <translation>Attendez quelques minutes et réessayez&#xa0;; si cela persiste, prévenez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>NAT traversal is not allowed for L2TP/IPsec</source>
        <translation>La traversée de NAT n’est pas autorisée pour L2TP/IPsec</translation>
    </message>
    <message>
        <source>A NAT router sits between this PC and the server, and Windows does not use UDP encapsulation towards a server behind NAT unless the AssumeUDPEncapsulationContextOnSendRule registry value is set (typical error 809).</source>
        <translation>Un routeur NAT se trouve entre ce PC et le serveur, et Windows n’utilise pas l’encapsulation UDP vers un serveur derrière un NAT tant que la valeur de registre AssumeUDPEncapsulationContextOnSendRule n’est pas définie (erreur 809 typique).</translation>
    </message>
    <message>
        <source>Set AssumeUDPEncapsulationContextOnSendRule to 2 and restart the computer.</source>
        <translation>Réglez AssumeUDPEncapsulationContextOnSendRule sur 2 et redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>The server does not speak this IKE version</source>
        <translation>Le serveur ne parle pas cette version d’IKE</translation>
    </message>
    <message>
        <source>The server answers only IKEv1 or only IKEv2, and the connection uses the other.</source>
        <translation>Le serveur ne répond qu’en IKEv1 ou qu’en IKEv2, et la connexion utilise l’autre.</translation>
    </message>
    <message>
        <source>Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.</source>
        <translation>Utilisez le type de VPN qui correspond au serveur&#xa0;: IKEv2, ou L2TP/IPsec pour IKEv1.</translation>
    </message>
    <message>
        <source>The server only accepts IKEv1 Aggressive Mode</source>
        <translation>Le serveur n’accepte que le mode agressif d’IKEv1</translation>
    </message>
    <message>
        <source>Windows only uses Main Mode; a server configured for Aggressive Mode never agrees with it. Aggressive Mode with a pre-shared key is also weak.</source>
        <translation>Windows n’utilise que le mode principal&#xa0;; un serveur configuré en mode agressif ne s’accorde jamais avec lui. Le mode agressif avec clé pré-partagée est en outre peu sûr.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to enable Main Mode (or IKEv2) for Windows clients.</source>
        <translation>Demandez à votre fournisseur VPN d’activer le mode principal (ou IKEv2) pour les clients Windows.</translation>
    </message>
    <message>
        <source>This PC and the server have no security proposal in common</source>
        <translation>Ce PC et le serveur n’ont aucune proposition de sécurité en commun</translation>
    </message>
    <message>
        <source>The encryption, integrity or Diffie-Hellman group Windows offers is refused by the server (phase 1, error 13868).</source>
        <translation>Le chiffrement, l’intégrité ou le groupe Diffie-Hellman proposés par Windows sont refusés par le serveur (phase 1, erreur 13868).</translation>
    </message>
    <message>
        <source>Align the connection with the server (Set-VpnConnectionIPsecConfiguration with the server&apos;s algorithms), or ask your VPN provider to accept Windows&apos; proposals.</source>
        <translation>Alignez la connexion sur le serveur (Set-VpnConnectionIPsecConfiguration avec les algorithmes du serveur), ou demandez à votre fournisseur VPN d’accepter les propositions de Windows.</translation>
    </message>
    <message>
        <source>A certificate has expired or the clock is wrong</source>
        <translation>Un certificat a expiré ou l’horloge est fausse</translation>
    </message>
    <message>
        <source>IKE refuses a certificate outside its validity dates.</source>
        <translation>IKE refuse un certificat en dehors de ses dates de validité.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time, then renew the expired certificate.</source>
        <translation>Vérifiez la date et l’heure de ce PC, puis renouvelez le certificat expiré.</translation>
    </message>
    <message>
        <source>This PC has no usable computer certificate</source>
        <translation>Ce PC n’a aucun certificat d’ordinateur utilisable</translation>
    </message>
    <message>
        <source>IKE needs a computer certificate with its private key and the Client Authentication purpose (error 13806).</source>
        <translation>IKE a besoin d’un certificat d’ordinateur avec sa clé privée et l’usage «&#xa0;Authentification du client&#xa0;» (erreur 13806).</translation>
    </message>
    <message>
        <source>Install the certificate from your VPN provider (.pfx, with its private key) in the computer&apos;s Personal store.</source>
        <translation>Installez le certificat de votre fournisseur VPN (.pfx, avec sa clé privée) dans le magasin Personnel de l’ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n’est pas approuvé</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not chain to a root this PC trusts, or its name does not match (error 13801 in phase 1 authentication).</source>
        <translation>Le certificat du serveur ne remonte pas à une racine approuvée par ce PC, ou son nom ne correspond pas (erreur 13801 lors de l’authentification de phase 1).</translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities, and use the exact server name of its certificate.</source>
        <translation>Installez le certificat racine de votre fournisseur VPN dans les «&#xa0;Autorités de certification racines de confiance&#xa0;» de l’ordinateur, et utilisez le nom de serveur exact de son certificat.</translation>
    </message>
    <message>
        <source>A certificate is revoked or its revocation cannot be checked</source>
        <translation>Un certificat est révoqué ou sa révocation ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>The revocation list or OCSP server of a certificate is unreachable, or the certificate is revoked.</source>
        <translation>La liste de révocation ou le serveur OCSP d’un certificat est injoignable, ou le certificat est révoqué.</translation>
    </message>
    <message>
        <source>Check that the revocation addresses are reachable; ask your VPN provider otherwise.</source>
        <translation>Vérifiez que les adresses de révocation sont joignables&#xa0;; sinon interrogez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server refused this PC&apos;s credentials</source>
        <translation>Le serveur a refusé les informations d’authentification de ce PC</translation>
    </message>
    <message>
        <source>Phase 1 authentication failed: with a pre-shared key, the keys differ; with certificates, the server does not accept the certificate this PC sent.</source>
        <translation>L’authentification de phase 1 a échoué&#xa0;: avec une clé pré-partagée, les clés diffèrent&#xa0;; avec des certificats, le serveur n’accepte pas le certificat envoyé par ce PC.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again; with certificates, ask your VPN provider which certificate and authority it expects.</source>
        <translation>Saisissez à nouveau la clé pré-partagée&#xa0;; avec des certificats, demandez à votre fournisseur VPN quel certificat et quelle autorité il attend.</translation>
    </message>
    <message>
        <source>Phase 2 settings do not match</source>
        <translation>Les réglages de phase 2 ne correspondent pas</translation>
    </message>
    <message>
        <source>Phase 1 worked but the tunnel&apos;s own settings (encryption, PFS, traffic selectors, address assignment) were refused.</source>
        <translation>La phase 1 a réussi mais les réglages propres au tunnel (chiffrement, PFS, sélecteurs de trafic, attribution d’adresse) ont été refusés.</translation>
    </message>
    <message>
        <source>Compare the phase 2 settings with your VPN provider.</source>
        <translation>Comparez les réglages de phase 2 avec votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server rejected the user sign-in</source>
        <translation>Le serveur a refusé l’identification de l’utilisateur</translation>
    </message>
    <message>
        <source>IPsec worked; the user name, password or authentication method was refused afterwards.</source>
        <translation>IPsec a fonctionné&#xa0;; le nom d’utilisateur, le mot de passe ou la méthode d’authentification a ensuite été refusé.</translation>
    </message>
    <message>
        <source>Check your user name and password, then ask your VPN provider which authentication method to use.</source>
        <translation>Vérifiez votre nom d’utilisateur et votre mot de passe, puis demandez à votre fournisseur VPN quelle méthode d’authentification utiliser.</translation>
    </message>
    <message>
        <source>Unknown cause %1</source>
        <translation>Cause inconnue %1</translation>
    </message>
    <message>
        <source>This cause comes from a newer version of IPsec Doctor.</source>
        <translation>Cette cause vient d’une version plus récente d’IPsec Doctor.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>My VPN connection fails. IPsec Doctor checked this computer; here is what it found.</source>
        <translation>Ma connexion VPN échoue. IPsec Doctor a vérifié cet ordinateur&#xa0;; voici ce qu’il a trouvé.</translation>
    </message>
    <message>
        <source>Failing stage: %1</source>
        <translation>Étape en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>IKE exchange: %1</source>
        <translation>Échange IKE&#xa0;: %1</translation>
    </message>
    <message>
        <source>IKE version: %1</source>
        <translation>Version d’IKE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server address seen in the logs: %1</source>
        <translation>Adresse du serveur vue dans les journaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computer: %1, Windows build %2</source>
        <translation>Ordinateur&#xa0;: %1, Windows build %2</translation>
    </message>
    <message>
        <source>Errors and events:</source>
        <translation>Erreurs et événements&#xa0;:</translation>
    </message>
    <message>
        <source>- none recorded</source>
        <translation>- aucun enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last on %1</source>
        <translation>
            <numerusform>%n fois, la dernière le %1</numerusform>
            <numerusform>%n fois, la dernière le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked on this computer:</source>
        <translation>Vérifié sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Most likely explanation: %1</source>
        <translation>Explication la plus probable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could you check the server&apos;s logs at these times and tell me which setting to change?</source>
        <translation>Pourriez-vous consulter les journaux du serveur à ces heures et m’indiquer quel réglage modifier&#xa0;?</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Merci.</translation>
    </message>
</context>
<context>
    <name>LogsCatalogue</name>
    <message>
        <source>Logged on %1.</source>
        <translation>Enregistré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Logged %n times, from %1 to %2.</source>
        <translation>
            <numerusform>Enregistré %n fois, du %1 au %2.</numerusform>
            <numerusform>Enregistré %n fois, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>this PC</source>
        <translation>ce PC</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>The VPN connection failed with error %1</source>
        <translation>La connexion VPN a échoué avec l’erreur %1</translation>
    </message>
    <message>
        <source>The VPN connection &quot;%1&quot; failed with error %2</source>
        <translation>La connexion VPN «&#xa0;%1&#xa0;» a échoué avec l’erreur %2</translation>
    </message>
    <message>
        <source>Windows logged this error code when the connection failed.</source>
        <translation>Windows a enregistré ce code d’erreur quand la connexion a échoué.</translation>
    </message>
    <message>
        <source>Send the code and the times to your VPN provider.</source>
        <translation>Envoyez le code et les heures à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>quick mode (phase 2)</source>
        <translation>en mode rapide (phase 2)</translation>
    </message>
    <message>
        <source>main mode (phase 1)</source>
        <translation>en mode principal (phase 1)</translation>
    </message>
    <message>
        <source>IPsec %1 negotiation failed: %2</source>
        <translation>Échec de la négociation IPsec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(reported by %1)</source>
        <translation>(signalé par %1)</translation>
    </message>
    <message>
        <source>The negotiation failed for a reason Windows wrote in the machine&apos;s language: %1.</source>
        <translation>La négociation a échoué pour une raison que Windows a écrite dans la langue de la machine&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send the details of this event to your VPN provider.</source>
        <translation>Envoyez les détails de cet événement à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>IPsec security associations were established</source>
        <translation>Des associations de sécurité IPsec ont été établies</translation>
    </message>
    <message>
        <source>Negotiations with %1 succeeded.</source>
        <translation>Les négociations avec %1 ont réussi.</translation>
    </message>
    <message>
        <source>Invalid IKE packets were received</source>
        <translation>Des paquets IKE non valides ont été reçus</translation>
    </message>
    <message>
        <source>IPsec negotiations failed because the IKE service was not running</source>
        <translation>Des négociations IPsec ont échoué car le service IKE ne fonctionnait pas</translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets</source>
        <translation>Le pilote IPsec a rejeté des paquets</translation>
    </message>
    <message>
        <source>The IPsec services had a critical failure</source>
        <translation>Les services IPsec ont subi une défaillance critique</translation>
    </message>
    <message>
        <source>The Remote Access server logged error %1</source>
        <translation>Le serveur d’accès à distance a enregistré l’erreur %1</translation>
    </message>
    <message>
        <source>A Routing and Remote Access server logged this failure.</source>
        <translation>Un serveur Routage et accès distant a enregistré cet échec.</translation>
    </message>
    <message>
        <source>The VPN connection succeeded</source>
        <translation>La connexion VPN a réussi</translation>
    </message>
    <message>
        <source>No VPN or IPsec event in the logs</source>
        <translation>Aucun événement VPN ou IPsec dans les journaux</translation>
    </message>
    <message>
        <source>Windows logged no VPN connection attempt and no IPsec negotiation in the period read.</source>
        <translation>Windows n’a enregistré aucune tentative de connexion VPN ni aucune négociation IPsec sur la période lue.</translation>
    </message>
    <message>
        <source>Try to connect once, then check again so that the logs show what happens.</source>
        <translation>Essayez de vous connecter une fois, puis vérifiez de nouveau pour que les journaux montrent ce qui se passe.</translation>
    </message>
    <message>
        <source>IPsec auditing is off</source>
        <translation>L’audit IPsec est désactivé</translation>
    </message>
    <message>
        <source>Windows does not record IPsec negotiation failures, so the logs cannot tell at which phase the VPN fails.</source>
        <translation>Windows n’enregistre pas les échecs de négociation IPsec&#xa0;: les journaux ne peuvent donc pas dire à quelle phase le VPN échoue.</translation>
    </message>
    <message>
        <source>Turn on success and failure auditing of IPsec Main Mode and Quick Mode (reversible).</source>
        <translation>Activez l’audit des succès et des échecs du mode principal et du mode rapide IPsec (réversible).</translation>
    </message>
    <message>
        <source>IPsec auditing is on</source>
        <translation>L’audit IPsec est activé</translation>
    </message>
    <message>
        <source>Windows records IPsec negotiations in the Security log.</source>
        <translation>Windows enregistre les négociations IPsec dans le journal Sécurité.</translation>
    </message>
    <message>
        <source>IPsec auditing could not be checked</source>
        <translation>L’audit IPsec n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Reading the audit policy needs administrator rights.</source>
        <translation>La lecture de la stratégie d’audit nécessite des droits d’administrateur.</translation>
    </message>
    <message>
        <source>Run IPsec Doctor as an administrator to check it.</source>
        <translation>Lancez IPsec Doctor en tant qu’administrateur pour la vérifier.</translation>
    </message>
    <message>
        <source>The %1 log could not be read</source>
        <translation>Le journal %1 n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The Security log needs administrator rights: run IPsec Doctor as an administrator.</source>
        <translation>Le journal Sécurité nécessite des droits d’administrateur&#xa0;: lancez IPsec Doctor en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>Constat inconnu %1</translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation>Ce constat vient d’une version plus récente d’IPsec Doctor&#xa0;; ses éléments sont listés ci-dessous.</translation>
    </message>
</context>
<context>
    <name>LogsCliText</name>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Ce que cela signifie&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fixes IPsec Doctor can apply: %1</source>
        <translation>Correctifs qu’IPsec Doctor peut appliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No root cause found: no check and no log entry points to a problem.</source>
        <translation>Aucune cause trouvée&#xa0;: aucune vérification ni aucune entrée de journal n’indique de problème.</translation>
    </message>
    <message>
        <source>Fix: ipsecdoctor-cli fix %1</source>
        <translation>Correctif&#xa0;: ipsecdoctor-cli fix %1</translation>
    </message>
    <message>
        <source>Nothing on this computer explains the failure. Message for your VPN provider:</source>
        <translation>Rien sur cet ordinateur n’explique l’échec. Message pour votre fournisseur VPN&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: write it as 809, 13801, 0x800B0109 or -2146762495.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code&#xa0;: écrivez-le 809, 13801, 0x800B0109 ou -2146762495.</translation>
    </message>
    <message>
        <source>IPsec Doctor does not know the code %1. Look at the codes logged at the same time.</source>
        <translation>IPsec Doctor ne connaît pas le code %1. Regardez les codes enregistrés au même moment.</translation>
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
    <name>TimelineText</name>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1 : %2</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
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
    <name>ipsecdoctor::gui::LogsPage</name>
    <message>
        <source>The log could not be opened: %1</source>
        <translation>Le journal n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation>Journaux d’événements</translation>
    </message>
    <message>
        <source>What Windows recorded about VPN connections and IPsec negotiations.</source>
        <translation>Ce que Windows a enregistré sur les connexions VPN et les négociations IPsec.</translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation>Événements récents :</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>All VPN and IPsec events</source>
        <translation>Tous les événements VPN et IPsec</translation>
    </message>
    <message>
        <source>Show the raw XML</source>
        <translation>Afficher le XML brut</translation>
    </message>
    <message>
        <source>&amp;Open a saved log (.evtx, .xml)…</source>
        <translation>&amp;Ouvrir un journal enregistré (.evtx, .xml)…</translation>
    </message>
    <message>
        <source>Analyse events exported from Event Viewer on this or another computer.</source>
        <translation>Analyser des événements exportés depuis l’Observateur d’événements de cet ordinateur ou d’un autre.</translation>
    </message>
    <message>
        <source>The logs have not been read yet: go back and run the checks.</source>
        <translation>Les journaux n’ont pas encore été lus : revenez en arrière et lancez les vérifications.</translation>
    </message>
    <message>
        <source>No log to show: open a saved log, or a diagnostic bundle from the first page.</source>
        <translation>Aucun journal à afficher : ouvrez un journal enregistré, ou une archive de diagnostic depuis la première page.</translation>
    </message>
    <message numerus="yes">
        <source>Saved log %1: %n event(s) read.</source>
        <translation>
            <numerusform>Journal enregistré %1 : %n événement lu.</numerusform>
            <numerusform>Journal enregistré %1 : %n événements lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from this computer&apos;s logs.</source>
        <translation>
            <numerusform>%n événement lu dans les journaux de cet ordinateur.</numerusform>
            <numerusform>%n événements lus dans les journaux de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from this computer&apos;s logs since %1.</source>
        <translation>
            <numerusform>%n événement lu dans les journaux de cet ordinateur depuis le %1.</numerusform>
            <numerusform>%n événements lus dans les journaux de cet ordinateur depuis le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a saved event log</source>
        <translation>Ouvrir un journal d’événements enregistré</translation>
    </message>
    <message>
        <source>Event logs (*.evtx *.xml);;All files (*)</source>
        <translation>Journaux d’événements (*.evtx *.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::RootCauseWidget</name>
    <message>
        <source>Evidence:</source>
        <translation>Éléments :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
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
    <message>
        <source>The most likely causes first, with the evidence and the fix; then everything that was found.</source>
        <translation>Les causes les plus probables d’abord, avec leurs éléments et le correctif ; puis tout ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causes les plus probables</translation>
    </message>
    <message>
        <source>Fixes applied</source>
        <translation>Correctifs appliqués</translation>
    </message>
    <message>
        <source>Message for your VPN provider</source>
        <translation>Message pour votre fournisseur VPN</translation>
    </message>
    <message>
        <source>Copy the &amp;message for my VPN provider</source>
        <translation>Copier le &amp;message pour mon fournisseur VPN</translation>
    </message>
    <message>
        <source>Everything that was found</source>
        <translation>Tout ce qui a été trouvé</translation>
    </message>
    <message>
        <source>No root cause found: no check and no log entry points to a problem.</source>
        <translation>Aucune cause trouvée : aucune vérification ni aucune entrée de journal n’indique de problème.</translation>
    </message>
    <message>
        <source>Run the checks first.</source>
        <translation>Lancez d’abord les vérifications.</translation>
    </message>
    <message>
        <source>Nothing on this computer explains the failure: send this message to your VPN provider. It contains no password or key.</source>
        <translation>Rien sur cet ordinateur n’explique l’échec : envoyez ce message à votre fournisseur VPN. Il ne contient aucun mot de passe ni aucune clé.</translation>
    </message>
    <message>
        <source>If the fixes above do not help, send this message to your VPN provider. It contains no password or key.</source>
        <translation>Si les correctifs ci-dessus ne suffisent pas, envoyez ce message à votre fournisseur VPN. Il ne contient aucun mot de passe ni aucune clé.</translation>
    </message>
    <message>
        <source>%1 — %2 (undone)</source>
        <translation>%1 — %2 (annulé)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The message for your VPN provider was copied to the clipboard.</source>
        <translation>Le message pour votre fournisseur VPN a été copié dans le presse-papiers.</translation>
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
