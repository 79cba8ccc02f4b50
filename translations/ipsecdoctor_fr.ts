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
  profiles [--pbk FILE]                     list the VPN profiles of the phonebooks
  check --step proposals [--profile NAME | --server HOST --tunnel ikev2|l2tp]
        [--pbk FILE] [--accepts PROPOSAL]...  what Windows offers against what the server accepts

Options:
  --json           machine-readable output (documented schema, schema_version 1)
  --lang fr|en     language of the text output
  --journal FILE   journal to use (absolute path of ...\IPsecDoctor\journal.json)
  --result FILE    also write the JSON result to ...\IPsecDoctor\helper-result.json
  --version        print the version
  --help           print this help

Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.
</source>
        <translation>Utilisation : ipsecdoctor-cli &lt;commande&gt; [options]

Commandes :
  check [--step services] [--bundle FICHIER]   vérifie cet ordinateur ou une archive de diagnostic
  fix &lt;id-correctif&gt;                           applique un correctif (droits d’administrateur requis)
  undo &lt;id-journal&gt; | --last                   annule un correctif inscrit au journal
  journal                                      liste les correctifs inscrits au journal
  bundle export FICHIER.zip                    écrit une archive de diagnostic pour le support
  profiles [--pbk FICHIER]                     liste les profils VPN des annuaires téléphoniques
  check --step proposals [--profile NOM | --server HÔTE --tunnel ikev2|l2tp]
        [--pbk FICHIER] [--accepts PROPOSITION]...  ce que Windows propose face à ce que le serveur accepte

Options :
  --json             sortie pour les programmes (schéma documenté, schema_version 1)
  --lang fr|en       langue de la sortie texte
  --journal FICHIER  journal à utiliser (chemin absolu de ...\IPsecDoctor\journal.json)
  --result FICHIER   écrit aussi le résultat JSON dans ...\IPsecDoctor\helper-result.json
  --version          affiche la version
  --help             affiche cette aide

