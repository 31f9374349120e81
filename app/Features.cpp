#include "Features.h"

#include "MainWindow.h"
#include "boot/BootOperations.h"
#include "boot/BootPage.h"
#include "common/MessageBar.h"
#include "console/ConsoleOperations.h"
#include "console/ConsolePage.h"
#include "console/SysRqTable.h"
#include "core/Config.h"
#include "diagnostics/AddressBook.h"
#include "diagnostics/AddressSection.h"
#include "diagnostics/DiagnosePage.h"
#include "diagnostics/DiagnosticsService.h"
#include "diagnostics/RunCommandDialog.h"
#include "diagnostics/SshPromptHandler.h"
#include "flex/AutoflexPolicyEditor.h"
#include "flex/BulkFlexDialog.h"
#include "flex/CpuHistorySource.h"
#include "flex/FlexAutomation.h"
#include "flex/FlexOperations.h"
#include "flex/FlexPage.h"
#include "flex/ScheduleEditor.h"
#include "metrics/ChartsPage.h"
#include "metrics/MetricsService.h"
#include "metrics/SparklineDelegate.h"
#include "operations/OperationQueue.h"
#include "operations/OperationsDock.h"
#include "servers/OverviewPage.h"
#include "servers/ServerListModel.h"
#include "servers/ServerTreeView.h"
#include "triage/TriageAcknowledgements.h"
#include "triage/TriageBadgeDelegate.h"
#include "triage/TriageDock.h"
#include "triage/TriageEngine.h"
#include "triage/TriageSettings.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

#include <cmath>

namespace virtdeck {

namespace {
// Autoflex reads CPU history from the metrics service's RRD files (asynchronously, on its worker).
class MetricsCpuHistory : public CpuHistorySource
{
public:
    MetricsCpuHistory(MetricsService *metrics, QObject *context)
        : m_metrics(metrics)
        , m_context(context)
    {}
    void fetch(const ServerRef &server, const QDateTime &from, const QDateTime &to, Done done) override
    {
        m_metrics->fetchCpuHistory(server, from, to, m_context,
                                   [done = std::move(done)](const Result<QList<CpuHistoryPoint>> &points) {
                                       QList<CpuPoint> out;
                                       if (points) {
                                           out.reserve(points.value().size());
                                           for (const CpuHistoryPoint &p : points.value()) {
                                               if (!std::isnan(p.averagePercent))
                                                   out << CpuPoint{p.time, p.averagePercent,
                                                                   std::isnan(p.maximumPercent)
                                                                       ? p.averagePercent
                                                                       : p.maximumPercent};
                                           }
                                       }
                                       done(out);
                                   });
    }

private:
    MetricsService *m_metrics;
    QObject *m_context;
};
} // namespace

Features::Features(const Services &services, const Options &options, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_warnings << m_profiles.load();
    services.servers->setShareEstimator(m_profiles.estimator());

    m_metrics = new MetricsService(services.connections, services.config, this, options.historyDirectory);
    services.servers->setMetrics(m_metrics);

    m_diagnostics = new DiagnosticsService(services, this);
    services.servers->setAddressBook(m_diagnostics->addressBook());

    OperationQueue &queue = *services.operations;
    FlexOperations::registerKinds(queue);
    BootOperations::registerKinds(queue);
    ConsoleOperations::registerKinds(queue);
    m_diagnostics->registerKinds(queue);

    m_cpuHistory = std::make_unique<MetricsCpuHistory>(m_metrics, this);
    m_automation = new FlexAutomation(services, &m_profiles, this);
    m_automation->setCpuHistorySource(m_cpuHistory.get());
    m_warnings << m_automation->reload();
    if (options.startAutomation)
        m_automation->start();

    // Triage reads what the connections, the metrics ticks and the queue already deliver.
    m_triage = new TriageEngine(this);
    m_triage->setSettings(TriageSettings::load(services.config));
    const Status acks = m_triage->setAcknowledgementsFile(
        options.triageFile.isEmpty() ? TriageAcknowledgements::defaultPath() : options.triageFile);
    if (!acks.ok())
        m_warnings << acks.error().message;
    m_triage->attach(services.connections, m_metrics, services.operations);
    m_triage->setRecheckInterval(30 * 1000);
}

Features::~Features()
{
    // The window (and its pages) goes first; Autoflex must not ask a dead metrics service.
    if (m_automation)
        m_automation->stop();
}

void Features::install(MainWindow *window)
{
    Q_ASSERT(!m_window);
    m_window = window;
    m_prompts = new SshPromptHandler(m_diagnostics->promptBroker(), window);

    m_console = new ConsolePage(m_services, window);
    m_charts = new ChartsPage(m_services, m_metrics, window);
    m_flexPage = new FlexPage(m_services, &m_profiles, window);
    m_boot = new BootPage(m_services, window);
    m_diagnose = new DiagnosePage(m_services, m_diagnostics, window);
    for (ServerPage *page : {static_cast<ServerPage *>(m_console), static_cast<ServerPage *>(m_charts),
                             static_cast<ServerPage *>(m_flexPage), static_cast<ServerPage *>(m_boot),
                             static_cast<ServerPage *>(m_diagnose)})
        window->addServerPage(page);

    // The overview shows where the server answers on the network (and where SSH goes).
    auto *addresses = new AddressSection(m_diagnostics->addressBook(), window);
    addresses->setOperations(m_services.operations);
    window->overviewPage()->addSection(addresses);
    connect(window, &MainWindow::serverSelectionChanged, addresses,
            [addresses](const QList<DomainSnapshot> &, const std::optional<DomainSnapshot> &current) {
                addresses->setServer(current);
            });
    connect(addresses, &AddressSection::editAccessRequested, this, [this](const ServerRef &server) {
        m_window->showServerPage(server, m_diagnose->pageId());
        m_diagnose->editSshAccess();
    });

    ServerTreeView *view = window->serverView();
    for (int column : {int(ServerListModel::CpuColumn), int(ServerListModel::NetworkColumn)}) {
        auto *sparklines = new SparklineDelegate(ServerListModel::SparklineRole, view);
        sparklines->setCacheRoles(ServerListModel::KeyRole, ServerListModel::SparklineVersionRole);
        view->setItemDelegateForColumn(column, sparklines);
        if (view->header()->sectionSize(column) < 90)
            view->header()->resizeSection(column, 110);
    }

    m_metrics->watchLiveView(window); // minimized: sampling at the history step only
    connect(m_metrics, &MetricsService::warning, window, [window](const QString &text) {
        window->messageBar()->showMessage(MessageBar::Level::Warning, text);
    });
    connect(m_automation, &FlexAutomation::problem, window, [window](const QString &text) {
        window->messageBar()->showMessage(MessageBar::Level::Warning, text);
    });
    connect(window, &MainWindow::serverSelectionChanged, this, &Features::setSelection);

    installTriage(window);
    buildActions();
    window->addServerActions(
        {m_openConsole, m_consoleWindow, m_sysRqMenu->menuAction(), m_diagnoseAction, m_runCommand, m_flex});
    window->addToolsActions({m_schedules, m_autoflex});
    setSelection(window->serverView()->selectedServers(), window->serverView()->currentServer());
}

void Features::buildActions()
{
    m_openConsole = new QAction(tr("Open &console"), this);
    m_openConsole->setObjectName(QStringLiteral("action_openConsole"));
    m_openConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_openConsole, &QAction::triggered, this, [this] {
        if (m_current)
            m_window->showServerPage(m_current->ref(), m_console->pageId());
    });
    m_consoleWindow = new QAction(tr("Open console in new &window"), this);
    m_consoleWindow->setObjectName(QStringLiteral("action_consoleWindow"));
    connect(m_consoleWindow, &QAction::triggered, this, [this] {
        if (m_current)
            m_console->openInWindow(*m_current);
    });

