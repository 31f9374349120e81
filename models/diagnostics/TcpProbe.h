#pragma once

// Whether a TCP port answers, and how it fails when it does not: refused (nothing listens, or a firewall
// rejects), timed out (packets dropped: a hung or firewalled server), no route (the network cannot reach
// it: isolation), unknown host name. The diagnosis's reachability step; blocking, worker thread only.

#include "diagnostics/SshOptions.h"

#include <QCoreApplication>
#include <QString>

namespace virtdeck {

struct TcpProbeResult
{
    enum class Outcome
    {
        Connected,
        Refused,
        TimedOut,
        NoRoute,
        NotFound,
        Failed,
        Cancelled
    };

    Outcome outcome = Outcome::Failed;
    QString host;
    int port = 0;
    QString address; // the address tried last (numeric)
    qint64 elapsedMs = 0;
    QString detail; // the system's words (strerror, gai_strerror)

    bool connected() const { return outcome == Outcome::Connected; }
};

class TcpProbe
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::TcpProbe)
public:
    // Tries every address host resolves to, in order, until one connects; the whole probe is bounded
    // by timeoutMs (plus name resolution).
    static TcpProbeResult probe(const QString &host, int port, int timeoutMs, const CancelFlag &cancel = {});
    // Translated one-line description: "connected to 10.0.0.5:22 in 3 ms", "connection refused"...
    static QString describe(const TcpProbeResult &result);
    static QString outcomeKey(TcpProbeResult::Outcome outcome); // stable: "connected", "refused"...
};

} // namespace virtdeck
