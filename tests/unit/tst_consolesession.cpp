// ConsoleSession without a window, on the demo fleet (libvirt's real test driver): what it says when
// there is no console to open. The driver has no console streams (virDomainOpenConsole: code 3), some
// servers have no serial device at all, some are shut off. Streams themselves are covered by
// tests/integration/libvirtd/tst_console against a real QEMU guest.

#include "console/ConsoleSession.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/DemoFleet.h"
#include "servers/ServerListModel.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace virtdeck;

class TestConsoleSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noConsoleStreamsOnTheTestDriver();
    void serverWithoutSerialDevice();
    void shutOffServerWaits();
    void inputWhileDetachedIsDropped();
    void transcript();

private:
    DomainSnapshot server(const QString &name) const;

    ConnectionManager *m_manager = nullptr;
    ServerListModel *m_servers = nullptr;
    QString m_uri;
    QTemporaryDir m_dir;
};

void TestConsoleSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_manager = new ConnectionManager(this);
    m_servers = new ServerListModel(this);
    m_servers->attach(m_manager);
    Result<QString> uri = DemoFleet::prepare();
    QVERIFY(uri.ok());
    m_uri = uri.value();
    Connection::Options o;
    o.uri = m_uri;
    o.demo = true;
    QVERIFY(m_manager->connectTo(o).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() >= 30, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->connection(m_uri)->isConnected(), 15000);
}

void TestConsoleSession::cleanupTestCase()
{
    m_manager->removeAll();
}

DomainSnapshot TestConsoleSession::server(const QString &name) const
{
    if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(m_uri, name))
        return *s;
    return {};
}

void TestConsoleSession::noConsoleStreamsOnTheTestDriver()
{
    const DomainSnapshot db = server(QStringLiteral("db-01"));
    QVERIFY(db.hasConsole() && db.active);
    ConsoleSession session(m_manager, db);
    QSignalSpy takeOver(&session, &ConsoleSession::takeOverNeeded);
    session.attach();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConsoleSession::State::Unsupported, 10000);
    QCOMPARE(session.stateText(), QStringLiteral("This hypervisor offers no serial console."));
    QCOMPARE(session.error().code, 3); // VIR_ERR_NO_SUPPORT
    QVERIFY(session.error().detail.contains(QStringLiteral("virDomainOpenConsole")));
    QCOMPARE(takeOver.count(), 0);
    QCOMPARE(session.attachCount(), 0);
    // No retrying in the background: it stays unsupported.
    QTest::qWait(ConsoleSession::DefaultReattachDelayMs + 300);
    QCOMPARE(session.state(), ConsoleSession::State::Unsupported);
}

void TestConsoleSession::serverWithoutSerialDevice()
{
    const DomainSnapshot plain = server(QStringLiteral("www6-01"));
    QVERIFY(!plain.uuid.isEmpty() && !plain.hasConsole());
    ConsoleSession session(m_manager, plain);
    session.attach();
    QCOMPARE(session.state(), ConsoleSession::State::NoDevice);
    QVERIFY(session.stateText().contains(QStringLiteral("no serial or console device")));
}

void TestConsoleSession::shutOffServerWaits()
{
    const DomainSnapshot off = server(QStringLiteral("legacy-01"));
    QVERIFY(off.hasConsole() && !off.active);
    ConsoleSession session(m_manager, off);
    session.attach();
    QCOMPARE(session.state(), ConsoleSession::State::WaitingForServer);
    QVERIFY(session.stateText().contains(QStringLiteral("attaches when it starts")));
}

void TestConsoleSession::inputWhileDetachedIsDropped()
{
    ConsoleSession session(m_manager, server(QStringLiteral("legacy-01")));
    QSignalSpy dropped(&session, &ConsoleSession::inputDropped);
    session.send("ls\r");
    QCOMPARE(dropped.count(), 1);
    session.typeTerminalSize();
    QCOMPARE(dropped.count(), 2);
}

void TestConsoleSession::transcript()
{
    ConsoleSession session(m_manager, server(QStringLiteral("db-01")));
    session.screen()->feed("login: root\r\n\x1b[1mbold\x1b[0m text\r\n");
    const QString path = m_dir.filePath(QStringLiteral("t.txt"));
    QVERIFY(session.saveTranscript(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("login: root\nbold text\n"));
    const Status bad = session.saveTranscript(m_dir.filePath(QStringLiteral("no/such/dir/t.txt")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("Cannot write")));
}

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
