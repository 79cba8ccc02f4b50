#pragma once
// Options of `ipsecdoctor-cli probe [HOST] [--profile NAME [--pbk FILE]] [--port N]
// [--ike v1|v2|both] [--windows-set ID] [--policy ENC,INTEG,DH,CIPHER,AUTH,PFS] [--timeout S]
// [--no-discovery] [--id NAME] [--json]` (--profile and --pbk land in CliOptions::proposals).
// Validated here like every other argument: the host is the only server ever contacted.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

struct ProbeCliOptions {
    std::string host;
    std::uint16_t port = 500;
    std::string ike = "both";                     // "v1" | "v2" | "both"
    std::string windowsSet = "windows10-default"; // ike::windowsIkev2SetId values
    bool windowsSetGiven = false;                 // --windows-set was on the command line
    std::vector<std::string> policy;              // six Set-VpnConnectionIPsecConfiguration values
    int timeoutSeconds = 20;                      // whole run
    bool discover = true;
    std::string aggressiveId = "ipsecdoctor-probe";
};

/// True for a DNS name (letters, digits, hyphens, dots; labels of 1-63, at most 253) or a
/// numeric IPv4/IPv6 address.
bool isValidProbeHost(const std::string& host);

} // namespace ipsecdoctor::app
