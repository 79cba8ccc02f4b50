// The analysis service: which connection a snapshot is judged for, and that the recorded choice,
// the stored probe and a saved log are used as they are.
#include "event_samples.h"
#include "windows10_services.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/logs/event_xml.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;

namespace {

VpnProfile profile(const std::string& name, TunnelType tunnel, VpnAuthMethod auth) {
    VpnProfile p;
    p.name = name;
    p.tunnel = tunnel;
    p.auth = auth;
    p.server = name == "Office VPN" ? "vpn.example.com" : "lab.example.net";
    return p;
}

SystemSnapshot pc(std::vector<VpnProfile> profiles) {
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:00:00Z";
    s.machine.osBuild = "19045";
    s.services = ipsecdoctor::testing::windows10Services();
    s.vpn = VpnConfiguration{};
    s.vpn->profiles = std::move(profiles);
    s.logs = LogsInfo{};
    s.logs->source = "live";
    return s;
}

void addEvent(SystemSnapshot& s, const std::string& xml) {
    auto e = parseEventXml(xml);
    ASSERT_TRUE(e);
    s.logs->events.push_back(*e);
}

} // namespace

TEST(Analysis, TheOnlyIpsecProfileIsTheConnection) {
    const auto s = pc({profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2),
                       profile("Home SSTP", TunnelType::Sstp, VpnAuthMethod::EapMschapv2)});
    const auto c = chooseConnection(s);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->profile, "Office VPN");
    EXPECT_EQ(c->origin, ConnectionOrigin::OnlyProfile);
    EXPECT_EQ(c->tunnel, TunnelType::Ikev2);
}

TEST(Analysis, WithSeveralProfilesTheFailureEventsNameTheConnection) {
    auto s = pc({profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2),
                 profile("Lab", TunnelType::L2tp, VpnAuthMethod::PreSharedKey)});
    EXPECT_FALSE(chooseConnection(s)) << "nothing says which one";
    addEvent(s, ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "789", "Lab"));
    const auto c = chooseConnection(s);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->profile, "Lab");
    EXPECT_EQ(c->origin, ConnectionOrigin::Events);
    const auto a = analyze(s);
    ASSERT_FALSE(a.diagnosis.causes.empty());
    EXPECT_EQ(a.diagnosis.causes.front().id, "cause.phase1.psk-mismatch");
}

TEST(Analysis, TheRecordedChoiceSurvivesABundleAndWins) {
    auto s = pc({profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2),
                 profile("Lab", TunnelType::L2tp, VpnAuthMethod::PreSharedKey)});
    s.connection = connectionFromProfile(s.vpn->profiles[1], ConnectionOrigin::Chosen);
    auto read = snapshotFromJson(toJson(s));
    ASSERT_TRUE(read) << read.error().detail;
    ASSERT_TRUE(read->connection);
    EXPECT_EQ(*read->connection, *s.connection);
    EXPECT_EQ(chooseConnection(*read)->profile, "Lab");
    // A bundle of 0.1 has no member: the analysis chooses as it would live.
    auto old = toJson(s);
    old.erase("connection");
    auto legacy = snapshotFromJson(old);
    ASSERT_TRUE(legacy);
    EXPECT_FALSE(legacy->connection);
}

