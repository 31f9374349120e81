// The main window's status bar, offscreen, on the demo fleet: "Connecting to Demo fleet…" is shown
// while the fleet connects and goes away once the host is connected (it used to stay for its full
// timeout, saying "connecting" over a connected fleet).

#include "MainWindow.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/ServerListModel.h"

#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestMainWindowStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void connectingMessageEndsWhenConnected();
};

void TestMainWindowStatus::connectingMessageEndsWhenConnected()
{
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("virtdeck.conf")));
    ConnectionManager connections;
    OperationQueue queue(&connections, new OperationLog(dir.filePath(QStringLiteral("ops.jsonl"))));
    ServerListModel servers;
    servers.attach(&connections);
    MainWindow window(Services{&config, &connections, &queue, &servers});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.openDemoFleet();
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Connecting to Demo fleet")),
             qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE(servers.hostUris().size(), 1);
    const QString uri = servers.hostUris().first();
    QTRY_VERIFY(servers.host(uri) && servers.host(uri)->state == HostState::Connected);
    // The host row already says connected: the status bar must not contradict it.
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

QTEST_MAIN(TestMainWindowStatus)
#include "tst_mainwindowstatus.moc"
