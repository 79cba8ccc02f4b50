#!/usr/bin/env python3
"""Captures the IKE probe results of the scenario corpus (tests/scenarios) from a real strongSwan
charon, configured like each scenario's VPN server, with the project's charon lab
(tests/ike/charon_lab.py: private network and mount namespaces, nothing on the host touched).

Each capture runs `ipsecdoctor-cli probe --pbk PBK --profile NAME --json` — the probe the product
runs for that connection — against a charon whose proposals come from a real server
configuration (its file name is in each scenario's README). Addresses are the
documentation ranges: the PC is 192.168.1.20, servers are 203.0.113.x, a home router's public
address is 198.51.100.7. NAT and firewalls are the kernel's own (nftables in the namespace):
  client-nat   the PC behind a home router (SNAT of 192.168.1.20 to 198.51.100.7)
  server-nat   the server behind a router that forwards UDP 500/4500 (DNAT to 10.20.0.5)
  drop-4500    a firewall dropping UDP 4500      drop-ike   ... dropping UDP 500 and 4500
  drop-main  a router that ignores IKEv1 Main Mode (ISAKMP exchange type 2 dropped)
Output: tests/scenarios/sources/probes/<capture>.json (the CLI's JSON as printed) and
<capture>.charon.log (charon's log of the run). Needs root, unshare, nft, charon and pki.

    python3 tests/tools/capture_scenario_probes.py --cli build/native/app/cli/ipsecdoctor-cli [CAPTURE...]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "ike"))
from charon_lab import CharonLab, inside_namespace, prepare_namespace  # noqa: E402

SOURCES = os.path.join(ROOT, "tests", "scenarios", "sources")
PKI = os.path.join(SOURCES, "pki")
PBK = os.path.join(SOURCES, "pbk")
OUT = os.path.join(SOURCES, "probes")

HOSTS = {
    "vpn.contoso.example": "203.0.113.10",
    "l2tp.contoso.example": "203.0.113.20",
    "vpn.fournisseur.example": "203.0.113.30",
    "legacy.fournisseur.example": "203.0.113.40",
}
PC = "192.168.1.20"
HOME_ROUTER = "198.51.100.7"
SERVER_PRIVATE = "10.20.0.5"
# strongSwan's default DoS protection blocks a source after 5 half-open IKE SAs, which the probe's
# discovery exceeds; servers that many users dial raise it, and so do these (the throttling case
# is tests/ike's "throttled" scenario, not a scenario of this corpus).
DOS = "block_threshold = 100\n    cookie_threshold = 100"
SECRET = 'secrets { ike-any { secret = "scenario-lab-secret" } }\n'

# 6tu-kid_strongswan_ipsec.conf_IKEv2-EAP-MSCHAPv2-for-Windows.conf, its ike= list.
EAP_SERVER_IKE = ("aes128-sha256-ecp256, aes256-sha384-ecp384, aes128-sha256-modp2048, aes128-sha1-modp2048, "
                  "aes256-sha384-modp4096, aes256-sha256-modp4096, aes256-sha1-modp4096, aes128-sha256-modp1536, "
                  "aes128-sha1-modp1536, aes256-sha384-modp2048, aes256-sha256-modp2048, aes256-sha1-modp2048, "
                  "aes128-sha256-modp1024, aes128-sha1-modp1024, aes256-sha384-modp1536, aes256-sha256-modp1536, "
                  "aes256-sha1-modp1536, aes256-sha384-modp1024, aes256-sha256-modp1024, aes256-sha1-modp1024")
# hwdsl2-setup-ipsec-vpn_libreswan_ipsec.conf_L2TP-PSK-and-XAuth_heredoc-fragment.conf, conn shared
# (ikev2=never): ike=aes256-sha2;modp2048,aes128-sha2;modp2048,aes256-sha1;modp2048,aes128-sha1;modp2048.
L2TP_SERVER_IKE = "aes256-sha256-modp2048, aes128-sha256-modp2048, aes256-sha1-modp2048, aes128-sha1-modp2048"
# hwdsl2-setup-ipsec-vpn_libreswan_ikev2.conf_conn-ikev2-cp_heredoc-fragment.conf: ike=aes_gcm_c_256-
# hmac_sha2_256-ecp_256,aes256-sha2,aes128-sha2,aes256-sha1,aes128-sha1 (libreswan's default groups
# for the last four start at MODP2048; MODP1024 is not among them).
IKEV2_DH14_SERVER_IKE = ("aes256gcm16-prfsha256-ecp256, aes256-sha256-modp2048, aes128-sha256-modp2048, "
                         "aes256-sha1-modp2048, aes128-sha1-modp2048")


def ikev2_conn(name, remote_auth, cacerts=False):
    remote = f"remote {{ auth = {remote_auth}\n{'      cacerts = root-ca.der' if cacerts else ''} }}"
    return f"""  {name} {{
    version = 2
    proposals = {EAP_SERVER_IKE}
    fragmentation = yes
    local {{ auth = pubkey
            certs = vpn-server.der
            id = vpn.contoso.example }}
    {remote}
    children {{ net {{ local_ts = 0.0.0.0/0 }} }}
  }}
