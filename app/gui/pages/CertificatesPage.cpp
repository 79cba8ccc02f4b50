#include "CertificatesPage.h"
#include "QtText.h"

#include "../widgets/CertificateCard.h"
#include "../widgets/FindingWidget.h"
#include "../widgets/ServerNamePanel.h"
#include "../widgets/StatusIcon.h"
#include "Catalogue.h"
#include "CertificateCatalogue.h"

#include "ipsecdoctor/remediation/certificate_remediator.h"
#include "ipsecdoctor/util/file_io.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace ipsecdoctor::gui {
namespace {

std::int64_t nowFor(const Session& session) {
    if (session.snapshot()) {
        if (auto t = unixFromIso(session.snapshot()->collectedAt)) {
            return *t;
        }
    }
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool onWindows() {
    return QSysInfo::productType() == QLatin1String("windows");
}

} // namespace

CertificatesPage::CertificatesPage(Session& session, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_prompts(std::move(prompts)), m_authLabel(new QLabel(this)),
      m_authCombo(new QComboBox(this)), m_authHelpLabel(new QLabel(this)), m_statusLabel(new QLabel(this)),
      m_recheckButton(new QPushButton(this)), m_actionLabel(new QLabel(this)), m_cardsLayout(nullptr),
      m_serverLabel(new QLabel(this)), m_importRootButton(new QPushButton(this)),
      m_importIntermediateButton(new QPushButton(this)), m_certlmButton(new QPushButton(this)),
      m_certmgrButton(new QPushButton(this)), m_undoImportButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("certificatesPage"));
    m_authCombo->setObjectName(QStringLiteral("authMethodComboBox"));
    m_authHelpLabel->setObjectName(QStringLiteral("authMethodHelpLabel"));
    m_authHelpLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("certificateStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_recheckButton->setObjectName(QStringLiteral("recheckCertificatesPushButton"));
    m_actionLabel->setObjectName(QStringLiteral("certificateActionLabel"));
    m_actionLabel->setWordWrap(true);
    m_serverLabel->setObjectName(QStringLiteral("certreqLabel"));
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextFormat(Qt::PlainText);
    m_importRootButton->setObjectName(QStringLiteral("importRootCaPushButton"));
    m_importIntermediateButton->setObjectName(QStringLiteral("importIntermediateCaPushButton"));
    m_certlmButton->setObjectName(QStringLiteral("openCertlmPushButton"));
    m_certmgrButton->setObjectName(QStringLiteral("openCertmgrPushButton"));
    m_undoImportButton->setObjectName(QStringLiteral("undoImportPushButton"));

    auto* authRow = new QHBoxLayout;
    authRow->addWidget(m_authLabel);
    authRow->addWidget(m_authCombo, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_recheckButton);

    auto* cards = new QWidget;
    // The server's name panel stays; the cards below it are rebuilt on every render.
    auto* content = new QVBoxLayout(cards);
    content->setContentsMargins(0, 0, 4, 0);
    content->setSpacing(8);
    content->addWidget(new ServerNamePanel(m_session, m_prompts, cards));
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(8);
    content->addLayout(m_cardsLayout, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("certificatesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cards);

    auto* fixRow = new QHBoxLayout;
    fixRow->addWidget(m_importRootButton);
    fixRow->addWidget(m_importIntermediateButton);
    fixRow->addWidget(m_undoImportButton);
    fixRow->addStretch(1);
    auto* consoleRow = new QHBoxLayout;
    consoleRow->addWidget(m_certlmButton);
    consoleRow->addWidget(m_certmgrButton);
    consoleRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(authRow);
    layout->addWidget(m_authHelpLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_actionLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_serverLabel);
    layout->addLayout(fixRow);
    layout->addLayout(consoleRow);

    connect(m_authCombo, &QComboBox::activated, this, [this](int index) {
        CertificateCheckInput input = m_session.certificateInput();
        const QString id = m_authCombo->itemData(index).toString();
        input.authMethod = authMethodFromId(id.toStdString());
        m_session.setCertificateInput(input);
        render();
    });
    connect(m_recheckButton, &QPushButton::clicked, &m_session, &Session::startCheck);
    auto chooseAndImport = [this](const QString& id) {
        const QString file = m_prompts.openFile(this, tr("Choose the CA certificate"),
                                                tr("Certificates (*.cer *.crt *.pem *.der);;All files (*)"));
        if (!file.isEmpty()) {
            importCa(id, file);
        }
    };
    connect(m_importRootButton, &QPushButton::clicked, this,
            [=] { chooseAndImport(QLatin1String(fix::kImportRootCa.data())); });
    connect(m_importIntermediateButton, &QPushButton::clicked, this,
            [=] { chooseAndImport(QLatin1String(fix::kImportIntermediateCa.data())); });
    connect(m_certlmButton, &QPushButton::clicked, this,
            [this] { openConsole(QStringLiteral("certlm.msc")); });
    connect(m_certmgrButton, &QPushButton::clicked, this,
            [this] { openConsole(QStringLiteral("certmgr.msc")); });
    connect(m_undoImportButton, &QPushButton::clicked, this, [this] {
        if (auto entry = m_session.undoableCertificateEntry()) {
            m_session.undo(qs(entry->id));
        }
    });
    connect(&m_session, &Session::resultsChanged, this, &CertificatesPage::render);
    connect(&m_session, &Session::modeChanged, this, &CertificatesPage::render);
    connect(&m_session, &Session::activityChanged, this, [this] {
        render();
        emit completeChanged();
    });
    connect(&m_session, &Session::actionFinished, this, [this](const ActionResult& result) {
        if (result.error) {
            m_actionLabel->setText(
                tr("The fix did not complete: %1").arg(app::Catalogue::errorMessage(*result.error)));
        } else if (result.entry && result.entry->certificate) {
            m_actionLabel->setText(
                result.kind == ActionKind::Fix
                    ? tr("Imported \"%1\". Undo removes exactly this certificate.")
                          .arg(qs(result.entry->certificate->subject))
                    : tr("Removed \"%1\" again.").arg(qs(result.entry->certificate->subject)));
        }
        render();
    });
    retranslate();
}

void CertificatesPage::initializePage() {
    m_actionLabel->clear();
    render();
}

bool CertificatesPage::isComplete() const {
    return !m_session.busy();
}

void CertificatesPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void CertificatesPage::retranslate() {
    setTitle(tr("Certificates"));
    setSubTitle(tr("The certificates this VPN connection needs, whether Windows can use them, and which "
                   "certification authorities the server trusts."));
    m_authLabel->setText(tr("This VPN signs in with:"));
    m_authCombo->clear();
    m_authCombo->addItem(tr("I don't know"), QString());
    for (auto m : {AuthMethod::MachineCertificate, AuthMethod::UserCertificate, AuthMethod::EapMschapv2,
                   AuthMethod::PreSharedKey}) {
        m_authCombo->addItem(app::CertificateCatalogue::authMethod(m), qs(std::string(authMethodId(m))));
    }
    m_recheckButton->setText(tr("Check &again"));
    m_importRootButton->setText(
        app::CertificateCatalogue::remediationLabel(QLatin1String(fix::kImportRootCa.data())));
    m_importRootButton->setToolTip(
        app::CertificateCatalogue::remediationDescription(QLatin1String(fix::kImportRootCa.data())));
    m_importIntermediateButton->setText(
        app::CertificateCatalogue::remediationLabel(QLatin1String(fix::kImportIntermediateCa.data())));
    m_importIntermediateButton->setToolTip(
        app::CertificateCatalogue::remediationDescription(QLatin1String(fix::kImportIntermediateCa.data())));
    m_certlmButton->setText(
        app::CertificateCatalogue::remediationLabel(QLatin1String(fix::kOpenCertlm.data())));
    m_certmgrButton->setText(
        app::CertificateCatalogue::remediationLabel(QLatin1String(fix::kOpenCertmgr.data())));
    m_undoImportButton->setText(tr("&Undo the import"));
    render();
}

void CertificatesPage::render() {
    const auto& input = m_session.certificateInput();
    const QString method = input.authMethod ? qs(std::string(authMethodId(*input.authMethod))) : QString();
    m_authCombo->setCurrentIndex(std::max(0, m_authCombo->findData(method)));
    m_authHelpLabel->setText(input.authMethod ? app::CertificateCatalogue::authMethodHelp(*input.authMethod)
                                              : tr("Choose the method your IT department set up: it decides "
                                                   "which certificates matter."));

    while (auto* item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    std::vector<Finding> certificateFindings;
    for (const auto& f : m_session.findings()) {
        if (f.step == Step::Certificates) {
            certificateFindings.push_back(f);
        }
    }
    const auto& snapshot = m_session.snapshot();
    const bool collected = snapshot && snapshot->certificates.collected;
    if (m_session.activity() == Session::Activity::Checking) {
        m_statusLabel->setText(tr("Reading the certificate stores…"));
    } else if (!snapshot) {
        m_statusLabel->setText(tr("Not checked yet."));
    } else if (!collected) {
        m_statusLabel->setText(
            m_session.mode() == SessionMode::Bundle
                ? tr("This diagnostic bundle holds no certificates (made by an older IPsec Doctor).")
                : tr("The certificate stores cannot be read on this system."));
    } else {
        const Severity worst = worstSeverity(certificateFindings);
        m_statusLabel->setText(worst >= Severity::Error
                                   ? tr("Certificate problems stop this VPN from connecting.")
                               : worst >= Severity::Warning ? tr("The certificates work, with warnings.")
                                                            : tr("No certificate problem found."));
    }
    // Findings about no certificate in particular first (missing, clock, server side), then one
    // card per certificate of the personal stores, the ones with findings first.
    std::vector<const Finding*> general;
    for (const auto& f : certificateFindings) {
        if (!f.evidence.contains("thumbprint") || f.id == finding::CertificateClockSkew.id) {
            general.push_back(&f);
        }
    }
    for (const auto* f : general) {
        m_cardsLayout->addWidget(new FindingWidget(*f));
    }
    if (collected) {
        std::vector<CertificateCard*> cards;
        for (const auto& c : snapshot->certificates.certificates) {
            if (c.store != CertStore::MachineMy && c.store != CertStore::UserMy) {
                continue;
            }
            std::vector<Finding> mine;
            for (const auto& f : certificateFindings) {
                auto it = f.evidence.find("thumbprint");
                if (it != f.evidence.end() && it->second == c.facts.thumbprint &&
                    f.id != finding::CertificateClockSkew.id) {
                    mine.push_back(f);
                }
            }
            std::stable_sort(mine.begin(), mine.end(),
                             [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
            cards.push_back(new CertificateCard(c, std::move(mine), nowFor(m_session)));
        }
        // Problems first, then the certificates that work, then context (Info) last.
        auto rank = [](const CertificateCard* c) {
            const Severity s = c->findingsSeverity();
            return s >= Severity::Warning ? 0 : s == Severity::Ok ? 1 : 2;
        };
        std::stable_sort(cards.begin(), cards.end(), [&](const CertificateCard* a, const CertificateCard* b) {
            return rank(a) < rank(b);
        });
        for (auto* card : cards) {
            m_cardsLayout->addWidget(card);
        }
    }
    m_cardsLayout->addStretch(1);

    if (!input.certreqCaSha1) {
        m_serverLabel->setText(tr("What the server asks for: not known yet. Probing the server tells which "
                                  "certification authorities it accepts."));
    } else if (snapshot) {
        QStringList lines;
        for (const auto& m : matchCertreq(*input.certreqCaSha1, snapshot->certificates)) {
            lines << (m.localCa ? tr("%1 — installed here (%2)")
                                      .arg(qs(m.caSha1), qs(m.localCa->facts.subjectCommonName))
                                : tr("%1 — not installed here").arg(qs(m.caSha1)));
        }
        m_serverLabel->setText(tr("The server accepts certificates from these authorities:") +
                               QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }

    const bool canChange = m_session.canModify() && !m_session.busy();
    const QString why = m_session.mode() == SessionMode::Bundle
                            ? tr("This is a diagnostic bundle from another computer: nothing can be changed.")
                            : QString();
    for (auto* b : {m_importRootButton, m_importIntermediateButton}) {
        // The UAC shield when the import will ask for administrator rights.
        b->setIcon(m_session.needsElevationPrompt(QLatin1String(fix::kImportRootCa.data()))
                       ? StatusIcon::shield()
                       : QIcon());
        b->setEnabled(canChange);
        if (!why.isEmpty()) {
            b->setToolTip(why);
        }
    }
    m_undoImportButton->setVisible(m_session.undoableCertificateEntry().has_value());
    m_undoImportButton->setEnabled(canChange);
    const QString notHere = tr("Only on Windows, for this computer.");
    for (auto* b : {m_certlmButton, m_certmgrButton}) {
        b->setEnabled(onWindows() && m_session.mode() == SessionMode::Live);
        b->setToolTip(b->isEnabled() ? app::CertificateCatalogue::remediationDescription(
                                           b == m_certlmButton ? QLatin1String(fix::kOpenCertlm.data())
                                                               : QLatin1String(fix::kOpenCertmgr.data()))
                                     : notHere);
    }
}

void CertificatesPage::importCa(const QString& remediationId, const QString& file) {
    const auto store = caImportStore(remediationId.toStdString());
    if (!store) {
        return;
    }
    auto contents = readFile(std::filesystem::path(file.toStdU16String()), 1024 * 1024);
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    Expected<CaCandidate> candidate =
        contents ? checkCaCandidate(*contents, *store, now) : Expected<CaCandidate>(contents.error());
    if (!candidate) {
        m_actionLabel->setText(tr("%1 cannot be imported: %2")
                                   .arg(QDir::toNativeSeparators(file), qs(candidate.error().detail)));
        return;
    }
    const auto& f = candidate->facts;
    const QString text =
        tr("Add this certificate to %1?\n\n%2\nIssued by: %3\nValid from %4 to %5\nThumbprint (SHA-1): %6\n\n"
           "Check the thumbprint with your IT department before trusting it. Undo removes exactly this "
           "certificate.")
            .arg(app::CertificateCatalogue::store(*store), qs(f.subject), qs(f.issuer),
                 qs(isoFromUnix(f.notBefore)).left(10), qs(isoFromUnix(f.notAfter)).left(10),
                 qs(f.thumbprint));
    if (!m_prompts.confirm(this, app::CertificateCatalogue::remediationLabel(remediationId), text)) {
        return;
    }
    m_session.importCaCertificate(remediationId, file, qs(f.thumbprint));
}

void CertificatesPage::openConsole(const QString& console) {
    // mmc.exe asks for administrator rights itself when the console needs them (certlm.msc).
    if (!QProcess::startDetached(QStringLiteral("mmc.exe"), {console})) {
        m_actionLabel->setText(tr("%1 could not be opened.").arg(console));
    }
}

} // namespace ipsecdoctor::gui
