#include "RecordingPanel.h"

#include "../widgets/StatusIcon.h"
#include "Catalogue.h"
#include "LogsFixCatalogue.h"

#include "ipsecdoctor/checks/log_checks.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace ipsecdoctor::gui {

RecordingPanel::RecordingPanel(Session& session, UiPrompts prompts, QWidget* parent)
    : QFrame(parent), m_session(session), m_prompts(std::move(prompts)) {
    setObjectName(QStringLiteral("recordingPanel"));
    m_audit.remediationId = kAuditRemediationId;
    m_tracing.remediationId = kTracingRemediationId;
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(0, 1);
    addRow(m_audit, "audit");
    addRow(m_tracing, "tracing");
    connect(&m_session, &Session::resultsChanged, this, &RecordingPanel::refresh);
    connect(&m_session, &Session::activityChanged, this, &RecordingPanel::refresh);
    connect(&m_session, &Session::actionFinished, this, &RecordingPanel::refresh);
    refresh();
}

void RecordingPanel::addRow(Row& row, const char* name) {
    auto* grid = static_cast<QGridLayout*>(layout());
    const int r = grid->rowCount();
    row.status = new QLabel(this);
    row.status->setObjectName(QStringLiteral("%1StatusLabel").arg(QLatin1String(name)));
    row.status->setWordWrap(true);
    row.fix = new QPushButton(this);
    row.fix->setObjectName(QStringLiteral("%1FixPushButton").arg(QLatin1String(name)));
    row.undo = new QPushButton(this);
    row.undo->setObjectName(QStringLiteral("%1UndoPushButton").arg(QLatin1String(name)));
    // Fix and Undo side by side at the right edge, whichever of them is shown.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(row.fix);
    buttons->addWidget(row.undo);
    grid->addWidget(row.status, r, 0);
    grid->addLayout(buttons, r, 1);
    const std::string_view id = row.remediationId;
    connect(row.fix, &QPushButton::clicked, this, [this, id] { requestFix(id); });
    connect(row.undo, &QPushButton::clicked, this, [this, id] {
        if (auto entry = undoable(id)) {
            m_session.undo(QString::fromStdString(entry->id));
        }
    });
}

void RecordingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QFrame::changeEvent(event);
}

std::optional<JournalEntry> RecordingPanel::undoable(std::string_view remediationId) const {
    const auto& entries = m_session.sessionEntries();
    auto it = std::find_if(entries.rbegin(), entries.rend(), [&](const JournalEntry& e) {
        return e.remediationId == remediationId && e.status == JournalStatus::Applied && e.reversible;
    });
    return it == entries.rend() ? std::nullopt : std::optional<JournalEntry>(*it);
}

void RecordingPanel::requestFix(std::string_view remediationId) {
    const QString id = QString::fromUtf8(remediationId.data(), static_cast<qsizetype>(remediationId.size()));
    QString text = app::Catalogue::remediationDescription(id);
    if (m_session.needsElevationPrompt(id)) {
        text += QStringLiteral("\n\n") + tr("Windows will ask for administrator rights.");
    }
    if (!m_prompts.confirm(this, app::Catalogue::remediationLabel(id), text)) {
        return;
    }
    m_session.applyFix(id);
}

void RecordingPanel::refreshRow(Row& row, const QString& status) {
    const QString id =
        QString::fromUtf8(row.remediationId.data(), static_cast<qsizetype>(row.remediationId.size()));
    row.status->setText(status);
    row.fix->setText(app::Catalogue::remediationLabel(id) + QStringLiteral("…"));
    row.fix->setToolTip(app::Catalogue::remediationDescription(id));
    row.undo->setText(tr("Undo"));
    row.undo->setToolTip(tr("Undo “%1”: put back exactly what was there before the fix.")
                             .arg(app::Catalogue::remediationLabel(id)));
    const bool offered =
        std::any_of(m_session.findings().begin(), m_session.findings().end(), [&](const Finding& f) {
            return std::find(f.remediations.begin(), f.remediations.end(), row.remediationId) !=
                   f.remediations.end();
        });
    const bool idle = !m_session.busy();
    row.fix->setVisible(offered && m_session.canModify());
    row.fix->setEnabled(idle);
    row.fix->setIcon(m_session.needsElevationPrompt(id) ? StatusIcon::uacShield(*style()) : QIcon());
    const auto entry = undoable(row.remediationId);
    row.undo->setVisible(entry.has_value() && m_session.canModify());
    row.undo->setEnabled(idle);
}

void RecordingPanel::refresh() {
    const auto& snapshot = m_session.snapshot();
    const bool shown = snapshot && snapshot->logs && snapshot->logs->source == "live";
    setVisible(shown);
    if (!shown) {
        return;
    }
    refreshRow(m_audit, app::LogsFixCatalogue::auditStatus(*snapshot->logs));
    refreshRow(m_tracing, app::LogsFixCatalogue::tracingStatus(*snapshot->logs));
}

} // namespace ipsecdoctor::gui
