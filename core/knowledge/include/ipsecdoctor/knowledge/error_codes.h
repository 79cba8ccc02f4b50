#pragma once
// The knowledge base of codes a user meets ("809", "13801", "0x800B0109", event 4653), as data:
// symbolic name, the stage of the connection it points to, and the findings and remediations
// it relates to. No prose: the app holds the explanation and the next action in French and
// English (app/common/CodeCatalogue*). Facts: ipsec-facts.md §3 and §4.
#include "ipsecdoctor/model/ike_phase.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ipsecdoctor {

enum class CodeKind {
    Ras,     // raserror.h, 600-899
    Ipsec,   // winerror.h IPsec/IKE, 13000-13025 and 13800-13932
    Hresult, // certificate/Winsock HRESULTs
    Win32,   // other Win32 errors seen in VPN logs
    Event,   // an event id (Security, Application/RasClient, System/RemoteAccess)
};

/// Where in a connection attempt a code points (ipsec-facts.md §3.4). UserAuth is the user sign-in
/// (691, 812): EAP inside IKE_AUTH with IKEv2, PPP after the IPsec tunnel with L2TP/IPsec.
enum class CodeStage {
    Transport,
    Phase1Proposal,
    Phase1Auth,
    Certificate,
    Phase2,
    LocalService,
    UserAuth,
    Unknown
};

std::string_view codeKindId(CodeKind k);   // "ras" | "ipsec" | "hresult" | "win32" | "event"
std::string_view codeStageId(CodeStage s); // "transport" | "phase1-proposal" | "phase1-auth" | ...
std::optional<CodeStage> codeStageFromId(std::string_view id);
/// The IKE phase a stage belongs to (certificate and user authentication count as phase 1).
IkePhase phaseOfStage(CodeStage s);

struct CodeEntry {
    std::uint32_t code = 0; // an HRESULT is stored unsigned (0x800B0109)
    CodeKind kind = CodeKind::Ras;
    std::string_view symbol; // "ERROR_VPN_TIMEOUT"
    CodeStage stage = CodeStage::Unknown;
    std::vector<std::string_view> findings;     // finding-id patterns ('*' = any text) it relates to
    std::vector<std::string_view> remediations; // allow-listed remediation ids that may fix it
};

/// The related remediations of `entry` that fit a failure negotiated by `keyModule` ("ikev1",
/// "ikev2", "authip"; empty when the log does not say). The IPsec Policy Agent only serves
/// L2TP/IPsec (IKEv1) policies, so its fixes are not offered for an IKEv2 or AuthIP failure.
std::vector<std::string_view> remediationsFor(const CodeEntry& entry, std::string_view keyModule);

/// Every RAS, IPsec/IKE, HRESULT and Win32 code of the facts sheet, plus the EAP certificate family
/// and other codes VPN logs carry (raserror.h), ordered by kind then code.
std::span<const CodeEntry> errorCodeTable();
/// Every event id of the facts sheet (kind Event; the symbol is the ROUTERLOG_* or a descriptive id).
std::span<const CodeEntry> eventTable();

const CodeEntry* findErrorCode(std::uint32_t code);
const CodeEntry* findEvent(std::uint32_t eventId);

/// A code as logs and users write it: unsigned decimal ("809"), signed decimal HRESULT
/// ("-2146762495"), hex ("0x800B0109", "800B0109h"); leading/trailing spaces allowed.
std::optional<std::uint32_t> parseCodeText(std::string_view text);

/// Knowledge-base entries for what the user typed: the code itself, HRESULT_FROM_WIN32 unwrapped
/// (0x80070329 → 809), and an event id with the same number. Empty when nothing is known.
std::vector<const CodeEntry*> lookupCode(std::string_view text);

/// Printable form of a code: decimal for RAS/IPsec/Win32/events, 0x%08X for HRESULTs.
std::string formatCode(std::uint32_t code);

} // namespace ipsecdoctor
