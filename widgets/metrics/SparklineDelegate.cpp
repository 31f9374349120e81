#include "metrics/SparklineDelegate.h"

#include "metrics/Sparkline.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace virtdeck {

namespace {
QPainterPath pathOf(const QList<QPointF> &points, const QRectF &rect, qint64 from, qint64 to, double maximum)
{
    QPainterPath path;
    const double span = std::max<double>(1.0, double(to - from));
    bool open = false;
    for (const QPointF &p : points) {
        if (std::isnan(p.y()) || p.x() < double(from)) {
            open = false;
            continue;
        }
        const double x = rect.left() + (p.x() - double(from)) / span * rect.width();
        const double y = rect.bottom() - std::clamp(p.y() / maximum, 0.0, 1.0) * rect.height();
        if (open) {
            path.lineTo(x, y);
        } else {
            path.moveTo(x, y);
            open = true;
        }
    }
    return path;
}

double peakOf(const Sparkline &s)
{
    double peak = 0;
    for (const QList<QPointF> *list : {&s.primary, &s.secondary}) {
        for (const QPointF &p : *list) {
            if (!std::isnan(p.y()))
                peak = std::max(peak, p.y());
        }
    }
    return peak;
}
} // namespace

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_cache(8 * 1024) // 8 MiB: about a thousand cells, more than any screen shows
{}

void SparklineDelegate::setCacheRoles(int keyRole, int versionRole)
{
    m_keyRole = keyRole;
    m_versionRole = versionRole;
    m_cache.clear();
}

void SparklineDelegate::paintSparkline(QPainter *painter, const QRectF &rect, const Sparkline &s,
                                       const QColor &primary, const QColor &secondary)
{
    if (s.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    // Network lines scale to their own peak (at least 1 KiB/s so idle noise stays flat).
    const double maximum = s.maximum > 0 ? s.maximum : std::max(1024.0, peakOf(s));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(rect);
    if (!s.secondary.isEmpty()) {
        painter->setPen(QPen(secondary, 1.0));
        painter->drawPath(pathOf(s.secondary, rect, s.fromMs, s.toMs, maximum));
    }
    QPainterPath line = pathOf(s.primary, rect, s.fromMs, s.toMs, maximum);
    painter->setPen(QPen(primary, 1.5));
    painter->drawPath(line);
    painter->restore();
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The item background (selection, hover) as usual, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor primary = selected ? option.palette.color(group, QPalette::HighlightedText)
                                    : option.palette.color(group, QPalette::Link);
    QColor secondary = selected ? primary : QColor(0xd0, 0x6a, 0x1f);
    secondary.setAlpha(selected ? 150 : 255);
    const QRect rect = option.rect.adjusted(3, 3, -3, -3);
    if (rect.width() < 4 || rect.height() < 4)
        return;

    const QVariant version = m_versionRole >= 0 ? index.data(m_versionRole) : QVariant();
    if (!version.isValid()) {
        // No cache: the line straight onto the view.
        const QVariant v = index.data(m_role);
        if (!v.canConvert<Sparkline>())
            return;
        ++m_draws;
        paintSparkline(painter, QRectF(rect), v.value<Sparkline>(), primary, secondary);
        return;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = index.data(m_keyRole).toString() + QLatin1Char('/') + QString::number(index.column());
    const Cached *hit = m_cache.object(key);
    QPixmap pixmap;
    if (hit && hit->version == version.toULongLong() && hit->size == rect.size() && hit->ratio == ratio &&
        hit->primary == primary.rgba() && hit->secondary == secondary.rgba()) {
        pixmap = hit->pixmap;
    } else {
        pixmap = render(index, rect.size(), ratio, primary, secondary);
        auto *entry =
            new Cached{version.toULongLong(), rect.size(), ratio, primary.rgba(), secondary.rgba(), pixmap};
        const qint64 bytes = qint64(pixmap.width()) * pixmap.height() * 4;
        m_cache.insert(key, entry, std::max<qint64>(1, bytes / 1024));
    }
    if (!pixmap.isNull())
        painter->drawPixmap(rect.topLeft(), pixmap);
}

QPixmap SparklineDelegate::render(const QModelIndex &index, const QSize &size, qreal ratio,
                                  const QColor &primary, const QColor &secondary) const
{
    // Asked for only now: rows that are not painted never build their line.
    const QVariant v = index.data(m_role);
    if (!v.canConvert<Sparkline>())
        return {};
    const Sparkline s = v.value<Sparkline>();
    if (s.isEmpty())
        return {};
    ++m_draws;
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    paintSparkline(&p, QRectF(QPointF(0, 0), QSizeF(size)), s, primary, secondary);
    return pixmap;
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    return size;
}

} // namespace virtdeck
