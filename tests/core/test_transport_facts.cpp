// This PC's side of the path: the UDP owner tables of GetExtendedUdpTable read from their bytes,
// the transport findings, their JSON, the collector, and the diagnosis they lead to, for both
// tunnel types, and where it must not name another program on the IKE ports.
#include "diagnosis_machine.h"

#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/checks/transport_checks.h"
#include "ipsecdoctor/collect/transport_collector.h"
#include "ipsecdoctor/diagnosis/diagnosis.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/knowledge/wfp_providers.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/platform/udp_owner_table.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ipsecdoctor;
using namespace ipsecdoctor::testing;

namespace {

void putDword(std::vector<std::uint8_t>& b, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
        b.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
}

/// dwLocalPort as Windows stores it: the port in network order in the first two bytes.
void putPort(std::vector<std::uint8_t>& b, std::uint16_t port) {
    b.push_back(static_cast<std::uint8_t>(port >> 8));
    b.push_back(static_cast<std::uint8_t>(port & 0xFF));
    b.push_back(0);
    b.push_back(0);
}

struct V4Row {
    std::array<std::uint8_t, 4> address;
    std::uint16_t port;
    std::uint32_t pid;
};

std::vector<std::uint8_t> v4Table(const std::vector<V4Row>& rows, std::optional<std::uint32_t> count = {}) {
    std::vector<std::uint8_t> b;
    putDword(b, count.value_or(static_cast<std::uint32_t>(rows.size())));
    for (const auto& r : rows) {
        b.insert(b.end(), r.address.begin(), r.address.end());
        putPort(b, r.port);
        putDword(b, r.pid);
    }
    return b;
}

UdpPortOwner owner(std::uint16_t port, std::uint32_t pid, std::string process,
                   std::vector<std::string> services = {}, std::string address = "0.0.0.0") {
    return UdpPortOwner{port, std::move(address), pid, std::move(process), std::move(services)};
}

/// Windows 10 as it is on most PCs: IKEEXT in its svchost on both ports, on IPv4 and IPv6.
TransportFacts healthyFacts() {
    TransportFacts t;
    for (std::uint16_t port : {kIkePort, kNatTraversalPort}) {
        t.udpOwners.push_back(owner(port, 3120, "svchost.exe", {"IKEEXT", "iphlpsvc"}));
        t.udpOwners.push_back(owner(port, 3120, "svchost.exe", {"IKEEXT", "iphlpsvc"}, "::"));
    }
    t.wfpListed = true;
    t.wfpProviders.push_back({"{decc16ca-3f33-4346-be1e-8fb4ae0f3d62}", "Microsoft Windows WFP Built-in",
                              "mpssvc", true, false, 0, true});
    return t;
}

std::vector<const Finding*> findAll(std::vector<Finding>&&, std::string_view) = delete; // would dangle
std::vector<const Finding*> findAll(const std::vector<Finding>& findings, std::string_view id) {
    std::vector<const Finding*> out;
    for (const auto& f : findings) {
        if (f.id == id) {
            out.push_back(&f);
        }
    }
    return out;
}

} // namespace

TEST(UdpOwnerTable, ReadsIpv4RowsWithTheirPortAndOwner) {
    const auto table =
        v4Table({{{0, 0, 0, 0}, 500, 3120}, {{192, 168, 1, 20}, 4500, 7788}, {{127, 0, 0, 1}, 53, 4}});
    auto rows = parseUdpOwnerTable(table, UdpTableFamily::Ipv4);
    ASSERT_TRUE(rows) << rows.error().detail;
    ASSERT_EQ(rows->size(), 3u);
    EXPECT_EQ((*rows)[0], (UdpEndpoint{"0.0.0.0", 500, 3120}));
    EXPECT_EQ((*rows)[1], (UdpEndpoint{"192.168.1.20", 4500, 7788}));
    EXPECT_EQ((*rows)[2], (UdpEndpoint{"127.0.0.1", 53, 4}));
}

