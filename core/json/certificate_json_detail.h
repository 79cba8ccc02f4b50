#pragma once
// The snapshot reader's entry into certificate_json.cpp (shares its Reader and error path).

#include "ipsecdoctor/model/certificate_info.h"

#include "ipsecdoctor/json/json_reader.h"

namespace ipsecdoctor::json_detail {

CertificateInventory certificatesFromJson(Reader& r, const nlohmann::json& j, const std::string& path);

} // namespace ipsecdoctor::json_detail
