// No lock across a call on the GUI thread. A real private libvirtd behind a unix-socket relay made here,
// which holds every packet from the first "get library version" call on (the first call that reads the
// host's facts after opening): the daemon never answers it, exactly like a daemon that hangs there.
// Meanwhile the GUI thread reads the host (ConnectionManager::host, Connection::host) and gets the last
// published value at once instead of waiting on a lock the worker holds across its calls. Releasing the
// relay lets the connection finish opening.

#include "hypervisor/ConnectionManager.h"

#include "Testbed.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <atomic>

using namespace virtdeck;
using virtdeck::testbed::Testbed;

namespace {
constexpr quint32 RemoteProgram = 0x20008086;
constexpr quint32 ProcGetLibVersion = 157; // REMOTE_PROC_CONNECT_GET_LIB_VERSION

// Relays one libvirt client to the daemon's socket on its own thread; from the first client call of
// procedure freezeProc on, client packets are held (not forwarded) until release().
class FreezingRelay : public QObject
{
public:
    FreezingRelay(const QString &listenPath, const QString &daemonPath, quint32 freezeProc)
        : m_listenPath(listenPath)
        , m_daemonPath(daemonPath)
        , m_freezeProc(freezeProc)
    {}

    std::atomic<bool> frozen{false};

    // Relay thread.
    bool listen()
    {
        m_server = new QLocalServer(this);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server->nextPendingConnection())
                relay(client);
        });
        return m_server->listen(m_listenPath);
    }
    void release()
    {
        frozen = false;
        m_released = true;
        if (m_daemon)
            m_daemon->write(std::exchange(m_held, {}));
    }

private:
    void relay(QLocalSocket *client)
    {
        client->setParent(this);
        m_daemon = new QLocalSocket(this);
        m_daemon->connectToServer(m_daemonPath);
        m_daemon->waitForConnected(5000); // the relay's own thread
        connect(m_daemon, &QLocalSocket::readyRead, this,
                [this, client] { client->write(m_daemon->readAll()); });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            m_fromClient += client->readAll();
            forwardPackets();
        });
    }
    void forwardPackets()
    {
        while (m_fromClient.size() >= 16) {
            const quint32 length = qFromBigEndian<quint32>(m_fromClient.constData());
            if (length < 16 || quint32(m_fromClient.size()) < length)
                return;
            const QByteArray packet = m_fromClient.left(length);
            m_fromClient.remove(0, length);
            const quint32 prog = qFromBigEndian<quint32>(packet.constData() + 4);
            const quint32 proc = qFromBigEndian<quint32>(packet.constData() + 12);
            if (!m_released && !frozen && prog == RemoteProgram && proc == m_freezeProc)
                frozen = true;
            if (frozen)
                m_held += packet;
            else
                m_daemon->write(packet);
        }
    }

    QString m_listenPath;
    QString m_daemonPath;
    quint32 m_freezeProc;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_daemon = nullptr;
    QByteArray m_fromClient;
    QByteArray m_held;
    bool m_released = false;
};
} // namespace

class TestHostFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hostIsReadableWhileFactsHang();
    void cleanupTestCase();

private:
    Testbed m_bed;
    QTemporaryDir m_dir;
    QThread m_relayThread;
    FreezingRelay *m_relay = nullptr;
};

void TestHostFacts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    VIRTDECK_TESTBED_CHECK_AVAILABLE();
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    const QString prefix = QStringLiteral("qemu:///system?socket=");
    QVERIFY(m_bed.uri().startsWith(prefix));
    m_relay = new FreezingRelay(m_dir.filePath(QStringLiteral("relay.sock")), m_bed.uri().mid(prefix.size()),
                                ProcGetLibVersion);
    m_relay->moveToThread(&m_relayThread);
    m_relayThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_relay, [&] { listening = m_relay->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
}

void TestHostFacts::cleanupTestCase()
{
    m_relayThread.quit();
    m_relayThread.wait();
    delete m_relay;
}

void TestHostFacts::hostIsReadableWhileFactsHang()
{
    auto manager = std::make_unique<ConnectionManager>();
    Connection::Options o;
    o.uri = QStringLiteral("qemu:///system?socket=") + m_dir.filePath(QStringLiteral("relay.sock"));
    o.reconnect = false;
    Result<Connection *> c = manager->connectTo(o);
    QVERIFY(c.ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_relay->frozen.load(), 20000);
    QTest::qWait(200); // the worker is now waiting for the answer that never comes

    QElapsedTimer clock;
    clock.start();
    const HostSnapshot shown = manager->host(o.uri);
    const HostSnapshot direct = c.value()->host();
    const qint64 took = clock.elapsed();
    qInfo("host read on the GUI thread in %lld ms while the facts call hangs (%s)", took,
          qPrintable(hostStateName(shown.state)));
    QVERIFY(m_relay->frozen.load()); // still hanging: the read did not wait for it
    // A read that waited for the worker would take until keepalive gives up (seconds).
    QVERIFY2(took < 1000, qPrintable(QString::number(took)));
    QCOMPARE(direct.uri, o.uri);

    QMetaObject::invokeMethod(m_relay, [this] { m_relay->release(); });
    QTRY_COMPARE_WITH_TIMEOUT(manager->host(o.uri).state, HostState::Connected, 20000);
    QVERIFY(!manager->host(o.uri).libvirtVersion.isEmpty());
    manager.reset();
}

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