TEST(UdpOwnerTable, ReadsIpv6RowsInRfc5952Form) {
    std::vector<std::uint8_t> b;
    putDword(b, 2);
    b.insert(b.end(), 16, 0); // "::"
    putDword(b, 0);           // scope id
    putPort(b, 500);
    putDword(b, 3120);
    const std::array<std::uint8_t, 16> linkLocal{0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    b.insert(b.end(), linkLocal.begin(), linkLocal.end());
    putDword(b, 12);
    putPort(b, 4500);
    putDword(b, 9001);
    auto rows = parseUdpOwnerTable(b, UdpTableFamily::Ipv6);
    ASSERT_TRUE(rows) << rows.error().detail;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0], (UdpEndpoint{"::", 500, 3120}));
    EXPECT_EQ((*rows)[1], (UdpEndpoint{"fe80::1", 4500, 9001}));
}

TEST(UdpOwnerTable, AnEmptyTableHasNoRows) {
    auto rows = parseUdpOwnerTable(v4Table({}), UdpTableFamily::Ipv6);
    ASSERT_TRUE(rows);
    EXPECT_TRUE(rows->empty());
}

TEST(UdpOwnerTable, ACountBeyondTheBufferIsMalformedNotAnOverread) {
    const auto table = v4Table({{{10, 0, 0, 1}, 500, 1}}, 2);
    auto rows = parseUdpOwnerTable(table, UdpTableFamily::Ipv4);
    ASSERT_FALSE(rows);
    EXPECT_EQ(rows.error().code, ErrorCode::Malformed);
    // The same 16 bytes hold no IPv6 row at all.
    EXPECT_FALSE(parseUdpOwnerTable(v4Table({{{10, 0, 0, 1}, 500, 1}}), UdpTableFamily::Ipv6));
    // A count near 2^32 must not overflow the size check.
    EXPECT_FALSE(parseUdpOwnerTable(v4Table({}, 0xFFFFFFFFu), UdpTableFamily::Ipv4));
    EXPECT_FALSE(parseUdpOwnerTable(std::vector<std::uint8_t>{1, 0}, UdpTableFamily::Ipv4));
}

TEST(WfpProviders, WindowsOwnAreKnownByKeyOrService) {
    EXPECT_TRUE(isWindowsWfpProviderKey("{10AD9216-CCDE-456C-8B16-E9F04E60A90B}")); // IKEEXT
    EXPECT_TRUE(isWindowsWfpProviderKey("4b153735-1049-4480-aab4-d1b9bdc03710"));   // MPSSVC_WSH
    EXPECT_FALSE(isWindowsWfpProviderKey("{e2e41b20-dcaf-406a-ad3f-2110a8172910}"));
    EXPECT_FALSE(isWindowsWfpProviderKey("{10ad9216-ccde-456c-8b16-e9f04e60a90}")); // one digit short
    EXPECT_TRUE(isWindowsWfpProviderService("MpsSvc"));
    EXPECT_FALSE(isWindowsWfpProviderService("vpnagent"));
    EXPECT_FALSE(isWindowsWfpProviderService(""));
}

TEST(TransportChecks, IkeextOnItsPortsGivesNoFinding) {
    SystemSnapshot s;
    s.transport = healthyFacts();
    EXPECT_TRUE(checkTransportFacts(s).empty());
    s.transport = TransportFacts{}; // IKEEXT not started yet: the ports are free, nothing is wrong
    s.transport->wfpListed = true;
    EXPECT_TRUE(checkTransportFacts(s).empty());
}

