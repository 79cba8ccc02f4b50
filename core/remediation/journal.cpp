#include "ipsecdoctor/remediation/journal.h"

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/time_format.h"

#include "ipsecdoctor/json/json_reader.h"

#include <algorithm>
#include <cstdio>
#include <random>

namespace ipsecdoctor {

using json_detail::Reader;
using nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxJournalBytes = 16u * 1024 * 1024;

json stateToJson(const ServiceStateRecord& s) {
    return json{{"start_type", startTypeId(s.startType)},
                {"delayed_auto_start", s.delayedAutoStart},
                {"state", serviceStateId(s.state)}};
}

ServiceStateRecord stateFromJson(Reader& r, const json& entry, const std::string& path, const char* key) {
    ServiceStateRecord s;
    if (const auto* j = r.member(entry, path, key, true)) {
        const std::string p = path + "." + key;
        s.startType = r.enumeration(*j, p, "start_type", startTypeFromId, StartType::Manual);
        s.delayedAutoStart = r.boolean(*j, p, "delayed_auto_start");
        s.state = r.enumeration(*j, p, "state", serviceStateFromId, ServiceState::Stopped);
    }
    return s;
}

json optionalText(const std::optional<std::string>& v) {
    return v ? json(*v) : json(nullptr);
}

json settingsToJson(const std::vector<SettingChange>& changes) {
    json arr = json::array();
    for (const auto& c : changes) {
        arr.push_back(json{{"kind", c.kind},
                           {"location", c.location},
                           {"entry", c.entry},
                           {"name", c.name},
                           {"before", optionalText(c.before)},
                           {"after", optionalText(c.after)},
                           {"backup", c.backup}});
    }
    return arr;
}

std::optional<std::string> optionalTextFromJson(Reader& r, const json& obj, const std::string& path,
                                                const char* key) {
    const auto* v = r.member(obj, path, key, true);
    if (!v || v->is_null()) {
        return std::nullopt;
    }
    if (!v->is_string()) {
        r.fail(path + "." + key, "expected a string or null");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::vector<SettingChange> settingsFromJson(Reader& r, const json& entry, const std::string& path) {
    std::vector<SettingChange> changes;
    if (const auto* arr = r.array(entry, path, "settings")) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            const std::string p = path + ".settings[" + std::to_string(i) + "]";
            const auto& c = (*arr)[i];
            SettingChange s;
            s.kind = r.string(c, p, "kind");
            if (r.ok() && s.kind != "registry" && s.kind != "phonebook" && s.kind != "audit") {
                r.fail(p + ".kind", "unknown value '" + s.kind + "'");
            }
            s.location = r.string(c, p, "location");
            s.entry = r.string(c, p, "entry", false);
            s.name = r.string(c, p, "name");
            s.before = optionalTextFromJson(r, c, p, "before");
            s.after = optionalTextFromJson(r, c, p, "after");
            s.backup = r.string(c, p, "backup", false);
            changes.push_back(std::move(s));
        }
    }
    return changes;
}

} // namespace

json toJson(const JournalEntry& e) {
    json out{
        {"id", e.id},
        {"remediation_id", e.remediationId},
        {"service", e.service},
        {"applied_at", e.appliedAt},
        {"undone_at", e.undoneAt},
        {"status", e.status == JournalStatus::Applied ? "applied" : "undone"},
        {"reversible", e.reversible},
        {"before", stateToJson(e.before)},
        {"after", stateToJson(e.after)},
        {"restarted_dependents", e.restartedDependents},
        {"hostname", e.hostname},
    };
    if (e.certificate) {
        const auto& c = *e.certificate;
        out["certificate"] = json{{"store", c.store},
                                  {"thumbprint", c.thumbprint},
                                  {"subject", c.subject},
                                  {"not_after", c.notAfter},
                                  {"added", c.added}};
    }
    if (!e.settings.empty()) {
        out["settings"] = settingsToJson(e.settings);
    }
    return out;
}

