#pragma once
// The translation context of the CLI's own messages ("CliText" in translations/*.ts): one
// declaration for every command file, so a message moved between files keeps its translation.

#include <QCoreApplication>

namespace ipsecdoctor::app {

class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

} // namespace ipsecdoctor::app
