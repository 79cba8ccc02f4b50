"""The PCs of the scenario corpus (tests/scenarios): for each scenario, its events, services,
certificates, probe capture and connection, as scenario_parts.py builds them. scenario_table.py
says what each one is and what the diagnosis must say about it."""
import scenario_parts as P

IKEV2_DEVICE = "WAN Miniport (IKEv2)"
L2TP_DEVICE = "WAN Miniport (L2TP)"
PC_IP = "192.168.1.20"
CONTOSO_IP = "203.0.113.10"
L2TP_IP = "203.0.113.20"
FOURNISSEUR_IP = "203.0.113.30"

# 4653 reasons as an English Windows writes them (winerror.h texts; FormatMessage).
R_TIMEOUT = "Negotiation timed out"
R_POLICY_MATCH = "Policy match error"
R_AUTH = "IKE authentication credentials are unacceptable"
R_NO_CERT = ("IKE failed to find valid machine certificate. Contact your Network Security Administrator about "
             "installing a valid certificate in the appropriate Certificate Store.")
IKEV2, IKEV1 = "%%8244", "%%8222"
LOCAL, REMOTE = "%%8199", "%%8200"
AUTH_CERT, AUTH_PSK, AUTH_EAP = "%%8227", "%%8193", "%%8247"
SENT_FIRST, SENT_THIRD, SENT_FIRST_QM = "%%8202", "%%8204", "%%8208"


def snapshot(collected_at, machine, services, events=None, certs=None, probe=None, vpn=None, connection=None,
             ipsec_audit=False):
    s = {"schema_version": 1, "collected_at": collected_at, "machine": machine, "services": services,
         "errors": [], "certificates": certs or P.certificates()}
    if events is not None:
        s["logs"] = P.logs(events, ipsec_audit)
    if probe:
        s["probe"] = P.probe(probe, collected_at)
    if vpn:
        s["vpn"] = vpn
    if connection:
        s["connection"] = connection
    return s


def conn(profile, tunnel, auth, server, origin="only-profile"):
    return {"profile": profile, "tunnel": tunnel, "auth": auth, "server": server, "origin": origin}


# The connections of the corpus: (phonebook, entry) and the connection member that names it.
CONTOSO = (("contoso-ikev2.pbk", "VPN Contoso"),
           conn("VPN Contoso", "ikev2", "eap-mschapv2", "vpn.contoso.example"))
CONTOSO_TLS = (("contoso-ikev2.pbk", "VPN Contoso EAP-TLS"),
               conn("VPN Contoso EAP-TLS", "ikev2", "eap-tls", "vpn.contoso.example"))
CONTOSO_DEVICE = (("contoso-ikev2.pbk", "VPN Contoso (appareil)"),
                  conn("VPN Contoso (appareil)", "ikev2", "machine-certificate", "vpn.contoso.example"))
CONTOSO_BY_IP = (("contoso-ikev2.pbk", "VPN Contoso IP"),
                 conn("VPN Contoso IP", "ikev2", "eap-mschapv2", CONTOSO_IP))
ATELIER = (("atelier-l2tp.pbk", "Atelier L2TP"), conn("Atelier L2TP", "l2tp", "psk", "l2tp.contoso.example"))
ATELIER_IKEV2 = (("atelier-l2tp.pbk", "Atelier IKEv2"),
                 conn("Atelier IKEv2", "ikev2", "eap-mschapv2", "l2tp.contoso.example"))
FOURNISSEUR = (("fournisseur.pbk", "VPN Fournisseur"),
               conn("VPN Fournisseur", "ikev2", "eap-mschapv2", "vpn.fournisseur.example"))
NEXISTE = (("fournisseur.pbk", "VPN Nexiste"), conn("VPN Nexiste", "ikev2", "eap-mschapv2", "vpn.nexiste-pas.example"))
CONTOSO_POLICY = (("contoso-ikev2.pbk", "VPN Contoso (stratégie)"),
                  conn("VPN Contoso (stratégie)", "ikev2", "eap-mschapv2", "vpn.contoso.example"))
ANCIEN = (("fournisseur.pbk", "Ancien L2TP"), conn("Ancien L2TP", "l2tp", "psk", "legacy.fournisseur.example"))


