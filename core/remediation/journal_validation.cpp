#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"

#include "ipsecdoctor/knowledge/remediation_id.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/remediation/logs_remediation.h"
#include "ipsecdoctor/util/hex.h"
#include "ipsecdoctor/util/logging.h"
#include "ipsecdoctor/util/path_text.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include "registry_value_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <set>
#include <vector>

namespace ipsecdoctor {
namespace {

// A journal value shown in an error: bounded, and never cut inside a UTF-8 sequence.
std::string shown(std::string_view text) {
    constexpr std::size_t kMax = 160;
    if (text.size() <= kMax) {
        return std::string(text);
    }
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return std::string(text.substr(0, cut)) + "...";
}

class Refusal {
public:
    explicit Refusal(const JournalEntry& entry) : m_entry(entry) {}

    Error operator()(const std::string& field, std::string_view value, const std::string& reason) const {
        Error e =
            Error::make(ErrorCode::JournalEntryInvalid,
                        "journal entry '" + shown(m_entry.id) + "' (" + shown(m_entry.remediationId) +
                            "): " + field + " '" + shown(value) + "' " + reason + "; nothing was changed");
        e.evidence = {{"journal_entry", shown(m_entry.id)},
                      {"remediation_id", shown(m_entry.remediationId)},
                      {"field", field},
                      {"value", shown(value)},
                      {"reason", reason}};
        return e;
    }

private:
    const JournalEntry& m_entry;
};

std::string settingField(std::size_t i, const char* member) {
    return "settings[" + std::to_string(i) + "]." + member;
}

/// A prior registry value a fix may restore: absent, or a REG_DWORD of 4 bytes within [0, max].
std::optional<std::string> dwordProblem(const std::optional<std::string>& text, std::uint32_t max) {
    if (!text) {
        return std::nullopt;
    }
    const auto value = decodeRegistryValue(*text);
    if (!value) {
        return "is not a registry value (<type>:<hex>)";
    }
    if (value->type != kRegDword || value->data.size() != 4) {
        return "is not a REG_DWORD of 4 bytes";
    }
    if (*value->asDword() > max) {
        return "is outside 0.." + std::to_string(max);
    }
    return std::nullopt;
}

Expected<void> noOtherRecords(const JournalEntry& e, const Refusal& refuse, bool certificateAllowed,
                              bool settingsAllowed) {
    if (!certificateAllowed && e.certificate) {
        return refuse("certificate", e.certificate->thumbprint, "is not something this fix changes");
    }
    if (!settingsAllowed && !e.settings.empty()) {
        return refuse("settings[0].name", e.settings.front().name, "is not something this fix changes");
    }
    return {};
}

Expected<void> validateService(const JournalEntry& e, const RemediationSpec& spec, const Refusal& refuse) {
    if (e.service != spec.service) {
        return refuse("service", e.service,
                      "is not the service " + spec.id + " changes (" + spec.service + ")");
    }
    for (const auto* state : {&e.before, &e.after}) {
        if (state->startType == StartType::Boot || state->startType == StartType::System) {
            return refuse(state == &e.before ? "before.start_type" : "after.start_type",
                          startTypeId(state->startType), "is not a start type this fix works with");
        }
    }
    return noOtherRecords(e, refuse, false, false);
}

Expected<void> validateRegistryFix(const JournalEntry& e, const Refusal& refuse) {
    const auto* known = vpn::findKnownRegistryValue(e.remediationId == fix::kNegotiateDh2048
                                                        ? vpn::reg::kNegotiateDh2048Aes256
                                                        : vpn::reg::kAssumeUdpEncapsulation);
    const std::string location = std::string(registryRootId(known->root)) + "\\" + std::string(known->key);
    if (e.settings.size() != 1) {
        return refuse("settings", std::to_string(e.settings.size()) + " changes",
                      "is not the one value of this fix");
    }
    const auto& c = e.settings.front();
    if (c.kind != "registry") {
        return refuse(settingField(0, "kind"), c.kind, "is not a registry change");
    }
    if (c.location != location) {
        return refuse(settingField(0, "location"), c.location,
                      "is not the key this fix writes (" + location + ")");
    }
    if (c.name != known->name) {
        return refuse(settingField(0, "name"), c.name,
                      "is not the value this fix writes (" + std::string(known->name) + ")");
    }
    // Both values are documented with 0, 1 and 2 (facts §1.3, §1.5).
    if (auto problem = dwordProblem(c.before, 2)) {
        return refuse(settingField(0, "before"), *c.before, *problem);
    }
    return noOtherRecords(e, refuse, false, true);
}

Expected<void> validateTracingFix(const JournalEntry& e, const Refusal& refuse) {
    if (e.settings.empty() || e.settings.size() > rasTracingComponents().size()) {
        return refuse("settings", std::to_string(e.settings.size()) + " changes",
                      "is not one change per RAS component");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < e.settings.size(); ++i) {
        const auto& c = e.settings[i];
        const auto components = rasTracingComponents();
        const bool knownKey = std::any_of(components.begin(), components.end(), [&](std::string_view comp) {
            return c.location == "HKLM\\" + tracingKey(comp);
        });
        if (c.kind != "registry" || !knownKey || !seen.insert(c.location).second) {
            return refuse(settingField(i, "location"), c.location,
                          "is not a RAS tracing key this fix writes");
        }
        if (c.name != kEnableFileTracing) {
            return refuse(settingField(i, "name"), c.name, "is not EnableFileTracing");
        }
        if (auto problem = dwordProblem(c.before, 1)) {
            return refuse(settingField(i, "before"), *c.before, *problem);
        }
    }
    return noOtherRecords(e, refuse, false, true);
}

Expected<void> validateAuditFix(const JournalEntry& e, const Refusal& refuse) {
    const auto subcategories = ipsecAuditSubcategories();
    if (e.settings.empty() || e.settings.size() > subcategories.size()) {
        return refuse("settings", std::to_string(e.settings.size()) + " changes",
                      "is not one change per IPsec audit subcategory");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < e.settings.size(); ++i) {
        const auto& c = e.settings[i];
        const bool known = std::any_of(subcategories.begin(), subcategories.end(),
                                       [&](const AuditSubcategory& s) { return s.guid == c.location; });
        if (c.kind != "audit" || !known || !seen.insert(c.location).second) {
            return refuse(settingField(i, "location"), c.location, "is not an IPsec audit subcategory");
        }
        if (!c.before || !auditSettingFromText(*c.before)) {
            return refuse(settingField(i, "before"), c.before.value_or("null"), "is not an audit setting");
        }
    }
    return noOtherRecords(e, refuse, false, true);
}

bool digitsAtMost(std::string_view text, std::size_t count) {
    return !text.empty() && text.size() <= count &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> phonebookValueProblem(const std::string& key, const std::string& value) {
    if (key == "VpnStrategy") {
        int number = -1;
        const bool digits = digitsAtMost(value, 2);
        if (digits) {
            std::from_chars(value.data(), value.data() + value.size(), number);
        }
        return digits && vpnStrategyFromNumber(number)
                   ? std::nullopt
                   : std::optional<std::string>("is not a VpnStrategy number");
    }
    if (key == "NumCustomPolicy") {
        return digitsAtMost(value, 1) ? std::nullopt : std::optional<std::string>("is not a policy count");
    }
    // CustomIPSecPolicies: the hex of the policy structures (vpn/custom_ipsec_policy.h).
    const bool hex = !value.empty() && value.size() <= 4096 && value.size() % 2 == 0 &&
                     value.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
    return hex ? std::nullopt : std::optional<std::string>("is not a hex policy");
}

Expected<void> validateProfileFix(const JournalEntry& e, const JournalValidationContext& context,
                                  const Refusal& refuse) {
    const std::vector<std::string> keys =
        e.remediationId == fix::kProfileIpsecPolicy
            ? std::vector<std::string>{"NumCustomPolicy", "CustomIPSecPolicies"}
            : std::vector<std::string>{"VpnStrategy"};
    if (e.settings.size() != keys.size()) {
        return refuse("settings", std::to_string(e.settings.size()) + " changes",
                      "is not the phonebook keys of this fix");
    }
    std::vector<std::string> systemBooks;
    for (auto scope : {PhonebookScope::User, PhonebookScope::AllUsers}) {
        if (!context.phonebookPath) {
            break;
        }
        if (auto path = context.phonebookPath(scope)) {
            systemBooks.push_back(pathUtf8(*path));
        }
    }
    for (std::size_t i = 0; i < e.settings.size(); ++i) {
        const auto& c = e.settings[i];
        if (c.kind != "phonebook") {
            return refuse(settingField(i, "kind"), c.kind, "is not a phonebook change");
        }
        if (c.name != keys[i]) {
            return refuse(settingField(i, "name"), c.name, "is not a phonebook key this fix writes");
        }
        if (c.location != e.settings.front().location || c.entry != e.settings.front().entry) {
            return refuse(settingField(i, "location"), c.location,
                          "is not the phonebook of the other changes");
        }
        const bool systemBook =
            std::find(systemBooks.begin(), systemBooks.end(), c.location) != systemBooks.end();
        const std::filesystem::path named = utf8Path(c.location);
        if (!systemBook && !(context.allowNamedPhonebooks && named.is_absolute())) {
            return refuse(settingField(i, "location"), c.location,
                          context.allowNamedPhonebooks ? "is not a phonebook path"
                                                       : "is not a phonebook Windows uses for VPN profiles");
        }
        if (!isValidProfileName(c.entry)) {
            return refuse(settingField(i, "entry"), c.entry, "is not a profile name");
        }
        if (c.before) {
            if (auto problem = phonebookValueProblem(c.name, *c.before)) {
                return refuse(settingField(i, "before"), *c.before, *problem);
            }
        }
    }
    return noOtherRecords(e, refuse, false, true);
}

Expected<void> validateCertificateFix(const JournalEntry& e, CertStore store,
                                      const JournalValidationContext& context, const Refusal& refuse) {
    if (!e.certificate) {
        return refuse("certificate", "null", "is missing");
    }
    const auto& c = *e.certificate;
    if (c.store != certStoreId(store)) {
        return refuse("certificate.store", c.store,
                      "is not the store " + e.remediationId + " imports into (" +
                          std::string(certStoreId(store)) + ")");
    }
    if (!isThumbprint(c.thumbprint)) {
        return refuse("certificate.thumbprint", c.thumbprint, "is not a SHA-1 thumbprint (40 hex digits)");
    }
    if (auto others = noOtherRecords(e, refuse, true, false); !others) {
        return others;
    }
    if (!c.added) {
        return {}; // nothing was added: undo removes nothing
    }
    auto recorded = context.certificateRecorded ? context.certificateRecorded(store, c.thumbprint)
                                                : Expected<bool>(false);
    if (!recorded) {
        return recorded.error();
    }
    if (!*recorded) {
        return refuse("certificate.thumbprint", c.thumbprint,
                      "is not a certificate IPsec Doctor recorded importing into " +
                          std::string(certStorePath(store)));
    }
    return {};
}

Expected<void> validateKnown(const JournalEntry& e, const JournalValidationContext& context,
                             const Refusal& refuse) {
    if (auto spec = parseRemediationId(e.remediationId)) {
        return validateService(e, *spec, refuse);
    }
    if (e.remediationId == fix::kNegotiateDh2048 || e.remediationId == fix::kAssumeUdpEncapsulation) {
        return validateRegistryFix(e, refuse);
    }
    if (e.remediationId == fix::kProfileIpsecPolicy || e.remediationId == fix::kProfileTunnelType) {
        return validateProfileFix(e, context, refuse);
    }
    if (e.remediationId == fix::kRasTracingEnable) {
        return validateTracingFix(e, refuse);
    }
    if (e.remediationId == fix::kAuditIpsecEnable) {
        return validateAuditFix(e, refuse);
    }
    if (const auto store = caImportStore(e.remediationId)) {
        return validateCertificateFix(e, *store, context, refuse);
    }
    return refuse("remediation_id", e.remediationId, "is not a fix IPsec Doctor knows");
}

} // namespace

Expected<void> undoableOrRefused(const JournalEntry& entry) {
    if (auto valid = validateKnown(entry, {}, Refusal(entry)); !valid) {
        return Error::make(ErrorCode::InvalidArgument,
                           "the value there now could not be restored by undo: " + valid.error().detail);
    }
    return {};
}

std::vector<JournalEntry> entriesToMigrate(const std::vector<JournalEntry>& user,
                                           const std::vector<JournalEntry>& machine,
                                           const JournalValidationContext& context) {
    std::string allUsersBook;
    if (context.phonebookPath) {
        if (auto path = context.phonebookPath(PhonebookScope::AllUsers)) {
            allUsersBook = pathUtf8(*path);
        }
    }
    std::vector<JournalEntry> out;
    for (const auto& e : user) {
        const bool known =
            std::any_of(machine.begin(), machine.end(), [&](const auto& m) { return m.id == e.id; });
        // Of the phonebooks, only the all-users one is the machine's; the user's stays the user's.
        const bool otherBook = std::any_of(e.settings.begin(), e.settings.end(), [&](const SettingChange& c) {
            return c.kind == "phonebook" && (allUsersBook.empty() || c.location != allUsersBook);
        });
        if (e.status != JournalStatus::Applied || !e.reversible || known || otherBook) {
            continue;
        }
        if (validateJournalEntry(e, context)) {
            out.push_back(e);
        }
    }
    return out;
}

bool isThumbprint(std::string_view text) {
    return isSha1Hex(text);
}

Expected<void> validateJournalEntry(const JournalEntry& entry, const JournalValidationContext& context) {
    auto valid = validateKnown(entry, context, Refusal(entry));
    if (!valid) {
        logger()->warn("undo refused: {}", valid.error().detail);
    }
    return valid;
}

} // namespace ipsecdoctor
