#pragma once

// A QtCharts view with a date-time x axis for the Charts page: shows already-decimated lines (one
// QLineSeries per run between gaps) with an optional lighter max band, scales nothing itself, zooms the
// time axis with the mouse wheel, pans it by dragging, and shows time and value under the cursor.
// Created by ChartsPage (one for CPU, one for network).

#include <QChartView>
#include <QColor>
#include <QPointF>

#include <functional>

class QDateTimeAxis;
class QValueAxis;

namespace virtdeck {

class TimeChartView : public QChartView
{
    Q_OBJECT
public:
    struct Line
    {
        QString name;
        QColor color;
        QList<QPointF> points; // x: ms since the epoch, y: display units; NaN: gap
        QList<QPointF> upper;  // max band above the line (same units); empty: none
    };

    explicit TimeChartView(QWidget *parent = nullptr);

    void setLines(const QList<Line> &lines);
    void setXRange(qint64 fromMs, qint64 toMs);
    qint64 xFrom() const { return m_from; }
    qint64 xTo() const { return m_to; }
    void setYRange(double maximum, const QString &title);
    void setTimeFormat(const QString &format);
    // Formats a y value for the hover text ("42 %", "1.5 MiB/s").
    void setValueFormatter(std::function<QString(double)> formatter) { m_formatter = std::move(formatter); }
    // Width of the plot area in pixels: the decimation budget is two points per pixel.
    int plotWidth() const;
    // Real points held by all line series (bands not counted); for tests and benchmarks.
    qsizetype pointCount() const;
    qsizetype seriesCount() const;
    QString lastHoverText() const { return m_hoverText; }

Q_SIGNALS:
    // The user zoomed (wheel) or panned (drag) the time axis.
    void xRangeRequested(qint64 fromMs, qint64 toMs);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void onHovered(const QString &name, const QPointF &point, bool state);

    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_dragging = false;
    QPointF m_dragStart;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
    std::function<QString(double)> m_formatter;
    QString m_hoverText;
};

} // namespace virtdeck
