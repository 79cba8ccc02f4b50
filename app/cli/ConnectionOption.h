#pragma once
// --profile NAME on check, diagnose and bundle export: the connection under diagnosis.
#include "CliOptions.h"

#include "ipsecdoctor/model/connection.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/util/expected.h"

#include <optional>

namespace ipsecdoctor::app {

/// The connection the command line names (nullopt: none named, the analysis chooses);
/// NotFound when --profile names no profile of the snapshot.
Expected<std::optional<Connection>> requestedConnection(const CliOptions& options,
                                                        const SystemSnapshot& snapshot);

} // namespace ipsecdoctor::app
