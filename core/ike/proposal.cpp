// strongSwan proposal notation (keywords from strongswan/strongswan:src/libstrongswan/crypto/
// proposal/proposal_keywords_static.txt, the subset Windows and common servers use).
#include "ipsecdoctor/ike/proposal.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor::ike {
namespace {

struct EncrKeyword {
    std::string_view word;
    EncrId id;
    std::uint16_t bits;
};

// The first keyword of an algorithm is the one toString() writes.
constexpr std::array kEncrKeywords{
    EncrKeyword{"des", EncrId::Des, 0},
    EncrKeyword{"3des", EncrId::TripleDes, 0},
    EncrKeyword{"null", EncrId::Null, 0},
    EncrKeyword{"aes128", EncrId::AesCbc, 128},
    EncrKeyword{"aes192", EncrId::AesCbc, 192},
    EncrKeyword{"aes256", EncrId::AesCbc, 256},
    EncrKeyword{"aes", EncrId::AesCbc, 128},
    EncrKeyword{"aes128ctr", EncrId::AesCtr, 128},
    EncrKeyword{"aes192ctr", EncrId::AesCtr, 192},
    EncrKeyword{"aes256ctr", EncrId::AesCtr, 256},
    EncrKeyword{"aes128gcm8", EncrId::AesGcm8, 128},
    EncrKeyword{"aes192gcm8", EncrId::AesGcm8, 192},
    EncrKeyword{"aes256gcm8", EncrId::AesGcm8, 256},
    EncrKeyword{"aes128gcm64", EncrId::AesGcm8, 128},
    EncrKeyword{"aes192gcm64", EncrId::AesGcm8, 192},
    EncrKeyword{"aes256gcm64", EncrId::AesGcm8, 256},
    EncrKeyword{"aes128gcm12", EncrId::AesGcm12, 128},
    EncrKeyword{"aes192gcm12", EncrId::AesGcm12, 192},
    EncrKeyword{"aes256gcm12", EncrId::AesGcm12, 256},
    EncrKeyword{"aes128gcm96", EncrId::AesGcm12, 128},
    EncrKeyword{"aes192gcm96", EncrId::AesGcm12, 192},
    EncrKeyword{"aes256gcm96", EncrId::AesGcm12, 256},
    EncrKeyword{"aes128gcm16", EncrId::AesGcm16, 128},
    EncrKeyword{"aes192gcm16", EncrId::AesGcm16, 192},
    EncrKeyword{"aes256gcm16", EncrId::AesGcm16, 256},
    EncrKeyword{"aes128gcm128", EncrId::AesGcm16, 128},
    EncrKeyword{"aes192gcm128", EncrId::AesGcm16, 192},
    EncrKeyword{"aes256gcm128", EncrId::AesGcm16, 256},
    EncrKeyword{"aes128gcm", EncrId::AesGcm16, 128},
    EncrKeyword{"aes192gcm", EncrId::AesGcm16, 192},
    EncrKeyword{"aes256gcm", EncrId::AesGcm16, 256},
    EncrKeyword{"chacha20poly1305", EncrId::ChaCha20Poly1305, 256},
};

template <class Id>
struct Keyword {
    std::string_view word;
    Id id;
};

constexpr std::array kIntegKeywords{
    Keyword<IntegId>{"md5", IntegId::HmacMd5_96},
    Keyword<IntegId>{"sha1", IntegId::HmacSha1_96},
    Keyword<IntegId>{"sha", IntegId::HmacSha1_96},
    Keyword<IntegId>{"aesxcbc", IntegId::AesXcbc96},
    Keyword<IntegId>{"sha256", IntegId::HmacSha2_256_128},
    Keyword<IntegId>{"sha2_256", IntegId::HmacSha2_256_128},
    Keyword<IntegId>{"sha384", IntegId::HmacSha2_384_192},
    Keyword<IntegId>{"sha2_384", IntegId::HmacSha2_384_192},
    Keyword<IntegId>{"sha512", IntegId::HmacSha2_512_256},
    Keyword<IntegId>{"sha2_512", IntegId::HmacSha2_512_256},
};

constexpr std::array kPrfKeywords{
    Keyword<PrfId>{"prfmd5", PrfId::HmacMd5},         Keyword<PrfId>{"prfsha1", PrfId::HmacSha1},
    Keyword<PrfId>{"prfaesxcbc", PrfId::AesXcbc},     Keyword<PrfId>{"prfsha256", PrfId::HmacSha2_256},
    Keyword<PrfId>{"prfsha384", PrfId::HmacSha2_384}, Keyword<PrfId>{"prfsha512", PrfId::HmacSha2_512},
};

constexpr std::array kDhKeywords{
    Keyword<DhGroup>{"modp768", DhGroup::Modp768},
    Keyword<DhGroup>{"modp1024", DhGroup::Modp1024},
    Keyword<DhGroup>{"modp1536", DhGroup::Modp1536},
    Keyword<DhGroup>{"modp2048", DhGroup::Modp2048},
    Keyword<DhGroup>{"modp3072", DhGroup::Modp3072},
    Keyword<DhGroup>{"modp4096", DhGroup::Modp4096},
    Keyword<DhGroup>{"modp6144", DhGroup::Modp6144},
    Keyword<DhGroup>{"modp8192", DhGroup::Modp8192},
    Keyword<DhGroup>{"modp2048s256", DhGroup::Modp2048s256},
    Keyword<DhGroup>{"ecp256", DhGroup::Ecp256},
    Keyword<DhGroup>{"ecp384", DhGroup::Ecp384},
    Keyword<DhGroup>{"ecp521", DhGroup::Ecp521},
    Keyword<DhGroup>{"curve25519", DhGroup::Curve25519},
    Keyword<DhGroup>{"x25519", DhGroup::Curve25519},
};

template <class T>
void addUnique(std::vector<T>& list, T value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

template <class Id, std::size_t N>
std::string wordFor(const std::array<Keyword<Id>, N>& table, Id id) {
    for (const auto& k : table) {
        if (k.id == id) {
            return std::string(k.word);
        }
    }
    return "unknown-" + std::to_string(static_cast<unsigned>(id));
}

template <class Id, std::size_t N>
std::optional<Id> idFor(const std::array<Keyword<Id>, N>& table, std::string_view word) {
    for (const auto& k : table) {
        if (k.word == word) {
            return k.id;
        }
    }
    return std::nullopt;
}

std::vector<PrfId> impliedPrfs(const std::vector<IntegId>& integrity) {
    std::vector<PrfId> prfs;
    for (auto integ : integrity) {
        if (auto prf = prfForInteg(integ)) {
            addUnique(prfs, *prf);
        }
    }
    return prfs;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

Error invalid(std::string detail) {
    return Error::make(ErrorCode::InvalidArgument, std::move(detail));
}

} // namespace

std::string keyword(const Encryption& encryption) {
    for (const auto& k : kEncrKeywords) {
        if (k.id == encryption.id && k.bits == encryption.keyBits) {
            return std::string(k.word);
        }
    }
    return "unknown-" + std::to_string(static_cast<unsigned>(encryption.id)) +
           (encryption.keyBits ? "/" + std::to_string(encryption.keyBits) : "");
}

std::string keyword(IntegId id) {
    return wordFor(kIntegKeywords, id);
}
std::string keyword(PrfId id) {
    return wordFor(kPrfKeywords, id);
}
std::string keyword(DhGroup group) {
    return wordFor(kDhKeywords, group);
}

bool Proposal::isAead() const {
    return !encryption.empty() && std::all_of(encryption.begin(), encryption.end(),
                                              [](const Encryption& e) { return ike::isAead(e.id); });
}

std::vector<Transform> Proposal::transforms() const {
    std::vector<Transform> out;
    for (const auto& e : encryption) {
        out.push_back({TransformType::Encr, static_cast<std::uint16_t>(e.id), e.keyBits});
    }
    for (auto p : prf) {
        out.push_back({TransformType::Prf, static_cast<std::uint16_t>(p), 0});
    }
    for (auto i : integrity) {
        out.push_back({TransformType::Integ, static_cast<std::uint16_t>(i), 0});
    }
    for (auto d : dh) {
        out.push_back({TransformType::Dh, static_cast<std::uint16_t>(d), 0});
    }
    for (auto e : esn) {
        out.push_back({TransformType::Esn, static_cast<std::uint16_t>(e), 0});
    }
    return out;
}

std::string Proposal::toString() const {
    std::vector<std::string> words;
    for (const auto& e : encryption) {
        words.push_back(keyword(e));
    }
    for (auto i : integrity) {
        words.push_back(keyword(i));
    }
    if (protocol == Protocol::Ike && (isAead() || prf != impliedPrfs(integrity))) {
        for (auto p : prf) {
            words.push_back(keyword(p));
        }
    }
    for (auto d : dh) {
        words.push_back(keyword(d));
    }
    for (auto e : esn) {
        words.push_back(e == EsnId::Esn ? "esn" : "noesn");
    }
    std::string out;
    for (const auto& w : words) {
        out += out.empty() ? w : "-" + w;
    }
    return out;
}

std::string Proposal::toCharonString() const {
    std::vector<std::string> names;
    for (const auto& e : encryption) {
        names.push_back(charonName(e.id, e.keyBits));
    }
    for (auto i : integrity) {
        names.push_back(charonName(i));
    }
    for (auto p : prf) {
        names.push_back(charonName(p));
    }
    for (auto d : dh) {
        names.push_back(charonName(d));
    }
    for (auto e : esn) {
        names.push_back(e == EsnId::Esn ? "EXT_SEQ" : "NO_EXT_SEQ");
    }
    std::string out = protocol == Protocol::Esp ? "ESP:" : protocol == Protocol::Ah ? "AH:" : "IKE:";
    for (std::size_t n = 0; n < names.size(); ++n) {
        out += (n ? "/" : "") + names[n];
    }
    return out;
}

std::vector<Proposal> Proposal::expand() const {
    // (integrity, prf) pairs: an integrity algorithm keeps its implied PRF when the proposal
    // carries it; otherwise every combination.
    std::vector<std::pair<std::optional<IntegId>, std::optional<PrfId>>> macs;
    if (integrity.empty()) {
        for (auto p : prf) {
            macs.emplace_back(std::nullopt, p);
        }
        if (prf.empty()) {
            macs.emplace_back(std::nullopt, std::nullopt);
        }
    } else if (protocol != Protocol::Ike || prf.empty()) {
        for (auto i : integrity) {
            macs.emplace_back(i, std::nullopt);
        }
    } else if (prf == impliedPrfs(integrity)) {
        for (auto i : integrity) {
            macs.emplace_back(i, prfForInteg(i));
        }
    } else {
        for (auto i : integrity) {
            for (auto p : prf) {
                macs.emplace_back(i, p);
            }
        }
    }
    std::vector<std::optional<DhGroup>> groups(dh.begin(), dh.end());
    if (groups.empty()) {
        groups.push_back(std::nullopt);
    }
    std::vector<std::optional<EsnId>> esns(esn.begin(), esn.end());
    if (esns.empty()) {
        esns.push_back(std::nullopt);
    }
    std::vector<Proposal> out;
    for (const auto& e : encryption) {
        for (const auto& [i, p] : macs) {
            for (auto d : groups) {
                for (auto s : esns) {
                    Proposal one;
                    one.protocol = protocol;
                    one.encryption = {e};
                    if (i) {
                        one.integrity = {*i};
                    }
                    if (p) {
                        one.prf = {*p};
                    }
                    if (d) {
                        one.dh = {*d};
                    }
                    if (s) {
                        one.esn = {*s};
                    }
                    out.push_back(std::move(one));
                }
            }
        }
    }
    return out;
}

Expected<Proposal> parseProposal(std::string_view text, Protocol protocol) {
    const std::string all = lower(text);
    if (all.empty()) {
        return invalid("empty proposal");
    }
    Proposal p;
    p.protocol = protocol;
    std::size_t start = 0;
    while (start <= all.size()) {
        const auto end = std::min(all.find('-', start), all.size());
        const std::string_view word = std::string_view(all).substr(start, end - start);
        start = end + 1;
        if (word.empty()) {
            return invalid("empty keyword in proposal '" + all + "'");
        }
        auto encr = std::find_if(kEncrKeywords.begin(), kEncrKeywords.end(),
                                 [&](const EncrKeyword& k) { return k.word == word; });
        if (encr != kEncrKeywords.end()) {
            addUnique(p.encryption, Encryption{encr->id, encr->bits});
        } else if (auto integ = idFor(kIntegKeywords, word)) {
            addUnique(p.integrity, *integ);
        } else if (auto prf = idFor(kPrfKeywords, word); prf && protocol == Protocol::Ike) {
            addUnique(p.prf, *prf);
        } else if (auto group = idFor(kDhKeywords, word)) {
            addUnique(p.dh, *group);
        } else if ((word == "esn" || word == "noesn") && protocol == Protocol::Esp) {
            addUnique(p.esn, word == "esn" ? EsnId::Esn : EsnId::NoEsn);
        } else {
            return invalid("unknown keyword '" + std::string(word) + "' in proposal '" + all + "'");
        }
    }
    if (p.encryption.empty()) {
        return invalid("no encryption algorithm in proposal '" + all + "'");
    }
    const bool aead = p.isAead();
    if (!aead && std::any_of(p.encryption.begin(), p.encryption.end(),
                             [](const Encryption& e) { return isAead(e.id); })) {
        return invalid("proposal '" + all + "' mixes AEAD and non-AEAD ciphers");
    }
    if (aead) {
        // strongSwan reads plain hash keywords of an AEAD IKE proposal as its PRFs.
        if (protocol == Protocol::Ike && p.prf.empty()) {
            p.prf = impliedPrfs(p.integrity);
        }
        p.integrity.clear();
    } else if (p.integrity.empty()) {
        return invalid("no integrity algorithm in proposal '" + all + "'");
    }
    if (protocol == Protocol::Ike) {
        if (p.prf.empty()) {
            p.prf = impliedPrfs(p.integrity);
        }
        if (p.prf.empty()) {
            return invalid("no PRF in proposal '" + all + "'");
        }
        if (p.dh.empty()) {
            return invalid("no key exchange group in proposal '" + all + "'");
        }
    }
    return p;
}

Expected<Proposal> proposalFromTransforms(Protocol protocol, const std::vector<Transform>& transforms) {
    Proposal p;
    p.protocol = protocol;
    for (const auto& t : transforms) {
        switch (t.type) {
        case TransformType::Encr:
            p.encryption.push_back({static_cast<EncrId>(t.id), t.keyBits});
            break;
        case TransformType::Prf:
            p.prf.push_back(static_cast<PrfId>(t.id));
            break;
        case TransformType::Integ:
            // INTEG "NONE" (0) is how some peers spell "no integrity" next to an AEAD cipher.
            if (t.id != 0) {
                p.integrity.push_back(static_cast<IntegId>(t.id));
            }
            break;
        case TransformType::Dh:
            p.dh.push_back(static_cast<DhGroup>(t.id));
            break;
        case TransformType::Esn:
            p.esn.push_back(static_cast<EsnId>(t.id));
            break;
        default:
            return Error::make(ErrorCode::Malformed,
                               "unknown transform type " + std::to_string(static_cast<unsigned>(t.type)));
        }
    }
    if (p.encryption.empty()) {
        return Error::make(ErrorCode::Malformed, "proposal without an encryption transform");
    }
    return p;
}

} // namespace ipsecdoctor::ike
