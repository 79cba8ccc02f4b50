#include "CertificateCard.h"
#include "QtText.h"

#include "CertificateCatalogue.h"
#include "PlainLabel.h"
#include "StatusIcon.h"

#include "ipsecdoctor/checks/certificate_checks.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {
namespace {

constexpr int kIconSize = 24;

QString date(std::int64_t t) {
    return qs(isoFromUnix(t)).left(10);
}

QString ekuName(const std::string& oid) {
    if (oid == kEkuServerAuth) {
        return CertificateCard::tr("Server Authentication");
    }
    if (oid == kEkuClientAuth) {
        return CertificateCard::tr("Client Authentication");
    }
    if (oid == kEkuIkeIntermediate) {
        return CertificateCard::tr("IP security IKE intermediate");
    }
    if (oid == kEkuAny) {
        return CertificateCard::tr("Any purpose");
    }
    return qs(oid);
}

/// The common name, or the whole subject when there is none.
QString shortName(const std::string& subject) {
    const QString s = qs(subject);
    const int cn = s.indexOf(QLatin1String("CN="));
    return cn < 0 ? s : s.mid(cn + 3).section(QStringLiteral(", "), 0, 0);
}

} // namespace

CertificateCard::CertificateCard(CertificateRecord record, std::vector<Finding> findings, std::int64_t now,
                                 QWidget* parent)
    : CardFrame(parent), m_record(std::move(record)), m_findings(std::move(findings)), m_now(now),
      m_iconLabel(new QLabel(this)), m_titleLabel(plainLabel(this, "certificateTitleLabel")),
      m_subjectLabel(plainLabel(this, "certificateSubjectLabel")),
      m_explanationLabel(plainLabel(this, "certificateExplanationLabel")),
      m_detailsButton(new QToolButton(this)), m_detailsBox(new QWidget(this)),
      m_detailsLayout(new QFormLayout(m_detailsBox)), m_copyButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("certificateCard_") + qs(m_record.facts.thumbprint));
    m_iconLabel->setFixedSize(kIconSize, kIconSize);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_detailsButton->setObjectName(QStringLiteral("certificateDetailsToolButton"));
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsBox->setObjectName(QStringLiteral("certificateDetailsWidget"));
    m_detailsLayout->setContentsMargins(18, 0, 0, 0);
    m_detailsBox->hide();
    m_copyButton->setObjectName(QStringLiteral("copyThumbprintPushButton"));
    connect(m_detailsButton, &QToolButton::clicked, this, [this] { setDetailsShown(!m_detailsShown); });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(qs(m_record.facts.thumbprint)); });

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_titleLabel);
    text->addWidget(m_subjectLabel);
    text->addWidget(m_explanationLabel);
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_detailsBox);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 10, 10);
    row->addWidget(m_iconLabel, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    render();
}

bool CertificateCard::detailsShown() const {
    return m_detailsShown;
}

void CertificateCard::setDetailsShown(bool shown) {
    m_detailsShown = shown;
    m_detailsBox->setVisible(shown);
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void CertificateCard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    CardFrame::changeEvent(event);
}

void CertificateCard::render() {
    const auto& f = m_record.facts;
    const Finding* verdict = m_findings.empty() ? nullptr : &m_findings.front();
    const std::optional<Severity> severity =
        verdict ? std::optional<Severity>(verdict->severity) : std::nullopt;
    m_iconLabel->setPixmap(StatusIcon::forSeverity(severity).pixmap(kIconSize, kIconSize));
    setAccent(StatusIcon::color(severity));
    if (verdict) {
        const auto text = app::CertificateCatalogue::finding(*verdict);
        m_titleLabel->setText(text.title);
        m_explanationLabel->setText(
            text.action.isEmpty() ? text.explanation : text.explanation + QLatin1Char(' ') + text.action);
    } else {
        m_titleLabel->setText(shortName(f.subject));
        m_explanationLabel->setText(tr("Not needed by this connection."));
    }
    m_subjectLabel->setText(
        tr("%1 — %2, valid until %3")
            .arg(shortName(f.subject), app::CertificateCatalogue::store(m_record.store), date(f.notAfter)));
    m_detailsButton->setText(tr("Details"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the thumbprint, to compare it or search for it in certlm.msc."));

    // Rebuilt each time: the language may have changed. The copy button is kept out of the
    // rows while they are deleted.
    m_copyButton->setParent(this);
    while (m_detailsLayout->rowCount() > 0) {
        m_detailsLayout->removeRow(0);
    }
    auto add = [this](const QString& key, const QString& value) {
        auto* label = plainLabel(m_detailsBox, "certificateDetailValueLabel");
        label->setText(value);
        m_detailsLayout->addRow(key, label);
    };
    auto* thumb = new QWidget(m_detailsBox);
    auto* thumbRow = new QHBoxLayout(thumb);
    thumbRow->setContentsMargins(0, 0, 0, 0);
    auto* thumbLabel = plainLabel(thumb, "thumbprintLabel");
    thumbLabel->setText(qs(f.thumbprint));
    thumbLabel->setFont(QFont(QStringLiteral("monospace")));
    thumbRow->addWidget(thumbLabel, 1);
    m_copyButton->setParent(thumb);
    thumbRow->addWidget(m_copyButton);
    m_detailsLayout->addRow(app::CertificateCatalogue::evidenceKey(QStringLiteral("thumbprint")), thumb);
    add(app::CertificateCatalogue::evidenceKey(QStringLiteral("subject")), qs(f.subject));
    add(app::CertificateCatalogue::evidenceKey(QStringLiteral("issuer")), qs(f.issuer));
    add(tr("Validity"),
        tr("%1 to %2 (%n day(s) left)", nullptr, static_cast<int>((f.notAfter - m_now) / 86400))
            .arg(date(f.notBefore), date(f.notAfter)));
    add(tr("Key"), QStringLiteral("%1 %2").arg(qs(f.keyAlgorithm).toUpper()).arg(f.keyBits));
    if (m_record.privateKey != PrivateKeyState::NotChecked) {
        add(tr("Private key"), app::CertificateCatalogue::privateKey(m_record.privateKey));
    }
    QStringList usages;
    for (const auto& e : f.ekus) {
        usages << ekuName(e);
    }
    add(tr("Usages"), f.hasEku ? usages.join(QStringLiteral(", ")) : tr("any (no restriction)"));
    QStringList names;
    for (const auto& n : f.sanDns) {
        names << qs(n);
    }
    for (const auto& n : f.sanIp) {
        names << tr("%1 (IP address)").arg(qs(n));
    }
    if (!names.isEmpty()) {
        add(tr("Names"), names.join(QStringLiteral(", ")));
    }
    if (m_record.chain.evaluated) {
        // Drawn root first, as certlm.msc's "Certification Path" tab does.
        QStringList path;
        int depth = 0;
        for (auto it = m_record.chain.elements.rbegin(); it != m_record.chain.elements.rend();
             ++it, ++depth) {
            path << QString(depth * 3, QLatin1Char(' ')) + (depth ? QStringLiteral("└ ") : QString()) +
                        shortName(it->subject) + (it->timeValid ? QString() : tr(" (expired)"));
        }
        if (m_record.chain.partial) {
            path.prepend(tr("? (issuer not found)"));
        }
        add(tr("Chain"), path.join(QLatin1Char('\n')));
        add(tr("Revocation"), app::CertificateCatalogue::revocation(m_record.chain.revocation));
    }
    add(tr("Key hash (IKE CERTREQ)"), qs(f.spkiSha1));
    m_detailsBox->setVisible(m_detailsShown);
}

} // namespace ipsecdoctor::gui
