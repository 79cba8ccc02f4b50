// The X.509 extensions the checks rely on (RFC 5280 §4.2): key usage, extended key usage,
// subject alternative names, basic constraints, key identifiers. A malformed one makes the whole
// certificate malformed, as it does for Windows.
#include "x509_parts.h"

#include "ipsecdoctor/util/hex.h"

#include <cstdio>

namespace ipsecdoctor::x509 {
namespace {

using der::Element;

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

} // namespace

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

} // namespace ipsecdoctor::x509
