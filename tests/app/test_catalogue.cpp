// Every id the core can emit has words in the catalogue, in both languages: a finding shown as
// its raw id would leave a user with no explanation.
#include "Catalogue.h"
#include "Language.h"

#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/knowledge/known_services.h"

#include "windows10_services.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

/// Findings of every kind the service checks produce, by bending a Windows 10 snapshot.
std::map<std::string, Finding> everyServiceFinding() {
    const std::vector<std::function<void(ServiceInfo&)>> bends{
        [](ServiceInfo&) {},
        [](ServiceInfo& s) { s.startType = StartType::Disabled; },
        [](ServiceInfo& s) { s.present = false; },
        [](ServiceInfo& s) {
            s.state = ServiceState::Stopped;
            s.win32ExitCode = 1066;
        },
        [](ServiceInfo& s) {
            s.state = ServiceState::Stopped;
            s.win32ExitCode = 0;
        },
        [](ServiceInfo& s) { s.state = ServiceState::Paused; },
        [](ServiceInfo& s) { s.state = ServiceState::StopPending; },
        [](ServiceInfo& s) { s.startType = StartType::Manual; },
        [](ServiceInfo& s) { s.state = ServiceState::Running; },
    };
    std::map<std::string, Finding> out;
    for (const auto& known : knownServices()) {
        for (const auto& bend : bends) {
            auto snap = ipsecdoctor::testing::windows10Snapshot();
            for (auto& s : snap.services) {
                if (s.name == known.name) {
                    bend(s);
                }
            }
            for (auto& f : runChecks(snap)) {
                out.emplace(f.id, f);
            }
        }
        auto snap = ipsecdoctor::testing::windows10Snapshot();
        std::erase_if(snap.services, [&](auto& s) { return s.name == known.name; });
        for (auto& f : runChecks(snap)) {
            out.emplace(f.id, f);
        }
    }
    return out;
}

} // namespace

TEST(Catalogue, CoversEveryFindingInBothLanguages) {
    const auto findings = everyServiceFinding();
    // 5 services × (running/stopped-on-demand, disabled, missing, failed, paused, pending, not-checked)
    // + BFE stopped/not-automatic + dependency findings.
    ASSERT_GE(findings.size(), 40u);
    Language language;
    for (const auto& [id, f] : findings) {
        language.apply(QStringLiteral("en"));
        const FindingText en = Catalogue::finding(f);
        language.apply(QStringLiteral("fr"));
        const FindingText fr = Catalogue::finding(f);
        EXPECT_FALSE(en.title.contains(QString::fromStdString(id))) << id << " has no text";
        EXPECT_FALSE(en.explanation.isEmpty()) << id;
        EXPECT_FALSE(fr.explanation.isEmpty()) << id;
        EXPECT_NE(en.title, fr.title) << id << " is not translated: " << en.title.toStdString();
        EXPECT_NE(en.explanation, fr.explanation) << id << " explanation is not translated";
        if (f.severity >= Severity::Warning && !f.remediations.empty()) {
            EXPECT_FALSE(fr.action.isEmpty()) << id << " says nothing about what to do";
        }
    }
    language.apply(QStringLiteral("en"));
}

TEST(Catalogue, CoversEveryRemediationAndErrorInBothLanguages) {
    Language language;
    for (const auto& id : allRemediationIds()) {
        const QString qid = QString::fromStdString(id);
        language.apply(QStringLiteral("en"));
        const QString en = Catalogue::remediationDescription(qid);
        const QString enLabel = Catalogue::remediationLabel(qid);
        language.apply(QStringLiteral("fr"));
        EXPECT_NE(Catalogue::remediationDescription(qid), en) << id;
        EXPECT_NE(Catalogue::remediationLabel(qid), enLabel) << id;
        EXPECT_NE(enLabel, qid) << id;
    }
    for (int c = 0; c <= static_cast<int>(ErrorCode::Platform); ++c) {
        const Error e{static_cast<ErrorCode>(c), 0, {}};
        language.apply(QStringLiteral("en"));
        const QString en = Catalogue::errorMessage(e);
        language.apply(QStringLiteral("fr"));
        EXPECT_FALSE(en.isEmpty());
        EXPECT_NE(Catalogue::errorMessage(e), en) << errorCodeId(e.code);
        EXPECT_EQ(Catalogue::errorMessageForId(QString::fromUtf8(errorCodeId(e.code).data())),
                  Catalogue::errorMessage(e));
    }
    language.apply(QStringLiteral("en"));
}

TEST(Catalogue, ABundleFromANewerVersionSaysWhichToInstallInEachLanguage) {
    Language language;
    Error newer = Error::make(ErrorCode::NotSupported, "bundle version 2 comes from a newer IPsec Doctor");
    newer.evidence = {{"reason", "newer-bundle"}, {"app_version", "2.3.0"}};
    language.apply(QStringLiteral("en"));
    const QString english = Catalogue::errorMessage(newer);
    EXPECT_TRUE(english.contains(QStringLiteral("newer IPsec Doctor (2.3.0)"))) << english.toStdString();
    language.apply(QStringLiteral("fr"));
    const QString french = Catalogue::errorMessage(newer);
    EXPECT_TRUE(french.contains(QStringLiteral("2.3.0"))) << french.toStdString();
    EXPECT_NE(french, english);
    // No version known: the same advice without one; a control character is not passed on.
    newer.evidence["app_version"] = "\x1b[31m";
    EXPECT_FALSE(Catalogue::errorMessage(newer).contains(QChar(0x1b)));
    newer.evidence.erase("app_version");
    EXPECT_FALSE(Catalogue::errorMessage(newer).isEmpty());
    language.apply(QStringLiteral("en"));
}

TEST(Catalogue, UnknownIdsFromNewerBundlesStillShowSomething) {
    Finding f;
    f.id = "proposals.ike.dh-mismatch";
    const auto text = Catalogue::finding(f);
    EXPECT_TRUE(text.title.contains(QStringLiteral("proposals.ike.dh-mismatch")));
    EXPECT_FALSE(text.explanation.isEmpty());
}

TEST(Catalogue, EvidenceValuesAreWordsNotIds) {
    Language language;
    language.apply(QStringLiteral("fr"));
    EXPECT_EQ(Catalogue::evidenceValue(QStringLiteral("start_type"), QStringLiteral("disabled")),
              QStringLiteral("Désactivé"));
    EXPECT_EQ(Catalogue::evidenceKey(QStringLiteral("start_type")), QStringLiteral("Type de démarrage"));
    language.apply(QStringLiteral("en"));
    EXPECT_EQ(Catalogue::evidenceValue(QStringLiteral("state"), QStringLiteral("running")),
              QStringLiteral("Running"));
    EXPECT_EQ(Catalogue::evidenceValue(QStringLiteral("dependencies"), QStringLiteral("Tcpip,BFE")),
              QStringLiteral("Tcpip, BFE"));
}
