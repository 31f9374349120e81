// A bad URI is not remembered. The real main window, offscreen: File → Connect with "connect at start"
// for a host that does not exist (a name under .invalid, which never resolves) saves nothing — not in the
// saved connections, not in the recent URIs — and the attempt ends with a message instead of retrying;
// the same for libvirt's real test driver saves it once it has connected.

#include "MainWindow.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestConnectSave : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void unknownHostIsNotSaved();
    void workingHostIsSavedOnceConnected();

private:
    bool saved(const QString &uri) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<MainWindow> m_window;
};

void TestConnectSave::init()
{
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_config->set(Config::Key::ReconnectMaxDelay, 1);
    m_connections = std::make_unique<ConnectionManager>();
    m_queue = std::make_unique<OperationQueue>(m_connections.get(), nullptr);
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_connections.get());
    m_window = std::make_unique<MainWindow>(
        Services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()});
}

void TestConnectSave::cleanup()
{
    m_window.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("virtdeck.conf")));
}

bool TestConnectSave::saved(const QString &uri) const
{
    const QList<SavedConnection> all = m_config->connections();
    return std::any_of(all.begin(), all.end(), [&](const SavedConnection &c) { return c.uri == uri; });
}

void TestConnectSave::unknownHostIsNotSaved()
{
    const QString uri = QStringLiteral("qemu+tcp://no-such-host.invalid/system");
    m_window->connectTo(SavedConnection{uri, true, false}, true);
    QVERIFY(m_connections->contains(uri));
    QTRY_COMPARE_WITH_TIMEOUT(m_connections->host(uri).state, HostState::Disconnected, 20000);
    QTest::qWait(1500); // a retry would have been scheduled by now
    const HostSnapshot h = m_connections->host(uri);
    qInfo("%s", qPrintable(hostStateText(h)));
    QVERIFY2(!saved(uri), "a URI that never connected was saved with autoconnect");
    QVERIFY(!m_config->recentUris().contains(uri));
    QVERIFY(!h.nextRetry.isValid());
}

void TestConnectSave::workingHostIsSavedOnceConnected()
{
    const QString uri = QStringLiteral("test:///default");
    m_window->connectTo(SavedConnection{uri, true, false}, true);
    QTRY_COMPARE(m_connections->host(uri).state, HostState::Connected);
    QTRY_VERIFY(saved(uri));
    QVERIFY(m_config->recentUris().contains(uri));
}

QTEST_MAIN(TestConnectSave)
#include "tst_connectsave.moc"
