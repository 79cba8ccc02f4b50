#pragma once
// The app side of the knowledge base: what each error code and event id means for the VPN and
// what to do next, in the user's language. The data (symbol, stage, related ids) is in the core
// (ipsecdoctor/knowledge/error_codes.h); the text is here, through tr().
#include "ipsecdoctor/knowledge/error_codes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ipsecdoctor::app {

struct CodeText {
    QString explanation;
    QString action;
};

class CodeCatalogue {
    Q_DECLARE_TR_FUNCTIONS(CodeCatalogue)

public:
    /// Text of a RAS, IPsec, HRESULT or Win32 code; nullopt when the knowledge base has none.
    static std::optional<CodeText> errorText(std::uint32_t code);
    /// Text of an event id of the facts sheet.
    static std::optional<CodeText> eventText(std::uint32_t eventId);
    /// Text of a knowledge-base entry (either kind).
    static std::optional<CodeText> text(const CodeEntry& entry);

    static QString stage(CodeStage stage);
    static QString kind(CodeKind kind);
    /// "Error 809", "Event 4653", "0x800B0109" — how a code is named in a sentence.
    static QString codeLabel(const CodeEntry& entry);

private:
    static std::optional<CodeText> rasText(std::uint32_t code); // 600-899
    static std::optional<CodeText> ikeText(std::uint32_t code); // 13000-13932
};

} // namespace ipsecdoctor::app
