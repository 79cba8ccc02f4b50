#pragma once
// "bundle export --anonymize": user names, SIDs, host and domain names, IP addresses and
// certificate subjects replaced by stable pseudonyms, the same value getting the same token in
// every entry of one bundle. Tokens keep the bundle parseable: an address stays an address of a
// documentation range (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::x), a SID a SID
// (S-1-5-21-0-0-0-<n>), a host name a host name (host-1, host-2.domain-1.example).

#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

class Pseudonyms;

class Anonymizer {
public:
    Anonymizer();
    ~Anonymizer();
    Anonymizer(const Anonymizer&) = delete;
    Anonymizer& operator=(const Anonymizer&) = delete;

    /// Learns the names to replace from the snapshot's fields: machine, event computers and user,
    /// domain and workstation fields, profile servers, certificate subjects, issuers and SANs.
    void learn(const SystemSnapshot& snapshot);
    /// Learns names from free text: C:\Users\<name>\ paths and user@domain addresses.
    void learnText(std::string_view text);

    /// Free text with every learned name, IP address and account SID replaced.
    std::string text(std::string_view text);
    /// Every string of a JSON document through text(); a certificate's "der_base64" is
    /// re-encoded with its names replaced and its "facts" re-read from the new DER (its new
    /// thumbprint replaces the old one everywhere). Error when a certificate cannot be rewritten:
    /// the bundle is then not written rather than written with a name left in.
    Expected<void> json(nlohmann::json& document);

private:
    /// Once everything is learned: the snapshot's certificates with their names replaced.
    void rewriteCertificates();

    std::unique_ptr<Pseudonyms> m_names;
    std::vector<std::string> m_pending;                // DER learned, not yet rewritten
    std::map<std::string, std::string> m_certificates; // original DER → anonymized DER
    bool m_failed = false;
};

} // namespace ipsecdoctor
