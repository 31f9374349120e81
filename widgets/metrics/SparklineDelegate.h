#pragma once

// Paints a cell's recent samples as a small line chart (one or two lines, gaps left open) instead of
// text: the server list's CPU and Network columns, whose model gives a Sparkline through a role.
// Installed by the main window on those columns (setItemDelegateForColumn).

#include <QStyledItemDelegate>

namespace virtdeck {

struct Sparkline;

class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // role: the model role that holds a virtdeck::Sparkline.
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws a sparkline into rect (also used by tests and the host page).
    static void paintSparkline(QPainter *painter, const QRectF &rect, const Sparkline &sparkline,
                               const QColor &primary, const QColor &secondary);

private:
    int m_role;
};

} // namespace virtdeck
