#include "win32_event_log.h"

#include "ipsecdoctor/util/win/win_error.h"
#include "ipsecdoctor/util/win/win_strings.h"

#include <windows.h>
#include <winevt.h>

#include <memory>

namespace ipsecdoctor {
namespace {

struct EvtCloser {
    void operator()(void* h) const {
        if (h) {
            EvtClose(static_cast<EVT_HANDLE>(h));
        }
    }
};
using EvtPtr = std::unique_ptr<void, EvtCloser>;

Expected<std::string> renderXml(EVT_HANDLE event) {
    DWORD used = 0;
    DWORD properties = 0;
    if (!EvtRender(nullptr, event, EvtRenderEventXml, 0, nullptr, &used, &properties)) {
        const DWORD err = GetLastError();
        if (err != ERROR_INSUFFICIENT_BUFFER) {
            return win::win32Error(err, "EvtRender");
        }
    }
    if (used > 16u * 1024 * 1024) {
        return Error::make(ErrorCode::TooLarge, "EvtRender: event larger than 16 MB");
    }
    std::wstring buffer(used / sizeof(wchar_t) + 1, L'\0');
    if (!EvtRender(nullptr, event, EvtRenderEventXml, static_cast<DWORD>(buffer.size() * sizeof(wchar_t)),
                   buffer.data(), &used, &properties)) {
        return win::lastWin32Error("EvtRender");
    }
    buffer.resize(wcsnlen(buffer.c_str(), buffer.size()));
    return win::toUtf8(buffer);
}

/// Reads up to maxEvents rendered events from an EvtQuery result set.
Expected<std::vector<std::string>> drain(EVT_HANDLE results, std::size_t maxEvents) {
    std::vector<std::string> out;
    EVT_HANDLE batch[64];
    while (out.size() < maxEvents) {
        DWORD returned = 0;
        if (!EvtNext(results, 64, batch, INFINITE, 0, &returned)) {
            const DWORD err = GetLastError();
            if (err == ERROR_NO_MORE_ITEMS) {
                break;
            }
            return win::win32Error(err, "EvtNext");
        }
        for (DWORD i = 0; i < returned; ++i) {
            EvtPtr event(batch[i]);
            if (out.size() >= maxEvents) {
                continue;
            }
            auto xml = renderXml(batch[i]);
            if (xml) {
                out.push_back(std::move(xml).value());
            }
        }
    }
    return out;
}

} // namespace

namespace win {

Expected<std::vector<std::string>> Win32EventLog::query(const EventQuery& q) {
    const std::wstring channel = toWide(q.channel);
    const std::wstring xpath = toWide(q.xpath);
    SetLastError(ERROR_SUCCESS); // Wine's stub fails without setting it: no stale code
    EvtPtr results(
        EvtQuery(nullptr, channel.c_str(), xpath.c_str(), EvtQueryChannelPath | EvtQueryReverseDirection));
    if (!results) {
        const DWORD err = GetLastError();
        if (err == ERROR_SUCCESS) {
            // Wine 8 answers the Security channel this way: no handle, no error.
            return Error::make(ErrorCode::NotSupported,
                               "EvtQuery " + q.channel + " returned no result and no error");
        }
        return win32Error(err, "EvtQuery " + q.channel);
    }
    return drain(static_cast<EVT_HANDLE>(results.get()), q.maxEvents);
}

std::vector<std::pair<std::uint32_t, std::string>> Win32EventLog::failureReasonTexts() {
    // The machine's own wording of the IKE errors: Security events write FailureReason with it.
    std::vector<std::pair<std::uint32_t, std::string>> out;
    for (DWORD code = 13800; code <= 13932; ++code) {
        wchar_t* text = nullptr;
        const DWORD n = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_ALLOCATE_BUFFER |
                                           FORMAT_MESSAGE_IGNORE_INSERTS,
                                       nullptr, code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
        if (n > 0 && text) {
            out.emplace_back(code, toUtf8(std::wstring_view(text, n)));
        }
        if (text) {
            LocalFree(text);
        }
    }
    return out;
}

} // namespace win

Expected<std::vector<std::string>> readEvtxRecords(const std::filesystem::path& file, std::size_t maxEvents) {
    SetLastError(ERROR_SUCCESS);
    EvtPtr results(
        EvtQuery(nullptr, file.wstring().c_str(), L"*", EvtQueryFilePath | EvtQueryForwardDirection));
    if (!results) {
        const DWORD err = GetLastError();
        if (err == ERROR_SUCCESS) {
            return Error::make(ErrorCode::NotSupported,
                               "EvtQuery " + file.filename().string() + " returned no result and no error");
        }
        return win::win32Error(err, "EvtQuery " + file.filename().string());
    }
    return drain(static_cast<EVT_HANDLE>(results.get()), maxEvents);
}

} // namespace ipsecdoctor
