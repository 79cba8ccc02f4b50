#pragma once
// Where the app keeps its files: the user's local app data (%LOCALAPPDATA%\IPsecDoctor on
// Windows, ~/.local/share/IPsecDoctor elsewhere). Nothing is written next to the executable.

#include <QString>

#include <filesystem>

namespace ipsecdoctor::app {

class AppPaths {
public:
    /// The folder itself; IPSECDOCTOR_DATA_DIR overrides it (tests, portable use).
    static QString dataDir();
    /// The remediation journal (JSON).
    static QString journalFile();
    /// The rotating log of a component: "gui" → ipsecdoctor.log, "cli" → ipsecdoctor-cli.log.
    static QString logFile(const QString& component);

    static std::filesystem::path toPath(const QString& path);
};

/// Sets the application and organization names (QSettings, paths). Call once from main.
void initApplicationIdentity();

} // namespace ipsecdoctor::app
