// DiagnosticsService and AddressBook on libvirt's real test driver (the demo fleet): addresses from
// virDomainInterfaceAddresses (the driver's made-up IPv4s, never connected to), the SSH access override
// written to the metadata by an operation, lifecycle events, the diagnosis operation for servers that
// are not running or have no usable address (no network involved), input checks, the read-only
// refusal of commands, and the command table of a batch whose servers cannot be reached.

#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/CommandBatch.h"
#include "diagnostics/CommandResultsModel.h"
#include "diagnostics/DiagnosticsService.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestDiagService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addressesFromTheHypervisor();
    void shutOffServerHasNoAddress();
    void ensureFetchesOnce();
    void sshAccessOverride();
    void validation_data();
    void validation();
    void invalidAccessIsRefusedBeforeAnything();
    void commandValidation();
    void diagnosePausedServer();
    void diagnoseDemoAddressIsNeverUsed();
    void stoppedEventClearsAddresses();
    void readOnlyRefusesCommandsButNotDiagnosis();
    void commandOnUnreachableServers();

private:
    DomainSnapshot server(const QString &name, const QString &uri = {}) const;
    bool waitFinished(const QString &id, int ms = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Config> m_config;
    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_servers = nullptr;
    OperationQueue *m_queue = nullptr;
    DiagnosticsService *m_diag = nullptr;
    QString m_uri;
};

DomainSnapshot TestDiagService::server(const QString &name, const QString &uri) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(uri.isEmpty() ? m_uri : uri, name))
        return *s;
    return {};
}

bool TestDiagService::waitFinished(const QString &id, int ms)
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

void TestDiagService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = std::make_unique<Config>(m_dir->filePath(QStringLiteral("virtdeck.ini")));
    m_manager = new ConnectionManager;
    m_servers = new ServerListModel;
    m_servers->attach(m_manager);
    m_queue = new OperationQueue(m_manager, nullptr);
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_diag = new DiagnosticsService(Services{m_config.get(), m_manager, m_queue, m_servers});
    m_diag->registerKinds(*m_queue);
    QVERIFY(m_queue->hasKind(QStringLiteral("diagnostics.diagnose")));

    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().toString()));
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_servers->serversOf(m_uri).size()), 30, 20000);
}

void TestDiagService::cleanupTestCase()
{
    delete m_diag;
    delete m_queue;
    delete m_servers;
    delete m_manager;
}

void TestDiagService::addressesFromTheHypervisor()
{
    const ServerRef ref = server(QStringLiteral("www-en-01")).ref();
    QVERIFY(ref.isValid());
    AddressBook *book = m_diag->addressBook();
    bool done = false;
    book->fetch({ref}, this, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    const QList<ServerAddress> a = book->addresses(ref);
    QCOMPARE(a.size(), 1); // one NIC; the three sources report the same address and are merged
    QCOMPARE(a.first().address, QStringLiteral("10.10.1.1"));
    QCOMPARE(a.first().prefix, 16);
    QCOMPARE(a.first().source, ServerAddress::Source::Lease);
    QVERIFY(!a.first().ipv6);
    QVERIFY(book->hasFakeAddresses(ref));
    QCOMPARE(book->displayText(ref), QStringLiteral("10.10.1.1"));
    QVERIFY(!book->sshTarget(ref).isValid()); // made up by the test driver: never a target
    QVERIFY(book->toolTip(ref).contains(QLatin1String("test driver")));
}

void TestDiagService::shutOffServerHasNoAddress()
{
    const ServerRef ref = server(QStringLiteral("www-en-10")).ref();
    bool done = false;
    m_diag->addressBook()->fetch({ref}, this, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(m_diag->addressBook()->addresses(ref).isEmpty());
    QVERIFY(m_diag->addressBook()->entry(ref).error.isEmpty());
    QVERIFY(m_diag->addressBook()->entry(ref).fetchedAt.isValid());
}

void TestDiagService::ensureFetchesOnce()
{
    const ServerRef ref = server(QStringLiteral("www-en-05")).ref();
    AddressBook *book = m_diag->addressBook();
    QSignalSpy changed(book, &AddressBook::addressesChanged);
    book->ensure(ref);
    book->ensure(ref); // pending: no second job
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    book->ensure(ref); // fetched: nothing
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1);
    QVERIFY2(book->displayText(ref).startsWith(QLatin1String("10.10.")), qPrintable(book->displayText(ref)));
}

void TestDiagService::sshAccessOverride()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-02"));
    AddressBook *book = m_diag->addressBook();
    QSignalSpy changed(book, &AddressBook::addressesChanged);
    const SshAccess access{QStringLiteral("web-02.example.org"), 2222, QStringLiteral("admin")};
    Result<QString> id = m_diag->setSshAccess(s, access);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
    QVERIFY(waitFinished(id.value()));
    QCOMPARE(m_queue->find(id.value())->state, OperationState::Succeeded);
    QTRY_COMPARE_WITH_TIMEOUT(server(QStringLiteral("www-en-02")).metadata.ssh, access, 10000);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(book->displayText(s.ref()), QStringLiteral("web-02.example.org:2222"));
    const SshTarget t = book->sshTarget(s.ref());
    QCOMPARE(t.host, QStringLiteral("web-02.example.org"));
    QCOMPARE(t.port, 2222);
    QCOMPARE(t.user, QStringLiteral("admin"));
    QVERIFY(book->toolTip(s.ref()).contains(QLatin1String("admin@web-02.example.org:2222")));
    // The tags stay as they were: only the ssh element changed.
    QCOMPARE(server(QStringLiteral("www-en-02")).metadata.tags, s.metadata.tags);

    id = m_diag->setSshAccess(server(QStringLiteral("www-en-02")), SshAccess());
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    QTRY_VERIFY_WITH_TIMEOUT(server(QStringLiteral("www-en-02")).metadata.ssh.isEmpty(), 10000);
    QVERIFY(!book->sshTarget(s.ref()).isValid());
}

