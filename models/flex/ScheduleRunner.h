#pragma once

// Runs one due scheduled flex rule against the servers the application knows: selects them, plans each
// (capacity shared across the rule's servers) and enqueues one flex operation per server whose reason
// names the rule. Used by FlexAutomation (app open) and runDueSchedules (headless).

#include "core/Services.h"
#include "flex/FlexSchedule.h"

namespace virtdeck {

class ShareProfileStore;

struct ScheduleRunResult
{
    ScheduleRule rule;
    QStringList operationIds;
    QStringList unchanged; // servers already at the target
    QStringList refusals;  // "www-fr-08: A server needs at least 1 share."
    QString error;         // the rule could not run at all (no server matched...)

    bool ok() const { return error.isEmpty() && refusals.isEmpty(); }
};

namespace ScheduleRunner {

ScheduleRunResult run(const Services &services, const ShareProfileStore &profiles, const ScheduleRule &rule);
// The reason given to its operations: "schedule rule 'afternoon peak'".
QString reasonFor(const ScheduleRule &rule);

} // namespace ScheduleRunner
} // namespace virtdeck
