#!/usr/bin/env python3
"""The security review's hostile inputs through the real ipsecdoctor-cli, each in its own child
process: the exit code is the documented one (1 problems found, 3 refused with a message), never
a signal; --json output is JSON; text output carries no terminal control character; and no run
takes more than 256 MB (peak RSS of the child, from wait4's rusage, cross-checked with
getrusage(RUSAGE_CHILDREN)) or an unreasonable CPU time. Running out of memory on purpose ends
the CLI through its top-level guard: exit code 3 and a message, no signal.

    test_hostile_cli.py --cli PATH --sample SAMPLE_BUNDLE.zip [--work DIR] [--max-seconds S]

The inputs are rebuilt (make_hostile_inputs.py) into the work folder on every run.
"""
import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_RSS_BYTES = 256 * 1024 * 1024
# CPU time, not wall time: the machine is shared. The worst input within the limits
# (77-dom-at-limit) takes about 1.4 s in a Debug build; generous, so a slow machine passes.
MAX_CPU_SECONDS = 10.0

# Expected exit code of `check` for each input: 1 = opened, problems found; 3 = refused.
BUNDLES = {
    "00-valid": 1,
    "72-huge-string": 3,
    "73-dom-amplify-objects": 3,
    "74-dom-amplify-arrays-both": 3,
    "75-dom-two-docs": 3,
    "76-many-values": 3,
    "77-dom-at-limit": 1,
    "78-manifest-too-large": 3,
    "83-json-ansi-escape": 1,
    "84-event-ctrl-reference": 3,
    "85-event-raw-controls": 1,
    "90-event-cut-utf8-crash": 3,
}
XML = {
    "cut-utf8-eventid": 3,
    "cut-utf8-outside": 3,
    "badutf8": 1,
    "ctrl": 3,
    "raw-ctrl": 1,
}
# What must say why a bundle is refused (in the English detail, text and JSON alike).
REASONS = {
    "72-huge-string": "snapshot.json",
    "73-dom-amplify-objects": "snapshot.json",
    "74-dom-amplify-arrays-both": "snapshot.json",
    "75-dom-two-docs": "snapshot.json",
    "76-many-values": "values",
    "78-manifest-too-large": "manifest.json",
    "84-event-ctrl-reference": "entity",
    "90-event-cut-utf8-crash": "EventID",
    "cut-utf8-eventid": "EventID",
    "cut-utf8-outside": "outside",
    "ctrl": "entity",
}
# C0 but LF and tab, DEL, C1 (as UTF-8), bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u202a-\u202e\u2066-\u2069]")

failures = []


def fail(what):
    failures.append(what)
    print("FAIL:", what)


NOBODY = 65534


def run(cli, args, env, max_seconds, address_space=None):
    """Runs the CLI (with at most `address_space` bytes of virtual memory when given); returns
    (exit code or -signal, stdout, stderr, peak RSS bytes, CPU seconds)."""
    def limit():
        if address_space:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if os.geteuid() == 0:
            # As a support technician runs it: as root the CLI does fix and undo only.
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([cli] + args, stdout=out, stderr=err, env=env, preexec_fn=limit)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        code = os.waitstatus_to_exitcode(status)
        if wall > max_seconds:
            fail("%s: took %.1f s of wall time (limit %.1f s)" % (" ".join(args), wall, max_seconds))
        return code, out.read(), err.read(), usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime


