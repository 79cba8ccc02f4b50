#include "CertificateCommands.h"
#include "BundleOpening.h"
#include "CliText.h"
#include "ExitCodes.h"
#include "QtText.h"

#include "CertificateCatalogue.h"
#include "CliOutput.h"
#include "JournalCommands.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/certificate_probe.h"
#include "ipsecdoctor/checks/certificate_profile.h"
#include "ipsecdoctor/collect/certificate_collector.h"
#include "ipsecdoctor/json/certificate_json.h"
#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/util/file_io.h"
#include "ipsecdoctor/util/json_dump.h"
#include "ipsecdoctor/util/logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxCertificateFileBytes = 1024 * 1024;

QString ekuName(const std::string& oid) {
    if (oid == kEkuServerAuth) {
        return CliText::tr("Server Authentication");
    }
    if (oid == kEkuClientAuth) {
        return CliText::tr("Client Authentication");
    }
    if (oid == kEkuIkeIntermediate) {
        return CliText::tr("IP security IKE intermediate");
    }
    if (oid == kEkuAny) {
        return CliText::tr("Any purpose");
    }
    return qs(oid);
}

QString certificateText(const CertificateRecord& c, std::int64_t now) {
    const auto& f = c.facts;
    QString out = QStringLiteral("  %1\n").arg(qs(f.subject));
    auto line = [&](const QString& key, const QString& value) {
        out += QStringLiteral("      %1: %2\n").arg(key, value);
    };
    line(CliText::tr("Thumbprint"), qs(f.thumbprint));
    line(CliText::tr("Issued by"), qs(f.issuer));
    line(CliText::tr("Valid"),
         CliText::tr("%1 to %2 (%3 days left)")
             .arg(qs(isoFromUnix(f.notBefore)).left(10), qs(isoFromUnix(f.notAfter)).left(10))
             .arg((f.notAfter - now) / 86400));
    line(CliText::tr("Key"), QStringLiteral("%1 %2").arg(qs(f.keyAlgorithm).toUpper()).arg(f.keyBits));
    if (c.privateKey != PrivateKeyState::NotChecked) {
        line(CliText::tr("Private key"), CertificateCatalogue::privateKey(c.privateKey));
    }
    QStringList ekus;
    for (const auto& e : f.ekus) {
        ekus << ekuName(e);
    }
    line(CliText::tr("Usages"),
         f.hasEku ? ekus.join(QStringLiteral(", ")) : CliText::tr("any (no restriction)"));
    if (!f.sanDns.empty() || !f.sanIp.empty()) {
        QStringList names;
        for (const auto& n : f.sanDns) {
            names << qs(n);
        }
        for (const auto& n : f.sanIp) {
            names << CliText::tr("%1 (IP address)").arg(qs(n));
        }
        line(CliText::tr("Names"), names.join(QStringLiteral(", ")));
    }
    if (c.chain.evaluated) {
        QStringList path;
        for (const auto& e : c.chain.elements) {
            path << qs(e.subject).section(QStringLiteral(", "), 0, 0);
        }
        const QString verdict = c.chain.trusted         ? CliText::tr("trusted")
                                : c.chain.partial       ? CliText::tr("incomplete")
                                : c.chain.untrustedRoot ? CliText::tr("untrusted root")
                                                        : CliText::tr("not valid");
        line(CliText::tr("Chain"), CliText::tr("%1 (%2; revocation: %3)")
                                       .arg(path.join(QStringLiteral(" › ")), verdict,
                                            CertificateCatalogue::revocation(c.chain.revocation)));
    }
    line(CliText::tr("Key hash (SHA-1 of SPKI, as in IKE CERTREQ)"), qs(f.spkiSha1));
    return out;
}

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::optional<UsageError> validateCertificateOptions(const CliOptions& o) {
    const bool caFix =
        o.command == CliCommand::Fix && fixFamily(o.remediationId) == FixFamily::CertificateImport;
    if (caFix && (o.certFile.empty() || o.certThumbprint.empty())) {
        return UsageError{UsageProblem::MissingValue, o.certFile.empty() ? "--file" : "--thumbprint"};
    }
    if (!caFix && (!o.certFile.empty() || !o.certThumbprint.empty())) {
        return UsageError{UsageProblem::UnknownOption, o.certFile.empty() ? "--thumbprint" : "--file"};
    }
    if (o.certStore && o.command != CliCommand::Certs) {
        return UsageError{UsageProblem::UnknownOption, "--store"};
    }
    // `bundle export` records them, as the GUI records the Certificates page's choice.
    const bool bundleExport = o.command == CliCommand::BundleExport && o.bundlePath.empty();
    if ((o.authMethod || o.certreq || !o.serverName.empty()) && o.command != CliCommand::Check &&
        !bundleExport) {
        return UsageError{UsageProblem::UnknownOption, o.authMethod ? "--auth"
                                                       : o.certreq  ? "--certreq"
                                                                    : "--server"};
    }
    return std::nullopt;
}

