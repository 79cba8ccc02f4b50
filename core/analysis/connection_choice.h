#pragma once
#include "ipsecdoctor/model/connection.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"

#include <optional>
#include <vector>

namespace ipsecdoctor::analysis_detail {

/// chooseConnection with the Logs step's findings already at hand (they are not computed twice).
std::optional<Connection> chooseConnection(const SystemSnapshot& snapshot,
                                           const std::vector<Finding>& logFindings);

} // namespace ipsecdoctor::analysis_detail
