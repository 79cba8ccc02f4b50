// X.509 (RFC 5280) certificate facts from DER, with the strict reader in der.h. Unknown
// extensions are skipped; a malformed known extension makes the whole certificate malformed,
// because Windows would reject it too and half-read facts would mislead the checks.

#include "x509_parts.h"

#include "ipsecdoctor/model/certificate_facts.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/time_format.h"

#include "ipsecdoctor/certs/der.h"
#include "ipsecdoctor/util/hex.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

using der::Element;
using x509::oidToString;
using x509::readExtensions;
using x509::readName;

Error malformed(const std::string& what) {
    return Error::make(ErrorCode::Malformed, "certificate: " + what);
}

/// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::optional<std::int64_t> readTime(const Element& e) {
    std::string_view v = e.value;
    std::size_t yearDigits = 0;
    if (e.tag == der::kUtcTime && v.size() == 13) {
        yearDigits = 2;
    } else if (e.tag == der::kGeneralizedTime && v.size() == 15) {
        yearDigits = 4;
    } else {
        return std::nullopt; // RFC 5280 4.1.2.5: seconds present, always Zulu
    }
    if (v.back() != 'Z') {
        return std::nullopt;
    }
    v.remove_suffix(1);
    if (!std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    auto num = [&](std::size_t pos, std::size_t len) {
        int x = 0;
        for (std::size_t i = 0; i < len; ++i) {
            x = x * 10 + (v[pos + i] - '0');
        }
        return x;
    };
    int year = num(0, yearDigits);
    if (yearDigits == 2) {
        year += year >= 50 ? 1900 : 2000; // RFC 5280 4.1.2.5.1
    }
    const std::size_t o = yearDigits;
    const int month = num(o, 2), day = num(o + 2, 2), hour = num(o + 4, 2), minute = num(o + 6, 2),
              second = num(o + 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    return daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
           hour * 3600 + minute * 60 + second;
}

/// Number of significant bits of an unsigned big-endian integer.
int bitLength(std::string_view v) {
    std::size_t i = 0;
    while (i < v.size() && v[i] == 0) {
        ++i;
    }
    if (i == v.size()) {
        return 0;
    }
    int bits = static_cast<int>((v.size() - i - 1) * 8);
    for (auto b = static_cast<unsigned char>(v[i]); b != 0; b >>= 1) {
        ++bits;
    }
    return bits;
}

bool readPublicKey(const Element& spki, CertificateFacts& f) {
    der::Reader r(spki.value);
    auto alg = r.expect(der::kSequence);
    auto key = r.expect(der::kBitString);
    if (!alg || !key || !r.empty() || key->value.empty()) {
        return false;
    }
    der::Reader a(alg->value);
    auto oid = a.expect(der::kOid);
    if (!oid) {
        return false;
    }
    const std::string algOid = oidToString(oid->value);
    const std::string_view bits = key->value.substr(1); // after the unused-bits octet
    if (algOid == "1.2.840.113549.1.1.1") {
        f.keyAlgorithm = "rsa";
        der::Reader k(bits);
        auto seq = k.expect(der::kSequence);
        if (seq) {
            der::Reader n(seq->value);
            if (auto modulus = n.expect(der::kInteger)) {
                f.keyBits = bitLength(modulus->value);
            }
        }
    } else if (algOid == "1.2.840.10045.2.1") {
        f.keyAlgorithm = "ec";
        if (auto curve = a.expect(der::kOid)) {
            const std::string c = oidToString(curve->value);
            f.curve = c == "1.2.840.10045.3.1.7" ? "P-256"
                      : c == "1.3.132.0.34"      ? "P-384"
                      : c == "1.3.132.0.35"      ? "P-521"
                                                 : c;
            f.keyBits = c == "1.2.840.10045.3.1.7" ? 256
                        : c == "1.3.132.0.34"      ? 384
                        : c == "1.3.132.0.35"      ? 521
                                                   : 0;
        }
    } else if (algOid == "1.3.101.112") {
        f.keyAlgorithm = "ed25519";
        f.keyBits = 256;
    } else if (algOid == "1.3.101.113") {
        f.keyAlgorithm = "ed448";
        f.keyBits = 456;
    } else if (algOid == "1.2.840.10040.4.1") {
        f.keyAlgorithm = "dsa";
    } else {
        f.keyAlgorithm = algOid.empty() ? "unknown" : algOid;
    }
    return !algOid.empty();
}

} // namespace

bool CertificateFacts::listsEku(std::string_view oid) const {
    return std::find(ekus.begin(), ekus.end(), oid) != ekus.end();
}

bool CertificateFacts::allowsEku(std::string_view oid) const {
    return !hasEku || listsEku(oid) || listsEku(kEkuAny);
}

