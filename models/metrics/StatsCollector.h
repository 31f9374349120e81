#pragma once

// Reads the counters of every running server of one connection and turns them into rates: one
// virConnectGetAllDomainStats call per tick, or, where the driver has no bulk statistics (libvirt's test
// driver, some Xen setups), per-domain calls. Lives with StatsSampler but is used only on the
// connection's worker, inside the job StatsSampler enqueues with Connection::run.

#include "core/Result.h"
#include "metrics/DomainRates.h"
#include "metrics/StatsCounters.h"

#include <libvirt/libvirt.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace virtdeck {

class StatsCollector
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::StatsCollector)
public:
    enum class Mode
    {
        Unknown,
        Bulk,
        PerDomain
    };

    // One tick: reads, computes rates against the previous tick, remembers this one. connectedSince
    // changes after a reconnect, which makes the collector probe the driver again.
    Result<StatsTick> collect(virConnectPtr conn, const QString &uri, int hostCpus,
                              const QDateTime &connectedSince);

    Mode mode() const { return m_mode; }
    // Pins the mode instead of probing (benchmarks compare the bulk call with per-domain calls).
    void forceMode(Mode mode)
    {
        m_mode = mode;
        m_forced = true;
    }
    // libvirt's words when the bulk call was refused (empty when the reply simply lacked CPU time).
    QString fallbackDetail() const { return m_fallbackDetail; }

    // Parses one bulk statistics record ("cpu.time", "vcpu.0.delay", "net.1.tx.bytes"...). Keys it does
    // not know are ignored; keys missing leave their counters empty.
    static DomainCounters parseRecord(const virTypedParameter *params, int count);

private:
    struct Devices
    {
        int id = -1;
        QList<QPair<QString, int>> interfaces; // device to ask for (target dev, else MAC), index
        QStringList disks;                     // target names
    };

    Result<QList<DomainCounters>> readBulk(virConnectPtr conn, int *calls, bool *refused);
    QList<DomainCounters> readPerDomain(virConnectPtr conn, int *calls);
    bool readOne(virDomainPtr dom, DomainCounters &c, int *calls);
    const Devices &devicesOf(virDomainPtr dom, const QString &uuid, int id, int *calls);

    Mode m_mode = Mode::Unknown;
    QString m_fallbackDetail;
    bool m_forced = false;
    bool m_noWait = true; // VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT: do not wait behind a domain job
    QDateTime m_connectedSince;
    QHash<QString, DomainCounters> m_previous;
    QHash<QString, Devices> m_devices;
};

} // namespace virtdeck
