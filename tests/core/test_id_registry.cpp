// The registry of ids (finding_ids.h, cause_ids.h, fix_ids.h) is the one place an id is declared:
// every id a check emits, a rule or a code table names, or a finding offers as a fix must be in
// it, with the step and phase the checks give it. The app's side (French and English text for
// each) is tests/gui/test_id_texts.cpp.
#include "windows10_services.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/cause_ids.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/remediation/journal_validation.h"
#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

using namespace ipsecdoctor;

namespace {

bool wellFormed(std::string_view id) {
    // Lower-case words joined by dots, at least two of them: stable across versions and languages.
    if (id.empty() || id.front() == '.' || id.back() == '.' || id.find('.') == std::string_view::npos ||
        id.find("..") != std::string_view::npos) {
        return false;
    }
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

std::string_view stepPrefix(Step s) {
    switch (s) {
    case Step::Services:
        return "service.";
    case Step::Certificates:
        return "certificate.";
    case Step::Proposals:
        return "proposal.";
    case Step::Logs:
        return "logs.";
    case Step::Connectivity:
        return "connectivity.";
    }
    return "";
}

/// A finding as the registry declares it: its id known, its step and (when fixed) phase the same.
void expectDeclared(const Finding& f, const std::string& where) {
    const FindingKind* kind = findFindingKind(f.id);
    ASSERT_NE(kind, nullptr) << where << ": " << f.id << " is emitted but not declared in finding_ids.h";
    EXPECT_EQ(f.step, kind->step) << where << ": " << f.id;
    if (kind->phase) {
        EXPECT_EQ(f.phase, *kind->phase) << where << ": " << f.id;
    }
    for (const auto& fixId : f.remediations) {
        EXPECT_TRUE(fixFamily(fixId).has_value()) << where << ": " << f.id << " offers " << fixId;
    }
}

SystemSnapshot servicesOnly(std::vector<ServiceInfo> services) {
    SystemSnapshot s;
    s.collectedAt = "2026-12-07T10:00:00Z";
    s.services = std::move(services);
    return s;
}

} // namespace

TEST(IdRegistry, FindingIdsAreUniqueWellFormedAndNamedAfterTheirStep) {
    std::set<std::string_view> seen;
    for (const auto& k : findingKinds()) {
        EXPECT_TRUE(seen.insert(k.id).second) << "declared twice: " << k.id;
        EXPECT_TRUE(wellFormed(k.id)) << k.id;
        EXPECT_TRUE(k.id.starts_with(stepPrefix(k.step))) << k.id << " is shown on another step's page";
        EXPECT_EQ(findFindingKind(k.id), &k);
    }
    EXPECT_EQ(findFindingKind("service.bfe"), nullptr);
    EXPECT_EQ(findFindingKind("logs.newer-version-finding"), nullptr);
}

TEST(IdRegistry, EveryWatchedServiceHasEveryStateFinding) {
    // The conditions are those declared for BFE; each service must have the same set, since the
    // service check judges them all alike.
    std::vector<std::string> conditions;
    for (const auto& k : findingKinds()) {
        if (k.id.starts_with("service.bfe.")) {
            conditions.emplace_back(k.id.substr(std::string_view("service.bfe.").size()));
        }
    }
    ASSERT_GE(conditions.size(), 10U);
    for (const auto& known : knownServices()) {
        for (const auto& c : conditions) {
            const FindingKind* kind = serviceFinding(known.name, c);
            ASSERT_NE(kind, nullptr) << known.name << " " << c;
            EXPECT_EQ(kind->id, "service." + asciiLower(known.name) + "." + c);
        }
    }
    std::size_t services = 0;
    for (const auto& k : findingKinds()) {
        services += k.step == Step::Services ? 1 : 0;
    }
    EXPECT_EQ(services, knownServices().size() * conditions.size()) << "a service finding outside the family";
}

TEST(IdRegistry, TheServiceCheckEmitsOnlyDeclaredFindingsInEveryState) {
    const std::vector<ServiceState> states{ServiceState::Stopped,         ServiceState::StartPending,
                                           ServiceState::StopPending,     ServiceState::Running,
                                           ServiceState::ContinuePending, ServiceState::PausePending,
                                           ServiceState::Paused};
    const std::vector<StartType> startTypes{StartType::Automatic, StartType::Manual, StartType::Disabled};
    std::set<std::string> emitted;
    for (const auto& known : knownServices()) {
        for (auto state : states) {
            for (auto startType : startTypes) {
                for (std::uint32_t exitCode : {0U, 1067U}) {
                    auto services = ipsecdoctor::testing::windows10Services();
                    for (auto& s : services) {
                        if (equalsIgnoreCase(s.name, known.name)) {
                            s.state = state;
                            s.startType = startType;
                            s.win32ExitCode = exitCode;
                        } else if (equalsIgnoreCase(s.name, "BFE") && startType == StartType::Disabled) {
                            s.startType = StartType::Disabled; // its dependents' finding
                        }
                    }
                    for (const auto& f : checkServices(servicesOnly(services))) {
                        expectDeclared(f, std::string(known.name));
                        emitted.insert(f.id);
                    }
                }
            }
        }
        auto without = ipsecdoctor::testing::windows10Services();
        std::erase_if(without, [&](const ServiceInfo& s) { return equalsIgnoreCase(s.name, known.name); });
        for (const auto& f : checkServices(servicesOnly(without))) {
            expectDeclared(f, std::string(known.name) + " not collected");
            emitted.insert(f.id);
        }
        auto missing = ipsecdoctor::testing::windows10Services();
        for (auto& s : missing) {
            s.present = s.present && !equalsIgnoreCase(s.name, known.name);
        }
        for (const auto& f : checkServices(servicesOnly(missing))) {
            expectDeclared(f, std::string(known.name) + " missing");
            emitted.insert(f.id);
        }
    }
    // Every declared condition is reached by some service (a check that stopped emitting one
    // would leave a dead declaration).
    for (const auto& k : findingKinds()) {
        if (k.step != Step::Services) {
            continue;
        }
        const auto condition = k.id.substr(k.id.rfind('.'));
        EXPECT_TRUE(std::any_of(emitted.begin(), emitted.end(), [&](const std::string& id) {
            return id.ends_with(condition);
        })) << condition;
    }
}

TEST(IdRegistry, EveryScenarioEmitsOnlyDeclaredFindingsAndFixes) {
    const std::filesystem::path root(IPSECDOCTOR_SCENARIOS_DIR);
    std::size_t scenarios = 0;
    std::set<std::string> emitted;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        const auto file = entry.path() / "snapshot.json";
        if (!std::filesystem::exists(file)) {
            continue;
        }
        const auto name = entry.path().filename().string();
        auto text = readFile(file, 16 << 20);
        ASSERT_TRUE(text) << name;
        auto json = parseJson(*text);
        ASSERT_TRUE(json) << name;
        auto snapshot = snapshotFromJson(*json);
        ASSERT_TRUE(snapshot) << name << ": " << snapshot.error().detail;
        const auto analysis = analyze(*snapshot);
        for (const auto& f : analysis.allFindings) {
            expectDeclared(f, name);
            emitted.insert(f.id);
        }
        for (const auto& c : analysis.diagnosis.causes) {
            EXPECT_NE(findCauseKind(c.id), nullptr) << name << ": " << c.id;
        }
        ++scenarios;
    }
    EXPECT_GE(scenarios, 25U);
    EXPECT_GE(emitted.size(), 40U) << "the corpus should reach most checks";
}

