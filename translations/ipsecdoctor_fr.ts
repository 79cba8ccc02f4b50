<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>FILE.zip</source>
        <translation>FICHIER.zip</translation>
    </message>
    <message>
        <source>write a diagnostic bundle for support staff</source>
        <translation>écrire une archive de diagnostic pour le support</translation>
    </message>
    <message>
        <source>The bundle describes this computer, or the bundle given with --bundle again. It never holds
a pre-shared key, a password or a private key.</source>
        <translation>L’archive décrit cet ordinateur, ou de nouveau l’archive indiquée par --bundle. Elle ne contient jamais
de clé prépartagée, de mot de passe ni de clé privée.</translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>%1 (added, not read)</source>
        <translation>%1 (ajouté, non lu)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>This diagnostic bundle was changed after it was exported: %1. The results may not be what that computer showed; ask for the original file if in doubt.</source>
        <translation>Cette archive de diagnostic a été modifiée après son export&#xa0;: %1. Les résultats peuvent différer de ce que montrait cet ordinateur&#xa0;; en cas de doute, demandez le fichier d’origine.</translation>
    </message>
</context>
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
        <translation>Redémarrez-le. S’il s’arrête de nouveau, exportez une archive de diagnostic pour votre support.</translation>
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
        <translation>absent de l’archive de diagnostic</translation>
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
        <translation>Ceci est une archive de diagnostic&#xa0;: rien ne peut être modifié.</translation>
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
        <source>The journal entry names something its fix cannot have changed: nothing was undone.</source>
        <translation>L’entrée du journal désigne quelque chose que sa correction n’a pas pu modifier&#xa0;: rien n’a été annulé.</translation>
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
    <message>
        <source>Every VPN and dial-up connection of this PC is disconnected, including one a technician may be using to help you.</source>
        <translation>Toutes les connexions VPN et d’accès à distance de ce PC sont coupées, y compris celle qu’un technicien utilise peut-être pour vous aider.</translation>
    </message>
    <message>
        <source>Every IPsec connection of this PC drops: VPNs (IKEv2 and L2TP/IPsec), DirectAccess and connection security rules.</source>
        <translation>Toutes les connexions IPsec de ce PC tombent&#xa0;: VPN (IKEv2 et L2TP/IPsec), DirectAccess et règles de sécurité de connexion.</translation>
    </message>
    <message>
        <source>Connected L2TP/IPsec VPNs drop.</source>
        <translation>Les VPN L2TP/IPsec connectés sont coupés.</translation>
    </message>
    <message>
        <source>Connected SSTP VPNs drop.</source>
        <translation>Les VPN SSTP connectés sont coupés.</translation>
    </message>
    <message>
        <source>Stop and start %1 again; services that depend on it are restarted too.</source>
        <translation>Arrête puis redémarre %1&#xa0;; les services qui en dépendent redémarrent aussi.</translation>
    </message>
    <message>
        <source>A restart changes no setting, so there is nothing to undo.</source>
        <translation>Un redémarrage ne modifie aucun réglage&#xa0;: il n’y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>This diagnostic bundle was made by a newer IPsec Doctor: update IPsec Doctor to read it.</source>
        <translation>Cette archive de diagnostic a été créée par une version plus récente d’IPsec Doctor&#xa0;: mettez IPsec Doctor à jour pour la lire.</translation>
    </message>
    <message>
        <source>This diagnostic bundle was made by a newer IPsec Doctor (%1): update IPsec Doctor to read it.</source>
        <translation>Cette archive de diagnostic a été créée par une version plus récente d’IPsec Doctor (%1)&#xa0;: mettez IPsec Doctor à jour pour la lire.</translation>
    </message>
</context>
<context>
    <name>CertificateCatalogue</name>
    <message>
        <source>certlm.msc (Local Computer certificates)</source>
        <translation>certlm.msc (certificats de l’ordinateur local)</translation>
    </message>
    <message>
        <source>certmgr.msc (your user certificates)</source>
        <translation>certmgr.msc (vos certificats d’utilisateur)</translation>
    </message>
    <message>
        <source>Computer certificate</source>
        <translation>Certificat d’ordinateur</translation>
    </message>
    <message>
        <source>User certificate</source>
        <translation>Certificat d’utilisateur</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is valid</source>
        <translation>%1 «&#xa0;%2&#xa0;» valide</translation>
    </message>
    <message>
        <source>Valid until %1, with the Client Authentication usage, a private key and a trusted chain.</source>
        <translation>Valide jusqu’au %1, avec l’usage Authentification du client, une clé privée et une chaîne approuvée.</translation>
    </message>
    <message>
        <source>No usable computer certificate</source>
        <translation>Aucun certificat d’ordinateur utilisable</translation>
    </message>
    <message>
        <source>No usable user certificate</source>
        <translation>Aucun certificat d’utilisateur utilisable</translation>
    </message>
    <message>
        <source>This connection signs in with a computer certificate, but the computer&apos;s Personal store (LocalMachine\My) has none with the Client Authentication usage. Windows reports error 13806 (IKEv2) or 766 (L2TP).</source>
        <translation>Cette connexion s’authentifie avec un certificat d’ordinateur, mais le magasin Personnel de l’ordinateur (LocalMachine\My) n’en contient aucun avec l’usage Authentification du client. Windows signale l’erreur 13806 (IKEv2) ou 766 (L2TP).</translation>
    </message>
    <message>
        <source>This connection signs in with your certificate, but your Personal store (CurrentUser\My) has none with the Client Authentication usage.</source>
        <translation>Cette connexion s’authentifie avec votre certificat, mais votre magasin Personnel (CurrentUser\My) n’en contient aucun avec l’usage Authentification du client.</translation>
    </message>
    <message>
        <source>Ask your IT department for a certificate, or import the .pfx file they gave you with %1.</source>
        <translation>Demandez un certificat à votre service informatique, ou importez le fichier .pfx qu’il vous a remis avec %1.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has expired</source>
        <translation>%1 «&#xa0;%2&#xa0;» expiré</translation>
    </message>
    <message>
        <source>It expired on %1 (%2 days ago). Windows no longer offers it: error 13806 or 13801.</source>
        <translation>Il a expiré le %1 (il y a %2 jours). Windows ne le présente plus&#xa0;: erreur 13806 ou 13801.</translation>
    </message>
    <message>
        <source>Ask your IT department to renew it.</source>
        <translation>Demandez son renouvellement à votre service informatique.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid yet</source>
        <translation>%1 «&#xa0;%2&#xa0;» pas encore valide</translation>
    </message>
    <message>
        <source>It becomes valid on %1, but this computer&apos;s clock says %2.</source>
        <translation>Il devient valide le %1, mais l’horloge de cet ordinateur indique le %2.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer; if they are right, wait or ask for a new certificate.</source>
        <translation>Vérifiez la date et l’heure de cet ordinateur&#xa0;; si elles sont justes, patientez ou demandez un nouveau certificat.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; expires in %3 days</source>
        <translation>%1 «&#xa0;%2&#xa0;» expire dans %3 jours</translation>
    </message>
    <message>
        <source>It expires on %1; after that the VPN stops connecting.</source>
        <translation>Il expire le %1&#xa0;; ensuite, le VPN ne se connectera plus.</translation>
    </message>
    <message>
        <source>Ask your IT department to renew it now.</source>
        <translation>Demandez dès maintenant son renouvellement à votre service informatique.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not made for signing in</source>
        <translation>%1 «&#xa0;%2&#xa0;» non prévu pour l’authentification</translation>
    </message>
    <message>
        <source>It lacks the Client Authentication usage (1.3.6.1.5.5.7.3.2), so Windows will not use it for the VPN.</source>
        <translation>Il n’a pas l’usage Authentification du client (1.3.6.1.5.5.7.3.2)&#xa0;: Windows ne l’utilisera pas pour le VPN.</translation>
    </message>
    <message>
        <source>Ask for a certificate with Client Authentication (and IP security IKE intermediate).</source>
        <translation>Demandez un certificat avec Authentification du client (et Intermédiaire IKE de sécurité IP).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no private key</source>
        <translation>%1 «&#xa0;%2&#xa0;» sans clé privée</translation>
    </message>
    <message>
        <source>Only the public part was imported: the certificate cannot prove this computer&apos;s identity (error 13820).</source>
        <translation>Seule la partie publique a été importée&#xa0;: le certificat ne peut pas prouver l’identité de cet ordinateur (erreur 13820).</translation>
    </message>
    <message>
        <source>Import the .pfx file (certificate with its private key) again with %1.</source>
        <translation>Importez de nouveau le fichier .pfx (certificat avec sa clé privée) avec %1.</translation>
    </message>
    <message>
        <source>The private key of &quot;%1&quot; cannot be used</source>
        <translation>La clé privée de «&#xa0;%1&#xa0;» est inutilisable</translation>
    </message>
    <message>
        <source>The key is registered but cannot be opened: its file is missing or its permissions exclude the system (error 13820).</source>
        <translation>La clé est enregistrée mais ne peut pas être ouverte&#xa0;: son fichier manque ou ses autorisations excluent le système (erreur 13820).</translation>
    </message>
    <message>
        <source>Import the .pfx file again with %1.</source>
        <translation>Importez de nouveau le fichier .pfx avec %1.</translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; is incomplete</source>
        <translation>La chaîne de «&#xa0;%1&#xa0;» est incomplète</translation>
    </message>
    <message>
        <source>Windows cannot find the certificate that issued &quot;%1&quot; (an intermediate CA). Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation>Windows ne trouve pas le certificat qui a émis «&#xa0;%1&#xa0;» (une autorité intermédiaire). Sans lui, le certificat n’est pas approuvé&#xa0;: erreur 13801 ou 13806.</translation>
    </message>
    <message>
        <source>Import the intermediate CA certificate into the computer&apos;s Intermediate Certification Authorities store.</source>
        <translation>Importez le certificat de l’autorité intermédiaire dans le magasin Autorités de certification intermédiaires de l’ordinateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads to an untrusted root</source>
        <translation>«&#xa0;%1&#xa0;» mène à une racine non approuvée</translation>
    </message>
    <message>
        <source>Its chain ends at &quot;%1&quot;, which is not in the computer&apos;s Trusted Root Certification Authorities (LocalMachine\Root): error 13801.</source>
        <translation>Sa chaîne aboutit à «&#xa0;%1&#xa0;», qui n’est pas dans les Autorités de certification racines de confiance de l’ordinateur (LocalMachine\Root)&#xa0;: erreur 13801.</translation>
    </message>
    <message>
        <source>Import the root CA certificate your IT department gives you, after checking its thumbprint with them.</source>
        <translation>Importez le certificat racine fourni par votre service informatique, après avoir vérifié son empreinte avec lui.</translation>
    </message>
    <message>
        <source>A CA above &quot;%1&quot; has expired</source>
        <translation>Une autorité au-dessus de «&#xa0;%1&#xa0;» a expiré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2; every certificate it issued stops working.</source>
        <translation>«&#xa0;%1&#xa0;» a expiré le %2&#xa0;; tous les certificats qu’elle a émis cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Import the renewed CA certificate from your IT department.</source>
        <translation>Importez le certificat renouvelé de l’autorité, fourni par votre service informatique.</translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; has an invalid signature</source>
        <translation>La chaîne de «&#xa0;%1&#xa0;» a une signature non valide</translation>
    </message>
    <message>
        <source>A certificate of the chain was not signed by the CA it names: it is damaged or forged.</source>
        <translation>Un certificat de la chaîne n’a pas été signé par l’autorité qu’il désigne&#xa0;: il est endommagé ou falsifié.</translation>
    </message>
    <message>
        <source>Remove it and ask your IT department for a new one.</source>
        <translation>Supprimez-le et demandez-en un nouveau à votre service informatique.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been revoked</source>
        <translation>«&#xa0;%1&#xa0;» a été révoqué</translation>
    </message>
    <message>
        <source>Its CA has withdrawn it (revocation list): servers refuse it.</source>
        <translation>Son autorité l’a retiré (liste de révocation)&#xa0;: les serveurs le refusent.</translation>
    </message>
    <message>
        <source>Ask your IT department for a new certificate.</source>
        <translation>Demandez un nouveau certificat à votre service informatique.</translation>
    </message>
    <message>
        <source>Revocation of &quot;%1&quot; could not be checked</source>
        <translation>La révocation de «&#xa0;%1&#xa0;» n’a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The revocation list server could not be reached. A server that enforces revocation checks (error 13817 or 13848) would refuse the connection.</source>
        <translation>Le serveur de la liste de révocation est injoignable. Un serveur qui impose la vérification de révocation (erreur 13817 ou 13848) refuserait la connexion.</translation>
    </message>
    <message>
        <source>The certificate has no revocation information Windows could check. This only matters if the server enforces revocation checks.</source>
        <translation>Le certificat ne porte aucune information de révocation que Windows puisse vérifier. Cela n’a d’importance que si le serveur impose cette vérification.</translation>
    </message>
    <message>
        <source>If the connection fails with 13817 or 13848, ask your IT department to publish the revocation list where this computer can reach it.</source>
        <translation>Si la connexion échoue avec 13817 ou 13848, demandez à votre service informatique de publier la liste de révocation à un endroit accessible depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation>L’horloge de cet ordinateur est peut-être fausse</translation>
    </message>
    <message>
        <source>The clock says %1, which cannot be right: every certificate check depends on it.</source>
        <translation>L’horloge indique le %1, ce qui ne peut pas être juste&#xa0;: toute vérification de certificat en dépend.</translation>
    </message>
    <message>
        <source>The clock says %1, but a certificate here was issued for use from %2 only. A clock behind makes valid certificates look not yet valid.</source>
        <translation>L’horloge indique le %1, mais un certificat présent ici n’est utilisable qu’à partir du %2. Une horloge en retard fait paraître des certificats valides comme pas encore valides.</translation>
    </message>
    <message>
        <source>Set the date, time and time zone in Windows Settings (Time &amp; language), then check again.</source>
        <translation>Réglez la date, l’heure et le fuseau horaire dans les Paramètres de Windows (Heure et langue), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The server uses a CA this computer does not have</source>
        <translation>Le serveur utilise une autorité que cet ordinateur n’a pas</translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ); %1 of them is not installed here. The server&apos;s own certificate normally comes from it: Windows cannot trust the server (error 13801).</source>
        <translation>Le serveur VPN indique les autorités de certification qu’il approuve (IKE CERTREQ)&#xa0;; %1 d’entre elles n’est pas installée ici. Le certificat du serveur en provient normalement&#xa0;: Windows ne peut pas faire confiance au serveur (erreur 13801).</translation>
    </message>
    <message>
        <source>Import that CA&apos;s root certificate into the computer&apos;s Trusted Root Certification Authorities, after checking its thumbprint with your IT department.</source>
        <translation>Importez le certificat racine de cette autorité dans les Autorités de certification racines de confiance de l’ordinateur, après avoir vérifié son empreinte avec votre service informatique.</translation>
    </message>
    <message>
        <source>Your certificate is not from a CA the server accepts</source>
        <translation>Votre certificat ne vient pas d’une autorité acceptée par le serveur</translation>
    </message>
    <message>
        <source>The server asks for a certificate issued by a CA it trusts, and none of the %1 certificates here chains to one of them: the server rejects this computer (error 13806 or 13801).</source>
        <translation>Le serveur demande un certificat émis par une autorité qu’il approuve, et aucun des certificats %1 présents ici ne remonte à l’une d’elles&#xa0;: le serveur rejette cet ordinateur (erreur 13806 ou 13801).</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>d’ordinateur</translation>
    </message>
    <message>
        <source>user</source>
        <translation>d’utilisateur</translation>
    </message>
    <message>
        <source>Ask your IT department for a certificate from the VPN&apos;s CA.</source>
        <translation>Demandez à votre service informatique un certificat émis par l’autorité du VPN.</translation>
    </message>
    <message>
        <source>The server&apos;s name is not checked</source>
        <translation>Le nom du serveur n’est pas vérifié</translation>
    </message>
    <message>
        <source>This connection has DisableIKENameEkuCheck set: Windows accepts any certificate from a trusted CA as the server, even one for another server.</source>
        <translation>Cette connexion a le réglage DisableIKENameEkuCheck&#xa0;: Windows accepte comme serveur n’importe quel certificat d’une autorité approuvée, même celui d’un autre serveur.</translation>
    </message>
    <message>
        <source>Remove the setting once the server&apos;s certificate carries its name and Server Authentication.</source>
        <translation>Retirez ce réglage dès que le certificat du serveur porte son nom et l’usage Authentification du serveur.</translation>
    </message>
    <message>
        <source>The VPN server is dialled by IP address</source>
        <translation>Le serveur VPN est appelé par son adresse IP</translation>
    </message>
    <message>
        <source>Windows requires the server certificate to contain %1 as a DNS name (an IP address entry alone gives error 13801).</source>
        <translation>Windows exige que le certificat du serveur contienne %1 comme nom DNS (une simple entrée d’adresse IP donne l’erreur 13801).</translation>
    </message>
    <message>
        <source>Dial the server&apos;s DNS name, or make sure its certificate lists the address as a DNS name.</source>
        <translation>Appelez le serveur par son nom DNS, ou assurez-vous que son certificat liste l’adresse comme nom DNS.</translation>
    </message>
    <message>
        <source>The server certificate does not pass Windows&apos; name check</source>
        <translation>Le certificat du serveur ne passe pas la vérification de nom de Windows</translation>
    </message>
    <message>
        <source>Windows requires the dialled name in the subject or as a DNS name, and the Server Authentication usage: error 13801.</source>
        <translation>Windows exige le nom appelé dans le sujet ou comme nom DNS, ainsi que l’usage Authentification du serveur&#xa0;: erreur 13801.</translation>
    </message>
    <message>
        <source>Have the server certificate reissued accordingly.</source>
        <translation>Faites réémettre le certificat du serveur en conséquence.</translation>
    </message>
    <message>
        <source>Choose how the VPN signs in</source>
        <translation>Choisissez comment le VPN s’authentifie</translation>
    </message>
    <message>
        <source>Which certificates matter depends on the authentication method; until it is known, certificate problems are shown for information only.</source>
        <translation>Les certificats nécessaires dépendent de la méthode d’authentification&#xa0;; tant qu’elle n’est pas connue, les problèmes de certificats sont indiqués pour information seulement.</translation>
    </message>
    <message>
        <source>A certificate store could not be read</source>
        <translation>Un magasin de certificats n’a pas pu être lu</translation>
    </message>
    <message>
        <source>IPsec Doctor could not read %1 (%2).</source>
        <translation>IPsec Doctor n’a pas pu lire %1 (%2).</translation>
    </message>
    <message>
        <source>Check again; if it persists, run IPsec Doctor as administrator.</source>
        <translation>Vérifiez de nouveau&#xa0;; si le problème persiste, lancez IPsec Doctor en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Unknown certificate finding %1</source>
        <translation>Constat de certificat inconnu %1</translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation>Ce constat vient d’une version plus récente d’IPsec Doctor&#xa0;; ses éléments sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>Import a root CA…</source>
        <translation>Importer une autorité racine…</translation>
    </message>
    <message>
        <source>Import an intermediate CA…</source>
        <translation>Importer une autorité intermédiaire…</translation>
    </message>
    <message>
        <source>Open computer certificates</source>
        <translation>Ouvrir les certificats de l’ordinateur</translation>
    </message>
    <message>
        <source>Open my certificates</source>
        <translation>Ouvrir mes certificats</translation>
    </message>
    <message>
        <source>Adds a root CA certificate file you choose to the computer&apos;s Trusted Root Certification Authorities, after showing its name, thumbprint and validity. Undo removes exactly that certificate.</source>
        <translation>Ajoute le certificat d’autorité racine que vous choisissez aux Autorités de certification racines de confiance de l’ordinateur, après avoir affiché son nom, son empreinte et sa validité. L’annulation retire exactement ce certificat.</translation>
    </message>
    <message>
        <source>Adds an intermediate CA certificate file you choose to the computer&apos;s Intermediate Certification Authorities, after showing its name, thumbprint and validity. Undo removes exactly that certificate.</source>
        <translation>Ajoute le certificat d’autorité intermédiaire que vous choisissez aux Autorités de certification intermédiaires de l’ordinateur, après avoir affiché son nom, son empreinte et sa validité. L’annulation retire exactement ce certificat.</translation>
    </message>
    <message>
        <source>Opens certlm.msc, Windows&apos; console for the computer&apos;s certificates (changes nothing by itself).</source>
        <translation>Ouvre certlm.msc, la console Windows des certificats de l’ordinateur (ne modifie rien par elle-même).</translation>
    </message>
    <message>
        <source>Opens certmgr.msc, Windows&apos; console for your certificates (changes nothing by itself).</source>
        <translation>Ouvre certmgr.msc, la console Windows de vos certificats (ne modifie rien par elle-même).</translation>
    </message>
    <message>
        <source>Unknown fix %1: IPsec Doctor will not run it.</source>
        <translation>Correctif inconnu %1&#xa0;: IPsec Doctor ne l’exécutera pas.</translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation>Empreinte (SHA-1)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Key usages (EKU)</source>
        <translation>Usages de la clé (EKU)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>CAs the server asks for (SHA-1 of the key)</source>
        <translation>Autorités demandées par le serveur (SHA-1 de la clé)</translation>
    </message>
    <message>
        <source>CAs not installed here</source>
        <translation>Autorités absentes de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation>Horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Utilisé comme</translation>
    </message>
    <message>
        <source>Computer certificate (IKEv2 or L2TP/IPsec)</source>
        <translation>Certificat d’ordinateur (IKEv2 ou L2TP/IPsec)</translation>
    </message>
    <message>
        <source>User certificate (EAP-TLS, smart card)</source>
        <translation>Certificat d’utilisateur (EAP-TLS, carte à puce)</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clé prépartagée</translation>
    </message>
    <message>
        <source>User name and password (EAP-MSCHAPv2)</source>
        <translation>Nom d’utilisateur et mot de passe (EAP-MSCHAPv2)</translation>
    </message>
    <message>
        <source>Needs a computer certificate with its private key and the server&apos;s root CA.</source>
        <translation>Nécessite un certificat d’ordinateur avec sa clé privée, et l’autorité racine du serveur.</translation>
    </message>
    <message>
        <source>Needs your certificate with its private key and the server&apos;s root CA on the computer.</source>
        <translation>Nécessite votre certificat avec sa clé privée, et l’autorité racine du serveur sur l’ordinateur.</translation>
    </message>
    <message>
        <source>Needs no certificate.</source>
        <translation>Ne nécessite aucun certificat.</translation>
    </message>
    <message>
        <source>Needs no certificate of yours, only the server&apos;s root CA on the computer.</source>
        <translation>Ne nécessite aucun certificat de votre part, seulement l’autorité racine du serveur sur l’ordinateur.</translation>
    </message>
    <message>
        <source>Computer › Personal</source>
        <translation>Ordinateur › Personnel</translation>
    </message>
    <message>
        <source>User › Personal</source>
        <translation>Utilisateur › Personnel</translation>
    </message>
    <message>
        <source>Computer › Trusted Root Certification Authorities</source>
        <translation>Ordinateur › Autorités de certification racines de confiance</translation>
    </message>
    <message>
        <source>Computer › Intermediate Certification Authorities</source>
        <translation>Ordinateur › Autorités de certification intermédiaires</translation>
    </message>
    <message>
        <source>User › Trusted Root Certification Authorities</source>
        <translation>Utilisateur › Autorités de certification racines de confiance</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>present and usable</source>
        <translation>présente et utilisable</translation>
    </message>
    <message>
        <source>present but cannot be opened</source>
        <translation>présente mais impossible à ouvrir</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>non révoqué</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>unknown (no revocation information)</source>
        <translation>inconnue (aucune information de révocation)</translation>
    </message>
    <message>
        <source>unknown (revocation server unreachable)</source>
        <translation>inconnue (serveur de révocation injoignable)</translation>
    </message>
    <message>
        <source>IPsec Doctor could not open it without administrator rights; Windows&apos; IKE service may still be able to. Check again as administrator to be sure.</source>
        <translation>IPsec Doctor n’a pas pu l’ouvrir sans droits d’administrateur&#xa0;; le service IKE de Windows le peut peut-être. Vérifiez de nouveau en tant qu’administrateur pour en être sûr.</translation>
    </message>
    <message>
        <source>This computer has the CAs the server asks for</source>
        <translation>Cet ordinateur a les autorités de certification que le serveur demande</translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ): all %1 are installed here.</source>
        <translation>Le serveur VPN indique les autorités de certification auxquelles il fait confiance (CERTREQ IKE)&#xa0;: les %1 sont installées ici.</translation>
    </message>
    <message>
        <source>The server did not say which CAs it accepts</source>
        <translation>Le serveur n’a pas indiqué quelles autorités il accepte</translation>
    </message>
    <message>
        <source>IPsec Doctor asked %1 (IKEv2 on UDP port 500) which certification authorities it trusts, but got no answer (%2). The certificates are checked without that list.</source>
        <translation>IPsec Doctor a demandé à %1 (IKEv2 sur le port UDP 500) à quelles autorités de certification il fait confiance, sans obtenir de réponse (%2). Les certificats sont vérifiés sans cette liste.</translation>
    </message>
    <message>
        <source>Check the connection to the server on the Proposals step, then check again.</source>
        <translation>Vérifiez la connexion au serveur à l’étape Propositions, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>CAs installed here</source>
        <translation>Autorités installées ici</translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; stops at &quot;%2&quot;: the certificate above it, most likely the root CA, is missing. Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation>La chaîne de « %1 » s’arrête à « %2 »&#xa0;: le certificat au-dessus, très probablement l’autorité racine, est absent. Sans lui, le certificat n’est pas approuvé&#xa0;: erreur 13801 ou 13806.</translation>
    </message>
    <message>
        <source>Windows cannot find the CA that issued &quot;%1&quot;. The VPN server trusts a CA this computer does not have, most likely that one. Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation>Windows ne trouve pas l’autorité qui a émis « %1 ». Le serveur VPN fait confiance à une autorité que cet ordinateur n’a pas, très probablement celle-là. Sans elle, le certificat n’est pas approuvé&#xa0;: erreur 13801 ou 13806.</translation>
    </message>
    <message>
        <source>Import your VPN&apos;s root CA certificate into the computer&apos;s Trusted Root Certification Authorities, after checking its thumbprint with your IT department.</source>
        <translation>Importez le certificat de l’autorité racine de votre VPN dans les Autorités de certification racines de confiance de l’ordinateur, après avoir vérifié son empreinte avec votre service informatique.</translation>
    </message>
    <message>
        <source>The server&apos;s CA is only in your user&apos;s certificate store</source>
        <translation>L’autorité du serveur n’est que dans le magasin de certificats de votre utilisateur</translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ). &quot;%1&quot; is in your user&apos;s Trusted Root Certification Authorities, not in the computer&apos;s. Windows checks the server&apos;s certificate as the computer, so it cannot trust the server (error 13801).</source>
        <translation>Le serveur VPN indique les autorités de certification auxquelles il fait confiance (IKE CERTREQ). « %1 » se trouve dans les Autorités de certification racines de confiance de votre utilisateur, pas dans celles de l’ordinateur. Windows vérifie le certificat du serveur en tant qu’ordinateur&#xa0;: il ne peut donc pas faire confiance au serveur (erreur 13801).</translation>
    </message>
    <message>
        <source>Import the same root certificate (thumbprint %1) into the computer&apos;s Trusted Root Certification Authorities (certlm.msc), then dial again.</source>
        <translation>Importez le même certificat racine (empreinte %1) dans les Autorités de certification racines de confiance de l’ordinateur (certlm.msc), puis relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>CertsCommand</name>
    <message>
        <source>list the certificates IKE uses</source>
        <translation>lister les certificats qu’utilise IKE</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check this computer, or a diagnostic bundle</source>
        <translation>vérifier cet ordinateur, ou une archive de diagnostic</translation>
    </message>
    <message>
        <source>Without --step, every step is checked. Exit code 1 when a warning or a problem is found.
