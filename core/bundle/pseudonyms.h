#pragma once
// The value → token tables of one anonymized bundle, and the scan that applies them to text.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

class Pseudonyms {
public:
    void addUser(std::string_view name);   // "alice" → user-1
    void addHost(std::string_view name);   // "PC-07" → host-1; "PC-07$" and FQDNs too
    void addDomain(std::string_view name); // "CORP" → domain-1, "corp.example.com" → domain-2.example
    void addName(std::string_view value);  // a certificate subject's CN/O/OU... → name-1
    /// A certificate's thumbprint before and after its DER was rewritten (upper-case hex).
    void addThumbprint(const std::string& before, const std::string& after);

    /// `text` with learned names (whole words, any case), IPv4/IPv6 addresses and account SIDs
    /// (S-1-5-21-..., S-1-12-1-...) replaced. New addresses and SIDs get the next token.
    std::string replace(std::string_view text);
    /// 4 or 16 raw address bytes → the bytes of its token.
    std::string addressBytes(std::string_view raw);

private:
    std::string token(std::string_view prefix, std::string_view suffix, const std::string& key);
    void addLiteral(std::string_view value, const std::string& token);
    std::optional<std::pair<std::size_t, std::string>> matchLiteral(std::string_view text,
                                                                    std::size_t at) const;
    std::optional<std::pair<std::size_t, std::string>> matchAddress(std::string_view text, std::size_t at);
    std::optional<std::pair<std::size_t, std::string>> matchSid(std::string_view text, std::size_t at);
    std::string addressToken(const std::string& canonical, bool v6);

    std::map<std::string, std::string> m_tokens;   // "<kind>:<lower-case value>" → token
    std::map<std::string, int> m_counters;         // kind → last number given
    std::map<std::string, std::string> m_literals; // lower-case value → token
    std::vector<std::string> m_byLength;           // m_literals keys, longest first
    std::map<std::string, std::string> m_thumbprints;
};

} // namespace ipsecdoctor
