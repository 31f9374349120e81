// The Triage dock in the whole window (core services + Features, offscreen, on the demo fleet of
// libvirt's test driver). Findings are produced by feeding the window's own triage engine synthetic
// snapshots and stats of demo servers (the test driver cannot crash, pause on an I/O error or report
// vCPU wait): the dock lists them worst first, sorts on a clicked header, acknowledges (title count and
// rows follow, "show acknowledged" brings them back), copies them as text, and each action button
// opens the page its finding points to (console, charts, overview, the host row).

#include "Features.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "common/ServerPage.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"
#include "operations/OperationLog.h"
#include "operations/OperationQueue.h"
#include "servers/LifecycleOperations.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"
#include "triage/TriageBadgeDelegate.h"
#include "triage/TriageDock.h"
#include "triage/TriageEngine.h"
#include "triage/TriageFilterModel.h"
#include "triage/TriageModel.h"
#include "triage/TriageSettingsDialog.h"

#include <libvirt/libvirt.h>

#include <QAction>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestTriageDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsWorstFirst();
    void sortsOnHeaderClick();
    void acknowledges();
    void actionOpensThePage_data();
    void actionOpensThePage();
    void hostActionSelectsTheHost();
    void copiesText();
    void badgeCountsOpenFindings();
    void thresholdsAreSettings();

private:
    std::optional<DomainSnapshot> serverNamed(const QString &name) const;
    // Three findings: www-en-01 paused on an I/O error (critical), www-en-02 waiting for CPU (steal,
    // warning), www-en-03 with pending changes (notice).
    void makeFindings();
    QString pageShown() const;
    int rowOf(const QString &server, TriageKind kind) const;
    TriageDock *dock() const { return m_features->triageDock(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<Features> m_features;
    std::unique_ptr<MainWindow> m_window;
};

void TestTriageDock::init()
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
    options.triageFile = m_dir.filePath(QStringLiteral("triage-%1.json").arg(QTest::currentTestFunction()));
    options.startAutomation = false;
    m_features = std::make_unique<Features>(services, options);
    m_window = std::make_unique<MainWindow>(services);
    m_features->install(m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    MessageBox::resetCounters();
    m_window->openDemoFleet();
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() >= 20, 10000);
    QVERIFY(dock());
    dock()->show();
    dock()->raise();
    makeFindings();
}

void TestTriageDock::cleanup()
{
    m_window.reset();
    m_features.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
}

std::optional<DomainSnapshot> TestTriageDock::serverNamed(const QString &name) const
{
    for (const QString &uri : m_servers->hostUris()) {
        if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(uri, name))
            return *s;
    }
    return std::nullopt;
}

void TestTriageDock::makeFindings()
{
    TriageEngine *engine = m_features->triage();
    std::optional<DomainSnapshot> a = serverNamed(QStringLiteral("www-en-01"));
    std::optional<DomainSnapshot> b = serverNamed(QStringLiteral("www-en-02"));
    std::optional<DomainSnapshot> c = serverNamed(QStringLiteral("www-en-03"));
    QVERIFY(a && b && c);
    QVERIFY(b->active);
    a->state = DomainState::Paused;
    a->stateReason = VIR_DOMAIN_PAUSED_IOERROR;
    engine->applyServer(*a);
    c->active = true;
    c->state = DomainState::Running;
    c->pendingChanges = {QStringLiteral("vCPUs: 1 → 2")};
    engine->applyServer(*c);
    // Six minutes of 25 % vCPU wait for www-en-02, as the stats ticks would bring them.
    TriageSettings settings = engine->settings();
    settings.stealWindowSeconds = 60;
    engine->setSettings(settings);
    const qint64 t0 = engine->now() - 60 * 1000;
    for (int i = 0; i <= 12; ++i) {
        DomainRates r;
        r.uuid = b->uuid;
        r.wallMs = t0 + i * 5000;
        r.cpuPercent = 40;
        r.stealPercent = 25;
        r.vcpus = 1;
        engine->applyRates(b->uri, {r});
    }
    QVERIFY(rowOf(QStringLiteral("www-en-01"), TriageKind::Paused) >= 0);
    QVERIFY(rowOf(QStringLiteral("www-en-02"), TriageKind::CpuSteal) >= 0);
    QVERIFY(rowOf(QStringLiteral("www-en-03"), TriageKind::PendingChanges) >= 0);
}

int TestTriageDock::rowOf(const QString &server, TriageKind kind) const
{
    QAbstractItemModel *m = dock()->view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const TriageFinding f = m->index(r, 0).data(TriageModel::FindingRole).value<TriageFinding>();
        if (f.server.name == server && f.kind == kind)
            return r;
    }
    return -1;
}

