#include "servers/ServerTreeView.h"

#include "core/Config.h"
#include "servers/ServerFilterModel.h"
#include "servers/ServerItemDelegate.h"
#include "servers/ServerListModel.h"

#include <QAccessible>
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
    applyDefaultLayout();
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

void ServerTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    // QTreeView repaints the whole viewport for any change of more than one cell. Changes that cannot
    // move or resize rows (named roles, not the first column, rows of equal height) repaint their cells.
    const bool paintOnly = !roles.isEmpty() && !roles.contains(Qt::SizeHintRole) &&
                           !roles.contains(Qt::FontRole) && topLeft.isValid() && bottomRight.isValid() &&
                           topLeft.column() > 0 && topLeft.parent() == bottomRight.parent() &&
                           uniformRowHeights() && !QAccessible::isActive();
    if (!paintOnly) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (window()->isMinimized()) {
        // Nothing is seen; some platforms would still paint. Catch up when the window comes back.
        m_missedWhileMinimized = true;
        return;
    }
    const QRect area = changedArea(topLeft, bottomRight);
    if (!area.isEmpty())
        viewport()->update(area);
}

void ServerTreeView::showEvent(QShowEvent *event)
{
    QTreeView::showEvent(event);
    if (m_window != window()) {
        if (m_window)
            m_window->removeEventFilter(this);
        m_window = window();
        m_window->installEventFilter(this);
    }
}

bool ServerTreeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowStateChange && m_missedWhileMinimized &&
        !m_window->isMinimized()) {
        m_missedWhileMinimized = false;
        viewport()->update();
    }
    return QTreeView::eventFilter(watched, event);
}

QRect ServerTreeView::changedArea(const QModelIndex &topLeft, const QModelIndex &bottomRight) const
{
    if (!isVisible())
        return {};
    const QRect port = viewport()->rect();
    // Columns: hidden or scrolled-off ones give nothing.
    QRect columns;
    for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
        if (!isColumnHidden(c))
            columns |= QRect(columnViewportPosition(c), port.top(), columnWidth(c), port.height());
    }
    columns &= port;
    if (columns.isEmpty())
        return {};
    // Rows: children of one parent are laid out one after the other (a collapsed parent shows none).
    const QModelIndex parent = topLeft.parent();
    if (parent.isValid() && !isExpanded(parent))
        return {};
    const int anchor = header()->logicalIndexAt(0) >= 0 ? header()->logicalIndexAt(0) : 0;
    const QRect first = visualRect(topLeft.siblingAtColumn(anchor));
    const QRect last = visualRect(bottomRight.siblingAtColumn(anchor));
    if (first.isNull() || last.isNull())
        return columns; // not laid out yet: the columns, to be safe
    const QRect rows(port.left(), first.top(), port.width(), last.bottom() - first.top() + 1);
    return rows & columns;
}

void ServerTreeView::applyDefaultLayout()
{
    // The live columns come right after the name and state, so that the window's default size (list
    // about 740 px wide) shows them without scrolling in every language; the descriptive columns follow.
    // A layout the user saved replaces all of this (restoreLayout).
    QHeaderView *h = header();
    h->moveSection(h->visualIndex(ServerListModel::StateColumn), 1);
    h->moveSection(h->visualIndex(ServerListModel::CpuColumn), 2);
    h->moveSection(h->visualIndex(ServerListModel::NetworkColumn), 3);
    setColumnWidth(ServerListModel::NameColumn, 190);
    setColumnWidth(ServerListModel::StateColumn, 150);
    setColumnWidth(ServerListModel::CpuColumn, 110);
    setColumnWidth(ServerListModel::NetworkColumn, 110);
    setColumnWidth(ServerListModel::TitleColumn, 180);
    setColumnWidth(ServerListModel::HostColumn, 120);
    setColumnWidth(ServerListModel::SharesColumn, 70);
    setColumnWidth(ServerListModel::VcpuColumn, 60);
    setColumnWidth(ServerListModel::MemoryColumn, 140);
    setColumnWidth(ServerListModel::TagsColumn, 140);
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
