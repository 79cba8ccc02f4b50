#pragma once
// The wizard's small pictures, drawn with QPainter so they stay crisp at any DPI and need no image
// plugin: a coloured circle per severity (green tick, blue i, amber !, red cross), a grey circle
// for "not checked", and a UAC-like shield for styles that have none (SP_VistaShield is Windows-only).

#include "ipsecdoctor/model/severity.h"

#include <QColor>
#include <QIcon>

#include <optional>

class QStyle;

namespace ipsecdoctor::gui {

class StatusIcon {
public:
    /// nullopt: not checked yet (grey).
    static QIcon forSeverity(std::optional<Severity> severity);
    static QIcon shield();
    /// The style's UAC shield (SP_VistaShield) where it has one, else shield().
    static QIcon uacShield(const QStyle& style);
    /// The application icon: a shield with a tick.
    static QIcon application();

    /// Fill colour of the severity's icon and accents.
    static QColor color(std::optional<Severity> severity);
    /// A darker variant readable as text on a light background.
    static QColor textColor(std::optional<Severity> severity);
};

} // namespace ipsecdoctor::gui
