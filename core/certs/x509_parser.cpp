// X.509 (RFC 5280) certificate facts from DER, with the strict reader in der.h. Unknown
// extensions are skipped; a malformed known extension makes the whole certificate malformed,
// because Windows would reject it too and half-read facts would mislead the checks.

#include "ipsecdoctor/model/certificate_facts.h"
#include "ipsecdoctor/util/digest.h"
#include "ipsecdoctor/util/time_format.h"

#include "ipsecdoctor/certs/der.h"
#include "ipsecdoctor/util/hex.h"
#include "ipsecdoctor/util/utf16_text.h"
#include "ipsecdoctor/util/utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace ipsecdoctor {
namespace {

using der::Element;

Error malformed(const std::string& what) {
    return Error::make(ErrorCode::Malformed, "certificate: " + what);
}

/// Dotted form of an OBJECT IDENTIFIER's contents; empty when invalid.
std::string oidToString(std::string_view v) {
    if (v.empty() || v.size() > 64) {
        return {};
    }
    std::string out;
    std::uint64_t value = 0;
    bool first = true;
    bool inArc = false;
    for (const char c : v) {
        const auto b = static_cast<unsigned char>(c);
        if (!inArc && b == 0x80) {
            return {}; // non-minimal arc
        }
        if (value > (UINT64_MAX >> 8)) {
            return {};
        }
        value = (value << 7) | (b & 0x7F);
        inArc = (b & 0x80) != 0;
        if (inArc) {
            continue;
        }
        if (first) {
            const std::uint64_t top = value < 40 ? 0 : value < 80 ? 1 : 2;
            out = std::to_string(top) + "." + std::to_string(value - top * 40);
            first = false;
        } else {
            out += "." + std::to_string(value);
        }
        value = 0;
    }
    return inArc ? std::string() : out;
}

/// Control characters and invalid code points are not shown as such.
void appendShown(std::string& out, std::uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        out += '?';
    } else {
        appendUtf8(out, cp);
    }
}

/// Text of a directory string, as valid UTF-8 without control characters.
std::string directoryString(const Element& e) {
    std::string out;
    const auto* p = reinterpret_cast<const unsigned char*>(e.value.data());
    const std::size_t n = e.value.size();
    switch (e.tag) {
    case der::kUtf8String: {
        for (std::size_t i = 0; i < n;) {
            const unsigned char b = p[i];
            int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
            if (len == 0 || i + static_cast<std::size_t>(len) > n) {
                out += '?';
                ++i;
                continue;
            }
            std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
            bool ok = true;
            for (int k = 1; k < len; ++k) {
                if ((p[i + k] & 0xC0) != 0x80) {
                    ok = false;
                }
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
            const std::uint32_t minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : len == 4 ? 0x10000 : 0;
            if (!ok || cp < minimum) {
                out += '?';
                ++i;
                continue;
            }
            appendShown(out, cp);
            i += static_cast<std::size_t>(len);
        }
        break;
    }
    case der::kBmpString:
        // An unpaired surrogate reaches appendShown as itself, which escapes it.
        forEachUtf16CodePoint(e.value, ByteOrder::Big, [&](std::uint32_t cp) { appendShown(out, cp); });
        break;
    case der::kUniversalString:
        for (std::size_t i = 0; i + 3 < n; i += 4) {
            appendShown(out, (std::uint32_t{p[i]} << 24) | (std::uint32_t{p[i + 1]} << 16) |
                                 (std::uint32_t{p[i + 2]} << 8) | p[i + 3]);
        }
        break;
    default: // PrintableString, IA5String, T61String (read as Latin-1), anything else
        for (std::size_t i = 0; i < n; ++i) {
            appendShown(out, p[i]);
        }
        break;
    }
    return out;
}

std::string attributeName(const std::string& oid) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kNames{{
        {"2.5.4.3", "CN"},
        {"2.5.4.6", "C"},
        {"2.5.4.7", "L"},
        {"2.5.4.8", "S"},
        {"2.5.4.10", "O"},
        {"2.5.4.11", "OU"},
        {"2.5.4.5", "SERIALNUMBER"},
        {"2.5.4.9", "STREET"},
        {"2.5.4.42", "G"},
        {"2.5.4.4", "SN"},
        {"1.2.840.113549.1.9.1", "E"},
        {"0.9.2342.19200300.100.1.25", "DC"},
    }};
    for (const auto& [o, name] : kNames) {
        if (o == oid) {
            return std::string(name);
        }
    }
    return "OID." + oid;
}

struct NameText {
    std::string text;
    std::string commonName; // the last CN, the most specific one
};

