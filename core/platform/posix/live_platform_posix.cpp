#include "ipsecdoctor/platform/live_platform.h"

namespace ipsecdoctor {

// The services, registry and stores being diagnosed only exist on Windows. On other systems the
// product analyses diagnostic bundles exported from Windows machines.
Expected<LivePlatform> makeLivePlatform() {
    return Error::make(ErrorCode::NotSupported, "live checks need Windows; open a diagnostic bundle instead");
}

} // namespace ipsecdoctor
