// The Logs page's "what Windows records" panel on a live PC: IPsec auditing and RAS tracing are
// shown as they are, Fix turns them on (in-process when elevated, through the elevated helper
// otherwise) and Undo puts back exactly what was there. The platform is this PC's simulated one
// with an in-memory audit policy and registry, and an event log replaying a real Security 4653
// sample from tests/data; French and English screenshots.
#include "GuiTestSupport.h"

#include "memory_audit_policy.h"
#include "memory_registry.h"

#include "pages/PageId.h"

#include "ipsecdoctor/collect/saved_log.h"
#include "ipsecdoctor/platform/event_log.h"
#include "ipsecdoctor/remediation/logs_remediation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPushButton>
#include <QTreeWidget>

namespace ipsecdoctor::testing {
namespace {

const std::string kMainMode = "{0CCE9218-69AE-11D9-BED3-505054503030}";
const std::string kQuickMode = "{0CCE9219-69AE-11D9-BED3-505054503030}";
const std::string kExtendedMode = "{0CCE921A-69AE-11D9-BED3-505054503030}";
const std::string kDriver = "{0CCE9213-69AE-11D9-BED3-505054503030}";

struct Texts {
    QString auditOff, auditOn, tracingOff, tracingOnAll;
};

Texts textsFor(const QString& lang) {
    if (lang == QLatin1String("fr")) {
        return {QStringLiteral("Audit IPsec\u00a0: désactivé pour certaines sous-catégories IPsec."),
                QStringLiteral("Audit IPsec\u00a0: activé."), QStringLiteral("Suivi RAS\u00a0: désactivé."),
                QStringLiteral("Suivi RAS\u00a0: activé pour 6 composants sur 6.")};
    }
    return {QStringLiteral("IPsec auditing: off for some IPsec subcategories."),
            QStringLiteral("IPsec auditing: on."), QStringLiteral("RAS tracing: off."),
            QStringLiteral("RAS tracing: on for 6 of 6 components.")};
}

class RecordingPanelTest : public WizardTest, public ::testing::WithParamInterface<const char*> {
protected:
    QString lang() const { return QString::fromUtf8(GetParam()); }

    /// A PC as many are: main mode audits success only, quick and extended mode nothing, the
    /// driver everything; RASMAN tracing explicitly off, the other components never configured.
    void startLive(bool elevated) {
        m_priorAudit = {{kMainMode, {true, false}}, {kQuickMode, {false, false}}, {kDriver, {true, true}}};
        m_eventLog = [] {
            auto saved = readSavedLog(
                IPSECDOCTOR_TEST_DATA_DIR
                "/real-world/eventlog-xml/ipban_Security-4653_MM-failed_NegotiationTimedOut.xml");
            EXPECT_TRUE(saved.hasValue());
            return std::make_unique<OfflineEventLog>(saved ? saved->logs : LogsInfo{});
        };
        m_auditPolicy = [this] {
            auto audit = std::make_unique<MemoryAuditPolicy>();
            audit->settings = m_priorAudit;
            m_audit = audit.get();
            return audit;
        };
        m_registry = [this] {
            auto registry = std::make_unique<MemoryRegistry>();
            registry->values[{RegistryRoot::LocalMachine, tracingKey("RASMAN"),
                              std::string(kEnableFileTracing)}] = RegistryValue::dword(0);
            m_priorRegistry = registry->values;
            m_memoryRegistry = registry.get();
            return registry;
        };
        start(true, elevated);
        language().apply(lang());
        QCoreApplication::processEvents();
        for (int i = 0; i < 10 && wizard().currentId() != gui::LogsPageId; ++i) {
            goNext();
        }
        ASSERT_EQ(wizard().currentId(), gui::LogsPageId);
        ASSERT_TRUE(find<QWidget>(QStringLiteral("recordingPanel"))->isVisible())
            << "a live PC with an audit policy and a registry shows what Windows records";
    }
    void shoot(const QString& name) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(QFileInfo::exists(saveScreenshot(wizard(), name + QLatin1Char('-') + lang())));
    }
    bool visible(const QString& objectName) {
        auto* b = button(objectName);
        return b && b->isVisible();
    }
    std::optional<RegistryValue> tracing(std::string_view component) {
        return *m_memoryRegistry->read(RegistryRoot::LocalMachine, tracingKey(component), kEnableFileTracing);
    }

