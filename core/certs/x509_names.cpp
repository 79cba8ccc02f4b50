// Names and directory strings of X.509 (RFC 5280 §4.1.2.4, RFC 4514's order), shown as valid
// UTF-8 without control characters whatever the certificate holds.
#include "x509_parts.h"

#include "ipsecdoctor/util/utf16_text.h"
#include "ipsecdoctor/util/utf8.h"

#include <array>
#include <utility>
#include <vector>

namespace ipsecdoctor::x509 {
namespace {

using der::Element;

/// Control characters and invalid code points are not shown as such.
void appendShown(std::string& out, std::uint32_t cp) {
    if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        out += '?';
    } else {
        appendUtf8(out, cp);
    }
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

} // namespace

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

} // namespace ipsecdoctor::x509
