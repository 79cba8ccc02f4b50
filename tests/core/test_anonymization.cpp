// bundle export --anonymize: user, host and domain names, addresses, SIDs and certificate
// subjects become stable pseudonyms, the same in every entry, and the bundle still opens.
#include "ipsecdoctor/bundle/anonymization.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/redaction.h"
#include "ipsecdoctor/bundle/zip_archive.h"
#include "ipsecdoctor/ike/udp_transport.h"
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/logs/event_xml.h"
#include "ipsecdoctor/model/certificate_facts.h"

#include "event_samples.h"
#include "test_pki.h"
#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using namespace ipsecdoctor::testing;

namespace {

EventRecord event(const std::string& xml) {
    auto e = parseEventXml(xml);
    EXPECT_TRUE(e.hasValue()) << xml;
    return e.hasValue() ? *e : EventRecord{};
}

SystemSnapshot identifiableSnapshot() {
    SystemSnapshot s = windows10Snapshot(); // PC-COMPTA-07
    LogsInfo logs;
    logs.source = "live";
    logs.events.push_back(event(rasDialFailedXml("2026-11-27T10:00:00.000Z", "809"))); // PC-TEST\alice
    auto security = securityEventXml(4624, "2026-11-27T10:01:00.000Z",
                                     {{"TargetUserName", "bob.martin"},
                                      {"TargetDomainName", "CORPDOM"},
                                      {"TargetUserSid", "S-1-5-21-1111111111-2222222222-3333333333-1104"},
                                      {"WorkstationName", "LAPTOP-BOB"},
                                      {"IpAddress", "192.168.1.20"},
                                      {"RemoteAddress", "fe80::1c2b:3a4d:5e6f:7081"},
                                      {"LogonType", "3"}});
    security.replace(security.find("<Security />"), 12,
                     "<Security UserID='S-1-5-21-1111111111-2222222222-3333333333-1104' />");
    logs.events.push_back(event(security));
    logs.events.push_back(event(mainModeFailedXml("2026-11-27T10:02:00.000Z", "%%13801")));
    s.logs = logs;
    VpnConfiguration vpn;
    VpnProfile p;
    p.name = "Office VPN";
    p.server = "vpn.corp-example.com";
    p.phonebook = "C:\\Users\\alice\\AppData\\Roaming\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk";
    vpn.profiles.push_back(p);
    s.vpn = vpn;
    s.certificates.collected = true;
    for (const char* name : {"machine-good.der", "server.der"}) {
        CertificateRecord c;
        c.der = pkiFile(name);
        c.facts = *parseCertificate(c.der);
        c.chain.evaluated = true;
        c.chain.elements.push_back(
            {c.facts.subject, c.facts.thumbprint, c.facts.spkiSha1, c.facts.notAfter, true});
        s.certificates.certificates.push_back(c);
    }
    // Another program on UDP 4500 of the PC's LAN address: the address must not leave unchanged.
    s.transport = TransportFacts{};
    s.transport->udpOwners.push_back({4500, "192.168.1.20", 5012, "netmon-agent.exe", {}});
    return s;
}

std::string allEntries(const std::string& zip) {
    std::string all;
    const auto entries = readZip(zip); // kept: a range-for over *readZip(zip) would dangle
    EXPECT_TRUE(entries);
    for (const auto& e : *entries) {
        all += e.data;
    }
    return all;
}

} // namespace

