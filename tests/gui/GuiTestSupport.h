#pragma once
// Helpers for the GUI tests: a simulated live platform (SimulatedScm + fake elevation + fake
// machine), a fixture that builds a fresh wizard per test, and object-name lookups that fail the
// test when a widget is missing.

#include "simulated_platform.h"
#include "simulated_scm.h"
#include "temp_dir.h"
#include "windows10_services.h"

#include "DoctorWizard.h"
#include "Language.h"
#include "LogForwarder.h"
#include "Session.h"
#include "UiPrompts.h"

#include "ipsecdoctor/platform/live_platform.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QLabel>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace ipsecdoctor::testing {

/// Elevation as the tests want it; runElevated calls `helper` (default: refuse) and records calls.
class FakeElevation final : public Elevation {
public:
    explicit FakeElevation(bool elevated) : m_elevated(elevated) {}
    bool isElevated() const override { return m_elevated; }
    Expected<int> runElevated(const std::string& program, const std::vector<std::string>& arguments) override;

    std::function<Expected<int>(const std::vector<std::string>&)> helper;
    std::string lastProgram;
    std::vector<std::vector<std::string>> calls;

private:
    bool m_elevated;
};

class FakeMachine final : public MachineInfoSource {
public:
    MachineInfo machineInfo() override {
        return MachineInfo{"PC-COMPTA-07", "Windows 10 Pro", "10.0", "19045", false, ""};
    }
};

/// Passes every call to a SimulatedScm; query() waits while the gate is closed (to test Cancel).
class GatedServiceControl final : public BorrowedServiceControl {
public:
    explicit GatedServiceControl(SimulatedScm& inner) : BorrowedServiceControl(inner) {}
    void close();
    void open();
    /// Blocks until a query is waiting at the closed gate.
    bool waitForBlockedQuery();

    Expected<ServiceInfo> query(std::string_view name) override;

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closed = false;
    bool m_waiting = false;
};

/// A fresh data folder (journal, log), a simulated Windows 10 SCM, a session and a wizard.
class WizardTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Builds the session and the wizard; call after adjusting scm(). `live` false: as on Linux.
    void start(bool live = true, bool elevated = true);
    SimulatedScm& scm() { return *m_scm; }
    GatedServiceControl& gate() { return *m_gate; }
    FakeElevation& elevation() { return *m_elevation; }
    gui::Session& session() { return *m_session; }
    gui::DoctorWizard& wizard() { return *m_wizard; }
    app::Language& language() { return *m_language; }
    gui::LogForwarder& logForwarder() { return *m_log; }
    gui::UiPrompts& prompts() { return m_prompts; }
    QString dataDir() const;
    QString journalFile() const;

    /// Next and wait until the page is idle.
    void goNext();
    /// Next until the Summary page (the steps in between depend on which pages exist).
    void goToSummary();
    bool waitIdle(int timeoutMs = 10000);

    template <class T>
    T* find(const QString& objectName) {
        T* widget = m_wizard->findChild<T*>(objectName);
        EXPECT_NE(widget, nullptr) << "no widget named " << objectName.toStdString();
        return widget;
    }
    QAbstractButton* button(const QString& objectName) { return find<QAbstractButton>(objectName); }
    QString labelText(const QString& objectName);
    void click(const QString& objectName);

    /// Set before start(): the live platform's certificate store (none by default).
    std::function<std::unique_ptr<CertificateStore>()> m_certificates;
    /// Set before start(): the live platform's event log, audit policy and registry (none by
    /// default, as off Windows; with them the Logs page shows what Windows records).
    std::function<std::unique_ptr<EventLog>()> m_eventLog;
    std::function<std::unique_ptr<AuditPolicy>()> m_auditPolicy;
    std::function<std::unique_ptr<Registry>()> m_registry;
    /// Set before start(): the phonebooks live checks read (none by default).
    std::function<std::vector<PhonebookLocation>()> m_phonebooks;
    QString m_openFileAnswer;
    QString m_saveFileAnswer;
    QString m_saveFileSuggested; // the file name the page proposed
    bool m_confirmAnswer = true;
    QString m_confirmText; // what the last confirmation asked

private:
    std::unique_ptr<TempDir> m_dir;
    SimulatedScm* m_scm = nullptr;
    std::unique_ptr<SimulatedScm> m_ownedScm;
    GatedServiceControl* m_gate = nullptr;
    FakeElevation* m_elevation = nullptr;
    std::unique_ptr<FakeElevation> m_ownedElevation;
    std::unique_ptr<app::Language> m_language;
    std::unique_ptr<gui::LogForwarder> m_log;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::DoctorWizard> m_wizard;
    gui::UiPrompts m_prompts;
};

/// A Windows 10 SCM bent into "PolicyAgent is disabled".
void disablePolicyAgent(SimulatedScm& scm);

/// The sample bundle if it exists, else one built here (PolicyAgent disabled) under `folder`.
QString sampleBundle(const std::filesystem::path& folder);

/// Saves a PNG of `widget` under the build tree's screenshots/ folder; returns its path.
QString saveScreenshot(QWidget& widget, const QString& name);

/// The cause ids the real CLI's diagnose ranks for the bundle (as a support technician runs it:
/// as root the CLI does fix and undo only, so a root test run hands it to nobody).
QStringList cliRanking(const QString& bundle, const QString& dataDir);

} // namespace ipsecdoctor::testing
