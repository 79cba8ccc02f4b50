#include "ipsecdoctor/util/console.h"

#include <windows.h>

namespace ipsecdoctor {

void prepareConsoleForUtf8() {
    // The core writes UTF-8; the console's code page is the OEM one (850, 437...) until told
    // otherwise. Fails harmlessly when there is no console (output redirected to a file/pipe).
    SetConsoleOutputCP(CP_UTF8);
}

} // namespace ipsecdoctor
