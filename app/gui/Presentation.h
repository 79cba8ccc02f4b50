#pragma once
// Small text helpers shared by the pages (no business logic: formatting only).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace ipsecdoctor::gui {

class Presentation {
    Q_DECLARE_TR_FUNCTIONS(Presentation)

public:
    /// "2026-11-27T10:15:00Z" as a local date and time in the current language; the input
    /// unchanged when it is not a valid timestamp.
    static QString timestamp(const QString& iso8601);
    /// Names separated as a list ("Tcpip, BFE").
    static QString nameList(const std::vector<std::string>& names);
    /// Wraps plain text for a rich-text QLabel (escaped).
    static QString escaped(const QString& text);
};

} // namespace ipsecdoctor::gui
