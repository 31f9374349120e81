#pragma once

// Turns what a diagnosis saw (the hypervisor's state, reachability, the parsed checklist outputs) into
// findings with a severity, advice and an action. Pure functions, one per area, so each rule is tested
// on its own with outputs of real systems; Diagnoser calls them in order and sorts the result.

#include "core/Result.h"
#include "diagnostics/Finding.h"
#include "diagnostics/SshSession.h"
#include "diagnostics/SystemParsers.h"
#include "diagnostics/TcpProbe.h"
#include "hypervisor/DomainState.h"

#include <optional>

namespace virtdeck {

struct FindingThresholds
{
    int diskFullPercent = 95;         // a filesystem at or above this is full
    double loadPerVcpu = 2.0;         // 15-min load above this × vCPUs is too high
    double memoryCriticalPercent = 5; // available memory below this share of the total: exhausted
    double memoryWarningPercent = 10; // below this: low
    int processesPerVcpu = 500;       // more processes than this × vCPUs (and minProcessLimit) is too many
    int minProcessLimit = 1000;
    int zombieLimit = 50;
};

namespace FindingRules {

// The hypervisor's view: a server that is not running is the answer by itself.
QList<Finding> forState(DomainState state, const QString &serverName);
// No address to connect to. fake: the test driver's made-up addresses were the only ones.
QList<Finding> forNoAddress(const QString &serverName, bool fake);
// The TCP reachability of the SSH port of a running server.
QList<Finding> forProbe(const TcpProbeResult &probe, const QString &serverName);
// The SSH session failed although TCP was reachable (or the probe was skipped).
QList<Finding> forSshFailure(SshSession::Failure failure, const Error &error, const QString &serverName,
                             int connectTimeoutMs);
QList<Finding> forDisks(const QList<SystemParsers::FilesystemUsage> &filesystems, const FindingThresholds &t);
QList<Finding> forMemory(const std::optional<SystemParsers::MemoryInfo> &memory,
                         const std::optional<SystemParsers::KernelLog> &kernel,
                         const std::optional<SystemParsers::ProcessTable> &processes,
                         const FindingThresholds &t);
QList<Finding> forLoad(const SystemParsers::UptimeInfo &uptime, int vcpus,
                       const std::optional<SystemParsers::ProcessTable> &processes,
                       const FindingThresholds &t);
QList<Finding> forProcesses(const SystemParsers::ProcessTable &processes, int vcpus,
                            const FindingThresholds &t);
// Kernel messages other than the OOM killer (which forMemory reports): I/O and filesystem errors,
// read-only remounts, hung tasks, lockups; and a note when the log cannot be read.
QList<Finding> forKernel(const SystemParsers::KernelLog &kernel, const QString &user);
// "No problem found" when the checklist ran and nothing else was found.
Finding allClear();

// Most severe first; the order of equals is kept.
void sort(QList<Finding> &findings);
// "ps"-like one-line descriptions for evidence: "1234 www-data 97.0 % CPU 1.2 GiB php-fpm".
QString describeProcess(const SystemParsers::ProcessInfo &process);

} // namespace FindingRules
} // namespace virtdeck
