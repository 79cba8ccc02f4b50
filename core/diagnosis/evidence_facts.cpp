#include "evidence_facts.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace ipsecdoctor::diagnosis_detail {
namespace {

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool sameName(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

/// finding::ServiceIkeextDependencyUnavailable.id → "ikeext".
std::string serviceOf(const std::string& id) {
    if (!id.starts_with("service.")) {
        return {};
    }
    const auto end = id.find('.', 8);
    return end == std::string::npos ? std::string() : id.substr(8, end - 8);
}

bool isSuccessMarker(const Finding& f) {
    return f.id == finding::LogsRasclientConnected.id;
}

/// Findings that only a server's answer (or its silence) produces.
bool isServerAnswer(const Finding& f) {
    return f.id.starts_with("connectivity.udp") || f.id.starts_with("proposal.ikev2.") ||
           f.id.starts_with("proposal.ikev1.") || f.id.starts_with("proposal.version.");
}

bool hasFact(const RootCause& c) {
    return std::any_of(c.evidence.begin(), c.evidence.end(),
                       [](const Finding& f) { return !isLogFinding(f); });
}

std::string newestTime(const RootCause& c) {
    std::string newest;
    for (const auto& f : c.evidence) {
        newest = std::max(newest, evidenceValue(f, "last_seen"));
    }
    return newest;
}

} // namespace

bool isLogFinding(const Finding& f) {
    return f.id.starts_with("logs.");
}

bool isProblem(const Finding& f) {
    return f.severity >= Severity::Warning;
}

std::string evidenceValue(const Finding& f, const char* key) {
    auto it = f.evidence.find(key);
    return it == f.evidence.end() ? std::string() : it->second;
}

std::optional<std::uint32_t> codeOf(const Finding& f) {
    auto it = f.evidence.find("code");
    return it == f.evidence.end() ? std::nullopt : parseCodeText(it->second);
}

std::optional<CodeStage> stageOf(const Finding& f) {
    auto it = f.evidence.find("stage");
    return it == f.evidence.end() ? std::nullopt : codeStageFromId(it->second);
}

int countOf(const Finding& f) {
    auto it = f.evidence.find("count");
    if (it == f.evidence.end()) {
        return 1;
    }
    int n = 1;
    auto [ptr, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), n);
    return ec == std::errc() && ptr == it->second.data() + it->second.size() ? n : 1;
}

int stageRank(CodeStage stage, const Connection* connection) {
    const bool ikev2 = connection && (connection->isIkev2() || connection->usesEap());
    switch (stage) {
    case CodeStage::LocalService:
        return 0;
    case CodeStage::Transport:
        return 1;
    case CodeStage::Phase1Proposal:
        return 2;
    case CodeStage::Phase1Auth:
    case CodeStage::Certificate:
        return 3;
    case CodeStage::UserAuth:
        return ikev2 ? 3 : 5;
    case CodeStage::Phase2:
        return 4;
    case CodeStage::Unknown:
        return -1;
    }
    return -1;
}

HistorySplit splitHistory(const std::vector<Finding>& findings, const Connection* connection) {
    HistorySplit out;
    const bool named = connection && !connection->profile.empty();
    // The newest successful dial of each connection ("" when the event names none).
    std::map<std::string, std::string> lastSuccess;
    for (const auto& f : findings) {
        if (isSuccessMarker(f)) {
            auto& t = lastSuccess[evidenceValue(f, "connection")];
            t = std::max(t, evidenceValue(f, "last_seen"));
        }
    }
    auto successAfter = [&](const Finding& f) {
        const std::string failed = evidenceValue(f, "last_seen");
        const std::string conn = evidenceValue(f, "connection");
        for (const auto& [name, time] : lastSuccess) {
            const bool same = conn.empty() ? (!named || name.empty() || sameName(name, connection->profile))
                                           : sameName(name, conn);
            if (same && !failed.empty() && time > failed) {
                return true;
            }
        }
        return false;
    };
    for (const auto& f : findings) {
        if (isLogFinding(f) && named) {
            const std::string conn = evidenceValue(f, "connection");
            if (!conn.empty() && !sameName(conn, connection->profile)) {
                continue; // another connection's events say nothing of this one
            }
        }
        if (isLogFinding(f) && isProblem(f) && successAfter(f)) {
            out.history.push_back(f);
            continue;
        }
        out.current.push_back(f);
    }
    return out;
}

bool hasFailure(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) {
        return f.severity >= Severity::Error &&
               (isLogFinding(f) || isServerAnswer(f) || f.id == finding::ProposalServerUnreachable.id);
    });
}

int reachedStageRank(const std::vector<Finding>& findings, const Connection* connection) {
    int reached = -1;
    for (const auto& f : findings) {
        if (!isLogFinding(f) || f.severity < Severity::Error) {
            continue;
        }
        const auto s = stageOf(f);
        // A failure of unknown stage could be any; a timeout (809, 13805) says nothing of how far
        // the dial got (IKEv2's IKE_AUTH, large with certificates, is lost after IKE_SA_INIT worked).
        if (!s || *s == CodeStage::Unknown || *s == CodeStage::Transport) {
            return -1;
        }
        if (*s != CodeStage::LocalService) {
            reached = std::max(reached, stageRank(*s, connection));
        }
    }
    return reached;
}

