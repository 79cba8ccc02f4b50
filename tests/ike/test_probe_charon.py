#!/usr/bin/env python3
"""Integration tests of `ipsecdoctor-cli probe` against a real strongSwan charon (Debian 5.9.8).

Every scenario starts its own charon in private network and mount namespaces (charon_lab.py),
loads the swanctl.conf the scenario writes, runs the CLI's probe, and checks the JSON answers
against what charon's own log says it did ("selected proposal: …", "requesting …",
"sending cert request for …", "behind NAT", COOKIE). Run as root (unshare):

    python3 tests/ike/test_probe_charon.py --cli build/native/app/cli/ipsecdoctor-cli [SCENARIO…]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from charon_lab import drop_ip_fragments, drop_main_mode, dropped_fragments, CharonLab, Failure, UdpRelay, as_user, check, inside_namespace, prepare_namespace  # noqa: E402

SECRET = 'secrets { ike-any { secret = "probe-test-secret" } }\n'

# strongSwan keyword -> charon log name (the subset the scenarios use).
CHARON_NAMES = {
    "3des": "3DES_CBC", "aes128": "AES_CBC_128", "aes192": "AES_CBC_192", "aes256": "AES_CBC_256",
    "aes128gcm16": "AES_GCM_16_128", "aes256gcm16": "AES_GCM_16_256",
    "sha1": "HMAC_SHA1_96", "sha256": "HMAC_SHA2_256_128", "sha384": "HMAC_SHA2_384_192",
    "md5": "HMAC_MD5_96",
    "prfsha1": "PRF_HMAC_SHA1", "prfsha256": "PRF_HMAC_SHA2_256", "prfsha384": "PRF_HMAC_SHA2_384",
    "modp768": "MODP_768", "modp1024": "MODP_1024", "modp2048": "MODP_2048", "ecp256": "ECP_256",
    "ecp384": "ECP_384", "modp2048s256": "MODP_2048_256",
}
PRF_OF = {"sha1": "prfsha1", "sha256": "prfsha256", "sha384": "prfsha384", "md5": "prfmd5"}


def charon_name(notation):
    """'aes256-sha1-modp1024' -> 'IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024'."""
    words = notation.split("-")
    enc, rest = words[0], words[1:]
    integ = [w for w in rest if w in ("sha1", "sha256", "sha384", "md5")]
    prf = [w for w in rest if w.startswith("prf")] or [PRF_OF[w] for w in integ]
    dh = [w for w in rest if w.startswith(("modp", "ecp"))]
    return "IKE:" + "/".join(CHARON_NAMES[w] for w in [enc] + integ + prf + dh)


def ikev2_conn(proposals, extra="", remote="remote { auth = psk }", local="local { auth = psk\n id = vpn.example }"):
    return f"""connections {{
  rw {{
    version = 2
    proposals = {proposals}
    {extra}
    {local}
    {remote}
    children {{ net {{ local_ts = 0.0.0.0/0 }} }}
  }}
}}
"""


def ikev1_conn(proposals, extra=""):
    return f"""connections {{
  l2tp {{
    version = 1
    proposals = {proposals}
    {extra}
    local {{ auth = psk
             id = vpn.example }}
    remote {{ auth = psk }}
    children {{ l2tp {{ local_ts = dynamic[udp/l2f]
                       mode = transport }} }}
  }}
}}
"""


def selected(log):
    """The distinct proposals charon logged as selected (a selection answered with INVALID_KE is
    logged again when the retry is accepted)."""
    return sorted(set(re.findall(r"selected proposal: (IKE:\S+)", log)))


class Context:
    def __init__(self, cli):
        self.cli = cli

    def probe(self, *args, port=500, host="127.0.0.1", timeout=20):
        cmd = as_user([self.cli, "probe", host, "--port", str(port), "--json", "--timeout", str(timeout)] + list(args))
        started = time.time()
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout + 30)
        try:
            result = json.loads(out.stdout)
        except json.JSONDecodeError as e:
            raise Failure(f"CLI output is not JSON ({e}): {out.stdout[:500]} {out.stderr[-500:]}")
        result["_exit"] = out.returncode
        result["_wall"] = time.time() - started
        return result


def finding_ids(result):
    return [f["id"] for f in result["findings"]]


def accepted_v2(result):
    return [p["proposal"] for p in result["ikev2"]["accepted"]]


def recommendation(result, tunnel):
    found = [r for r in result["recommendations"] if r["tunnel"] == tunnel]
    check(len(found) == 1, f"one {tunnel} recommendation expected: {result['recommendations']}")
    return found[0]


# --- scenarios -------------------------------------------------------------------------------

def scenario_windows_default(ctx):
    """Server accepts Windows' default proposal and one more; certificate auth -> CERTREQ."""
    lab_dir = tempfile.mkdtemp(prefix="pki-")
    key = os.path.join(lab_dir, "ca.key")
    crt = os.path.join(lab_dir, "ca.crt")
    subprocess.check_call(["pki", "--gen", "--type", "ecdsa", "--size", "256", "--outform", "pem"],
                          stdout=open(key, "w"), stderr=subprocess.DEVNULL)
    subprocess.check_call(["pki", "--self", "--ca", "--in", key, "--type", "ecdsa", "--dn", "CN=Probe Test CA",
                           "--outform", "pem"], stdout=open(crt, "w"), stderr=subprocess.DEVNULL)
    keyids = subprocess.check_output(["pki", "--keyid", "--in", crt, "--type", "x509"], text=True,
                                     stderr=subprocess.DEVNULL)
    spki_sha1 = re.search(r"SHA-1 of subjectPublicKeyInfo\):\s+([0-9a-f:]+)", keyids).group(1).replace(":", "")
    conf = ikev2_conn("aes256-sha1-modp1024, aes128-sha256-modp2048",
                      remote="remote { auth = pubkey\n cacerts = ca.crt }",
                      local="local { auth = psk\n id = vpn.example }")
    with CharonLab(conf + SECRET, files={"x509ca/ca.crt": open(crt, "rb").read()}) as lab:
        r = ctx.probe("--ike", "v2")
        log = lab.read_log()
    check(r["reachable"] and r["transport"] == "reachable", f"transport {r['transport']}")
    check(r["ikev2"]["windows_default_accepted"] is True, "Windows default not accepted")
    chosen = r["ikev2"]["windows_default_chosen"]["proposal"]
    picks = selected(log)
    first = re.search(r"selected proposal: (IKE:\S+)", log).group(1)
    check(first == charon_name(chosen), f"charon first selected {first}, probe says {chosen}")
    check(sorted(map(charon_name, accepted_v2(r))) == sorted(picks),
          f"accepted {accepted_v2(r)} but charon selected {picks}")
    check(set(accepted_v2(r)) == {"aes256-sha1-modp1024", "aes128-sha256-modp2048"}, f"accepted {accepted_v2(r)}")
    check(r["ikev2"]["discovery_complete"], "discovery incomplete")
    check(re.search(r'sending cert request for "CN=Probe Test CA"', log), "charon sent no CERTREQ")
    check(r["certreq_ca_sha1"] == [spki_sha1], f"CERTREQ {r['certreq_ca_sha1']} vs pki {spki_sha1}")
    check(r["nat_detected"] is False, "NAT detected on loopback")
    check("proposal.ikev2.accepted" in finding_ids(r), finding_ids(r))
    # UDP 4500 answered too (charon's NAT-T socket), behind the non-ESP marker.
    check(r["udp4500"]["transport"] == "reachable", r["udp4500"])
    check(re.search(r"received packet: from 127\.0\.0\.1\[\d+\] to 127\.0\.0\.1\[4500\]", log),
          "charon logged nothing on port 4500")
    check("connectivity.udp4500.reachable" in finding_ids(r), finding_ids(r))
    # A clean path: the 2500-byte IKE_SA_INIT, in two IP fragments on this 1500-byte MTU, arrives.
    check(r["large_packets"]["udp500"] == "delivered", r["large_packets"])
    check("connectivity.large-packets.dropped" not in finding_ids(r), finding_ids(r))
    # accepted + 1 round trips, plus one INVALID_KE (MODP2048 after MODP1024); the 4500 question apart.
    ikev2_trips = [e for e in r["exchanges"] if e["purpose"].startswith("ikev2")
                   and "natt" not in e["purpose"] and "large-packet" not in e["purpose"]]
    check(len(ikev2_trips) <= len(picks) + 2, f"{len(ikev2_trips)} IKEv2 round trips for {len(picks)} accepted: {ikev2_trips}")
    check(r["verdicts"]["ikev2"] == "accepted", r["verdicts"])
    # Windows' default negotiates aes256-sha1-modp1024 (weak): the strongest the server accepts.
    check(recommendation(r, "ikev2")["parameters"]["DHGroup"] == "Group14", r["recommendations"])


