// The diagnosis and the command on many servers end to end: servers of the demo fleet on libvirt's test
// driver get an SSH access pointing at a real sshd on 127.0.0.1 (set through the operation that writes
// their metadata); then the "diagnostics.diagnose" operation checks state, reachability and the
// checklist over SSH, asks about an unknown host key through the service's prompt broker, reports a
// refused SSH port of a running server, can be cancelled; and "diagnostics.runCommand" runs on three
// servers (three sshd ports) with one failing, then retries the failed one; Retry in the operations
// dock (OperationQueue::retry), also after a restart from the log, runs only the server that failed.

#include "SshBed.h"

#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/CommandBatch.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/SshPromptBroker.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;
using virtdeck::sshbed::SshBed;

class TestDiagnose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void diagnoseEndToEnd();
    void unknownHostKeyIsAskedThroughTheService();
    void refusedSshOnRunningServer();
    void cancelWhileSshHangs();
    void commandOnThreeServersOneFailing();
    void queueRetryRunsOnlyTheFailedServer();

private:
    DomainSnapshot server(const QString &name) const;
    bool waitFinished(const QString &id, int ms = 120000);
    void setAccess(const QString &name, int port);
    SshOptions options(const QString &knownHosts) const;

    SshBed m_bed;
    QTemporaryDir m_tmp;
    std::unique_ptr<Config> m_config;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_servers = nullptr;
    OperationQueue *m_queue = nullptr;
    DiagnosticsService *m_diag = nullptr;
    QString m_uri;
};

DomainSnapshot TestDiagnose::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    return {};
}

bool TestDiagnose::waitFinished(const QString &id, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (auto op = m_queue->find(id); op && op->isFinished())
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestDiagnose::setAccess(const QString &name, int port)
{
    const SshAccess access{QStringLiteral("127.0.0.1"), port, m_bed.keyUser()};
    const Result<QString> id = m_diag->setSshAccess(server(name), access);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    QVERIFY(waitFinished(id.value(), 20000));
    QCOMPARE(m_queue->find(id.value())->state, OperationState::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(server(name).metadata.ssh, access, 10000);
}

SshOptions TestDiagnose::options(const QString &knownHosts) const
{
    SshOptions o;
    o.sshDir = m_tmp.filePath(QStringLiteral("dot-ssh"));
    o.configFile = m_tmp.filePath(QStringLiteral("ssh_config"));
    o.knownHostsFile = knownHosts;
    o.globalKnownHostsFile = m_tmp.filePath(QStringLiteral("global_known_hosts"));
    o.useAgent = false;
    o.identityFiles = {m_bed.clientKey()};
    o.connectTimeoutMs = 3000;
    return o;
}

void TestDiagnose::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_SSHBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(3, &error), qPrintable(error));
    const QString knownHosts = m_tmp.filePath(QStringLiteral("known_hosts"));
    QVERIFY(m_bed.writeKnownHosts(knownHosts, m_bed.ports()));

    m_config = std::make_unique<Config>(m_tmp.filePath(QStringLiteral("virtdeck.ini")));
    m_manager = new ConnectionManager;
    m_servers = new ServerListModel;
    m_servers->attach(m_manager);
    m_queue = new OperationQueue(m_manager, new OperationLog(m_tmp.filePath(QStringLiteral("ops.jsonl"))));
    m_diag = new DiagnosticsService(Services{m_config.get(), m_manager, m_queue, m_servers});
    m_diag->registerKinds(*m_queue);
    m_diag->setSshOptions(options(knownHosts));

    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_servers->serversOf(m_uri).size()), 30, 20000);
}

void TestDiagnose::cleanupTestCase()
{
    delete m_diag;
    delete m_queue;
    delete m_servers;
    delete m_manager;
    m_bed.stop();
}

