// IKEv1 message 1 encoder and parser (RFC 2408 §3, RFC 2409 appendix A).
#include "ipsecdoctor/ike/ikev1_message.h"

#include "byte_io.h"
#include "isakmp_frame.h"

#include <algorithm>
#include <string>
#include <utility>

namespace ipsecdoctor::ike {
namespace {

constexpr std::uint32_t kDoiIpsec = 1;
constexpr std::uint32_t kSituationIdentityOnly = 1;
constexpr std::uint8_t kProtocolIsakmp = 1;
constexpr std::uint8_t kTransformKeyIke = 1;

Error invalid(std::string detail) {
    return Error::make(ErrorCode::InvalidArgument, "IKEv1: " + std::move(detail));
}
Error malformed(std::string detail) {
    return Error::make(ErrorCode::Malformed, "IKEv1: " + std::move(detail));
}

void attributeTv(ByteWriter& w, std::uint16_t type, std::uint16_t value) {
    w.u16(0x8000 | type);
    w.u16(value);
}

Expected<Bytes> transformBody(const Proposal& p, std::uint8_t number, const Ikev1Request& request) {
    if (p.encryption.size() != 1 || p.integrity.size() != 1 || p.dh.size() != 1) {
        return invalid("transform " + p.toString() + " is not single-algorithm");
    }
    auto cipher = v1::cipherFor(p.encryption.front().id);
    auto hash = v1::hashFor(p.integrity.front());
    if (!cipher || !hash) {
        return invalid("IKEv1 has no " + p.toString());
    }
    ByteWriter w;
    w.u8(number);
    w.u8(kTransformKeyIke);
    w.u16(0);
    // Attribute order and the 4-byte TLV life duration are ike-scan's (royhills/ike-scan:
    // isakmp.c), whose message 1 servers have answered for two decades.
    attributeTv(w, v1::kAttrEncryption, static_cast<std::uint16_t>(*cipher));
    attributeTv(w, v1::kAttrHash, static_cast<std::uint16_t>(*hash));
    attributeTv(w, v1::kAttrAuthMethod, static_cast<std::uint16_t>(request.auth));
    attributeTv(w, v1::kAttrGroupDescription, static_cast<std::uint16_t>(p.dh.front()));
    if (p.encryption.front().keyBits) {
        attributeTv(w, v1::kAttrKeyLength, p.encryption.front().keyBits);
    }
    attributeTv(w, v1::kAttrLifeType, v1::kLifeTypeSeconds);
    w.u16(v1::kAttrLifeDuration);
    w.u16(4);
    w.u32(request.lifeSeconds);
    return w.take();
}

/// Payload chain: each element is (type, body); returns the serialized payloads.
Bytes chain(const std::vector<std::pair<std::uint8_t, Bytes>>& payloads) {
    ByteWriter w;
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        w.u8(i + 1 < payloads.size() ? payloads[i + 1].first : v1payload::kNone);
        w.u8(0);
        w.u16(static_cast<std::uint16_t>(payloads[i].second.size() + 4));
        w.bytes(payloads[i].second);
    }
    return w.take();
}

} // namespace