def scenario_modern_only(ctx):
    """Only AES-GCM/ECP384 and AES-256/SHA2-384/ECP384: Windows' defaults are refused."""
    conf = ikev2_conn("aes256gcm16-prfsha384-ecp384, aes256-sha384-ecp384")
    with CharonLab(conf + SECRET) as lab:
        r = ctx.probe("--ike", "v2")
        log = lab.read_log()
    check(r["ikev2"]["windows_default_accepted"] is False, "Windows default accepted?")
    check(re.search(r"received proposals (inacceptable|unacceptable)", log), "charon did not refuse")
    picks = selected(log)
    check(sorted(map(charon_name, accepted_v2(r))) == sorted(picks), f"{accepted_v2(r)} vs {picks}")
    check(set(accepted_v2(r)) == {"aes256gcm16-prfsha384-ecp384", "aes256-sha384-ecp384"}, accepted_v2(r))
    check("proposal.ikev2.windows-default-rejected" in finding_ids(r), finding_ids(r))
    check(r["verdicts"]["ikev2"] == "others-accepted", r["verdicts"])
    rec = recommendation(r, "ikev2")["parameters"]
    check(rec["EncryptionMethod"] == "GCMAES256" and rec["DHGroup"] == "ECP384" and rec["IntegrityCheckMethod"] == "SHA384", rec)


