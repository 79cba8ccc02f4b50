// The knowledge base's data: every code and event id of the facts sheet has an entry, codes are
// read the way logs and users write them, and related remediations are allow-listed ids.
#include "facts_codes.h"

#include "ipsecdoctor/checks/log_checks.h"
#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/knowledge/remediation_id.h"

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
    auto eku = lookupCode("0x80070040"); // HRESULT_FROM_WIN32(64)
    ASSERT_EQ(eku.size(), 1u);
    EXPECT_EQ(eku[0]->stage, CodeStage::Certificate);
    EXPECT_EQ(eku, lookupCode("-2147024832"));
    auto reset = lookupCode("0x80072746");
    ASSERT_EQ(reset.size(), 1u);
    EXPECT_EQ(reset[0]->kind, CodeKind::Hresult);
    EXPECT_TRUE(lookupCode("12345").empty());
    EXPECT_EQ(formatCode(0x800B0109u), "0x800B0109");
    EXPECT_EQ(formatCode(809), "809");
}

TEST(ErrorCodes, EapCertificateFamilyFollowsRaserror) {
    // raserror.h: RASBASE (600) + 253..267.
    const std::pair<std::uint32_t, std::string_view> eap[] = {
        {853, "ERROR_EAP_USER_CERT_INVALID"},        {854, "ERROR_EAP_USER_CERT_EXPIRED"},
        {855, "ERROR_EAP_USER_CERT_REVOKED"},        {856, "ERROR_EAP_USER_CERT_OTHER_ERROR"},
        {857, "ERROR_EAP_SERVER_CERT_INVALID"},      {858, "ERROR_EAP_SERVER_CERT_EXPIRED"},
        {859, "ERROR_EAP_SERVER_CERT_REVOKED"},      {860, "ERROR_EAP_SERVER_CERT_OTHER_ERROR"},
        {861, "ERROR_EAP_USER_ROOT_CERT_NOT_FOUND"}, {862, "ERROR_EAP_USER_ROOT_CERT_INVALID"},
        {863, "ERROR_EAP_USER_ROOT_CERT_EXPIRED"},   {864, "ERROR_EAP_SERVER_ROOT_CERT_NOT_FOUND"},
        {865, "ERROR_EAP_SERVER_ROOT_CERT_INVALID"}, {866, "ERROR_EAP_SERVER_ROOT_CERT_NAME_REQUIRED"},
        {867, "ERROR_PEAP_IDENTITY_MISMATCH"},
    };
    for (const auto& [code, symbol] : eap) {
        const auto* e = findErrorCode(code);
        ASSERT_NE(e, nullptr) << code;
        EXPECT_EQ(e->symbol, symbol);
        EXPECT_EQ(e->kind, CodeKind::Ras);
        EXPECT_EQ(e->stage, code == 867 ? CodeStage::UserAuth : CodeStage::Certificate) << code;
    }
    // The server's root missing on this PC is what the certificate checks can see.
    const auto& root = findErrorCode(864)->findings;
    EXPECT_NE(std::find(root.begin(), root.end(), "certificate.server-ca.*"), root.end());
}

TEST(ErrorCodes, EncryptionPortAndDisconnectCodesHaveTheirStage) {
    EXPECT_EQ(findErrorCode(631)->symbol, "ERROR_USER_DISCONNECTION");
    EXPECT_EQ(findErrorCode(633)->symbol, "ERROR_PORT_NOT_AVAILABLE");
    EXPECT_EQ(findErrorCode(633)->stage, CodeStage::LocalService);
    EXPECT_EQ(findErrorCode(741)->symbol, "ERROR_NO_LOCAL_ENCRYPTION");
    EXPECT_EQ(findErrorCode(742)->symbol, "ERROR_NO_REMOTE_ENCRYPTION");
    EXPECT_EQ(findErrorCode(742)->stage, CodeStage::Phase2);
    EXPECT_EQ(findErrorCode(829)->symbol, "ERROR_LINK_FAILURE");
    EXPECT_EQ(findErrorCode(829)->stage, CodeStage::Transport);
    const auto& eku = findErrorCode(0x80070040u)->findings;
    EXPECT_NE(std::find(eku.begin(), eku.end(), "certificate.name-check.server-auth-eku-missing"), eku.end());
}

TEST(ErrorCodes, PolicyAgentFixesAreNotOfferedForIkev2) {
    for (std::uint32_t code : {13825u, 13850u, 791u}) {
        const auto* e = findErrorCode(code);
        ASSERT_NE(e, nullptr);
        EXPECT_FALSE(remediationsFor(*e, "ikev1").empty()) << code;
        EXPECT_EQ(remediationsFor(*e, "").size(), e->remediations.size()) << code << ": unknown tunnel";
        EXPECT_TRUE(remediationsFor(*e, "ikev2").empty()) << code;
        EXPECT_TRUE(remediationsFor(*e, "authip").empty()) << code;
    }
    // Other services are needed by every IPsec VPN.
    EXPECT_EQ(remediationsFor(*findErrorCode(827), "ikev2").size(), findErrorCode(827)->remediations.size());
}
