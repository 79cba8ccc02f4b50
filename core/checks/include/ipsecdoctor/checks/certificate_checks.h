#pragma once
// The Certificates step: pure functions of a snapshot's certificate inventory and of what is
// known about the connection (authentication method, the server's CERTREQ list, the name
// dialled). Which certificates matter depends on the authentication method; only those can be
// errors, the others are context (Info).

#include "ipsecdoctor/checks/certreq_matching.h"
#include "ipsecdoctor/checks/server_name_check.h"
#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// A certificate that ends within this many days is flagged (Warning).
inline constexpr int kExpiringSoonDays = 30;

struct CertificateCheckInput {
    std::optional<AuthMethod> authMethod;                  // nullopt: not known yet (all context)
    std::optional<std::vector<std::string>> certreqCaSha1; // from the IKE probe; nullopt: not probed
    std::string serverName;                   // what the profile dials (pbk PhoneNumber); may be empty
    std::optional<bool> nameEkuCheckDisabled; // the profile's DisableIKENameEkuCheck, when known
    std::optional<std::int64_t> now;          // seconds since the epoch; default: snapshot.collectedAt
};

/// Findings of Step::Certificates, in a stable order (roles, then chains, then the server side).
std::vector<Finding> checkCertificates(const SystemSnapshot& snapshot, const CertificateCheckInput& input);

} // namespace ipsecdoctor
