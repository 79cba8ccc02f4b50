#include "ipsecdoctor/json/model_json.h"

#include "windows10_services.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
using nlohmann::json;

TEST(ModelJson, SnapshotRoundTrip) {
    auto snap = ipsecdoctor::testing::windows10Snapshot();
    snap.services[2].dependents = {"RemoteAccess"};
    snap.services[1].win32ExitCode = 1066;
    snap.services[1].serviceSpecificExitCode = 0xFFFFFFFFu;
    snap.services[1].displayName = "Modules de génération de clés IKE et AuthIP"; // UTF-8 survives
    snap.errors.push_back({"services", "RasMan", "error.access-denied", 5});
    auto back = snapshotFromJson(json::parse(toJson(snap).dump()));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(*back, snap);
}

TEST(ModelJson, FindingsRoundTripWithDocumentedFieldNames) {
    Finding f{"service.policyagent.disabled",
              "PolicyAgent",
              Severity::Error,
              Step::Services,
              IkePhase::Local,
              {{"start_type", "disabled"}},
              {"service.policyagent.set-automatic"}};
    const json j = toJson(std::vector<Finding>{f});
    // The CLI's JSON schema documents these names: changing one breaks scripts.
    EXPECT_EQ(j[0]["id"], "service.policyagent.disabled");
    EXPECT_EQ(j[0]["severity"], "error");
    EXPECT_EQ(j[0]["step"], "services");
    EXPECT_EQ(j[0]["phase"], "local");
    EXPECT_EQ(j[0]["evidence"]["start_type"], "disabled");
    EXPECT_EQ(j[0]["remediations"][0], "service.policyagent.set-automatic");
    auto back = findingsFromJson(j);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->at(0), f);
}

TEST(ModelJson, MalformedSnapshotsNameTheProblem) {
    const json good = toJson(ipsecdoctor::testing::windows10Snapshot());
    struct Case {
        const char* what;
        std::function<void(json&)> damage;
        const char* mentions;
    };
    const std::vector<Case> cases{
        {"unknown state", [](json& j) { j["services"][1]["state"] = "exploded"; }, "services[1].state"},
        {"wrong type", [](json& j) { j["services"][0]["present"] = "yes"; }, "services[0].present"},
        {"missing services", [](json& j) { j.erase("services"); }, "services"},
        {"empty name", [](json& j) { j["services"][3]["name"] = ""; }, "services[3].name"},
        {"negative exit code", [](json& j) { j["services"][0]["win32_exit_code"] = -1; }, "win32_exit_code"},
        {"dependency not a string", [](json& j) { j["services"][1]["dependencies"][0] = 7; }, "dependencies"},
        {"not an object", [](json& j) { j = json::array(); }, "snapshot"},
    };
    for (const auto& c : cases) {
        json j = good;
        c.damage(j);
        auto parsed = snapshotFromJson(j);
        ASSERT_FALSE(parsed) << c.what;
        EXPECT_EQ(parsed.error().code, ErrorCode::Malformed) << c.what;
        EXPECT_NE(parsed.error().detail.find(c.mentions), std::string::npos)
            << c.what << ": " << parsed.error().detail;
    }
}

TEST(ModelJson, NewerSnapshotSchemaIsNotSupported) {
    json j = toJson(ipsecdoctor::testing::windows10Snapshot());
    j["schema_version"] = kSnapshotSchemaVersion + 1;
    auto parsed = snapshotFromJson(j);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().code, ErrorCode::NotSupported);
}

TEST(ModelJson, ParseJsonRejectsGarbageAndDeepNesting) {
    EXPECT_FALSE(parseJson("{\"a\":"));
    EXPECT_FALSE(parseJson(std::string(100000, '[')));
    EXPECT_TRUE(parseJson(R"({"s": "[[[[ not nesting ]]]]"})"));
}
