// The whole window as Application builds it (core services + Features), offscreen, on the demo fleet
// (libvirt's real test driver): every feature page is a tab of the selected server, the list has its
// Address, CPU and Network columns with sparklines, the feature actions sit in the context menu and
// follow the selection, the console page says the test driver has no serial console, Diagnose on a
// stopped server answers from the hypervisor's view alone, and Flex / Run command open their windows.

#include "Features.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "console/ConsolePage.h"
#include "console/ConsoleSession.h"
#include "core/Config.h"
#include "diagnostics/AddressSection.h"
#include "diagnostics/DiagnosePage.h"
#include "diagnostics/RunCommandDialog.h"
#include "flex/BulkFlexDialog.h"
#include "hypervisor/ConnectionManager.h"
#include "metrics/Sparkline.h"
#include "metrics/SparklineDelegate.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void everyPageIsATab();
    void listHasFeatureColumns();
    void actionsFollowSelection();
    void consoleSaysTestDriverHasNone();
    void diagnoseStoppedServer();
    void flexAndRunCommandOpenTheirWindows();
    void overviewShowsAddresses();

private:
    std::optional<DomainSnapshot> serverNamed(const QString &name) const;
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("serverTabs")); }
    QStringList pageIds() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<Features> m_features;
    std::unique_ptr<MainWindow> m_window;
};

void TestFeatures::init()
{
    m_config = std::make_unique<Config>(m_dir.filePath(QStringLiteral("virtdeck.conf")));
    m_connections = std::make_unique<ConnectionManager>();
    m_queue = std::make_unique<OperationQueue>(m_connections.get(),
                                               new OperationLog(m_dir.filePath(QStringLiteral("ops.jsonl"))));
    Lifecycle::registerKinds(*m_queue, 10, 10);
    m_servers = std::make_unique<ServerListModel>();
    m_servers->attach(m_connections.get());
    const Services services{m_config.get(), m_connections.get(), m_queue.get(), m_servers.get()};
    Features::Options options;
    options.historyDirectory = m_dir.filePath(QStringLiteral("history"));
    options.startAutomation = false;
    m_features = std::make_unique<Features>(services, options);
    m_window = std::make_unique<MainWindow>(services);
    m_features->install(m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::resetCounters();
    m_window->openDemoFleet();
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() >= 20, 10000);
}

void TestFeatures::cleanup()
{
    m_window.reset();
    m_features.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
}

std::optional<DomainSnapshot> TestFeatures::serverNamed(const QString &name) const
{
    for (const QString &uri : m_servers->hostUris()) {
        if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(uri, name))
            return *s;
    }
    return std::nullopt;
}

QStringList TestFeatures::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < tabs()->count(); ++i) {
        if (auto *page = qobject_cast<ServerPage *>(tabs()->widget(i)))
            ids << page->pageId();
    }
    return ids;
}

void TestFeatures::everyPageIsATab()
{
    QCOMPARE(pageIds(),
             (QStringList{QStringLiteral("overview"), QStringLiteral("console"), QStringLiteral("charts"),
                          QStringLiteral("flex"), QStringLiteral("boot"), QStringLiteral("diagnose")}));
    const std::optional<DomainSnapshot> web = serverNamed(QStringLiteral("www-en-01"));
    QVERIFY(web);
    m_window->showServerPage(web->ref(), QStringLiteral("charts"));
    QCOMPARE(qobject_cast<ServerPage *>(tabs()->currentWidget())->pageId(), QStringLiteral("charts"));
    m_window->showServerPage(web->ref(), QStringLiteral("boot"));
    QCOMPARE(qobject_cast<ServerPage *>(tabs()->currentWidget())->pageId(), QStringLiteral("boot"));
}

void TestFeatures::listHasFeatureColumns()
{
    ServerTreeView *view = m_window->serverView();
    QCOMPARE(view->model()->headerData(ServerListModel::CpuColumn, Qt::Horizontal).toString(),
             QStringLiteral("CPU"));
    QCOMPARE(view->model()->headerData(ServerListModel::NetworkColumn, Qt::Horizontal).toString(),
             QStringLiteral("Network"));
    QCOMPARE(view->model()->headerData(ServerListModel::AddressColumn, Qt::Horizontal).toString(),
             QStringLiteral("Address"));
    QVERIFY(qobject_cast<SparklineDelegate *>(view->itemDelegateForColumn(ServerListModel::CpuColumn)));
    QVERIFY(qobject_cast<SparklineDelegate *>(view->itemDelegateForColumn(ServerListModel::NetworkColumn)));
    // The demo fleet's running servers get a sparkline value once the sampler ticked twice.
    const std::optional<DomainSnapshot> web = serverNamed(QStringLiteral("www-en-01"));
    QVERIFY(web && web->active);
    const QModelIndex cpu = m_servers->indexOf(web->ref(), ServerListModel::CpuColumn);
    QVERIFY(cpu.data(ServerListModel::SparklineRole).canConvert<Sparkline>());
    view->viewport()->repaint(); // paints through the delegate without a crash
}

