#pragma once
// Host name and Windows product/version/build from the APIs and the registry: values Windows
// stores as data, never text printed by a command (which is localized).

#include "ipsecdoctor/platform/elevation.h"
#include "ipsecdoctor/platform/machine_info_source.h"

#include <optional>
#include <string>

namespace ipsecdoctor::win {

/// The values of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion that describe the OS.
struct WindowsVersionValues {
    std::string productName;                   // ProductName, "Windows 10 Pro"
    std::string displayVersion;                // DisplayVersion, "22H2" (Windows 10 20H2 and later)
    std::optional<std::uint32_t> majorVersion; // CurrentMajorVersionNumber (Windows 10 and later)
    std::optional<std::uint32_t> minorVersion; // CurrentMinorVersionNumber
    std::string currentVersion; // CurrentVersion: "6.3" even on Windows 10/11, used only before 10
    std::string buildNumber;    // CurrentBuildNumber, "19045"
};

/// Reads the values above; a missing value stays empty.
WindowsVersionValues readWindowsVersionValues();

/// What MachineInfo shows for those values. Windows 11 still stores ProductName "Windows 10 ..."
/// (Microsoft kept it for compatibility): from build 22000 on the name says Windows 11. The
/// DisplayVersion, when present, is appended ("Windows 10 Pro 22H2").
void describeWindows(const WindowsVersionValues& values, MachineInfo& info);

class Win32MachineInfo final : public MachineInfoSource {
public:
    explicit Win32MachineInfo(const Elevation& elevation) : m_elevation(elevation) {}
    MachineInfo machineInfo() override;

private:
    const Elevation& m_elevation;
};

} // namespace ipsecdoctor::win
