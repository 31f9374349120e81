#include "metrics/RateMath.h"

#include <algorithm>

namespace virtdeck::RateMath {

namespace {
// A reading above this share of what is physically possible is a reset seen late, not a rate:
// the interval is timed on our side, the counters on the host's, so a little over 100 % is jitter.
constexpr double kImpossibleFactor = 1.5;

double counterRate(const std::optional<quint64> &before, const std::optional<quint64> &after, double seconds)
{
    if (!before || !after || *after < *before)
        return kGap;
    return double(*after - *before) / seconds;
}

const InterfaceCounters *matching(const QList<InterfaceCounters> &list, const InterfaceCounters &wanted)
{
    for (const InterfaceCounters &i : list) {
        if (!wanted.name.isEmpty() ? i.name == wanted.name : i.index == wanted.index)
            return &i;
    }
    return nullptr;
}

void cpuRates(const DomainCounters &a, const DomainCounters &b, double seconds, int hostCpus, DomainRates &r)
{
    if (!a.cpuTimeNs || !b.cpuTimeNs || *b.cpuTimeNs < *a.cpuTimeNs)
        return;
    const double used = double(*b.cpuTimeNs - *a.cpuTimeNs) / 1e9; // CPU seconds
    // vCPUs hot-plugged or unplugged mid-interval: the larger count bounds what could run, so an
    // unplug never reads above 100 %.
    const int vcpus = std::max(a.vcpus, b.vcpus);
    if (vcpus > 0) {
        const double share = used / (seconds * vcpus);
        if (share > kImpossibleFactor)
            return;
        r.cpuPercent = std::min(share, 1.0) * 100.0;
    }
    if (hostCpus > 0)
        r.hostCpuPercent = std::min(used / (seconds * hostCpus), 1.0) * 100.0;
}

void stealRate(const DomainCounters &a, const DomainCounters &b, double seconds, DomainRates &r)
{
    // Only vCPUs present in both readings existed for the whole interval.
    double waited = 0;
    int common = 0;
    for (auto it = b.vcpuDelayNs.begin(); it != b.vcpuDelayNs.end(); ++it) {
        const auto before = a.vcpuDelayNs.constFind(it.key());
        if (before == a.vcpuDelayNs.constEnd())
            continue;
        if (it.value() < before.value())
            return; // that vCPU's thread was recreated
        waited += double(it.value() - before.value()) / 1e9;
        ++common;
    }
    if (common == 0)
        return;
    const double share = waited / (seconds * common);
    if (share > kImpossibleFactor)
        return;
    r.stealPercent = std::min(share, 1.0) * 100.0;
}

void networkRates(const DomainCounters &a, const DomainCounters &b, double seconds, DomainRates &r)
{
    double rx = 0, tx = 0, rxp = 0, txp = 0;
    bool rxOk = false, txOk = false, rxpOk = false, txpOk = false;
    bool rxBad = false, txBad = false, rxpBad = false, txpBad = false;
    auto add = [](double v, double &sum, bool &ok, bool &bad) {
        if (isGap(v)) {
            bad = true;
        } else {
            sum += v;
            ok = true;
        }
    };
    for (const InterfaceCounters &now : b.interfaces) {
        InterfaceRates ir;
        ir.name = now.name;
        ir.index = now.index;
        if (const InterfaceCounters *before = matching(a.interfaces, now)) {
            ir.rxBytes = counterRate(before->rxBytes, now.rxBytes, seconds);
            ir.txBytes = counterRate(before->txBytes, now.txBytes, seconds);
            ir.rxPackets = counterRate(before->rxPackets, now.rxPackets, seconds);
            ir.txPackets = counterRate(before->txPackets, now.txPackets, seconds);
            // A key the driver never reports is not a reset: only a present counter counts as bad.
            add(ir.rxBytes, rx, rxOk, rxBad);
            add(ir.txBytes, tx, txOk, txBad);
            add(ir.rxPackets, rxp, rxpOk, rxpBad);
            add(ir.txPackets, txp, txpOk, txpBad);
        }
        r.interfaces << ir;
    }
    // A total that silently misses a reset interface would dip: show a gap instead.
    r.rxBytes = rxOk && !rxBad ? rx : kGap;
    r.txBytes = txOk && !txBad ? tx : kGap;
    r.rxPackets = rxpOk && !rxpBad ? rxp : kGap;
    r.txPackets = txpOk && !txpBad ? txp : kGap;
}
} // namespace

DomainRates firstReading(const DomainCounters &c)
{
    DomainRates r;
    r.uuid = c.uuid;
    r.name = c.name;
    r.wallMs = c.wallMs;
    r.vcpus = c.vcpus;
    r.memoryKiB = c.balloonCurrentKiB;
    r.memoryAvailableKiB = c.balloonAvailableKiB;
    r.memoryUsableKiB = c.balloonUsableKiB;
    for (const InterfaceCounters &i : c.interfaces) {
        InterfaceRates ir;
        ir.name = i.name;
        ir.index = i.index;
        r.interfaces << ir;
    }
    return r;
}

DomainRates compute(const DomainCounters &a, const DomainCounters &b, int hostCpus)
{
    DomainRates r = firstReading(b);
    const double seconds = double(b.monotonicNs - a.monotonicNs) / 1e9;
    const bool restarted = a.id >= 0 && b.id >= 0 && a.id != b.id;
    if (seconds <= 0 || restarted || a.uuid != b.uuid)
        return r;
    r.interfaces.clear();
    cpuRates(a, b, seconds, hostCpus, r);
    stealRate(a, b, seconds, r);
    networkRates(a, b, seconds, r);
    r.diskReadBytes = counterRate(a.diskReadBytes, b.diskReadBytes, seconds);
    r.diskWriteBytes = counterRate(a.diskWriteBytes, b.diskWriteBytes, seconds);
    return r;
}

DomainRates hostTotal(const QList<DomainRates> &servers, qint64 wallMs)
{
    DomainRates total;
    total.wallMs = wallMs;
    auto sum = [&servers](double DomainRates::*field) {
        double s = 0;
        bool any = false;
        for (const DomainRates &r : servers) {
            if (!isGap(r.*field)) {
                s += r.*field;
                any = true;
            }
        }
        return any ? s : kGap;
    };
    total.hostCpuPercent = sum(&DomainRates::hostCpuPercent);
    total.cpuPercent = total.hostCpuPercent;
    total.rxBytes = sum(&DomainRates::rxBytes);
    total.txBytes = sum(&DomainRates::txBytes);
    total.rxPackets = sum(&DomainRates::rxPackets);
    total.txPackets = sum(&DomainRates::txPackets);
    total.diskReadBytes = sum(&DomainRates::diskReadBytes);
    total.diskWriteBytes = sum(&DomainRates::diskWriteBytes);
    for (const DomainRates &r : servers)
        total.vcpus += r.vcpus;
    return total;
}

} // namespace virtdeck::RateMath
