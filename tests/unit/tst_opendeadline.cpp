// Deadlines. A "host" that accepts the TCP connection and never says a word (a listener on 127.0.0.1
// made here): a job queued while the open hangs does not wait forever; it fails with a clear "not
// responding" error once the open deadline has passed, and a job queued after that fails at once. Both
// stay retryable (plain failures). The open deadline is the default one (15 s).

#include "hypervisor/ConnectionManager.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace virtdeck;

class TestOpenDeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void jobsOnASilentHostFail();
};

void TestOpenDeadline::jobsOnASilentHostFail()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> accepted; // kept open, never written to
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            accepted << s;
    });

    auto manager = std::make_unique<ConnectionManager>();
    Connection::Options o;
    o.uri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(silent.serverPort());
    o.reconnect = false;
    Result<Connection *> c = manager->connectTo(o);
    QVERIFY(c.ok());
    QTRY_VERIFY(!accepted.isEmpty());

    std::optional<Result<int>> first;
    c.value()->run(
        this, [](virConnectPtr conn) -> Result<int> { return virConnectNumOfDomains(conn); },
        [&](Result<int> r) { first = r; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 25000);
    QVERIFY(!first->ok());
    qInfo("queued job: %s", qPrintable(first->error().toString()));
    QVERIFY(first->error().message.contains(QStringLiteral("not responding")));
    QCOMPARE(manager->host(o.uri).state, HostState::NotResponding);

    QElapsedTimer clock;
    clock.start();
    std::optional<Result<int>> second;
    c.value()->run(
        this, [](virConnectPtr conn) -> Result<int> { return virConnectNumOfDomains(conn); },
        [&](Result<int> r) { second = r; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 2000);
    qInfo("second job failed %lld ms after it was queued", clock.elapsed());
    QVERIFY(!second->ok());
    QVERIFY(second->error().message.contains(QStringLiteral("not responding")));

    manager->remove(o.uri);
    // Let the stuck open go: closing the sockets makes its virConnectOpen fail and the thread end.
    qDeleteAll(accepted);
    silent.close();
    manager.reset();
}

QTEST_GUILESS_MAIN(TestOpenDeadline)
#include "tst_opendeadline.moc"
