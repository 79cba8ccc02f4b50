// IKEv2 half of the probe: Windows' own IKE_SA_INIT, then accepted-set discovery.
#include "probe_steps.h"

#include "ipsecdoctor/ike/notify_names.h"
#include "ipsecdoctor/ike/vendor_ids.h"

#include <algorithm>

namespace ipsecdoctor::ike {
namespace {

constexpr int kMaxCookieRounds = 2;

bool offersGroup(const std::vector<Proposal>& offered, DhGroup group) {
    return std::any_of(offered.begin(), offered.end(), [&](const Proposal& p) {
        return std::find(p.dh.begin(), p.dh.end(), group) != p.dh.end();
    });
}

std::size_t estimateSize(const std::vector<Proposal>& proposals, DhGroup group) {
    std::size_t size = 28 + 4 + 8 + keyShareSize(group) + 36 + 56 + 8 + 88;
    for (const auto& p : proposals) {
        for (const auto& t : p.transforms()) {
            size += t.keyBits ? 12 : 8;
        }
        size += 8;
    }
    return size;
}

/// Takes what the first accepting answer says about the path and the server.
void learnFromAccepted(ProbeRun& run, const Ikev2Message& m) {
    auto& r = run.result;
    if (std::find(r.ikev2.notifies.begin(), r.ikev2.notifies.end(), "IKEV2_FRAGMENTATION_SUPPORTED") !=
        r.ikev2.notifies.end()) {
        r.ikev2.fragmentationSupported = true;
    }
    if (!r.natDetected) {
        const auto* source = m.findNotify(notify::kNatDetectionSourceIp);
        const auto* destination = m.findNotify(notify::kNatDetectionDestinationIp);
        if (source && destination) {
            // Their DESTINATION hash is of what they saw as our address; their SOURCE hash is of
            // their own address: compare with what we know (RFC 7296 §2.23).
            auto ours =
                natDetectionHash(m.spiI, m.spiR, run.session.local().address.raw(), run.session.local().port);
            auto theirs = natDetectionHash(m.spiI, m.spiR, run.server.address.raw(), run.server.port);
            if (ours && theirs) {
                r.localBehindNat = destination->data != Bytes(ours->begin(), ours->end());
                r.serverBehindNat = source->data != Bytes(theirs->begin(), theirs->end());
                r.natDetected = r.localBehindNat || r.serverBehindNat;
            }
        }
    }
    if (r.certreqCaSha1.empty()) {
        for (const auto& ca : m.certReqAuthorities()) {
            r.certreqCaSha1.push_back(toHex(ca));
        }
    }
}

/// A vendor ID payload's generic header (RFC 7296 §3.2).
constexpr std::size_t kPaddingOverhead = 4;

/// `size` bytes of vendor ID that say what they are, for whoever reads the server's packet log.
Bytes largePacketPadding(std::size_t size) {
    static constexpr std::string_view kLabel = "IPsec Doctor large-packet test";
    Bytes padding(size, 0);
    std::copy_n(kLabel.begin(), std::min(size, kLabel.size()), padding.begin());
    return padding;
}

void noteNotifies(ProbeRun& run, const Ikev2Message& m) {
    for (const auto& n : m.notifies) {
        const auto name = notifyName(n.type);
        auto& list = run.result.ikev2.notifies;
        if (std::find(list.begin(), list.end(), name) == list.end()) {
            list.push_back(name);
        }
        if (n.type == notify::kMultipleAuthSupported) {
            run.multipleAuthSeen = true;
        }
    }
    for (const auto& vid : m.vendorIds) {
        if (std::find(run.vendorIds.begin(), run.vendorIds.end(), vid) == run.vendorIds.end()) {
            run.vendorIds.push_back(vid);
        }
    }
}

} // namespace

Ask askIkev2(ProbeRun& run, const std::string& purpose, const std::vector<Proposal>& offered, DhGroup keGroup,
             AskShape shape) {
    Ask ask;
    auto spi = newInitiatorSpi();
    auto nonce = randomBytes(32);
    if (!spi || !nonce) {
        ask.outcome = Ask::Outcome::Error;
        ask.detail = "random source failed";
        return ask;
    }
    Ikev2InitRequest request;
    request.spiI = *spi;
    request.proposals = offered;
    request.nonce = *nonce;
    request.vendorIds = windowsIkev2VendorIds();
    auto source = natDetectionHash(*spi, Spi{}, run.session.local().address.raw(), run.session.local().port);
    auto destination = natDetectionHash(*spi, Spi{}, run.server.address.raw(), run.server.port);
    if (source && destination) {
        request.natSourceHash = *source;
        request.natDestinationHash = *destination;
    }
    bool keRetried = false;
    int cookieRounds = 0;
    for (;;) {
        if (run.session.stopped()) {
            ask.outcome = Ask::Outcome::Stopped;
            return ask;
        }
        if (request.keyShare.group != keGroup) {
            auto share = generateKeyShare(keGroup);
            if (!share) {
                ask.outcome = Ask::Outcome::Error;
                ask.detail = share.error().detail;
                return ask;
            }
            request.keyShare = *share;
        }
        auto packet = encodeIkeSaInit(request);
        if (packet && shape.padTo > packet->size() + kPaddingOverhead) {
            // A vendor ID every IKE implementation ignores makes the datagram as large as an
            // IKE_AUTH with a certificate chain. Added once: a COOKIE round re-encodes it as it is.
            request.vendorIds = windowsIkev2VendorIds();
            request.vendorIds.push_back(largePacketPadding(shape.padTo - packet->size() - kPaddingOverhead));
            packet = encodeIkeSaInit(request);
        }
        if (!packet) {
            ask.outcome = Ask::Outcome::Error;
            ask.detail = packet.error().detail;
            return ask;
        }
        const auto trip = run.session.exchange(*packet, request.spiI);
        switch (trip.kind) {
        case RoundTrip::Kind::Answer:
            break;
        case RoundTrip::Kind::Unreachable:
            run.sawUnreachable = true;
            run.unreachableDetail = trip.detail;
            run.record(purpose, offered.size(), trip, "unreachable", trip.detail);
            ask.outcome = Ask::Outcome::Unreachable;
            return ask;
        case RoundTrip::Kind::Timeout:
            if (run.answeredV2 && shape.silenceIsThrottling) {
                run.throttled = true;
            }
            run.record(purpose, offered.size(), trip, "timeout", trip.detail);
            ask.outcome = Ask::Outcome::Timeout;
            return ask;
        case RoundTrip::Kind::Error:
            run.record(purpose, offered.size(), trip, "error", trip.detail);
            ask.outcome = Ask::Outcome::Error;
            ask.detail = trip.detail;
            return ask;
        default:
            ask.outcome = Ask::Outcome::Stopped;
            return ask;
        }
        auto message = parseIkev2Message(trip.data);
        if (!message) {
            run.record(purpose, offered.size(), trip, "malformed", message.error().detail);
            ask.outcome = Ask::Outcome::Malformed;
            ask.detail = message.error().detail;
            return ask;
        }
        run.answeredV2 = true;
        noteNotifies(run, *message);
        if (const auto* cookie = message->findNotify(notify::kCookie);
            cookie && cookieRounds < kMaxCookieRounds) {
            run.result.ikev2.cookieRequested = true;
            run.record(purpose, offered.size(), trip, "cookie",
                       std::to_string(cookie->data.size()) + " bytes");
            request.cookie = cookie->data;
            ++cookieRounds;
            continue;
        }
        if (const auto* invalidKe = message->findNotify(notify::kInvalidKePayload);
            invalidKe && invalidKe->data.size() == 2) {
            const auto wanted = static_cast<DhGroup>(invalidKe->data[0] << 8 | invalidKe->data[1]);
            ask.keGroupRequested = wanted;
            run.record(purpose, offered.size(), trip, "invalid-ke", charonName(wanted));
            if (keRetried || !offersGroup(offered, wanted) || !isSupportedKeyShare(wanted)) {
                ask.outcome = Ask::Outcome::Notify;
                ask.detail = "INVALID_KE_PAYLOAD " + charonName(wanted);
                ask.v2 = std::move(*message);
                return ask;
            }
            keRetried = true; // Windows retries once with the group the responder asks for
            keGroup = wanted;
            continue;
        }
        if (message->findNotify(notify::kNoProposalChosen)) {
            run.record(purpose, offered.size(), trip, "no-proposal-chosen", "");
            ask.outcome = Ask::Outcome::NoProposal;
            ask.v2 = std::move(*message);
            return ask;
        }
        if (message->proposals.size() == 1 && message->proposals.front().number >= 1 &&
            message->proposals.front().number <= offered.size()) {
            ask.chosenIndex = message->proposals.front().number - 1u;
            ask.chosen = message->proposals.front().proposal;
            ask.outcome = Ask::Outcome::Accepted;
            run.record(purpose, offered.size(), trip, "accepted", ask.chosen.toString());
            learnFromAccepted(run, *message);
            ask.v2 = std::move(*message);
            return ask;
        }
        std::string names;
        for (const auto& n : message->notifies) {
            names += (names.empty() ? "" : ",") + notifyName(n.type);
        }
        run.record(purpose, offered.size(), trip, "notify", names.empty() ? message->describe() : names);
        ask.outcome = Ask::Outcome::Notify;
        ask.detail = names;
        ask.v2 = std::move(*message);
        return ask;
    }
}

void questionWindowsIkev2(ProbeRun& run) {
    auto& v2 = run.result.ikev2;
    v2.probed = true;
    std::vector<Proposal> offered;
    DhGroup keGroup = DhGroup::Modp1024;
    if (run.options.customPolicy) {
        v2.windowsSet = "custom-policy";
        offered = {ikeProposal(*run.options.customPolicy)};
        keGroup = offered.front().dh.empty() ? DhGroup::None : offered.front().dh.front();
    } else {
        v2.windowsSet = std::string(windowsIkev2SetId(run.options.windowsSet));
        offered = windowsIkev2Proposals(run.options.windowsSet);
        keGroup = windowsIkev2KeyShare(run.options.windowsSet);
    }
    const auto ask = askIkev2(run, "ikev2-windows", offered, keGroup);
    v2.answered = run.answeredV2;
    if (ask.keGroupRequested) {
        v2.keGroupRequested = static_cast<std::uint16_t>(*ask.keGroupRequested);
    }
    if (ask.outcome == Ask::Outcome::Accepted) {
        v2.windowsDefaultAccepted = true;
        // The offered proposal, not the echo: both are single-algorithm and equal for a
        // conforming server; the offered one has our canonical form.
        v2.windowsDefaultChosen = toProbeProposal(offered[ask.chosenIndex]);
        v2.accepted.push_back(*v2.windowsDefaultChosen);
    } else if (ask.outcome == Ask::Outcome::NoProposal || ask.outcome == Ask::Outcome::Notify) {
        v2.windowsDefaultAccepted = false;
    }
}

void discoverIkev2(ProbeRun& run) {
    auto& v2 = run.result.ikev2;
    std::vector<Proposal> pool = ikev2DiscoveryCandidates();
    // What the Windows question already settled: drop the accepted one; after a rejection, all.
    std::vector<Proposal> settled;
    if (v2.windowsDefaultAccepted == true) {
        for (const auto& p : pool) {
            if (p.toString() == v2.windowsDefaultChosen->notation) {
                settled.push_back(p);
            }
        }
    } else if (v2.windowsDefaultAccepted == false && run.result.ikev2.keGroupRequested == std::nullopt) {
        settled = run.options.customPolicy ? std::vector<Proposal>{ikeProposal(*run.options.customPolicy)}
                                           : windowsIkev2Proposals(run.options.windowsSet);
    }
    std::erase_if(pool, [&](const Proposal& p) {
        return std::find(settled.begin(), settled.end(), p) != settled.end();
    });

    DhGroup group = DhGroup::Modp1024;
    if (!v2.accepted.empty()) {
        group = static_cast<DhGroup>(v2.accepted.back().transforms.back().id);
    } else if (v2.keGroupRequested) {
        group = static_cast<DhGroup>(*v2.keGroupRequested);
    }
    while (!pool.empty()) {
        if (run.session.stopped()) {
            break;
        }
        if (std::none_of(pool.begin(), pool.end(),
                         [&](const Proposal& p) { return p.dh.front() == group; })) {
            group = pool.front().dh.front();
        }
        // This packet: the current group's proposals first (no INVALID_KE for them), then the
        // others, strongest first, as many as fit.
        std::vector<Proposal> packet;
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& p : pool) {
                if ((p.dh.front() == group) != (pass == 0)) {
                    continue;
                }
                packet.push_back(p);
                if (estimateSize(packet, group) > run.maxDatagram || packet.size() > 255) {
                    packet.pop_back();
                    pass = 2;
                    break;
                }
            }
        }
        const auto ask = askIkev2(run, "ikev2-discovery", packet, group);
        if (ask.outcome == Ask::Outcome::Accepted) {
            const auto& chosen = packet[ask.chosenIndex];
            v2.accepted.push_back(toProbeProposal(chosen));
            group = chosen.dh.front();
            std::erase(pool, chosen);
        } else if (ask.outcome == Ask::Outcome::NoProposal) {
            std::erase_if(pool, [&](const Proposal& p) {
                return std::find(packet.begin(), packet.end(), p) != packet.end();
            });
        } else if (ask.outcome == Ask::Outcome::Notify && ask.keGroupRequested &&
                   *ask.keGroupRequested != group && isSupportedKeyShare(*ask.keGroupRequested)) {
            group = *ask.keGroupRequested;
        } else {
            break; // timeout, throttling, unreachable, error: the set stays incomplete
        }
    }
    v2.discoveryComplete = pool.empty();
    // Strongest first, in candidate order.
    const auto order = ikev2DiscoveryCandidates();
    auto rank = [&](const ProbeProposal& p) {
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (order[i].toString() == p.notation) {
                return i;
            }
        }
        return order.size();
    };
    std::stable_sort(v2.accepted.begin(), v2.accepted.end(),
                     [&](const ProbeProposal& a, const ProbeProposal& b) { return rank(a) < rank(b); });
}

} // namespace ipsecdoctor::ike
