#include "ipsecdoctor/platform/phonebook_locations.h"

namespace ipsecdoctor {

// Phonebooks exist only on Windows; elsewhere a phonebook is read from a file given by name.
std::vector<PhonebookLocation> systemPhonebooks() {
    return {};
}

Expected<std::filesystem::path> systemPhonebook(PhonebookScope) {
    return Error::make(ErrorCode::NotSupported, "system phonebooks exist only on Windows");
}

} // namespace ipsecdoctor
