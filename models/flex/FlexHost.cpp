#include "flex/FlexHost.h"

#include "hypervisor/HostSnapshot.h"
#include "hypervisor/LibvirtUri.h"

#include <QDir>
#include <QFileInfo>

#include <sys/statfs.h>

namespace virtdeck {

namespace {
constexpr long Cgroup2SuperMagic = 0x63677270; // linux/magic.h CGROUP2_SUPER_MAGIC
}

QString FlexHost::weightField() const
{
    switch (weight) {
    case Weight::CpuShares: return QStringLiteral("cpu_shares");
    case Weight::XenWeight: return QStringLiteral("weight");
    case Weight::Unsupported: return {};
    }
    return {};
}

QString FlexHost::weightUnsupportedReason() const
{
    if (driverType.compare(QLatin1String("TEST"), Qt::CaseInsensitive) == 0)
        return tr("the test driver cannot set CPU weight");
    return tr("this hypervisor (%1) cannot set CPU weight").arg(driverType);
}

int FlexHost::localCgroupVersion()
{
    struct statfs fs
    {};
    if (statfs("/sys/fs/cgroup", &fs) != 0)
        return 0;
    if (long(fs.f_type) == Cgroup2SuperMagic)
        return 2;
    // Legacy or hybrid layout: the cpu controller is a v1 hierarchy.
    if (QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cpu")) ||
        QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct")))
        return 1;
    return 0;
}

FlexHost FlexHost::from(const HostSnapshot &host, int cgroupVersion)
{
    FlexHost h;
    h.uri = host.uri;
    h.driverType = host.driverType;
    h.cpus = host.cpus;
    h.memoryKiB = host.memoryKiB;
    h.readOnly = host.readOnly;
    const QString driver = LibvirtUri::driver(host.uri);
    const QString type = host.driverType.toUpper();
    if (type == QLatin1String("TEST") || driver == QLatin1String("test")) {
        h.weight = Weight::Unsupported;
        h.weightMin = 0;
        h.weightMax = 0;
        return h;
    }
    if (type == QLatin1String("XEN") || driver == QLatin1String("xen")) {
        // The credit scheduler's weight (libxl): 1–65535, 256 by default.
        h.weight = Weight::XenWeight;
        h.weightMin = 1;
        h.weightMax = 65535;
        h.weightRangeSource = tr("Xen credit scheduler");
        return h;
    }
    int version = cgroupVersion;
    if (version == 0 && !LibvirtUri::isRemote(host.uri))
        version = localCgroupVersion();
    if (version == 1) {
        h.weightMin = 2;
        h.weightMax = 262144;
        h.weightRangeSource = tr("cgroup v1");
    } else if (version == 2) {
        h.weightMin = 1;
        h.weightMax = 10000;
        h.weightRangeSource = tr("cgroup v2");
    } else {
        h.weightMin = 2;
        h.weightMax = 10000;
        h.weightRangeSource = tr("the range both cgroup versions accept");
    }
    return h;
}

} // namespace virtdeck
