#pragma once

// The diagnosis checklist, run start to end on one worker thread: the hypervisor's state (a paused or
// stopped server is the answer), TCP reachability of the SSH port, the SSH login, then uptime, free,
// df, ps, dmesg and the system log; outputs are parsed and turned into findings. Blocking; called by
// DiagnosticsService in its thread pool, and directly by tests. Progress goes through a callback that
// the caller forwards to the GUI thread.

#include "diagnostics/DiagnosisReport.h"
#include "diagnostics/FindingRules.h"
#include "diagnostics/ServerAddress.h"
#include "diagnostics/SshOptions.h"
#include "diagnostics/SshTarget.h"
#include "servers/ServerMetadata.h"

#include <functional>

namespace virtdeck {

class SshPrompter;

class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(virtdeck::Diagnoser)
public:
    struct Input
    {
        ServerRef server;
        DomainState state = DomainState::NoState;
        int vcpus = 0;
        SshAccess access;               // the server's override (wins over the addresses)
        QList<ServerAddress> addresses; // from the hypervisor, best first
        bool fakeAddresses = false;     // the test driver's made-up addresses: never connected to
        QString addressError;           // why the hypervisor gave none
        SshOptions options;
        FindingThresholds thresholds;
        int stepTimeoutMs = 20000; // per checklist command
    };
    using Progress = std::function<void(int index, const DiagnosisStep &step)>;

    // The report before anything ran: every step pending.
    static DiagnosisReport plan(const Input &input);
    static DiagnosisReport run(const Input &input, SshPrompter *prompter, const CancelFlag &cancel,
                               const Progress &progress = {});
    // Where SSH may go, best first: the override, else the usable addresses (IPv4 first).
    static QList<SshTarget> candidates(const Input &input);

    struct Check
    {
        QString id;
        QString title;
        QString command;
    };
    // The remote commands of the checklist (each with fallbacks for BusyBox and older systems).
    static QList<Check> checks();
};

} // namespace virtdeck
