#include "metrics/StatsCollector.h"

#include "hypervisor/DomainXml.h"
#include "hypervisor/LibvirtError.h"
#include "hypervisor/LibvirtHandles.h"
#include "metrics/RateMath.h"

#include <libvirt/virterror.h>

#include <QByteArrayView>

#include <chrono>

namespace virtdeck {

namespace {
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::optional<quint64> unsignedValue(const virTypedParameter &p)
{
    switch (p.type) {
    case VIR_TYPED_PARAM_INT:
        return p.value.i < 0 ? std::nullopt : std::optional<quint64>(quint64(p.value.i));
    case VIR_TYPED_PARAM_UINT: return quint64(p.value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return p.value.l < 0 ? std::nullopt : std::optional<quint64>(quint64(p.value.l));
    case VIR_TYPED_PARAM_ULLONG: return quint64(p.value.ul);
    default: return std::nullopt;
    }
}

// Splits "net.3.rx.bytes" into group "net", index 3 and rest "rx.bytes"; index -1 when there is none.
struct Key
{
    QByteArrayView group;
    int index = -1;
    QByteArrayView rest;
};

Key splitKey(QByteArrayView field)
{
    Key k;
    const qsizetype dot = field.indexOf('.');
    if (dot < 0) {
        k.group = field;
        return k;
    }
    k.group = field.first(dot);
    QByteArrayView tail = field.sliced(dot + 1);
    const qsizetype dot2 = tail.indexOf('.');
    const QByteArrayView first = dot2 < 0 ? tail : tail.first(dot2);
    bool ok = false;
    const int n = first.toInt(&ok);
    if (ok && !first.isEmpty()) {
        k.index = n;
        k.rest = dot2 < 0 ? QByteArrayView() : tail.sliced(dot2 + 1);
    } else {
        k.rest = tail;
    }
    return k;
}

InterfaceCounters &interfaceAt(DomainCounters &c, int index)
{
    for (InterfaceCounters &i : c.interfaces) {
        if (i.index == index)
            return i;
    }
    InterfaceCounters i;
    i.index = index;
    c.interfaces << i;
    return c.interfaces.last();
}

void addTo(std::optional<quint64> &sum, const std::optional<quint64> &v)
{
    if (v)
        sum = sum.value_or(0) + *v;
}

bool isBulkRefusal(int code)
{
    return code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

QString uuidOf(virDomainPtr dom)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom, uuid);
    return QString::fromLatin1(uuid);
}

void stamp(DomainCounters &c, qint64 mono, qint64 wall)
{
    c.monotonicNs = mono;
    c.wallMs = wall;
}
} // namespace

DomainCounters StatsCollector::parseRecord(const virTypedParameter *params, int count)
{
    DomainCounters c;
    for (int i = 0; i < count; ++i) {
        const virTypedParameter &p = params[i];
        const Key k = splitKey(QByteArrayView(p.field));
        const std::optional<quint64> v = unsignedValue(p);
        if (k.group == "state" && k.rest == "state" && v) {
            c.state = int(*v);
        } else if (k.group == "cpu" && k.rest == "time") {
            c.cpuTimeNs = v;
        } else if (k.group == "vcpu") {
            if (k.index < 0 && k.rest == "current" && v)
                c.vcpus = int(*v);
            else if (k.index >= 0 && k.rest == "delay" && v)
                c.vcpuDelayNs.insert(k.index, *v);
        } else if (k.group == "net" && k.index >= 0) {
            InterfaceCounters &n = interfaceAt(c, k.index);
            if (k.rest == "name" && p.type == VIR_TYPED_PARAM_STRING)
                n.name = QString::fromUtf8(p.value.s);
            else if (k.rest == "rx.bytes")
                n.rxBytes = v;
            else if (k.rest == "tx.bytes")
                n.txBytes = v;
            else if (k.rest == "rx.pkts")
                n.rxPackets = v;
            else if (k.rest == "tx.pkts")
                n.txPackets = v;
        } else if (k.group == "block" && k.index >= 0) {
            if (k.rest == "rd.bytes")
                addTo(c.diskReadBytes, v);
            else if (k.rest == "wr.bytes")
                addTo(c.diskWriteBytes, v);
        } else if (k.group == "balloon" && k.index < 0) {
            if (k.rest == "current")
                c.balloonCurrentKiB = v;
            else if (k.rest == "maximum")
                c.balloonMaximumKiB = v;
            else if (k.rest == "available")
                c.balloonAvailableKiB = v;
            else if (k.rest == "usable")
                c.balloonUsableKiB = v;
        }
    }
    return c;
}

Result<QList<DomainCounters>> StatsCollector::readBulk(virConnectPtr conn, int *calls, bool *refused)
{
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_VCPU |
                                VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BALLOON |
                                VIR_DOMAIN_STATS_BLOCK;
    *refused = false;
    virDomainStatsRecordPtr *records = nullptr;
    int n = -1;
    qint64 before = 0, after = 0;
    for (;;) {
        const unsigned int flags = VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE |
                                   (m_noWait ? VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT : 0u);
        before = monotonicNs();
        n = virConnectGetAllDomainStats(conn, groups, &records, flags);
        after = monotonicNs();
        ++*calls;
        // Drivers that predate NOWAIT refuse the flag: ask again without it, once.
        if (n < 0 && m_noWait && lastLibvirtErrorCode() == VIR_ERR_INVALID_ARG) {
            m_noWait = false;
            continue;
        }
        break;
    }
    if (n < 0) {
        const Error err = libvirtError(tr("Cannot read the statistics of the servers."));
        *refused = isBulkRefusal(err.code);
        return err;
    }
    // The reply covers the whole call: date every record at its middle.
    const qint64 mono = before + (after - before) / 2;
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    QList<DomainCounters> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        DomainCounters c = parseRecord(records[i]->params, records[i]->nparams);
        c.uuid = uuidOf(records[i]->dom);
        c.name = QString::fromUtf8(virDomainGetName(records[i]->dom));
        const unsigned int id = virDomainGetID(records[i]->dom);
        c.id = id == unsigned(-1) ? -1 : int(id);
        stamp(c, mono, wall);
        out << c;
    }
    virDomainStatsRecordListFree(records);
    return out;
}

