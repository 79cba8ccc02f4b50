#pragma once
// The framing IKEv1 and IKEv2 share (RFC 2408 §3.1-3.2, RFC 7296 §3.1-3.2): the 28-byte header
// and the chain of generic payload headers, each length checked against the datagram. The two
// parsers decode the payload bodies; this reads only the frame, so both refuse a bad frame alike.

#include "ipsecdoctor/ike/bytes.h"
#include "ipsecdoctor/ike/ikev2_message.h"
#include "ipsecdoctor/util/expected.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ipsecdoctor::ike {

struct IsakmpRules {
    std::string_view name;            // "IKEv1" / "IKEv2": the prefix of every error
    std::uint8_t majorVersion = 0;    // the header's major version must be this
    bool refuseEncrypted = false;     // IKEv1: header flag bit 0 means the payloads are encrypted
    std::vector<std::uint8_t> opaque; // IKEv2 SK/SKF: the last payload; its "next" names an inner one
};

struct IsakmpPayload {
    std::uint8_t type = 0;
    ByteView body; // after the 4-byte generic header; a view into the datagram
};

struct IsakmpFrame {
    IsakmpHeader header;
    std::vector<IsakmpPayload> payloads; // at most 64
};

/// Error{TooLarge} over 65535 bytes, Error{Malformed} naming what is wrong otherwise.
Expected<IsakmpFrame> parseIsakmpFrame(ByteView datagram, const IsakmpRules& rules);

} // namespace ipsecdoctor::ike
