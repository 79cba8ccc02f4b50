#pragma once

#include "ipsecdoctor/util/file_io.h"

#include <filesystem>
#include <string>

namespace ipsecdoctor::testing {

/// A small file's text, or a marker that cannot be mistaken for it.
inline std::string fileText(const std::filesystem::path& path) {
    auto text = readFile(path, 1 << 16);
    return text ? *text : "<unreadable>";
}

} // namespace ipsecdoctor::testing
