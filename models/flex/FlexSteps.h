#pragma once

// The libvirt calls of one flex as data: each step has its value and the value to restore, so a failed
// step can undo the ones before it in reverse order. buildFlexSteps orders them so a current value never
// exceeds its maximum (maxima raised first, in the persistent definition), changes live vCPUs last of
// the resources (removing a vCPU needs the guest's cooperation, so it is the hardest step to undo) and
// writes the share count in the metadata last. readFlexCurrent and applyFlexStep run on the connection's
// worker (FlexRunner).

#include "core/Result.h"
#include "flex/FlexPlan.h"

#include <libvirt/libvirt.h>

#include <QList>

#include <optional>

namespace virtdeck {

// The server's values read just before applying: live (running) and persistent definition.
struct FlexCurrent
{
    bool active = false;
    bool persistent = true;
    int liveVcpus = 0;
    int liveMaxVcpus = 0;
    quint64 liveMemoryKiB = 0;
    quint64 liveMaxMemoryKiB = 0;
    int configVcpus = 0;
    int configMaxVcpus = 0;
    quint64 configMemoryKiB = 0;
    quint64 configMaxMemoryKiB = 0;
    std::optional<quint64> liveWeight;
    std::optional<quint64> configWeight;
    std::optional<int> shares; // metadata
};

struct FlexStep
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::FlexStep)
public:
    enum class Kind
    {
        MaxVcpus,
        Vcpus,
        MaxMemory,
        Memory,
        Weight,
        Shares
    };

    Kind kind = Kind::Vcpus;
    unsigned int flags = 0; // VIR_DOMAIN_AFFECT_LIVE / _CONFIG (plus the MAXIMUM flag for maxima)
    quint64 value = 0;
    std::optional<quint64> previous; // what to restore; none: the step cannot be undone exactly
    QString field;                   // scheduler parameter for Weight

    // "memory now: 256 MiB → 1 GiB"; undo: "memory now back to 256 MiB".
    QString describe() const;
    QString describeUndo() const;
    bool isWeight() const { return kind == Kind::Weight; }
};

QList<FlexStep> buildFlexSteps(const FlexTargets &targets, const FlexCurrent &current);

// Worker side.
Result<FlexCurrent> readFlexCurrent(virDomainPtr dom, const QString &weightField);
Status applyFlexStep(virDomainPtr dom, const FlexStep &step, bool undo);
// The libvirt error says the driver cannot do this at all (rather than that the value was refused).
bool isUnsupportedError(const Error &error);
// libvirt gave up waiting for the guest to release a vCPU; the request stays with the guest.
bool isGuestTimeoutError(const Error &error);

} // namespace virtdeck
