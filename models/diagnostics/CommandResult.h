#pragma once

// What one remote command produced: stdout and stderr (each bounded), how much it wrote in total, its
// exit status or signal, whether virtdeck stopped it (timeout, cancel), and how long it ran. A value
// made by SshSession on a worker and shown by the diagnosis report and the command table.

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace virtdeck {

struct CommandResult
{
    QByteArray out;
    QByteArray err;
    qint64 outBytes = 0; // total written, including what was dropped past the bound
    qint64 errBytes = 0;
    int exitStatus = -1; // -1: none reported (killed, timed out, cancelled)
    QString exitSignal;  // "KILL", "SEGV"... when the command died of a signal
    bool timedOut = false;
    bool cancelled = false;
    qint64 durationMs = 0;

    bool truncated() const { return outBytes > out.size() || errBytes > err.size(); }
    bool succeeded() const { return exitStatus == 0 && !timedOut && !cancelled; }
};

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::CommandResult)
