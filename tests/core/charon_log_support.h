#pragma once
// charon's log notation ("IKE:AES_CBC_256/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024") back to
// proposals, to use real server logs as test inputs.

#include "ipsecdoctor/ike/proposal.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <string>
#include <vector>

namespace ipsecdoctor::testing {

inline ike::Proposal fromCharon(const std::string& text) {
    static const std::map<std::string, std::string> words{
        {"3DES_CBC", "3des"},
        {"DES_CBC", "des"},
        {"AES_CBC_128", "aes128"},
        {"AES_CBC_192", "aes192"},
        {"AES_CBC_256", "aes256"},
        {"AES_GCM_16_128", "aes128gcm16"},
        {"AES_GCM_16_256", "aes256gcm16"},
        {"HMAC_MD5_96", "md5"},
        {"HMAC_SHA1_96", "sha1"},
        {"HMAC_SHA2_256_128", "sha256"},
        {"HMAC_SHA2_384_192", "sha384"},
        {"PRF_HMAC_SHA1", "prfsha1"},
        {"PRF_HMAC_SHA2_256", "prfsha256"},
        {"PRF_HMAC_SHA2_384", "prfsha384"},
        {"MODP_1024", "modp1024"},
        {"MODP_2048", "modp2048"},
        {"ECP_256", "ecp256"},
        {"ECP_384", "ecp384"},
        {"NO_EXT_SEQ", "noesn"},
    };
    const auto colon = text.find(':');
    const auto protocol = text.substr(0, colon) == "ESP" ? ike::Protocol::Esp : ike::Protocol::Ike;
    std::string notation;
    std::size_t start = colon + 1;
    while (start <= text.size()) {
        auto slash = text.find('/', start);
        if (slash == std::string::npos) {
            slash = text.size();
        }
        const auto token = text.substr(start, slash - start);
        EXPECT_TRUE(words.count(token)) << token;
        notation += (notation.empty() ? "" : "-") + (words.count(token) ? words.at(token) : token);
        start = slash + 1;
    }
    auto p = ike::parseProposal(notation, protocol);
    EXPECT_TRUE(p.hasValue()) << notation;
    return p ? *p : ike::Proposal{};
}

/// The proposals of the first log line containing `marker` ("received proposals:", ...).
inline std::vector<ike::Proposal> proposalsInLog(const std::string& log, const std::string& marker) {
    const auto at = log.find(marker);
    EXPECT_NE(at, std::string::npos) << marker;
    const auto end = log.find('\n', at);
    const std::string list = log.substr(at + marker.size(), end - at - marker.size());
    std::vector<ike::Proposal> out;
    const std::regex item("(IKE|ESP):[A-Z0-9_/]+");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), item); it != std::sregex_iterator(); ++it) {
        out.push_back(fromCharon(it->str()));
    }
    return out;
}

} // namespace ipsecdoctor::testing
