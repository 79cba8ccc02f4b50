#include "ipsecdoctor/checks/transport_checks.h"

#include "ipsecdoctor/knowledge/error_codes.h"
#include "ipsecdoctor/knowledge/finding_ids.h"
#include "ipsecdoctor/util/joined.h"

#include <array>

namespace ipsecdoctor {
namespace {

void addPortOwners(const TransportFacts& facts, std::vector<Finding>& out) {
    for (const std::uint16_t port : std::array<std::uint16_t, 2>{kIkePort, kNatTraversalPort}) {
        const bool ikeextHolds = facts.ikeextHolds(port);
        for (const auto* owner : facts.otherOwners(port)) {
            // An owner Windows could not name (pid 0) is not proven to be another program.
            const bool proven = !ikeextHolds && owner->pid != 0;
            Finding f =
                newFinding(finding::ConnectivityLocalPortTaken, proven ? Severity::Error : Severity::Warning);
            f.subject = owner->process.empty() ? "pid " + std::to_string(owner->pid) : owner->process;
            f.evidence["port"] = std::to_string(port);
            f.evidence["address"] = owner->address;
            f.evidence["pid"] = std::to_string(owner->pid);
            f.evidence["process"] = owner->process;
            f.evidence["services"] = joined(owner->services, ",");
            f.evidence["ikeext_holds_port"] = ikeextHolds ? "true" : "false";
            out.push_back(std::move(f));
        }
    }
}

void addThirdPartyProviders(const TransportFacts& facts, std::vector<Finding>& out) {
    const auto providers = facts.thirdPartyProviders();
    if (!facts.wfpListed || providers.empty()) {
        return;
    }
    std::vector<std::string> names;
    std::vector<std::string> keys;
    int callouts = 0;
    for (const auto* p : providers) {
        names.push_back(p->name.empty() ? p->key : p->name);
        keys.push_back(p->key);
        callouts += p->callouts;
    }
    Finding f = newFinding(finding::ConnectivityWfpThirdParty, Severity::Info);
    f.subject = joined(names, "; ");
    f.evidence["providers"] = std::to_string(providers.size());
    f.evidence["names"] = f.subject;
    f.evidence["keys"] = joined(keys, ",");
    f.evidence["callouts"] = std::to_string(callouts);
    out.push_back(std::move(f));
}

void addNotCollected(const SystemSnapshot& snapshot, std::vector<Finding>& out) {
    for (const auto& e : snapshot.errors) {
        if (e.area != "transport") {
            continue;
        }
        // No rights or no such API is what this PC is, not a fault: a note. A failure is a warning.
        const bool expected =
            e.code == errorCodeId(ErrorCode::AccessDenied) || e.code == errorCodeId(ErrorCode::NotSupported);
        Finding f = newFinding(finding::ConnectivityLocalFactsNotCollected,
                               expected ? Severity::Info : Severity::Warning);
        f.subject = e.target;
        f.evidence["part"] = e.target;
        f.evidence["error"] = e.code;
        f.evidence["native_error"] = std::to_string(e.native);
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<Finding> checkTransportFacts(const TransportFacts& facts) {
    std::vector<Finding> out;
    addPortOwners(facts, out);
    addThirdPartyProviders(facts, out);
    return out;
}

std::vector<Finding> checkTransportFacts(const SystemSnapshot& snapshot) {
    auto out = snapshot.transport ? checkTransportFacts(*snapshot.transport) : std::vector<Finding>{};
    addNotCollected(snapshot, out);
    return out;
}

} // namespace ipsecdoctor