void TestFeatures::actionsFollowSelection()
{
    ServerTreeView *view = m_window->serverView();
    view->clearSelection();
    view->setCurrentIndex({});
    QVERIFY(!m_features->runCommandAction()->isEnabled());
    QVERIFY(!m_features->diagnoseAction()->isEnabled());
    const std::optional<DomainSnapshot> web = serverNamed(QStringLiteral("www-en-02"));
    QVERIFY(web);
    view->selectServer(web->ref());
    QVERIFY(m_features->diagnoseAction()->isEnabled());
    QVERIFY(m_features->runCommandAction()->isEnabled());
    QVERIFY(m_features->flexAction()->isEnabled());
    QVERIFY(m_features->sysRqMenu()->menuAction()->isEnabled());
    // The Server menu carries the feature actions after the lifecycle ones.
    QMenu *serverMenu = nullptr;
    for (QMenu *m : m_window->findChildren<QMenu *>()) {
        if (m->actions().contains(m_features->diagnoseAction()))
            serverMenu = m;
    }
    QVERIFY(serverMenu);
    QVERIFY(serverMenu->actions().contains(m_features->sysRqMenu()->menuAction()));
    QVERIFY(serverMenu->actions().contains(m_features->flexAction()));
    // SysRq lists every command with its meaning; the dangerous ones end in "…" (they ask first).
    const QList<QAction *> sysrq = m_features->sysRqMenu()->actions();
    QVERIFY(sysrq.size() >= 30);
    bool sawReboot = false;
    for (QAction *a : sysrq) {
        if (a->objectName() == QStringLiteral("action_sysrq_b")) {
            sawReboot = true;
            QVERIFY(a->text().endsWith(QChar(0x2026)));
            QVERIFY(!a->toolTip().isEmpty());
        }
    }
    QVERIFY(sawReboot);
}

void TestFeatures::consoleSaysTestDriverHasNone()
{
    const std::optional<DomainSnapshot> web = serverNamed(QStringLiteral("www-en-03"));
    QVERIFY(web);
    m_window->serverView()->selectServer(web->ref());
    QVERIFY(web->hasConsole()); // the demo's definitions carry a serial device, as real ones do
    QVERIFY(m_features->openConsoleAction()->isEnabled());
    m_features->openConsoleAction()->trigger();
    QCOMPARE(qobject_cast<ServerPage *>(tabs()->currentWidget())->pageId(), QStringLiteral("console"));
    ConsoleSession *session = m_features->consolePage()->session(web->ref());
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConsoleSession::State::Unsupported, 10000);
}

void TestFeatures::diagnoseStoppedServer()
{
    // A stopped server: the hypervisor's view is the answer, no SSH is tried.
    std::optional<DomainSnapshot> stopped;
    for (const DomainSnapshot &s : m_servers->serversOf(m_servers->hostUris().value(0))) {
        if (!stopped && s.state == DomainState::ShutOff)
            stopped = s;
    }
    QVERIFY(stopped);
    m_window->serverView()->selectServer(stopped->ref());
    m_features->diagnoseAction()->trigger();
    DiagnosePage *page = m_features->diagnosePage();
    QCOMPARE(tabs()->currentWidget(), page);
    QTRY_VERIFY_WITH_TIMEOUT(page->report() && page->report()->finished, 15000);
    QVERIFY(!page->report()->findings.isEmpty());
    QVERIFY(page->report()->toText().contains(stopped->name));
}

void TestFeatures::flexAndRunCommandOpenTheirWindows()
{
    ServerTreeView *view = m_window->serverView();
    view->selectionModel()->clearSelection();
    const QStringList names{QStringLiteral("www-fr-01"), QStringLiteral("www-fr-02"),
                            QStringLiteral("www-fr-03")};
    for (const QString &name : names) {
        const std::optional<DomainSnapshot> s = serverNamed(name);
        QVERIFY(s);
        const QModelIndex source = m_servers->indexOf(s->ref());
        const QModelIndex proxy = qobject_cast<QAbstractProxyModel *>(view->model())->mapFromSource(source);
        view->selectionModel()->select(proxy, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(view->selectedServers().size(), 3);
    m_features->flexAction()->trigger();
    QTRY_VERIFY(m_window->findChild<BulkFlexDialog *>());
    QCOMPARE(m_window->findChild<BulkFlexDialog *>()->plans().size(), 3);
    m_window->findChild<BulkFlexDialog *>()->close();
    m_features->runCommandAction()->trigger();
    QTRY_VERIFY(m_window->findChild<RunCommandDialog *>());
    QCOMPARE(m_window->findChild<RunCommandDialog *>()->servers().size(), 3);
}

void TestFeatures::overviewShowsAddresses()
{
    const std::optional<DomainSnapshot> web = serverNamed(QStringLiteral("www-en-04"));
    QVERIFY(web && web->active);
    m_window->showServerPage(web->ref(), QStringLiteral("overview"));
    auto *section = m_window->findChild<AddressSection *>(QStringLiteral("addressSection"));
    QVERIFY(section);
    // The test driver answers with addresses it invents, and the box says so.
    QTRY_VERIFY_WITH_TIMEOUT(section->text().contains(QStringLiteral("test driver")), 10000);
    // A stopped server has none.
    std::optional<DomainSnapshot> stopped;
    for (const DomainSnapshot &s : m_servers->serversOf(web->uri)) {
        if (!stopped && !s.active)
            stopped = s;
    }
    QVERIFY(stopped);
    m_window->showServerPage(stopped->ref(), QStringLiteral("overview"));
    QVERIFY(section->text().contains(QStringLiteral("not running")));
}

QTEST_MAIN(TestFeatures)
#include "tst_features.moc"