void TestDiagService::validation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << 0 << QString() << true;
    QTest::newRow("name") << "web-01.example.org" << 22 << "root" << true;
    QTest::newRow("ipv4") << "192.0.2.10" << 2222 << "deploy_user" << true;
    QTest::newRow("ipv6") << "2001:db8::10" << 0 << QString() << true;
    QTest::newRow("ssh-config-alias") << "web01" << 0 << QString() << true;
    QTest::newRow("space") << "web 01" << 0 << QString() << false;
    QTest::newRow("shell-substitution") << "$(reboot)" << 0 << QString() << false;
    QTest::newRow("option-injection") << "-oProxyCommand=sh" << 0 << QString() << false;
    QTest::newRow("port-too-big") << "web01" << 70000 << QString() << false;
    QTest::newRow("user-with-semicolon") << "web01" << 22 << "root;rm" << false;
    QTest::newRow("user-leading-dash") << "web01" << 22 << "-l" << false;
}

void TestDiagService::validation()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(bool, ok);
    const Status s = DiagnosticsService::validateSshAccess(SshAccess{host, port, user});
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QVERIFY(!s.error().message.isEmpty());
}

void TestDiagService::invalidAccessIsRefusedBeforeAnything()
{
    const int before = int(m_queue->operations().size());
    const Result<QString> id = m_diag->setSshAccess(server(QStringLiteral("www-en-03")),
                                                    SshAccess{QStringLiteral("$(reboot)"), 0, {}});
    QVERIFY(!id.ok());
    QCOMPARE(int(m_queue->operations().size()), before);
}

void TestDiagService::commandValidation()
{
    QVERIFY(!DiagnosticsService::validateCommand(QStringLiteral("   ")).ok());
    QVERIFY(
        !DiagnosticsService::validateCommand(QStringLiteral("echo ") + QChar(0) + QStringLiteral("x")).ok());
    QVERIFY(!DiagnosticsService::validateCommand(
                 QString(DiagnosticsService::MaxCommandBytes + 1, QLatin1Char('x')))
                 .ok());
    QVERIFY(DiagnosticsService::validateCommand(QStringLiteral("uptime; df -h")).ok());
    QVERIFY(!m_diag->runCommand({}, QStringLiteral("uptime"), 10, 8).ok());
    const ServerRef ref = server(QStringLiteral("www-en-01")).ref();
    QVERIFY(!m_diag->runCommand({ref}, QStringLiteral("uptime"), 0, 8).ok());
    QVERIFY(!m_diag->runCommand({ref}, QStringLiteral("uptime"), 10, 0).ok());
}

void TestDiagService::diagnosePausedServer()
{
    const ServerRef ref = server(QStringLiteral("www-fr-09")).ref();
    QSignalSpy started(m_diag, &DiagnosticsService::diagnosisStarted);
    QSignalSpy finished(m_diag, &DiagnosticsService::diagnosisFinished);
    const Result<QString> id = m_diag->diagnose(ref);
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    const Operation op = *m_queue->find(id.value());
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.kind, QStringLiteral("diagnostics.diagnose"));
    QVERIFY2(op.result.contains(QLatin1String("paused")), qPrintable(op.result));
    QVERIFY(op.log.join(QLatin1Char('\n')).contains(QLatin1String("[Critical] www-fr-09 is paused")));
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QCOMPARE(report->state, DomainState::Paused);
    QCOMPARE(report->findings.first().id, QStringLiteral("state.paused"));
    QCOMPARE(report->findings.first().action, Finding::Action::ResumeServer);
    QCOMPARE(report->step(QStringLiteral("reachability"))->status, DiagnosisStep::Status::Skipped);
    QCOMPARE(m_diag->lastDiagnosisId(ref), id.value());
}

