#include "BundleText.h"
#include "QtText.h"

#include "ipsecdoctor/util/utf8.h"

#include <QStringList>

namespace ipsecdoctor::app {

QString BundleText::changedAfterExport(const std::vector<BundleChange>& changes) {
    if (changes.empty()) {
        return {};
    }
    QStringList files;
    for (const auto& c : changes) {
        const QString path = qs(printable(c.path));
        files << (c.kind == "added"     ? tr("%1 (added, not read)").arg(path)
                  : c.kind == "missing" ? tr("%1 (removed)").arg(path)
                                        : tr("%1 (changed)").arg(path));
    }
    return tr("This diagnostic bundle was changed after it was exported: %1. The results may not be what "
              "that computer showed; ask for the original file if in doubt.")
        .arg(files.join(QStringLiteral(", ")));
}

} // namespace ipsecdoctor::app
