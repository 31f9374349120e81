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
{}

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

    const QVariant v = index.data(m_role);
    if (!v.canConvert<Sparkline>())
        return;
    const Sparkline s = v.value<Sparkline>();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor primary = selected ? option.palette.color(group, QPalette::HighlightedText)
                                    : option.palette.color(group, QPalette::Link);
    QColor secondary = selected ? primary : QColor(0xd0, 0x6a, 0x1f);
    secondary.setAlpha(selected ? 150 : 255);
    paintSparkline(painter, QRectF(option.rect).adjusted(3, 3, -3, -3), s, primary, secondary);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 90));
    return size;
}

} // namespace virtdeck
