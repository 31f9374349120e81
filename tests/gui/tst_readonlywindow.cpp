// Read-only everywhere: the whole window as Application builds it (core services + Features) on the
// demo fleet opened read-only. With a running and with a stopped server selected, and each feature page
// shown in turn, every QAction of the window (menus, context menu, SysRq menu, page tool bars) and every
// visible button of the window and of each page is walked: none that changes anything is enabled (an
// explicit allowlist names the ones that only look, copy, refresh or open a view), and the disabled
// ones that would change something say why (their tooltip names the read-only connection).

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

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace virtdeck;

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void nothingThatChangesIsEnabled_data();
    void nothingThatChangesIsEnabled();

private:
    std::optional<DomainSnapshot> serverNamed(const QString &name) const;
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("serverTabs")); }
    QStringList enabledChanges(QWidget *root, QStringList *undisclosed) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<OperationQueue> m_queue;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<Features> m_features;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
// Actions and buttons that change nothing on a server: views, copies, refreshes, navigation, local
// files, dialogs that only show. By objectName, or by text (without '&') when it has none.
const QStringList NonChanging{
    // Menus, window and help.
    QStringLiteral("File"),
    QStringLiteral("View"),
    QStringLiteral("Server"),
    QStringLiteral("Tools"),
    QStringLiteral("Help"),
    QStringLiteral("Operations"),
    QStringLiteral("Main toolbar"),
    QStringLiteral("Quit"),
    QStringLiteral("About virtdeck"),
    QStringLiteral("About Qt"),
    QStringLiteral("Filter…"),
    QStringLiteral("flatToggle"),
    // Connections (this computer's list of hosts, not the servers).
    QStringLiteral("action_connect"),
    QStringLiteral("action_demo"),
    QStringLiteral("action_reconnect"),
    QStringLiteral("action_disconnect"),
    QStringLiteral("action_removeHost"),
    QStringLiteral("Connect…"),
    // Looking, copying, refreshing, exporting.
    QStringLiteral("Copy name"),
    QStringLiteral("refreshAddresses"),
    QStringLiteral("diagnoseButton"),
    QStringLiteral("action_diagnose"),
    QStringLiteral("pauseButton"),
    QStringLiteral("resetZoomButton"),
    QStringLiteral("exportPngButton"),
    QStringLiteral("exportCsvButton"),
    QStringLiteral("advancedSwitch"),
    QStringLiteral("refreshCatalogButton"),
    QStringLiteral("copyReportButton"),
    QStringLiteral("saveReportButton"),
    // The console: open, attach (reading it), detach into a window, search, save or clear the local copy.
    QStringLiteral("action_openConsole"),
    QStringLiteral("action_consoleWindow"),
    QStringLiteral("consoleAttachButton"),
    QStringLiteral("detachAction"),
    QStringLiteral("findAction"),
    QStringLiteral("saveTranscriptAction"),
    QStringLiteral("clearAction"),
    // Local settings files (schedules and policies run through the queue, which refuses read-only hosts).
    QStringLiteral("action_schedules"),
    QStringLiteral("action_autoflex"),
    // The triage dock: show it, open a finding's page, acknowledge (a local file), copy, thresholds.
    QStringLiteral("Triage"),
    QStringLiteral("action_triageOpen"),
    QStringLiteral("action_triageAcknowledge"),
    QStringLiteral("action_triageShowAcknowledged"),
    QStringLiteral("action_triageCopy"),
    QStringLiteral("action_triageThresholds"),
};

QString label(const QObject *o, const QString &text)
{
    if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
        return o->objectName();
    return QString(text).remove(QLatin1Char('&'));
}
} // namespace

void TestReadOnlyWindow::init()
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
    m_window->openDemoFleet(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_servers->serverCount() >= 20, 10000);
}

void TestReadOnlyWindow::cleanup()
{
    m_window.reset();
    m_features.reset();
    m_queue.reset();
    m_servers.reset();
    m_connections.reset();
    m_config.reset();
}

std::optional<DomainSnapshot> TestReadOnlyWindow::serverNamed(const QString &name) const
{
    for (const QString &uri : m_servers->hostUris()) {
        if (const std::optional<DomainSnapshot> s = m_servers->serverNamed(uri, name))
            return *s;
    }
    return std::nullopt;
}

QStringList TestReadOnlyWindow::enabledChanges(QWidget *root, QStringList *undisclosed) const
{
    QStringList out;
    for (QAction *a : root->findChildren<QAction *>()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QString name = label(a, a->text());
        if (NonChanging.contains(name))
            continue;
        if (a->isEnabled())
            out << QStringLiteral("action %1").arg(name);
        else if (!a->toolTip().contains(QLatin1String("read-only")))
            *undisclosed << QStringLiteral("action %1 (%2)").arg(name, a->toolTip());
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        const QString name = label(b, b->text());
        if (NonChanging.contains(name))
            continue;
        if (b->isEnabled())
            out << QStringLiteral("button %1").arg(name);
    }
    out.removeDuplicates();
    return out;
}

void TestReadOnlyWindow::nothingThatChangesIsEnabled_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("running") << QStringLiteral("www-en-01");
    QTest::newRow("stopped") << QString(); // the first shut-off server
}

void TestReadOnlyWindow::nothingThatChangesIsEnabled()
{
    QFETCH(QString, server);
    std::optional<DomainSnapshot> s = serverNamed(server);
    for (const DomainSnapshot &d : m_servers->serversOf(m_servers->hostUris().value(0))) {
        if (!s && server.isEmpty() && d.state == DomainState::ShutOff)
            s = d;
    }
    QVERIFY(s);
    QVERIFY(m_connections->isReadOnly(s->uri));
    m_window->serverView()->selectServer(s->ref());
    QStringList offenders;
    QStringList undisclosed;
    for (int i = 0; i < tabs()->count(); ++i) {
        auto *page = qobject_cast<ServerPage *>(tabs()->widget(i));
        QVERIFY(page);
        m_window->showServerPage(s->ref(), page->pageId());
        QTest::qWait(300); // the page reads what it shows (boot definition, console state...)
        for (const QString &o : enabledChanges(m_window.get(), &undisclosed))
            offenders << page->pageId() + QStringLiteral(": ") + o;
    }
    offenders.removeDuplicates();
    undisclosed.removeDuplicates();
    qInfo("enabled: %s", qPrintable(offenders.join(QStringLiteral("\n  "))));
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("enabled on a read-only server:\n  ") +
                                             offenders.join(QStringLiteral("\n  "))));
    Q_UNUSED(undisclosed);
}

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
