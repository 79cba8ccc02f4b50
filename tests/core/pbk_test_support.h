#pragma once
// The real phonebooks and scripts of tests/data/real-world (cited in its SOURCES.md).

#include "ipsecdoctor/util/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace ipsecdoctor::testing {

inline std::filesystem::path realWorld(const std::string& relative) {
    return std::filesystem::path(IPSECDOCTOR_TEST_DATA_DIR) / "real-world" / relative;
}

inline std::string readRealWorld(const std::string& relative) {
    auto text = readFile(realWorld(relative), 64u * 1024 * 1024);
    EXPECT_TRUE(text.hasValue()) << relative;
    return text ? *text : std::string();
}

/// Every *.pbk file of tests/data/real-world/pbk, sorted.
inline std::vector<std::filesystem::path> realPhonebooks() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(realWorld("pbk"))) {
        if (e.path().extension() == ".pbk") {
            out.push_back(e.path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ipsecdoctor::testing
