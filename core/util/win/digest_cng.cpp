#include "ipsecdoctor/util/digest.h"

#include <windows.h>

#include <bcrypt.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace ipsecdoctor {
namespace {

/// One hash with a provider opened for the call: thumbprints and bundle files are few, and a
/// provider kept open across threads would need its own lifetime rules.
template <std::size_t N>
std::array<std::uint8_t, N> digest(std::string_view data, LPCWSTR algorithm, const char* name) {
    auto fail = [&](const char* step, NTSTATUS status) {
        char code[16];
        std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(status));
        return std::runtime_error(std::string("CNG could not ") + step + " " + name + " (" + code + ")");
    };
    BCRYPT_ALG_HANDLE alg = nullptr;
    NTSTATUS status = BCryptOpenAlgorithmProvider(&alg, algorithm, nullptr, 0);
    if (!BCRYPT_SUCCESS(status)) {
        throw fail("open", status);
    }
    BCRYPT_HASH_HANDLE hash = nullptr;
    status = BCryptCreateHash(alg, &hash, nullptr, 0, nullptr, 0, 0);
    std::array<std::uint8_t, N> out{};
    if (BCRYPT_SUCCESS(status)) {
        // BCryptHashData takes a non-const pointer but does not write through it; ULONG bounds
        // one call, so larger inputs go in pieces.
        auto* bytes = reinterpret_cast<PUCHAR>(const_cast<char*>(data.data()));
        std::size_t left = data.size();
        while (BCRYPT_SUCCESS(status) && left > 0) {
            const auto chunk = static_cast<ULONG>(std::min<std::size_t>(left, 0x40000000));
            status = BCryptHashData(hash, bytes, chunk, 0);
            bytes += chunk;
            left -= chunk;
        }
        if (BCRYPT_SUCCESS(status)) {
            status = BCryptFinishHash(hash, out.data(), static_cast<ULONG>(N), 0);
        }
        BCryptDestroyHash(hash);
    }
    BCryptCloseAlgorithmProvider(alg, 0);
    if (!BCRYPT_SUCCESS(status)) {
        throw fail("compute", status);
    }
    return out;
}

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    return digest<20>(data, BCRYPT_SHA1_ALGORITHM, "SHA-1");
}

std::array<std::uint8_t, 32> sha256(std::string_view data) {
    return digest<32>(data, BCRYPT_SHA256_ALGORITHM, "SHA-256");
}

} // namespace ipsecdoctor
