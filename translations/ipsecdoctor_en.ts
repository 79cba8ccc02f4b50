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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value: &quot;%1&quot; (see --help).</source>
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
        <source>A Diffie-Hellman group is the mathematics both sides use to create a shared key. Windows offers only group 2 (MODP 1024) by default, which modern servers refuse as too weak. A custom IPsec policy on the profile, or NegotiateDH2048_AES256, makes Windows offer group 14 (MODP 2048) or elliptic curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT (a home or hotel router) rewrites addresses, which breaks IPsec unless both sides wrap it in UDP port 4500 (NAT-T). IKEv2 does this by itself. For L2TP/IPsec, Windows refuses it when the server is also behind NAT unless AssumeUDPEncapsulationContextOnSendRule is set to 2.</source>
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