class Pc:
    """One PC of the corpus: who uses it, when it was collected, its events so far."""

    def __init__(self, host, user, collected_at, lang, windows=10):
        self.host, self.user, self.t, self.lang, self.windows = host, user, collected_at, lang, windows
        # A device tunnel dials as SYSTEM (the ms-architecture-center capture's user).
        self.events = P.Events(host, collected_at, f"{host}\\{user}" if user else "SYSTEM")

    def fails(self, connection, code, *minutes, device=IKEV2_DEVICE, reached_device=False):
        for m in minutes:
            self.events.dial_failed(m, connection[1]["profile"], code, device, reached_device)

    def connects(self, connection, *minutes, device=IKEV2_DEVICE):
        for m in minutes:
            self.events.dial_ok(m, connection[1]["profile"], device)

    def snapshot(self, connection, probe, services=None, certs=None, ipsec_audit=False, profiles=None):
        """The snapshot; `profiles` = every connection of the phonebooks (default: the one under
        diagnosis, said to be the only one); `connection` None when nobody chose one."""
        member = connection[1] if connection else None
        if member and profiles and len(profiles) > 1:
            member = dict(member, origin="chosen")
        wanted = [c[0] for c in (profiles if profiles is not None else [connection])]
        return snapshot(self.t, P.machine(self.host, self.lang, self.windows), services or P.services(self.lang),
                        self.events, certs, probe, P.vpn(CLI[0], self.user or "admin", wanted), member, ipsec_audit)


CLI = [None]  # the ipsecdoctor-cli that reads the phonebooks, set by build()


def build(function):
    def run(cli):
        CLI[0] = cli
        return function()
    return run


# ------------------------------------------------------------------------------------------------

@build
def s01():
    pc = Pc("PC-ACCUEIL-02", "cdupont", "2026-12-07T08:40:00Z", "fr", 11)
    pc.connects(CONTOSO, 1560, 25)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2")


