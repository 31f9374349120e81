#pragma once

// The plan of one flex: a server from its current share count to a target, what that means for vCPUs,
// memory and CPU weight, and for each whether it applies now (within the boot-time maxima) or at next
// boot (and why), the maxima to raise in the persistent definition, the host's free capacity, and the
// refusal when it cannot be done. Made by FlexPlanner; shown by the flex views; its targets travel as
// the "flex.apply" operation's parameters.

#include "core/Result.h"
#include "flex/HostCapacity.h"
#include "hypervisor/DomainSnapshot.h"

#include <QVariantMap>

#include <optional>

namespace virtdeck {

enum class FlexWhen
{
    Unchanged, // target equals the current value
    Now,       // live and in the persistent definition
    NextBoot,  // beyond the boot-time maximum: the persistent definition now, the server after a restart
    NextStart, // the server is shut off: its definition changes, it starts with it
    Skipped,   // the host cannot set it (CPU weight on the test driver)
};

struct FlexResource
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexResource)
public:
    enum class Kind
    {
        Vcpus,
        Memory,
        CpuWeight
    };

    Kind kind = Kind::Vcpus;
    quint64 current = 0; // what the server has now (running) or in its definition (shut off)
    quint64 target = 0;
    quint64 now = 0;     // what the server gets before any restart (the target, or the boot maximum)
    quint64 bootMax = 0; // boot-time maximum of a running server (0: none applies)
    quint64 newMax = 0;  // maximum raised in the persistent definition (0: unchanged)
    FlexWhen when = FlexWhen::Unchanged;
    QString why; // "memory max at boot is 2 GiB"

    QString name() const;                // "vCPUs", "Memory", "CPU weight"
    QString format(quint64 value) const; // "2", "1 GiB", "1024"
    QString whenText() const;            // "now", "at next boot", "unchanged"...
};

struct FlexTargets
{
    int shares = 0;
    int vcpus = 0;
    quint64 memoryKiB = 0;
    quint64 cpuWeight = 0; // 0: not set (the host cannot)
    QString weightField;   // libvirt scheduler parameter: "cpu_shares" or "weight"
    int newMaxVcpus = 0;   // raise the persistent maximum to this (0: keep)
    quint64 newMaxMemoryKiB = 0;

    // JSON-friendly parameters of "flex.apply" (and back). fromParams refuses missing or absurd values.
    QVariantMap toParams() const;
    static Result<FlexTargets> fromParams(const QVariantMap &params);
};

struct FlexPlan
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexPlan)
public:
    ServerRef server;
    QString profileName;
    int fromShares = 0;
    bool fromEstimated = false; // the server had no share count: fromShares is rounded from its memory
    double estimate = 0;        // the unrounded estimate when fromEstimated
    int liveCeiling = 0;        // shares reachable without a restart, given the boot-time maxima
    int absoluteMax = 0;
    bool active = false;
    bool persistent = true;

    FlexTargets targets;
    FlexResource vcpus;
    FlexResource memory;
    FlexResource weight;

    HostCapacity capacity;
    int freeShares = 0;
    QString capacityText;

    std::optional<Error> refusal; // set: nothing may be applied, and this says why

    bool ok() const { return !refusal.has_value(); }
    bool needsReboot() const;
    bool changesNothing() const;
    QList<FlexResource> resources() const { return {vcpus, memory, weight}; }
    // "4 shares: 2 vCPUs, 1 GiB, CPU weight 1024; memory at next boot (memory max at boot is 1 GiB)".
    QString summary() const;
    // Title of the operation: "Flex www-en-02 to 4 shares".
    QString title() const;
};

// How many shares a server counts: its metadata, or the estimate rounded (at least the profile minimum).
struct ShareCount
{
    int shares = 0;
    bool estimated = false;
    double estimate = 0;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::FlexWhen)
