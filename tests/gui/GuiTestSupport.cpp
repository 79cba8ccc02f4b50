#include "GuiTestSupport.h"

#include "pages/PageId.h"

#include "AppPaths.h"

#include "ipsecdoctor/bundle/bundle.h"
#include "ipsecdoctor/checks/run_checks.h"
#include "ipsecdoctor/remediation/remediator.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QTest>
#include <QThreadPool>

#include <filesystem>

#include <unistd.h>

namespace ipsecdoctor::testing {

Expected<int> FakeElevation::runElevated(const std::string& program,
                                         const std::vector<std::string>& arguments) {
    lastProgram = program;
    calls.push_back(arguments);
    if (!helper) {
        return Error::make(ErrorCode::Cancelled, "the user declined the UAC prompt");
    }
    return helper(arguments);
}

void GatedServiceControl::close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
}

void GatedServiceControl::open() {
    std::lock_guard lock(m_mutex);
    m_closed = false;
    m_changed.notify_all();
}

bool GatedServiceControl::waitForBlockedQuery() {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::seconds(10), [this] { return m_waiting; });
}

Expected<ServiceInfo> GatedServiceControl::query(std::string_view name) {
    {
        std::unique_lock lock(m_mutex);
        if (m_closed) {
            m_waiting = true;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return !m_closed; });
            m_waiting = false;
        }
    }
    return BorrowedServiceControl::query(name);
}

namespace {

/// What ipsecdoctor-cli does for `fix <id> --json --journal <file> --result <file>` and
/// `undo <journal id> ...` (the result file is the contract test's business).
Expected<int> simulatedCli(SimulatedScm& scm, const std::vector<std::string>& args) {
    if (args.size() != 7 || args[2] != "--json" || args[3] != "--journal" || args[5] != "--result") {
        return 2;
    }
    Journal journal(app::AppPaths::toPath(QString::fromStdString(args[4])));
    Remediator remediator(scm, journal);
    if (args[0] == "fix") {
        return remediator.apply(args[1]) ? 0 : 3;
    }
    if (args[0] == "undo") {
        return remediator.undo(args[1]) ? 0 : 3;
    }
    return 2;
}

} // namespace

void WizardTest::SetUp() {
    m_dir = std::make_unique<TempDir>();
    qputenv("IPSECDOCTOR_DATA_DIR", QString::fromStdString(m_dir->path().string()).toUtf8());
    m_ownedScm = std::make_unique<SimulatedScm>();
    for (auto& service : windows10Services()) {
        m_ownedScm->add(service);
    }
    // The services they depend on, running as on any Windows PC, so that the SCM can start them.
    for (const char* name : {"RpcSs", "nsi", "Tcpip"}) {
        ServiceInfo base;
        base.name = name;
        base.displayName = name;
        base.state = ServiceState::Running;
        base.startType = StartType::Automatic;
        m_ownedScm->add(base);
    }
    m_scm = m_ownedScm.get();
    m_language = std::make_unique<app::Language>();
    m_language->apply(QStringLiteral("en"));
    m_log = std::make_unique<gui::LogForwarder>();
    m_prompts.openFile = [this](QWidget*, const QString&, const QString&) {
        return m_openFileAnswer;
    };
    m_prompts.saveFile = [this](QWidget*, const QString&, const QString& suggested, const QString&) {
        m_saveFileSuggested = suggested;
        return m_saveFileAnswer;
    };
    m_prompts.confirm = [this](QWidget*, const QString&, const QString& text) {
        m_confirmText = text;
        return m_confirmAnswer;
    };
}

void WizardTest::TearDown() {
    if (m_gate) {
        m_gate->open();
    }
    m_wizard.reset();
    m_session.reset();
    // Background tasks share the platform, which refers to the SCM: let them end first.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_log.reset();
    m_language.reset();
    m_ownedScm.reset();
    m_dir.reset();
}

void WizardTest::start(bool live, bool elevated) {
    gui::SessionOptions options;
    options.journalFile = app::AppPaths::journalFile();
    options.cliPath = QStringLiteral("/opt/ipsecdoctor/ipsecdoctor-cli");
    options.logFile = app::AppPaths::logFile(QStringLiteral("gui"));
    options.phonebooks = m_phonebooks;
    if (live) {
        LivePlatform platform;
        auto gated = std::make_unique<GatedServiceControl>(*m_scm);
        m_gate = gated.get();
        platform.services = std::move(gated);
        auto fakeElevation = std::make_unique<FakeElevation>(elevated);
        fakeElevation->helper = [scm = m_scm](const std::vector<std::string>& args) {
            return simulatedCli(*scm, args);
        };
        m_elevation = fakeElevation.get();
        platform.elevation = std::move(fakeElevation);
        platform.machine = std::make_unique<FakeMachine>();
        if (m_certificates) {
            platform.certificates = m_certificates();
        }
        if (m_eventLog) {
            platform.eventLog = m_eventLog();
        }
        if (m_auditPolicy) {
            platform.auditPolicy = m_auditPolicy();
        }
        if (m_registry) {
            platform.registry = m_registry();
        }
        m_session = std::make_unique<gui::Session>(std::move(platform), options);
    } else {
        m_session = std::make_unique<gui::Session>(
            Error::make(ErrorCode::NotSupported, "live checks need Windows"), options);
    }
    m_wizard = std::make_unique<gui::DoctorWizard>(*m_session, *m_language, *m_log, m_prompts);
    m_wizard->show();
    QCoreApplication::processEvents();
}

