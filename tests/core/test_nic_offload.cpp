// IPsec task offload of the network adapters: the NDIS standardized keywords as drivers store
// them, read through the Registry interface (the Win32 path runs under Wine in tests/win), and
// what the Proposals step says about them.
#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/proposals/proposal_checks.h"
#include "ipsecdoctor/vpn/nic_offload.h"

#include "memory_registry.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

namespace {

RegistryValue sz(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return RegistryValue{kRegSz, out + std::string(2, '\0')};
}

void adapter(ipsecdoctor::testing::MemoryRegistry& reg, const std::string& sub, const std::string& desc,
             const std::string& keyword, const std::string& value) {
    const std::string key = std::string(vpn::kNetworkAdapterClass) + "\\" + sub;
    (void)reg.write(RegistryRoot::LocalMachine, key, "DriverDesc", sz(desc));
    if (!keyword.empty()) {
        (void)reg.write(RegistryRoot::LocalMachine, key, keyword, sz(value));
    }
}

} // namespace

TEST(NicOffload, ReadsTheStandardizedKeywordsOfEachAdapter) {
    ipsecdoctor::testing::MemoryRegistry reg;
    adapter(reg, "0001", "Intel(R) Ethernet Connection I219-LM", "*IPsecOffloadV2", "3");
    adapter(reg, "0002", "WAN Miniport (IKEv2)", "", ""); // no keyword: not listed
    adapter(reg, "0003", "Realtek PCIe GbE Family Controller", "*IPsecOffloadV1IPv4", "0");
    (void)reg.write(RegistryRoot::LocalMachine, std::string(vpn::kNetworkAdapterClass) + "\\Properties",
                    "*IPsecOffloadV2", sz("3")); // not an adapter instance
    auto nics = vpn::readNicIpsecOffload(reg);
    ASSERT_TRUE(nics.hasValue());
    ASSERT_EQ(nics->size(), 2u);
    EXPECT_EQ((*nics)[0].adapter, "Intel(R) Ethernet Connection I219-LM");
    EXPECT_EQ((*nics)[0].value, "3");
    EXPECT_TRUE((*nics)[0].enabled());
    EXPECT_EQ((*nics)[1].keyword, "*IPsecOffloadV1IPv4");
    EXPECT_FALSE((*nics)[1].enabled());
}

TEST(NicOffload, EnabledOffloadIsPhase2ContextOnTheProposalsStepOnly) {
    proposals::ProposalContext c;
    c.subject.profile = "Office";
    c.subject.server = "vpn.example.net";
    c.config.nicOffload = {{"Intel(R) I219-LM", "HKLM\\...\\0001", "*IPsecOffloadV2", "3"},
                           {"Realtek", "HKLM\\...\\0003", "*IPsecOffloadV2", "0"}};
    auto findings = proposals::checkProposals(c);
    auto it = std::find_if(findings.begin(), findings.end(),
                           [](const Finding& f) { return f.id == "proposal.phase2.nic-offload-enabled"; });
    ASSERT_NE(it, findings.end());
    EXPECT_EQ(it->severity, Severity::Info);
    EXPECT_EQ(it->phase, IkePhase::Phase2);
    EXPECT_EQ(it->evidence.at("adapters"), "Intel(R) I219-LM (*IPsecOffloadV2=3)");

    // All off: nothing said.
    c.config.nicOffload[0].value = "0";
    findings = proposals::checkProposals(c);
    EXPECT_TRUE(std::none_of(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.id == "proposal.phase2.nic-offload-enabled"; }));

    // In a bundle: kept through the snapshot JSON, and an older bundle without it still loads.
    SystemSnapshot s;
    s.collectedAt = "2026-11-27T10:15:00Z";
    s.vpn = c.config;
    auto back = snapshotFromJson(toJson(s));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(back->vpn->nicOffload, c.config.nicOffload);
    auto j = toJson(s);
    j["vpn"].erase("nic_ipsec_offload");
    auto old = snapshotFromJson(j);
    ASSERT_TRUE(old) << old.error().detail;
    EXPECT_TRUE(old->vpn->nicOffload.empty());
}