def scenario_modp2048_only(ctx):
    """Only MODP2048: Windows' default set (MODP1024 only) gets NO_PROPOSAL_CHOSEN; with
    NegotiateDH2048_AES256=1 the MODP1024 key share gets INVALID_KE(14), and the retry works."""
    conf = ikev2_conn("aes256-sha256-modp2048")
    with CharonLab(conf + SECRET) as lab:
        default = ctx.probe("--ike", "v2", "--no-discovery")
        enabled = ctx.probe("--ike", "v2", "--windows-set", "dh2048-aes256-enabled", "--no-discovery")
        log = lab.read_log()
    check(default["ikev2"]["windows_default_accepted"] is False, "default set accepted?")
    check("proposal.ikev2.windows-default-rejected" in finding_ids(default) or
          "proposal.ikev2.no-common-proposal" in finding_ids(default), finding_ids(default))
    check(re.search(r"DH group MODP_1024 unacceptable, requesting MODP_2048", log), "charon did not request MODP_2048")
    check(enabled["ikev2"]["ke_group_requested"] == 14, enabled["ikev2"])
    check(enabled["ikev2"]["windows_default_accepted"] is True, "retry with MODP2048 failed")
    check(selected(log) == [charon_name("aes256-sha256-modp2048")], selected(log))


def scenario_ikev1_main_psk(ctx):
    """IKEv1 (L2TP/IPsec) server with PSK: Windows' Main Mode offer accepted."""
    conf = ikev1_conn("aes256-sha1-modp2048, 3des-sha1-modp1024")
    with CharonLab(conf + SECRET) as lab:
        r = ctx.probe("--ike", "v1")
        log = lab.read_log()
    mm = r["ikev1"]["main_mode"]
    check(mm["windows_default_accepted"] is True, mm)
    check(r["verdicts"]["l2tp"] == "accepted", r["verdicts"])
    picks = selected(log)
    check(sorted(charon_name(p["proposal"]) for p in mm["accepted"]) == picks, f"{mm['accepted']} vs {picks}")
    check(mm["accepted"][0]["proposal"] == "aes256-sha1-modp2048", mm["accepted"])
    check(any(p["proposal"] == "3des-sha1-modp1024" for p in mm["accepted"]), "discovery missed 3des")
    check(r["ikev1"]["aggressive_mode"] in ("rejected", "no-answer"), r["ikev1"]["aggressive_mode"])
    check("proposal.ikev1.aggressive-mode-answered" not in finding_ids(r), finding_ids(r))


