#!/usr/bin/env python3
"""Writes the scenario corpus (tests/scenarios/<nn>-<slug>/: snapshot.json, expected.json,
README.md) from the building blocks of scenario_parts.py and the scenario table below, then
passes every snapshot through the product's reader and writer (make_scenario_bundles
--normalize) so that snapshot.json is exactly what core writes (plus the "connection" member).

    python3 tests/tools/build_scenarios.py --cli build/native/app/cli/ipsecdoctor-cli \
        --tool build/native/tests/tools/make_scenario_bundles

The probe results come from tests/scenarios/sources/probes (capture_scenario_probes.py).
"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenario_parts as P  # noqa: E402
from scenario_table import SCENARIOS  # noqa: E402

SCENARIOS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scenarios")


def readme(s):
    e = s["expected"]
    lines = [f"# {s['folder']} — {s['title']}", "", f"**Situation.** {s['situation']}", "",
             f"**What the user sees.** {s['sees']}", "",
             f"**Connection under diagnosis.** {s['connection_text']}", "",
             f"**Expected top cause:** `{e['top_cause']}`" if e["top_cause"] else
             "**Expected top cause:** none (healthy: no cause, exit code 0)", "",
             f"**Expected first fix:** `{e['first_fix']}`" if e["first_fix"] else
             f"**Expected first fix:** none — the first action is an instruction: {s['instruction']}", ""]
    if e["must_not"]:
        lines += ["**Must not be listed:** " + ", ".join(f"`{c}`" for c in e["must_not"]) + f". {s['why_not']}", ""]
    lines += ["**Why.** " + s["why"], "", "**Built from.**", ""]
    lines += [f"- {src}" for src in s["sources"]]
    return "\n".join(lines) + "\n"


INDEX_HEAD = """# Scenario corpus

Diagnostic bundles a support technician meets, each with what the diagnosis must say. Every
folder `<nn>-<slug>/` holds:

- `snapshot.json` — the SystemSnapshot exactly as core reads and writes it (machine, services,
  certificates, logs with each event's raw XML, the IKE probe's result, VPN profiles and registry
  facts), plus the connection under diagnosis (`"connection": {profile, tunnel, auth, server,
  origin}`);
- `expected.json` — `{"top_cause": id | null, "first_fix": id | null, "exit": 0 | 1, "must_not": [id...]}`
  (and `max_causes` where the count matters);
- `README.md` — the situation, what the user sees, the expected top cause and first fix, why, and
  the real artefacts it was built from.

Each is built from real artefacts: Windows event XML and RasClient captures, a real phonebook, real
VPN server configurations, and IKE probe results captured by running `ipsecdoctor-cli probe --json`
against a real strongSwan charon configured like the scenario's server (`sources/probes/*.json`
with charon's log beside each). `sources/` keeps those inputs; `tests/tools/` the scripts that made
them:

| script | what it does |
|---|---|
| `make_scenario_pki.sh` | the company CA, VPN server, computer and user certificates (`sources/pki`, fixed dates) |
| `make_scenario_pbks.py` | the phonebooks (`sources/pbk`), entries copied from a real `rasphone.pbk` |
| `capture_scenario_probes.py` | the probe captures (root, nftables, strongSwan; network namespaces) |
| `scenario_parts.py`, `scenario_pcs.py`, `scenario_table.py`, `build_scenarios.py` | the snapshots, expected results and READMEs |
| `make_scenario_bundles` | every snapshot through the product's reader and bundle writer into a bundle |
| `check_scenario.py` | the test: `diagnose --bundle --json` and the text output, in French and English |

Tests (label `scenarios`): `scenarios.bundles` writes the bundles into the build tree,
`scenarios.<folder>` checks one scenario in both languages, `scenarios.corpus` checks the corpus'
own rules, `scenarios.legacy-0.1` opens a bundle written by version 0.1 (`legacy-0.1/bundle.zip`,
no connection member) so that old bundles keep opening. Scenarios listed in `pending.txt` wait for
the new diagnosis engine and are skipped with `SKIPPED (pending engine)`; `KNOWN-FAILURES.md` says
why. Remove an entry from both when the engine gets it right (the test fails when a pending
scenario passes).

    ctest --test-dir build/native -L scenarios

