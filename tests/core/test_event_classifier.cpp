#include "event_samples.h"

#include "ipsecdoctor/logs/event_classifier.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace ipsecdoctor;

namespace {

EventRecord parsed(const std::string& xml) {
    auto e = parseEventXml(xml);
    EXPECT_TRUE(e) << (e ? "" : e.error().detail);
    return e ? *e : EventRecord{};
}

const std::filesystem::path kXml =
    std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / "eventlog-xml";

} // namespace

TEST(EventClassifier, RealMainModeTimeoutIsATransportFailureOfALocalIkev1Initiator) {
    auto text = readFile(kXml / "ipban_Security-4653_MM-failed_NegotiationTimedOut.xml", 1 << 20);
    ASSERT_TRUE(text);
    const auto c = classifyEvent(parsed(*text), FailureReasonTable{});
    EXPECT_EQ(c.category, EventCategory::IkeFailure);
    EXPECT_EQ(c.code, 13805u);
    EXPECT_EQ(c.stage, CodeStage::Transport);
    EXPECT_EQ(c.keyModule, "ikev1");
    EXPECT_EQ(c.failurePoint, "local");
    EXPECT_EQ(c.state, "sent-first-payload");
    EXPECT_EQ(c.role, "initiator");
    EXPECT_EQ(c.authMethod, "unknown-authentication");
    EXPECT_EQ(c.remoteAddress, "88.88.88.82");
    EXPECT_EQ(c.remotePort, "4500");
}

TEST(EventClassifier, LocalizedFailureReasonMapsThroughTheMachineTable) {
    const auto xml = ipsecdoctor::testing::mainModeFailedXml(
        "2026-11-27T09:12:00Z", "Les informations d'identification d'authentification IKE sont "
                                "inacceptables.");
    EXPECT_FALSE(classifyEvent(parsed(xml), FailureReasonTable{}).code) << "no French built in";
    const FailureReasonTable french(
        {{13801, "Les informations d'identification d'authentification IKE sont inacceptables.\r\n"}});
    const auto c = classifyEvent(parsed(xml), french);
    EXPECT_EQ(c.code, 13801u);
    EXPECT_EQ(c.stage, CodeStage::Phase1Auth);
    EXPECT_EQ(c.keyModule, "ikev2");
    EXPECT_EQ(c.failurePoint, "remote");
}

TEST(EventClassifier, QuickModeFailureIsPhase2EvenWithAProposalCode) {
    const auto xml = ipsecdoctor::testing::securityEventXml(4654, "2026-11-27T09:12:00Z",
                                                            {{"RemoteAddress", "203.0.113.10"},
                                                             {"KeyModName", "%%8222"},
                                                             {"FailurePoint", "%%8200"},
                                                             {"FailureReason", "Policy match error"},
                                                             {"Mode", "%%8212"}});
    const auto c = classifyEvent(parsed(xml), FailureReasonTable{});
    EXPECT_EQ(c.category, EventCategory::IkeFailure);
    EXPECT_EQ(c.code, 13868u);
    EXPECT_EQ(c.stage, CodeStage::Phase2);
}

TEST(EventClassifier, RasClientDialFailedCarriesTheCode) {
    // The shape of ms-architecture-center_Get-EventLog_RemoteAccess-20111_RasClient-20227-809.txt.
    auto c = classifyEvent(
        parsed(ipsecdoctor::testing::rasDialFailedXml("2024-03-18T13:29:21Z", "809", "AzureGateway")),
        FailureReasonTable{});
    EXPECT_EQ(c.category, EventCategory::RasDialFailed);
    EXPECT_EQ(c.code, 809u);
    EXPECT_EQ(c.stage, CodeStage::Transport);
    EXPECT_EQ(c.connection, "AzureGateway");
    EXPECT_EQ(c.coId, "{B4000371-A67F-452F-AA4C-3125AA9CFC78}");
    auto signedHresult =
        classifyEvent(parsed(ipsecdoctor::testing::rasDialFailedXml("2024-03-18T13:29:21Z", "-2146762495")),
                      FailureReasonTable{});
    EXPECT_EQ(signedHresult.code, 0x800B0101u);
    EXPECT_EQ(signedHresult.stage, CodeStage::Certificate);
}

TEST(EventClassifier, RemoteAccessBinaryDataIsTheErrorCode) {
    for (const auto& [file, code] :
         {std::pair{"ipban_System-RemoteAccess-20271_RRAS-auth-denied_2024.xml", 812u},
          std::pair{"ipban_System-RemoteAccess-20271_RRAS-auth-denied_German.xml", 691u}}) {
        auto text = readFile(kXml / file, 1 << 20);
        ASSERT_TRUE(text);
        const auto c = classifyEvent(parsed(*text), FailureReasonTable{});
        EXPECT_EQ(c.category, EventCategory::RemoteAccessError) << file;
        EXPECT_EQ(c.code, code) << file;
        EXPECT_EQ(c.stage, CodeStage::UserAuth) << file;
    }
}

TEST(EventClassifier, OtherEventsAreIrrelevant) {
    auto text = readFile(kXml / "ipban_Security-6272_NPS-granted-access_EAP-MSCHAPv2.xml", 1 << 20);
    ASSERT_TRUE(text);
    EXPECT_EQ(classifyEvent(parsed(*text), FailureReasonTable{}).category, EventCategory::Irrelevant);
    EXPECT_EQ(resolveInsertion("%%8244"), "ikev2");
    EXPECT_EQ(resolveInsertion("%%9999"), "%%9999");
    EXPECT_EQ(resolveInsertion("plain"), "plain");
}
