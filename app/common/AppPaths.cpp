#include "AppPaths.h"

#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/platform/machine_data_folder.h"
#include "ipsecdoctor/util/secure_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ipsecdoctor::app {

QString AppPaths::dataDir() {
    // The folder is always named IPsecDoctor: the elevated helper only writes journal and result
    // files inside a folder of that name (see app/cli/CliOptions.h).
    QString base = qEnvironmentVariable("IPSECDOCTOR_DATA_DIR");
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    }
    return QDir::cleanPath(base + QLatin1Char('/') + QLatin1String(kDataFolder));
}

QString AppPaths::journalFile() {
    return dataDir() + QStringLiteral("/journal.json");
}

QString AppPaths::machineJournalFile() {
    auto folder = machineDataFolder();
    if (!folder) {
        return {};
    }
    return QDir::cleanPath(QString::fromStdU16String(folder->u16string()) + QLatin1Char('/') +
                           QLatin1String(kJournalFileName));
}

QString AppPaths::logFile(const QString& component) {
    const QString name = component == QLatin1String("gui")
                             ? QStringLiteral("ipsecdoctor.log")
                             : QStringLiteral("ipsecdoctor-%1.log").arg(component);
    return dataDir() + QStringLiteral("/logs/") + name;
}

Expected<std::filesystem::path> AppPaths::privilegedLogFile() {
    auto data = machineDataDirectory();
    if (!data) {
        return data.error();
    }
    const auto logs = *data / "logs";
    if (auto created = createDirectoriesNoFollow(logs, data->parent_path()); !created) {
        return created.error();
    }
    return logs / "ipsecdoctor-cli.log";
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
