#include "ipsecdoctor/knowledge/remediation_id.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(RemediationId, ParsesAllowListedIds) {
    auto spec = parseRemediationId("service.policyagent.set-automatic");
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->service, "PolicyAgent"); // Windows' spelling, for the SCM
    EXPECT_EQ(spec->action, ServiceAction::SetAutomatic);
    EXPECT_TRUE(spec->needsElevation);
    EXPECT_TRUE(spec->reversible);
    auto restart = parseRemediationId("service.ikeext.restart");
    ASSERT_TRUE(restart);
    EXPECT_FALSE(restart->reversible);
}

TEST(RemediationId, RejectsEverythingElse) {
    for (const char* id :
         {"", "service.", "service.policyagent", "service.policyagent.", "service.spooler.start",
          "service.PolicyAgent.start", "service.bfe.restart", "service.policyagent.delete", "registry.x.y",
          "service.policyagent.start;calc.exe", "service.policyagent.start ",
          "service.policyagent.start.extra", "service..start"}) {
        auto spec = parseRemediationId(id);
        ASSERT_FALSE(spec) << id;
        EXPECT_EQ(spec.error().code, ErrorCode::InvalidArgument) << id;
    }
}

TEST(RemediationId, EveryListedIdRoundTrips) {
    const auto ids = allRemediationIds();
    EXPECT_EQ(ids.size(), 16u); // BFE 2, IKEEXT 4, PolicyAgent 4, SstpSvc 2, RasMan 4
    for (const auto& id : ids) {
        auto spec = parseRemediationId(id);
        ASSERT_TRUE(spec) << id;
        EXPECT_EQ(makeRemediationId(spec->service, spec->action), id);
    }
}