def scenario_ikev1_only_l2tp_default(ctx):
    """The issue's server: IKEv1 only, taking Windows' L2TP default (3DES, group 2) and AES-256 with
    the same group. The bare probe judges both tunnel types: L2TP/IPsec works, IKEv2 does not, and
    nothing is critical; the stronger policy for L2TP is AES-256, not Windows' own 3DES."""
    conf = ikev1_conn("3des-sha1-modp1024, aes256-sha1-modp1024")
    with CharonLab(conf + SECRET) as lab:
        r = ctx.probe()
        log = lab.read_log()
    check(r["verdicts"]["l2tp"] == "accepted", r["verdicts"])
    check(r["verdicts"]["ikev2"] in ("refused", "no-answer"), r["verdicts"])
    mm = r["ikev1"]["main_mode"]
    check(mm["windows_default_chosen"]["proposal"] == "3des-sha1-modp1024", mm)
    check([p["proposal"] for p in mm["accepted"]] == ["aes256-sha1-modp1024", "3des-sha1-modp1024"],
          f"strongest first: {mm['accepted']}")
    check(sorted(charon_name(p["proposal"]) for p in mm["accepted"]) == sorted(selected(log)),
          f"{mm['accepted']} vs charon {selected(log)}")
    severities = {f["id"]: f["severity"] for f in r["findings"]}
    check("critical" not in severities.values(), severities)
    check("proposal.ikev2.no-common-proposal" not in severities, severities)
    check(severities.get("proposal.version.ikev1-only") == "warning", severities)
    check(severities.get("proposal.ikev1.accepted") == "ok", severities)
    rec = recommendation(r, "l2tp")
    check(rec["proposal"] == "aes256-sha1-modp1024", rec)
    check(rec["powershell"].startswith("Set-VpnConnectionIPsecConfiguration -ConnectionName '<VPN>' "), rec)
    check(not [x for x in r["recommendations"] if x["tunnel"] == "ikev2"], r["recommendations"])
    weak = [f for f in r["findings"] if f["id"] == "proposal.weak-crypto"]
    check(len(weak) == 1 and weak[0]["evidence"]["tunnel"] == "l2tp", weak)


def scenario_fragments_dropped(ctx):
    """A path that drops IP fragments: small packets are answered, the large one is not, so the
    probe says "dropped" (not throttling, not unreachable) and discovery still completes in packets
    that need no fragmentation."""
    conf = ikev2_conn("aes256-sha256-modp2048, aes128-sha256-modp2048")
    drop_ip_fragments()
    with CharonLab(conf + SECRET) as lab:
        r = ctx.probe("--ike", "v2")
        log = lab.read_log()
    check(dropped_fragments() > 0, "the lab dropped no fragment")
    check(r["transport"] == "reachable", r["transport"])
    check(r["large_packets"]["udp500"] == "dropped", r["large_packets"])
    check(r["large_packets"]["bytes"] >= 2000, r["large_packets"])
    ids = finding_ids(r)
    check("connectivity.large-packets.dropped" in ids, ids)
    check("connectivity.udp500.throttled" not in ids, ids)
    check(r["ikev2"]["discovery_complete"], "discovery did not complete in small packets")
    check(set(accepted_v2(r)) == {"aes256-sha256-modp2048", "aes128-sha256-modp2048"}, accepted_v2(r))
    check(sorted(map(charon_name, accepted_v2(r))) == sorted(selected(log)), f"{accepted_v2(r)} vs {selected(log)}")
    # No sign-in method known for a bare probe: a warning; certificates make it an error.
    severity = [f["severity"] for f in r["findings"] if f["id"] == "connectivity.large-packets.dropped"][0]
    check(severity == "warning", severity)


def scenario_ikev1_aggressive(ctx):
    """IKEv1 server that allows Aggressive Mode with PSK: a security warning."""
    conf = ikev1_conn("aes256-sha1-modp2048", extra="aggressive = yes")
    # charon answers Aggressive Mode with PSK only when told it does not care about security.
    extra = "i_dont_care_about_security_and_use_aggressive_mode_psk = yes"
    with CharonLab(conf + SECRET, conf_extra=extra) as lab:
        r = ctx.probe("--ike", "v1", "--no-discovery")
        log = lab.read_log()
    check(r["ikev1"]["aggressive_mode"] == "answered", r["ikev1"])
    check(re.search(r"Aggressive Mode", log), "charon log has no Aggressive Mode exchange")
    check("proposal.ikev1.aggressive-mode-answered" in finding_ids(r), finding_ids(r))


