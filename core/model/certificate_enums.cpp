#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/certificate_info.h"

#include "ipsecdoctor/model/enum_table.h"

namespace ipsecdoctor {
namespace {

constexpr EnumTable<AuthMethod, 4> kAuth{{
    {AuthMethod::MachineCertificate, "machine-cert"},
    {AuthMethod::UserCertificate, "user-cert"},
    {AuthMethod::PreSharedKey, "psk"},
    {AuthMethod::EapMschapv2, "eap-mschapv2"},
}};

constexpr EnumTable<CertStore, 5> kStores{{
    {CertStore::MachineMy, "machine-my"},
    {CertStore::UserMy, "user-my"},
    {CertStore::MachineRoot, "machine-root"},
    {CertStore::MachineCa, "machine-ca"},
    {CertStore::UserRoot, "user-root"},
}};

constexpr EnumTable<CertStore, 5> kStorePaths{{
    {CertStore::MachineMy, "LocalMachine\\My"},
    {CertStore::UserMy, "CurrentUser\\My"},
    {CertStore::MachineRoot, "LocalMachine\\Root"},
    {CertStore::MachineCa, "LocalMachine\\CA"},
    {CertStore::UserRoot, "CurrentUser\\Root"},
}};

constexpr EnumTable<PrivateKeyState, 4> kKeys{{
    {PrivateKeyState::NotChecked, "not-checked"},
    {PrivateKeyState::None, "none"},
    {PrivateKeyState::Accessible, "accessible"},
    {PrivateKeyState::Inaccessible, "inaccessible"},
}};

constexpr EnumTable<RevocationStatus, 5> kRevocation{{
    {RevocationStatus::NotChecked, "not-checked"},
    {RevocationStatus::Good, "good"},
    {RevocationStatus::Revoked, "revoked"},
    {RevocationStatus::Unknown, "unknown"},
    {RevocationStatus::Offline, "offline"},
}};

} // namespace

std::string_view authMethodId(AuthMethod m) {
    return enumId(kAuth, m);
}
std::optional<AuthMethod> authMethodFromId(std::string_view id) {
    return enumFromId(kAuth, id);
}
std::string_view certStoreId(CertStore s) {
    return enumId(kStores, s);
}
std::optional<CertStore> certStoreFromId(std::string_view id) {
    return enumFromId(kStores, id);
}
std::string_view certStorePath(CertStore s) {
    return enumId(kStorePaths, s);
}
std::string_view privateKeyStateId(PrivateKeyState s) {
    return enumId(kKeys, s);
}
std::optional<PrivateKeyState> privateKeyStateFromId(std::string_view id) {
    return enumFromId(kKeys, id);
}
std::string_view revocationStatusId(RevocationStatus s) {
    return enumId(kRevocation, s);
}
std::optional<RevocationStatus> revocationStatusFromId(std::string_view id) {
    return enumFromId(kRevocation, id);
}

} // namespace ipsecdoctor
