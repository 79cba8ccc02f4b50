#pragma once
// The core speaks UTF-8 std::string; Qt speaks QString. These are the app's one bridge between
// them, so every page, catalogue and CLI command converts alike.

#include "ipsecdoctor/model/finding.h"

#include <QString>

#include <string_view>

namespace ipsecdoctor {

/// UTF-8 text as a QString (invalid sequences become U+FFFD, as QString::fromUtf8 does).
inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The evidence value `key` of a finding as text; empty when the finding does not carry it.
inline QString ev(const Finding& f, const char* key) {
    const auto it = f.evidence.find(key);
    return it == f.evidence.end() ? QString() : qs(it->second);
}

} // namespace ipsecdoctor
