// DiagnosePage offscreen: a diagnosis report with findings shown as cards and their action buttons
// (Flex and Console navigate, Resume queues the lifecycle operation, SSH access opens its dialog and
// writes the metadata), the raw output of a step, copy and save; and the Diagnose button on a paused
// server of the demo fleet (libvirt's test driver) giving the "paused" finding. No network is used.

#include "common/MessageBar.h"
#include "core/Config.h"
#include "diagnostics/DiagnosePage.h"
#include "diagnostics/Diagnoser.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/FindingCard.h"
#include "diagnostics/FindingRules.h"
#include "diagnostics/SshAccessDialog.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace virtdeck;

class TestDiagnosePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportShowsFindingsWithActions();
    void flexAndConsoleActionsNavigate();
    void rawOutputCopyAndSave();
    void sshAccessActionWritesMetadata();
    void diagnoseButtonOnPausedServerAndResume();

private:
    DomainSnapshot server(const QString &name) const;
    DiagnosisReport sampleReport(const DomainSnapshot &s) const;
    QPushButton *actionOf(const QString &findingId) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Config> m_config;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_servers = nullptr;
    OperationQueue *m_queue = nullptr;
    DiagnosticsService *m_diag = nullptr;
    DiagnosePage *m_page = nullptr;
    QString m_uri;
};

DomainSnapshot TestDiagnosePage::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    return {};
}

QPushButton *TestDiagnosePage::actionOf(const QString &findingId) const
{
    auto *card = m_page->findChild<FindingCard *>(QStringLiteral("finding:") + findingId);
    return card ? card->findChild<QPushButton *>(QStringLiteral("findingAction")) : nullptr;
}

DiagnosisReport TestDiagnosePage::sampleReport(const DomainSnapshot &s) const
{
    using namespace SystemParsers;
    Diagnoser::Input in;
    in.server = s.ref();
    in.state = DomainState::Running;
    in.vcpus = 2;
    DiagnosisReport r = Diagnoser::plan(in);
    const char *df = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n"
                     "/dev/sda2         61174704 58041028         0     100% /\n";
    const int disk = r.stepIndex(QStringLiteral("disk"));
    r.steps[disk].status = DiagnosisStep::Status::Done;
    r.steps[disk].summary = QStringLiteral("1 filesystem(s); the fullest: / at 100 %");
    r.steps[disk].hasOutput = true;
    r.steps[disk].output.out = df;
    r.steps[disk].output.outBytes = qstrlen(df);
    r.steps[disk].output.exitStatus = 0;
    const FindingThresholds t;
    r.findings += FindingRules::forDisks(parseDf(QString::fromLatin1(df)).value(), t);
    r.findings += FindingRules::forMemory(
        std::nullopt, parseDmesg(QStringLiteral("[1.0] Out of memory: Killed process 7 (java) x\n")),
        std::nullopt, t);
    TcpProbeResult refused;
    refused.outcome = TcpProbeResult::Outcome::Refused;
    refused.port = 22;
    refused.address = QStringLiteral("192.0.2.7");
    r.findings += FindingRules::forProbe(refused, s.name);
    r.findings += FindingRules::forSshFailure(SshSession::Failure::AuthDenied,
                                              Error(QStringLiteral("denied")), s.name, 5000);
    FindingRules::sort(r.findings);
    r.finished = true;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    return r;
}

void TestDiagnosePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_config = std::make_unique<Config>(m_tmp.filePath(QStringLiteral("virtdeck.ini")));
    m_manager = new ConnectionManager;
    m_servers = new ServerListModel;
    m_servers->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    const Services services{m_config.get(), m_manager, m_queue, m_servers};
    m_diag = new DiagnosticsService(services);
    m_diag->registerKinds(*m_queue);
    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_servers->serversOf(m_uri).size()), 30, 20000);
    m_page = new DiagnosePage(services, m_diag);
    m_page->resize(1000, 800);
    m_page->show();
    QCOMPARE(m_page->pageId(), QStringLiteral("diagnose"));
    QCOMPARE(m_page->pageTitle(), QStringLiteral("Diagnose"));
}

void TestDiagnosePage::cleanupTestCase()
{
    delete m_page;
    delete m_diag;
    delete m_queue;
    delete m_servers;
    delete m_manager;
}

