#include "ipsecdoctor/bundle/anonymization.h"

#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/json/certificate_json.h"
#include "ipsecdoctor/model/certificate_facts.h"

#include "der_rewrite.h"
#include "ipsecdoctor/util/ascii.h"
#include "pseudonyms.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

bool isNamePart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_' || c == '$';
}

bool isNameLike(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), isNamePart);
}

/// "CORP\alice", "alice@corp.example.com" or "alice": what it tells about user and domain.
void learnAccount(Pseudonyms& names, std::string_view value) {
    if (const auto slash = value.find('\\'); slash != std::string_view::npos) {
        if (isNameLike(value.substr(0, slash)) && isNameLike(value.substr(slash + 1))) {
            names.addDomain(value.substr(0, slash));
            names.addUser(value.substr(slash + 1));
        }
    } else if (const auto at = value.find('@'); at != std::string_view::npos) {
        if (isNameLike(value.substr(0, at)) && isNameLike(value.substr(at + 1))) {
            names.addUser(value.substr(0, at));
            names.addDomain(value.substr(at + 1));
        }
    } else if (isNameLike(value)) {
        if (value.ends_with('$')) {
            names.addHost(value); // a computer account
        } else {
            names.addUser(value);
        }
    }
}

void learnEventField(Pseudonyms& names, const EventField& f) {
    const std::string name = asciiLower(f.name);
    // An account is learnt from a named field and from RasClient's positional one alike.
    // NOLINTBEGIN(bugprone-branch-clone)
    if (name.ends_with("username") || name == "user" || name == "accountname" ||
        name.ends_with("principalname")) {
        learnAccount(names, f.value);
    } else if (name.ends_with("domainname") || name == "domain") {
        if (isNameLike(f.value)) {
            names.addDomain(f.value);
        }
    } else if (name.ends_with("workstationname") || name.ends_with("computername") ||
               name.ends_with("machinename") || name.ends_with("hostname")) {
        if (isNameLike(f.value)) {
            names.addHost(f.value);
        }
    } else if (const auto slash = f.value.find('\\'); slash != std::string::npos &&
                                                      slash == f.value.rfind('\\') &&
                                                      f.value.find(' ') == std::string::npos) {
        learnAccount(names, f.value); // RasClient's positional "DOMAIN\user"
    }
    // NOLINTEND(bugprone-branch-clone)
}

/// The attribute values of an RFC 4514 name, "CN=vpn.example.com, O=Example\, Inc", countries aside.
void learnDistinguishedName(Pseudonyms& names, std::string_view dn) {
    std::size_t i = 0;
    while (i < dn.size()) {
        const auto eq = dn.find('=', i);
        if (eq == std::string_view::npos) {
            break;
        }
        const std::string type = asciiLower(dn.substr(i, eq - i));
        std::string value;
        std::size_t j = eq + 1;
        for (; j < dn.size() && !(dn[j] == ',' && (j == 0 || dn[j - 1] != '\\')); ++j) {
            if (dn[j] != '\\') {
                value += dn[j];
            }
        }
        i = j + 1;
        while (i < dn.size() && dn[i] == ' ') {
            ++i;
        }
        if (type == "c" || value.empty() || value[0] == '#') {
            continue;
        }
        if (value.find('@') != std::string::npos) {
            learnAccount(names, value);
        } else if (value.find('.') != std::string::npos && isNameLike(value)) {
            names.addHost(value);
        } else {
            names.addName(value);
        }
    }
}

} // namespace

Anonymizer::Anonymizer() : m_names(std::make_unique<Pseudonyms>()) {}
Anonymizer::~Anonymizer() = default;

void Anonymizer::learn(const SystemSnapshot& snapshot) {
    m_names->addHost(snapshot.machine.hostname);
    if (snapshot.logs) {
        for (const auto& e : snapshot.logs->events) {
            m_names->addHost(e.computer);
            for (const auto& f : e.data) {
                learnEventField(*m_names, f);
            }
        }
    }
    if (snapshot.vpn) {
        for (const auto& p : snapshot.vpn->profiles) {
            m_names->addHost(p.server);
            learnText(p.server); // a server written as a URL
            learnText(p.phonebook);
        }
    }
    if (snapshot.probe) {
        m_names->addHost(snapshot.probe->host);
    }
    // A server typed in (no profile) or on the Certificates page is named nowhere else.
    if (snapshot.connection) {
        m_names->addHost(snapshot.connection->server);
    }
    if (snapshot.certificateChoice) {
        m_names->addHost(snapshot.certificateChoice->server);
    }
    for (const auto& c : snapshot.certificates.certificates) {
        learnDistinguishedName(*m_names, c.facts.subject);
        learnDistinguishedName(*m_names, c.facts.issuer);
        for (const auto& dns : c.facts.sanDns) {
            m_names->addHost(dns);
        }
        m_pending.push_back(c.der);
    }
}

