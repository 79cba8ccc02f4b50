#include "OptionTable.h"

#include "ProbeCliOptions.h"

#include "ipsecdoctor/checks/certreq_matching.h"
#include "ipsecdoctor/ike/proposal.h"
#include "ipsecdoctor/ike/windows_proposals.h"
#include "ipsecdoctor/knowledge/setting_ids.h"
#include "ipsecdoctor/model/vpn_configuration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace ipsecdoctor::app {
namespace {

using Stored = std::optional<UsageError>;

Stored bad(std::string_view option, const std::string& value,
           UsageProblem problem = UsageProblem::BadOptionValue) {
    return UsageError{problem, "--" + std::string(option) + " " + value};
}

std::optional<int> number(const std::string& text, int min, int max) {
    if (text.empty() || text.size() > 6 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    const int v = std::stoi(text);
    return v < min || v > max ? std::nullopt : std::optional<int>(v);
}

std::vector<std::string> splitCommas(const std::string& text) {
    std::vector<std::string> out(1);
    for (char c : text) {
        if (c == ',') {
            out.emplace_back();
        } else {
            out.back().push_back(c);
        }
    }
    return out;
}

/// A server as a profile names it: a DNS name or an address (IPv6 included), nothing else.
bool isServerName(const std::string& v) {
    return !v.empty() && v.size() <= 253 && std::all_of(v.begin(), v.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '_';
    });
}

bool isAbsoluteFile(const std::string& path) {
    return !path.empty() && path.size() < 1024 && utf8Path(path).is_absolute();
}

Stored language(const std::string& v, std::string& into) {
    if (v != "fr" && v != "en") {
        return UsageError{UsageProblem::BadLanguage, v};
    }
    into = v;
    return std::nullopt;
}

const std::vector<OptionDef> kOptions = {
    // Global.
    {"json", 0, nullptr,
     QT_TRANSLATE_NOOP("CliOption", "machine-readable output (documented schema, schema_version 1)"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.json = true;
         return std::nullopt;
     }},
    {"lang", 0, "fr|en", QT_TRANSLATE_NOOP("CliOption", "language of the text output"),
     [](const std::string& v, CliOptions& o) {
         return language(v, o.lang);
     }},
    {"help", 'h', nullptr, QT_TRANSLATE_NOOP("CliOption", "print this help"),
     [](const std::string&, CliOptions&) -> Stored {
         return std::nullopt;
     }},
    {"version", 0, nullptr, QT_TRANSLATE_NOOP("CliOption", "print the version"),
     [](const std::string&, CliOptions&) -> Stored {
         return std::nullopt;
     }},

    // What is checked, and from where.
    {"step", 0, QT_TRANSLATE_NOOP("CliOption", "STEP"),
     QT_TRANSLATE_NOOP("CliOption", "one step only: services, certificates, proposals or logs"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.step = stepFromId(v);
         return o.step ? std::nullopt : Stored(UsageError{UsageProblem::BadStep, v});
     }},
    {"bundle", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "read a diagnostic bundle instead of this computer"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.bundlePath = v;
         return std::nullopt;
     }},
    {"since", 0, QT_TRANSLATE_NOOP("CliOption", "DURATION"),
     QT_TRANSLATE_NOOP("CliOption", "logs: how far back the event logs are read (7d, 24h, 90m; default 7d)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         const auto seconds = parseSince(v);
         if (!seconds) {
             return UsageError{UsageProblem::BadSince, v};
         }
         o.sinceSeconds = *seconds;
         return std::nullopt;
     }},
    {"events", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "logs: analyse a saved .evtx or event XML file"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.eventsPath = v;
         return std::nullopt;
     }},
    {"provider-lang", 0, "fr|en",
     QT_TRANSLATE_NOOP("CliOption", "language of the message for the VPN provider"),
     [](const std::string& v, CliOptions& o) {
         return language(v, o.providerLang);
     }},

    // The connection.
    {"profile", 0, QT_TRANSLATE_NOOP("CliOption", "NAME"),
     QT_TRANSLATE_NOOP("CliOption", "the VPN profile (connection) in question"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!isValidProfileName(v)) {
             return bad("profile", v);
         }
         o.proposals.profile = v;
         return std::nullopt;
     }},
    {"server", 0, QT_TRANSLATE_NOOP("CliOption", "HOST"),
     QT_TRANSLATE_NOOP("CliOption", "the VPN server's name or address, as the profile dials it"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!isServerName(v)) {
             return bad("server", v, UsageProblem::BadCertificateOption);
         }
         o.serverName = v;
         return std::nullopt;
     }},
    {"tunnel", 0, "ikev2|l2tp", QT_TRANSLATE_NOOP("CliOption", "proposals: the tunnel type, with --server"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (v != "ikev2" && v != "l2tp") {
             return bad("tunnel", v);
         }
         o.proposals.tunnel = v;
         return std::nullopt;
     }},
    {"pbk", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "read VPN profiles from this phonebook (.pbk) instead of Windows' ones"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.proposals.pbkPath = v;
         return std::nullopt;
     }},
    {"auth", 0, QT_TRANSLATE_NOOP("CliOption", "METHOD"),
     QT_TRANSLATE_NOOP("CliOption",
                       "certificates: the sign-in method (machine-cert, user-cert, psk, eap-mschapv2)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.authMethod = authMethodFromId(v);
         return o.authMethod ? std::nullopt : bad("auth", v, UsageProblem::BadCertificateOption);
     }},
    {"certreq", 0, "SHA1,...",
     QT_TRANSLATE_NOOP(
         "CliOption",
         "certificates: the CAs the server accepts (without it, the server is asked with --server)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.certreq = parseSha1List(v);
         return o.certreq ? std::nullopt : bad("certreq", v, UsageProblem::BadCertificateOption);
     }},
    {"accepts", 0, QT_TRANSLATE_NOOP("CliOption", "PROPOSAL"),
     QT_TRANSLATE_NOOP("CliOption", "proposals: a proposal the server is known to accept (repeatable)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!ike::parseProposal(v, ike::Protocol::Ike) || o.proposals.accepts.size() >= 64) {
             return bad("accepts", v);
         }
         o.proposals.accepts.push_back(v);
         return std::nullopt;
     }},
    {"probe", 0, nullptr, QT_TRANSLATE_NOOP("CliOption", "proposals: ask the server what it accepts"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.proposals.probe = true;
         return std::nullopt;
     }},
    {"no-probe", 0, nullptr,
     QT_TRANSLATE_NOOP("CliOption", "proposals: do not ask the server named with --server (stay offline)"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.proposals.noProbe = true;
         return std::nullopt;
     }},

    // Lists.
    {"store", 0, QT_TRANSLATE_NOOP("CliOption", "STORE"),
     QT_TRANSLATE_NOOP("CliOption", "one store: machine-my, user-my, machine-root, machine-ca or user-root"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.certStore = certStoreFromId(v);
         return o.certStore ? std::nullopt : bad("store", v, UsageProblem::BadCertificateOption);
     }},

    // Fixes and the journal.
    {"journal", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "the journal to use (absolute path of ...\\IPsecDoctor\\journal.json)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!isValidDataFilePath(v, kJournalFileName)) {
             return UsageError{UsageProblem::BadJournalPath, v};
         }
         o.journalPath = v;
         return std::nullopt;
     }},
    {"result", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "also write the JSON result to ...\\IPsecDoctor\\helper-result.json"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!isValidDataFilePath(v, kResultFileName)) {
             return UsageError{UsageProblem::BadResultPath, v};
         }
         o.resultPath = v;
         return std::nullopt;
     }},
    {"last", 0, nullptr, QT_TRANSLATE_NOOP("CliOption", "the newest fix that can be undone"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.undoLast = true;
         return std::nullopt;
     }},
    {"file", 0, QT_TRANSLATE_NOOP("CliOption", "FILE"),
     QT_TRANSLATE_NOOP("CliOption", "certificate.import-ca.*: the CA certificate file (absolute path)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!isAbsoluteFile(v)) {
             return bad("file", v, UsageProblem::BadCertificateOption);
         }
         o.certFile = v;
         return std::nullopt;
     }},
    {"thumbprint", 0, "SHA1",
     QT_TRANSLATE_NOOP("CliOption",
                       "certificate.import-ca.*: the SHA-1 thumbprint the administrator confirmed"),
     [](const std::string& v, CliOptions& o) -> Stored {
         const auto list = parseSha1List(v);
         if (!list || list->size() != 1) {
             return bad("thumbprint", v, UsageProblem::BadCertificateOption);
         }
         o.certThumbprint = list->front();
         return std::nullopt;
     }},
    {"phonebook", 0, "user|all-users",
     QT_TRANSLATE_NOOP("CliOption", "profile.*: the phonebook that holds the profile"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (v != "user" && v != "all-users") {
             return bad("phonebook", v);
         }
         o.proposals.phonebook = v;
         return std::nullopt;
     }},
    {"ipsec-policy", 0, QT_TRANSLATE_NOOP("CliOption", "POLICY"),
     QT_TRANSLATE_NOOP("CliOption",
                       "profile.ipsec-policy.set: the six values of Set-VpnConnectionIPsecConfiguration"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!parsePolicyArgument(v)) {
             return bad("ipsec-policy", v);
         }
         o.proposals.ipsecPolicy = v;
         return std::nullopt;
     }},
    {"strategy", 0, QT_TRANSLATE_NOOP("CliOption", "TYPE"),
     QT_TRANSLATE_NOOP("CliOption", "profile.tunnel-type.set: the tunnel type to set"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!vpnStrategyFromId(v)) {
             return bad("strategy", v);
         }
         o.proposals.strategy = v;
         return std::nullopt;
     }},

    // Bundles.
    {"anonymize", 0, nullptr, QT_TRANSLATE_NOOP("CliOption", "replace names and addresses by pseudonyms"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.anonymize = true;
         return std::nullopt;
     }},

    // The probe.
    {"port", 0, "N", QT_TRANSLATE_NOOP("CliOption", "UDP port of IKE (default 500)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         const auto n = number(v, 1, 65535);
         if (!n) {
             return bad("port", v, UsageProblem::BadValue);
         }
         o.probe.port = static_cast<std::uint16_t>(*n);
         return std::nullopt;
     }},
    {"ike", 0, "v1|v2|both", QT_TRANSLATE_NOOP("CliOption", "which IKE versions are asked (default both)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (v != "v1" && v != "v2" && v != "both") {
             return bad("ike", v, UsageProblem::BadValue);
         }
         o.probe.ike = v;
         return std::nullopt;
     }},
    {"windows-set", 0, "ID",
     QT_TRANSLATE_NOOP("CliOption", "the Windows IKEv2 offer to test (the sets are listed above)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         if (!ike::windowsIkev2SetFromId(v)) {
             return bad("windows-set", v, UsageProblem::BadValue);
         }
         o.probe.windowsSet = v;
         o.probe.windowsSetGiven = true;
         return std::nullopt;
     }},
    {"policy", 0, "ENC,INTEG,DH,CIPHER,AUTH,PFS",
     QT_TRANSLATE_NOOP("CliOption", "a custom policy (Set-VpnConnectionIPsecConfiguration values) to test"),
     [](const std::string& v, CliOptions& o) -> Stored {
         o.probe.policy = splitCommas(v);
         return o.probe.policy.size() == 6 ? std::nullopt : bad("policy", v, UsageProblem::BadValue);
     }},
    {"timeout", 0, QT_TRANSLATE_NOOP("CliOption", "SECONDS"),
     QT_TRANSLATE_NOOP("CliOption", "time allowed for the whole probe (1-120, default 20)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         const auto n = number(v, 1, 120);
         if (!n) {
             return bad("timeout", v, UsageProblem::BadValue);
         }
         o.probe.timeoutSeconds = *n;
         return std::nullopt;
     }},
    {"no-discovery", 0, nullptr,
     QT_TRANSLATE_NOOP("CliOption", "only the Windows offers, no search for what else the server accepts"),
     [](const std::string&, CliOptions& o) -> Stored {
         o.probe.discover = false;
         return std::nullopt;
     }},
    {"id", 0, QT_TRANSLATE_NOOP("CliOption", "NAME"),
     QT_TRANSLATE_NOOP("CliOption", "the identity sent in IKEv1 Aggressive Mode (default ipsecdoctor-probe)"),
     [](const std::string& v, CliOptions& o) -> Stored {
         const bool shape = isValidProbeHost(v) || v.find('@') != std::string::npos;
         if (!shape || v.size() > 253 || v.find_first_of(" \t\r\n\"'") != std::string::npos) {
             return bad("id", v, UsageProblem::BadValue);
         }
         o.probe.aggressiveId = v;
         return std::nullopt;
     }},
};

} // namespace

const std::vector<OptionDef>& optionTable() {
    return kOptions;
}

const OptionDef* findOption(std::string_view name) {
    const auto it =
        std::find_if(kOptions.begin(), kOptions.end(), [&](const OptionDef& o) { return o.name == name; });
    return it == kOptions.end() ? nullptr : &*it;
}

QString optionValueName(const OptionDef& option) {
    return option.valueName ? QCoreApplication::translate("CliOption", option.valueName) : QString();
}

QString optionDescription(const OptionDef& option) {
    return QCoreApplication::translate("CliOption", option.description);
}

} // namespace ipsecdoctor::app