TEST(TransportChecks, AnotherProgramAloneOnUdp500IsAnError) {
    SystemSnapshot s;
    s.transport = TransportFacts{};
    s.transport->udpOwners = {owner(kIkePort, 4312, "vpnagent.exe", {"vpnagent"})};
    const auto findings = checkTransportFacts(s);
    const auto taken = findAll(findings, finding::ConnectivityLocalPortTaken.id);
    ASSERT_EQ(taken.size(), 1u);
    EXPECT_EQ(taken[0]->severity, Severity::Error);
    EXPECT_EQ(taken[0]->step, Step::Connectivity);
    EXPECT_EQ(taken[0]->subject, "vpnagent.exe");
    EXPECT_EQ(taken[0]->evidence.at("port"), "500");
    EXPECT_EQ(taken[0]->evidence.at("pid"), "4312");
    EXPECT_EQ(taken[0]->evidence.at("services"), "vpnagent");
    EXPECT_EQ(taken[0]->evidence.at("ikeext_holds_port"), "false");
}

TEST(TransportChecks, SharingAPortWithIkeextIsAWarningPerSocket) {
    SystemSnapshot s;
    s.transport = healthyFacts();
    s.transport->udpOwners.push_back(owner(kNatTraversalPort, 0, "", {}, "192.168.1.20"));
    const auto findings = checkTransportFacts(s);
    const auto taken = findAll(findings, finding::ConnectivityLocalPortTaken.id);
    ASSERT_EQ(taken.size(), 1u);
    EXPECT_EQ(taken[0]->severity, Severity::Warning);
    EXPECT_EQ(taken[0]->evidence.at("port"), "4500");
    EXPECT_EQ(taken[0]->subject, "pid 0"); // no name read: the pid names it
}

TEST(TransportChecks, ThirdPartyProvidersAreOneNoteWithTheirCallouts) {
    SystemSnapshot s;
    s.transport = healthyFacts();
    s.transport->wfpProviders.push_back({"{e2e41b20-dcaf-406a-ad3f-2110a8172910}", "Contoso Endpoint Shield",
                                         "csshield", true, false, 3, false});
    s.transport->wfpProviders.push_back(
        {"{6f752cae-aae6-4f05-a9f8-402d149a1a31}", "", "", false, false, 1, false});
    const auto findings = checkTransportFacts(s);
    const auto notes = findAll(findings, finding::ConnectivityWfpThirdParty.id);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0]->severity, Severity::Info);
    EXPECT_EQ(notes[0]->evidence.at("providers"), "2");
    EXPECT_EQ(notes[0]->evidence.at("callouts"), "4");
    EXPECT_EQ(notes[0]->subject, "Contoso Endpoint Shield; {6f752cae-aae6-4f05-a9f8-402d149a1a31}");
    // Not listed (no rights): no claim either way.
    s.transport->wfpListed = false;
    const auto unlisted = checkTransportFacts(s);
    EXPECT_TRUE(findAll(unlisted, finding::ConnectivityWfpThirdParty.id).empty());
}

TEST(TransportChecks, WhatCouldNotBeReadIsANoteOrAWarning) {
    SystemSnapshot s;
    s.errors.push_back({"transport", "wfp-providers", "error.access-denied", 5});
    s.errors.push_back({"transport", "udp-owners", "error.platform", 87});
    s.errors.push_back({"services", "IKEEXT", "error.access-denied", 5});
    const auto all = checkTransportFacts(s);
    const auto findings = findAll(all, finding::ConnectivityLocalFactsNotCollected.id);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0]->subject, "wfp-providers");
    EXPECT_EQ(findings[0]->severity, Severity::Info);
    EXPECT_EQ(findings[1]->subject, "udp-owners");
    EXPECT_EQ(findings[1]->severity, Severity::Warning);
    EXPECT_EQ(findings[1]->evidence.at("native_error"), "87");
}

