#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/file_io.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace ipsecdoctor;
using ipsecdoctor::testing::TempDir;

namespace {

JournalEntry sampleEntry(const std::string& id) {
    JournalEntry e;
    e.id = id;
    e.remediationId = "service.policyagent.set-automatic";
    e.service = "PolicyAgent";
    e.appliedAt = "2026-11-27T10:00:00Z";
    e.before = {StartType::Disabled, false, ServiceState::Stopped};
    e.after = {StartType::Automatic, false, ServiceState::Running};
    e.hostname = "PC-01";
    return e;
}

} // namespace

TEST(Journal, MissingFileIsEmpty) {
    TempDir dir;
    Journal j(dir.path() / "sub" / "journal.json");
    auto entries = j.load();
    ASSERT_TRUE(entries);
    EXPECT_TRUE(entries->empty());
}

TEST(Journal, AppendUpdateRemoveRoundTrip) {
    TempDir dir;
    Journal j(dir.path() / "sub" / "journal.json"); // folders are created
    ASSERT_TRUE(j.append(sampleEntry("a")));
    auto b = sampleEntry("b");
    b.restartedDependents = {"RasMan"};
    b.reversible = false;
    ASSERT_TRUE(j.append(b));

    auto entries = j.load();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ((*entries)[0], sampleEntry("a"));
    EXPECT_EQ((*entries)[1], b);

    auto a = sampleEntry("a");
    a.status = JournalStatus::Undone;
    a.undoneAt = "2026-11-27T11:00:00Z";
    ASSERT_TRUE(j.update(a));
    EXPECT_EQ(j.load()->at(0), a);

    ASSERT_TRUE(j.remove("b"));
    EXPECT_EQ(j.load()->size(), 1u);
    EXPECT_EQ(j.remove("b").error().code, ErrorCode::NotFound);
    EXPECT_EQ(j.update(sampleEntry("zzz")).error().code, ErrorCode::NotFound);
    // No temporary file is left beside the journal.
    int files = 0;
    for ([[maybe_unused]] const auto& f : std::filesystem::directory_iterator(dir.path() / "sub")) {
        ++files;
    }
    EXPECT_EQ(files, 1);
}

TEST(Journal, FindNamesTheEntryOrSaysItIsNotThere) {
    TempDir dir;
    Journal j(dir.path() / "journal.json");
    EXPECT_EQ(j.find("a").error().code, ErrorCode::NotFound) << "a missing journal has no entry";
    ASSERT_TRUE(j.append(sampleEntry("a")));
    ASSERT_TRUE(j.append(sampleEntry("b")));
    auto b = j.find("b");
    ASSERT_TRUE(b.hasValue());
    EXPECT_EQ(*b, sampleEntry("b"));
    EXPECT_EQ(j.find("c").error().code, ErrorCode::NotFound);
}

TEST(Journal, CorruptJournalIsReportedAndLeftUntouched) {
    TempDir dir;
    const auto file = dir.path() / "journal.json";
    const std::string garbage = R"({"schema_version": 1, "entries": [{"id": 5}]})";
    ASSERT_TRUE(writeFileAtomic(file, garbage));
    Journal j(file);
    auto loaded = j.load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::Malformed);
    EXPECT_NE(loaded.error().detail.find("entries[0].id"), std::string::npos);
    // Appending must not overwrite the only record of earlier changes.
    EXPECT_FALSE(j.append(sampleEntry("x")));
    EXPECT_EQ(*readFile(file, 1 << 20), garbage);
}

TEST(Journal, NewerSchemaIsRefused) {
    TempDir dir;
    const auto file = dir.path() / "journal.json";
    ASSERT_TRUE(writeFileAtomic(file, R"({"schema_version": 99, "entries": []})"));
    auto loaded = Journal(file).load();
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::NotSupported);
}
