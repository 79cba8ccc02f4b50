#pragma once
// The wizard's text label for facts the user may copy (names, thumbprints, explanations): plain
// text (never interpreted as HTML, since it may come from a certificate or a log), word-wrapped,
// selectable.

#include <QLabel>

namespace ipsecdoctor::gui {

inline QLabel* plainLabel(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace ipsecdoctor::gui