namespace {

JournalEntry entryFromJson(Reader& r, const json& j, const std::string& path) {
    JournalEntry e;
    e.id = r.string(j, path, "id");
    e.remediationId = r.string(j, path, "remediation_id");
    e.service = r.string(j, path, "service");
    e.appliedAt = r.string(j, path, "applied_at");
    e.undoneAt = r.string(j, path, "undone_at", false);
    const auto status = r.string(j, path, "status");
    if (status == "applied") {
        e.status = JournalStatus::Applied;
    } else if (status == "undone") {
        e.status = JournalStatus::Undone;
    } else if (r.ok()) {
        r.fail(path + ".status", "unknown value '" + status + "'");
    }
    e.reversible = r.boolean(j, path, "reversible", true);
    e.before = stateFromJson(r, j, path, "before");
    e.after = stateFromJson(r, j, path, "after");
    if (const auto* deps = r.array(j, path, "restarted_dependents")) {
        for (const auto& d : *deps) {
            if (!d.is_string()) {
                r.fail(path + ".restarted_dependents", "expected strings");
                break;
            }
            e.restartedDependents.push_back(d.get<std::string>());
        }
    }
    e.hostname = r.string(j, path, "hostname", false);
    if (const auto* c = r.member(j, path, "certificate", false)) {
        const std::string p = path + ".certificate";
        CertificateChangeRecord cert;
        cert.store = r.string(*c, p, "store");
        cert.thumbprint = r.string(*c, p, "thumbprint");
        cert.subject = r.string(*c, p, "subject", false);
        cert.notAfter = r.string(*c, p, "not_after", false);
        cert.added = r.boolean(*c, p, "added");
        e.certificate = std::move(cert);
    }
    e.settings = settingsFromJson(r, j, path);
    return e;
}

} // namespace

Expected<std::vector<JournalEntry>> parseJournal(std::string_view text) {
    auto doc = parseJson(text);
    if (!doc) {
        return doc.error();
    }
    Reader r;
    const auto version = r.integer(*doc, "journal", "schema_version", 1, 1000, true);
    if (r.ok() && version > kJournalSchemaVersion) {
        return Error::make(ErrorCode::NotSupported, "journal schema_version " + std::to_string(version) +
                                                        " is newer than this version understands");
    }
    std::vector<JournalEntry> entries;
    if (const auto* arr = r.array(*doc, "journal", "entries", true)) {
        for (std::size_t i = 0; i < arr->size() && r.ok(); ++i) {
            entries.push_back(entryFromJson(r, (*arr)[i], "journal.entries[" + std::to_string(i) + "]"));
        }
    }
    if (!r.ok()) {
        return r.error();
    }
    return entries;
}

Expected<std::vector<JournalEntry>> Journal::load() const {
    if (m_read) {
        return *m_read;
    }
    auto text = readFile(m_file, kMaxJournalBytes);
    if (!text) {
        if (text.error().code == ErrorCode::NotFound) {
            m_read.emplace();
            return *m_read;
        }
        return text.error();
    }
    auto entries = parseJournal(*text);
    if (!entries) {
        return Error{entries.error().code, 0, "journal '" + m_file.string() + "': " + entries.error().detail};
    }
    m_read = *entries;
    return entries;
}

Expected<void> Journal::save(const std::vector<JournalEntry>& entries) {
    json arr = json::array();
    for (const auto& e : entries) {
        arr.push_back(toJson(e));
    }
    const json doc{{"schema_version", kJournalSchemaVersion}, {"entries", arr}};
    auto written = writeFileAtomic(m_file, dumpJson(doc) + "\n");
    if (written) {
        m_read = entries;
    }
    return written;
}

Expected<JournalEntry> Journal::find(std::string_view id) const {
    auto entries = load();
    if (!entries) {
        return entries.error();
    }
    auto it =
        std::find_if(entries->begin(), entries->end(), [&](const JournalEntry& e) { return e.id == id; });
    if (it == entries->end()) {
        return Error::make(ErrorCode::NotFound, "no journal entry '" + std::string(id) + "'");
    }
    return *it;
}

Expected<void> Journal::append(const JournalEntry& entry) {
    auto entries = load();
    if (!entries) {
        return entries.error();
    }
    entries->push_back(entry);
    return save(*entries);
}

Expected<void> Journal::update(const JournalEntry& entry) {
    auto entries = load();
    if (!entries) {
        return entries.error();
    }
    auto it = std::find_if(entries->begin(), entries->end(), [&](const auto& e) { return e.id == entry.id; });
    if (it == entries->end()) {
        return Error::make(ErrorCode::NotFound, "no journal entry '" + entry.id + "'");
    }
    *it = entry;
    return save(*entries);
}

} // namespace ipsecdoctor

namespace ipsecdoctor {

Expected<void> Journal::remove(const std::string& id) {
    auto entries = load();
    if (!entries) {
        return entries.error();
    }
    const auto before = entries->size();
    std::erase_if(*entries, [&](const auto& e) { return e.id == id; });
    if (entries->size() == before) {
        return Error::make(ErrorCode::NotFound, "no journal entry '" + id + "'");
    }
    return save(*entries);
}

std::string newJournalEntryId() {
    std::string stamp = nowIso8601Utc();
    std::erase_if(stamp, [](char c) { return c == '-' || c == ':'; });
    std::random_device rd;
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%06x", static_cast<unsigned>(rd() & 0xffffffu));
    return stamp + "-" + suffix;
}

} // namespace ipsecdoctor