def scenario_ikev1_aggressive_only(ctx):
    """A responder that answers Aggressive Mode only: Main Mode requests go unanswered (dropped
    before charon), Aggressive Mode with PSK is answered. Windows' L2TP/IPsec (Main Mode only)
    cannot connect: an error, not only the security warning."""
    conf = ikev1_conn("aes256-sha1-modp1024,3des-sha1-modp1024", extra="aggressive = yes")
    extra = "i_dont_care_about_security_and_use_aggressive_mode_psk = yes"
    with CharonLab(conf + SECRET, conf_extra=extra) as lab:
        drop_main_mode()
        r = ctx.probe("--ike", "v1", "--no-discovery")
        log = lab.read_log()
    check(dropped_fragments() > 0, "no Main Mode request was dropped")
    check(r["transport"] == "reachable", r["transport"])
    check(r["ikev1"]["aggressive_mode"] == "answered", r["ikev1"])
    check(not r["ikev1"]["main_mode"]["answered"], r["ikev1"]["main_mode"])
    check(r["verdicts"]["l2tp"] == "no-answer", r["verdicts"])
    check(re.search(r"Aggressive Mode", log), "charon log has no Aggressive Mode exchange")
    check(not re.search(r"MAIN_MODE|ID_PROT", log), "charon saw a Main Mode request")
    ids = finding_ids(r)
    check("proposal.ikev1.aggressive-only" in ids, ids)
    check("proposal.ikev1.aggressive-mode-answered" not in ids, ids)
    severity = [f["severity"] for f in r["findings"] if f["id"] == "proposal.ikev1.aggressive-only"][0]
    check(severity in ("error", "critical"), severity)


def scenario_nothing_listening(ctx):
    """No IKE daemon: the kernel answers ICMP port unreachable at once."""
    r = ctx.probe()
    check(r["transport"] == "unreachable" and r["transport_detail"] == "port-unreachable", r["transport"])
    check(not r["reachable"], "reachable?")
    check("connectivity.udp500.unreachable" in finding_ids(r), finding_ids(r))
    check(r["_wall"] < 5, f"took {r['_wall']:.1f} s")


def scenario_natt_closed(ctx):
    """IKE on 500 works but nothing listens on 4500 (charon's NAT-T socket moved to 4600): the
    probe says NAT traversal would fail, a warning while no NAT is on the path."""
    conf = ikev2_conn("aes256-sha1-modp1024")
    with CharonLab(conf + SECRET, conf_extra="port_nat_t = 4600"):
        r = ctx.probe("--ike", "v2", "--no-discovery")
    check(r["transport"] == "reachable", r["transport"])
    check(r["udp4500"]["transport"] == "unreachable", r["udp4500"])
    blocked = [f for f in r["findings"] if f["id"] == "connectivity.udp4500.blocked"]
    check(blocked and blocked[0]["severity"] == "warning", r["findings"])
    check(blocked[0]["evidence"]["nat_detected"] == "false", blocked[0]["evidence"])


def scenario_silent(ctx):
    """A firewall that drops (a socket that never answers): a timeout, not 'unreachable'."""
    with UdpRelay(("127.0.0.1", 5001), ("127.0.0.1", 9), drop=True):
        r = ctx.probe("--ike", "v2", port=5001, timeout=8)
    check(r["transport"] == "timeout", r["transport"])
    check(r["packets_sent"] <= 6, r["packets_sent"])
    check("connectivity.udp500.timeout" in finding_ids(r), finding_ids(r))


def scenario_nat(ctx):
    """A NAPT between probe and server (user-space relay on 127.0.0.1:5000 -> charon, from
    127.0.0.2): both sides see the NAT-D hashes disagree."""
    conf = ikev2_conn("aes256-sha1-modp1024")
    with CharonLab(conf + SECRET) as lab, UdpRelay(("127.0.0.1", 5000), ("127.0.0.1", 500)):
        r = ctx.probe("--ike", "v2", "--no-discovery", port=5000)
        log = lab.read_log()
    check(r["ikev2"]["windows_default_accepted"] is True, r["ikev2"])
    check(r["nat_detected"] is True and r["local_behind_nat"] is True, (r["nat_detected"], r["local_behind_nat"]))
    check(re.search(r"remote host is behind NAT", log), "charon did not detect NAT")
    check("connectivity.nat.detected" in finding_ids(r), finding_ids(r))


