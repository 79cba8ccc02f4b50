#!/usr/bin/env python3
"""Benchmark (not a test): ipsecdoctor-cli probe vs ike-scan against the same charon, in the same run.

Question 1 (IKEv1): "which of these N Main Mode transform sets does the server accept?" — N is the
probe's IKEv1 candidate list (AES-256/192/128, 3DES, DES x SHA2-384/256, SHA1, MD5 x ECP384/256,
MODP2048s256/2048/1024/768 = 120). ike-scan offers one transform per run (a multi-transform offer
only reveals the server's favourite), so it needs N round trips; the probe removes what was chosen
and asks again: accepted + 1.
Question 2 (IKEv2): "is the Windows default set accepted?" — ike-scan --ikev2 sends its own fixed
proposal and cannot offer Windows' (ike-scan issue #34), so it cannot answer; the probe needs 1.

Each question runs directly and with 50 ms added to every round trip (a delaying UDP relay in the
namespace: this kernel has no netem). Prints a Markdown table. Run as root:
    python3 tests/ike/bench_probe_vs_ikescan.py --cli build/native/app/cli/ipsecdoctor-cli
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from charon_lab import CharonLab, UdpRelay, as_user, inside_namespace, prepare_namespace  # noqa: E402
import test_probe_charon as t  # noqa: E402

CIPHERS = [("aes256", "7/256"), ("aes192", "7/192"), ("aes128", "7/128"), ("3des", "5"), ("des", "1")]
HASHES = [("sha384", "5"), ("sha256", "4"), ("sha1", "2"), ("md5", "1")]
GROUPS = [("ecp384", "20"), ("ecp256", "19"), ("modp2048s256", "24"), ("modp2048", "14"), ("modp1024", "2"),
          ("modp768", "1")]


def candidates():
    return [(f"{c}-{h}-{g}", f"{cv},{hv},1,{gv}") for g, gv in GROUPS for c, cv in CIPHERS for h, hv in HASHES]


def ike_scan_accepted(port):
    """One ike-scan run per transform; returns (accepted, round trips, packets, seconds)."""
    accepted, packets = [], 0
    started = time.time()
    for name, trans in candidates():
        out = subprocess.run(["ike-scan", "--sport=0", f"--dport={port}", "--retry=1", f"--trans={trans}",
                              "127.0.0.1"], capture_output=True, text=True).stdout
        packets += 1
        if "Main Mode Handshake returned" in out:
            accepted.append(name)
    return accepted, len(candidates()), packets, time.time() - started


def probe(cli, port, *args):
    started = time.time()
    # As a standard user: the CLI refuses to run most commands as root (app/cli/README.md).
    out = subprocess.run(as_user([cli, "probe", "127.0.0.1", "--port", str(port), "--json", "--timeout", "60"]
                                 + list(args)), capture_output=True, text=True)
    return json.loads(out.stdout), time.time() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()
    args.cli = os.path.abspath(args.cli)
    rc = inside_namespace([os.path.abspath(__file__), "--cli", args.cli])
    if rc is not None:
        return rc
    prepare_namespace()
    rows = []
    # Question 1: an L2TP server accepting two of the 120 (not Windows' ECP offers).
    v1 = t.ikev1_conn("aes256-sha256-modp2048, 3des-sha1-modp1024")
    for delay in (0, 50):
        with CharonLab(v1 + t.SECRET), UdpRelay(("127.0.0.1", 5000), ("127.0.0.1", 500), delay_ms=delay):
            scan_accepted, scan_trips, scan_packets, scan_s = ike_scan_accepted(5000)
        with CharonLab(v1 + t.SECRET), UdpRelay(("127.0.0.1", 5000), ("127.0.0.1", 500), delay_ms=delay):
            r, probe_s = probe(args.cli, 5000, "--ike", "v1")
        mm = [e for e in r["exchanges"] if e["purpose"] in ("ikev1-main-windows", "ikev1-discovery")]
        probe_accepted = [p["proposal"] for p in r["ikev1"]["main_mode"]["accepted"]]
        assert sorted(probe_accepted) == sorted(scan_accepted), (probe_accepted, scan_accepted)
        rows.append((f"IKEv1: which of {len(candidates())} transforms are accepted ({len(scan_accepted)} are)",
                     delay, "ike-scan", scan_trips, scan_packets, scan_s))
        rows.append(("", delay, "probe (Main Mode only)", len(mm), sum(e["attempts"] for e in mm),
                     sum(e["rtt_ms"] or 0 for e in mm) / 1000))
        rows.append(("", delay, "probe (whole run, +Aggressive Mode)", len(r["exchanges"]), r["packets_sent"], probe_s))
    # Question 2: IKEv2, Windows' default set, against a server that accepts it.
    v2 = t.ikev2_conn("aes256-sha256-modp2048, aes256-sha1-modp1024")
    for delay in (0, 50):
        with CharonLab(v2 + t.SECRET), UdpRelay(("127.0.0.1", 5000), ("127.0.0.1", 500), delay_ms=delay):
            r, probe_s = probe(args.cli, 5000, "--ike", "v2", "--no-discovery")
        assert r["ikev2"]["windows_default_accepted"] is True
        rows.append(("IKEv2: is the Windows default set accepted?", delay, "ike-scan", "cannot (fixed proposal)",
                     "-", "-"))
        rows.append(("", delay, "probe (+ large-packet question)", len(r["exchanges"]), r["packets_sent"], probe_s))
        with CharonLab(v2 + t.SECRET), UdpRelay(("127.0.0.1", 5000), ("127.0.0.1", 500), delay_ms=delay):
            r, probe_s = probe(args.cli, 5000)
        rows.append(("IKEv2 and IKEv1: the whole run (both verdicts, large packets, discovery)", delay, "probe",
                     len(r["exchanges"]), r["packets_sent"], probe_s))
    print("| question | added RTT (ms) | tool | round trips | packets | wall time (s) |")
    print("|---|---|---|---|---|---|")
    for q, d, tool, trips, packets, secs in rows:
        secs = f"{secs:.2f}" if isinstance(secs, float) else secs
        print(f"| {q} | {d} | {tool} | {trips} | {packets} | {secs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
