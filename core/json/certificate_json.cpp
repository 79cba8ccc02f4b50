#include "ipsecdoctor/json/certificate_json.h"

#include "certificate_json_detail.h"

namespace ipsecdoctor {

using json_detail::Reader;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxCertificates = 2000; // a machine with more is not one we can show anyway
constexpr std::size_t kMaxChainLength = 16;

json chainToJson(const ChainStatus& c) {
    json elements = json::array();
    for (const auto& e : c.elements) {
        elements.push_back({{"subject", e.subject},
                            {"thumbprint", e.thumbprint},
                            {"spki_sha1", e.spkiSha1},
                            {"not_after", isoFromUnix(e.notAfter)},
                            {"time_valid", e.timeValid}});
    }
    return json{{"evaluated", c.evaluated},
                {"trusted", c.trusted},
                {"partial", c.partial},
                {"untrusted_root", c.untrustedRoot},
                {"not_time_valid", c.notTimeValid},
                {"signature_invalid", c.signatureInvalid},
                {"revocation", revocationStatusId(c.revocation)},
                {"error_status", c.errorStatus},
                {"elements", elements}};
}

ChainStatus chainFromJson(Reader& r, const json& j, const std::string& path) {
    ChainStatus c;
    c.evaluated = r.boolean(j, path, "evaluated");
    c.trusted = r.boolean(j, path, "trusted");
    c.partial = r.boolean(j, path, "partial");
    c.untrustedRoot = r.boolean(j, path, "untrusted_root");
    c.notTimeValid = r.boolean(j, path, "not_time_valid");
    c.signatureInvalid = r.boolean(j, path, "signature_invalid");
    c.revocation = r.enumeration(j, path, "revocation", revocationStatusFromId, RevocationStatus::NotChecked);
    c.errorStatus = static_cast<std::uint32_t>(r.integer(j, path, "error_status", 0, UINT32_MAX));
    if (const auto* arr = r.array(j, path, "elements")) {
        if (arr->size() > kMaxChainLength) {
            r.fail(path + ".elements", "longer than 16 certificates");
            return c;
        }
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string p = path + ".elements[" + std::to_string(i) + "]";
            ChainElement e;
            e.subject = r.string((*arr)[i], p, "subject", false);
            e.thumbprint = r.string((*arr)[i], p, "thumbprint", false);
            e.spkiSha1 = r.string((*arr)[i], p, "spki_sha1", false);
            const auto notAfter = r.string((*arr)[i], p, "not_after", false);
            if (!notAfter.empty()) {
                if (auto t = unixFromIso(notAfter)) {
                    e.notAfter = *t;
                } else {
                    r.fail(p + ".not_after", "expected YYYY-MM-DDTHH:MM:SSZ");
                }
            }
            e.timeValid = r.boolean((*arr)[i], p, "time_valid", true);
            c.elements.push_back(std::move(e));
        }
    }
    return c;
}

} // namespace

json toJson(const CertificateFacts& f) {
    return json{{"thumbprint", f.thumbprint},
                {"spki_sha1", f.spkiSha1},
                {"subject", f.subject},
                {"issuer", f.issuer},
                {"serial", f.serial},
                {"not_before", isoFromUnix(f.notBefore)},
                {"not_after", isoFromUnix(f.notAfter)},
                {"key_algorithm", f.keyAlgorithm},
                {"key_bits", f.keyBits},
                {"curve", f.curve},
                {"key_usage", f.hasKeyUsage ? json(keyUsageNames(f.keyUsage)) : json(nullptr)},
                {"ekus", f.hasEku ? json(f.ekus) : json(nullptr)},
                {"san_dns", f.sanDns},
                {"san_ip", f.sanIp},
                {"is_ca", f.isCa},
                {"self_issued", f.selfIssued},
                {"subject_key_id", f.subjectKeyId},
                {"authority_key_id", f.authorityKeyId}};
}

json toJson(const CertificateRecord& c) {
    return json{{"store", certStoreId(c.store)},
                {"der_base64", base64Encode(c.der)},
                {"facts", toJson(c.facts)},
                {"private_key", privateKeyStateId(c.privateKey)},
                {"chain", chainToJson(c.chain)}};
}

json toJson(const CertificateInventory& inventory) {
    json items = json::array();
    for (const auto& c : inventory.certificates) {
        items.push_back(toJson(c));
    }
    return json{{"collected", inventory.collected}, {"items", items}};
}

namespace json_detail {

CertificateInventory certificatesFromJson(Reader& r, const json& j, const std::string& path) {
    CertificateInventory inv;
    inv.collected = r.boolean(j, path, "collected");
    const auto* arr = r.array(j, path, "items");
    if (!arr) {
        return inv;
    }
    if (arr->size() > kMaxCertificates) {
        r.fail(path + ".items", "more than 2000 certificates");
        return inv;
    }
    for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
        const auto& item = (*arr)[i];
        const std::string p = path + ".items[" + std::to_string(i) + "]";
        CertificateRecord c;
        c.store = r.enumeration(item, p, "store", certStoreFromId, CertStore::MachineMy);
        const auto b64 = r.string(item, p, "der_base64");
        if (!r.ok()) {
            break;
        }
        auto der = base64Decode(b64);
        if (!der) {
            r.fail(p + ".der_base64", "not base64");
            break;
        }
        // The facts member is for people reading the bundle; the DER is the truth.
        auto facts = parseCertificate(*der);
        if (!facts) {
            r.fail(p + ".der_base64", facts.error().detail);
            break;
        }
        c.der = std::move(*der);
        c.facts = std::move(facts).value();
        c.privateKey =
            r.enumeration(item, p, "private_key", privateKeyStateFromId, PrivateKeyState::NotChecked);
        if (const auto* chain = r.member(item, p, "chain", false)) {
            c.chain = chainFromJson(r, *chain, p + ".chain");
        }
        inv.certificates.push_back(std::move(c));
    }
    return inv;
}

} // namespace json_detail

Expected<CertificateInventory> certificateInventoryFromJson(const json& j) {
    Reader r;
    auto inv = json_detail::certificatesFromJson(r, j, "certificates");
    if (!r.ok()) {
        return r.error();
    }
    return inv;
}

std::string base64Encode(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const std::uint32_t v = (std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16) |
                                (std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8) |
                                static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (i < bytes.size()) {
        std::uint32_t v = std::uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
        if (i + 1 < bytes.size()) {
            v |= std::uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8;
        }
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text) {
    if (text.size() % 4 != 0) {
        return std::nullopt;
    }
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    };
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (last && pad == 1 && text[i + 2] == '=') {
            return std::nullopt;
        }
        std::uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            const int x = k >= 4 - pad ? 0 : value(c);
            if (x < 0) {
                return std::nullopt;
            }
            v = (v << 6) | static_cast<std::uint32_t>(x);
        }
        out += static_cast<char>((v >> 16) & 0xFF);
        if (pad < 2) {
            out += static_cast<char>((v >> 8) & 0xFF);
        }
        if (pad < 1) {
            out += static_cast<char>(v & 0xFF);
        }
    }
    return out;
}

} // namespace ipsecdoctor
