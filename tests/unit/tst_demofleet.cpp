// The built-in demo fleet through the real test:// driver and Connection on its worker: every server is
// listed with its tags and shares, lifecycle operations are observed through domain events, tags are
// written to the server's metadata, read-only mode refuses changes, and bad URIs or files get a clear
// state instead of a hang.

#include "core/AppPaths.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace virtdeck;

class TestDemoFleet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryServerWithTags();
    void lifecycleThroughEvents();
    void tagsTravelInMetadata();
    void readOnlyRefusesChanges();
    void badFileGivesAReason();

private:
    std::optional<DomainSnapshot> byName(const QString &name) const;
    DomainSnapshot waitFor(const QString &name, const std::function<bool(const DomainSnapshot &)> &pred);

    QString m_uri;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ServerListModel> m_model;
    std::unique_ptr<OperationQueue> m_queue;
};

void TestDemoFleet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Result<QString> uri = DemoFleet::prepare();
    QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().toString()));
    m_uri = uri.value();
    QVERIFY(DemoFleet::isDemoUri(m_uri));
}

void TestDemoFleet::init()
{
    m_manager = std::make_unique<ConnectionManager>();
    m_model = std::make_unique<ServerListModel>();
    m_model->attach(m_manager.get());
    m_queue = std::make_unique<OperationQueue>(m_manager.get(), nullptr);
    Lifecycle::registerKinds(*m_queue, 10, 10);
}

void TestDemoFleet::cleanup()
{
    m_queue.reset();
    m_model.reset();
    m_manager.reset();
}

std::optional<DomainSnapshot> TestDemoFleet::byName(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_model->serverNamed(m_uri, name))
        return *s;
    return std::nullopt;
}

DomainSnapshot TestDemoFleet::waitFor(const QString &name,
                                      const std::function<bool(const DomainSnapshot &)> &pred)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (auto s = byName(name); s && pred(*s))
            return *s;
        QTest::qWait(10);
    }
    return byName(name).value_or(DomainSnapshot());
}

void TestDemoFleet::listsEveryServerWithTags()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE(m_manager->host(m_uri).state, HostState::Connected);
    QTRY_VERIFY(m_model->serverCount() >= 25);
    const QList<DomainSnapshot> servers = m_model->serversOf(m_uri);
    int running = 0, paused = 0, off = 0, crashed = 0, directKernel = 0;
    for (const DomainSnapshot &s : servers) {
        QVERIFY2(!s.metadata.tags.isEmpty(), qPrintable(s.name));
        QVERIFY2(s.metadataError.isEmpty(), qPrintable(s.metadataError));
        running += s.state == DomainState::Running;
        paused += s.state == DomainState::Paused;
        off += s.state == DomainState::ShutOff;
        crashed += s.state == DomainState::Crashed;
        directKernel += s.definition.boot.mode == BootInfo::Mode::DirectKernel;
    }
    QVERIFY(running > 15);
    QVERIFY(paused >= 1 && off >= 1 && crashed >= 1);
    QVERIFY(directKernel >= 3);
    const auto www = byName(QStringLiteral("www-en-01"));
    QVERIFY(www);
    QVERIFY(www->metadata.tags.contains(QStringLiteral("web")));
    QVERIFY(www->metadata.shares.has_value());
    for (const QString &name :
         {QStringLiteral("www-fr-01"), QStringLiteral("db-01"), QStringLiteral("staging-01")})
        QVERIFY2(byName(name), qPrintable(name));
    QVERIFY(m_model->allTags().contains(QStringLiteral("site-fr")));
    // The host row says it is the demo.
    const QModelIndex hostRow = m_model->hostIndex(m_uri);
    QVERIFY(hostRow.siblingAtColumn(ServerListModel::TitleColumn)
                .data()
                .toString()
                .contains(QStringLiteral("demo")));
    QCOMPARE(m_manager->host(m_uri).cpus, 32);
}

