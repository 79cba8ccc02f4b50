#!/usr/bin/env python3
"""The Certificates step against a real strongSwan charon whose CA is (and is not) installed here.

The test makes its PKI with strongSwan's `pki`: the VPN's CA (charon's `cacerts`, so charon sends
a CERTREQ for it in its IKE_SA_INIT answer), another CA, and a computer certificate from each.
Charon runs in private network and mount namespaces (charon_lab.py). Then, for the computer's
stores the scenario chooses:

  1. certreq_check builds the offline CertificateStore from the DER files, runs the real IKE probe
     against charon and feeds its CERTREQ list to the real certificate checks;
  2. the CLI does the same end to end: `check --step certificates --bundle B --server 127.0.0.1`
     (the bundle holds those stores; --server makes the CLI ask charon for its CERTREQ).

Both are checked against charon's own log ("sending cert request for ...") and against the CA's
key hash as `pki --keyid` computes it. Run as root (unshare):

    python3 tests/ike/test_certreq_charon.py --cli ipsecdoctor-cli --tool certreq_check [SCENARIO]
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
from charon_lab import CharonLab, Failure, as_user, check, inside_namespace, prepare_namespace  # noqa: E402

VPN_CA_DN = "O=IPsec Doctor Lab, CN=Lab VPN Root CA"
OTHER_CA_DN = "O=Somewhere Else, CN=Unrelated Root CA"

CHARON_CONF = """connections {
  rw {
    version = 2
    proposals = aes256-sha1-modp1024, aes256-sha256-modp2048
    local { auth = psk
            id = vpn.lab.test }
    remote { auth = pubkey
             cacerts = vpn-ca.der }
    children { net { local_ts = 0.0.0.0/0 } }
  }
}
secrets { ike-any { secret = "certreq-test-secret" } }
"""


def pki(*args, stdin=None):
    return subprocess.run(["pki", *args], input=stdin, capture_output=True, check=True).stdout


class Pki:
    """Two root CAs and a computer certificate (Client Authentication) from each, in DER."""

    def __init__(self, folder):
        self.folder = folder
        self.vpn_ca = self._ca("vpn-ca", VPN_CA_DN)
        self.other_ca = self._ca("other-ca", OTHER_CA_DN)
        self.vpn_machine = self._machine("pc-vpn", "vpn-ca", "pc1.lab.test")
        self.other_machine = self._machine("pc-other", "other-ca", "pc1.elsewhere.test")

    def path(self, name):
        return os.path.join(self.folder, name + ".der")

    def _key(self, name):
        key = pki("--gen", "--type", "ecdsa", "--size", "256", "--outform", "der")
        with open(os.path.join(self.folder, name + ".key"), "wb") as f:
            f.write(key)
        return os.path.join(self.folder, name + ".key")

    def _ca(self, name, dn):
        key = self._key(name)
        der = pki("--self", "--ca", "--in", key, "--type", "ecdsa", "--dn", dn, "--lifetime", "365",
                  "--outform", "der")
        with open(self.path(name), "wb") as f:
            f.write(der)
        ids = pki("--keyid", "--in", self.path(name), "--type", "x509").decode()
        spki = re.search(r"SHA-1 of subjectPublicKeyInfo\):\s+([0-9a-fA-F:]+)", ids).group(1)
        return spki.replace(":", "").upper()

    def _machine(self, name, issuer, host):
        key = self._key(name)
        public = pki("--pub", "--in", key, "--type", "ecdsa")
        der = pki("--issue", "--cacert", self.path(issuer), "--cakey", os.path.join(self.folder, issuer + ".key"),
                  "--dn", "CN=" + host, "--san", host, "--flag", "clientAuth", "--lifetime", "90",
                  "--outform", "der", stdin=public)
        with open(self.path(name), "wb") as f:
            f.write(der)
        return name


def findings(doc):
    return {f["id"]: f for f in doc["findings"]}


def run_both(args, lab_pki, stores, folder):
    """The tool's findings, then the CLI's on a bundle of the same stores (charon must be up)."""
    bundle = os.path.join(folder, "stores.zip")
    cmd = [args.tool, "--host", "127.0.0.1", "--auth", "machine-cert", "--bundle", bundle]
    for store, name in stores:
        cmd += ["--cert", f"{store}:{lab_pki.path(name)}"]
    tool = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    check(tool.returncode == 0, f"certreq_check failed: {tool.stderr}")
    env = dict(os.environ, IPSECDOCTOR_DATA_DIR=folder)  # the CLI's log stays in the test's folder
    cli = subprocess.run(as_user([args.cli, "check", "--step", "certificates", "--bundle", bundle, "--server",
                                  "127.0.0.1", "--auth", "machine-cert", "--json"], folder),
                         capture_output=True, text=True, timeout=60, env=env)
    try:
        cli_doc = json.loads(cli.stdout)
    except json.JSONDecodeError as e:
        raise Failure(f"CLI output is not JSON ({e}): {cli.stdout[:400]} {cli.stderr[-400:]}")
    return json.loads(tool.stdout), cli_doc, cli.returncode


def charon_asked_for(log, dn):
    # charon logs the CA's subject as its own DN string ("O=..., CN=...").
    return re.search(r'sending cert request for "' + re.escape(dn) + '"', log) is not None


def scenario_ca_installed(args, lab_pki, folder):
    """The computer has charon's CA in LocalMachine\\Root and a certificate from it."""
    stores = [("machine-root", "vpn-ca"), ("machine-my", lab_pki.vpn_machine)]
    with CharonLab(CHARON_CONF, files={"x509ca/vpn-ca.der": open(lab_pki.path("vpn-ca"), "rb").read()}) as lab:
        tool, cli, cli_rc = run_both(args, lab_pki, stores, folder)
        log = lab.read_log()
    check(charon_asked_for(log, VPN_CA_DN), "charon sent no CERTREQ for the lab CA:\n" + log[-2000:])
    for name, doc in (("certreq_check", tool), ("CLI", cli)):
        ids = findings(doc)
        check("certificate.server-ca.not-installed" not in ids, f"{name}: {sorted(ids)}")
        check("certificate.server-ca.not-requested" not in ids, f"{name}: {sorted(ids)}")
        check("certificate.server-ca.unknown" not in ids, f"{name}: server not asked? {sorted(ids)}")
        installed = ids.get("certificate.server-ca.installed")
        check(installed is not None, f"{name}: no certificate.server-ca.installed in {sorted(ids)}")
        check(installed["evidence"]["requested_ca_sha1"] == lab_pki.vpn_ca,
              f"{name}: asked for {installed['evidence']['requested_ca_sha1']}, pki says {lab_pki.vpn_ca}")
        check("certificate.machine.usable" in ids, f"{name}: {sorted(ids)}")
    check(tool["certreq_ca_sha1"] == [lab_pki.vpn_ca], tool["certreq_ca_sha1"])
    check(cli_rc == 0, f"CLI exit {cli_rc} with the CA installed")


