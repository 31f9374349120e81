#pragma once

// What the triage engine remembers about one server between updates: its snapshot, since when it is in
// its state, the operations virtdeck ran on it and the guest's reboots (to tell a host restart from one
// virtdeck or the guest asked for), and running figures over the stats ticks (steal window, pegged and
// memory-full streaks). Plain data fed by TriageEngine on the GUI thread; read by TriageRules.

#include "hypervisor/DomainSnapshot.h"
#include "metrics/DomainRates.h"

#include <QList>

#include <deque>

namespace virtdeck {

struct Operation;
struct TriageSettings;

struct TriageTrack
{
    struct OperationWindow
    {
        QString id;
        QString kind;
        qint64 fromMs = 0;
        qint64 toMs = -1; // -1 while it runs
        bool succeeded = false;
    };
    struct StealSample
    {
        qint64 wallMs = 0;
        qint64 spanMs = 0;
        double percent = 0;
    };

    DomainSnapshot server;
    bool known = false;
    qint64 stateSinceMs = 0;
    bool stateSinceExact = false;
    bool seenRunning = false; // active at some point while virtdeck watched
    qint64 stoppedAtMs = -1;  // seen going from active to shut off
    qint64 rebootEventMs = -1;
    qint64 rescueSinceMs = -1; // a virtdeck rescue boot of this run succeeded then
    qint64 pendingSinceMs = -1;
    // What the host says about the disks of a server paused on an I/O error ("vda: no space left"),
    // asked once per pause (virDomainGetDiskErrors); empty until known.
    QString diskErrors;
    QList<OperationWindow> operations; // oldest first, the last few

    // Figures of the last stats ticks.
    std::deque<StealSample> steal; // within the steal window
    double stealWeighted = 0;      // Σ percent × span
    qint64 stealSpanMs = 0;        // Σ span
    qint64 stealSinceMs = -1;      // the average has been over the threshold since
    qint64 lastWallMs = -1;
    double cpuPercent = kGap;
    double stealNow = kGap;
    int vcpus = 0;
    qint64 peggedSinceMs = -1;
    qint64 memoryFullSinceMs = -1;
    quint64 memoryKiB = 0;
    quint64 memoryUsableKiB = 0;

    // A new snapshot seen at nowMs; exact: the change came with an event (not a listing on connect).
    void applyServer(const DomainSnapshot &snapshot, qint64 nowMs, bool exact);
    // One tick's rates of this server.
    void addRates(const DomainRates &rates, const TriageSettings &settings);
    // New thresholds: streaks the last figures no longer support end now, not on the next tick.
    void applySettings(const TriageSettings &settings);
    // An operation virtdeck queued, ran or finished on this server.
    void noteOperation(const Operation &op);
    void noteReboot(qint64 nowMs) { rebootEventMs = nowMs; }

    // Whether an operation of virtdeck or a guest reboot happened close to atMs.
    bool explained(qint64 atMs, int slackSeconds) const;
    double stealAverage() const { return stealSpanMs > 0 ? stealWeighted / double(stealSpanMs) : kGap; }

private:
    void resetFigures();
};

} // namespace virtdeck
