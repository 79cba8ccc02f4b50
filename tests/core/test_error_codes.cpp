// The knowledge base's data: every code and event id of the facts sheet has an entry, codes are
// read the way logs and users write them, and related remediations are allow-listed ids.
#include "facts_codes.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/remediation/remediation_id.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(ErrorCodes, EveryCodeOfTheFactsSheetHasAnEntry) {
    const auto codes = ipsecdoctor::testing::factsErrorCodes();
    ASSERT_GT(codes.size(), 150u) << "the facts sheet could not be read: "
                                  << ipsecdoctor::testing::factsSheetPath();
    for (auto c : codes) {
        if (c == 10054) {
            continue; // the "(10054)" beside 0x80072746 is its Win32 form, listed as the HRESULT
        }
        EXPECT_NE(findErrorCode(c), nullptr) << "no knowledge-base entry for " << c;
    }
    EXPECT_TRUE(codes.contains(809) && codes.contains(13868) && codes.contains(0x800B0109u));
}

TEST(ErrorCodes, EveryEventOfTheFactsSheetHasAnEntry) {
    const auto ids = ipsecdoctor::testing::factsEventIds();
    ASSERT_GT(ids.size(), 40u);
    for (auto id : ids) {
        EXPECT_NE(findEvent(id), nullptr) << "no knowledge-base entry for event " << id;
    }
}

TEST(ErrorCodes, EntriesHaveSymbolsAndNoDuplicates) {
    std::set<std::uint32_t> seen;
    for (const auto& table : {errorCodeTable(), eventTable()}) {
        for (const auto& e : table) {
            EXPECT_FALSE(e.symbol.empty()) << e.code;
            EXPECT_TRUE(seen.insert(e.code).second) << "duplicate " << e.code;
        }
    }
    EXPECT_EQ(findErrorCode(809)->symbol, "ERROR_VPN_TIMEOUT");
    EXPECT_EQ(findErrorCode(13884)->symbol, "ERROR_IPSEC_IKE_QM_LIMIT"); // facts, not mingw's old header
}

TEST(ErrorCodes, StagesFollowTheFactsSheet) {
    EXPECT_EQ(findErrorCode(809)->stage, CodeStage::Transport);
    EXPECT_EQ(findErrorCode(13805)->stage, CodeStage::Transport);
    EXPECT_EQ(findErrorCode(13868)->stage, CodeStage::Phase1Proposal);
    EXPECT_EQ(findErrorCode(13801)->stage, CodeStage::Phase1Auth);
    EXPECT_EQ(findErrorCode(13806)->stage, CodeStage::Certificate);
    EXPECT_EQ(findErrorCode(13899)->stage, CodeStage::Phase2);
    EXPECT_EQ(findErrorCode(827)->stage, CodeStage::LocalService);
    EXPECT_EQ(findErrorCode(691)->stage, CodeStage::UserAuth);
    EXPECT_EQ(findErrorCode(0x800B0101u)->stage, CodeStage::Certificate);
}

TEST(ErrorCodes, RelatedRemediationsAreAllowListed) {
    for (const auto& table : {errorCodeTable(), eventTable()}) {
        for (const auto& e : table) {
            for (auto r : e.remediations) {
                EXPECT_TRUE(parseRemediationId(r) || r == kAuditRemediationId) << e.code << ": " << r;
            }
        }
    }
}

TEST(ErrorCodes, CodesAreReadAsLogsAndUsersWriteThem) {
    EXPECT_EQ(parseCodeText("809"), 809u);
    EXPECT_EQ(parseCodeText(" 13801 "), 13801u);
    EXPECT_EQ(parseCodeText("0x800B0109"), 0x800B0109u);
    EXPECT_EQ(parseCodeText("0X800b0109"), 0x800B0109u);
    EXPECT_EQ(parseCodeText("800B0109"), 0x800B0109u);
    EXPECT_EQ(parseCodeText("800B0109h"), 0x800B0109u);
    EXPECT_EQ(parseCodeText("-2146762495"), 0x800B0101u); // RasClient's signed HRESULT
    EXPECT_EQ(parseCodeText("4294967295"), 0xFFFFFFFFu);
    EXPECT_FALSE(parseCodeText("4294967296"));
    EXPECT_FALSE(parseCodeText("-9999999999"));
    EXPECT_FALSE(parseCodeText(""));
    EXPECT_FALSE(parseCodeText("error"));
    EXPECT_FALSE(parseCodeText("0x"));
    EXPECT_FALSE(parseCodeText("12 34"));
}

TEST(ErrorCodes, LookupUnwrapsHresultFromWin32AndFindsEvents) {
    auto wrapped = lookupCode("0x80070329");
    ASSERT_EQ(wrapped.size(), 1u);
    EXPECT_EQ(wrapped[0]->code, 809u);
    auto ike = lookupCode("0x800735E9");
    ASSERT_EQ(ike.size(), 1u);
    EXPECT_EQ(ike[0]->symbol, "ERROR_IPSEC_IKE_AUTH_FAIL");
    auto expired = lookupCode("-2146762495");
    ASSERT_EQ(expired.size(), 1u);
    EXPECT_EQ(expired[0]->symbol, "CERT_E_EXPIRED");
    auto event = lookupCode("4653");
    ASSERT_EQ(event.size(), 1u);
    EXPECT_EQ(event[0]->kind, CodeKind::Event);
    auto reset = lookupCode("0x80072746");
    ASSERT_EQ(reset.size(), 1u);
    EXPECT_EQ(reset[0]->kind, CodeKind::Hresult);
    EXPECT_TRUE(lookupCode("12345").empty());
    EXPECT_EQ(formatCode(0x800B0109u), "0x800B0109");
    EXPECT_EQ(formatCode(809), "809");
}
