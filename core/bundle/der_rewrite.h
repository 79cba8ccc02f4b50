#pragma once
// An anonymized bundle keeps its certificates parseable: the DER is re-encoded with every name
// string replaced (subject, issuer, SAN dNSName/rfc822Name/URI, CRL and AIA addresses) and every
// SAN iPAddress replaced, lengths recomputed. The signature no longer verifies, which nothing
// offline checks; the chain verdict was recorded when the bundle was made.

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ipsecdoctor {

struct DerRewriters {
    std::function<std::string(std::string_view)> text;      // a name string's new value
    std::function<std::string(std::string_view)> ipAddress; // 4 or 16 raw bytes → the same size
};

/// The certificate with its strings rewritten; nullopt when `der` is not well-formed DER.
std::optional<std::string> rewriteDerStrings(std::string_view der, const DerRewriters& rewriters);

} // namespace ipsecdoctor
