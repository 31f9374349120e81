#pragma once

// Raw cumulative counters of one running server as its hypervisor reported them at one moment (bulk
// stats record or per-domain calls). Built by StatsCollector on the connection's worker; RateMath turns
// two consecutive ones into rates.

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace virtdeck {

struct InterfaceCounters
{
    QString name;   // net.N.name: host-side device (vnet3, tap name) or, per-domain, the device or MAC asked
    int index = -1; // N: position of the interface in the domain definition
    std::optional<quint64> rxBytes;
    std::optional<quint64> txBytes;
    std::optional<quint64> rxPackets;
    std::optional<quint64> txPackets;
};

struct DomainCounters
{
    QString uuid;
    QString name;
    int state = 0;          // virDomainState
    int id = -1;            // hypervisor id: a new one means the server was restarted (counters start again)
    qint64 monotonicNs = 0; // steady clock when read: rates use it, never the wall clock
    qint64 wallMs = 0;      // wall clock when read: what history and charts show

    std::optional<quint64> cpuTimeNs; // cpu.time: all of the server's CPU time
    int vcpus = 0;                    // vcpu.current (0: unknown)
    QMap<int, quint64> vcpuDelayNs;   // vcpu.N.delay: time vCPU N was runnable but waited for a host CPU
    QList<InterfaceCounters> interfaces;
    std::optional<quint64> diskReadBytes;  // sum of block.N.rd.bytes
    std::optional<quint64> diskWriteBytes; // sum of block.N.wr.bytes

    std::optional<quint64> balloonCurrentKiB;   // balloon.current: memory the server holds now
    std::optional<quint64> balloonMaximumKiB;   // balloon.maximum
    std::optional<quint64> balloonAvailableKiB; // balloon.available: what the guest sees as total
    std::optional<quint64> balloonUsableKiB;    // balloon.usable: what the guest could use without swapping
};

} // namespace virtdeck
