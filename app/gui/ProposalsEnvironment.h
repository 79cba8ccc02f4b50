#pragma once
// What the Proposals page needs from outside the session: where the phonebooks are, how a
// setting fix runs (in this process, or through the elevated CLI), and the IKE probe. The wizard
// gives the product's; tests point the phonebooks at a folder.

#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/model/probe_result.h"
#include "ipsecdoctor/platform/live_platform.h"
#include "ipsecdoctor/platform/phonebook_locations.h"
#include "ipsecdoctor/proposals/windows_offer.h"
#include "ipsecdoctor/remediation/journal.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace ipsecdoctor::gui {

struct ProbeRequest {
    std::string server;
    TunnelType tunnel = TunnelType::Ikev2;
    proposals::OfferInputs inputs; // what Windows offers for the profile (or the typed server)
    std::string profile;           // empty for a typed server
    VpnAuthMethod signIn = VpnAuthMethod::Unknown; // the profile's; the probe records it
};

struct ProposalsEnvironment {
    std::function<std::vector<PhonebookLocation>()> phonebooks = systemPhonebooks;
    /// Runs on a worker thread.
    std::function<Expected<JournalEntry>(const SettingSpec& spec)> applyFix;
    std::function<Expected<JournalEntry>(const std::string& journalId)> undo;
    /// Asks the server what it accepts (worker thread; checks `cancel`, reports progress). Empty:
    /// the page says the server was not asked (a bundle is open, or a test).
    std::function<Expected<ProbeResult>(const ProbeRequest&, const std::atomic<bool>& cancel,
                                        const std::function<void(int, int)>& progress)>
        probe;
};

/// Where the page's fixes are journaled: the user's phonebook in the user's journal, anything that
/// needs administrator rights in the machine's (empty off Windows: then the user's serves).
struct ProposalsJournals {
    std::string user;
    std::string machine;
};

/// The product's environment: fixes in this process when they need no administrator rights (or
/// the GUI is elevated), else `cliPath fix <id> --profile … --journal … --result …` elevated;
/// the probe is the real one (ike::runProbe over the system's UDP sockets), run as the user.
/// `platform` is the Session's (the one composition root; nullptr without live checks): its
/// registry and elevation serve these fixes too.
ProposalsEnvironment productProposalsEnvironment(const ProposalsJournals& journals,
                                                 const std::string& resultFile, const std::string& cliPath,
                                                 bool elevated,
                                                 const std::shared_ptr<LivePlatform>& platform);

/// The arguments of the elevated helper for a setting fix (tested against the real CLI parser).
std::vector<std::string> settingFixArguments(const SettingSpec& spec, const std::string& journalFile,
                                             const std::string& resultFile);

} // namespace ipsecdoctor::gui
