// The small Win32 pieces: strings, error mapping, machine info, elevation, command-line quoting
// through the real parser, atomic replace and makeLivePlatform.
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/util/command_line.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"
#include "platform/win/win32_elevation.h"
#include "platform/win/win32_machine_info.h"
#include "scm_test_support.h"

#include <gtest/gtest.h>

#include <shellapi.h>

#include <filesystem>
#include <fstream>

namespace ipsecdoctor {
namespace {

namespace fs = std::filesystem;

// Arguments that exercise every quoting rule, plus non-ASCII text.
const std::vector<std::string>& trickyArguments() {
    static const std::vector<std::string> args{"fix",
                                               "",
                                               "two words",
                                               R"(C:\Program Files\)",
                                               R"(say "hi")",
                                               R"(a\\"b)",
                                               R"(\\server\share\)",
                                               "tab\there",
                                               "\xc3\xa9t\xc3\xa9 \xe2\x82\xac",
                                               R"(")",
                                               R"(\)",
                                               "--journal=C:\\x y\\j.json"};
    return args;
}

fs::path freshTempDir(const std::string& stem) {
    const fs::path dir = fs::temp_directory_path() / wintest::uniqueServiceName(stem);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string readAll(const fs::path& p) {
    auto data = readFile(p, 1 << 20);
    return data ? *data : "<" + data.error().detail + ">";
}

TEST(WinStrings, RoundTripsUtf8ThroughUtf16) {
    const std::string text = "IKEEXT \xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\x92";
    bool ok = false;
    const std::wstring wide = win::toWide(text, &ok);
    EXPECT_TRUE(ok);
    EXPECT_EQ(wide.size(), 15u); // 14 characters; the lock emoji is a surrogate pair
    EXPECT_EQ(win::toUtf8(wide, &ok), text);
    EXPECT_TRUE(ok);
}

TEST(WinStrings, RejectsMalformedInputInsteadOfGuessing) {
    bool ok = true;
    EXPECT_TRUE(win::toWide("bad \xff", &ok).empty());
    EXPECT_FALSE(ok);
    ok = true;
    EXPECT_TRUE(win::toUtf8(std::wstring(1, wchar_t(0xD800)), &ok).empty()); // lone surrogate
    EXPECT_FALSE(ok);
}

TEST(WinStrings, MultiStringsSplitAndJoin) {
    const std::wstring multi = win::joinMultiString({"BFE", "+NetworkProvider", "nsi"});
    EXPECT_EQ(multi, std::wstring(L"BFE\0+NetworkProvider\0nsi\0\0", 26));
    EXPECT_EQ(win::splitMultiString(multi.c_str()),
              (std::vector<std::string>{"BFE", "+NetworkProvider", "nsi"}));
    EXPECT_TRUE(win::splitMultiString(nullptr).empty());
    EXPECT_TRUE(win::splitMultiString(L"").empty());
}

TEST(WinError, MapsWin32CodesOnce) {
    EXPECT_EQ(win::errorCodeForWin32(ERROR_SERVICE_DOES_NOT_EXIST), ErrorCode::NotFound);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_ACCESS_DENIED), ErrorCode::AccessDenied);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_SERVICE_DISABLED), ErrorCode::InvalidArgument);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_SERVICE_DEPENDENCY_FAIL), ErrorCode::Dependency);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_DEPENDENT_SERVICES_RUNNING), ErrorCode::Dependency);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_SERVICE_REQUEST_TIMEOUT), ErrorCode::Timeout);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_CANCELLED), ErrorCode::Cancelled);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_INVALID_LEVEL), ErrorCode::NotSupported);
    EXPECT_EQ(win::errorCodeForWin32(ERROR_SERVICE_LOGON_FAILED), ErrorCode::Platform);
}

TEST(WinError, DetailHasTheOperationTheEnglishTextAndTheCode) {
    const Error e = win::win32Error(ERROR_SERVICE_DOES_NOT_EXIST, "OpenServiceW('X')");
    EXPECT_EQ(e.native, 1060u);
    EXPECT_EQ(e.detail.rfind("OpenServiceW('X'): ", 0), 0u) << e.detail;
    EXPECT_NE(e.detail.find("does not exist"), std::string::npos) << e.detail;
    EXPECT_NE(e.detail.find("(Win32 error 1060)"), std::string::npos) << e.detail;
}

TEST(MachineInfo, DescribesWindowsFromRegistryValues) {
    MachineInfo info;
    win::describeWindows({"Windows 10 Pro", "22H2", 10, 0, "6.3", "19045"}, info);
    EXPECT_EQ(info.osName, "Windows 10 Pro 22H2");
    EXPECT_EQ(info.osVersion, "10.0");
    EXPECT_EQ(info.osBuild, "19045");
}

TEST(MachineInfo, Windows11IsNamedAsSuchAlthoughItsProductNameSaysWindows10) {
    MachineInfo info;
    win::describeWindows({"Windows 10 Enterprise", "23H2", 10, 0, "6.3", "22631"}, info);
    EXPECT_EQ(info.osName, "Windows 11 Enterprise 23H2");
}

TEST(MachineInfo, OlderWindowsFallsBackToCurrentVersion) {
    MachineInfo info;
    win::describeWindows({"Windows 7 Professional", "", std::nullopt, std::nullopt, "6.1", "7601"}, info);
    EXPECT_EQ(info.osName, "Windows 7 Professional");
    EXPECT_EQ(info.osVersion, "6.1");
}

