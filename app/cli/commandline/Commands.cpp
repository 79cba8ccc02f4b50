#include "Commands.h"
#include "Command.h"

#include <algorithm>

namespace ipsecdoctor::app {

const std::vector<std::unique_ptr<Command>>& commands() {
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(makeCheckCommand());
        list.push_back(makeDiagnoseCommand());
        list.push_back(makeCertsCommand());
        list.push_back(makeProfilesCommand());
        list.push_back(makeProbeCommand());
        list.push_back(makeExplainCommand());
        list.push_back(makeFixCommand());
        list.push_back(makeUndoCommand());
        list.push_back(makeJournalCommand());
        list.push_back(makeBundleExportCommand());
        return list;
    }();
    return all;
}

const Command* findCommand(CliCommand id) {
    const auto& all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c->id() == id; });
    return it == all.end() ? nullptr : it->get();
}

std::optional<UsageError> atMostArguments(const std::vector<std::string>& arguments, std::size_t count) {
    if (arguments.size() > count) {
        return UsageError{UsageProblem::UnexpectedArgument, arguments[count]};
    }
    return std::nullopt;
}

} // namespace ipsecdoctor::app
