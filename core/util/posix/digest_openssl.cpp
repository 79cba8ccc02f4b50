#include "ipsecdoctor/util/digest.h"

#include <openssl/evp.h>

#include <stdexcept>
#include <string>

namespace ipsecdoctor {
namespace {

template <std::size_t N>
std::array<std::uint8_t, N> digest(std::string_view data, const EVP_MD* md, const char* name) {
    std::array<std::uint8_t, N> out{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, md, nullptr) != 1 || length != N) {
        throw std::runtime_error(std::string("OpenSSL could not compute ") + name);
    }
    return out;
}

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    return digest<20>(data, EVP_sha1(), "SHA-1");
}

std::array<std::uint8_t, 32> sha256(std::string_view data) {
    return digest<32>(data, EVP_sha256(), "SHA-256");
}

} // namespace ipsecdoctor
