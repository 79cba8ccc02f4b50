#pragma once
// Where the app keeps its files: the user's local app data (%LOCALAPPDATA%\IPsecDoctor on
// Windows, ~/.local/share/IPsecDoctor elsewhere). Nothing is written next to the executable.

#include "ipsecdoctor/util/expected.h"

#include <QString>

#include <filesystem>
#include <string_view>

namespace ipsecdoctor::app {

/// File names the elevated helper accepts for --journal and --result, in a folder named kDataFolder.
inline constexpr std::string_view kDataFolder = "IPsecDoctor";
inline constexpr std::string_view kJournalFileName = "journal.json";
inline constexpr std::string_view kResultFileName = "helper-result.json";

class AppPaths {
public:
    /// The folder itself; IPSECDOCTOR_DATA_DIR replaces the base folder it is created in (tests,
    /// portable use): $IPSECDOCTOR_DATA_DIR/IPsecDoctor.
    static QString dataDir();
    /// The user's remediation journal (JSON): fixes of the user's own phonebook.
    static QString journalFile();
    /// The machine's journal, written only by the elevated helper:
    /// %ProgramData%\IPsecDoctor\journal.json. Empty off Windows (JournalLocation.h).
    static QString machineJournalFile();
    /// The rotating log of a component: "gui" → ipsecdoctor.log, "cli" → ipsecdoctor-cli.log.
    static QString logFile(const QString& component);
    /// The CLI's log when it runs privileged (elevated, root): in the machine's admin-only folder
    /// (machineDataDirectory()/logs/ipsecdoctor-cli.log), never under the caller's profile. The
    /// folders are created without following links; a link on the way is an error.
    static Expected<std::filesystem::path> privilegedLogFile();

    static std::filesystem::path toPath(const QString& path);
};

/// Sets the application and organization names (QSettings, paths). Call once from main.
void initApplicationIdentity();

} // namespace ipsecdoctor::app
