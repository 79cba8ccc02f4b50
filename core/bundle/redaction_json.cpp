#include "ipsecdoctor/bundle/redaction.h"
#include "ipsecdoctor/bundle/trace_files.h"

#include "ipsecdoctor/util/ascii.h"
#include "secret_words.h"

#include <algorithm>

namespace ipsecdoctor {
namespace {

constexpr std::string_view kRedacted = "[redacted]";

/// A certificate's base64 or a hex dump: not text, and a "...psk=" inside must not match.
bool isBlob(const std::string& s) {
    return s.size() >= 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '+' || c == '/' || c == '=';
           });
}

// GCC 12 at -O3 (the mingw Release build) reports a "potential null pointer dereference" inside
// nlohmann's get_ref after is_string() was checked: a false positive of its inliner.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
void redactNode(nlohmann::json& node, std::string_view memberName) {
    if (node.is_string()) {
        auto& s = node.get_ref<std::string&>();
        if (!memberName.empty() && namesSecretValue(memberName, s)) {
            s = kRedacted;
        } else if (!isBlob(s)) {
            s = redactSecrets(s);
        }
        return;
    }
    if (node.is_array()) {
        for (auto& item : node) {
            redactNode(item, {});
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    // An event's Data field: {"name": "Password", "value": "..."}.
    const auto name = node.find("name");
    const bool secretPair =
        name != node.end() && name->is_string() && node.contains("value") &&
        namesSecretValue(name->get_ref<const std::string&>(),
                         node["value"].is_string() ? node["value"].get_ref<const std::string&>()
                                                   : std::string());
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (secretPair && it.key() == "value" && it->is_string()) {
            *it = kRedacted;
        } else {
            redactNode(*it, it.key());
        }
    }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

} // namespace

void redactJsonStrings(nlohmann::json& document) {
    redactNode(document, {});
}

std::string redactBundleText(std::string_view path, std::string_view data) {
    const std::string lower = asciiLower(path);
    if (lower.starts_with("diagnosis/tracing/") && lower.ends_with(".log")) {
        return redactSecrets(scrubTraceText(data).text);
    }
    return redactSecrets(data);
}

} // namespace ipsecdoctor