const StatsCollector::Devices &StatsCollector::devicesOf(virDomainPtr dom, const QString &uuid, int id,
                                                         int *calls)
{
    auto it = m_devices.find(uuid);
    if (it != m_devices.end() && it->id == id)
        return *it;
    Devices d;
    d.id = id;
    CString xml(virDomainGetXMLDesc(dom, 0));
    ++*calls;
    if (xml) {
        const Result<DomainDescription> desc = parseDomainXml(QString::fromUtf8(xml.get()));
        if (desc) {
            int index = 0;
            for (const InterfaceInfo &i : desc->interfaces) {
                // Drivers without a target device (libvirt's test driver) find the interface by MAC.
                const QString device = i.targetDev.isEmpty() ? i.mac : i.targetDev;
                if (!device.isEmpty())
                    d.interfaces << qMakePair(device, index);
                ++index;
            }
            for (const DiskInfo &disk : desc->disks) {
                if (disk.device == QLatin1String("disk") && !disk.target.isEmpty())
                    d.disks << disk.target;
            }
        }
    }
    return *m_devices.insert(uuid, d);
}

bool StatsCollector::readOne(virDomainPtr dom, DomainCounters &c, int *calls)
{
    c.uuid = uuidOf(dom);
    c.name = QString::fromUtf8(virDomainGetName(dom));
    const unsigned int id = virDomainGetID(dom);
    c.id = id == unsigned(-1) ? -1 : int(id);
    virDomainInfo info{};
    const qint64 before = monotonicNs();
    const int rc = virDomainGetInfo(dom, &info);
    stamp(c, before + (monotonicNs() - before) / 2, QDateTime::currentMSecsSinceEpoch());
    ++*calls;
    if (rc < 0)
        return false; // gone since the listing
    c.state = info.state;
    c.cpuTimeNs = info.cpuTime;
    c.vcpus = info.nrVirtCpu;
    c.balloonMaximumKiB = info.maxMem;
    const Devices &devices = devicesOf(dom, c.uuid, c.id, calls);
    for (const auto &[device, index] : devices.interfaces) {
        InterfaceCounters ic;
        ic.name = device;
        ic.index = index;
        virDomainInterfaceStatsStruct st{};
        ++*calls;
        if (virDomainInterfaceStats(dom, device.toUtf8().constData(), &st, sizeof st) == 0) {
            // -1 means "not supported by this driver".
            auto v = [](long long x) { return x < 0 ? std::nullopt : std::optional<quint64>(quint64(x)); };
            ic.rxBytes = v(st.rx_bytes);
            ic.txBytes = v(st.tx_bytes);
            ic.rxPackets = v(st.rx_packets);
            ic.txPackets = v(st.tx_packets);
        }
        c.interfaces << ic;
    }
    for (const QString &disk : devices.disks) {
        virDomainBlockStatsStruct st{};
        ++*calls;
        if (virDomainBlockStats(dom, disk.toUtf8().constData(), &st, sizeof st) == 0) {
            if (st.rd_bytes >= 0)
                addTo(c.diskReadBytes, quint64(st.rd_bytes));
            if (st.wr_bytes >= 0)
                addTo(c.diskWriteBytes, quint64(st.wr_bytes));
        }
    }
    virDomainMemoryStatStruct mem[VIR_DOMAIN_MEMORY_STAT_NR];
    ++*calls;
    const int nmem = virDomainMemoryStats(dom, mem, VIR_DOMAIN_MEMORY_STAT_NR, 0);
    for (int i = 0; i < nmem; ++i) {
        if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON)
            c.balloonCurrentKiB = mem[i].val;
        else if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_AVAILABLE)
            c.balloonAvailableKiB = mem[i].val;
        else if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_USABLE)
            c.balloonUsableKiB = mem[i].val;
    }
    if (!c.balloonCurrentKiB)
        c.balloonCurrentKiB = info.memory;
    return true;
}

