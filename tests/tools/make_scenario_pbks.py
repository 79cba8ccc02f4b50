#!/usr/bin/env python3
"""Writes the phonebooks of the scenario corpus (tests/scenarios/sources/pbk) from a real one:
the IKEv2 entry [vpn.e-zj.si] and the L2TP/IPsec entry [marbo.pin.si] of
lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk (a real phonebook),
copied key for key with only the entry name, the server, the Guid, the DNS suffix and the keys
that choose the tunnel and the sign-in method changed.

    python3 tests/tools/make_scenario_pbks.py FOLDER_HOLDING_THAT_PBK
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "scenarios", "sources", "pbk")
SOURCE = "lenoba-VPN-ImportExporter_rasphone_IKEv2-L2TP-PPTP_6entries.pbk"

# Sign-in method -> the keys Windows writes for it (facts §1.4; CustomAuthKey = EAP type).
AUTH = {
    "eap-mschapv2": {"CustomAuthKey": "26", "AuthRestrictions": "128"},
    "eap-tls": {"CustomAuthKey": "13", "AuthRestrictions": "128"},
    "machine-certificate": {"CustomAuthKey": "0", "AuthRestrictions": "2048"},
    "l2tp-psk": {"CustomAuthKey": "0", "AuthRestrictions": "512", "IpSecFlags": "1"},
}
# The custom IPsec policy Windscribe's app writes (pbk/windscribe-Desktop-App_ikev2ipsec.cpp_...:
# AES256, SHA256, ECP384; ESP GCMAES256; PFS ECP384), added the way DHaimann's script patches a
# phonebook (powershell-vpn-scripts/DHaimann-..._rasphone-CustomIPSecPolicies-patch.ps1).
WINDSCRIBE_POLICY = "NumCustomPolicy=1\r\nCustomIPSecPolicies=020000000400000005000000080000000500000005000000"

BOOKS = {
    "contoso-ikev2.pbk": [
        ("VPN Contoso", "ikev2", "vpn.contoso.example", "eap-mschapv2"),
        ("VPN Contoso EAP-TLS", "ikev2", "vpn.contoso.example", "eap-tls"),
        ("VPN Contoso (appareil)", "ikev2", "vpn.contoso.example", "machine-certificate"),
        ("VPN Contoso IP", "ikev2", "203.0.113.10", "eap-mschapv2"),
        ("VPN Contoso (stratégie)", "ikev2", "vpn.contoso.example", "eap-mschapv2+windscribe-policy"),
    ],
    "atelier-l2tp.pbk": [
        ("Atelier L2TP", "l2tp", "l2tp.contoso.example", "l2tp-psk"),
        ("Atelier IKEv2", "ikev2", "l2tp.contoso.example", "eap-mschapv2"),
    ],
    "fournisseur.pbk": [
        ("VPN Fournisseur", "ikev2", "vpn.fournisseur.example", "eap-mschapv2"),
        ("VPN Nexiste", "ikev2", "vpn.nexiste-pas.example", "eap-mschapv2"),
        ("Ancien L2TP", "l2tp", "legacy.fournisseur.example", "l2tp-psk"),
    ],
}


def entries(text):
    parts = re.split(r"(?m)^\[", text)
    return {p.split("]", 1)[0]: "[" + p for p in parts if p.strip()}


def entry(template, name, server, auth, index):
    auth, _, policy = auth.partition("+")
    out = []
    first = True
    for line in template.splitlines():
        if first:
            out.append(f"[{name}]")
            first = False
            continue
        key = line.split("=", 1)[0]
        if key in AUTH[auth]:
            line = f"{key}={AUTH[auth][key]}"
        elif key == "PhoneNumber":
            line = f"PhoneNumber={server}"
        elif key == "Guid":
            line = f"Guid={index:032X}"
        elif key == "IpDnsSuffix":
            line = "IpDnsSuffix=contoso.example"
        elif key == "NumCustomPolicy" and policy:
            line = WINDSCRIBE_POLICY
        out.append(line)
    return "\r\n".join(out).rstrip("\r\n") + "\r\n\r\n"


def main():
    with open(os.path.join(sys.argv[1], SOURCE), encoding="utf-8", errors="strict") as f:
        real = entries(f.read())
    templates = {"ikev2": real["vpn.e-zj.si"], "l2tp": real["marbo.pin.si"]}
    os.makedirs(OUT, exist_ok=True)
    index = 0
    for book, rows in BOOKS.items():
        text = ""
        for name, tunnel, server, auth in rows:
            index += 1
            text += entry(templates[tunnel], name, server, auth, index)
        with open(os.path.join(OUT, book), "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