QString WizardTest::dataDir() const {
    return QString::fromStdString(m_dir->path().string());
}

QString WizardTest::journalFile() const {
    return app::AppPaths::journalFile();
}

bool WizardTest::waitIdle(int timeoutMs) {
    const bool idle = QTest::qWaitFor([this] { return !m_session->busy(); }, timeoutMs);
    QCoreApplication::processEvents();
    return idle;
}

void WizardTest::goNext() {
    // A page may still be loading on its own (the Proposals page reads the phonebooks
    // asynchronously): Next is enabled when it is done. On a loaded machine that takes a while.
    QAbstractButton* next = button(QStringLiteral("nextPushButton"));
    if (next) {
        static_cast<void>(
            QTest::qWaitFor([next] { return next->isEnabled(); }, 10000)); // click() says if not
    }
    click(QStringLiteral("nextPushButton"));
    EXPECT_TRUE(waitIdle());
}

void WizardTest::goToSummary() {
    for (int i = 0; i < 10 && wizard().currentId() != gui::SummaryPageId; ++i) {
        goNext();
    }
    EXPECT_EQ(wizard().currentId(), gui::SummaryPageId);
}

QString WizardTest::labelText(const QString& objectName) {
    auto* label = find<QLabel>(objectName);
    return label ? label->text() : QString();
}

void WizardTest::click(const QString& objectName) {
    QAbstractButton* target = button(objectName);
    ASSERT_NE(target, nullptr);
    ASSERT_TRUE(target->isEnabled()) << objectName.toStdString() << " is disabled";
    ASSERT_TRUE(target->isVisible()) << objectName.toStdString() << " is hidden";
    QTest::mouseClick(target, Qt::LeftButton);
    QCoreApplication::processEvents();
}

void disablePolicyAgent(SimulatedScm& scm) {
    scm.at("PolicyAgent").startType = StartType::Disabled;
    scm.at("PolicyAgent").state = ServiceState::Stopped;
}

QString sampleBundle(const std::filesystem::path& folder) {
    const QString sample = QStringLiteral(IPSECDOCTOR_SAMPLES_DIR "/policyagent-disabled.zip");
    if (QFileInfo::exists(sample)) {
        return sample;
    }
    SystemSnapshot snapshot = windows10Snapshot();
    for (auto& service : snapshot.services) {
        if (service.name == "PolicyAgent") {
            service.startType = StartType::Disabled;
        }
    }
    const auto path = folder / "policyagent-disabled.zip";
    auto written = exportBundle(path, snapshot, runChecks(snapshot), "2026-11-20T09:12:00Z [info] sample\n");
    EXPECT_TRUE(written.hasValue());
    return QString::fromStdString(path.string());
}

QStringList cliRanking(const QString& bundle, const QString& dataDir) {
    QStringList args{QStringLiteral("diagnose"), QStringLiteral("--bundle"), bundle,
                     QStringLiteral("--json")};
    QString program = QString::fromUtf8(IPSECDOCTOR_CLI_PATH);
    if (geteuid() == 0) {
        for (const auto& p : {std::filesystem::path(bundle.toStdString()).parent_path(),
                              std::filesystem::path(dataDir.toStdString())}) {
            std::filesystem::permissions(p, std::filesystem::perms::all, std::filesystem::perm_options::add);
        }
        std::filesystem::permissions(bundle.toStdString(), std::filesystem::perms::others_read,
                                     std::filesystem::perm_options::add);
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--"), program} +
               args;
        program = QStringLiteral("setpriv");
    }
    QProcess cli;
    cli.start(program, args);
    EXPECT_TRUE(cli.waitForFinished(60000));
    const auto doc = QJsonDocument::fromJson(cli.readAllStandardOutput());
    QStringList ids;
    for (const auto& c : doc.object().value(QStringLiteral("causes")).toArray()) {
        ids << c.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

QString saveScreenshot(QWidget& widget, const QString& name) {
    const QString folder = QStringLiteral(IPSECDOCTOR_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
    return path;
}

} // namespace ipsecdoctor::testing
