#pragma once

// The triage rules: from what virtdeck already holds about a server (its snapshot, its host's facts, the
// track of events, operations and stats ticks) to the findings it deserves right now. Pure functions of
// their arguments (the clock is a parameter), so unit tests drive every rule with synthetic data.
// Called by TriageEngine on the GUI thread.

#include "hypervisor/HostSnapshot.h"
#include "triage/TriageFinding.h"
#include "triage/TriageSettings.h"
#include "triage/TriageTrack.h"

#include <QList>

#include <optional>

namespace virtdeck::TriageRules {

// hostOffersKvm: the host's capabilities offer KVM guests (read once per connect).
QList<TriageFinding> serverFindings(const TriageTrack &track, const HostSnapshot &host, bool hostOffersKvm,
                                    const TriageSettings &settings, qint64 nowMs);
// The host stopped answering (or was lost and is retrying) since sinceMs.
std::optional<TriageFinding> hostFinding(const HostSnapshot &host, qint64 sinceMs, bool sinceExact);

// Whether libvirt's pause reason is a step of an operation in progress (migration, save, snapshot...),
// not something a person must look at.
bool isTransientPause(int reason);

} // namespace virtdeck::TriageRules