QList<DomainCounters> StatsCollector::readPerDomain(virConnectPtr conn, int *calls)
{
    QList<DomainCounters> out;
    virDomainPtr *domains = nullptr;
    const int n = virConnectListAllDomains(conn, &domains, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    ++*calls;
    if (n < 0)
        return out;
    QSet<QString> seen;
    for (int i = 0; i < n; ++i) {
        DomainHandle dom(domains[i]);
        DomainCounters c;
        if (readOne(dom.get(), c, calls)) {
            seen.insert(c.uuid);
            out << c;
        }
    }
    free(domains);
    m_devices.removeIf([&seen](const auto &it) { return !seen.contains(it.key()); });
    return out;
}

Result<StatsTick> StatsCollector::collect(virConnectPtr conn, const QString &uri, int hostCpus,
                                          const QDateTime &connectedSince)
{
    const qint64 started = monotonicNs();
    if (connectedSince != m_connectedSince && !m_forced) {
        // A reconnect may reach another daemon (upgrade, failover): probe again. Old counters stay;
        // a restarted server has a new id, which RateMath reads as a reset.
        m_connectedSince = connectedSince;
        m_mode = Mode::Unknown;
        m_noWait = true;
        m_fallbackDetail.clear();
    }
    StatsTick tick;
    tick.uri = uri;
    tick.hostCpus = hostCpus;
    QList<DomainCounters> now;
    if (m_mode != Mode::PerDomain) {
        bool refused = false;
        Result<QList<DomainCounters>> bulk = readBulk(conn, &tick.callCount, &refused);
        if (!bulk && !refused)
            return bulk.error();
        if (!bulk) {
            m_mode = Mode::PerDomain;
            m_fallbackDetail = bulk.error().detail;
        } else if (m_mode == Mode::Unknown && !bulk->isEmpty()) {
            // Without ENFORCE a driver drops the groups it lacks; a reply without any CPU time (libvirt's
            // test driver answers with state.* only) is no use for rates.
            const bool hasCpu = std::any_of(bulk->begin(), bulk->end(),
                                            [](const DomainCounters &c) { return c.cpuTimeNs.has_value(); });
            m_mode = hasCpu ? Mode::Bulk : Mode::PerDomain;
        }
        if (m_mode != Mode::PerDomain)
            now = std::move(bulk).value();
    }
    if (m_mode == Mode::PerDomain)
        now = readPerDomain(conn, &tick.callCount);
    tick.bulk = m_mode != Mode::PerDomain;
    tick.wallMs = now.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : now.first().wallMs;

    QHash<QString, DomainCounters> next;
    next.reserve(now.size());
    tick.servers.reserve(now.size());
    for (const DomainCounters &c : std::as_const(now)) {
        const auto prev = m_previous.constFind(c.uuid);
        tick.servers << (prev == m_previous.constEnd() ? RateMath::firstReading(c)
                                                       : RateMath::compute(prev.value(), c, hostCpus));
        next.insert(c.uuid, c);
    }
    m_previous = std::move(next);
    tick.workerNs = monotonicNs() - started;
    return tick;
}

} // namespace virtdeck