TEST(MachineInfo, ReadsThisMachine) {
    win::Win32Elevation elevation;
    win::Win32MachineInfo source(elevation);
    const MachineInfo info = source.machineInfo();
    EXPECT_FALSE(info.hostname.empty());
    EXPECT_EQ(info.elevated, elevation.isElevated());
    if (wintest::runningUnderWine()) {
        // cmake/wine/wine-run.sh gives the test prefix these Windows 10 22H2 values.
        EXPECT_EQ(info.osName, "Windows 10 Pro 22H2");
        EXPECT_EQ(info.osVersion, "10.0") << "from CurrentMajor/MinorVersionNumber, not CurrentVersion 6.3";
        EXPECT_EQ(info.osBuild, "19045");
    } else {
        EXPECT_FALSE(info.osName.empty());
        EXPECT_FALSE(info.osBuild.empty());
    }
}

TEST(CommandLine, TheRealParserGivesBackEveryArgument) {
    auto joined = joinWindowsArguments(trickyArguments());
    ASSERT_TRUE(joined.hasValue());
    const std::wstring commandLine = L"prog.exe " + win::toWide(*joined);
    int argc = 0;
    wchar_t** argv = CommandLineToArgvW(commandLine.c_str(), &argc);
    ASSERT_NE(argv, nullptr);
    std::vector<std::string> parsed;
    for (int i = 1; i < argc; ++i) {
        parsed.push_back(win::toUtf8(argv[i]));
    }
    LocalFree(argv);
    EXPECT_EQ(parsed, trickyArguments());
}

TEST(Elevation, IsElevatedReadsTheProcessToken) {
    if (!wintest::runningUnderWine()) {
        GTEST_SKIP() << "on Windows the answer depends on how the tests were started";
    }
    // Wine gives every process a full administrator token (TokenElevationTypeFull).
    EXPECT_TRUE(win::Win32Elevation().isElevated());
}

TEST(Elevation, RunElevatedPassesArgumentsExactlyAndReturnsTheExitCode) {
    const fs::path dir = freshTempDir("elevation");
    const fs::path output = dir / "args.bin";
    const std::string probe = win::toUtf8(wintest::programDirectory() + L"\\args_probe.exe");
    std::vector<std::string> args{win::toUtf8(output.wstring()), "7"};
    args.insert(args.end(), trickyArguments().begin(), trickyArguments().end());

    win::Win32Elevation elevation;
    auto exitCode = elevation.runElevated(probe, args);
    ASSERT_TRUE(exitCode.hasValue()) << exitCode.error().detail;
    EXPECT_EQ(*exitCode, 7);

    const std::string bytes = readAll(output);
    ASSERT_EQ(bytes.size() % sizeof(wchar_t), 0u);
    const std::wstring recorded(reinterpret_cast<const wchar_t*>(bytes.data()),
                                bytes.size() / sizeof(wchar_t));
    std::vector<std::string> received;
    for (std::size_t start = 0; start < recorded.size();) {
        const auto end = recorded.find(L'\0', start);
        received.push_back(win::toUtf8(std::wstring_view(recorded).substr(start, end - start)));
        start = end + 1;
    }
    EXPECT_EQ(received, trickyArguments());
    fs::remove_all(dir);
}

TEST(Elevation, AMissingProgramIsAnErrorNotACrash) {
    win::Win32Elevation elevation;
    auto exitCode = elevation.runElevated("C:\\no\\such\\program.exe", {"x"});
    ASSERT_FALSE(exitCode.hasValue());
    EXPECT_EQ(exitCode.error().code, ErrorCode::NotFound) << exitCode.error().detail;
}

TEST(AtomicReplace, ReplacesAnExistingFile) {
    const fs::path dir = freshTempDir("replace");
    const fs::path target = dir / "journal.json";
    const fs::path incoming = dir / "journal.json.tmp";
    std::ofstream(target, std::ios::binary) << "old";
    std::ofstream(incoming, std::ios::binary) << "new content";

    auto replaced = atomicReplace(incoming, target);
    ASSERT_TRUE(replaced.hasValue()) << replaced.error().detail;
    EXPECT_EQ(readAll(target), "new content");
    EXPECT_FALSE(fs::exists(incoming));

    // writeFileAtomic goes through it too.
    ASSERT_TRUE(writeFileAtomic(target, "third").hasValue());
    EXPECT_EQ(readAll(target), "third");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1) << "no temporary left";
    fs::remove_all(dir);
}

TEST(AtomicReplace, AMissingSourceIsNotFound) {
    const fs::path dir = freshTempDir("replace-missing");
    auto replaced = atomicReplace(dir / "absent", dir / "target");
    ASSERT_FALSE(replaced.hasValue());
    EXPECT_EQ(replaced.error().code, ErrorCode::NotFound) << replaced.error().detail;
    EXPECT_EQ(replaced.error().native, static_cast<std::uint32_t>(ERROR_FILE_NOT_FOUND));
    fs::remove_all(dir);
}

TEST(LivePlatform, GivesTheWin32Backends) {
    auto platform = makeLivePlatform();
    ASSERT_TRUE(platform.hasValue()) << platform.error().detail;
    ASSERT_NE(platform->services, nullptr);
    ASSERT_NE(platform->elevation, nullptr);
    ASSERT_NE(platform->machine, nullptr);
    EXPECT_TRUE(platform->services->canModify());
    EXPECT_FALSE(platform->machine->machineInfo().hostname.empty());
    auto missing = platform->services->query(wintest::uniqueServiceName("live"));
    ASSERT_TRUE(missing.hasValue());
    EXPECT_FALSE(missing->present);
}

} // namespace
} // namespace ipsecdoctor