Regenerate (after changing the table or the sources; the probe captures need root and nftables,
and on a fresh clone they make the PKI again, since its private keys are not committed: rebuild
the snapshots after a capture):

    python3 tests/tools/capture_scenario_probes.py --cli build/native/app/cli/ipsecdoctor-cli
    python3 tests/tools/build_scenarios.py --cli build/native/app/cli/ipsecdoctor-cli \\
        --tool build/native/tests/tools/make_scenario_bundles

## Index

| scenario | PC | tunnel | sign-in | expected top cause | expected first fix |
|---|---|---|---|---|---|
"""

TUNNEL = {"ikev2": "IKEv2", "l2tp": "L2TP/IPsec"}
AUTH = {"eap-mschapv2": "EAP-MSCHAPv2", "eap-tls": "EAP-TLS", "machine-certificate": "machine certificate",
        "psk": "pre-shared key"}


def index(rows):
    out = INDEX_HEAD
    for s, connection, pc in rows:
        e = s["expected"]
        out += (f"| [{s['folder']}]({s['folder']}/README.md) | {pc} | {TUNNEL[connection['tunnel']]} | "
                f"{AUTH[connection['auth']]} | {('`' + e['top_cause'] + '`') if e['top_cause'] else 'none (exit 0)'} | "
                f"{('`' + e['first_fix'] + '`') if e['first_fix'] else '—'} |\n")
    out += ("| [legacy-0.1](legacy-0.1/README.md) | Windows 10, French | L2TP/IPsec | pre-shared key | "
            "bundle of version 0.1: "
            "must open | — |\n")
    return out


def check(args):
    """Builds the corpus into a temporary folder and compares it with tests/scenarios: the
    committed files are what the table, the sources and this version's writer make."""
    if not shutil.which("openssl"):
        print("SKIP: needs the openssl command")
        return 77
    with tempfile.TemporaryDirectory(prefix="scenarios-") as out:
        code = subprocess.call([sys.executable, os.path.abspath(__file__), "--cli", args.cli, "--tool", args.tool,
                                "--out", out], stdout=subprocess.DEVNULL)
        if code != 0:
            print(f"FAIL: build_scenarios.py exited with {code}")
            return 1
        differ = []
        for folder in sorted(os.listdir(out)):
            built = os.path.join(out, folder)
            files = [folder] if os.path.isfile(built) else [os.path.join(folder, f) for f in sorted(os.listdir(built))]
            for rel in files:
                committed = os.path.join(SCENARIOS_DIR, rel)
                if not os.path.exists(committed) or not filecmp.cmp(os.path.join(out, rel), committed, shallow=False):
                    differ.append(rel)
    for rel in differ:
        print(f"FAIL: tests/scenarios/{rel} is not what build_scenarios.py makes (regenerate: see tests/scenarios/README.md)")
    if not differ:
        print("PASS: the committed corpus is what build_scenarios.py makes")
    return 1 if differ else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tool", required=True, help="make_scenario_bundles")
    parser.add_argument("--out", default=SCENARIOS_DIR, help="where to write (default: tests/scenarios)")
    parser.add_argument("--check", action="store_true", help="compare with tests/scenarios instead of writing")
    parser.add_argument("only", nargs="*")
    args = parser.parse_args()
    if args.check:
        return check(args)
    rows = []
    for s in SCENARIOS:
        if args.only and s["folder"] not in args.only:
            continue
        folder = os.path.join(args.out, s["folder"])
        os.makedirs(folder, exist_ok=True)
        snapshot = s["build"](args.cli)
        french = snapshot["services"][0]["display_name"] == P.DISPLAY["fr"]["BFE"]
        pc = f"{snapshot['machine']['os_name'].replace(' Pro', '')}, {'French' if french else 'English'}"
        rows.append((s, snapshot.get("connection") or s["index_connection"], pc))
        draft = os.path.join(folder, "snapshot.json")
        with open(draft, "w", encoding="utf-8") as f:
            json.dump(snapshot, f, indent=2, ensure_ascii=False)
        normal = subprocess.run([args.tool, "--normalize", folder], capture_output=True, text=True)
        if normal.returncode != 0:
            raise SystemExit(f"{s['folder']}: {normal.stderr}")
        with open(draft, "w", encoding="utf-8") as f:
            f.write(normal.stdout)
        with open(os.path.join(folder, "expected.json"), "w") as f:
            json.dump(s["expected"], f, indent=2)
            f.write("\n")
        with open(os.path.join(folder, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme(s))
        print(s["folder"])
    if not args.only:
        with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as f:
            f.write(index(rows))


if __name__ == "__main__":
    sys.exit(main())
