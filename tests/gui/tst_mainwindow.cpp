// The real main window, offscreen, on the demo fleet: the list fills, the filter bar narrows it, a bulk
// action on the selected servers queues one operation per server and the operations dock shows them
// finishing; force off asks first; a read-only connection disables every change with the reason; the
// Connect dialog refuses a bad URI before anything is opened.

#include "MainWindow.h"
#include "ServerActions.h"
#include "common/MessageBox.h"
#include "connect/ConnectDialog.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationListModel.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "operations/OperationsDock.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace virtdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void filterSelectBulkPause();
    void forceOffAsksFirst();
    void readOnlyDisablesChanges();
    void connectDialogRefusesBadUri();

private:
    int visibleServers() const;
    QList<DomainSnapshot> servers(const QString &prefix) const;
    int count(const QString &prefix, DomainState state) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_connections = std::make_unique<ConnectionManager>();
    m_queue = std::make_unique<OperationQueue>(m_connections.get(),
                                               new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_connections.get());
    m_window = std::make_unique<MainWindow>(
        Services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::resetCounters();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ops.jsonl")));
}

int TestMainWindow::visibleServers() const
{
    const QAbstractItemModel *model = m_window->serverView()->model();
    int n = 0;
    for (int h = 0; h < model->rowCount(); ++h)
        n += model->rowCount(model->index(h, 0));
    return n;
}

QList<DomainSnapshot> TestMainWindow::servers(const QString &prefix) const
{
    QList<DomainSnapshot> out;
    for (const QString &uri : m_servers->hostUris()) {
        for (const DomainSnapshot &s : m_servers->serversOf(uri)) {
            if (s.name.startsWith(prefix))
                out << s;
        }
    }
    return out;
}

int TestMainWindow::count(const QString &prefix, DomainState state) const
{
    const QList<DomainSnapshot> list = servers(prefix);
    return int(std::count_if(list.begin(), list.end(),
                             [state](const DomainSnapshot &s) { return s.state == state; }));
}

void TestMainWindow::filterSelectBulkPause()
{
    m_window->openDemoFleet();
    QTRY_VERIFY(m_servers->serverCount() >= 25);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo")));
    QCOMPARE(visibleServers(), m_servers->serverCount());

    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("www-fr"));
    QTRY_COMPARE(visibleServers(), 10);

    QTreeView *view = m_window->serverView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0, view->model()->index(0, 0)));
    view->selectAll();
    const int running = count(QStringLiteral("www-fr"), DomainState::Running);
    const int pausedBefore = count(QStringLiteral("www-fr"), DomainState::Paused);
    QVERIFY(running > 3);
    QAction *pause = m_window->serverActions()->action(Lifecycle::Action::Pause);
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY(pause->toolTip().contains(QString::number(running)));
    pause->trigger();

    OperationListModel *ops = m_window->operationsDock()->model();
    QTRY_COMPARE(ops->rowCount(), running);
    auto allSucceeded = [this] {
        const QList<Operation> ops = m_queue->operations();
        return std::all_of(ops.begin(), ops.end(),
                           [](const Operation &op) { return op.state == OperationState::Succeeded; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSucceeded(), 10000);
    QTRY_COMPARE(count(QStringLiteral("www-fr"), DomainState::Paused), running + pausedBefore);
    QCOMPARE(ops->index(0, OperationListModel::StateColumn).data().toString(), QStringLiteral("Succeeded"));

    // Clearing finished operations empties the dock.
    auto *clear = m_window->operationsDock()->findChild<QPushButton *>(QStringLiteral("clearOperations"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(ops->rowCount(), 0);
}

void TestMainWindow::forceOffAsksFirst()
{
    m_window->openDemoFleet();
    QTRY_VERIFY(m_servers->serverCount() >= 25);
    const DomainSnapshot db = servers(QStringLiteral("db-01")).first();
    m_window->showServerPage(db.ref(), QStringLiteral("overview"));
    QAction *forceOff = m_window->serverActions()->action(Lifecycle::Action::ForceOff);
    QTRY_VERIFY(forceOff->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    forceOff->trigger();
    QTRY_COMPARE(MessageBox::askedCount(), 1);
    QVERIFY(MessageBox::lastQuestionText().contains(QStringLiteral("db-01")));
    QTest::qWait(50);
    QCOMPARE(m_queue->operations().size(), 0); // refused: nothing queued

    MessageBox::setNextAnswer(QMessageBox::Yes);
    forceOff->trigger();
    QTRY_COMPARE(m_queue->operations().size(), 1);
    QTRY_COMPARE(servers(QStringLiteral("db-01")).first().state, DomainState::ShutOff);
}

void TestMainWindow::readOnlyDisablesChanges()
{
    m_window->openDemoFleet(true);
    QTRY_VERIFY(m_servers->serverCount() >= 25);
    const DomainSnapshot www = servers(QStringLiteral("www-en-01")).first();
    m_window->showServerPage(www.ref(), QStringLiteral("overview"));
    for (QAction *a : m_window->serverActions()->lifecycleActions()) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(a->toolTip().contains(QStringLiteral("read-only")));
    }
    QVERIFY(!m_window->serverActions()->addTagAction()->isEnabled());
    auto *tagEdit = m_window->findChild<QLineEdit *>(QStringLiteral("tagEdit"));
    QVERIFY(tagEdit && tagEdit->isReadOnly());
}

void TestMainWindow::connectDialogRefusesBadUri()
{
    ConnectDialog dialog({QStringLiteral("qemu:///system")});
    auto *uri = dialog.findChild<QComboBox *>(QStringLiteral("uriEdit"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(uri && button);
    QVERIFY(button->isEnabled());
    uri->setCurrentText(QStringLiteral("qemu+ssh:///system"));
    QVERIFY(!button->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("uriStatus"))->text().contains(QStringLiteral("host")));
    uri->setCurrentText(QStringLiteral("test:///default"));
    QVERIFY(button->isEnabled());
    SavedConnection chosen;
    connect(&dialog, &ConnectDialog::connectRequested, this, [&](const SavedConnection &c) { chosen = c; });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(chosen.uri, QStringLiteral("test:///default"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
