<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BundleExportCommand</name>
    <message>
        <source>FILE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a diagnostic bundle for support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle describes this computer, or the bundle given with --bundle again. It never holds
a pre-shared key, a password or a private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleText</name>
    <message>
        <source>%1 (added, not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagnostic bundle was changed after it was exported: %1. The results may not be what that computer showed; ask for the original file if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Base Filtering Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE and AuthIP IPsec Keying Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Policy Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Socket Tunneling Protocol Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Access Connection Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IPsec service and the firewall depend on it: no IKEv2 or L2TP/IPsec VPN can connect (error 827).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It negotiates the keys of every IPsec connection: IKEv2 and L2TP/IPsec VPNs fail (error 827).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It applies the IPsec policy: L2TP/IPsec connections fail with &quot;no IPsec policy&quot; (error 791).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager depends on it: no VPN connection can be dialled (error 834).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It dials every VPN connection: without it Windows reports error 834.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is running as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready (starts when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is stopped, which is normal: Windows starts it when a VPN connection needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is disabled, so Windows cannot start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore its Windows default start type: IPsec Doctor sets it and starts the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service stopped with error %1 (service code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again. If it stops again, export a diagnostic bundle for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service must always run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paused service does not handle any request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stuck starting or stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has not finished changing state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows starts this service at boot by default; with another start type it may be stopped when the VPN needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it back to Automatic, the Windows default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows does not know this service: the Windows component is damaged or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair Windows (DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow), or ask your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor could not read the state of this service (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again; if it persists, run IPsec Doctor as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start because %2 is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is disabled or not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fix %1: IPsec Doctor will not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 now. Undo stops it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 back to its Windows default start type (%2) and start it. Undo restores the previous start type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to start automatically with Windows and start it now. Undo restores the previous start type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (delayed start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refused: administrator rights are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a diagnostic bundle: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not what it claims to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service it depends on is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry names something its fix cannot have changed: nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows default start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every VPN and dial-up connection of this PC is disconnected, including one a technician may be using to help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IPsec connection of this PC drops: VPNs (IKEv2 and L2TP/IPsec), DirectAccess and connection security rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected L2TP/IPsec VPNs drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected SSTP VPNs drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start %1 again; services that depend on it are restarted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restart changes no setting, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagnostic bundle was made by a newer IPsec Doctor: update IPsec Doctor to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagnostic bundle was made by a newer IPsec Doctor (%1): update IPsec Doctor to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateCatalogue</name>
    <message>
        <source>certlm.msc (Local Computer certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certmgr.msc (your user certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1, with the Client Authentication usage, a private key and a trusted chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable computer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable user certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection signs in with a computer certificate, but the computer&apos;s Personal store (LocalMachine\My) has none with the Client Authentication usage. Windows reports error 13806 (IKEv2) or 766 (L2TP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection signs in with your certificate, but your Personal store (CurrentUser\My) has none with the Client Authentication usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department for a certificate, or import the .pfx file they gave you with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1 (%2 days ago). Windows no longer offers it: error 13806 or 13801.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes valid on %1, but this computer&apos;s clock says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date and time of this computer; if they are right, wait or ask for a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; expires in %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires on %1; after that the VPN stops connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department to renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not made for signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lacks the Client Authentication usage (1.3.6.1.5.5.7.3.2), so Windows will not use it for the VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a certificate with Client Authentication (and IP security IKE intermediate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public part was imported: the certificate cannot prove this computer&apos;s identity (error 13820).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the .pfx file (certificate with its private key) again with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of &quot;%1&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is registered but cannot be opened: its file is missing or its permissions exclude the system (error 13820).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the .pfx file again with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot find the certificate that issued &quot;%1&quot; (an intermediate CA). Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the intermediate CA certificate into the computer&apos;s Intermediate Certification Authorities store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads to an untrusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its chain ends at &quot;%1&quot;, which is not in the computer&apos;s Trusted Root Certification Authorities (LocalMachine\Root): error 13801.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the root CA certificate your IT department gives you, after checking its thumbprint with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA above &quot;%1&quot; has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expired on %2; every certificate it issued stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the renewed CA certificate from your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; has an invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain was not signed by the CA it names: it is damaged or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it and ask your IT department for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its CA has withdrawn it (revocation list): servers refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department for a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation of &quot;%1&quot; could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list server could not be reached. A server that enforces revocation checks (error 13817 or 13848) would refuse the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no revocation information Windows could check. This only matters if the server enforces revocation checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the connection fails with 13817 or 13848, ask your IT department to publish the revocation list where this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock says %1, which cannot be right: every certificate check depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock says %1, but a certificate here was issued for use from %2 only. A clock behind makes valid certificates look not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the date, time and time zone in Windows Settings (Time &amp; language), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses a CA this computer does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ); %1 of them is not installed here. The server&apos;s own certificate normally comes from it: Windows cannot trust the server (error 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import that CA&apos;s root certificate into the computer&apos;s Trusted Root Certification Authorities, after checking its thumbprint with your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate is not from a CA the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a certificate issued by a CA it trusts, and none of the %1 certificates here chains to one of them: the server rejects this computer (error 13806 or 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department for a certificate from the VPN&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has DisableIKENameEkuCheck set: Windows accepts any certificate from a trusted CA as the server, even one for another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the setting once the server&apos;s certificate carries its name and Server Authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server is dialled by IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows requires the server certificate to contain %1 as a DNS name (an IP address entry alone gives error 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the server&apos;s DNS name, or make sure its certificate lists the address as a DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate does not pass Windows&apos; name check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows requires the dialled name in the subject or as a DNS name, and the Server Authentication usage: error 13801.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the server certificate reissued accordingly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the VPN signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certificates matter depends on the authentication method; until it is known, certificate problems are shown for information only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate store could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again; if it persists, run IPsec Doctor as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certificate finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a root CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an intermediate CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open computer certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a root CA certificate file you choose to the computer&apos;s Trusted Root Certification Authorities, after showing its name, thumbprint and validity. Undo removes exactly that certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an intermediate CA certificate file you choose to the computer&apos;s Intermediate Certification Authorities, after showing its name, thumbprint and validity. Undo removes exactly that certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens certlm.msc, Windows&apos; console for the computer&apos;s certificates (changes nothing by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens certmgr.msc, Windows&apos; console for your certificates (changes nothing by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fix %1: IPsec Doctor will not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usages (EKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs the server asks for (SHA-1 of the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs not installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer certificate (IKEv2 or L2TP/IPsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User certificate (EAP-TLS, smart card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password (EAP-MSCHAPv2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a computer certificate with its private key and the server&apos;s root CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your certificate with its private key and the server&apos;s root CA on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs no certificate of yours, only the server&apos;s root CA on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer › Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User › Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer › Trusted Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer › Intermediate Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User › Trusted Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present and usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present but cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no revocation information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (revocation server unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor could not open it without administrator rights; Windows&apos; IKE service may still be able to. Check again as administrator to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has the CAs the server asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ): all %1 are installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which CAs it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor asked %1 (IKEv2 on UDP port 500) which certification authorities it trusts, but got no answer (%2). The certificates are checked without that list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to the server on the Proposals step, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of &quot;%1&quot; stops at &quot;%2&quot;: the certificate above it, most likely the root CA, is missing. Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot find the CA that issued &quot;%1&quot;. The VPN server trusts a CA this computer does not have, most likely that one. Without it the certificate is not trusted: error 13801 or 13806.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your VPN&apos;s root CA certificate into the computer&apos;s Trusted Root Certification Authorities, after checking its thumbprint with your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s CA is only in your user&apos;s certificate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server names the certification authorities it trusts (IKE CERTREQ). &quot;%1&quot; is in your user&apos;s Trusted Root Certification Authorities, not in the computer&apos;s. Windows checks the server&apos;s certificate as the computer, so it cannot trust the server (error 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the same root certificate (thumbprint %1) into the computer&apos;s Trusted Root Certification Authorities (certlm.msc), then dial again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertsCommand</name>
    <message>
        <source>list the certificates IKE uses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check this computer, or a diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --step, every step is checked. Exit code 1 when a warning or a problem is found.
Certificates: without --certreq, the server named by --server (or the profile) is asked
which CAs it accepts.
Proposals: --profile NAME, or --server HOST --tunnel ikev2|l2tp; the server named with
--server is asked what it accepts (--no-probe: not asked), --probe asks the profile&apos;s
server, --accepts says what the server is known to accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Exit codes: 0 no problem, 1 problems found, 2 usage error, 3 runtime error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ipsecdoctor-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds out why an IPsec/IKE VPN does not connect, and fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;ipsecdoctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>IPsec Doctor stopped on an unexpected error (%1). Nothing more was done; please report it with the command you ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOption</name>
    <message>
        <source>machine-readable output (documented schema, schema_version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the text output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one step only: services, certificates, proposals or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a diagnostic bundle instead of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: how far back the event logs are read (7d, 24h, 90m; default 7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: analyse a saved .evtx or event XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the message for the VPN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPN profile (connection) in question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPN server&apos;s name or address, as the profile dials it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals: the tunnel type, with --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read VPN profiles from this phonebook (.pbk) instead of Windows&apos; ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates: the sign-in method (machine-cert, user-cert, psk, eap-mschapv2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates: the CAs the server accepts (without it, the server is asked with --server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals: a proposal the server is known to accept (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals: ask the server what it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one store: machine-my, user-my, machine-root, machine-ca or user-root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal to use (absolute path of ...\IPsecDoctor\journal.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the JSON result to ...\IPsecDoctor\helper-result.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest fix that can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate.import-ca.*: the CA certificate file (absolute path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate.import-ca.*: the SHA-1 thumbprint the administrator confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile.*: the phonebook that holds the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile.ipsec-policy.set: the six values of Set-VpnConnectionIPsecConfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile.tunnel-type.set: the tunnel type to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace names and addresses by pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port of IKE (default 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which IKE versions are asked (default both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom policy (Set-VpnConnectionIPsecConfiguration values) to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time allowed for the whole probe (1-120, default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the Windows offers, no search for what else the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identity sent in IKEv1 Aggressive Mode (default ipsecdoctor-probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows IKEv2 offer to test (the sets are listed above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals: do not ask the server named with --server (stay offline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>The journal is empty: IPsec Doctor has changed nothing on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle written to %1. It contains no password, pre-shared key or private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or misplaced option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fix IPsec Doctor knows (see --help for the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a journal entry id (see the journal command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle %1 from %2 (Windows build %3), collected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1 (Windows build %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: ipsecdoctor-cli fix %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: the worst is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 on %2 (journal entry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo it: ipsecdoctor-cli undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the absolute path of a journal.json file in an existing IPsecDoctor folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the absolute path of a helper-result.json file in an existing IPsecDoctor folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (no restriction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; revocation: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key hash (SHA-1 of SPKI, as in IKE CERTREQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagnostic bundle holds no certificates (made by an older IPsec Doctor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 was removed from %2 (journal entry %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 (thumbprint %2, valid until %3) was added to %4 (journal entry %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thumbprint %2) was already in %3: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid certificate option &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write it as 7d, 24h or 90m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value: &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved event log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2). The previous settings are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 (journal entry %2). No restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymized diagnostic bundle written to %1: names and addresses are replaced by pseudonyms. It contains no password, pre-shared key or private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is refused when ipsecdoctor-cli runs as administrator: an elevated run only applies or undoes a fix. Run other commands without elevation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: when ipsecdoctor-cli runs as administrator, paths must be absolute, on a local drive, without &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor: trust a certification authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this root certification authority on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this intermediate certification authority to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 to %4
SHA-1 thumbprint: %5
SHA-256 thumbprint: %6

This certificate will be trusted by this computer for VPN server authentication (Server Authentication, IP security IKE intermediate), for every user, in %7. Compare the thumbprints with the ones your IT department gave you, and cancel if you do not know this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCatalogue</name>
    <message>
        <source>Reaching the server (network, UDP 500/4500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1: agreeing on the security proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1: authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2: the tunnel&apos;s own settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s IPsec services and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User sign-in (EAP within IKEv2, PPP after the L2TP/IPsec tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Access (RAS) error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec/IKE error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate or network error (HRESULT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cut while the tunnel was being set up: something between this PC and the server (firewall, NAT router) stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that UDP ports 500 and 4500 are open on your network, then look at the IKE codes logged just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your user name and password; if they are right, ask your VPN provider whether your account and authentication method (MS-CHAPv2, EAP) are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The L2TP/IPsec security layer could not authenticate the server: the pre-shared key differs or the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as given by your VPN provider; with certificates, install the provider&apos;s root certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC and the server found no security settings (encryption, integrity, Diffie-Hellman group) they both accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the connection&apos;s IPsec settings with the server&apos;s, or ask your VPN provider to accept the settings Windows offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate, or one this PC does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows has no IPsec policy for this connection: the IPsec Policy Agent service is stopped or disabled, or the ProhibitIpSec registry value is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore the IPsec Policy Agent service (Services step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec negotiation timed out: the server never answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that UDP ports 500 and 4500 can reach the server and that the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec layer reported a generic error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the IKE events logged at the same time: they say which step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate suitable for EAP-TLS was found (a user or computer certificate with the Client Authentication purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the user certificate your VPN provider gives you, with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not establish the VPN: the server is unreachable, or the tunnel type or security settings are wrong. It is frequent with the VPN type &quot;Automatic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the VPN type of the connection to the one your provider uses (IKEv2 or L2TP/IPsec), and check that the server name resolves and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be validated: its chain does not lead to a trusted root, its name does not match the server address, or it lacks the server authentication purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the provider&apos;s root certificate in the computer&apos;s trusted roots and connect with the exact name written in the server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRE packets are blocked. This concerns PPTP only, not IPsec VPNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an IKEv2 or L2TP/IPsec connection, or ask your network administrator to allow GRE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was interrupted, usually because the network changed (Wi-Fi switch, sleep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again; if it keeps dropping, ask your VPN provider whether the server supports MOBIKE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection (server policy, licence or maximum number of connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the refusal comes from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key does not match the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pre-shared key again exactly as your VPN provider gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider which authentication method (EAP type, MS-CHAPv2) to use, and set the same in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore these services (Services step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor start the Remote Access Connection Manager (Services step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave this PC no address inside the VPN: its address pool is probably exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send the configuration (address, DNS) Windows requires in IKEv2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server must answer the configuration request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the traffic selectors (the networks to send through the tunnel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server&apos;s traffic selector settings must accept Windows&apos; request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support MOBIKE, which Windows uses to keep the tunnel when the network changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to enable MOBIKE; otherwise reconnect after each network change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved to an address (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name in the connection and your Internet access; try the server&apos;s IP address if your provider gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server-side error: an IKEv2 pre-shared key interface already exists. It does not concern a VPN client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do on this PC; the administrator of the server can remove the duplicate interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marker of the IKE error range, not an error in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the other codes logged at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security attributes proposed in IKE were refused: no common proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the connection&apos;s IPsec settings with the server&apos;s (Proposals step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE reported a pending negotiation or a generic processing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the other codes and events logged at the same time; if nothing else shows, send the details to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE negotiation got no answer from the server in time: UDP 500/4500 is blocked, the server is down, or a NAT router drops the packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE security association was deleted before the negotiation completed (by the server or by timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the server&apos;s reason in its logs: send the times and codes to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE dropped negotiation requests because it was busy or waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, restart the IKE and AuthIP IPsec Keying Modules service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation check of a certificate failed: the revocation list (CRL) or OCSP responder could not be reached, or the certificate is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this PC can reach the revocation addresses of the certificates; otherwise ask your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has a key usage or type IKE does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate made for IPsec (Client Authentication purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no private key, or Windows cannot access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the certificate again from its .pfx file, with its private key, into the computer store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides renewed the keys at the same time (rekey collision). Usually harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless the connection drops; then report the time to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Diffie-Hellman key exchange failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that both sides use the same Diffie-Hellman group (Proposals step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a critical IKE payload Windows does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it to your VPN provider: the server uses an extension Windows does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IKE message was invalid (header, payload, cookie or message id): a device in between altered it, or the server is not compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network; if the error stays, send the details to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature did not verify: the certificate or key used does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificates on both sides (Certificates step) and ask your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos authentication failed (domain IPsec policies only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this PC can reach a domain controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has no usable public key, or its key length is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate with an RSA key of 2048 bits or more, or ECDSA P-256/P-384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE could not process a part (payload) of the server&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the details to your VPN provider: the server&apos;s messages are not what Windows expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE could not process the server&apos;s proposal or key exchange: the algorithms offered do not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE could not process the server&apos;s identity, hash, signature or nonce: usually an authentication mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the authentication method (certificate or pre-shared key) and the server name in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE could not process the certificate or certificate request the server sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step; ask your VPN provider which certification authority it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal IKE state (soft or expired security association, limit reached, reinitialisation). It rarely explains a failure on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the other codes logged at the same time; restart the IKE and AuthIP IPsec Keying Modules service if failures repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no valid computer certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server must send its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec policy changed during the negotiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local failure of the Windows security components used by IKE (security package, credentials, SPI, filters, memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; if the error stays, export a diagnostic bundle for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server used an IKEv1 domain, situation or identity type Windows does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to use standard IPsec settings for Windows clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Diffie-Hellman group is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting or decrypting an IKE message failed: the keys do not match (often a wrong pre-shared key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pre-shared key again; otherwise send the details to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy match error: this PC and the server have no proposal in common (encryption, integrity, Diffie-Hellman group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the connection with the server (Set-VpnConnectionIPsecConfiguration, or the Proposals step), or ask your provider to accept Windows&apos; proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses a hash, integrity or encryption algorithm Windows does not accept in this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the algorithms of the connection with the server&apos;s (Proposals step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE versions differ: the server does not speak the version this connection uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec negotiation is disabled by policy on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IPsec policies applied to this PC (Group Policy); your administrator may have disabled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain does not match the policy (for example the root or purpose required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step and ask your VPN provider which root and purpose it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is protecting itself against overload (DoS protection, rate limiting) and delayed or dropped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, tell your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE service is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor restart the IKE and AuthIP IPsec Keying Modules service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGA authentication failed (IPv6 cryptographically generated addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rarely concerns a VPN; send the details to your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick mode negotiation referred to an invalid main mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again; if it repeats, send the details to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no inner IP address, or did not send the configuration payload Windows requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server&apos;s address pool or configuration payload is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support MOBIKE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication succeeded but authorization failed: the server does not allow this user or computer (or the certificate mapping failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to allow your account or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets of an established tunnel (bad SPI, replay, integrity check, clear-text packet, throttling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect; if it repeats, a device between this PC and the server alters packets: try another network and tell your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec DoS protection of this PC blocked or limited packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IPsec DoS protection settings with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset by the remote side: typical of SSTP over TCP 443 (TLS inspection, wrong port or service) rather than IKE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the VPN type and port match the server; a proxy or TLS inspection on the network may break SSTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has expired (or is not yet valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; renew the expired certificate (Certificates step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate chain ends at a root or authority this PC does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s name does not match the server name of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in the connection exactly the name written in the server certificate (not its IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is used for a purpose it was not issued for (wrong extended key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider for a certificate with the right purpose (Server Authentication for the server, Client Authentication for this PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation of a certificate could not be checked: the revocation list or OCSP server is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this PC can reach the revocation addresses (CRL) of the certificates, or ask your provider to publish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has been revoked by its authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider for a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation timed out. The Azure VPN client logs it when it lacks the permission to run in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Azure VPN client, allow it to run in the background (Windows Settings, Apps); otherwise look at the codes logged just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE started its denial-of-service protection mode: it received many requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do unless connections fail at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec main mode security association was established: phase 1 with the server worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VPN still fails, look for a later phase 2 or user authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec main mode (phase 1) negotiation failed. The event says where (this PC or the server), at which step, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read its failure reason: IPsec Doctor maps it to the IKE code and explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec quick mode (phase 2) negotiation failed: phase 1 worked, but the tunnel&apos;s own settings were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the phase 2 settings (encryption, PFS, traffic selectors) with your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec security association ended (normal when a connection closes or keys are renewed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VPN is unstable, try another network and tell your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invalid IKE packet was received during negotiation: a network problem, or packets altered on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another network; if it repeats, send the details to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec extended mode negotiation failed (a second authentication after phase 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user or computer credentials used for the second authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec quick mode (phase 2) security association was established: the tunnel is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for IPsec; a later failure comes from user authentication or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec negotiation failed because the IKE and AuthIP IPsec Keying Modules service was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor restore the service (Services step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec services started or shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do, unless they shut down while you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec services had a critical failure (interface list, RPC server, filters after a network change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; if it repeats, export a diagnostic bundle for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPsec services event Microsoft does not document in its IPsec driver list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as evidence for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demand-dial connection of a Routing and Remote Access server failed; the error code is in the event data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error code: IPsec Doctor explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN connection was terminated; the event gives the reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason code: IPsec Doctor explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user started dialing a VPN connection; the event lists the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: it marks the start of an attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows started setting up the tunnel (IPsec not up yet). A failure right after it is a network or IKE problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a failure follows, look at its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel is up. A failure after this is user authentication or server policy, not IPsec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a failure follows, check your user name, password and the server&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN connection was established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN connection failed; the event gives the error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Routing and Remote Access server refused a user&apos;s connection (wrong credentials or authentication method not allowed). This event is in a server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, check the user&apos;s account and the network policy&apos;s authentication methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 reach the server (&quot;Ask the server&quot; on the Proposals step) and that the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the connection before it was complete. The code itself is generic; with L2TP/IPsec it usually means the server refused the sign-in protocols the connection allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With L2TP/IPsec: in the connection&apos;s properties, Security tab, under &quot;Allow these protocols&quot;, tick CHAP and Microsoft CHAP Version 2 (MS-CHAP v2). Otherwise look at the IKE codes and events logged just before this one: they name the real cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was ended on this PC: by you, or by a program that hung up the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair if you disconnected; otherwise check which VPN client or script ends the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device the connection needs is already in use or not configured properly: another VPN connection or VPN program holds the WAN Miniport of this tunnel type, or the WAN Miniport adapter is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the other VPN connections and quit other VPN programs, then restart the computer and connect again; reinstalling the WAN Miniport adapters in Device Manager is a last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the user name, password or domain, or does not allow the sign-in protocol. With L2TP/IPsec this is the PPP sign-in after the IPsec tunnel worked; with IKEv2 the user sign-in (EAP) runs inside the IKE authentication, before any tunnel exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network protocol could be agreed after the tunnel came up: Internet Protocol Version 4 (TCP/IPv4) is unticked in the connection&apos;s Networking tab, the server has no address to give, or the WAN Miniport (IP) adapter of this PC is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the connection&apos;s properties, Networking tab, tick Internet Protocol Version 4 (TCP/IPv4); ask your VPN provider whether the server&apos;s address pool is full. Reinstalling the WAN Miniport adapters in Device Manager is a last resort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC cannot provide the data encryption the connection requires (the &quot;Data encryption&quot; choice of its Security tab) with this VPN type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the VPN type your provider uses (IKEv2 or L2TP/IPsec) and, in the Security tab, &quot;Require encryption&quot;; do not choose optional or no encryption to get around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the data encryption the connection requires (the &quot;Data encryption&quot; choice of its Security tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the connection asks for &quot;Maximum strength encryption&quot;, try &quot;Require encryption&quot;; do not choose optional or no encryption: ask your VPN provider which encryption the server supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows found no valid computer certificate for this L2TP/IPsec connection: Windows authenticates L2TP/IPsec with a computer certificate unless the connection is set to a pre-shared key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your VPN provider gave you a pre-shared key: in the connection&apos;s properties, Security tab, Advanced settings, choose &quot;Use preshared key for authentication&quot; and enter it. Otherwise install the computer certificate your provider gives you in the computer&apos;s Personal store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The L2TP/IPsec negotiation failed at the start. The first reading is a pre-shared key that differs from the server&apos;s; then a certificate problem, or a server behind NAT without the NAT-T registry setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pre-shared key again (Security tab, Advanced settings): it is set on this PC. Only if the server itself is behind a NAT router, set AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and restart the computer; a PC behind a home router needs no change for a public server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. UDP ports 500 and 4500 are blocked somewhere, large certificate packets are dropped, or, with L2TP/IPsec, the server is behind NAT without the NAT-T registry setting on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that UDP 500 and 4500 are open; for IKEv2, ask your provider about IKE fragmentation; for L2TP/IPsec to a server behind NAT, set AssumeUDPEncapsulationContextOnSendRule to 1 (2 when this PC is behind NAT too) and restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s access policy does not allow the authentication method of this connection. With IKEv2 this is decided during the IKE authentication (EAP); with L2TP/IPsec at the PPP sign-in after the IPsec tunnel worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cut because the link to the server failed: this PC&apos;s network dropped (Wi-Fi, sleep) or the server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your Internet access is stable; if the VPN drops at regular intervals, tell your VPN provider the times so that it can compare its key renewal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server considers the certificate that authenticates this PC or user (EAP-TLS) invalid. With IKEv2 the check is part of the IKE authentication; with L2TP/IPsec it follows the IPsec tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to check the certificate template and that its issuing CA is trusted by the server; with a Microsoft NPS server, that the issuing CA is in the NTAuth store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; renew the certificate with your VPN provider (Certificates step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate that authenticates this PC or user to the server (EAP) has an error: wrong purpose, no private key, or a chain the server cannot build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step; if the certificate looks right, ask your VPN provider which certificate the server expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) is not valid for this PC: wrong purpose, name or chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step and connect with the exact name written in the server certificate; otherwise contact your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time; otherwise the server certificate must be renewed: contact your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has been revoked by its authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect until your VPN provider installs a new server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate that validates the user certificate (EAP) was not found, is not valid or has expired where the certificate is checked — usually on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to check the certification authority of your certificate; renew the certificate if its root has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate that validates the server&apos;s certificate (EAP) is not in this PC&apos;s Trusted Root Certification Authorities store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the Trusted Root Certification Authorities store (Certificates step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root certificate in this PC&apos;s Trusted Root Certification Authorities store that validates the server&apos;s certificate (EAP) is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the current root certificate of your VPN provider (Certificates step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate (EAP) has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server certificate must carry its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEAP: the outer identity differs from the user name inside while identity privacy is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the connection&apos;s PEAP settings, turn on identity privacy or use the same user name, as your VPN provider requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error of the local IPsec policy store (filters, main mode or quick mode policies). The IPsec Policy Agent manages it for L2TP/IPsec (IKEv1); IKEv2 connections do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an L2TP/IPsec connection, restart the IPsec Policy Agent service; if the error stays, export a diagnostic bundle for your support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE credentials were refused. Microsoft&apos;s usual causes are the server certificate as this PC checks it: it lacks the Server Authentication purpose (EKU), it has expired, its root is not in the computer&apos;s trusted roots, or its name does not match the server name of the connection. Then: this PC chose the wrong client certificate, or, with a pre-shared key, the keys differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step; install the provider&apos;s root certificate and connect with the name written in the server certificate; with a pre-shared key, enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE found no usable certificate. With EAP (user name and password, PEAP): the server has no usable machine certificate or root for IKE, a server-side problem. With a machine-certificate connection: this PC&apos;s computer certificate is missing from the computer&apos;s Personal store, expired, without private key, without the Client Authentication purpose, or not chained to a root the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With EAP, send the details to your VPN provider. With a machine certificate, run the Certificates step and install the computer certificate from your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE found no policy for this connection (no main mode policy): Remote Access did not install it, or, for L2TP/IPsec, the IPsec Policy Agent did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an L2TP/IPsec connection, let IPsec Doctor restore the IPsec Policy Agent service, then reconnect; IKEv2 does not use that service: reconnect, and restart the computer if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same Diffie-Hellman group as the server (Proposals step); with IKEv2, Windows offers only group 2 by default, many servers require 14 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not have Server Authentication among its purposes (extended key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your VPN provider: the server certificate must be reissued with the Server Authentication purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets that failed an integrity or replay check: packets altered, delayed or repeated on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec driver dropped a clear-text packet that should have been protected. Microsoft: usually the remote computer changed its IPsec policy without informing this one; it could also be a spoofing attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect so that both sides agree again; if it repeats, tell your VPN provider. If IPsec Doctor found IPsec task offload on the network adapter (Proposals step), turn it off and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A packet arrived with a wrong Security Parameter Index (SPI). Microsoft: usually hardware corrupting packets, such as a network adapter doing IPsec task offload, or an interoperability problem with the server&apos;s IPsec implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If IPsec Doctor found IPsec task offload on the network adapter (Proposals step), turn it off in the adapter&apos;s advanced properties and test again; otherwise try another network and tell your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>rank the root causes; write the message for the VPN provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisCatalogue</name>
    <message>
        <source>Windows services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2 IKE_SA_INIT (first exchange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2 IKE_AUTH (authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv1 Main Mode (phase 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv1 Quick Mode (phase 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec services of this PC cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IKE and AuthIP IPsec Keying Modules service or the Base Filtering Engine is disabled or stopped: Windows cannot negotiate any IPsec connection (error 827).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix below: IPsec Doctor restores the services&apos; Windows defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec Policy Agent of this PC cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix below: IPsec Doctor restores the service&apos;s Windows default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remote Access Connection Manager cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN connection can be dialled without it (error 834).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server&apos;s name gives no address (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name in the connection and your Internet access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached on UDP 500/4500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE packets get no answer: a firewall or router between this PC and the server blocks UDP 500 and 4500, or the server is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, open UDP 500 and 4500 on this network; otherwise send the message below to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting IKE requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, then went silent or asked for a cookie: it is protecting itself against overload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; if it persists, tell your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not speak this IKE version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers only IKEv1 or only IKEv2, and the connection uses the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VPN type that matches the server: IKEv2, or L2TP/IPsec for IKEv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only accepts IKEv1 Aggressive Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows only uses Main Mode; a server configured for Aggressive Mode never agrees with it. Aggressive Mode with a pre-shared key is also weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your VPN provider to enable Main Mode (or IKEv2) for Windows clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC and the server have no security proposal in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption, integrity or Diffie-Hellman group Windows offers is refused by the server (phase 1, error 13868).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the connection with the server (Set-VpnConnectionIPsecConfiguration with the server&apos;s algorithms), or ask your VPN provider to accept Windows&apos; proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has expired or the clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE refuses a certificate outside its validity dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this PC&apos;s date and time, then renew the expired certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no usable computer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE needs a computer certificate with its private key and the Client Authentication purpose (error 13806).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate from your VPN provider (.pfx, with its private key) in the computer&apos;s Personal store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is revoked or its revocation cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation list or OCSP server of a certificate is unreachable, or the certificate is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the revocation addresses are reachable; ask your VPN provider otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 settings do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 worked but the tunnel&apos;s own settings (encryption, PFS, traffic selectors, address assignment) were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the phase 2 settings with your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the user sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your user name and password, then ask your VPN provider which authentication method to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause comes from a newer version of IPsec Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My VPN connection fails. IPsec Doctor checked this computer; here is what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE exchange: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address seen in the logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer: %1, Windows build %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you check the server&apos;s logs at these times and tell me which setting to change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by the server&apos;s answer or by a fact that stops the connection outright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error code or a fact of this computer points to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of several readings of the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN connection chosen: the causes are not narrowed to one tunnel type or sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPP user authentication inside the L2TP/IPsec tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec connections need it: without it Windows has no IPsec policy for them (error 791, IKE 13825). IKEv2 connections do not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP 4500 is blocked on the way to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT router sits between this PC and the server, so IKE moves to UDP port 4500 after the first exchange; the server answered on UDP 500 but nothing came back on UDP 4500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, allow UDP 4500 on this network; otherwise send the message below to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refuses L2TP/IPsec to a server behind NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sits behind a NAT router, and by default Windows does not set up L2TP/IPsec with a server behind NAT unless the AssumeUDPEncapsulationContextOnSendRule registry value allows it (typical error 809). A NAT router in front of this PC alone needs no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix below (it sets the value to 2), then restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no usable certificate for IKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With EAP sign-in this PC sends no computer certificate: error 13806 means the VPN server found no valid certificate or trusted root of its own for IKEv2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message below to your VPN provider: the server&apos;s IKEv2 certificate must be installed with its private key and the Server Authentication purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC does not accept the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows checks the server&apos;s certificate: it must chain to a root in the computer&apos;s Trusted Root Certification Authorities (a root only in your user&apos;s store does not count), carry the Server Authentication purpose, be valid, and name the server you dial (error 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your VPN provider&apos;s root certificate in the computer&apos;s Trusted Root Certification Authorities, and dial the exact server name of its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-shared key does not match the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, then the IPsec authentication with the pre-shared key failed (error 789): the key typed in this connection differs from the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection&apos;s properties, Security tab, Advanced settings, and type the pre-shared key again exactly as your VPN provider gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side rejected the other&apos;s certificate or key. Most often this PC rejects the server&apos;s certificate (purpose, validity, root, name); otherwise the server rejects this PC&apos;s certificate or pre-shared key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Certificates step with this connection; if it finds nothing, ask your VPN provider which certificate and authority it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name, the password or the sign-in method its policy allows (in PPP after IPsec with L2TP, in EAP inside IKE_AUTH with IKEv2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last on %1 (UTC)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this computer explains the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the name of a VPN connection, quoted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network drops large packets on the way to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small IKE packets reach the server, but a packet as large as the one that carries the certificates is split into IP fragments, and they never arrive: the connection stops after the first exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, ask this network&apos;s administrator to let IP fragments through; otherwise send the message below to your VPN provider (IKEv2 fragmentation on the server avoids it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the IKE ports of this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; IKE service needs UDP ports 500 and 4500 of this PC; another program (often another VPN client) holds one of them, so Windows&apos; IKE packets never reach the server or its answers never reach Windows (error 809).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit or uninstall the program named above, or stop the service it runs, then restart the computer and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what an error code or event id means (809, 0x800B0109, 4653)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>&lt;fix-id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a fix (administrator rights needed); undo reverses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms that need more than the id:
  fix certificate.import-ca.root|intermediate --file FILE --thumbprint SHA1
  fix profile.ipsec-policy.set --profile NAME --phonebook user|all-users --ipsec-policy P
  fix profile.tunnel-type.set --profile NAME --phonebook user|all-users --strategy TYPE

Fix ids:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>IPsec Doctor stopped on an unexpected error (%1). Nothing more was done; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>list the fixes recorded in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsCatalogue</name>
    <message>
        <source>Logged on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged %n times, from %1 to %2.</source>
        <translation>
            <numerusform>Logged %n time, from %1 to %2.</numerusform>
            <numerusform>Logged %n times, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN connection failed with error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN connection &quot;%1&quot; failed with error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows logged this error code when the connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code and the times to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick mode (phase 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main mode (phase 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec %1 negotiation failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reported by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The negotiation failed for a reason Windows wrote in the machine&apos;s language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the details of this event to your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec security associations were established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiations with %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid IKE packets were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec negotiations failed because the IKE service was not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec driver dropped packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPsec services had a critical failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remote Access server logged error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Routing and Remote Access server logged this failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN connection succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN or IPsec event in the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows logged no VPN connection attempt and no IPsec negotiation in the period read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect once, then check again so that the logs show what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows does not record IPsec negotiation failures, so the logs cannot tell at which phase the VPN fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows records IPsec negotiations in the Security log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit policy needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run IPsec Doctor as an administrator to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Security log needs administrator rights: run IPsec Doctor as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor; its evidence is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on success and failure auditing of the IPsec subcategories (reversible, needs administrator rights, no restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say why; its events are missing from the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsCliText</name>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes IPsec Doctor can apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root cause found: no check and no log entry points to a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: ipsecdoctor-cli fix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer explains the failure. Message for your VPN provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code: write it as 809, 13801, 0x800B0109 or -2146762495.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor does not know the code %1. Look at the codes logged at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (not a cause of a failure here):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsFixCatalogue</name>
    <message>
        <source>Turn on IPsec auditing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on RAS tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows will record the successes and failures of IPsec Main Mode, Quick Mode, Extended Mode and Driver in the Security log, so the next failed connection shows at which phase it fails. Needs administrator rights; no restart. Undo puts back exactly the previous audit settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAS components (RASMAN, RASAPI32, RASPPP, RASTLS, RASCHAP, RASTAPI) will write trace files to %windir%\tracing; a diagnostic bundle includes them, without passwords or pre-shared keys. Needs administrator rights; no restart. Turn it off again with Undo once the trace is exported: it restores the previous switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS tracing is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the normal state. When the logs do not explain a failure, the RAS trace files show each step of the connection attempt in detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on RAS tracing, connect once, then export a diagnostic bundle for support staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS tracing is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These components write trace files: %1. A diagnostic bundle includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the trace is exported, turn tracing off again (Undo): it slows RAS a little and the files keep growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing: not checked (needs administrator rights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing: on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec auditing: off for some IPsec subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS tracing: not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS tracing: off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS tracing: on for %1 of %2 components.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>, </source>
        <comment>separator between service names</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCatalogue</name>
    <message>
        <source>port closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows cannot find the address of the VPN server, so it cannot even try to connect (error 868).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name in the VPN connection, then your Internet connection and DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server does not answer on UDP port 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor sent the IKE packets Windows sends and got no answer at all: a firewall on the way drops them, or the server is down. Windows reports this as error 809.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network administrator to allow UDP ports 500 and 4500 to the VPN server, or try from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers IKE at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network reported that the server cannot be reached on UDP port 500 (%1): the VPN service does not run there, or this is not the VPN server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address; ask the server&apos;s administrator whether the VPN service runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server stopped answering after a few packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered, then went silent: it limits connection attempts from one address. This protects it against attacks and is not a fault, but some answers are missing from this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute before testing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server answers on UDP port 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE packets reach the server and its answers come back (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT router sits between this computer and the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses are translated on the way, so IKE moves to UDP port 4500. This is normal at home; when the server itself is behind NAT, L2TP/IPsec also needs the AssumeUDPEncapsulationContextOnSendRule registry value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the encryption settings Windows proposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the IKEv2 proposals this connection sends is accepted, so Windows fails with error 13868 (no policy match). The server accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept a proposal Windows sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a policy the server accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept a proposal Windows supports, such as aes256-sha256-modp2048.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a key exchange group this connection does not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for Diffie-Hellman group %1, which is not in the proposals of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept group 2 or 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts Windows&apos; IKEv2 proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It chose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to accept AES-256 with SHA-1 and group 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only answers IKEv1 Aggressive Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows uses Main Mode only, so it cannot connect to this server. With a pre-shared key, Aggressive Mode also lets an eavesdropper guess the key offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to enable Main Mode and disable Aggressive Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers IKEv1 Aggressive Mode (security risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows does not use it, but with a pre-shared key anyone can capture the answer and guess the key offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to disable Aggressive Mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks IKEv1 (L2TP/IPsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not answer IKEv2: an IKEv2 connection cannot work, L2TP/IPsec can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the VPN type to L2TP/IPsec, or ask for IKEv2 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks IKEv2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refuses IKEv1: an L2TP/IPsec connection cannot work, IKEv2 can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the VPN type to IKEv2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection would use weak encryption (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts it, but DES, 3DES, MD5 and Diffie-Hellman groups 1 and 2 can be broken today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a stronger policy both sides support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server does not answer on UDP port 4500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE starts on UDP port 500, then moves to port 4500 because a NAT router is on the way; that port gets no answer here, so the connection stops there (error 809).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE starts on UDP port 500 and moves to port 4500 behind a NAT router (home boxes, hotels, mobile networks); that port gets no answer here, so the VPN will fail on such networks (error 809).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network or VPN administrator to allow UDP port 4500 to the server, like UDP port 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN server answers on UDP port 4500 (NAT traversal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKE can move to port 4500 behind a NAT router, as Windows does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NAT router between this computer and the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses are not translated on the way, so IKE stays on UDP port 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts no IKEv2 encryption settings Windows can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Windows&apos; default IKEv2 proposals nor any custom policy Windows can be set to is accepted: the connection fails with error 13868.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts no L2TP/IPsec encryption settings Windows can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Windows&apos; L2TP/IPsec proposals nor any custom policy Windows can be set to is accepted in IKEv1 Main Mode: the connection fails with error 788.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the encryption settings Windows proposes for L2TP/IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the IKEv1 Main Mode proposals this connection sends is accepted, so the L2TP/IPsec connection fails with error 788. The server accepts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts Windows&apos; L2TP/IPsec proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; proposals accepted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; proposals refused; a custom policy would work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing Windows can send is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; proposals refused; the server stopped answering before the others were tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets do not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-byte IKE packet, split into IP fragments on the way, got no answer while small ones do. IKEv2 can still work: Windows and this server split large IKE messages themselves (IKEv2 fragmentation). L2TP/IPsec with certificates would fail here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-byte IKE packet, split into IP fragments on the way, got no answer while small ones do. Sign-in with certificates sends packets that large, so the connection stops after the first exchange (error 809 or 13805).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try from another network (a phone hotspot). If it works there, this network drops IP fragments: ask its administrator to let them through, or the VPN provider to enable IKEv2 fragmentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server can split IKEv2 messages, but this version of Windows cannot (IKEv2 fragmentation came with Windows 10 version 1803).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Windows: from Windows 10 version 1803 on, IKEv2 connections split their large messages and no longer need IP fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server can split IKEv2 messages, but this connection has IKEv2 fragmentation turned off (Disable_IKEv2_Fragmentation=1 in its phonebook entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn IKEv2 fragmentation back on for this connection: set Disable_IKEv2_Fragmentation to 0 in its entry of rasphone.pbk, then reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2 connections can work from here. If one still fails, or for L2TP/IPsec with certificates, try from another network (a phone hotspot); if it works there, ask this network&apos;s administrator to let IP fragments through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeOutputText</name>
    <message>
        <source>no answer</source>
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
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers, then stops answering (rate limiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not resolve (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered (a security risk with pre-shared keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 (%2), UDP port %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  first answer after %1 ms, %2 packet(s) sent in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2: Windows&apos; proposals (%1) accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  accepted: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (list may be incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the server asked for key exchange group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv1 Aggressive Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT between this computer and the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for a certificate from the CA with key SHA-1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server software: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv1 Main Mode (L2TP/IPsec): Windows&apos; proposals accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest policy both sides support for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets (%1 bytes, IP fragments): UDP 500 %2, UDP 4500 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeServerCommand</name>
    <message>
        <source>HOST | [HOST] --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask a VPN server what it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe sends the IKE packets Windows would send, from an ephemeral UDP port, and
nothing secret. With --profile, it offers what Windows offers for that VPN profile, to
its server unless HOST is given.
Sets (--windows-set): windows10-default, windows11-default, dh2048-aes256-enabled
(Windows 11), windows10-dh2048-aes256-enabled, dh2048-aes256-enforced.
--policy takes the six Set-VpnConnectionIPsecConfiguration values of a custom policy,
e.g. AES256,SHA256,Group14,AES256,SHA256128,None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeText</name>
    <message>
        <source>The --policy values are not a policy Windows accepts (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot probe for this profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesCommand</name>
    <message>
        <source>list the VPN profiles of the phonebooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsCatalogue</name>
    <message>
        <source>Apply the recommended IPsec settings to the VPN profile (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts what Windows offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 can succeed: the strongest proposal both sides support is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses Windows&apos; key exchange group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers the Diffie-Hellman group %1; the server only accepts %2. The connection fails in phase 1 (usually error 13868 or 809).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses every proposal Windows sends by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts %1, which Windows does not offer without a custom IPsec policy. The connection fails in phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses the profile&apos;s custom IPsec policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile sends only %1; the server accepts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and the server have no algorithm in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts %1, which Windows cannot send, even with a custom policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing Windows proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must allow a proposal Windows supports, such as AES-256 / SHA-256 / group 14 (MODP 2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only answers in aggressive mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows negotiates L2TP/IPsec in main mode only; a server that requires aggressive mode never completes phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must allow main mode. Nothing on this PC can change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers aggressive mode (security risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In aggressive mode, the server sends a hash of the pre-shared key that an eavesdropper can attack offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to disable aggressive mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks IKEv1 (L2TP/IPsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile uses IKEv2, which this server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the profile to L2TP/IPsec, or ask for IKEv2 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks IKEv2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile uses L2TP/IPsec (IKEv1), which this server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the profile to IKEv2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak cryptography (security warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s custom policy uses %1, which are no longer considered safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best proposal both sides accept uses %1, which are no longer considered safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer AES-256 with SHA-256 and group 14 or better, on the profile and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec through NAT is not allowed on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is NAT between this PC and the server, and Windows does not set up L2TP/IPsec through NAT unless AssumeUDPEncapsulationContextOnSendRule is 2 (now: %1). Typical result: error 809.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set AssumeUDPEncapsulationContextOnSendRule to 2, then restart the PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect forward secrecy does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile uses PFS %1 but the server&apos;s phase 2 proposals are %2. The VPN connects, then drops at the first rekey (about an hour later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 fails: no common ESP proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs show the server refused the ESP proposals Windows sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the ESP cipher and integrity of the profile with the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s custom IPsec policy cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phonebook says the profile has a custom policy, but its value is not one Windows writes. Windows may refuse to dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a known policy to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not use IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTP and PPTP profiles do not negotiate IKE proposals: this step does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec is switched off for L2TP (ProhibitIpSec = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows will not protect L2TP with IPsec: servers that require IPsec refuse it, and the traffic is not encrypted by IPsec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ProhibitIpSec unless your administrator set it on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak L2TP/IPsec algorithms are allowed (AllowL2TPWeakCrypto = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows accepts DES and MD5 for L2TP/IPsec: a security risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove AllowL2TPWeakCrypto once the server supports AES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server accepts is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows will offer: %1 (key exchange group %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back on UDP port 500: proposals cannot be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and that UDP 500 and 4500 are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding comes from a newer version of IPsec Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the recommended IPsec policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the tunnel type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also offer AES-256 with group 14 (all VPNs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow L2TP/IPsec through NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a custom IPsec policy into the VPN profile, the same setting as Set-VpnConnectionIPsecConfiguration. Undo restores the profile&apos;s previous settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the tunnel type of the VPN profile. Undo restores the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets NegotiateDH2048_AES256 to 1: every IKEv2 VPN on this PC also offers AES-256 with group 14. Undo restores the previous value (or removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets AssumeUDPEncapsulationContextOnSendRule to 2 so that L2TP/IPsec works when this PC and the server are both behind NAT. Undo restores the previous value (or removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time you connect the VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after the Remote Access Connection Manager restarts (or the PC restarts); then reconnect the VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after the PC restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key exchange group sent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAP-MSCHAPv2 (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAP-TLS (certificate or smart card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows defaults</source>
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
        <source>%1 — server %2, %3 (%4), %5, IPsec policy: %6, split tunnelling: %7 [%8]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 (IKE) is where the PC and the server agree on algorithms and prove who they are. In main mode, identities are exchanged only once the channel is encrypted. Aggressive mode is faster but sends them in the clear, with a hash of the pre-shared key that can be cracked offline. Windows always uses main mode for L2TP/IPsec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT (a home or hotel router) rewrites addresses, which breaks IPsec unless both sides wrap it in UDP port 4500 (NAT-T). IKEv2 does this by itself. For L2TP/IPsec, Windows refuses it when the server is also behind NAT unless AssumeUDPEncapsulationContextOnSendRule is set to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network adapter encrypts IPsec itself (task offload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec task offload is on for: %1. With a faulty driver, phase 1 succeeds and then no data passes (phase 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the VPN connects but nothing passes, update the adapter&apos;s driver, or turn off &quot;IPsec Offload&quot; in the adapter&apos;s Advanced properties to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Diffie-Hellman group is the mathematics both sides use to create a shared key. For IKEv2, Windows offers only group 2 (MODP 1024) by default, which modern servers refuse as too weak; L2TP/IPsec already offers elliptic curves and group 14. A custom IPsec policy on the IKEv2 profile, or NegotiateDH2048_AES256, makes Windows offer group 14 (MODP 2048) or elliptic curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the recommended IPsec settings to the VPN profile (%1). Phase 2 was not tested: they set ESP to the first proposal Windows offers by default (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses every L2TP/IPsec proposal Windows sends by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts %1 in IKEv1 Main Mode, which Windows does not offer without a custom IPsec policy. The L2TP/IPsec connection fails in phase 1 (error 788).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsText</name>
    <message>
        <source>VPN %1 — server %2, tunnel %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   &lt;- accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server accepts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 (journal entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 (journal entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To undo it: ipsecdoctor-cli undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN profile found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Open a diagnostic bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard style: modern or classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Nothing has been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) can prevent the VPN from connecting.</source>
        <translation>
            <numerusform>%n problem can prevent the VPN from connecting.</numerusform>
            <numerusform>%n problems can prevent the VPN from connecting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) deserve attention, but nothing found so far blocks the VPN.</source>
        <translation>
            <numerusform>%n point deserves attention, but nothing found so far blocks the VPN.</numerusform>
            <numerusform>%n points deserve attention, but nothing found so far blocks the VPN.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem was found in the checks so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor — summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle from %1 (%2, build %3), collected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer %1 (%2, build %3), checked %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN fails, and nothing on this computer explains it: see the message for your VPN provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportCatalogue</name>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which programs hold the IKE ports (UDP 500 and 4500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which network filters are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; IKE service and %1 both listen on UDP port %2 of this computer. The server&apos;s answers can reach the other program instead of Windows, and the VPN fails now and then (error 809 or 13801).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; IKE service (IKEEXT) needs UDP port %2 of this computer for the VPN, but %1 holds it. Windows cannot use the port, so every IKE negotiation fails (often error 809).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit or uninstall %1 (often another VPN client), restart the computer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or disable the service %2 that %1 runs (Internet Connection Sharing, Hyper-V networking or another VPN client hold these ports), restart the computer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds UDP port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network filters from other vendors are installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These programs (antivirus, firewall or VPN software) filter network traffic inside Windows, with %n filtering driver(s) of their own. One of them can drop IKE packets before Windows sees them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If the VPN fails while the server answers IPsec Doctor&apos;s questions, turn these programs&apos; network protection off for a test, or ask their vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows gives this information to administrators only: run IPsec Doctor as an administrator to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not provide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows returned an error (%1, code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer, UDP port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free (Windows&apos; IKE service opens it when the VPN dials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network filters from other vendors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; IKE service in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>&lt;journal-id&gt; | --last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a fix recorded in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::CertificateCard</name>
    <message>
        <source>Server Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP security IKE intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed by this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the thumbprint, to compare it or search for it in certlm.msc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 to %2 (%n day left)</numerusform>
            <numerusform>%1 to %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (no restriction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? (issuer not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key hash (IKE CERTREQ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::CertificatesPage</name>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Undo removes exactly this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates this VPN connection needs, whether Windows can use them, and which certification authorities the server trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VPN signs in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the method your IT department set up: it decides which certificates matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagnostic bundle holds no certificates (made by an older IPsec Doctor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems stop this VPN from connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates work, with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server asks for: not known yet. Probing the server tells which certification authorities it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — installed here (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not installed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts certificates from these authorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a diagnostic bundle from another computer: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on Windows, for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this certificate to %1?

%2
Issued by: %3
Valid from %4 to %5
Thumbprint (SHA-1): %6

Check the thumbprint with your IT department before trusting it. Undo removes exactly this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate stores cannot be read on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ConnectionPicker</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connection to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpn.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IKEv2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2TP/IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only VPN connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let IPsec Doctor choose (the one that failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server without a VPN connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks and the diagnosis are judged for this connection: its tunnel type and sign-in method decide which causes can apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ConnectivityPanel</name>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, then stopped answering (the server limits how often it is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer at all (a firewall may drop UDP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be asked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1 on UDP port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port 4500 (NAT traversal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address translation (NAT): not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address translation (NAT) between this PC and the server: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address translation (NAT) between this PC and the server: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server software: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities the server asks for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) sent</source>
        <translation>
            <numerusform>%n packet sent</numerusform>
            <numerusform>%n packets sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers IKEv1 aggressive mode (a security risk with pre-shared keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP 500: %1, UDP 4500: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets (%1 bytes, IP fragments): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::DoctorWizard</name>
    <message>
        <source>IPsec Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what IPsec Doctor is doing, as written in its log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::FindingWidget</name>
    <message>
        <source>Hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::LogWindow</name>
    <message>
        <source>Details — IPsec Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::LogsPage</name>
    <message>
        <source>The log could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Windows recorded about VPN connections and IPsec negotiations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All VPN and IPsec events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved log (.evtx, .xml)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse events exported from Event Viewer on this or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logs have not been read yet: go back and run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log to show: open a saved log, or a diagnostic bundle from the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved log %1: %n event(s) read.</source>
        <translation>
            <numerusform>Saved log %1: %n event read.</numerusform>
            <numerusform>Saved log %1: %n events read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from this computer&apos;s logs.</source>
        <translation>
            <numerusform>%n event read from this computer&apos;s logs.</numerusform>
            <numerusform>%n events read from this computer&apos;s logs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) read from this computer&apos;s logs since %1.</source>
        <translation>
            <numerusform>%n event read from this computer&apos;s logs since %1.</numerusform>
            <numerusform>%n events read from this computer&apos;s logs since %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a saved event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs (*.evtx *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Windows offers to the VPN server, what the server accepts, and how to make them agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the proposals Windows would send and records what the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of IPsec Doctor cannot ask the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the VPN server&apos;s name and choose the tunnel type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IKEv2 or L2TP/IPsec VPN profile was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 (IKE %2, ESP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the previous settings are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ProposalsTable</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 (IKE SA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 (main mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 (ESP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 (quick mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ProviderMessagePanel</name>
    <message>
        <source>Nothing on this computer explains the failure: send this message to your VPN provider. It contains no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the fixes above do not help, send this message to your VPN provider. It contains no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for your VPN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;message for my VPN provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language: fr or en</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::RecordingPanel</name>
    <message>
        <source>Windows will ask for administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “%1”: put back exactly what was there before the fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::RootCauseWidget</name>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServerNamePanel</name>
    <message>
        <source>Choose the VPN server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your IT department gave you the VPN server&apos;s certificate (.cer), check it against the rule above. Nothing is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate IPsec Doctor can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the VPN connection, or type the server&apos;s name, to see the rule Windows applies to the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a pre-shared key the server shows no certificate: Windows checks no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You connect by IP address (%1). Windows accepts the server&apos;s certificate only if it lists %1 as a DNS name; an IP address entry alone is not enough (error 13801). Connecting with the server&apos;s DNS name avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows accepts the server&apos;s certificate only if it is issued to %1 (as one of its DNS names, or its subject&apos;s common name) and has the Server Authentication usage. Otherwise the connection fails with error 13801.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and usage check: on, unless the connection turns it off (DisableIKENameEkuCheck); a typed server has no setting to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and usage check: turned off for this connection (DisableIKENameEkuCheck=1). Windows accepts any certificate from a trusted authority, even one issued to another server: less safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and usage check: on (DisableIKENameEkuCheck is not set), as Windows does by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes Windows&apos; name and usage check for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails Windows&apos; name and usage check for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 is neither one of its DNS names nor its common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 is in it only as an IP address entry; Windows needs it as a DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• It lacks the Server Authentication usage (1.3.6.1.5.5.7.3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection skips the check (DisableIKENameEkuCheck=1), so Windows would still connect; a certificate issued for this name is the safe fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department for a server certificate issued for this name, or dial the name the certificate carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the first IKEv2 message Windows would send; the server&apos;s answer names the certification authorities it accepts. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 which certification authorities it accepts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certification authorities does the server accept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer (%1): what it accepts is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered but named no certification authority: it signs in with a pre-shared key or asks for certificates later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server named %n certification authority(ies): see below.</source>
        <translation>
            <numerusform>The server named %n certification authority: see below.</numerusform>
            <numerusform>The server named %n certification authorities: see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServiceRowWidget</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start type: %1 (Windows default: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on no other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo “%1”: put the service back as it was before the fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::ServicesPage</name>
    <message>
        <source>Windows services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN connection needs these services to be allowed to run. Each one is checked and explained below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the service changed by the most recent fix that is not undone yet, including one made in an earlier session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a diagnostic bundle from another computer: it can be read here, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this diagnostic bundle comes from %1 and was collected %2. Nothing can be changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Windows services… (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Windows services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled. Press “Check again” to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services have not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This cannot be undone afterwards. Do you want to go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone. The services were checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was undone. The services were checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was applied, but a problem remains. The services were checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was applied. The services were checked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle from %1, collected %2. Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer %1, checked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous pages to run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this computer&apos;s results and the IPsec Doctor log in a .zip file to send to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the computer being checked can export a bundle: this one shows a bundle that was already exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic bundle was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic bundle could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most likely causes first, with the evidence and the fix; then everything that was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root cause found: no check and no log entry points to a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message for your VPN provider was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymize (replace names and addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User, computer and domain names, IP addresses, SIDs and certificate subjects are replaced in the bundle by pseudonyms such as user-1, host-1 or 192.0.2.1, the same one for the same value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anonymized diagnostic bundle was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also noticed (not the cause of this failure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsecdoctor::gui::WelcomePage</name>
    <message>
        <source>Welcome to IPsec Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why a VPN connection does not come up, and fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor finds out why a Windows IPsec or IKEv2 VPN connection does not come up. It checks what the connection depends on, explains each result in plain words and offers fixes that you can undo. Nothing is changed on this computer unless you click a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnostic bundle is a .zip file that IPsec Doctor exports on the computer that has the VPN problem. Open it here to read its results on any computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check this computer instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor runs with administrator rights: fixes are applied directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Doctor runs without administrator rights. Checking needs none; before a fix marked with a shield, Windows asks for permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the diagnostic bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing a diagnostic bundle from %1, collected %2. It is read-only: nothing can be changed. Press Next to see the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to check this computer. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live checks need Windows, and this computer does not run it. Open a diagnostic bundle exported on the Windows computer to analyse it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a diagnostic bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened as a diagnostic bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
