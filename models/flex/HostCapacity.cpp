#include "flex/HostCapacity.h"

#include "hypervisor/DomainSnapshot.h"
#include "hypervisor/HostSnapshot.h"

#include <cmath>

namespace virtdeck {

int HostCapacity::heldVcpusOf(const DomainSnapshot &server)
{
    return server.active ? server.vcpus : 0;
}

quint64 HostCapacity::heldMemoryKiBOf(const DomainSnapshot &server)
{
    return server.active ? server.memoryKiB : 0;
}

HostCapacity HostCapacity::compute(const HostSnapshot &host, const QList<DomainSnapshot> &servers,
                                   const ShareProfile &profile)
{
    HostCapacity c;
    c.known = host.cpus > 0 && host.memoryKiB > 0;
    c.hostCpus = host.cpus;
    c.hostMemoryKiB = host.memoryKiB;
    c.reserveKiB = quint64(profile.hostMemoryReserveMiB) * 1024;
    c.cpuOvercommit = profile.cpuOvercommit;
    for (const DomainSnapshot &s : servers) {
        if (!s.active)
            continue;
        ++c.runningServers;
        c.heldVcpus += heldVcpusOf(s);
        c.heldMemoryKiB += heldMemoryKiBOf(s);
    }
    return c;
}

quint64 HostCapacity::usableMemoryKiB() const
{
    return hostMemoryKiB > reserveKiB ? hostMemoryKiB - reserveKiB : 0;
}

qint64 HostCapacity::freeMemoryKiB() const
{
    return qint64(usableMemoryKiB()) - qint64(heldMemoryKiB);
}

int HostCapacity::vcpuLimit() const
{
    return int(std::floor(double(hostCpus) * cpuOvercommit + 1e-9));
}

int HostCapacity::freeVcpus() const
{
    return vcpuLimit() - heldVcpus;
}

int HostCapacity::freeShares(const ShareProfile &profile) const
{
    if (!known)
        return 0;
    const qint64 perShare = qint64(profile.memoryKiBFor(1));
    const qint64 byMemory = perShare > 0 ? std::max<qint64>(freeMemoryKiB(), 0) / perShare : 0;
    const qint64 byCpu = qint64(std::max(freeVcpus(), 0)) * profile.sharesPerVcpu;
    return int(std::min<qint64>(byMemory, byCpu));
}

QString HostCapacity::describe(const ShareProfile &profile) const
{
    if (!known)
        return tr("The host has not reported its CPUs and memory.");
    return tr("%n shares free on the host (%1 memory, %2 vCPUs of %3)", nullptr, freeShares(profile))
        .arg(formatMemoryKiB(quint64(std::max<qint64>(freeMemoryKiB(), 0))))
        .arg(std::max(freeVcpus(), 0))
        .arg(vcpuLimit());
}

QString HostCapacity::refusalFor(const DomainSnapshot &server, int vcpus, quint64 memoryKiB) const
{
    if (!known)
        return {};
    // What the server holds now is given back before it takes the new size.
    const qint64 memoryAfter = freeMemoryKiB() + qint64(heldMemoryKiBOf(server)) - qint64(memoryKiB);
    const int vcpusAfter = freeVcpus() + heldVcpusOf(server) - vcpus;
    const qint64 memoryExtra = qint64(memoryKiB) - qint64(heldMemoryKiBOf(server));
    const int vcpuExtra = vcpus - heldVcpusOf(server);
    if (memoryExtra > 0 && memoryAfter < 0) {
        return tr("The host does not have the memory: %1 more is needed and %2 is free (memory is not "
                  "overcommitted; %3 is kept for the host).")
            .arg(formatMemoryKiB(quint64(memoryExtra)),
                 formatMemoryKiB(quint64(std::max<qint64>(freeMemoryKiB(), 0))), formatMemoryKiB(reserveKiB));
    }
    if (vcpuExtra > 0 && vcpusAfter < 0) {
        return tr("The host does not have the CPUs: %1 more vCPUs are needed and %2 are free (at most %3 "
                  "vCPUs on %4 CPUs).")
            .arg(vcpuExtra)
            .arg(std::max(freeVcpus(), 0))
            .arg(vcpuLimit())
            .arg(hostCpus);
    }
    return {};
}

HostCapacity HostCapacity::after(const DomainSnapshot &server, int vcpus, quint64 memoryKiB) const
{
    HostCapacity c = *this;
    if (!server.active)
        return c;
    c.heldVcpus += vcpus - heldVcpusOf(server);
    c.heldMemoryKiB = c.heldMemoryKiB + memoryKiB - heldMemoryKiBOf(server);
    return c;
}

} // namespace virtdeck
