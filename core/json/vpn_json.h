#pragma once
// JSON of the snapshot's VPN configuration (profiles and registry facts). Optional on read: a
// bundle from before it existed has none.

#include "ipsecdoctor/model/vpn_configuration.h"

#include "ipsecdoctor/json/json_reader.h"

#include <nlohmann/json.hpp>

namespace ipsecdoctor::json_detail {

nlohmann::json vpnToJson(const VpnConfiguration& config);
nlohmann::json profileToJson(const VpnProfile& profile);
VpnConfiguration vpnFromJson(Reader& r, const nlohmann::json& obj, const std::string& path);

} // namespace ipsecdoctor::json_detail
