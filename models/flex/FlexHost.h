#pragma once

// What flex needs to know about a host beyond its snapshot: how CPU weight is set there (libvirt's
// cpu_shares on QEMU/LXC, the credit scheduler's weight on Xen, not at all on the test driver) and the
// range the host accepts (cgroup v1: 2–262144, cgroup v2: 1–10000). Built by FlexPlanner's callers from
// the HostSnapshot and the share profile.

#include <QCoreApplication>
#include <QString>

namespace virtdeck {

struct HostSnapshot;
struct ShareProfile;

struct FlexHost
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexHost)
public:
    enum class Weight
    {
        CpuShares,
        XenWeight,
        Unsupported
    };

    QString uri;
    QString driverType; // QEMU, Xen, TEST, LXC...
    int cpus = 0;
    quint64 memoryKiB = 0;
    bool readOnly = false;
    Weight weight = Weight::CpuShares;
    quint64 weightMin = 2;
    quint64 weightMax = 10000;
    QString weightRangeSource; // translated: "cgroup v1", "cgroup v2", "either cgroup version"

    // The libvirt scheduler parameter that carries the weight ("cpu_shares", "weight"); empty if none.
    QString weightField() const;
    bool canSetWeight() const { return weight != Weight::Unsupported; }
    QString weightUnsupportedReason() const;

    // cgroupVersion: 0 detects it for a local host (reads /sys/fs/cgroup) and otherwise assumes the
    // range both versions accept; 1 or 2 is what the profile says for this host.
    static FlexHost from(const HostSnapshot &host, int cgroupVersion = 0);
    // The cgroup version of the machine virtdeck runs on: 2 (unified), 1 (legacy or hybrid), 0 unknown.
    static int localCgroupVersion();
};

} // namespace virtdeck
