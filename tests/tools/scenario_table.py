"""The scenarios of tests/scenarios: what each PC looked like (scenario_pcs.py), what went wrong,
and what a support technician expects the diagnosis to say. build_scenarios.py writes them out."""
from scenario_pcs import (ATELIER, s01, s02, s03, s04, s05, s06,
                          s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21, s22,
                          s23, s24, s25, s26, s27, s28, s29, s30, s31, s32)

SRC_SERVICES = ("services: resources/samples/policyagent-disabled/snapshot.json (Windows 10, French "
                "display names) and ipsec-facts.md §5 (Windows 10/11 defaults)")
SRC_RASCLIENT = ("RasClient 20221-20227 events: insertion strings of tests/data/real-world/command-output/"
                 "ms-architecture-center_Get-EventLog_RemoteAccess-20111_RasClient-20227-809.txt ({CoId}, user, "
                 "connection, code) in the classic-provider XML of eventlog-xml/"
                 "ipban_System-RemoteAccess-20271_RRAS-auth-denied_2024.xml")
SRC_4653 = ("Security 4653: tests/data/real-world/eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml "
            "(field for field; FailureReason as an English Windows writes it)")
SRC_4654 = "Security 4654: the quick-mode field list of ipsec-facts.md §4.1"
SRC_PBK = ("profiles: tests/scenarios/sources/pbk/{} read by `ipsecdoctor-cli profiles --pbk` "
           "(entries copied from tests/data/real-world/pbk/lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk "
           "by tests/tools/make_scenario_pbks.py)")
SRC_PKI = "certificates: tests/scenarios/sources/pki ({}), made by tests/tools/make_scenario_pki.sh"

SRC_TRANSPORT = ("transport: the owners of UDP 500/4500 as GetExtendedUdpTable (UDP_TABLE_OWNER_PID) gives them with "
                 "their image and service names, and the WFP providers as FwpmProviderEnum0 lists them; written for "
                 "this scenario (no real machine's table), read by the product's own parser")

# The real server configurations the charon captures reproduce.
SERVER_EAP = "server-configs/6tu-kid_strongswan_ipsec.conf_IKEv2-EAP-MSCHAPv2-for-Windows.conf (ike= list)"
SERVER_L2TP = "server-configs/hwdsl2-setup-ipsec-vpn_libreswan_ipsec.conf_L2TP-PSK-and-XAuth_heredoc-fragment.conf (conn shared)"
SERVER_DH14 = "server-configs/hwdsl2-setup-ipsec-vpn_libreswan_ikev2.conf_conn-ikev2-cp_heredoc-fragment.conf (ike= list)"


def src_probe(capture, server, shape=""):
    return (f"probe: tests/scenarios/sources/probes/{capture}.json — `ipsecdoctor-cli probe --json` against a real "
            f"strongSwan charon (tests/tools/capture_scenario_probes.py, charon log beside it) configured from "
            f"tests/data/real-world/{server}{shape}")


def expected(top, fix, must_not=(), **extra):
    e = {"top_cause": top, "first_fix": fix, "exit": 1 if top else 0, "must_not": list(must_not)}
    e.update(extra)
    return e


PBK_CONTOSO = SRC_PBK.format("contoso-ikev2.pbk")
PBK_ATELIER = SRC_PBK.format("atelier-l2tp.pbk")
PBK_FOURNISSEUR = SRC_PBK.format("fournisseur.pbk")