void Anonymizer::learnText(std::string_view text) {
    // scheme://user:password@host:port/ — the user and the host.
    for (auto at = text.find("://"); at != std::string_view::npos; at = text.find("://", at + 3)) {
        auto end = at + 3;
        while (end < text.size() && (isNamePart(text[end]) || text[end] == ':' || text[end] == '@' ||
                                     text[end] == '[' || text[end] == ']' || text[end] == '%')) {
            ++end;
        }
        auto authority = text.substr(at + 3, end - at - 3);
        if (const auto userEnd = authority.rfind('@'); userEnd != std::string_view::npos) {
            const auto user = authority.substr(0, std::min(userEnd, authority.find(':')));
            if (isNameLike(user)) {
                m_names->addUser(user);
            }
            authority.remove_prefix(userEnd + 1);
        }
        m_names->addHost(authority.substr(0, authority.find(':')));
    }
    const std::string lower = asciiLower(text);
    for (std::string_view marker : {"\\users\\", "/users/", "/home/"}) {
        for (auto at = lower.find(marker); at != std::string::npos; at = lower.find(marker, at + 1)) {
            const auto start = at + marker.size();
            auto end = start;
            while (end < text.size() && isNamePart(text[end])) {
                ++end;
            }
            const auto name = text.substr(start, end - start);
            if (!name.empty() && asciiLower(name) != "public" && asciiLower(name) != "default") {
                m_names->addUser(name);
            }
        }
    }
    for (auto at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        auto start = at;
        while (start > 0 && isNamePart(text[start - 1]) && text[start - 1] != '$') {
            --start;
        }
        auto end = at + 1;
        while (end < text.size() && isNamePart(text[end]) && text[end] != '$') {
            ++end;
        }
        auto domain = text.substr(at + 1, end - at - 1);
        while (domain.ends_with('.')) {
            domain.remove_suffix(1);
        }
        if (start < at && domain.find('.') != std::string_view::npos) {
            m_names->addUser(text.substr(start, at - start));
            m_names->addDomain(domain);
        }
    }
}

void Anonymizer::rewriteCertificates() {
    const DerRewriters rewriters{[this](std::string_view s) { return m_names->replace(s); },
                                 [this](std::string_view raw) {
                                     return m_names->addressBytes(raw);
                                 }};
    for (const auto& der : m_pending) {
        if (m_certificates.count(der)) {
            continue;
        }
        auto rewritten = rewriteDerStrings(der, rewriters);
        auto before = parseCertificate(der);
        auto after = rewritten ? parseCertificate(*rewritten)
                               : Expected<CertificateFacts>(Error::make(ErrorCode::Malformed, "not DER"));
        if (!before || !after) {
            m_failed = true;
            continue;
        }
        m_names->addThumbprint(before->thumbprint, after->thumbprint);
        m_certificates.emplace(der, std::move(*rewritten));
    }
    m_pending.clear();
}

std::string Anonymizer::text(std::string_view text) {
    rewriteCertificates();
    return m_names->replace(text);
}

Expected<void> Anonymizer::json(nlohmann::json& node) {
    rewriteCertificates();
    if (m_failed) {
        return Error::make(ErrorCode::Malformed, "a certificate of the snapshot could not be anonymized");
    }
    if (node.is_string()) {
        node = m_names->replace(node.get_ref<const std::string&>());
    } else if (node.is_object() && node.contains("der_base64") && node["der_base64"].is_string()) {
        const auto der = base64Decode(node["der_base64"].get_ref<const std::string&>());
        const auto it = der ? m_certificates.find(*der) : m_certificates.end();
        auto facts = it == m_certificates.end()
                         ? Expected<CertificateFacts>(Error::make(ErrorCode::Malformed, "unknown"))
                         : parseCertificate(it->second);
        if (!facts) {
            return Error::make(ErrorCode::Malformed, "a certificate of the snapshot could not be anonymized");
        }
        for (auto m = node.begin(); m != node.end(); ++m) {
            if (m.key() == "der_base64") {
                *m = base64Encode(it->second);
            } else if (m.key() == "facts") {
                *m = toJson(*facts);
            } else if (auto done = json(*m); !done) {
                return done;
            }
        }
    } else if (node.is_structured()) {
        for (auto& child : node) {
            if (auto done = json(child); !done) {
                return done;
            }
        }
    }
    return {};
}

} // namespace ipsecdoctor