void TestDemoFleet::lifecycleThroughEvents()
{
    Connection::Options o;
    o.uri = m_uri;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY(byName(QStringLiteral("www-en-10")).has_value());
    QSignalSpy events(m_manager.get(), &ConnectionManager::domainEvent);

    auto run = [&](Lifecycle::Action action, const QString &name) {
        const auto s = byName(name);
        QVERIFY(s);
        const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*m_queue, action, {*s});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QTRY_VERIFY(m_queue->find(r->ids.first())->isFinished());
        QCOMPARE(m_queue->find(r->ids.first())->state, OperationState::Succeeded);
    };
    run(Lifecycle::Action::Start, QStringLiteral("www-en-10"));
    QCOMPARE(
        waitFor(QStringLiteral("www-en-10"), [](auto &s) { return s.state == DomainState::Running; }).state,
        DomainState::Running);
    QVERIFY(byName(QStringLiteral("www-en-10"))->runningSinceExact);
    run(Lifecycle::Action::Pause, QStringLiteral("www-en-10"));
    QCOMPARE(
        waitFor(QStringLiteral("www-en-10"), [](auto &s) { return s.state == DomainState::Paused; }).state,
        DomainState::Paused);
    run(Lifecycle::Action::Resume, QStringLiteral("www-en-10"));
    QCOMPARE(
        waitFor(QStringLiteral("www-en-10"), [](auto &s) { return s.state == DomainState::Running; }).state,
        DomainState::Running);
    run(Lifecycle::Action::Shutdown, QStringLiteral("www-en-10"));
    QCOMPARE(
        waitFor(QStringLiteral("www-en-10"), [](auto &s) { return s.state == DomainState::ShutOff; }).state,
        DomainState::ShutOff);
    run(Lifecycle::Action::ForceOff, QStringLiteral("www-en-02"));
    QCOMPARE(
        waitFor(QStringLiteral("www-en-02"), [](auto &s) { return s.state == DomainState::ShutOff; }).state,
        DomainState::ShutOff);
    QVERIFY(events.size() >= 5);
    // An action that does not apply is refused before anything is queued.
    const Result<Lifecycle::Enqueued> refused =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Resume, {*byName(QStringLiteral("www-en-02"))});
    QVERIFY(!refused.ok());
    // Bulk: one operation per server, skipping the ones it does not apply to.
    const Result<Lifecycle::Enqueued> bulk =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Pause,
                           {*byName(QStringLiteral("www-fr-01")), *byName(QStringLiteral("www-fr-02")),
                            *byName(QStringLiteral("www-en-02"))});
    QVERIFY(bulk.ok());
    QCOMPARE(bulk->ids.size(), 2);
    QCOMPARE(bulk->skipped.size(), 1);
}

void TestDemoFleet::tagsTravelInMetadata()
{
    Connection::Options o;
    o.uri = m_uri;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY(byName(QStringLiteral("db-01")).has_value());
    const DomainSnapshot db = *byName(QStringLiteral("db-01"));
    const QStringList tags = {QStringLiteral("database"), QStringLiteral("needs-backup")};
    const Result<QString> id = Lifecycle::enqueueSetTags(*m_queue, db, tags);
    QVERIFY(id.ok());
    QTRY_VERIFY(m_queue->find(id.value())->isFinished());
    QCOMPARE(m_queue->find(id.value())->state, OperationState::Succeeded);
    const DomainSnapshot after =
        waitFor(QStringLiteral("db-01"), [&](auto &s) { return s.metadata.tags == tags; });
    QCOMPARE(after.metadata.tags, tags);
    QCOMPARE(after.metadata.shares, db.metadata.shares); // the rest of the metadata is kept
    // A bad tag is refused and nothing is queued.
    QVERIFY(!Lifecycle::enqueueSetTags(*m_queue, after, {QStringLiteral("bad tag")}).ok());
}

void TestDemoFleet::readOnlyRefusesChanges()
{
    Connection::Options o;
    o.uri = m_uri;
    o.readOnly = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY(byName(QStringLiteral("www-en-10")).has_value());
    const DomainSnapshot s = *byName(QStringLiteral("www-en-10"));
    const Result<Lifecycle::Enqueued> r = Lifecycle::enqueue(*m_queue, Lifecycle::Action::Start, {s});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("read-only")));
    QVERIFY(!Lifecycle::enqueueSetTags(*m_queue, s, {QStringLiteral("x")}).ok());
    QVERIFY(m_queue->operations().isEmpty());
    // libvirt itself refuses too (the connection was opened with VIR_CONNECT_RO).
    Connection *c = m_manager->connection(m_uri);
    std::optional<Status> direct;
    c->runOnDomain(
        this, s.ref(),
        [](virDomainPtr d, virConnectPtr) -> Status {
            if (virDomainCreate(d) < 0)
                return Error(QStringLiteral("refused"));
            return {};
        },
        [&](Status st) { direct = st; });
    QTRY_VERIFY(direct.has_value());
    QVERIFY(!direct->ok());
}

void TestDemoFleet::badFileGivesAReason()
{
    Connection::Options o;
    o.uri = QStringLiteral("test:///nonexistent/virtdeck/fleet.xml");
    o.reconnect = false;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_COMPARE(m_manager->host(o.uri).state, HostState::Disconnected);
    QVERIFY(!m_manager->host(o.uri).reason.isEmpty());
    QVERIFY(!m_manager->connectTo(o).ok()); // already in the list
    Connection::Options bad;
    bad.uri = QStringLiteral("frobnicate:///");
    const Result<Connection *> refused = m_manager->connectTo(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(m_manager->connections().size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
