#include "der_rewrite.h"

#include "ipsecdoctor/certs/der.h"

namespace ipsecdoctor {
namespace {

// X.509 nests about 10 deep; an extension's OCTET STRING adds its own DER.
constexpr int kMaxDepth = 24;

bool isNameString(std::uint8_t tag) {
    switch (tag) {
    case der::kUtf8String:
    case der::kPrintableString:
    case der::kT61String:
    case der::kIa5String:
    case 0x81: // rfc822Name
    case 0x82: // dNSName
    case 0x86: // uniformResourceIdentifier
        return true;
    default:
        return false;
    }
}

std::string encodeLength(std::size_t n) {
    if (n < 0x80) {
        return std::string(1, static_cast<char>(n));
    }
    std::string bytes;
    while (n > 0) {
        bytes.insert(bytes.begin(), static_cast<char>(n & 0xFF));
        n >>= 8;
    }
    return std::string(1, static_cast<char>(0x80 | bytes.size())) + bytes;
}

std::string encode(std::uint8_t tag, std::string_view value) {
    return std::string(1, static_cast<char>(tag)) + encodeLength(value.size()) + std::string(value);
}

std::optional<std::string> rewriteSequence(std::string_view contents, const DerRewriters& r, int depth);

std::optional<std::string> rewriteElement(const der::Element& e, const DerRewriters& r, int depth) {
    if (e.tag & 0x20) { // constructed
        auto inner = rewriteSequence(e.value, r, depth + 1);
        if (!inner) {
            return std::nullopt;
        }
        return encode(e.tag, *inner);
    }
    if (isNameString(e.tag)) {
        return encode(e.tag, r.text(e.value));
    }
    if (e.tag == 0x87 && (e.value.size() == 4 || e.value.size() == 16)) { // SAN iPAddress
        return encode(e.tag, r.ipAddress(e.value));
    }
    if (e.tag == der::kOctetString && !e.value.empty() &&
        static_cast<std::uint8_t>(e.value[0]) == der::kSequence) {
        // An extension's value is DER itself (SAN, CRL distribution points); anything else as is.
        if (auto inner = rewriteSequence(e.value, r, depth + 1)) {
            return encode(e.tag, *inner);
        }
    }
    return std::string(e.encoded);
}

std::optional<std::string> rewriteSequence(std::string_view contents, const DerRewriters& r, int depth) {
    if (depth > kMaxDepth) {
        return std::nullopt;
    }
    std::string out;
    der::Reader reader(contents);
    while (!reader.empty()) {
        auto e = reader.next();
        if (!e) {
            return std::nullopt;
        }
        auto rewritten = rewriteElement(*e, r, depth);
        if (!rewritten) {
            return std::nullopt;
        }
        out += *rewritten;
    }
    return out;
}

} // namespace

std::optional<std::string> rewriteDerStrings(std::string_view der, const DerRewriters& rewriters) {
    return rewriteSequence(der, rewriters, 0);
}

} // namespace ipsecdoctor
