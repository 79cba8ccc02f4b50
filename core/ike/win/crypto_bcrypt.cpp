// The probe's crypto with Windows CNG (bcrypt.dll): the same group table as the OpenSSL backend
// for MODP (BCRYPT_DH_PARAMETERS), the NIST curves for ECP. CNG's DH accepts primes of 512 to
// 4096 bits, so MODP6144/8192 are NotSupported here (Windows itself offers at most 2048 bits).
#include "ipsecdoctor/ike/crypto.h"

#include "ipsecdoctor/ike/modp_groups.h"
#include "ipsecdoctor/util/logging.h"
#include "modexp.h"

#include <windows.h>

#include <bcrypt.h>

#include <cstring>
#include <mutex>
#include <string>

namespace ipsecdoctor::ike {
namespace {

bool ok(NTSTATUS status) {
    return status >= 0;
}

Error cngError(std::string what, NTSTATUS status) {
    return Error::make(ErrorCode::Platform, "CNG: " + what, static_cast<std::uint32_t>(status));
}

class Algorithm {
public:
    explicit Algorithm(const wchar_t* name) {
        m_status = BCryptOpenAlgorithmProvider(&m_handle, name, nullptr, 0);
    }
    ~Algorithm() {
        if (m_handle) {
            BCryptCloseAlgorithmProvider(m_handle, 0);
        }
    }
    Algorithm(const Algorithm&) = delete;
    Algorithm& operator=(const Algorithm&) = delete;
    BCRYPT_ALG_HANDLE get() const { return m_handle; }
    NTSTATUS status() const { return m_status; }

private:
    BCRYPT_ALG_HANDLE m_handle = nullptr;
    NTSTATUS m_status = 0;
};

class Key {
public:
    Key() = default;
    ~Key() {
        if (m_handle) {
            BCryptDestroyKey(m_handle);
        }
    }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    BCRYPT_KEY_HANDLE* out() { return &m_handle; }
    BCRYPT_KEY_HANDLE get() const { return m_handle; }

private:
    BCRYPT_KEY_HANDLE m_handle = nullptr;
};

Expected<Bytes> exportPublic(const Key& key, const wchar_t* blobType) {
    ULONG size = 0;
    NTSTATUS status = BCryptExportKey(key.get(), nullptr, blobType, nullptr, 0, &size, 0);
    if (!ok(status)) {
        return cngError("export size", status);
    }
    Bytes blob(size);
    status = BCryptExportKey(key.get(), nullptr, blobType, blob.data(), size, &size, 0);
    if (!ok(status)) {
        return cngError("export", status);
    }
    blob.resize(size);
    return blob;
}

Expected<KeyShare> ecpShare(DhGroup group, const wchar_t* algorithm, ULONG bits) {
    Algorithm alg(algorithm);
    if (!ok(alg.status())) {
        // Wine 8's bcrypt.dll has no P-521 (Windows has); Windows never offers ECP521 itself.
        return Error::make(ErrorCode::NotSupported, "CNG: no ECDH provider for " + charonName(group),
                           static_cast<std::uint32_t>(alg.status()));
    }
    Key key;
    NTSTATUS status = BCryptGenerateKeyPair(alg.get(), key.out(), bits, 0);
    if (ok(status)) {
        status = BCryptFinalizeKeyPair(key.get(), 0);
    }
    if (!ok(status)) {
        return cngError("ECDH key generation", status);
    }
    auto blob = exportPublic(key, BCRYPT_ECCPUBLIC_BLOB);
    if (!blob) {
        return blob.error();
    }
    // BCRYPT_ECCKEY_BLOB header, then X and Y of cbKey bytes each.
    BCRYPT_ECCKEY_BLOB header{};
    const std::size_t coordinate = keyShareSize(group) / 2;
    if (blob->size() < sizeof header) {
        return cngError("short ECC blob", 0);
    }
    std::memcpy(&header, blob->data(), sizeof header);
    if (header.cbKey != coordinate || blob->size() < sizeof header + 2 * coordinate) {
        return cngError("unexpected ECC blob size", 0);
    }
    KeyShare share;
    share.group = group;
    share.publicValue.assign(blob->begin() + sizeof header, blob->begin() + sizeof header + 2 * coordinate);
    return share;
}

/// g^x mod p without CNG's DH (Wine's bcrypt.dll has none): a 256-bit random x — below the
/// 256-bit subgroup order of group 24 when its top bit is cleared.
Expected<KeyShare> portableModpShare(DhGroup group, const Bytes& prime, const Bytes& generator,
                                     bool safePrime) {
    static std::once_flag said;
    std::call_once(said, [] {
        logger()->info("CNG has no Diffie-Hellman here (Wine): MODP key shares use the portable modexp");
    });
    auto x = randomBytes(32);
    if (!x) {
        return x.error();
    }
    (*x)[0] = safePrime ? static_cast<std::uint8_t>((*x)[0] | 0x80)
                        : static_cast<std::uint8_t>(((*x)[0] & 0x7f) | 0x40);
    auto y = modExp(generator, *x, prime);
    if (!y) {
        return y.error();
    }
    return KeyShare{group, std::move(*y)};
}

Expected<KeyShare> modpShare(DhGroup group, const ModpGroup& params) {
    const std::size_t size = keyShareSize(group);
    if (size > 512) {
        return Error::make(ErrorCode::NotSupported,
                           "CNG has no DH above 4096 bits (" + charonName(group) + ")");
    }
    auto prime = fromHex(params.prime);
    auto generator = fromHex(params.generator);
    if (!prime || !generator || prime->size() != size || generator->size() > size) {
        return Error::make(ErrorCode::Platform, "bad MODP parameters for " + charonName(group));
    }
    // BCRYPT_DH_PARAMETER_HEADER, prime, generator left-padded to the prime size.
    Bytes parameters(sizeof(BCRYPT_DH_PARAMETER_HEADER) + 2 * size);
    BCRYPT_DH_PARAMETER_HEADER header{};
    header.cbLength = static_cast<ULONG>(parameters.size());
    header.dwMagic = BCRYPT_DH_PARAMETERS_MAGIC;
    header.cbKeyLength = static_cast<ULONG>(size);
    std::memcpy(parameters.data(), &header, sizeof header);
    std::memcpy(parameters.data() + sizeof header, prime->data(), size);
    std::memcpy(parameters.data() + sizeof header + 2 * size - generator->size(), generator->data(),
                generator->size());

    Algorithm alg(BCRYPT_DH_ALGORITHM);
    if (!ok(alg.status())) {
        return portableModpShare(group, *prime, *generator, params.order.empty());
    }
    Key key;
    NTSTATUS status = BCryptGenerateKeyPair(alg.get(), key.out(), static_cast<ULONG>(size * 8), 0);
    if (ok(status)) {
        status = BCryptSetProperty(key.get(), BCRYPT_DH_PARAMETERS, parameters.data(),
                                   static_cast<ULONG>(parameters.size()), 0);
    }
    if (ok(status)) {
        status = BCryptFinalizeKeyPair(key.get(), 0);
    }
    if (!ok(status)) {
        return cngError("DH key generation for " + charonName(group), status);
    }
    auto blob = exportPublic(key, BCRYPT_DH_PUBLIC_BLOB);
    if (!blob) {
        return blob.error();
    }
    // BCRYPT_DH_KEY_BLOB header, then prime, generator and public value of cbKey bytes each.
    if (blob->size() < sizeof(BCRYPT_DH_KEY_BLOB) + 3 * size) {
        return cngError("unexpected DH blob size", 0);
    }
    KeyShare share;
    share.group = group;
    share.publicValue.assign(blob->end() - static_cast<std::ptrdiff_t>(size), blob->end());
    return share;
}

} // namespace

Expected<KeyShare> generateKeyShare(DhGroup group) {
    switch (group) {
    case DhGroup::Ecp256:
        return ecpShare(group, BCRYPT_ECDH_P256_ALGORITHM, 256);
    case DhGroup::Ecp384:
        return ecpShare(group, BCRYPT_ECDH_P384_ALGORITHM, 384);
    case DhGroup::Ecp521:
        return ecpShare(group, BCRYPT_ECDH_P521_ALGORITHM, 521);
    default:
        break;
    }
    if (auto params = modpGroup(group)) {
        return modpShare(group, *params);
    }
    return Error::make(ErrorCode::NotSupported, "no key share for D-H group " + charonName(group));
}

Expected<Bytes> randomBytes(std::size_t count) {
    Bytes out(count);
    if (count > 0) {
        const NTSTATUS status =
            BCryptGenRandom(nullptr, out.data(), static_cast<ULONG>(count), BCRYPT_USE_SYSTEM_PREFERRED_RNG);
        if (!ok(status)) {
            return cngError("BCryptGenRandom", status);
        }
    }
    return out;
}

std::string_view cryptoBackendName() {
    return "bcrypt";
}

} // namespace ipsecdoctor::ike