TEST(Anonymization, NoOriginalNameAddressOrSidRemainsAndTheBundleOpens) {
    const auto snapshot = identifiableSnapshot();
    const std::vector<Finding> findings{{"probe.unreachable",
                                         "vpn.corp-example.com",
                                         Severity::Error,
                                         Step::Certificates,
                                         IkePhase::Local,
                                         {{"address", "192.168.1.20"}, {"user", "PC-TEST\\alice"}},
                                         {}}};
    const std::string log =
        "2026-11-27 [info] alice@corp-example.com dialed vpn.corp-example.com from 10.20.30.40\n";
    auto zip = buildBundle(snapshot, findings, log,
                           {{"diagnosis/tracing/RASMAN.LOG", "host LAPTOP-BOB 10.20.30.40\n"}}, {true});
    ASSERT_TRUE(zip.hasValue()) << zip.error().detail;
    const std::string all = allEntries(*zip);
    for (const std::string& original :
         std::vector<std::string>{"PC-COMPTA-07", "PC-TEST", "alice", "bob.martin", "CORPDOM", "LAPTOP-BOB",
                                  "corp-example", "192.168.1.20", "10.20.30.40", "fe80::1c2b", "1111111111",
                                  "pc1.example.test", "vpn.example.test", "Soci\xC3\xA9t\xC3\xA9 des Tests",
                                  "IPsec Doctor Test", std::string("\xC0\x00\x02\x0A", 4)}) {
        EXPECT_EQ(all.find(original), std::string::npos) << original;
    }
    for (const auto& c : snapshot.certificates.certificates) {
        EXPECT_EQ(all.find(c.facts.thumbprint), std::string::npos); // a new DER, a new thumbprint
    }

    auto bundle = parseBundle(*zip); // certificates re-read from the rewritten DER
    ASSERT_TRUE(bundle.hasValue()) << bundle.error().detail;
    EXPECT_TRUE(bundle->manifest.anonymized);
    const auto& s = bundle->snapshot;
    EXPECT_EQ(s.machine.hostname, "host-1");
    ASSERT_TRUE(s.transport.has_value());
    ASSERT_EQ(s.transport->udpOwners.size(), 1u);
    EXPECT_EQ(s.transport->udpOwners[0].process, "netmon-agent.exe"); // a program's name identifies nobody
    EXPECT_EQ(bundle->manifest.machine.hostname, "host-1");
    const auto& events = s.logs->events;
    ASSERT_EQ(events.size(), 3u);
    // The same value, the same token, in every place it appears.
    const std::string pcTest = events[0].computer;
    EXPECT_TRUE(pcTest.starts_with("host-")) << pcTest;
    EXPECT_NE(events[0].xml.find("<Computer>" + pcTest + "</Computer>"), std::string::npos);
    const std::string rasUser = *events[0].positional(1); // DOMAIN\user
    const auto slash = rasUser.find('\\');
    ASSERT_NE(slash, std::string::npos) << rasUser;
    const std::string alice = rasUser.substr(slash + 1);
    EXPECT_TRUE(alice.starts_with("user-")) << rasUser;
    EXPECT_EQ(rasUser.substr(0, slash), pcTest); // PC-TEST is both the computer and the domain
    EXPECT_NE(s.vpn->profiles[0].phonebook.find("\\Users\\" + alice + "\\"), std::string::npos);
    EXPECT_NE(bundle->log.find(alice + "@"), std::string::npos) << bundle->log;
    EXPECT_EQ(bundle->findings[0].evidence.at("user"), rasUser);
    const std::string server = s.vpn->profiles[0].server;
    EXPECT_TRUE(server.starts_with("host-") && server.ends_with(".example")) << server;
    EXPECT_NE(bundle->log.find("dialed " + server), std::string::npos) << bundle->log;
    EXPECT_EQ(bundle->findings[0].subject, server);

    // Addresses stay addresses, from the documentation ranges, the same one everywhere.
    const std::string ip = *events[1].field("IpAddress");
    ASSERT_TRUE(ike::parseIpAddress(ip)) << ip;
    EXPECT_TRUE(ip.starts_with("192.0.2.") || ip.starts_with("198.51.100.") || ip.starts_with("203.0.113."))
        << ip;
    EXPECT_EQ(*events[2].field("LocalAddress"), ip);
    EXPECT_EQ(bundle->findings[0].evidence.at("address"), ip);
    const std::string ip6 = *events[1].field("RemoteAddress");
    EXPECT_TRUE(ip6.starts_with("2001:db8::") && ike::parseIpAddress(ip6)) << ip6;
    const std::string sid = *events[1].field("TargetUserSid");
    EXPECT_TRUE(sid.starts_with("S-1-5-21-0-0-0-")) << sid;
    EXPECT_NE(events[1].xml.find("UserID='" + sid + "'"), std::string::npos);
    EXPECT_EQ(*events[1].field("LogonType"), "3");

    // Certificates: parseable, subjects replaced, chain elements follow the new thumbprint.
    ASSERT_EQ(s.certificates.certificates.size(), 2u);
    const auto& machine = s.certificates.certificates[0];
    EXPECT_TRUE(machine.facts.subjectCommonName.starts_with("host-")) << machine.facts.subject;
    EXPECT_EQ(machine.chain.elements[0].thumbprint, machine.facts.thumbprint);
    EXPECT_EQ(machine.chain.elements[0].subject, machine.facts.subject);
    EXPECT_EQ(machine.facts.spkiSha1, snapshot.certificates.certificates[0].facts.spkiSha1); // same key
    const auto& vpnServer = s.certificates.certificates[1];
    ASSERT_EQ(vpnServer.facts.sanIp.size(), 1u);
    EXPECT_TRUE(ike::parseIpAddress(vpnServer.facts.sanIp[0])) << vpnServer.facts.sanIp[0];
    EXPECT_EQ(vpnServer.facts.issuer, machine.facts.issuer); // both from the same intermediate
}

TEST(Anonymization, EvidenceThatNamesNobodyIsKept) {
    Anonymizer a;
    SystemSnapshot s = windows10Snapshot();
    a.learn(s);
    const std::string text =
        "IKE negotiation failed with error 13801 on 10.0.19045 (proposal AES256-SHA256-DH14), "
        "mask 255.255.255.0, loopback 127.0.0.1, service PolicyAgent, event 4653, "
        "S-1-5-18 at 09:12:01:100, Microsoft-Windows-Security-Auditing";
    EXPECT_EQ(a.text(text), text);
    EXPECT_EQ(a.text("PC-COMPTA-07 and pc-compta-07"), "host-1 and host-1");
}

TEST(Anonymization, RedactionLeavesASnapshotWithoutSecretsAsItIs) {
    // Over-redaction is a bug too: certificates, events, profiles and their states all survive.
    const nlohmann::json original = toJson(identifiableSnapshot());
    nlohmann::json redacted = original;
    redactJsonStrings(redacted);
    EXPECT_EQ(redacted, original) << nlohmann::json::diff(original, redacted).dump(2);
}