TEST(IdRegistry, EveryRuleNamesADeclaredCauseAndDeclaredFindings) {
    std::set<std::string_view> causesWithRules;
    for (const auto& rule : diagnosisRules()) {
        EXPECT_NE(findCauseKind(rule.cause), nullptr) << rule.cause;
        causesWithRules.insert(rule.cause);
        for (const auto& a : rule.anchors) {
            EXPECT_TRUE(namesSomeFinding(a.pattern)) << rule.cause << " anchor " << a.pattern;
        }
        for (const auto* list : {&rule.supports, &rule.against, &rule.refutedBy}) {
            for (auto pattern : *list) {
                EXPECT_TRUE(namesSomeFinding(pattern)) << rule.cause << " names " << pattern;
            }
        }
    }
    for (const auto& c : causeKinds()) {
        EXPECT_TRUE(causesWithRules.count(c.id)) << c.id << " is declared but no rule can name it";
        EXPECT_TRUE(wellFormed(c.id) && c.id.starts_with("cause.")) << c.id;
    }
    EXPECT_FALSE(namesSomeFinding("certificate.*.misspelt"));
    EXPECT_TRUE(namesSomeFinding("certificate.*.expired"));
}

TEST(IdRegistry, EveryCodeTableEntryNamesDeclaredFindingsAndFixes) {
    for (auto table : {errorCodeTable(), eventTable()}) {
        for (const auto& entry : table) {
            for (auto pattern : entry.findings) {
                EXPECT_TRUE(namesSomeFinding(pattern)) << entry.symbol << " names " << pattern;
            }
            for (auto fixId : entry.remediations) {
                EXPECT_TRUE(fixFamily(fixId).has_value()) << entry.symbol << " offers " << fixId;
            }
        }
    }
}

TEST(IdRegistry, EveryFixThatChangesSomethingHasUndoValidation) {
    // The security rule: undo re-derives what to change from the fix id and validates a journal
    // entry against it. An entry with the id and nothing recorded must be refused for what it
    // lacks, never because the validator does not know the fix.
    std::set<std::string> seen;
    for (const auto& id : allFixIds()) {
        EXPECT_TRUE(seen.insert(id).second) << "listed twice: " << id;
        const auto family = fixFamily(id);
        ASSERT_TRUE(family.has_value()) << id;
        JournalEntry entry;
        entry.id = "20261207T100000Z-0a1b2c";
        entry.remediationId = id;
        entry.appliedAt = "2026-12-07T10:00:00Z";
        const auto valid = validateJournalEntry(entry, {});
        if (*family == FixFamily::OpenConsole) {
            // Starting a console changes nothing and is never journaled: undo refuses it.
            ASSERT_FALSE(valid) << id;
            EXPECT_EQ(valid.error().evidence.at("field"), "remediation_id") << id;
            continue;
        }
        if (!valid) {
            EXPECT_NE(valid.error().evidence.at("field"), "remediation_id")
                << id << ": " << valid.error().detail;
        }
    }
    EXPECT_FALSE(fixFamily("service.bfe.delete"));
    EXPECT_FALSE(fixFamily("registry.prohibit-ipsec.enable"));
    EXPECT_EQ(fixFamily("service.ikeext.start"), FixFamily::Service);
    EXPECT_EQ(fixFamily(fix::kRasTracingEnable), FixFamily::Logs);
}
