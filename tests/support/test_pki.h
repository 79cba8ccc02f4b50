#pragma once
// The PKI built by tests/support/pki/make_test_pki.sh (target test_pki), and OpenSSL's view of
// it from expected.txt: the oracle the parser is compared with.

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

namespace ipsecdoctor::testing {

inline std::filesystem::path testPkiDir() {
    return std::filesystem::path(IPSECDOCTOR_TEST_PKI_DIR);
}

/// The bytes of a file of the test PKI ("root.der", "machine-good.pfx"); throws when missing so
/// that a test never passes on an empty input.
inline std::string pkiFile(const std::string& name) {
    std::ifstream in(testPkiDir() / name, std::ios::binary);
    if (!in) {
        throw std::runtime_error("test PKI file missing (build target test_pki): " + name);
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// expected.txt: name -> key -> value (thumbprint, spki_sha1, serial, not_before, not_after).
inline std::map<std::string, std::map<std::string, std::string>> pkiExpected() {
    std::map<std::string, std::map<std::string, std::string>> out;
    std::istringstream lines(pkiFile("expected.txt"));
    std::string name, key, value;
    while (lines >> name >> key >> value) {
        out[name][key] = value;
    }
    return out;
}

} // namespace ipsecdoctor::testing
