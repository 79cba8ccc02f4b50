#!/usr/bin/env python3
"""Builds the hostile inputs of the security review (issue 14): diagnostic bundles with a valid
manifest (every file listed with its size and SHA-256, as the bundle reader demands) whose
content is crafted, and saved event logs (XML) with cut UTF-8, invalid bytes and control
characters. Small on disk, large or nasty once read.

    make_hostile_inputs.py SAMPLE_BUNDLE.zip OUT_DIR

Writes OUT_DIR/bundles/<name>.zip and OUT_DIR/xml/<name>.xml and prints one line per file. The
names are the review's (72-huge-string, 73-dom-amplify-objects, 90-event-cut-utf8-crash, ...).
"""
import hashlib
import json
import os
import sys
import zipfile

MIB = 1024 * 1024

RAS_EVENT = (
    "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
    "<Provider Name='RasClient' /><EventID Qualifiers='0'>{event_id}</EventID><Level>2</Level>"
    "<TimeCreated SystemTime='2024-03-18T13:29:21.000000000Z' /><EventRecordID>4203</EventRecordID>"
    "<Channel>Application</Channel><Computer>on-premises-vm</Computer></System><EventData>"
    "<Data>{{B4000371-A67F-452F-AA4C-3125AA9CFC78}}</Data><Data>SYSTEM</Data><Data>{entry}</Data>"
    "<Data>809</Data></EventData></Event>"
)


def ras_event(event_id="20227", entry="AzureGateway"):
    return RAS_EVENT.format(event_id=event_id, entry=entry)


def read_sample(path):
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def write_bundle(path, files, machine, padding=0):
    """files: {name: bytes}; a manifest listing all of them is added first, with `padding`
    bytes of an extra member."""
    manifest = {
        "format": "ipsecdoctor-bundle",
        "bundle_version": 1,
        "created_at": "2026-11-27T11:46:29Z",
        "app_version": "0.1.0",
        "machine": machine,
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files.items()
        ],
    }
    if padding:
        manifest["padding"] = "p" * padding
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("manifest.json", json.dumps(manifest, indent=2).encode())
        for name, data in files.items():
            z.writestr(name, data)


def repeated(head, unit, tail, size):
    """head + unit repeated to about `size` bytes + tail, as bytes."""
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head.encode() + unit.encode() * count + tail.encode()


def bundles(sample):
    snapshot = json.loads(sample["snapshot.json"])
    findings = sample["findings.json"]
    log = sample["logs/ipsecdoctor.log"]
    machine = snapshot["machine"]

    def with_snapshot(snap, extra=None):
        files = {"snapshot.json": json.dumps(snap, indent=2).encode(), "findings.json": findings,
                 "logs/ipsecdoctor.log": log}
        files.update(extra or {})
        return files

    def with_events(*events):
        snap = dict(snapshot)
        snap["logs"] = {"source": "file", "file_name": "saved.xml", "since": "", "events": list(events),
                        "audit_collected": False, "audit": [], "tracing_collected": False, "tracing": [],
                        "failure_reasons": []}
        return with_snapshot(snap)

    out = {}
    out["00-valid"] = with_snapshot(snapshot)
    # Finding 6: a small zip that inflates into a huge JSON document.
    huge = dict(snapshot)
    huge["machine"] = dict(machine, hostname="A" * (60 * MIB))
    out["72-huge-string"] = with_snapshot(huge)
    out["73-dom-amplify-objects"] = {"snapshot.json": repeated("[", "{},", "{}]", 60 * MIB),
                                     "findings.json": findings, "logs/ipsecdoctor.log": log}
    out["74-dom-amplify-arrays-both"] = {"snapshot.json": repeated("[", "[],", "[]]", 60 * MIB),
                                         "findings.json": repeated("[", "[],", "[]]", 60 * MIB),
                                         "logs/ipsecdoctor.log": log}
    valid = json.dumps(snapshot)
    out["75-dom-two-docs"] = {"snapshot.json": repeated(valid[:-1] + ', "x": [', "{},", "{}]}", 60 * MIB),
                              "findings.json": repeated("[", "{},", "{}]", 60 * MIB),
                              "logs/ipsecdoctor.log": log}
    # Under every size limit but with too many values for a DOM: 3 M numbers in 6 MB.
    out["76-many-values"] = with_snapshot(snapshot)
    out["76-many-values"]["snapshot.json"] = repeated(valid[:-1] + ', "x": [', "0,", "0]}", 6 * MIB)
    # The largest snapshot accepted in size (16 MiB) filled with small objects: the DOM limit's
    # worst case for memory and time.
    out["77-dom-at-limit"] = with_snapshot(snapshot)
    out["77-dom-at-limit"]["snapshot.json"] = repeated(valid[:-1] + ', "x": [', "{},",
                                                       "{}]}", 999_000 * 3 + len(valid))
    # A manifest over 64 KiB (an unknown member the reader would otherwise ignore).
    out["78-manifest-too-large"] = with_snapshot(snapshot)
    # Finding 5: valid UTF-8 everywhere, but a detail cut byte-wise inside "é" made dump() abort.
    out["90-event-cut-utf8-crash"] = with_events(ras_event(event_id="1" * 39 + "\u00e9"))
    # Finding 8: terminal escapes and CR/LF in strings shown by the text output.
    ansi = dict(snapshot)
    ansi["machine"] = dict(machine, hostname="PC-\u001b[31mRED\u001b[0m\r\nFAKE LINE",
                           os_build="19045\u202e\u2066")
    out["83-json-ansi-escape"] = with_snapshot(ansi)
    out["84-event-ctrl-reference"] = with_events(ras_event(entry="Azure&#x1B;[2J&#x1B;[31mFAKE&#xD;"))
    out["85-event-raw-controls"] = with_events(ras_event(entry="Azure\u001b[2J\u009b31m\u202eFAKE"))
    return out


def xml_files():
    ev = ras_event
    return {
        # Finding 5: valid UTF-8 whose error detail was cut inside a character.
        "cut-utf8-eventid": ev(event_id="1" * 39 + "\u00e9").encode(),
        "cut-utf8-outside": ("<Events>" + "x" * 39 + "\u00e9" + ev() + "</Events>").encode(),
        # Finding 5: bytes that are not UTF-8 in a <Data>.
        "badutf8": ev(entry="Azure").encode().replace(b"Azure", b"Azure\xff\xfe\xc3"),
        # Finding 8: escape sequences written as character references, and raw.
        "ctrl": ev(entry="Azure&#x1B;[2J&#x1B;[31mFAKE&#xD;\nOK: nothing wrong&#x1B;[0m").encode(),
        "raw-ctrl": ev(entry="Azure\u001b[2J\u009b31m\u202eFAKE\rOK").encode(),
        # 40,000 events (18 MB): within the limits, for running out of memory on purpose.
        "many-events": ("<Events>" + ev() * 40000 + "</Events>").encode(),
    }


def build(sample_path, out_dir):
    """Writes every input under out_dir; returns their paths."""
    sample = read_sample(sample_path)
    os.makedirs(os.path.join(out_dir, "bundles"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "xml"), exist_ok=True)
    paths = []
    for name, files in bundles(sample).items():
        path = os.path.join(out_dir, "bundles", name + ".zip")
        write_bundle(path, files, json.loads(sample["snapshot.json"])["machine"],
                     padding=70_000 if name.startswith("78-") else 0)
        paths.append(path)
    for name, data in xml_files().items():
        path = os.path.join(out_dir, "xml", name + ".xml")
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path)
    return paths


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for path in build(sys.argv[1], sys.argv[2]):
        print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
