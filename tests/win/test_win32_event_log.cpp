// wevtapi and the audit-policy API under Wine. Wine 8 stubs EvtQuery/EvtRender and
// AuditQuerySystemPolicy/AuditSetSystemPolicy (README.md): these tests check that our thin
// wrappers turn what Wine returns into clear errors (never a crash), that what Wine does
// implement works (the GUID parser, FormatMessageW, the privilege adjustment, the whole
// collection path ending in logs.read-failed findings), and print each API's answer so the
// README's list can be checked on any Wine version.
#include "platform/win/win32_audit_policy.h"
#include "platform/win/win32_event_log.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/collect/event_queries.h"
#include "ipsecdoctor/collect/log_collector.h"
#include "ipsecdoctor/knowledge/audit_subcategories.h"
#include "ipsecdoctor/platform/live_platform.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace ipsecdoctor;

TEST(WineEventLog, GuidParser) {
    auto g = win::parseGuid("{0CCE9218-69AE-11D9-BED3-505054503030}");
    ASSERT_TRUE(g);
    EXPECT_EQ(g->data1, 0x0CCE9218ul);
    EXPECT_EQ(g->data2, 0x69AE);
    EXPECT_EQ(g->data3, 0x11D9);
    EXPECT_EQ(g->data4[0], 0xBE);
    EXPECT_EQ(g->data4[7], 0x30);
    for (const char* bad :
         {"", "0CCE9218-69AE-11D9-BED3-505054503030", "{0CCE9218-69AE-11D9-BED3-50505450303}",
          "{0CCE9218+69AE-11D9-BED3-505054503030}", "{0CCE921G-69AE-11D9-BED3-505054503030}"}) {
        EXPECT_FALSE(win::parseGuid(bad)) << bad;
    }
    for (const auto& sub : ipsecAuditSubcategories()) {
        EXPECT_TRUE(win::parseGuid(sub.guid)) << sub.guid;
    }
}

TEST(WineEventLog, QueryGivesEventsOrAClearError) {
    win::Win32EventLog log;
    for (const auto& q : ipsecEventQueries(7 * 86400, 50)) {
        auto r = log.query(q);
        std::cout << "EvtQuery(" << q.channel << "): "
                  << (r ? std::to_string(r->size()) + " events"
                        : "error " + std::to_string(r.error().native) + " " + r.error().detail)
                  << std::endl;
        if (!r) {
            // The Win32 error is kept for support staff; a failure without one is "not supported".
            EXPECT_TRUE(r.error().native != 0 || r.error().code == ErrorCode::NotSupported)
                << r.error().detail;
            EXPECT_EQ(r.error().detail.find("Success"), std::string::npos) << "no misleading 'Success' text";
        }
    }
}

TEST(WineEventLog, SavedEvtxThroughEvtQueryFilePath) {
    const auto file = std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "evtx" /
                      "omerbenamram-evtx_Security_short_selected_7events_WFP-5152-5157.evtx";
    auto r = readEvtxRecords(file, 100);
    std::cout << "EvtQuery(EvtQueryFilePath): "
              << (r ? std::to_string(r->size()) + " records" : "error " + std::to_string(r.error().native))
              << std::endl;
    if (r) {
        EXPECT_EQ(r->size(), 7u); // on real Windows
    } else {
        EXPECT_TRUE(r.error().native != 0 || r.error().code == ErrorCode::NotSupported) << r.error().detail;
    }
    auto missing = readEvtxRecords(file.parent_path() / "missing.evtx", 10);
    EXPECT_FALSE(missing);
}

TEST(WineEventLog, FailureReasonTextsOfTheMachine) {
    win::Win32EventLog log;
    const auto texts = log.failureReasonTexts();
    std::cout << "FormatMessageW(13800-13932): " << texts.size() << " texts" << std::endl;
    for (const auto& [code, text] : texts) {
        EXPECT_GE(code, 13800u);
        EXPECT_LE(code, 13932u);
        EXPECT_FALSE(text.empty());
    }
}

TEST(WineEventLog, AuditPolicyQueryAndSetAnswerClearly) {
    win::Win32AuditPolicy audit;
    const auto guid = ipsecAuditSubcategories().front().guid;
    auto q = audit.query(guid);
    std::cout << "AuditQuerySystemPolicy: "
              << (q ? "success=" + std::to_string(q->success) + " failure=" + std::to_string(q->failure)
                    : "error " + std::to_string(q.error().native) + " " + q.error().detail)
              << std::endl;
    EXPECT_EQ(audit.query("not-a-guid").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(audit.set("{bad}", AuditSetting{true, true}).error().code, ErrorCode::InvalidArgument);
    // Writing back the value just read changes nothing on Windows. Wine 8 does not export
    // AuditSetSystemPolicy at all (calling it aborts the process), so it is only called where the
    // query works.
    if (q) {
        auto s = audit.set(guid, *q);
        std::cout << "AuditSetSystemPolicy: " << (s ? "ok" : "error " + std::to_string(s.error().native))
                  << std::endl;
    }
}

TEST(WineEventLog, CollectionEndsInFindingsWhateverWineAnswers) {
    auto platform = makeLivePlatform();
    ASSERT_TRUE(platform);
    ASSERT_NE(platform->eventLog, nullptr);
    ASSERT_NE(platform->auditPolicy, nullptr);
    SystemSnapshot snapshot;
    collectLogs(*platform->eventLog, platform->auditPolicy.get(), {}, snapshot);
    ASSERT_TRUE(snapshot.logs);
    EXPECT_EQ(snapshot.logs->source, "live");
    const auto findings = checkLogs(snapshot);
    EXPECT_FALSE(findings.empty());
    for (const auto& e : snapshot.errors) {
        EXPECT_TRUE(e.area == "logs" || e.area == "audit") << e.area;
    }
}
