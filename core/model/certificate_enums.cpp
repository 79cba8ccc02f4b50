#include "ipsecdoctor/model/auth_method.h"
#include "ipsecdoctor/model/certificate_info.h"

#include <array>
#include <utility>

namespace ipsecdoctor {
namespace {

template <class E, std::size_t N>
std::string_view idOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, id] : table) {
        if (v == value) {
            return id;
        }
    }
    return table[0].second;
}

template <class E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view id) {
    for (const auto& [v, text] : table) {
        if (text == id) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AuthMethod, std::string_view>, 4> kAuth{{
    {AuthMethod::MachineCertificate, "machine-cert"},
    {AuthMethod::UserCertificate, "user-cert"},
    {AuthMethod::PreSharedKey, "psk"},
    {AuthMethod::EapMschapv2, "eap-mschapv2"},
}};

constexpr std::array<std::pair<CertStore, std::string_view>, 5> kStores{{
    {CertStore::MachineMy, "machine-my"},
    {CertStore::UserMy, "user-my"},
    {CertStore::MachineRoot, "machine-root"},
    {CertStore::MachineCa, "machine-ca"},
    {CertStore::UserRoot, "user-root"},
}};

constexpr std::array<std::pair<CertStore, std::string_view>, 5> kStorePaths{{
    {CertStore::MachineMy, "LocalMachine\\My"},
    {CertStore::UserMy, "CurrentUser\\My"},
    {CertStore::MachineRoot, "LocalMachine\\Root"},
    {CertStore::MachineCa, "LocalMachine\\CA"},
    {CertStore::UserRoot, "CurrentUser\\Root"},
}};

constexpr std::array<std::pair<PrivateKeyState, std::string_view>, 4> kKeys{{
    {PrivateKeyState::NotChecked, "not-checked"},
    {PrivateKeyState::None, "none"},
    {PrivateKeyState::Accessible, "accessible"},
    {PrivateKeyState::Inaccessible, "inaccessible"},
}};

constexpr std::array<std::pair<RevocationStatus, std::string_view>, 5> kRevocation{{
    {RevocationStatus::NotChecked, "not-checked"},
    {RevocationStatus::Good, "good"},
    {RevocationStatus::Revoked, "revoked"},
    {RevocationStatus::Unknown, "unknown"},
    {RevocationStatus::Offline, "offline"},
}};

} // namespace

std::string_view authMethodId(AuthMethod m) {
    return idOf(kAuth, m);
}
std::optional<AuthMethod> authMethodFromId(std::string_view id) {
    return fromId(kAuth, id);
}
std::string_view certStoreId(CertStore s) {
    return idOf(kStores, s);
}
std::optional<CertStore> certStoreFromId(std::string_view id) {
    return fromId(kStores, id);
}
std::string_view certStorePath(CertStore s) {
    return idOf(kStorePaths, s);
}
std::string_view privateKeyStateId(PrivateKeyState s) {
    return idOf(kKeys, s);
}
std::optional<PrivateKeyState> privateKeyStateFromId(std::string_view id) {
    return fromId(kKeys, id);
}
std::string_view revocationStatusId(RevocationStatus s) {
    return idOf(kRevocation, s);
}
std::optional<RevocationStatus> revocationStatusFromId(std::string_view id) {
    return fromId(kRevocation, id);
}

} // namespace ipsecdoctor