void TestDiagnosePage::reportShowsFindingsWithActions()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-03"));
    m_page->setServer(s);
    m_page->showReport(sampleReport(s));
    const QList<FindingCard *> cards = m_page->findChildren<FindingCard *>();
    QCOMPARE(cards.size(), 4);
    for (const char *id : {"disk.full", "memory.oom", "ssh.refused", "ssh.auth"})
        QVERIFY2(m_page->findChild<FindingCard *>(QStringLiteral("finding:") + QLatin1String(id)), id);
    // "clean up or enlarge the disk" has nothing virtdeck can do: no button.
    QVERIFY(!actionOf(QStringLiteral("disk.full")));
    auto *advice = m_page->findChild<FindingCard *>(QStringLiteral("finding:disk.full"))
                       ->findChild<QLabel *>(QStringLiteral("findingAdvice"));
    QVERIFY(advice->text().contains(QLatin1String("enlarge the disk")));
    QCOMPARE(actionOf(QStringLiteral("memory.oom"))->text(), QStringLiteral("Open Flex"));
    QCOMPARE(actionOf(QStringLiteral("ssh.refused"))->text(), QStringLiteral("Open console"));
    QCOMPARE(actionOf(QStringLiteral("ssh.auth"))->text(), QStringLiteral("Edit SSH access…"));
    QVERIFY(m_page->findChild<FindingCard *>(QStringLiteral("finding:ssh.refused"))
                ->findChild<QLabel *>(QStringLiteral("findingAdvice"))
                ->text()
                .contains(QLatin1String("SysRq")));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("copyReportButton"))->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))
                ->text()
                .contains(QLatin1String("problem")));
}

void TestDiagnosePage::flexAndConsoleActionsNavigate()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-03"));
    m_page->setServer(s);
    m_page->showReport(sampleReport(s));
    QSignalSpy navigate(m_page, &ServerPage::navigateRequested);
    QTest::mouseClick(actionOf(QStringLiteral("memory.oom")), Qt::LeftButton);
    QTest::mouseClick(actionOf(QStringLiteral("ssh.refused")), Qt::LeftButton);
    QCOMPARE(navigate.size(), 2);
    QCOMPARE(navigate.at(0).at(0).value<ServerRef>(), s.ref());
    QCOMPARE(navigate.at(0).at(1).toString(), QStringLiteral("flex"));
    QCOMPARE(navigate.at(1).at(1).toString(), QStringLiteral("console"));
}

void TestDiagnosePage::rawOutputCopyAndSave()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-03"));
    m_page->setServer(s);
    m_page->showReport(sampleReport(s));
    auto *steps = m_page->findChild<QTreeWidget *>(QStringLiteral("steps"));
    QCOMPARE(steps->topLevelItemCount(), 9);
    QTreeWidgetItem *disk = nullptr;
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        if (steps->topLevelItem(i)->text(0) == QLatin1String("Disk space"))
            disk = steps->topLevelItem(i);
    }
    QVERIFY(disk);
    steps->setCurrentItem(disk);
    const QString raw = m_page->findChild<QPlainTextEdit *>(QStringLiteral("rawOutput"))->toPlainText();
    QVERIFY(raw.contains(QLatin1String("$ LC_ALL=C df -P -k")));
    QVERIFY(raw.contains(QLatin1String("/dev/sda2         61174704")));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("copyReportButton")), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("[Critical] / is 100 % full")));
    const QString path = m_tmp.filePath(QStringLiteral("report.txt"));
    QVERIFY(m_page->saveReport(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("What to do: Clean up"));
    QVERIFY(!m_page->saveReport(m_tmp.filePath(QStringLiteral("missing-dir/report.txt"))).ok());
}

void TestDiagnosePage::sshAccessActionWritesMetadata()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-03"));
    m_page->setServer(s);
    m_page->showReport(sampleReport(s));
    QTest::mouseClick(actionOf(QStringLiteral("ssh.auth")), Qt::LeftButton);
    SshAccessDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<SshAccessDialog *>()) != nullptr, 5000);
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(QStringLiteral("bad host"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused: it says why and stays open
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->isHidden());
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))
        ->setText(QStringLiteral("www-en-03.example.org"));
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(2200);
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("ops"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    const SshAccess expected{QStringLiteral("www-en-03.example.org"), 2200, QStringLiteral("ops")};
    QTRY_COMPARE_WITH_TIMEOUT(server(QStringLiteral("www-en-03")).metadata.ssh, expected, 10000);
    m_page->setServer(server(QStringLiteral("www-en-03")));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("endpointLabel"))
                                 ->text()
                                 .contains(QLatin1String("ops@www-en-03.example.org:2200")),
                             5000);
}

void TestDiagnosePage::diagnoseButtonOnPausedServerAndResume()
{
    m_page->setServer(server(QStringLiteral("www-fr-09")));
    QVERIFY(m_page->findChildren<FindingCard *>().isEmpty()); // another server: its own (empty) report
    auto *diagnose = m_page->findChild<QPushButton *>(QStringLiteral("diagnoseButton"));
    QVERIFY(diagnose->isEnabled());
    QTest::mouseClick(diagnose, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(actionOf(QStringLiteral("state.paused")) != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRunning(), 10000);
    QPushButton *resume = actionOf(QStringLiteral("state.paused"));
    QCOMPARE(resume->text(), QStringLiteral("Resume server"));
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(server(QStringLiteral("www-fr-09")).state, DomainState::Running, 10000);
    QVERIFY(m_page->findChild<MessageBar *>()->text().contains(QLatin1String("Resume")));
}

QTEST_MAIN(TestDiagnosePage)
#include "tst_diagnosepage.moc"
