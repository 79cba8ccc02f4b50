#include "ipsecdoctor/ike/notify_names.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace ipsecdoctor::ike {
namespace {

using Name = std::pair<std::uint16_t, std::string_view>;

// IANA "IKEv2 Notify Message Types - Error Types" and "- Status Types", plus MS_NOTIFY_STATUS,
// Microsoft's type in the private-use range that Windows servers send (docs/ipsec-facts.md §7.3).
// Sorted by number.
constexpr std::array kIkev2 = {
    Name{1, "UNSUPPORTED_CRITICAL_PAYLOAD"},
    Name{4, "INVALID_IKE_SPI"},
    Name{5, "INVALID_MAJOR_VERSION"},
    Name{7, "INVALID_SYNTAX"},
    Name{9, "INVALID_MESSAGE_ID"},
    Name{11, "INVALID_SPI"},
    Name{14, "NO_PROPOSAL_CHOSEN"},
    Name{17, "INVALID_KE_PAYLOAD"},
    Name{24, "AUTHENTICATION_FAILED"},
    Name{34, "SINGLE_PAIR_REQUIRED"},
    Name{35, "NO_ADDITIONAL_SAS"},
    Name{36, "INTERNAL_ADDRESS_FAILURE"},
    Name{37, "FAILED_CP_REQUIRED"},
    Name{38, "TS_UNACCEPTABLE"},
    Name{39, "INVALID_SELECTORS"},
    Name{40, "UNACCEPTABLE_ADDRESSES"},
    Name{41, "UNEXPECTED_NAT_DETECTED"},
    Name{42, "USE_ASSIGNED_HoA"},
    Name{43, "TEMPORARY_FAILURE"},
    Name{44, "CHILD_SA_NOT_FOUND"},
    Name{45, "INVALID_GROUP_ID"},
    Name{46, "AUTHORIZATION_FAILED"},
    Name{12345, "MS_NOTIFY_STATUS"},
    Name{16384, "INITIAL_CONTACT"},
    Name{16385, "SET_WINDOW_SIZE"},
    Name{16386, "ADDITIONAL_TS_POSSIBLE"},
    Name{16387, "IPCOMP_SUPPORTED"},
    Name{16388, "NAT_DETECTION_SOURCE_IP"},
    Name{16389, "NAT_DETECTION_DESTINATION_IP"},
    Name{16390, "COOKIE"},
    Name{16391, "USE_TRANSPORT_MODE"},
    Name{16392, "HTTP_CERT_LOOKUP_SUPPORTED"},
    Name{16393, "REKEY_SA"},
    Name{16394, "ESP_TFC_PADDING_NOT_SUPPORTED"},
    Name{16395, "NON_FIRST_FRAGMENTS_ALSO"},
    Name{16396, "MOBIKE_SUPPORTED"},
    Name{16397, "ADDITIONAL_IP4_ADDRESS"},
    Name{16398, "ADDITIONAL_IP6_ADDRESS"},
    Name{16399, "NO_ADDITIONAL_ADDRESSES"},
    Name{16400, "UPDATE_SA_ADDRESSES"},
    Name{16401, "COOKIE2"},
    Name{16402, "NO_NATS_ALLOWED"},
    Name{16403, "AUTH_LIFETIME"},
    Name{16404, "MULTIPLE_AUTH_SUPPORTED"},
    Name{16405, "ANOTHER_AUTH_FOLLOWS"},
    Name{16406, "REDIRECT_SUPPORTED"},
    Name{16407, "REDIRECT"},
    Name{16408, "REDIRECTED_FROM"},
    Name{16409, "TICKET_LT_OPAQUE"},
    Name{16410, "TICKET_REQUEST"},
    Name{16411, "TICKET_ACK"},
    Name{16412, "TICKET_NACK"},
    Name{16413, "TICKET_OPAQUE"},
    Name{16414, "LINK_ID"},
    Name{16415, "USE_WESP_MODE"},
    Name{16416, "ROHC_SUPPORTED"},
    Name{16417, "EAP_ONLY_AUTHENTICATION"},
    Name{16418, "CHILDLESS_IKEV2_SUPPORTED"},
    Name{16419, "QUICK_CRASH_DETECTION"},
    Name{16420, "IKEV2_MESSAGE_ID_SYNC_SUPPORTED"},
    Name{16421, "IPSEC_REPLAY_COUNTER_SYNC_SUPPORTED"},
    Name{16422, "IKEV2_MESSAGE_ID_SYNC"},
    Name{16423, "IPSEC_REPLAY_COUNTER_SYNC"},
    Name{16424, "SECURE_PASSWORD_METHODS"},
    Name{16425, "PSK_PERSIST"},
    Name{16426, "PSK_CONFIRM"},
    Name{16427, "ERX_SUPPORTED"},
    Name{16428, "IFOM_CAPABILITY"},
    Name{16429, "SENDER_REQUEST_ID"},
    Name{16430, "IKEV2_FRAGMENTATION_SUPPORTED"},
    Name{16431, "SIGNATURE_HASH_ALGORITHMS"},
    Name{16432, "CLONE_IKE_SA_SUPPORTED"},
    Name{16433, "CLONE_IKE_SA"},
    Name{16434, "PUZZLE"},
    Name{16435, "USE_PPK"},
    Name{16436, "PPK_IDENTITY"},
    Name{16437, "NO_PPK_AUTH"},
    Name{16438, "INTERMEDIATE_EXCHANGE_SUPPORTED"},
    Name{16439, "IP4_ALLOWED"},
    Name{16440, "IP6_ALLOWED"},
    Name{16441, "ADDITIONAL_KEY_EXCHANGE"},
    Name{16442, "USE_AGGFRAG"},
    Name{16443, "SUPPORTED_AUTH_METHODS"},
};

// IANA "ISAKMP Notify Message Types" (RFC 2408 §3.14.1), the IPsec DOI's status types (RFC 2407
// §4.6.3) and Dead Peer Detection (RFC 3706 §5). Sorted by number.
constexpr std::array kIkev1 = {
    Name{1, "INVALID-PAYLOAD-TYPE"},
    Name{2, "DOI-NOT-SUPPORTED"},
    Name{3, "SITUATION-NOT-SUPPORTED"},
    Name{4, "INVALID-COOKIE"},
    Name{5, "INVALID-MAJOR-VERSION"},
    Name{6, "INVALID-MINOR-VERSION"},
    Name{7, "INVALID-EXCHANGE-TYPE"},
    Name{8, "INVALID-FLAGS"},
    Name{9, "INVALID-MESSAGE-ID"},
    Name{10, "INVALID-PROTOCOL-ID"},
    Name{11, "INVALID-SPI"},
    Name{12, "INVALID-TRANSFORM-ID"},
    Name{13, "ATTRIBUTES-NOT-SUPPORTED"},
    Name{14, "NO-PROPOSAL-CHOSEN"},
    Name{15, "BAD-PROPOSAL-SYNTAX"},
    Name{16, "PAYLOAD-MALFORMED"},
    Name{17, "INVALID-KEY-INFORMATION"},
    Name{18, "INVALID-ID-INFORMATION"},
    Name{19, "INVALID-CERT-ENCODING"},
    Name{20, "INVALID-CERTIFICATE"},
    Name{21, "CERT-TYPE-UNSUPPORTED"},
    Name{22, "INVALID-CERT-AUTHORITY"},
    Name{23, "INVALID-HASH-INFORMATION"},
    Name{24, "AUTHENTICATION-FAILED"},
    Name{25, "INVALID-SIGNATURE"},
    Name{26, "ADDRESS-NOTIFICATION"},
    Name{27, "NOTIFY-SA-LIFETIME"},
    Name{28, "CERTIFICATE-UNAVAILABLE"},
    Name{29, "UNSUPPORTED-EXCHANGE-TYPE"},
    Name{30, "UNEQUAL-PAYLOAD-LENGTHS"},
    Name{16384, "CONNECTED"},
    Name{24576, "RESPONDER-LIFETIME"},
    Name{24577, "REPLAY-STATUS"},
    Name{24578, "INITIAL-CONTACT"},
    Name{36136, "R-U-THERE"},
    Name{36137, "R-U-THERE-ACK"},
};

template <std::size_t N>
constexpr bool sortedAndUnique(const std::array<Name, N>& table) {
    for (std::size_t i = 1; i < N; ++i) {
        if (table[i - 1].first >= table[i].first) {
            return false;
        }
    }
    return true;
}
static_assert(sortedAndUnique(kIkev2) && sortedAndUnique(kIkev1), "sorted by number, each once");

template <std::size_t N>
std::string lookUp(const std::array<Name, N>& table, std::uint16_t type) {
    const auto it = std::lower_bound(table.begin(), table.end(), type,
                                     [](const Name& n, std::uint16_t t) { return n.first < t; });
    if (it != table.end() && it->first == type) {
        return std::string(it->second);
    }
    return "UNKNOWN(" + std::to_string(type) + ")";
}

} // namespace

std::string notifyName(std::uint16_t type) {
    return lookUp(kIkev2, type);
}

std::string ikev1NotifyName(std::uint16_t type) {
    return lookUp(kIkev1, type);
}

std::string upgradeLegacyNotifyName(std::string_view text, int ikeVersion) {
    constexpr std::string_view kLegacy = "NOTIFY_";
    if (!text.starts_with(kLegacy) || text.size() == kLegacy.size()) {
        return std::string(text);
    }
    const auto digits = text.substr(kLegacy.size());
    unsigned value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || value > 0xFFFF) {
        return std::string(text);
    }
    const auto type = static_cast<std::uint16_t>(value);
    return ikeVersion == 1 ? ikev1NotifyName(type) : notifyName(type);
}

} // namespace ipsecdoctor::ike
