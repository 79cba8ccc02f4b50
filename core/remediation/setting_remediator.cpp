#include "ipsecdoctor/remediation/setting_remediator.h"

#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/path_text.h"
#include "ipsecdoctor/util/time_format.h"
#include "ipsecdoctor/vpn/custom_ipsec_policy.h"
#include "ipsecdoctor/vpn/phonebook.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "registry_value_text.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

struct RegistryTarget {
    const vpn::KnownRegistryValue* known;
    std::uint32_t value;
};

RegistryTarget registryTarget(std::string_view id) {
    if (id == fix::kNegotiateDh2048) {
        return {vpn::findKnownRegistryValue(vpn::reg::kNegotiateDh2048Aes256), 1};
    }
    return {vpn::findKnownRegistryValue(vpn::reg::kAssumeUdpEncapsulation), 2};
}

/// The current text of a phonebook key of an entry (nullopt: absent).
Expected<std::optional<std::string>> phonebookValue(const std::string& bytes, const std::string& entry,
                                                    const std::string& key) {
    auto book = vpn::parsePhonebook(bytes);
    if (!book) {
        return book.error();
    }
    const auto* e = book->find(entry);
    if (!e) {
        return Error::make(ErrorCode::NotFound, "no profile '" + entry + "' in the phonebook");
    }
    const auto* v = e->find(key);
    return v ? std::optional<std::string>(v->value) : std::nullopt;
}

} // namespace

Expected<void> SettingRemediator::applyRegistry(const SettingSpec& spec, JournalEntry& entry) {
    if (!m_registry) {
        return Error::make(ErrorCode::NotSupported, "the registry exists only on Windows");
    }
    if (!m_registry->canModify()) {
        return Error::make(ErrorCode::ReadOnly, "a diagnostic bundle is open: nothing can be changed");
    }
    const auto target = registryTarget(spec.id);
    auto before = m_registry->read(target.known->root, target.known->key, target.known->name);
    if (!before) {
        return before.error();
    }
    SettingChange change;
    change.kind = "registry";
    change.location = std::string(registryRootId(target.known->root)) + "\\" + std::string(target.known->key);
    change.name = std::string(target.known->name);
    if (*before) {
        change.before = encodeRegistryValue(**before);
    }
    change.after = encodeRegistryValue(RegistryValue::dword(target.value));
    entry.settings.push_back(change);
    entry.service = change.name;
    if (auto undoable = undoableOrRefused(entry); !undoable) {
        return undoable;
    }
    if (auto journaled = m_journal.append(entry); !journaled) {
        return journaled.error().withContext("cannot write the journal, nothing was changed");
    }
    logger()->info("applying {} (journal {}): {} was {}", spec.id, entry.id, change.name,
                   change.before.value_or("absent"));
    return m_registry->write(target.known->root, target.known->key, target.known->name,
                             RegistryValue::dword(target.value));
}

Expected<void> SettingRemediator::applyPhonebook(const SettingSpec& spec, JournalEntry& entry) {
    if (!m_options.phonebookPath) {
        return Error::make(ErrorCode::NotSupported, "no phonebook location on this system");
    }
    auto path = m_options.phonebookPath(spec.arguments.scope);
    if (!path) {
        return path.error();
    }
    auto bytes = readFile(*path, vpn::kMaxPhonebookBytes);
    if (!bytes) {
        return bytes.error().withContext("reading " + pathUtf8(*path));
    }
    // The keys to write, in order; CustomIPSecPolicies goes right after NumCustomPolicy.
    std::vector<std::pair<std::string, std::string>> writes;
    if (spec.id == fix::kProfileIpsecPolicy) {
        auto hex = vpn::encodeCustomIpsecPolicy(*spec.arguments.policy);
        if (!hex) {
            return hex.error();
        }
        writes = {{"NumCustomPolicy", "1"}, {"CustomIPSecPolicies", *hex}};
    } else {
        writes = {{"VpnStrategy", std::to_string(static_cast<int>(*spec.arguments.strategy))}};
    }
    for (const auto& [key, value] : writes) {
        auto before = phonebookValue(*bytes, spec.arguments.profile, key);
        if (!before) {
            return before.error();
        }
        SettingChange change;
        change.kind = "phonebook";
        change.location = pathUtf8(*path);
        change.entry = spec.arguments.profile;
        change.name = key;
        change.before = *before;
        change.after = value;
        change.backup = pathUtf8(*path) + "." + entry.id + ".bak";
        entry.settings.push_back(change);
    }
    if (auto journaled = m_journal.append(entry); !journaled) {
        return journaled.error().withContext("cannot write the journal, nothing was changed");
    }
    if (auto backup = writeFileAtomic(utf8Path(entry.settings.front().backup), *bytes); !backup) {
        return backup.error().withContext("cannot write the phonebook backup, nothing was changed");
    }
    std::string edited = *bytes;
    std::string previousKey;
    for (const auto& [key, value] : writes) {
        auto next = vpn::editPhonebook(edited, spec.arguments.profile, key, value, previousKey);
        if (!next) {
            return next.error();
        }
        edited = std::move(next).value();
        previousKey = key;
    }
    logger()->info("applying {} (journal {}) to profile '{}' in {}", spec.id, entry.id,
                   spec.arguments.profile, pathUtf8(*path));
    return writeFileAtomic(*path, edited);
}

