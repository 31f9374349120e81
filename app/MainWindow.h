#pragma once

// The main window: the server list (tree or flat, filter bar) on the left, the selected server's pages
// (Overview and the feature pages) or the selected host's page on the right, the operations dock below,
// menus, toolbar and context menu wired to actions. Owns no model: it gets Services from Application.

#include "core/Config.h"
#include "core/Result.h"
#include "core/Services.h"
#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace virtdeck {

class HostPage;
class MessageBar;
class OperationsDock;
class OverviewPage;
class ServerActions;
class ServerFilterBar;
class ServerFilterModel;
class ServerPage;
class ServerTreeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a feature page to the server tabs (after Overview); the window keeps it in sync.
    void addServerPage(ServerPage *page);
    // Feature actions on the selected servers (a QMenu's menuAction() for a submenu): in the Server menu
    // and the list's context menu, after the lifecycle actions.
    void addServerActions(const QList<QAction *> &actions);
    // Actions that are not about the selection (schedules, policies): the Tools menu.
    void addToolsActions(const QList<QAction *> &actions);
    // Connects. When save is true the connection is remembered once it has connected for the first
    // time (a URI that never worked is not saved, nor retried at every start). Errors show in the
    // message bar.
    void connectTo(const SavedConnection &connection, bool save);
    void openDemoFleet(bool readOnly = false);
    void showWarnings(const QStringList &warnings);
    // Selects the server and shows one of its pages ("overview", "console"...).
    void showServerPage(const ServerRef &server, const QString &pageId);

    ServerTreeView *serverView() const { return m_view; }
    ServerActions *serverActions() const { return m_actions; }
    OperationsDock *operationsDock() const { return m_dock; }
    MessageBar *messageBar() const { return m_messages; }
    OverviewPage *overviewPage() const { return m_overview; }

Q_SIGNALS:
    // The selection of the server list changed (selected servers; the current one, if a server).
    void serverSelectionChanged(const QList<virtdeck::DomainSnapshot> &selected,
                                const std::optional<virtdeck::DomainSnapshot> &current);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildHostActions();
    void onSelectionChanged();
    void onServerUpdated(const DomainSnapshot &server);
    void showContextMenu(const QPoint &pos);
    void showConnectDialog();
    void askCredentials(quint64 id, const QString &uri, const QList<struct CredentialRequest> &requests);
    void updateTitle();
    void updateStatus();
    void reconnectSelectedHost();
    void disconnectSelectedHost();
    void removeSelectedHost();
    QString selectedHostUri() const;
    void saveOnceConnected(const HostSnapshot &host);

    Services m_services;
    ServerFilterModel *m_filter;
    ServerTreeView *m_view;
    ServerFilterBar *m_filterBar;
    ServerActions *m_actions;
    MessageBar *m_messages;
    QStackedWidget *m_stack;
    QWidget *m_nothing;
    HostPage *m_hostPage;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QList<ServerPage *> m_pages;
    OperationsDock *m_dock;
    QLabel *m_status;
    QAction *m_reconnect;
    QAction *m_disconnect;
    QAction *m_removeHost;
    QAction *m_autoconnect;
    QMenu *m_serverMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_featureSeparator = nullptr;
    QList<QAction *> m_featureActions;
    std::optional<ServerRef> m_shown;
    QHash<QString, SavedConnection> m_saveWhenConnected; // uri -> what to save after the first success
};

} // namespace virtdeck
