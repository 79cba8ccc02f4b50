#pragma once
// Owns one SC_HANDLE (from OpenSCManagerW, OpenServiceW or CreateServiceW).

#include <windows.h>

#include <utility>

namespace ipsecdoctor::win {

class ScHandle {
public:
    ScHandle() = default;
    explicit ScHandle(SC_HANDLE handle) noexcept : m_handle(handle) {}
    ~ScHandle() { reset(); }

    ScHandle(ScHandle&& other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}
    ScHandle& operator=(ScHandle&& other) noexcept {
        if (this != &other) {
            reset(std::exchange(other.m_handle, nullptr));
        }
        return *this;
    }
    ScHandle(const ScHandle&) = delete;
    ScHandle& operator=(const ScHandle&) = delete;

    SC_HANDLE get() const noexcept { return m_handle; }
    explicit operator bool() const noexcept { return m_handle != nullptr; }

    void reset(SC_HANDLE handle = nullptr) noexcept {
        if (m_handle != nullptr) {
            CloseServiceHandle(m_handle);
        }
        m_handle = handle;
    }

private:
    SC_HANDLE m_handle = nullptr;
};

} // namespace ipsecdoctor::win
