#include "metrics/TimeChartView.h"

#include "metrics/Decimator.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

namespace virtdeck {

namespace {
constexpr qint64 kMinSpanMs = 10 * 1000; // zooming stops at 10 s across

// A round axis maximum above the data: 1, 2 or 5 times a power of ten.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (f * magnitude >= v)
            return f * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

TimeChartView::TimeChartView(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QDateTimeAxis;
    m_y = new QValueAxis;
    m_y->setMin(0);
    m_y->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    m_formatter = [](double v) { return QLocale().toString(v, 'g', 4); };
}

void TimeChartView::setLines(const QList<Line> &lines)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (const Line &line : lines) {
        QColor bandColor = line.color;
        bandColor.setAlpha(60);
        bool named = false;
        // QtCharts ignores NaN points (with a warning each): one series per run between gaps.
        for (const QList<QPointF> &run : Decimator::segments(line.points)) {
            auto *series = new QLineSeries;
            series->setName(line.name);
            series->setPen(QPen(line.color, 1.5));
            series->replace(run);
            c->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
            // Only the first run has a legend entry.
            if (named) {
                const auto markers = c->legend()->markers(series);
                for (auto *m : markers)
                    m->setVisible(false);
            }
            named = true;
            connect(series, &QLineSeries::hovered, this,
                    [this, name = line.name](const QPointF &p, bool state) { onHovered(name, p, state); });
        }
        for (const QList<QPointF> &run : Decimator::segments(line.upper)) {
            auto *upper = new QLineSeries;
            upper->replace(run);
            // The band spans from the average line up to the maximum over the same stretch of time.
            auto *lower = new QLineSeries;
            QList<QPointF> base;
            for (const QPointF &p : line.points) {
                if (p.x() >= run.first().x() && p.x() <= run.last().x() && !std::isnan(p.y()))
                    base << p;
            }
            if (base.isEmpty())
                base = {QPointF(run.first().x(), 0), QPointF(run.last().x(), 0)};
            lower->replace(base);
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setPen(Qt::NoPen);
            area->setBrush(bandColor);
            c->addSeries(area);
            area->attachAxis(m_x);
            area->attachAxis(m_y);
            for (auto *m : c->legend()->markers(area))
                m->setVisible(false);
        }
    }
}

void TimeChartView::setXRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = std::max(toMs, fromMs + 1);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
}

void TimeChartView::setYRange(double maximum, const QString &title)
{
    m_y->setRange(0, niceCeiling(maximum));
    m_y->setTitleText(title);
}

void TimeChartView::setTimeFormat(const QString &format)
{
    m_x->setFormat(format);
}

int TimeChartView::plotWidth() const
{
    const int w = int(chart()->plotArea().width());
    // Before the first layout the plot area is empty: assume the widget's width.
    return w > 10 ? w : std::max(100, width() - 80);
}

qsizetype TimeChartView::pointCount() const
{
    qsizetype n = 0;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            n += line->count();
    }
    return n;
}

qsizetype TimeChartView::seriesCount() const
{
    return chart()->series().size();
}

void TimeChartView::onHovered(const QString &name, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
    m_hoverText =
        tr("%1\n%2: %3").arg(QLocale().toString(t, QLocale::ShortFormat), name, m_formatter(point.y()));
    QToolTip::showText(QCursor::pos(), m_hoverText, this);
}

void TimeChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || m_to <= m_from) {
        event->ignore();
        return;
    }
    // Zoom around the time under the cursor.
    const QRectF plot = chart()->plotArea();
    const double fraction =
        plot.width() > 0 ? std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0) : 0.5;
    const double span = double(m_to - m_from);
    const double anchor = double(m_from) + fraction * span;
    const double newSpan = std::max(double(kMinSpanMs), span * std::pow(0.8, steps));
    const qint64 from = qint64(anchor - fraction * newSpan);
    Q_EMIT xRangeRequested(from, from + qint64(newSpan));
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_dragging = true;
        m_dragStart = event->position();
        m_dragFrom = m_from;
        m_dragTo = m_to;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double width = std::max(1.0, chart()->plotArea().width());
        const qint64 shift =
            qint64((m_dragStart.x() - event->position().x()) / width * double(m_dragTo - m_dragFrom));
        Q_EMIT xRangeRequested(m_dragFrom + shift, m_dragTo + shift);
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace virtdeck
