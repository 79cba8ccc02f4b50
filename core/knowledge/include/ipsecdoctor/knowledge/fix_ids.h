#pragma once
// Every fix IPsec Doctor can offer, by family. A family is one kind of change with its own
// allow-list parser, journal validation and undo (core/remediation): only ids listed here can run.
//
//   Service            service.<name>.<action>       remediation_id.h (per known service)
//   Setting            registry.* and profile.*      setting_ids.h
//   Logs               audit.ipsec.enable, tracing.ras.enable
//   CertificateImport  certificate.import-ca.*       a CA certificate into a machine store
//   OpenConsole        certificate.open-cert*        starts a Windows console: no change, no journal

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

enum class FixFamily { Service, Setting, Logs, CertificateImport, OpenConsole };
std::string_view fixFamilyId(FixFamily f); // "service" | "setting" | "logs" | "certificate-import" | ...

namespace fix {
inline constexpr std::string_view kProfileIpsecPolicy = "profile.ipsec-policy.set";
inline constexpr std::string_view kProfileTunnelType = "profile.tunnel-type.set";
inline constexpr std::string_view kNegotiateDh2048 = "registry.negotiate-dh2048-aes256.enable";
inline constexpr std::string_view kAssumeUdpEncapsulation =
    "registry.assume-udp-encapsulation.both-behind-nat";
inline constexpr std::string_view kAuditIpsecEnable = "audit.ipsec.enable";
inline constexpr std::string_view kRasTracingEnable = "tracing.ras.enable";
inline constexpr std::string_view kImportRootCa = "certificate.import-ca.root";
inline constexpr std::string_view kImportIntermediateCa = "certificate.import-ca.intermediate";
inline constexpr std::string_view kOpenCertlm = "certificate.open-certlm";
inline constexpr std::string_view kOpenCertmgr = "certificate.open-certmgr";
} // namespace fix

/// The family of an allow-listed fix id; nullopt for anything else (the id is refused).
std::optional<FixFamily> fixFamily(std::string_view id);
/// Every allow-listed fix id, services first.
std::vector<std::string> allFixIds();

} // namespace ipsecdoctor
