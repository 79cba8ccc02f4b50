#!/usr/bin/env bash
# The README's main command: installs what the native build needs, builds, and opens the sample
# diagnostic bundle (a Windows 10 PC whose IPsec Policy Agent is disabled) in the wizard — or,
# with no display, prints the CLI's diagnosis of it.
#   bash .ci/demo.sh [fr|en]
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-}
bash .ci/setup-debian.sh native
cmake --preset native >/dev/null
cmake --build --preset native --target ipsecdoctor ipsecdoctor-cli
sample=resources/samples/policyagent-disabled.zip
args=()
[ -n "$lang" ] && args=(--lang "$lang")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/native/app/gui/ipsecdoctor --bundle "$sample" "${args[@]}"
fi
echo "(no display: showing the command-line diagnosis; run with a desktop session for the wizard)"
set +e
cli=(build/native/app/cli/ipsecdoctor-cli)
# As root the CLI does fix and undo only (its elevation boundary): read the bundle as nobody.
[ "$(id -u)" -eq 0 ] && cli=(setpriv --reuid=nobody --regid=nogroup --clear-groups -- "${cli[@]}")
"${cli[@]}" check --bundle "$sample" "${args[@]}"
code=$?
# Exit code 1 means "problems found", which is what this sample is for.
[ $code -le 1 ] && exit 0 || exit $code