void TestDiagnose::diagnoseEndToEnd()
{
    setAccess(QStringLiteral("www-en-01"), m_bed.port(0));
    const ServerRef ref = server(QStringLiteral("www-en-01")).ref();
    QCOMPARE(m_diag->addressBook()->displayText(ref), QStringLiteral("127.0.0.1:%1").arg(m_bed.port(0)));
    QSignalSpy progress(m_diag, &DiagnosticsService::diagnosisProgress);
    const Result<QString> id = m_diag->diagnose(ref);
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    const Operation op = *m_queue->find(id.value());
    QCOMPARE(op.state, OperationState::Succeeded);
    QVERIFY(!op.result.isEmpty());
    QVERIFY(!op.log.isEmpty());

    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QVERIFY(report->finished);
    QCOMPARE(report->state, DomainState::Running);
    QCOMPARE(report->vcpus, 4);
    QCOMPARE(report->endpoint, QStringLiteral("vdtest-key@127.0.0.1:%1").arg(m_bed.port(0)));
    for (const char *step :
         {"hypervisor", "reachability", "login", "uptime", "memory", "disk", "processes", "kernel"}) {
        const DiagnosisStep *s = report->step(QLatin1String(step));
        QVERIFY(s);
        QVERIFY2(s->status == DiagnosisStep::Status::Done,
                 qPrintable(QStringLiteral("%1: %2 %3")
                                .arg(QLatin1String(step), DiagnosisStep::statusName(s->status),
                                     s->summary + s->error)));
    }
    QVERIFY(report->step(QStringLiteral("login"))->summary.contains(m_bed.hostFingerprint()));
    QVERIFY(report->step(QStringLiteral("uptime"))->summary.startsWith(QLatin1String("load ")));
    QVERIFY(report->step(QStringLiteral("memory"))->summary.contains(QLatin1String("available of")));
    QVERIFY(report->step(QStringLiteral("processes"))->output.out.contains("PID"));
    QVERIFY(!report->findings.isEmpty());
    // A non-root user may not read the kernel log where dmesg_restrict is on; the report says so.
    QFile restrict(QStringLiteral("/proc/sys/kernel/dmesg_restrict"));
    if (restrict.open(QIODevice::ReadOnly) &&restrict.readAll().trimmed() == "1") {
        QVERIFY(std::any_of(report->findings.begin(), report->findings.end(),
                            [](const Finding &f) { return f.id == QLatin1String("kernel.denied"); }));
    }
    QVERIFY(progress.size() >= report->steps.size());
    const QString text = report->toText();
    if (qEnvironmentVariableIsSet("VIRTDECK_PRINT_REPORT")) // to look at a real report by eye
        qInfo().noquote() << text;
    QVERIFY(text.contains(QLatin1String("$ LC_ALL=C uptime")));
    QVERIFY(text.contains(QLatin1String("Mem:")));
}

void TestDiagnose::unknownHostKeyIsAskedThroughTheService()
{
    setAccess(QStringLiteral("www-en-02"), m_bed.port(1));
    const SshOptions saved = m_diag->sshOptions();
    m_diag->setSshOptions(options(m_tmp.filePath(QStringLiteral("empty/known_hosts"))));
    QList<SshPrompt> prompts;
    SshPromptBroker *broker = m_diag->promptBroker();
    auto c = connect(broker, &SshPromptBroker::promptRequested, this, [&](quint64 id, const SshPrompt &p) {
        prompts << p;
        SshPromptReply r;
        r.accepted = true;
        r.hostKey = SshPromptReply::HostKeyDecision::AcceptOnce;
        broker->answer(id, r);
    });
    const Result<QString> id = m_diag->diagnose(server(QStringLiteral("www-en-02")).ref());
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    disconnect(c);
    m_diag->setSshOptions(saved);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, SshPrompt::Kind::UnknownHostKey);
    QCOMPARE(prompts.first().serverName, QStringLiteral("www-en-02"));
    QCOMPARE(prompts.first().fingerprint, m_bed.hostFingerprint());
    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QCOMPARE(report->step(QStringLiteral("login"))->status, DiagnosisStep::Status::Done);
}

void TestDiagnose::refusedSshOnRunningServer()
{
    setAccess(QStringLiteral("www-en-03"), sshbed::freePort());
    const Result<QString> id = m_diag->diagnose(server(QStringLiteral("www-en-03")).ref());
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QCOMPARE(report->findings.first().id, QStringLiteral("ssh.refused"));
    QCOMPARE(report->findings.first().action, Finding::Action::OpenConsole);
    QVERIFY(report->findings.first().advice.contains(QLatin1String("SysRq")));
    QCOMPARE(report->step(QStringLiteral("reachability"))->status, DiagnosisStep::Status::Failed);
    QCOMPARE(report->step(QStringLiteral("login"))->status, DiagnosisStep::Status::Skipped);
}

void TestDiagnose::cancelWhileSshHangs()
{
    sshbed::SilentListener silent;
    QVERIFY(silent.listen());
    setAccess(QStringLiteral("www-en-04"), silent.port());
    SshOptions slow = m_diag->sshOptions();
    slow.connectTimeoutMs = 4000;
    const SshOptions saved = m_diag->sshOptions();
    m_diag->setSshOptions(slow);
    QSignalSpy progress(m_diag, &DiagnosticsService::diagnosisProgress);
    const Result<QString> id = m_diag->diagnose(server(QStringLiteral("www-en-04")).ref());
    m_diag->setSshOptions(saved);
    QVERIFY(id.ok());
    // Wait until it logs in (the listener accepted TCP and never speaks), then cancel.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(),
                                         [](const QList<QVariant> &args) {
                                             const auto step = args.at(2).value<DiagnosisStep>();
                                             return step.id == QLatin1String("login") &&
                                                    step.status == DiagnosisStep::Status::Running;
                                         }),
                             20000);
    QVERIFY(m_queue->cancel(id.value()).ok());
    QVERIFY(waitFinished(id.value(), 20000));
    QCOMPARE(m_queue->find(id.value())->state, OperationState::Cancelled);
    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QVERIFY(report->cancelled);
    QCOMPARE(report->step(QStringLiteral("uptime"))->status, DiagnosisStep::Status::Skipped);
}

