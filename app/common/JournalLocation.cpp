#include "JournalLocation.h"

#include "ipsecdoctor/platform/machine_data_folder.h"

#include <algorithm>

namespace ipsecdoctor::app {

std::string journalForChanges(bool elevated, const std::string& journalOption, const std::string& userJournal,
                              const std::string& machineJournal) {
    if (elevated && !machineJournal.empty()) {
        return machineJournal;
    }
    return journalOption.empty() ? userJournal : journalOption;
}

Expected<std::vector<JournalEntry>> journalHistory(const std::vector<std::filesystem::path>& files) {
    std::vector<JournalEntry> all;
    std::vector<std::filesystem::path> read;
    for (const auto& file : files) {
        if (file.empty() || std::find(read.begin(), read.end(), file) != read.end()) {
            continue;
        }
        read.push_back(file);
        auto entries = Journal(file).load();
        if (!entries) {
            return entries.error();
        }
        for (const auto& e : *entries) {
            // A 0.1 entry taken over into the machine's journal is shown once, as the machine has it.
            if (std::none_of(all.begin(), all.end(),
                             [&](const JournalEntry& seen) { return seen.id == e.id; })) {
                all.push_back(e);
            }
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const JournalEntry& a, const JournalEntry& b) { return a.id < b.id; });
    return all;
}

std::optional<Error> untrustedPathForRoot(const std::vector<std::filesystem::path>& paths) {
    if (!runningAsRoot()) {
        return std::nullopt;
    }
    for (const auto& path : paths) {
        if (path.empty()) {
            continue;
        }
        for (const auto& p : {path.parent_path(), path}) {
            if (auto trusted = checkOwnedByThisUser(p); !trusted) {
                return trusted.error();
            }
        }
    }
    return std::nullopt;
}

} // namespace ipsecdoctor::app