// The Certificates page's method and server are part of what a bundle records: reopened, the step
// is judged for them, unless chosen again.
TEST(Analysis, TheCertificatesPagesChoiceSurvivesABundle) {
    auto s = pc({profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)});
    s.certificates.collected = true;
    auto missing = [](const Analysis& a) {
        return std::any_of(a.allFindings.begin(), a.allFindings.end(),
                           [](const Finding& f) { return f.id == "certificate.machine.missing"; });
    };
    EXPECT_FALSE(missing(analyze(s))) << "EAP-MSCHAPv2 needs no computer certificate";

    CertificateCheckInput chosen;
    chosen.authMethod = AuthMethod::MachineCertificate;
    chosen.serverName = "vpn2.example.com";
    chosen.certreqCaSha1 = std::vector<std::string>{"E9FBED90AACDFE3700774930B4701BE0AC94EB97"};
    s.certificateChoice = certificateChoiceOf(chosen);
    ASSERT_TRUE(s.certificateChoice);
    EXPECT_EQ(s.certificateChoice->auth, "machine-cert");

    auto read = snapshotFromJson(toJson(s));
    ASSERT_TRUE(read) << read.error().detail;
    ASSERT_TRUE(read->certificateChoice);
    EXPECT_EQ(*read->certificateChoice, *s.certificateChoice);
    const auto reopened = analyze(*read);
    EXPECT_TRUE(missing(reopened));
    const auto input = certificateInputFor(*read, reopened.connection, {});
    EXPECT_EQ(input.serverName, "vpn2.example.com");
    EXPECT_EQ(input.certreqCaSha1, chosen.certreqCaSha1);

    AnalysisRequest again;
    again.certificates.authMethod = AuthMethod::PreSharedKey;
    EXPECT_FALSE(missing(analyze(*read, again))) << "chosen again on the page";

    // Nothing chosen: nothing recorded. A CERTREQ that is not a SHA-1 list makes the bundle unreadable.
    EXPECT_FALSE(certificateChoiceOf(CertificateCheckInput{}));
    auto j = toJson(s);
    j["certificate_choice"]["certreq_ca_sha1"] = {"not-a-hash"};
    EXPECT_FALSE(snapshotFromJson(j));
    j["certificate_choice"]["certreq_ca_sha1"] = nlohmann::json::array();
    j["certificate_choice"]["auth"] = "smart-card-v9";
    auto newer = snapshotFromJson(j);
    ASSERT_TRUE(newer) << newer.error().detail;
    EXPECT_EQ(newer->certificateChoice->auth, "") << "an unknown method reads as the connection's";
    j["certificate_choice"] = "machine-cert";
    EXPECT_FALSE(snapshotFromJson(j)) << "not an object";
    j["certificate_choice"] = {
        {"certreq_ca_sha1", std::vector<std::string>(65, "E9FBED90AACDFE3700774930B4701BE0AC94EB97")}};
    EXPECT_FALSE(snapshotFromJson(j)) << "more than 64 CAs";

    // Recorded for one connection, it says nothing of another (its own server and method).
    s.connection = connectionFromProfile(s.vpn->profiles[0], ConnectionOrigin::Chosen);
    const Connection other{"Lab", TunnelType::L2tp, VpnAuthMethod::PreSharedKey, "lab.example.net",
                           ConnectionOrigin::Chosen};
    const auto forOther = certificateInputFor(s, other, {});
    EXPECT_EQ(forOther.serverName, "lab.example.net");
    EXPECT_FALSE(forOther.certreqCaSha1);
    EXPECT_NE(forOther.authMethod, std::optional<AuthMethod>(AuthMethod::MachineCertificate));
    EXPECT_EQ(certificateInputFor(s, s.connection, {}).serverName, "vpn2.example.com");
}

TEST(Analysis, AnUnknownTunnelTypeFromANewerVersionReadsAsUnknown) {
    auto s = pc({});
    s.connection = Connection{"X", TunnelType::Ikev2, VpnAuthMethod::EapTls, "x", ConnectionOrigin::Typed};
    auto j = toJson(s);
    j["connection"]["tunnel"] = "wireguard";
    auto read = snapshotFromJson(j);
    ASSERT_TRUE(read) << read.error().detail;
    EXPECT_EQ(read->connection->tunnel, TunnelType::Unknown);
    EXPECT_EQ(read->connection->auth, VpnAuthMethod::EapTls);
}

TEST(Analysis, TheStoredProbeJudgesTheConnectionsProposals) {
    auto s = pc({profile("Office VPN", TunnelType::Ikev2, VpnAuthMethod::EapMschapv2)});
    ProbeResult probe;
    probe.host = "vpn.example.com";
    probe.transport = "reachable";
    probe.reachable = true;
    probe.ikev2.probed = true;
    probe.ikev2.answered = true;
    probe.ikev2.windowsDefaultAccepted = false;
    probe.ikev2.keGroupRequested = 14;
    s.probe = probe;
    AnalysisRequest request;
    request.step = Step::Proposals;
    const auto a = analyze(s, request);
    EXPECT_TRUE(std::all_of(a.findings.begin(), a.findings.end(),
                            [](const Finding& f) { return f.step == Step::Proposals; }));
    EXPECT_TRUE(std::any_of(a.findings.begin(), a.findings.end(),
                            [](const Finding& f) { return f.id == "proposal.ikev2.dh-group-mismatch"; }));
    // A probe of another server says nothing of this connection's.
    s.probe->host = "other.example.org";
    const auto other = analyze(s);
    EXPECT_FALSE(std::any_of(other.allFindings.begin(), other.allFindings.end(),
                             [](const Finding& f) { return f.id.starts_with("proposal.ikev2."); }));
}

TEST(Analysis, ASavedLogAloneIsJudgedOnItsEventsOnly) {
    SystemSnapshot s;
    s.logs = LogsInfo{};
    s.logs->source = "file";
    addEvent(s, ipsecdoctor::testing::rasDialFailedXml("2026-11-27T09:12:00Z", "13868"));
    AnalysisRequest request;
    request.eventsOnly = true;
    const auto a = analyze(s, request);
    EXPECT_TRUE(std::all_of(a.allFindings.begin(), a.allFindings.end(),
                            [](const Finding& f) { return f.id.starts_with("logs."); }));
    ASSERT_FALSE(a.diagnosis.causes.empty());
    EXPECT_EQ(a.diagnosis.causes.front().id, "cause.phase1.proposal-mismatch");
}
