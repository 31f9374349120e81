#include "servers/ServerTreeView.h"

#include "core/Config.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerItemDelegate.h"
#include "servers/ServerListModel.h"

#include <QHeaderView>
#include <QMenu>

namespace virtdeck {

ServerTreeView::ServerTreeView(ServerListModel *servers, ServerFilterModel *filter, Config *config,
                               QWidget *parent)
    : QTreeView(parent)
    , m_servers(servers)
    , m_filter(filter)
    , m_config(config)
{
    setObjectName(QStringLiteral("serverView"));
    setModel(filter);
    setItemDelegate(new ServerItemDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    sortByColumn(ServerListModel::NameColumn, Qt::AscendingOrder);
    header()->setSectionsMovable(true);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
    connect(header(), &QHeaderView::customContextMenuRequested, this, &ServerTreeView::showHeaderMenu);
    setColumnWidth(ServerListModel::NameColumn, 210);
    setColumnWidth(ServerListModel::TitleColumn, 230);
    setColumnWidth(ServerListModel::StateColumn, 150);
    setColumnWidth(ServerListModel::HostColumn, 120);
    setColumnWidth(ServerListModel::SharesColumn, 70);
    setColumnWidth(ServerListModel::VcpuColumn, 60);
    setColumnWidth(ServerListModel::MemoryColumn, 140);
    setColumnWidth(ServerListModel::TagsColumn, 200);
    // In the tree the host is the parent row; the column matters in the flat list.
    setColumnHidden(ServerListModel::HostColumn, !servers->isFlat());

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerTreeView::selectionChangedTo);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServerTreeView::selectionChangedTo);
    // New host rows open expanded.
    connect(filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int r = first; r <= last; ++r)
                    expand(m_filter->index(r, 0));
            });
    connect(filter, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        setColumnHidden(ServerListModel::HostColumn, !m_servers->isFlat());
    });
    connect(filter, &QAbstractItemModel::layoutChanged, this, [this] { expandAll(); });
}

QModelIndex ServerTreeView::toSource(const QModelIndex &index) const
{
    return m_filter->mapToSource(index);
}

QList<DomainSnapshot> ServerTreeView::selectedServers() const
{
    QList<DomainSnapshot> out;
    for (const QModelIndex &i : selectionModel()->selectedRows()) {
        const QModelIndex s = toSource(i);
        if (m_servers->rowKind(s) == ServerListModel::RowKind::Server)
            out << s.data(ServerListModel::SnapshotRole).value<DomainSnapshot>();
    }
    return out;
}

QStringList ServerTreeView::selectedHostUris() const
{
    QStringList out;
    for (const QModelIndex &i : selectionModel()->selectedRows()) {
        const QModelIndex s = toSource(i);
        if (m_servers->rowKind(s) == ServerListModel::RowKind::Host)
            out << s.data(ServerListModel::UriRole).toString();
    }
    return out;
}

std::optional<DomainSnapshot> ServerTreeView::currentServer() const
{
    const QModelIndex s = toSource(currentIndex());
    if (!s.isValid() || m_servers->rowKind(s) != ServerListModel::RowKind::Server)
        return std::nullopt;
    return s.data(ServerListModel::SnapshotRole).value<DomainSnapshot>();
}

QString ServerTreeView::currentHostUri() const
{
    return toSource(currentIndex()).data(ServerListModel::UriRole).toString();
}

void ServerTreeView::selectServer(const ServerRef &ref)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_servers->indexOf(ref));
    if (!proxy.isValid())
        return;
    setCurrentIndex(proxy);
    scrollTo(proxy);
}

void ServerTreeView::showHeaderMenu(const QPoint &pos)
{
    // popup(), not exec(): no nested event loop.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < ServerListModel::ColumnCount; ++c) {
        if (c == ServerListModel::NameColumn)
            continue;
        QAction *a = menu->addAction(m_filter->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveLayout();
        });
    }
    menu->popup(header()->viewport()->mapToGlobal(pos));
}

void ServerTreeView::saveLayout()
{
    m_config->set(Config::Key::ServerListHeader, header()->saveState());
}

void ServerTreeView::restoreLayout()
{
    const QByteArray state = m_config->get(Config::Key::ServerListHeader).toByteArray();
    if (!state.isEmpty())
        header()->restoreState(state);
    setColumnHidden(ServerListModel::HostColumn,
                    !m_servers->isFlat() && isColumnHidden(ServerListModel::HostColumn));
}

} // namespace virtdeck
