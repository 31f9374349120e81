#pragma once

// Paints a cell's recent samples as a small line chart (one or two lines, gaps left open) instead of
// text: the server list's CPU and Network columns, whose model gives a Sparkline through a role.
// Installed by the main window on those columns (setItemDelegateForColumn). With cache roles, each
// cell's line is drawn once into a pixmap and only drawn again when its data version changes.

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace virtdeck {

struct Sparkline;

class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // role: the model role that holds a virtdeck::Sparkline.
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    // keyRole: a string naming the row whatever the sorting; versionRole: a number that changes whenever
    // the row's sparkline may have changed. Without them (the default) every paint draws the line.
    void setCacheRoles(int keyRole, int versionRole);
    // Lines drawn so far (cache misses, or every paint without cache roles); for tests and benchmarks.
    qint64 drawCount() const { return m_draws; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws a sparkline into rect (also used by tests and the host page).
    static void paintSparkline(QPainter *painter, const QRectF &rect, const Sparkline &sparkline,
                               const QColor &primary, const QColor &secondary);

private:
    struct Cached
    {
        quint64 version = 0;
        QSize size;
        qreal ratio = 1;
        QRgb primary = 0;
        QRgb secondary = 0;
        QPixmap pixmap; // null: nothing to draw
    };

    QPixmap render(const QModelIndex &index, const QSize &size, qreal ratio, const QColor &primary,
                   const QColor &secondary) const;

    int m_role;
    int m_keyRole = -1;
    int m_versionRole = -1;
    mutable QCache<QString, Cached> m_cache; // cost: KiB of pixmap
    mutable qint64 m_draws = 0;
};

} // namespace virtdeck