def check_run(label, cli, args, expected, reason, env, max_seconds, json_output):
    code, out, err, rss, cpu = run(cli, args, env, max_seconds)
    print("%-58s rc=%-3d rss=%4d MB  cpu %.2f s" % (label, code, rss // (1024 * 1024), cpu))
    if code < 0:
        fail("%s: killed by signal %d" % (label, -code))
        return
    if code not in expected:
        fail("%s: exit code %d, expected %s; stderr: %r" % (label, code, sorted(expected), err[:300]))
    if rss > MAX_RSS_BYTES:
        fail("%s: peak RSS %d MB is over 256 MB" % (label, rss // (1024 * 1024)))
    if cpu > MAX_CPU_SECONDS:
        fail("%s: took %.1f s of CPU (limit %.1f s)" % (label, cpu, MAX_CPU_SECONDS))
    text_err = err.decode("utf-8", "strict") if err else ""
    if json_output:
        try:
            doc = json.loads(out.decode("utf-8", "strict"))
        except ValueError as e:
            fail("%s: stdout is not UTF-8 JSON (%s): %r" % (label, e, out[:200]))
            return
        if code == 3:
            message = doc.get("error", {})
            if not message.get("message") or not message.get("detail"):
                fail("%s: refused without an error message: %r" % (label, doc))
            elif reason and reason not in message["detail"]:
                fail("%s: the detail %r does not name %r" % (label, message["detail"], reason))
    else:
        text = out.decode("utf-8", "strict") + text_err
        bad = CONTROL.search(text)
        if bad:
            fail("%s: control character U+%04X reaches the terminal: %r" % (label, ord(bad.group()), text[:300]))
        if code == 3 and (not text_err.strip() or (reason and reason not in text_err)):
            fail("%s: refused without a message naming %r: %r" % (label, reason, text_err))


def check_memory_exhaustion(cli, work, env, max_seconds):
    """The top-level guard: memory running out while a saved log within the limits is read (its
    40,000 events need about 100 MB more than one event) ends the CLI with exit code 3 and a
    message, not abort(). The address space is set just above what a one-event log needs.
    (Not a bundle: nlohmann::json's destructor allocates, so running out of memory while a DOM
    exists aborts whatever catches it. The JSON limits are what keep a bundle's DOM small.)"""
    def events(name):
        return ["check", "--step", "logs", "--events", os.path.join(work, "xml", name + ".xml"), "--lang", "en"]

    mib = 1024 * 1024
    enough = None
    for megabytes in range(48, 1024, 16):
        if run(cli, events("raw-ctrl"), env, max_seconds, megabytes * mib)[0] == 1:
            enough = megabytes * mib
            break
    if enough is None:
        fail("memory exhaustion: a one-event log never opened under an address-space limit")
        return
    code, out, err, _, _ = run(cli, events("many-events"), env, max_seconds, enough + 32 * mib)
    print("%-58s rc=%-3d (address space %d MB)" % ("memory exhausted: many-events", code,
                                                   (enough + 32 * mib) // mib))
    if code != 3:
        fail("memory exhausted: exit code %d, expected 3; stderr %r" % (code, err[:300]))
    elif b"unexpected error" not in err:
        fail("memory exhausted: no message on stderr: %r" % err[:300])
    # With room enough, the same log opens.
    code = run(cli, events("many-events"), env, max_seconds)[0]
    if code != 1:
        fail("many-events without a memory limit: exit code %d, expected 1" % code)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--work")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="wall time per run")
    o = parser.parse_args()

    work = o.work or tempfile.mkdtemp(prefix="hostile-")
    os.makedirs(work, exist_ok=True)
    # Built in this process, not a child: RUSAGE_CHILDREN must count the CLI runs only.
    sys.path.insert(0, HERE)
    import make_hostile_inputs
    make_hostile_inputs.build(o.sample, work)
    env = dict(os.environ, IPSECDOCTOR_DATA_DIR=os.path.join(work, "data"), LC_ALL="C.UTF-8")
    if os.geteuid() == 0:  # the CLI runs as nobody (see run): its files are handed over
        os.makedirs(os.path.join(work, "data"), exist_ok=True)
        for root, dirs, files in os.walk(work):
            os.chown(root, NOBODY, NOBODY)
            for name in dirs + files:
                os.chown(os.path.join(root, name), NOBODY, NOBODY, follow_symlinks=False)
    env.pop("LANGUAGE", None)

    for name, expected in BUNDLES.items():
        path = os.path.join(work, "bundles", name + ".zip")
        reason = REASONS.get(name)
        for mode in (["--json"], []):
            for command in (["check"], ["diagnose"]):
                label = "%s %s%s" % (" ".join(command), name, " --json" if mode else "")
                # diagnose says 0 when it finds no cause it knows: only a refusal is fixed.
                codes = {expected} if command == ["check"] or expected == 3 else {0, 1}
                check_run(label, o.cli, command + ["--bundle", path, "--lang", "en"] + mode, codes, reason,
                          env, o.max_seconds, bool(mode))
    for name, expected in XML.items():
        path = os.path.join(work, "xml", name + ".xml")
        reason = REASONS.get(name)
        for mode in (["--json"], []):
            label = "check --events %s%s" % (name, " --json" if mode else "")
            check_run(label, o.cli, ["check", "--step", "logs", "--events", path, "--lang", "en"] + mode,
                      {expected}, reason, env, o.max_seconds, bool(mode))
            label = "diagnose --events %s%s" % (name, " --json" if mode else "")
            codes = {3} if expected == 3 else {0, 1}
            check_run(label, o.cli, ["diagnose", "--events", path, "--lang", "en"] + mode, codes, reason,
                      env, o.max_seconds, bool(mode))

    check_memory_exhaustion(o.cli, work, env, o.max_seconds)

    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print("largest child (RUSAGE_CHILDREN): %d MB" % (children // (1024 * 1024)))
    if children > MAX_RSS_BYTES:
        fail("a child took %d MB" % (children // (1024 * 1024)))
    if not o.work:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all hostile inputs handled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
