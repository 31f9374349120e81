// A bad URI is not remembered, nor retried forever: at the first connection attempt, a host name that
// does not resolve and a refused connection end the attempt with a clear message (no retry scheduled).
// Against real name resolution (a name under .invalid, which never resolves) and a real closed port on
// 127.0.0.1.

#include "hypervisor/ConnectionManager.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace virtdeck;

class TestFirstConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void deadEndIsNotRetried_data();
    void deadEndIsNotRetried();
};

void TestFirstConnect::deadEndIsNotRetried_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("unknown host") << QStringLiteral("qemu+tcp://no-such-host.invalid/system");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close(); // nobody listens there now: connection refused
    QTest::newRow("connection refused") << QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(closedPort);
}

void TestFirstConnect::deadEndIsNotRetried()
{
    QFETCH(QString, uri);
    ConnectionManager manager;
    Connection::Options o;
    o.uri = uri;
    o.reconnectMaxDelay = 1;
    QVERIFY(manager.connectTo(o).ok());
    QTRY_COMPARE_WITH_TIMEOUT(manager.host(uri).state, HostState::Disconnected, 20000);
    QTest::qWait(1500); // a retry would have been scheduled (and started) by now
    const HostSnapshot h = manager.host(uri);
    qInfo("%s: %s", qPrintable(uri), qPrintable(hostStateText(h)));
    QCOMPARE(h.state, HostState::Disconnected);
    QVERIFY2(!h.nextRetry.isValid() && h.retryAttempt == 0,
             qPrintable(QStringLiteral("a retry is scheduled: attempt %1").arg(h.retryAttempt)));
    QVERIFY(!h.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestFirstConnect)
#include "tst_firstconnect.moc"
