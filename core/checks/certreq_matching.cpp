#include "ipsecdoctor/checks/certreq_matching.h"

#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/hex.h"

#include <algorithm>

namespace ipsecdoctor {

std::vector<CertreqMatch> matchCertreq(const std::vector<std::string>& certreq,
                                       const CertificateInventory& inv) {
    // A CA in a chain the given engine built: the chain element's certificate stands for it.
    auto inChains = [&](const std::string& hash, bool machineEngine) -> const CertificateRecord* {
        for (const auto& c : inv.certificates) {
            if (isMachineStore(c.store) != machineEngine) {
                continue;
            }
            for (std::size_t i = 1; i < c.chain.elements.size(); ++i) {
                if (equalsIgnoreCase(c.chain.elements[i].spkiSha1, hash)) {
                    return &c;
                }
            }
        }
        return nullptr;
    };
    std::vector<CertreqMatch> out;
    for (const auto& hash : certreq) {
        CertreqMatch m{hash, nullptr};
        for (const auto& c : inv.certificates) {
            const bool caStore = c.store == CertStore::MachineRoot || c.store == CertStore::MachineCa;
            if (caStore && equalsIgnoreCase(c.facts.spkiSha1, hash)) {
                m.localCa = &c;
                break;
            }
        }
        // A CA the computer's chain engine found elsewhere (a third-party root trusted through
        // AuthRoot, an enterprise or group policy store).
        if (!m.localCa) {
            m.localCa = inChains(hash, true);
        }
        if (!m.localCa) {
            for (const auto& c : inv.certificates) {
                if (c.store == CertStore::UserRoot && equalsIgnoreCase(c.facts.spkiSha1, hash)) {
                    m.userRootOnly = &c;
                    break;
                }
            }
        }
        // A user certificate's chain is built with the user's stores too: it proves the CA is on
        // this PC unless that is the user's Root store (caught above).
        if (!m.localCa && !m.userRootOnly) {
            m.localCa = inChains(hash, false);
        }
        out.push_back(m);
    }
    return out;
}

bool chainsToRequestedCa(const CertificateRecord& c, const std::vector<std::string>& certreq,
                         const CertificateInventory& inv) {
    auto requested = [&](std::string_view spki) {
        return std::any_of(certreq.begin(), certreq.end(),
                           [&](const std::string& h) { return equalsIgnoreCase(h, spki); });
    };
    if (c.chain.evaluated && c.chain.elements.size() > 1) {
        return std::any_of(c.chain.elements.begin() + 1, c.chain.elements.end(),
                           [&](const ChainElement& e) { return requested(e.spkiSha1); });
    }
    // No chain from the platform (e.g. an older bundle): walk issuers by key identifier.
    const CertificateRecord* current = &c;
    for (int depth = 0; depth < 8 && !current->facts.authorityKeyId.empty(); ++depth) {
        const CertificateRecord* issuer = nullptr;
        for (const auto& x : inv.certificates) {
            if (x.facts.isCa && x.facts.subjectKeyId == current->facts.authorityKeyId) {
                issuer = &x;
                break;
            }
        }
        if (!issuer) {
            return false;
        }
        if (requested(issuer->facts.spkiSha1)) {
            return true;
        }
        if (issuer->facts.selfIssued) {
            return false;
        }
        current = issuer;
    }
    return false;
}

std::optional<std::vector<std::string>> parseSha1List(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(", ", start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto item = text.substr(start, end - start);
        if (!item.empty()) {
            auto bytes = hexDecode(item);
            if (!bytes || bytes->size() != 20 || item.find(' ') != std::string_view::npos) {
                return std::nullopt;
            }
            out.push_back(hexUpper(*bytes));
        }
        start = end + 1;
    }
    if (out.empty() || out.size() > 64) {
        return std::nullopt;
    }
    return out;
}

} // namespace ipsecdoctor
