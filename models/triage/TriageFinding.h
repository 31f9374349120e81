#pragma once

// One thing support staff should look at: a server (or a host) that runs without hardware acceleration,
// waits for CPU, crashed, was restarted behind virtdeck's back... with since when and the figures.
// A value built by TriageRules, kept by TriageEngine, shown by TriageModel and exported as text.

#include "hypervisor/DomainSnapshot.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace virtdeck {

enum class TriageSeverity
{
    Critical = 0, // the server does not serve: crashed, paused on an error, host gone
    Warning = 1,  // it serves badly: emulated, starved, pegged, restarted, out of memory
    Notice = 2    // something to plan: pending changes, rescue boot left on
};

enum class TriageKind
{
    HostNotResponding,
    Crashed,
    Paused,
    ShutOffUnexpectedly,
    NoHardwareAcceleration,
    RestartedByHost,
    CpuSteal,
    CpuPegged,
    MemoryExhausted,
    RescueBoot,
    PendingChanges
};

struct TriageFinding
{
    TriageKind kind = TriageKind::Crashed;
    TriageSeverity severity = TriageSeverity::Warning;
    ServerRef server; // uuid empty for a host finding
    QString hostName; // display name of the host
    QDateTime since;
    bool sinceExact = true; // false: "at least since" (seen already so when virtdeck connected)
    QString evidence;       // translated figures: "vCPU wait 23 % over 5 min (now 31 %)"
    // What makes it the same finding for acknowledging: an acknowledged finding shows again when this
    // changes (a new occurrence, another pause reason, other pending changes). Figures are left out.
    QString fingerprint;

    bool isHostFinding() const { return server.uuid.isEmpty(); }
    QString key() const;
    QString title() const;      // "No hardware acceleration"
    QString actionText() const; // "Open charts"
    // The server page the action opens ("charts", "flex"...); empty for a host finding (its host page).
    QString actionPage() const;

    static QString kindKey(TriageKind kind); // stable, untranslated: "cpu-steal"
    static QString kindTitle(TriageKind kind);
    static QString severityName(TriageSeverity severity);

    friend bool operator==(const TriageFinding &, const TriageFinding &) = default;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::TriageFinding)
