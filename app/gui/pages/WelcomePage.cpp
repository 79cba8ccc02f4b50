#include "WelcomePage.h"

#include "BundleText.h"

#include "../Presentation.h"
#include "../widgets/ConnectionPicker.h"
#include "../widgets/StatusIcon.h"
#include "Catalogue.h"
#include "Language.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ipsecdoctor::gui {
namespace {

constexpr int kStatusIconSize = 20;

QLabel* wrappingLabel(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}

QLabel* iconLabel(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setFixedSize(kStatusIconSize, kStatusIconSize);
    return label;
}

void setIcon(QLabel* label, std::optional<Severity> severity) {
    label->setPixmap(StatusIcon::forSeverity(severity).pixmap(QSize(kStatusIconSize, kStatusIconSize)));
    // What the icon says, for a screen reader and a pointer.
    const QString meaning = severity ? app::Catalogue::severity(*severity) : QString();
    label->setToolTip(meaning);
    label->setAccessibleName(meaning);
}

} // namespace

WelcomePage::WelcomePage(Session& session, app::Language& language, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_language(language), m_prompts(std::move(prompts)),
      m_introLabel(wrappingLabel(this, "introLabel")), m_languageLabel(new QLabel(this)),
      m_languageCombo(new QComboBox(this)), m_statusGroup(new QGroupBox(this)),
      m_elevationIconLabel(iconLabel(this, "elevationIconLabel")),
      m_elevationLabel(wrappingLabel(this, "elevationLabel")),
      m_modeIconLabel(iconLabel(this, "modeIconLabel")), m_modeLabel(wrappingLabel(this, "modeLabel")),
      m_connectionPicker(new ConnectionPicker(this)), m_bundleGroup(new QGroupBox(this)),
      m_bundleHintLabel(wrappingLabel(this, "bundleHintLabel")), m_openBundleButton(new QPushButton(this)),
      m_liveButton(new QPushButton(this)), m_bundleErrorLabel(wrappingLabel(this, "bundleErrorLabel")) {
    m_modeLabel->setTextFormat(Qt::PlainText); // names and paths from a bundle
    setObjectName(QStringLiteral("welcomePage"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so nobody has to read the other one to find theirs.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_statusGroup->setObjectName(QStringLiteral("statusGroupBox"));
    m_bundleGroup->setObjectName(QStringLiteral("bundleGroupBox"));
    m_openBundleButton->setObjectName(QStringLiteral("openBundlePushButton"));
    m_liveButton->setObjectName(QStringLiteral("checkThisComputerPushButton"));
    m_bundleErrorLabel->setTextFormat(Qt::RichText);
    m_bundleErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_bundleErrorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusIcon::textColor(Severity::Error));
    m_bundleErrorLabel->setPalette(errorPalette);
    m_bundleErrorLabel->hide();

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);

    auto* status = new QGridLayout(m_statusGroup);
    status->setHorizontalSpacing(10);
    status->addWidget(m_elevationIconLabel, 0, 0, Qt::AlignTop);
    status->addWidget(m_elevationLabel, 0, 1);
    status->addWidget(m_modeIconLabel, 1, 0, Qt::AlignTop);
    status->addWidget(m_modeLabel, 1, 1);
    status->setColumnStretch(1, 1);

    auto* bundleButtons = new QHBoxLayout;
    bundleButtons->addWidget(m_openBundleButton);
    bundleButtons->addWidget(m_liveButton);
    bundleButtons->addStretch(1);
    auto* bundle = new QVBoxLayout(m_bundleGroup);
    bundle->addWidget(m_bundleHintLabel);
    bundle->addLayout(bundleButtons);
    bundle->addWidget(m_bundleErrorLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_introLabel);
    layout->addLayout(languageRow);
    layout->addWidget(m_statusGroup);
    layout->addWidget(m_connectionPicker);
    layout->addWidget(m_bundleGroup);
    layout->addStretch(1);

    connect(m_languageCombo, &QComboBox::activated, this, &WelcomePage::selectLanguage);
    connect(&m_language, &app::Language::changed, this, &WelcomePage::syncLanguageCombo);
    connect(m_openBundleButton, &QPushButton::clicked, this, &WelcomePage::chooseBundle);
    connect(m_liveButton, &QPushButton::clicked, &m_session, &Session::closeBundle);
    connect(&m_session, &Session::modeChanged, this, &WelcomePage::updateStatus);
    connect(&m_session, &Session::activityChanged, this, &WelcomePage::updateStatus);
    connect(&m_session, &Session::bundleFailed, this, &WelcomePage::showBundleError);
    connect(&m_session, &Session::resultsChanged, this, [this] {
        if (m_session.mode() == SessionMode::Bundle) {
            m_bundleError.reset(); // a bundle opened after an earlier failure
        }
        updateStatus();
    });
    connect(&m_session, &Session::connectionCandidatesChanged, this, [this] {
        m_connectionPicker->setProfiles(m_session.connectionCandidates(), m_session.chosenConnection());
        updateStatus();
    });
    connect(m_connectionPicker, &ConnectionPicker::connectionChosen, &m_session, &Session::setConnection);
    syncLanguageCombo();
    retranslate();
    m_session.refreshConnectionCandidates();
}

bool WelcomePage::isComplete() const {
    return m_session.mode() != SessionMode::Unavailable && !m_session.busy();
}

void WelcomePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate() {
    setTitle(tr("Welcome to IPsec Doctor"));
    setSubTitle(tr("Find out why a VPN connection does not come up, and fix it."));
    m_introLabel->setText(
        tr("IPsec Doctor finds out why a Windows IPsec or IKEv2 VPN connection does not come "
           "up. It checks what the connection depends on, explains each result in plain words "
           "and offers fixes that you can undo. Nothing is changed on this computer unless you "
           "click a fix."));
    m_languageLabel->setText(tr("&Language:"));
    m_statusGroup->setTitle(tr("Status"));
    m_bundleGroup->setTitle(tr("Diagnostic bundle"));
    m_bundleHintLabel->setText(
        tr("A diagnostic bundle is a .zip file that IPsec Doctor exports on the computer "
           "that has the VPN problem. Open it here to read its results on any computer."));
    m_openBundleButton->setText(tr("&Open a diagnostic bundle…"));
    m_liveButton->setText(tr("&Check this computer instead"));
    m_connectionPicker->retranslate();
    updateStatus();
}

void WelcomePage::updateStatus() {
    const bool live = m_session.liveAvailable();
    m_elevationIconLabel->setVisible(live);
    m_elevationLabel->setVisible(live);
    if (live) {
        setIcon(m_elevationIconLabel, m_session.isElevated() ? Severity::Ok : Severity::Info);
        m_elevationLabel->setText(
            m_session.isElevated()
                ? tr("IPsec Doctor runs with administrator rights: fixes are applied "
                     "directly.")
                : tr("IPsec Doctor runs without administrator rights. Checking needs none; "
                     "before a fix marked with a shield, Windows asks for permission."));
    }
    if (m_session.activity() == Session::Activity::OpeningBundle) {
        setIcon(m_modeIconLabel, Severity::Info);
        m_modeLabel->setText(tr("Opening the diagnostic bundle…"));
    } else if (m_session.mode() == SessionMode::Bundle) {
        const BundleInfo& bundle = m_session.bundleInfo();
        const QString changed = app::BundleText::changedAfterExport(bundle.changedAfterExport);
        setIcon(m_modeIconLabel, changed.isEmpty() ? Severity::Info : Severity::Warning);
        m_modeLabel->setText(
            tr("Analysing a diagnostic bundle from %1, collected %2. It is read-only: nothing "
               "can be changed. Press Next to see the results.")
                .arg(bundle.hostname, Presentation::timestamp(bundle.collectedAt)) +
            (changed.isEmpty() ? QString() : QStringLiteral("\n\n") + changed));
    } else if (m_session.mode() == SessionMode::Live) {
        setIcon(m_modeIconLabel, Severity::Ok);
        m_modeLabel->setText(tr("Ready to check this computer. Press Next to start."));
    } else {
        setIcon(m_modeIconLabel, Severity::Warning);
        m_modeLabel->setText(
            tr("Live checks need Windows, and this computer does not run it. Open a diagnostic "
               "bundle exported on the Windows computer to analyse it here."));
    }
    // A PC without a VPN profile can still be diagnosed for a server typed in.
    m_connectionPicker->setVisible(m_session.mode() != SessionMode::Unavailable);
    m_connectionPicker->setEnabled(!m_session.busy());
    m_openBundleButton->setEnabled(!m_session.busy());
    m_liveButton->setVisible(m_session.mode() == SessionMode::Bundle && live);
    m_liveButton->setEnabled(!m_session.busy());
    if (m_bundleError) {
        const auto& [path, error] = *m_bundleError;
        const QString grey = palette().color(QPalette::PlaceholderText).name();
        m_bundleErrorLabel->setText(
            QStringLiteral("<b>%1</b><br>%2<br><span style=\"color:%3;\">%4</span>")
                .arg(Presentation::escaped(tr("“%1” could not be opened as a diagnostic bundle.")
                                               .arg(QFileInfo(path).fileName())),
                     Presentation::escaped(app::Catalogue::errorMessage(error)), grey,
                     Presentation::escaped(
                         tr("Technical details: %1").arg(QString::fromStdString(error.detail)))));
    }
    m_bundleErrorLabel->setVisible(m_bundleError.has_value());
    emit completeChanged();
}

void WelcomePage::selectLanguage(int index) {
    const QString code = m_languageCombo->itemData(index).toString();
    if (code != m_language.current() && m_language.apply(code)) {
        app::Language::remember(code);
    }
}

void WelcomePage::syncLanguageCombo() {
    const int index = m_languageCombo->findData(m_language.current());
    if (index >= 0) {
        m_languageCombo->setCurrentIndex(index);
    }
}

void WelcomePage::chooseBundle() {
    const QString filter = tr("Diagnostic bundles (*.zip)") + QStringLiteral(";;") + tr("All files (*)");
    const QString path = m_prompts.openFile(this, tr("Open a diagnostic bundle"), filter);
    if (path.isEmpty()) {
        return;
    }
    m_bundleError.reset();
    m_session.openBundle(path);
    updateStatus();
}

void WelcomePage::showBundleError(const QString& path, const Error& error) {
    m_bundleError = std::make_pair(path, error);
    updateStatus();
}

} // namespace ipsecdoctor::gui