Expected<JournalEntry> SettingRemediator::apply(const SettingSpec& spec) {
    // Validated again here: the spec may not come from parseSettingRemediation.
    auto checked = parseSettingRemediation(spec.id, spec.arguments);
    if (!checked) {
        return checked.error();
    }
    JournalEntry entry;
    entry.id = newJournalEntryId();
    entry.remediationId = spec.id;
    entry.service = spec.arguments.profile; // what it is about, shown by `journal`
    entry.appliedAt = nowIso8601Utc();
    entry.reversible = true;
    entry.hostname = m_options.hostname;
    const bool registryFix = spec.id == fix::kNegotiateDh2048 || spec.id == fix::kAssumeUdpEncapsulation;
    auto result = registryFix ? applyRegistry(*checked, entry) : applyPhonebook(*checked, entry);
    if (!result) {
        logger()->warn("{} failed: {} (native {})", spec.id, result.error().detail, result.error().native);
        (void)m_journal.remove(entry.id); // the change is written last: nothing was changed
        return result.error();
    }
    if (auto journaled = m_journal.update(entry); !journaled) {
        return journaled.error().withContext("the fix was applied but the journal could not be updated");
    }
    return entry;
}

std::filesystem::path SettingRemediator::phonebookFor(const std::string& location) const {
    // A system phonebook is the platform's path, not the entry's text (they were checked equal).
    for (auto scope : {PhonebookScope::User, PhonebookScope::AllUsers}) {
        if (auto path = m_options.phonebookPath ? m_options.phonebookPath(scope)
                                                : Expected<std::filesystem::path>(Error{});
            path && pathUtf8(*path) == location) {
            return *path;
        }
    }
    return utf8Path(location); // a file named with --pbk, allowed by the validation
}

Expected<void> SettingRemediator::validateUndo(const JournalEntry& entry) const {
    if (entry.settings.empty() || fixFamily(entry.remediationId) != FixFamily::Setting) {
        return Error::make(ErrorCode::InvalidArgument,
                           "journal entry '" + entry.id + "' is not a setting fix (registry.*, profile.*)");
    }
    if (entry.status == JournalStatus::Undone) {
        return Error::make(ErrorCode::InvalidArgument, "journal entry '" + entry.id + "' was already undone");
    }
    // Checked whole before anything is written: what to write comes from the fix id, the paths
    // from the platform; the entry only supplies the prior values.
    if (auto valid =
            validateJournalEntry(entry, {m_options.phonebookPath, m_options.allowNamedPhonebooks, {}});
        !valid) {
        return valid.error();
    }
    return {};
}

Expected<JournalEntry> SettingRemediator::apply(const FixRequest& request) {
    auto spec = parseSettingRemediation(request.fixId, request.setting);
    if (!spec) {
        return spec.error();
    }
    return apply(*spec);
}

Expected<FixDescription> SettingRemediator::describe(std::string_view fixId) const {
    if (fixFamily(fixId) != FixFamily::Setting) {
        return Error::make(ErrorCode::InvalidArgument, std::string(fixId) + " is not a setting fix");
    }
    const bool profile = fixId == fix::kProfileIpsecPolicy || fixId == fix::kProfileTunnelType;
    return FixDescription{FixFamily::Setting, profile ? FixRights::PhonebookOwner : FixRights::Administrator,
                          true};
}

Expected<JournalEntry> SettingRemediator::undo(std::string_view journalId) {
    auto toUndo = entryToUndo(m_journal, journalId);
    if (!toUndo) {
        return toUndo.error();
    }
    JournalEntry entry = std::move(toUndo).value();
    const bool registryFix =
        entry.remediationId == fix::kNegotiateDh2048 || entry.remediationId == fix::kAssumeUdpEncapsulation;
    if (registryFix) {
        const auto* known = registryTarget(entry.remediationId).known;
        if (!m_registry || !m_registry->canModify()) {
            return Error::make(ErrorCode::ReadOnly, "the registry cannot be changed here");
        }
        const auto& before = entry.settings.front().before;
        auto restored =
            before ? m_registry->write(known->root, known->key, known->name, *decodeRegistryValue(*before))
                   : m_registry->remove(known->root, known->key, known->name);
        if (!restored) {
            return restored.error().withContext("undo: restoring " + std::string(known->name));
        }
    }
    const auto path = registryFix ? std::filesystem::path() : phonebookFor(entry.settings.front().location);
    // Newest change first, so that keys come back in the order they were.
    for (auto c = entry.settings.rbegin(); !registryFix && c != entry.settings.rend(); ++c) {
        auto bytes = readFile(path, vpn::kMaxPhonebookBytes);
        if (!bytes) {
            return bytes.error().withContext("undo: reading " + c->location);
        }
        auto current = phonebookValue(*bytes, c->entry, c->name);
        if (current && *current != c->after) {
            logger()->warn("undo {}: {} of '{}' was changed since the fix ({}), restoring it anyway",
                           entry.id, c->name, c->entry, current->value_or("absent"));
        }
        auto edited = vpn::editPhonebook(*bytes, c->entry, c->name, c->before);
        if (!edited) {
            return edited.error().withContext("undo: editing " + c->location);
        }
        if (auto written = writeFileAtomic(path, *edited); !written) {
            return written.error().withContext("undo: writing " + c->location);
        }
    }
    auto undone = recordUndone(m_journal, std::move(entry));
    if (undone) {
        logger()->info("undid {} ({})", undone->remediationId, undone->id);
    }
    return undone;
}

Expected<JournalEntry> undoJournalEntry(Journal& journal, Remediator& services, SettingRemediator& settings,
                                        std::string_view journalId) {
    FixRemediator* const families[] = {&services, &settings};
    return undoByFamily(journal, families, journalId);
}

} // namespace ipsecdoctor
