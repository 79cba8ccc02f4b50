#pragma once
// JSON of the certificate inventory (the "certificates" member of a snapshot, and `certs
// --json`). The DER travels as base64; on reading, the facts are parsed again from the DER, so
// a bundle cannot claim facts its certificate does not have.

#include "ipsecdoctor/model/certificate_info.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

namespace ipsecdoctor {

nlohmann::json toJson(const CertificateFacts& facts);
nlohmann::json toJson(const CertificateRecord& record);
nlohmann::json toJson(const CertificateInventory& inventory);

Expected<CertificateInventory> certificateInventoryFromJson(const nlohmann::json& j);

std::string base64Encode(std::string_view bytes);
/// Strict: only the standard alphabet with padding; nullopt otherwise.
std::optional<std::string> base64Decode(std::string_view text);

} // namespace ipsecdoctor