"""


def l2tp_conn(extra="", proposals=L2TP_SERVER_IKE):
    return f"""  l2tp-psk {{
    version = 1
    proposals = {proposals}
    encap = no
    {extra}
    local {{ auth = psk }}
    remote {{ auth = psk }}
    children {{ l2tp {{ local_ts = dynamic[udp/l2f]
                       mode = transport }} }}
  }}
"""


def hwdsl2_ikev2_conn():
    return f"""  ikev2-cp {{
    version = 2
    proposals = {IKEV2_DH14_SERVER_IKE}
    local {{ auth = psk }}
    remote {{ auth = psk }}
    children {{ net {{ local_ts = 0.0.0.0/0 }} }}
  }}
"""


def connections(*conns):
    return "connections {\n" + "".join(conns) + "}\n" + SECRET


SERVER_FILES = ("x509ca/root-ca.der", "x509/vpn-server.der", "private/vpn-server.key")

# name: (pbk file, profile, swanctl.conf or None for no server, charon.conf extra, network shapes, --ike)
CAPTURES = {
    "ikev2-eap-mschapv2": ("contoso-ikev2.pbk", "VPN Contoso",
                           connections(ikev2_conn("ikev2-eap", "eap-mschapv2")), "", [], "v2"),
    "ikev2-eap-mschapv2-by-ip": ("contoso-ikev2.pbk", "VPN Contoso IP",
                                 connections(ikev2_conn("ikev2-eap", "eap-mschapv2")), "", [], "v2"),
    "ikev2-custom-policy": ("contoso-ikev2.pbk", "VPN Contoso (stratégie)",
                            connections(ikev2_conn("ikev2-eap", "eap-mschapv2")), "", [], "v2"),
    "ikev2-eap-tls": ("contoso-ikev2.pbk", "VPN Contoso EAP-TLS",
                      connections(ikev2_conn("ikev2-eap-tls", "eap-tls", cacerts=True)), "", [], "v2"),
    "ikev2-machine-cert": ("contoso-ikev2.pbk", "VPN Contoso (appareil)",
                           connections(ikev2_conn("ikev2-device", "pubkey", cacerts=True)), "", [], "v2"),
    "ikev2-eap-client-nat-4500-dropped": ("contoso-ikev2.pbk", "VPN Contoso",
                                          connections(ikev2_conn("ikev2-eap", "eap-mschapv2")), "",
                                          ["client-nat", "drop-4500"], "v2"),
    "ikev2-udp-dropped": ("contoso-ikev2.pbk", "VPN Contoso", None, "", ["drop-ike"], "v2"),
    "ikev2-dns-failure": ("fournisseur.pbk", "VPN Nexiste", None, "", [], "v2"),
    "ikev2-dh14-server": ("fournisseur.pbk", "VPN Fournisseur",
                          connections(hwdsl2_ikev2_conn()), "", [], "v2"),
    "l2tp-psk": ("atelier-l2tp.pbk", "Atelier L2TP", connections(l2tp_conn()), "", [], "v1"),
    # A server that speaks both (hwdsl2's setup runs the L2TP and the IKEv2 connections together):
    # the IKEv2 half of the probe is what measures NAT and UDP 4500.
    "l2tp-psk-client-nat": ("atelier-l2tp.pbk", "Atelier L2TP",
                            connections(l2tp_conn(), hwdsl2_ikev2_conn()), "", ["client-nat"], "both"),
    "l2tp-psk-client-nat-4500-dropped": ("atelier-l2tp.pbk", "Atelier L2TP",
                                         connections(l2tp_conn(), hwdsl2_ikev2_conn()), "",
                                         ["client-nat", "drop-4500"], "both"),
    "l2tp-psk-both-behind-nat": ("atelier-l2tp.pbk", "Atelier L2TP",
                                 connections(l2tp_conn(), hwdsl2_ikev2_conn()), "",
                                 ["client-nat", "server-nat"], "both"),
    # An old router set up for Aggressive Mode only: hwdsl2's L2TP connection with aggressive = yes
    # and group 2 proposals; Main Mode requests are ignored (dropped), IKEv2 is refused. The probe
    # asks Aggressive Mode once something answered, here the IKEv2 refusal: hence --ike both.
    "l2tp-aggressive-only": ("fournisseur.pbk", "Ancien L2TP",
                             connections(l2tp_conn("aggressive = yes", "aes256-sha1-modp1024, aes128-sha1-modp1024")),
                             "i_dont_care_about_security_and_use_aggressive_mode_psk = yes", ["drop-main"], "both"),
    "ikev1-only-for-ikev2-profile": ("atelier-l2tp.pbk", "Atelier IKEv2",
                                     connections(l2tp_conn()), "", [], "both"),
}


NOISE = re.compile(r"\[CFG\] (selecting proposal:|  no acceptable |  proposal matches|    )")


def nft(*rules):
    for rule in rules:
        subprocess.check_call(["nft"] + rule.split())


def shape_network(shapes, forwarded_ip):
    subprocess.check_call(["ip", "addr", "add", PC + "/32", "dev", "lo"])
    for ip in list(HOSTS.values()) + [HOME_ROUTER, SERVER_PRIVATE]:
        subprocess.check_call(["ip", "addr", "add", ip + "/32", "dev", "lo"])
        # The PC's own address is the source of everything it sends, as on a real LAN.
        subprocess.check_call(["ip", "route", "replace", "local", ip, "dev", "lo", "table", "local", "proto",
                               "kernel", "scope", "host", "src", PC])
    # NAT chains on every hook (the kernel translates the answers back only where one exists);
    # drops on input, so that the sender sees silence as behind a real firewall, not an error.
    nft("add table ip lab",
        "add chain ip lab pre { type nat hook prerouting priority -100 ; }",
        "add chain ip lab out { type nat hook output priority -100 ; }",
        "add chain ip lab in { type nat hook input priority 100 ; }",
        "add chain ip lab post { type nat hook postrouting priority 100 ; }",
        "add chain ip lab firewall { type filter hook input priority 0 ; }")
    if "server-nat" in shapes:
        nft(f"add rule ip lab out ip daddr {forwarded_ip} udp dport {{ 500, 4500 }} dnat to {SERVER_PRIVATE}")
    if "client-nat" in shapes:
        nft(f"add rule ip lab post ip saddr {PC} udp dport {{ 500, 4500 }} snat to {HOME_ROUTER}")
    sender = HOME_ROUTER if "client-nat" in shapes else PC
    if "drop-4500" in shapes:
        nft(f"add rule ip lab firewall ip saddr {sender} udp dport 4500 drop")
    if "drop-ike" in shapes:
        nft(f"add rule ip lab firewall ip saddr {sender} udp dport {{ 500, 4500 }} drop")
    if "drop-main" in shapes:
        # Byte 18 of the ISAKMP header (after the 8-byte UDP header) is the exchange type.
        nft(f"add rule ip lab firewall ip saddr {sender} udp dport 500 @th,208,8 2 drop")


def private_hosts_file():
    """/etc/hosts of this mount namespace only: the scenario servers' names (and no other)."""
    fd, path = tempfile.mkstemp(prefix="hosts-")
    with os.fdopen(fd, "w") as f:
        f.write("127.0.0.1 localhost\n")
        for name, ip in HOSTS.items():
            f.write(f"{ip} {name}\n")
    subprocess.check_call(["mount", "--bind", path, "/etc/hosts"])
    # No resolver either: a name not listed above fails like a name the DNS does not know.
    fd, empty = tempfile.mkstemp(prefix="resolv-")
    os.close(fd)
    subprocess.check_call(["mount", "--bind", empty, "/etc/resolv.conf"])


