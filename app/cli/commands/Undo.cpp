// `undo <journal-id> | --last`: reverses one journaled fix. The family of the entry's fix id
// (fix_ids.h), never the fields the entry carries, decides which remediator undoes it (a
// certificate import, auditing and tracing, or a service or setting); each re-derives what it
// may change instead of obeying the entry (journal.h).
#include "CertificateCommands.h"
#include "CliOutput.h"
#include "Commands.h"
#include "JournalCommands.h"
#include "LogsFixCommand.h"
#include "SettingFixCommand.h"

#include "ipsecdoctor/remediation/fix_remediator.h"

#include <QCoreApplication>

namespace ipsecdoctor::app {
namespace {

class UndoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UndoCommand)

public:
    CliCommand id() const override { return CliCommand::Undo; }
    std::vector<std::string_view> words() const override { return {"undo"}; }
    QString arguments() const override { return tr("<journal-id> | --last"); }
    QString summary() const override { return tr("undo a fix recorded in the journal"); }
    std::vector<std::string_view> options() const override { return {"last", "journal", "result"}; }
    std::optional<UsageError> finish(const std::vector<std::string>& arguments,
                                     CliOptions& o) const override {
        if (auto e = atMostArguments(arguments, 1)) {
            return e;
        }
        if (!arguments.empty()) {
            if (!isValidJournalId(arguments.front())) {
                return UsageError{UsageProblem::BadJournalId, arguments.front()};
            }
            o.journalId = arguments.front();
        }
        if (o.journalId.empty() == !o.undoLast) {
            return UsageError{UsageProblem::MissingArgument, "undo"}; // exactly one of <id> / --last
        }
        return std::nullopt;
    }
    int run(const CliOptions& o, CliEnvironment& env, std::ostream& out, std::ostream& err) const override {
        auto journal = runJournal(o, env);
        if (!journal) {
            return failWithResult(o, out, err, journal.error());
        }
        const auto target = journalEntryToUndo(**journal, o.undoLast ? std::string() : o.journalId);
        if (!target) {
            return failWithResult(o, out, err, target.error());
        }
        std::optional<int> done;
        switch (fixFamily(target->remediationId).value_or(FixFamily::Service)) {
        case FixFamily::CertificateImport:
            done = runCertificateRemediation(o, env, out, err);
            break;
        case FixFamily::Logs:
            done = runLogsRemediation(o, env, out, err);
            break;
        case FixFamily::Service:
        case FixFamily::Setting:
        case FixFamily::OpenConsole: // refused by both families below, as any unknown fix id
            break;
        }
        return done ? *done : undoServiceOrSettingCommand(o, env, **journal, *target, out, err);
    }
};

} // namespace

std::unique_ptr<Command> makeUndoCommand() {
    return std::make_unique<UndoCommand>();
}

} // namespace ipsecdoctor::app
