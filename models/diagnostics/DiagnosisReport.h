#pragma once

// The outcome of one diagnosis: the server, its state as the hypervisor saw it, where SSH went, each
// checklist step with its raw output, and the findings. A value built by Diagnoser on a worker, kept by
// DiagnosticsService per operation, shown by DiagnosePage, copied or saved as text.

#include "diagnostics/CommandResult.h"
#include "diagnostics/Finding.h"
#include "hypervisor/DomainSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace virtdeck {

struct DiagnosisStep
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::DiagnosisStep)
public:
    enum class Status
    {
        Pending,
        Running,
        Done,
        Failed,
        Skipped
    };

    QString id;      // "hypervisor", "reachability", "login", "uptime", "memory", "disk", "processes",
                     // "kernel", "syslog"
    QString title;   // translated
    QString command; // the remote command, for the raw view (empty for local steps)
    Status status = Status::Pending;
    QString summary; // translated one line: "load 0.08 / 0.03 / 0.01, up 3 d 2 h"
    bool hasOutput = false;
    CommandResult output;
    QString error; // translated message and detail when the step failed
    qint64 durationMs = 0;

    static QString statusName(Status status);
};

struct DiagnosisReport
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::DiagnosisReport)
public:
    ServerRef server;
    QString serverName;
    QDateTime startedAt;
    QDateTime finishedAt;
    DomainState state = DomainState::NoState;
    int vcpus = 0;
    QString endpoint; // "root@10.0.0.5:22" once known
    QList<DiagnosisStep> steps;
    QList<Finding> findings; // most severe first
    bool finished = false;
    bool cancelled = false;

    int stepIndex(const QString &id) const;
    const DiagnosisStep *step(const QString &id) const;
    int problemCount() const;
    Finding::Severity worst() const;
    // One line for the operations log: "2 problems: / is 97 % full; Memory is exhausted".
    QString summary() const;
    // The whole report as plain text: findings, then every step with its command and raw output.
    QString toText() const;
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::DiagnosisStep)
Q_DECLARE_METATYPE(virtdeck::DiagnosisReport)
