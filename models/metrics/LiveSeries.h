#pragma once

// The recent samples of one server (or one host's totals) kept in memory for the live chart and the
// sparklines: a time-ordered buffer trimmed to a fixed span. Owned by MetricsService on the GUI thread.

#include "metrics/DomainRates.h"

#include <QPointF>

#include <deque>

namespace virtdeck {

class LiveSeries
{
public:
    explicit LiveSeries(qint64 spanMs = 15 * 60 * 1000)
        : m_spanMs(spanMs)
    {}

    void append(const DomainRates &rates);
    void clear() { m_samples.clear(); }
    bool isEmpty() const { return m_samples.empty(); }
    qsizetype size() const { return qsizetype(m_samples.size()); }
    const DomainRates *latest() const { return m_samples.empty() ? nullptr : &m_samples.back(); }
    // Samples whose time is >= sinceMs, oldest first.
    QList<DomainRates> since(qint64 sinceMs) const;
    // One value per sample (time, value) of the samples >= sinceMs.
    QList<QPointF> values(qint64 sinceMs, double DomainRates::*field) const;

private:
    qint64 m_spanMs;
    std::deque<DomainRates> m_samples;
};

} // namespace virtdeck