    std::map<std::string, AuditSetting> m_priorAudit;
    std::map<MemoryRegistry::Key, RegistryValue> m_priorRegistry;
    MemoryAuditPolicy* m_audit = nullptr;
    MemoryRegistry* m_memoryRegistry = nullptr;
};

TEST_P(RecordingPanelTest, AuditFixTurnsEverySubcategoryOnAndUndoPutsBackEachFlag) {
    startLive(true);
    const auto texts = textsFor(lang());
    EXPECT_EQ(labelText(QStringLiteral("auditStatusLabel")), texts.auditOff);
    EXPECT_EQ(find<QTreeWidget>(QStringLiteral("eventsTreeWidget"))->topLevelItemCount(), 1)
        << "the live event log's IPsec main-mode failure is on the timeline";
    ASSERT_TRUE(visible(QStringLiteral("auditFixPushButton")));
    EXPECT_FALSE(visible(QStringLiteral("auditUndoPushButton")));
    shoot(QStringLiteral("logs-recording"));

    click(QStringLiteral("auditFixPushButton"));
    ASSERT_TRUE(waitIdle());
    for (const auto& guid : {kMainMode, kQuickMode, kExtendedMode, kDriver}) {
        EXPECT_EQ(m_audit->settings[guid], (AuditSetting{true, true})) << guid;
    }
    EXPECT_EQ(labelText(QStringLiteral("auditStatusLabel")), texts.auditOn) << "re-checked after the fix";
    EXPECT_FALSE(visible(QStringLiteral("auditFixPushButton"))) << "nothing left to fix";
    ASSERT_TRUE(visible(QStringLiteral("auditUndoPushButton")));
    shoot(QStringLiteral("logs-recording-audit-on"));

    click(QStringLiteral("auditUndoPushButton"));
    ASSERT_TRUE(waitIdle());
    auto expected = m_priorAudit;
    expected[kExtendedMode] = AuditSetting{}; // read as "none" before: written back as "none"
    EXPECT_EQ(m_audit->settings, expected);
    EXPECT_EQ(labelText(QStringLiteral("auditStatusLabel")), texts.auditOff);
    EXPECT_FALSE(visible(QStringLiteral("auditUndoPushButton")));
    EXPECT_TRUE(visible(QStringLiteral("auditFixPushButton")));
}

TEST_P(RecordingPanelTest, TracingFixAndUndoRestoreAbsentAndPresentValues) {
    startLive(true);
    const auto texts = textsFor(lang());
    EXPECT_EQ(labelText(QStringLiteral("tracingStatusLabel")), texts.tracingOff);
    ASSERT_TRUE(visible(QStringLiteral("tracingFixPushButton")));

    click(QStringLiteral("tracingFixPushButton"));
    ASSERT_TRUE(waitIdle());
    for (auto component : rasTracingComponents()) {
        EXPECT_EQ(tracing(component), RegistryValue::dword(1)) << component;
    }
    EXPECT_EQ(labelText(QStringLiteral("tracingStatusLabel")), texts.tracingOnAll);
    ASSERT_TRUE(visible(QStringLiteral("tracingUndoPushButton")));
    shoot(QStringLiteral("logs-recording-tracing-on"));

    click(QStringLiteral("tracingUndoPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_memoryRegistry->values, m_priorRegistry) << "RASMAN back to 0, the others absent again";
    EXPECT_EQ(labelText(QStringLiteral("tracingStatusLabel")), texts.tracingOff);
    EXPECT_FALSE(visible(QStringLiteral("tracingUndoPushButton")));
}

TEST_P(RecordingPanelTest, DeclinedConfirmationChangesNothing) {
    startLive(true);
    m_confirmAnswer = false;
    click(QStringLiteral("auditFixPushButton"));
    click(QStringLiteral("tracingFixPushButton"));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(m_audit->settings, m_priorAudit);
    EXPECT_EQ(m_memoryRegistry->values, m_priorRegistry);
    EXPECT_FALSE(visible(QStringLiteral("auditUndoPushButton")));
}

TEST_P(RecordingPanelTest, WithoutAdministratorRightsTheFixGoesToTheElevatedHelper) {
    startLive(false);
    auto* fix = button(QStringLiteral("auditFixPushButton"));
    ASSERT_NE(fix, nullptr);
    EXPECT_FALSE(fix->icon().isNull()) << "the UAC shield says Windows will ask";
    elevation().helper = [](const std::vector<std::string>&) -> Expected<int> {
        return 3;
    };
    click(QStringLiteral("auditFixPushButton"));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(elevation().calls.size(), 1u);
    const auto& args = elevation().calls.front();
    ASSERT_GE(args.size(), 2u);
    EXPECT_EQ(args[0], "fix");
    EXPECT_EQ(args[1], std::string(fix::kAuditIpsecEnable));
    EXPECT_EQ(m_audit->settings, m_priorAudit) << "the GUI process itself changes nothing";
}

INSTANTIATE_TEST_SUITE_P(Languages, RecordingPanelTest, ::testing::Values("en", "fr"),
                         [](const auto& p) { return std::string(p.param); });

} // namespace
} // namespace ipsecdoctor::testing
