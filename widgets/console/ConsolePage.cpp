#include "console/ConsolePage.h"

#include "console/ConsolePanel.h"
#include "console/ConsoleSession.h"
#include "console/ConsoleWindow.h"
#include "console/TerminalScreen.h"
#include "console/TerminalView.h"
#include "core/Config.h"
#include "hypervisor/ConnectionManager.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace virtdeck {

ConsolePage::ConsolePage(const Services &services, QWidget *parent)
    : ServerPage(services, parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a server to see its serial console."), this))
    , m_detachedPage(new QWidget(this))
    , m_detachedLabel(new QLabel(m_detachedPage))
{
    setObjectName(QStringLiteral("consolePage"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(QStringLiteral("consoleEmpty"));

    m_detachedLabel->setObjectName(QStringLiteral("consoleDetachedLabel"));
    m_detachedLabel->setAlignment(Qt::AlignCenter);
    auto *showWindow = new QPushButton(tr("Show window"), m_detachedPage);
    showWindow->setObjectName(QStringLiteral("consoleShowWindow"));
    auto *bringBack = new QPushButton(tr("Back to this window"), m_detachedPage);
    bringBack->setObjectName(QStringLiteral("consoleBringBack"));
    auto *detachedLayout = new QVBoxLayout(m_detachedPage);
    detachedLayout->addStretch();
    detachedLayout->addWidget(m_detachedLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(showWindow);
    buttons->addWidget(bringBack);
    buttons->addStretch();
    detachedLayout->addLayout(buttons);
    detachedLayout->addStretch();
    connect(showWindow, &QPushButton::clicked, this, [this] {
        if (m_current) {
            if (ConsoleWindow *w = window(m_current->ref())) {
                w->show();
                w->raise();
                w->activateWindow();
            }
        }
    });
    connect(bringBack, &QPushButton::clicked, this, [this] {
        if (m_current)
            dock(m_current->ref());
    });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_detachedPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (ConnectionManager *cm = services.connections) {
        connect(cm, &ConnectionManager::domainRemoved, this, [this](const QString &uri, const QString &uuid) {
            removeEntry(ServerRef{uri, uuid, {}}.key());
        });
        connect(cm, &ConnectionManager::connectionRemoved, this, [this](const QString &uri) {
            const QStringList keys = m_entries.keys();
            for (const QString &k : keys) {
                if (m_entries.value(k).session->server().uri == uri)
                    removeEntry(k);
            }
        });
    }
}

ConsolePage::~ConsolePage()
{
    // Windows first: they hold panels that refer to the sessions.
    for (Entry &e : m_entries)
        delete e.window.data();
}

ConsoleSession *ConsolePage::session(const ServerRef &server) const
{
    auto it = m_entries.constFind(server.key());
    return it == m_entries.constEnd() ? nullptr : it->session;
}

ConsolePanel *ConsolePage::panel(const ServerRef &server) const
{
    auto it = m_entries.constFind(server.key());
    return it == m_entries.constEnd() ? nullptr : it->panel.data();
}

ConsoleWindow *ConsolePage::window(const ServerRef &server) const
{
    auto it = m_entries.constFind(server.key());
    return it == m_entries.constEnd() ? nullptr : it->window.data();
}

ConsolePanel *ConsolePage::currentPanel() const
{
    return m_current ? panel(m_current->ref()) : nullptr;
}

ConsolePage::Entry &ConsolePage::ensureEntry(const DomainSnapshot &server)
{
    const QString key = server.ref().key();
    auto it = m_entries.find(key);
    if (it != m_entries.end())
        return *it;
    Entry e;
    e.session = new ConsoleSession(services().connections, server, this);
    if (services().config) {
        e.session->screen()->setScrollbackLimit(
            services()
                .config->value(QLatin1String(ScrollbackLinesKey), TerminalScreen::DefaultScrollbackLines)
                .toInt());
    }
    e.panel = new ConsolePanel(services(), e.session, this);
    ConsolePanel *panel = e.panel;
    m_stack->addWidget(panel);
    const DomainSnapshot snapshot = server;
    connect(panel, &ConsolePanel::detachRequested, this, [this, snapshot] { openInWindow(snapshot); });
    connect(panel, &ConsolePanel::dockRequested, this, [this, ref = server.ref()] { dock(ref); });
    return *m_entries.insert(key, e);
}

void ConsolePage::removeEntry(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    Entry e = *it;
    m_entries.erase(it);
    delete e.window.data();
    delete e.panel.data();
    delete e.session;
    if (m_current && m_current->ref().key() == key)
        m_current.reset();
    showCurrent();
}

void ConsolePage::setServer(const std::optional<DomainSnapshot> &server)
{
    // A fresher snapshot of the same server is not a new request to attach (a failed console would
    // otherwise be retried on every update of the list).
    const bool sameServer = server && m_current && server->ref().key() == m_current->ref().key();
    m_current = server;
    if (server)
        ensureEntry(*server).session->updateServer(*server);
    showCurrent(!sameServer);
}

void ConsolePage::showCurrent(bool request)
{
    if (!m_current) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    Entry &e = ensureEntry(*m_current);
    if (e.window) {
        m_detachedLabel->setText(tr("The console of %1 is open in its own window.").arg(m_current->name));
        m_stack->setCurrentWidget(m_detachedPage);
    } else {
        m_stack->setCurrentWidget(e.panel);
    }
    if (isVisible() && (request || !e.session->isWanted()))
        e.session->attach();
}

void ConsolePage::showEvent(QShowEvent *event)
{
    ServerPage::showEvent(event);
    // Consoles open when someone looks at them, not on every selection in another tab. Shown again, a
    // console that is waiting or failed is asked again (the session knows which states that helps).
    if (m_current)
        ensureEntry(*m_current).session->attach();
}

ConsoleWindow *ConsolePage::openInWindow(const DomainSnapshot &server)
{
    Entry &e = ensureEntry(server);
    if (!e.window) {
        m_stack->removeWidget(e.panel);
        e.window = new ConsoleWindow(e.panel, this);
        connect(e.window, &ConsoleWindow::closing, this, [this, ref = server.ref()] { dock(ref); });
        e.session->attach();
    }
    e.window->show();
    e.window->raise();
    e.window->activateWindow();
    e.panel->view()->setFocus();
    showCurrent();
    return e.window;
}

void ConsolePage::dock(const ServerRef &server)
{
    auto it = m_entries.find(server.key());
    if (it == m_entries.end() || !it->window)
        return;
    ConsoleWindow *w = it->window;
    it->window = nullptr;
    ConsolePanel *panel = w->takePanel();
    w->hide();
    w->deleteLater();
    if (panel) {
        m_stack->addWidget(panel);
        panel->show();
    }
    showCurrent();
}

void ConsolePage::requestSysRq(const DomainSnapshot &server, QChar key)
{
    ensureEntry(server).panel->requestSysRq(key);
}

void ConsolePage::requestSafeReboot(const DomainSnapshot &server)
{
    ensureEntry(server).panel->requestSafeReboot();
}

void ConsolePage::requestNmi(const DomainSnapshot &server)
{
    ensureEntry(server).panel->requestNmi();
}

} // namespace virtdeck
