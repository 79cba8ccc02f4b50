#pragma once
// What the app says about a bundle itself (not its findings): files changed after export. The
// CLI prints it before a bundle's results; the GUI shows it where it names the bundle.

#include "ipsecdoctor/bundle/bundle.h"

#include <QCoreApplication>
#include <QString>

namespace ipsecdoctor::app {

class BundleText {
    Q_DECLARE_TR_FUNCTIONS(BundleText)

public:
    /// "Files changed after export: snapshot.json (changed), notes.txt (added, not read). The
    /// results may not be what that computer showed." Empty when nothing changed. The paths come
    /// from the zip: the caller shows the text as plain text.
    static QString changedAfterExport(const std::vector<BundleChange>& changes);
};

} // namespace ipsecdoctor::app