    m_sysRqMenu = new QMenu(tr("S&ysRq"), m_window);
    m_sysRqMenu->setObjectName(QStringLiteral("menu_sysrq"));
    for (const SysRqCommand &c : SysRqTable::commands()) {
        QAction *a = m_sysRqMenu->addAction(
            tr("%1 — %2%3").arg(c.key, c.name, c.dangerous ? QStringLiteral("…") : QString()));
        a->setToolTip(c.meaning);
        a->setObjectName(QStringLiteral("action_sysrq_") + c.key);
        connect(a, &QAction::triggered, this, [this, key = c.key] {
            if (m_current)
                m_console->requestSysRq(*m_current, key);
        });
    }
    m_sysRqMenu->addSeparator();
    m_sysRqMenu->addAction(tr("Safe reboot (R-E-I-S-U-B)…"), this, [this] {
        if (m_current)
            m_console->requestSafeReboot(*m_current);
    });
    m_sysRqMenu->addAction(tr("Send NMI"), this, [this] {
        if (m_current)
            m_console->requestNmi(*m_current);
    });

    m_diagnoseAction = new QAction(tr("&Diagnose"), this);
    m_diagnoseAction->setObjectName(QStringLiteral("action_diagnose"));
    m_diagnoseAction->setStatusTip(tr("Check why the server stopped answering: state, reachability, load, "
                                      "memory, disks, kernel messages"));
    connect(m_diagnoseAction, &QAction::triggered, this, [this] {
        if (!m_current)
            return;
        m_window->showServerPage(m_current->ref(), m_diagnose->pageId());
        if (!m_diagnose->isRunning())
            m_diagnose->diagnose();
    });
    m_runCommand = new QAction(tr("&Run a command…"), this);
    m_runCommand->setObjectName(QStringLiteral("action_runCommand"));
    m_runCommand->setStatusTip(tr("Run one command over SSH on every selected server"));
    connect(m_runCommand, &QAction::triggered, this, &Features::openRunCommand);

