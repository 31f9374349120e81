#include "metrics/LiveSeries.h"

#include <QPointF>

#include <algorithm>

namespace virtdeck {

void LiveSeries::append(const DomainRates &rates)
{
    // A wall-clock step backwards (NTP) would break the ordering the charts rely on: start again.
    if (!m_samples.empty() && rates.wallMs < m_samples.back().wallMs)
        m_samples.clear();
    m_samples.push_back(rates);
    const qint64 oldest = rates.wallMs - m_spanMs;
    while (!m_samples.empty() && m_samples.front().wallMs < oldest)
        m_samples.pop_front();
}

QList<DomainRates> LiveSeries::since(qint64 sinceMs) const
{
    auto first = std::lower_bound(m_samples.begin(), m_samples.end(), sinceMs,
                                  [](const DomainRates &r, qint64 t) { return r.wallMs < t; });
    return QList<DomainRates>(first, m_samples.end());
}

QList<QPointF> LiveSeries::values(qint64 sinceMs, double DomainRates::*field) const
{
    auto first = std::lower_bound(m_samples.begin(), m_samples.end(), sinceMs,
                                  [](const DomainRates &r, qint64 t) { return r.wallMs < t; });
    QList<QPointF> out;
    out.reserve(qsizetype(std::distance(first, m_samples.end())));
    for (auto it = first; it != m_samples.end(); ++it)
        out << QPointF(double(it->wallMs), (*it).*field);
    return out;
}

} // namespace virtdeck
