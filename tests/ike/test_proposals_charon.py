#!/usr/bin/env python3
"""End to end: the Proposals step against a real strongSwan charon (issue 4's "done when").

A Windows-default IKEv2 profile (the real phonebook githlp69-a_rasphone_IKEv2-PowershellCreated.pbk
from tests/data, its server pointed at the lab) faces a server that accepts only
aes256-sha256-modp2048. Through the CLI, as a user or a support engineer would:
  1. `check --step proposals --probe` names the D-H group mismatch and recommends the custom
     policy AES256,SHA256,Group14,AES256,SHA196,None (charon's log says what it selected);
  2. `fix profile.ipsec-policy.set` writes that policy into the phonebook (journaled);
  3. probing again with the profile's new policy: the server accepts it at the first try, and the
     step now says the proposal is accepted;
  4. `undo` gives back the phonebook byte for byte.
Run as root (unshare); exit code 77 when charon or namespaces are not available.

    python3 tests/ike/test_proposals_charon.py --cli build/native/app/cli/ipsecdoctor-cli --data tests/data
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from charon_lab import CharonLab, Failure, as_user, check, inside_namespace, prepare_namespace  # noqa: E402

SAMPLE = "real-world/pbk/githlp69-a_rasphone_IKEv2-PowershellCreated.pbk"
PROFILE = "BestBuy"
RECOMMENDED = "AES256,SHA256,Group14,AES256,SHA196,None"
SERVER_CONF = """connections {
  rw {
    version = 2
    proposals = aes256-sha256-modp2048
    local { auth = psk
      id = vpn.example }
    remote { auth = psk }
    children { net { local_ts = 0.0.0.0/0 } }
  }
}
secrets { ike-any { secret = "probe-test-secret" } }
"""


def selected(log):
    return re.findall(r"selected proposal: (IKE:\S+)", log)


class Cli:
    def __init__(self, path, work):
        self.path = path
        self.work = work
        data = os.path.join(work, "IPsecDoctor")
        os.makedirs(data)
        self.journal = os.path.join(data, "journal.json")
        # Never the user's own journal or settings, even when run by hand.
        self.env = dict(os.environ, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work, HOME=work)

    def run(self, *args, expect=None):
        out = subprocess.run(as_user([self.path] + list(args) + ["--json"], self.work), capture_output=True, text=True,
                             timeout=90, env=self.env)
        try:
            body = json.loads(out.stdout)
        except json.JSONDecodeError as e:
            raise Failure(f"{args[0]}: output is not JSON ({e}): {out.stdout[:400]} {out.stderr[-400:]}")
        if expect is not None:
            check(out.returncode == expect, f"{' '.join(args)}: exit {out.returncode}, wanted {expect}: {out.stdout[:1500]}")
        return body


def lab_phonebook(data, work):
    """The real sample with its server pointed at the lab: only the PhoneNumber line changes."""
    with open(os.path.join(data, SAMPLE), "rb") as f:
        text = f.read()
    edited, n = re.subn(rb"(?m)^PhoneNumber=newyorkcity\.hideservers\.net", b"PhoneNumber=127.0.0.1", text)
    check(n == 1, "the sample's PhoneNumber line moved")
    path = os.path.join(work, "rasphone.pbk")
    with open(path, "wb") as f:
        f.write(edited)
    return path, edited


def scenario(cli_path, data):
    work = tempfile.mkdtemp(prefix="proposals-e2e-")
    try:
        cli = Cli(cli_path, work)
        pbk, original = lab_phonebook(data, work)
        with CharonLab(SERVER_CONF) as lab:
            # 1. The diagnosis, from what the server answered.
            before = cli.run("check", "--step", "proposals", "--pbk", pbk, "--profile", PROFILE, "--probe",
                             expect=1)
            first_log = lab.read_log()
            ids = [f["id"] for f in before["findings"]]
            check(ids[0] == "proposal.ikev2.dh-group-mismatch", f"first finding {ids}")
            f = before["findings"][0]
            check(f["evidence"]["recommended_policy"] == RECOMMENDED, f["evidence"])
            check("profile.ipsec-policy.set" in f["remediations"], f["remediations"])
            check(f["evidence"]["phonebook_path"] == pbk, f["evidence"])
            check("connectivity.udp500.reachable" in ids, ids)
            probe = before["probes"][0]
            accepted = [p["proposal"] for p in probe["ikev2"]["accepted"]]
            check(probe["ikev2"]["windows_default_accepted"] is False, probe["ikev2"])
            check(accepted == ["aes256-sha256-modp2048"], accepted)
            check(selected(first_log) and set(selected(first_log)) ==
                  {"IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048"},
                  f"charon selected {selected(first_log)}")
            # Windows 10's default set first: every proposal with MODP_1024 (facts §1.1).
            first_offer = re.search(r"received proposals: (.*)", first_log).group(1).split(", ")
            check(len(first_offer) > 1 and all(p.endswith("/MODP_1024") for p in first_offer),
                  f"charon first received {first_offer}")

            # 2. The one-click fix, on the phonebook file.
            applied = cli.run("fix", "profile.ipsec-policy.set", "--profile", PROFILE, "--pbk", pbk,
                              "--ipsec-policy", RECOMMENDED, "--journal", cli.journal, expect=0)
            check(applied["result"] == "applied" and applied["aftermath"] == "reconnect", applied)
            with open(pbk, "rb") as fh:
                check(fh.read() != original, "the phonebook did not change")

            # 3. Probing again with the profile's new policy: accepted at the first try.
            again = cli.run("probe", "--profile", PROFILE, "--pbk", pbk, "--ike", "v2", "--no-discovery",
                            expect=0)
            check(again["ikev2"]["windows_set"] == "custom-policy", again["ikev2"])
            check(again["ikev2"]["windows_default_accepted"] is True, again["ikev2"])
            check(again["ikev2"].get("ke_group_requested") is None, again["ikev2"])
            second_log = lab.read_log()[len(first_log):]
            check(re.search(r"received proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048\s",
                            second_log), "the re-probe did not offer exactly the recommended proposal")
            check("selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048" in second_log,
                  "charon did not select the recommended proposal")
            after = cli.run("check", "--step", "proposals", "--pbk", pbk, "--profile", PROFILE, "--probe")
            after_ids = [x["id"] for x in after["findings"]]
            check("proposal.ikev2.accepted" in after_ids and "proposal.ikev2.dh-group-mismatch" not in after_ids,
                  after_ids)

        # 4. Undo: the phonebook is back, byte for byte.
        undone = cli.run("undo", "--last", "--journal", cli.journal, expect=0)
        check(undone["result"] == "undone", undone)
        with open(pbk, "rb") as fh:
            check(fh.read() == original, "undo did not restore the phonebook")
    finally:
        if os.environ.get("IPSECDOCTOR_KEEP_LAB") != "1":
            shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--data", required=True, help="the shared data folder (real samples)")
    args = parser.parse_args()
    args.cli, args.data = os.path.abspath(args.cli), os.path.abspath(args.data)
    if os.geteuid() != 0 or not os.path.exists("/usr/lib/ipsec/charon") or not shutil.which("unshare"):
        print("SKIP: needs root, unshare and strongSwan's charon (/usr/lib/ipsec/charon)")
        return 77
    rc = inside_namespace([os.path.abspath(__file__), "--cli", args.cli, "--data", args.data])
    if rc is not None:
        return rc
    prepare_namespace()
    try:
        scenario(args.cli, args.data)
    except Exception as e:  # noqa: BLE001 - one clear line for ctest
        print(f"FAIL proposals-e2e: {type(e).__name__}: {e}")
        return 1
    print("PASS proposals-e2e")
    return 0


if __name__ == "__main__":
    sys.exit(main())