int passedStageRank(const std::vector<Finding>& findings, const Connection* connection, bool withProbe) {
    int passed = -1;
    for (const auto& f : findings) {
        if (withProbe &&
            (f.id == finding::ConnectivityUdp500Reachable.id ||
             f.id == finding::ConnectivityUdp500Throttled.id || f.id.starts_with("proposal.ikev2.") ||
             f.id.starts_with("proposal.ikev1.") || f.id.starts_with("proposal.version."))) {
            passed = std::max(passed, stageRank(CodeStage::Transport, connection));
        }
        if (withProbe &&
            (f.id == finding::ProposalIkev2Accepted.id || f.id == finding::ProposalIkev1Accepted.id)) {
            passed = std::max(passed, stageRank(CodeStage::Phase1Proposal, connection));
        }
        if (isLogFinding(f) && f.severity >= Severity::Error) {
            if (auto s = stageOf(f); s && *s != CodeStage::LocalService && *s != CodeStage::Unknown) {
                passed = std::max(passed, stageRank(*s, connection) - 1);
            }
        }
    }
    return passed;
}

void groupConsequences(std::vector<RootCause>& causes) {
    // Which cause each "cannot start: its dependency cannot run" finding belongs under: the cause
    // whose own fact is the dependency's state.
    auto rootOf = [&](const std::string& dependency) -> std::optional<std::size_t> {
        for (std::size_t j = 0; j < causes.size(); ++j) {
            for (const auto& f : causes[j].evidence) {
                if (!f.id.ends_with(".dependency-unavailable") && sameName(serviceOf(f.id), dependency)) {
                    return j;
                }
            }
        }
        return std::nullopt;
    };
    std::vector<std::optional<std::size_t>> gaveTo(causes.size());
    for (std::size_t i = 0; i < causes.size(); ++i) {
        auto& evidence = causes[i].evidence;
        for (auto it = evidence.begin(); it != evidence.end();) {
            const std::string dependency = evidenceValue(*it, "dependency");
            const auto root = it->id.ends_with(".dependency-unavailable") && !dependency.empty()
                                  ? rootOf(dependency)
                                  : std::nullopt;
            if (!root) {
                ++it;
                continue;
            }
            causes[*root].consequences.push_back(std::move(*it));
            it = evidence.erase(it);
            if (*root != i) {
                gaveTo[i] = root;
            }
        }
    }
    // A cause whose facts all went to another cause is that cause's consequence, with its events.
    std::vector<bool> keep(causes.size(), true);
    for (std::size_t i = 0; i < causes.size(); ++i) {
        if (!gaveTo[i] || hasFact(causes[i])) {
            continue;
        }
        auto& root = causes[*gaveTo[i]];
        for (auto& f : causes[i].evidence) {
            root.consequences.push_back(std::move(f));
        }
        keep[i] = false;
    }
    std::vector<RootCause> kept;
    for (std::size_t i = 0; i < causes.size(); ++i) {
        if (keep[i]) {
            kept.push_back(std::move(causes[i]));
        }
    }
    causes = std::move(kept);
}

void dropExplainedCauses(std::vector<RootCause>& causes) {
    auto explainedBy = [](const RootCause& codeOnly, const RootCause& other) {
        if (&codeOnly == &other || !other.factual || other.certainty < codeOnly.certainty) {
            return false;
        }
        // Its failures (its supports establish nothing) are all evidence of the other cause.
        return std::all_of(codeOnly.evidence.begin(), codeOnly.evidence.end(), [&](const Finding& f) {
            return !isLogFinding(f) ||
                   std::find(other.evidence.begin(), other.evidence.end(), f) != other.evidence.end();
        });
    };
    std::vector<bool> drop(causes.size(), false);
    for (std::size_t i = 0; i < causes.size(); ++i) {
        if (causes[i].factual) {
            continue;
        }
        for (std::size_t j = 0; j < causes.size(); ++j) {
            if (i != j && explainedBy(causes[i], causes[j])) {
                drop[i] = true;
            }
        }
    }
    std::vector<RootCause> kept;
    for (std::size_t i = 0; i < causes.size(); ++i) {
        if (!drop[i]) {
            kept.push_back(std::move(causes[i]));
        }
    }
    causes = std::move(kept);
}

void applyGates(std::vector<RootCause>& causes, std::vector<Finding>& notes) {
    auto gate = std::find_if(causes.begin(), causes.end(), [](const RootCause& c) {
        return c.certainty == Certainty::Proven &&
               (c.id == cause::LocalIpsecServiceUnavailable.id || c.id == cause::TransportDns.id);
    });
    if (gate == causes.end()) {
        return;
    }
    const std::string gateId = gate->id;
    const bool servicesGate = gateId == cause::LocalIpsecServiceUnavailable.id;
    std::vector<RootCause> kept;
    for (auto& c : causes) {
        // A service that cannot run stops everything after it; an unresolved name everything but
        // this PC's own services.
        const bool hidden =
            c.id != gateId && (servicesGate ? c.stage != CodeStage::LocalService ||
                                                  c.id == cause::LocalPolicyAgentUnavailable.id
                                            : c.stage != CodeStage::LocalService);
        if (!hidden) {
            kept.push_back(std::move(c));
            continue;
        }
        for (auto& f : c.evidence) {
            if (!isLogFinding(f) && std::find(notes.begin(), notes.end(), f) == notes.end()) {
                notes.push_back(std::move(f));
            }
        }
    }
    causes = std::move(kept);
}

void rankCauses(std::vector<RootCause>& causes, const Connection* connection) {
    std::stable_sort(causes.begin(), causes.end(), [&](const RootCause& a, const RootCause& b) {
        if (a.certainty != b.certainty) {
            return a.certainty > b.certainty;
        }
        const int ra = stageRank(a.stage, connection), rb = stageRank(b.stage, connection);
        if (ra != rb) {
            return ra < rb;
        }
        return newestTime(a) > newestTime(b); // recent failures weigh more than old ones
    });
}

} // namespace ipsecdoctor::diagnosis_detail
