#pragma once
// JSON of LogsInfo, the "logs" member of snapshot.json. Events are stored as their raw XML and
// parsed again on load: the bundle keeps the evidence as Windows wrote it.
#include "ipsecdoctor/json/json_reader.h"
#include "ipsecdoctor/model/logs_info.h"

namespace ipsecdoctor::json_detail {

nlohmann::json logsToJson(const LogsInfo& logs);
LogsInfo logsFromJson(Reader& r, const nlohmann::json& obj, const std::string& path);

} // namespace ipsecdoctor::json_detail
