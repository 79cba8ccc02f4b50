#include "ProposalsPage.h"
#include "QtText.h"

#include "../AsyncRunner.h"
#include "../widgets/ConnectivityPanel.h"
#include "../widgets/ProposalsTable.h"
#include "Catalogue.h"
#include "ProposalsCatalogue.h"

#include "ipsecdoctor/collect/vpn_collector.h"
#include "ipsecdoctor/proposals/probe_acceptance.h"
#include "ipsecdoctor/proposals/recommended_fix.h"
#include "ipsecdoctor/vpn/registry_values.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ipsecdoctor::gui {

using app::Catalogue;
using app::ProposalsCatalogue;

namespace {

constexpr int kOtherServer = -1; // item data of "Another server…"

struct LoadResult {
    std::optional<VpnConfiguration> config;
};

} // namespace

ProposalsPage::ProposalsPage(Session& session, UiPrompts prompts, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_prompts(std::move(prompts)), m_pickLabel(new QLabel(this)),
      m_profileCombo(new QComboBox(this)), m_serverEdit(new QLineEdit(this)),
      m_tunnelCombo(new QComboBox(this)), m_probeButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_progressBar(new QProgressBar(this)),
      m_profileLabel(new QLabel(this)), m_verdictLabel(new QLabel(this)), m_table(new ProposalsTable(this)),
      m_otherFindingsLabel(new QLabel(this)), m_fixButton(new QPushButton(this)),
      m_fixLabel(new QLabel(this)), m_undoButton(new QPushButton(this)), m_messageLabel(new QLabel(this)),
      m_whyButton(new QToolButton(this)), m_whyLabel(new QLabel(this)),
      m_connectivity(new ConnectivityPanel(this)) {
    setObjectName(QStringLiteral("proposalsPage"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_serverEdit->setObjectName(QStringLiteral("serverLineEdit"));
    m_tunnelCombo->setObjectName(QStringLiteral("tunnelComboBox"));
    m_probeButton->setObjectName(QStringLiteral("probePushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelProbePushButton"));
    m_progressBar->setObjectName(QStringLiteral("probeProgressBar"));
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_otherFindingsLabel->setObjectName(QStringLiteral("otherFindingsLabel"));
    m_fixButton->setObjectName(QStringLiteral("proposalsFixPushButton"));
    m_fixLabel->setObjectName(QStringLiteral("fixLabel"));
    m_undoButton->setObjectName(QStringLiteral("proposalsUndoPushButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_whyButton->setObjectName(QStringLiteral("whyToolButton"));
    m_whyLabel->setObjectName(QStringLiteral("whyLabel"));

    m_tunnelCombo->addItem(QStringLiteral("IKEv2"), static_cast<int>(TunnelType::Ikev2));
    m_tunnelCombo->addItem(QStringLiteral("L2TP/IPsec"), static_cast<int>(TunnelType::L2tp));
    m_serverEdit->setMaxLength(253);
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumHeight(14);
    m_progressBar->hide();
    m_cancelButton->hide();
    for (auto* label :
         {m_profileLabel, m_verdictLabel, m_otherFindingsLabel, m_fixLabel, m_messageLabel, m_whyLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_otherFindingsLabel->setTextFormat(Qt::RichText);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_whyButton->setCheckable(true);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_whyButton->setArrowType(Qt::RightArrow);
    m_whyLabel->hide();

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_pickLabel);
    pick->addWidget(m_profileCombo, 2);
    pick->addWidget(m_serverEdit, 2);
    pick->addWidget(m_tunnelCombo);
    pick->addWidget(m_probeButton);
    pick->addWidget(m_cancelButton);
    auto* fix = new QHBoxLayout;
    fix->addWidget(m_fixButton);
    fix->addWidget(m_undoButton);
    fix->addStretch();
    // The page scrolls rather than squeezing its parts when "Why?" is open on a small screen.
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_profileLabel);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_connectivity);
    layout->addWidget(m_otherFindingsLabel);
    layout->addWidget(m_fixLabel);
    layout->addLayout(fix);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_whyButton);
    layout->addWidget(m_whyLabel);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("proposalsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { selectionChanged(); });
    connect(m_tunnelCombo, &QComboBox::currentIndexChanged, this, [this] { selectionChanged(); });
    connect(m_serverEdit, &QLineEdit::editingFinished, this, [this] { selectionChanged(); });
    connect(m_probeButton, &QPushButton::clicked, this, [this] { startProbe(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel) {
            m_cancel->store(true);
        }
    });
    connect(m_fixButton, &QPushButton::clicked, this, [this] { applyFix(); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoFix(); });
    connect(m_whyButton, &QToolButton::toggled, this, [this](bool on) {
        m_whyLabel->setVisible(on);
        m_whyButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    retranslate();
}

void ProposalsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void ProposalsPage::retranslate() {
    setTitle(tr("Proposals"));
    setSubTitle(
        tr("What Windows offers to the VPN server, what the server accepts, and how to make them agree."));
    m_pickLabel->setText(tr("VPN:"));
    m_serverEdit->setPlaceholderText(tr("Server name or address"));
    m_probeButton->setText(tr("Ask the server"));
    m_cancelButton->setText(tr("Cancel"));
    m_undoButton->setText(tr("Undo"));
    m_whyButton->setText(tr("Why?"));
    m_whyLabel->setText(ProposalsCatalogue::whyMainAggressive() + QStringLiteral("\n\n") +
                        ProposalsCatalogue::whyDhGroups() + QStringLiteral("\n\n") +
                        ProposalsCatalogue::whyNatT());
    if (m_profileCombo->count() > 0) {
        m_profileCombo->setItemText(m_profileCombo->count() - 1, tr("Another server…"));
    }
    render();
}

bool ProposalsPage::isComplete() const {
    return !m_busy;
}

void ProposalsPage::setBusy(bool busy) {
    m_busy = busy;
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy && m_cancel);
    for (QWidget* w : std::initializer_list<QWidget*>{m_profileCombo, m_serverEdit, m_tunnelCombo,
                                                      m_probeButton, m_fixButton, m_undoButton}) {
        w->setEnabled(!busy);
    }
    emit completeChanged();
    if (!busy) {
        render();
        emit idle();
    }
}

void ProposalsPage::initializePage() {
    loadProfiles();
}

void ProposalsPage::loadProfiles() {
    // A bundle brings its own profiles; live, the phonebooks are read again (a fix may have changed them).
    const auto& snapshot = m_session.snapshot();
    m_connectivity->setLocalFacts(snapshot ? snapshot->transport : std::nullopt);
    if (m_session.mode() == SessionMode::Bundle || !m_env.phonebooks) {
        m_config = snapshot && snapshot->vpn ? *snapshot->vpn : VpnConfiguration{};
        fillPicker();
        setBusy(false);
        return;
    }
    const auto registry = snapshot && snapshot->vpn ? snapshot->vpn->registry : std::vector<RegistryFact>{};
    const auto nics = snapshot && snapshot->vpn ? snapshot->vpn->nicOffload : std::vector<NicIpsecOffload>{};
    const auto phonebooks = m_env.phonebooks();
    m_cancel.reset();
    setBusy(true);
    AsyncRunner::runThenCallback(
        this,
        [phonebooks, registry, nics]() {
            std::vector<CollectionError> errors;
            auto config = collectVpnConfiguration(nullptr, phonebooks, errors);
            config.registry = registry;
            config.nicOffload = nics;
            return LoadResult{config};
        },
        [this](const LoadResult& result) {
            m_config = result.config.value_or(VpnConfiguration{});
            fillPicker();
            setBusy(false);
        });
}

void ProposalsPage::fillPicker() {
    const QString previous = m_profileCombo->currentText();
    QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (std::size_t i = 0; i < m_config.profiles.size(); ++i) {
        const auto& p = m_config.profiles[i];
        if (p.tunnel != TunnelType::Ikev2 && p.tunnel != TunnelType::L2tp) {
            continue;
        }
        m_profileCombo->addItem(QStringLiteral("%1 (%2, %3)")
                                    .arg(qs(p.name), qs(p.server), ProposalsCatalogue::tunnelName(p.tunnel)),
                                static_cast<int>(i));
    }
    m_profileCombo->addItem(tr("Another server…"), kOtherServer);
    int again = m_profileCombo->findText(previous);
    // First shown: the connection under diagnosis (Welcome page, bundle, failure events).
    const auto& diagnosis = m_session.diagnosis();
    if (again < 0 && diagnosis.connectionKnown) {
        const auto& c = diagnosis.connection;
        for (int i = 0; i < m_profileCombo->count() && again < 0 && !c.profile.empty(); ++i) {
            const int index = m_profileCombo->itemData(i).toInt();
            if (index >= 0 && m_config.profiles[static_cast<std::size_t>(index)].name == c.profile) {
                again = i;
            }
        }
        if (again < 0 && c.profile.empty() && !c.server.empty() &&
            (c.tunnel == TunnelType::Ikev2 || c.tunnel == TunnelType::L2tp)) {
            again = m_profileCombo->findData(kOtherServer);
            m_serverEdit->setText(qs(c.server));
            m_tunnelCombo->setCurrentIndex(std::max(0, m_tunnelCombo->findData(static_cast<int>(c.tunnel))));
        }
    }
    m_profileCombo->setCurrentIndex(again >= 0 ? again : 0);
    selectionChanged();
}

void ProposalsPage::selectionChanged() {
    const int index = m_profileCombo->currentData().toInt();
    const bool other = index == kOtherServer;
    m_serverEdit->setVisible(other);
    m_tunnelCombo->setVisible(other);
    std::optional<proposals::ProposalContext> context;
    const std::string osBuild = m_session.snapshot() ? m_session.snapshot()->machine.osBuild : std::string();
    if (!other && index >= 0 && static_cast<std::size_t>(index) < m_config.profiles.size()) {
        context = proposals::contextForProfile(m_config.profiles[static_cast<std::size_t>(index)], m_config,
                                               osBuild);
    } else if (other && !m_serverEdit->text().trimmed().isEmpty()) {
        proposals::ProposalContext c;
        c.subject.server = m_serverEdit->text().trimmed().toStdString();
        c.subject.tunnel = static_cast<TunnelType>(m_tunnelCombo->currentData().toInt());
        c.inputs.tunnel = c.subject.tunnel;
        c.inputs.negotiateDh2048Aes256 = vpn::negotiateDh2048Aes256(m_config);
        c.config = m_config;
        context = c;
    }
    const bool sameSubject = m_context && context && m_context->subject.server == context->subject.server &&
                             m_context->subject.tunnel == context->subject.tunnel;
    if (!sameSubject) {
        m_acceptance.reset(); // what one server accepts says nothing about another
        m_probe.reset();
        // A bundle (or an earlier run of this session) may hold what the probe learned of it.
        const auto& snapshot = m_session.snapshot();
        if (context && snapshot && snapshot->probe && snapshot->probe->host == context->subject.server) {
            m_probe = snapshot->probe;
            m_acceptance = proposals::acceptanceFromProbe(*m_probe);
        }
        m_connectivity->setResult(m_probe);
    }
    const bool ipsec = context && (context->subject.tunnel == TunnelType::Ikev2 ||
                                   context->subject.tunnel == TunnelType::L2tp);
    m_connectivity->setTunnel(ipsec ? std::optional<TunnelType>(context->subject.tunnel) : std::nullopt);
    m_context = context;
    render();
}

void ProposalsPage::setAcceptance(std::optional<proposals::ServerAcceptance> acceptance) {
    m_acceptance = std::move(acceptance);
    render();
}

std::optional<SettingSpec> ProposalsPage::recommendedSpec(const Finding& f) const {
    return m_context ? proposals::recommendedFix(f, m_context->subject) : std::nullopt;
}

void ProposalsPage::render() {
    m_findings.clear();
    std::optional<proposals::WindowsOffer> offer;
    if (m_context) {
        m_context->server = m_acceptance;
        m_findings = proposals::checkProposals(*m_context);
        if (auto o = proposals::windowsOffer(m_context->inputs)) {
            offer = *o;
        }
    }
    m_probeButton->setEnabled(!m_busy && m_context && m_env.probe && m_session.mode() != SessionMode::Bundle);
    m_probeButton->setToolTip(
        m_env.probe ? tr("Sends the proposals Windows would send and records what the server answers.")
                    : tr("This version of IPsec Doctor cannot ask the server yet."));
    if (!m_context) {
        m_profileLabel->setText(m_profileCombo->currentData().toInt() == kOtherServer
                                    ? tr("Type the VPN server's name and choose the tunnel type.")
                                    : tr("No IKEv2 or L2TP/IPsec VPN profile was found on this computer."));
        m_verdictLabel->clear();
        m_otherFindingsLabel->clear();
        m_fixButton->hide();
        m_fixLabel->clear();
    } else {
        if (!m_context->subject.profile.empty()) {
            const auto* p = m_config.findProfile(m_context->subject.profile);
            m_profileLabel->setText(p ? ProposalsCatalogue::profileSummary(*p) : QString());
        } else {
            m_profileLabel->setText(tr("Server %1, %2")
                                        .arg(qs(m_context->subject.server),
                                             ProposalsCatalogue::tunnelName(m_context->subject.tunnel)));
        }
        const Finding* top = m_findings.empty() ? nullptr : &m_findings.front();
        if (top) {
            const auto text = Catalogue::finding(*top);
            m_verdictLabel->setText(text.title + QStringLiteral(". ") + text.explanation);
        }
        QString others;
        for (std::size_t i = 1; i < m_findings.size(); ++i) {
            others +=
                QStringLiteral("<li>%1</li>").arg(Catalogue::finding(m_findings[i]).title.toHtmlEscaped());
        }
        m_otherFindingsLabel->setText(others.isEmpty() ? QString()
                                                       : QStringLiteral("<ul>%1</ul>").arg(others));
        const auto spec = top ? recommendedSpec(*top) : std::nullopt;
        m_fixButton->setVisible(spec.has_value());
        if (spec) {
            const QString id = qs(spec->id);
            m_fixButton->setText(Catalogue::remediationLabel(id));
            QString detail = Catalogue::remediationDescription(id);
            if (spec->arguments.policy) {
                detail = tr("Recommended: %1 (IKE %2, ESP %3).")
                             .arg(qs(policyArgument(*spec->arguments.policy)),
                                  qs(ike::ikeProposal(*spec->arguments.policy).toString()),
                                  qs(ike::espProposal(*spec->arguments.policy).toString())) +
                         QLatin1Char(' ') + detail;
            }
            m_fixLabel->setText(detail);
            m_fixButton->setEnabled(!m_busy && m_session.mode() != SessionMode::Bundle && m_env.applyFix);
        } else {
            m_fixLabel->setText(top ? Catalogue::finding(*top).action : QString());
        }
    }
    m_table->setComparison(offer ? &*offer : nullptr, m_acceptance);
    m_undoButton->setVisible(m_lastEntry && m_lastEntry->status == JournalStatus::Applied);
    m_undoButton->setEnabled(!m_busy);
    m_messageLabel->setText(m_message);
}

} // namespace ipsecdoctor::gui