Certificates: without --certreq, the server named by --server (or the profile) is asked
which CAs it accepts.
Proposals: --profile NAME, or --server HOST --tunnel ikev2|l2tp; the server named with
--server is asked what it accepts (--no-probe: not asked), --probe asks the profile&apos;s
server, --accepts says what the server is known to accept.</source>
        <translation>Sans --step, toutes les étapes sont vérifiées. Code de sortie 1 quand un avertissement ou un problème est trouvé.
Certificats&#xa0;: sans --certreq, le serveur désigné par --server (ou par le profil) est interrogé sur
les autorités qu’il accepte.
Propositions&#xa0;: --profile NOM, ou --server HÔTE --tunnel ikev2|l2tp&#xa0;; le serveur indiqué par
--server est interrogé sur ce qu’il accepte (--no-probe&#xa0;: il ne l’est pas), --probe interroge
le serveur du profil, --accepts indique ce que le serveur est connu pour accepter.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.
</source>
        <translation>Codes de sortie&#xa0;: 0 aucun problème, 1 problèmes trouvés, 2 erreur d’utilisation, 3 erreur d’exécution.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Utilisation&#xa0;: %1 [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: ipsecdoctor-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: ipsecdoctor-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Finds out why an IPsec/IKE VPN does not connect, and fixes it.</source>
        <translation>Trouve pourquoi un VPN IPsec/IKE ne se connecte pas, et le corrige.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;ipsecdoctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation>Lancez «&#xa0;ipsecdoctor-cli &lt;commande&gt; --help&#xa0;» pour les options d’une commande.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>IPsec Doctor stopped on an unexpected error (%1). Nothing more was done; please report it with the command you ran.</source>
        <translation>IPsec Doctor s’est arrêté sur une erreur inattendue (%1). Rien d’autre n’a été fait&#xa0;; merci de la signaler avec la commande que vous avez lancée.</translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <source>machine-readable output (documented schema, schema_version 1)</source>
        <translation>sortie lisible par un programme (schéma documenté, schema_version 1)</translation>
    </message>
    <message>
        <source>language of the text output</source>
        <translation>langue de la sortie texte</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>one step only: services, certificates, proposals or logs</source>
        <translation>une seule étape&#xa0;: services, certificates, proposals ou logs</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>read a diagnostic bundle instead of this computer</source>
        <translation>lire une archive de diagnostic au lieu de cet ordinateur</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>logs: how far back the event logs are read (7d, 24h, 90m; default 7d)</source>
        <translation>journaux&#xa0;: jusqu’où remonter dans les journaux d’événements (7d, 24h, 90m&#xa0;; 7d par défaut)</translation>
    </message>
    <message>
        <source>logs: analyse a saved .evtx or event XML file</source>
        <translation>journaux&#xa0;: analyser un fichier .evtx ou XML d’événements enregistré</translation>
    </message>
    <message>
        <source>language of the message for the VPN provider</source>
        <translation>langue du message pour le fournisseur du VPN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>the VPN profile (connection) in question</source>
        <translation>le profil VPN (la connexion) concerné</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>the VPN server&apos;s name or address, as the profile dials it</source>
        <translation>le nom ou l’adresse du serveur VPN, tel que le profil l’appelle</translation>
    </message>
    <message>
        <source>proposals: the tunnel type, with --server</source>
        <translation>propositions&#xa0;: le type de tunnel, avec --server</translation>
    </message>
    <message>
        <source>read VPN profiles from this phonebook (.pbk) instead of Windows&apos; ones</source>
        <translation>lire les profils VPN dans cet annuaire (.pbk) au lieu de ceux de Windows</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>certificates: the sign-in method (machine-cert, user-cert, psk, eap-mschapv2)</source>
        <translation>certificats&#xa0;: la méthode d’identification (machine-cert, user-cert, psk, eap-mschapv2)</translation>
    </message>
    <message>
        <source>certificates: the CAs the server accepts (without it, the server is asked with --server)</source>
        <translation>certificats&#xa0;: les autorités qu’accepte le serveur (sans elle, le serveur de --server est interrogé)</translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation>PROPOSITION</translation>
    </message>
    <message>
        <source>proposals: a proposal the server is known to accept (repeatable)</source>
        <translation>propositions&#xa0;: une proposition que le serveur accepte à coup sûr (répétable)</translation>
    </message>
    <message>
        <source>proposals: ask the server what it accepts</source>
        <translation>propositions&#xa0;: demander au serveur ce qu’il accepte</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>MAGASIN</translation>
    </message>
    <message>
        <source>one store: machine-my, user-my, machine-root, machine-ca or user-root</source>
        <translation>un seul magasin&#xa0;: machine-my, user-my, machine-root, machine-ca ou user-root</translation>
    </message>
    <message>
        <source>the journal to use (absolute path of ...\IPsecDoctor\journal.json)</source>
        <translation>le journal à utiliser (chemin absolu de ...\IPsecDoctor\journal.json)</translation>
    </message>
    <message>
        <source>also write the JSON result to ...\IPsecDoctor\helper-result.json</source>
        <translation>écrire aussi le résultat JSON dans ...\IPsecDoctor\helper-result.json</translation>
    </message>
    <message>
        <source>the newest fix that can be undone</source>
        <translation>la correction la plus récente qui peut être annulée</translation>
    </message>
    <message>
        <source>certificate.import-ca.*: the CA certificate file (absolute path)</source>
        <translation>certificate.import-ca.*&#xa0;: le fichier du certificat de l’autorité (chemin absolu)</translation>
    </message>
    <message>
        <source>certificate.import-ca.*: the SHA-1 thumbprint the administrator confirmed</source>
        <translation>certificate.import-ca.*&#xa0;: l’empreinte SHA-1 confirmée par l’administrateur</translation>
    </message>
    <message>
        <source>profile.*: the phonebook that holds the profile</source>
        <translation>profile.*&#xa0;: l’annuaire qui contient le profil</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>STRATÉGIE</translation>
    </message>
    <message>
        <source>profile.ipsec-policy.set: the six values of Set-VpnConnectionIPsecConfiguration</source>
        <translation>profile.ipsec-policy.set&#xa0;: les six valeurs de Set-VpnConnectionIPsecConfiguration</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>profile.tunnel-type.set: the tunnel type to set</source>
        <translation>profile.tunnel-type.set&#xa0;: le type de tunnel à régler</translation>
    </message>
    <message>
        <source>replace names and addresses by pseudonyms</source>
        <translation>remplacer les noms et les adresses par des pseudonymes</translation>
    </message>
    <message>
        <source>UDP port of IKE (default 500)</source>
        <translation>port UDP d’IKE (500 par défaut)</translation>
    </message>
    <message>
        <source>which IKE versions are asked (default both)</source>
        <translation>les versions d’IKE interrogées (both par défaut)</translation>
    </message>
    <message>
        <source>a custom policy (Set-VpnConnectionIPsecConfiguration values) to test</source>
        <translation>une stratégie personnalisée à tester (valeurs de Set-VpnConnectionIPsecConfiguration)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>time allowed for the whole probe (1-120, default 20)</source>
        <translation>durée accordée à toute l’interrogation (1-120, 20 par défaut)</translation>
    </message>
    <message>
        <source>only the Windows offers, no search for what else the server accepts</source>
        <translation>seulement les offres de Windows, sans chercher ce que le serveur accepte d’autre</translation>
    </message>
    <message>
        <source>the identity sent in IKEv1 Aggressive Mode (default ipsecdoctor-probe)</source>
        <translation>l’identité envoyée en mode agressif IKEv1 (ipsecdoctor-probe par défaut)</translation>
    </message>
    <message>
        <source>the Windows IKEv2 offer to test (the sets are listed above)</source>
        <translation>l’offre IKEv2 de Windows à tester (les jeux sont listés plus haut)</translation>
    </message>
    <message>
        <source>proposals: do not ask the server named with --server (stay offline)</source>
        <translation>propositions&#xa0;: ne pas interroger le serveur indiqué par --server (rester hors ligne)</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>&quot;%1&quot; is refused when ipsecdoctor-cli runs as administrator: an elevated run only applies or undoes a fix. Run other commands without elevation.</source>
        <translation>«&#xa0;%1&#xa0;» est refusé quand ipsecdoctor-cli s’exécute en administrateur&#xa0;: une exécution élevée ne fait qu’appliquer ou annuler un correctif. Lancez les autres commandes sans élévation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: when ipsecdoctor-cli runs as administrator, paths must be absolute, on a local drive, without &quot;.&quot; or &quot;..&quot;.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: quand ipsecdoctor-cli s’exécute en administrateur, les chemins doivent être absolus, sur un disque local, sans «&#xa0;.&#xa0;» ni «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>IPsec Doctor: trust a certification authority</source>
        <translation>IPsec Doctor&#xa0;: faire confiance à une autorité de certification</translation>
    </message>
    <message>
        <source>Trust this root certification authority on this computer?</source>
        <translation>Faire confiance à cette autorité de certification racine sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Add this intermediate certification authority to this computer?</source>
        <translation>Ajouter cette autorité de certification intermédiaire à cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 to %4
SHA-1 thumbprint: %5
SHA-256 thumbprint: %6

This certificate will be trusted by this computer for VPN server authentication (Server Authentication, IP security IKE intermediate), for every user, in %7. Compare the thumbprints with the ones your IT department gave you, and cancel if you do not know this certificate.</source>
        <translation>Objet&#xa0;: %1
Émis par&#xa0;: %2
Valide du %3 au %4
Empreinte SHA-1&#xa0;: %5
Empreinte SHA-256&#xa0;: %6

Cet ordinateur fera confiance à ce certificat pour l’authentification des serveurs VPN (Authentification du serveur, Intermédiaire IKE de sécurité IP), pour tous les utilisateurs, dans %7. Comparez les empreintes avec celles que votre service informatique vous a données, et annulez si vous ne connaissez pas ce certificat.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>The journal is empty: IPsec Doctor has changed nothing on this computer.</source>
        <translation>Le journal est vide&#xa0;: IPsec Doctor n’a rien modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Diagnostic bundle written to %1. It contains no password, pre-shared key or private key.</source>
        <translation>Archive de diagnostic écrite dans %1. Elle ne contient aucun mot de passe, aucune clé prépartagée ni aucune clé privée.</translation>
    </message>
    <message>
        <source>Anonymized diagnostic bundle written to %1: names and addresses are replaced by pseudonyms. It contains no password, pre-shared key or private key.</source>
        <translation>Dossier de diagnostic anonymisé écrit dans %1&#xa0;: les noms et les adresses sont remplacés par des pseudonymes. Il ne contient aucun mot de passe, aucune clé prépartagée ni aucune clé privée.</translation>
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
        <translation>Archive de diagnostic %1 de %2 (build %3 de Windows), collectée le %4</translation>
    </message>
    <message>
        <source>This computer: %1 (Windows build %2)</source>
        <translation>Cet ordinateur&#xa0;: %1 (build %2 de Windows)</translation>
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
        <source>Server Authentication</source>
        <translation>Authentification du serveur</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation>Intermédiaire IKE de sécurité IP</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Tous les usages</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>du %1 au %2 (%3 jours restants)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>any (no restriction)</source>
        <translation>tous (aucune restriction)</translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation>%1 (adresse IP)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>untrusted root</source>
        <translation>racine non approuvée</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>%1 (%2; revocation: %3)</source>
        <translation>%1 (%2&#xa0;; révocation&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Key hash (SHA-1 of SPKI, as in IKE CERTREQ)</source>
        <translation>Hachage de la clé (SHA-1 de la SPKI, comme dans IKE CERTREQ)</translation>
    </message>
    <message>
        <source>This diagnostic bundle holds no certificates (made by an older IPsec Doctor).</source>
        <translation>Cette archive de diagnostic ne contient aucun certificat (créée par une version plus ancienne d’IPsec Doctor).</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undone: %1 was removed from %2 (journal entry %3).</source>
        <translation>Annulé&#xa0;: «&#xa0;%1&#xa0;» a été retiré de %2 (entrée du journal %3).</translation>
    </message>
    <message>
        <source>Applied: %1 (thumbprint %2, valid until %3) was added to %4 (journal entry %5).</source>
        <translation>Appliqué&#xa0;: «&#xa0;%1&#xa0;» (empreinte %2, valide jusqu’au %3) a été ajouté à %4 (entrée du journal %5).</translation>
    </message>
    <message>
        <source>%1 (thumbprint %2) was already in %3: nothing changed.</source>
        <translation>«&#xa0;%1&#xa0;» (empreinte %2) était déjà dans %3&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <source>Invalid certificate option &quot;%1&quot; (see --help).</source>
        <translation>Option de certificat non valide «&#xa0;%1&#xa0;» (voir --help).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write it as 7d, 24h or 90m.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée&#xa0;: écrivez-la 7d, 24h ou 90m.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot;.</source>
        <translation>Valeur non valide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid value: &quot;%1&quot; (see --help).</source>
        <translation>Valeur non valide&#xa0;: «&#xa0;%1&#xa0;» (voir --help).</translation>
    </message>
    <message>
        <source>Saved event log %1</source>
        <translation>Journal d’événements enregistré %1</translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2). The previous settings are back.</source>
        <translation>Annulé&#xa0;: %1 (entrée du journal %2). Les réglages précédents sont rétablis.</translation>
    </message>
    <message>
        <source>Applied: %1 (journal entry %2). No restart is needed.</source>
        <translation>Appliqué&#xa0;: %1 (entrée du journal %2). Aucun redémarrage n’est nécessaire.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
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
        <source>User sign-in (EAP within IKEv2, PPP after the L2TP/IPsec tunnel)</source>
        <translation>Identification de l’utilisateur (EAP dans IKEv2, PPP après le tunnel L2TP/IPsec)</translation>
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
        <source>Check your user name and password; if they are right, ask your VPN provider whether your account and authentication method (MS-CHAPv2, EAP) are allowed.</source>
        <translation>Vérifiez votre nom d’utilisateur et votre mot de passe&#xa0;; s’ils sont corrects, demandez à votre fournisseur VPN si votre compte et la méthode d’authentification (MS-CHAPv2, EAP) sont autorisés.</translation>
    </message>
    <message>
        <source>The L2TP/IPsec security layer could not authenticate the server: the pre-shared key differs or the server&apos;s certificate is not trusted.</source>
        <translation>La couche de sécurité L2TP/IPsec n’a pas pu authentifier le serveur&#xa0;: la clé prépartagée diffère ou le certificat du serveur n’est pas approuvé.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as given by your VPN provider; with certificates, install the provider&apos;s root certificate.</source>
        <translation>Saisissez à nouveau la clé prépartagée exactement comme votre fournisseur VPN l’a donnée&#xa0;; avec des certificats, installez le certificat racine du fournisseur.</translation>
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
        <source>The pre-shared key does not match the server&apos;s.</source>
        <translation>La clé prépartagée ne correspond pas à celle du serveur.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as your VPN provider gave it.</source>
        <translation>Saisissez à nouveau la clé prépartagée exactement comme votre fournisseur VPN l’a donnée.</translation>
    </message>
    <message>
        <source>Ask your VPN provider which authentication method (EAP type, MS-CHAPv2) to use, and set the same in the connection.</source>
        <translation>Demandez à votre fournisseur VPN quelle méthode d’authentification utiliser (type EAP, MS-CHAPv2) et réglez la même dans la connexion.</translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is not running.</source>
        <translation>Le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;» ou le service «&#xa0;Moteur de filtrage de base&#xa0;» ne fonctionne pas.</translation>
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
        <source>The server&apos;s name could not be resolved to an address (DNS).</source>
        <translation>Le nom du serveur n’a pas pu être traduit en adresse (DNS).</translation>
    </message>
    <message>
        <source>Check the server name in the connection and your Internet access; try the server&apos;s IP address if your provider gives one.</source>
        <translation>Vérifiez le nom du serveur dans la connexion et votre accès à Internet&#xa0;; essayez l’adresse IP du serveur si votre fournisseur en donne une.</translation>
    </message>
    <message>
        <source>A server-side error: an IKEv2 pre-shared key interface already exists. It does not concern a VPN client.</source>
        <translation>Erreur côté serveur&#xa0;: une interface IKEv2 à clé prépartagée existe déjà. Elle ne concerne pas un client VPN.</translation>
    </message>
    <message>
        <source>Nothing to do on this PC; the administrator of the server can remove the duplicate interface.</source>
        <translation>Rien à faire sur ce PC&#xa0;; l’administrateur du serveur peut supprimer l’interface en double.</translation>
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
        <source>Check that UDP 500 and 4500 reach the server (&quot;Ask the server&quot; on the Proposals step) and that the server is up.</source>
        <translation>Vérifiez que UDP 500 et 4500 atteignent le serveur («&#xa0;Interroger le serveur&#xa0;» à l’étape Propositions) et que le serveur fonctionne.</translation>
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
        <translation>Réessayez&#xa0;; si cela persiste, redémarrez le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;».</translation>
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
        <translation>Le serveur a envoyé une charge utile IKE critique que Windows ne comprend pas.</translation>
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
        <translation>IKE n’a pas pu traiter une charge utile du message du serveur.</translation>
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
        <translation>Vérifiez la méthode d’authentification (certificat ou clé prépartagée) et le nom du serveur dans la connexion.</translation>
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
        <translation>Regardez les autres codes enregistrés au même moment&#xa0;; redémarrez le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;» si les échecs se répètent.</translation>
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
        <source>Encrypting or decrypting an IKE message failed: the keys do not match (often a wrong pre-shared key).</source>
        <translation>Le chiffrement ou le déchiffrement d’un message IKE a échoué&#xa0;: les clés ne correspondent pas (souvent une clé prépartagée erronée).</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again; otherwise send the details to your VPN provider.</source>
        <translation>Saisissez à nouveau la clé prépartagée&#xa0;; sinon envoyez les détails à votre fournisseur VPN.</translation>
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
        <translation>Laissez IPsec Doctor redémarrer le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;».</translation>
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
        <translation>Une négociation IPsec a échoué parce que le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;» n’était pas démarré.</translation>
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
        <translation>Windows a commencé à établir le tunnel (IPsec pas encore établi). Un échec juste après est un problème de réseau ou d’IKE.</translation>
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
    <message>
        <source>The server ended the connection before it was complete. The code itself is generic; with L2TP/IPsec it usually means the server refused the sign-in protocols the connection allows.</source>
        <translation>Le serveur a mis fin à la connexion avant qu’elle soit établie. Le code lui-même est générique&#xa0;; avec L2TP/IPsec, il signifie le plus souvent que le serveur a refusé les protocoles d’authentification autorisés par la connexion.</translation>
    </message>
    <message>
        <source>With L2TP/IPsec: in the connection&apos;s properties, Security tab, under &quot;Allow these protocols&quot;, tick CHAP and Microsoft CHAP Version 2 (MS-CHAP v2). Otherwise look at the IKE codes and events logged just before this one: they name the real cause.</source>
        <translation>Avec L2TP/IPsec&#xa0;: dans les propriétés de la connexion, onglet «&#xa0;Sécurité&#xa0;», sous «&#xa0;Autoriser ces protocoles&#xa0;», cochez CHAP et Microsoft CHAP Version 2 (MS-CHAP v2). Sinon, regardez les codes et événements IKE journalisés juste avant celui-ci&#xa0;: ils indiquent la vraie cause.</translation>
    </message>
    <message>
        <source>The connection was ended on this PC: by you, or by a program that hung up the connection.</source>
        <translation>La connexion a été fermée sur ce PC&#xa0;: par vous, ou par un programme qui l’a raccrochée.</translation>
    </message>
    <message>
        <source>Nothing to repair if you disconnected; otherwise check which VPN client or script ends the connection.</source>
        <translation>Rien à réparer si vous vous êtes déconnecté&#xa0;; sinon, cherchez quel client VPN ou script ferme la connexion.</translation>
    </message>
    <message>
        <source>The device the connection needs is already in use or not configured properly: another VPN connection or VPN program holds the WAN Miniport of this tunnel type, or the WAN Miniport adapter is damaged.</source>
        <translation>Le périphérique dont la connexion a besoin est déjà utilisé ou mal configuré&#xa0;: une autre connexion VPN ou un autre programme VPN occupe le WAN Miniport de ce type de tunnel, ou la carte WAN Miniport est endommagée.</translation>
    </message>
    <message>
        <source>Disconnect the other VPN connections and quit other VPN programs, then restart the computer and connect again; reinstalling the WAN Miniport adapters in Device Manager is a last resort.</source>
        <translation>Déconnectez les autres connexions VPN et quittez les autres programmes VPN, puis redémarrez l’ordinateur et reconnectez-vous&#xa0;; réinstaller les cartes WAN Miniport dans le Gestionnaire de périphériques est un dernier recours.</translation>
    </message>
    <message>
        <source>The server rejected the user name, password or domain, or does not allow the sign-in protocol. With L2TP/IPsec this is the PPP sign-in after the IPsec tunnel worked; with IKEv2 the user sign-in (EAP) runs inside the IKE authentication, before any tunnel exists.</source>
        <translation>Le serveur a refusé le nom d’utilisateur, le mot de passe ou le domaine, ou n’autorise pas le protocole d’authentification. Avec L2TP/IPsec, c’est l’authentification PPP qui suit un tunnel IPsec établi&#xa0;; avec IKEv2, l’authentification de l’utilisateur (EAP) a lieu pendant l’authentification IKE, avant qu’un tunnel existe.</translation>
    </message>
    <message>
        <source>No network protocol could be agreed after the tunnel came up: Internet Protocol Version 4 (TCP/IPv4) is unticked in the connection&apos;s Networking tab, the server has no address to give, or the WAN Miniport (IP) adapter of this PC is damaged.</source>
        <translation>Aucun protocole réseau n’a pu être négocié une fois le tunnel établi&#xa0;: «&#xa0;Protocole Internet version 4 (TCP/IPv4)&#xa0;» est décoché dans l’onglet «&#xa0;Gestion de réseau&#xa0;» de la connexion, le serveur n’a pas d’adresse à attribuer, ou la carte WAN Miniport (IP) de ce PC est endommagée.</translation>
    </message>
    <message>
        <source>In the connection&apos;s properties, Networking tab, tick Internet Protocol Version 4 (TCP/IPv4); ask your VPN provider whether the server&apos;s address pool is full. Reinstalling the WAN Miniport adapters in Device Manager is a last resort.</source>
        <translation>Dans les propriétés de la connexion, onglet «&#xa0;Gestion de réseau&#xa0;», cochez «&#xa0;Protocole Internet version 4 (TCP/IPv4)&#xa0;»&#xa0;; demandez à votre fournisseur VPN si la plage d’adresses du serveur est épuisée. Réinstaller les cartes WAN Miniport dans le Gestionnaire de périphériques est un dernier recours.</translation>
    </message>
    <message>
        <source>This PC cannot provide the data encryption the connection requires (the &quot;Data encryption&quot; choice of its Security tab) with this VPN type.</source>
        <translation>Ce PC ne peut pas fournir, avec ce type de VPN, le chiffrement des données qu’exige la connexion (le choix «&#xa0;Chiffrement des données&#xa0;» de son onglet «&#xa0;Sécurité&#xa0;»).</translation>
    </message>
    <message>
        <source>Set the VPN type your provider uses (IKEv2 or L2TP/IPsec) and, in the Security tab, &quot;Require encryption&quot;; do not choose optional or no encryption to get around it.</source>
        <translation>Choisissez le type de VPN qu’utilise votre fournisseur (IKEv2 ou L2TP/IPsec) et, dans l’onglet «&#xa0;Sécurité&#xa0;», «&#xa0;Chiffrement obligatoire&#xa0;»&#xa0;; ne choisissez pas un chiffrement facultatif ou aucun chiffrement pour contourner l’erreur.</translation>
    </message>
    <message>
        <source>The server does not support the data encryption the connection requires (the &quot;Data encryption&quot; choice of its Security tab).</source>
        <translation>Le serveur ne prend pas en charge le chiffrement des données qu’exige la connexion (le choix «&#xa0;Chiffrement des données&#xa0;» de son onglet «&#xa0;Sécurité&#xa0;»).</translation>
    </message>
    <message>
        <source>If the connection asks for &quot;Maximum strength encryption&quot;, try &quot;Require encryption&quot;; do not choose optional or no encryption: ask your VPN provider which encryption the server supports.</source>
        <translation>Si la connexion demande «&#xa0;Chiffrement de force maximale&#xa0;», essayez «&#xa0;Chiffrement obligatoire&#xa0;»&#xa0;; ne choisissez pas un chiffrement facultatif ou aucun chiffrement&#xa0;: demandez à votre fournisseur VPN quel chiffrement le serveur prend en charge.</translation>
    </message>
    <message>
        <source>Windows found no valid computer certificate for this L2TP/IPsec connection: Windows authenticates L2TP/IPsec with a computer certificate unless the connection is set to a pre-shared key.</source>
        <translation>Windows n’a trouvé aucun certificat d’ordinateur valide pour cette connexion L2TP/IPsec&#xa0;: Windows authentifie L2TP/IPsec par un certificat d’ordinateur, sauf si la connexion est réglée sur une clé prépartagée.</translation>
    </message>
    <message>
        <source>If your VPN provider gave you a pre-shared key: in the connection&apos;s properties, Security tab, Advanced settings, choose &quot;Use preshared key for authentication&quot; and enter it. Otherwise install the computer certificate your provider gives you in the computer&apos;s Personal store.</source>
        <translation>Si votre fournisseur VPN vous a donné une clé prépartagée&#xa0;: dans les propriétés de la connexion, onglet «&#xa0;Sécurité&#xa0;», «&#xa0;Paramètres avancés&#xa0;», choisissez «&#xa0;Utiliser une clé prépartagée pour l’authentification&#xa0;» et saisissez-la. Sinon, installez le certificat d’ordinateur fourni par votre fournisseur dans le magasin Personnel de l’ordinateur.</translation>
    </message>
    <message>
        <source>The L2TP/IPsec negotiation failed at the start. The first reading is a pre-shared key that differs from the server&apos;s; then a certificate problem, or a server behind NAT without the NAT-T registry setting.</source>
        <translation>La négociation L2TP/IPsec a échoué dès le début. Première piste&#xa0;: une clé prépartagée différente de celle du serveur&#xa0;; ensuite, un problème de certificat, ou un serveur derrière un NAT sans le réglage NAT-T du registre.</translation>
    </message>
    <message>
        <source>Enter the pre-shared key again (Security tab, Advanced settings): it is set on this PC. Only if the server itself is behind a NAT router, set AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and restart the computer; a PC behind a home router needs no change for a public server.</source>
        <translation>Saisissez de nouveau la clé prépartagée (onglet «&#xa0;Sécurité&#xa0;», «&#xa0;Paramètres avancés&#xa0;»)&#xa0;: elle se règle sur ce PC. Seulement si le serveur lui-même est derrière un routeur NAT, réglez AssumeUDPEncapsulationContextOnSendRule sur 1 (2 si ce PC est aussi derrière un NAT) puis redémarrez l’ordinateur&#xa0;; un PC derrière une box n’a besoin d’aucun changement pour joindre un serveur public.</translation>
    </message>
    <message>
        <source>The server did not answer. UDP ports 500 and 4500 are blocked somewhere, large certificate packets are dropped, or, with L2TP/IPsec, the server is behind NAT without the NAT-T registry setting on this PC.</source>
        <translation>Le serveur n’a pas répondu. Les ports UDP 500 et 4500 sont bloqués quelque part, les gros paquets de certificats sont perdus, ou, avec L2TP/IPsec, le serveur est derrière un NAT sans le réglage NAT-T du registre sur ce PC.</translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 are open; for IKEv2, ask your provider about IKE fragmentation; for L2TP/IPsec to a server behind NAT, set AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and restart the computer.</source>
        <translation>Vérifiez que les ports UDP 500 et 4500 sont ouverts&#xa0;; pour IKEv2, interrogez votre fournisseur sur la fragmentation IKE&#xa0;; pour L2TP/IPsec vers un serveur derrière un NAT, réglez AssumeUDPEncapsulationContextOnSendRule sur 1 (2 si ce PC est aussi derrière un NAT) puis redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s access policy does not allow the authentication method of this connection. With IKEv2 this is decided during the IKE authentication (EAP); with L2TP/IPsec at the PPP sign-in after the IPsec tunnel worked.</source>
        <translation>La stratégie d’accès du serveur n’autorise pas la méthode d’authentification de cette connexion. Avec IKEv2, cela se décide pendant l’authentification IKE (EAP)&#xa0;; avec L2TP/IPsec, lors de l’authentification PPP qui suit un tunnel IPsec établi.</translation>
    </message>
    <message>
        <source>The connection was cut because the link to the server failed: this PC&apos;s network dropped (Wi-Fi, sleep) or the server stopped answering.</source>
        <translation>La connexion a été coupée car la liaison avec le serveur a échoué&#xa0;: le réseau de ce PC a été perdu (Wi-Fi, mise en veille) ou le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <source>Check that your Internet access is stable; if the VPN drops at regular intervals, tell your VPN provider the times so that it can compare its key renewal settings.</source>
        <translation>Vérifiez que votre accès Internet est stable&#xa0;; si le VPN tombe à intervalles réguliers, donnez les heures à votre fournisseur VPN pour qu’il vérifie ses réglages de renouvellement des clés.</translation>
    </message>
    <message>
        <source>The server considers the certificate that authenticates this PC or user (EAP-TLS) invalid. With IKEv2 the check is part of the IKE authentication; with L2TP/IPsec it follows the IPsec tunnel.</source>
        <translation>Le serveur juge non valide le certificat qui authentifie ce PC ou l’utilisateur (EAP-TLS). Avec IKEv2, cette vérification fait partie de l’authentification IKE&#xa0;; avec L2TP/IPsec, elle suit l’établissement du tunnel IPsec.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to check the certificate template and that its issuing CA is trusted by the server; with a Microsoft NPS server, that the issuing CA is in the NTAuth store.</source>
        <translation>Demandez à votre fournisseur VPN de vérifier le modèle de certificat et que son autorité émettrice est approuvée par le serveur&#xa0;; avec un serveur NPS Microsoft, que l’autorité émettrice figure dans le magasin NTAuth.</translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has expired.</source>
        <translation>Le certificat qui authentifie ce PC ou l’utilisateur auprès du serveur (EAP) a expiré.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; renew the certificate with your VPN provider (Certificates step).</source>
        <translation>Vérifiez la date et l’heure de ce PC&#xa0;; renouvelez le certificat avec votre fournisseur VPN (étape Certificats).</translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has been revoked.</source>
        <translation>Le certificat qui authentifie ce PC ou l’utilisateur auprès du serveur (EAP) a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has an error: wrong purpose, no private key, or a chain the server cannot build.</source>
        <translation>Le certificat qui authentifie ce PC ou l’utilisateur auprès du serveur (EAP) présente une erreur&#xa0;: rôle inadapté, clé privée absente, ou chaîne que le serveur ne peut pas construire.</translation>
    </message>
    <message>
        <source>Run the Certificates step; if the certificate looks right, ask your VPN provider which certificate the server expects.</source>
        <translation>Lancez l’étape Certificats&#xa0;; si le certificat semble correct, demandez à votre fournisseur VPN quel certificat le serveur attend.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) is not valid for this PC: wrong purpose, name or chain.</source>
        <translation>Le certificat du serveur (EAP) n’est pas valide pour ce PC&#xa0;: rôle, nom ou chaîne incorrects.</translation>
    </message>
    <message>
        <source>Run the Certificates step and connect with the exact name written in the server certificate; otherwise contact your VPN provider.</source>
        <translation>Lancez l’étape Certificats et connectez-vous avec le nom exact inscrit dans le certificat du serveur&#xa0;; sinon, contactez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has expired.</source>
        <translation>Le certificat du serveur (EAP) a expiré.</translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; otherwise the server certificate must be renewed: contact your VPN provider.</source>
        <translation>Vérifiez la date et l’heure de ce PC&#xa0;; sinon, le certificat du serveur doit être renouvelé&#xa0;: contactez votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has been revoked by its authority.</source>
        <translation>Le certificat du serveur (EAP) a été révoqué par son autorité.</translation>
    </message>
    <message>
        <source>Do not connect until your VPN provider installs a new server certificate.</source>
        <translation>Ne vous connectez pas tant que votre fournisseur VPN n’a pas installé un nouveau certificat de serveur.</translation>
    </message>
    <message>
        <source>The root certificate that validates the user certificate (EAP) was not found, is not valid or has expired where the certificate is checked — usually on the server.</source>
        <translation>Le certificat racine qui valide le certificat de l’utilisateur (EAP) est introuvable, non valide ou expiré là où le certificat est vérifié — en général sur le serveur.</translation>
    </message>
    <message>
        <source>Ask your VPN provider to check the certification authority of your certificate; renew the certificate if its root has expired.</source>
        <translation>Demandez à votre fournisseur VPN de vérifier l’autorité de certification de votre certificat&#xa0;; renouvelez le certificat si sa racine a expiré.</translation>
    </message>
    <message>
        <source>The root certificate that validates the server&apos;s certificate (EAP) is not in this PC&apos;s Trusted Root Certification Authorities store.</source>
        <translation>Le certificat racine qui valide le certificat du serveur (EAP) ne figure pas dans le magasin «&#xa0;Autorités de certification racines de confiance&#xa0;» de ce PC.</translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the Trusted Root Certification Authorities store (Certificates step).</source>
        <translation>Installez le certificat racine de votre fournisseur VPN dans le magasin «&#xa0;Autorités de certification racines de confiance&#xa0;» (étape Certificats).</translation>
    </message>
    <message>
        <source>The root certificate in this PC&apos;s Trusted Root Certification Authorities store that validates the server&apos;s certificate (EAP) is not valid.</source>
        <translation>Le certificat racine du magasin «&#xa0;Autorités de certification racines de confiance&#xa0;» de ce PC qui valide le certificat du serveur (EAP) n’est pas valide.</translation>
    </message>
    <message>
        <source>Replace it with the current root certificate of your VPN provider (Certificates step).</source>
        <translation>Remplacez-le par le certificat racine actuel de votre fournisseur VPN (étape Certificats).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has no server name.</source>
        <translation>Le certificat du serveur (EAP) ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server certificate must carry its name.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le certificat du serveur doit porter son nom.</translation>
    </message>
    <message>
        <source>PEAP: the outer identity differs from the user name inside while identity privacy is off.</source>
        <translation>PEAP&#xa0;: l’identité externe diffère du nom d’utilisateur interne alors que la confidentialité de l’identité est désactivée.</translation>
    </message>
    <message>
        <source>In the connection&apos;s PEAP settings, turn on identity privacy or use the same user name, as your VPN provider requires.</source>
        <translation>Dans les paramètres PEAP de la connexion, activez la confidentialité de l’identité ou utilisez le même nom d’utilisateur, selon ce qu’exige votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>An error of the local IPsec policy store (filters, main mode or quick mode policies). The IPsec Policy Agent manages it for L2TP/IPsec (IKEv1); IKEv2 connections do not use it.</source>
        <translation>Une erreur du magasin local de stratégies IPsec (filtres, stratégies de mode principal ou de mode rapide). Le service «&#xa0;Agent de stratégie IPsec&#xa0;» le gère pour L2TP/IPsec (IKEv1)&#xa0;; les connexions IKEv2 ne l’utilisent pas.</translation>
    </message>
    <message>
        <source>For an L2TP/IPsec connection, restart the IPsec Policy Agent service; if the error stays, export a diagnostic bundle for your support team.</source>
        <translation>Pour une connexion L2TP/IPsec, redémarrez le service «&#xa0;Agent de stratégie IPsec&#xa0;»&#xa0;; si l’erreur persiste, exportez une archive de diagnostic pour votre support.</translation>
    </message>
    <message>
        <source>The IKE credentials were refused. Microsoft&apos;s usual causes are the server certificate as this PC checks it: it lacks the Server Authentication purpose (EKU), it has expired, its root is not in the computer&apos;s trusted roots, or its name does not match the server name of the connection. Then: this PC chose the wrong client certificate, or, with a pre-shared key, the keys differ.</source>
        <translation>Les informations d’identification IKE ont été refusées. Causes habituelles selon Microsoft, côté certificat du serveur tel que ce PC le vérifie&#xa0;: il n’a pas le rôle «&#xa0;Authentification du serveur&#xa0;» (EKU), il a expiré, sa racine n’est pas dans les racines de confiance de l’ordinateur, ou son nom ne correspond pas au nom du serveur de la connexion. Ensuite&#xa0;: ce PC a choisi le mauvais certificat client ou, avec une clé prépartagée, les clés diffèrent.</translation>
    </message>
    <message>
        <source>Run the Certificates step; install the provider&apos;s root certificate and connect with the name written in the server certificate; with a pre-shared key, enter it again.</source>
        <translation>Lancez l’étape Certificats&#xa0;; installez le certificat racine du fournisseur et connectez-vous avec le nom inscrit dans le certificat du serveur&#xa0;; avec une clé prépartagée, saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>IKE found no usable certificate. With EAP (user name and password, PEAP): the server has no usable machine certificate or root for IKE, a server-side problem. With a machine-certificate connection: this PC&apos;s computer certificate is missing from the computer&apos;s Personal store, expired, without private key, without the Client Authentication purpose, or not chained to a root the server accepts.</source>
        <translation>IKE n’a trouvé aucun certificat utilisable. Avec EAP (nom d’utilisateur et mot de passe, PEAP)&#xa0;: le serveur n’a pas de certificat d’ordinateur ou de racine utilisable pour IKE, un problème côté serveur. Avec une connexion par certificat d’ordinateur&#xa0;: le certificat d’ordinateur de ce PC est absent du magasin Personnel de l’ordinateur, expiré, sans clé privée, sans le rôle «&#xa0;Authentification du client&#xa0;», ou non chaîné à une racine acceptée par le serveur.</translation>
    </message>
    <message>
        <source>With EAP, send the details to your VPN provider. With a machine certificate, run the Certificates step and install the computer certificate from your VPN provider.</source>
        <translation>Avec EAP, envoyez les détails à votre fournisseur VPN. Avec un certificat d’ordinateur, lancez l’étape Certificats et installez le certificat d’ordinateur fourni par votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>IKE found no policy for this connection (no main mode policy): Remote Access did not install it, or, for L2TP/IPsec, the IPsec Policy Agent did not.</source>
        <translation>IKE n’a trouvé aucune stratégie pour cette connexion (pas de stratégie de mode principal)&#xa0;: l’Accès à distance ne l’a pas installée ou, pour L2TP/IPsec, le service «&#xa0;Agent de stratégie IPsec&#xa0;» ne l’a pas fait.</translation>
    </message>
    <message>
        <source>For an L2TP/IPsec connection, let IPsec Doctor restore the IPsec Policy Agent service, then reconnect; IKEv2 does not use that service: reconnect, and restart the computer if it repeats.</source>
        <translation>Pour une connexion L2TP/IPsec, laissez IPsec Doctor rétablir le service «&#xa0;Agent de stratégie IPsec&#xa0;», puis reconnectez-vous&#xa0;; IKEv2 n’utilise pas ce service&#xa0;: reconnectez-vous et redémarrez l’ordinateur si l’erreur se répète.</translation>
    </message>
    <message>
        <source>Use the same Diffie-Hellman group as the server (Proposals step); with IKEv2, Windows offers only group 2 by default, many servers require 14 or more.</source>
        <translation>Utilisez le même groupe Diffie-Hellman que le serveur (étape Propositions)&#xa0;; avec IKEv2, Windows ne propose par défaut que le groupe 2, beaucoup de serveurs exigent le 14 ou plus.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not have Server Authentication among its purposes (extended key usage).</source>
        <translation>Le certificat du serveur n’a pas «&#xa0;Authentification du serveur&#xa0;» parmi ses rôles (utilisation étendue de la clé).</translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server certificate must be reissued with the Server Authentication purpose.</source>
        <translation>Contactez votre fournisseur VPN&#xa0;: le certificat du serveur doit être réémis avec le rôle «&#xa0;Authentification du serveur&#xa0;».</translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets that failed an integrity or replay check: packets altered, delayed or repeated on the way.</source>
        <translation>Le pilote IPsec a rejeté des paquets qui ont échoué à un contrôle d’intégrité ou de rejeu&#xa0;: paquets modifiés, retardés ou répétés en chemin.</translation>
    </message>
    <message>
        <source>The IPsec driver dropped a clear-text packet that should have been protected. Microsoft: usually the remote computer changed its IPsec policy without informing this one; it could also be a spoofing attempt.</source>
        <translation>Le pilote IPsec a rejeté un paquet en clair qui aurait dû être protégé. Selon Microsoft&#xa0;: en général, l’ordinateur distant a changé sa stratégie IPsec sans en informer celui-ci&#xa0;; il peut aussi s’agir d’une tentative d’usurpation.</translation>
    </message>
    <message>
        <source>Reconnect so that both sides agree again; if it repeats, tell your VPN provider. If IPsec Doctor found IPsec task offload on the network adapter (Proposals step), turn it off and test again.</source>
        <translation>Reconnectez-vous pour que les deux côtés se remettent d’accord&#xa0;; si cela se répète, prévenez votre fournisseur VPN. Si IPsec Doctor a trouvé le déchargement des tâches IPsec activé sur la carte réseau (étape Propositions), désactivez-le et testez de nouveau.</translation>
    </message>
    <message>
        <source>A packet arrived with a wrong Security Parameter Index (SPI). Microsoft: usually hardware corrupting packets, such as a network adapter doing IPsec task offload, or an interoperability problem with the server&apos;s IPsec implementation.</source>
        <translation>Un paquet est arrivé avec un index de paramètres de sécurité (SPI) incorrect. Selon Microsoft&#xa0;: en général, un matériel qui corrompt les paquets, par exemple une carte réseau qui effectue le déchargement des tâches IPsec, ou un problème d’interopérabilité avec l’implémentation IPsec du serveur.</translation>
    </message>
    <message>
        <source>If IPsec Doctor found IPsec task offload on the network adapter (Proposals step), turn it off in the adapter&apos;s advanced properties and test again; otherwise try another network and tell your VPN provider.</source>
        <translation>Si IPsec Doctor a trouvé le déchargement des tâches IPsec activé sur la carte réseau (étape Propositions), désactivez-le dans les propriétés avancées de la carte et testez de nouveau&#xa0;; sinon, essayez un autre réseau et prévenez votre fournisseur VPN.</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>rank the root causes; write the message for the VPN provider</source>
        <translation>classer les causes&#xa0;; rédiger le message pour le fournisseur du VPN</translation>
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
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The IPsec services of this PC cannot run</source>
        <translation>Les services IPsec de ce PC ne peuvent pas fonctionner</translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is disabled or stopped: Windows cannot negotiate any IPsec connection (error 827).</source>
        <translation>Le service «&#xa0;Modules de génération de clés IKE et AuthIP&#xa0;» ou le service «&#xa0;Moteur de filtrage de base&#xa0;» est désactivé ou arrêté&#xa0;: Windows ne peut négocier aucune connexion IPsec (erreur 827).</translation>
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
        <translation>Windows n’utilise que le mode principal&#xa0;; un serveur configuré en mode agressif ne s’accorde jamais avec lui. Le mode agressif avec clé prépartagée est en outre peu sûr.</translation>
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
        <translation>Ordinateur&#xa0;: %1, build %2 de Windows</translation>
    </message>
    <message>
        <source>Errors and events:</source>
        <translation>Erreurs et événements&#xa0;:</translation>
    </message>
    <message>
        <source>- none recorded</source>
        <translation>- aucun enregistré</translation>
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
    <message>
        <source>Proven</source>
        <translation>Prouvée</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Shown by the server&apos;s answer or by a fact that stops the connection outright.</source>
        <translation>Montrée par la réponse du serveur ou par un fait qui empêche à lui seul la connexion.</translation>
    </message>
    <message>
        <source>An error code or a fact of this computer points to it.</source>
        <translation>Un code d’erreur ou un fait de cet ordinateur l’indique.</translation>
    </message>
    <message>
        <source>One of several readings of the evidence.</source>
        <translation>Une des lectures possibles des éléments.</translation>
    </message>
    <message>
        <source>No VPN connection chosen: the causes are not narrowed to one tunnel type or sign-in method.</source>
        <translation>Aucune connexion VPN choisie&#xa0;: les causes ne sont pas restreintes à un type de tunnel ni à une méthode d’identification.</translation>
    </message>
    <message>
        <source>Server typed in</source>
        <translation>Serveur saisi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PPP user authentication inside the L2TP/IPsec tunnel</source>
        <translation>Authentification PPP de l’utilisateur dans le tunnel L2TP/IPsec</translation>
    </message>
    <message>
        <source>L2TP/IPsec connections need it: without it Windows has no IPsec policy for them (error 791, IKE 13825). IKEv2 connections do not use it.</source>
        <translation>Les connexions L2TP/IPsec en ont besoin&#xa0;: sans lui, Windows n’a pas de stratégie IPsec pour elles (erreur 791, IKE 13825). Les connexions IKEv2 ne l’utilisent pas.</translation>
    </message>
    <message>
        <source>UDP 4500 is blocked on the way to the server</source>
        <translation>UDP 4500 est bloqué sur le chemin du serveur</translation>
    </message>
    <message>
        <source>A NAT router sits between this PC and the server, so IKE moves to UDP port 4500 after the first exchange; the server answered on UDP 500 but nothing came back on UDP 4500.</source>
        <translation>Un routeur NAT se trouve entre ce PC et le serveur, donc IKE passe sur le port UDP 4500 après le premier échange&#xa0;; le serveur a répondu en UDP 500 mais rien n’est revenu en UDP 4500.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, allow UDP 4500 on this network; otherwise send the message below to your VPN provider.</source>
        <translation>Essayez depuis un autre réseau (partage de connexion d’un téléphone). Si cela fonctionne, autorisez UDP 4500 sur ce réseau&#xa0;; sinon envoyez le message ci-dessous à votre fournisseur VPN.</translation>
    </message>
    <message>
        <source>Windows refuses L2TP/IPsec to a server behind NAT</source>
        <translation>Windows refuse L2TP/IPsec vers un serveur derrière un NAT</translation>
    </message>
    <message>
        <source>The server sits behind a NAT router, and by default Windows does not set up L2TP/IPsec with a server behind NAT unless the AssumeUDPEncapsulationContextOnSendRule registry value allows it (typical error 809). A NAT router in front of this PC alone needs no change.</source>
        <translation>Le serveur se trouve derrière un routeur NAT, et par défaut Windows n’établit pas L2TP/IPsec avec un serveur derrière un NAT tant que la valeur de registre AssumeUDPEncapsulationContextOnSendRule ne l’autorise pas (erreur 809 typique). Un routeur NAT devant ce PC seul ne demande aucun changement.</translation>
    </message>
    <message>
        <source>Apply the fix below (it sets the value to 2), then restart the computer.</source>
        <translation>Appliquez la correction ci-dessous (elle règle la valeur sur 2), puis redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>The server has no usable certificate for IKE</source>
        <translation>Le serveur n’a aucun certificat utilisable pour IKE</translation>
    </message>
    <message>
        <source>With EAP sign-in this PC sends no computer certificate: error 13806 means the VPN server found no valid certificate or trusted root of its own for IKEv2.</source>
        <translation>Avec une identification EAP, ce PC n’envoie aucun certificat d’ordinateur&#xa0;: l’erreur 13806 signifie que le serveur VPN n’a trouvé aucun certificat valide ni aucune racine de confiance à lui pour IKEv2.</translation>
    </message>
    <message>
        <source>Send the message below to your VPN provider: the server&apos;s IKEv2 certificate must be installed with its private key and the Server Authentication purpose.</source>
        <translation>Envoyez le message ci-dessous à votre fournisseur VPN&#xa0;: le certificat IKEv2 du serveur doit être installé avec sa clé privée et l’usage «&#xa0;Authentification du serveur&#xa0;».</translation>
    </message>
    <message>
        <source>This PC does not accept the server&apos;s certificate</source>
        <translation>Ce PC n’accepte pas le certificat du serveur</translation>
    </message>
    <message>
        <source>Windows checks the server&apos;s certificate: it must chain to a root in the computer&apos;s Trusted Root Certification Authorities (a root only in your user&apos;s store does not count), carry the Server Authentication purpose, be valid, and name the server you dial (error 13801).</source>
        <translation>Windows vérifie le certificat du serveur&#xa0;: il doit remonter à une racine des Autorités de certification racines de confiance de l’ordinateur (une racine présente seulement dans le magasin de votre utilisateur ne compte pas), porter l’usage «&#xa0;Authentification du serveur&#xa0;», être valide et nommer le serveur que vous appelez (erreur 13801).</translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities, and dial the exact server name of its certificate.</source>
        <translation>Installez le certificat racine de votre fournisseur VPN dans les Autorités de certification racines de confiance de l’ordinateur, et indiquez dans la connexion le nom exact du serveur figurant dans son certificat.</translation>
    </message>
    <message>
        <source>The pre-shared key does not match the server&apos;s</source>
        <translation>La clé prépartagée ne correspond pas à celle du serveur</translation>
    </message>
    <message>
        <source>The server answered, then the IPsec authentication with the pre-shared key failed (error 789): the key typed in this connection differs from the server&apos;s.</source>
        <translation>Le serveur a répondu, puis l’authentification IPsec par clé prépartagée a échoué (erreur 789)&#xa0;: la clé saisie dans cette connexion diffère de celle du serveur.</translation>
    </message>
    <message>
        <source>Open the connection&apos;s properties, Security tab, Advanced settings, and type the pre-shared key again exactly as your VPN provider gave it.</source>
        <translation>Ouvrez les propriétés de la connexion, onglet Sécurité, Paramètres avancés, et saisissez de nouveau la clé prépartagée exactement comme votre fournisseur VPN l’a donnée.</translation>
    </message>
    <message>
        <source>IKE authentication failed</source>
        <translation>L’authentification IKE a échoué</translation>
    </message>
    <message>
        <source>One side rejected the other&apos;s certificate or key. Most often this PC rejects the server&apos;s certificate (purpose, validity, root, name); otherwise the server rejects this PC&apos;s certificate or pre-shared key.</source>
        <translation>Un côté a refusé le certificat ou la clé de l’autre. Le plus souvent, ce PC refuse le certificat du serveur (usage, validité, racine, nom)&#xa0;; sinon le serveur refuse le certificat ou la clé prépartagée de ce PC.</translation>
    </message>
    <message>
        <source>Run the Certificates step with this connection; if it finds nothing, ask your VPN provider which certificate and authority it expects.</source>
        <translation>Lancez l’étape Certificats avec cette connexion&#xa0;; si elle ne trouve rien, demandez à votre fournisseur VPN quel certificat et quelle autorité il attend.</translation>
    </message>
    <message>
        <source>The server refused the user name, the password or the sign-in method its policy allows (in PPP after IPsec with L2TP, in EAP inside IKE_AUTH with IKEv2).</source>
        <translation>Le serveur a refusé le nom d’utilisateur, le mot de passe ou la méthode d’identification que sa stratégie autorise (en PPP après IPsec avec L2TP, en EAP dans IKE_AUTH avec IKEv2).</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>IPsec Doctor version: %1</source>
        <translation>Version d’IPsec Doctor&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last on %1 (UTC)</source>
        <translation>
            <numerusform>%n fois, la dernière le %1 (UTC)</numerusform>
            <numerusform>%n fois, la dernière le %1 (UTC)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this computer explains the failure.</source>
        <translation>Rien sur cet ordinateur n’explique l’échec.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the name of a VPN connection, quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The network drops large packets on the way to the server</source>
        <translation>Le réseau perd les gros paquets en chemin vers le serveur</translation>
    </message>
    <message>
        <source>Small IKE packets reach the server, but a packet as large as the one that carries the certificates is split into IP fragments, and they never arrive: the connection stops after the first exchange.</source>
        <translation>Les petits paquets IKE atteignent le serveur, mais un paquet aussi gros que celui qui transporte les certificats est découpé en fragments IP, et ceux-ci n’arrivent jamais&#xa0;: la connexion s’arrête après le premier échange.</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, ask this network&apos;s administrator to let IP fragments through; otherwise send the message below to your VPN provider (IKEv2 fragmentation on the server avoids it).</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d’un téléphone). Si cela fonctionne, demandez à l’administrateur de ce réseau de laisser passer les fragments IP&#xa0;; sinon, envoyez le message ci-dessous à votre fournisseur VPN (la fragmentation IKEv2 sur le serveur l’évite).</translation>
    </message>
    <message>
        <source>Another program holds the IKE ports of this PC</source>
        <translation>Un autre programme occupe les ports IKE de ce PC</translation>
    </message>
    <message>
        <source>Windows&apos; IKE service needs UDP ports 500 and 4500 of this PC; another program (often another VPN client) holds one of them, so Windows&apos; IKE packets never reach the server or its answers never reach Windows (error 809).</source>
        <translation>Le service IKE de Windows a besoin des ports UDP 500 et 4500 de ce PC&#xa0;; un autre programme (souvent un autre client VPN) occupe l’un d’eux, si bien que les paquets IKE de Windows n’atteignent jamais le serveur ou que ses réponses n’atteignent jamais Windows (erreur 809).</translation>
    </message>
    <message>
        <source>Quit or uninstall the program named above, or stop the service it runs, then restart the computer and connect again.</source>
        <translation>Quittez ou désinstallez le programme nommé ci-dessus, ou arrêtez le service qu’il exécute, puis redémarrez l’ordinateur et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>what an error code or event id means (809, 0x800B0109, 4653)</source>
        <translation>ce que signifie un code d’erreur ou un numéro d’événement (809, 0x800B0109, 4653)</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>&lt;fix-id&gt;</source>
        <translation>&lt;id-correction&gt;</translation>
    </message>
    <message>
        <source>apply a fix (administrator rights needed); undo reverses it</source>
        <translation>appliquer une correction (droits d’administrateur nécessaires)&#xa0;; undo l’annule</translation>
    </message>
    <message>
        <source>Forms that need more than the id:
  fix certificate.import-ca.root|intermediate --file FILE --thumbprint SHA1
  fix profile.ipsec-policy.set --profile NAME --phonebook user|all-users --ipsec-policy P
  fix profile.tunnel-type.set --profile NAME --phonebook user|all-users --strategy TYPE

Fix ids:</source>
        <translation>Formes qui demandent plus que l’identifiant&#xa0;:
  fix certificate.import-ca.root|intermediate --file FICHIER --thumbprint SHA1
  fix profile.ipsec-policy.set --profile NOM --phonebook user|all-users --ipsec-policy P
  fix profile.tunnel-type.set --profile NOM --phonebook user|all-users --strategy TYPE

Identifiants des corrections&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>IPsec Doctor stopped on an unexpected error (%1). Nothing more was done; please report it.</source>
        <translation>IPsec Doctor s’est arrêté sur une erreur inattendue (%1). Rien d’autre n’a été fait&#xa0;; merci de la signaler.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>list the fixes recorded in the journal</source>
        <translation>lister les corrections inscrites au journal</translation>
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
    <message>
        <source>Turn on success and failure auditing of the IPsec subcategories (reversible, needs administrator rights, no restart).</source>
        <translation>Activez l’audit des succès et des échecs des sous-catégories IPsec (réversible, droits d’administrateur nécessaires, sans redémarrage).</translation>
    </message>
    <message>
        <source>Windows did not say why; its events are missing from the timeline.</source>
        <translation>Windows n’a pas dit pourquoi&#xa0;; ses événements manquent à la chronologie.</translation>
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
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>Contre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Conséquence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes (not a cause of a failure here):</source>
        <translation>Remarques (pas la cause d’un échec ici)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LogsFixCatalogue</name>
    <message>
        <source>Turn on IPsec auditing</source>
        <translation>Activer l’audit IPsec</translation>
    </message>
    <message>
        <source>Turn on RAS tracing</source>
        <translation>Activer le suivi RAS</translation>
    </message>
    <message>
        <source>Windows will record the successes and failures of IPsec Main Mode, Quick Mode, Extended Mode and Driver in the Security log, so the next failed connection shows at which phase it fails. Needs administrator rights; no restart. Undo puts back exactly the previous audit settings.</source>
        <translation>Windows enregistrera les succès et les échecs du mode principal, du mode rapide, du mode étendu et du pilote IPsec dans le journal Sécurité&#xa0;: la prochaine connexion qui échoue montrera à quelle phase elle échoue. Droits d’administrateur nécessaires&#xa0;; sans redémarrage. L’annulation rétablit exactement les réglages d’audit précédents.</translation>
    </message>
    <message>
        <source>The RAS components (RASMAN, RASAPI32, RASPPP, RASTLS, RASCHAP, RASTAPI) will write trace files to %windir%\tracing; a diagnostic bundle includes them, without passwords or pre-shared keys. Needs administrator rights; no restart. Turn it off again with Undo once the trace is exported: it restores the previous switches.</source>
        <translation>Les composants RAS (RASMAN, RASAPI32, RASPPP, RASTLS, RASCHAP, RASTAPI) écriront des fichiers de suivi dans %windir%\tracing&#xa0;; une archive de diagnostic les inclut, sans mot de passe ni clé prépartagée. Droits d’administrateur nécessaires&#xa0;; sans redémarrage. Désactivez-le avec «&#xa0;Annuler la correction&#xa0;» une fois le suivi exporté&#xa0;: les réglages précédents sont rétablis.</translation>
    </message>
    <message>
        <source>RAS tracing is off</source>
        <translation>Le suivi RAS est désactivé</translation>
    </message>
    <message>
        <source>This is the normal state. When the logs do not explain a failure, the RAS trace files show each step of the connection attempt in detail.</source>
        <translation>C’est l’état normal. Quand les journaux n’expliquent pas un échec, les fichiers de suivi RAS montrent en détail chaque étape de la tentative de connexion.</translation>
    </message>
    <message>
        <source>Turn on RAS tracing, connect once, then export a diagnostic bundle for support staff.</source>
        <translation>Activez le suivi RAS, connectez-vous une fois, puis exportez une archive de diagnostic pour le support.</translation>
    </message>
    <message>
        <source>RAS tracing is on</source>
        <translation>Le suivi RAS est activé</translation>
    </message>
    <message>
        <source>These components write trace files: %1. A diagnostic bundle includes them.</source>
        <translation>Ces composants écrivent des fichiers de suivi&#xa0;: %1. Une archive de diagnostic les inclut.</translation>
    </message>
    <message>
        <source>Once the trace is exported, turn tracing off again (Undo): it slows RAS a little and the files keep growing.</source>
        <translation>Une fois le suivi exporté, désactivez-le («&#xa0;Annuler la correction&#xa0;»)&#xa0;: il ralentit un peu RAS et les fichiers ne cessent de grossir.</translation>
    </message>
    <message>
        <source>IPsec auditing: not checked (needs administrator rights).</source>
        <translation>Audit IPsec&#xa0;: non vérifié (droits d’administrateur nécessaires).</translation>
    </message>
    <message>
        <source>IPsec auditing: on.</source>
        <translation>Audit IPsec&#xa0;: activé.</translation>
    </message>
    <message>
        <source>IPsec auditing: off for some IPsec subcategories.</source>
        <translation>Audit IPsec&#xa0;: désactivé pour certaines sous-catégories IPsec.</translation>
    </message>
    <message>
        <source>RAS tracing: not checked.</source>
        <translation>Suivi RAS&#xa0;: non vérifié.</translation>
    </message>
    <message>
        <source>RAS tracing: off.</source>
        <translation>Suivi RAS&#xa0;: désactivé.</translation>
    </message>
    <message>
        <source>RAS tracing: on for %1 of %2 components.</source>
        <translation>Suivi RAS&#xa0;: activé pour %1 composants sur %2.</translation>
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
    <message>
        <source>The VPN server does not answer on UDP port 4500</source>
        <translation>Le serveur VPN ne répond pas sur le port UDP 4500</translation>
    </message>
    <message>
        <source>IKE starts on UDP port 500, then moves to port 4500 because a NAT router is on the way; that port gets no answer here, so the connection stops there (error 809).</source>
        <translation>IKE commence sur le port UDP 500, puis passe sur le port 4500 parce qu’un routeur NAT se trouve sur le chemin&#xa0;; ce port ne répond pas ici, la connexion s’arrête donc là (erreur 809).</translation>
    </message>
    <message>
        <source>IKE starts on UDP port 500 and moves to port 4500 behind a NAT router (home boxes, hotels, mobile networks); that port gets no answer here, so the VPN will fail on such networks (error 809).</source>
        <translation>IKE commence sur le port UDP 500 et passe sur le port 4500 derrière un routeur NAT (box, hôtels, réseaux mobiles)&#xa0;; ce port ne répond pas ici, le VPN échouera donc sur ces réseaux (erreur 809).</translation>
    </message>
    <message>
        <source>Ask the network or VPN administrator to allow UDP port 4500 to the server, like UDP port 500.</source>
        <translation>Demandez à l’administrateur du réseau ou du VPN d’autoriser le port UDP 4500 vers le serveur, comme le port UDP 500.</translation>
    </message>
    <message>
        <source>The VPN server answers on UDP port 4500 (NAT traversal)</source>
        <translation>Le serveur VPN répond sur le port UDP 4500 (traversée de NAT)</translation>
    </message>
    <message>
        <source>IKE can move to port 4500 behind a NAT router, as Windows does.</source>
        <translation>IKE peut passer sur le port 4500 derrière un routeur NAT, comme le fait Windows.</translation>
    </message>
    <message>
        <source>No NAT router between this computer and the server</source>
        <translation>Aucun routeur NAT entre cet ordinateur et le serveur</translation>
    </message>
    <message>
        <source>Addresses are not translated on the way, so IKE stays on UDP port 500.</source>
        <translation>Les adresses ne sont pas traduites en chemin&#xa0;: IKE reste donc sur le port UDP 500.</translation>
    </message>
    <message>
        <source>The server accepts no IKEv2 encryption settings Windows can use</source>
        <translation>Le serveur n’accepte aucun réglage de chiffrement IKEv2 utilisable par Windows</translation>
    </message>
    <message>
        <source>Neither Windows&apos; default IKEv2 proposals nor any custom policy Windows can be set to is accepted: the connection fails with error 13868.</source>
        <translation>Ni les propositions IKEv2 par défaut de Windows ni aucune stratégie personnalisée que Windows peut recevoir ne sont acceptées&#xa0;: la connexion échoue avec l’erreur 13868.</translation>
    </message>
    <message>
        <source>The server accepts no L2TP/IPsec encryption settings Windows can use</source>
        <translation>Le serveur n’accepte aucun réglage de chiffrement L2TP/IPsec utilisable par Windows</translation>
    </message>
    <message>
        <source>Neither Windows&apos; L2TP/IPsec proposals nor any custom policy Windows can be set to is accepted in IKEv1 Main Mode: the connection fails with error 788.</source>
        <translation>Ni les propositions L2TP/IPsec de Windows ni aucune stratégie personnalisée que Windows peut recevoir ne sont acceptées en mode principal IKEv1&#xa0;: la connexion échoue avec l’erreur 788.</translation>
    </message>
    <message>
        <source>The server refuses the encryption settings Windows proposes for L2TP/IPsec</source>
        <translation>Le serveur refuse les réglages de chiffrement que Windows propose pour L2TP/IPsec</translation>
    </message>
    <message>
        <source>None of the IKEv1 Main Mode proposals this connection sends is accepted, so the L2TP/IPsec connection fails with error 788. The server accepts: %1.</source>
        <translation>Aucune des propositions en mode principal IKEv1 qu’envoie cette connexion n’est acceptée&#xa0;: la connexion L2TP/IPsec échoue avec l’erreur 788. Le serveur accepte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server accepts Windows&apos; L2TP/IPsec proposals</source>
        <translation>Le serveur accepte les propositions L2TP/IPsec de Windows</translation>
    </message>
    <message>
        <source>IKEv2</source>
        <translation>IKEv2</translation>
    </message>
    <message>
        <source>L2TP/IPsec</source>
        <translation>L2TP/IPsec</translation>
    </message>
    <message>
        <source>Windows&apos; proposals accepted (%1)</source>
        <translation>propositions de Windows acceptées (%1)</translation>
    </message>
    <message>
        <source>Windows&apos; proposals refused; a custom policy would work</source>
        <translation>propositions de Windows refusées&#xa0;; une stratégie personnalisée fonctionnerait</translation>
    </message>
    <message>
        <source>nothing Windows can send is accepted</source>
        <translation>rien de ce que Windows peut envoyer n’est accepté</translation>
    </message>
    <message>
        <source>Windows&apos; proposals refused; the server stopped answering before the others were tried</source>
        <translation>propositions de Windows refusées&#xa0;; le serveur a cessé de répondre avant que les autres soient essayées</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Large packets do not reach the server</source>
        <translation>Les gros paquets n’atteignent pas le serveur</translation>
    </message>
    <message>
        <source>A %1-byte IKE packet, split into IP fragments on the way, got no answer while small ones do. IKEv2 can still work: Windows and this server split large IKE messages themselves (IKEv2 fragmentation). L2TP/IPsec with certificates would fail here.</source>
        <translation>Un paquet IKE de %1&#xa0;octets, découpé en fragments IP en chemin, est resté sans réponse alors que les petits en reçoivent une. IKEv2 peut tout de même fonctionner&#xa0;: Windows et ce serveur découpent eux-mêmes les gros messages IKE (fragmentation IKEv2). L2TP/IPsec avec des certificats échouerait ici.</translation>
    </message>
    <message>
        <source>A %1-byte IKE packet, split into IP fragments on the way, got no answer while small ones do. Sign-in with certificates sends packets that large, so the connection stops after the first exchange (error 809 or 13805).</source>
        <translation>Un paquet IKE de %1&#xa0;octets, découpé en fragments IP en chemin, est resté sans réponse alors que les petits en reçoivent une. La connexion par certificat envoie des paquets de cette taille&#xa0;: elle s’arrête donc après le premier échange (erreur 809 ou 13805).</translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, this network drops IP fragments: ask its administrator to let them through, or the VPN provider to enable IKEv2 fragmentation.</source>
        <translation>Essayez depuis un autre réseau (le partage de connexion d’un téléphone). Si cela fonctionne, ce réseau perd les fragments IP&#xa0;: demandez à son administrateur de les laisser passer, ou au fournisseur VPN d’activer la fragmentation IKEv2.</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>arrivés</translation>
    </message>
    <message>
        <source>dropped on the way</source>
        <translation>perdus en chemin</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>This server can split IKEv2 messages, but this version of Windows cannot (IKEv2 fragmentation came with Windows 10 version 1803).</source>
        <translation>Ce serveur sait découper les messages IKEv2, mais cette version de Windows ne le sait pas (la fragmentation IKEv2 est arrivée avec Windows 10 version 1803).</translation>
    </message>
    <message>
        <source>Update Windows: from Windows 10 version 1803 on, IKEv2 connections split their large messages and no longer need IP fragments.</source>
        <translation>Mettez Windows à jour&#xa0;: à partir de Windows 10 version 1803, les connexions IKEv2 découpent leurs gros messages et n’ont plus besoin de fragments IP.</translation>
    </message>
    <message>
        <source>This server can split IKEv2 messages, but this connection has IKEv2 fragmentation turned off (Disable_IKEv2_Fragmentation=1 in its phonebook entry).</source>
        <translation>Ce serveur sait découper les messages IKEv2, mais la fragmentation IKEv2 est désactivée pour cette connexion (Disable_IKEv2_Fragmentation=1 dans son entrée de l’annuaire).</translation>
    </message>
    <message>
        <source>Turn IKEv2 fragmentation back on for this connection: set Disable_IKEv2_Fragmentation to 0 in its entry of rasphone.pbk, then reconnect.</source>
        <translation>Réactivez la fragmentation IKEv2 pour cette connexion&#xa0;: mettez Disable_IKEv2_Fragmentation à 0 dans son entrée de rasphone.pbk, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>IKEv2 connections can work from here. If one still fails, or for L2TP/IPsec with certificates, try from another network (a phone hotspot); if it works there, ask this network&apos;s administrator to let IP fragments through.</source>
        <translation>Les connexions IKEv2 peuvent fonctionner d’ici. Si l’une échoue encore, ou pour L2TP/IPsec avec certificats, essayez depuis un autre réseau (le partage de connexion d’un téléphone)&#xa0;; si cela fonctionne, demandez à l’administrateur de ce réseau de laisser passer les fragments IP.</translation>
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
        <source>IKEv1 Main Mode (L2TP/IPsec): Windows&apos; proposals accepted: %1</source>
        <translation>IKEv1 en mode principal (L2TP/IPsec)&#xa0;: propositions de Windows acceptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strongest policy both sides support for %1: %2</source>
        <translation>Stratégie la plus robuste prise en charge des deux côtés pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verdict for %1</source>
        <translation>Verdict pour %1</translation>
    </message>
    <message>
        <source>Large packets (%1 bytes, IP fragments): UDP 500 %2, UDP 4500 %3</source>
        <translation>Gros paquets (%1&#xa0;octets, fragments IP)&#xa0;: UDP 500 %2, UDP 4500 %3</translation>
    </message>
</context>
<context>
    <name>ProbeServerCommand</name>
    <message>
        <source>HOST | [HOST] --profile NAME</source>
        <translation>HÔTE | [HÔTE] --profile NOM</translation>
    </message>
    <message>
        <source>ask a VPN server what it accepts</source>
        <translation>demander à un serveur VPN ce qu’il accepte</translation>
    </message>
    <message>
        <source>The probe sends the IKE packets Windows would send, from an ephemeral UDP port, and
nothing secret. With --profile, it offers what Windows offers for that VPN profile, to
its server unless HOST is given.
Sets (--windows-set): windows10-default, windows11-default, dh2048-aes256-enabled
(Windows 11), windows10-dh2048-aes256-enabled, dh2048-aes256-enforced.
--policy takes the six Set-VpnConnectionIPsecConfiguration values of a custom policy,
e.g. AES256,SHA256,Group14,AES256,SHA256128,None.</source>
        <translation>L’interrogation envoie les paquets IKE qu’enverrait Windows, depuis un port UDP éphémère, et
rien de secret. Avec --profile, elle propose ce que Windows propose pour ce profil VPN, à
son serveur sauf si HÔTE est indiqué.
Jeux (--windows-set)&#xa0;: windows10-default, windows11-default, dh2048-aes256-enabled
(Windows 11), windows10-dh2048-aes256-enabled, dh2048-aes256-enforced.
--policy prend les six valeurs de Set-VpnConnectionIPsecConfiguration d’une stratégie personnalisée,
par exemple AES256,SHA256,Group14,AES256,SHA256128,None.</translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>The --policy values are not a policy Windows accepts (see --help).</source>
        <translation>Les valeurs de --policy ne forment pas une stratégie acceptée par Windows (voir --help).</translation>
    </message>
    <message>
        <source>Cannot probe for this profile: %1</source>
        <translation>Impossible d’interroger le serveur pour ce profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>list the VPN profiles of the phonebooks</source>
        <translation>lister les profils VPN des annuaires</translation>
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
        <translation>La phase 1 peut aboutir&#xa0;: la proposition la plus forte acceptée des deux côtés est %1.</translation>
    </message>
    <message>
        <source>The server refuses Windows&apos; key exchange group</source>
        <translation>Le serveur refuse le groupe d’échange de clés de Windows</translation>
    </message>
    <message>
        <source>Windows offers the Diffie-Hellman group %1; the server only accepts %2. The connection fails in phase 1 (usually error 13868 or 809).</source>
        <translation>Windows propose le groupe Diffie-Hellman %1&#xa0;; le serveur n’accepte que %2. La connexion échoue en phase 1 (en général erreur 13868 ou 809).</translation>
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
        <translation>Le profil n’envoie que %1&#xa0;; le serveur accepte %2.</translation>
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
        <translation>Windows négocie L2TP/IPsec uniquement en mode principal&#xa0;; avec un serveur qui exige le mode agressif, la phase 1 n’aboutit jamais.</translation>
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
        <translation>En mode agressif, le serveur envoie une empreinte de la clé prépartagée qu’un espion peut attaquer hors ligne.</translation>
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
        <translation>Il y a un NAT entre ce PC et le serveur, et Windows n’établit pas L2TP/IPsec à travers un NAT tant que AssumeUDPEncapsulationContextOnSendRule ne vaut pas 2 (actuellement&#xa0;: %1). Résultat typique&#xa0;: erreur 809.</translation>
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
        <translation>La phase 2 échoue&#xa0;: aucune proposition ESP commune</translation>
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
        <translation>Les profils SSTP et PPTP ne négocient pas de propositions IKE&#xa0;: cette étape ne s’applique pas.</translation>
    </message>
    <message>
        <source>IPsec is switched off for L2TP (ProhibitIpSec = 1)</source>
        <translation>IPsec est désactivé pour L2TP (ProhibitIpSec = 1)</translation>
    </message>
    <message>
        <source>Windows will not protect L2TP with IPsec: servers that require IPsec refuse it, and the traffic is not encrypted by IPsec.</source>
        <translation>Windows ne protège pas L2TP par IPsec&#xa0;: les serveurs qui exigent IPsec le refusent, et le trafic n’est pas chiffré par IPsec.</translation>
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
        <translation>Windows accepte DES et MD5 pour L2TP/IPsec&#xa0;: c’est un risque de sécurité.</translation>
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
        <translation>Windows proposera&#xa0;: %1 (groupe d’échange de clés %2).</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>Le serveur n’a pas répondu</translation>
    </message>
    <message>
        <source>Nothing came back on UDP port 500: proposals cannot be compared.</source>
        <translation>Aucune réponse sur le port UDP 500&#xa0;: impossible de comparer les propositions.</translation>
    </message>
    <message>
        <source>Check the server name and that UDP 500 and 4500 are open.</source>
        <translation>Vérifiez le nom du serveur et que les ports UDP 500 et 4500 sont ouverts.</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <translation>Propositions&#xa0;: %1</translation>
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
        <translation>Écrit une stratégie IPsec personnalisée dans le profil VPN, le même réglage que Set-VpnConnectionIPsecConfiguration. L’annulation rétablit les réglages précédents du profil.</translation>
    </message>
    <message>
        <source>Changes the tunnel type of the VPN profile. Undo restores the previous one.</source>
        <translation>Change le type de tunnel du profil VPN. L’annulation rétablit le précédent.</translation>
    </message>
    <message>
        <source>Sets NegotiateDH2048_AES256 to 1: every IKEv2 VPN on this PC also offers AES-256 with group 14. Undo restores the previous value (or removes it).</source>
        <translation>Règle NegotiateDH2048_AES256 sur 1&#xa0;: chaque VPN IKEv2 de ce PC propose aussi AES-256 avec le groupe 14. L’annulation rétablit la valeur précédente (ou la supprime).</translation>
    </message>
    <message>
        <source>Sets AssumeUDPEncapsulationContextOnSendRule to 2 so that L2TP/IPsec works when this PC and the server are both behind NAT. Undo restores the previous value (or removes it).</source>
        <translation>Règle AssumeUDPEncapsulationContextOnSendRule sur 2 pour que L2TP/IPsec fonctionne quand ce PC et le serveur sont tous deux derrière un NAT. L’annulation rétablit la valeur précédente (ou la supprime).</translation>
    </message>
    <message>
        <source>Takes effect the next time you connect the VPN.</source>
        <translation>Prend effet à la prochaine connexion du VPN.</translation>
    </message>
    <message>
        <source>Takes effect after the Remote Access Connection Manager restarts (or the PC restarts); then reconnect the VPN.</source>
        <translation>Prend effet après le redémarrage du Gestionnaire des connexions d’accès à distance (ou du PC)&#xa0;; reconnectez ensuite le VPN.</translation>
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
        <translation>clé prépartagée</translation>
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
        <translation>%1 — serveur %2, %3 (%4), %5, stratégie IPsec&#xa0;: %6, tunnel fractionné&#xa0;: %7 [%8]</translation>
    </message>
    <message>
        <source>no strategy</source>
        <translation>pas de stratégie</translation>
    </message>
    <message>
        <source>Phase 1 (IKE) is where the PC and the server agree on algorithms and prove who they are. In main mode, identities are exchanged only once the channel is encrypted. Aggressive mode is faster but sends them in the clear, with a hash of the pre-shared key that can be cracked offline. Windows always uses main mode for L2TP/IPsec.</source>
        <translation>La phase 1 (IKE) est le moment où le PC et le serveur s’accordent sur les algorithmes et prouvent qui ils sont. En mode principal, les identités ne sont échangées qu’une fois le canal chiffré. Le mode agressif est plus rapide mais les envoie en clair, avec une empreinte de la clé prépartagée qui peut être cassée hors ligne. Windows utilise toujours le mode principal pour L2TP/IPsec.</translation>
    </message>
    <message>
        <source>NAT (a home or hotel router) rewrites addresses, which breaks IPsec unless both sides wrap it in UDP port 4500 (NAT-T). IKEv2 does this by itself. For L2TP/IPsec, Windows refuses it when the server is also behind NAT unless AssumeUDPEncapsulationContextOnSendRule is set to 2.</source>
        <translation>Le NAT (une box ou le routeur d’un hôtel) réécrit les adresses, ce qui casse IPsec sauf si les deux côtés l’encapsulent dans le port UDP 4500 (NAT-T). IKEv2 le fait tout seul. Pour L2TP/IPsec, Windows le refuse quand le serveur est lui aussi derrière un NAT, sauf si AssumeUDPEncapsulationContextOnSendRule vaut 2.</translation>
    </message>
    <message>
        <source>A network adapter encrypts IPsec itself (task offload)</source>
        <translation>Une carte réseau chiffre elle-même IPsec (déchargement des tâches)</translation>
    </message>
    <message>
        <source>IPsec task offload is on for: %1. With a faulty driver, phase 1 succeeds and then no data passes (phase 2).</source>
        <translation>Le déchargement des tâches IPsec est activé pour&#xa0;: %1. Avec un pilote défectueux, la phase 1 réussit puis aucune donnée ne passe (phase 2).</translation>
    </message>
    <message>
        <source>If the VPN connects but nothing passes, update the adapter&apos;s driver, or turn off &quot;IPsec Offload&quot; in the adapter&apos;s Advanced properties to test.</source>
        <translation>Si le VPN se connecte mais que rien ne passe, mettez à jour le pilote de la carte, ou désactivez «&#xa0;IPsec Offload&#xa0;» dans ses propriétés avancées pour tester.</translation>
    </message>
    <message>
        <source>A Diffie-Hellman group is the mathematics both sides use to create a shared key. For IKEv2, Windows offers only group 2 (MODP 1024) by default, which modern servers refuse as too weak; L2TP/IPsec already offers elliptic curves and group 14. A custom IPsec policy on the IKEv2 profile, or NegotiateDH2048_AES256, makes Windows offer group 14 (MODP 2048) or elliptic curves.</source>
        <translation>Un groupe Diffie-Hellman est la mathématique qu’utilisent les deux côtés pour créer une clé partagée. Pour IKEv2, Windows ne propose par défaut que le groupe 2 (MODP 1024), que les serveurs modernes refusent car trop faible&#xa0;; L2TP/IPsec propose déjà des courbes elliptiques et le groupe 14. Une stratégie IPsec personnalisée sur le profil IKEv2, ou NegotiateDH2048_AES256, fait proposer à Windows le groupe 14 (MODP 2048) ou des courbes elliptiques.</translation>
    </message>
    <message>
        <source>Apply the recommended IPsec settings to the VPN profile (%1). Phase 2 was not tested: they set ESP to the first proposal Windows offers by default (%2).</source>
        <translation>Appliquez les réglages IPsec recommandés au profil VPN (%1). La phase 2 n’a pas été testée&#xa0;: ils règlent ESP sur la première proposition que Windows fait par défaut (%2).</translation>
    </message>
    <message>
        <source>The server refuses every L2TP/IPsec proposal Windows sends by default</source>
        <translation>Le serveur refuse toutes les propositions L2TP/IPsec qu’envoie Windows par défaut</translation>
    </message>
    <message>
        <source>The server accepts %1 in IKEv1 Main Mode, which Windows does not offer without a custom IPsec policy. The L2TP/IPsec connection fails in phase 1 (error 788).</source>
        <translation>Le serveur accepte %1 en mode principal IKEv1, ce que Windows ne propose pas sans stratégie IPsec personnalisée. La connexion L2TP/IPsec échoue en phase 1 (erreur 788).</translation>
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
        <translation>Windows propose (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>   &lt;- accepted by the server</source>
        <translation>   &lt;- accepté par le serveur</translation>
    </message>
    <message>
        <source>ESP: %1</source>
        <translation>ESP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server accepts: %1</source>
        <translation>Le serveur accepte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation>Correctif (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2).</source>
        <translation>Annulé&#xa0;: %1 (entrée de journal %2).</translation>
    </message>
    <message>
        <source>Applied: %1 (journal entry %2).</source>
        <translation>Appliqué&#xa0;: %1 (entrée de journal %2).</translation>
    </message>
    <message>
        <source>To undo it: ipsecdoctor-cli undo %1</source>
        <translation>Pour l’annuler&#xa0;: ipsecdoctor-cli undo %1</translation>
    </message>
    <message>
        <source>No VPN profile found.</source>
        <translation>Aucun profil VPN trouvé.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien de trouvé</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur&#xa0;:</translation>
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
    <message>
        <source>The VPN fails, and nothing on this computer explains it: see the message for your VPN provider.</source>
        <translation>Le VPN échoue et rien sur cet ordinateur ne l’explique&#xa0;: voyez le message pour votre fournisseur VPN.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Error %1: %2</source>
        <translation>Erreur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
    </message>
</context>
<context>
    <name>TransportCatalogue</name>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <source>which programs hold the IKE ports (UDP 500 and 4500)</source>
        <translation>quels programmes occupent les ports IKE (UDP 500 et 4500)</translation>
    </message>
    <message>
        <source>which network filters are installed</source>
        <translation>quels filtres réseau sont installés</translation>
    </message>
    <message>
        <source>Windows&apos; IKE service and %1 both listen on UDP port %2 of this computer. The server&apos;s answers can reach the other program instead of Windows, and the VPN fails now and then (error 809 or 13801).</source>
        <translation>Le service IKE de Windows et %1 écoutent tous deux sur le port UDP %2 de cet ordinateur. Les réponses du serveur peuvent arriver à l’autre programme au lieu de Windows, et le VPN échoue de temps en temps (erreur 809 ou 13801).</translation>
    </message>
    <message>
        <source>Windows&apos; IKE service (IKEEXT) needs UDP port %2 of this computer for the VPN, but %1 holds it. Windows cannot use the port, so every IKE negotiation fails (often error 809).</source>
        <translation>Le service IKE de Windows (IKEEXT) a besoin du port UDP %2 de cet ordinateur pour le VPN, mais %1 l’occupe. Windows ne peut pas utiliser ce port&#xa0;: chaque négociation IKE échoue donc (souvent avec l’erreur 809).</translation>
    </message>
    <message>
        <source>Quit or uninstall %1 (often another VPN client), restart the computer and try again.</source>
        <translation>Quittez ou désinstallez %1 (souvent un autre client VPN), redémarrez l’ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>Stop or disable the service %2 that %1 runs (Internet Connection Sharing, Hyper-V networking or another VPN client hold these ports), restart the computer and try again.</source>
        <translation>Arrêtez ou désactivez le service %2 qu’exécute %1 (le partage de connexion Internet, le réseau Hyper-V ou un autre client VPN occupent ces ports), redémarrez l’ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>Another program holds UDP port %1: %2</source>
        <translation>Un autre programme occupe le port UDP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Network filters from other vendors are installed: %1</source>
        <translation>Des filtres réseau d’autres éditeurs sont installés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>These programs (antivirus, firewall or VPN software) filter network traffic inside Windows, with %n filtering driver(s) of their own. One of them can drop IKE packets before Windows sees them.</source>
        <translation>
            <numerusform>Ces programmes (antivirus, pare-feu ou logiciel VPN) filtrent le trafic réseau à l’intérieur de Windows, avec %n pilote de filtrage qui leur est propre. L’un d’eux peut rejeter des paquets IKE avant que Windows ne les voie.</numerusform>
            <numerusform>Ces programmes (antivirus, pare-feu ou logiciel VPN) filtrent le trafic réseau à l’intérieur de Windows, avec %n pilotes de filtrage qui leur sont propres. L’un d’eux peut rejeter des paquets IKE avant que Windows ne les voie.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the VPN fails while the server answers IPsec Doctor&apos;s questions, turn these programs&apos; network protection off for a test, or ask their vendor.</source>
        <translation>Si le VPN échoue alors que le serveur répond aux questions d’IPsec Doctor, désactivez la protection réseau de ces programmes le temps d’un essai, ou interrogez leur éditeur.</translation>
    </message>
    <message>
        <source>Windows gives this information to administrators only: run IPsec Doctor as an administrator to see it.</source>
        <translation>Windows ne donne cette information qu’aux administrateurs&#xa0;: lancez IPsec Doctor en tant qu’administrateur pour la voir.</translation>
    </message>
    <message>
        <source>This system does not provide it.</source>
        <translation>Ce système ne la fournit pas.</translation>
    </message>
    <message>
        <source>Windows returned an error (%1, code %2).</source>
        <translation>Windows a renvoyé une erreur (%1, code %2).</translation>
    </message>
    <message>
        <source>Could not check %1</source>
        <translation>Impossible de vérifier %1</translation>
    </message>
    <message>
        <source>This computer, UDP port %1: %2</source>
        <translation>Cet ordinateur, port UDP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>free (Windows&apos; IKE service opens it when the VPN dials)</source>
        <translation>libre (le service IKE de Windows l’ouvre quand le VPN se connecte)</translation>
    </message>
    <message>
        <source>Network filters from other vendors: %1</source>
        <translation>Filtres réseau d’autres éditeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Windows&apos; IKE service in %1</source>
        <translation>le service IKE de Windows dans %1</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>&lt;journal-id&gt; | --last</source>
        <translation>&lt;id-journal&gt; | --last</translation>
    </message>
    <message>
        <source>undo a fix recorded in the journal</source>
        <translation>annuler une correction inscrite au journal</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::CertificateCard</name>
    <message>
        <source>Server Authentication</source>
        <translation>Authentification du serveur</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation>Intermédiaire IKE de sécurité IP</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Tous les usages</translation>
    </message>
    <message>
        <source>Not needed by this connection.</source>
        <translation>Inutile pour cette connexion.</translation>
    </message>
    <message>
        <source>%1 — %2, valid until %3</source>
        <translation>%1 — %2, valide jusqu’au %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the thumbprint, to compare it or search for it in certlm.msc.</source>
        <translation>Copie l’empreinte, pour la comparer ou la rechercher dans certlm.msc.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>du %1 au %2 (%n jour restant)</numerusform>
            <numerusform>du %1 au %2 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Usages</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>any (no restriction)</source>
        <translation>tous (aucune restriction)</translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation>%1 (adresse IP)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <source>? (issuer not found)</source>
        <translation>? (émetteur introuvable)</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Key hash (IKE CERTREQ)</source>
        <translation>Hachage de la clé (IKE CERTREQ)</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::CertificatesPage</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisissez le certificat de l’autorité</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Certificats (*.cer *.crt *.pem *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The fix did not complete: %1</source>
        <translation>Le correctif n’a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Undo removes exactly this certificate.</source>
        <translation>«&#xa0;%1&#xa0;» importé. L’annulation retire exactement ce certificat.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; again.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>The certificates this VPN connection needs, whether Windows can use them, and which certification authorities the server trusts.</source>
        <translation>Les certificats dont cette connexion VPN a besoin, si Windows peut les utiliser, et les autorités de certification que le serveur approuve.</translation>
    </message>
    <message>
        <source>This VPN signs in with:</source>
        <translation>Ce VPN s’authentifie avec&#xa0;:</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Choose the method your IT department set up: it decides which certificates matter.</source>
        <translation>Choisissez la méthode configurée par votre service informatique&#xa0;: elle détermine les certificats nécessaires.</translation>
    </message>
    <message>
        <source>Reading the certificate stores…</source>
        <translation>Lecture des magasins de certificats…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>This diagnostic bundle holds no certificates (made by an older IPsec Doctor).</source>
        <translation>Cette archive de diagnostic ne contient aucun certificat (créée par une version plus ancienne d’IPsec Doctor).</translation>
    </message>
    <message>
        <source>Certificate problems stop this VPN from connecting.</source>
        <translation>Des problèmes de certificats empêchent ce VPN de se connecter.</translation>
    </message>
    <message>
        <source>The certificates work, with warnings.</source>
        <translation>Les certificats fonctionnent, avec des avertissements.</translation>
    </message>
    <message>
        <source>No certificate problem found.</source>
        <translation>Aucun problème de certificat trouvé.</translation>
    </message>
    <message>
        <source>What the server asks for: not known yet. Probing the server tells which certification authorities it accepts.</source>
        <translation>Ce que demande le serveur&#xa0;: pas encore connu. Interroger le serveur indique les autorités de certification qu’il accepte.</translation>
    </message>
    <message>
        <source>%1 — installed here (%2)</source>
        <translation>%1 — installée ici (%2)</translation>
    </message>
    <message>
        <source>%1 — not installed here</source>
        <translation>%1 — absente de cet ordinateur</translation>
    </message>
    <message>
        <source>The server accepts certificates from these authorities:</source>
        <translation>Le serveur accepte les certificats de ces autorités&#xa0;:</translation>
    </message>
    <message>
        <source>This is a diagnostic bundle from another computer: nothing can be changed.</source>
        <translation>Ceci est une archive de diagnostic d’un autre ordinateur&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Only on Windows, for this computer.</source>
        <translation>Uniquement sous Windows, pour cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add this certificate to %1?

%2
Issued by: %3
Valid from %4 to %5
Thumbprint (SHA-1): %6

Check the thumbprint with your IT department before trusting it. Undo removes exactly this certificate.</source>
        <translation>Ajouter ce certificat à %1&#xa0;?

%2
Émis par&#xa0;: %3
Valide du %4 au %5
Empreinte (SHA-1)&#xa0;: %6

Vérifiez l’empreinte avec votre service informatique avant de lui faire confiance. L’annulation retire exactement ce certificat.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>The certificate stores cannot be read on this system.</source>
        <translation>Les magasins de certificats ne peuvent pas être lus sur ce système.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ConnectionPicker</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>VPN connection to diagnose</source>
        <translation>Connexion VPN à diagnostiquer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>vpn.example.com</source>
        <translation>vpn.example.com</translation>
    </message>
    <message>
        <source>IKEv2</source>
        <translation>IKEv2</translation>
    </message>
    <message>
        <source>L2TP/IPsec</source>
        <translation>L2TP/IPsec</translation>
    </message>
    <message>
        <source>The only VPN connection: %1</source>
        <translation>La seule connexion VPN&#xa0;: %1</translation>
    </message>
    <message>
        <source>Let IPsec Doctor choose (the one that failed)</source>
        <translation>Laisser IPsec Doctor choisir (celle qui a échoué)</translation>
    </message>
    <message>
        <source>A server without a VPN connection…</source>
        <translation>Un serveur sans connexion VPN…</translation>
    </message>
    <message>
        <source>The checks and the diagnosis are judged for this connection: its tunnel type and sign-in method decide which causes can apply.</source>
        <translation>Les vérifications et le diagnostic portent sur cette connexion&#xa0;: son type de tunnel et sa méthode d’identification décident des causes possibles.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ConnectivityPanel</name>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the question was cancelled</source>
        <translation>la question a été annulée</translation>
    </message>
    <message>
        <source>answers in %1 ms</source>
        <translation>répond en %1&#xa0;ms</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>answered, then stopped answering (the server limits how often it is asked)</source>
        <translation>a répondu, puis a cessé de répondre (le serveur limite la fréquence des demandes)</translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation>injoignable (%1)</translation>
    </message>
    <message>
        <source>no answer at all (a firewall may drop UDP 500)</source>
        <translation>aucune réponse (un pare-feu bloque peut-être UDP 500)</translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation>le nom ne se résout pas</translation>
    </message>
    <message>
        <source>could not be asked (%1)</source>
        <translation>n’a pas pu être interrogé (%1)</translation>
    </message>
    <message>
        <source>Server %1 on UDP port %2: %3</source>
        <translation>Serveur %1 sur le port UDP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>UDP port 4500 (NAT traversal): %1</source>
        <translation>Port UDP 4500 (traversée de NAT)&#xa0;: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Address translation (NAT): not known</source>
        <translation>Traduction d’adresses (NAT)&#xa0;: inconnue</translation>
    </message>
    <message>
        <source>Address translation (NAT) between this PC and the server: yes</source>
        <translation>Traduction d’adresses (NAT) entre ce PC et le serveur&#xa0;: oui</translation>
    </message>
    <message>
        <source>Address translation (NAT) between this PC and the server: no</source>
        <translation>Traduction d’adresses (NAT) entre ce PC et le serveur&#xa0;: non</translation>
    </message>
    <message>
        <source>Server software: %1</source>
        <translation>Logiciel du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate authorities the server asks for: %1</source>
        <translation>Autorités de certification demandées par le serveur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) sent</source>
        <translation>
            <numerusform>%n paquet envoyé</numerusform>
            <numerusform>%n paquets envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers IKEv1 aggressive mode (a security risk with pre-shared keys)</source>
        <translation>Le serveur répond en mode agressif IKEv1 (un risque de sécurité avec les clés prépartagées)</translation>
    </message>
    <message>
        <source>UDP 500: %1, UDP 4500: %2</source>
        <translation>UDP 500&#xa0;: %1, UDP 4500&#xa0;: %2</translation>
    </message>
    <message>
        <source>Large packets (%1 bytes, IP fragments): %2</source>
        <translation>Gros paquets (%1&#xa0;octets, fragments IP)&#xa0;: %2</translation>
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
        <translation>Le journal n’a pas pu être ouvert&#xa0;: %1</translation>
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
        <translation>Événements récents&#xa0;:</translation>
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
        <translation>Les journaux n’ont pas encore été lus&#xa0;: revenez en arrière et lancez les vérifications.</translation>
    </message>
    <message>
        <source>No log to show: open a saved log, or a diagnostic bundle from the first page.</source>
        <translation>Aucun journal à afficher&#xa0;: ouvrez un journal enregistré, ou une archive de diagnostic depuis la première page.</translation>
    </message>
    <message numerus="yes">
        <source>Saved log %1: %n event(s) read.</source>
        <translation>
            <numerusform>Journal enregistré %1&#xa0;: %n événement lu.</numerusform>
            <numerusform>Journal enregistré %1&#xa0;: %n événements lus.</numerusform>
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
        <translation>VPN&#xa0;:</translation>
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
        <translation>Pourquoi&#xa0;?</translation>
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
        <translation>Recommandé&#xa0;: %1 (IKE %2, ESP %3).</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Impossible d’interroger le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>C’est fait. %1</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>Le correctif a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone: the previous settings are back.</source>
        <translation>Annulé&#xa0;: les réglages précédents sont rétablis.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>L’annulation a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ProposalsTable</name>
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
</context>
<context>
    <name>ipsecdoctor::gui::ProviderMessagePanel</name>
    <message>
        <source>Nothing on this computer explains the failure: send this message to your VPN provider. It contains no password or key.</source>
        <translation>Rien sur cet ordinateur n’explique l’échec&#xa0;: envoyez ce message à votre fournisseur VPN. Il ne contient aucun mot de passe ni aucune clé.</translation>
    </message>
    <message>
        <source>If the fixes above do not help, send this message to your VPN provider. It contains no password or key.</source>
        <translation>Si les correctifs ci-dessus ne suffisent pas, envoyez ce message à votre fournisseur VPN. Il ne contient aucun mot de passe ni aucune clé.</translation>
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
        <source>&amp;Language of the message:</source>
        <translation>&amp;Langue du message&#xa0;:</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language: fr or en</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::RecordingPanel</name>
    <message>
        <source>Windows will ask for administrator rights.</source>
        <translation>Windows demandera les droits d’administrateur.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Undo “%1”: put back exactly what was there before the fix.</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;: rétablit exactement ce qu’il y avait avant la correction.</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::RootCauseWidget</name>
    <message>
        <source>Evidence:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServerNamePanel</name>
    <message>
        <source>Choose the VPN server&apos;s certificate</source>
        <translation>Choisir le certificat du serveur VPN</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Certificats (*.cer *.crt *.pem *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The server&apos;s name</source>
        <translation>Le nom du serveur</translation>
    </message>
    <message>
        <source>VPN connection:</source>
        <translation>Connexion VPN&#xa0;:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate…</source>
        <translation>Vérifier le certificat du serveur…</translation>
    </message>
    <message>
        <source>If your IT department gave you the VPN server&apos;s certificate (.cer), check it against the rule above. Nothing is installed.</source>
        <translation>Si votre service informatique vous a donné le certificat du serveur VPN (.cer), vérifiez-le selon la règle ci-dessus. Rien n’est installé.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Un autre serveur…</translation>
    </message>
    <message>
        <source>%1 is not a certificate IPsec Doctor can read: %2</source>
        <translation>%1 n’est pas un certificat qu’IPsec Doctor sait lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the VPN connection, or type the server&apos;s name, to see the rule Windows applies to the server&apos;s certificate.</source>
        <translation>Choisissez la connexion VPN, ou tapez le nom du serveur, pour voir la règle que Windows applique au certificat du serveur.</translation>
    </message>
    <message>
        <source>With a pre-shared key the server shows no certificate: Windows checks no server name.</source>
        <translation>Avec une clé prépartagée, le serveur ne présente pas de certificat&#xa0;: Windows ne vérifie aucun nom de serveur.</translation>
    </message>
    <message>
        <source>You connect by IP address (%1). Windows accepts the server&apos;s certificate only if it lists %1 as a DNS name; an IP address entry alone is not enough (error 13801). Connecting with the server&apos;s DNS name avoids this.</source>
        <translation>Vous vous connectez par adresse IP (%1). Windows n’accepte le certificat du serveur que s’il contient %1 comme nom DNS&#xa0;; une entrée «&#xa0;adresse IP&#xa0;» seule ne suffit pas (erreur 13801). Se connecter avec le nom DNS du serveur évite ce problème.</translation>
    </message>
    <message>
        <source>Windows accepts the server&apos;s certificate only if it is issued to %1 (as one of its DNS names, or its subject&apos;s common name) and has the Server Authentication usage. Otherwise the connection fails with error 13801.</source>
        <translation>Windows n’accepte le certificat du serveur que s’il est délivré à %1 (comme l’un de ses noms DNS, ou comme nom commun de son sujet) et porte l’usage Authentification du serveur. Sinon, la connexion échoue avec l’erreur 13801.</translation>
    </message>
    <message>
        <source>Name and usage check: on, unless the connection turns it off (DisableIKENameEkuCheck); a typed server has no setting to read.</source>
        <translation>Vérification du nom et de l’usage&#xa0;: active, sauf si la connexion la désactive (DisableIKENameEkuCheck)&#xa0;; un serveur tapé à la main n’a pas de réglage à lire.</translation>
    </message>
    <message>
        <source>Name and usage check: turned off for this connection (DisableIKENameEkuCheck=1). Windows accepts any certificate from a trusted authority, even one issued to another server: less safe.</source>
        <translation>Vérification du nom et de l’usage&#xa0;: désactivée pour cette connexion (DisableIKENameEkuCheck=1). Windows accepte n’importe quel certificat d’une autorité de confiance, même délivré à un autre serveur&#xa0;: c’est moins sûr.</translation>
    </message>
    <message>
        <source>Name and usage check: on (DisableIKENameEkuCheck is not set), as Windows does by default.</source>
        <translation>Vérification du nom et de l’usage&#xa0;: active (DisableIKENameEkuCheck n’est pas défini), comme Windows le fait par défaut.</translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation>%1 (adresse IP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (names: %2)</source>
        <translation>«&#xa0;%1&#xa0;» (noms&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 passes Windows&apos; name and usage check for %2.</source>
        <translation>%1 passe la vérification du nom et de l’usage de Windows pour %2.</translation>
    </message>
    <message>
        <source>%1 fails Windows&apos; name and usage check for %2:</source>
        <translation>%1 ne passe pas la vérification du nom et de l’usage de Windows pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>• %1 is neither one of its DNS names nor its common name.</source>
        <translation>• %1 n’est ni l’un de ses noms DNS, ni son nom commun.</translation>
    </message>
    <message>
        <source>• %1 is in it only as an IP address entry; Windows needs it as a DNS name.</source>
        <translation>• %1 n’y figure que comme adresse IP&#xa0;; Windows l’exige comme nom DNS.</translation>
    </message>
    <message>
        <source>• It lacks the Server Authentication usage (1.3.6.1.5.5.7.3.1).</source>
        <translation>• Il lui manque l’usage Authentification du serveur (1.3.6.1.5.5.7.3.1).</translation>
    </message>
    <message>
        <source>This connection skips the check (DisableIKENameEkuCheck=1), so Windows would still connect; a certificate issued for this name is the safe fix.</source>
        <translation>Cette connexion saute la vérification (DisableIKENameEkuCheck=1)&#xa0;: Windows se connecterait quand même&#xa0;; un certificat délivré pour ce nom est la correction sûre.</translation>
    </message>
    <message>
        <source>Ask your IT department for a server certificate issued for this name, or dial the name the certificate carries.</source>
        <translation>Demandez à votre service informatique un certificat de serveur délivré pour ce nom, ou composez le nom que porte le certificat.</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Interroger le serveur</translation>
    </message>
    <message>
        <source>Sends the first IKEv2 message Windows would send; the server&apos;s answer names the certification authorities it accepts. Nothing is changed.</source>
        <translation>Envoie le premier message IKEv2 qu’enverrait Windows&#xa0;; la réponse du serveur nomme les autorités de certification qu’il accepte. Rien n’est modifié.</translation>
    </message>
    <message>
        <source>Asking %1 which certification authorities it accepts…</source>
        <translation>Interrogation de %1 sur les autorités de certification qu’il accepte…</translation>
    </message>
    <message>
        <source>Which certification authorities does the server accept?</source>
        <translation>Quelles autorités de certification le serveur accepte-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The server did not answer (%1): what it accepts is not known.</source>
        <translation>Le serveur n’a pas répondu (%1)&#xa0;: on ne sait pas ce qu’il accepte.</translation>
    </message>
    <message>
        <source>The server answered but named no certification authority: it signs in with a pre-shared key or asks for certificates later.</source>
        <translation>Le serveur a répondu sans nommer d’autorité de certification&#xa0;: il s’authentifie par clé prépartagée ou demande les certificats plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>The server named %n certification authority(ies): see below.</source>
        <translation>
            <numerusform>Le serveur a nommé %n autorité de certification&#xa0;: voir plus bas.</numerusform>
            <numerusform>Le serveur a nommé %n autorités de certification&#xa0;: voir plus bas.</numerusform>
        </translation>
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
        <translation>Annuler la correction</translation>
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
        <source>The anonymized diagnostic bundle was saved as %1.</source>
        <translation>L’archive de diagnostic anonymisée a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>&amp;Anonymize (replace names and addresses)</source>
        <translation>A&amp;nonymiser (remplacer noms et adresses)</translation>
    </message>
    <message>
        <source>User, computer and domain names, IP addresses, SIDs and certificate subjects are replaced in the bundle by pseudonyms such as user-1, host-1 or 192.0.2.1, the same one for the same value.</source>
        <translation>Les noms d’utilisateur, d’ordinateur et de domaine, les adresses IP, les SID et les sujets des certificats sont remplacés dans l’archive par des pseudonymes comme user-1, host-1 ou 192.0.2.1, toujours le même pour une même valeur.</translation>
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
        <translation>Les causes les plus probables d’abord, avec leurs éléments et le correctif&#xa0;; puis tout ce qui a été trouvé.</translation>
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
        <source>Everything that was found</source>
        <translation>Tout ce qui a été trouvé</translation>
    </message>
    <message>
        <source>No root cause found: no check and no log entry points to a problem.</source>
        <translation>Aucune cause trouvée&#xa0;: aucune vérification ni aucune entrée de journal n’indique de problème.</translation>
    </message>
    <message>
        <source>Run the checks first.</source>
        <translation>Lancez d’abord les vérifications.</translation>
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
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>The message for your VPN provider was copied to the clipboard.</source>
        <translation>Le message pour votre fournisseur VPN a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also noticed (not the cause of this failure)</source>
        <translation>Également remarqué (pas la cause de cet échec)</translation>
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
