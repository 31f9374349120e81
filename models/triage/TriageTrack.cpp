#include "triage/TriageTrack.h"

#include "operations/Operation.h"
#include "triage/TriageSettings.h"

namespace virtdeck {

namespace {
constexpr int kOperationsKept = 8;
// Samples that cover less of the window than this share do not decide on steal (a server just started).
constexpr double kStealCoverage = 0.8;
// A balloon this close to the maximum counts as "at the maximum" (rounding of the KiB figures).
constexpr double kMemoryFullShare = 0.99;
constexpr qint64 kRescueEventSlackMs = 60 * 1000;
} // namespace

void TriageTrack::applyServer(const DomainSnapshot &snapshot, qint64 nowMs, bool exact)
{
    const bool stateChanged = !known || snapshot.state != server.state;
    if (stateChanged) {
        diskErrors.clear();
        stateSinceMs = nowMs;
        stateSinceExact = known && exact;
        if (known && server.active && !snapshot.active)
            stoppedAtMs = nowMs;
    }
    if (snapshot.active) {
        seenRunning = true;
        stoppedAtMs = -1;
    } else {
        rescueSinceMs = -1;
        resetFigures();
    }
    if (snapshot.pendingChanges.isEmpty())
        pendingSinceMs = -1;
    else if (pendingSinceMs < 0 || snapshot.pendingChanges != server.pendingChanges)
        pendingSinceMs = nowMs;
    // A new run (started well after the rescue boot finished: the start event may trail the operation)
    // ends the rescue.
    if (rescueSinceMs >= 0 && snapshot.runningSinceExact && snapshot.runningSince.isValid() &&
        snapshot.runningSince.toMSecsSinceEpoch() > rescueSinceMs + kRescueEventSlackMs)
        rescueSinceMs = -1;
    server = snapshot;
    known = true;
}

void TriageTrack::resetFigures()
{
    steal.clear();
    stealWeighted = 0;
    stealSpanMs = 0;
    stealSinceMs = -1;
    lastWallMs = -1;
    cpuPercent = kGap;
    stealNow = kGap;
    peggedSinceMs = -1;
    memoryFullSinceMs = -1;
}

void TriageTrack::addRates(const DomainRates &rates, const TriageSettings &settings)
{
    const qint64 span = lastWallMs >= 0 ? rates.wallMs - lastWallMs : 0;
    lastWallMs = rates.wallMs;
    vcpus = rates.vcpus;
    cpuPercent = rates.cpuPercent;
    stealNow = rates.stealPercent;

    // Steal: a time-weighted average over the window.
    if (span > 0 && !isGap(rates.stealPercent)) {
        steal.push_back({rates.wallMs, span, rates.stealPercent});
        stealWeighted += rates.stealPercent * double(span);
        stealSpanMs += span;
    }
    const qint64 windowMs = qint64(settings.stealWindowSeconds) * 1000;
    while (!steal.empty() && steal.front().wallMs - steal.front().spanMs < rates.wallMs - windowMs) {
        stealWeighted -= steal.front().percent * double(steal.front().spanMs);
        stealSpanMs -= steal.front().spanMs;
        steal.pop_front();
    }
    const bool covered = double(stealSpanMs) >= kStealCoverage * double(windowMs);
    if (covered && stealAverage() >= settings.stealPercent) {
        if (stealSinceMs < 0)
            stealSinceMs = rates.wallMs;
    } else {
        stealSinceMs = -1;
    }

    // Pegged: every sample at the limit since peggedSinceMs (a gap neither starts nor ends a streak).
    if (!isGap(rates.cpuPercent)) {
        if (rates.cpuPercent >= settings.peggedPercent) {
            if (peggedSinceMs < 0)
                peggedSinceMs = rates.wallMs - span;
        } else {
            peggedSinceMs = -1;
        }
    }

    // Memory: the balloon gives the guest all it may have, and the guest still has almost nothing usable.
    memoryKiB = rates.memoryKiB.value_or(0);
    memoryUsableKiB = rates.memoryUsableKiB.value_or(0);
    const bool full =
        rates.memoryKiB && rates.memoryUsableKiB && server.maxMemoryKiB > 0 &&
        double(*rates.memoryKiB) >= kMemoryFullShare * double(server.maxMemoryKiB) &&
        double(*rates.memoryUsableKiB) * 100.0 < settings.memoryUsablePercent * double(*rates.memoryKiB);
    if (!full)
        memoryFullSinceMs = -1;
    else if (memoryFullSinceMs < 0)
        memoryFullSinceMs = rates.wallMs;
}

void TriageTrack::applySettings(const TriageSettings &settings)
{
    if (stealSinceMs >= 0 && !(stealAverage() >= settings.stealPercent))
        stealSinceMs = -1;
    if (peggedSinceMs >= 0 && !(cpuPercent >= settings.peggedPercent))
        peggedSinceMs = -1;
    if (memoryFullSinceMs >= 0 && memoryKiB > 0 &&
        !(double(memoryUsableKiB) * 100.0 < settings.memoryUsablePercent * double(memoryKiB)))
        memoryFullSinceMs = -1;
}

void TriageTrack::noteOperation(const Operation &op)
{
    OperationWindow w;
    w.id = op.id;
    w.kind = op.kind;
    w.fromMs = (op.queuedAt.isValid() ? op.queuedAt : op.startedAt).toMSecsSinceEpoch();
    w.toMs = op.isFinished() && op.finishedAt.isValid() ? op.finishedAt.toMSecsSinceEpoch() : -1;
    w.succeeded = op.state == OperationState::Succeeded;
    for (OperationWindow &known : operations) {
        if (known.id == w.id) {
            known = w;
            return;
        }
    }
    operations << w;
    while (operations.size() > kOperationsKept)
        operations.removeFirst();
}

bool TriageTrack::explained(qint64 atMs, int slackSeconds) const
{
    const qint64 slack = qint64(slackSeconds) * 1000;
    if (rebootEventMs >= 0 && std::abs(atMs - rebootEventMs) <= slack)
        return true;
    for (const OperationWindow &w : operations) {
        if (atMs >= w.fromMs - slack && (w.toMs < 0 || atMs <= w.toMs + slack))
            return true;
    }
    return false;
}

} // namespace virtdeck