SCENARIOS = [
    dict(folder="01-healthy-ikev2-eap-mschapv2", build=s01, title="Healthy PC, IKEv2 with EAP-MSCHAPv2",
         situation="A Windows 11 PC (French) whose only VPN connection, IKEv2 with user name and password, "
                   "connected yesterday and again 25 minutes ago. The technician runs IPsec Doctor as a check.",
         sees="Nothing wrong: the VPN connects.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example (the only profile).",
         expected=expected(None, None, ["cause.transport.blocked", "cause.local.policyagent-unavailable",
                                        "cause.certificate.machine-certificate"]),
         why="Every dial succeeded (RasClient 20225), the server accepts Windows' default proposals on UDP 500 and "
             "answers on UDP 4500. A PC that works has no cause.",
         why_not="None of them has a failure to explain.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="02-healthy-l2tp-psk", build=s02, title="Healthy PC, L2TP/IPsec with a pre-shared key",
         situation="A Windows 10 PC (English) with one L2TP/IPsec connection using a pre-shared key; it connected "
                   "two days ago and 12 minutes ago. No NAT registry value is set, none is needed.",
         sees="Nothing wrong.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example (the only profile).",
         expected=expected(None, None, ["cause.transport.nat-t-registry", "cause.phase1.psk-mismatch"]),
         why="Successful dials and a server that accepts Windows' Main Mode offer.",
         why_not="AssumeUDPEncapsulationContextOnSendRule is absent, which is Windows' default and right for a "
                 "server that is not behind NAT (KB926179).", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP)]),
    dict(folder="03-ikev2-machine-certificate-expired", build=s03,
         title="IKEv2 device tunnel, the computer certificate expired",
         situation="A Windows 10 PC (English) connects with a computer certificate (device tunnel). The certificate "
                   "in LocalMachine\\My expired on 2026-11-28; the last successful dial is from before that date. "
                   "Since then every dial fails with 13806, and IKEEXT logs 4653 with the failure on the local "
                   "computer.",
         sees="\"IKE failed to find valid machine certificate\" (13806).",
         connection_text="VPN Contoso (appareil) — IKEv2, machine certificate, vpn.contoso.example.",
         expected=expected("cause.certificate.expired", "certificate.open-certlm",
                           ["cause.server.certificate", "cause.transport.blocked", "cause.phase1.authentication"]),
         why="The only Client Authentication certificate of the computer store is expired (chain built by the "
             "machine engine: CERT_TRUST_IS_NOT_TIME_VALID), the profile signs in with that certificate, and 13806 "
             "with a local failure point is what Windows says then. The fix is a new certificate, from the "
             "computer's certificate console (certlm.msc).",
         why_not="The server answered IKE_SA_INIT and asked for a certificate of the company CA (CERTREQ): the "
                 "network and the server's side are not in question.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_CONTOSO, SRC_PKI.format("machine-expired.der, root-ca.der"),
                  src_probe("ikev2-machine-cert", SERVER_EAP, " with certificate authentication")]),
    dict(folder="04-l2tp-home-nat-809-udp4500-blocked", build=s04,
         title="L2TP/IPsec behind a home router, UDP 4500 blocked, error 809",
         situation="A Windows 10 laptop (French) at home, behind the box's NAT, dials an L2TP/IPsec server that is "
                   "NOT behind NAT. The probe gets answers on UDP 500 and sees the NAT on the PC's side, but UDP "
                   "4500 (NAT traversal, where IKE and ESP move behind NAT) never answers.",
         sees="Error 809 three times.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.transport.nat-t-blocked", None,
                           ["cause.transport.nat-t-registry", "cause.transport.blocked", "cause.phase1.psk-mismatch",
                            "cause.phase1.proposal-mismatch"]),
         why="With NAT on the path Windows moves to UDP 4500, and the probe proves that port is dropped while UDP 500 "
             "answers. Only the network (home router, ISP, hotel) can open it.",
         why_not="The registry value is only needed when the SERVER is behind NAT (KB926179: the probe's NAT-D says "
                 "it is not); UDP 500 answered, so the server is reachable.",
         instruction="allow UDP 4500 (IPsec NAT traversal) on the router or network the PC uses, or try another "
                     "network.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER,
                  src_probe("l2tp-psk-client-nat-4500-dropped", SERVER_L2TP,
                            " plus its IKEv2 connection (server-configs/hwdsl2-setup-ipsec-vpn_libreswan_ikev2.conf_"
                            "conn-ikev2-cp_heredoc-fragment.conf); home NAT and the UDP 4500 drop by nftables")]),
    dict(folder="05-l2tp-both-behind-nat-809-registry-absent", build=s05,
         title="L2TP/IPsec to a server behind NAT, AssumeUDPEncapsulationContextOnSendRule absent",
         situation="A Windows 10 laptop (English) behind a home router dials an L2TP/IPsec server that is itself "
                   "behind a NAT router forwarding UDP 500/4500 (the NAT-D hash of the server's own address does "
                   "not match the address dialled). The registry value is absent (0), so Windows refuses security "
                   "associations with a server behind NAT; IKEEXT logs 4653 \"Negotiation timed out\" on port 4500.",
         sees="Error 809.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.transport.nat-t-registry", "registry.assume-udp-encapsulation.both-behind-nat",
                           ["cause.transport.blocked", "cause.phase1.psk-mismatch", "cause.phase1.proposal-mismatch"]),
         why="KB926179: with the server behind NAT Windows needs AssumeUDPEncapsulationContextOnSendRule = 1 (server "
             "behind NAT) or 2 (server and client behind NAT) and a restart of the computer. Both sides are behind "
             "NAT here, so 2.",
         why_not="The server answers on UDP 500 and 4500 (probe).", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653 + "; this scenario keeps its port 4500 and IKEv1 key module",
                  PBK_ATELIER,
                  src_probe("l2tp-psk-both-behind-nat", SERVER_L2TP,
                            " plus its IKEv2 connection; the server's port forwarding (DNAT) and the home NAT by "
                            "nftables")]),
    dict(folder="06-ikev2-server-requires-dh-group-14", build=s06,
         title="IKEv2 server that refuses DH group 2 (MODP1024), error 13868",
         situation="A Windows 10 PC (English) dials an IKEv2 server configured like hwdsl2's setup-ipsec-vpn "
                   "(no MODP1024). Windows 10 offers only MODP1024 by default: the server answers "
                   "NO_PROPOSAL_CHOSEN and every dial fails with 13868; IKEEXT logs 4653 \"Policy match error\".",
         sees="\"Policy match error\" (13868).",
         connection_text="VPN Fournisseur — IKEv2, EAP-MSCHAPv2, vpn.fournisseur.example.",
         expected=expected("cause.phase1.proposal-mismatch", "registry.negotiate-dh2048-aes256.enable",
                           ["cause.transport.blocked", "cause.phase2.mismatch"]),
         why="The probe proves the server refuses Windows' default set and accepts AES-256 with MODP2048, which "
             "Windows also offers once NegotiateDH2048_AES256 = 1. That value only adds proposals (the default set "
             "stays, ESP is untouched), so it comes before a custom IPsec policy on the profile (which would also "
             "change phase 2, untested by the probe).",
         why_not="The server answers; the failure is in IKE_SA_INIT, before any CHILD SA.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_FOURNISSEUR, src_probe("ikev2-dh14-server", SERVER_DH14)]),
    dict(folder="07-eap-tls-root-only-in-user-store", build=s07,
         title="EAP-TLS, the company root CA only in the user's Trusted Root store, error 13801",
         situation="A Windows 11 PC (French). The user's certificate is fine (CurrentUser\\My, private key, chain "
                   "trusted by the user's engine). The company root CA was imported by double-click, so it sits in "
                   "CurrentUser\\Root only; LocalMachine\\Root does not have it. IKEEXT validates the server's "
                   "certificate with the computer's stores and fails: 13801.",
         sees="\"IKE authentication credentials are unacceptable\" (13801).",
         connection_text="VPN Contoso EAP-TLS — IKEv2, EAP-TLS, vpn.contoso.example.",
         expected=expected("cause.certificate.untrusted", "certificate.import-ca.root",
                           ["cause.server.certificate", "cause.certificate.machine-certificate",
                            "cause.user-auth.rejected"]),
         why="The server's CERTREQ names the company root; this computer's Trusted Root store lacks it (ipsec-facts "
             "§6: the root must be in LocalMachine\\Root, even for user-certificate EAP-TLS). Importing it there "
             "fixes the PC.",
         why_not="Nothing is wrong on the server, and the user certificate is valid.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, SRC_PKI.format("user-alice.der, root-ca.der"),
                  src_probe("ikev2-eap-tls", SERVER_EAP,
                            " with EAP-TLS (server-configs/AgenttiX-strongswan-server_swanctl.conf_Windows-user-"
                            "cert-EAP-TLS_template.conf) and the company CA")]),
    dict(folder="08-l2tp-wrong-psk-789-home-nat", build=s08,
         title="L2TP/IPsec, wrong pre-shared key, error 789, behind a home router",
         situation="A Windows 10 laptop (French) at home behind the box's NAT; the L2TP server is public (not behind "
                   "NAT) and answers Main Mode on UDP 500 and 4500. The pre-shared key typed in the connection is "
                   "wrong: every dial ends with 789.",
         sees="Error 789 (\"the security layer encountered a processing error\").",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.phase1.psk-mismatch", None,
                           ["cause.transport.nat-t-registry", "cause.transport.blocked",
                            "cause.transport.nat-t-blocked", "cause.phase1.proposal-mismatch"]),
         why="789 on an L2TP profile using a pre-shared key, with a server that accepted Windows' Main Mode offer, "
             "is the key mismatch; it is fixed on this PC by typing the right key.",
         why_not="Only the client is behind NAT (no registry value needed, KB926179); UDP 500 and 4500 answer.",
         instruction="re-type the pre-shared key in the connection's properties (Security, Advanced settings), "
                     "as given by the VPN administrator.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER,
                  src_probe("l2tp-psk-client-nat", SERVER_L2TP, " plus its IKEv2 connection; home NAT by nftables")]),
    dict(folder="09-policyagent-disabled-ikev2-connected", build=s09,
         title="IPsec Policy Agent disabled on an IKEv2-only PC that connects",
         situation="The PC of the project's sample bundle (resources/samples/policyagent-disabled): a \"debloat\" "
                   "script disabled the IPsec Policy Agent. Its only VPN is IKEv2 with EAP-MSCHAPv2, and it connects "
                   "(RasClient 20225 today and two days ago).",
         sees="Nothing wrong.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected(None, None, ["cause.local.policyagent-unavailable"]),
         why="PolicyAgent matters to L2TP/IPsec, not to IKEv2 (expert review E7), and a configuration fact without a "
             "failure is at most a note.",
         why_not="The connection works.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="10-policyagent-disabled-l2tp-791", build=s10,
         title="IPsec Policy Agent disabled, L2TP/IPsec fails with 791",
         situation="A Windows 10 PC (French) whose IPsec Policy Agent was disabled; its L2TP/IPsec connection fails "
                   "with 791 (no IPsec policy).",
         sees="Error 791.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.local.policyagent-unavailable", "service.policyagent.set-default-start",
                           ["cause.phase1.psk-mismatch", "cause.transport.blocked"]),
         why="L2TP/IPsec needs the policy PolicyAgent applies; 791 is its code. Restoring the Windows default start "
             "type (Manual, trigger start) fixes it.",
         why_not="The server accepts Windows' Main Mode offer; nothing reached the key exchange.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP)]),
    dict(folder="11-bfe-disabled", build=s11, title="Base Filtering Engine disabled",
         situation="A Windows 10 PC (English) where the Base Filtering Engine is disabled. IKEEXT and the IPsec Policy "
                   "Agent depend on it and are stopped with 1068 (dependency failed). Dials fail with 827.",
         sees="Error 827 (\"the IKE and AuthIP service or the Base Filtering Engine is not running\").",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.local.ipsec-service-unavailable", "service.bfe.set-default-start",
                           ["cause.local.policyagent-unavailable", "cause.local.rasman-unavailable",
                            "cause.transport.blocked"], max_causes=1),
         why="BFE is the root: IKEEXT and PolicyAgent stopped because of it and are consequences, grouped under it. "
             "One problem, one cause.",
         why_not="PolicyAgent's 1068 is a consequence of BFE, not a second cause.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="12-dns-name-not-resolved-868", build=s12, title="Server name does not resolve, error 868",
         situation="A Windows 10 laptop (English) whose connection names a server the DNS does not know (a typo, or "
                   "a name that was retired). The probe cannot resolve it either.",
         sees="Error 868.",
         connection_text="VPN Nexiste — IKEv2, EAP-MSCHAPv2, vpn.nexiste-pas.example.",
         expected=expected("cause.transport.dns", None, ["cause.transport.blocked"]),
         why="868 and a DNS failure measured by the probe.",
         why_not="Nothing was sent to the server, so nothing can say its ports are blocked.",
         instruction="check the server name in the connection (or the PC's DNS); ask the VPN provider for the "
                     "right name.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_FOURNISSEUR,
                  "probe: tests/scenarios/sources/probes/ikev2-dns-failure.json — `ipsecdoctor-cli probe --json` in "
                  "the lab's namespace, whose resolver does not know the name"]),
    dict(folder="13-udp500-blocked-809", build=s13, title="UDP 500 dropped on the way, error 809",
         situation="A Windows 10 laptop (English) on a network that drops IKE: nothing comes back on UDP 500 or "
                   "4500. RasClient logs 809, IKEEXT logs 4653 \"Negotiation timed out\" with the failure on the "
                   "local computer.",
         sees="Error 809.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.transport.blocked", None,
                           ["cause.transport.nat-t-registry", "cause.phase1.proposal-mismatch"]),
         why="The probe's UDP 500 requests time out, which proves what 809 suggests.",
         why_not="No proposal was ever answered, so nothing says the proposals differ; IKEv2 needs no registry "
                 "value for NAT.",
         instruction="allow UDP 500 and 4500 to the VPN server on this network (or try another one); if it fails "
                     "everywhere, the server may be down: tell the provider.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_CONTOSO,
                  "probe: tests/scenarios/sources/probes/ikev2-udp-dropped.json — `ipsecdoctor-cli probe --json` in "
                  "the lab's namespace with UDP 500 and 4500 dropped by nftables"]),
    dict(folder="14-ikev2-809-behind-nat-udp4500-blocked", build=s14,
         title="IKEv2 behind NAT: UDP 500 answers, UDP 4500 dropped, error 809",
         situation="A Windows 11 laptop (French) on a hotel network: NAT, and a firewall that lets UDP 500 through "
                   "but drops UDP 4500. The probe gets IKE_SA_INIT answers on 500, sees the NAT on its side, and no "
                   "answer on 4500. Windows moves to 4500 for IKE_AUTH behind NAT and times out: 809. The same "
                   "connection worked from the office last week.",
         sees="Error 809.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.transport.nat-t-blocked", None,
                           ["cause.transport.blocked", "cause.transport.nat-t-registry"]),
         why="UDP 500 answers (the server is reachable, expert review E6), NAT is on the path and UDP 4500 is "
             "dropped: the NAT-traversal port is the blocked one.",
         why_not="\"UDP 500 blocked\" is contradicted by the answers; the L2TP registry value does not apply to "
                 "IKEv2.",
         instruction="use another network, or ask its administrator to allow UDP 4500.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO,
                  src_probe("ikev2-eap-client-nat-4500-dropped", SERVER_EAP,
                            "; NAT and the UDP 4500 drop by nftables")]),
    dict(folder="15-13806-eap-mschapv2-server-side", build=s15,
         title="13806 with EAP-MSCHAPv2: the server has no usable certificate",
         situation="A Windows 10 home PC (English) signs in with user name and password (EAP-MSCHAPv2). There is no "
                   "computer certificate, and none is needed. Dials fail with 13806; IKEEXT logs 4653 with the "
                   "failure point on the remote computer.",
         sees="\"IKE failed to find valid machine certificate\" (13806).",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.server.certificate", None,
                           ["cause.certificate.machine-certificate", "cause.certificate.expired"]),
         why="Microsoft (Always On VPN troubleshooting): 13806 \"typically occurs when there's no machine certificate "
             "or root machine certificate present on the VPN server\". An EAP profile does not use a computer "
             "certificate of this PC (expert review E2).",
         why_not="Installing a computer certificate on this PC would change nothing.",
         instruction="send the message to the VPN provider: the server's IKE certificate (or its root) is missing.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="16-13806-machine-certificate-missing", build=s16,
         title="13806 with a machine-certificate profile and no computer certificate",
         situation="A Windows 10 PC (French) reinstalled last week: the device-tunnel profile was restored, the "
                   "company root CA too, but no computer certificate was enrolled. Dials fail with 13806.",
         sees="\"IKE failed to find valid machine certificate\" (13806).",
         connection_text="VPN Contoso (appareil) — IKEv2, machine certificate, vpn.contoso.example.",
         expected=expected("cause.certificate.machine-certificate", "certificate.open-certlm",
                           ["cause.server.certificate", "cause.certificate.expired"]),
         why="The profile signs in with a computer certificate and LocalMachine\\My has none: this PC's problem.",
         why_not="The server asked for a certificate of the company CA (CERTREQ), as it should.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, SRC_PKI.format("root-ca.der"),
                  src_probe("ikev2-machine-cert", SERVER_EAP, " with certificate authentication")]),
    dict(folder="17-13801-server-dialled-by-ip-address", build=s17,
         title="13801: the connection dials the server's IP address, the certificate names vpn.contoso.example",
         situation="A Windows 11 laptop (English). The connection was created with the server's IP address instead "
                   "of its name; the server's certificate is for vpn.contoso.example, its root is trusted. IKEEXT "
                   "rejects the server's certificate (name mismatch): 13801, 4653 with the failure on the local "
                   "computer.",
         sees="\"IKE authentication credentials are unacceptable\" (13801).",
         connection_text="VPN Contoso IP — IKEv2, EAP-MSCHAPv2, 203.0.113.10.",
         expected=expected("cause.certificate.untrusted", None,
                           ["cause.user-auth.rejected", "cause.server.certificate", "cause.phase1.psk-mismatch"]),
         why="One of Microsoft's four 13801 causes (expert review E3): the name dialled is not in the server "
             "certificate. This PC cannot validate the server; the user's password was never checked.",
         why_not="The failure is this PC refusing the server, not the server refusing this PC.",
         instruction="put the server's DNS name (the one in its certificate) in the connection instead of the IP "
                     "address.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_CONTOSO, SRC_PKI.format("root-ca.der"),
                  src_probe("ikev2-eap-mschapv2-by-ip", SERVER_EAP)]),
    dict(folder="18-691-ikev2-eap", build=s18, title="691 on IKEv2 with EAP-MSCHAPv2 (wrong password)",
         situation="A Windows 10 PC (French); the user changed their password yesterday and Windows still uses the "
                   "saved one. IKEv2 runs EAP inside IKE_AUTH: the server rejects the credentials, 691.",
         sees="Error 691.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.user-auth.rejected", None, ["cause.transport.blocked", "cause.phase1.authentication"]),
         why="691 is the user's credentials; with IKEv2 it is an EAP failure inside IKE_AUTH, not PPP (expert "
             "review E4) — the provider message must say so.",
         why_not="IKE_SA_INIT works (the probe) and EAP is reached.",
         instruction="type the current user name and password (forget the saved ones).",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="19-691-l2tp-ppp", build=s19, title="691 on L2TP/IPsec (PPP after IPsec)",
         situation="A Windows 10 PC (English). IPsec comes up (RasClient 20223, device connected), then PPP "
                   "authentication fails with 691.",
         sees="Error 691.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.user-auth.rejected", None, ["cause.phase1.psk-mismatch", "cause.phase1.authentication"]),
         why="With L2TP the user is checked by PPP inside the IPsec tunnel: the tunnel (and so the pre-shared key) "
             "worked.",
         why_not="A 691 after 20223 proves the IPsec stage passed.",
         instruction="check the user name and password with the VPN administrator.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP)]),
    dict(folder="20-aggressive-mode-only-server", build=s20, title="L2TP server that only speaks Aggressive Mode",
         situation="A Windows 10 PC (French) dials an old L2TP/IPsec router configured for IKEv1 Aggressive Mode "
                   "only (group 2): it ignores Main Mode, which is all Windows sends, and refuses IKEv2. Dials time "
                   "out with 809.",
         sees="Error 809.",
         connection_text="Ancien L2TP — L2TP/IPsec, pre-shared key, legacy.fournisseur.example.",
         expected=expected("cause.phase1.aggressive-mode-only", None,
                           ["cause.transport.blocked", "cause.transport.nat-t-registry",
                            "cause.transport.server-throttling"]),
         why="The probe gets an Aggressive Mode answer and nothing for Main Mode. Windows cannot do Aggressive Mode "
             "(and it exposes the pre-shared key): the server must allow Main Mode.",
         why_not="The server answers on UDP 500 (Aggressive Mode, and IKEv2 with a refusal), so the path is open. "
                 "(The probe calls the silence after those answers \"throttled\"; it is Main Mode being ignored.)",
         instruction="send the message to the VPN provider: enable Main Mode on the server.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_FOURNISSEUR,
                  src_probe("l2tp-aggressive-only", SERVER_L2TP,
                            " with aggressive = yes and group 2 proposals; Main Mode requests dropped by nftables "
                            "(ISAKMP exchange type 2)")]),
    dict(folder="21-ikev1-only-server-ikev2-profile", build=s21, title="IKEv2 profile, IKEv1-only (L2TP) server",
         situation="A Windows 10 laptop (English). Someone created the connection as IKEv2 but the server is an "
                   "L2TP/IPsec server (IKEv1 only, ikev2=never): it answers every IKEv2 request with "
                   "NO_PROPOSAL_CHOSEN, whatever is proposed, and accepts Windows' IKEv1 Main Mode offer.",
         sees="\"Policy match error\" (13868).",
         connection_text="Atelier IKEv2 — IKEv2, EAP-MSCHAPv2, l2tp.contoso.example.",
         expected=expected("cause.phase1.version-mismatch", "profile.tunnel-type.set",
                           ["cause.transport.blocked", "cause.phase1.proposal-mismatch"]),
         why="The probe: IKEv1 Main Mode accepted, no IKEv2 proposal at all accepted (discovery found none). "
             "The connection's type is wrong, fixed on this PC; no custom IPsec policy can help.",
         why_not="The server answers on UDP 500.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER,
                  src_probe("ikev1-only-for-ikev2-profile", SERVER_L2TP, " (IKEv1 only)")]),
    dict(folder="22-old-failure-then-successful-dials", build=s22, title="An old 809, then successful dials",
         situation="A Windows 11 PC (French) with two connections; the technician chose \"VPN Contoso\". Three days "
                   "ago two of its dials failed with 809 (on a train); since then it worked three times, last 40 "
                   "minutes ago.",
         sees="Nothing wrong today; the technician checks because the user mentioned the failure.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example (chosen among two).",
         expected=expected(None, None, ["cause.transport.blocked"]),
         why="A failure followed by successful dials of the same connection is history, not a cause.",
         why_not="The later successes contradict a blocked path.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="23-several-profiles-failure-names-one", build=s23,
         title="Three connections; the failures name the L2TP one (789)",
         situation="A Windows 10 PC (English) with three connections: an IKEv2 device tunnel (no computer "
                   "certificate on this PC: it is unused), IKEv2 with a password (connected two hours ago) and an "
                   "L2TP/IPsec connection whose dials fail with 789. Nobody chose a connection: the bundle has no "
                   "\"connection\" member.",
         sees="Error 789 on \"Atelier L2TP\".",
         connection_text="none recorded; the failure events name Atelier L2TP — L2TP/IPsec, pre-shared key, "
                         "l2tp.contoso.example.",
         expected=expected("cause.phase1.psk-mismatch", None,
                           ["cause.certificate.machine-certificate", "cause.transport.nat-t-registry"]),
         index_connection=ATELIER[1],
         why="With several profiles, the diagnosis is about the connection the failure events name (issue 13).",
         why_not="The unused device-tunnel profile's missing certificate explains no failure.",
         instruction="re-type the pre-shared key of Atelier L2TP.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO + "; " + PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP)]),
    dict(folder="24-revocation-server-offline", build=s24,
         title="Certificate revocation cannot be checked (0x80092013)",
         situation="A Windows 10 PC (English) with a valid computer certificate whose CRL distribution point "
                   "(http://pki.contoso.example/...) cannot be reached from outside the company. Dials fail with "
                   "-2146885613 (0x80092013, CRYPT_E_REVOCATION_OFFLINE); the chain is trusted, revocation offline.",
         sees="\"The revocation function was unable to check revocation because the revocation server was offline\".",
         connection_text="VPN Contoso (appareil) — IKEv2, machine certificate, vpn.contoso.example.",
         expected=expected("cause.certificate.revocation", None,
                           ["cause.certificate.expired", "cause.certificate.machine-certificate"]),
         why="The code and the chain's offline revocation status agree.",
         why_not="The certificate is valid and present.",
         instruction="publish the CRL where the PC can reach it (the company's PKI administrator).",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, SRC_PKI.format("machine-valid.der, root-ca.der"),
                  src_probe("ikev2-machine-cert", SERVER_EAP, " with certificate authentication")]),
    dict(folder="25-phase2-quick-mode-mismatch", build=s25,
         title="L2TP/IPsec quick mode refused (phase 2 mismatch)",
         situation="A Windows 10 PC (English). Main Mode works (the probe: Windows' offer accepted), but the server "
                   "refuses Windows' ESP proposals in Quick Mode: IKEEXT logs 4654 \"Policy match error\" (failure "
                   "point remote), RasClient 788.",
         sees="Error 788.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.phase2.mismatch", None,
                           ["cause.phase1.proposal-mismatch", "cause.phase1.psk-mismatch"]),
         why="A quick-mode failure is phase 2, whatever code names the mismatch; Main Mode was proven to work.",
         why_not="Phase 1 is proven by the probe and by the quick mode having started.",
         instruction="send the message to the VPN provider with Windows' ESP offer (AES-256/AES-128/3DES with "
                     "SHA-1).",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4654, PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP)]),
    dict(folder="26-rasman-disabled", build=s26, title="Remote Access Connection Manager disabled",
         situation="A Windows 10 PC (French) where RasMan was disabled by a cleanup tool. Every dial fails at once "
                   "with 834.",
         sees="Error 834 (the Remote Access Connection Manager is not running).",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example.",
         expected=expected("cause.local.rasman-unavailable", "service.rasman.set-default-start",
                           ["cause.transport.blocked"]),
         why="No VPN can dial without RasMan; restoring its default start type (Manual) fixes it.",
         why_not="The server is fine (probe).", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, src_probe("ikev2-eap-mschapv2", SERVER_EAP)]),
    dict(folder="27-ikev2-custom-policy-rejected-13868", build=s27,
         title="IKEv2 profile with a custom IPsec policy the server refuses, error 13868",
         situation="A Windows 10 laptop (French). A script from another VPN service wrote its custom IPsec policy "
                   "into the profile (AES-256/SHA-256/ECP384, the one Windscribe's app writes); Windows then offers "
                   "only that proposal, which this server does not accept. Every dial fails with 13868.",
         sees="\"Policy match error\" (13868).",
         connection_text="VPN Contoso (stratégie) — IKEv2, EAP-MSCHAPv2, custom IPsec policy, vpn.contoso.example.",
         expected=expected("cause.phase1.proposal-mismatch", "profile.ipsec-policy.set",
                           ["cause.transport.blocked", "cause.phase2.mismatch"]),
         why="The probe, with the profile's own policy, gets NO_PROPOSAL_CHOSEN; the server accepts AES-256/SHA-384/"
             "ECP384 and Windows' default set. The profile's policy is the problem: set one the server accepts (or "
             "remove it), on this PC.",
         why_not="The server answers; the failure is in IKE_SA_INIT.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT,
                  PBK_CONTOSO + "; its CustomIPSecPolicies value is the one in tests/data/real-world/pbk/"
                  "windscribe-Desktop-App_ikev2ipsec.cpp_CustomIPSecPolicies-plus-equivalent-Set-VpnConnectionIPsec"
                  "Configuration_code-fragment.txt, written as powershell-vpn-scripts/DHaimann-einfaches-netzwerk.at_"
                  "VPN_Profile_User_ProfileXML-CSP_plus_rasphone-CustomIPSecPolicies-patch.ps1 does",
                  src_probe("ikev2-custom-policy", SERVER_EAP)]),
    dict(folder="28-ikev2-machine-certificate-root-missing-13801", build=s28,
         title="IKEv2 device tunnel, the company root CA missing from the computer, error 13801",
         situation="A Windows 10 PC (English) with a valid computer certificate from the company CA, but the company "
                   "root CA is in none of its stores (a cleanup of LocalMachine\\Root): its own chain stops at the "
                   "certificate (CERT_TRUST_IS_PARTIAL_CHAIN) and IKEEXT cannot validate the server's certificate "
                   "either: 13801, 4653 with the failure on the local computer.",
         sees="\"IKE authentication credentials are unacceptable\" (13801).",
         connection_text="VPN Contoso (appareil) — IKEv2, machine certificate, vpn.contoso.example.",
         expected=expected("cause.certificate.untrusted", "certificate.import-ca.root",
                           ["cause.server.certificate", "cause.certificate.expired",
                            "cause.certificate.machine-certificate"]),
         why="The root that validates the server (named in the server's CERTREQ) is missing from "
             "LocalMachine\\Root; importing it fixes the PC (Microsoft's third 13801 cause).",
         why_not="The computer certificate is present, valid and has its private key; the server is fine.",
         instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, SRC_4653, PBK_CONTOSO, SRC_PKI.format("machine-valid.der"),
                  src_probe("ikev2-machine-cert", SERVER_EAP, " with certificate authentication")]),
    dict(folder="29-l2tp-both-behind-nat-registry-set-connected", build=s29,
         title="L2TP/IPsec through NAT on both sides, AssumeUDPEncapsulationContextOnSendRule = 2, connects",
         situation="A Windows 10 laptop (English) behind a home router, L2TP/IPsec server behind a port-forwarding "
                   "router. A week ago two dials failed with 809; the value was set to 2 and the PC restarted; "
                   "since then it connects (last 14 minutes ago).",
         sees="Nothing wrong today.",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected(None, None, ["cause.transport.nat-t-registry", "cause.transport.blocked"]),
         why="The value KB926179 asks for is set (2: both sides behind NAT) and the dials since succeed: the old "
             "809s are history.",
         why_not="The registry value is already right.", instruction="",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER,
                  src_probe("l2tp-psk-both-behind-nat", SERVER_L2TP,
                            " plus its IKEv2 connection; the server's port forwarding (DNAT) and the home NAT by "
                            "nftables")]),
    dict(folder="30-no-profile-typed-server-refuses-dh-group-2", build=s30,
         title="No profile yet: the server typed in refuses Windows' default proposals",
         situation="A new Windows 11 PC (French) before its VPN is set up. The technician checks the provider's server "
                   "first: no profile, no dial yet; server, tunnel (IKEv2) and sign-in method (EAP-MSCHAPv2) typed in. "
                   "The probe shows the server refuses Windows' default set (MODP1024 only) and accepts AES-256 with "
                   "MODP2048.",
         sees="Nothing yet: the connection would fail with 13868 once created.",
         connection_text="none in the phonebook; typed: IKEv2, EAP-MSCHAPv2, vpn.fournisseur.example.",
         expected=expected("cause.phase1.proposal-mismatch", "registry.negotiate-dh2048-aes256.enable",
                           ["cause.transport.blocked", "cause.phase2.mismatch"]),
         why="The server's refusal is a failure proven by the probe, not a configuration fact. With no profile yet, "
             "the fix is the machine-wide NegotiateDH2048_AES256 = 1 (a profile's custom policy needs a profile).",
         why_not="The server answers on UDP 500 and 4500.", instruction="",
         sources=[SRC_SERVICES, src_probe("ikev2-dh14-server", SERVER_DH14)]),
    dict(folder="31-ike-ports-taken-by-another-vpn-client", build=s31,
         title="IKEv2 fails with 809: another VPN client's IKE daemon holds UDP 500 and 4500",
         situation="A Windows 11 laptop (French) also has another vendor's IPsec VPN client installed, whose IKE "
                   "daemon (iked.exe, service iked) starts at boot and binds UDP 500 and 4500 on every address. The "
                   "connection worked until that client was installed (last success three days ago). Windows' IKEEXT, started on demand, gets neither port. Every dial of the IKEv2 connection fails "
                   "with 809; the server itself answers IPsec Doctor's probe normally.",
         sees="Error 809 three times.",
         connection_text="VPN Contoso — IKEv2, EAP-MSCHAPv2, vpn.contoso.example (the only profile).",
         expected=expected("cause.local.ike-port-taken", None,
                           ["cause.transport.blocked", "cause.transport.nat-t-blocked",
                            "cause.phase1.proposal-mismatch"]),
         why="The owner table shows another program on both IKE ports and IKEEXT on neither: Windows' IKE packets "
             "cannot leave from, or come back to, port 500. The probe sends from an ephemeral port, so its answers "
             "do not contradict it; they do rule out the network and the server.",
         why_not="The server answers on UDP 500 and 4500 and accepts Windows' proposals.",
         instruction="quit or uninstall the other VPN client (or stop its service iked), restart the computer and "
                     "connect again.",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_CONTOSO, SRC_PKI.format("root-ca.der"),
                  src_probe("ikev2-eap-mschapv2", SERVER_EAP), SRC_TRANSPORT]),
    dict(folder="32-l2tp-wrong-psk-with-other-programs-on-the-path", build=s32,
         title="L2TP/IPsec 789 with other vendors' network filters and a program sharing UDP 4500",
         situation="A Windows 10 PC (English) fails to dial L2TP/IPsec with 789 twice. IKEEXT holds UDP 500 and "
                   "4500; a network-monitoring agent also listens on UDP 4500 of the LAN address, and an "
                   "endpoint-protection product has three WFP callouts.",
         sees="\"The L2TP connection attempt failed because the security layer encountered a processing error\" (789).",
         connection_text="Atelier L2TP — L2TP/IPsec, pre-shared key, l2tp.contoso.example.",
         expected=expected("cause.phase1.psk-mismatch", None,
                           ["cause.local.ike-port-taken", "cause.transport.blocked"]),
         why="789 with a pre-shared key and a server that accepts Windows' Main Mode offer: the key typed on this PC "
             "differs from the server's.",
         why_not="IKEEXT has its ports (the agent on 4500 is a warning to read, not what stops IKE), third-party "
                 "filters alone prove nothing, and the server answers.",
         instruction="retype the pre-shared key in the connection's security properties (ask the administrator for "
                     "the right one).",
         sources=[SRC_SERVICES, SRC_RASCLIENT, PBK_ATELIER, src_probe("l2tp-psk", SERVER_L2TP), SRC_TRANSPORT]),
]
