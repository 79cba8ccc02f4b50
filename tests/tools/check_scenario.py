#!/usr/bin/env python3
"""Runs `ipsecdoctor-cli diagnose` on one scenario bundle of tests/scenarios, in French and in
English, and checks it against the scenario's expected.json:
  {"top_cause": id | null, "first_fix": id | null, "exit": 0 | 1, "must_not": [id...],
   "max_causes": n (optional)}
— the first cause's id, its first remediation, the exit code, causes that must not be listed —
and that the text output is produced in both languages.

A scenario named in tests/scenarios/pending.txt waits for the diagnosis engine: its mismatches
are printed and the test is skipped ("SKIPPED (pending engine)", exit 77). A pending scenario
that passes fails the test, so that pending.txt is kept true. A CLI that crashes, prints no
JSON or no text fails the test whether pending or not.

    check_scenario.py --cli CLI --scenarios tests/scenarios --bundles DIR NAME
    check_scenario.py --corpus --scenarios tests/scenarios      (the corpus' own rules)
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77
LANGS = ("fr", "en")
SCENARIO_NAME = re.compile(r"^\d\d-[a-z0-9-]+$")


def pending(scenarios):
    path = os.path.join(scenarios, "pending.txt")
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.append(line)
    return names


def text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


NOBODY = 65534


def run(cli, args, data_dir):
    """The CLI as a support technician runs it: ipsecdoctor-cli run as root does fix and undo (and
    a live check) only, its elevation boundary, so a root test run hands the work to nobody."""
    env = dict(os.environ, IPSECDOCTOR_DATA_DIR=data_dir)
    cmd = [cli] + args
    if os.geteuid() == 0:
        os.chown(data_dir, NOBODY, NOBODY)
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env)


def diagnose(cli, bundle, lang, data_dir):
    """(json document, exit code, text output) or raises RuntimeError when the CLI misbehaves."""
    js = run(cli, ["diagnose", "--bundle", bundle, "--json", "--lang", lang], data_dir)
    try:
        doc = json.loads(js.stdout)
    except json.JSONDecodeError as e:
        raise RuntimeError(f"--lang {lang} --json: not JSON ({e}), exit {js.returncode}: "
                           f"{js.stdout[:300]} {js.stderr[-300:]}")
    if "error" in doc:
        raise RuntimeError(f"--lang {lang}: the bundle did not open: {doc['error']}")
    if not isinstance(doc.get("causes"), list):
        raise RuntimeError(f"--lang {lang}: no causes list in {sorted(doc)}")
    text = run(cli, ["diagnose", "--bundle", bundle, "--lang", lang], data_dir)
    if text.returncode not in (0, 1) or not text.stdout.strip():
        raise RuntimeError(f"--lang {lang} (text): exit {text.returncode}, output {text.stdout[:300]!r}, "
                           f"errors {text.stderr[-300:]!r}")
    if text.returncode != js.returncode:
        raise RuntimeError(f"--lang {lang}: text exit {text.returncode} but JSON exit {js.returncode}")
    return doc, js.returncode, text.stdout


def mismatches(expected, doc, code, lang):
    causes = doc["causes"]
    ids = [c.get("id") for c in causes]
    top = ids[0] if ids else None
    remediations = causes[0].get("remediations", []) if causes else []
    fix = remediations[0] if remediations else None
    out = []
    if top != expected["top_cause"]:
        out.append(f"[{lang}] top cause {top!r}, expected {expected['top_cause']!r} (causes: {ids})")
    if fix != expected["first_fix"]:
        out.append(f"[{lang}] first fix {fix!r}, expected {expected['first_fix']!r}")
    if code != expected["exit"]:
        out.append(f"[{lang}] exit {code}, expected {expected['exit']}")
    for bad in expected.get("must_not", []):
        if bad in ids:
            out.append(f"[{lang}] {bad} is listed (rank {ids.index(bad) + 1}) but must not be")
    if "max_causes" in expected and len(ids) > expected["max_causes"]:
        out.append(f"[{lang}] {len(ids)} causes, at most {expected['max_causes']} expected: {ids}")
    return out


def check_one(args):
    name = args.name
    folder = os.path.join(args.scenarios, name)
    expected = json.loads(text(os.path.join(folder, "expected.json")))
    committed = os.path.join(folder, "bundle.zip")  # legacy-0.1: a bundle written by an older version
    bundle = committed if os.path.exists(committed) else os.path.join(args.bundles, name + ".zip")
    if not os.path.exists(bundle):
        print(f"FAIL {name}: no bundle {bundle} (did scenarios.bundles run?)")
        return 1
    problems = []
    with tempfile.TemporaryDirectory(prefix="scenario-") as data_dir:
        try:
            for lang in LANGS:
                doc, code, _ = diagnose(args.cli, bundle, lang, data_dir)
                problems += mismatches(expected, doc, code, lang)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print(f"FAIL {name}: {e}")
            return 1
    waiting = name in pending(args.scenarios)
    for p in problems:
        print(("  pending: " if waiting else "  ") + p)
    if waiting:
        if problems:
            print(f"SKIPPED (pending engine) {name}: {len(problems)} mismatch(es), see tests/scenarios/KNOWN-FAILURES.md")
            return SKIP
        print(f"FAIL {name}: passes now — remove it from tests/scenarios/pending.txt and KNOWN-FAILURES.md")
        return 1
    if problems:
        print(f"FAIL {name}")
        return 1
    print(f"PASS {name} (fr, en)")
    return 0


def check_corpus(args):
    """The corpus' own rules: enough scenarios, each complete, pending.txt and the index true."""
    root = args.scenarios
    folders = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and SCENARIO_NAME.match(d))
    errors = []
    if len(folders) < 25:
        errors.append(f"{len(folders)} scenarios, at least 25 expected")
    keys = {"top_cause", "first_fix", "exit", "must_not"}
    for d in folders:
        for f in ("snapshot.json", "expected.json", "README.md"):
            if not os.path.exists(os.path.join(root, d, f)):
                errors.append(f"{d}: no {f}")
        try:
            e = json.loads(text(os.path.join(root, d, "expected.json")))
            if not keys <= set(e) or e["exit"] != (1 if e["top_cause"] else 0):
                errors.append(f"{d}: expected.json needs {sorted(keys)} and exit 1 exactly when a cause is expected")
            if e["top_cause"] in e["must_not"]:
                errors.append(f"{d}: the expected top cause is also in must_not")
        except (OSError, ValueError) as x:
            errors.append(f"{d}: expected.json: {x}")
    waiting = pending(root)
    for name in waiting:
        if name not in folders:
            errors.append(f"pending.txt names {name}, which is not a scenario folder")
    known = text(os.path.join(root, "KNOWN-FAILURES.md"))
    for name in waiting:
        if f"`{name}`" not in known:
            errors.append(f"{name} is pending but KNOWN-FAILURES.md does not say why")
    for name in folders:
        if name not in waiting and re.search(rf"^\|\s*`{re.escape(name)}`", known, re.M):
            errors.append(f"KNOWN-FAILURES.md lists {name}, which is not in pending.txt")
    index = text(os.path.join(root, "README.md"))
    for d in folders:
        if f"[{d}]({d}/README.md)" not in index:
            errors.append(f"tests/scenarios/README.md does not index {d}")
    for e in errors:
        print("FAIL " + e)
    if not errors:
        print(f"PASS corpus: {len(folders)} scenarios, {len(waiting)} pending")
    return 1 if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli")
    parser.add_argument("--scenarios", required=True)
    parser.add_argument("--bundles")
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("name", nargs="?")
    args = parser.parse_args()
    if args.corpus:
        return check_corpus(args)
    if not (args.cli and args.bundles and args.name):
        parser.error("--cli, --bundles and a scenario name are needed")
    return check_one(args)


if __name__ == "__main__":
    sys.exit(main())
