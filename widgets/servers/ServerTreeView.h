#pragma once

// The one server list: a tree (hosts and their servers) or flat list over ServerFilterModel, sortable on
// every column, multi-select, a header menu to show or hide columns, its column layout saved in Config.
// MainWindow owns it and asks it for the selected servers and hosts.

#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <QPointer>
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

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A change that only repaints (a stats tick, the uptime) repaints the changed cells that are in view
    // — nothing for hidden columns or rows out of view — instead of the whole viewport.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    // Column order and widths before any saved layout.
    void applyDefaultLayout();
    // The viewport area of rows first..last (of one parent) in columns first..last; empty when none shows.
    QRect changedArea(const QModelIndex &topLeft, const QModelIndex &bottomRight) const;
    void showHeaderMenu(const QPoint &pos);
    QModelIndex toSource(const QModelIndex &index) const;

    ServerListModel *m_servers;
    ServerFilterModel *m_filter;
    Config *m_config;
    QPointer<QWidget> m_window;          // the top-level window, watched for being minimized or restored
    bool m_missedWhileMinimized = false; // changes skipped while minimized: repaint on restore
};

} // namespace virtdeck
