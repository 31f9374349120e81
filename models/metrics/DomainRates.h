#pragma once

// Rates derived from two consecutive counter readings of one server (or, for a host, the sum over its
// servers), and one sampling tick of a connection. NaN marks a gap: the value is unknown for this
// interval (counter reset, key missing on this driver, zero interval) and charts and history show a gap.
// Produced by RateMath on the worker, carried by StatsSampler to MetricsService, HistoryStore and views.

#include <QList>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

namespace virtdeck {

inline constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
inline bool isGap(double v)
{
    return std::isnan(v);
}

struct InterfaceRates
{
    QString name;
    int index = -1;          // position in the domain definition (history keeps slots 0–3)
    double rxBytes = kGap;   // bytes/s received by the server
    double txBytes = kGap;   // bytes/s sent by the server
    double rxPackets = kGap; // packets/s
    double txPackets = kGap;
};

struct DomainRates
{
    QString uuid; // empty for a host aggregate
    QString name;
    qint64 wallMs = 0; // end of the interval

    double cpuPercent = kGap;     // of the server's vCPUs: Δcpu.time / (Δt × vCPUs)
    double hostCpuPercent = kGap; // of the host's CPUs: Δcpu.time / (Δt × host CPUs)
    double stealPercent = kGap;   // Σ Δvcpu.N.delay / (Δt × vCPUs)
    double rxBytes = kGap;        // totals over the interfaces
    double txBytes = kGap;
    double rxPackets = kGap;
    double txPackets = kGap;
    double diskReadBytes = kGap;
    double diskWriteBytes = kGap;
    QList<InterfaceRates> interfaces;

    int vcpus = 0;
    std::optional<quint64> memoryKiB;          // balloon current
    std::optional<quint64> memoryAvailableKiB; // balloon available (as the guest sees it)
    std::optional<quint64> memoryUsableKiB;    // balloon usable

    const InterfaceRates *interfaceAt(int index) const
    {
        for (const InterfaceRates &i : interfaces) {
            if (i.index == index)
                return &i;
        }
        return nullptr;
    }
};

// One sampling tick of one connection.
struct StatsTick
{
    QString uri;
    qint64 wallMs = 0;
    bool bulk = true; // one virConnectGetAllDomainStats call; false: per-domain calls
    int hostCpus = 0;
    qint64 workerNs = 0;        // time the worker spent collecting and computing (for benchmarks)
    int callCount = 0;          // libvirt calls made for this tick
    QList<DomainRates> servers; // active servers only
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DomainRates)
Q_DECLARE_METATYPE(virtdeck::StatsTick)