std::optional<NameText> readName(const Element& name) {
    if (name.tag != der::kSequence) {
        return std::nullopt;
    }
    std::vector<std::string> rdns;
    NameText out;
    der::Reader sets(name.value);
    while (!sets.empty()) {
        auto set = sets.expect(der::kSet);
        if (!set) {
            return std::nullopt;
        }
        der::Reader atvs(set->value);
        std::string rdn;
        while (!atvs.empty()) {
            auto atv = atvs.expect(der::kSequence);
            if (!atv) {
                return std::nullopt;
            }
            der::Reader parts(atv->value);
            auto type = parts.expect(der::kOid);
            auto value = parts.next();
            if (!type || !value || !parts.empty()) {
                return std::nullopt;
            }
            const std::string oid = oidToString(type->value);
            if (oid.empty()) {
                return std::nullopt;
            }
            const std::string text = directoryString(*value);
            if (!rdn.empty()) {
                rdn += " + ";
            }
            rdn += attributeName(oid) + "=" + text;
            if (oid == "2.5.4.3") {
                out.commonName = text;
            }
        }
        rdns.push_back(std::move(rdn));
        if (rdns.size() > 64) {
            return std::nullopt;
        }
    }
    for (auto it = rdns.rbegin(); it != rdns.rend(); ++it) {
        if (!out.text.empty()) {
            out.text += ", ";
        }
        out.text += *it;
    }
    return out;
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

std::string ipText(std::string_view v) {
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    char buf[64];
    if (v.size() == 4) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", p[0], p[1], p[2], p[3]);
        return buf;
    }
    // IPv6: full form without zero compression, lower case (unambiguous and easy to compare).
    std::string out;
    for (std::size_t i = 0; i < 16; i += 2) {
        std::snprintf(buf, sizeof buf, "%s%x", i ? ":" : "", (unsigned{p[i]} << 8) | p[i + 1]);
        out += buf;
    }
    return out;
}

bool readExtension(const std::string& oid, std::string_view value, CertificateFacts& f) {
    der::Reader r(value);
    if (oid == "2.5.29.15") { // keyUsage
        auto bits = r.expect(der::kBitString);
        if (!bits || bits->value.empty() || bits->value.size() > 3) {
            return false;
        }
        f.hasKeyUsage = true;
        for (int i = 0; i < 9; ++i) {
            const std::size_t byte = 1 + static_cast<std::size_t>(i / 8);
            if (byte < bits->value.size() &&
                (static_cast<unsigned char>(bits->value[byte]) & (0x80 >> (i % 8)))) {
                f.keyUsage = static_cast<std::uint16_t>(f.keyUsage | (1u << i));
            }
        }
    } else if (oid == "2.5.29.37") { // extKeyUsage
        auto seq = r.expect(der::kSequence);
        if (!seq) {
            return false;
        }
        f.hasEku = true;
        der::Reader list(seq->value);
        while (!list.empty()) {
            auto o = list.expect(der::kOid);
            const std::string text = o ? oidToString(o->value) : std::string();
            if (text.empty() || f.ekus.size() >= 64) {
                return false;
            }
            f.ekus.push_back(text);
        }
    } else if (oid == "2.5.29.17") { // subjectAltName
        auto seq = r.expect(der::kSequence);
        if (!seq) {
            return false;
        }
        der::Reader names(seq->value);
        while (!names.empty()) {
            auto name = names.next();
            if (!name || f.sanDns.size() + f.sanIp.size() >= 256) {
                return false;
            }
            if (name->tag == 0x82) {
                f.sanDns.push_back(directoryString(Element{der::kIa5String, name->value, {}}));
            } else if (name->tag == 0x87) {
                if (name->value.size() != 4 && name->value.size() != 16) {
                    return false;
                }
                f.sanIp.push_back(ipText(name->value));
            }
        }
    } else if (oid == "2.5.29.19") { // basicConstraints
        auto seq = r.expect(der::kSequence);
        if (!seq) {
            return false;
        }
        der::Reader bc(seq->value);
        if (auto ca = bc.nextIf(der::kBoolean)) {
            f.isCa = ca->value.size() == 1 && ca->value[0] != 0;
        }
    } else if (oid == "2.5.29.14") { // subjectKeyIdentifier
        auto ski = r.expect(der::kOctetString);
        if (!ski) {
            return false;
        }
        f.subjectKeyId = hexUpper(ski->value);
    } else if (oid == "2.5.29.35") { // authorityKeyIdentifier
        auto seq = r.expect(der::kSequence);
        if (!seq) {
            return false;
        }
        der::Reader aki(seq->value);
        if (auto id = aki.nextIf(0x80)) {
            f.authorityKeyId = hexUpper(id->value);
        }
    }
    return true;
}

bool readExtensions(const Element& wrapper, CertificateFacts& f) {
    der::Reader outer(wrapper.value);
    auto seq = outer.expect(der::kSequence);
    if (!seq || !outer.empty()) {
        return false;
    }
    der::Reader exts(seq->value);
    while (!exts.empty()) {
        auto ext = exts.expect(der::kSequence);
        if (!ext) {
            return false;
        }
        der::Reader parts(ext->value);
        auto oid = parts.expect(der::kOid);
        (void)parts.nextIf(der::kBoolean); // critical
        auto value = parts.expect(der::kOctetString);
        if (!oid || !value || !parts.empty()) {
            return false;
        }
        const std::string text = oidToString(oid->value);
        if (text.empty() || !readExtension(text, value->value, f)) {
            return false;
        }
    }
    return true;
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
