#pragma once

// What Autoflex needs from the CPU history (the metrics feature's store, per server by UUID), kept
// small so flex does not depend on metrics: the lead connects an implementation to the metrics
// service; tests and the dry run use synthetic points. CPU percentages are of the server's own vCPUs
// (100 % = every vCPU busy).

#include "hypervisor/DomainSnapshot.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace virtdeck {

struct CpuPoint
{
    QDateTime time;
    double avgPercent = 0; // average over the sample's interval
    double maxPercent = 0; // peak within it (when the store keeps one; else = avg)
};

class CpuHistorySource
{
public:
    using Done = std::function<void(QList<CpuPoint>)>;
    virtual ~CpuHistorySource() = default;
    // Calls done once on the main thread (possibly before returning) with the points of server in
    // [from, to], oldest first; an empty list when there is no history.
    virtual void fetch(const ServerRef &server, const QDateTime &from, const QDateTime &to, Done done) = 0;
};

// A source from a function: for a synchronous store, or tests.
class FunctionCpuHistorySource : public CpuHistorySource
{
public:
    using Fetch = std::function<QList<CpuPoint>(const ServerRef &, const QDateTime &, const QDateTime &)>;
    explicit FunctionCpuHistorySource(Fetch fetch)
        : m_fetch(std::move(fetch))
    {}
    void fetch(const ServerRef &server, const QDateTime &from, const QDateTime &to, Done done) override
    {
        done(m_fetch(server, from, to));
    }

private:
    Fetch m_fetch;
};

} // namespace virtdeck
