#include "DoctorWizard.h"

#include "Session.h"
#include "pages/CertificatesPage.h"
#include "pages/LogsPage.h"
#include "pages/PageId.h"
#include "pages/ProposalsPage.h"
#include "pages/ServicesPage.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "widgets/LogWindow.h"
#include "widgets/StatusIcon.h"

#include "AppPaths.h"
#include "Language.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>

namespace ipsecdoctor::gui {

DoctorWizard::DoctorWizard(Session& session, app::Language& language, LogForwarder& log,
                           const UiPrompts& prompts, QWidget* parent)
    : QWizard(parent), m_logWindow(new LogWindow(log, this)) {
    setObjectName(QStringLiteral("doctorWizard"));
    setWindowIcon(StatusIcon::application());
    setPixmap(QWizard::LogoPixmap, StatusIcon::application().pixmap(QSize(48, 48))); // Modern style header
    setPage(WelcomePageId, new WelcomePage(session, language, prompts, this));
    setPage(ServicesPageId, new ServicesPage(session, prompts, this));
    setPage(CertificatesPageId, new CertificatesPage(session, prompts, this));
    auto* proposals = new ProposalsPage(session, prompts, this);
    const QString resultFile =
        QFileInfo(session.options().journalFile).dir().filePath(QLatin1String(app::kResultFileName));
    proposals->setEnvironment(productProposalsEnvironment(
        {QDir::toNativeSeparators(session.options().journalFile).toStdString(),
         QDir::toNativeSeparators(session.options().machineJournalFile).toStdString()},
        QDir::toNativeSeparators(resultFile).toStdString(), session.options().cliPath.toStdString(),
        session.isElevated(), session.platform()));
    setPage(ProposalsPageId, proposals);
    setPage(LogsPageId, new LogsPage(session, prompts, this));
    setPage(SummaryPageId, new SummaryPage(session, prompts, this));
    setStartId(WelcomePageId);

    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("detailsPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            toggleDetails();
        }
    });
    // Dates follow the chosen language, like the words.
    QLocale::setDefault(QLocale(language.current().isEmpty() ? QStringLiteral("en") : language.current()));
    connect(&language, &app::Language::changed, this,
            [](const QString& code) { QLocale::setDefault(QLocale(code)); });

    setMinimumSize(760, 560);
    resize(880, 680);
    retranslate();
}

void DoctorWizard::toggleDetails() {
    if (m_logWindow->isVisible()) {
        m_logWindow->hide();
        return;
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void DoctorWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void DoctorWizard::retranslate() {
    // QWizard (Qt 6.4) sets the texts of Back/Next/Finish/Cancel only when its style changes, so
    // re-apply the style to have them follow the language.
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
    setWizardStyle(style);
    setWindowTitle(tr("IPsec Doctor"));
    setButtonText(QWizard::CustomButton1, tr("&Details"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Show or hide what IPsec Doctor is doing, as written in its log."));
}

} // namespace ipsecdoctor::gui
