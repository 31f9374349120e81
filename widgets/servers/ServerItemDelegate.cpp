#include "servers/ServerItemDelegate.h"

#include "common/Icons.h"
#include "servers/ServerListModel.h"

namespace virtdeck {

void ServerItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = index.data(ServerListModel::RowKindRole).value<ServerListModel::RowKind>();
    const bool stale = index.data(ServerListModel::StaleRole).toBool();
    if (kind == ServerListModel::RowKind::Host) {
        option->font.setBold(true);
        if (index.column() == ServerListModel::NameColumn) {
            option->icon = Icons::host(HostState(index.data(ServerListModel::StateRole).toInt()));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        return;
    }
    if (index.column() == ServerListModel::NameColumn) {
        option->icon = Icons::state(DomainState(index.data(ServerListModel::StateRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (index.data(ServerListModel::PendingRebootRole).toBool())
            option->font.setItalic(true);
    }
    if (stale) {
        // Last known values: readable but clearly not live.
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        option->palette.setColor(QPalette::HighlightedText,
                                 option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
        if (index.column() == ServerListModel::NameColumn)
            option->icon = QIcon(option->icon.pixmap(option->decorationSize, QIcon::Disabled));
    }
}

} // namespace virtdeck
