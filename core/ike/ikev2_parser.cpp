// IKEv2 message parser: every length is checked against its parent before use.
#include "ipsecdoctor/ike/ikev2_message.h"

#include "byte_io.h"
#include "isakmp_frame.h"

#include <algorithm>
#include <string>

namespace ipsecdoctor::ike {
namespace {

Error malformed(std::string detail) {
    return Error::make(ErrorCode::Malformed, "IKEv2: " + std::move(detail));
}

/// Transforms of one proposal substructure.
Expected<std::vector<Transform>> parseTransforms(ByteReader& r, unsigned count) {
    std::vector<Transform> out;
    for (unsigned i = 0; i < count; ++i) {
        auto last = r.u8();
        auto reserved = r.u8();
        auto length = r.u16();
        if (!last || !reserved || !length || *length < 8) {
            return malformed("truncated transform");
        }
        auto body = r.view(*length - 4u);
        if (!body) {
            return malformed("transform runs past its proposal");
        }
        if ((*last == 0) != (i + 1 == count) || (*last != 0 && *last != 3)) {
            return malformed("transform count does not match the last-substructure flags");
        }
        ByteReader t(*body);
        Transform transform;
        transform.type = static_cast<TransformType>(*t.u8());
        t.u8();
        transform.id = *t.u16();
        while (!t.atEnd()) {
            auto type = t.u16();
            auto value = t.u16();
            if (!type || !value) {
                return malformed("truncated transform attribute");
            }
            if ((*type & 0x8000) == 0) { // TLV: value is the length
                if (!t.view(*value)) {
                    return malformed("transform attribute runs past its transform");
                }
                continue;
            }
            if ((*type & 0x7fff) == kAttributeKeyLength) {
                transform.keyBits = *value;
            }
        }
        out.push_back(transform);
    }
    return out;
}

Expected<std::vector<NumberedProposal>> parseSa(ByteView body) {
    ByteReader r(body);
    std::vector<NumberedProposal> out;
    bool more = true;
    while (more) {
        if (out.size() == 255) {
            return malformed("more than 255 proposals");
        }
        auto last = r.u8();
        auto reserved = r.u8();
        auto length = r.u16();
        if (!last || !reserved || !length || *length < 8) {
            return malformed("truncated proposal");
        }
        auto proposalBody = r.view(*length - 4u);
        if (!proposalBody) {
            return malformed("proposal runs past the SA payload");
        }
        if (*last != 0 && *last != 2) {
            return malformed("bad last-substructure value in a proposal");
        }
        more = *last == 2;
        ByteReader p(*proposalBody);
        NumberedProposal numbered;
        numbered.number = *p.u8();
        const auto protocol = *p.u8();
        const auto spiSize = *p.u8();
        const auto count = *p.u8();
        auto spi = p.bytes(spiSize);
        if (!spi) {
            return malformed("proposal SPI runs past its proposal");
        }
        numbered.spi = std::move(*spi);
        auto transforms = parseTransforms(p, count);
        if (!transforms) {
            return transforms.error();
        }
        if (!p.atEnd()) {
            return malformed("bytes after the last transform of a proposal");
        }
        auto proposal = proposalFromTransforms(static_cast<Protocol>(protocol), *transforms);
        if (!proposal) {
            return malformed(proposal.error().detail);
        }
        numbered.proposal = std::move(*proposal);
        out.push_back(std::move(numbered));
    }
    if (!r.atEnd()) {
        return malformed("bytes after the last proposal");
    }
    return out;
}

std::string notifyShortName(std::uint16_t type) {
    // charon's abbreviations (src/libcharon/encoding/payloads/notify_payload.c).
    switch (type) {
    case notify::kNoProposalChosen:
        return "NO_PROP";
    case notify::kInvalidKePayload:
        return "INVAL_KE";
    case notify::kInvalidSyntax:
        return "INVAL_SYN";
    case notify::kInvalidMajorVersion:
        return "INVAL_MAJOR";
    case notify::kAuthenticationFailed:
        return "AUTH_FAILED";
    case notify::kTemporaryFailure:
        return "TEMP_FAIL";
    case notify::kNatDetectionSourceIp:
        return "NATD_S_IP";
    case notify::kNatDetectionDestinationIp:
        return "NATD_D_IP";
    case notify::kCookie:
        return "COOKIE";
    case notify::kMultipleAuthSupported:
        return "MULT_AUTH";
    case notify::kIkev2FragmentationSupported:
        return "FRAG_SUP";
    case notify::kSignatureHashAlgorithms:
        return "HASH_ALG";
    case notify::kRedirectSupported:
        return "REDIR_SUP";
    default:
        return std::to_string(type);
    }
}

} // namespace

const Ikev2Notify* Ikev2Message::findNotify(std::uint16_t type) const {
    for (const auto& n : notifies) {
        if (n.type == type) {
            return &n;
        }
    }
    return nullptr;
}

std::vector<Sha1Digest> Ikev2Message::certReqAuthorities() const {
    std::vector<Sha1Digest> out;
    for (const auto& c : certReqs) {
        if (c.encoding != 4) {
            continue;
        }
        for (std::size_t i = 0; i + 20 <= c.authorities.size(); i += 20) {
            Sha1Digest d{};
            std::copy_n(c.authorities.begin() + static_cast<std::ptrdiff_t>(i), 20, d.begin());
            out.push_back(d);
        }
    }
    return out;
}

std::string Ikev2Message::describe() const {
    std::string out;
    std::size_t notifyIndex = 0;
    for (auto type : payloadTypes) {
        std::string word;
        switch (type) {
        case payload::kSa:
            word = "SA";
            break;
        case payload::kKe:
            word = "KE";
            break;
        case payload::kNonce:
            word = "No";
            break;
        case payload::kNotify:
            word = notifyIndex < notifies.size() ? "N(" + notifyShortName(notifies[notifyIndex++].type) + ")"
                                                 : "N";
            break;
        case payload::kVendorId:
            word = "V";
            break;
        case payload::kCertReq:
            word = "CERTREQ";
            break;
        case payload::kEncrypted:
            word = "SK";
            break;
        default:
            word = "P(" + std::to_string(type) + ")";
        }
        out += (out.empty() ? "" : " ") + word;
    }
    return out;
}

Expected<Ikev2Message> parseIkev2Message(ByteView datagram) {
    auto frame =
        parseIsakmpFrame(datagram, {"IKEv2", 2, false, {payload::kEncrypted, payload::kEncryptedFragment}});
    if (!frame) {
        return frame.error();
    }
    Ikev2Message m;
    static_cast<IsakmpHeader&>(m) = frame->header;
    for (const auto& [type, body] : frame->payloads) {
        m.payloadTypes.push_back(type);
        ByteReader b(body);
        switch (type) {
        case payload::kSa: {
            auto proposals = parseSa(body);
            if (!proposals) {
                return proposals.error();
            }
            m.proposals = std::move(*proposals);
            break;
        }
        case payload::kKe: {
            auto group = b.u16();
            if (!group || !b.u16()) {
                return malformed("truncated KE payload");
            }
            m.keGroup = static_cast<DhGroup>(*group);
            m.keData = *b.bytes(b.remaining());
            break;
        }
        case payload::kNonce:
            m.nonce.assign(body.begin(), body.end());
            break;
        case payload::kNotify: {
            Ikev2Notify n;
            auto protocol = b.u8();
            auto spiSize = b.u8();
            auto notifyType = b.u16();
            if (!protocol || !spiSize || !notifyType) {
                return malformed("truncated notify payload");
            }
            auto spi = b.bytes(*spiSize);
            if (!spi) {
                return malformed("notify SPI runs past its payload");
            }
            n.protocol = *protocol;
            n.type = *notifyType;
            n.spi = std::move(*spi);
            n.data = *b.bytes(b.remaining());
            m.notifies.push_back(std::move(n));
            break;
        }
        case payload::kVendorId:
            m.vendorIds.emplace_back(body.begin(), body.end());
            break;
        case payload::kCertReq: {
            auto encoding = b.u8();
            if (!encoding) {
                return malformed("empty CERTREQ payload");
            }
            m.certReqs.push_back({*encoding, *b.bytes(b.remaining())});
            break;
        }
        default:
            break; // other payloads (SK included) are recorded by type only
        }
    }
    return m;
}

} // namespace ipsecdoctor::ike
