#include "modexp.h"

#include <cstdint>
#include <vector>

namespace ipsecdoctor::ike {
namespace {

using Limbs = std::vector<std::uint32_t>; // little-endian

Limbs toLimbs(ByteView bytes, std::size_t limbs) {
    Limbs out(limbs, 0);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::size_t bit = 8 * (bytes.size() - 1 - i);
        if (bit / 32 < limbs) {
            out[bit / 32] |= static_cast<std::uint32_t>(bytes[i]) << (bit % 32);
        }
    }
    return out;
}

bool greaterOrEqual(const Limbs& a, const Limbs& b) {
    for (std::size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i]) {
            return a[i] > b[i];
        }
    }
    return true;
}

void subtract(Limbs& a, const Limbs& b) {
    std::uint64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t d = static_cast<std::uint64_t>(a[i]) - b[i] - borrow;
        a[i] = static_cast<std::uint32_t>(d);
        borrow = (d >> 63) & 1;
    }
}

class Montgomery {
public:
    explicit Montgomery(Limbs modulus) : m_p(std::move(modulus)), m_n(m_p.size()) {
        std::uint32_t inv = 1; // p0^-1 mod 2^32 by Newton's iteration (p0 odd)
        for (int i = 0; i < 5; ++i) {
            inv *= 2u - m_p.at(0) * inv;
        }
        m_pPrime = 0u - inv;
        // R^2 mod p, R = 2^(32n): double 1 modulo p 64n times.
        m_r2.assign(m_n, 0);
        m_r2.at(0) = 1;
        for (std::size_t i = 0; i < 64 * m_n; ++i) {
            std::uint32_t carry = 0;
            for (auto& limb : m_r2) {
                const std::uint32_t next = limb >> 31;
                limb = (limb << 1) | carry;
                carry = next;
            }
            if (carry || greaterOrEqual(m_r2, m_p)) {
                subtract(m_r2, m_p);
            }
        }
    }

    /// a * b * R^-1 mod p (CIOS).
    Limbs multiply(const Limbs& a, const Limbs& b) const {
        std::vector<std::uint32_t> t(m_n + 2, 0);
        for (std::size_t i = 0; i < m_n; ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < m_n; ++j) {
                const std::uint64_t s = static_cast<std::uint64_t>(a[j]) * b[i] + t[j] + carry;
                t[j] = static_cast<std::uint32_t>(s);
                carry = s >> 32;
            }
            std::uint64_t s = static_cast<std::uint64_t>(t[m_n]) + carry;
            t[m_n] = static_cast<std::uint32_t>(s);
            t[m_n + 1] = static_cast<std::uint32_t>(s >> 32);
            const std::uint32_t m = t[0] * m_pPrime;
            carry = (static_cast<std::uint64_t>(m) * m_p[0] + t[0]) >> 32;
            for (std::size_t j = 1; j < m_n; ++j) {
                const std::uint64_t u = static_cast<std::uint64_t>(m) * m_p[j] + t[j] + carry;
                t[j - 1] = static_cast<std::uint32_t>(u);
                carry = u >> 32;
            }
            s = static_cast<std::uint64_t>(t[m_n]) + carry;
            t[m_n - 1] = static_cast<std::uint32_t>(s);
            t[m_n] = t[m_n + 1] + static_cast<std::uint32_t>(s >> 32);
        }
        Limbs result(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(m_n));
        if (t[m_n] != 0 || greaterOrEqual(result, m_p)) {
            subtract(result, m_p);
        }
        return result;
    }

    Limbs toMontgomery(const Limbs& a) const { return multiply(a, m_r2); }
    Limbs fromMontgomery(const Limbs& a) const {
        Limbs one(m_n, 0);
        one.at(0) = 1;
        return multiply(a, one);
    }

private:
    Limbs m_p;
    std::size_t m_n;
    std::uint32_t m_pPrime = 0;
    Limbs m_r2;
};

} // namespace

Expected<Bytes> modExp(ByteView base, ByteView exponent, ByteView modulus) {
    if (modulus.empty() || (modulus.back() & 1) == 0) {
        return Error::make(ErrorCode::InvalidArgument, "modExp needs an odd modulus");
    }
    const std::size_t n = (modulus.size() + 3) / 4;
    const Limbs p = toLimbs(modulus, n);
    if (base.size() > n * 4) {
        return Error::make(ErrorCode::InvalidArgument, "modExp base longer than the modulus");
    }
    const Limbs b = toLimbs(base, n);
    if (greaterOrEqual(b, p)) {
        return Error::make(ErrorCode::InvalidArgument, "modExp base not below the modulus");
    }
    const Montgomery mont(p);
    const Limbs bm = mont.toMontgomery(b);
    Limbs one(n, 0);
    one.at(0) = 1;
    Limbs acc = mont.toMontgomery(one);
    for (auto byte : exponent) {
        for (int bit = 7; bit >= 0; --bit) {
            acc = mont.multiply(acc, acc);
            if ((byte >> bit) & 1) {
                acc = mont.multiply(acc, bm);
            }
        }
    }
    const Limbs result = mont.fromMontgomery(acc);
    Bytes out(modulus.size(), 0);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::size_t bit = 8 * (out.size() - 1 - i);
        out[i] = static_cast<std::uint8_t>(result[bit / 32] >> (bit % 32));
    }
    return out;
}

} // namespace ipsecdoctor::ike
