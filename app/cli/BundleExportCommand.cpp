#include "BundleExportCommand.h"
#include "CliText.h"
#include "ExitCodes.h"

#include "CertificateCommands.h"
#include "CliOutput.h"
#include "ConnectionOption.h"
#include "DiagnosisCatalogue.h"

#include "ipsecdoctor/analysis/analysis.h"
#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/bundle/trace_files.h"
#include "ipsecdoctor/util/json_dump.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {

using nlohmann::json;

namespace {

/// Collects this computer and writes its bundle.
Expected<void> exportLive(const CliOptions& o, CliEnvironment& env, const BundleOptions& options) {
    auto platform = env.makePlatform();
    if (!platform) {
        return platform.error();
    }
    auto snapshot = collectSnapshot(collectContextFor(o, *platform, env));
    if (!snapshot) {
        return snapshot.error();
    }
    auto connection = requestedConnection(o, *snapshot);
    if (!connection) {
        return connection.error();
    }
    AnalysisRequest request;
    request.connection = *connection;
    request.certificates = certificateCheckInput(o); // --auth, --server, --certreq
    const auto analysis = analyze(*snapshot, request);
    snapshot->connection = analysis.connection; // reopened, the bundle is judged for the same connection
    snapshot->certificateChoice = certificateChoiceOf(request.certificates);
    const auto& findings = analysis.findings;
    auto attachments = DiagnosisCatalogue::bundleAttachments(analysis.diagnosis, *snapshot);
    if (const auto traces = env.traceDirectory()) { // RAS trace files, bounded and scrubbed
        auto files = collectTraceFiles(*traces);
        attachments.insert(attachments.end(), files.begin(), files.end());
    }
    return exportBundle(utf8Path(o.exportPath), *snapshot, findings, env.readLog(), attachments, options);
}

} // namespace

int exportBundleCommand(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) {
    const BundleOptions options{o.anonymize};
    bool anonymized = o.anonymize;
    Expected<void> written;
    if (o.bundlePath.empty()) {
        written = exportLive(o, env, options);
    } else if (auto bundle = loadBundle(utf8Path(o.bundlePath)); !bundle) {
        written = bundle.error();
    } else {
        anonymized = anonymized || bundle->manifest.anonymized;
        if (bundle->findingsMissing) { // written again complete: what this version concludes
            bundle->findings = analyze(bundle->snapshot).findings;
        }
        written = reexportBundle(utf8Path(o.exportPath), *bundle, options);
    }
    if (!written) {
        return failWithResult(o, out, err, written.error());
    }
    if (o.json) {
        out << dumpJson(
                   document(json{{"result", "exported"}, {"path", o.exportPath}, {"anonymized", anonymized}}))
            << "\n";
    } else {
        const QString path = QString::fromStdString(o.exportPath);
        out << (anonymized
                    ? CliText::tr("Anonymized diagnostic bundle written to %1: names and addresses are "
                                  "replaced by pseudonyms. It contains no password, pre-shared key or "
                                  "private key.")
                          .arg(path)
                    : CliText::tr("Diagnostic bundle written to %1. It contains no password, pre-shared key "
                                  "or private key.")
                          .arg(path))
                   .toStdString()
            << "\n";
    }
    return kExitHealthy;
}

} // namespace ipsecdoctor::app