CertificateCheckInput certificateCheckInput(const CliOptions& o) {
    CertificateCheckInput in;
    in.authMethod = o.authMethod;
    in.certreqCaSha1 = o.certreq;
    in.serverName = o.serverName;
    return in;
}

Expected<CertificateCheckInput> certificateCheckInput(const CliOptions& o, const SystemSnapshot& snapshot,
                                                      CliEnvironment& env,
                                                      std::vector<Finding>& probeFindings) {
    CertificateCheckInput in = certificateCheckInput(o);
    const bool certificatesStep = !o.step || *o.step == Step::Certificates;
    if (certificatesStep && !o.proposals.profile.empty()) {
        const auto* profile = snapshot.vpn ? snapshot.vpn->findProfile(o.proposals.profile) : nullptr;
        if (!profile) {
            return Error::make(ErrorCode::NotFound, "no VPN profile named '" + o.proposals.profile + "'");
        }
        const auto fromProfile = certificateInputForProfile(*profile);
        in.authMethod = o.authMethod ? o.authMethod : fromProfile.authMethod;
        in.serverName = o.serverName.empty() ? fromProfile.serverName : o.serverName;
        in.nameEkuCheckDisabled = fromProfile.nameEkuCheckDisabled;
    }
    if (!certificatesStep || in.serverName.empty() || o.certreq || !env.probe) {
        return in;
    }
    logger()->info("asking {} which certification authorities it accepts (IKEv2 CERTREQ)", in.serverName);
    const ProbeResult result = env.probe(certreqProbeOptions(in.serverName));
    in.certreqCaSha1 = certreqFromProbe(result);
    logger()->info("probe of {}: transport {}, {} CERTREQ entries", in.serverName, result.transport,
                   in.certreqCaSha1 ? in.certreqCaSha1->size() : 0);
    probeFindings = certreqProbeFindings(result);
    return in;
}

int listCertificates(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    CertificateInventory inventory;
    std::vector<CollectionError> errors;
    std::int64_t now = nowSeconds();
    if (!o.bundlePath.empty()) {
        auto bundle = openBundleForCommand(o.bundlePath, err);
        if (!bundle) {
            return failWithResult(o, out, err, bundle.error());
        }
        inventory = bundle->snapshot.certificates;
        errors = bundle->snapshot.errors;
        now = unixFromIso(bundle->snapshot.collectedAt).value_or(now);
    } else {
        auto platform = env.makePlatform();
        if (!platform) {
            return failWithResult(o, out, err, platform.error());
        }
        if (!platform->certificates) {
            return failWithResult(
                o, out, err, Error::make(ErrorCode::NotSupported, "no certificate store on this platform"));
        }
        inventory = collectCertificates(*platform->certificates, errors);
    }
    std::erase_if(inventory.certificates,
                  [&](const CertificateRecord& c) { return o.certStore && c.store != *o.certStore; });
    if (o.json) {
        json items = json::array();
        for (const auto& c : inventory.certificates) {
            items.push_back(toJson(c));
        }
        json errs = json::array();
        for (const auto& e : errors) {
            if (e.area == "certificates") {
                errs.push_back({{"store", e.target}, {"code", e.code}, {"native", e.native}});
            }
        }
        out << dumpJson(document(
                   json{{"collected", inventory.collected}, {"certificates", items}, {"errors", errs}}))
            << "\n";
        return errs.empty() ? kExitHealthy : kExitRuntimeError;
    }
    if (!inventory.collected) {
        out << CliText::tr("This diagnostic bundle holds no certificates (made by an older IPsec Doctor).")
                   .toStdString()
            << "\n";
        return kExitHealthy;
    }
    for (CertStore s : {CertStore::MachineMy, CertStore::UserMy, CertStore::MachineCa, CertStore::MachineRoot,
                        CertStore::UserRoot}) {
        if (o.certStore && s != *o.certStore) {
            continue;
        }
        const auto count = std::count_if(inventory.certificates.begin(), inventory.certificates.end(),
                                         [&](const CertificateRecord& c) { return c.store == s; });
        out << QStringLiteral("%1 (%2): %3\n")
                   .arg(CertificateCatalogue::store(s), qs(std::string(certStorePath(s))),
                        CliText::tr("%n certificate(s)", nullptr, static_cast<int>(count)))
                   .toStdString();
        for (const auto& c : inventory.certificates) {
            if (c.store == s) {
                out << certificateText(c, now).toStdString();
            }
        }
        out << "\n";
    }
    for (const auto& e : errors) {
        if (e.area == "certificates") {
            err << CliText::tr("Could not read %1: %2")
                       .arg(qs(e.target), Catalogue::errorMessageForId(qs(e.code)))
                       .toStdString()
                << "\n";
        }
    }
    return kExitHealthy;
}