TEST(TransportJson, RoundTripsAndJudgesProvidersAgainOnRead) {
    SystemSnapshot s;
    s.collectedAt = "2026-12-08T03:00:00Z";
    s.transport = healthyFacts();
    s.transport->udpOwners.push_back(owner(kIkePort, 4312, "vpnagent.exe", {"vpnagent"}));
    s.transport->wfpProviders.push_back({"{e2e41b20-dcaf-406a-ad3f-2110a8172910}", "Contoso Endpoint Shield",
                                         "csshield", true, true, 3, false});
    auto json = toJson(s);
    EXPECT_EQ(json["transport"]["udp_owners"][0]["ikeext"], true);
    // A file that calls a third-party provider Windows' own is not believed.
    json["transport"]["wfp_providers"][1]["windows"] = true;
    auto back = snapshotFromJson(json);
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(back->transport, s.transport);
}

TEST(TransportJson, OlderBundlesHaveNoneAndDamagedOnesAreRefused) {
    SystemSnapshot s;
    s.collectedAt = "2026-12-08T03:00:00Z";
    auto json = toJson(s);
    ASSERT_FALSE(json.contains("transport"));
    auto back = snapshotFromJson(json);
    ASSERT_TRUE(back);
    EXPECT_FALSE(back->transport);

    s.transport = healthyFacts();
    auto bad = toJson(s);
    bad["transport"]["udp_owners"][0]["port"] = 70000;
    EXPECT_FALSE(snapshotFromJson(bad));
    bad = toJson(s);
    bad["transport"]["udp_owners"][0]["services"] = nlohmann::json::array({1});
    EXPECT_FALSE(snapshotFromJson(bad));
    bad = toJson(s);
    bad["transport"]["udp_owners"] = nlohmann::json::array();
    for (int i = 0; i < 300; ++i) {
        bad["transport"]["udp_owners"].push_back(toJson(s)["transport"]["udp_owners"][0]);
    }
    auto refused = snapshotFromJson(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Malformed);
}

namespace {

/// A source that answers like Windows for a standard user: the owners, and no right to WFP.
class StandardUserSource final : public TransportFactsSource {
public:
    Expected<std::vector<UdpPortOwner>> udpPortOwners(std::span<const std::uint16_t> ports) override {
        asked.assign(ports.begin(), ports.end());
        return std::vector<UdpPortOwner>{owner(kIkePort, 4312, "vpnagent.exe")};
    }
    Expected<std::vector<WfpProvider>> wfpProviders() override {
        if (denied) {
            return Error::make(ErrorCode::AccessDenied, "FwpmEngineOpen0: access denied", 5);
        }
        return std::vector<WfpProvider>{
            {"{10ad9216-ccde-456c-8b16-e9f04e60a90b}", "IKEEXT", "", false, false, 0, false},
            {"{e2e41b20-dcaf-406a-ad3f-2110a8172910}", "Contoso", "", false, false, 2, false}};
    }
    bool denied = true;
    std::vector<std::uint16_t> asked;
};

} // namespace

TEST(TransportCollector, AsksForBothIkePortsAndKeepsWhatItCouldRead) {
    StandardUserSource source;
    std::vector<CollectionError> errors;
    const auto facts = collectTransportFacts(source, errors);
    EXPECT_EQ(source.asked, (std::vector<std::uint16_t>{500, 4500}));
    ASSERT_EQ(facts.udpOwners.size(), 1u);
    EXPECT_FALSE(facts.wfpListed);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].target, "wfp-providers");
    EXPECT_EQ(errors[0].code, "error.access-denied");

    source.denied = false;
    errors.clear();
    const auto admin = collectTransportFacts(source, errors);
    EXPECT_TRUE(errors.empty());
    ASSERT_TRUE(admin.wfpListed);
    EXPECT_TRUE(admin.wfpProviders[0].builtIn);
    EXPECT_FALSE(admin.wfpProviders[1].builtIn);
}

