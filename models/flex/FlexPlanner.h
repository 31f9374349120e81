#pragma once

// Turns "this server to N shares" into a FlexPlan under a share profile and a host, and refuses bad
// input (not a whole number, below the minimum, above the absolute maximum or the host's capacity, a
// read-only host, a paused server...) with a message that says what is allowed. Pure functions on value
// snapshots: the flex page previews with them on every spin-box change, bulk flex, schedules and
// Autoflex plan with them before enqueueing.

#include "core/Result.h"
#include "flex/FlexHost.h"
#include "flex/FlexPlan.h"
#include "flex/ShareProfile.h"

namespace virtdeck::FlexPlanner {

// Parses what a user typed as a share count: a whole number, at least 1.
Result<int> parseShares(const QString &text);

ShareCount currentShares(const DomainSnapshot &server, const ShareProfile &profile);

// The shares reachable without a restart (given the server's boot-time maxima; the profile's live
// ceiling for a shut-off server, whose maxima will be raised as needed).
int liveCeiling(const DomainSnapshot &server, const ShareProfile &profile, const FlexHost &host);

FlexPlan plan(const DomainSnapshot &server, int targetShares, const ShareProfile &profile,
              const FlexHost &host, const HostCapacity &capacity);
// The same with the profile coming from a store lookup that may have failed.
FlexPlan plan(const DomainSnapshot &server, int targetShares, const Result<ShareProfile> &profile,
              const FlexHost &host, const HostCapacity &capacity);

} // namespace virtdeck::FlexPlanner
