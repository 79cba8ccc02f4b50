// The sample bundle shipped in resources/samples/ is what the README's main command opens: it
// must stay loadable and keep telling the story it was made for (PolicyAgent disabled).
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;

TEST(SampleBundle, PolicyAgentDisabledOnWindows10) {
    auto bundle = loadBundle(std::filesystem::path(IPSECDOCTOR_SAMPLES_DIR) / "policyagent-disabled.zip");
    ASSERT_TRUE(bundle) << bundle.error().detail;
    EXPECT_EQ(bundle->snapshot.machine.osVersion, "10.0");
    const auto findings = runChecks(bundle->snapshot);
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings.front().id, "service.policyagent.disabled");
    EXPECT_EQ(worstSeverity(findings), Severity::Error);
    // The findings stored at export time agree with today's checks.
    EXPECT_EQ(bundle->findings, findings);
}