    m_flex = new QAction(tr("&Flex shares…"), this);
    m_flex->setObjectName(QStringLiteral("action_flex"));
    connect(m_flex, &QAction::triggered, this, &Features::openBulkFlex);
    m_schedules = new QAction(tr("&Scheduled flex…"), this);
    m_schedules->setObjectName(QStringLiteral("action_schedules"));
    connect(m_schedules, &QAction::triggered, this, &Features::openScheduleEditor);
    m_autoflex = new QAction(tr("&Autoflex policies…"), this);
    m_autoflex->setObjectName(QStringLiteral("action_autoflex"));
    connect(m_autoflex, &QAction::triggered, this, &Features::openAutoflexEditor);
}

void Features::installTriage(MainWindow *window)
{
    m_triageDock = new TriageDock(m_triage, window);
    m_triageDock->setConfig(m_services.config);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_triageDock);
    window->tabifyDockWidget(window->operationsDock(), m_triageDock);
    window->operationsDock()->raise();
    connect(m_triageDock, &TriageDock::actionRequested, this, &Features::openFinding);
    connect(m_triageDock, &TriageDock::problem, window, [window](const QString &text) {
        window->messageBar()->showMessage(MessageBar::Level::Warning, text);
    });
    // The list's name column shows a badge with the server's open findings.
    ServerTreeView *view = window->serverView();
    view->setItemDelegateForColumn(ServerListModel::NameColumn, new TriageBadgeDelegate(m_triage, view));
    connect(m_triage, &TriageEngine::findingsChanged, view, [view] { view->viewport()->update(); });
    connect(m_triage, &TriageEngine::acknowledgementsChanged, view, [view] { view->viewport()->update(); });
    window->addToolsActions({m_triageDock->toggleViewAction()});
}

void Features::openFinding(const TriageFinding &finding)
{
    if (!m_window)
        return;
    if (finding.isHostFinding()) {
        ServerTreeView *view = m_window->serverView();
        auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
        const QModelIndex source = m_services.servers->hostIndex(finding.server.uri);
        const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
        if (index.isValid()) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
        }
        return;
    }
    m_window->showServerPage(finding.server, finding.actionPage());
}

void Features::setSelection(const QList<DomainSnapshot> &selected,
                            const std::optional<DomainSnapshot> &current)
{
    m_selected = selected;
    m_current = current;
    if (!m_openConsole)
        return;
    const bool one = current.has_value();
    const bool console = one && current->hasConsole();
    m_openConsole->setEnabled(console);
    m_consoleWindow->setEnabled(console);
    QString refusal;
    if (one)
        refusal = m_services.operations->refusalFor(current->ref());
    const bool running = one && current->active;
    m_sysRqMenu->setEnabled(running && refusal.isEmpty());
    // The entries too, not only the menu: each is a change a shortcut could still trigger.
    for (QAction *a : m_sysRqMenu->actions()) {
        if (!a->isSeparator())
            a->setEnabled(running && refusal.isEmpty());
    }
    m_sysRqMenu->menuAction()->setEnabled(running && refusal.isEmpty());
    m_sysRqMenu->menuAction()->setToolTip(!refusal.isEmpty() ? refusal
                                          : running          ? QString()
                                                             : tr("SysRq needs a running server"));
    m_diagnoseAction->setEnabled(one);
    // A command may change anything, like a flex: both are refused on a read-only connection.
    QString changeRefusal;
    for (const DomainSnapshot &s : selected) {
        if (changeRefusal.isEmpty())
            changeRefusal = m_services.operations->refusalFor(s.ref());
    }
    m_runCommand->setEnabled(!selected.isEmpty() && changeRefusal.isEmpty());
    m_runCommand->setToolTip(changeRefusal);
    m_flex->setEnabled(!selected.isEmpty() && changeRefusal.isEmpty());
    m_flex->setToolTip(changeRefusal);
}

void Features::openBulkFlex()
{
    if (m_selected.isEmpty())
        return;
    if (m_selected.size() == 1) {
        m_window->showServerPage(m_selected.first().ref(), m_flexPage->pageId());
        return;
    }
    auto *dialog = new BulkFlexDialog(m_services, &m_profiles, m_selected, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void Features::openScheduleEditor()
{
    auto *dialog = new ScheduleEditor(m_services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleEditor::saved, this, [this] {
        const QStringList problems = m_automation->reload();
        if (!problems.isEmpty())
            m_window->showWarnings(problems);
    });
    dialog->open();
}

void Features::openAutoflexEditor()
{
    auto *dialog = new AutoflexPolicyEditor(m_services, &m_profiles, m_cpuHistory.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AutoflexPolicyEditor::saved, this, [this] {
        const QStringList problems = m_automation->reload();
        if (!problems.isEmpty())
            m_window->showWarnings(problems);
    });
    dialog->open();
}

void Features::openRunCommand()
{
    if (m_selected.isEmpty())
        return;
    // Non-modal: the admin keeps working in the window while the command runs on many servers.
    auto *dialog = new RunCommandDialog(m_services, m_diagnostics, m_selected, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace virtdeck
