// IKEv1 half of the probe: Windows' L2TP Main Mode offer, Aggressive Mode, then discovery.
#include "probe_steps.h"

#include "ipsecdoctor/ike/notify_names.h"
#include "ipsecdoctor/ike/vendor_ids.h"

#include <algorithm>

namespace ipsecdoctor::ike {
namespace {

void noteAnswer(ProbeRun& run, const Ikev1Message& m) {
    run.answeredV1 = true;
    for (const auto& n : m.notifies) {
        const auto name = ikev1NotifyName(n.type);
        auto& list = run.result.ikev1.notifies;
        if (std::find(list.begin(), list.end(), name) == list.end()) {
            list.push_back(name);
        }
    }
    for (const auto& vid : m.vendorIds) {
        if (std::find(run.vendorIds.begin(), run.vendorIds.end(), vid) == run.vendorIds.end()) {
            run.vendorIds.push_back(vid);
        }
    }
}

/// Sends one IKEv1 message 1 and classifies the answer.
Ask askIkev1(ProbeRun& run, const std::string& purpose, Ikev1Request request) {
    Ask ask;
    auto cookie = newInitiatorSpi();
    if (!cookie) {
        ask.outcome = Ask::Outcome::Error;
        return ask;
    }
    request.cookieI = *cookie;
    request.auth = run.options.ikev1Auth;
    request.vendorIds = windowsIkev1VendorIds();
    auto packet = encodeIkev1First(request);
    if (!packet) {
        ask.outcome = Ask::Outcome::Error;
        ask.detail = packet.error().detail;
        return ask;
    }
    if (run.session.stopped()) {
        ask.outcome = Ask::Outcome::Stopped;
        return ask;
    }
    const auto trip = run.session.exchange(*packet, request.cookieI);
    const auto offered = request.transforms.size();
    switch (trip.kind) {
    case RoundTrip::Kind::Answer:
        break;
    case RoundTrip::Kind::Unreachable:
        run.sawUnreachable = true;
        run.unreachableDetail = trip.detail;
        run.record(purpose, offered, trip, "unreachable", trip.detail);
        ask.outcome = Ask::Outcome::Unreachable;
        return ask;
    case RoundTrip::Kind::Timeout:
        if (run.answeredV1) {
            run.throttled = true;
        }
        run.record(purpose, offered, trip, "timeout", trip.detail);
        ask.outcome = Ask::Outcome::Timeout;
        return ask;
    case RoundTrip::Kind::Error:
        run.record(purpose, offered, trip, "error", trip.detail);
        ask.outcome = Ask::Outcome::Error;
        return ask;
    default:
        ask.outcome = Ask::Outcome::Stopped;
        return ask;
    }
    auto message = parseIkev1Message(trip.data);
    if (!message) {
        run.record(purpose, offered, trip, "malformed", message.error().detail);
        ask.outcome = Ask::Outcome::Malformed;
        ask.detail = message.error().detail;
        return ask;
    }
    noteAnswer(run, *message);
    if (message->transforms.size() == 1 && message->transforms.front().number >= 1 &&
        message->transforms.front().number <= offered) {
        ask.chosenIndex = message->transforms.front().number - 1u;
        ask.chosen = request.transforms[ask.chosenIndex];
        ask.outcome = Ask::Outcome::Accepted;
        run.record(purpose, offered, trip, "accepted", ask.chosen.toString());
    } else if (message->findNotify(v1::kNotifyNoProposalChosen)) {
        ask.outcome = Ask::Outcome::NoProposal;
        run.record(purpose, offered, trip, "no-proposal-chosen", "");
    } else {
        ask.outcome = Ask::Outcome::Notify;
        ask.detail =
            message->notifies.empty() ? "unexpected answer" : ikev1NotifyName(message->notifies.front().type);
        run.record(purpose, offered, trip, "notify", ask.detail);
    }
    ask.v1 = std::move(*message);
    return ask;
}

std::vector<Proposal> windowsMainModeOffer(const ProbeOptions& options) {
    if (options.customPolicy) {
        auto p = ikeProposal(*options.customPolicy);
        if (v1::cipherFor(p.encryption.front().id) && !p.integrity.empty()) {
            return {p};
        }
    }
    return windowsL2tpMainModeProposals();
}

} // namespace

void questionIkev1MainMode(ProbeRun& run) {
    auto& v1r = run.result.ikev1;
    v1r.probed = true;
    Ikev1Request request;
    request.transforms = windowsMainModeOffer(run.options);
    const auto ask = askIkev1(run, "ikev1-main-windows", request);
    if (ask.outcome == Ask::Outcome::Accepted) {
        v1r.mainModeAnswered = true;
        v1r.windowsDefaultAccepted = true;
        v1r.windowsDefaultChosen = toProbeProposal(ask.chosen);
        v1r.mainModeAccepted.push_back(*v1r.windowsDefaultChosen);
    } else if (ask.outcome == Ask::Outcome::NoProposal || ask.outcome == Ask::Outcome::Notify) {
        v1r.mainModeAnswered = true;
        v1r.windowsDefaultAccepted = false;
    }
}

void questionIkev1AggressiveMode(ProbeRun& run) {
    auto& v1r = run.result.ikev1;
    v1r.probed = true;
    // One group only (the key share is in message 1): the one Main Mode accepted, else MODP1024.
    DhGroup group = DhGroup::Modp1024;
    if (v1r.windowsDefaultChosen) {
        group = static_cast<DhGroup>(v1r.windowsDefaultChosen->transforms.back().id);
    }
    Ikev1Request request;
    request.exchange = Ikev1Exchange::Aggressive;
    for (const auto& p : ikev1DiscoveryCandidates()) {
        if (p.dh.front() == group) {
            request.transforms.push_back(p);
        }
    }
    auto share = generateKeyShare(group);
    auto nonce = randomBytes(20);
    if (!share || !nonce || request.transforms.empty()) {
        return;
    }
    request.keyShare = *share;
    request.nonce = *nonce;
    request.idType = Ikev1IdType::Fqdn;
    request.idData.assign(run.options.aggressiveId.begin(), run.options.aggressiveId.end());
    const auto ask = askIkev1(run, "ikev1-aggressive", request);
    switch (ask.outcome) {
    case Ask::Outcome::Accepted:
        // A responder's message 2 with KE and HASH_R: with PSK, crackable offline.
        v1r.aggressiveMode = "answered";
        break;
    case Ask::Outcome::NoProposal:
    case Ask::Outcome::Notify:
        v1r.aggressiveMode = "rejected";
        break;
    case Ask::Outcome::Timeout:
    case Ask::Outcome::Unreachable:
        v1r.aggressiveMode = "no-answer";
        break;
    default:
        break;
    }
}

void discoverIkev1(ProbeRun& run) {
    auto& v1r = run.result.ikev1;
    std::vector<Proposal> pool = ikev1DiscoveryCandidates();
    std::vector<Proposal> settled;
    if (v1r.windowsDefaultAccepted == true) {
        for (const auto& p : pool) {
            if (p.toString() == v1r.windowsDefaultChosen->notation) {
                settled.push_back(p);
            }
        }
    } else if (v1r.windowsDefaultAccepted == false) {
        settled = windowsMainModeOffer(run.options);
    }
    std::erase_if(pool, [&](const Proposal& p) {
        return std::find(settled.begin(), settled.end(), p) != settled.end();
    });
    while (!pool.empty()) {
        if (run.session.stopped()) {
            return;
        }
        Ikev1Request request;
        // 36 bytes per transform; keep the message under maxDatagram and 255 transforms.
        const std::size_t fit = std::min<std::size_t>(255, (run.maxDatagram - 200) / 36);
        request.transforms.assign(pool.begin(),
                                  pool.begin() + static_cast<std::ptrdiff_t>(std::min(fit, pool.size())));
        const auto ask = askIkev1(run, "ikev1-discovery", request);
        if (ask.outcome == Ask::Outcome::Accepted) {
            v1r.mainModeAccepted.push_back(toProbeProposal(ask.chosen));
            std::erase(pool, ask.chosen);
        } else if (ask.outcome == Ask::Outcome::NoProposal) {
            std::erase_if(pool, [&](const Proposal& p) {
                return std::find(request.transforms.begin(), request.transforms.end(), p) !=
                       request.transforms.end();
            });
        } else {
            return;
        }
    }
    v1r.discoveryComplete = true;
}

} // namespace ipsecdoctor::ike
