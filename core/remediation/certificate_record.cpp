#include "ipsecdoctor/remediation/certificate_record.h"

namespace ipsecdoctor {
namespace {

// Thumbprints are recorded in upper case, as CertificateFacts spells them.
std::string valueName(std::string_view thumbprint) {
    std::string name(thumbprint);
    for (auto& c : name) {
        c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return name;
}

} // namespace

std::string importedCertificatesKey(CertStore store) {
    return std::string(kImportedCertificatesKey) + "\\" + std::string(certStoreId(store));
}

Expected<void> recordImportedCertificate(Registry& registry, CertStore store, std::string_view thumbprint) {
    return registry.write(RegistryRoot::LocalMachine, importedCertificatesKey(store), valueName(thumbprint),
                          RegistryValue::dword(1));
}

Expected<bool> isRecordedImport(Registry& registry, CertStore store, std::string_view thumbprint) {
    auto value =
        registry.read(RegistryRoot::LocalMachine, importedCertificatesKey(store), valueName(thumbprint));
    if (!value) {
        return value.error();
    }
    return *value && (*value)->asDword() == 1u;
}

Expected<void> forgetImportedCertificate(Registry& registry, CertStore store, std::string_view thumbprint) {
    return registry.remove(RegistryRoot::LocalMachine, importedCertificatesKey(store), valueName(thumbprint));
}

} // namespace ipsecdoctor