def scenario_ca_not_installed(args, lab_pki, folder):
    """The computer has only another CA and a certificate from it: the server's CA is missing and
    the computer's certificate is not from a CA the server asks for."""
    stores = [("machine-root", "other-ca"), ("machine-my", lab_pki.other_machine)]
    with CharonLab(CHARON_CONF, files={"x509ca/vpn-ca.der": open(lab_pki.path("vpn-ca"), "rb").read()}) as lab:
        tool, cli, cli_rc = run_both(args, lab_pki, stores, folder)
        log = lab.read_log()
    check(charon_asked_for(log, VPN_CA_DN), "charon sent no CERTREQ for the lab CA:\n" + log[-2000:])
    check(not charon_asked_for(log, OTHER_CA_DN), "charon asked for the other CA?")
    check(lab_pki.other_ca != lab_pki.vpn_ca, "the two CAs have the same key hash")
    for name, doc in (("certreq_check", tool), ("CLI", cli)):
        ids = findings(doc)
        missing = ids.get("certificate.server-ca.not-installed")
        check(missing is not None, f"{name}: no certificate.server-ca.not-installed in {sorted(ids)}")
        check(missing["severity"] == "error", f"{name}: {missing['severity']}")
        check(missing["evidence"]["missing_ca_sha1"] == lab_pki.vpn_ca,
              f"{name}: missing {missing['evidence']['missing_ca_sha1']}, pki says {lab_pki.vpn_ca}")
        check(missing["evidence"]["requested_ca_sha1"] == lab_pki.vpn_ca, missing["evidence"])
        not_requested = ids.get("certificate.server-ca.not-requested")
        check(not_requested is not None, f"{name}: no certificate.server-ca.not-requested in {sorted(ids)}")
        check(not_requested["evidence"]["requested_ca_sha1"] == lab_pki.vpn_ca, not_requested["evidence"])
        check(not_requested["evidence"]["role"] == "machine", not_requested["evidence"])
        check("certificate.server-ca.installed" not in ids, f"{name}: {sorted(ids)}")
    check(cli_rc == 1, f"CLI exit {cli_rc}: problems found should give 1")


SCENARIOS = {"ca-installed": scenario_ca_installed, "ca-not-installed": scenario_ca_not_installed}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--tool", required=True)
    parser.add_argument("scenarios", nargs="*")
    args = parser.parse_args()
    args.cli, args.tool = os.path.abspath(args.cli), os.path.abspath(args.tool)
    if os.geteuid() != 0 or not os.path.exists("/usr/lib/ipsec/charon") or not shutil.which("unshare") \
            or not shutil.which("pki"):
        print("SKIP: needs root, unshare, strongSwan's charon and pki")
        return 77
    names = args.scenarios or list(SCENARIOS)
    if len(names) > 1:  # one fresh namespace (own /run, own loopback) per scenario
        return max(subprocess.call([sys.executable, os.path.abspath(__file__), "--cli", args.cli,
                                    "--tool", args.tool, n]) for n in names)
    rc = inside_namespace([os.path.abspath(__file__), "--cli", args.cli, "--tool", args.tool] + names)
    if rc is not None:
        return rc
    prepare_namespace()
    folder = tempfile.mkdtemp(prefix="certreq-")
    failed = 0
    try:
        lab_pki = Pki(folder)
        for name in names:
            started = time.time()
            try:
                SCENARIOS[name](args, lab_pki, folder)
                print(f"PASS {name} ({time.time() - started:.1f} s)")
            except Exception as e:  # noqa: BLE001 - report every scenario
                failed += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
