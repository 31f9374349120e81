#pragma once

// Paints the server list's cells: the state icon in the name column, hosts in bold with their
// connection icon, greyed text for servers whose host stopped answering (last known values) and a
// marker for servers waiting for a reboot. Installed on the server view by ServerTreeView.

#include <QStyledItemDelegate>

namespace virtdeck {

class ServerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace virtdeck
