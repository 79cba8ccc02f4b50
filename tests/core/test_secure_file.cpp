// writeFileNoFollow / createDirectoriesNoFollow: what the privileged helper's file writes rest on.
// A link (symbolic link; on Windows also a junction) in the file's folder chain or as the file
// itself is refused and the file it points at is left untouched; plain files are written.

#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/secure_file.h"

#include "file_text.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace ipsecdoctor;
namespace fs = std::filesystem;

namespace {

using ipsecdoctor::testing::fileText;

class SecureFile : public ::testing::Test {
protected:
    void SetUp() override {
        data = dir.path() / "data" / "IPsecDoctor";
        protectedDir = dir.path() / "protected";
        fs::create_directories(data);
        fs::create_directories(protectedDir);
        victim = protectedDir / "victim.conf";
        ASSERT_TRUE(writeFileAtomic(victim, "original\n").hasValue());
    }
    /// Symbolic links need a privilege on Windows; skip rather than pass when they cannot be made.
    bool link(const fs::path& target, const fs::path& at, bool folder) {
        std::error_code ec;
        folder ? fs::create_directory_symlink(target, at, ec) : fs::create_symlink(target, at, ec);
        return !ec;
    }
    std::string victimText() { return fileText(victim); }

    ipsecdoctor::testing::TempDir dir;
    fs::path data;
    fs::path protectedDir;
    fs::path victim;
};

} // namespace

TEST_F(SecureFile, WritesAndReplacesAPlainFile) {
    const fs::path file = data / "helper-result.json";
    ASSERT_TRUE(writeFileNoFollow(file, "{\"result\": \"applied\"}\n", data).hasValue());
    EXPECT_EQ(fileText(file), "{\"result\": \"applied\"}\n");
    ASSERT_TRUE(writeFileNoFollow(file, "{}\n").hasValue());
    EXPECT_EQ(fileText(file), "{}\n") << "the longer old content is truncated";
}

TEST_F(SecureFile, RefusesAFileThatIsALink) {
    const fs::path file = data / "helper-result.json";
    if (!link(victim, file, false)) {
        GTEST_SKIP() << "cannot create symbolic links here";
    }
    auto written = writeFileNoFollow(file, "{\"evil\": true}\n", data);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().code, ErrorCode::AccessDenied) << written.error().detail;
    EXPECT_EQ(victimText(), "original\n");
}

TEST_F(SecureFile, RefusesALinkedDataFolder) {
    // The review's case: an "IPsecDoctor" folder that is a link to a protected folder.
    const fs::path linked = dir.path() / "other" / "IPsecDoctor";
    fs::create_directories(linked.parent_path());
    if (!link(protectedDir, linked, true)) {
        GTEST_SKIP() << "cannot create symbolic links here";
    }
    auto written = writeFileNoFollow(linked / "victim.conf", "{\"evil\": true}\n");
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().code, ErrorCode::AccessDenied) << written.error().detail;
    EXPECT_EQ(victimText(), "original\n");
    EXPECT_FALSE(fs::exists(protectedDir / "helper-result.json"));
    EXPECT_FALSE(writeFileNoFollow(linked / "helper-result.json", "{}").hasValue());
    EXPECT_FALSE(fs::exists(protectedDir / "helper-result.json"));
}

TEST_F(SecureFile, RefusesALinkAnywhereBelowTheTrustedFolder) {
    const fs::path logs = data / "logs";
    if (!link(protectedDir, logs, true)) {
        GTEST_SKIP() << "cannot create symbolic links here";
    }
    auto written = writeFileNoFollow(logs / "victim.conf", "x", data);
    ASSERT_FALSE(written.hasValue());
    EXPECT_EQ(written.error().code, ErrorCode::AccessDenied);
    EXPECT_EQ(victimText(), "original\n");
    auto created = createDirectoriesNoFollow(logs / "deeper", data);
    ASSERT_FALSE(created.hasValue());
    EXPECT_FALSE(fs::exists(protectedDir / "deeper"));
}

TEST_F(SecureFile, RefusesASecondHardLink) {
    const fs::path file = data / "helper-result.json";
    std::error_code ec;
    fs::create_hard_link(victim, file, ec);
    if (ec) {
        GTEST_SKIP() << "cannot create hard links here: " << ec.message();
    }
    EXPECT_FALSE(writeFileNoFollow(file, "{\"evil\": true}\n", data).hasValue());
    EXPECT_EQ(victimText(), "original\n");
}

TEST_F(SecureFile, RefusesPathsOutsideTheTrustedFolder) {
    EXPECT_EQ(writeFileNoFollow(protectedDir / "x.json", "x", data).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(writeFileNoFollow(data / ".." / ".." / "protected" / "x.json", "x", data).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_FALSE(fs::exists(protectedDir / "x.json"));
    EXPECT_EQ(writeFileNoFollow(data / "missing" / "x.json", "x", data).error().code, ErrorCode::NotFound);
}

TEST_F(SecureFile, CreatesMissingFoldersInsideTheTrustedOne) {
    ASSERT_TRUE(createDirectoriesNoFollow(data / "logs" / "old", data).hasValue());
    EXPECT_TRUE(fs::is_directory(data / "logs" / "old"));
    ASSERT_TRUE(createDirectoriesNoFollow(data / "logs" / "old", data).hasValue()) << "existing: fine";
    ASSERT_TRUE(writeFileNoFollow(data / "logs" / "old" / "a.log", "line\n", data).hasValue());
}
