#!/usr/bin/env bash
# Builds the small PKI the certificate tests use, with strongSwan's `pki` (certificates, with
# exact validity dates and the IKE-intermediate EKU) and OpenSSL (PKCS#12 files for the Wine
# tests, and an independent oracle: thumbprints and SPKI hashes written to expected.txt).
#   make_test_pki.sh OUTDIR
# Dates are relative to now, so "valid", "expired" and "expiring soon" stay true whenever the
# tests run. Everything is throwaway: keys are unprotected test keys (PKCS#12 password "test").
set -euo pipefail
out=$1
# Rebuilt when older than a day, so that "expires in 10 days" stays true in a reused build tree.
# A tree made before a certificate was added to this script is rebuilt too.
if [ -f "$out/expected.txt" ] && [ -f "$out/selfsigned-server.der" ] &&
    [ -n "$(find "$out/expected.txt" -mmin -1440)" ]; then
    exit 0
fi
rm -rf "$out.tmp"
mkdir -p "$out.tmp"
cd "$out.tmp"

pk() { pki "$@" 2>/dev/null; } # pki prints TPM plugin noise on stderr
fmt="%Y-%m-%d %H:%M:%S"
at() { date -u -d "$1" +"$fmt"; }

key() { pk --gen --type rsa --size 2048 --outform der >"$1.key"; }
self() { # name dn
    key "$1"
    pk --self --ca --in "$1.key" --type rsa --dn "$2" --not-before "$(at '-2 days')" \
        --not-after "$(at '+3650 days')" --dateform "$fmt" --outform der >"$1.der"
}
issue() { # name issuer dn from to [pki options...]
    local name=$1 issuer=$2 dn=$3 from=$4 to=$5
    shift 5
    # CAs get their own keys; end-entity certificates share one (RSA keygen is the slow part).
    if [ ! -f "$name.key" ]; then
        if [[ " $* " == *" --ca "* ]]; then key "$name"; else cp leaf.key "$name.key"; fi
    fi
    pk --pub --in "$name.key" --type rsa | pk --issue --cacert "$issuer.der" --cakey "$issuer.key" \
        --dn "$dn" --not-before "$(at "$from")" --not-after "$(at "$to")" --dateform "$fmt" \
        --outform der "$@" >"$name.der"
}

key leaf
# A self-signed server certificate (no basicConstraints cA): no CA, never importable as a root.
pk --self --in leaf.key --type rsa --dn "O=IPsec Doctor Tests, CN=selfsigned.vpn.example.test" \
    --not-before "$(at '-2 days')" --not-after "$(at '+365 days')" --dateform "$fmt" \
    --san selfsigned.vpn.example.test --flag serverAuth --outform der >selfsigned-server.der
self root "C=FR, O=IPsec Doctor Tests, CN=IPsec Doctor Test Root CA"
self other-root "O=Somebody Else, CN=Other Root CA"
issue intermediate root "C=FR, O=IPsec Doctor Tests, CN=IPsec Doctor Test Issuing CA" '-1 day' '+1825 days' --ca
issue orphan-intermediate root "O=IPsec Doctor Tests, CN=Not Installed Issuing CA" '-1 day' '+1825 days' --ca

machine="--flag clientAuth --flag ikeIntermediate"
issue machine-good intermediate "O=Société des Tests, CN=pc1.example.test" '-1 day' '+365 days' \
    $machine --san pc1.example.test
issue machine-server-eku intermediate "CN=pc1-wrong-eku.example.test" '-1 day' '+365 days' \
    --flag serverAuth --san pc1-wrong-eku.example.test
issue machine-expired intermediate "CN=pc1-expired.example.test" '-400 days' '-35 days' $machine
issue machine-future intermediate "CN=pc1-future.example.test" '+30 days' '+400 days' $machine
issue machine-soon intermediate "CN=pc1-soon.example.test" '-300 days' '+10 days' $machine
issue machine-nokey intermediate "CN=pc1-nokey.example.test" '-1 day' '+365 days' $machine
issue machine-orphan orphan-intermediate "CN=pc1-orphan.example.test" '-1 day' '+365 days' $machine
issue machine-untrusted other-root "CN=pc1-untrusted.example.test" '-1 day' '+365 days' $machine
issue server intermediate "O=IPsec Doctor Tests, CN=vpn.example.test" '-1 day' '+365 days' \
    --flag serverAuth --flag ikeIntermediate --san vpn.example.test --san 192.0.2.10

for c in *.der; do
    n=${c%.der}
    openssl x509 -inform der -in "$c" -out "$n.pem"
    if [ "$n" != machine-nokey ] && [[ "$n" == machine-* ]]; then
        openssl pkey -inform der -in "$n.key" -out "$n.key.pem" 2>/dev/null ||
            openssl rsa -inform der -in "$n.key" -out "$n.key.pem" 2>/dev/null
        # PBE/MAC Wine's crypt32 (gnutls) and every Windows 10 can read.
        openssl pkcs12 -export -in "$n.pem" -inkey "$n.key.pem" -out "$n.pfx" -passout pass:test \
            -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1
    fi
done

# The oracle: OpenSSL's view of each certificate, one "name key value" line each.
for c in *.der; do
    n=${c%.der}
    tp=$(openssl x509 -inform der -in "$c" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g')
    spki=$(openssl x509 -inform der -in "$c" -noout -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha1 -r | cut -d' ' -f1)
    serial=$(openssl x509 -inform der -in "$c" -noout -serial | sed 's/.*=//')
    from=$(date -u -d "$(openssl x509 -inform der -in "$c" -noout -startdate | sed 's/.*=//')" +%Y-%m-%dT%H:%M:%SZ)
    to=$(date -u -d "$(openssl x509 -inform der -in "$c" -noout -enddate | sed 's/.*=//')" +%Y-%m-%dT%H:%M:%SZ)
    {
        echo "$n thumbprint ${tp^^}"
        echo "$n spki_sha1 ${spki^^}"
        echo "$n serial ${serial^^}"
        echo "$n not_before $from"
        echo "$n not_after $to"
    } >>expected.txt
done
rm -f ./*.key.pem leaf.key
cd ..
rm -rf "$out"
mv "$out.tmp" "$out"
