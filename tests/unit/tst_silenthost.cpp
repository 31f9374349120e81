// A "host" that accepts the TCP connection and never says a word (a listener on 127.0.0.1 made here):
// opening qemu+tcp:// to it must not hang anything but its own worker. The host row goes from
// connecting to "not responding", the GUI thread keeps ticking, another connection works meanwhile, and
// removing the silent host returns at once.

#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "servers/ServerListModel.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace virtdeck;

class TestSilentHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void silentListenerDoesNotHangAnything();
};

void TestSilentHost::silentListenerDoesNotHangAnything()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> accepted; // kept open, never written to
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            accepted << s;
    });

    auto manager = std::make_unique<ConnectionManager>();
    manager->setStallThresholdMs(3000);
    ServerListModel model;
    model.attach(manager.get());

    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        worst = std::max(worst, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    tick.start();

    Connection::Options o;
    o.uri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(silent.serverPort());
    o.reconnect = false;
    o.openTimeout = 3; // seconds: the product default is 15
    QVERIFY(manager->connectTo(o).ok());
    QCOMPARE(manager->host(o.uri).state, HostState::Connecting);
    QTRY_VERIFY(!accepted.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(manager->host(o.uri).state, HostState::NotResponding, 10000);
    // The list hears it through a queued signal.
    QTRY_VERIFY(model.hostIndex(o.uri)
                    .siblingAtColumn(ServerListModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("no answer")));

    // Another host works while this one hangs.
    Connection::Options demo;
    demo.uri = DemoFleet::prepare().value();
    QVERIFY(manager->connectTo(demo).ok());
    QTRY_VERIFY(model.serverCount() > 20);

    QElapsedTimer removal;
    removal.start();
    manager->remove(o.uri);
    QVERIFY(removal.elapsed() < 1000);
    QVERIFY(!manager->contains(o.uri));
    QTest::qWait(100);
    // A blocked GUI thread would show a gap of seconds (the stall threshold); scheduling noise stays far
    // below.
    QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
    // Let the stuck worker go: closing the sockets makes its virConnectOpen fail and the thread end.
    qDeleteAll(accepted);
    silent.close();
    manager.reset();
}

QTEST_GUILESS_MAIN(TestSilentHost)
#include "tst_silenthost.moc"
