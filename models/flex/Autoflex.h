#pragma once

// Autoflex decisions as pure functions of a policy, the CPU history and the server's situation (shares,
// live ceiling, last change) at a given time, so they are tested with synthetic history and a fake
// clock. dryRun replays a stored history and lists what the policy would have done. Used by
// FlexAutomation (live) and the policy editor (dry run).

#include "flex/AutoflexPolicy.h"
#include "flex/CpuHistorySource.h"

#include <optional>

namespace virtdeck {

struct AutoflexDecision
{
    enum class Kind
    {
        None,
        Up,
        Down
    };
    Kind kind = Kind::None;
    QDateTime at;
    int fromShares = 0;
    int toShares = 0;
    bool nextBoot = false; // beyond the live ceiling: applies after a restart
    QString reason;        // "CPU above 80 % for 10 min (average 93 %)", or why nothing happens

    bool changes() const { return kind != Kind::None; }
};

struct AutoflexContext
{
    int shares = 1;
    int liveCeiling = 1;
    int absoluteMax = 1;
    int profileMinShares = 1;
    std::optional<QDateTime> lastChange;
    // The server's definition differs from what runs (a next-boot step, or any other change waiting for a
    // restart): no further step until it restarts, or each cool-down would add another share it cannot
    // use yet, up to the policy's limit.
    bool pendingRestart = false;
};

namespace Autoflex {

// history: oldest first. Only points at or before now are considered.
AutoflexDecision decide(const AutoflexPolicy &policy, const QList<CpuPoint> &history,
                        const AutoflexContext &context, const QDateTime &now);
// What the policy would have done over history, starting from context (the server's shares now): each
// change as it would have happened, with later decisions seeing the changed share count. The CPU is
// replayed as recorded (after a real step, the load per vCPU would have dropped).
QList<AutoflexDecision> dryRun(const AutoflexPolicy &policy, const QList<CpuPoint> &history,
                               AutoflexContext context);
// The usual spacing of the points (median), 60 s when there are too few.
int sampleSpacingSeconds(const QList<CpuPoint> &history);
// How much history decide() looks at.
int windowMinutes(const AutoflexPolicy &policy);

} // namespace Autoflex
} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::CpuPoint)
Q_DECLARE_METATYPE(virtdeck::AutoflexPolicy)