def probe(cli, pbk, profile, ike):
    cmd = [cli, "probe", "--pbk", os.path.join(PBK, pbk), "--profile", profile, "--ike", ike, "--json",
           "--timeout", "20"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    result = json.loads(out.stdout)
    if "error" in result:
        raise RuntimeError(f"probe failed: {result['error']}")
    return result


def capture(cli, name):
    pbk, profile, conf, extra, shapes, ike = CAPTURES[name]
    prepare_namespace()
    private_hosts_file()
    shape_network(shapes, HOSTS["l2tp.contoso.example"])
    files = {}
    for rel in SERVER_FILES:
        src = os.path.join(PKI, "private", os.path.basename(rel)) if rel.startswith("private/") else \
            os.path.join(PKI, os.path.basename(rel))
        with open(src, "rb") as f:
            files[rel] = f.read()
    log = ""
    if conf is None:
        result = probe(cli, pbk, profile, ike)
    else:
        with CharonLab(conf, conf_extra=DOS + "\n    " + extra, files=files) as lab:
            result = probe(cli, pbk, profile, ike)
            log = lab.read_log()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    if log:
        # Without charon's proposal-by-proposal matching lines (tens of thousands per run).
        kept = [line for line in log.splitlines(True) if not NOISE.search(line)]
        with open(os.path.join(OUT, name + ".charon.log"), "w") as f:
            f.writelines(kept)
    print(f"{name}: transport {result['transport']}, nat {result['nat_detected']} "
          f"(local {result['local_behind_nat']}, server {result['server_behind_nat']}), "
          f"udp4500 {(result.get('udp4500') or {}).get('transport')}, "
          f"findings {[x['id'] for x in result['findings']]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("captures", nargs="*")
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("nft"):
        print("needs root, unshare and nft (apt-get install nftables)")
        return 77
    if not os.path.exists(os.path.join(PKI, "private", "vpn-server.key")):
        subprocess.check_call(["bash", os.path.join(HERE, "make_scenario_pki.sh"), PKI])
    names = args.captures or list(CAPTURES)
    if len(names) > 1:  # one fresh namespace per capture
        return max(subprocess.call([sys.executable, os.path.abspath(__file__), "--cli", args.cli, n]) for n in names)
    rc = inside_namespace([os.path.abspath(__file__), "--cli", args.cli] + names)
    if rc is not None:
        return rc
    capture(args.cli, names[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
