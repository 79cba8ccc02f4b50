#include "HelperResult.h"

#include "RemediationRunner.h"

#include "ipsecdoctor/json/model_json.h"
#include "ipsecdoctor/util/file_io.h"

#include <optional>
#include <string>

namespace ipsecdoctor::gui {
namespace {

Error exitCodeError(int exitCode) {
    if (exitCode == kCliExitUsage) {
        return Error::make(ErrorCode::InvalidArgument,
                           "the elevated helper refused its arguments (exit code 2)");
    }
    return Error::make(ErrorCode::Platform,
                       "the elevated helper reported an error (exit code " + std::to_string(exitCode) + ")",
                       static_cast<std::uint32_t>(exitCode));
}

/// The error the helper wrote with --result (UAC passes no output back), if it wrote one.
std::optional<Error> helperReportedError(const std::filesystem::path& resultFile) {
    if (resultFile.empty()) {
        return std::nullopt;
    }
    auto text = readFile(resultFile, 1 << 20);
    if (!text) {
        return std::nullopt;
    }
    auto doc = parseJson(*text);
    if (!doc || !doc->is_object() || !doc->contains("error") || !(*doc)["error"].is_object()) {
        return std::nullopt;
    }
    const auto& e = (*doc)["error"];
    const auto code = errorCodeFromId(e.value("code", std::string()));
    if (!code) {
        return std::nullopt;
    }
    const auto native =
        e.contains("native") && e["native"].is_number_unsigned() ? e["native"].get<std::uint32_t>() : 0u;
    return Error{*code, native, "elevated helper: " + e.value("detail", std::string())};
}

} // namespace

void clearHelperResult(const std::filesystem::path& resultFile) {
    if (!resultFile.empty()) {
        std::error_code ignored;
        std::filesystem::remove(resultFile, ignored);
    }
}

Error elevatedHelperError(const std::filesystem::path& resultFile, int exitCode) {
    return helperReportedError(resultFile).value_or(exitCodeError(exitCode));
}

} // namespace ipsecdoctor::gui
