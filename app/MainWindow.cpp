#include "MainWindow.h"

#include "ServerActions.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "common/ServerPage.h"
#include "connect/ConnectDialog.h"
#include "connect/CredentialsDialog.h"
#include "hypervisor/ConnectionManager.h"
#include "hypervisor/CredentialBroker.h"
#include "hypervisor/DemoFleet.h"
#include "operations/OperationQueue.h"
#include "operations/OperationsDock.h"
#include "servers/HostPage.h"
#include "servers/OverviewPage.h"
#include "servers/ServerFilterBar.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace virtdeck {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1400, 860);
    m_filter = new ServerFilterModel(this);
    m_filter->setSourceModel(services.servers);
    m_messages = new MessageBar(this);
    m_filterBar = new ServerFilterBar(services.servers, m_filter, services.config, this);
    m_view = new ServerTreeView(services.servers, m_filter, services.config, this);
    m_actions = new ServerActions(services, this);
    buildHostActions();

    m_nothing = new QLabel(tr("Select a server or a host.\nUse File → Connect… to add a hypervisor."), this);
    qobject_cast<QLabel *>(m_nothing)->setAlignment(Qt::AlignCenter);
    m_hostPage = new HostPage({m_reconnect, m_disconnect, m_removeHost, m_autoconnect}, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewPage(services, m_actions->lifecycleActions(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(m_hostPage);
    m_stack->addWidget(m_tabs);
    addServerPage(m_overview);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 640});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_messages);
    centralLayout->addWidget(split, 1);
    setCentralWidget(central);

    m_dock = new OperationsDock(services.operations, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {180}, Qt::Vertical);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    buildMenus();

    connect(m_view, &ServerTreeView::selectionChangedTo, this, &MainWindow::onSelectionChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(services.servers, &ServerListModel::serverUpdated, this, &MainWindow::onServerUpdated);
    connect(services.servers, &ServerListModel::serverRemoved, this, [this](const ServerRef &ref) {
        if (m_shown && *m_shown == ref)
            onSelectionChanged();
    });
    connect(services.servers, &ServerListModel::hostUpdated, this, [this](const HostSnapshot &host) {
        // "Connecting to X…" lasts while X connects, not for its whole timeout.
        if (host.state != HostState::Connecting &&
            statusBar()->currentMessage() == tr("Connecting to %1…").arg(host.displayName))
            statusBar()->clearMessage();
        updateTitle();
        updateStatus();
        onSelectionChanged();
    });
    connect(services.servers, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(services.servers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(services.operations, &OperationQueue::operationChanged, this, &MainWindow::updateStatus);
    connect(m_actions, &ServerActions::failed, m_messages, &MessageBar::showError);
    connect(m_actions, &ServerActions::informed, this,
            [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_dock, &OperationsDock::operationFailed, this, [this](const Operation &op) {
        // A background failure: say so where the eye is, without stealing focus.
        statusBar()->showMessage(tr("Failed: %1 — %2").arg(op.title, op.errorMessage), 15000);
        if (!m_dock->isVisible())
            m_dock->show();
    });
    connect(services.connections->credentialBroker(), &CredentialBroker::credentialsRequested, this,
            &MainWindow::askCredentials);
    connect(services.connections, &ConnectionManager::hostChanged, this, &MainWindow::saveOnceConnected);
    connect(services.connections, &ConnectionManager::connectionRemoved, this,
            [this](const QString &uri) { m_saveWhenConnected.remove(uri); });

    restoreGeometry(services.config->get(Config::Key::MainWindowGeometry).toByteArray());
    restoreState(services.config->get(Config::Key::MainWindowState).toByteArray());
    m_view->restoreLayout();
    updateTitle();
    updateStatus();
    onSelectionChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildHostActions()
{
    m_reconnect = new QAction(Icons::action(QStringLiteral("connect")), tr("Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("action_reconnect"));
    m_disconnect = new QAction(tr("Disconnect"), this);
    m_disconnect->setObjectName(QStringLiteral("action_disconnect"));
    m_removeHost = new QAction(tr("Remove from list"), this);
    m_removeHost->setObjectName(QStringLiteral("action_removeHost"));
    m_removeHost->setStatusTip(tr("Close the connection and forget it"));
    m_autoconnect = new QAction(tr("Connect at start"), this);
    m_autoconnect->setObjectName(QStringLiteral("action_autoconnect"));
    m_autoconnect->setCheckable(true);
    connect(m_autoconnect, &QAction::triggered, this, [this](bool on) {
        const QString uri = selectedHostUri();
        Connection *c = m_services.connections->connection(uri);
        if (!c || c->isDemo())
            return;
        // The user asks to keep it: saved now, even if it never connected.
        m_saveWhenConnected.remove(uri);
        m_services.config->saveConnection(SavedConnection{uri, on, c->isReadOnly()});
    });
    connect(m_reconnect, &QAction::triggered, this, &MainWindow::reconnectSelectedHost);
    connect(m_disconnect, &QAction::triggered, this, &MainWindow::disconnectSelectedHost);
    connect(m_removeHost, &QAction::triggered, this, &MainWindow::removeSelectedHost);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(Icons::action(QStringLiteral("connect")), tr("&Connect…"), this,
                                             &MainWindow::showConnectDialog);
    connectAction->setObjectName(QStringLiteral("action_connect"));
    connectAction->setShortcut(QKeySequence::New);
    QAction *demo = file->addAction(tr("Open the &demo fleet"), this, [this] { openDemoFleet(); });
    demo->setObjectName(QStringLiteral("action_demo"));
    file->addSeparator();
    file->addAction(m_reconnect);
    file->addAction(m_disconnect);
    file->addAction(m_removeHost);
    file->addAction(m_autoconnect);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter…"), m_filterBar, &ServerFilterBar::focusText);
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_dock->toggleViewAction());
    m_dock->toggleViewAction()->setText(tr("&Operations"));

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    m_serverMenu = server;
    server->addActions(m_actions->lifecycleActions());
    m_featureSeparator = server->addSeparator();
    server->addAction(m_actions->addTagAction());
    server->addAction(m_actions->removeTagAction());

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->menuAction()->setVisible(false); // until a feature adds something

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About virtdeck"), this, [this] {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("About virtdeck"),
                            tr("<b>virtdeck %1</b><p>A desktop console for servers on libvirt hypervisors: "
                               "lifecycle, shares, serial console with SysRq, history charts and "
                               "troubleshooting.</p>")
                                .arg(QCoreApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(connectAction);
    bar->addSeparator();
    bar->addActions(m_actions->lifecycleActions());
}

void MainWindow::addServerPage(ServerPage *page)
{
    m_pages << page;
    m_tabs->addTab(page, page->pageTitle());
    connect(page, &ServerPage::navigateRequested, this, &MainWindow::showServerPage);
    if (m_shown)
        page->setServer(m_services.servers->server(*m_shown));
}

void MainWindow::addServerActions(const QList<QAction *> &actions)
{
    m_featureActions << actions;
    for (QAction *a : actions)
        m_serverMenu->insertAction(m_featureSeparator, a);
    m_serverMenu->insertSeparator(m_featureSeparator);
}

void MainWindow::addToolsActions(const QList<QAction *> &actions)
{
    m_toolsMenu->addActions(actions);
    m_toolsMenu->menuAction()->setVisible(!m_toolsMenu->actions().isEmpty());
}

void MainWindow::showServerPage(const ServerRef &server, const QString &pageId)
{
    m_view->selectServer(server);
    for (ServerPage *p : std::as_const(m_pages)) {
        if (p->pageId() == pageId)
            m_tabs->setCurrentWidget(p);
    }
}

void MainWindow::onSelectionChanged()
{
    const QList<DomainSnapshot> selected = m_view->selectedServers();
    m_actions->setSelection(selected);
    const std::optional<DomainSnapshot> current = m_view->currentServer();
    Q_EMIT serverSelectionChanged(selected, current);
    const QString hostUri = selectedHostUri();
    if (current) {
        m_shown = current->ref();
        const std::optional<DomainSnapshot> fresh = m_services.servers->server(*m_shown);
        for (ServerPage *p : std::as_const(m_pages))
            p->setServer(fresh);
        m_stack->setCurrentWidget(m_tabs);
    } else {
        m_shown.reset();
        for (ServerPage *p : std::as_const(m_pages))
            p->setServer(std::nullopt);
        const std::optional<HostSnapshot> host =
            hostUri.isEmpty() ? std::nullopt : m_services.servers->host(hostUri);
        if (host) {
            m_hostPage->setHost(m_services.connections->host(hostUri),
                                int(m_services.servers->serversOf(hostUri).size()));
            m_stack->setCurrentWidget(m_hostPage);
        } else {
            m_stack->setCurrentWidget(m_nothing);
        }
    }
    const bool haveHost = !hostUri.isEmpty() && m_services.connections->contains(hostUri);
    m_reconnect->setEnabled(haveHost);
    m_disconnect->setEnabled(haveHost &&
                             m_services.connections->host(hostUri).state != HostState::Disconnected);
    m_removeHost->setEnabled(haveHost);
    Connection *c = haveHost ? m_services.connections->connection(hostUri) : nullptr;
    m_autoconnect->setEnabled(c && !c->isDemo());
    bool saved = false;
    for (const SavedConnection &sc : m_services.config->connections())
        saved = saved || (sc.uri == hostUri && sc.autoconnect);
    m_autoconnect->setChecked(saved);
    m_autoconnect->setToolTip(c && c->isDemo()
                                  ? tr("The demo fleet opens by itself when nothing else is saved")
                                  : tr("Open this connection every time virtdeck starts"));
}

void MainWindow::onServerUpdated(const DomainSnapshot &server)
{
    if (!m_shown || *m_shown != server.ref())
        return;
    for (ServerPage *p : std::as_const(m_pages))
        p->setServer(server);
    const QList<DomainSnapshot> selected = m_view->selectedServers();
    m_actions->setSelection(selected);
    Q_EMIT serverSelectionChanged(selected, m_view->currentServer());
}

QString MainWindow::selectedHostUri() const
{
    return m_view->currentHostUri();
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_view->selectedServers().isEmpty()) {
        menu->addActions(m_actions->lifecycleActions());
        menu->addSeparator();
        if (!m_featureActions.isEmpty()) {
            menu->addActions(m_featureActions);
            menu->addSeparator();
        }
        menu->addAction(m_actions->addTagAction());
        menu->addAction(m_actions->removeTagAction());
        menu->addAction(m_actions->copyNameAction());
    } else {
        menu->addAction(m_reconnect);
        menu->addAction(m_disconnect);
        menu->addAction(m_removeHost);
        menu->addAction(m_autoconnect);
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_services.config->recentUris(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connectRequested, this,
            [this](const SavedConnection &c) { connectTo(c, true); });
    dialog->open();
}

void MainWindow::connectTo(const SavedConnection &connection, bool save)
{
    Connection::Options o;
    o.uri = connection.uri;
    o.readOnly = connection.readOnly;
    o.demo = DemoFleet::isDemoUri(connection.uri);
    if (o.demo)
        o.displayName = tr("Demo fleet");
    o.keepAliveInterval = m_services.config->get(Config::Key::KeepAliveInterval).toInt();
    o.keepAliveCount = m_services.config->get(Config::Key::KeepAliveCount).toInt();
    o.reconnectMaxDelay = m_services.config->get(Config::Key::ReconnectMaxDelay).toInt();
    o.openTimeout = m_services.config->get(Config::Key::OpenTimeout).toInt();
    // A saved connection has worked before: it is retried whatever the first failure says.
    const QList<SavedConnection> saved = m_services.config->connections();
    o.knownGood = std::any_of(saved.begin(), saved.end(),
                              [&](const SavedConnection &s) { return s.uri == connection.uri; });
    if (save && !o.demo)
        m_saveWhenConnected.insert(connection.uri, connection);
    const Result<Connection *> c = m_services.connections->connectTo(o);
    if (!c) {
        m_saveWhenConnected.remove(connection.uri);
        m_messages->showError(c.error());
        return;
    }
    statusBar()->showMessage(tr("Connecting to %1…").arg(c.value()->host().displayName), 5000);
}

void MainWindow::saveOnceConnected(const HostSnapshot &host)
{
    if (host.state != HostState::Connected || !m_saveWhenConnected.contains(host.uri))
        return;
    const SavedConnection connection = m_saveWhenConnected.take(host.uri);
    m_services.config->saveConnection(connection);
    m_services.config->addRecentUri(connection.uri);
}

void MainWindow::openDemoFleet(bool readOnly)
{
    const Result<QString> uri = DemoFleet::prepare();
    if (!uri) {
        m_messages->showError(uri.error());
        return;
    }
    if (m_services.connections->contains(uri.value())) {
        m_messages->showMessage(MessageBar::Level::Information, tr("The demo fleet is already open."));
        return;
    }
    connectTo(SavedConnection{uri.value(), false, readOnly}, false);
    m_services.config->set(Config::Key::DemoOffered, true);
}

void MainWindow::showWarnings(const QStringList &warnings)
{
    m_messages->showMessage(MessageBar::Level::Warning, warnings.first(), warnings.join(QLatin1Char('\n')));
}

void MainWindow::askCredentials(quint64 id, const QString &uri, const QList<CredentialRequest> &requests)
{
    auto *dialog = new CredentialsDialog(m_services.connections->credentialBroker(), id, uri, requests, this);
    dialog->open();
}

void MainWindow::updateTitle()
{
    bool demo = false;
    for (Connection *c : m_services.connections->connections())
        demo = demo || c->isDemo();
    setWindowTitle(demo ? tr("virtdeck — demo fleet") : QStringLiteral("virtdeck"));
}

void MainWindow::updateStatus()
{
    const int running = m_services.operations->runningCount();
    QString text = tr("%n host(s)", nullptr, int(m_services.connections->connections().size())) +
                   QStringLiteral(" · ") + tr("%n server(s)", nullptr, m_services.servers->serverCount());
    if (running > 0)
        text += QStringLiteral(" · ") + tr("%n operation(s) running", nullptr, running);
    m_status->setText(text);
}

void MainWindow::reconnectSelectedHost()
{
    if (Connection *c = m_services.connections->connection(selectedHostUri())) {
        c->close();
        c->open();
    }
}

void MainWindow::disconnectSelectedHost()
{
    if (Connection *c = m_services.connections->connection(selectedHostUri()))
        c->close();
}

void MainWindow::removeSelectedHost()
{
    const QString uri = selectedHostUri();
    if (uri.isEmpty())
        return;
    m_services.connections->remove(uri);
    m_services.config->forgetConnection(uri);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.config->set(Config::Key::MainWindowGeometry, saveGeometry());
    m_services.config->set(Config::Key::MainWindowState, saveState());
    m_view->saveLayout();
    m_services.config->sync();
    m_services.connections->credentialBroker()->cancelAll();
    event->accept();
}

} // namespace virtdeck