std::optional<int> runCertificateRemediation(const CliOptions& o, CliEnvironment& env, std::ostream& out,
                                             std::ostream& err) {
    const bool importing =
        o.command == CliCommand::Fix && fixFamily(o.remediationId) == FixFamily::CertificateImport;
    if (!importing && o.command != CliCommand::Undo) {
        return std::nullopt;
    }
    auto journalOfRun = runJournal(o, env);
    if (!journalOfRun) {
        return failWithResult(o, out, err, journalOfRun.error());
    }
    Journal& journal = **journalOfRun;
    std::string undoId;
    if (o.command == CliCommand::Undo) {
        // Routed by the entry's fix id, never by the fields it carries (fix_remediator.h).
        const auto target = undoTargetOfRun(o, journal);
        if (!target || fixFamily(target->remediationId) != FixFamily::CertificateImport) {
            return std::nullopt;
        }
        undoId = target->id;
    }
    auto platform = elevatedPlatform(env, "changing the computer's certificate stores");
    if (!platform) {
        return failWithResult(o, out, err, platform.error());
    }
    if (!platform->certificates) {
        return failWithResult(o, out, err,
                              Error::make(ErrorCode::NotSupported, "no certificate store on this platform"));
    }
    CertificateRemediator remediator(*platform->certificates, platform->registry.get(), journal,
                                     platform->machine->machineInfo().hostname);
    Expected<JournalEntry> entry = Error::make(ErrorCode::InvalidArgument, "nothing to do");
    if (importing) {
        auto contents = readFile(utf8Path(o.certFile), kMaxCertificateFileBytes);
        if (!contents) {
            return failWithResult(o, out, err, contents.error());
        }
        // Shown by this (elevated) process itself, after every check and before any change.
        entry = remediator.importCa(o.remediationId, *contents, o.certThumbprint,
                                    [&](const CaCandidate& candidate, CertStore store) {
                                        return env.consent(caImportConsentText(candidate, store));
                                    });
    } else {
        entry = remediator.undo(undoId);
    }
    if (!entry) {
        return failWithResult(o, out, err, entry.error());
    }
    const bool undone = !importing;
    const json result =
        document(json{{"result", undone ? "undone" : "applied"}, {"journal_entry", toJson(*entry)}});
    writeResultFile(o, result);
    if (o.json) {
        out << dumpJson(result) << "\n";
    } else {
        out << certificateJournalEntryText(*entry, undone).toStdString();
    }
    return kExitHealthy;
}

QString certificateJournalEntryText(const JournalEntry& e, bool undone) {
    const auto& c = *e.certificate;
    const auto store = certStoreFromId(c.store);
    const QString where = store ? CertificateCatalogue::store(*store) : qs(c.store);
    if (undone) {
        return CliText::tr("Undone: %1 was removed from %2 (journal entry %3).")
                   .arg(qs(c.subject), where, qs(e.id)) +
               QLatin1Char('\n');
    }
    QString out =
        c.added
            ? CliText::tr("Applied: %1 (thumbprint %2, valid until %3) was added to %4 (journal entry %5).")
                  .arg(qs(c.subject), qs(c.thumbprint), qs(c.notAfter).left(10), where, qs(e.id))
            : CliText::tr("%1 (thumbprint %2) was already in %3: nothing changed.")
                  .arg(qs(c.subject), qs(c.thumbprint), where);
    out += QLatin1Char('\n');
    if (e.reversible && e.status == JournalStatus::Applied) {
        out += CliText::tr("To undo it: ipsecdoctor-cli undo %1").arg(qs(e.id)) + QLatin1Char('\n');
    }
    return out;
}

} // namespace ipsecdoctor::app