def scenario_cookie(ctx):
    """DoS protection on (cookie_threshold = 1): the second half-open SA gets a COOKIE; the
    probe resends with it and goes on."""
    conf = ikev2_conn("aes256-sha1-modp1024, aes256-sha256-modp1024")
    with CharonLab(conf + SECRET, conf_extra="cookie_threshold = 1\n    block_threshold = 100") as lab:
        r = ctx.probe("--ike", "v2")
        log = lab.read_log()
    check(r["ikev2"]["cookie_requested"] is True, r["ikev2"])
    check(re.search(r"N\(COOKIE\)", log), "charon sent no COOKIE")
    check(set(accepted_v2(r)) == {"aes256-sha1-modp1024", "aes256-sha256-modp1024"}, accepted_v2(r))
    check(sorted(map(charon_name, accepted_v2(r))) == sorted(selected(log)), (accepted_v2(r), selected(log)))


def scenario_throttled(ctx):
    """strongSwan's default DoS protection (block_threshold = 5 half-open SAs per address):
    after five accepted IKE_SA_INITs charon goes silent. The probe says "throttled", not
    "unreachable", and keeps what it learned (discovery incomplete)."""
    proposals = ", ".join(f"{e}-{h}-modp1024" for e in ("aes256", "aes128", "3des") for h in ("sha256", "sha1", "sha384"))
    conf = ikev2_conn(proposals)
    with CharonLab(conf + SECRET) as lab:
        r = ctx.probe("--ike", "v2", timeout=10)
        log = lab.read_log()
    check(r["transport"] == "throttled" and r["reachable"], r["transport"])
    check(r["ikev2"]["windows_default_accepted"] is True, r["ikev2"])
    check(not r["ikev2"]["discovery_complete"], "discovery complete despite throttling")
    check(re.search(r"ignoring IKE_SA setup from .*, per-IP half-open IKE_SA limit of 5 reached", log), "charon did not block")
    check(len(accepted_v2(r)) == len(selected(log)), (accepted_v2(r), selected(log)))
    check("connectivity.udp500.throttled" in finding_ids(r), finding_ids(r))
    check(r["packets_sent"] <= 40, r["packets_sent"])


SCENARIOS = {
    "windows-default": scenario_windows_default,
    "modern-only": scenario_modern_only,
    "modp2048-only": scenario_modp2048_only,
    "ikev1-main-psk": scenario_ikev1_main_psk,
    "ikev1-only-l2tp-default": scenario_ikev1_only_l2tp_default,
    "ikev1-aggressive": scenario_ikev1_aggressive,
    "ikev1-aggressive-only": scenario_ikev1_aggressive_only,
    "fragments-dropped": scenario_fragments_dropped,
    "nothing-listening": scenario_nothing_listening,
    "natt-closed": scenario_natt_closed,
    "silent": scenario_silent,
    "nat": scenario_nat,
    "cookie": scenario_cookie,
    "throttled": scenario_throttled,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("scenarios", nargs="*")
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    if os.geteuid() != 0 or not os.path.exists("/usr/lib/ipsec/charon") or not shutil.which("unshare"):
        print("SKIP: needs root, unshare and strongSwan's charon (/usr/lib/ipsec/charon)")
        return 77
    names = args.scenarios or list(SCENARIOS)
    if len(names) > 1:  # one fresh namespace (own /run, own loopback) per scenario
        return max(subprocess.call([sys.executable, os.path.abspath(__file__), "--cli", args.cli, n]) for n in names)
    rc = inside_namespace([os.path.abspath(__file__), "--cli", args.cli] + names)
    if rc is not None:
        return rc
    prepare_namespace()
    ctx = Context(args.cli)
    failed = 0
    for name in names:
        started = time.time()
        try:
            SCENARIOS[name](ctx)
            print(f"PASS {name} ({time.time() - started:.1f} s)")
        except Exception as e:  # noqa: BLE001 - report every scenario
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
