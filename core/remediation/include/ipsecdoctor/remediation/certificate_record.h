#pragma once
// The machine's own record of the CA certificates IPsec Doctor imported: one REG_DWORD 1 per
// thumbprint under HKLM\SOFTWARE\IPsecDoctor\ImportedCertificates\<store id>. Only an
// administrator can write there, so an undo removes a certificate only when this record (and not
// just a journal entry) says an import of ours put it there.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/platform/registry.h"
#include "ipsecdoctor/util/expected.h"

#include <string>
#include <string_view>

namespace ipsecdoctor {

inline constexpr std::string_view kImportedCertificatesKey = "SOFTWARE\\IPsecDoctor\\ImportedCertificates";

/// "SOFTWARE\\IPsecDoctor\\ImportedCertificates\\machine-root"
std::string importedCertificatesKey(CertStore store);

Expected<void> recordImportedCertificate(Registry& registry, CertStore store, std::string_view thumbprint);
/// True only for a REG_DWORD 1 under the thumbprint's upper-case name.
Expected<bool> isRecordedImport(Registry& registry, CertStore store, std::string_view thumbprint);
Expected<void> forgetImportedCertificate(Registry& registry, CertStore store, std::string_view thumbprint);

} // namespace ipsecdoctor
