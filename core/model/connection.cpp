#include "ipsecdoctor/model/connection.h"

#include <array>
#include <utility>

namespace ipsecdoctor {
namespace {

constexpr std::array<std::pair<ConnectionOrigin, std::string_view>, 4> kOrigins{{
    {ConnectionOrigin::Chosen, "chosen"},
    {ConnectionOrigin::OnlyProfile, "only-profile"},
    {ConnectionOrigin::Events, "events"},
    {ConnectionOrigin::Typed, "typed"},
}};

} // namespace

std::string_view connectionOriginId(ConnectionOrigin o) {
    for (const auto& [value, id] : kOrigins) {
        if (value == o) {
            return id;
        }
    }
    return "chosen";
}

std::optional<ConnectionOrigin> connectionOriginFromId(std::string_view id) {
    for (const auto& [value, name] : kOrigins) {
        if (name == id) {
            return value;
        }
    }
    return std::nullopt;
}

bool Connection::usesEap() const {
    return auth == VpnAuthMethod::EapMschapv2 || auth == VpnAuthMethod::EapTls ||
           auth == VpnAuthMethod::Peap || auth == VpnAuthMethod::OtherEap;
}

Connection connectionFromProfile(const VpnProfile& profile, ConnectionOrigin origin) {
    Connection c;
    c.profile = profile.name;
    c.tunnel = profile.tunnel;
    c.auth = profile.auth;
    c.server = profile.server;
    c.origin = origin;
    return c;
}

} // namespace ipsecdoctor