Expected<Bytes> encodeIkev1First(const Ikev1Request& request) {
    if (request.transforms.empty() || request.transforms.size() > 255) {
        return invalid("message 1 needs 1 to 255 transforms");
    }
    const bool aggressive = request.exchange == Ikev1Exchange::Aggressive;
    if (aggressive) {
        if (request.nonce.size() < 8 || request.nonce.size() > 256) {
            return invalid("nonce must be 8 to 256 bytes");
        }
        if (request.idData.empty()) {
            return invalid("Aggressive Mode needs an identity");
        }
        for (const auto& t : request.transforms) {
            if (t.dh != std::vector<DhGroup>{request.keyShare.group}) {
                return invalid("Aggressive Mode offers one group: the key share's");
            }
        }
    }
    std::vector<std::pair<std::uint8_t, Bytes>> transforms;
    for (std::size_t i = 0; i < request.transforms.size(); ++i) {
        auto body = transformBody(request.transforms[i], static_cast<std::uint8_t>(i + 1), request);
        if (!body) {
            return body.error();
        }
        transforms.emplace_back(v1payload::kTransform, std::move(*body));
    }
    ByteWriter proposal;
    proposal.u8(1); // proposal number
    proposal.u8(kProtocolIsakmp);
    proposal.u8(0); // SPI size
    proposal.u8(static_cast<std::uint8_t>(transforms.size()));
    proposal.bytes(chain(transforms));
    ByteWriter sa;
    sa.u32(kDoiIpsec);
    sa.u32(kSituationIdentityOnly);
    sa.bytes(chain({{v1payload::kProposal, proposal.take()}}));

    std::vector<std::pair<std::uint8_t, Bytes>> payloads;
    payloads.emplace_back(v1payload::kSa, sa.take());
    if (aggressive) {
        payloads.emplace_back(v1payload::kKe, request.keyShare.publicValue);
        payloads.emplace_back(v1payload::kNonce, request.nonce);
        ByteWriter id;
        id.u8(static_cast<std::uint8_t>(request.idType));
        id.u8(17); // UDP port 500, as ike-scan and most initiators send (RFC 2407 §4.6.2)
        id.u16(500);
        id.bytes(request.idData);
        payloads.emplace_back(v1payload::kId, id.take());
    }
    for (const auto& vid : request.vendorIds) {
        payloads.emplace_back(v1payload::kVendorId, vid);
    }
    for (const auto& [type, body] : payloads) {
        if (body.size() + 4 > 0xffff) {
            return Error::make(ErrorCode::TooLarge, "IKEv1: payload too large");
        }
    }
    ByteWriter w;
    w.bytes(request.cookieI);
    w.bytes(Spi{});
    w.u8(v1payload::kSa);
    w.u8(0x10);
    w.u8(static_cast<std::uint8_t>(request.exchange));
    w.u8(0);
    w.u32(0);
    w.u32(0);
    w.bytes(chain(payloads));
    if (w.size() > kMaxIkeDatagram) {
        return Error::make(ErrorCode::TooLarge, "IKEv1: message larger than a UDP datagram");
    }
    w.patch32(24, static_cast<std::uint32_t>(w.size()));
    return w.take();
}

namespace {

Expected<Ikev1Transform> parseTransform(ByteView body) {
    ByteReader r(body);
    auto number = r.u8();
    auto id = r.u8();
    if (!number || !id || !r.u16()) {
        return malformed("truncated transform");
    }
    Ikev1Transform t;
    t.number = *number;
    std::optional<v1::Cipher> cipher;
    std::uint16_t keyBits = 0;
    std::optional<v1::Hash> hash;
    std::uint16_t group = 0;
    while (!r.atEnd()) {
        auto type = r.u16();
        auto value = r.u16();
        if (!type || !value) {
            return malformed("truncated attribute");
        }
        std::uint32_t v = *value;
        if ((*type & 0x8000) == 0) { // TLV: *value is the length
            auto data = r.view(*value);
            if (!data) {
                return malformed("attribute runs past its transform");
            }
            v = 0;
            for (auto byte : *data) {
                v = (v << 8) | byte;
            }
        }
        switch (*type & 0x7fff) {
        case v1::kAttrEncryption:
            cipher = static_cast<v1::Cipher>(v);
            break;
        case v1::kAttrKeyLength:
            keyBits = static_cast<std::uint16_t>(v);
            break;
        case v1::kAttrHash:
            hash = static_cast<v1::Hash>(v);
            break;
        case v1::kAttrAuthMethod:
            t.auth = static_cast<v1::AuthMethod>(v);
            break;
        case v1::kAttrGroupDescription:
            group = static_cast<std::uint16_t>(v);
            break;
        case v1::kAttrLifeDuration:
            t.lifeSeconds = v;
            break;
        default:
            break;
        }
    }
    Proposal& p = t.proposal;
    p.protocol = Protocol::Ike;
    if (cipher) {
        // An IKEv1 cipher with no IKEv2 equivalent is kept as its IKEv1 number + 1000.
        const auto encr = v1::encrFor(*cipher);
        p.encryption = {{encr ? *encr : static_cast<EncrId>(1000 + static_cast<unsigned>(*cipher)), keyBits}};
    }
    if (hash) {
        const auto integ = v1::integFor(*hash);
        p.integrity = {integ ? *integ : static_cast<IntegId>(1000 + static_cast<unsigned>(*hash))};
        if (integ) {
            p.prf = {*prfForInteg(*integ)};
        }
    }
    if (group) {
        p.dh = {static_cast<DhGroup>(group)};
    }
    return t;
}

Expected<std::vector<Ikev1Transform>> parseSa(ByteView body) {
    ByteReader r(body);
    if (!r.u32() || !r.u32()) {
        return malformed("truncated SA payload");
    }
    std::vector<Ikev1Transform> out;
    std::uint8_t next = v1payload::kProposal;
    while (next == v1payload::kProposal) {
        auto following = r.u8();
        auto reserved = r.u8();
        auto length = r.u16();
        if (!following || !reserved || !length || *length < 8) {
            return malformed("truncated proposal");
        }
        auto proposal = r.view(*length - 4u);
        if (!proposal) {
            return malformed("proposal runs past the SA payload");
        }
        next = *following;
        ByteReader p(*proposal);
        p.u8();
        p.u8();
        const auto spiSize = *p.u8();
        const auto count = *p.u8();
        if (!p.view(spiSize)) {
            return malformed("proposal SPI runs past its proposal");
        }
        for (unsigned i = 0; i < count; ++i) {
            auto tNext = p.u8();
            auto tReserved = p.u8();
            auto tLength = p.u16();
            if (!tNext || !tReserved || !tLength || *tLength < 8) {
                return malformed("truncated transform header");
            }
            auto tBody = p.view(*tLength - 4u);
            if (!tBody) {
                return malformed("transform runs past its proposal");
            }
            auto t = parseTransform(*tBody);
            if (!t) {
                return t.error();
            }
            out.push_back(std::move(*t));
            if (out.size() > 255) {
                return malformed("more than 255 transforms");
            }
        }
    }
    return out;
}

} // namespace

