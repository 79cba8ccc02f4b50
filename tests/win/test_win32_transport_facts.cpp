// The transport facts through the real Win32 calls under Wine: GetExtendedUdpTable with the
// owner's process name from a process snapshot, for a UDP socket this test binds itself; and the
// WFP enumeration, which Wine exports as aborting stubs, refused instead of called.
#include "ipsecdoctor/collect/transport_collector.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/util/ascii.h"
#include "ipsecdoctor/util/win/win_strings.h"
#include "platform/win/win32_transport_facts.h"

#include <gtest/gtest.h>

// clang-format off
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
// clang-format on

#include <algorithm>
#include <array>

namespace ipsecdoctor {
namespace {

class Winsock {
public:
    Winsock() { WSAStartup(MAKEWORD(2, 2), &m_data); }
    ~Winsock() { WSACleanup(); }
    Winsock(const Winsock&) = delete;
    Winsock& operator=(const Winsock&) = delete;

private:
    WSADATA m_data{};
};

/// A UDP socket bound to an ephemeral port of `address`; its port, or 0 when it cannot be made.
class BoundUdp {
public:
    BoundUdp(int family, const char* address) : m_socket(socket(family, SOCK_DGRAM, IPPROTO_UDP)) {
        if (m_socket == INVALID_SOCKET) {
            return;
        }
        sockaddr_storage storage{};
        int length = sizeof storage;
        if (inet_pton(family, address,
                      family == AF_INET
                          ? static_cast<void*>(&reinterpret_cast<sockaddr_in*>(&storage)->sin_addr)
                          : static_cast<void*>(&reinterpret_cast<sockaddr_in6*>(&storage)->sin6_addr)) != 1) {
            return;
        }
        storage.ss_family = static_cast<ADDRESS_FAMILY>(family);
        length = family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
        if (bind(m_socket, reinterpret_cast<sockaddr*>(&storage), length) != 0 ||
            getsockname(m_socket, reinterpret_cast<sockaddr*>(&storage), &length) != 0) {
            return;
        }
        m_port = ntohs(family == AF_INET ? reinterpret_cast<sockaddr_in*>(&storage)->sin_port
                                         : reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
    }
    ~BoundUdp() {
        if (m_socket != INVALID_SOCKET) {
            closesocket(m_socket);
        }
    }
    BoundUdp(const BoundUdp&) = delete;
    BoundUdp& operator=(const BoundUdp&) = delete;
    std::uint16_t port() const { return m_port; }

private:
    SOCKET m_socket;
    std::uint16_t m_port = 0;
};

std::string ownImageName() {
    std::array<wchar_t, MAX_PATH> path{};
    GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
    std::wstring_view p(path.data());
    return win::toUtf8(p.substr(p.find_last_of(L"\\/") + 1));
}

bool onWine() {
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

} // namespace

TEST(WineTransportFacts, FindsTheUdpPortThisProcessBound) {
    Winsock winsock;
    BoundUdp v4(AF_INET, "127.0.0.1");
    ASSERT_NE(v4.port(), 0);
    win::Win32TransportFacts source;
    const std::array<std::uint16_t, 1> ports{v4.port()};
    auto owners = source.udpPortOwners(ports);
    ASSERT_TRUE(owners) << owners.error().detail;
    ASSERT_EQ(owners->size(), 1u);
    const auto& o = owners->front();
    EXPECT_EQ(o.port, v4.port());
    EXPECT_EQ(o.address, "127.0.0.1");
    EXPECT_FALSE(o.isIkeext());
    // Windows names the owner; Wine 8 here reports pid 0 for every socket (it cannot map the
    // host's socket to its process), which must then read as "not named", never as a process.
    if (o.pid == 0) {
        EXPECT_TRUE(o.process.empty());
        EXPECT_TRUE(o.services.empty());
    } else {
        EXPECT_EQ(o.pid, GetCurrentProcessId());
        EXPECT_TRUE(equalsIgnoreCase(o.process, ownImageName())) << o.process << " vs " << ownImageName();
        EXPECT_TRUE(o.services.empty()); // a test program hosts no service
    }
}

TEST(WineTransportFacts, ReadsTheIpv6TableToo) {
    Winsock winsock;
    BoundUdp v6(AF_INET6, "::1");
    if (v6.port() == 0) {
        GTEST_SKIP() << "no IPv6 loopback on this host";
    }
    const std::array<std::uint16_t, 1> ports{v6.port()};
    auto owners = win::Win32TransportFacts().udpPortOwners(ports);
    ASSERT_TRUE(owners) << owners.error().detail;
    ASSERT_EQ(owners->size(), 1u);
    EXPECT_EQ(owners->front().address, "::1");
    EXPECT_EQ(owners->front().port, v6.port());
}

TEST(WineTransportFacts, NamesEveryProcessFromOneSnapshot) {
    const auto names = win::processImageNames();
    const auto own = names.find(GetCurrentProcessId());
    ASSERT_NE(own, names.end());
    EXPECT_TRUE(equalsIgnoreCase(own->second, ownImageName())) << own->second;
}

TEST(WineTransportFacts, MapsARunningServiceToItsProcess) {
    // Wine runs RpcSs in a process of its own, as Windows runs it in an svchost.exe.
    SC_HANDLE scm = OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT);
    ASSERT_NE(scm, nullptr);
    SC_HANDLE service = OpenServiceW(scm, L"RpcSs", SERVICE_QUERY_STATUS);
    SERVICE_STATUS_PROCESS status{};
    DWORD needed = 0;
    const bool queried =
        service && QueryServiceStatusEx(service, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE*>(&status),
                                        sizeof status, &needed);
    if (service) {
        CloseServiceHandle(service);
    }
    CloseServiceHandle(scm);
    if (!queried || status.dwCurrentState != SERVICE_RUNNING || status.dwProcessId == 0) {
        GTEST_SKIP() << "RpcSs is not running here";
    }
    const auto services = win::servicesByProcess();
    const auto it = services.find(status.dwProcessId);
    ASSERT_NE(it, services.end());
    EXPECT_TRUE(std::any_of(it->second.begin(), it->second.end(),
                            [](const std::string& s) { return equalsIgnoreCase(s, "RpcSs"); }));
}

TEST(WineTransportFacts, APortNobodyHoldsHasNoOwner) {
    Winsock winsock;
    std::uint16_t closed = 0;
    {
        BoundUdp gone(AF_INET, "127.0.0.1");
        closed = gone.port();
    }
    ASSERT_NE(closed, 0);
    const std::array<std::uint16_t, 1> ports{closed};
    auto owners = win::Win32TransportFacts().udpPortOwners(ports);
    ASSERT_TRUE(owners) << owners.error().detail;
    EXPECT_TRUE(owners->empty());
}

TEST(WineTransportFacts, TheWfpEnumerationIsRefusedWhereItIsAStub) {
    auto providers = win::Win32TransportFacts().wfpProviders();
    if (!onWine()) {
        GTEST_SKIP() << "real Windows: the enumeration is tested by running the app";
    }
    ASSERT_FALSE(providers);
    EXPECT_EQ(providers.error().code, ErrorCode::NotSupported);
}

TEST(WineTransportFacts, TheLivePlatformCollectsThemWithTheRefusalRecorded) {
    auto platform = makeLivePlatform();
    ASSERT_TRUE(platform);
    ASSERT_NE(platform->transport, nullptr);
    std::vector<CollectionError> errors;
    const auto facts = collectTransportFacts(*platform->transport, errors);
    EXPECT_EQ(facts.wfpListed, !onWine());
    const bool refused = std::any_of(errors.begin(), errors.end(), [](const CollectionError& e) {
        return e.area == "transport" && e.target == "wfp-providers" && e.code == "error.not-supported";
    });
    EXPECT_EQ(refused, onWine());
    EXPECT_TRUE(std::none_of(errors.begin(), errors.end(),
                             [](const CollectionError& e) { return e.target == "udp-owners"; }));
}

} // namespace ipsecdoctor