QString TestTriageDock::pageShown() const
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("serverTabs"));
    auto *page = tabs ? qobject_cast<ServerPage *>(tabs->currentWidget()) : nullptr;
    return page ? page->pageId() : QString();
}

void TestTriageDock::listsWorstFirst()
{
    QAbstractItemModel *m = dock()->view()->model();
    QVERIFY(m->rowCount() >= 3);
    // The demo fleet brings findings of its own (a crashed server...): the order is by severity.
    int previous = int(TriageSeverity::Critical);
    for (int r = 0; r < m->rowCount(); ++r) {
        const int severity = m->index(r, 0).data(TriageModel::SeverityRole).toInt();
        QVERIFY2(severity >= previous, qPrintable(m->index(r, 0).data().toString()));
        previous = severity;
    }
    const int paused = rowOf(QStringLiteral("www-en-01"), TriageKind::Paused);
    QCOMPARE(m->index(paused, 0).data(TriageModel::SeverityRole).toInt(), int(TriageSeverity::Critical));
    QVERIFY(m->index(paused, TriageModel::EvidenceColumn)
                .data()
                .toString()
                .contains(QStringLiteral("I/O error")));
    QVERIFY(paused < rowOf(QStringLiteral("www-en-02"), TriageKind::CpuSteal));
    QVERIFY(rowOf(QStringLiteral("www-en-02"), TriageKind::CpuSteal) <
            rowOf(QStringLiteral("www-en-03"), TriageKind::PendingChanges));
    QVERIFY(m->index(rowOf(QStringLiteral("www-en-02"), TriageKind::CpuSteal), TriageModel::EvidenceColumn)
                .data()
                .toString()
                .contains(QStringLiteral("25 %")));
    const int open = m_features->triage()->openCount();
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Triage (%1)").arg(open));
    for (int r = 0; r < m->rowCount(); ++r)
        qInfo("%s | %s | %s | %s", qPrintable(m->index(r, 0).data().toString()),
              qPrintable(m->index(r, 1).data().toString()), qPrintable(m->index(r, 3).data().toString()),
              qPrintable(m->index(r, 4).data().toString()));
}

void TestTriageDock::sortsOnHeaderClick()
{
    QTableView *view = dock()->view();
    QHeaderView *header = view->horizontalHeader();
    const int x = header->sectionViewportPosition(TriageModel::ServerColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(TriageModel::ServerColumn));
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names
            << view->model()->index(r, TriageModel::ServerColumn).data(TriageModel::RawValueRole).toString();
    QStringList sorted = names;
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        std::sort(sorted.begin(), sorted.end());
    else
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(names, sorted);
}

void TestTriageDock::acknowledges()
{
    QTableView *view = dock()->view();
    const int before = view->model()->rowCount();
    const int open = m_features->triage()->openCount();
    QVERIFY(!dock()->acknowledgeAction()->isEnabled());
    const int row = rowOf(QStringLiteral("www-en-01"), TriageKind::Paused);
    view->selectRow(row);
    QVERIFY(dock()->acknowledgeAction()->isEnabled());
    dock()->acknowledgeAction()->trigger();
    QCOMPARE(view->model()->rowCount(), before - 1);
    QCOMPARE(rowOf(QStringLiteral("www-en-01"), TriageKind::Paused), -1);
    QCOMPARE(m_features->triage()->openCount(), open - 1);
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Triage (%1)").arg(open - 1));
    dock()->showAcknowledgedAction()->setChecked(true);
    QCOMPARE(view->model()->rowCount(), before);
    dock()->showAcknowledgedAction()->setChecked(false);
    // Kept in the triage file.
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("triage-acknowledges.json"))));
    // The finding changes (another pause reason): it shows again.
    std::optional<DomainSnapshot> a = serverNamed(QStringLiteral("www-en-01"));
    a->state = DomainState::Paused;
    a->stateReason = VIR_DOMAIN_PAUSED_WATCHDOG;
    m_features->triage()->applyServer(*a);
    QVERIFY(rowOf(QStringLiteral("www-en-01"), TriageKind::Paused) >= 0);
}

void TestTriageDock::actionOpensThePage_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("page");
    QTest::newRow("paused: console") << QStringLiteral("www-en-01") << int(TriageKind::Paused)
                                     << QStringLiteral("console");
    QTest::newRow("steal: charts") << QStringLiteral("www-en-02") << int(TriageKind::CpuSteal)
                                   << QStringLiteral("charts");
    QTest::newRow("pending changes: overview")
        << QStringLiteral("www-en-03") << int(TriageKind::PendingChanges) << QStringLiteral("overview");
}

