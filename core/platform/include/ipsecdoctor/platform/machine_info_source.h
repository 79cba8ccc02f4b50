#pragma once

#include "ipsecdoctor/model/system_snapshot.h"

namespace ipsecdoctor {

/// Host name, OS product and build, elevation: from the registry/APIs on Windows.
class MachineInfoSource {
public:
    virtual ~MachineInfoSource() = default;
    virtual MachineInfo machineInfo() = 0;
};

} // namespace ipsecdoctor
