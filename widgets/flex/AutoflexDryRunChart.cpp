#include "flex/AutoflexDryRunChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace virtdeck {

AutoflexDryRunChart::AutoflexDryRunChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("dryRunChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    clear();
}

void AutoflexDryRunChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    m_maxShares = 0;
    chart()->setTitle(tr("Run a dry run to see what the policy would have done."));
}

void AutoflexDryRunChart::setData(const QList<CpuPoint> &history, const QList<AutoflexDecision> &steps,
                                  int startShares)
{
    clear();
    if (history.isEmpty()) {
        chart()->setTitle(tr("No CPU history for this server yet."));
        return;
    }
    chart()->setTitle(tr("%n steps the policy would have taken", nullptr, int(steps.size())));
    auto *cpu = new QLineSeries;
    cpu->setName(tr("CPU %"));
    for (const CpuPoint &p : history)
        cpu->append(double(p.time.toMSecsSinceEpoch()), p.avgPercent);

    // The share count as a step line: flat until each change, then a vertical jump.
    auto *shares = new QLineSeries;
    shares->setName(tr("Shares"));
    auto *ups = new QScatterSeries;
    ups->setName(tr("+1 share"));
    ups->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    auto *downs = new QScatterSeries;
    downs->setName(tr("−1 share"));
    int level = startShares;
    m_maxShares = startShares;
    shares->append(double(history.first().time.toMSecsSinceEpoch()), level);
    for (const AutoflexDecision &d : steps) {
        const double x = double(d.at.toMSecsSinceEpoch());
        shares->append(x, level);
        level = d.toShares;
        shares->append(x, level);
        m_maxShares = std::max(m_maxShares, level);
        (d.kind == AutoflexDecision::Kind::Up ? ups : downs)->append(x, level);
    }
    shares->append(double(history.last().time.toMSecsSinceEpoch()), level);

    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("HH:mm"));
    time->setTitleText(tr("Time"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTitleText(tr("CPU %"));
    auto *count = new QValueAxis;
    count->setRange(0, m_maxShares + 1);
    count->setLabelFormat(QStringLiteral("%d"));
    count->setTitleText(tr("Shares"));
    chart()->addAxis(time, Qt::AlignBottom);
    chart()->addAxis(percent, Qt::AlignLeft);
    chart()->addAxis(count, Qt::AlignRight);
    for (QXYSeries *s : {static_cast<QXYSeries *>(cpu), static_cast<QXYSeries *>(shares),
                         static_cast<QXYSeries *>(ups), static_cast<QXYSeries *>(downs)}) {
        chart()->addSeries(s);
        s->attachAxis(time);
        s->attachAxis(s == cpu ? percent : count);
    }
}

int AutoflexDryRunChart::cpuPointCount() const
{
    const QList<QAbstractSeries *> series = chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QLineSeries *>(series.first())->count());
}

int AutoflexDryRunChart::stepMarkerCount() const
{
    int n = 0;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            n += int(scatter->count());
    }
    return n;
}

} // namespace virtdeck
