// A minimal real Windows service for the SCM tests: reports SERVICE_RUNNING and stops on
// SERVICE_CONTROL_STOP. Configured through its command line (the service's binary path):
//
//   test_service.exe [--fail-start CODE] [--start-delay-ms N]
//
// --fail-start CODE   report SERVICE_STOPPED with ERROR_SERVICE_SPECIFIC_ERROR and CODE instead of
//                     running, as a service does when its start fails (the "failed to start" path)
// --start-delay-ms N  stay in SERVICE_START_PENDING for N ms first, with a wait hint, so that
//                     waitForState has to poll
//
// Run outside the SCM it exits with 1 (StartServiceCtrlDispatcherW fails).

#include <windows.h>

#include <cwchar>

namespace {

struct Options {
    DWORD failStartCode = 0;
    DWORD startDelayMs = 0;
};

Options g_options;
SERVICE_STATUS_HANDLE g_statusHandle = nullptr;
HANDLE g_stopEvent = nullptr;
DWORD g_checkPoint = 0;

DWORD parseNumber(const wchar_t* text) {
    return static_cast<DWORD>(std::wcstoul(text, nullptr, 10));
}

void report(DWORD state, DWORD win32ExitCode = NO_ERROR, DWORD specificExitCode = 0, DWORD waitHint = 0) {
    SERVICE_STATUS status{};
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP : 0;
    status.dwWin32ExitCode = win32ExitCode;
    status.dwServiceSpecificExitCode = specificExitCode;
    const bool pending = state == SERVICE_START_PENDING || state == SERVICE_STOP_PENDING;
    status.dwCheckPoint = pending ? ++g_checkPoint : 0;
    status.dwWaitHint = waitHint;
    SetServiceStatus(g_statusHandle, &status);
}

DWORD WINAPI controlHandler(DWORD control, DWORD /*eventType*/, void* /*eventData*/, void* /*context*/) {
    switch (control) {
    case SERVICE_CONTROL_STOP:
        report(SERVICE_STOP_PENDING, NO_ERROR, 0, 2000);
        SetEvent(g_stopEvent);
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD argc, wchar_t** argv) {
    // The SCM passes the service's own name first; the handler is registered under it.
    const wchar_t* name = argc > 0 ? argv[0] : L"";
    g_statusHandle = RegisterServiceCtrlHandlerExW(name, controlHandler, nullptr);
    if (g_statusHandle == nullptr) {
        return;
    }
    report(SERVICE_START_PENDING, NO_ERROR, 0, g_options.startDelayMs + 1000);
    if (g_options.startDelayMs > 0) {
        // Two steps, so a poller sees the check point advance.
        Sleep(g_options.startDelayMs / 2);
        report(SERVICE_START_PENDING, NO_ERROR, 0, g_options.startDelayMs + 1000);
        Sleep(g_options.startDelayMs - g_options.startDelayMs / 2);
    }
    if (g_options.failStartCode != 0) {
        report(SERVICE_STOPPED, ERROR_SERVICE_SPECIFIC_ERROR, g_options.failStartCode);
        return;
    }
    g_stopEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    if (g_stopEvent == nullptr) {
        report(SERVICE_STOPPED, GetLastError());
        return;
    }
    report(SERVICE_RUNNING);
    WaitForSingleObject(g_stopEvent, INFINITE);
    CloseHandle(g_stopEvent);
    report(SERVICE_STOPPED);
}

} // namespace

int wmain(int argc, wchar_t** argv) {
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::wcscmp(argv[i], L"--fail-start") == 0) {
            g_options.failStartCode = parseNumber(argv[i + 1]);
        } else if (std::wcscmp(argv[i], L"--start-delay-ms") == 0) {
            g_options.startDelayMs = parseNumber(argv[i + 1]);
        }
    }
    // SERVICE_WIN32_OWN_PROCESS: the name in the table is ignored, ServiceMain gets the real one.
    wchar_t emptyName[] = L"";
    const SERVICE_TABLE_ENTRYW table[] = {{emptyName, serviceMain}, {nullptr, nullptr}};
    return StartServiceCtrlDispatcherW(table) ? 0 : 1;
}