Expected<CertificateFacts> parseCertificate(std::string_view data) {
    if (data.size() > 64 * 1024) {
        return Error::make(ErrorCode::TooLarge, "certificate: larger than 64 KiB");
    }
    der::Reader top(data);
    auto cert = top.expect(der::kSequence);
    if (!cert || !top.empty()) {
        return malformed("not a DER SEQUENCE (or trailing data)");
    }
    der::Reader c(cert->value);
    auto tbs = c.expect(der::kSequence);
    auto sigAlg = c.expect(der::kSequence);
    auto sig = c.expect(der::kBitString);
    if (!tbs || !sigAlg || !sig || !c.empty()) {
        return malformed("not tbsCertificate, signatureAlgorithm, signature");
    }
    CertificateFacts f;
    f.thumbprint = sha1Hex(data);
    der::Reader t(tbs->value);
    if (auto version = t.nextIf(0xA0)) {
        der::Reader v(version->value);
        auto number = v.expect(der::kInteger);
        if (!number || number->value.size() != 1 || static_cast<unsigned char>(number->value[0]) > 2) {
            return malformed("unknown version");
        }
    }
    auto serial = t.expect(der::kInteger);
    auto tbsSigAlg = t.expect(der::kSequence);
    auto issuer = t.expect(der::kSequence);
    auto validity = t.expect(der::kSequence);
    auto subject = t.expect(der::kSequence);
    auto spki = t.expect(der::kSequence);
    if (!serial || serial->value.empty() || !tbsSigAlg || !issuer || !validity || !subject || !spki) {
        return malformed("tbsCertificate fields missing or out of order");
    }
    // The number, as OpenSSL and certlm.msc show it: without DER's sign-padding zero byte.
    std::string_view serialBytes = serial->value;
    if (serialBytes.size() > 1 && serialBytes[0] == 0 &&
        (static_cast<unsigned char>(serialBytes[1]) & 0x80)) {
        serialBytes.remove_prefix(1);
    }
    f.serial = hexUpper(serialBytes);
    {
        der::Reader s(tbsSigAlg->value);
        if (auto oid = s.expect(der::kOid)) {
            f.signatureAlgorithm = oidToString(oid->value);
        }
    }
    auto issuerName = readName(*issuer);
    auto subjectName = readName(*subject);
    if (!issuerName || !subjectName) {
        return malformed("issuer or subject is not a valid Name");
    }
    f.issuer = issuerName->text;
    f.subject = subjectName->text;
    f.subjectCommonName = subjectName->commonName;
    f.selfIssued = issuer->value == subject->value;
    {
        der::Reader v(validity->value);
        auto nb = v.next();
        auto na = v.next();
        std::optional<std::int64_t> from = nb ? readTime(*nb) : std::nullopt;
        std::optional<std::int64_t> to = na ? readTime(*na) : std::nullopt;
        if (!from || !to || !v.empty()) {
            return malformed("validity is not two UTCTime/GeneralizedTime values");
        }
        f.notBefore = *from;
        f.notAfter = *to;
    }
    if (!readPublicKey(*spki, f)) {
        return malformed("subjectPublicKeyInfo is not valid");
    }
    f.spkiSha1 = sha1Hex(spki->encoded);
    (void)t.nextIf(0x81); // issuerUniqueID
    (void)t.nextIf(0x82); // subjectUniqueID
    if (auto exts = t.nextIf(0xA3)) {
        if (!readExtensions(*exts, f)) {
            return malformed("an extension is not valid");
        }
    }
    if (!t.empty()) {
        return malformed("unexpected data after the extensions");
    }
    return f;
}

Expected<std::string> certificateDerFromFile(std::string_view contents) {
    if (contents.size() > 1024 * 1024) {
        return Error::make(ErrorCode::TooLarge, "certificate file larger than 1 MiB");
    }
    if (!contents.empty() && static_cast<unsigned char>(contents[0]) == 0x30) {
        der::Reader r(contents);
        if (auto e = r.expect(der::kSequence)) {
            return std::string(e->encoded);
        }
    }
    constexpr std::string_view begin = "-----BEGIN CERTIFICATE-----";
    constexpr std::string_view end = "-----END CERTIFICATE-----";
    const auto b = contents.find(begin);
    const auto e = b == std::string_view::npos ? b : contents.find(end, b);
    if (e == std::string_view::npos) {
        return malformed("neither DER nor a PEM CERTIFICATE block");
    }
    std::string out;
    std::uint32_t acc = 0;
    int n = 0;
    for (char ch : contents.substr(b + begin.size(), e - b - begin.size())) {
        int v = -1;
        if (ch >= 'A' && ch <= 'Z') {
            v = ch - 'A';
        } else if (ch >= 'a' && ch <= 'z') {
            v = ch - 'a' + 26;
        } else if (ch >= '0' && ch <= '9') {
            v = ch - '0' + 52;
        } else if (ch == '+') {
            v = 62;
        } else if (ch == '/') {
            v = 63;
        } else if (ch == '=' || ch == '\r' || ch == '\n' || ch == ' ' || ch == '\t') {
            continue;
        } else {
            return malformed("invalid character in the PEM block");
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        if (++n == 4) {
            out += static_cast<char>((acc >> 16) & 0xFF);
            out += static_cast<char>((acc >> 8) & 0xFF);
            out += static_cast<char>(acc & 0xFF);
            acc = 0;
            n = 0;
        }
    }
    if (n == 2) {
        out += static_cast<char>((acc >> 4) & 0xFF);
    } else if (n == 3) {
        out += static_cast<char>((acc >> 10) & 0xFF);
        out += static_cast<char>((acc >> 2) & 0xFF);
    } else if (n == 1) {
        return malformed("truncated PEM block");
    }
    return out;
}

std::vector<std::string> keyUsageNames(std::uint16_t mask) {
    static constexpr std::array<std::string_view, 9> kNames{
        "digital-signature", "non-repudiation", "key-encipherment", "data-encipherment", "key-agreement",
        "key-cert-sign",     "crl-sign",        "encipher-only",    "decipher-only"};
    std::vector<std::string> out;
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (mask & (1u << i)) {
            out.emplace_back(kNames[i]);
        }
    }
    return out;
}

} // namespace ipsecdoctor