Codes de sortie : 0 aucun problème, 1 problèmes trouvés, 2 erreur d’utilisation, 3 erreur d’exécution.
</translation>
    </message>
    <message>
        <source>Invalid value: &quot;%1&quot; (see --help).</source>
        <translation>Valeur non valide : « %1 » (voir --help).</translation>
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
    <name>ProposalsCatalogue</name>
    <message>
        <source>Apply the recommended IPsec settings to the VPN profile (%1).</source>
        <translation>Appliquez au profil VPN les réglages IPsec recommandés (%1).</translation>
    </message>
    <message>
        <source>The server accepts what Windows offers</source>
        <translation>Le serveur accepte ce que Windows propose</translation>
    </message>
    <message>
        <source>Phase 1 can succeed: the strongest proposal both sides support is %1.</source>
        <translation>La phase 1 peut aboutir : la proposition la plus forte acceptée des deux côtés est %1.</translation>
    </message>
    <message>
        <source>The server refuses Windows&apos; key exchange group</source>
        <translation>Le serveur refuse le groupe d’échange de clés de Windows</translation>
    </message>
    <message>
        <source>Windows offers the Diffie-Hellman group %1; the server only accepts %2. The connection fails in phase 1 (usually error 13868 or 809).</source>
        <translation>Windows propose le groupe Diffie-Hellman %1 ; le serveur n’accepte que %2. La connexion échoue en phase 1 (en général erreur 13868 ou 809).</translation>
    </message>
    <message>
        <source>The server refuses every proposal Windows sends by default</source>
        <translation>Le serveur refuse toutes les propositions que Windows envoie par défaut</translation>
    </message>
    <message>
        <source>The server accepts %1, which Windows does not offer without a custom IPsec policy. The connection fails in phase 1.</source>
        <translation>Le serveur accepte %1, que Windows ne propose pas sans stratégie IPsec personnalisée. La connexion échoue en phase 1.</translation>
    </message>
    <message>
        <source>The server refuses the profile&apos;s custom IPsec policy</source>
        <translation>Le serveur refuse la stratégie IPsec personnalisée du profil</translation>
    </message>
    <message>
        <source>The profile sends only %1; the server accepts %2.</source>
        <translation>Le profil n’envoie que %1 ; le serveur accepte %2.</translation>
    </message>
    <message>
        <source>Windows and the server have no algorithm in common</source>
        <translation>Windows et le serveur n’ont aucun algorithme en commun</translation>
    </message>
    <message>
        <source>The server accepts %1, which Windows cannot send, even with a custom policy.</source>
        <translation>Le serveur accepte %1, que Windows ne sait pas envoyer, même avec une stratégie personnalisée.</translation>
    </message>
    <message>
        <source>nothing Windows proposed</source>
        <translation>rien de ce que Windows a proposé</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must allow a proposal Windows supports, such as AES-256 / SHA-256 / group 14 (MODP 2048).</source>
        <translation>L’administrateur du serveur doit autoriser une proposition que Windows prend en charge, par exemple AES-256 / SHA-256 / groupe 14 (MODP 2048).</translation>
    </message>
    <message>
        <source>The server only answers in aggressive mode</source>
        <translation>Le serveur ne répond qu’en mode agressif</translation>
    </message>
    <message>
        <source>Windows negotiates L2TP/IPsec in main mode only; a server that requires aggressive mode never completes phase 1.</source>
        <translation>Windows négocie L2TP/IPsec uniquement en mode principal ; avec un serveur qui exige le mode agressif, la phase 1 n’aboutit jamais.</translation>
    </message>
    <message>
        <source>The server must allow main mode. Nothing on this PC can change that.</source>
        <translation>Le serveur doit autoriser le mode principal. Rien sur ce PC ne peut y remédier.</translation>
    </message>
    <message>
        <source>The server answers aggressive mode (security risk)</source>
        <translation>Le serveur répond en mode agressif (risque de sécurité)</translation>
    </message>
    <message>
        <source>In aggressive mode, the server sends a hash of the pre-shared key that an eavesdropper can attack offline.</source>
        <translation>En mode agressif, le serveur envoie une empreinte de la clé pré-partagée qu’un espion peut attaquer hors ligne.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to disable aggressive mode.</source>
        <translation>Demandez à l’administrateur du serveur de désactiver le mode agressif.</translation>
    </message>
    <message>
        <source>The server only speaks IKEv1 (L2TP/IPsec)</source>
        <translation>Le serveur ne parle que IKEv1 (L2TP/IPsec)</translation>
    </message>
    <message>
        <source>The profile uses IKEv2, which this server does not answer.</source>
        <translation>Le profil utilise IKEv2, auquel ce serveur ne répond pas.</translation>
    </message>
    <message>
        <source>Switch the profile to L2TP/IPsec, or ask for IKEv2 on the server.</source>
        <translation>Passez le profil en L2TP/IPsec, ou demandez IKEv2 sur le serveur.</translation>
    </message>
    <message>
        <source>The server only speaks IKEv2</source>
        <translation>Le serveur ne parle que IKEv2</translation>
    </message>
    <message>
        <source>The profile uses L2TP/IPsec (IKEv1), which this server does not answer.</source>
        <translation>Le profil utilise L2TP/IPsec (IKEv1), auquel ce serveur ne répond pas.</translation>
    </message>
    <message>
        <source>Switch the profile to IKEv2.</source>
        <translation>Passez le profil en IKEv2.</translation>
    </message>
    <message>
        <source>Weak cryptography (security warning)</source>
        <translation>Chiffrement faible (avertissement de sécurité)</translation>
    </message>
    <message>
        <source>The profile&apos;s custom policy uses %1, which are no longer considered safe.</source>
        <translation>La stratégie personnalisée du profil utilise %1, qui ne sont plus considérés comme sûrs.</translation>
    </message>
    <message>
        <source>The best proposal both sides accept uses %1, which are no longer considered safe.</source>
        <translation>La meilleure proposition acceptée des deux côtés utilise %1, qui ne sont plus considérés comme sûrs.</translation>
    </message>
    <message>
        <source>Prefer AES-256 with SHA-256 and group 14 or better, on the profile and on the server.</source>
        <translation>Préférez AES-256 avec SHA-256 et le groupe 14 ou mieux, sur le profil et sur le serveur.</translation>
    </message>
    <message>
        <source>L2TP/IPsec through NAT is not allowed on this PC</source>
        <translation>L2TP/IPsec à travers un NAT n’est pas autorisé sur ce PC</translation>
    </message>
    <message>
        <source>There is NAT between this PC and the server, and Windows does not set up L2TP/IPsec through NAT unless AssumeUDPEncapsulationContextOnSendRule is 2 (now: %1). Typical result: error 809.</source>
        <translation>Il y a un NAT entre ce PC et le serveur, et Windows n’établit pas L2TP/IPsec à travers un NAT tant que AssumeUDPEncapsulationContextOnSendRule ne vaut pas 2 (actuellement : %1). Résultat typique : erreur 809.</translation>
    </message>
    <message>
        <source>Set AssumeUDPEncapsulationContextOnSendRule to 2, then restart the PC.</source>
        <translation>Réglez AssumeUDPEncapsulationContextOnSendRule sur 2, puis redémarrez le PC.</translation>
    </message>
    <message>
        <source>Perfect forward secrecy does not match</source>
        <translation>La confidentialité persistante (PFS) ne correspond pas</translation>
    </message>
    <message>
        <source>The profile uses PFS %1 but the server&apos;s phase 2 proposals are %2. The VPN connects, then drops at the first rekey (about an hour later).</source>
        <translation>Le profil utilise la PFS %1 mais les propositions de phase 2 du serveur sont %2. Le VPN se connecte, puis tombe au premier renouvellement des clés (environ une heure plus tard).</translation>
    </message>
    <message>
        <source>Phase 2 fails: no common ESP proposal</source>
        <translation>La phase 2 échoue : aucune proposition ESP commune</translation>
    </message>
    <message>
        <source>The logs show the server refused the ESP proposals Windows sent (%1).</source>
        <translation>Les journaux montrent que le serveur a refusé les propositions ESP envoyées par Windows (%1).</translation>
    </message>
    <message>
        <source>Align the ESP cipher and integrity of the profile with the server&apos;s.</source>
        <translation>Alignez le chiffrement et l’intégrité ESP du profil sur ceux du serveur.</translation>
    </message>
    <message>
        <source>The profile&apos;s custom IPsec policy cannot be read</source>
        <translation>La stratégie IPsec personnalisée du profil est illisible</translation>
    </message>
    <message>
        <source>The phonebook says the profile has a custom policy, but its value is not one Windows writes. Windows may refuse to dial.</source>
        <translation>L’annuaire indique que le profil a une stratégie personnalisée, mais sa valeur n’est pas de celles qu’écrit Windows. Windows peut refuser de se connecter.</translation>
    </message>
    <message>
        <source>Apply a known policy to the profile.</source>
        <translation>Appliquez une stratégie connue au profil.</translation>
    </message>
    <message>
        <source>This profile does not use IPsec</source>
        <translation>Ce profil n’utilise pas IPsec</translation>
    </message>
    <message>
        <source>SSTP and PPTP profiles do not negotiate IKE proposals: this step does not apply.</source>
        <translation>Les profils SSTP et PPTP ne négocient pas de propositions IKE : cette étape ne s’applique pas.</translation>
    </message>
    <message>
        <source>IPsec is switched off for L2TP (ProhibitIpSec = 1)</source>
        <translation>IPsec est désactivé pour L2TP (ProhibitIpSec = 1)</translation>
    </message>
    <message>
        <source>Windows will not protect L2TP with IPsec: servers that require IPsec refuse it, and the traffic is not encrypted by IPsec.</source>
        <translation>Windows ne protège pas L2TP par IPsec : les serveurs qui exigent IPsec le refusent, et le trafic n’est pas chiffré par IPsec.</translation>
    </message>
    <message>
        <source>Remove ProhibitIpSec unless your administrator set it on purpose.</source>
        <translation>Supprimez ProhibitIpSec, sauf si votre administrateur l’a réglé volontairement.</translation>
    </message>
    <message>
        <source>Weak L2TP/IPsec algorithms are allowed (AllowL2TPWeakCrypto = 1)</source>
        <translation>Des algorithmes L2TP/IPsec faibles sont autorisés (AllowL2TPWeakCrypto = 1)</translation>
    </message>
    <message>
        <source>Windows accepts DES and MD5 for L2TP/IPsec: a security risk.</source>
        <translation>Windows accepte DES et MD5 pour L2TP/IPsec : c’est un risque de sécurité.</translation>
    </message>
    <message>
        <source>Remove AllowL2TPWeakCrypto once the server supports AES.</source>
        <translation>Supprimez AllowL2TPWeakCrypto dès que le serveur prend en charge AES.</translation>
    </message>
    <message>
        <source>What the server accepts is not known yet</source>
        <translation>On ne sait pas encore ce que le serveur accepte</translation>
    </message>
    <message>
        <source>Windows will offer: %1 (key exchange group %2).</source>
        <translation>Windows proposera : %1 (groupe d’échange de clés %2).</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>Nothing came back on UDP port 500: proposals cannot be compared.</source>
        <translation>Aucune réponse sur le port UDP 500 : impossible de comparer les propositions.</translation>
    </message>
    <message>
        <source>Check the server name and that UDP 500 and 4500 are open.</source>
        <translation>Vérifiez le nom du serveur et que les ports UDP 500 et 4500 sont ouverts.</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <translation>Propositions : %1</translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor.</source>
        <translation>Ce constat provient d’une version plus récente d’IPsec Doctor.</translation>
    </message>
    <message>
        <source>Apply the recommended IPsec policy</source>
        <translation>Appliquer la stratégie IPsec recommandée</translation>
    </message>
    <message>
        <source>Switch the tunnel type</source>
        <translation>Changer le type de tunnel</translation>
    </message>
    <message>
        <source>Also offer AES-256 with group 14 (all VPNs)</source>
        <translation>Proposer aussi AES-256 avec le groupe 14 (tous les VPN)</translation>
    </message>
    <message>
        <source>Allow L2TP/IPsec through NAT</source>
        <translation>Autoriser L2TP/IPsec à travers un NAT</translation>
    </message>
    <message>
        <source>Writes a custom IPsec policy into the VPN profile, the same setting as Set-VpnConnectionIPsecConfiguration. Undo restores the profile&apos;s previous settings.</source>
        <translation>Écrit une stratégie IPsec personnalisée dans le profil VPN, le même réglage que Set-VpnConnectionIPsecConfiguration. Annuler rétablit les réglages précédents du profil.</translation>
    </message>
    <message>
        <source>Changes the tunnel type of the VPN profile. Undo restores the previous one.</source>
        <translation>Change le type de tunnel du profil VPN. Annuler rétablit le précédent.</translation>
    </message>
    <message>
        <source>Sets NegotiateDH2048_AES256 to 1: every IKEv2 VPN on this PC also offers AES-256 with group 14. Undo restores the previous value (or removes it).</source>
        <translation>Règle NegotiateDH2048_AES256 sur 1 : chaque VPN IKEv2 de ce PC propose aussi AES-256 avec le groupe 14. Annuler rétablit la valeur précédente (ou la supprime).</translation>
    </message>
    <message>
        <source>Sets AssumeUDPEncapsulationContextOnSendRule to 2 so that L2TP/IPsec works when this PC and the server are both behind NAT. Undo restores the previous value (or removes it).</source>
        <translation>Règle AssumeUDPEncapsulationContextOnSendRule sur 2 pour que L2TP/IPsec fonctionne quand ce PC et le serveur sont tous deux derrière un NAT. Annuler rétablit la valeur précédente (ou la supprime).</translation>
    </message>
    <message>
        <source>Takes effect the next time you connect the VPN.</source>
        <translation>Prend effet à la prochaine connexion du VPN.</translation>
    </message>
    <message>
        <source>Takes effect after the Remote Access Connection Manager restarts (or the PC restarts); then reconnect the VPN.</source>
        <translation>Prend effet après le redémarrage du Gestionnaire des connexions d’accès à distance (ou du PC) ; reconnectez ensuite le VPN.</translation>
    </message>
    <message>
        <source>Takes effect after the PC restarts.</source>
        <translation>Prend effet après le redémarrage du PC.</translation>
    </message>
    <message>
        <source>Windows offers</source>
        <translation>Windows propose</translation>
    </message>
    <message>
        <source>Server accepts</source>
        <translation>Le serveur accepte</translation>
    </message>
    <message>
        <source>Recommended policy</source>
        <translation>Stratégie recommandée</translation>
    </message>
    <message>
        <source>Proposal set</source>
        <translation>Jeu de propositions</translation>
    </message>
    <message>
        <source>Key exchange group sent first</source>
        <translation>Groupe d’échange de clés envoyé en premier</translation>
    </message>
    <message>
        <source>VPN profile</source>
        <translation>Profil VPN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>EAP-MSCHAPv2 (user name and password)</source>
        <translation>EAP-MSCHAPv2 (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>EAP-TLS (certificate or smart card)</source>
        <translation>EAP-TLS (certificat ou carte à puce)</translation>
    </message>
    <message>
        <source>PEAP</source>
        <translation>PEAP</translation>
    </message>
    <message>
        <source>EAP</source>
        <translation>EAP</translation>
    </message>
    <message>
        <source>machine certificate</source>
        <translation>certificat d’ordinateur</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>clé pré-partagée</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Windows defaults</source>
        <translation>réglages par défaut de Windows</translation>
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
        <source>%1 — server %2, %3 (%4), %5, IPsec policy: %6, split tunnelling: %7 [%8]</source>
        <translation>%1 — serveur %2, %3 (%4), %5, stratégie IPsec : %6, tunnel partagé : %7 [%8]</translation>
    </message>
    <message>
        <source>no strategy</source>
        <translation>pas de stratégie</translation>
    </message>
    <message>
        <source>Phase 1 (IKE) is where the PC and the server agree on algorithms and prove who they are. In main mode, identities are exchanged only once the channel is encrypted. Aggressive mode is faster but sends them in the clear, with a hash of the pre-shared key that can be cracked offline. Windows always uses main mode for L2TP/IPsec.</source>
        <translation>La phase 1 (IKE) est le moment où le PC et le serveur s’accordent sur les algorithmes et prouvent qui ils sont. En mode principal, les identités ne sont échangées qu’une fois le canal chiffré. Le mode agressif est plus rapide mais les envoie en clair, avec une empreinte de la clé pré-partagée qui peut être cassée hors ligne. Windows utilise toujours le mode principal pour L2TP/IPsec.</translation>
    </message>
    <message>
        <source>A Diffie-Hellman group is the mathematics both sides use to create a shared key. Windows offers only group 2 (MODP 1024) by default, which modern servers refuse as too weak. A custom IPsec policy on the profile, or NegotiateDH2048_AES256, makes Windows offer group 14 (MODP 2048) or elliptic curves.</source>
        <translation>Un groupe Diffie-Hellman est la méthode mathématique avec laquelle les deux côtés fabriquent une clé commune. Par défaut, Windows ne propose que le groupe 2 (MODP 1024), que les serveurs récents refusent car trop faible. Une stratégie IPsec personnalisée sur le profil, ou NegotiateDH2048_AES256, fait proposer à Windows le groupe 14 (MODP 2048) ou des courbes elliptiques.</translation>
    </message>
    <message>
        <source>NAT (a home or hotel router) rewrites addresses, which breaks IPsec unless both sides wrap it in UDP port 4500 (NAT-T). IKEv2 does this by itself. For L2TP/IPsec, Windows refuses it when the server is also behind NAT unless AssumeUDPEncapsulationContextOnSendRule is set to 2.</source>
        <translation>Le NAT (une box ou le routeur d’un hôtel) réécrit les adresses, ce qui casse IPsec sauf si les deux côtés l’encapsulent dans le port UDP 4500 (NAT-T). IKEv2 le fait tout seul. Pour L2TP/IPsec, Windows le refuse quand le serveur est lui aussi derrière un NAT, sauf si AssumeUDPEncapsulationContextOnSendRule vaut 2.</translation>
    </message>
</context>
<context>
    <name>ProposalsText</name>
    <message>
        <source>VPN %1 — server %2, tunnel %3</source>
        <translation>VPN %1 — serveur %2, tunnel %3</translation>
    </message>
    <message>
        <source>Windows offers (%1):</source>
        <translation>Windows propose (%1) :</translation>
    </message>
    <message>
        <source>   &lt;- accepted by the server</source>
        <translation>   &lt;- accepté par le serveur</translation>
    </message>
    <message>
        <source>ESP: %1</source>
        <translation>ESP : %1</translation>
    </message>
    <message>
        <source>Server accepts: %1</source>
        <translation>Le serveur accepte : %1</translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation>Correctif (%1) : %2</translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2).</source>
        <translation>Annulé : %1 (entrée de journal %2).</translation>
    </message>
    <message>
        <source>Applied: %1 (journal entry %2).</source>
        <translation>Appliqué : %1 (entrée de journal %2).</translation>
    </message>
    <message>
        <source>To undo it: ipsecdoctor-cli undo %1</source>
        <translation>Pour l’annuler : ipsecdoctor-cli undo %1</translation>
    </message>
    <message>
        <source>No VPN profile found.</source>
        <translation>Aucun profil VPN trouvé.</translation>
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
    <name>ipsecdoctor::gui::ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>What Windows offers to the VPN server, what the server accepts, and how to make them agree.</source>
        <translation>Ce que Windows propose au serveur VPN, ce que le serveur accepte, et comment les mettre d’accord.</translation>
    </message>
    <message>
        <source>VPN:</source>
        <translation>VPN :</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Interroger le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Windows offers</source>
        <translation>Windows propose</translation>
    </message>
    <message>
        <source>Server accepts</source>
        <translation>Le serveur accepte</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Un autre serveur…</translation>
    </message>
    <message>
        <source>Sends the proposals Windows would send and records what the server answers.</source>
        <translation>Envoie les propositions que Windows enverrait et note ce que le serveur répond.</translation>
    </message>
    <message>
        <source>This version of IPsec Doctor cannot ask the server yet.</source>
        <translation>Cette version d’IPsec Doctor ne sait pas encore interroger le serveur.</translation>
    </message>
    <message>
        <source>Type the VPN server&apos;s name and choose the tunnel type.</source>
        <translation>Saisissez le nom du serveur VPN et choisissez le type de tunnel.</translation>
    </message>
    <message>
        <source>No IKEv2 or L2TP/IPsec VPN profile was found on this computer.</source>
        <translation>Aucun profil VPN IKEv2 ou L2TP/IPsec n’a été trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Server %1, %2</source>
        <translation>Serveur %1, %2</translation>
    </message>
    <message>
        <source>Recommended: %1 (IKE %2, ESP %3).</source>
        <translation>Recommandé : %1 (IKE %2, ESP %3).</translation>
    </message>
    <message>
        <source>Phase 1 (IKE SA)</source>
        <translation>Phase 1 (SA IKE)</translation>
    </message>
    <message>
        <source>Phase 1 (main mode)</source>
        <translation>Phase 1 (mode principal)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <source>Phase 2 (ESP)</source>
        <translation>Phase 2 (ESP)</translation>
    </message>
    <message>
        <source>Phase 2 (quick mode)</source>
        <translation>Phase 2 (mode rapide)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Impossible d’interroger le serveur : %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>C’est fait. %1</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>Le correctif a échoué : %1</translation>
    </message>
    <message>
        <source>Undone: the previous settings are back.</source>
        <translation>Annulé : les réglages précédents sont rétablis.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>L’annulation a échoué : %1</translation>
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
