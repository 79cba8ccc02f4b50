#pragma once
// What the Windows 10/11 built-in VPN client offers, as proposals, and the proposals a custom
// IPsec policy (model/vpn_ipsec_policy.h) makes it send (docs/ipsec-facts.md §1.1–§1.3).
//
// Sources of the sets, in order of trust:
//  - IKEv2 default: twelve single-algorithm proposals, {3DES, AES-128, AES-192, AES-256} ×
//    {SHA1, SHA2-256, SHA2-384} (INTEG with the matching PRF), all MODP1024, in that order — as
//    charon logged a Windows 10 client (tests/data/real-world/strongswan-charon-logs/
//    algo-issue9_win10-IKEv2_default-IKE-proposals_2016_TRUNCATED.log) and pluto numbered them
//    ("proposal 11:…AES_CBC_256…SHA2_256…" in libreswan-pluto-logs/hwdsl2-setup-ipsec-vpn-
//    issue670_…); strongSwan's Windows interop page gives the same algorithms.
//  - Windows 11 adds AES-GCM-16 128/256 with PRF SHA1/SHA2-256/SHA2-384 (strongSwan interop page);
//    their position in the list is UNCONFIRMED: we append them after the CBC proposals.
//  - NegotiateDH2048_AES256 = 1 adds AES-256-CBC × {SHA1, SHA2-256, SHA2-384} with MODP2048
//    (position UNCONFIRMED, facts §8.1: appended); = 2 offers only those, key share MODP2048.
//  - L2TP/IPsec (IKEv1 Main Mode): AES-256/SHA1/ECP384, AES-128/SHA1/ECP256, AES-256/SHA1/MODP2048
//    observed by libreswan (hwdsl2/setup-ipsec-vpn#753, libreswan-pluto-logs/…issue102…); the tail
//    (3DES/SHA1/MODP2048, 3DES/SHA1/MODP1024) is UNCONFIRMED (facts §8.2) but is what the legacy
//    client (KB325158) offered, so a probe without it would miss servers Windows still reaches.

#include "ipsecdoctor/ike/proposal.h"
#include "ipsecdoctor/model/vpn_ipsec_policy.h"
#include "ipsecdoctor/util/expected.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor::ike {

/// Which built-in IKEv2 proposal set a Windows profile sends (no custom policy).
enum class WindowsIkev2Set {
    Windows10Default,     // 12 CBC proposals, MODP1024
    Windows11Default,     // Windows 10's plus AES-GCM
    Dh2048Aes256Enabled,  // NegotiateDH2048_AES256 = 1: Windows 11 default plus AES-256/MODP2048
    Dh2048Aes256Enforced, // NegotiateDH2048_AES256 = 2: only AES-256/MODP2048
    // NegotiateDH2048_AES256 = 1 on Windows 10: its default (no AES-GCM, which strongSwan documents
    // for Windows 11 only) plus AES-256/MODP2048 (expert review E10).
    Windows10Dh2048Aes256Enabled,
};

/// The set a profile without a custom policy sends: the OS's default, changed by
/// NegotiateDH2048_AES256 (1 adds AES-256/MODP2048 to it, 2 replaces it).
WindowsIkev2Set windowsIkev2SetFor(bool windows11, int negotiateDh2048Aes256);

std::string_view windowsIkev2SetId(WindowsIkev2Set set); // "windows10-default", …
std::optional<WindowsIkev2Set> windowsIkev2SetFromId(std::string_view id);

/// The IKE SA proposals of a set, in Windows' order, one algorithm per type each.
std::vector<Proposal> windowsIkev2Proposals(WindowsIkev2Set set);
/// The group of the KE payload Windows sends first with that set (MODP1024, or MODP2048 when
/// enforced).
DhGroup windowsIkev2KeyShare(WindowsIkev2Set set);
/// ESP proposals Windows offers in IKE_AUTH without a custom policy ("aes256-aes128-3des-des-
/// null-sha1" per strongSwan's interop page), one per cipher.
std::vector<Proposal> windowsEspDefaultProposals();
/// IKEv1 Main Mode transforms of an L2TP/IPsec profile, in order (see the header comment).
std::vector<Proposal> windowsL2tpMainModeProposals();

/// The one IKE SA proposal the policy makes Windows send (PRF = integrity method's hash).
Proposal ikeProposal(const VpnIpsecPolicy& policy);
/// The one ESP proposal (PfsGroup as its D-H group, none for None).
Proposal espProposal(const VpnIpsecPolicy& policy);
/// The policy whose IKE proposal is `ike` (single algorithms, something Windows can send),
/// with an ESP part chosen to match its strength; NotSupported when Windows cannot express it
/// (e.g. ChaCha20, SHA2-512, MODP3072).
Expected<VpnIpsecPolicy> policyForIkeProposal(const Proposal& ike);
/// Every IKE proposal a custom policy can make Windows send (for accepted-set discovery),
/// strongest first.
std::vector<Proposal> allWindowsCustomIkeProposals();

} // namespace ipsecdoctor::ike
