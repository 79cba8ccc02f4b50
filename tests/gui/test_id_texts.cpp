// Every id the registry declares (finding_ids.h, cause_ids.h, fix_ids.h) has words in English and
// in French: a finding, cause or fix without them would show its raw id to the user, or the
// "newer version" text. The core side (every emitted id is declared) is
// tests/core/test_id_registry.cpp.
#include "Catalogue.h"
#include "DiagnosisCatalogue.h"
#include "Language.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/cause_ids.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/knowledge/fix_ids.h"
#include "ipsecdoctor/knowledge/known_services.h"
#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ipsecdoctor;

namespace {

struct Worded {
    app::FindingText en;
    app::FindingText fr;
};

template <typename F>
Worded inBothLanguages(F&& text) {
    Worded w;
    {
        app::WrittenIn english(QStringLiteral("en"));
        w.en = text();
    }
    {
        app::WrittenIn french(QStringLiteral("fr"));
        w.fr = text();
    }
    return w;
}

/// A finding of `kind` as its check makes it: a service's findings are about the service, the
/// proposals comparison's carry the tunnel type.
Finding sample(const FindingKind& kind, bool comparison) {
    Finding f = newFinding(kind, Severity::Error);
    if (kind.step == Step::Services) {
        for (const auto& known : knownServices()) {
            if (kind.id.starts_with("service." + asciiLower(known.name) + ".")) {
                f.subject = std::string(known.name);
            }
        }
    }
    if (comparison) {
        f.evidence["tunnel"] = "ikev2";
    }
    return f;
}

void expectWorded(const Worded& w, const std::string& id) {
    EXPECT_TRUE(w.en.known) << id << " has no English text";
    EXPECT_TRUE(w.fr.known) << id << " has no French text";
    EXPECT_FALSE(w.en.title.isEmpty()) << id;
    EXPECT_FALSE(w.en.explanation.isEmpty()) << id;
    EXPECT_FALSE(w.en.title.contains(QString::fromStdString(id))) << id << " shows its id";
    EXPECT_NE(w.fr.title, w.en.title) << id << ": the French title is the English one";
    EXPECT_NE(w.fr.explanation, w.en.explanation) << id << ": the French explanation is the English one";
}

class IdTexts : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_language.apply(QStringLiteral("en"))); }
    app::Language m_language;
};

} // namespace

TEST_F(IdTexts, EveryDeclaredFindingHasEnglishAndFrenchText) {
    for (const auto& kind : findingKinds()) {
        const std::string id(kind.id);
        expectWorded(inBothLanguages([&] { return app::Catalogue::finding(sample(kind, false)); }), id);
        if (kind.step == Step::Proposals) {
            // Worded by the proposals comparison too (ProposalsCatalogue) when it carries a tunnel.
            expectWorded(inBothLanguages([&] { return app::Catalogue::finding(sample(kind, true)); }),
                         id + " (comparison)");
        }
    }
}

TEST_F(IdTexts, EveryFindingOfTheScenarioCorpusHasEnglishAndFrenchText) {
    std::size_t findings = 0;
    for (const auto& entry : std::filesystem::directory_iterator(IPSECDOCTOR_SCENARIOS_DIR)) {
        auto text = readFile(entry.path() / "snapshot.json", 16 << 20);
        if (!text) {
            continue;
        }
        auto json = parseJson(*text);
        ASSERT_TRUE(json) << entry.path();
        auto snapshot = snapshotFromJson(*json);
        ASSERT_TRUE(snapshot) << entry.path();
        for (const auto& f : analyze(*snapshot).allFindings) {
            expectWorded(inBothLanguages([&] { return app::Catalogue::finding(f); }),
                         f.id + " in " + entry.path().filename().string());
            ++findings;
        }
    }
    EXPECT_GT(findings, 100U);
}

TEST_F(IdTexts, EveryDeclaredCauseHasEnglishAndFrenchText) {
    for (const auto& kind : causeKinds()) {
        RootCause cause;
        cause.id = std::string(kind.id);
        const auto w = inBothLanguages([&] { return app::DiagnosisCatalogue::cause(cause); });
        expectWorded(w, cause.id);
        EXPECT_FALSE(w.en.action.isEmpty()) << cause.id << ": a cause says what to do";
    }
}

TEST_F(IdTexts, EveryFixHasALabelAndADescriptionInEnglishAndFrench) {
    for (const auto& id : allFixIds()) {
        const auto qid = QString::fromStdString(id);
        const auto w = inBothLanguages([&] {
            return app::FindingText{
                app::Catalogue::remediationLabel(qid), app::Catalogue::remediationDescription(qid), {}};
        });
        // Unknown ids come back as the id itself (label) or a text quoting it (description).
        EXPECT_NE(w.en.title, qid) << id << " has no label";
        EXPECT_FALSE(w.en.explanation.contains(qid)) << id << " has no description";
        EXPECT_NE(w.fr.title, w.en.title) << id << ": the French label is the English one";
        EXPECT_NE(w.fr.explanation, w.en.explanation) << id << ": the French description is the English one";
    }
}

TEST_F(IdTexts, AnUnknownIdIsSaidToComeFromANewerVersion) {
    Finding f;
    f.id = "certificate.newer-check";
    EXPECT_FALSE(app::Catalogue::finding(f).known);
    f.id = "logs.newer-check";
    EXPECT_FALSE(app::Catalogue::finding(f).known);
    RootCause c;
    c.id = "cause.newer";
    EXPECT_FALSE(app::DiagnosisCatalogue::cause(c).known);
}
