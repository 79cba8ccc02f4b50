// IKE_SA_INIT request encoder (RFC 7296 §3.1–§3.10).
#include "ipsecdoctor/ike/ikev2_message.h"

#include "byte_io.h"

#include "ipsecdoctor/util/digest.h"

#include <algorithm>
#include <utility>

namespace ipsecdoctor::ike {
namespace {

constexpr std::uint8_t kMoreSubstructures = 2; // proposal substructure: "more follow"
constexpr std::uint8_t kMoreTransforms = 3;

Bytes encodeProposal(const Proposal& proposal, std::uint8_t number, bool last) {
    const auto transforms = proposal.transforms();
    ByteWriter w;
    w.u8(last ? 0 : kMoreSubstructures);
    w.u8(0);
    w.u16(0); // length, patched below
    w.u8(number);
    w.u8(static_cast<std::uint8_t>(proposal.protocol));
    w.u8(0); // SPI size: none for IKE in IKE_SA_INIT
    w.u8(static_cast<std::uint8_t>(transforms.size()));
    for (std::size_t i = 0; i < transforms.size(); ++i) {
        const auto& t = transforms[i];
        w.u8(i + 1 == transforms.size() ? 0 : kMoreTransforms);
        w.u8(0);
        w.u16(t.keyBits ? 12 : 8);
        w.u8(static_cast<std::uint8_t>(t.type));
        w.u8(0);
        w.u16(t.id);
        if (t.keyBits) {
            w.u16(0x8000 | kAttributeKeyLength); // TV format
            w.u16(t.keyBits);
        }
    }
    w.patch16(2, static_cast<std::uint16_t>(w.size()));
    return w.take();
}

Bytes notifyBody(std::uint16_t type, ByteView data) {
    ByteWriter w;
    w.u8(0); // protocol: none (IKE SA notifications)
    w.u8(0); // SPI size
    w.u16(type);
    w.bytes(data);
    return w.take();
}

Error invalid(std::string detail) {
    return Error::make(ErrorCode::InvalidArgument, std::move(detail));
}

} // namespace

Expected<Bytes> encodeIkeSaInit(const Ikev2InitRequest& request) {
    if (request.proposals.empty() || request.proposals.size() > 255) {
        return invalid("IKE_SA_INIT needs 1 to 255 proposals");
    }
    if (request.nonce.size() < 16 || request.nonce.size() > 256) {
        return invalid("nonce must be 16 to 256 bytes (RFC 7296 §3.9)");
    }
    if (request.cookie.size() > 64) {
        return invalid("COOKIE data longer than 64 bytes");
    }
    const bool groupOffered =
        std::any_of(request.proposals.begin(), request.proposals.end(), [&](const Proposal& p) {
            return std::find(p.dh.begin(), p.dh.end(), request.keyShare.group) != p.dh.end();
        });
    if (!groupOffered || request.keyShare.publicValue.empty()) {
        return invalid("the KE group " + charonName(request.keyShare.group) + " is in no proposal");
    }

    std::vector<std::pair<std::uint8_t, Bytes>> payloads;
    if (!request.cookie.empty()) {
        payloads.emplace_back(payload::kNotify, notifyBody(notify::kCookie, request.cookie));
    }
    Bytes sa;
    for (std::size_t i = 0; i < request.proposals.size(); ++i) {
        auto p = encodeProposal(request.proposals[i], static_cast<std::uint8_t>(i + 1),
                                i + 1 == request.proposals.size());
        sa.insert(sa.end(), p.begin(), p.end());
    }
    payloads.emplace_back(payload::kSa, std::move(sa));
    {
        ByteWriter ke;
        ke.u16(static_cast<std::uint16_t>(request.keyShare.group));
        ke.u16(0);
        ke.bytes(request.keyShare.publicValue);
        payloads.emplace_back(payload::kKe, ke.take());
    }
    payloads.emplace_back(payload::kNonce, request.nonce);
    if (request.natSourceHash) {
        payloads.emplace_back(payload::kNotify,
                              notifyBody(notify::kNatDetectionSourceIp, *request.natSourceHash));
    }
    if (request.natDestinationHash) {
        payloads.emplace_back(payload::kNotify,
                              notifyBody(notify::kNatDetectionDestinationIp, *request.natDestinationHash));
    }
    if (request.fragmentationSupported) {
        payloads.emplace_back(payload::kNotify, notifyBody(notify::kIkev2FragmentationSupported, {}));
    }
    for (const auto& vid : request.vendorIds) {
        payloads.emplace_back(payload::kVendorId, vid);
    }

    ByteWriter w;
    w.bytes(request.spiI);
    w.bytes(Spi{});
    w.u8(payloads.front().first);
    w.u8(0x20); // IKEv2.0
    w.u8(kExchangeIkeSaInit);
    w.u8(kFlagInitiator);
    w.u32(0); // message id
    w.u32(0); // length, patched below
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        const auto& body = payloads[i].second;
        if (body.size() + 4 > 0xffff) {
            return Error::make(ErrorCode::TooLarge, "payload too large");
        }
        w.u8(i + 1 < payloads.size() ? payloads[i + 1].first : payload::kNone);
        w.u8(0);
        w.u16(static_cast<std::uint16_t>(body.size() + 4));
        w.bytes(body);
    }
    if (w.size() > kMaxIkeDatagram) {
        return Error::make(ErrorCode::TooLarge, "IKE_SA_INIT larger than a UDP datagram");
    }
    w.patch32(24, static_cast<std::uint32_t>(w.size()));
    return w.take();
}

Expected<Sha1Digest> natDetectionHash(const Spi& spiI, const Spi& spiR, ByteView address,
                                      std::uint16_t port) {
    if (address.size() != 4 && address.size() != 16) {
        return invalid("NAT detection needs a 4- or 16-byte address");
    }
    Bytes input(spiI.begin(), spiI.end());
    input.insert(input.end(), spiR.begin(), spiR.end());
    input.insert(input.end(), address.begin(), address.end());
    input.push_back(static_cast<std::uint8_t>(port >> 8));
    input.push_back(static_cast<std::uint8_t>(port));
    return ipsecdoctor::sha1(std::string_view(reinterpret_cast<const char*>(input.data()), input.size()));
}

} // namespace ipsecdoctor::ike
