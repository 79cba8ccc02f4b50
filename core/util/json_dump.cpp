#include "ipsecdoctor/util/json_dump.h"

namespace ipsecdoctor {

std::string dumpJson(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace ipsecdoctor
