// Fuzz target for the IKE parsers (what a server — or anything on the path — sends the probe).
// Besides "no crash, no hang", it checks the parsers' promises: failures carry a detail and the
// documented code, and an accepted message is internally consistent.
//
// Seeds in corpus/ike (no README there, since every file is an input): charon-*.bin are answers
// of Debian's strongSwan charon 5.9.8 to `ipsecdoctor-cli probe`, recorded by the UDP relay of
// tests/ike/charon_lab.py (UdpRelay(record=…)) in the scenarios of tests/ike/test_probe_charon.py:
// IKEv2 accepted (MODP1024; ECP384 with AES-GCM), INVALID_KE, NO_PROPOSAL_CHOSEN, COOKIE; IKEv1
// Main Mode answer, Aggressive Mode answer, NO-PROPOSAL-CHOSEN. ikescan-*-request.bin are
// ike-scan 1.9.5's default Main and Aggressive Mode requests (captured with strace on sendto()).

#include "ipsecdoctor/ike/ikev1_message.h"
#include "ipsecdoctor/ike/ikev2_message.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace ipsecdoctor;
using namespace ipsecdoctor::ike;

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz_ike_reply: invariant violated: %s\n", what);
        std::abort();
    }
}

void checkError(const Error& e) {
    require(!e.detail.empty(), "an error has a detail");
    require(e.code == ErrorCode::Malformed || e.code == ErrorCode::TooLarge,
            "parse errors are Malformed/TooLarge");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    if (auto m = parseIkev2Message(input)) {
        require(size >= kIkeHeaderSize, "accepted messages have a header");
        require(m->payloadTypes.size() <= 64, "at most 64 payloads");
        for (const auto& p : m->proposals) {
            require(!p.proposal.encryption.empty(), "every proposal has an encryption transform");
            (void)p.proposal.toString();
            (void)p.proposal.toCharonString();
        }
        for (const auto& ca : m->certReqAuthorities()) {
            require(ca.size() == 20, "CA hashes are SHA-1");
        }
        (void)m->describe();
    } else {
        checkError(m.error());
    }
    if (auto m = parseIkev1Message(input)) {
        require((m->flags & 1) == 0, "encrypted IKEv1 messages are refused");
        for (const auto& t : m->transforms) {
            (void)t.proposal.toString();
        }
    } else {
        checkError(m.error());
    }
    return 0;
}
