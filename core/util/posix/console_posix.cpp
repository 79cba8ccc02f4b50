#include "ipsecdoctor/util/console.h"

namespace ipsecdoctor {

void prepareConsoleForUtf8() {} // POSIX terminals take UTF-8 from the locale

} // namespace ipsecdoctor
