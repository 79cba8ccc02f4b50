// showNativeConsentPrompt: the Win32 dialog of the elevated helper (ConsentPrompt.h).
#include "ConsentPrompt.h"

#ifdef _WIN32
#include <windows.h>

#include <commctrl.h>

#include <string>

namespace ipsecdoctor::app {
namespace {

constexpr int kAcceptButton = 1001;

std::wstring wide(const QString& s) {
    return s.toStdWString();
}

} // namespace

bool showNativeConsentPrompt(const ConsentText& text) {
    const std::wstring title = wide(text.title);
    const std::wstring heading = wide(text.heading);
    const std::wstring body = wide(text.body);
    const std::wstring accept = wide(text.accept);
    // Looked up, not imported: without comctl32 v6 (no manifest, an old or partial Windows API)
    // the program must still start, and then asks with a message box instead.
    using TaskDialogIndirectFn = HRESULT(WINAPI*)(const TASKDIALOGCONFIG*, int*, int*, BOOL*);
    const HMODULE comctl = LoadLibraryExW(L"comctl32.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    const auto taskDialog = comctl ? reinterpret_cast<TaskDialogIndirectFn>(reinterpret_cast<void*>(
                                         GetProcAddress(comctl, "TaskDialogIndirect")))
                                   : nullptr;
    if (taskDialog) {
        const TASKDIALOG_BUTTON buttons[] = {{kAcceptButton, accept.c_str()}};
        TASKDIALOGCONFIG config{};
        config.cbSize = sizeof config;
        config.dwFlags = TDF_ALLOW_DIALOG_CANCELLATION | TDF_SIZE_TO_CONTENT;
        config.dwCommonButtons = TDCBF_CANCEL_BUTTON;
        config.pszWindowTitle = title.c_str();
        config.pszMainIcon = TD_WARNING_ICON;
        config.pszMainInstruction = heading.c_str();
        config.pszContent = body.c_str();
        config.cButtons = 1;
        config.pButtons = buttons;
        config.nDefaultButton = IDCANCEL;
        int chosen = IDCANCEL;
        const HRESULT hr = taskDialog(&config, &chosen, nullptr, nullptr);
        FreeLibrary(comctl);
        return SUCCEEDED(hr) && chosen == kAcceptButton;
    }
    if (comctl) {
        FreeLibrary(comctl);
    }
    const std::wstring message = heading + L"\n\n" + body;
    return MessageBoxW(nullptr, message.c_str(), title.c_str(),
                       MB_OKCANCEL | MB_DEFBUTTON2 | MB_ICONWARNING | MB_SETFOREGROUND) == IDOK;
}

} // namespace ipsecdoctor::app

#else

namespace ipsecdoctor::app {

bool showNativeConsentPrompt(const ConsentText&) {
    return false; // no machine certificate store to change here: nothing to consent to
}

} // namespace ipsecdoctor::app

#endif
