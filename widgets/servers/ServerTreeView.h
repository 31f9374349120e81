#pragma once

// The one server list: a tree (hosts and their servers) or flat list over ServerFilterModel, sortable on
// every column, multi-select, a header menu to show or hide columns, its column layout saved in Config.
// MainWindow owns it and asks it for the selected servers and hosts.

#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <QTreeView>

namespace virtdeck {

class Config;
class ServerFilterModel;
class ServerListModel;

class ServerTreeView : public QTreeView
{
    Q_OBJECT
public:
    ServerTreeView(ServerListModel *servers, ServerFilterModel *filter, Config *config,
                   QWidget *parent = nullptr);

    QList<DomainSnapshot> selectedServers() const;
    QStringList selectedHostUris() const;
    // The server the current index points at (nullopt for a host row or nothing).
    std::optional<DomainSnapshot> currentServer() const;
    QString currentHostUri() const;
    void selectServer(const ServerRef &ref);

    void saveLayout();
    void restoreLayout();

Q_SIGNALS:
    void selectionChangedTo(); // selection or current row changed

private:
    void showHeaderMenu(const QPoint &pos);
    QModelIndex toSource(const QModelIndex &index) const;

    ServerListModel *m_servers;
    ServerFilterModel *m_filter;
    Config *m_config;
};

} // namespace virtdeck
