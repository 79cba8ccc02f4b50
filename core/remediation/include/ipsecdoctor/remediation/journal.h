#pragma once
// The remediation journal: every change IPsec Doctor makes, with the state before it, so that
// `undo` can restore it exactly. A JSON file rewritten atomically on every change.

#include "ipsecdoctor/model/service_info.h"
#include "ipsecdoctor/util/expected.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

/// The part of a service's state a remediation may change.
struct ServiceStateRecord {
    StartType startType = StartType::Manual;
    bool delayedAutoStart = false;
    ServiceState state = ServiceState::Stopped;

    bool operator==(const ServiceStateRecord&) const = default;
};

/// What a certificate remediation (certificate.import-ca.*) changed: enough to remove exactly
/// that certificate again, and to show what it was.
struct CertificateChangeRecord {
    std::string store;      // certStoreId, "machine-root"
    std::string thumbprint; // SHA-1, upper-case hex
    std::string subject;
    std::string notAfter; // ISO 8601 UTC
    bool added = false;   // false: the store already held it, so undo removes nothing

    bool operator==(const CertificateChangeRecord&) const = default;
};

enum class JournalStatus { Applied, Undone };

/// One registry value or phonebook key a setting remediation changed (setting_remediator.h).
struct SettingChange {
    std::string kind;                  // "registry" | "phonebook" | "audit" (location: subcategory GUID)
    std::string location;              // "HKLM\\SYSTEM\\...\\Parameters", or the phonebook path
    std::string entry;                 // phonebook entry (profile) name; empty for the registry
    std::string name;                  // value name or phonebook key
    std::optional<std::string> before; // nullopt: absent. Registry: "<type>:<hex bytes>"; phonebook: the text
    std::optional<std::string> after;
    std::string backup; // phonebook: copy of the file taken before the change

    bool operator==(const SettingChange&) const = default;
};

struct JournalEntry {
    std::string id;            // unique, sortable: "20261127T101500Z-3f2a9c"
    std::string remediationId; // as accepted by parseRemediationId
    std::string service;
    std::string appliedAt; // ISO 8601 UTC
    std::string undoneAt;  // empty until undone
    JournalStatus status = JournalStatus::Applied;
    bool reversible = true;
    ServiceStateRecord before;
    ServiceStateRecord after;
    std::vector<std::string> restartedDependents; // for a restart: dependents stopped and started again
    std::string hostname;
    std::optional<CertificateChangeRecord> certificate; // certificate entries only (service empty)
    std::vector<SettingChange> settings; // a setting remediation's changes; empty for a service one

    bool operator==(const JournalEntry&) const = default;
};

inline constexpr int kJournalSchemaVersion = 1;

/// A fresh entry id: the UTC time and 24 random bits ("20261127T101500Z-3f2a9c"), so ids sort by
/// time and two fixes in the same second do not collide.
std::string newJournalEntryId();

/// The JSON form of one entry, as stored in the journal file and printed by the CLI.
nlohmann::json toJson(const JournalEntry& entry);

/// Decodes a journal file's text; Error{Malformed} with the offending path, NotSupported for a
/// newer schema. Pure, so it can be fuzzed.
Expected<std::vector<JournalEntry>> parseJournal(std::string_view text);

/// One journal file, read once: the first load() reads it and every later call (find, update,
/// another load) works on what was read then and on what this object wrote since. A run decides
/// and acts on one reading of the file, never on a second one that may have changed in between.
class Journal {
public:
    explicit Journal(std::filesystem::path file) : m_file(std::move(file)) {}

    const std::filesystem::path& file() const { return m_file; }

    /// All entries, oldest first. A missing file is an empty journal; a corrupt one is
    /// Error{Malformed} (and is left untouched: it is the only record of what was changed).
    Expected<std::vector<JournalEntry>> load() const;
    /// The entry with that id; Error{NotFound} when there is none (and load()'s errors).
    Expected<JournalEntry> find(std::string_view id) const;

    /// Adds an entry (creating folders as needed) and rewrites the file atomically.
    Expected<void> append(const JournalEntry& entry);

    /// Replaces the entry with the same id; Error{NotFound} if there is none.
    Expected<void> update(const JournalEntry& entry);

    /// Removes the entry with that id (a fix that failed before changing anything).
    Expected<void> remove(const std::string& id);

private:
    Expected<void> save(const std::vector<JournalEntry>& entries);

    std::filesystem::path m_file;
    mutable std::optional<std::vector<JournalEntry>> m_read; // the one reading, kept up to date
};

} // namespace ipsecdoctor
