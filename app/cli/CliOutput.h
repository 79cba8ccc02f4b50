#pragma once
// What the CLI prints: the documented JSON schema (for scripts and the GUI's elevated calls)
// or localized text (for people). Commands build results; this file only renders them.
//
// JSON schema, version 1 (every document has "schema_version" and "tool"):
//   check:  { "source": {"kind": "live"|"bundle", "path", "hostname", "collected_at", "os_build"},
//             "summary": {"worst": severity, "counts": {severity: n}},
//             "findings": [ {"id","subject","severity","step","phase","evidence":{},"remediations":[]} ] }
//   fix / undo: { "result": "applied"|"undone", "journal_entry": {...} }
//   journal: { "entries": [ journal entries ] }
//   bundle export: { "result": "exported", "path": FILE }
//   any failure: { "error": {"code": "error.access-denied", "native": 5, "detail": english, "message":
//   localized} }

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/model/finding.h"
#include "ipsecdoctor/model/system_snapshot.h"
#include "ipsecdoctor/remediation/journal.h"
#include "ipsecdoctor/util/error.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <ostream>
#include <string>
#include <vector>

namespace ipsecdoctor::app {

inline constexpr int kCliJsonSchemaVersion = 1;

struct CheckSource {
    std::string kind; // "live" | "bundle" | "file" (a saved event log)
    std::string path; // bundle path
    const SystemSnapshot* snapshot = nullptr;
    std::vector<BundleChange> changedAfterExport{}; // a bundle's files not as exported
};

nlohmann::json checkToJson(const CheckSource& source, const std::vector<Finding>& findings);
nlohmann::json errorToJson(const Error& error);
/// Adds schema_version and tool to a document.
nlohmann::json document(nlohmann::json body);

QString checkToText(const CheckSource& source, const std::vector<Finding>& findings);
QString journalEntryToText(const JournalEntry& entry, bool undone);
QString errorToText(const Error& error);

struct CliOptions;
/// --result: the same JSON document, for a caller that cannot read our output (the GUI behind UAC).
void writeResultFile(const CliOptions& options, const nlohmann::json& document);
/// Logs the failure, writes it to the --result file, prints it (JSON or localized text);
/// returns kExitRuntimeError.
int failWithResult(const CliOptions& options, std::ostream& out, std::ostream& err, const Error& error);

} // namespace ipsecdoctor::app
