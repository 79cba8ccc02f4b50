#!/usr/bin/env python3
"""The curated clang-tidy checks (.clang-tidy) over every core and app source of a build.

A file that passed is remembered under a key made of what clang-tidy's verdict depends on: the
clang-tidy version, .clang-tidy, the file's compile flags and its preprocessed text (so a change
in any header it includes counts). On the next run, in any clone of the sources, a file with the
same key is not checked again. A file with findings is never remembered, so they show each time.

    python3 .ci/clang-tidy.py BUILD_DIR [--no-cache]

Cache: $IPSECDOCTOR_TIDY_CACHE, else ~/.cache/ipsecdoctor/clang-tidy (one empty file per key).
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPRESSED_COUNT = re.compile(r"^\d+ warnings? generated\.$")


def sources(build: Path):
    """(relative path, entry) of every core/ and app/ source in compile_commands.json."""
    entries = json.loads((build / "compile_commands.json").read_text())
    seen = {}
    for entry in entries:
        path = Path(entry["file"]).resolve()
        try:
            relative = path.relative_to(ROOT).as_posix()
        except ValueError:
            continue
        if re.match(r"^(core|app)/", relative) and "_autogen/" not in relative:
            seen.setdefault(relative, entry)
    return sorted(seen.items())


def preprocess_arguments(entry):
    """The entry's compiler command, printing the preprocessed source instead of compiling."""
    words = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    out, skip = [], False
    for word in words:
        if skip:
            skip = False
            continue
        if word in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if word in ("-c", "-MD", "-MMD"):
            continue
        out.append(word)
    return out + ["-E", "-P"]


def key_of(config_key: str, relative: str, entry) -> str:
    root = str(ROOT)
    arguments = preprocess_arguments(entry)
    text = subprocess.run(arguments, cwd=entry["directory"], capture_output=True, check=True).stdout
    digest = hashlib.sha256()
    digest.update(config_key.encode())
    digest.update(relative.encode())
    # Another clone of the same sources gives the same key: its path is not part of it.
    digest.update(" ".join(arguments[1:]).replace(root, ".").encode())
    digest.update(text.replace(root.encode(), b"."))
    return digest.hexdigest()


def tidy(build: Path, relative: str):
    result = subprocess.run(
        # --extra-arg: the GCC-only warning flags of the build mean nothing to clang.
        ["clang-tidy", "-p", str(build), "--quiet", "--extra-arg=-Wno-unknown-warning-option", relative],
        cwd=ROOT, capture_output=True, text=True)
    lines = [l for l in (result.stdout + result.stderr).splitlines() if not SUPPRESSED_COUNT.match(l)]
    return result.returncode, "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default="build/native")
    parser.add_argument("--no-cache", action="store_true")
    options = parser.parse_args()
    build = (ROOT / options.build).resolve()
    if not (build / "compile_commands.json").is_file():
        sys.exit(f"no {build}/compile_commands.json: build first")
    cache = Path(os.environ.get("IPSECDOCTOR_TIDY_CACHE",
                                Path.home() / ".cache" / "ipsecdoctor" / "clang-tidy"))
    cache.mkdir(parents=True, exist_ok=True)
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True, check=True).stdout
    config_key = hashlib.sha256((version + (ROOT / ".clang-tidy").read_text()).encode()).hexdigest()

    files = sources(build)
    workers = os.cpu_count() or 2
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        keys = dict(zip((f for f, _ in files),
                        pool.map(lambda item: key_of(config_key, *item), files)))
    todo = [f for f, _ in files if options.no_cache or not (cache / keys[f]).exists()]
    print(f"clang-tidy: {len(files)} files, {len(files) - len(todo)} unchanged since they passed", flush=True)

    failed = []
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for relative, (status, output) in zip(todo, pool.map(lambda f: tidy(build, f), todo)):
            if output:
                print(output, flush=True)
            if status == 0:
                (cache / keys[relative]).touch()
            else:
                failed.append(relative)
    if failed:
        print(f"clang-tidy: findings in {len(failed)} files above (.clang-tidy lists the checks)",
              file=sys.stderr)
        sys.exit(1)
    print("clang-tidy: no finding")


if __name__ == "__main__":
    main()
