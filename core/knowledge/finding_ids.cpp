#include "ipsecdoctor/knowledge/finding_ids.h"

#include "ipsecdoctor/util/ascii.h"

#include <algorithm>
#include <array>
#include <string>

namespace ipsecdoctor {
namespace {

#define IPSECDOCTOR_LIST_FINDING(Name, id, step, phase) finding::Name,
constexpr std::array kKinds{IPSECDOCTOR_FINDING_KINDS(IPSECDOCTOR_LIST_FINDING)};
#undef IPSECDOCTOR_LIST_FINDING

} // namespace

std::span<const FindingKind> findingKinds() {
    return kKinds;
}

const FindingKind* findFindingKind(std::string_view id) {
    const auto it =
        std::find_if(kKinds.begin(), kKinds.end(), [&](const FindingKind& k) { return k.id == id; });
    return it == kKinds.end() ? nullptr : &*it;
}

bool matchesPattern(std::string_view pattern, std::string_view id) {
    // Iterative glob with backtracking to the last '*': linear enough for ids of ~60 chars.
    std::size_t p = 0, s = 0, starP = std::string_view::npos, starS = 0;
    while (s < id.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starS = s;
        } else if (p < pattern.size() && pattern[p] == id[s]) {
            ++p;
            ++s;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            s = ++starS;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') {
        ++p;
    }
    return p == pattern.size();
}

bool namesSomeFinding(std::string_view pattern) {
    return std::any_of(kKinds.begin(), kKinds.end(),
                       [&](const FindingKind& k) { return matchesPattern(pattern, k.id); });
}

Finding newFinding(const FindingKind& kind, Severity severity) {
    Finding f;
    f.id = std::string(kind.id);
    f.severity = severity;
    f.step = kind.step;
    f.phase = kind.phase.value_or(IkePhase::Local);
    return f;
}

Finding newFinding(const FindingKind& kind, Severity severity, IkePhase phase) {
    Finding f = newFinding(kind, severity);
    f.phase = phase;
    return f;
}

const FindingKind* serviceFinding(std::string_view serviceName, std::string_view condition) {
    return findFindingKind("service." + asciiLower(serviceName) + "." + std::string(condition));
}

} // namespace ipsecdoctor
