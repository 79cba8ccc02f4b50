// Helper for the elevation test: records the arguments it received, as CommandLineToArgvW splits
// its command line, and exits with a chosen code.
//
//   args_probe.exe OUTPUT_FILE EXIT_CODE [arguments to record...]
//
// OUTPUT_FILE gets the recorded arguments in UTF-16, each followed by a NUL character.

#include <windows.h>

#include <shellapi.h>

#include <cwchar>

int main() {
    int argc = 0;
    wchar_t** argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == nullptr || argc < 3) {
        return 100;
    }
    HANDLE file =
        CreateFileW(argv[1], GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        return 101;
    }
    for (int i = 3; i < argc; ++i) {
        const DWORD bytes = static_cast<DWORD>((std::wcslen(argv[i]) + 1) * sizeof(wchar_t));
        DWORD written = 0;
        if (!WriteFile(file, argv[i], bytes, &written, nullptr) || written != bytes) {
            CloseHandle(file);
            return 102;
        }
    }
    CloseHandle(file);
    const int exitCode = static_cast<int>(std::wcstol(argv[2], nullptr, 10));
    LocalFree(argv);
    return exitCode;
}
