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

/// The fixes that are not per service, each once: X(constant, id, family).
#define IPSECDOCTOR_FIXED_FIXES(X)                                                                           \
    X(kProfileIpsecPolicy, "profile.ipsec-policy.set", Setting)                                              \
    X(kProfileTunnelType, "profile.tunnel-type.set", Setting)                                                \
    X(kNegotiateDh2048, "registry.negotiate-dh2048-aes256.enable", Setting)                                  \
    X(kAssumeUdpEncapsulation, "registry.assume-udp-encapsulation.both-behind-nat", Setting)                 \
    X(kAuditIpsecEnable, "audit.ipsec.enable", Logs)                                                         \
    X(kRasTracingEnable, "tracing.ras.enable", Logs)                                                         \
    X(kImportRootCa, "certificate.import-ca.root", CertificateImport)                                        \
    X(kImportIntermediateCa, "certificate.import-ca.intermediate", CertificateImport)                        \
    X(kOpenCertlm, "certificate.open-certlm", OpenConsole)                                                   \
    X(kOpenCertmgr, "certificate.open-certmgr", OpenConsole)

namespace fix {
#define IPSECDOCTOR_FIX_CONSTANT(constant, id, family) inline constexpr std::string_view constant = id;
IPSECDOCTOR_FIXED_FIXES(IPSECDOCTOR_FIX_CONSTANT)
#undef IPSECDOCTOR_FIX_CONSTANT
} // namespace fix

/// The family of an allow-listed fix id; nullopt for anything else (the id is refused).
std::optional<FixFamily> fixFamily(std::string_view id);
/// Every allow-listed fix id, services first.
std::vector<std::string> allFixIds();

} // namespace ipsecdoctor