void TestTriageDock::actionOpensThePage()
{
    QFETCH(QString, server);
    QFETCH(int, kind);
    QFETCH(QString, page);
    // Start elsewhere: another server, on the boot page.
    const std::optional<DomainSnapshot> other = serverNamed(QStringLiteral("www-en-04"));
    QVERIFY(other);
    m_window->showServerPage(other->ref(), QStringLiteral("boot"));
    QCOMPARE(pageShown(), QStringLiteral("boot"));

    QTableView *view = dock()->view();
    const int row = rowOf(server, TriageKind(kind));
    QVERIFY(row >= 0);
    const QModelIndex button = view->model()->index(row, TriageModel::ActionColumn);
    view->scrollTo(button);
    const QRect rect = view->visualRect(button);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pageShown(), page);
    const std::optional<DomainSnapshot> current = m_window->serverView()->currentServer();
    QVERIFY(current);
    QCOMPARE(current->name, server);
}

void TestTriageDock::hostActionSelectsTheHost()
{
    const std::optional<DomainSnapshot> a = serverNamed(QStringLiteral("www-en-01"));
    QVERIFY(a);
    m_window->showServerPage(a->ref(), QStringLiteral("boot"));
    // The demo host stops answering, as the connection would report it.
    HostSnapshot host = m_connections->host(a->uri);
    host.state = HostState::NotResponding;
    host.reason = QStringLiteral("keepalive timeout");
    m_features->triage()->applyHost(host);
    QTableView *view = dock()->view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(TriageModel::FindingRole).value<TriageFinding>().kind ==
            TriageKind::HostNotResponding)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, 0).data(TriageModel::SeverityRole).toInt(),
             int(TriageSeverity::Critical));
    // Through the toolbar's Open on the selected row this time.
    view->selectRow(row);
    QVERIFY(dock()->openAction()->isEnabled());
    dock()->openAction()->trigger();
    QVERIFY(!m_window->serverView()->currentServer());
    QCOMPARE(m_window->serverView()->currentHostUri(), a->uri);
}

void TestTriageDock::copiesText()
{
    const QString text = dock()->exportText();
    QVERIFY2(text.contains(QStringLiteral("www-en-01")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("www-en-02")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("UTC")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("25 %")), qPrintable(text));
    // With a selection, only the selected findings.
    dock()->view()->selectRow(rowOf(QStringLiteral("www-en-03"), TriageKind::PendingChanges));
    const QString selected = dock()->exportText();
    QVERIFY2(selected.contains(QStringLiteral("www-en-03")) &&
                 !selected.contains(QStringLiteral("www-en-01")),
             qPrintable(selected));
    dock()->copyAction()->trigger(); // reaches the clipboard without a crash offscreen
}

void TestTriageDock::badgeCountsOpenFindings()
{
    ServerTreeView *view = m_window->serverView();
    auto *badge =
        qobject_cast<TriageBadgeDelegate *>(view->itemDelegateForColumn(ServerListModel::NameColumn));
    QVERIFY(badge);
    const std::optional<DomainSnapshot> a = serverNamed(QStringLiteral("www-en-01"));
    const std::optional<DomainSnapshot> quiet = serverNamed(QStringLiteral("www-en-04"));
    auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    QVERIFY(proxy);
    int worst = -1;
    QCOMPARE(badge->openCount(proxy->mapFromSource(m_servers->indexOf(a->ref())), &worst), 1);
    QCOMPARE(worst, int(TriageSeverity::Critical));
    QCOMPARE(badge->openCount(proxy->mapFromSource(m_servers->indexOf(quiet->ref()))), 0);
    view->viewport()->repaint(); // paints through the delegate without a crash
}

void TestTriageDock::thresholdsAreSettings()
{
    QVERIFY(dock()->thresholdsAction()->isEnabled());
    dock()->thresholdsAction()->trigger();
    auto *dialog = dock()->findChild<TriageSettingsDialog *>(QStringLiteral("triageSettingsDialog"));
    QVERIFY(dialog);
    // Raising the steal threshold above www-en-02's 25 % ends its finding at once.
    auto *steal = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("stealPercent"));
    QVERIFY(steal);
    steal->setValue(30);
    dialog->accept();
    QCOMPARE(m_config->value(QStringLiteral("triage/stealPercent")).toDouble(), 30.0);
    QCOMPARE(m_features->triage()->settings().stealPercent, 30.0);
    QCOMPARE(rowOf(QStringLiteral("www-en-02"), TriageKind::CpuSteal), -1);
}

QTEST_MAIN(TestTriageDock)
#include "tst_triagedock.moc"
