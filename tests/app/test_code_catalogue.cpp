// The knowledge base is complete in both languages: every code and event id of the facts sheet
// has an explanation and a next action in English and a French translation of both.
#include "CodeCatalogue.h"
#include "DiagnosisCatalogue.h"
#include "Language.h"
#include "LogsCatalogue.h"

#include "facts_codes.h"

#include "ipsecdoctor/diagnosis/diagnosis.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::app;

namespace {

std::map<std::uint32_t, CodeText> textsIn(const QString& lang, const std::set<std::uint32_t>& codes,
                                          bool events) {
    Language language;
    language.apply(lang);
    std::map<std::uint32_t, CodeText> out;
    for (auto c : codes) {
        const auto* entry = events ? findEvent(c) : findErrorCode(c);
        if (!entry) {
            continue; // the core test reports it
        }
        if (auto t = CodeCatalogue::text(*entry)) {
            out[c] = *t;
        }
    }
    return out;
}

void expectBothLanguages(const std::set<std::uint32_t>& codes, bool events) {
    const auto en = textsIn(QStringLiteral("en"), codes, events);
    const auto fr = textsIn(QStringLiteral("fr"), codes, events);
    for (auto c : codes) {
        if (c == 10054) {
            continue; // listed as the HRESULT 0x80072746
        }
        ASSERT_TRUE(en.contains(c)) << "no English text for " << c;
        ASSERT_TRUE(fr.contains(c)) << "no French text for " << c;
        EXPECT_FALSE(en.at(c).explanation.isEmpty() || en.at(c).action.isEmpty()) << c;
        EXPECT_NE(en.at(c).explanation, fr.at(c).explanation)
            << "explanation of " << c << " is not translated";
        EXPECT_NE(en.at(c).action, fr.at(c).action) << "action of " << c << " is not translated";
    }
}

} // namespace

TEST(CodeCatalogue, EveryFactsSheetCodeHasTextInBothLanguages) {
    const auto codes = ipsecdoctor::testing::factsErrorCodes();
    ASSERT_GT(codes.size(), 150u);
    expectBothLanguages(codes, false);
}

TEST(CodeCatalogue, EveryFactsSheetEventHasTextInBothLanguages) {
    const auto ids = ipsecdoctor::testing::factsEventIds();
    ASSERT_GT(ids.size(), 40u);
    expectBothLanguages(ids, true);
}

TEST(CodeCatalogue, EveryTableEntryHasText) {
    for (const auto& table : {errorCodeTable(), eventTable()}) {
        for (const auto& e : table) {
            EXPECT_TRUE(CodeCatalogue::text(e).has_value()) << e.code;
        }
    }
}

TEST(CodeCatalogue, EveryCauseHasTextInBothLanguages) {
    Language language;
    for (const auto& rule : diagnosisRules()) {
        RootCause c;
        c.id = std::string(rule.cause);
        language.apply(QStringLiteral("en"));
        const auto en = DiagnosisCatalogue::cause(c);
        language.apply(QStringLiteral("fr"));
        const auto fr = DiagnosisCatalogue::cause(c);
        EXPECT_FALSE(en.title.startsWith(QLatin1String("Unknown"))) << c.id;
        EXPECT_NE(en.title, fr.title) << c.id;
        EXPECT_NE(en.action, fr.action) << c.id;
    }
}

TEST(CodeCatalogue, LogFindingsAreWrittenWithTheirCode) {
    Language language;
    language.apply(QStringLiteral("en"));
    Finding f;
    f.id = "logs.rasclient.error";
    f.step = Step::Logs;
    f.evidence = {{"code", "13801"},
                  {"count", "3"},
                  {"connection", "Office VPN"},
                  {"first_seen", "2026-11-27T09:12:00Z"},
                  {"last_seen", "2026-11-27T09:40:00Z"}};
    const auto t = Catalogue::finding(f);
    EXPECT_EQ(t.title, QStringLiteral("The VPN connection \"Office VPN\" failed with error 13801"));
    EXPECT_TRUE(t.explanation.contains(QLatin1String("IKE credentials were refused")));
    EXPECT_TRUE(t.explanation.contains(QLatin1String("3 times"))) << t.explanation.toStdString();
    language.apply(QStringLiteral("fr"));
    EXPECT_TRUE(Catalogue::finding(f).title.startsWith(QStringLiteral("La connexion VPN")));
}
