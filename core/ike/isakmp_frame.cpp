#include "isakmp_frame.h"

#include "byte_io.h"

#include "ipsecdoctor/ike/ikev2_message.h"

#include <algorithm>
#include <string>

namespace ipsecdoctor::ike {
namespace {

constexpr std::size_t kMaxPayloads = 64;
constexpr std::uint8_t kNoNextPayload = 0;

} // namespace

Expected<IsakmpFrame> parseIsakmpFrame(ByteView datagram, const IsakmpRules& rules) {
    const std::string who(rules.name);
    auto malformed = [&who](const std::string& detail) {
        return Error::make(ErrorCode::Malformed, who + ": " + detail);
    };
    if (datagram.size() > kMaxIkeDatagram) {
        return Error::make(ErrorCode::TooLarge, who + ": datagram larger than 65535 bytes");
    }
    if (datagram.size() < kIkeHeaderSize) {
        return malformed("shorter than the 28-byte header");
    }
    ByteReader r(datagram);
    IsakmpFrame f;
    auto spiI = r.view(8);
    auto spiR = r.view(8);
    std::copy(spiI->begin(), spiI->end(), f.header.spiI.begin());
    std::copy(spiR->begin(), spiR->end(), f.header.spiR.begin());
    auto next = *r.u8();
    f.header.version = *r.u8();
    f.header.exchange = *r.u8();
    f.header.flags = *r.u8();
    f.header.messageId = *r.u32();
    const auto length = *r.u32();
    if ((f.header.version >> 4) != rules.majorVersion) {
        return malformed("major version " + std::to_string(f.header.version >> 4) + ", not " +
                         std::to_string(rules.majorVersion));
    }
    if (length != datagram.size()) {
        return malformed("length field " + std::to_string(length) + " but datagram of " +
                         std::to_string(datagram.size()) + " bytes");
    }
    if (rules.refuseEncrypted && (f.header.flags & 0x01)) {
        return malformed("encrypted message");
    }
    bool opaque = false;
    while (next != kNoNextPayload && !opaque) {
        if (f.payloads.size() == kMaxPayloads) {
            return malformed("more than 64 payloads");
        }
        const auto type = next;
        auto following = r.u8();
        auto flags = r.u8(); // IKEv2: the critical bit; IKEv1: reserved
        auto payloadLength = r.u16();
        if (!following || !flags || !payloadLength || *payloadLength < 4) {
            return malformed("truncated payload header");
        }
        auto body = r.view(*payloadLength - 4u);
        if (!body) {
            return malformed("payload " + std::to_string(type) + " runs past the message");
        }
        f.payloads.push_back({type, *body});
        next = *following;
        // Everything after SK is encrypted; its "next payload" names the first inner one.
        opaque = std::find(rules.opaque.begin(), rules.opaque.end(), type) != rules.opaque.end();
    }
    if (!r.atEnd() && f.payloads.empty()) {
        return malformed("payload bytes without a payload chain");
    }
    if (!r.atEnd() && !opaque) {
        return malformed("bytes after the last payload");
    }
    return f;
}

} // namespace ipsecdoctor::ike
