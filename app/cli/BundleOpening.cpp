#include "BundleOpening.h"
#include "BundleText.h"

#include "ipsecdoctor/util/path_text.h"

namespace ipsecdoctor::app {

Expected<Bundle> openBundleForCommand(const std::string& path, std::ostream& err) {
    auto bundle = loadBundle(utf8Path(path));
    if (bundle && !bundle->changedAfterExport.empty()) {
        err << BundleText::changedAfterExport(bundle->changedAfterExport).toStdString() << "\n";
    }
    return bundle;
}

} // namespace ipsecdoctor::app
