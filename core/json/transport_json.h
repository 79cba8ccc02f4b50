#pragma once
// JSON of the snapshot's transport facts (IKE port owners, WFP providers). Optional on read: a
// bundle from before they were collected, or from a PC where they could not be, has none.

#include "ipsecdoctor/model/transport_facts.h"

#include "ipsecdoctor/json/json_reader.h"

#include <nlohmann/json.hpp>

namespace ipsecdoctor::json_detail {

nlohmann::json transportToJson(const TransportFacts& facts);
TransportFacts transportFromJson(Reader& r, const nlohmann::json& obj, const std::string& path);

} // namespace ipsecdoctor::json_detail
