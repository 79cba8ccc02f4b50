#include "Presentation.h"

#include <QDateTime>
#include <QLocale>

namespace ipsecdoctor::gui {

QString Presentation::timestamp(const QString& iso8601) {
    const QDateTime when = QDateTime::fromString(iso8601, Qt::ISODate);
    if (!when.isValid()) {
        return iso8601;
    }
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString Presentation::nameList(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& name : names) {
        list << QString::fromStdString(name);
    }
    return list.join(tr(", ", "separator between service names"));
}

QString Presentation::escaped(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace ipsecdoctor::gui