@build
def s02():
    pc = Pc("WS-ATELIER-11", "jsmith", "2026-12-07T09:05:00Z", "en")
    pc.connects(ATELIER, 2900, 12, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk")


@build
def s03():
    pc = Pc("PC-ATELIER-03", None, "2026-12-07T07:55:00Z", "en")
    pc.connects(CONTOSO_DEVICE, 14500)
    for minutes in (95, 12):
        pc.events.main_mode_failed(minutes, PC_IP, CONTOSO_IP, IKEV2, LOCAL, R_NO_CERT, AUTH_CERT, SENT_FIRST)
        pc.fails(CONTOSO_DEVICE, 13806, minutes)
    certs = P.certificates(
        P.certificate("machine-expired", "machine-my", pc.t, private_key="accessible", chain_to=["root-ca"]),
        P.certificate("root-ca", "machine-root", pc.t))
    return pc.snapshot(CONTOSO_DEVICE, "ikev2-machine-cert", certs=certs, ipsec_audit=True)


@build
def s04():
    pc = Pc("PORTABLE-LUCIE", "lucie", "2026-12-07T18:20:00Z", "fr")
    pc.fails(ATELIER, 809, 42, 30, 4, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk-client-nat-4500-dropped")


@build
def s05():
    pc = Pc("LAPTOP-ROSS", "ross", "2026-12-07T10:10:00Z", "en")
    for minutes in (33, 6):
        pc.events.main_mode_failed(minutes, PC_IP, L2TP_IP, IKEV1, LOCAL, R_TIMEOUT, AUTH_PSK, SENT_FIRST,
                                   port="4500")
        pc.fails(ATELIER, 809, minutes, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk-both-behind-nat", ipsec_audit=True)


@build
def s06():
    pc = Pc("DESKTOP-7QK2M1", "mhall", "2026-12-07T11:30:00Z", "en")
    for minutes in (21, 3):
        pc.events.main_mode_failed(minutes, PC_IP, FOURNISSEUR_IP, IKEV2, REMOTE, R_POLICY_MATCH, AUTH_EAP,
                                   SENT_FIRST)
        pc.fails(FOURNISSEUR, 13868, minutes)
    return pc.snapshot(FOURNISSEUR, "ikev2-dh14-server", ipsec_audit=True)


@build
def s07():
    pc = Pc("PC-RH-05", "alice", "2026-12-07T08:15:00Z", "fr", 11)
    pc.fails(CONTOSO_TLS, 13801, 50, 8)
    certs = P.certificates(
        P.certificate("user-alice", "user-my", pc.t, private_key="accessible", chain_to=["root-ca"]),
        P.certificate("root-ca", "user-root", pc.t))
    return pc.snapshot(CONTOSO_TLS, "ikev2-eap-tls", certs=certs)


@build
def s08():
    pc = Pc("PORTABLE-NOAH", "noah", "2026-12-07T19:02:00Z", "fr")
    pc.fails(ATELIER, 789, 14, 9, 2, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk-client-nat")


@build
def s09():
    pc = Pc("PC-COMPTA-07", "amartin", "2026-11-20T08:47:12Z", "fr")
    pc.connects(CONTOSO, 2890, 18)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", services=P.services("fr", PolicyAgent=P.disabled()))


@build
def s10():
    pc = Pc("PC-COMPTA-08", "bleroy", "2026-11-20T09:12:40Z", "fr")
    pc.fails(ATELIER, 791, 11, 1, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk", services=P.services("fr", PolicyAgent=P.disabled()))


@build
def s11():
    pc = Pc("WS-SALES-04", "kpatel", "2026-12-07T13:45:00Z", "en")
    pc.fails(CONTOSO, 827, 17, 5)
    services = P.services("en", BFE=P.disabled(), IKEEXT=P.stopped_by_dependency(),
                          PolicyAgent=P.stopped_by_dependency())
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", services=services)


@build
def s12():
    pc = Pc("LAPTOP-GREEN", "agreen", "2026-12-07T15:00:00Z", "en")
    pc.fails(NEXISTE, 868, 40, 22, 7)
    return pc.snapshot(NEXISTE, "ikev2-dns-failure")


@build
def s13():
    pc = Pc("LAPTOP-OKAFOR", "tokafor", "2026-12-07T09:50:00Z", "en")
    for minutes in (26, 10):
        pc.events.main_mode_failed(minutes, PC_IP, CONTOSO_IP, IKEV2, LOCAL, R_TIMEOUT, AUTH_EAP, SENT_FIRST)
        pc.fails(CONTOSO, 809, minutes)
    return pc.snapshot(CONTOSO, "ikev2-udp-dropped", ipsec_audit=True)


@build
def s14():
    pc = Pc("PORTABLE-INES", "ines", "2026-12-07T20:30:00Z", "fr", 11)
    pc.connects(CONTOSO, 8700)
    pc.fails(CONTOSO, 809, 35, 12)
    return pc.snapshot(CONTOSO, "ikev2-eap-client-nat-4500-dropped")


@build
def s15():
    pc = Pc("HOME-PC-BAKER", "sbaker", "2026-12-07T08:05:00Z", "en")
    for minutes in (64, 9):
        pc.events.main_mode_failed(minutes, PC_IP, CONTOSO_IP, IKEV2, REMOTE, R_NO_CERT, AUTH_EAP, SENT_THIRD)
        pc.fails(CONTOSO, 13806, minutes)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", ipsec_audit=True)


@build
def s16():
    pc = Pc("PC-LOGISTIQUE-09", None, "2026-12-07T07:30:00Z", "fr")
    pc.fails(CONTOSO_DEVICE, 13806, 120, 60, 2)
    certs = P.certificates(P.certificate("root-ca", "machine-root", pc.t))
    return pc.snapshot(CONTOSO_DEVICE, "ikev2-machine-cert", certs=certs)


@build
def s17():
    pc = Pc("LAPTOP-NGUYEN", "hnguyen", "2026-12-07T10:40:00Z", "en", 11)
    for minutes in (19, 4):
        pc.events.main_mode_failed(minutes, PC_IP, CONTOSO_IP, IKEV2, LOCAL, R_AUTH, AUTH_EAP, SENT_THIRD)
        pc.fails(CONTOSO_BY_IP, 13801, minutes)
    certs = P.certificates(P.certificate("root-ca", "machine-root", pc.t))
    return pc.snapshot(CONTOSO_BY_IP, "ikev2-eap-mschapv2-by-ip", certs=certs, ipsec_audit=True)


@build
def s18():
    pc = Pc("PC-JURIDIQUE-02", "pgarnier", "2026-12-07T09:20:00Z", "fr")
    pc.connects(CONTOSO, 4400)
    pc.fails(CONTOSO, 691, 16, 3)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2")


@build
def s19():
    pc = Pc("WS-ATELIER-12", "dlee", "2026-12-07T16:10:00Z", "en")
    pc.fails(ATELIER, 691, 27, 5, device=L2TP_DEVICE, reached_device=True)
    return pc.snapshot(ATELIER, "l2tp-psk")


@build
def s20():
    pc = Pc("PC-MAGASIN-01", "vblanc", "2026-12-07T14:25:00Z", "fr")
    pc.fails(ANCIEN, 809, 31, 6, device=L2TP_DEVICE)
    return pc.snapshot(ANCIEN, "l2tp-aggressive-only")


@build
def s21():
    pc = Pc("LAPTOP-WEBER", "jweber", "2026-12-07T12:00:00Z", "en")
    pc.fails(ATELIER_IKEV2, 13868, 44, 15)
    return pc.snapshot(ATELIER_IKEV2, "ikev1-only-for-ikev2-profile")


@build
def s22():
    pc = Pc("PC-DIRECTION-02", "fmoreau", "2026-12-07T08:30:00Z", "fr", 11)
    pc.fails(CONTOSO, 809, 4330, 4322)
    pc.connects(CONTOSO, 4200, 1450, 40)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", profiles=[CONTOSO, CONTOSO_TLS])


@build
def s23():
    pc = Pc("WS-SUPPORT-03", "ojones", "2026-12-07T11:05:00Z", "en")
    pc.connects(CONTOSO, 130)
    pc.fails(ATELIER, 789, 25, 11, device=L2TP_DEVICE)
    # No "connection" member: the bundle of a PC where nobody chose one (an older version, or
    # the CLI without --profile); the failure events name the connection.
    return pc.snapshot(None, "l2tp-psk", profiles=[CONTOSO_DEVICE, CONTOSO, ATELIER])


@build
def s24():
    pc = Pc("PC-DIRECTION-01", None, "2026-12-07T07:45:00Z", "en")
    pc.fails(CONTOSO_DEVICE, -2146885613, 90, 30, 1)
    certs = P.certificates(
        P.certificate("machine-valid", "machine-my", pc.t, private_key="accessible", chain_to=["root-ca"],
                      revocation="offline"),
        P.certificate("root-ca", "machine-root", pc.t))
    return pc.snapshot(CONTOSO_DEVICE, "ikev2-machine-cert", certs=certs)


@build
def s25():
    pc = Pc("WS-ATELIER-14", "rkhan", "2026-12-07T13:10:00Z", "en")
    for minutes in (37, 8):
        pc.events.quick_mode_failed(minutes, PC_IP, L2TP_IP, REMOTE, R_POLICY_MATCH, SENT_FIRST_QM)
        pc.fails(ATELIER, 788, minutes, device=L2TP_DEVICE)
    return pc.snapshot(ATELIER, "l2tp-psk", ipsec_audit=True)


@build
def s26():
    pc = Pc("PC-ACCUEIL-04", "smercier", "2026-12-07T10:00:00Z", "fr")
    pc.fails(CONTOSO, 834, 9, 2)
    return pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", services=P.services("fr", RasMan=P.disabled()))


@build
def s27():
    pc = Pc("PORTABLE-HUGO", "hugo", "2026-12-07T17:40:00Z", "fr")
    pc.fails(CONTOSO_POLICY, 13868, 23, 20, 2)
    return pc.snapshot(CONTOSO_POLICY, "ikev2-custom-policy")


@build
def s28():
    pc = Pc("PC-ENTREPOT-06", None, "2026-12-07T06:55:00Z", "en")
    for minutes in (80, 20):
        pc.events.main_mode_failed(minutes, PC_IP, CONTOSO_IP, IKEV2, LOCAL, R_AUTH, AUTH_CERT, SENT_THIRD)
        pc.fails(CONTOSO_DEVICE, 13801, minutes)
    certs = P.certificates(P.certificate("machine-valid", "machine-my", pc.t, private_key="accessible",
                                         chain_to=["root-ca"], issuer_found=False))
    return pc.snapshot(CONTOSO_DEVICE, "ikev2-machine-cert", certs=certs, ipsec_audit=True)


@build
def s29():
    pc = Pc("LAPTOP-SILVA", "msilva", "2026-12-07T21:15:00Z", "en")
    pc.fails(ATELIER, 809, 10130, 10128, device=L2TP_DEVICE)
    pc.connects(ATELIER, 9900, 2880, 14, device=L2TP_DEVICE)
    snapshot = pc.snapshot(ATELIER, "l2tp-psk-both-behind-nat")
    snapshot["vpn"]["registry"] = P.registry(assume_udp_encapsulation=2)
    return snapshot


@build
def s30():
    pc = Pc("PC-NOUVEAU-10", "tgirard", "2026-12-07T09:35:00Z", "fr", 11)
    # No profile yet: the technician typed the server, the tunnel and the sign-in method.
    typed = (None, conn("", "ikev2", "eap-mschapv2", "vpn.fournisseur.example", origin="typed"))
    return pc.snapshot(typed, "ikev2-dh14-server", profiles=[])


def transport(owners, providers=()):
    """snapshot.transport: (port, address, pid, process, services) sockets and (key, name, service,
    callouts) WFP providers, next to Windows' own firewall provider."""
    windows_fw = ("{decc16ca-3f33-4346-be1e-8fb4ae0f3d62}", "Microsoft Windows WFP Built-in", "mpssvc", 0, True)
    return {"udp_owners": [{"port": port, "address": address, "pid": pid, "process": process, "services": services,
                            "ikeext": "IKEEXT" in services} for port, address, pid, process, services in owners],
            "wfp_listed": True,
            "wfp_providers": [{"key": key, "name": name, "service": service, "persistent": True, "disabled": False,
                               "callouts": callouts, "windows": windows}
                              for key, name, service, callouts, windows in
                              [windows_fw] + [p + (False,) for p in providers]]}


IKEEXT_HOST = (3120, "svchost.exe", ["IKEEXT", "iphlpsvc"])


@build
def s31():
    pc = Pc("PORTABLE-CHLOE", "cdupont", "2026-12-08T08:20:00Z", "fr", 11)
    pc.connects(CONTOSO, 4320, 2900)  # before the other client was installed
    pc.fails(CONTOSO, 809, 31, 12, 3)
    certs = P.certificates(P.certificate("root-ca", "machine-root", pc.t))
    snapshot = pc.snapshot(CONTOSO, "ikev2-eap-mschapv2", certs=certs)
    # Another IKE daemon started at boot took both ports; IKEEXT, started on demand, got neither.
    snapshot["transport"] = transport([(500, "0.0.0.0", 2688, "iked.exe", ["iked"]),
                                       (4500, "0.0.0.0", 2688, "iked.exe", ["iked"])])
    return snapshot


@build
def s32():
    pc = Pc("PC-COMPTA-02", "jlee", "2026-12-08T11:05:00Z", "en")
    pc.fails(ATELIER, 789, 22, 6, device=L2TP_DEVICE)
    snapshot = pc.snapshot(ATELIER, "l2tp-psk")
    # IKEEXT holds its ports; a monitoring agent also listens on 4500 of the LAN address, and an
    # endpoint-protection product has WFP callouts: facts to read, not the cause of a 789.
    snapshot["transport"] = transport(
        [(port, address) + IKEEXT_HOST for port in (500, 4500) for address in ("0.0.0.0", "::")] +
        [(4500, "192.168.1.37", 5012, "netmon-agent.exe", [])],
        [("{e2e41b20-dcaf-406a-ad3f-2110a8172910}", "Contoso Endpoint Shield", "csshield", 3)])
    return snapshot

