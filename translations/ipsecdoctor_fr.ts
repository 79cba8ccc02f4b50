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
        <source>Usage: ipsecdoctor-cli &lt;command&gt; [options]

Commands:
  check [--step services] [--bundle FILE]   check this computer, or a diagnostic bundle
        [--auth machine-cert|user-cert|psk|eap-mschapv2] [--certreq SHA1,...] [--server NAME]
  certs [--store machine-my|user-my|machine-root|machine-ca|user-root] [--bundle FILE]
                                            list the certificates IKE uses
  fix &lt;fix-id&gt;                              apply a fix (administrator rights needed)
  fix certificate.import-ca.root|intermediate --file FILE --thumbprint SHA1
                                            import a CA certificate (undo removes it)
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
        [--auth machine-cert|user-cert|psk|eap-mschapv2] [--certreq SHA1,...] [--server NOM]
  certs [--store machine-my|user-my|machine-root|machine-ca|user-root] [--bundle FICHIER]
                                               liste les certificats utilisés par IKE
  fix &lt;id-correctif&gt;                           applique un correctif (droits d’administrateur requis)
  fix certificate.import-ca.root|intermediate --file FICHIER --thumbprint SHA1
                                               importe un certificat d’autorité (l’annulation le retire)
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
        <source>Invalid certificate option &quot;%1&quot; (see --help).</source>
        <translation>Option de certificat non valide «&#xa0;%1&#xa0;» (voir --help).</translation>
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
