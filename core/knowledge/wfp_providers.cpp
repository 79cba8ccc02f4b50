#include "ipsecdoctor/knowledge/wfp_providers.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

// fwpmu.h's built-in providers (learn.microsoft.com "Built-in provider identifiers") and the
// providers Windows Defender Firewall, Teredo, edge traversal and Network Data Usage register on
// Windows 10/11 (as `netsh wfp show state` lists them).
constexpr std::array<std::string_view, 16> kWindowsKeys{
    "10ad9216-ccde-456c-8b16-e9f04e60a90b", // FWPM_PROVIDER_IKEEXT
    "3c6c0519-c05c-4bb9-8338-2327814ce8bf", // FWPM_PROVIDER_IPSEC_DOS_CONFIG
    "3c6c05a9-c05c-4bb9-8338-2327814ce8bf", // FWPM_PROVIDER_IPSEC_DOSP_CONFIG
    "896aa19e-9a34-4bcb-ae79-beb9127c84b9", // FWPM_PROVIDER_TCP_CHIMNEY_OFFLOAD
    "76cfcd30-3394-432d-bed3-441ae50e63c3", // FWPM_PROVIDER_TCP_TEMPLATES
    "decc16ca-3f33-4346-be1e-8fb4ae0f3d62", // FWPM_PROVIDER_MPSSVC_WF
    "4b153735-1049-4480-aab4-d1b9bdc03710", // FWPM_PROVIDER_MPSSVC_WSH
    "3cc2631f-2d5d-43a0-b174-614837d863a1", // FWPM_PROVIDER_MPSSVC_APP_ISOLATION
    "a90296f7-46b8-4457-8f84-b05e05d3c622", // FWPM_PROVIDER_MPSSVC_EDP
    "d0718ff9-44da-4f50-9dc2-c963a4247613", // FWPM_PROVIDER_MPSSVC_TENANT_RESTRICTIONS
    "1bebc969-61a5-4732-a177-847a0817862a", // Windows Defender Firewall IPsec provider
    "aa6a7d87-7f8f-4d2a-be53-fda555cd5fe3", // Windows Defender Firewall IPsec provider
    "893a4f22-9bba-49b7-8c66-3d40929c8fd5", // Teredo firewall provider
    "8e44982a-f477-11df-85ce-78e7d1810190", // Network Data Usage (NDU) provider
    "9c2532b4-0314-434f-8274-0cbaebdbda56", // edge traversal socket option authorization
    "c698301d-9129-450c-937c-f4b834bfb374", // edge traversal socket option authorization
};

// Services of Windows that register providers of their own: the firewall, IPsec, Defender,
// RAS, ICS, Hyper-V networking.
constexpr std::array<std::string_view, 13> kWindowsServices{
    "mpssvc",  "ikeext",       "policyagent",  "bfe", "windefend", "wdnissvc", "rasman",
    "sstpsvc", "remoteaccess", "sharedaccess", "hns", "vmcompute", "iphlpsvc",
};

std::string_view bare(std::string_view key) {
    if (key.size() >= 2 && key.front() == '{' && key.back() == '}') {
        key = key.substr(1, key.size() - 2);
    }
    return key;
}

} // namespace

bool isWindowsWfpProviderKey(std::string_view key) {
    key = bare(key);
    return std::any_of(kWindowsKeys.begin(), kWindowsKeys.end(),
                       [&](std::string_view k) { return equalsIgnoreCase(k, key); });
}

bool isWindowsWfpProviderService(std::string_view service) {
    return std::any_of(kWindowsServices.begin(), kWindowsServices.end(),
                       [&](std::string_view s) { return equalsIgnoreCase(s, service); });
}

bool isWindowsWfpProvider(std::string_view key, std::string_view service) {
    return isWindowsWfpProviderKey(key) || isWindowsWfpProviderService(service);
}

} // namespace ipsecdoctor
