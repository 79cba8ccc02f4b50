#pragma once
// Test services in the real SCM (Wine's, or Windows' when run there as administrator): created
// per test with CreateServiceW, pointing at test_service.exe, stopped and deleted by RAII even
// when the test fails. Set-up uses the raw Win32 API, so the code under test checks itself only.

#include <windows.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipsecdoctor::wintest {

/// True under Wine (ntdll exports wine_get_version); some tests assert Wine's documented
/// differences from Windows there, and Windows' behaviour elsewhere (see README.md).
bool runningUnderWine();

/// The folder of the running test program; test_service.exe and args_probe.exe sit beside it.
std::wstring programDirectory();

/// A service name no other test or test run uses: "IpsdTest<pid>_<n>_<stem>".
std::string uniqueServiceName(std::string_view stem);

struct TestServiceSpec {
    // Not an aggregate: tests name only the fields they need, in this order.
    TestServiceSpec(std::string name_, DWORD startType_ = SERVICE_DEMAND_START,
                    std::vector<std::string> dependencies_ = {}, std::wstring arguments_ = {},
                    std::string displayName_ = {})
        : name(std::move(name_)), startType(startType_), dependencies(std::move(dependencies_)),
          arguments(std::move(arguments_)), displayName(std::move(displayName_)) {}

    std::string name;
    DWORD startType;
    std::vector<std::string> dependencies; // DependOnService entries
    std::wstring arguments;                // appended to test_service.exe's command line
    std::string displayName;               // defaults to the name
};

/// One service created for a test. The destructor stops it (waiting up to 10 s) and deletes it.
class TestService {
public:
    /// Throws std::runtime_error when the service cannot be created (GoogleTest fails the test).
    explicit TestService(const TestServiceSpec& spec);
    ~TestService();
    TestService(const TestService&) = delete;
    TestService& operator=(const TestService&) = delete;

    const std::string& name() const { return m_name; }

private:
    std::string m_name;
};

/// Raw StartServiceW + poll until running (throws on failure or after timeoutMs).
void rawStartAndWait(const std::string& name, DWORD timeoutMs = 10000);

/// Raw ControlService(STOP) + poll until stopped; a missing or stopped service is fine.
void rawStopAndWait(const std::string& name, DWORD timeoutMs = 10000);

/// Raw QueryServiceStatusEx: the SERVICE_* state and process id, nullopt if it does not exist.
struct RawStatus {
    DWORD state = 0;
    DWORD processId = 0;
};
std::optional<RawStatus> rawStatus(const std::string& name);

/// Binary path of an existing service (nullopt when there is no such service).
std::optional<std::wstring> serviceBinaryPath(const std::string& name);

/// Stops and deletes a service by name if it exists (for leftovers of a crashed run).
void deleteServiceIfPresent(const std::string& name);

/// Names EnumDependentServicesW returns for a service (raw, to compare with the code under test).
std::vector<std::string> rawDependents(const std::string& name);

} // namespace ipsecdoctor::wintest
