#!/usr/bin/env bash
# The certificates of the scenario corpus (tests/scenarios): one company CA, its VPN server,
# two computers and a user, with fixed dates around the corpus' collection date (2026-12-07).
#   make_scenario_pki.sh OUTDIR
# Writes the public certificates (DER) and, for the charon lab only, the server's and CA's keys
# under OUTDIR/private/ — that folder is never committed (capture_scenario_probes.py uses it).
# Built with strongSwan's pki, like tests/support/pki/make_test_pki.sh.
set -euo pipefail
out=$1
mkdir -p "$out/private"
cd "$out"
pk() { pki "$@" 2>/dev/null; } # pki prints plugin noise on stderr
fmt="%Y-%m-%d %H:%M:%S"
key() { pk --gen --type rsa --size 2048 --outform der >"private/$1.key"; }
issue() { # name dn from to [pki options...]
    local name=$1 dn=$2 from=$3 to=$4
    shift 4
    key "$name"
    pk --pub --in "private/$name.key" --type rsa |
        pk --issue --cacert root-ca.der --cakey private/root-ca.key --dn "$dn" \
            --not-before "$from" --not-after "$to" --dateform "$fmt" --digest sha256 --outform der "$@" \
            >"$name.der"
}

key root-ca
pk --self --ca --in private/root-ca.key --type rsa --dn "C=FR, O=Contoso, CN=Contoso VPN Root CA" \
    --not-before "2024-01-01 00:00:00" --not-after "2034-01-01 00:00:00" --dateform "$fmt" \
    --digest sha256 --outform der >root-ca.der
# The VPN server: Server Authentication + IP security IKE intermediate, the name users dial.
issue vpn-server "C=FR, O=Contoso, CN=vpn.contoso.example" "2026-01-05 00:00:00" "2028-01-05 00:00:00" \
    --san vpn.contoso.example --flag serverAuth --flag ikeIntermediate
# A computer certificate that expired nine days before the collection.
issue machine-expired "CN=PC-ATELIER-03.contoso.example" "2025-11-28 09:00:00" "2026-11-28 09:00:00" \
    --san PC-ATELIER-03.contoso.example --flag clientAuth --flag ikeIntermediate
# A valid computer certificate whose CRL distribution point cannot be reached.
issue machine-valid "CN=PC-DIRECTION-01.contoso.example" "2026-03-02 08:00:00" "2027-03-02 08:00:00" \
    --san PC-DIRECTION-01.contoso.example --flag clientAuth --flag ikeIntermediate \
    --crl http://pki.contoso.example/crl/contoso-root.crl
# A user certificate for EAP-TLS.
issue user-alice "C=FR, O=Contoso, CN=alice@contoso.example" "2026-06-15 08:00:00" "2027-06-15 08:00:00" \
    --san alice@contoso.example --flag clientAuth
