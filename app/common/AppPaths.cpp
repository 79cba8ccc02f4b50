#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ipsecdoctor::app {

QString AppPaths::dataDir() {
    const QString overridden = qEnvironmentVariable("IPSECDOCTOR_DATA_DIR");
    if (!overridden.isEmpty()) {
        return QDir::cleanPath(overridden);
    }
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/IPsecDoctor"));
}

QString AppPaths::journalFile() {
    return dataDir() + QStringLiteral("/journal.json");
}

QString AppPaths::logFile(const QString& component) {
    const QString name = component == QLatin1String("gui")
                             ? QStringLiteral("ipsecdoctor.log")
                             : QStringLiteral("ipsecdoctor-%1.log").arg(component);
    return dataDir() + QStringLiteral("/logs/") + name;
}

std::filesystem::path AppPaths::toPath(const QString& path) {
    // UTF-16 to the native encoding, on every OS (wide on Windows, UTF-8 elsewhere).
    return std::filesystem::path(path.toStdU16String());
}

void initApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("IPsecDoctor"));
    QCoreApplication::setApplicationName(QStringLiteral("IPsec Doctor"));
}

} // namespace ipsecdoctor::app
