// A dead or hung host must not freeze anything else. Against a real private libvirtd (plus the demo
// fleet as a second, healthy host): SIGSTOP the daemon → its host row says "not responding" within 10 s,
// its servers stay listed as stale, the other host keeps working, and a GUI-thread timer never sees a
// stall above 50 ms; SIGCONT → reconnect and re-list. An operation issued while the daemon is down
// fails cleanly and succeeds on retry once it is back (after a full daemon restart).

#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"

#include "StallMeter.h"
#include "Testbed.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace virtdeck;
using virtdeck::testbed::StallMeter;
using virtdeck::testbed::Testbed;

class TestHostFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hungDaemonIsNotRespondingAndNothingElseStalls();
    void operationWhileDownFailsThenRetrySucceeds();
    void cleanupTestCase();

private:
    std::optional<DomainSnapshot> find(const QString &uri, const QString &name) const;

    Testbed m_bed;
    QString m_demo;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<ServerListModel> m_model;
    std::unique_ptr<OperationQueue> m_queue;
};

void TestHostFailure::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    Testbed::GuestOptions g;
    g.name = QStringLiteral("fail-1");
    g.nic = false;
    QVERIFY2(m_bed.bootGuest(g, 90000, &error), qPrintable(error));
    g.name = QStringLiteral("fail-2");
    QVERIFY2(m_bed.defineGuest(g, &error), qPrintable(error));

    m_manager = std::make_unique<ConnectionManager>();
    m_model = std::make_unique<ServerListModel>();
    m_model->attach(m_manager.get());
    m_queue = std::make_unique<OperationQueue>(m_manager.get(), nullptr);
    Lifecycle::registerKinds(*m_queue, 30, 30);

    Connection::Options bed;
    bed.uri = m_bed.uri();
    bed.reconnectMaxDelay = 2; // keep the test short; the product default is 30 s
    QVERIFY(m_manager->connectTo(bed).ok());
    m_demo = DemoFleet::prepare().value();
    Connection::Options demo;
    demo.uri = m_demo;
    demo.demo = true;
    QVERIFY(m_manager->connectTo(demo).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->host(bed.uri).state, HostState::Connected, 20000);
    QTRY_COMPARE(m_manager->host(m_demo).state, HostState::Connected);
    QTRY_VERIFY(find(m_bed.uri(), QStringLiteral("fail-2")).has_value());
}

void TestHostFailure::cleanupTestCase()
{
    m_bed.resumeDaemon();
    m_queue.reset();
    m_model.reset();
    m_manager.reset();
}

std::optional<DomainSnapshot> TestHostFailure::find(const QString &uri, const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_model->serverNamed(uri, name))
        return *s;
    return std::nullopt;
}

void TestHostFailure::hungDaemonIsNotRespondingAndNothingElseStalls()
{
    StallMeter meter(10);
    meter.start();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_bed.suspendDaemon());
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->host(m_bed.uri()).state, HostState::NotResponding, 10000);
    const qint64 detectedMs = clock.elapsed();
    qInfo("host shown as not responding %lld ms after SIGSTOP", detectedMs);
    // Its servers stay, greyed as last known.
    const QModelIndex row = m_model->indexOf(find(m_bed.uri(), QStringLiteral("fail-1"))->ref());
    QVERIFY(row.isValid());
    // The manager's answer comes from the worker's state; the list hears it through a queued signal.
    QTRY_VERIFY(row.data(ServerListModel::StaleRole).toBool());
    QCOMPARE(row.data(ServerListModel::StateRole).toInt(), int(DomainState::Running));

    // The other host keeps working meanwhile.
    const DomainSnapshot www = *find(m_demo, QStringLiteral("www-en-03"));
    const Result<Lifecycle::Enqueued> pause = Lifecycle::enqueue(*m_queue, Lifecycle::Action::Pause, {www});
    QVERIFY(pause.ok());
    QTRY_COMPARE(find(m_demo, QStringLiteral("www-en-03"))->state, DomainState::Paused);
    QTest::qWait(3000); // a few more keepalive rounds and reconnect attempts against the hung daemon

    QVERIFY(m_bed.resumeDaemon());
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->host(m_bed.uri()).state, HostState::Connected, 30000);
    QTRY_VERIFY(!m_model->indexOf(find(m_bed.uri(), QStringLiteral("fail-1"))->ref())
                     .data(ServerListModel::StaleRole)
                     .toBool());
    QCOMPARE(m_model->serversOf(m_bed.uri()).size(), qsizetype(2)); // re-listed
    meter.stop();
    qInfo("over %lld ms: %s", clock.elapsed(), qPrintable(meter.report()));
    QVERIFY2(meter.worstStallMs() <= 50, qPrintable(meter.report()));
}

void TestHostFailure::operationWhileDownFailsThenRetrySucceeds()
{
    const DomainSnapshot target = *find(m_bed.uri(), QStringLiteral("fail-2"));
    QCOMPARE(target.state, DomainState::ShutOff);
    QString error;
    QVERIFY2(m_bed.stopDaemon(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->host(m_bed.uri()).state != HostState::Connected, 15000);

    const Result<Lifecycle::Enqueued> start =
        Lifecycle::enqueue(*m_queue, Lifecycle::Action::Start, {target});
    QVERIFY(start.ok());
    const QString id = start->ids.first();
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(id)->isFinished(), 20000);
    const Operation failed = *m_queue->find(id);
    QCOMPARE(failed.state, OperationState::Failed);
    QVERIFY(failed.errorMessage.contains(QStringLiteral("not connected")));
    QVERIFY(failed.canRetry());

    QVERIFY2(m_bed.restartDaemon(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->host(m_bed.uri()).state, HostState::Connected, 30000);
    const Result<QString> again = m_queue->retry(id);
    QVERIFY(again.ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->find(again.value())->isFinished(), 30000);
    QCOMPARE(m_queue->find(again.value())->state, OperationState::Succeeded);
    QTRY_COMPARE(find(m_bed.uri(), QStringLiteral("fail-2"))->state, DomainState::Running);
}

QTEST_GUILESS_MAIN(TestHostFailure)
#include "tst_hostfailure.moc"