void TestDiagService::diagnoseDemoAddressIsNeverUsed()
{
    const ServerRef ref = server(QStringLiteral("www-en-06")).ref();
    const Result<QString> id = m_diag->diagnose(ref);
    QVERIFY(id.ok());
    QVERIFY(waitFinished(id.value()));
    const auto report = m_diag->report(id.value());
    QVERIFY(report);
    QCOMPARE(report->state, DomainState::Running);
    QCOMPARE(report->vcpus, 1);
    QCOMPARE(report->findings.first().id, QStringLiteral("address.demo"));
    QCOMPARE(report->step(QStringLiteral("reachability"))->status, DiagnosisStep::Status::Failed);
    QVERIFY(report->endpoint.isEmpty());
    // The diagnosis refreshed the address book on its way.
    QVERIFY(m_diag->addressBook()->displayText(ref).startsWith(QLatin1String("10.10.")));
}

void TestDiagService::stoppedEventClearsAddresses()
{
    const DomainSnapshot s = server(QStringLiteral("www-en-07"));
    AddressBook *book = m_diag->addressBook();
    bool done = false;
    book->fetch({s.ref()}, this, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!book->addresses(s.ref()).isEmpty());
    QSignalSpy changed(book, &AddressBook::addressesChanged);
    const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*m_queue, Lifecycle::Action::ForceOff, {s});
    QVERIFY(r.ok());
    QTRY_VERIFY_WITH_TIMEOUT(book->addresses(s.ref()).isEmpty(), 10000);
    QVERIFY(changed.size() >= 1);
}

void TestDiagService::readOnlyRefusesCommandsButNotDiagnosis()
{
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    o.readOnly = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_servers->serversOf(o.uri).isEmpty(), 20000);
    const ServerRef ref = m_servers->serversOf(o.uri).first().ref();
    const Result<QString> command = m_diag->runCommand({ref}, QStringLiteral("uptime"), 10, 8);
    QVERIFY(!command.ok());
    QVERIFY2(command.error().message.contains(QLatin1String("read-only")),
             qPrintable(command.error().message));
    const Result<QString> diagnosis = m_diag->diagnose(ref);
    QVERIFY(diagnosis.ok());
    QVERIFY(waitFinished(diagnosis.value()));
    QCOMPARE(m_queue->find(diagnosis.value())->state, OperationState::Succeeded);
    m_manager->remove(o.uri);
}

void TestDiagService::commandOnUnreachableServers()
{
    const QList<ServerRef> refs{server(QStringLiteral("www-en-08")).ref(),
                                server(QStringLiteral("www-en-09")).ref()};
    CommandBatch *seen = nullptr;
    connect(m_diag, &DiagnosticsService::batchStarted, this,
            [&](const QString &, CommandBatch *b) { seen = b; });
    const Result<QString> id = m_diag->runCommand(refs, QStringLiteral("uptime"), 10, 8);
    QVERIFY(id.ok());
    QTRY_VERIFY_WITH_TIMEOUT(seen, 10000);
    CommandResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatch(seen);
    QVERIFY(waitFinished(id.value()));
    const Operation op = *m_queue->find(id.value());
    QCOMPARE(op.state, OperationState::Failed); // no server could run it
    QVERIFY(op.errorMessage.contains(QLatin1String("0 of 2")));
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(
            model.data(model.index(row, CommandResultsModel::StateColumn), CommandResultsModel::StateRole)
                .toInt(),
            int(BatchItem::State::Unreachable));
        QVERIFY(model.data(model.index(row, CommandResultsModel::OutputColumn))
                    .toString()
                    .contains(QLatin1String("made up")));
        QVERIFY(model.data(model.index(row, 0), CommandResultsModel::IsFailureRole).toBool());
    }
    QCOMPARE(m_diag->batch(id.value()), seen);
    QCOMPARE(seen->failedServers().size(), 2);
    const Result<QString> retry = m_diag->retryFailed(id.value());
    QVERIFY(retry.ok());
    QVERIFY(waitFinished(retry.value()));
    QCOMPARE(m_queue->find(retry.value())->targets.size(), 2);
    model.setBatch(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDiagService)
#include "tst_diagservice.moc"
