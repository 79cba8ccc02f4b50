#include "StatusIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>

#include <functional>

namespace ipsecdoctor::gui {
namespace {

// Shown at 16-32 px; twice that on a high-DPI screen.
constexpr int kIconSizes[] = {16, 20, 24, 32, 40, 48, 64};
constexpr int kApplicationSizes[] = {16, 24, 32, 48, 64, 128, 256};

enum class Glyph { Tick, Info, Exclamation, Cross, Question };

template <std::size_t N>
QIcon drawnIcon(const int (&sizes)[N], const std::function<void(QPainter&, qreal)>& draw) {
    QIcon icon;
    for (int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void drawGlyph(QPainter& p, qreal s, Glyph glyph, const QColor& ink) {
    QPen pen(ink, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Tick: {
        QPainterPath path;
        path.moveTo(s * 0.29, s * 0.52);
        path.lineTo(s * 0.44, s * 0.67);
        path.lineTo(s * 0.72, s * 0.36);
        p.drawPath(path);
        break;
    }
    case Glyph::Cross:
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Glyph::Exclamation:
    case Glyph::Info: {
        const bool info = glyph == Glyph::Info;
        const qreal top = info ? 0.45 : 0.25;
        const qreal bottom = info ? 0.74 : 0.56;
        const qreal dot = info ? 0.28 : 0.73;
        p.drawLine(QPointF(s * 0.5, s * top), QPointF(s * 0.5, s * bottom));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(s * 0.5, s * dot), s * 0.07, s * 0.07);
        break;
    }
    case Glyph::Question: {
        QPainterPath path;
        path.moveTo(s * 0.37, s * 0.38);
        path.cubicTo(s * 0.37, s * 0.22, s * 0.63, s * 0.22, s * 0.63, s * 0.38);
        path.cubicTo(s * 0.63, s * 0.48, s * 0.5, s * 0.48, s * 0.5, s * 0.58);
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(s * 0.5, s * 0.74), s * 0.065, s * 0.065);
        break;
    }
    }
}

Glyph glyphFor(std::optional<Severity> severity) {
    if (!severity) {
        return Glyph::Question;
    }
    switch (*severity) {
    case Severity::Ok:
        return Glyph::Tick;
    case Severity::Info:
        return Glyph::Info;
    case Severity::Warning:
        return Glyph::Exclamation;
    case Severity::Error:
    case Severity::Critical:
        return Glyph::Cross;
    }
    return Glyph::Question;
}

QPainterPath shieldPath(qreal s) {
    QPainterPath path;
    path.moveTo(s * 0.5, s * 0.06);
    path.cubicTo(s * 0.64, s * 0.14, s * 0.78, s * 0.17, s * 0.88, s * 0.17);
    path.cubicTo(s * 0.88, s * 0.55, s * 0.77, s * 0.80, s * 0.5, s * 0.95);
    path.cubicTo(s * 0.23, s * 0.80, s * 0.12, s * 0.55, s * 0.12, s * 0.17);
    path.cubicTo(s * 0.22, s * 0.17, s * 0.36, s * 0.14, s * 0.5, s * 0.06);
    path.closeSubpath();
    return path;
}

} // namespace

QColor StatusIcon::color(std::optional<Severity> severity) {
    if (!severity) {
        return QColor(0x9e, 0x9e, 0x9e);
    }
    switch (*severity) {
    case Severity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Severity::Info:
        return QColor(0x15, 0x65, 0xc0);
    case Severity::Warning:
        return QColor(0xf2, 0xa9, 0x00);
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Critical:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor StatusIcon::textColor(std::optional<Severity> severity) {
    if (severity == Severity::Warning) {
        return QColor(0x8a, 0x55, 0x00);
    }
    if (!severity) {
        return QColor(0x61, 0x61, 0x61);
    }
    return color(severity).darker(110);
}

QIcon StatusIcon::forSeverity(std::optional<Severity> severity) {
    const QColor fill = color(severity);
    const QColor ink = severity == Severity::Warning ? QColor(0x3e, 0x27, 0x00) : QColor(Qt::white);
    return drawnIcon(kIconSizes, [&](QPainter& p, qreal s) {
        p.setPen(QPen(fill.darker(115), s * 0.04));
        p.setBrush(fill);
        p.drawEllipse(QRectF(s * 0.05, s * 0.05, s * 0.9, s * 0.9));
        drawGlyph(p, s, glyphFor(severity), ink);
    });
}

QIcon StatusIcon::uacShield(const QStyle& style) {
    const QIcon native = style.standardIcon(QStyle::SP_VistaShield);
    return native.isNull() ? shield() : native;
}

QIcon StatusIcon::shield() {
    return drawnIcon(kIconSizes, [](QPainter& p, qreal s) {
        const QPainterPath path = shieldPath(s);
        p.save();
        p.setClipPath(path);
        const QColor blue(0x1e, 0x5a, 0xa8);
        const QColor yellow(0xf5, 0xc4, 0x00);
        p.fillRect(QRectF(0, 0, s / 2, s / 2), blue);
        p.fillRect(QRectF(s / 2, 0, s / 2, s / 2), yellow);
        p.fillRect(QRectF(0, s / 2, s / 2, s / 2), yellow);
        p.fillRect(QRectF(s / 2, s / 2, s / 2, s / 2), blue);
        p.restore();
        p.setPen(QPen(QColor(0x20, 0x30, 0x50), s * 0.05));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    });
}

QIcon StatusIcon::application() {
    return drawnIcon(kApplicationSizes, [](QPainter& p, qreal s) {
        const QPainterPath path = shieldPath(s);
        QLinearGradient gradient(0, 0, 0, s);
        gradient.setColorAt(0, QColor(0x2b, 0x7b, 0xd8));
        gradient.setColorAt(1, QColor(0x15, 0x4a, 0x96));
        p.setPen(QPen(QColor(0x0e, 0x33, 0x6b), s * 0.04));
        p.setBrush(gradient);
        p.drawPath(path);
        drawGlyph(p, s, Glyph::Tick, Qt::white);
    });
}

} // namespace ipsecdoctor::gui
