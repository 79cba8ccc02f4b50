#include "ProviderMessagePanel.h"

#include "DiagnosisCatalogue.h"
#include "Language.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ipsecdoctor::gui {

ProviderMessagePanel::ProviderMessagePanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_languageLabel(new QLabel(this)), m_languageCombo(new QComboBox(this)),
      m_copyButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("providerMessagePanel"));
    m_title->setObjectName(QStringLiteral("providerTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint->setObjectName(QStringLiteral("providerHintLabel"));
    m_hint->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("providerMessageTextEdit"));
    m_text->setReadOnly(true);
    m_text->setMinimumHeight(150);
    m_copyButton->setObjectName(QStringLiteral("copyProviderMessagePushButton"));
    m_languageLabel->setObjectName(QStringLiteral("providerLanguageLabel"));
    m_languageCombo->setObjectName(QStringLiteral("providerLanguageComboBox"));
    // Each language named in itself: whoever reads the message picks it.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageLabel->setBuddy(m_languageCombo);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_languageLabel);
    buttons->addWidget(m_languageCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &ProviderMessagePanel::copyRequested);
    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        m_language = m_languageCombo->itemData(index).toString();
        emit languageChosen(m_language);
        setMessage(m_diagnosis, m_snapshot, m_copyButton->isEnabled());
    });
    retranslate();
}

void ProviderMessagePanel::setMessage(const Diagnosis& diagnosis, const SystemSnapshot* snapshot,
                                      bool available) {
    m_diagnosis = diagnosis;
    m_snapshot = snapshot;
    const QString language = m_language.isEmpty() ? interfaceLanguage() : m_language;
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(language)));
    {
        const app::WrittenIn written(language);
        m_text->setPlainText(app::DiagnosisCatalogue::providerMessage(diagnosis, snapshot));
    }
    m_hint->setText(diagnosis.provider.recommended
                        ? tr("Nothing on this computer explains the failure: send this message to your VPN "
                             "provider. It contains no password or key.")
                        : tr("If the fixes above do not help, send this message to your VPN provider. It "
                             "contains no password or key."));
    m_copyButton->setEnabled(available);
}

QString ProviderMessagePanel::text() const {
    return m_text->toPlainText();
}

void ProviderMessagePanel::retranslate() {
    m_title->setText(tr("Message for your VPN provider"));
    m_copyButton->setText(tr("Copy the &message for my VPN provider"));
    m_languageLabel->setText(tr("&Language of the message:"));
}

QString ProviderMessagePanel::interfaceLanguage() {
    const QString code = tr("en", "The code of this translation's language: fr or en");
    return code == QLatin1String("fr") ? code : QStringLiteral("en");
}

} // namespace ipsecdoctor::gui
