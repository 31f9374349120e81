#pragma once

// The flex feature's operation kinds and how to enqueue them. "flex.apply" changes one server to a share
// count from the FlexTargets in its parameters (so a retry after a restart runs from them alone).
// The main window calls registerKinds() once; the flex page, bulk flex, schedules and Autoflex call
// enqueue() with a plan that FlexPlanner accepted.

#include "core/Result.h"
#include "flex/FlexPlan.h"

namespace virtdeck {

class OperationQueue;

namespace FlexOperations {

inline constexpr const char *ApplyKind = "flex.apply";

void registerKinds(OperationQueue &queue);

// Refuses a plan with a refusal (its message) or a read-only host (the queue's message).
Result<QString> enqueue(OperationQueue &queue, const FlexPlan &plan, const QString &reason = {});

} // namespace FlexOperations
} // namespace virtdeck