namespace {

/// A healthy PC (diagnosis_machine.h) with IKEEXT on its ports; `otherClient` adds another VPN
/// client on UDP 500, alone or beside IKEEXT.
Machine pcWithIkePorts(TunnelType tunnel, VpnAuthMethod auth, bool otherClient = false,
                       bool ikeextToo = false) {
    Machine m;
    m.snapshot.transport = healthyFacts();
    if (otherClient) {
        if (!ikeextToo) {
            std::erase_if(m.snapshot.transport->udpOwners,
                          [](const UdpPortOwner& o) { return o.port == kIkePort; });
        }
        m.snapshot.transport->udpOwners.push_back(owner(kIkePort, 4312, "vpnagent.exe", {"vpnagent"}));
    }
    m.connection(tunnel, auth);
    return m;
}

/// The server answered the probe on UDP 500 (from an ephemeral port).
Finding serverAnswered() {
    Finding f = newFinding(finding::ConnectivityUdp500Reachable, Severity::Ok);
    f.subject = "vpn.example.com";
    return f;
}

} // namespace

TEST(TransportDiagnosis, AnotherVpnClientOnUdp500Explains809ForEveryTunnelAndSignIn) {
    for (const auto& [tunnel, auth] : {std::pair{TunnelType::Ikev2, VpnAuthMethod::EapMschapv2},
                                       std::pair{TunnelType::Ikev2, VpnAuthMethod::MachineCertificate},
                                       std::pair{TunnelType::L2tp, VpnAuthMethod::PreSharedKey}}) {
        const auto d = pcWithIkePorts(tunnel, auth, true).with(serverAnswered()).dialFailed("809").diagnose();
        ASSERT_FALSE(d.causes.empty()) << tunnelTypeId(tunnel);
        const auto& top = d.causes.front();
        EXPECT_EQ(top.id, cause::LocalIkePortTaken.id) << tunnelTypeId(tunnel);
        EXPECT_TRUE(top.local);
        // The server answered: this is not the network's fault, nor the provider's.
        EXPECT_FALSE(listed(d, std::string(cause::TransportBlocked.id)));
        EXPECT_FALSE(d.provider.recommended);
    }
}

TEST(TransportDiagnosis, NotACauseWithoutAFailureOrWhileIkeextHoldsThePort) {
    // Nothing failed: the other program is a note, not the reason of anything.
    const auto quiet = pcWithIkePorts(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2, true).diagnose();
    EXPECT_FALSE(listed(quiet, std::string(cause::LocalIkePortTaken.id)));
    EXPECT_TRUE(std::any_of(quiet.notes.begin(), quiet.notes.end(),
                            [](const Finding& f) { return f.id == finding::ConnectivityLocalPortTaken.id; }));
    // IKEEXT has the port too: a warning to read, not the cause of the 809.
    const auto shared = pcWithIkePorts(TunnelType::L2tp, VpnAuthMethod::PreSharedKey, true, true)
                            .dialFailed("809")
                            .diagnose();
    EXPECT_FALSE(listed(shared, std::string(cause::LocalIkePortTaken.id)));
    // A healthy PC with the same failure: never this cause.
    const auto healthy =
        pcWithIkePorts(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2).dialFailed("809").diagnose();
    EXPECT_FALSE(listed(healthy, std::string(cause::LocalIkePortTaken.id)));
}

TEST(TransportDiagnosis, OtherVendorsFiltersNeverMakeACauseAlone) {
    auto pc = pcWithIkePorts(TunnelType::Ikev2, VpnAuthMethod::EapMschapv2);
    pc.snapshot.transport->wfpProviders.push_back({"{e2e41b20-dcaf-406a-ad3f-2110a8172910}",
                                                   "Contoso Endpoint Shield", "csshield", true, false, 3,
                                                   false});
    const auto d = pc.with(serverAnswered()).dialFailed("809").diagnose();
    EXPECT_FALSE(listed(d, std::string(cause::LocalIkePortTaken.id)));
    for (const auto& c : d.causes) {
        const bool anchoredByFilters =
            std::all_of(c.evidence.begin(), c.evidence.end(),
                        [](const Finding& f) { return f.id == finding::ConnectivityWfpThirdParty.id; });
        EXPECT_FALSE(anchoredByFilters && !c.evidence.empty()) << c.id;
    }
}
