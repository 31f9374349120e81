#pragma once

// The rate maths of the sampler: from two counter readings of one server to its CPU, steal, network and
// disk rates. Pure functions, called by StatsCollector on the connection's worker and by unit tests.
// A counter that went backwards, a new hypervisor id (restart, migration) or an impossible jump gives a
// gap (NaN), never a negative value or a spike.

#include "metrics/DomainRates.h"
#include "metrics/StatsCounters.h"

namespace virtdeck::RateMath {

// hostCpus <= 0 leaves hostCpuPercent empty.
DomainRates compute(const DomainCounters &previous, const DomainCounters &current, int hostCpus);
// Rates of a server seen for the first time: only the instantaneous values (memory, vCPUs).
DomainRates firstReading(const DomainCounters &current);
// Host aggregate of one tick: CPU % of the host used by its servers, network and disk totals. A gap in
// one server leaves it out of the sum; the sum is a gap only when every server has one.
DomainRates hostTotal(const QList<DomainRates> &servers, qint64 wallMs);

} // namespace virtdeck::RateMath