void TestDiagnose::commandOnThreeServersOneFailing()
{
    const QStringList names{QStringLiteral("www-fr-01"), QStringLiteral("www-fr-02"),
                            QStringLiteral("www-fr-03")};
    QList<ServerRef> refs;
    for (int i = 0; i < 3; ++i) {
        setAccess(names.at(i), m_bed.port(i));
        refs << server(names.at(i)).ref();
    }
    const QString command = QStringLiteral("p=$(echo \"$SSH_CONNECTION\" | cut -d' ' -f4); echo \"port $p\"; "
                                           "[ \"$p\" != %1 ]")
                                .arg(m_bed.port(2));
    CommandBatch *batch = nullptr;
    QString batchId;
    auto c =
        connect(m_diag, &DiagnosticsService::batchStarted, this, [&](const QString &opId, CommandBatch *b) {
            batchId = opId;
            batch = b;
        });
    const Result<QString> id = m_diag->runCommand(refs, command, 30, 8);
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    disconnect(c);
    QCOMPARE(batchId, id.value());
    QVERIFY(batch);
    const Operation op = *m_queue->find(id.value());
    QCOMPARE(op.kind, QStringLiteral("diagnostics.runCommand"));
    QCOMPARE(op.state, OperationState::Failed);
    QCOMPARE(op.errorMessage, QStringLiteral("2 of 3 server(s) succeeded; 1 failed"));
    QCOMPARE(op.log.size(), 3);
    QVERIFY(op.errorDetail.contains(QLatin1String("www-fr-03: failed, exit 1")));
    QCOMPARE(batch->items().at(0).state, BatchItem::State::Succeeded);
    QCOMPARE(batch->items().at(0).result.out, QStringLiteral("port %1\n").arg(m_bed.port(0)).toUtf8());
    QCOMPARE(batch->items().at(1).state, BatchItem::State::Succeeded);
    QCOMPARE(batch->items().at(2).state, BatchItem::State::Failed);

    const Result<QString> retry = m_diag->retryFailed(id.value());
    QVERIFY(retry.ok());
    QVERIFY(waitFinished(retry.value()));
    const Operation again = *m_queue->find(retry.value());
    QCOMPARE(again.targets.size(), 1);
    QCOMPARE(again.targets.first().uuid, refs.at(2).uuid);
    QCOMPARE(again.state, OperationState::Failed);
}

void TestDiagnose::queueRetryRunsOnlyTheFailedServer()
{
    const QStringList names{QStringLiteral("www-fr-04"), QStringLiteral("www-fr-05"),
                            QStringLiteral("www-fr-06")};
    QList<ServerRef> refs;
    for (int i = 0; i < 3; ++i) {
        setAccess(names.at(i), m_bed.port(i));
        refs << server(names.at(i)).ref();
    }
    const QString command =
        QStringLiteral("p=$(echo \"$SSH_CONNECTION\" | cut -d' ' -f4); [ \"$p\" != %1 ]").arg(m_bed.port(1));
    const Result<QString> id = m_diag->runCommand(refs, command, 30, 8);
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    QCOMPARE(m_queue->find(id.value())->state, OperationState::Failed);

    // Retry from the operations dock: only www-fr-05 runs again.
    const Result<QString> retry = m_queue->retry(id.value());
    QVERIFY(retry.ok());
    QCOMPARE(m_queue->find(retry.value())->targets, QList<ServerRef>{refs.at(1)});
    QVERIFY(waitFinished(retry.value()));
    QCOMPARE(m_queue->find(retry.value())->state, OperationState::Failed);

    // After a restart the per-server results come from the log.
    OperationQueue restarted(m_manager, new OperationLog(m_tmp.filePath(QStringLiteral("ops.jsonl"))));
    m_diag->registerKinds(restarted);
    QVERIFY(restarted.loadLog().isEmpty());
    QCOMPARE(restarted.find(id.value())->state, OperationState::Failed);
    const Result<QString> again = restarted.retry(id.value());
    QVERIFY(again.ok());
    QCOMPARE(restarted.find(again.value())->targets, QList<ServerRef>{refs.at(1)});
    QVERIFY(restarted.cancel(again.value()).ok()); // queued, not started: nothing runs
}

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
