#pragma once
// Names for every notify message type of the two IANA registries, as support staff read them in
// RFCs and in strongSwan's and Windows' logs: IKEv2 "Notify Message Types" (RFC 7296 §3.10.1
// and the RFCs that registered more, underscores: AUTHENTICATION_FAILED) and ISAKMP "Notify
// Message Types" (RFC 2408 §3.14.1, RFC 2407 §4.6.3, RFC 3706, hyphens: AUTHENTICATION-FAILED).
// Sources in docs/ike-probe.md. A number without a name is "UNKNOWN(<n>)".

#include <cstdint>
#include <string>
#include <string_view>

namespace ipsecdoctor::ike {

/// The IKEv2 name of notify type `type` ("NO_PROPOSAL_CHOSEN"); "UNKNOWN(<n>)" without one.
std::string notifyName(std::uint16_t type);

/// The IKEv1 (ISAKMP) name of notify type `type` ("NO-PROPOSAL-CHOSEN"); "UNKNOWN(<n>)" without one.
std::string ikev1NotifyName(std::uint16_t type);

/// IPsec Doctor 1.0 wrote notifies it had no name for as "NOTIFY_<n>" (probe schema 1): the name
/// of that number for IKE version `ikeVersion` (1 or 2); any other text is returned unchanged.
std::string upgradeLegacyNotifyName(std::string_view text, int ikeVersion);

} // namespace ipsecdoctor::ike