const Ikev1Notify* Ikev1Message::findNotify(std::uint16_t type) const {
    for (const auto& n : notifies) {
        if (n.type == type) {
            return &n;
        }
    }
    return nullptr;
}

Expected<Ikev1Message> parseIkev1Message(ByteView datagram) {
    auto frame = parseIsakmpFrame(datagram, {"IKEv1", 1, true, {}});
    if (!frame) {
        return frame.error();
    }
    Ikev1Message m;
    static_cast<IsakmpHeader&>(m) = frame->header;
    for (const auto& [type, body] : frame->payloads) {
        m.payloadTypes.push_back(type);
        ByteReader b(body);
        switch (type) {
        case v1payload::kSa: {
            auto transforms = parseSa(body);
            if (!transforms) {
                return transforms.error();
            }
            m.transforms = std::move(*transforms);
            break;
        }
        case v1payload::kKe:
            m.keData.assign(body.begin(), body.end());
            break;
        case v1payload::kNonce:
            m.hasNonce = true;
            break;
        case v1payload::kId:
            m.hasId = true;
            break;
        case v1payload::kHash:
            m.hasHash = true;
            break;
        case v1payload::kNotification: {
            // DOI (4), protocol (1), SPI size (1), type (2), SPI, data (RFC 2408 §3.14).
            Ikev1Notify n;
            auto doi = b.u32();
            auto protocol = b.u8();
            auto spiSize = b.u8();
            auto notifyType = b.u16();
            if (!doi || !protocol || !spiSize || !notifyType) {
                return malformed("truncated notification");
            }
            auto spi = b.bytes(*spiSize);
            if (!spi) {
                return malformed("notification SPI runs past its payload");
            }
            n.protocol = *protocol;
            n.type = *notifyType;
            n.spi = std::move(*spi);
            n.data = *b.bytes(b.remaining());
            m.notifies.push_back(std::move(n));
            break;
        }
        case v1payload::kVendorId:
            m.vendorIds.emplace_back(body.begin(), body.end());
            break;
        default:
            break;
        }
    }
    if (!m.keData.empty() && !m.transforms.empty() && !m.transforms.front().proposal.dh.empty()) {
        m.keGroup = m.transforms.front().proposal.dh.front();
    }
    return m;
}

} // namespace ipsecdoctor::ike
