#include "CardFrame.h"

#include <QPainter>
#include <QPainterPath>

namespace ipsecdoctor::gui {

namespace {
constexpr int kStripe = 5;
constexpr qreal kRadius = 6.0;
} // namespace

CardFrame::CardFrame(QWidget* parent) : QFrame(parent), m_accent(palette().color(QPalette::Mid)) {
    setFrameShape(QFrame::NoFrame);
    setContentsMargins(kStripe + 8, 8, 8, 8);
}

void CardFrame::setAccent(const QColor& accent) {
    m_accent = accent;
    update();
}

void CardFrame::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(box, kRadius, kRadius);
    painter.fillPath(outline, palette().color(QPalette::Base));
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(box.left(), box.top(), kStripe, box.height()), m_accent);
    painter.restore();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawPath(outline);
    QFrame::paintEvent(event);
}

} // namespace ipsecdoctor::gui
