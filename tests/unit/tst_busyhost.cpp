// Busy is not dead. Against libvirt's real test driver: a job that keeps the control lane busy for
// seconds (standing in for a slow start or a long first listing) never makes the host "not responding",
// and work that lives on the monitoring lane (post(): console streams; stats) runs meanwhile instead of
// queueing behind it. The slow job is a sleep inside a real job: the test driver has no slow call.

#include "hypervisor/ConnectionManager.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace virtdeck;

class TestBusyHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void longJobIsNotADeadHost();
    void postedWorkDoesNotWaitForASlowCall();
};

namespace {
Connection *openTestDriver(ConnectionManager &manager)
{
    Connection::Options o;
    o.uri = QStringLiteral("test:///default");
    const Result<Connection *> c = manager.connectTo(o);
    return c ? c.value() : nullptr;
}
} // namespace

void TestBusyHost::longJobIsNotADeadHost()
{
    ConnectionManager manager;
    manager.setStallThresholdMs(1000); // the probe threshold: far below the job's length
    Connection *c = openTestDriver(manager);
    QVERIFY(c);
    QTRY_COMPARE(manager.host(c->uri()).state, HostState::Connected);

    QList<HostState> seen;
    connect(&manager, &ConnectionManager::hostChanged, this, [&](const HostSnapshot &h) { seen << h.state; });
    bool done = false;
    c->run(
        this,
        [](virConnectPtr conn) -> Result<int> {
            QThread::msleep(3000); // a slow call of ours
            return virConnectNumOfDomains(conn);
        },
        [&](Result<int> r) {
            QVERIFY(r.ok());
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!seen.contains(HostState::NotResponding),
             "a host whose own job was long was shown as not responding");
    QCOMPARE(manager.host(c->uri()).state, HostState::Connected);
}

void TestBusyHost::postedWorkDoesNotWaitForASlowCall()
{
    ConnectionManager manager;
    Connection *c = openTestDriver(manager);
    QVERIFY(c);
    QTRY_COMPARE(manager.host(c->uri()).state, HostState::Connected);

    std::atomic<bool> slowDone{false};
    std::atomic<bool> postedRan{false};
    std::atomic<bool> postedSawSlowDone{false};
    bool delivered = false;
    c->run(
        this,
        [&](virConnectPtr) -> Result<int> {
            QThread::msleep(3000);
            slowDone = true;
            return 0;
        },
        [&](Result<int>) { delivered = true; });
    c->post([&](virConnectPtr conn) {
        postedSawSlowDone = slowDone.load();
        postedRan = conn != nullptr;
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered, 10000);
    QVERIFY(postedRan.load());
    QVERIFY2(!postedSawSlowDone.load(), "the posted (monitoring) job waited for the slow control job");
}

QTEST_GUILESS_MAIN(TestBusyHost)
#include "tst_busyhost.moc"
