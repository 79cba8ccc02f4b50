#pragma once
// A light rounded panel with a coloured stripe on its left edge: the frame of a service row and
// of a finding. Painted by hand rather than with a style sheet, so the native style of the
// buttons inside it is left alone.

#include <QColor>
#include <QFrame>

namespace ipsecdoctor::gui {

class CardFrame : public QFrame {
    Q_OBJECT

public:
    explicit CardFrame(QWidget* parent = nullptr);

    void setAccent(const QColor& accent);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_accent;
};

} // namespace ipsecdoctor::gui
