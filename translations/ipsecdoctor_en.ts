<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <source>Stop and start %1 again; services that depend on it are restarted too. A restart changes no setting, so there is nothing to undo.</source>
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
        <source>Fix ids:</source>
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
        <source>The server accepts no encryption settings Windows can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Windows&apos; default proposals nor any custom policy Windows can be set to is accepted: the connection fails with error 13868.</source>
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
        <source>The server refuses Windows&apos; L2TP/IPsec proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the IKEv1 Main Mode proposals Windows sends for L2TP/IPsec is accepted: the connection fails with error 13868.</source>
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
        <source>IKEv1 Main Mode accepted: %1%2</source>
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
        <source>Strongest proposal both sides support: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --policy values are not a policy Windows accepts (see --help).</source>
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
        <source>What was found so far, the most serious first.</source>
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
