#pragma once

// What a host can still give: its CPUs and memory (virNodeGetInfo, through HostSnapshot) minus what its
// running servers hold (current memory, current vCPUs). Policy: memory is never overcommitted (a reserve
// is kept for the host itself); vCPUs may add up to CPUs × the profile's cpuOvercommit; CPU weight is
// relative and never runs out. Shut-off servers hold nothing. Used by FlexPlanner and the flex views.

#include "flex/ShareProfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace virtdeck {

struct DomainSnapshot;
struct HostSnapshot;

struct HostCapacity
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::HostCapacity)
public:
    bool known = false; // the host reported its CPUs and memory
    int hostCpus = 0;
    quint64 hostMemoryKiB = 0;
    quint64 reserveKiB = 0;
    double cpuOvercommit = 1.0;
    int heldVcpus = 0;
    quint64 heldMemoryKiB = 0;
    int runningServers = 0;

    quint64 usableMemoryKiB() const;
    qint64 freeMemoryKiB() const; // negative when already overcommitted
    int vcpuLimit() const;        // CPUs × overcommit
    int freeVcpus() const;
    // Whole shares that still fit (the smaller of what memory and vCPUs allow); 0 when none.
    int freeShares(const ShareProfile &profile) const;
    // "12 shares free (3 GiB, 6 vCPUs)".
    QString describe(const ShareProfile &profile) const;

    // Empty when server can hold vcpus and memoryKiB once running; otherwise why not.
    QString refusalFor(const DomainSnapshot &server, int vcpus, quint64 memoryKiB) const;
    // The capacity after server changes to vcpus/memoryKiB (bulk flex plans one server after another).
    HostCapacity after(const DomainSnapshot &server, int vcpus, quint64 memoryKiB) const;

    static HostCapacity compute(const HostSnapshot &host, const QList<DomainSnapshot> &servers,
                                const ShareProfile &profile);
    // What a server holds while it runs (nothing when shut off).
    static int heldVcpusOf(const DomainSnapshot &server);
    static quint64 heldMemoryKiBOf(const DomainSnapshot &server);
};

} // namespace virtdeck
